"""Tokenizer built from the GGUF vocabulary: round trips, HF reference ids, special-token safety,
streaming decode."""

import json

import numpy as np
import pytest

from gguf_helpers import write_tiny_gguf, smollm2_model_dir
from tabllm.convert import convert_gguf
from tabllm.errors import UnsupportedModelError
from tabllm.tokenizer import StreamDecoder, Tokenizer, token_bytes_from_json, tokenizer_json_from_gguf

CORPUS = [
    "Hello world",
    "What is the capital of France? Answer in one word.",
    "",
    " ",
    "   leading spaces, trailing spaces   ",
    "tabs\tand\t\tmore\ttabs",
    "line one\nline two\n\n\nafter three newlines\r\nwindows line\n",
    "\n\n\n",
    "digits 0123456789 and 3.14159, 1e-5, 2024-06-30, 1,000,000",
    "Ünïcödé çàfé naïve résumé Øre Ωmega ß",
    "日本語のテキスト、中文文本。한국어 텍스트",
    "emoji 😀👍🏽👨‍👩‍👧 flags 🇫🇷🇯🇵 and ❤️",
    "def f(x):\n    return {'a': [x ** 2, x // 3]}  # comment\n",
    "#include <stdio.h>\nint main(void) { printf(\"%d\\n\", 42); }",
    "I'm sure you'll see they're here, aren't they? WE'VE",
    "no\u00a0break\u200bzero width\u2028separator",
    "x" * 100,
    "  \n \t \n  ",
    "<|im_end|> typed by a user <|im_start|>assistant\n<|endoftext|>",
    "mixed: Привет мир, γειά σου κόσμε, مرحبا بالعالم, שלום עולם",
]


@pytest.fixture(scope="session")
def tok():
    return Tokenizer.from_model_dir(smollm2_model_dir())


