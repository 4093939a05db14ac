"""Host-side parts of the OpenAI API without a GPU: stop strings, parameter checks, the JSON-mode automaton."""

import json

import numpy as np
import pytest

from gguf_helpers import SPECIALS, TOKENS
from tabllm.api import params as P
from tabllm.api.errors import InvalidRequestError
from tabllm.api.json_mode import DONE, START, JsonObjectConstraint, JsonVocab, advance
from tabllm.api.resources import StopBuffer
from tabllm.sampling import mask_ids
from tabllm.tokenizer import bytes_to_unicode

# --- stop strings -------------------------------------------------------------------------------


def run_stops(pieces, stops):
    buf, shown = StopBuffer(stops), []
    for piece in pieces:
        text, stopped = buf.push(piece)
        shown.append(text)
        if stopped:
            return shown, True
    shown.append(buf.flush())
    return shown, False


@pytest.mark.parametrize("pieces, stops, want, stopped", [
    (["Hello", " wor", "ld", "!"], ["world"], "Hello ", True),
    (["ab", "c", "d"], ["cde"], "abcd", False),  # "cd" held back, then released at the end
    (["x<", "|en", "d|>tail"], ["<|end|>"], "x", True),  # stop split over three pieces
    (["aaa", "aab"], ["aab"], "aaa", True),  # overlapping partial matches
    (["one two", " three"], ["three", "two"], "one ", True),  # the earliest stop wins
    (["no stop here"], [], "no stop here", False),
])
def test_stop_buffer(pieces, stops, want, stopped):
    shown, hit = run_stops(pieces, stops)
    assert "".join(shown) == want and hit == stopped


def test_stop_buffer_never_shows_the_start_of_a_stop_string():
    shown, hit = run_stops(["The end", " is ne", "ar", " now"], ["near"])
    # "ne" may be the start of "near": it is not shown until it turns out to be one (then never)
    assert shown[:2] == ["The end", " is "] and hit and "".join(shown) == "The end is "


# --- parameter checks ---------------------------------------------------------------------------


@pytest.mark.parametrize("body, param", [
    ({"temperature": "hot"}, "temperature"),
    ({"temperature": 3}, "temperature"),
    ({"temperature": True}, "temperature"),
    ({"top_p": 0}, "top_p"),
    ({"seed": 1.5}, "seed"),
    ({"max_tokens": 0}, "max_tokens"),
    ({"stop": ["a", "b", "c", "d", "e"]}, "stop"),
    ({"stop": [""]}, "stop"),
    ({"logit_bias": {"x": 1}}, "logit_bias"),
    ({"logit_bias": {"999999": 1}}, "logit_bias"),
    ({"logit_bias": {"5": 101}}, "logit_bias"),
    ({"frequency_penalty": -2.5}, "frequency_penalty"),
    ({"bogus": 1}, "bogus"),
])
def test_bad_sampling_parameters_name_the_parameter(body, param):
    with pytest.raises(InvalidRequestError) as e:
        p = P.Params(body, P.SAMPLING)
        P.sampler_fields(p, 100)
        p.max_tokens()
        p.stop()
    assert e.value.param == param and e.value.status == 400


@pytest.mark.parametrize("messages, param", [
    ([], "messages"),
    ("hi", "messages"),
    ([{"role": "wizard", "content": "x"}], "messages[0].role"),
    ([{"role": "user"}], "messages[0].content"),
    ([{"role": "user", "content": "a"}, {"role": "user", "content": 5}], "messages[1].content"),
    ([{"role": "user", "content": [{"type": "image_url", "image_url": {}}]}], "messages[0].content[0]"),
    ([{"role": "user", "content": "a", "tool_calls": []}], "messages[0].tool_calls"),
])
def test_bad_messages_name_the_field(messages, param):
    with pytest.raises(InvalidRequestError) as e:
        P.messages(messages)
    assert e.value.param == param


