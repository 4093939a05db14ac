"""Which executor runs a model: tabllm.load(device=...) and the CLI's --device.

    "gpu"        WgpuExecutor: wgpu-native (Vulkan / Metal / D3D12), whatever adapter it finds
    "cpu"        CpuExecutor: the cpu profile's kernels compiled by TVM for this CPU (runtime/cpu_executor.py)
    "auto"       the GPU when wgpu finds a hardware adapter; the CPU executor when it finds none or only a
                 software one (lavapipe / llvmpipe, SwiftShader, WARP: a CPU emulating a GPU, several
                 times slower than the CPU kernels themselves)
    "reference"  the numpy float64 twins (slow; for checks)
"""

from ..errors import TabllmError

DEVICES = ("auto", "gpu", "cpu", "reference")
SOFTWARE_ADAPTERS = ("llvmpipe", "lavapipe", "swiftshader", "warp", "softpipe")


def software_adapter(info: dict) -> bool:
    """Whether a wgpu adapter (its info dict) is a CPU emulation of a GPU."""
    text = " ".join(str(info.get(k, "")) for k in ("vendor", "device", "description")).lower()
    return info.get("adapter_type") == "CPU" or any(name in text for name in SOFTWARE_ADAPTERS)


def hardware_gpu() -> bool:
    """Whether wgpu finds an adapter that is not a software one."""
    try:
        import wgpu

        adapter = wgpu.gpu.request_adapter_sync(power_preference="high-performance")
    except Exception:  # no Vulkan / Metal / D3D driver, or no loader at all
        return False
    return adapter is not None and not software_adapter(dict(adapter.info))


def make_executor(device: str = "auto", progress=None):
    """The executor for `device` (DEVICES)."""
    if device not in DEVICES:
        raise TabllmError(f"device must be one of {', '.join(DEVICES)}, got {device!r}")
    if device == "auto":
        if hardware_gpu():
            device = "gpu"
        else:
            from ..errors import DeviceError
            from .cpu_executor import CpuExecutor

            try:
                return CpuExecutor(progress=progress)
            except DeviceError as e:  # no apache-tvm (or no build_tools): the software GPU, slowly
                (progress or (lambda m: None))(f"the CPU executor is not available ({e}); using wgpu's adapter")
                device = "gpu"
    if device == "reference":
        from .reference import ReferenceExecutor

        return ReferenceExecutor()
    if device == "cpu":
        from .cpu_executor import CpuExecutor

        return CpuExecutor(progress=progress)
    from .wgpu_executor import WgpuExecutor

    return WgpuExecutor()
