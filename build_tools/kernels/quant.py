"""Weight formats: dequantization of one element, of a payload word (or a vector of them), and the int8
activation packing."""

from tvm import te, tirx as tir
from tvm.script import tirx as T

from .common import F32, _u32_field


# ---------------------------------------------------------------------------------------------------
# Dequantization of one element (row r, column c) of a quantized matrix in the model-dir GPU layout
# (docs/model-format.md): q u32 [rows, cols/8] (q4) or [rows, cols/4] (q8), scale/min f32 [rows, cols/32].


def _q4_nibble(q, r, c):
    # byte j of a 32-element block holds element j (low nibble) and j+16 (high nibble)
    j = tir.floormod(c, 32)
    byte = tir.floordiv(c, 32) * 16 + tir.floormod(j, 16)  # byte index within the row
    word = q[r, tir.floordiv(byte, 4)]
    shift = tir.floormod(byte, 4) * 8 + tir.floordiv(j, 16) * 4
    return _u32_field(word, shift, 4)


def dequant_q4_0(q, scale, r, c):
    return scale[r, tir.floordiv(c, 32)] * (_q4_nibble(q, r, c) - 8).astype(F32)


def dequant_q4_1(q, scale, mins, r, c):
    return scale[r, tir.floordiv(c, 32)] * _q4_nibble(q, r, c).astype(F32) + mins[r, tir.floordiv(c, 32)]


def dequant_q8_0(q, scale, r, c):
    byte = _u32_field(q[r, tir.floordiv(c, 4)], tir.floormod(c, 4) * 8, 8)
    signed = byte - tir.shift_right(byte, 7) * 256  # two's complement int8
    return scale[r, tir.floordiv(c, 32)] * signed.astype(F32)


def _splat(v, lanes):
    """v as a vector of `lanes` equal lanes (v itself for lanes 1)."""
    return v if lanes == 1 else tir.Broadcast(v, lanes)


def _lanes(dtype, lanes):
    return dtype if lanes == 1 else f"{dtype}x{lanes}"


def _shift_u32(shift, lanes=1):
    """A shift amount as u32 (a vector of it for lanes > 1): an int or an int32 expression."""
    if isinstance(shift, int):
        shift = tir.const(shift, "int32")
    return _splat(shift.astype("uint32"), lanes)


def f16_bits_to_f32(word, shift, lanes=1):
    """The f16 in bits [shift, shift+16) of a u32 word as the f32 of the same value, exactly, with
    integer and float ops only (no shader-f16; TVM has no intrinsic for WGSL's unpack2x16float):
    normal numbers re-biased (exponent + 112, mantissa << 13), subnormals and zeros m * 2^-24 (a
    normal f32), infinities and NaNs exponent 255; the sign bit copied in every case. lanes > 1: word
    is a u32 vector, the result an f32 vector (lane by lane)."""
    u32 = lambda v: _splat(tir.const(v, "uint32"), lanes)  # noqa: E731
    h = tir.Var("h", _lanes("uint32", lanes))  # bound once below: the Selects then hold no loads (no WGSL if/else)
    exp = tir.bitwise_and(tir.shift_right(h, u32(10)), u32(31))
    mant = tir.bitwise_and(h, u32(1023))
    normal = tir.bitwise_or(tir.shift_left(exp + u32(112), u32(23)), tir.shift_left(mant, u32(13)))
    inf_nan = tir.bitwise_or(u32(0x7F800000), tir.shift_left(mant, u32(13)))
    # m * 2^-24 by lowering the exponent of f32(m) by 24 (TVM prints float constants with 7 digits,
    # so a multiply by 2^-24 would not be exact); m = 0 is +0
    subnormal = tir.Select(mant == u32(0), u32(0), tir.reinterpret(_lanes("uint32", lanes), mant.astype(_lanes(F32, lanes))) - u32(24 << 23))
    magnitude = tir.Select(exp == u32(0), subnormal, tir.Select(exp == u32(31), inf_nan, normal))
    sign = tir.shift_left(tir.shift_right(h, u32(15)), u32(31))
    bits = tir.bitwise_and(tir.shift_right(word, _shift_u32(shift, lanes)), u32(0xFFFF))
    return tir.Let(h, bits, tir.reinterpret(_lanes(F32, lanes), tir.bitwise_or(sign, magnitude)))


