"""Chat conversations and the model's chat template (jinja, as in HF `apply_chat_template`).

The template's own text may hold control tokens ("<|im_start|>"); message contents are what people
typed and must never turn into control tokens, even when they contain the same characters. So the
special-token strings inside contents are swapped for unique placeholders before rendering; the
rendered text is split at the special tokens that remain (they all come from the template), and each
piece between them is encoded as plain text with the placeholders swapped back. The result equals
HF tokenization of the rendered text with the template's special tokens recognised and the
contents' ones left as ordinary characters.
"""

import json
import re
import secrets
from datetime import datetime

from .errors import TabllmError, TemplateError

# Control tokens that end an assistant turn in the chat formats we support (ChatML, Gemma, Llama 3): the
# engine stops at them like at eos, whatever the converter recorded (HF configs often name only eos).
END_OF_TURN_TOKENS = ("<|im_end|>", "<end_of_turn>", "<|eot_id|>")


def _raise_exception(message):
    raise TemplateError(f"the chat template refused the conversation: {message}")


def _tojson(value, indent=None, ensure_ascii=False, sort_keys=False):
    return json.dumps(value, indent=indent, ensure_ascii=ensure_ascii, sort_keys=sort_keys)


def _strftime_now(fmt):
    return datetime.now().strftime(fmt)


class ChatTemplate:
    """A compiled chat template (config["chat_template"]) plus the bos/eos strings it may use."""

    def __init__(self, source: str, bos_token: str = "", eos_token: str = ""):
        import jinja2
        import jinja2.meta
        from jinja2.sandbox import ImmutableSandboxedEnvironment

        if not source:
            raise TemplateError("this model has no chat template (config.json chat_template is empty)")
        # Same environment settings as transformers' apply_chat_template, so templates render alike.
        env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True, extensions=["jinja2.ext.loopcontrols"])
        env.filters["tojson"] = _tojson
        env.globals["raise_exception"] = _raise_exception
        env.globals["strftime_now"] = _strftime_now
        try:
            self._template = env.from_string(source)
            uses = jinja2.meta.find_undeclared_variables(env.parse(source))
        except jinja2.TemplateError as e:
            raise TemplateError(f"the model's chat template does not compile: {e}") from None
        self.bos_token = bos_token or ""
        self.eos_token = eos_token or ""
        # how tool calls are written (api/tools.py): the template renders `tools` and writes calls in
        # <tool_call> tags (Qwen2.5, Qwen3, Hermes) or as a bare JSON object (Llama 3.1+), or knows no tools
        self.tool_format = "generic" if "tools" not in uses else "hermes" if "<tool_call>" in source else "json"

    @classmethod
    def from_config(cls, config: dict, tokenizer):
        def text(token_id):
            return "" if token_id is None else tokenizer.id_to_token(token_id) or ""

        eos = config.get("eos_token_ids") or [None]
        return cls(config.get("chat_template"), text(config.get("bos_token_id")), text(eos[0]))

    def render(self, messages, add_generation_prompt=True, tools=None) -> str:
        """The prompt text. messages: [{"role": ..., "content": str}, ...]; tools: OpenAI's function tools,
        for a template whose tool_format is not "generic" (as HF's apply_chat_template passes them)."""
        try:
            return self._template.render(
                messages=messages,
                add_generation_prompt=add_generation_prompt,
                bos_token=self.bos_token,
                eos_token=self.eos_token,
                tools=tools,
            )
        except TemplateError:
            raise
        except Exception as e:  # jinja errors, and TypeError etc. from the template's own expressions
            raise TemplateError(f"the chat template failed to render: {type(e).__name__}: {e}") from None

    def render_ids(self, messages, tokenizer, add_generation_prompt=True, add_bos=False, tools=None) -> list:
        """Prompt token ids: template special tokens as control tokens, contents as plain text."""
        specials = dict(tokenizer.special_tokens)  # text -> id
        nonce = secrets.token_hex(8)
        # private-use characters around a random nonce: cannot occur in typed text by accident
        placeholder = {s: f"\ue000{nonce}:{i}\ue001" for i, s in enumerate(specials)}
        escaped = []
        for m in messages:
            content = m.get("content")
            if isinstance(content, str):
                for s, p in placeholder.items():
                    content = content.replace(s, p)
                m = dict(m, content=content)
            escaped.append(m)
        text = self.render(escaped, add_generation_prompt, tools)

        ids = []
        if specials:
            # longest first so a special token that is a prefix of another does not win
            pattern = "|".join(re.escape(s) for s in sorted(specials, key=len, reverse=True))
            pieces = re.split(f"({pattern})", text)
        else:
            pieces = [text]
        for k, piece in enumerate(pieces):
            if k % 2 == 1:  # re.split puts the separators (special tokens) at odd positions
                ids.append(specials[piece])
            elif piece:
                for s, p in placeholder.items():
                    piece = piece.replace(p, s)
                ids.extend(tokenizer.encode(piece, allow_special=False))
        bos = tokenizer.bos_token_id
        if add_bos and bos is not None and ids[:1] != [bos]:
            ids.insert(0, bos)
        return ids


CONTEXT_POLICIES = ("error", "drop_oldest")  # what a chat that outgrows the context does (fit_messages)


def fit_messages(messages, prompt_tokens, room, policy="error") -> list:
    """The messages to render for a prompt of at most `room` tokens (prompt_tokens(messages) counts one).
    "error": all of them (the engine refuses a prompt that does not fit, with a ContextWindowError).
    "drop_oldest": the system messages, then the newest turns that fit, oldest dropped first: a turn is a
    user message and what follows it up to the next one, so the kept part starts with a user message (as
    every template wants). The last turn always stays: if it alone does not fit, the engine says so."""
    if policy not in CONTEXT_POLICIES:
        raise TabllmError(f"context policy must be one of {', '.join(CONTEXT_POLICIES)}, got {policy!r}")
    messages = list(messages)
    if policy == "error" or prompt_tokens(messages) <= room:
        return messages
    system = [m for m in messages if m["role"] == "system"]
    rest = [m for m in messages if m["role"] != "system"]
    starts = [i for i, m in enumerate(rest) if m["role"] == "user"] or [0]
    for start in starts[1:]:  # drop turn by turn (the first candidate already failed above)
        kept = system + rest[start:]
        if prompt_tokens(kept) <= room:
            return kept
    return system + rest[starts[-1]:]


class Conversation:
    """The messages of one chat, in order."""

    def __init__(self, system: str = None):
        self.messages = []
        if system is not None:
            self.add("system", system)

    def add(self, role: str, content: str):
        self.messages.append({"role": role, "content": content})

    def add_system(self, content: str):
        self.add("system", content)

    def add_user(self, content: str):
        self.add("user", content)

    def add_assistant(self, content: str):
        self.add("assistant", content)

    def prompt_text(self, template, add_generation_prompt=True) -> str:
        return template.render(self.messages, add_generation_prompt)

    def prompt_ids(self, tokenizer, template, add_generation_prompt=True, add_bos=False) -> list:
        """Token ids of the whole conversation, ready for prefill.

        template: a ChatTemplate, or the template source (config["chat_template"]).
        add_bos: prepend bos if the template did not (config["add_bos_token"]).
        """
        if isinstance(template, str):
            template = ChatTemplate(
                template,
                tokenizer.id_to_token(tokenizer.bos_token_id) if tokenizer.bos_token_id is not None else "",
                tokenizer.id_to_token(tokenizer.eos_token_ids[0]) if tokenizer.eos_token_ids else "",
            )
        return template.render_ids(self.messages, tokenizer, add_generation_prompt, add_bos)
