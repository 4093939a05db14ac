"""Structured outputs (`response_format={"type": "json_schema", ...}`): decoding constrained to JSON
that matches a JSON Schema, through the same per-step allowed-token mask as JSON mode (json_mode.py).

How: the schema becomes a regular expression of the JSON texts that match it (`schema_regex`, the
approach of outlines), interegular (a pure-Python regex library) turns that into a DFA over
characters, and each step's mask is the set of tokens whose characters the DFA can read from its
current state without entering a state from which no match can be completed. Masks are cached by
DFA state per schema (and schemas by their regex), so after the first few tokens a step costs a dict
look-up. The end-of-turn tokens are allowed only in accepting states, and the regex is exact, so an
output that ends with finish_reason "stop" always validates; one cut by max_tokens may not.

What the regex cannot hold is refused with a 400 naming response_format (`check` says why):
recursive $ref, allOf / oneOf / not, numeric bounds, and the like. Limits of the form: properties are
written in the schema's order (all required ones, any optional ones); whitespace is at most one space
after ":" and ","; a free object (no properties) needs an additionalProperties schema for its values.
Tokens that are not whole UTF-8 on their own (a byte-level BPE's pieces of a character) are left out,
so a character that no token spells whole cannot be written.

interegular (pure Python) compiles the regex; numpy walks the vocabulary through the DFA for each new
state's mask. Where numpy is missing (the page: Pyodide's core has none, and its wheel is not bundled) a
walk of the vocabulary's character trie in plain Python gives the same masks, slower (tens of ms a new
state for a 49k vocabulary against ~2 ms; states repeat, so most steps are a look-up either way).
"""

import json
import re
from array import array
from collections import OrderedDict

from . import js_mask
from .errors import InvalidRequestError
from .vocab_trie import VocabTrie

PARAM = "response_format"
SCHEMA_CACHE = 32  # compiled schemas kept (DFA + its masks), by their regex

_ANNOTATIONS = {"title", "description", "default", "examples", "$schema", "$id", "$comment", "deprecated",
                "readOnly", "writeOnly", "$defs", "definitions"}
_BY_TYPE = {
    "string": {"minLength", "maxLength", "pattern", "format"},
    "integer": set(), "number": set(), "boolean": set(), "null": set(),
    "object": {"properties", "required", "additionalProperties"},
    "array": {"items", "minItems", "maxItems"},
}

WS = "[ ]?"  # whitespace allowed after ":" and "," and inside brackets
_CHAR = r'([^"\\\x00-\x1f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})'  # one character of a JSON string
_SCALAR = {
    "string": f'"{_CHAR}*"',
    "integer": r"-?(0|[1-9][0-9]*)",
    "number": r"-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?",
    "boolean": "(true|false)",
    "null": "null",
}
# String formats a regular grammar holds. date: a real calendar date, except that February 29 is
# never written (leap years are not tracked).
_DAY = "(0[1-9]|1[0-9]|2[0-8])"
_DATE = f"[0-9]{{4}}-((0[1-9]|1[0-2])-{_DAY}|(0[13-9]|1[0-2])-(29|30)|(0[13578]|1[02])-31)"
_TIME = r"([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{1,6})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])"
_OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
FORMATS = {
    "date": _DATE,
    "time": _TIME,
    "date-time": f"{_DATE}T{_TIME}",
    "uuid": "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
    "ipv4": rf"{_OCTET}\.{_OCTET}\.{_OCTET}\.{_OCTET}",
    "email": r"[a-zA-Z0-9_.+-]{1,32}@[a-zA-Z0-9-]{1,32}(\.[a-zA-Z0-9-]{1,32}){0,3}\.[a-zA-Z]{2,8}",
}
MAX_COUNT = 64  # largest minLength / maxLength / minItems / maxItems (the DFA grows with them)


SCHEMA_WHERE = "response_format.json_schema.schema"  # where a schema's 400s point (tools.py says its own place)


def _bad(path, message):
    return InvalidRequestError(f"{SCHEMA_WHERE}{path}: {message}", param=PARAM)