def dequant_f32(q, r, c):
    return tir.reinterpret(F32, q[r, c])


def dequant_f16(q, r, c):  # element c is half c % 2 of word c / 2 (the low half first)
    return f16_bits_to_f32(q[r, tir.floordiv(c, 2)], tir.floormod(c, 2) * 16)


def bf16_bits_to_f32(word, shift, lanes=1):
    """The bf16 in bits [shift, shift+16) of a u32 word as an f32, exactly: a bf16 is the top half of the f32
    of the same value, so its bits moved to the top and read as f32 (any value, NaN and infinity included)."""
    u32 = lambda v: _splat(tir.const(v, "uint32"), lanes)  # noqa: E731
    top = tir.shift_left(tir.bitwise_and(tir.shift_right(word, _shift_u32(shift, lanes)), u32(0xFFFF)), u32(16))
    return tir.reinterpret(_lanes(F32, lanes), top)


def dequant_bf16(q, r, c):  # as f16's layout: element c is half c % 2 of word c / 2 (the low half first)
    return bf16_bits_to_f32(q[r, tir.floordiv(c, 2)], tir.floormod(c, 2) * 16)


# ---------------------------------------------------------------------------------------------------
# GGUF's k-quants as they are stored (weights.KQUANTS): a row is its K / 256 blocks' bytes in GGUF order,
# zero-padded to a whole u32 word. The products see a row as units of 4 consecutive elements (8 units per
# 32 elements, like q4's words): unit wd covers columns 4 wd .. 4 wd + 3, and kquant_unit gives its 4
# quantized integers as the bytes of one u32 (each field 4 or 6 bits), its scale and (q4_k) its min, so that
# element e's value is scale * (byte e - offset) + min. Fields never straddle a u32 word: q4_k blocks are 36
# words; q6_k blocks (210 bytes) start at a multiple of 2 bytes and every field read here is a byte or an
# aligned pair of bytes.

# (The same for GGUF's Q5_0 / Q5_1 blocks, formats q5_0 / q5_1: 32 elements in 22 / 24 bytes, f16 d (q5_1: f16 m),
# u32 qh, qs[16].)
KQUANT_BLOCKS = {"q2_k": (256, 84), "q3_k": (256, 110), "q4_k": (256, 144), "q5_k": (256, 176), "q6_k": (256, 210), "q5_0": (32, 22), "q5_1": (32, 24), "iq4_nl": (32, 18),
                 "iq4_xs": (256, 136)}  # elements, bytes
KQUANT_OFFSET = {"q2_k": 0, "q3_k": 4, "q4_k": 0, "q5_k": 0, "q6_k": 32, "q5_0": 16, "q5_1": 0, "iq4_nl": 128, "iq4_xs": 128}  # q6_k stores q + 32, q5_0 q + 16
# IQ4_NL's 16 values (llama.cpp kvalues_iq4nl) + 128, as 4 u32 of 4 bytes (nibble n: byte n % 4 of word n / 4)
IQ4_NL_VALUES = (-127, -104, -83, -65, -49, -35, -22, -10, 1, 13, 25, 38, 53, 69, 89, 113)
IQ4_NL_WORDS = [sum((IQ4_NL_VALUES[4 * w + b] + 128) << (8 * b) for b in range(4)) for w in range(4)]


def kquant_row_words(fmt, K):
    """u32 words of a row of K elements (weights.row_words)."""
    elements, nbytes = KQUANT_BLOCKS[fmt]
    return tir.floordiv(tir.floordiv(K, elements) * nbytes + 3, 4)


def _byte(q, r, a):
    """Byte a of row r of q (int32 expression, 0..255)."""
    return _u32_field(q[r, tir.floordiv(a, 4)], tir.floormod(a, 4) * 8, 8)


def _half_bits(q, r, a):
    """The u32 holding the 2 bytes a, a + 1 (a even) of row r in its low 16 bits."""
    word = q[r, tir.floordiv(a, 4)]
    return tir.bitwise_and(tir.shift_right(word, (tir.floormod(a, 4) * 8).astype("uint32")), tir.const(0xFFFF, "uint32"))


