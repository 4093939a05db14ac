"""The json_schema mask in the page: CompiledSchema._mask_numpy's table walk, in JavaScript.

Pyodide's core has no numpy, and the vocabulary trie walked in Python there took 21-52 ms a token on a
first request (benchmarks/json_schema_mask_pyodide.mjs). The same walk as numpy's, over typed arrays in
JavaScript that the engine compiles to machine code, takes ~1 ms: every token of the vocabulary goes
through the DFA at once, one table look-up per token and character position (the layout of SchemaVocab:
tokens longest first, so the tokens still walking at position p are the first ones).

The JavaScript is evaluated once in the worker's global scope (pyodide.code.run_js): no file of the site
and no message to the page. Arrays go over as bytes (copied into a Uint8Array once per vocabulary or
schema); a mask comes back as the u32 words the GPU takes.
"""

from __future__ import annotations

from array import array

# (a function's source, called with nothing: it returns the walker's three functions)
JS_SOURCE = r"""
(() => {
  const i32 = (u8) => new Int32Array(u8.buffer.slice(u8.byteOffset, u8.byteOffset + u8.byteLength));
  return {
    // chars: the p-th characters (indices into the vocabulary's characters) of the tokens longer than p,
    // for p = 0, 1, ..., one after another, from starts[p] to starts[p + 1]; ids: the tokens, longest first
    vocab: (chars, starts, ids, words) => ({ chars: i32(chars), starts: i32(starts), ids: i32(ids), words }),
    // table [states + 1, width]: next row by symbol (the last row: dead, keeps itself); symbols: each
    // character's symbol; live: 1 for the rows from which the DFA can still accept
    schema: (table, width, symbols, live) => ({ table: i32(table), width, symbols: i32(symbols), live: new Uint8Array(live) }),
    mask: (v, s, row) => {
      const { chars, starts, ids } = v, { table, width, symbols, live } = s;
      const rows = new Int32Array(ids.length).fill(row);
      for (let p = 0; p + 1 < starts.length; p++) {
        const start = starts[p], count = starts[p + 1] - start;
        for (let i = 0; i < count; i++) rows[i] = table[rows[i] * width + symbols[chars[start + i]]];
      }
      const out = new Uint32Array(v.words);
      for (let i = 0; i < ids.length; i++) {
        if (live[rows[i]]) out[ids[i] >>> 5] |= 1 << (ids[i] & 31);
      }
      return out;
    },
  };
})()
"""

_walker = None


def available() -> bool:
    """Whether this Python runs in Pyodide (the walk needs its JavaScript engine)."""
    try:
        import pyodide.code  # noqa: F401
    except ImportError:
        return False
    return True


def _js():
    global _walker
    if _walker is None:
        from pyodide.code import run_js

        _walker = run_js(JS_SOURCE)
    return _walker


def _bytes(values, code) -> "object":
    """values as a JavaScript Uint8Array of their bytes (array `code`'s layout), copied."""
    import js

    view = memoryview(array(code, values)).cast("B")
    out = js.Uint8Array.new(len(view))
    out.assign(view)
    return out


def vocab(walk_chars, walk_ids, vocab_size):
    """The vocabulary's walk layout in JavaScript: walk_chars [p] -> the character indices of the tokens
    longer than p (lists), walk_ids the tokens longest first."""
    flat, starts = array("i"), array("i", [0])
    for chars in walk_chars:
        flat.extend(chars)
        starts.append(len(flat))
    return _js().vocab(_bytes(flat, "i"), _bytes(starts, "i"), _bytes(walk_ids, "i"), (vocab_size + 31) // 32)


def schema(table, width, symbols, live_rows):
    """A schema's table (array "i", [rows * width]), each vocabulary character's symbol and the live rows
    (bytes, 1 = live) in JavaScript."""
    return _js().schema(_bytes(table, "i"), width, _bytes(symbols, "i"), _bytes(live_rows, "B"))


def mask(js_vocab, js_schema, row) -> array:
    """The packed mask (u32 words) of the tokens whose whole text the DFA reads from `row` into a live row."""
    words = array("I")
    words.frombytes(_js().mask(js_vocab, js_schema, row).to_bytes())
    return words
