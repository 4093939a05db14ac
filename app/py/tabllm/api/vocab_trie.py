"""The vocabulary as a trie, walked with an automaton to find the tokens a constraint allows next.

JSON mode (json_mode.py: a pushdown automaton over bytes) and JSON Schema output without numpy
(json_schema.py: a DFA over characters, the page's path) both need "every token whose whole text the
automaton can read from this state". Walking a trie of the token texts shares the work of common
prefixes and prunes a subtree at the first symbol the automaton refuses. Plain Python: it runs in the page.
"""


class VocabTrie:
    """Token texts (bytes or str) in a trie; a node is [children {symbol: node}, token ids ending here]."""

    def __init__(self, texts: dict):
        """texts: {token id: its text}, the tokens a constrained output may contain (control tokens left out)."""
        self.root = [{}, []]
        for token, text in texts.items():
            node = self.root
            for symbol in text:
                node = node[0].setdefault(symbol, [{}, []])
            node[1].append(token)

    def allowed(self, state, step, can_continue=None) -> list:
        """The ids of the tokens whose every symbol step(state, symbol) accepts (it returns the next state,
        or None to refuse), in no particular order. can_continue(state): False where no symbol is accepted
        from state (skips a node's children at once)."""
        allowed, todo = [], [(self.root, state)]
        while todo:
            node, s = todo.pop()
            if can_continue is not None and not can_continue(s):
                continue
            for symbol, child in node[0].items():
                t = step(s, symbol)
                if t is not None:
                    allowed.extend(child[1])
                    if child[0]:
                        todo.append((child, t))
        return allowed
