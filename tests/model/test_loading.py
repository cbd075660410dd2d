"""Every supported MoE family saves, loads back and generates through the serving path."""

import pytest
import torch

from model.loading import BUNDLED_PATH, ModelLoadError, load

from .conftest import MOE_FAMILIES, build_checkpoint


@pytest.mark.parametrize("family", MOE_FAMILIES)
def test_moe_family_loads_and_generates(tmp_path, family):
    build_checkpoint(tmp_path, family)
    lm = load(str(tmp_path))
    assert not lm.model.training
    assert lm.model.config.model_type == family
    experts = [name for name, _ in lm.model.named_modules() if name.endswith("experts")]
    assert experts, "a Mixture-of-Experts model has expert blocks"
    prompt = lm.render([{"role": "user", "content": "is the red kettle in stock"}])
    assert lm.tokenizer.decode(prompt).endswith("<|assistant|>")
    with torch.no_grad():
        out = lm.model.generate(
            torch.tensor([prompt]), max_new_tokens=4, min_new_tokens=4, do_sample=False
        )
    assert out.shape[1] == len(prompt) + 4


def test_loaded_model_reports_window_and_eos(tiny_mixtral):
    assert tiny_mixtral.context_window == 256
    assert tiny_mixtral.eos_token_ids == {tiny_mixtral.tokenizer.convert_tokens_to_ids("<|end|>")}


def test_missing_or_foreign_checkpoints_fail_with_a_clear_error(tmp_path):
    with pytest.raises(ModelLoadError, match="no config.json"):
        load(str(tmp_path))
    if not (BUNDLED_PATH / "config.json").is_file():
        with pytest.raises(ModelLoadError, match="bundled"):
            load()


@pytest.mark.skipif(not (BUNDLED_PATH / "config.json").is_file(), reason="no bundled model")
def test_default_is_the_bundled_moe_model():
    lm = load()
    assert lm.source == str(BUNDLED_PATH)
    assert lm.model.config.model_type == "mixtral" and lm.model.config.num_local_experts > 1
    prompt = lm.render([{"role": "user", "content": "Is the kettle 19.99?"}])
    digits = [lm.tokenizer.decode([i]) for i in prompt if lm.tokenizer.decode([i]).isdigit()]
    assert digits and all(len(d) == 1 for d in digits), "digits are single tokens"


def test_bfloat16_is_loaded_by_name_and_refused_with_int8(tiny_mixtral_path):
    lm = load(str(tiny_mixtral_path), dtype="bfloat16")
    assert {p.dtype for p in lm.model.parameters()} == {torch.bfloat16}
    assert lm.model.config._experts_implementation == "eager"  # no kernel compiled per prompt
    assert load(str(tiny_mixtral_path)).model.dtype == torch.float32
    with pytest.raises(ModelLoadError, match="unknown dtype"):
        load(str(tiny_mixtral_path), dtype="float8")
    with pytest.raises(ModelLoadError, match="float32"):
        load(str(tiny_mixtral_path), dtype="bfloat16", quantize="int8")
