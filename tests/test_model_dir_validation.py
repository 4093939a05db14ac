"""config.json, weights/index.json and tokenizer.json are checked when a model directory is read: a damaged
or hand-edited file is a ModelFormatError naming the file and the field (the CLI exits 2 with it), never
a KeyError or TypeError from deep inside the loader. The converters' damaged inputs likewise (tests/test_fuzz.py
damages GGUFs at random)."""

import json
import shutil

import pytest
from damage_helpers import edited_copy, gguf_records
from gguf_helpers import write_tiny_gguf

import tabllm
from tabllm.convert import convert_gguf
from tabllm.convert_hf import convert_hf
from tabllm.errors import ModelFormatError
from tabllm.tokenizer import Tokenizer
from tabllm.weights import load_config, read_index


def set_field(key, value):
    return lambda obj: obj.__setitem__(key, value)


def loads_with_error(model_dir, match):
    """Loading model_dir (the numpy reference) raises a ModelFormatError matching `match`; its message."""
    with pytest.raises(ModelFormatError, match=match) as e:
        tabllm.load(model_dir, device="reference")
    return str(e.value)


@pytest.mark.parametrize("edit, match", [
    (lambda c: c.pop("hidden_size"), r"config.json: the field hidden_size is missing"),
    (set_field("hidden_size", "96"), r'hidden_size must be a whole number from 1 to \d+, got "96"'),
    (set_field("hidden_size", 96.0), r"hidden_size must be a whole number .*, got 96.0"),
    (set_field("num_layers", -2), r"num_layers must be a whole number from 1 to \d+, got -2"),
    (set_field("vocab_size", 2**40), r"vocab_size must be a whole number from 1 to \d+, got 1099511627776"),
    (set_field("num_heads", True), r"num_heads must be a whole number .*, got true"),
    (set_field("rope_theta", 0), r"rope_theta must be a number above 0, got 0"),
    (set_field("rope_theta", 10**400), r"rope_theta must be a number above 0, got 1000000000"),  # too large for a float
    (set_field("rms_norm_eps", float("nan")), r"rms_norm_eps must be a number from 0 to 1, got NaN"),
    (set_field("tie_word_embeddings", "yes"), r'tie_word_embeddings must be true or false, got "yes"'),
    (set_field("eos_token_ids", [2, "x"]), r'eos_token_ids\[1\] must be a whole number .*, got "x"'),
    (set_field("chat_template", 5), r"chat_template must be a string or null, got 5"),
    (set_field("quantization", {"activations": "f8"}), r'quantization.activations must be one of "f16", "f32", got "f8"'),
    (set_field("rope_scaling", {"rope_type": "llama3", "factor": 8.0}), r"the field rope_scaling.low_freq_factor is missing"),
    (set_field("bos_token_id", 5000), r"bos_token_id holds the token id 5000, outside the vocabulary of vocab_size 263"),
    (set_field("num_kv_heads", 2), r"num_heads 3 is not a multiple of num_kv_heads 2"),
])
def test_config_fields_are_checked_at_load(tiny_model_dir, tmp_path, edit, match):
    model_dir = edited_copy(tiny_model_dir, tmp_path / "model", "config.json", edit)
    message = loads_with_error(model_dir, match)
    assert str(model_dir / "config.json") in message and "re-convert" in message


def test_a_config_that_is_not_an_object_is_a_clear_error(tiny_model_dir, tmp_path):
    model_dir = shutil.copytree(tiny_model_dir, tmp_path / "model")
    (model_dir / "config.json").write_text('["not", "an", "object"]')
    loads_with_error(model_dir, "config.json has format_version None")


def test_gemma3_fields_are_required_for_gemma3(tiny_model_dir, tmp_path):
    model_dir = edited_copy(tiny_model_dir, tmp_path / "model", "config.json", set_field("architecture", "gemma3"))
    loads_with_error(model_dir, "the field sliding_window is missing")


