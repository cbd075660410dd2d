"""`shopdesk train-asr`: the recipe for the bundled Conformer-CTC recognizer.

  shopdesk train-asr prepare  --data runs/asr     SentencePiece units + held-out eval sets
  shopdesk train-asr generate --data runs/asr     synthesized, augmented training shards
  shopdesk train-asr fit      --data runs/asr     train (resumes from runs/asr/ckpt/last.pt)
  shopdesk train-asr export   --data runs/asr     best checkpoint -> speech/weights/
  shopdesk train-asr lm                           unit language model -> speech/weights/
  shopdesk train-asr clips    --out DIR           clips for measuring (held-out voices)

`generate` and `fit` may run at the same time: `fit` picks up new shards at every pass.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import shutil
import time

import torch
import torch.nn.functional as F
from safetensors.torch import load_file, save_file
from tqdm import tqdm

from speech import corpus
from speech.conformer import ConformerConfig, ConformerCTC, count_parameters
from speech.decoder import greedy
from speech.lm import FILE_NAME as LM_FILE
from speech.lm import UnitLM
from speech.scoring import error_rates
from speech.synth import TextSampler
from speech.tokenizer import Units

WEIGHTS_DIR = os.path.join(os.path.dirname(__file__), "weights")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="stage", required=True)
    prep = sub.add_parser("prepare", help="train SentencePiece units and write eval sets")
    prep.add_argument("--vocab-size", type=int, default=256)
    prep.add_argument("--eval-size", type=int, default=150)
    prep.add_argument("--units-type", default="unigram", choices=["unigram", "bpe", "char"])
    prep.add_argument("--units-only", action="store_true", help="skip the eval sets")
    gen = sub.add_parser("generate", help="write training shards")
    gen.add_argument("--shards", type=int, default=200)
    gen.add_argument("--shard-size", type=int, default=250)
    gen.add_argument("--seed", type=int, default=1)
    gen.add_argument("--messages", type=float, default=0.5,
                     help="share of utterances that are shopper messages of the language "
                          "model's training dialogues (more phrasings than the templates)")
    gen.add_argument("--english", type=float, default=0.0,
                     help="share of utterances that are ordinary English sentences (WordNet's "
                          "examples; the rest split by --messages)")
    fit = sub.add_parser("fit", help="train, resuming from the last checkpoint")
    fit.add_argument("--hours", type=float, default=2.0, help="stop after this much time")
    fit.add_argument("--d-model", type=int, default=144)
    fit.add_argument("--layers", type=int, default=8)
    fit.add_argument("--heads", type=int, default=4)
    fit.add_argument("--ffn", type=int, default=576)
    fit.add_argument("--batch-windows", type=int, default=48, help="chunk windows per step")
    fit.add_argument("--lr", type=float, default=1.5e-3)
    fit.add_argument("--warmup", type=int, default=600)
    fit.add_argument("--hold", type=int, default=3000,
                     help="steps at the peak learning rate before inverse-sqrt decay")
    fit.add_argument("--eval-every", type=int, default=200)
    fit.add_argument("--threads", type=int, default=1)
    fit.add_argument("--device", default="cpu", help="cpu, or cuda where a GPU is present")
    fit.add_argument("--run", default=None, help="checkpoint folder (default: DATA/ckpt)")
    fit.add_argument("--units", default=None, help="SentencePiece model (default DATA/spm.model)")
    fit.add_argument("--init", default=None,
                     help="start from an exported weights folder (e.g. speech/weights) instead "
                          "of random weights; its units.model is used")
    fit.add_argument("--specaug-after", type=int, default=0,
                     help="start SpecAugment after this many steps (CTC learns alignments "
                          "sooner on clean features)")
    fix = sub.add_parser("fixtures", help="write small held-out clips for the tests")
    fix.add_argument("--out", default="tests/speech/fixtures")
    fix.add_argument("--size", type=int, default=4)
    for name, helps in (("store-clips", "clips of callers asking about a store's products"),
                        ("clips", "clips for measuring: held-out voices (or training voices) "
                                  "reading generated or given sentences")):
        clips = sub.add_parser(name, help=helps)
        clips.add_argument("--store", required=name == "store-clips",
                           help="store folder (STORE.md format): callers ask about its products")
        clips.add_argument("--out", required=True)
        clips.add_argument("--size", type=int, default=100)
        clips.add_argument("--seed", type=int, default=21)
        clips.add_argument("--telephone", action="store_true", help="8 kHz mu-law files")
        clips.add_argument("--sentences", default=None,
                           help="read these: a text file (a sentence a line) or a JSONL of "
                                "answer cases (each case's first turn)")
        clips.add_argument("--messages", type=float, default=0.0,
                           help="share of generated sentences that are dialogue messages")
        clips.add_argument("--english", type=float, default=0.0,
                           help="share of generated sentences that are English sentences kept "
                                "out of training (WordNet's examples)")
        clips.add_argument("--training-voices", action="store_true",
                           help="training voices instead of held-out ones (a development set)")
    lm = sub.add_parser("lm", help="train the unit language model of the beam search")
    lm.add_argument("--units", default=os.path.join(WEIGHTS_DIR, "units.model"))
    lm.add_argument("--out", default=os.path.join(WEIGHTS_DIR, LM_FILE))
    lm.add_argument("--sentences", type=int, default=300_000)
    lm.add_argument("--order", type=int, default=6)
    lm.add_argument("--min-count", type=int, default=2,
                    help="n-grams of order 3 and up seen fewer times are pruned")
    lm.add_argument("--messages", type=float, default=0.5,
                    help="share of sentences that are dialogue messages")
    lm.add_argument("--english", type=float, default=0.0,
                    help="share of utterances that are ordinary English sentences (WordNet's "
                         "examples; the rest split by --messages)")
    lm.add_argument("--seed", type=int, default=1001)
    exp = sub.add_parser("export", help="copy the best checkpoint into a weights folder")
    exp.add_argument("--out", default=WEIGHTS_DIR)
    exp.add_argument("--run", default=None, help="checkpoint folder (default: DATA/ckpt)")
    exp.add_argument("--checkpoint", default=None,
                     help="a checkpoint file to export instead of the run's best.pt")
    exp.add_argument("--chunk-frames", type=int, default=0,
                     help="streaming chunk for the exported config (0: as trained)")
    exp.add_argument("--left-frames", type=int, default=0,
                     help="left context for the exported config (0: as trained)")
    for p in (prep, gen, fit, fix, exp):
        p.add_argument("--data", default="runs/asr", help="corpus and checkpoint folder")


def run(args: argparse.Namespace) -> int:
    torch.set_num_threads(getattr(args, "threads", 1))
    if args.stage == "prepare":
        name = "spm" if args.units_type == "unigram" else f"spm_{args.units_type}"
        corpus.train_tokenizer(args.data, args.vocab_size, model_type=args.units_type,
                               name=name)
        if not args.units_only:
            corpus.generate_eval(args.data, size=args.eval_size)
    elif args.stage == "generate":
        corpus.generate_train(args.data, shards=args.shards, shard_size=args.shard_size,
                              seed=args.seed, messages=args.messages,
                              english=args.english)
    elif args.stage == "fit":
        fit(args)
    elif args.stage == "fixtures":
        corpus.write_clips(os.path.join(args.out, "clean"), size=args.size, seed=11,
                           telephone=False, clean_format="FLAC")
        corpus.write_clips(os.path.join(args.out, "phone"), size=args.size, seed=12,
                           telephone=True)
    elif args.stage in ("store-clips", "clips"):
        write_measuring_clips(args)
    elif args.stage == "lm":
        units = Units(args.units)
        sampler = TextSampler(random.Random(args.seed), messages=args.messages,
                              english=args.english)
        sentences = (units.encode(sampler.sample().text) for _ in range(args.sentences))
        UnitLM.train(sentences, vocab=units.size, order=args.order,
                     min_count=args.min_count).save(args.out)
        print(f"wrote {args.out}")
    elif args.stage == "export":
        export(args.data, args.out, run=args.run, chunk_frames=args.chunk_frames,
               left_frames=args.left_frames, checkpoint=args.checkpoint)
    return 0


def write_measuring_clips(args: argparse.Namespace) -> None:
    names: list[str] = []
    if args.store:
        from retrieval.store import load_store

        names = [p.name for p in load_store(args.store).products]
    sentences: list[str] = []
    if args.sentences:
        with open(args.sentences) as f:
            lines = [line.strip() for line in f if line.strip()]
        sentences = [json.loads(line)["turns"][0] if line.startswith("{") else line
                     for line in lines]
    elif args.messages or args.english:
        sampler = TextSampler(random.Random(args.seed), names, messages=args.messages,
                              english=args.english, development=True)
        sentences = [sampler.sample().text for _ in range(args.size)]
    feats, texts, voices = corpus.write_clips(
        args.out, size=args.size, seed=args.seed, telephone=args.telephone, products=names,
        sentences=sentences, held_out=not args.training_voices)
    corpus.write_shard(os.path.join(args.out, "feats.pt"), feats, texts, voices)


# ---------------------------------------------------------------- training


def spec_augment(feats: torch.Tensor, fill: torch.Tensor, rng: random.Random) -> torch.Tensor:
    """Two frequency and up to two time masks, filled with the feature mean."""
    feats = feats.clone()
    t, f = feats.shape
    for _ in range(2):
        width = rng.randint(0, 12)
        start = rng.randint(0, f - width)
        feats[:, start : start + width] = fill[start : start + width]
    for _ in range(2):
        width = rng.randint(0, min(25, t // 10))
        start = rng.randint(0, max(0, t - width))
        feats[start : start + width] = fill
    return feats


def batches(shard: dict, cfg: ConformerConfig, budget: int, rng: random.Random):
    """Groups of utterances whose chunk windows add up to about `budget`."""
    order = list(range(len(shard["texts"])))
    rng.shuffle(order)
    group, used = [], 0
    for i in order:
        n_windows = math.ceil(math.ceil(shard["feats"][i].shape[0] / 4) / cfg.chunk_frames)
        if group and used + n_windows > budget:
            yield group
            group, used = [], 0
        group.append(i)
        used += n_windows
    if group:
        yield group


def ctc_step(model: ConformerCTC, units: Units, feats: list[torch.Tensor],
             texts: list[str]) -> torch.Tensor:
    logp, lengths = model(feats)  # (B, N, V)
    targets = [torch.tensor(units.encode(t), dtype=torch.long) for t in texts]
    target_lengths = torch.tensor([len(t) for t in targets])
    return F.ctc_loss(logp.transpose(0, 1), torch.cat(targets).to(logp.device), lengths,
                      target_lengths, blank=model.cfg.blank, zero_infinity=True)


@torch.no_grad()
def score(model: ConformerCTC, units: Units, data: dict) -> tuple[float, float]:
    model.eval()
    device = model.feat_mean.device
    hyps = [units.decode(greedy(model.encode(f.float().to(device)).cpu(), model.cfg.blank))
            for f in data["feats"]]
    model.train()
    return error_rates(data["texts"], hyps)


def feature_stats(shard: dict) -> tuple[torch.Tensor, torch.Tensor]:
    allf = torch.cat([f.float() for f in shard["feats"]])
    return allf.mean(0), allf.std(0).clamp(min=1e-3)


def plot_curve(history: dict, path: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(11, 4))
    steps, losses = zip(*history["loss"], strict=True) if history["loss"] else ((), ())
    ax1.plot(steps, losses)
    ax1.set_xlabel("step")
    ax1.set_ylabel("CTC loss (train, smoothed)")
    ax1.set_yscale("log")
    for name in history["evals"][0]["wer"] if history["evals"] else []:
        ax2.plot([e["step"] for e in history["evals"]],
                 [100 * e["wer"][name] for e in history["evals"]], marker="o", label=name)
    ax2.set_xlabel("step")
    ax2.set_ylabel("WER % (held-out voices, greedy)")
    ax2.legend()
    ax2.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=90)
    plt.close(fig)


def fit(args: argparse.Namespace) -> None:
    data_dir = args.data
    ckpt_dir = args.run or os.path.join(data_dir, "ckpt")
    os.makedirs(ckpt_dir, exist_ok=True)
    units_path = args.units or os.path.join(data_dir, "spm.model")
    if getattr(args, "init", None):
        units_path = os.path.join(args.init, "units.model")
    units = Units(units_path)
    evals = {s.name: corpus.load_shard(os.path.join(data_dir, "eval", s.name, "feats.pt"))
             for s in corpus.EVAL_SETS}
    last = os.path.join(ckpt_dir, "last.pt")
    if os.path.exists(last):
        state = torch.load(last, weights_only=False)
        cfg = ConformerConfig(**state["config"])
    elif getattr(args, "init", None):
        state = None
        with open(os.path.join(args.init, "config.json")) as f:
            cfg = ConformerConfig.from_json(f.read())
    else:
        state = None
        cfg = ConformerConfig(vocab_size=units.size, d_model=args.d_model, n_layers=args.layers,
                              n_heads=args.heads, ffn_dim=args.ffn)
    model = ConformerCTC(cfg)
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=1e-3)
    history = {"loss": [], "evals": [], "best": None, "seconds": 0.0, "audio_seconds": 0.0}
    step = 0
    if state is not None:
        model.load_state_dict(state["model"])
        history, step = state["history"], state["step"]
        print(f"resumed at step {step}")
    elif getattr(args, "init", None):
        weights = load_file(os.path.join(args.init, "model.safetensors"))
        model.load_state_dict({k: v.float() if v.is_floating_point() else v
                               for k, v in weights.items()})
        print(f"initialized from {args.init}")
        history["init"] = args.init
    else:
        shards = corpus.train_shards(data_dir)
        assert shards, "no training shards yet: run `shopdesk train-asr generate` first"
        mean, std = feature_stats(corpus.load_shard(shards[0]))
        model.feat_mean.copy_(mean)
        model.feat_std.copy_(std)
    device = torch.device(getattr(args, "device", "cpu"))
    model.to(device)
    if state is not None:
        opt.load_state_dict(state["optimizer"])  # after the move: its state follows the device
    fill = model.feat_mean.cpu()  # SpecAugment's mask value (features stay on the CPU till then)
    print(f"model: {count_parameters(model) / 1e6:.2f} M parameters, {cfg}, on {device}")

    def lr_at(s: int) -> float:
        s = max(1, s)
        return args.lr * min(1.0, s / args.warmup) * min(1.0, math.sqrt(args.hold / s))

    def save(path: str) -> None:
        tmp = path + ".tmp"
        torch.save({"config": json.loads(cfg.to_json()), "units": units_path,
                    "model": {k: v.cpu() for k, v in model.state_dict().items()},
                    "optimizer": opt.state_dict(), "history": history, "step": step}, tmp)
        os.replace(tmp, path)

    history["eval_clips"] = len(next(iter(evals.values()))["texts"])
    history["setup"] = (f"device {device}, {args.batch_windows} chunk windows a step, peak "
                        f"learning rate {args.lr:g}, SpecAugment from step {args.specaug_after}, "
                        f"voices of {', '.join(corpus.installed_engines())}")
    rng = random.Random(step)
    started = time.time()
    base_seconds = history["seconds"]
    smooth = None
    bar = tqdm(desc="fit", initial=step, mininterval=30)
    model.train()
    while time.time() - started < args.hours * 3600:
        shards = corpus.train_shards(data_dir)
        rng.shuffle(shards)
        for path in shards:
            shard = corpus.load_shard(path)
            for group in batches(shard, cfg, args.batch_windows, rng):
                feats = [shard["feats"][i].float() for i in group]
                if step >= args.specaug_after:
                    feats = [spec_augment(f, fill, rng) for f in feats]
                feats = [f.to(device, non_blocking=True) for f in feats]
                for g in opt.param_groups:
                    g["lr"] = lr_at(step)
                loss = ctc_step(model, units, feats, [shard["texts"][i] for i in group])
                opt.zero_grad()
                loss.backward()
                torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
                opt.step()
                step += 1
                history["audio_seconds"] += sum(f.shape[0] for f in feats) / 100
                smooth = loss.item() if smooth is None else 0.98 * smooth + 0.02 * loss.item()
                bar.update(1)
                if step % 20 == 0:
                    history["loss"].append((step, smooth))
                    bar.set_postfix(loss=f"{smooth:.3f}", lr=f"{lr_at(step):.2e}")
                if step % args.eval_every == 0:
                    history["seconds"] = base_seconds + time.time() - started
                    evaluate_and_save(model, units, evals, history, step, save, ckpt_dir)
                    plot_curve(history, os.path.join(ckpt_dir, "curve.png"))
                if time.time() - started >= args.hours * 3600:
                    break
            else:
                continue
            break
    history["seconds"] = base_seconds + time.time() - started
    evaluate_and_save(model, units, evals, history, step, save, ckpt_dir)
    plot_curve(history, os.path.join(ckpt_dir, "curve.png"))


def evaluate_and_save(model, units, evals, history, step, save, ckpt_dir) -> None:
    wers, cers = {}, {}
    for name, data in evals.items():
        wers[name], cers[name] = score(model, units, data)
    mean_wer = sum(wers.values()) / len(wers)
    mean_cer = sum(cers.values()) / len(cers)
    record = {"step": step, "wer": wers, "cer": cers, "hours": history["seconds"] / 3600,
              "audio_hours": history["audio_seconds"] / 3600}
    history["evals"].append(record)
    print(json.dumps(record), flush=True)
    best = history["best"]
    # Word errors decide; character errors break ties (early on every word is wrong).
    if best is None or (mean_wer, mean_cer) < (best["mean_wer"], best.get("mean_cer", 1e9)):
        history["best"] = {**record, "mean_wer": mean_wer, "mean_cer": mean_cer}
    save(os.path.join(ckpt_dir, "last.pt"))
    if history["best"]["step"] == step:
        save(os.path.join(ckpt_dir, "best.pt"))


# ---------------------------------------------------------------- export


def export(data_dir: str, out_dir: str, *, run: str | None = None, chunk_frames: int = 0,
           left_frames: int = 0, checkpoint: str | None = None) -> None:
    """Best (or a given) checkpoint -> weights folder. A different chunk/left split that
    keeps the trained window (chunk + left) gives the newest frames the same right context
    they had in training while producing partials more often."""
    path = checkpoint or os.path.join(run or os.path.join(data_dir, "ckpt"), "best.pt")
    state = torch.load(path, weights_only=False)
    if chunk_frames:
        state["config"]["chunk_frames"] = chunk_frames
    if left_frames:
        state["config"]["left_frames"] = left_frames
    os.makedirs(out_dir, exist_ok=True)
    # float16 on disk halves the repository's size; the recognizer computes in float32.
    weights = {k: (v.half() if v.is_floating_point() else v).contiguous()
               for k, v in state["model"].items()}
    save_file(weights, os.path.join(out_dir, "model.safetensors"))
    with open(os.path.join(out_dir, "config.json"), "w") as f:
        json.dump(state["config"], f, indent=2)
    units_path = state.get("units") or os.path.join(data_dir, "spm.model")
    shutil.copy(units_path, os.path.join(out_dir, "units.model"))
    history = state["history"]
    best = history["best"]
    with open(os.path.join(out_dir, "training.json"), "w") as f:
        json.dump({"best": best, "evals": history["evals"], "step": state["step"]}, f, indent=1)
    with open(os.path.join(out_dir, "README.md"), "w") as f:
        f.write(model_card(state, best))
    print(f"exported step {state['step']} (best {best}) to {out_dir}")


def model_card(state: dict, best: dict) -> str:
    cfg = state["config"]
    history = state["history"]
    params = sum(v.numel() for v in state["model"].values() if v.is_floating_point())
    wer = {k: f"{100 * v:.1f}%" for k, v in best["wer"].items()}
    cer = {k: f"{100 * v:.1f}%" for k, v in best["cer"].items()}
    return f"""# Bundled speech recognizer: streaming Conformer-CTC

