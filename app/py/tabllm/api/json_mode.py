"""JSON mode (`response_format={"type": "json_object"}`): decoding constrained to one JSON object.

No grammar library: a small pushdown automaton over bytes (JSON's grammar, RFC 8259) in plain Python,
so the same code runs under Pyodide. Before every sampling step the engine asks the constraint which
tokens may come next; the answer is a boolean mask over the vocabulary that the GPU applies to the
logits (masked tokens cannot be sampled). A token is allowed when all of its bytes keep the text a
prefix of a JSON object; the end-of-turn tokens are allowed only once the object is closed, and then
nothing else is. So an output that ends with finish_reason "stop" always parses; one cut by
max_tokens ("length") may not, as with OpenAI.

Masks come from walking a trie of the vocabulary's byte strings with the automaton, pruning at the
first byte that breaks the grammar; they are cached by automaton state (inside a string, for
instance, the state repeats token after token). Limits that keep the model from looping on nothing:
at most MAX_WS whitespace bytes in a row, nesting at most MAX_DEPTH deep. Strings hold valid UTF-8
only (RFC 3629: no overlong forms, no surrogates).
"""

from array import array
from collections import OrderedDict

from ..sampling import mask_from_ids
from .vocab_trie import VocabTrie

MAX_WS = 16
MAX_DEPTH = 32
CACHE_SIZE = 2048  # masks kept, bit-packed (vocab / 8 bytes each)

# Automaton modes. A state is (stack, mode, a, b, ws): stack is a tuple of b"{" / b"[" bytes (ints),
# ws the count of whitespace bytes just read; a and b are per-mode details (see step()).
TOP, VALUE, ARRAY_FIRST, OBJ_FIRST, OBJ_KEY, COLON, AFTER, STRING, NUMBER, LITERAL, DONE = range(11)
START = ((), TOP, 0, 0, 0)

_WS = frozenset(b" \t\n\r")
_DIGITS = frozenset(b"0123456789")
_HEX = frozenset(b"0123456789abcdefABCDEF")
_ESCAPES = frozenset(b'"\\/bfnrt')
_LITERALS = (b"true", b"false", b"null")
# UTF-8 lead bytes whose second byte has a narrower range (no overlong forms, surrogates or code
# points past U+10FFFF): lead -> string sub-state; sub-state -> (lowest, highest, sub-state after)
_UTF8_LEAD = {0xE0: 31, 0xED: 32, 0xF0: 33, 0xF4: 34}
_UTF8_2ND = {31: (0xA0, 0xBF, 21), 32: (0x80, 0x9F, 21), 33: (0x90, 0xBF, 22), 34: (0x80, 0x8F, 22)}
OPEN_OBJ, OPEN_ARR = ord("{"), ord("[")
# number parts: after "-", after a leading "0", integer digits, after ".", fraction digits,
# after "e", after the exponent's sign, exponent digits
N_MINUS, N_ZERO, N_INT, N_DOT, N_FRAC, N_E, N_ESIGN, N_EXP = range(8)
_NUMBER_CAN_END = frozenset((N_ZERO, N_INT, N_FRAC, N_EXP))


def _close(stack):
    """State after a value that completes the container (or the document) it is in."""
    return (stack, AFTER, 0, 0, 0) if stack else ((), DONE, 0, 0, 0)


def _start_value(stack, c):
    """State after byte c begins a value (c is not whitespace), or None."""
    if c == OPEN_OBJ:
        return None if len(stack) >= MAX_DEPTH else (stack + (c,), OBJ_FIRST, 0, 0, 0)
    if c == OPEN_ARR:
        return None if len(stack) >= MAX_DEPTH else (stack + (c,), ARRAY_FIRST, 0, 0, 0)
    if c == 34:  # "
        return (stack, STRING, 0, 0, 0)
    if c == 45:  # -
        return (stack, NUMBER, N_MINUS, 0, 0)
    if c == 48:  # 0
        return (stack, NUMBER, N_ZERO, 0, 0)
    if c in _DIGITS:
        return (stack, NUMBER, N_INT, 0, 0)
    for k, lit in enumerate(_LITERALS):
        if c == lit[0]:
            return (stack, LITERAL, k, 1, 0)
    return None