def _f16_at(q, r, a):
    """The f16 at byte a (even) of row r, as f32."""
    return f16_bits_to_f32(q[r, tir.floordiv(a, 4)], tir.floormod(a, 4) * 8)


def _iq4_lookup(qs, nibble_shift, only=None):
    """The u32 of 4 bytes IQ4_NL_VALUES[n] + 128 for the nibbles n at nibble_shift of each byte of qs (the 4 elements
    of a unit), each looked up from the 4 u32 constants by selects; only: the one byte built (the others 0)."""
    u32 = lambda v: tir.const(v, "uint32")  # noqa: E731
    word = None
    for e in range(4) if only is None else [only]:
        n = tir.bitwise_and(tir.shift_right(qs, _shift_u32(nibble_shift + 8 * e)), u32(15))
        table = tir.Select(n < u32(4), u32(IQ4_NL_WORDS[0]), tir.Select(n < u32(8), u32(IQ4_NL_WORDS[1]), tir.Select(
            n < u32(12), u32(IQ4_NL_WORDS[2]), u32(IQ4_NL_WORDS[3]))))
        byte = tir.shift_left(tir.bitwise_and(tir.shift_right(table, tir.bitwise_and(n, u32(3)) * u32(8)), u32(255)), _shift_u32(8 * e))
        word = byte if word is None else tir.bitwise_or(word, byte)
    return word


