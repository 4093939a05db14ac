"""Model families as Plans (one module per family). Shared here: the layer range a plan covers."""

from numbers import Integral

from ..errors import TabllmError


def layer_range(config: dict, layers) -> tuple:
    """(a, b): the layers [a, b) a plan covers (layers None: all of them, (0, num_layers)). A plan with
    a = 0 starts with the embedding; one with b = num_layers ends with the final norm, the head and the
    sampling phases; any other plan starts from (a > 0: an uploaded) or leaves (b < num_layers) the
    hidden state in buffer "x" [n, D]: split execution (tabllm.layer_split)."""
    L = config["num_layers"]
    if layers is None:
        return 0, L
    try:
        a, b = layers
    except (TypeError, ValueError):
        raise TabllmError(f"layers must be a pair (a, b), got {layers!r}") from None
    whole = all(isinstance(v, Integral) and not isinstance(v, bool) for v in (a, b))
    if not whole or not 0 <= a < b <= L:
        raise TabllmError(f"layers must be a range [a, b) with 0 <= a < b <= {L} (the model's layers), got {layers!r}")
    return int(a), int(b)


def debug_phases(debug: bool, config: dict, first: int, last: int):
    """Lowering.layer_phases's debug argument for a plan built with debug=True: (layers, D), the shape of the
    debug phases of the teaching views (lowering.inside_phase), where the plan covers every layer (from the
    embedding to the head); None otherwise (no debug phases: a plan of a layer range has none)."""
    if debug and first == 0 and last == config["num_layers"]:
        return last, config["hidden_size"]
    return None
