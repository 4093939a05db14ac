"""Tokenizer: HF `tokenizers` JSON built from a GGUF vocabulary, encode/decode, streaming detokenizer.

GGUF `tokenizer.ggml.model == "gpt2"` is byte-level BPE: every byte is first mapped to a printable
character (GPT-2's bytes_to_unicode table), the text is split into pre-tokens by a regex that depends
on the model (`tokenizer.ggml.pre`), and BPE merges run inside each pre-token. Control tokens
(token_type 3, e.g. <|im_end|>) become special added tokens: they are produced from template text
but never from what a user typed.

The StreamDecoder and the byte table it uses are plain Python (no `tokenizers`, no numpy) so the
page under Pyodide can use them with tokenizer.json parsed by `json`.
"""

import codecs
import json
from functools import lru_cache
from pathlib import Path

from .errors import ModelFormatError, UnsupportedModelError
from .weights import REGENERATE_HINT, TOKEN_ID, Field, check_fields, load_config

# GGUF token types (llama.cpp's llama_token_type)
TOKEN_NORMAL, TOKEN_UNKNOWN, TOKEN_CONTROL, TOKEN_USER_DEFINED, TOKEN_UNUSED, TOKEN_BYTE = 1, 2, 3, 4, 5, 6

_BYTE_LEVEL = {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": True}
_BYTE_LEVEL_NO_REGEX = dict(_BYTE_LEVEL, use_regex=False)  # the Split before it does the regex

# Pre-tokenizer regexes of the HF tokenizers of these model families.
_LLAMA3_REGEX = (
    r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*"
    r"|\s*[\r\n]+|\s+(?!\S)|\s+"
)
_QWEN2_REGEX = (
    r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*"
    r"|\s*[\r\n]+|\s+(?!\S)|\s+"
)


def _split(regex):
    return {"type": "Split", "pattern": {"Regex": regex}, "behavior": "Isolated", "invert": False}


# tokenizer.ggml.pre -> (normalizer, pre_tokenizer, ignore_merges), as in the models' HF tokenizer.json
_PRE = {
    "default": (None, _BYTE_LEVEL, False),
    "gpt2": (None, _BYTE_LEVEL, False),
    "gpt-2": (None, _BYTE_LEVEL, False),  # llama.cpp's name for GPT-2's own vocabulary
    "smollm": (
        None,
        {"type": "Sequence", "pretokenizers": [{"type": "Digits", "individual_digits": True}, _BYTE_LEVEL]},
        False,
    ),
    "llama-bpe": (None, {"type": "Sequence", "pretokenizers": [_split(_LLAMA3_REGEX), _BYTE_LEVEL_NO_REGEX]}, True),
    "qwen2": (
        {"type": "NFC"},
        {"type": "Sequence", "pretokenizers": [_split(_QWEN2_REGEX), _BYTE_LEVEL_NO_REGEX]},
        False,
    ),
}


@lru_cache(maxsize=1)
def bytes_to_unicode() -> dict:
    """GPT-2's byte -> printable character table (byte-level BPE works on these characters)."""
    printable = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    table, extra = {}, 0
    for b in range(256):
        if b in printable:
            table[b] = chr(b)
        else:
            table[b] = chr(256 + extra)  # unprintable bytes go to code points 256.. in order
            extra += 1
    return table


def sentencepiece_json_from_gguf(gguf_path) -> str:
    """tokenizer.json text for a GGUF with a SentencePiece vocabulary (tokenizer.ggml.model "llama",
    e.g. Gemma 3), built by transformers' GGUF tokenizer conversion: it recovers the BPE merges from
    the vocabulary scores and applies each family's fixes, work we do not repeat here."""
    try:
        from transformers.integrations.gguf.gguf_tokenizer_mapping import convert_gguf_tokenizer, get_gguf_tokenizer
    except ImportError:
        from .errors import MissingPackageError

        raise MissingPackageError("converting a SentencePiece GGUF vocabulary needs transformers: pip install transformers") from None
    architecture, tokenizer_dict, _ = get_gguf_tokenizer(str(gguf_path))
    backend, _ = convert_gguf_tokenizer(architecture, tokenizer_dict)
    return backend.to_str()


def tokenizer_json_from_gguf(meta: dict) -> str:
    """tokenizer.json text for the vocabulary in GGUF metadata `meta` (key -> python value).

    Uses tokenizer.ggml.{model, pre, tokens, token_type, merges}.
    """
    model = meta.get("tokenizer.ggml.model")
    if model != "gpt2":
        raise UnsupportedModelError(
            f"tokenizer type {model!r} (tokenizer.ggml.model) is not supported; supported: 'gpt2' (byte-level BPE)"
        )
    pre = meta.get("tokenizer.ggml.pre", "default")
    if pre not in _PRE:
        raise UnsupportedModelError(
            f"pre-tokenizer {pre!r} (tokenizer.ggml.pre) is not supported; supported: {', '.join(sorted(_PRE))}"
        )
    normalizer, pre_tokenizer, ignore_merges = _PRE[pre]
    tokens = meta.get("tokenizer.ggml.tokens")
    merges = meta.get("tokenizer.ggml.merges")
    if not tokens or merges is None:
        raise ModelFormatError("the GGUF has no tokenizer vocabulary (tokenizer.ggml.tokens / merges)")
    types = meta.get("tokenizer.ggml.token_type") or [TOKEN_NORMAL] * len(tokens)

    vocab = {}
    for i, tok in enumerate(tokens):
        vocab.setdefault(tok, i)  # a duplicated string keeps its first id
    added = []
    for i, (tok, kind) in enumerate(zip(tokens, types)):
        if kind in (TOKEN_CONTROL, TOKEN_UNKNOWN, TOKEN_USER_DEFINED):
            added.append({
                "id": i, "content": tok, "single_word": False, "lstrip": False, "rstrip": False,
                "normalized": False,
                # user-defined tokens are matched in any text; control tokens only when allowed
                "special": kind != TOKEN_USER_DEFINED,
            })
    tokenizer = {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": added,
        "normalizer": normalizer,
        "pre_tokenizer": pre_tokenizer,
        "post_processor": {"type": "ByteLevel", "add_prefix_space": True, "trim_offsets": False, "use_regex": True},
        "decoder": {"type": "ByteLevel", "add_prefix_space": True, "trim_offsets": True, "use_regex": True},
        "model": {
            "type": "BPE", "dropout": None, "unk_token": None, "continuing_subword_prefix": None,
            "end_of_word_suffix": None, "fuse_unk": False, "byte_fallback": False,
            "ignore_merges": ignore_merges,
            "vocab": vocab,
            "merges": [m.split(" ", 1) for m in merges],
        },
    }
    return json.dumps(tokenizer, ensure_ascii=False)


def token_bytes_from_json(tokenizer_json: dict) -> list:
    """bytes of every token id, as the ByteLevel decoder turns it into bytes (list index = id).

    Mirrors `tokenizers`' ByteLevel decoder: every char maps back through bytes_to_unicode, and a
    token holding a char outside that table (e.g. an added token with non-byte-level text) is
    taken as its UTF-8 text. Ids without a token get b"".
    """
    decoder = tokenizer_json.get("decoder") or {}
    by_id = dict((i, t) for t, i in tokenizer_json["model"]["vocab"].items())
    added_ids = set()
    for added in tokenizer_json.get("added_tokens", []):
        by_id[added["id"]] = added["content"]
        added_ids.add(added["id"])
    table = [b""] * (max(by_id) + 1 if by_id else 0)
    if decoder.get("type") == "ByteLevel":
        char_to_byte = {c: b for b, c in bytes_to_unicode().items()}
        for i, tok in by_id.items():
            try:
                table[i] = bytes(char_to_byte[c] for c in tok)
            except KeyError:
                table[i] = tok.encode("utf-8")
        return table
    steps = [d.get("type") for d in decoder.get("decoders", [])] if decoder.get("type") == "Sequence" else []
    if "ByteFallback" in steps and "Replace" in steps and "Strip" not in steps:
        # SentencePiece style (Gemma): "\u2581" is a space, "<0x0A>" the byte 0x0A, the rest UTF-8
        for i, tok in by_id.items():
            if i not in added_ids and len(tok) == 6 and tok.startswith("<0x") and tok.endswith(">"):
                table[i] = bytes([int(tok[3:5], 16)])
            else:
                table[i] = tok.replace("\u2581", " ").encode("utf-8")
        return table
    raise UnsupportedModelError(f"streaming decode supports ByteLevel and SentencePiece byte-fallback decoders, got {decoder!r}")


class StreamDecoder:
    """Incremental detokenizer: push token ids, get back only text made of complete UTF-8 characters.

    A character split over several tokens (an emoji is 4 bytes and byte-level BPE may cut it
    anywhere) is held back until its last byte arrives. Joining all push() results and flush()
    gives the same text as decoding the whole sequence at once (invalid bytes become U+FFFD).
    """

    def __init__(self, token_bytes, skip_ids=()):
        self._token_bytes = token_bytes  # list: id -> bytes
        self._skip = frozenset(skip_ids)
        self._utf8 = codecs.getincrementaldecoder("utf-8")(errors="replace")

    def push(self, token_id: int) -> str:
        # ids past the table (a model may pad its vocabulary beyond the tokenizer's) have no text
        if token_id in self._skip or not 0 <= token_id < len(self._token_bytes):
            return ""
        return self._utf8.decode(self._token_bytes[token_id], final=False)

    def flush(self) -> str:
        """Text for bytes still held back (an unfinished character becomes U+FFFD); resets state."""
        text = self._utf8.decode(b"", final=True)
        self._utf8.reset()
        return text


def plain_tokenizer_json(tokenizer_json: dict) -> str:
    """tokenizer.json text with the special added tokens dropped: encoding user text with it gives
    what HF `tokenizers` gives with `encode_special_tokens=True` (tests/test_web.py checks), for
    backends without that switch (@mlc-ai/web-tokenizers in the page)."""
    plain = dict(tokenizer_json)
    plain["added_tokens"] = [a for a in tokenizer_json.get("added_tokens", []) if not a.get("special")]
    return json.dumps(plain, ensure_ascii=False)


# What the plain-Python side reads of tokenizer.json (token_bytes_from_json, the special tokens); the
# backend checks the rest (normalizer, pre-tokenizer, merges) as it loads the file.
TOKENIZER_FIELDS = {
    "model": Field("object", fields={"vocab": Field("object", values=TOKEN_ID)}),
    "added_tokens": Field("list", optional=True, items=Field("object", fields={
        "id": TOKEN_ID, "content": Field("str"), "special": Field("bool", optional=True)})),
    "decoder": Field("object", optional=True, null=True, fields={
        "type": Field("str", optional=True), "decoders": Field("list", items=Field("object"), optional=True)}),
}


def parse_tokenizer_json(tokenizer_json: str, source="tokenizer.json") -> dict:
    """tokenizer.json text as a dict, checked against TOKENIZER_FIELDS: a ModelFormatError naming source and
    the field for a damaged file (not a KeyError or TypeError from the byte table)."""
    try:
        obj = json.loads(tokenizer_json)
    except ValueError as e:
        raise ModelFormatError(f"{source} is not valid JSON ({e}); {REGENERATE_HINT}") from None
    check_fields(obj, TOKENIZER_FIELDS, source)
    return obj


class HFTokenizersBackend:
    """encode/decode with HF `tokenizers` (CPython; imported only here)."""

    def __init__(self, tokenizer_json: str, source="tokenizer.json"):
        try:
            from tokenizers import Tokenizer as HFTokenizer
        except ImportError:
            from .errors import MissingPackageError

            raise MissingPackageError("the `tokenizers` package is needed: pip install tokenizers") from None
        # Two instances, so user text never toggles shared state: `_plain` treats special-token
        # text like "<|im_end|>" as ordinary characters; `_special` turns it into the control token.
        try:
            self._special = HFTokenizer.from_str(tokenizer_json)
        except Exception as e:  # tokenizers raises a bare Exception for anything it cannot read
            raise ModelFormatError(f"{source} is not a tokenizer the tokenizers package reads ({e}); {REGENERATE_HINT}") from None
        self._plain = HFTokenizer.from_str(tokenizer_json)
        self._plain.encode_special_tokens = True

    def encode(self, text: str, allow_special: bool) -> list:
        hf = self._special if allow_special else self._plain
        # encode_batch releases the GIL while it works (encode holds it): the API server tokenizes in a
        # thread pool, and a long text must not stall the event loop's other requests (same ids)
        return hf.encode_batch([text], add_special_tokens=False)[0].ids

    def decode(self, ids, skip_special: bool) -> str:
        return self._special.decode([int(i) for i in ids], skip_special_tokens=skip_special)

    def token_to_id(self, token: str):
        return self._special.token_to_id(token)

    def id_to_token(self, token_id: int):
        return self._special.id_to_token(token_id)


class Tokenizer:
    """encode/decode over a tokenizer.json. The backend does the encoding: HF `tokenizers` in
    CPython, @mlc-ai/web-tokenizers in the page (web.py); everything else here is plain Python."""

    def __init__(self, tokenizer_json: str, bos_token_id=None, eos_token_ids=(), backend=None, source="tokenizer.json"):
        """source: where tokenizer_json comes from, for the error messages of a damaged file."""
        self._json = parse_tokenizer_json(tokenizer_json, source)
        self._backend = backend if backend is not None else HFTokenizersBackend(tokenizer_json, source)
        self.special_tokens = {a["content"]: a["id"] for a in self._json.get("added_tokens", []) if a.get("special")}
        self.bos_token_id = bos_token_id
        self.eos_token_ids = list(eos_token_ids)
        self.token_bytes = token_bytes_from_json(self._json)
        self.vocab_size = len(self.token_bytes)

    @classmethod
    def from_model_dir(cls, model_dir):
        model_dir = Path(model_dir)
        config = load_config(model_dir)
        path = model_dir / "tokenizer.json"
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise ModelFormatError(f"cannot read {path} ({e}); {REGENERATE_HINT}") from None
        return cls(text, config.get("bos_token_id"), config.get("eos_token_ids") or (), source=path)

    def encode(self, text: str, allow_special=False) -> list:
        """Token ids of text. With allow_special=False (user text) "<|im_end|>" is plain characters."""
        return list(self._backend.encode(text, allow_special))

    def decode(self, ids, skip_special=True) -> str:
        return self._backend.decode(ids, skip_special)

    def stream_decoder(self, skip_special=True) -> StreamDecoder:
        return StreamDecoder(self.token_bytes, self.special_tokens.values() if skip_special else ())

    def token_to_id(self, token: str):
        return self._backend.token_to_id(token)

    def id_to_token(self, token_id: int):
        return self._backend.id_to_token(token_id)