def kquant_unit(fmt, q, r, wd, only=None):
    """(word, scale, min) of unit wd of row r: word holds the 4 quantized integers of columns 4 wd .. 4 wd + 3
    in its bytes (lowest first), min is None for q6_k. As llama.cpp's dequantize_row_q4_K / q6_K.
    only: the one element (0..3) the caller reads, where building the others costs (iq4_nl's table lookups)."""
    u32 = lambda v: tir.const(v, "uint32")  # noqa: E731
    if fmt == "iq4_nl":  # bytes: d[0..1], qs[2..17]; each nibble n looked up as IQ4_NL_VALUES[n] + 128
        block = tir.floordiv(wd, 8) * 18
        j0 = tir.floormod(wd, 8) * 4
        a = block + 2 + tir.floormod(j0, 16)
        qs = tir.bitwise_or(_half_bits(q, r, a), tir.shift_left(_half_bits(q, r, a + 2), u32(16)))
        return _iq4_lookup(qs, tir.floordiv(j0, 16) * 4, only), _f16_at(q, r, block), None
    if fmt == "iq4_xs":
        # 136 bytes = 34 words (aligned): word 0 f16 d | u16 scales_h, word 1 scales_l[0..3], words 2..33 qs[128].
        # Sub-block ib (32 elements) reads qs[16 ib .. + 15] as iq4_nl does; its scale is d (ls - 32), ls the 6
        # bits (nibble ib % 2 of scales_l[ib / 2]) | (bits 2 ib of scales_h) << 4 (llama.cpp dequantize_row_iq4_xs)
        blk, u = tir.floordiv(wd, 64), tir.floormod(wd, 64)
        base, ib, j0 = blk * 34, tir.floordiv(u, 8), tir.floormod(u, 8) * 4
        qs = q[r, base + 2 + ib * 4 + tir.floordiv(tir.floormod(j0, 16), 4)]
        low = tir.bitwise_and(tir.shift_right(_byte(q, r, base * 4 + 4 + tir.floordiv(ib, 2)), tir.floormod(ib, 2) * 4), 15)
        high = tir.bitwise_and(tir.shift_right(_u32_field(q[r, base], tir.const(16, "int32"), 16), ib * 2), 3)
        scale = f16_bits_to_f32(q[r, base], 0) * (tir.bitwise_or(low, high * 16) - 32).astype(F32)
        return _iq4_lookup(qs, tir.floordiv(j0, 16) * 4, only), scale, None
    if fmt in ("q5_0", "q5_1"):
        h = 0 if fmt == "q5_0" else 2  # (q5_1: m[2..3] after d)
        block = tir.floordiv(wd, 8) * (22 + h)
        base = block + h  # bytes from here: qh[2..5], qs[6..21] (d[0..1] at block)
        j0 = tir.floormod(wd, 8) * 4  # the unit's first element of the block
        a = base + 6 + tir.floormod(j0, 16)  # its 4 qs bytes (nibble j0 / 16)
        qs = tir.bitwise_or(_half_bits(q, r, a), tir.shift_left(_half_bits(q, r, a + 2), u32(16)))
        qh = tir.bitwise_or(_half_bits(q, r, base + 2), tir.shift_left(_half_bits(q, r, base + 4), u32(16)))
        bits = tir.bitwise_and(tir.shift_right(qh, j0.astype("uint32")), u32(15))  # bit 4 of elements j0 .. j0 + 3
        spread = tir.bitwise_or(tir.bitwise_or(tir.bitwise_and(bits, u32(1)), tir.shift_left(tir.bitwise_and(bits, u32(2)), u32(7))),
                                tir.bitwise_or(tir.shift_left(tir.bitwise_and(bits, u32(4)), u32(14)),
                                               tir.shift_left(tir.bitwise_and(bits, u32(8)), u32(21))))
        word = tir.bitwise_or(tir.bitwise_and(tir.shift_right(qs, (tir.floordiv(j0, 16) * 4).astype("uint32")), u32(0x0F0F0F0F)),
                              tir.shift_left(spread, u32(4)))
        return word, _f16_at(q, r, block), (_f16_at(q, r, block + 2) if h else None)
    blk, u = tir.floordiv(wd, 64), tir.floormod(wd, 64)  # block, unit within it (64 of 4 elements)
    if fmt in ("q2_k", "q3_k"):
        # the unit's elements c = 4 u .. 4 u + 3 of the block: 2 bits (2 g) of qs[32 h + l .. + 3], l = 4 (u % 8), and
        # scale i = 8 h + 2 g + l / 16 (llama.cpp's dequantize_row_q2_K / q3_K)
        h, g, l = tir.floordiv(u, 32), tir.floordiv(tir.floormod(u, 32), 8), tir.floormod(u, 8) * 4
        i = h * 8 + g * 2 + tir.floordiv(l, 16)
        if fmt == "q2_k":  # words: scales[0..15] (scale | min << 4), qs[0..63], d | dmin: 21 a block (aligned)
            base = blk * 21
            two = tir.bitwise_and(tir.shift_right(q[r, base + 4 + h * 8 + tir.floormod(u, 8)], (g * 2).astype("uint32")),
                                  u32(0x03030303))
            sc = _byte(q, r, base * 4 + i)
            d, dmin = f16_bits_to_f32(q[r, base + 20], 0), f16_bits_to_f32(q[r, base + 20], 16)
            return two, d * tir.bitwise_and(sc, 15).astype(F32), -(dmin * tir.shift_right(sc, 4).astype(F32))
        # q3_k, 110 bytes (odd blocks start 2 bytes into a word: fields read as aligned byte pairs): hmask[0..31]
        # (bit 4 h + g: the third bit), qs[32..95], scales[96..107] (6-bit, packed), f16 d[108..109]; value
        # d (scale - 32) (q - 4)
        base = blk * 110
        a, b = base + 32 + h * 32 + l, base + l
        qs = tir.bitwise_or(_half_bits(q, r, a), tir.shift_left(_half_bits(q, r, a + 2), u32(16)))
        hm = tir.bitwise_or(_half_bits(q, r, b), tir.shift_left(_half_bits(q, r, b + 2), u32(16)))
        word = tir.bitwise_or(tir.bitwise_and(tir.shift_right(qs, (g * 2).astype("uint32")), u32(0x03030303)),
                              tir.shift_left(tir.bitwise_and(tir.shift_right(hm, (h * 4 + g).astype("uint32")), u32(0x01010101)),
                                             u32(2)))
        grp, k = tir.floordiv(i, 4), tir.floormod(i, 4)  # scale i: a nibble of byte 4 (grp % 2) + k, 2 bits of byte 8 + k
        low = tir.bitwise_and(tir.shift_right(_byte(q, r, base + 96 + tir.floormod(grp, 2) * 4 + k), tir.floordiv(grp, 2) * 4), 15)
        high = tir.bitwise_and(tir.shift_right(_byte(q, r, base + 104 + k), grp * 2), 3)
        return word, _f16_at(q, r, base + 108) * (tir.bitwise_or(low, high * 16) - 32).astype(F32), None
    if fmt in ("q4_k", "q5_k"):
        # words: d | dmin, scales[0..3], scales[4..7], scales[8..11], (q5_k: qh[0..31]: bit s of byte l is bit 4 of
        # element l of sub-block s), qs[0..127]
        base = blk * (36 if fmt == "q4_k" else 44)
        s, t = tir.floordiv(u, 8), tir.floormod(tir.floordiv(u, 8), 4)  # sub-block of 32 (scale pair), its byte in a scale word
        hi = tir.floordiv(s, 4)  # sub-blocks 4..7 take their high bits from elsewhere (get_scale_min_k4)
        qs = 4 if fmt == "q4_k" else 12
        raw = q[r, base + qs + tir.floordiv(s, 2) * 8 + tir.floormod(u, 8)]  # qs bytes 32 (s / 2) + 4 (u % 8) ..
        word = tir.bitwise_and(tir.shift_right(raw, (tir.floormod(s, 2) * 4).astype("uint32")), u32(0x0F0F0F0F))
        if fmt == "q5_k":  # qh bytes 4 (u % 8) .. + 3: their bit s, as bit 4 of each byte
            high = tir.bitwise_and(tir.shift_right(q[r, base + 4 + tir.floormod(u, 8)], s.astype("uint32")), u32(0x01010101))
            word = tir.bitwise_or(word, tir.shift_left(high, u32(4)))
        a = _u32_field(q[r, base + 1], t * 8, 8)
        b = _u32_field(q[r, base + 2], t * 8, 8)
        c = _u32_field(q[r, base + 3], t * 8, 8)
        sc = tir.bitwise_and(a, 63) * (1 - hi) + tir.bitwise_or(tir.bitwise_and(c, 15), tir.shift_right(a, 6) * 16) * hi
        m = tir.bitwise_and(b, 63) * (1 - hi) + tir.bitwise_or(tir.shift_right(c, 4), tir.shift_right(b, 6) * 16) * hi
        d, dmin = f16_bits_to_f32(q[r, base], 0), f16_bits_to_f32(q[r, base], 16)
        return word, d * sc.astype(F32), -(dmin * m.astype(F32))
    if fmt != "q6_k":
        raise ValueError(f"{fmt} is not a k-quant")
    base = blk * 210  # bytes: ql[0..127], qh[128..191], scales[192..207] (int8), d[208..209]
    h, g, l0 = tir.floordiv(u, 32), tir.floordiv(tir.floormod(u, 32), 8), tir.floormod(u, 8) * 4
    a = base + h * 64 + tir.floormod(g, 2) * 32 + l0  # ql bytes of the 4 elements (nibble g / 2)
    b = base + 128 + h * 32 + l0  # qh bytes (bits 2 g, 2 g + 1)
    ql = tir.bitwise_or(_half_bits(q, r, a), tir.shift_left(_half_bits(q, r, a + 2), u32(16)))
    qh = tir.bitwise_or(_half_bits(q, r, b), tir.shift_left(_half_bits(q, r, b + 2), u32(16)))
    word = tir.bitwise_or(
        tir.bitwise_and(tir.shift_right(ql, (tir.floordiv(g, 2) * 4).astype("uint32")), u32(0x0F0F0F0F)),
        tir.shift_left(tir.bitwise_and(tir.shift_right(qh, (g * 2).astype("uint32")), u32(0x03030303)), u32(4)))
    sbyte = _byte(q, r, base + 192 + h * 8 + g * 2 + tir.floordiv(l0, 16))
    signed = sbyte - tir.shift_right(sbyte, 7) * 256  # int8
    return word, _f16_at(q, r, base + 208) * signed.astype(F32), None


