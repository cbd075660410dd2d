"""The training recipe: a run resumes where it stopped, draws batches in worker processes, and
exports weights that transformers loads. A few steps from the bundled weights, on the CPU."""

import json

import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

from model.train import WEIGHTS_DIR, ModelShape, TrainOptions, export, train


def test_a_run_resumes_from_its_checkpoint_and_exports(tmp_path):
    run = tmp_path / "run"
    opts = TrainOptions(batch_size=2, warmup_steps=1, seed=3)
    common = dict(max_minutes=5, checkpoint_minutes=100, threads=1, init=WEIGHTS_DIR)
    train(run, ModelShape(), opts, max_steps=2, workers=2, **common)
    first = torch.load(run / "checkpoint.pt", weights_only=False)
    assert first["step"] == 2 and (run / "weights-000002.pt").exists()

    train(run, ModelShape(), opts, max_steps=3, **common)  # resumes: one more step
    state = torch.load(run / "checkpoint.pt", weights_only=False)
    assert state["step"] == 3
    assert [h["step"] for h in state["history"]] == [1, 2, 3]
    assert "val_loss" in state["history"][-1]
    assert (run / "loss.png").stat().st_size > 0
    assert json.loads((run / "options.json").read_text())["train"]["batch_size"] == 2
    # The steps changed the weights they started from.
    bundled = AutoModelForCausalLM.from_pretrained(str(WEIGHTS_DIR)).state_dict()
    name = "model.layers.0.self_attn.q_proj.weight"
    assert not torch.equal(state["model"][name], bundled[name])

    out = export(run, tmp_path / "export")
    model = AutoModelForCausalLM.from_pretrained(str(out))
    tokenizer = AutoTokenizer.from_pretrained(str(out))
    assert torch.equal(model.state_dict()[name], state["model"][name])
    ids = tokenizer("Hello", return_tensors="pt").input_ids
    assert model(ids).logits.shape[-1] == len(tokenizer)
