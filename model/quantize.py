"""Dynamic int8 quantization of a loaded causal LM, experts included, with torchao.

`quantize_model(model, "int8")` applies torchao's `Int8DynamicActivationInt8WeightConfig`
(int8 weights with one scale per output row; activations quantized per token at run time):

* every `nn.Linear` except the output head: attention projections, shared experts, and the
  routers of families whose router is an `nn.Linear`;
* the fused expert weights. In transformers 5 the MoE experts are not `nn.Linear` layers but
  3-D parameters, `(experts, out, in)` (Mixtral's `gate_up_proj` and `down_proj`, Granite's
  `input_linear.weight`, ...). They are quantized in place through torchao's per-parameter
  `FqnToConfig`, one scale per (expert, output row), and the model is switched to the
  "eager" experts implementation, which takes one expert's 2-D slice and calls `F.linear`
  on it, an op the int8 tensor implements (the default grouped-matmul path transposes
  the 3-D weight, which the int8 tensor does not support).

Kept in full precision: embeddings, norms, Mixtral-style routers (a bare parameter, tiny and
decisive for which experts run) and the output head (its logits choose every token; it is
also tied to the embeddings in the bundled model).

What it buys: the bundled model's weights shrink from 32.3 MB to 9.4 MB (3.4x,
`weight_bytes`). Speed depends on the matrices: at the bundled model's width (192) on CPU
the per-token activation quantization costs about what the int8 matmuls save:
`python -m model.bench --random-weights` measured int8 at 0.63x fp32 speed for sequential
`generate()` and 1.12x for the engine at 50 streams, in one run.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import nn

METHODS = ("int8",)


@dataclass(frozen=True)
class QuantizationReport:
    method: str
    linear_layers: int  # nn.Linear layers quantized
    expert_tensors: int  # fused 3-D expert weights quantized
    expert_implementation: str | None  # what the experts run on afterwards


def _expert_weights(model: nn.Module) -> list[str]:
    """Fully qualified names of the fused 3-D expert weights."""
    names = []
    for module_name, module in model.named_modules():
        if not module_name.split(".")[-1].startswith("experts") and "experts" not in type(
            module
        ).__name__.lower():
            continue
        for param_name, param in module.named_parameters(recurse=False):
            if param.ndim == 3:
                names.append(f"{module_name}.{param_name}")
    return names


def quantize_model(model: nn.Module, method: str = "int8") -> QuantizationReport:
    """Quantize `model` in place for CPU or GPU inference; see the module docstring."""
    if method not in METHODS:
        raise ValueError(f"unknown quantization {method!r}; choose one of {METHODS}")
    try:
        from torchao.quantization import (
            FqnToConfig,
            Int8DynamicActivationInt8WeightConfig,
            quantize_,
        )
    except ImportError as e:
        raise ImportError("int8 quantization needs torchao: pip install torchao") from e

    config = Int8DynamicActivationInt8WeightConfig()
    output_head = model.get_output_embeddings()
    linears = [
        m for m in model.modules() if isinstance(m, nn.Linear) and m is not output_head
    ]
    quantize_(model, config, filter_fn=lambda m, _name: isinstance(m, nn.Linear)
              and m is not output_head)

    experts = _expert_weights(model)
    implementation = None
    if experts:
        if hasattr(model, "set_experts_implementation"):
            model.set_experts_implementation("eager")
            implementation = "eager"
        quantize_(model, FqnToConfig({name: config for name in experts}), filter_fn=None)
    return QuantizationReport(
        method=method,
        linear_layers=len(linears),
        expert_tensors=len(experts),
        expert_implementation=implementation,
    )


def weight_bytes(model: nn.Module) -> int:
    """Bytes the model's parameters take (int8 tensors count their int8 data and scales)."""
    total = 0
    for param in model.parameters():
        data = param.data if not hasattr(param, "qdata") else param
        if hasattr(data, "qdata"):
            total += data.qdata.numel() * data.qdata.element_size()
            total += data.scale.numel() * data.scale.element_size()
        else:
            total += data.numel() * data.element_size()
    return total


def quantized_fraction(model: nn.Module) -> float:
    """Share of parameter elements stored in int8."""
    quantized = total = 0
    for param in model.parameters():
        n = param.numel()
        total += n
        if getattr(param, "qdata", None) is not None and param.qdata.dtype == torch.int8:
            quantized += n
    return quantized / max(total, 1)