Files: `model.safetensors` (state dict, float16; computed in float32), `config.json`
(`speech.conformer.ConformerConfig`), `units.model` (SentencePiece, {cfg['vocab_size']} units;
the CTC blank is id {cfg['vocab_size']}), `training.json` (every evaluation of the run).

## Model
torchaudio `Conformer`, {cfg['n_layers']} layers, width {cfg['d_model']}, {cfg['n_heads']} heads,
feed-forward {cfg['ffn_dim']}, depthwise kernel {cfg['conv_kernel']}, behind two stride-2
conv2d layers (4x time reduction) over 80 log-mel bins; {params / 1e6:.2f} M parameters.
Streaming: chunks of {cfg['chunk_frames']} encoder frames ({cfg['chunk_frames'] * 40} ms), each
encoded with {cfg['left_frames']} frames ({cfg['left_frames'] * 40} ms) of left context;
training, offline decoding and streaming all use this same windowing.

## How it was trained
`shopdesk train-asr prepare|generate|fit|export` (see `speech/train.py`): synthetic
shopper utterances (randomized product names, order ids, prices, numbers, spelled e-mail
addresses) spoken by Debian's espeak-ng (English accents x voice variants), flite and festival
voices, with speed, gain, noise, reverberation and 8 kHz telephone (mu-law) augmentation.
CTC loss, AdamW, SpecAugment. {f"Continued from the weights in `{history['init']}`. " if history.get('init') else ""}This checkpoint: step {state['step']} of the run, best at
step {best['step']} after {best['hours']:.2f} h of training on {best['audio_hours']:.1f} h of
audio passes ({history.get('setup', 'settings not recorded')}).

## Measured accuracy (held-out voices: never heard in training)
Voices held out: espeak-ng accent en-gb-x-gbcwmd, variants m7 and f4 on every accent,
flite `rms`, festival `ked_diphone`. {history.get('eval_clips', 150)} utterances each; greedy CTC decoding.

| set | WER | CER |
|---|---|---|
""" + "".join(f"| {k} | {wer[k]} | {cer[k]} |\n" for k in wer) + """
`heldout_phone` is the 8 kHz G.711 mu-law telephone path. These are synthetic voices:
expect higher error rates on human callers; for production accuracy bring a pretrained
CTC checkpoint through `speech.hf.HFRecognizer`.

Reproduce: `shopdesk eval asr --manifest runs/asr/eval/heldout_clean/manifest.jsonl`.
"""