def _literal(value) -> str:
    """A regex matching exactly the compact JSON text of value."""
    return re.sub(r"([!-/:-@\[-`{-~])", r"\\\1", json.dumps(value, ensure_ascii=False, separators=(",", ":")))


def _count(node, key, path):
    value = node.get(key)
    if value is not None and (type(value) is not int or not 0 <= value <= MAX_COUNT):
        raise _bad(path, f"{key} must be a whole number from 0 to {MAX_COUNT}")
    return value


def _repeat(lo, hi):
    lo = lo or 0
    return f"{{{lo},}}" if hi is None else f"{{{lo},{hi}}}"


def _type_matches(kind, value) -> bool:
    if kind == "string":
        return isinstance(value, str)
    if kind in ("integer", "number"):
        return isinstance(value, (int, float)) and not isinstance(value, bool) and (kind == "number" or float(value).is_integer())
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "null":
        return value is None
    return False


def _check_pattern(pattern, path):
    """The pattern made a full match (JSON Schema searches; a full match is also found by a search), or
    a 400 when interegular cannot read it or it may match text a JSON string cannot hold raw."""
    try:
        import interegular
    except ImportError as e:
        raise _bad(path, f"pattern needs the interegular package, which is not available here ({e})") from None

    body = pattern[1:] if pattern.startswith("^") else pattern
    body = body[:-1] if body.endswith("$") and not body.endswith("\\$") else body
    try:
        fsm = interegular.parse_pattern(body).to_fsm()
        unsafe = interegular.parse_pattern(r'.*["\\\x00-\x1f].*').to_fsm()
        safe = (fsm & unsafe).empty()
    except Exception as e:  # interegular's parse errors have no common base
        raise _bad(path, f"pattern {pattern!r} is not supported ({type(e).__name__}: {e})") from None
    if not safe:
        raise _bad(path, f"pattern {pattern!r} may match quotes, backslashes or control characters: not supported")
    return body


