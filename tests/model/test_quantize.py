"""int8 dynamic quantization reaches the fused MoE experts and keeps the model's choices."""

import asyncio

import pytest
import torch

from model.engine import Engine, EngineOptions
from model.loading import load
from model.quantize import quantize_model, quantized_fraction, weight_bytes

from .conftest import MOE_FAMILIES, build_checkpoint
from .test_engine import collect, messages, sequential_greedy


@pytest.mark.parametrize("family", MOE_FAMILIES)
def test_int8_quantizes_attention_and_expert_weights(tmp_path, family):
    build_checkpoint(tmp_path, family)
    lm = load(str(tmp_path))
    prompt = torch.tensor([lm.render(messages(2))])
    with torch.no_grad():
        reference = lm.model(prompt).logits
    before = weight_bytes(lm.model)
    report = quantize_model(lm.model, "int8")
    assert report.expert_tensors == 2 * lm.model.config.num_hidden_layers
    assert report.linear_layers >= 4 * lm.model.config.num_hidden_layers
    quantized = {n for n, p in lm.model.named_parameters() if getattr(p, "qdata", None) is not None}
    assert any("experts" in n and "shared" not in n for n in quantized)
    assert not any("embed" in n or "norm" in n for n in quantized)
    assert quantized_fraction(lm.model) > 0.75
    assert weight_bytes(lm.model) < 0.5 * before
    with torch.no_grad():
        logits = lm.model(prompt).logits
    assert torch.allclose(logits, reference, atol=0.05)
    assert (logits.argmax(-1) == reference.argmax(-1)).float().mean() > 0.9


def test_unknown_method_is_refused(tiny_mixtral):
    with pytest.raises(ValueError, match="int8"):
        quantize_model(tiny_mixtral.model, "int3")


async def test_engine_serves_a_quantized_model_like_sequential_generation(tiny_mixtral_path):
    lm = load(str(tiny_mixtral_path), quantize="int8")
    assert lm.quantization == "int8"
    engine = Engine(lm, EngineOptions(copy_figures=False)).start()
    try:
        replies = await asyncio.gather(
            *(collect(engine, messages(i), max_new_tokens=8) for i in range(3))
        )
    finally:
        await engine.close()
    assert replies == [sequential_greedy(lm, messages(i), 8) for i in range(3)]