def dequant_kquant(fmt, q, r, c):
    word, scale, mn = kquant_unit(fmt, q, r, tir.floordiv(c, 4), only=tir.floormod(c, 4))
    value = _u32_field(word, tir.floormod(c, 4) * 8, 8) - KQUANT_OFFSET[fmt]
    return scale * value.astype(F32) + (mn if mn is not None else tir.const(0.0, F32))


QUANT_FORMATS = {
    # name: (u32 words per row per 32 elements, has min, dequant(q, scale, min, r, c))
    "q4_0": (4, False, lambda q, s, m, r, c: dequant_q4_0(q, s, r, c)),
    "q4_1": (4, True, dequant_q4_1),
    "q8_0": (8, False, lambda q, s, m, r, c: dequant_q8_0(q, s, r, c)),
    # unquantized: the values themselves, no scale or min buffer
    "f16": (16, False, lambda q, s, m, r, c: dequant_f16(q, r, c)),
    "f32": (32, False, lambda q, s, m, r, c: dequant_f32(q, r, c)),
    "bf16": (16, False, lambda q, s, m, r, c: dequant_bf16(q, r, c)),
    # k-quants (GGUF blocks as they are: no scale or min buffer; words per 32: the units, see above)
    "q2_k": (8, False, lambda q, s, m, r, c: dequant_kquant("q2_k", q, r, c)),
    "q3_k": (8, False, lambda q, s, m, r, c: dequant_kquant("q3_k", q, r, c)),
    "q4_k": (8, False, lambda q, s, m, r, c: dequant_kquant("q4_k", q, r, c)),
    "q5_k": (8, False, lambda q, s, m, r, c: dequant_kquant("q5_k", q, r, c)),
    "q6_k": (8, False, lambda q, s, m, r, c: dequant_kquant("q6_k", q, r, c)),
    "q5_0": (8, False, lambda q, s, m, r, c: dequant_kquant("q5_0", q, r, c)),
    "q5_1": (8, False, lambda q, s, m, r, c: dequant_kquant("q5_1", q, r, c)),
    "iq4_nl": (8, False, lambda q, s, m, r, c: dequant_kquant("iq4_nl", q, r, c)),
    "iq4_xs": (8, False, lambda q, s, m, r, c: dequant_kquant("iq4_xs", q, r, c)),
}
UNQUANTIZED = ("f16", "f32", "bf16")
KQUANTS = ("q2_k", "q3_k", "q4_k", "q5_k", "q6_k", "q5_0", "q5_1", "iq4_nl", "iq4_xs")  # the formats stored as GGUF's blocks (kquant_unit reads them)