@pytest.mark.parametrize("edit, match", [
    (lambda i: i["tensors"]["embed.q"].__setitem__("dtype", "f64"), r'tensors\["embed.q"\].dtype must be one of "u32", "f32", got "f64"'),
    (lambda i: i["tensors"]["final_norm"].__setitem__("shape", [-96]), r'tensors\["final_norm"\].shape\[0\] must be a whole number >= 0'),
    (lambda i: i["tensors"]["final_norm"].__setitem__("shape", [95]), r"tensor final_norm has nbytes 384, but f32\[95\] is 380 bytes"),
    (lambda i: i["tensors"]["final_norm"].__setitem__("offset", 10**9), r"final_norm needs bytes 1000000000 to \d+ of shard 0, which has \d+"),
    (lambda i: i["tensors"]["final_norm"].__setitem__("offset", 4), r"final_norm starts at offset 4, which is not a multiple of 256"),
    (lambda i: i["tensors"]["final_norm"].__setitem__("shard", 7), r"final_norm is placed in shard 7, but the index lists 1 shards"),
    (lambda i: i["tensors"]["final_norm"].pop("offset"), r"final_norm has neither shard and offset nor parts"),
    (lambda i: i["shards"][0].__setitem__("size", "big"), r'shards\[0\].size must be a whole number >= 0, got "big"'),
    (lambda i: i["quant"].__setitem__("embed", "q7_k"), r'quant\["embed"\] must be one of "q4_0", .*, got "q7_k"'),
    (lambda i: i["quant"].pop("layers.1.o"), r'tensor layers.1.o.q is a matrix without a format in "quant"'),
    (lambda i: i["tensors"].pop("layers.0.gate_up.min"), r"matrix layers.0.gate_up \(q4_1\) has no tensor layers.0.gate_up.min"),
    (lambda i: i.pop("tensors"), r"the field tensors is missing"),
])
def test_index_fields_and_placements_are_checked_at_load(tiny_model_dir, tmp_path, edit, match):
    model_dir = edited_copy(tiny_model_dir, tmp_path / "model", "weights/index.json", edit)
    with pytest.raises(ModelFormatError, match=match) as e:
        read_index(model_dir)
    assert str(model_dir / "weights" / "index.json") in str(e.value)
    loads_with_error(model_dir, match)


def test_row_parts_must_add_up_to_their_tensor(tmp_path):
    write_tiny_gguf(tmp_path / "tiny.gguf")
    model_dir = convert_gguf(tmp_path / "tiny.gguf", tmp_path / "model", shard_limit=16 * 1024)  # embed.q in parts
    assert "parts" in read_index(model_dir)["tensors"]["embed.q"]
    damaged = edited_copy(model_dir, tmp_path / "damaged", "weights/index.json",
                          lambda i: i["tensors"]["embed.q"]["parts"].pop())
    loads_with_error(damaged, r"embed.q has parts of \d+ bytes in all, not its nbytes 25248")


@pytest.mark.parametrize("edit, match", [
    (set_field("hidden_size", 128), r"embed.q is u32\[263, 24\], the config's sizes make it u32\[263, 32\]"),
    (set_field("intermediate_size", 192), r"layers.0.gate_up.q is u32\[320, 12\], the config's sizes make it u32\[384, 12\]"),
    (set_field("head_dim", 64), r"layers.0.qkv.q is u32\[160, 12\], the config's sizes make it u32\[320, 12\]"),
    (set_field("num_layers", 3), r"num_layers is 3, but there are no tensors for layer 2"),
    (set_field("tie_word_embeddings", False), r"tie_word_embeddings is false, but there is no lm_head matrix"),
])
def test_config_and_index_must_belong_together(tiny_model_dir, tmp_path, edit, match):
    """Sizes of the right type that the weights do not have: refused before any plan or buffer is made."""
    model_dir = edited_copy(tiny_model_dir, tmp_path / "model", "config.json", edit)
    load_config(model_dir)  # the config alone is well-formed
    loads_with_error(model_dir, "does not match config.json: " + match)


