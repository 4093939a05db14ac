"""Helpers for converter/tokenizer tests (not a test module).

- write_tiny_gguf(): a small Llama GGUF made with gguf.GGUFWriter and gguf.quants.quantize from
  fresh random data (odd vocab row count, 3 query heads / 1 KV head, 5 blocks per FFN row), with a
  tiny byte-level BPE vocabulary.
- smollm2_model_dir(): the bundled SmolLM2 GGUF converted once per test process.
"""

import atexit
import shutil
import tempfile
from pathlib import Path

import gguf
import numpy as np

from tabllm.convert import convert_gguf
from tabllm.tokenizer import bytes_to_unicode

T = gguf.GGMLQuantizationType

# Tiny model shapes: D hidden, H / HKV heads of HD, F ffn, V vocab (odd), L layers
D, H, HKV, HD, F, L = 96, 3, 1, 32, 160, 2
SPECIALS = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]
MERGES = ["Ġ t", "h e", "Ġt he", "i n"]
TOKENS = SPECIALS + [bytes_to_unicode()[b] for b in range(256)] + ["Ġt", "he", "Ġthe", "in"]
V = len(TOKENS)  # 263
CHATML = (
    "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\n' + message['content'] + "
    "'<|im_end|>' + '\n'}}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)


def smollm2_gguf() -> Path:
    from tabllm.convert import bundled_gguf

    return bundled_gguf()


def add_tiny_tokenizer(w, pre, template, model="gpt2"):
    """The tiny byte-level BPE vocabulary (TOKENS, MERGES; bos 1, eos 2) as GGUF metadata."""
    w.add_tokenizer_model(model)
    w.add_tokenizer_pre(pre)
    w.add_token_list(TOKENS)
    w.add_token_types([3] * len(SPECIALS) + [1] * (V - len(SPECIALS)))
    w.add_token_merges(MERGES)
    w.add_bos_token_id(1)
    w.add_eos_token_id(2)
    if template:
        w.add_chat_template(template)


def write_tiny_gguf(path, linear=T.Q4_1, embed=T.Q8_0, output=None, arch="llama", seed=0,
                    overrides=None, pre="smollm", tokenizer_model="gpt2", context=256, template=None):
    """Write a tiny GGUF; return {gguf tensor name: float32 data before quantization}.

    linear: type of every layer matrix; embed: token_embd type; output: type of output.weight
    (None = tied embeddings, no output.weight); overrides: {tensor name: type} exceptions;
    context: its context length; template: its chat template (None: CHATML, read when called, so a test may
    patch it).
    """
    rng = np.random.default_rng(seed)
    overrides = overrides or {}
    w = gguf.GGUFWriter(str(path), arch)
    w.add_block_count(L)
    w.add_context_length(context)
    w.add_embedding_length(D)
    w.add_feed_forward_length(F)
    w.add_head_count(H)
    w.add_head_count_kv(HKV)
    w.add_rope_dimension_count(HD)
    w.add_rope_freq_base(10000.0)
    w.add_layer_norm_rms_eps(1e-5)
    w.add_vocab_size(V)
    add_tiny_tokenizer(w, pre, CHATML if template is None else template, tokenizer_model)
    w.add_pad_token_id(2)
    w.add_add_bos_token(False)

    originals = {}

    def matrix(name, rows, cols, qtype):
        qtype = overrides.get(name, qtype)
        data = rng.standard_normal((rows, cols)).astype(np.float32)
        data[0, :32] = 0.0  # an all-zero block (d = 0) as an edge case
        originals[name] = data
        if qtype in (T.F32, T.F16):
            w.add_tensor(name, data.astype(np.float32 if qtype == T.F32 else np.float16))
        else:
            w.add_tensor(name, gguf.quants.quantize(data, qtype), raw_dtype=qtype)

    def norm(name):
        data = (1.0 + 0.1 * rng.standard_normal(D)).astype(np.float32)
        originals[name] = data
        w.add_tensor(name, data)

    matrix("token_embd.weight", V, D, embed)
    for i in range(L):
        p = f"blk.{i}."
        norm(p + "attn_norm.weight")
        matrix(p + "attn_q.weight", H * HD, D, linear)
        matrix(p + "attn_k.weight", HKV * HD, D, linear)
        matrix(p + "attn_v.weight", HKV * HD, D, linear)
        matrix(p + "attn_output.weight", D, H * HD, linear)
        norm(p + "ffn_norm.weight")
        matrix(p + "ffn_gate.weight", F, D, linear)
        matrix(p + "ffn_up.weight", F, D, linear)
        matrix(p + "ffn_down.weight", D, F, linear)
    norm("output_norm.weight")
    if output is not None:
        matrix("output.weight", V, D, output)

    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    return originals


_smollm2_dir = None


def smollm2_model_dir() -> Path:
    """The bundled SmolLM2 converted once per process into a temp dir (removed at exit)."""
    global _smollm2_dir
    if _smollm2_dir is None:
        tmp = Path(tempfile.mkdtemp(prefix="tabllm-test-smollm2-"))
        atexit.register(shutil.rmtree, tmp, True)
        _smollm2_dir = convert_gguf(smollm2_gguf(), tmp / "SmolLM2-135M-Instruct")
    return _smollm2_dir