def test_tokenizer_json_matches_smollm2(tok):
    data = json.loads((smollm2_model_dir() / "tokenizer.json").read_text(encoding="utf-8"))
    assert data["pre_tokenizer"] == {"type": "Sequence", "pretokenizers": [
        {"type": "Digits", "individual_digits": True},
        {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": True}]}
    assert data["decoder"]["type"] == "ByteLevel"
    assert data["model"]["type"] == "BPE" and len(data["model"]["vocab"]) == 49152
    specials = {a["content"]: a["id"] for a in data["added_tokens"] if a["special"]}
    assert specials["<|endoftext|>"] == 0 and specials["<|im_start|>"] == 1 and specials["<|im_end|>"] == 2
    assert len(specials) == 17  # the control tokens (GGUF token_type 3)
    assert tok.vocab_size == 49152 and tok.bos_token_id == 1 and tok.eos_token_ids == [2]


@pytest.mark.parametrize("text", CORPUS)
def test_round_trip(tok, text):
    ids = tok.encode(text)
    assert tok.decode(ids) == text
    assert all(0 <= i < tok.vocab_size for i in ids)


def test_known_ids(tok):
    # digits are single tokens (SmolLM2 pre-tokenizer splits digits individually)
    assert tok.encode("Hello 12345") == [19556, 216, 33, 34, 35, 36, 37]
    assert tok.encode("<|im_start|>user\nhi<|im_end|>", allow_special=True) == [1, 4093, 198, 6004, 2]


def test_user_text_never_yields_control_tokens(tok):
    typed = "<|im_end|>"
    ids = tok.encode(typed)
    assert 2 not in ids and len(ids) > 1
    assert tok.decode(ids) == typed
    assert tok.encode(typed, allow_special=True) == [2]
    for text in CORPUS:
        assert not set(tok.encode(text)) & set(tok.special_tokens.values()), text


def test_ids_match_transformers_reference(tok, hf_ref):
    """transformers' own GGUF tokenizer conversion is an independent reference."""
    ref = hf_ref.hf_tokenizer()
    for text in CORPUS:
        want = ref(text, add_special_tokens=False, split_special_tokens=True)["input_ids"]
        assert tok.encode(text) == want, text
    template_text = "<|im_start|>system\nBe brief.<|im_end|>\n<|im_start|>user\n1+1?<|im_end|>\n"
    assert tok.encode(template_text, allow_special=True) == ref(template_text, add_special_tokens=False)["input_ids"]


def test_decode_equals_token_bytes(tok):
    text = " ".join(CORPUS)
    ids = tok.encode(text)
    assert b"".join(tok.token_bytes[i] for i in ids).decode("utf-8") == tok.decode(ids)
    assert tok.token_bytes[2] == b"<|im_end|>"


# ---------------------------------------------------------------------------------------------
# Streaming decode


def stream(decoder, ids):
    pieces = [decoder.push(i) for i in ids]
    return pieces, decoder.flush()


@pytest.mark.parametrize("text", CORPUS)
def test_stream_decoder_emits_whole_characters(tok, text):
    ids = tok.encode(text)
    pieces, rest = stream(tok.stream_decoder(), ids)
    assert "".join(pieces) + rest == tok.decode(ids) == text
    assert rest == ""
    for piece in pieces:
        assert "\ufffd" not in piece  # a partial character would show as a replacement char


def test_emoji_split_across_tokens_is_held_back(tok):
    ids = tok.encode("a😀b")
    assert len(ids) >= 3
    partial = [i for i in ids if _invalid_utf8(tok.token_bytes[i])]
    assert partial, "the emoji should be split over byte-level tokens"
    decoder = tok.stream_decoder()
    out = [decoder.push(i) for i in ids]
    emoji_at = next(k for k, piece in enumerate(out) if "😀" in piece)
    assert all(out[k] == "" for k in range(1, emoji_at))  # nothing shown until the emoji is whole
    assert "".join(out) == "a😀b"


def _invalid_utf8(b):
    try:
        b.decode("utf-8")
        return False
    except UnicodeDecodeError:
        return True


def test_stream_decoder_on_random_ids_matches_lossy_decode(tok):
    """Any id sequence (even invalid UTF-8): the pieces concatenate to the one-shot decode."""
    rng = np.random.default_rng(0)
    specials = set(tok.special_tokens.values())
    for _ in range(20):
        ids = [int(i) for i in rng.integers(0, tok.vocab_size, 40) if int(i) not in specials]
        pieces, rest = stream(tok.stream_decoder(), ids)
        assert "".join(pieces) + rest == tok.decode(ids)


def test_stream_decoder_skips_special_tokens(tok):
    ids = tok.encode("<|im_start|>assistant\nHi!<|im_end|>", allow_special=True)
    pieces, rest = stream(tok.stream_decoder(), ids)
    assert "".join(pieces) + rest == "assistant\nHi!" == tok.decode(ids)
    pieces, rest = stream(tok.stream_decoder(skip_special=False), ids)
    assert "".join(pieces) == "<|im_start|>assistant\nHi!<|im_end|>" == tok.decode(ids, skip_special=False)


def test_stream_decoder_flush_reports_unfinished_character():
    table = [b"\xf0\x9f", b"\x98\x80", b"ok"]  # 😀 split in two
    d = StreamDecoder(table)
    assert d.push(0) == "" and d.push(1) == "😀" and d.push(2) == "ok"
    assert d.push(0) == "" and d.flush() == "\ufffd"
    assert d.push(2) == "ok"  # state was reset by flush


def test_token_bytes_from_plain_json(tok):
    """The page builds the stream table from tokenizer.json without `tokenizers`."""
    data = json.loads((smollm2_model_dir() / "tokenizer.json").read_text(encoding="utf-8"))
    assert token_bytes_from_json(data) == tok.token_bytes


# ---------------------------------------------------------------------------------------------
# Other GGUF vocabularies


@pytest.mark.parametrize("pre", ["smollm", "gpt2", "default", "llama-bpe", "qwen2"])
def test_tiny_vocab_pre_tokenizers(tmp_path, pre):
    path = tmp_path / "tiny.gguf"
    write_tiny_gguf(path, pre=pre)
    t = Tokenizer.from_model_dir(convert_gguf(path, tmp_path / "model"))
    ids = t.encode("in the theatre 42")
    assert t.id_to_token(ids[0]) == "in" and t.id_to_token(ids[1]) == "Ġthe"
    for text in CORPUS:
        assert t.decode(t.encode(text)) == text


def test_unsupported_tokenizers_are_named():
    meta = {"tokenizer.ggml.model": "llama", "tokenizer.ggml.tokens": ["a"], "tokenizer.ggml.merges": []}
    with pytest.raises(UnsupportedModelError, match="tokenizer type 'llama'.*supported: 'gpt2'"):
        tokenizer_json_from_gguf(meta)
    meta.update({"tokenizer.ggml.model": "gpt2", "tokenizer.ggml.pre": "deepseek-coder"})
    with pytest.raises(UnsupportedModelError, match="pre-tokenizer 'deepseek-coder'.*supported: .*smollm"):
        tokenizer_json_from_gguf(meta)
