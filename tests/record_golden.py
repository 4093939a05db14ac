"""Record golden greedy token ids from the float64 reference, once (the tests compare against the file).

    python tests/record_golden.py        # rewrites tests/golden/smollm2_greedy.json (~1 min a prompt)

The float64 reference (runtime/reference.py) is the ground truth for whole-model tests, but it takes about a
minute per 32 greedy tokens of SmolLM2 on a 2-core machine. Its greedy ids are recorded here with the
identity of the model they came from (the sha256 of the model's weights/index.json, which holds every
shard's hash), so tests/test_model.py checks the GPU and CPU paths against them without running the
reference each time, and fails (asking for this script) if the bundled model changes.
"""

import hashlib
import json
from pathlib import Path

from tabllm.convert import default_model_dir
from tabllm.engine import Engine
from tabllm.runtime.reference import ReferenceExecutor
from tabllm.sampling import SamplerSettings

GOLDEN = Path(__file__).resolve().parent / "golden" / "smollm2_greedy.json"
PROMPTS = [
    "Write a short poem about the sea.",
    "List three uses of Python for scientists.",
    "Explain what a GPU does, in two sentences.",
]
TOKENS = 32
CONTEXT = 512


def model_identity(model_dir) -> str:
    return hashlib.sha256((Path(model_dir) / "weights" / "index.json").read_bytes()).hexdigest()


def main():
    model_dir = default_model_dir()
    engine = Engine(model_dir, ReferenceExecutor(), context_length=CONTEXT, precision="f32")
    greedy = SamplerSettings(temperature=0)
    records = []
    for prompt in PROMPTS:
        ids = engine.chat_prompt_ids([{"role": "user", "content": prompt}])
        out = list(engine.stream_ids(ids, TOKENS, greedy, stop_at_eos=False))
        records.append({"prompt": prompt, "prompt_ids": ids, "greedy_ids": out, "text": engine.tokenizer.decode(out)})
        print(prompt, "->", records[-1]["text"], flush=True)
    GOLDEN.parent.mkdir(parents=True, exist_ok=True)
    GOLDEN.write_text(json.dumps({
        "model": model_dir.name, "model_index_sha256": model_identity(model_dir), "precision": "f32",
        "context_length": CONTEXT, "source": "float64 reference (tabllm.runtime.reference), tests/record_golden.py",
        "records": records}, indent=1) + "\n")
    print("wrote", GOLDEN)


if __name__ == "__main__":
    main()
