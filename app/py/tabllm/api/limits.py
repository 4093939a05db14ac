"""Bounds on what one request may ask for, checked before any tokenizing or GPU work, and the HTTP
server's limits on bodies and slow clients.

- RequestLimits: how many embedding inputs, and how many completions (prompts x n), one request may
  ask for (the HTTP server's create_app takes them; the Python API uses the defaults).
- text_char_limit(engine): the most characters a text can have and still fit the context window.
  Longer text is refused without tokenizing it: tokenizing takes time and memory in proportion to the
  text (15 MB of chat took 34 s and 2 GB, holding the GIL), while the context holds a few thousand
  tokens at most.

Why counting characters is enough (chars_per_token): every character of the text the tokenizer's
model sees is covered by at least one token, and a token covers at most as many characters as its
own bytes (token_bytes: a character is at least one byte), so

    tokens >= normalized characters / longest token's bytes.

For byte-level BPE no byte is ever dropped; special tokens are in token_bytes too, so this holds
for prompts where "<|im_start|>" is one token. Two steps may shorten the text before the model sees
it, and are accounted for:
- the normalizer: NFC and NFKC compose, and a composed character stands for at most 4 (NFC) or 18
  (NFKC) characters, the longest canonical / compatibility decompositions in Unicode (UAX #15,
  "Maximum expansion factors"); a string Replace shortens by len(pattern) / len(content) at most;
  NFD, NFKD, Lowercase and Prepend never shorten. Any other normalizer (Strip, StripAccents,
  BertNormalizer, Precompiled, a regex Replace) can delete characters: no bound.
- what else can absorb any number of characters in one token: a pre-tokenizer that removes text
  (Whitespace, a Split with behavior "Removed"), an added token with lstrip / rstrip (it swallows the
  spaces around it), unknown characters fused into one unknown token, models other than BPE.
  Tokenizers with any of these get no bound (None): their text is tokenized as before.
"""

import dataclasses
import math
import weakref

from .errors import ContextLengthError, InvalidRequestError

MAX_EMBEDDING_INPUTS = 2048  # as OpenAI
MAX_CHOICES = 128  # completions of one request: prompts x n (each one a full generation)

# The HTTP server's (here, without its packages, for the CLI's help)
MAX_BODY = 16 << 20  # bytes of one request body
# seconds a client may take to send a request's line and headers (from the connection's start or the
# previous response), and then its body: a slow or stalled client cannot hold a connection for ever
DEFAULT_READ_TIMEOUT = 30.0
DEFAULT_KEEP_ALIVE_TIMEOUT = 5.0  # seconds an idle keep-alive connection stays open (uvicorn's default)


@dataclasses.dataclass(frozen=True)
class RequestLimits:
    embedding_inputs: int = MAX_EMBEDDING_INPUTS
    choices: int = MAX_CHOICES

    def check_embedding_inputs(self, count):
        if count > self.embedding_inputs:
            raise InvalidRequestError(f"input has {count} items; at most {self.embedding_inputs} per request",
                                      param="input")

    def check_choices(self, prompts, n, param):
        """prompts x n completions (param: the request's prompt parameter)."""
        if prompts * n > self.choices:
            raise InvalidRequestError(f"{prompts} {param}(s) x n={n} ask for {prompts * n} completions; at most "
                                      f"{self.choices} per request", param="n" if n > 1 else param)


# how many characters one character of the normalized text can stand for, by normalizer type
_NORMALIZER_SHRINK = {"NFD": 1, "NFKD": 1, "Lowercase": 1, "Prepend": 1, "NFC": 4, "NFKC": 18}
_SAFE_PRE_TOKENIZERS = {"ByteLevel", "Metaspace", "Digits", "Split"}  # they split; none drops text but Split "Removed"


def _normalizer_shrink(spec):
    if spec is None:
        return 1
    kind = spec.get("type")
    if kind == "Sequence":
        factors = [_normalizer_shrink(s) for s in spec.get("normalizers", [])]
        return None if None in factors else math.prod(factors)
    if kind == "Replace":
        pattern, content = spec.get("pattern", {}).get("String"), spec.get("content", "")
        return max(1, math.ceil(len(pattern) / len(content))) if pattern and content else None
    return _NORMALIZER_SHRINK.get(kind)


def _pre_tokenizer_keeps_text(spec) -> bool:
    if spec is None:
        return True
    if spec.get("type") == "Sequence":
        return all(_pre_tokenizer_keeps_text(s) for s in spec.get("pretokenizers", []))
    return spec.get("type") in _SAFE_PRE_TOKENIZERS and spec.get("behavior") != "Removed"


def chars_per_token(tokenizer_json: dict, token_bytes) -> int | None:
    """The most characters of input text one token can stand for, or None where no bound holds (see
    the module's docstring)."""
    model = tokenizer_json.get("model", {})
    fuses_unknown = model.get("unk_token") is not None and model.get("fuse_unk") and not model.get("byte_fallback")
    swallows_spaces = any(a.get("lstrip") or a.get("rstrip") for a in tokenizer_json.get("added_tokens", []))
    if model.get("type") != "BPE" or fuses_unknown or swallows_spaces:
        return None
    if not _pre_tokenizer_keeps_text(tokenizer_json.get("pre_tokenizer")):
        return None
    shrink = _normalizer_shrink(tokenizer_json.get("normalizer"))
    return None if shrink is None else shrink * max(1, max(map(len, token_bytes), default=1))


_CHARS_PER_TOKEN = weakref.WeakKeyDictionary()  # tokenizer -> chars_per_token (a pass over the vocabulary)


def text_char_limit(engine) -> int | None:
    """The most characters a text may have and still fit engine's context window with room for one
    generated token (None: this tokenizer has no sound bound)."""
    tokenizer = engine.tokenizer
    if tokenizer not in _CHARS_PER_TOKEN:
        _CHARS_PER_TOKEN[tokenizer] = chars_per_token(tokenizer._json, tokenizer.token_bytes)
    per_token = _CHARS_PER_TOKEN[tokenizer]
    return None if per_token is None else (engine.context_length - 1) * per_token


def check_text_fits(engine, n_chars, param):
    """ContextLengthError, before tokenizing, for text of n_chars characters that cannot fit the context."""
    limit = text_char_limit(engine)
    if limit is not None and n_chars > limit:
        raise ContextLengthError(
            f"this model's context window is {engine.context_length} tokens, but the {param} has {n_chars} characters, "
            f"more than {engine.context_length - 1} tokens can hold (at most {limit} characters)",
            param=param,
        )