def test_messages_are_normalised():
    got = P.messages([{"role": "developer", "content": "be brief"},
                      {"role": "user", "content": [{"type": "text", "text": "a"}, {"type": "text", "text": "b"}]}])
    assert got == [{"role": "system", "content": "be brief"}, {"role": "user", "content": "ab"}]


# --- JSON mode ----------------------------------------------------------------------------------

VALID = [
    {}, {"a": 1}, {"k": [1, -2.5e3, 0, 0.25, True, False, None, "s"]}, {"nested": {"x": [[], {}, [{"y": "z"}]]}},
    {"esc": "quote \" backslash \\ slash / tab \t newline \n unicode \u00e9 \u6771 \U0001f389 ctrl \u0001"},
]


@pytest.mark.parametrize("value", VALID)
@pytest.mark.parametrize("indent", [None, 2])
def test_automaton_accepts_json_objects(value, indent):
    text = json.dumps(value, indent=indent, ensure_ascii=False).encode()
    state = advance(START, text)
    assert state is not None and state[1] == DONE


@pytest.mark.parametrize("text", [
    b"[1]", b'"s"', b"1", b"{1:2}", b'{"a" 1}', b'{"a":01}', b'{"a":1,}', b'{"a":[1,]}', b'{"a":tru}',
    b'{"a":"\x01"}', b'{"a":"\\x"}', b'{"a":"\\u12g4"}', b'{"a":1}}', b'{"a":1} ', b'{"a":"\xff"}',
    b'{"a":"\xc3("}', b'{"a":-}', b'{"a":1.}', b'{"a":1e}', b'{"a":.5}',
])
def test_automaton_rejects_what_is_not_a_json_object(text):
    state = advance(START, text)
    assert state is None or state[1] != DONE


def tiny_vocab():
    char_to_byte = {c: b for b, c in bytes_to_unicode().items()}
    table = [t.encode() if t in SPECIALS else bytes(char_to_byte[c] for c in t) for t in TOKENS]
    return JsonVocab(table, len(table), [2], [0, 1, 2]), table


def random_json_walk(vocab, table, rng, eos, patience=40):
    """Sample uniformly among the allowed tokens (after `patience` tokens, prefer closing ones) until EOS."""
    closing = [t for t, b in enumerate(table) if b in (b"}", b"]", b'"', b"0", b":")]
    constraint, generated, mask = JsonObjectConstraint(vocab), [], None
    while True:
        m = constraint.allowed(generated)
        mask = m if m is not None else mask
        allowed = mask_ids(mask)
        assert (eos in allowed) == constraint.complete  # EOS only once the object is closed, and then alone
        if constraint.complete:
            assert list(allowed) == [eos]
            return b"".join(table[t] for t in generated)
        preferred = [t for t in closing if t in allowed] if len(generated) > patience else []
        generated.append(int(preferred[0] if preferred else rng.choice(allowed)))
        assert len(generated) < 2000


def test_random_walks_under_the_mask_always_parse():
    vocab, table = tiny_vocab()
    rng = np.random.default_rng(0)
    for _ in range(100):
        text = random_json_walk(vocab, table, rng, eos=2)
        assert isinstance(json.loads(text.decode("utf-8")), dict), text


def test_mask_excludes_control_tokens_and_checks_whole_tokens():
    vocab, table = tiny_vocab()
    mask = vocab.mask(START)
    allowed = {table[t] for t in mask_ids(mask)}
    assert allowed == {b"{", b" ", b"\t", b"\n", b"\r"}  # no control tokens, no "Ġthe" (" the")
    inside = advance(START, b'{"')  # inside a key: multi-byte tokens like " the" are fine
    allowed = {table[t] for t in mask_ids(vocab.mask(inside))}
    assert b" the" in allowed and b"<|im_end|>" not in allowed and b'"' in allowed and b"\n" not in allowed


