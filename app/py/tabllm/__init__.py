"""tabllm: LLM chat on TVM-generated WGSL kernels, in a browser tab (Pyodide + WebGPU) or in CPython (wgpu-native)."""

from .engine import Engine, Generation, load
from .errors import TabllmError
from .sampling import SamplerSettings

__all__ = ["Engine", "Generation", "SamplerSettings", "TabllmError", "load"]
__version__ = "0.1.0"