@pytest.mark.parametrize("damage, match", [
    (lambda text: text[: len(text) // 2], r"tokenizer.json is not valid JSON"),
    (lambda text: json.dumps({**json.loads(text), "model": {"vocab": ["a", "b"]}}), r"model.vocab must be an object, got \["),
    (lambda text: json.dumps({"added_tokens": []}), r"the field model is missing"),
    (lambda text: json.dumps({**json.loads(text), "added_tokens": [{"id": "x", "content": "<s>"}]}),
     r'added_tokens\[0\].id must be a whole number from 0 to \d+, got "x"'),
    (lambda text: json.dumps({**json.loads(text), "decoder": "ByteLevel"}), r'decoder must be an object or null, got "ByteLevel"'),
    (lambda text: json.dumps({**json.loads(text), "model": {**json.loads(text)["model"], "merges": [1, 2]}}),
     r"not a tokenizer the tokenizers package reads"),
])
def test_a_damaged_tokenizer_json_is_a_clear_error(tiny_model_dir, tmp_path, damage, match):
    text = (tiny_model_dir / "tokenizer.json").read_text(encoding="utf-8")
    with pytest.raises(ModelFormatError, match=match):
        Tokenizer(damage(text))
    model_dir = shutil.copytree(tiny_model_dir, tmp_path / "model")
    (model_dir / "tokenizer.json").write_text(damage(text), encoding="utf-8")
    assert str(model_dir / "tokenizer.json") in loads_with_error(model_dir, match)


def test_a_missing_tokenizer_json_is_a_clear_error(tiny_model_dir, tmp_path):
    model_dir = shutil.copytree(tiny_model_dir, tmp_path / "model")
    (model_dir / "tokenizer.json").unlink()
    loads_with_error(model_dir, r"cannot read .*tokenizer.json")


def test_cli_exits_2_naming_the_field(tiny_model_dir, tmp_path, capsys):
    from tabllm.cli import main

    model_dir = edited_copy(tiny_model_dir, tmp_path / "model", "config.json", lambda c: c.pop("hidden_size"))
    with pytest.raises(SystemExit) as e:
        main(["generate", "hi", "--model", str(model_dir), "--device", "reference", "--max-tokens", "2"])
    err = capsys.readouterr().err
    assert e.value.code == 2 and "the field hidden_size is missing" in err and "Traceback" not in err


# --- converter inputs


def test_a_gguf_with_zero_heads_is_a_clear_error(tmp_path):
    """(found by tests/test_fuzz.py: the default head_dim divided by it)"""
    path = tmp_path / "tiny.gguf"
    write_tiny_gguf(path)
    records, _ = gguf_records(path)
    start, size = records["llama.attention.head_count"][-1]  # the value
    data = bytearray(path.read_bytes())
    data[start:start + size] = bytes(size)
    path.write_bytes(data)
    with pytest.raises(ModelFormatError, match="llama.attention.head_count is 0, it must be at least 1"):
        convert_gguf(path, tmp_path / "model")


HF_CONFIG = {"architectures": ["LlamaForCausalLM"], "hidden_size": 64, "intermediate_size": 128,
             "num_hidden_layers": 1, "num_attention_heads": 2, "vocab_size": 263}


@pytest.mark.parametrize("files, match", [
    ({"config.json": {k: v for k, v in HF_CONFIG.items() if k != "hidden_size"}}, r"config.json lacks the key 'hidden_size'"),
    ({"config.json": {**HF_CONFIG, "hidden_size": "abc"}}, r"holds a value of the wrong type or range \(ValueError"),
    ({"config.json": {**HF_CONFIG, "num_attention_heads": 0}}, r"holds a value of the wrong type or range \(ZeroDivisionError"),
    ({"config.json": {**HF_CONFIG, "rope_scaling": {"rope_type": "llama3"}}}, r"config.json lacks the key 'factor'"),
    ({"config.json": [HF_CONFIG]}, r"config.json is not a JSON object"),
    ({"generation_config.json": {"eos_token_id": "x"}}, r"generation_config.json holds a value of the wrong type"),
    ({"model.safetensors": b"\xff" * 100}, r"model.safetensors is not a readable safetensors file"),
    ({"model.safetensors.index.json": {"weights": {}}}, r"model.safetensors.index.json has no weight_map"),
])
def test_a_damaged_hugging_face_folder_is_a_clear_error(tiny_model_dir, tmp_path, files, match):
    """Each case: a Llama folder with one damaged file (they were KeyError, ValueError, AttributeError,
    SafetensorError tracebacks)."""
    shutil.copy(tiny_model_dir / "tokenizer.json", tmp_path / "tokenizer.json")
    for name, content in {"config.json": HF_CONFIG, **files}.items():
        data = content if isinstance(content, bytes) else json.dumps(content).encode()
        (tmp_path / name).write_bytes(data)
    with pytest.raises(ModelFormatError, match=match):
        convert_hf(tmp_path, tmp_path / "model")