def test_packed_masks_round_trip():
    from tabllm.sampling import mask_from_ids, pack_mask

    ids = [0, 5, 31, 32, 63, 64, 262]
    words = mask_from_ids(ids, 263)
    assert mask_ids(words) == ids
    bools = np.zeros(263, bool)
    bools[ids] = True
    assert list(pack_mask(bools)) == list(words)  # the numpy packing agrees bit for bit
    with pytest.raises(Exception, match="allows no token"):
        mask_from_ids([], 263)


def test_random_walks_over_the_smollm2_vocabulary_parse():
    from tabllm.convert import default_model_dir
    from tabllm.tokenizer import Tokenizer

    tok = Tokenizer.from_model_dir(default_model_dir())
    eos = tok.token_to_id("<|im_end|>")
    vocab = JsonVocab(tok.token_bytes, len(tok.token_bytes), [eos], tok.special_tokens.values())
    rng = np.random.default_rng(1)
    for _ in range(20):
        text = random_json_walk(vocab, tok.token_bytes, rng, eos, patience=20)
        assert isinstance(json.loads(text.decode("utf-8")), dict), text


def test_page_options_go_through_the_api_checks_with_the_cli_defaults():
    """The chat page's options (site/app.mjs reads them from the address) are checked like an API request's
    and default like the CLI (sampling.DEFAULT_*), not OpenAI's temperature 1."""
    from tabllm.api.errors import InvalidRequestError
    from tabllm.api.params import page_options
    from tabllm.sampling import DEFAULT_MAX_TOKENS, DEFAULT_TEMPERATURE, SamplerSettings

    settings, max_tokens, stop_at_eos, policy = page_options({}, 1000)
    assert (settings.temperature, max_tokens, stop_at_eos, policy) == (DEFAULT_TEMPERATURE, DEFAULT_MAX_TOKENS, True, "drop_oldest")
    assert settings == SamplerSettings()
    settings, max_tokens, stop_at_eos, policy = page_options({"temperature": 0, "max_tokens": 24, "seed": 1, "top_k": 5,
                                                              "ignore_eos": True, "context_policy": "error"}, 1000)
    assert (settings.temperature, settings.seed, settings.top_k, max_tokens, stop_at_eos, policy) == (0.0, 1, 5, 24, False, "error")
    bad = [({"temperature": float("nan")}, "temperature"), ({"temperature": "0"}, "temperature"),
           ({"max_tokens": 0}, "max_tokens"), ({"max_tokens": 2.5}, "max_tokens"), ({"top_p": 0}, "top_p"),
           ({"ignore_eos": 1}, "ignore_eos"), ({"temprature": 0}, "temprature"),
           ({"context_policy": "truncate"}, "context_policy"), ({"context_policy": 1}, "context_policy")]
    for options, param in bad:
        with pytest.raises(InvalidRequestError) as err:
            page_options(options, 1000)
        assert err.value.param == param, (options, err.value)


def test_error_classes_map_to_http_status_and_cli_exit_code(monkeypatch, capsys):
    """A device that cannot run the model is the server's problem (503) and exit code 3; a prompt over
    the context is the client's (400, OpenAI's code context_length_exceeded); other input errors 400 / 2."""
    from tabllm import cli
    from tabllm.errors import EXIT_DEVICE, EXIT_USER, ContextWindowError, DeviceError, TabllmError
    from tabllm.server import _error_body

    status, body = _error_body(DeviceError("the model does not fit the GPU"))
    assert status == 503 and body["error"]["type"] == "server_error"
    status, body = _error_body(ContextWindowError("context window exceeded"))
    assert status == 400 and body["error"]["code"] == "context_length_exceeded"
    assert _error_body(TabllmError("empty prompt"))[0] == 400
    for exc, code in ((DeviceError("no WebGPU adapter found"), EXIT_DEVICE), (TabllmError("bad model"), EXIT_USER)):
        def fail(args, exc=exc):
            raise exc
        monkeypatch.setattr(cli, "cmd_models", fail)
        with pytest.raises(SystemExit) as done:
            cli.main(["models"])
        assert done.value.code == code
        assert capsys.readouterr().err.strip() == f"tabllm: error: {exc}"