def schema_regex(schema, path="", defs=None, refs=()) -> str:
    """The regex of the compact-ish JSON texts that match schema, or a 400 (InvalidRequestError)."""
    if defs is None:
        if not isinstance(schema, dict):
            raise _bad("", "the schema must be a JSON object")
        defs = {}
        for key in ("$defs", "definitions"):
            if not isinstance(schema.get(key, {}), dict):
                raise _bad(f".{key}", "must be an object")
            defs.update({f"#/{key}/{k}": v for k, v in schema.get(key, {}).items()})
    if not isinstance(schema, dict):
        raise _bad(path, f"a schema must be an object, got {json.dumps(schema)[:40]}")
    keys = set(schema) - _ANNOTATIONS
    if "$ref" in schema:
        ref = schema["$ref"]
        if keys != {"$ref"}:
            raise _bad(path, "$ref with other keywords is not supported")
        if ref not in defs:
            raise _bad(path, f"$ref {ref!r} must name an entry of the root's $defs")
        if ref in refs:
            raise _bad(path, f"recursive $ref {ref!r} is not supported")
        return schema_regex(defs[ref], f"{path}.$ref", defs, refs + (ref,))
    if "anyOf" in schema:
        options = schema["anyOf"]
        if not isinstance(options, list) or not options or keys != {"anyOf"}:
            raise _bad(path, "anyOf must be a non-empty list of schemas, with no other keywords beside it")
        return "(" + "|".join(schema_regex(o, f"{path}.anyOf[{i}]", defs, refs) for i, o in enumerate(options)) + ")"
    kind = schema.get("type")
    for key in ("enum", "const"):
        if key in schema:
            values = schema[key] if key == "enum" else [schema[key]]
            if not isinstance(values, list) or not values:
                raise _bad(path, "enum must be a non-empty list")
            if keys - {key, "type"}:
                raise _bad(path, f"{key} with {', '.join(sorted(keys - {key, 'type'}))} is not supported")
            kinds = kind if isinstance(kind, list) else [kind]
            if kind is not None and not all(any(_type_matches(k, v) for k in kinds) for v in values):
                raise _bad(path, f"type {kind!r} does not match every {key} value")
            return "(" + "|".join(_literal(v) for v in values) + ")"
    if kind is None:
        unknown = sorted(keys & {"allOf", "oneOf", "not", "if"})
        raise _bad(path, f"{unknown[0]} is not supported" if unknown else "a schema needs a type (or enum, const, anyOf or $ref)")
    if isinstance(kind, list):
        if not kind or not all(k in _SCALAR for k in kind) or keys != {"type"}:
            raise _bad(path, "a list of types may hold only string, integer, number, boolean and null, with no other "
                             "keywords beside it (use anyOf)")
        return "(" + "|".join(_SCALAR[k] for k in kind) + ")"
    if kind not in _BY_TYPE:
        raise _bad(path, f"unknown type {kind!r}")
    extra = keys - {"type"} - _BY_TYPE[kind]
    if extra:
        raise _bad(path, f"{', '.join(sorted(extra))} {'is' if len(extra) == 1 else 'are'} not supported for type {kind!r}")
    if kind == "string":
        lo, hi = _count(schema, "minLength", path), _count(schema, "maxLength", path)
        fmt, pattern = schema.get("format"), schema.get("pattern")
        if (fmt is not None or pattern is not None) and (lo is not None or hi is not None):
            raise _bad(path, "pattern or format together with minLength / maxLength is not supported")
        if fmt is not None and pattern is not None:
            raise _bad(path, "format together with pattern is not supported")
        if fmt is not None:
            if fmt not in FORMATS:
                raise _bad(path, f"format {fmt!r} is not supported (supported: {', '.join(FORMATS)})")
            return f'"{FORMATS[fmt]}"'
        if pattern is not None:
            if not isinstance(pattern, str):
                raise _bad(path, "pattern must be a string")
            return f'"({_check_pattern(pattern, path)})"'
        if lo is not None and hi is not None and lo > hi:
            raise _bad(path, "minLength is larger than maxLength")
        return f'"{_CHAR}{_repeat(lo, hi)}"' if lo is not None or hi is not None else _SCALAR["string"]
    if kind in _SCALAR:
        return _SCALAR[kind]
    if kind == "array":
        lo, hi = _count(schema, "minItems", path), _count(schema, "maxItems", path)
        if lo is not None and hi is not None and lo > hi:
            raise _bad(path, "minItems is larger than maxItems")
        if "items" not in schema:
            raise _bad(path, "an array needs an items schema")
        item = schema_regex(schema["items"], f"{path}.items", defs, refs)
        lo = lo or 0
        if hi == 0:
            return rf"\[{WS}\]"
        rest = f"({WS},{WS}{item}){_repeat(max(lo - 1, 0), None if hi is None else hi - 1)}"
        body = f"{item}{rest}"
        return rf"\[{WS}({body}){'' if lo else '?'}{WS}\]"
    # object
    props = schema.get("properties")
    required = schema.get("required", [])
    if not isinstance(required, list) or not all(isinstance(k, str) for k in required):
        raise _bad(path, "required must be a list of property names")
    extra_props = schema.get("additionalProperties")
    if props is None:
        if required:
            raise _bad(path, "required without properties is not supported")
        if not isinstance(extra_props, dict):
            raise _bad(path, "an object without properties needs an additionalProperties schema for its values")
        value = schema_regex(extra_props, f"{path}.additionalProperties", defs, refs)
        pair = f'{_SCALAR["string"]}{WS}:{WS}{value}'
        return rf"\{{{WS}({pair}({WS},{WS}{pair})*)?{WS}\}}"
    if not isinstance(props, dict):
        raise _bad(path, "properties must be an object")
    if set(required) - set(props):
        raise _bad(path, f"required names properties that are not defined: {', '.join(sorted(set(required) - set(props)))}")
    if extra_props not in (None, True, False) and not isinstance(extra_props, dict):
        raise _bad(path, "additionalProperties must be a boolean or a schema")
    items = [(f"{_literal(k)}{WS}:{WS}{schema_regex(v, f'{path}.properties.{k}', defs, refs)}", k in required)
             for k, v in props.items()]
    # after(i): properties i.. once one has been written (each comes with its comma); first(i): none yet
    after = [""] * (len(items) + 1)
    for i in range(len(items) - 1, -1, -1):
        part = f"{WS},{WS}{items[i][0]}"
        after[i] = (part if items[i][1] else f"({part})?") + after[i + 1]
    first = ""  # first(len(items)): an empty object
    for i in range(len(items) - 1, -1, -1):
        with_i = items[i][0] + after[i + 1]
        first = with_i if items[i][1] else f"({with_i}|{first})" if first else f"({with_i})?"
    return rf"\{{{WS}{first}{WS}\}}"