def _quant_placeholders(fmt, rows, K):
    words, has_min, _ = QUANT_FORMATS[fmt]
    if fmt in KQUANTS:
        return te.placeholder((rows, kquant_row_words(fmt, K)), "uint32", name="wq"), None, None
    q = te.placeholder((rows, tir.floordiv(K, 32) * words), "uint32", name="wq")
    if fmt in UNQUANTIZED:
        return q, None, None
    scale = te.placeholder((rows, tir.floordiv(K, 32)), F32, name="wscale")
    mins = te.placeholder((rows, tir.floordiv(K, 32)), F32, name="wmin") if has_min else None
    return q, scale, mins


# u32 payload words per 32-element block, elements per word
WORD_LAYOUT = {"q4_0": (4, 8), "q4_1": (4, 8), "q8_0": (8, 4), "f16": (16, 2), "f32": (32, 1), "bf16": (16, 2),
               "q2_k": (8, 4), "q3_k": (8, 4), "q4_k": (8, 4), "q5_k": (8, 4), "q6_k": (8, 4), "q5_0": (8, 4), "q5_1": (8, 4), "iq4_nl": (8, 4),
               "iq4_xs": (8, 4)}  # (k-quants: units of kquant_unit, not stored words)
TWO23 = 8388608.0  # f32 bits 0x4B000000 | v (v < 2^23) are exactly 2^23 + v: an int -> f32 without I2F


def _small_uint_f32(word, shift, bits, xor=0, lanes=1):
    u32 = lambda v: _splat(tir.const(v, "uint32"), lanes)  # noqa: E731
    v = tir.bitwise_and(tir.shift_right(word, _shift_u32(shift, lanes)), u32((1 << bits) - 1))
    if xor:
        v = tir.bitwise_xor(v, u32(xor))
    return tir.reinterpret(_lanes(F32, lanes), tir.bitwise_or(v, u32(0x4B000000)))