def step(state, c):
    """The automaton state after byte c, or None when c cannot continue a JSON object here."""
    stack, mode, a, b, ws = state
    if mode == STRING:  # a: 1 for an object key; b: 0 plain, 1 after "\", 10+k: k hex digits of \u due,
        if b == 0:  # 20+k: k UTF-8 continuation bytes due, 30+: a 2nd byte with a narrower range (_UTF8_2ND)
            if c == 34:
                return (stack, COLON, 0, 0, 0) if a else _close(stack)
            if c == 92:
                return (stack, STRING, a, 1, 0)
            if c < 0x20:
                return None  # raw control characters are not allowed in JSON strings
            if c < 0x80:
                return state
            if 0xC2 <= c <= 0xDF:
                return (stack, STRING, a, 21, 0)
            if 0xE0 <= c <= 0xF4:
                return (stack, STRING, a, _UTF8_LEAD.get(c, 22 if c <= 0xEF else 23), 0)
            return None
        if b == 1:
            if c == 117:  # u
                return (stack, STRING, a, 14, 0)
            return (stack, STRING, a, 0, 0) if c in _ESCAPES else None
        if b > 30:
            lo, hi, then = _UTF8_2ND[b]
            return (stack, STRING, a, then, 0) if lo <= c <= hi else None
        if b > 20:
            return (stack, STRING, a, b - 1 if b > 21 else 0, 0) if 0x80 <= c <= 0xBF else None
        return (stack, STRING, a, b - 1 if b > 11 else 0, 0) if c in _HEX else None
    if mode == NUMBER:
        if c in _DIGITS:
            if a == N_MINUS:
                return (stack, NUMBER, N_ZERO if c == 48 else N_INT, 0, 0)
            if a == N_ZERO:
                return None  # no leading zeros
            if a in (N_DOT, N_FRAC):
                return (stack, NUMBER, N_FRAC, 0, 0)
            if a in (N_E, N_ESIGN, N_EXP):
                return (stack, NUMBER, N_EXP, 0, 0)
            return state  # N_INT
        if c == 46 and a in (N_ZERO, N_INT):  # .
            return (stack, NUMBER, N_DOT, 0, 0)
        if c in (101, 69) and a in (N_ZERO, N_INT, N_FRAC):  # e E
            return (stack, NUMBER, N_E, 0, 0)
        if c in (43, 45) and a == N_E:  # + -
            return (stack, NUMBER, N_ESIGN, 0, 0)
        if a in _NUMBER_CAN_END:  # the number ended; c belongs to what follows it
            return step(_close(stack), c)
        return None
    if mode == LITERAL:
        lit = _LITERALS[a]
        if c != lit[b]:
            return None
        return _close(stack) if b + 1 == len(lit) else (stack, LITERAL, a, b + 1, 0)
    if mode == DONE:
        return None
    if c in _WS:
        return (stack, mode, a, b, ws + 1) if ws < MAX_WS else None
    if mode == TOP:  # json_object: the document is an object
        return (stack + (c,), OBJ_FIRST, 0, 0, 0) if c == OPEN_OBJ else None
    if mode == VALUE:
        return _start_value(stack, c)
    if mode == ARRAY_FIRST:
        return _close(stack[:-1]) if c == 93 else _start_value(stack, c)
    if mode in (OBJ_FIRST, OBJ_KEY):
        if c == 34:
            return (stack, STRING, 1, 0, 0)
        return _close(stack[:-1]) if c == 125 and mode == OBJ_FIRST else None
    if mode == COLON:
        return (stack, VALUE, 0, 0, 0) if c == 58 else None
    if mode == AFTER:
        top = stack[-1]
        if c == 44:  # ,
            return (stack, OBJ_KEY if top == OPEN_OBJ else VALUE, 0, 0, 0)
        if (c == 125 and top == OPEN_OBJ) or (c == 93 and top == OPEN_ARR):
            return _close(stack[:-1])
        return None
    raise AssertionError(mode)


def advance(state, data: bytes):
    for c in data:
        state = step(state, c)
        if state is None:
            return None
    return state


class JsonVocab:
    """The vocabulary as a byte trie, plus a cache of masks by automaton state. One per engine."""

    def __init__(self, token_bytes, vocab_size, eos_ids, special_ids):
        self.vocab_size = vocab_size
        self.token_bytes = token_bytes
        self.eos_ids = sorted(t for t in eos_ids if 0 <= t < vocab_size)
        if not self.eos_ids:
            raise ValueError("JSON mode needs an end-of-turn token in the vocabulary")
        skip = set(special_ids) | set(eos_ids)  # (control tokens never appear inside the JSON text)
        self.trie = VocabTrie({token: data for token, data in enumerate(token_bytes[:vocab_size]) if data and token not in skip})
        self._cache = OrderedDict()

    def mask(self, state) -> array:
        """The tokens that may be sampled in `state`, as a packed u32 mask (sampling.mask_from_ids;
        sampling.mask_ids lists them). Plain Python: it runs in the page too."""
        packed = self._cache.get(state)
        if packed is not None:
            self._cache.move_to_end(state)
            return packed
        if state[1] == DONE:
            allowed = self.eos_ids
        else:
            allowed = self.trie.allowed(state, step)
            if not allowed:
                raise RuntimeError("JSON mode: no token of this vocabulary can continue the JSON text")
        mask = mask_from_ids(allowed, self.vocab_size)
        self._cache[state] = mask
        if len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        return mask


class JsonObjectConstraint:
    """The `constraint` Engine.stream_ids calls before each sampling step (one per generation)."""

    def __init__(self, vocab: JsonVocab):
        self.vocab = vocab
        self.state = START
        self._consumed = 0
        self._last_state = None

    def allowed(self, generated_ids):
        """Mask for the next token given the tokens generated so far; None = same as the last mask."""
        for token in generated_ids[self._consumed:]:
            data = self.vocab.token_bytes[token] if token < len(self.vocab.token_bytes) else b""
            state = advance(self.state, data) if data else None
            if state is None:  # the GPU sampled a masked token: a bug, not bad input
                raise RuntimeError(f"JSON mode: token {token} ({data!r}) was sampled against the mask")
            self.state = state
        self._consumed = len(generated_ids)
        if self.state == self._last_state:
            return None
        self._last_state = self.state
        return self.vocab.mask(self.state)

    @property
    def complete(self) -> bool:
        return self.state[1] == DONE