def response_format_schema(value) -> dict:
    """Check response_format {"type": "json_schema", "json_schema": {name, schema, strict, description}};
    returns the schema (its regex is checked here too, so every 400 comes before generation)."""
    spec = value.get("json_schema")
    if not isinstance(spec, dict):
        raise InvalidRequestError('response_format {"type": "json_schema"} needs json_schema: {"name": ..., "schema": ...}',
                                  param="response_format.json_schema")
    extra = (set(spec) - {"name", "schema", "strict", "description"}) | (set(value) - {"type", "json_schema"})
    if extra:
        raise InvalidRequestError(f"response_format has unsupported fields: {', '.join(sorted(extra))}", param=PARAM)
    name = spec.get("name")
    if not isinstance(name, str) or not re.fullmatch(r"[a-zA-Z0-9_-]{1,64}", name):
        raise InvalidRequestError("response_format.json_schema.name must be 1 to 64 letters, digits, _ or -",
                                  param="response_format.json_schema.name")
    if spec.get("strict") not in (None, True, False):
        raise InvalidRequestError("response_format.json_schema.strict must be a boolean",
                                  param="response_format.json_schema.strict")
    if "schema" not in spec:
        raise InvalidRequestError("response_format.json_schema.schema is required", param=PARAM)
    schema_regex(spec["schema"])
    return spec["schema"]