def word_element(fmt, wd, e):
    """(column, shift) of element e of payload word wd of a row (model-dir layout, docs/model-format.md)."""
    words, per_word = WORD_LAYOUT[fmt]
    if fmt in UNQUANTIZED:  # per_word consecutive values per word, the low half first
        return wd * per_word + e, e * 16
    if fmt == "q8_0" or fmt in KQUANTS:  # 4 consecutive int8 per word (k-quants: per unit, kquant_unit)
        return wd * 4 + e, e * 8
    # q4: byte b of a block holds element b (low nibble) and b + 16 (high); word w holds bytes 4w..4w+3
    blk, w = tir.floordiv(wd, words), tir.floormod(wd, words)
    b, hi = tir.floormod(e, 4), tir.floordiv(e, 4)
    return blk * 32 + hi * 16 + w * 4 + b, b * 8 + hi * 4


def word_value(fmt, word, shift, lanes=1):
    """The element at `shift` of a payload word, exactly: its value (f16, f32), or its quantized integer
    less the format's offset (q4_0: nibble - 8, q8_0: the signed byte, q4_1: nibble), to be scaled.
    lanes > 1: word is a u32 vector (one word of each of `lanes` rows), the result an f32 vector."""
    const = lambda v: _splat(tir.const(v, F32), lanes)  # noqa: E731
    if fmt == "f32":
        return tir.reinterpret(_lanes(F32, lanes), word)
    if fmt == "f16":
        return f16_bits_to_f32(word, shift, lanes)
    if fmt == "bf16":
        return bf16_bits_to_f32(word, shift, lanes)
    if fmt == "q8_0":  # int8 b: (b ^ 0x80) is b + 128 as unsigned
        return _small_uint_f32(word, shift, 8, xor=0x80, lanes=lanes) - const(TWO23 + 128)
    if fmt in KQUANTS:  # a kquant_unit word: byte e less the format's offset
        return _small_uint_f32(word, shift, 8, lanes=lanes) - const(TWO23 + KQUANT_OFFSET[fmt])
    return _small_uint_f32(word, shift, 4, lanes=lanes) - const(TWO23 + (8 if fmt == "q4_0" else 0))


def word_dequant(fmt, q, scale, mins, j, wd, e):
    if fmt in KQUANTS:
        word, sc, mn = kquant_unit(fmt, q, j, wd, only=e)
        value = sc * word_value(fmt, word, e * 8)
        return value if mn is None else value + mn
    words, _ = WORD_LAYOUT[fmt]
    blk = tir.floordiv(wd, words)
    _, shift = word_element(fmt, wd, e)
    value = word_value(fmt, q[j, wd], shift)
    if fmt in UNQUANTIZED:
        return value
    if fmt == "q4_1":
        return scale[j, blk] * value + mins[j, blk]
    return scale[j, blk] * value


def _pack_i8x4(values):
    """4 whole f32 values -127..127 as one u32 of 4 int8 (two's complement), the first in the low byte:
    the int8 activations' packing (act_q8_* and the kernels that write their format)."""
    b = [T.Cast("uint32", T.Cast("int32", c)) & T.uint32(255) for c in values]
    return b[0] | T.shift_left(b[1], T.uint32(8)) | T.shift_left(b[2], T.uint32(16)) | T.shift_left(b[3], T.uint32(24))


def _pack_vec4_i8(qv):
    """_pack_i8x4 of an f32 vec4's lanes, lane 0 in the low byte."""
    return _pack_i8x4([T.Shuffle([qv], [k]) for k in range(4)])


def _add_q4_i8_word(acc, word, lo, hi):
    """acc + the 8 products of one u32 of a q4 block (low nibbles: 4 elements, high nibbles: the 4 elements
    16 further on) with the int8 activations lo and hi (a u32 of 4 int8 each), by two dot4I8Packed."""
    m = T.uint32(0x0F0F0F0F)
    return acc + T.call_pure_extern("int32", "dot4I8Packed", word & m, lo) + T.call_pure_extern(
        "int32", "dot4I8Packed", T.shift_right(word, T.uint32(4)) & m, hi)
