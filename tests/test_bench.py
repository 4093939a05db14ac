"""`tabllm bench` end to end on the tiny model (lavapipe here): the JSON it prints and its own bookkeeping.
Its speed figures are never asserted (they belong in BENCHMARKS.md); only what the bench counts."""

import json

from tabllm.cli import main


def test_bench_json_counts_a_decode_step(tiny_model_dir, capsys):
    main(["bench", "--model", str(tiny_model_dir), "--prompt-tokens", "9", "--decode-tokens", "3", "--json",
          "--temperature", "0.7", "--top-k", "5", "--top-p", "0.9", "--logprobs", "2"])
    r = json.loads(capsys.readouterr().out)
    assert r["prompt_tokens"] == 9 and r["decode_tokens"] == 3 and r["generated"] == 4
    assert r["sampler"] == {"temperature": 0.7, "top_k": 5, "top_p": 0.9} and r["logprobs"] == 2
    # a decode step runs the model's decode phase, the head, the top-k / top-p sampler and the logprobs
    # kernel in one submit: the dispatches the executor counted, less the prefill's, divided by the steps
    from tabllm.engine import Engine
    from tabllm.runtime.wgpu_executor import WgpuExecutor

    engine = Engine(tiny_model_dir, WgpuExecutor(), context_length=r["context_length"], tokens_per_call=r["tokens_per_call"])
    plan = engine.plan
    step = plan.dispatch_count(engine.decode_phase(10), "head_last", "sample_top", "logprobs")
    engine.release()
    assert r["dispatches_per_decode_token"] == step and r["submits_per_decode_token"] == 1
    for key in ("prefill_tok_s", "decode_tok_s", "decode_GBps", "weight_bytes_per_token"):
        assert r[key] > 0
    assert r["ceilings"]["read_GBps"] > 0 and r["ceilings"]["fma_f32_GFLOPs"] > 0
    assert r["memory_ratio"] >= 1  # (the GPU holds at least the weights and the KV cache)


def test_cli_offers_every_synthetic_shape(capsys):
    """`tabllm bench --synthetic` lists exactly tabllm.bench.SYNTHETIC (the CLI does not import bench
    to build its parser, so the two lists are compared here)."""
    import re

    import pytest

    from tabllm.bench import SYNTHETIC

    with pytest.raises(SystemExit):
        main(["bench", "--synthetic", "no-such-shape"])
    offered = re.search(r"choose from (.*?)\)", capsys.readouterr().err).group(1)
    assert sorted(re.findall(r"'([^']+)'", offered)) == sorted(SYNTHETIC)