def _pack_ids(ids, vocab_size) -> array:
    """sampling.mask_from_ids for many ids, ~3x faster in plain Python: the ids as "1" digits of a binary
    numeral (bit t of the number is token t), which int() and to_bytes pack into words."""
    digits = bytearray(b"0") * (32 * ((vocab_size + 31) // 32))
    for t in ids:
        digits[t] = 49  # "1"
    digits.reverse()  # the numeral's last digit is bit 0
    return array("I", int(digits, 2).to_bytes(len(digits) // 8, "little"))


def have_numpy() -> bool:
    try:
        import numpy  # noqa: F401
    except ImportError:
        return False
    return True


class SchemaVocab:
    """The vocabulary laid out for walking every token through a DFA at once, and the compiled schemas
    (one per engine).

    The tokens that are whole UTF-8 (`token_text`) are ordered longest first, so that the tokens still
    walking at character position p are a prefix of that order: `walk_chars[p]` holds their p-th
    characters (as indices into `chars`, the vocabulary's distinct characters), sum of token lengths
    in all (~300k for a 49k vocabulary). Without numpy (use_numpy False, or None where numpy cannot be
    imported): in Pyodide (the page) the same layout is walked in JavaScript (js_mask; use_js None:
    where Pyodide is), elsewhere the tokens go into a character trie (`trie`), walked in plain Python."""

    def __init__(self, token_bytes, vocab_size, eos_ids, special_ids, use_numpy=None, use_js=None):
        self.use_numpy = have_numpy() if use_numpy is None else use_numpy
        self.use_js = not self.use_numpy and (js_mask.available() if use_js is None else use_js)
        self.vocab_size = vocab_size
        self.eos_ids = sorted(t for t in eos_ids if 0 <= t < vocab_size)
        if not self.eos_ids:
            raise ValueError("JSON Schema output needs an end-of-turn token in the vocabulary")
        skip = set(special_ids) | set(eos_ids)
        self.token_text = {}
        for token, data in enumerate(token_bytes[:vocab_size]):
            if not data or token in skip:
                continue
            try:
                self.token_text[token] = data.decode("utf-8")  # strict: a piece of a character is left out
            except UnicodeDecodeError:
                continue
        self._schemas = OrderedDict()
        self.chars = sorted({ch for text in self.token_text.values() for ch in text})
        if not (self.use_numpy or self.use_js):
            self.trie = VocabTrie(self.token_text)
            return
        index = {ch: i for i, ch in enumerate(self.chars)}
        order = sorted(self.token_text, key=lambda t: -len(self.token_text[t]))  # token ids, longest text first
        texts = [self.token_text[t] for t in order]
        walk_chars = []  # [p] -> [tokens longer than p]: the first ones of order
        alive = len(texts)
        for p in range(len(texts[0]) if texts else 0):
            while len(texts[alive - 1]) <= p:
                alive -= 1
            walk_chars.append([index[text[p]] for text in texts[:alive]])
        if self.use_js:
            self.js_walk = js_mask.vocab(walk_chars, order, vocab_size)
            return
        import numpy as np

        self.walk_ids = np.array(order, np.int64)  # [T]
        self.walk_chars = [np.array(chars, np.int32) for chars in walk_chars]  # [p] -> int32 [tokens longer than p]

    def compiled(self, schema=None, regex=None) -> "CompiledSchema":
        """The DFA and masks of a schema, or of a regex (tools.py's calls), compiled once and kept."""
        regex = schema_regex(schema) if regex is None else regex
        hit = self._schemas.get(regex)
        if hit is None:
            hit = self._schemas[regex] = CompiledSchema(self, regex)
            if len(self._schemas) > SCHEMA_CACHE:
                self._schemas.popitem(last=False)
        self._schemas.move_to_end(regex)
        return hit


class CompiledSchema:
    """A schema's DFA (interegular), as a transition table for numpy, and the masks of the states reached
    so far. A state's mask walks every token through the table at once (SchemaVocab's layout): one
    gather per character position, ~1-3 ms for a 49k vocabulary where a walk of the vocabulary's trie in
    Python took 50-140 ms (benchmarks/json_schema_mask.py). Without numpy that trie walk (_mask_trie)."""

    def __init__(self, vocab: SchemaVocab, regex: str):
        import interegular

        self.vocab = vocab
        fsm = interegular.parse_pattern(regex).to_fsm()
        self.alphabet, self.map, self.finals, self.initial = fsm.alphabet, fsm.map, fsm.finals, fsm.initial
        # live states: those from which an accepting state can still be reached
        back = {}
        for s, edges in self.map.items():
            for t in edges.values():
                back.setdefault(t, set()).add(s)
        live, todo = set(self.finals), list(self.finals)
        while todo:
            for s in back.get(todo.pop(), ()):
                if s not in live:
                    live.add(s)
                    todo.append(s)
        self.live = live
        self._symbols = {}  # char -> the DFA's symbol for it
        self._masks = {}
        if vocab.use_numpy or vocab.use_js:
            self._build_table()
        else:  # the trie walk's look-ups: every vocabulary character's symbol, each state's edges into live states
            self._symbols = {ch: self.alphabet[ch] for ch in vocab.chars}
            self._live_edges = {}

    def _build_table(self):
        """The DFA as a table for the vocabulary walk: a row per state (plus a dead row that keeps itself),
        a column per symbol; each vocabulary character's symbol; the live rows. In numpy, or in JavaScript
        (vocab.use_js: js_mask)."""
        vocab = self.vocab
        states = sorted(set(self.map) | {t for edges in self.map.values() for t in edges.values()} | {self.initial})
        self._row = {s: i for i, s in enumerate(states)}
        dead = len(states)
        char_symbols = [self.symbol(ch) for ch in vocab.chars]
        width = 1 + max([*char_symbols, *(sym for edges in self.map.values() for sym in edges)], default=0)
        table = array("i", [dead]) * ((dead + 1) * width)  # [dead + 1, width]
        for s, edges in self.map.items():
            for sym, t in edges.items():
                table[self._row[s] * width + sym] = self._row[t]
        live = bytearray(dead + 1)
        for s in self.live:
            if s in self._row:
                live[self._row[s]] = 1
        if vocab.use_js:
            self._js_table = js_mask.schema(table, width, char_symbols, live)
            return
        import numpy as np

        self._table = np.array(table, np.int32).reshape(dead + 1, width)
        self._live_rows = np.array(live, bool)
        char_symbols = np.array(char_symbols, np.int64)
        self._walk_symbols = [char_symbols[chars] for chars in vocab.walk_chars]  # [p] -> symbols of walk_chars[p]

    def symbol(self, ch):
        sym = self._symbols.get(ch)
        if sym is None:
            sym = self._symbols[ch] = self.alphabet[ch]
        return sym

    def step(self, state, ch):
        """The state after ch, or None when ch cannot continue a match."""
        nxt = self.map.get(state, {}).get(self.symbol(ch))
        return nxt if nxt in self.live else None

    def mask(self, state):
        """The packed mask of the tokens whose whole text the DFA reads from state into a live state (a
        state that leaves the live set never comes back, so only the last one is checked), plus the
        end-of-turn tokens in an accepting state."""
        packed = self._masks.get(state)
        if packed is None:
            walk = self._mask_numpy if self.vocab.use_numpy else self._mask_js if self.vocab.use_js else self._mask_trie
            packed = self._masks[state] = walk(state)
        return packed

    def _mask_trie(self, state):
        """mask() without numpy: the vocabulary's trie walked from state, pruned at the first character
        that leaves the live states."""
        symbols, live_edges = self._symbols, self._live_edges

        def edges(s):  # s's edges into live states, {symbol: state}
            e = live_edges.get(s)
            if e is None:
                e = live_edges[s] = {sym: t for sym, t in self.map.get(s, {}).items() if t in self.live}
            return e

        allowed = (list(self.vocab.eos_ids) if state in self.finals else []) + self.vocab.trie.allowed(
            state, lambda s, ch: edges(s).get(symbols[ch]), can_continue=edges)
        if not allowed:
            raise RuntimeError("JSON Schema output: no token of this vocabulary can continue the text")
        return _pack_ids(allowed, self.vocab.vocab_size)

    def _mask_js(self, state):
        """mask() in Pyodide: _mask_numpy's walk in JavaScript (js_mask)."""
        packed = js_mask.mask(self.vocab.js_walk, self._js_table, self._row[state])
        if state in self.finals:
            for t in self.vocab.eos_ids:
                packed[t >> 5] |= 1 << (t & 31)
        if not any(packed):
            raise RuntimeError("JSON Schema output: no token of this vocabulary can continue the text")
        return packed

    def _mask_numpy(self, state):
        import numpy as np

        rows = np.full(len(self.vocab.walk_ids), self._row[state], np.int32)
        for symbols in self._walk_symbols:
            n = len(symbols)
            rows[:n] = self._table[rows[:n], symbols]
        allowed = np.zeros(32 * ((self.vocab.vocab_size + 31) // 32), bool)
        allowed[self.vocab.walk_ids[self._live_rows[rows]]] = True
        if state in self.finals:
            allowed[self.vocab.eos_ids] = True
        if not allowed.any():
            raise RuntimeError("JSON Schema output: no token of this vocabulary can continue the text")
        return array("I", np.packbits(allowed, bitorder="little").tobytes())


class JsonSchemaConstraint:
    """The `constraint` Engine.stream_ids calls before each sampling step (one per generation)."""

    def __init__(self, vocab: SchemaVocab, compiled: CompiledSchema):
        self.schema = compiled
        self.vocab = vocab
        self.state = self.schema.initial
        self._consumed = 0
        self._last_state = None

    def allowed(self, generated_ids):
        """Mask for the next token given the tokens generated so far; None = same as the last mask."""
        for token in generated_ids[self._consumed:]:
            text = self.vocab.token_text.get(token)
            state = self.state
            for ch in text or "\0":
                state = self.schema.step(state, ch) if state is not None else None
            if state is None:  # the GPU sampled a masked token: a bug, not bad input
                raise RuntimeError(f"JSON Schema output: token {token} ({text!r}) was sampled against the mask")
            self.state = state
        self._consumed = len(generated_ids)
        if self.state == self._last_state:
            return None
        self._last_state = self.state
        return self.schema.mask(self.state)

    @property
    def complete(self) -> bool:
        return self.state in self.schema.finals
