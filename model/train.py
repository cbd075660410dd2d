"""Training recipe of the bundled language model (`shopdesk train-lm`).

A small Mixtral (top-2 of 8 experts) learns to answer from the facts in its prompt on an
endless stream of generated shop dialogues (`model.dialogues`). Loss falls only on the
assistant's words. The run checkpoints every few minutes into `--run-dir` and resumes from
the latest checkpoint, so it can be stopped and started at will; `--export` writes the
latest (or `--checkpoint`) weights with the tokenizer to `model/weights/lm/`.

    shopdesk train-lm --run-dir runs/lm            # train (resumes if a checkpoint exists)
    shopdesk train-lm --run-dir runs/lm --export   # write model/weights/lm/
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import shutil
import time
from dataclasses import asdict, dataclass
from pathlib import Path

WEIGHTS_DIR = Path(__file__).parent / "weights" / "lm"
CHECKPOINT = "checkpoint.pt"
# What a run trained on, for runs whose options.json does not say (all of them ran so).
EARLIER_HARDWARE = "one CPU thread of a shared 2-core machine"


@dataclass(frozen=True)
class ModelShape:
    vocab_size: int = 2048  # SentencePiece pieces; the newline piece is added on top
    hidden_size: int = 192  # small: one CPU thread trains it for hours, not days
    layers: int = 4  # copying a fact needs at least two attention layers composed
    heads: int = 6  # head size 32: many narrow heads to find and copy facts
    expert_size: int = 384  # feed-forward width of one expert
    experts: int = 8
    experts_per_token: int = 2
    max_positions: int = 1024  # the prompt builder keeps prompts under this


@dataclass(frozen=True)
class TrainOptions:
    batch_size: int = 16  # dialogues per step
    lr: float = 2e-3
    min_lr: float = 2e-4
    warmup_steps: int = 100
    decay_steps: int = 2500  # cosine decay length; the LR stays at min_lr afterwards
    budget_hours: float = 0.0  # when set, decay over this much training time instead of steps
    weight_decay: float = 0.05
    seed: int = 0
    max_prompt_tokens: int = 512
    router_aux_loss: float = 0.01  # keeps the experts in use
    invented: float = 0.2  # share of nouns, colors and materials that are invented words
    long_names: float = 0.0  # share of products named "Brand Model 530 Two Kinds" (dialogues)
    measured: float = 0.0  # share of products with measured attributes ("weight 9.4 kg")


def mixtral_config(shape: ModelShape, tokenizer):
    from transformers import MixtralConfig

    return MixtralConfig(
        vocab_size=len(tokenizer),
        hidden_size=shape.hidden_size,
        intermediate_size=shape.expert_size,
        num_hidden_layers=shape.layers,
        num_attention_heads=shape.heads,
        num_key_value_heads=shape.heads,
        num_local_experts=shape.experts,
        num_experts_per_tok=shape.experts_per_token,
        max_position_embeddings=shape.max_positions,
        rope_theta=10000.0,
        tie_word_embeddings=True,
        pad_token_id=tokenizer.pad_token_id,
        eos_token_id=tokenizer.eos_token_id,
        bos_token_id=None,
        router_aux_loss_coef=TrainOptions.router_aux_loss,
        sliding_window=None,
    )


def encode_batch(tokenizer, examples, *, max_len: int):
    """Token ids, attention mask and labels (-100 outside assistant replies) for examples.

    The text is rendered by the same template the tokenizer's chat template holds, and
    labels are set from character offsets, so training sees exactly what serving sends.
    """
    import torch

    from model.tokenizer import render

    texts, spans = [], []
    for example in examples:
        text, message_spans = render(example.messages)
        n = len(message_spans)
        keep = [(a, b) for i, (a, b, role) in enumerate(message_spans)
                if role == "assistant" and (i == n - 1 or example.train_history)]
        texts.append(text)
        spans.append(keep)
    enc = tokenizer(texts, add_special_tokens=False, return_offsets_mapping=True,
                    truncation=True, max_length=max_len)
    width = max(len(ids) for ids in enc["input_ids"])
    input_ids = torch.full((len(texts), width), tokenizer.pad_token_id, dtype=torch.long)
    labels = torch.full((len(texts), width), -100, dtype=torch.long)
    mask = torch.zeros((len(texts), width), dtype=torch.long)
    for row, (ids, offsets, keep) in enumerate(zip(enc["input_ids"], enc["offset_mapping"],
                                                   spans, strict=True)):
        input_ids[row, : len(ids)] = torch.tensor(ids)
        mask[row, : len(ids)] = 1
        for col, (start, end) in enumerate(offsets):
            if any(a <= start and end <= b and end > start for a, b in keep):
                labels[row, col] = ids[col]
    return input_ids, mask, labels


def lr_at(step: int, opts: TrainOptions, seconds: float = 0.0) -> float:
    """Linear warm-up, then cosine decay over steps or, with a time budget, over time (on a
    shared machine the step rate varies, and a run should anneal by its deadline)."""
    if step < opts.warmup_steps:
        return opts.lr * (step + 1) / opts.warmup_steps
    if opts.budget_hours > 0:
        progress = min(1.0, seconds / (opts.budget_hours * 3600))
    else:
        progress = min(1.0, (step - opts.warmup_steps) / max(1, opts.decay_steps - opts.warmup_steps))
    return opts.min_lr + 0.5 * (opts.lr - opts.min_lr) * (1 + math.cos(math.pi * progress))


class Batches:
    """Endless length-bucketed batches: draw many dialogues, sort by length, cut."""

    def __init__(self, tokenizer, opts: TrainOptions, *, seed: int, pool: int = 8) -> None:
        from model.dialogues import DialogueGenerator

        # Generated prompts stay far below the bound, so the cheap default count will do.
        self.gen = DialogueGenerator(seed, max_prompt_tokens=opts.max_prompt_tokens,
                                     invented=opts.invented, long_names=opts.long_names,
                                     measured=opts.measured)
        self.tokenizer = tokenizer
        self.opts = opts
        self.pool = pool
        self.ready: list = []

    def __iter__(self):
        return self

    def __next__(self):
        import random

        if not self.ready:
            examples = [self.gen.example() for _ in range(self.opts.batch_size * self.pool)]
            examples.sort(key=lambda e: sum(len(m["content"]) for m in e.messages))
            chunks = [examples[i:i + self.opts.batch_size]
                      for i in range(0, len(examples), self.opts.batch_size)]
            random.Random(len(examples) + id(chunks)).shuffle(chunks)
            self.ready = chunks
        return encode_batch(self.tokenizer, self.ready.pop(), max_len=1024)


def batch_stream(tokenizer, opts: TrainOptions, *, seed: int, workers: int):
    """Endless training batches; with `workers`, drawn in that many processes (on a GPU the
    dialogue generator in one Python process would leave it waiting)."""
    import torch

    if workers <= 0:
        return Batches(tokenizer, opts, seed=seed)

    class Stream(torch.utils.data.IterableDataset):
        def __iter__(self):
            info = torch.utils.data.get_worker_info()
            worker = info.id if info is not None else 0
            return Batches(tokenizer, opts, seed=seed + 7919 * (worker + 1))

    loader = torch.utils.data.DataLoader(Stream(), batch_size=None, num_workers=workers,
                                         prefetch_factor=4, persistent_workers=True)
    return iter(loader)


def _save(path: Path, state: dict) -> None:
    import torch

    tmp = path.with_suffix(".tmp")
    torch.save(state, tmp)
    os.replace(tmp, path)


def _plot(history: list[dict], out: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    steps = [h["step"] for h in history]
    fig, ax = plt.subplots(figsize=(7, 4))
    ax.plot(steps, [h["loss"] for h in history], label="train loss (reply tokens)", lw=0.8)
    val = [(h["step"], h["val_loss"]) for h in history if "val_loss" in h]
    if val:
        ax.plot(*zip(*val, strict=True), "o-", label="held-out loss")
    ax.set_yscale("log")
    ax.set_xlabel("step")
    ax.set_ylabel("cross-entropy")
    ax.legend()
    ax.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(out, dpi=90)
    plt.close(fig)


def held_out_loss(model, tokenizer, n: int = 48, device: str = "cpu") -> float:
    """Reply loss on dialogues of the held-out vocabulary (a fixed set, for comparison)."""
    import torch

    from model.dialogues import DialogueGenerator

    gen = DialogueGenerator(9999, heldout=True)
    examples = [gen.example() for _ in range(n)]
    model.eval()
    total, count = 0.0, 0
    with torch.no_grad():
        for i in range(0, n, 16):
            ids, mask, labels = (t.to(device) for t in
                                 encode_batch(tokenizer, examples[i:i + 16], max_len=1024))
            with _autocast(device):
                out = model(input_ids=ids, attention_mask=mask, labels=labels,
                            output_router_logits=False)
            k = int((labels[:, 1:] != -100).sum())
            total += float(out.loss) * k
            count += k
    model.train()
    return total / max(count, 1)


def _autocast(device: str):
    """bfloat16 matrix products on a GPU; full precision on the CPU."""
    import contextlib

    import torch

    if device.startswith("cuda"):
        return torch.autocast("cuda", dtype=torch.bfloat16)
    return contextlib.nullcontext()


def prepare_tokenizer(run_dir: Path, vocab_size: int, seed: int):
    from transformers import AutoTokenizer

    from model.tokenizer import build_tokenizer, dialogue_lines

    tok_dir = run_dir / "tokenizer"
    if not (tok_dir / "tokenizer.json").exists():
        print(f"training the SentencePiece tokenizer ({vocab_size} pieces)", flush=True)
        build_tokenizer(tok_dir, dialogue_lines(20000, seed + 1), vocab_size=vocab_size)
    return AutoTokenizer.from_pretrained(str(tok_dir))


def train(run_dir: Path, shape: ModelShape, opts: TrainOptions, *, max_steps: int,
          max_minutes: float, checkpoint_minutes: float, threads: int,
          init: Path | None = None, device: str = "cpu", workers: int = 0) -> None:
    import torch
    from tqdm import tqdm
    from transformers import MixtralForCausalLM

    torch.set_num_threads(threads)
    run_dir.mkdir(parents=True, exist_ok=True)
    ckpt = run_dir / CHECKPOINT
    if init is not None and not ckpt.exists():
        # Continue an exported model: its tokenizer, its weights, a new optimizer.
        tok_dir = run_dir / "tokenizer"
        tok_dir.mkdir(exist_ok=True)
        for name in ("tokenizer.json", "tokenizer_config.json", "chat_template.jinja",
                     "special_tokens_map.json", "spm.model"):
            if (init / name).exists():
                shutil.copy(init / name, tok_dir / name)
    tokenizer = prepare_tokenizer(run_dir, shape.vocab_size, opts.seed)
    torch.manual_seed(opts.seed)
    config = mixtral_config(shape, tokenizer)
    config.output_router_logits = True
    model = MixtralForCausalLM(config)
    if init is not None and not ckpt.exists():
        model.load_state_dict(MixtralForCausalLM.from_pretrained(str(init)).state_dict())
        print(f"starting from the weights in {init}", flush=True)
    model.to(device)
    optimizer = torch.optim.AdamW(model.parameters(), lr=opts.lr, betas=(0.9, 0.95),
                                  weight_decay=opts.weight_decay)
    step, history, seconds = 0, [], 0.0
    if ckpt.exists():
        state = torch.load(ckpt, map_location="cpu", weights_only=False)
        model.load_state_dict(state["model"])
        optimizer.load_state_dict(state["optimizer"])
        step, history, seconds = state["step"], state["history"], state.get("seconds", 0.0)
        print(f"resumed from step {step}", flush=True)
    hardware = (f"one {torch.cuda.get_device_name(device)} GPU, batches drawn by {workers}"
                f" processes" if device.startswith("cuda")
                else f"{threads} CPU thread{'s' if threads > 1 else ''}")
    (run_dir / "options.json").write_text(json.dumps(
        {"shape": asdict(shape), "train": asdict(opts), "hardware": hardware}, indent=2))
    n_params = sum(p.numel() for p in model.parameters())
    print(f"model: {n_params / 1e6:.2f}M parameters, {shape}", flush=True)
    batches = batch_stream(tokenizer, opts, seed=opts.seed * 100003 + step, workers=workers)
    model.train()
    started = time.time()
    last_save = time.time()
    bar = tqdm(total=max_steps, initial=step, desc="train-lm", mininterval=10, smoothing=0.05)
    running = None
    while step < max_steps and (time.time() - started) / 60 < max_minutes:
        t0 = time.time()
        ids, mask, labels = (t.to(device, non_blocking=True) for t in next(batches))
        for group in optimizer.param_groups:
            group["lr"] = lr_at(step, opts, seconds)
        with _autocast(device):
            out = model(input_ids=ids, attention_mask=mask, labels=labels)
        loss = out.loss
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        step += 1
        seconds += time.time() - t0
        aux = float(out.aux_loss.detach()) if out.aux_loss is not None else 0.0
        reply_loss = float(loss.detach()) - opts.router_aux_loss * aux
        running = reply_loss if running is None else 0.98 * running + 0.02 * reply_loss
        history.append({"step": step, "loss": round(reply_loss, 4), "tokens": int(mask.sum())})
        bar.update(1)
        bar.set_postfix(loss=f"{running:.3f}", lr=f"{lr_at(step, opts, seconds):.1e}", refresh=False)
        if time.time() - last_save > checkpoint_minutes * 60:
            history[-1]["val_loss"] = round(held_out_loss(model, tokenizer, device=device), 4)
            tqdm.write(f"step {step} held-out loss {history[-1]['val_loss']}")
            _checkpoint(run_dir, model, optimizer, step, history, seconds)
            last_save = time.time()
    history[-1]["val_loss"] = round(held_out_loss(model, tokenizer, device=device), 4)
    _checkpoint(run_dir, model, optimizer, step, history, seconds)
    bar.close()
    print(f"stopped at step {step}, {seconds / 60:.1f} training minutes", flush=True)


def _checkpoint(run_dir: Path, model, optimizer, step: int, history: list, seconds: float) -> None:
    import torch

    weights = {k: v.detach().cpu() for k, v in model.state_dict().items()}
    _save(run_dir / CHECKPOINT, {"model": weights, "optimizer": optimizer.state_dict(),
                                 "step": step, "history": history, "seconds": seconds})
    # Weights-only snapshots let any past point of the run be exported and measured.
    torch.save(weights, run_dir / f"weights-{step:06d}.pt")
    _plot(history, run_dir / "loss.png")


def export(run_dir: Path, out_dir: Path, checkpoint: Path | None = None, *,
           measure_cases: int = 0) -> Path:
    """Write safetensors weights, config, tokenizer and a README that `from_pretrained` loads.

    With `measure_cases`, the exported model is scored by `model.accuracy` on that many
    held-out cases and the figures go into the README.
    """
    import torch
    from transformers import AutoTokenizer, MixtralForCausalLM

    options = json.loads((run_dir / "options.json").read_text())
    shape = ModelShape(**options["shape"])
    tokenizer = AutoTokenizer.from_pretrained(str(run_dir / "tokenizer"))
    state = torch.load(checkpoint or run_dir / CHECKPOINT, map_location="cpu", weights_only=False)
    step = state.get("step") if isinstance(state, dict) and "model" in state else None
    if step is None and checkpoint is not None:  # a weights-only snapshot names its step
        found = re.fullmatch(r"weights-(\d+)\.pt", Path(checkpoint).name)
        step = int(found.group(1)) if found else None
    weights = state["model"] if "model" in state else state
    model = MixtralForCausalLM(mixtral_config(shape, tokenizer))
    model.load_state_dict(weights)
    model.generation_config.eos_token_id = tokenizer.eos_token_id
    model.generation_config.pad_token_id = tokenizer.pad_token_id
    out_dir.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(str(out_dir), safe_serialization=True)
    tokenizer.save_pretrained(str(out_dir))
    shutil.copy(run_dir / "tokenizer" / "spm.model", out_dir / "spm.model")
    write_lexicon(out_dir)
    if (run_dir / "loss.png").exists():
        shutil.copy(run_dir / "loss.png", out_dir / "loss.png")
    full = torch.load(run_dir / CHECKPOINT, map_location="cpu", weights_only=False)
    history = [h for h in full["history"] if step is None or h["step"] <= step]
    accuracy = None
    if measure_cases:
        from model.accuracy import measure

        accuracy = measure(out_dir, n=measure_cases, seed=7, heldout=True)
        accuracy["plain_decoding"] = measure(out_dir, n=measure_cases, seed=7, heldout=True,
                                             decoding="plain")
        accuracy["training_vocabulary"] = measure(out_dir, n=measure_cases, seed=7,
                                                  heldout=False)
        (out_dir / "accuracy.json").write_text(json.dumps(accuracy, indent=2) + "\n")
    elif (out_dir / "accuracy.json").exists():
        (out_dir / "accuracy.json").unlink()  # figures of other weights must not linger
    n_params = sum(p.numel() for p in model.parameters())
    # Snapshots keep no clock; steps took about the same time throughout the run.
    seconds = full.get("seconds", 0.0) * (step or full["step"]) / max(full["step"], 1)
    card = model_card(shape, options["train"], n_params, history, seconds, accuracy,
                      hardware=options.get("hardware", EARLIER_HARDWARE))
    notes = run_dir / "notes.md"  # what happened during this run (restarts, changes)
    if notes.exists():
        card += "\n## This run\n\n" + notes.read_text()
    (out_dir / "README.md").write_text(card)
    print(f"exported {'step ' + str(step) if step else checkpoint} to {out_dir}")
    return out_dir


def write_lexicon(out_dir: Path, *, n: int = 30_000, seed: int = 0) -> Path:
    """The reply lexicon (`model.copying`): the words of the reply templates, and words the
    training replies use that their prompt does not hold in at least one reply in a thousand,
    i.e. the model's own phrasing, never a shop's facts (rarer ones are facts the shopper
    misspelled). Serving then lets a reply use only these and the words of its prompt."""
    import re
    from collections import Counter

    from model.copying import LEXICON_FILE, words
    from model.dialogues import _REPLY, DialogueGenerator

    counts: Counter[str] = Counter()
    gen = DialogueGenerator(seed)
    for _ in range(n):
        example = gen.example()
        prompt = words("\n".join(m["content"] for m in example.prompt.messages))
        counts.update(w for w in words(example.reply, lower=False) if w.lower() not in prompt)
    min_count = max(1, n // 1000)
    kept = {w for w, c in counts.items() if c >= min_count}
    kept |= words(re.sub(r"\{\w+\}", " ", " ".join(_REPLY.values())), lower=False)
    path = out_dir / LEXICON_FILE
    path.write_text(f"# words of this model's replies beyond their prompt ({n} generated "
                    f"dialogues, seen at least {min_count} times, and the reply templates)\n"
                    + "\n".join(sorted(kept)) + "\n")
    return path


def model_card(shape: ModelShape, train_options: dict, n_params: int, history: list[dict],
               seconds: float, accuracy: dict | None, *,
               hardware: str = EARLIER_HARDWARE) -> str:
    """The README of an exported model: what it is, how it was trained, how well it answers."""
    step = history[-1]["step"] if history else 0
    last = [h["loss"] for h in history[-50:]]
    val = [h for h in history if "val_loss" in h]
    lines = [
        "# Bundled language model",
        "",
        "A small Mixtral-architecture mixture-of-experts model that answers shoppers from the",
        "facts in its prompt (`model.prompt.build_messages`). It knows no shop: it was trained",
        "on generated dialogues about random shops (`model/dialogues.py`) so that it copies",
        "names, prices, stock, order states and policy answers from its context, and says it",
        "does not know when the context lacks them. Serving adds decoding that only lets",
        "numbers and ids into a reply when the context holds them (`model/copying.py`).",
        "",
        "Load it with `transformers.AutoModelForCausalLM.from_pretrained(this_folder)` and",
        "`AutoTokenizer.from_pretrained(this_folder)`; the tokenizer holds the chat template",
        "`<|system|>...<|end|><|user|>...<|end|><|assistant|>...<|end|>`.",
        "",
        "## Shape",
        "",
        f"- {n_params / 1e6:.2f}M parameters: {shape.layers} layers, width {shape.hidden_size},"
        f" {shape.heads} attention heads, {shape.experts} experts of width {shape.expert_size}"
        f" per layer, top-{shape.experts_per_token} routing, tied embeddings, up to"
        f" {shape.max_positions} positions.",
        f"- Tokenizer: SentencePiece unigram, {shape.vocab_size} pieces plus a newline piece,"
        " every digit its own piece, byte fallback (`spm.model` is the trained model;"
        " `tokenizer.json` wraps its pieces for transformers).",
        "",
        "## Training",
        "",
        f"- Data: an endless stream of generated dialogues, {train_options['batch_size']} a"
        " step, loss on the assistant's replies only (earlier replies too when they are"
        " grounded in the same facts).",
        f"- AdamW (betas 0.9/0.95, weight decay {train_options['weight_decay']}), peak learning"
        f" rate {train_options['lr']}, {train_options['warmup_steps']} warm-up steps, cosine"
        f" decay to {train_options['min_lr']} over "
        + (f"{train_options['budget_hours']} hours of training time,"
           if train_options.get("budget_hours") else f"{train_options['decay_steps']} steps,")
        + " gradient clipping at 1.0, router load-balancing loss"
        f" {train_options['router_aux_loss']}.",
        f"- {step} steps in {seconds / 3600:.2f} hours on {hardware}.",
        f"- Reply loss, mean of the last 50 steps: {sum(last) / max(len(last), 1):.3f}"
        + (f"; on held-out dialogues: {val[-1]['val_loss']:.3f}." if val else "."),
        "- `loss.png`: the loss curve.",
        "",
        "Reproduce: `shopdesk train-lm --run-dir runs/lm` (resumes from its checkpoint), then",
        "`shopdesk train-lm --run-dir runs/lm --export --measure 200`.",
        "",
        "## Accuracy",
        "",
    ]
    if accuracy:
        plain = accuracy.get("plain_decoding") or {}

        def both(key: str, fmt: str = "{:.1%}") -> str:
            return " | ".join(fmt.format(a[key]) if key in a else "-" for a in (accuracy, plain))

        def intent(k: str) -> str:
            return " | ".join(f"{a['by_intent'][k]['pass']:.0%}" if k in a.get("by_intent", {})
                              else "-" for a in (accuracy, plain))

        lines += [
            f"Measured on {accuracy['cases']} generated cases of the held-out vocabulary"
            " (brands, products, colors, materials and shopper phrasings not used in"
            " training), greedy decoding, two ways: **served** is the serving engine with its"
            " copying constraints (`model/copying.py`: figures only from the facts; reply"
            " words only from the facts, the conversation and `reply_words.txt`; a copied"
            " phrase runs to its end with the prompt's own separators), which is what the"
            " server sends; **plain** is transformers `generate()` on the weights alone.",
            "",
            "| | served | plain |",
            "|---|---|---|",
            "| all expected facts present, none forbidden, no invented number | "
            f"{both('pass_rate')} |",
            f"| exact price in price questions ({accuracy['price_cases']}) | "
            f"{both('price_correct')} |",
            "| the asked product's exact name in product questions "
            f"({accuracy['product_name_cases']}) | {both('product_name_correct')} |",
            f"| replies with a number that the prompt does not hold | "
            f"{both('invented_number_rate')} |",
            "",
            "| case | n | served | plain |",
            "|---|---|---|---|",
            *(f"| {k} | {v['n']} | {intent(k)} |" for k, v in accuracy["by_intent"].items()),
            "",
            "Reproduce: `python -m model.accuracy --model model/weights/lm --n"
            f" {accuracy['cases']} --seed {accuracy['seed']} [--decoding plain]`.",
        ]
        seen = accuracy.get("training_vocabulary")
        if seen:
            lines += [
                "",
                "For contrast, new random shops drawn from the training word lists and"
                " phrasings (`--train-vocabulary`): all facts right"
                f" {seen['pass_rate']:.1%}, exact price {seen['price_correct']:.1%},"
                f" exact name {seen['product_name_correct']:.1%}, invented numbers"
                f" {seen['invented_number_rate']:.1%}.",
            ]
    else:
        lines.append("Not measured for this export; run `python -m model.accuracy`.")
    return "\n".join(lines) + "\n"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--run-dir", type=Path, default=Path("runs/lm"))
    parser.add_argument("--steps", type=int, default=100_000, help="stop after this many steps")
    parser.add_argument("--minutes", type=float, default=float("inf"),
                        help="stop after this many minutes of this invocation")
    parser.add_argument("--checkpoint-minutes", type=float, default=5.0)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--device", default="cpu", help="cpu, or cuda where a GPU is present")
    parser.add_argument("--workers", type=int, default=0,
                        help="processes drawing training dialogues (0: in the training loop)")
    parser.add_argument("--batch-size", type=int, default=TrainOptions.batch_size)
    parser.add_argument("--lr", type=float, default=TrainOptions.lr)
    parser.add_argument("--min-lr", type=float, default=TrainOptions.min_lr,
                        help="the learning rate at the end of the decay")
    parser.add_argument("--decay-steps", type=int, default=TrainOptions.decay_steps)
    parser.add_argument("--budget-hours", type=float, default=0.0,
                        help="decay the learning rate over this many hours of training time")
    parser.add_argument("--seed", type=int, default=TrainOptions.seed)
    parser.add_argument("--invented", type=float, default=TrainOptions.invented,
                        help="share of product words replaced by invented ones (copy practice)")
    parser.add_argument("--long-names", type=float, default=TrainOptions.long_names,
                        help="share of products named with a model code, several kind words "
                             "or a size (\"Pacewise Nav 530 GPS Computer\")")
    parser.add_argument("--measured", type=float, default=TrainOptions.measured,
                        help="share of products given measured attributes (\"max load 25 kg\")")
    parser.add_argument("--hidden-size", type=int, default=ModelShape.hidden_size)
    parser.add_argument("--layers", type=int, default=ModelShape.layers)
    parser.add_argument("--expert-size", type=int, default=ModelShape.expert_size)
    parser.add_argument("--vocab-size", type=int, default=ModelShape.vocab_size)
    parser.add_argument("--export", action="store_true",
                        help="write the checkpoint to --out instead of training")
    parser.add_argument("--checkpoint", type=Path, default=None,
                        help="with --export: a weights-*.pt file instead of the latest")
    parser.add_argument("--out", type=Path, default=WEIGHTS_DIR)
    parser.add_argument("--init", type=Path, default=None,
                        help="start from an exported model folder (its tokenizer and weights)")
    parser.add_argument("--lexicon", action="store_true",
                        help="only (re)write the reply lexicon of the model in --out")
    parser.add_argument("--measure", type=int, default=0,
                        help="with --export: score the export on this many held-out cases")


def run(args: argparse.Namespace) -> int:
    if args.lexicon:
        print(f"wrote {write_lexicon(args.out)}")
        return 0
    if args.export:
        export(args.run_dir, args.out, args.checkpoint, measure_cases=args.measure)
        return 0
    shape = ModelShape(vocab_size=args.vocab_size, hidden_size=args.hidden_size,
                       layers=args.layers, expert_size=args.expert_size)
    opts = TrainOptions(batch_size=args.batch_size, lr=args.lr, min_lr=args.min_lr,
                        decay_steps=args.decay_steps,
                        budget_hours=args.budget_hours, seed=args.seed,
                        invented=args.invented, long_names=args.long_names,
                        measured=args.measured)
    train(args.run_dir, shape, opts, max_steps=args.steps, max_minutes=args.minutes,
          checkpoint_minutes=args.checkpoint_minutes, threads=args.threads, init=args.init,
          device=args.device, workers=args.workers)
    return 0


if __name__ == "__main__":
    _parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_arguments(_parser)
    raise SystemExit(run(_parser.parse_args()))
