"""Split execution, layer by layer: a server runs layers [0, k) of a model, the client (CPython here, the
page later) runs [k, L), the head and sampling. docs/split.md has the protocol and the cost model.

- protocol.py: the messages, their framing and the errors (the one definition both sides use)
- parts.py: FirstPart / LastPart, engines for a range of layers (models' build_plan(layers=...))
- server.py: `tabllm serve --split`, sessions over a WebSocket
- client.py: SplitClient, the last part run locally against a split server
"""
