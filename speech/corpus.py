"""The precomputed training corpus on disk: synthesized, augmented utterances as log-mel shards.

Layout under the data folder (git-ignored, e.g. runs/asr/):
  spm.model / spm.vocab         SentencePiece units trained on sampled transcripts
  train/shard-SSSS-NNNNN.pt     {"feats": [float16 (T, n_mels)], "texts": [...], "voices": [...]}
  eval/<name>/manifest.jsonl    held-out voices: {"audio": "x.wav", "text": ...} per line
  eval/<name>/feats.pt          the same clips as features, for quick scoring during training
"""

from __future__ import annotations

import glob
import json
import os
import random
import shutil
from collections.abc import Sequence
from dataclasses import dataclass

import sentencepiece as spm
import soundfile
import torch
from tqdm import tqdm

from speech.audio import decode_file, log_mel, resample, to_model_rate
from speech.synth import (
    AugmentOptions,
    TextSampler,
    Utterance,
    Voice,
    all_voices,
    augment,
    normalize_text,
    synthesize,
)

ENGINE_WEIGHTS = {"espeak": 0.6, "flite": 0.25, "festival": 0.15}
ENGINE_PROGRAMS = {"espeak": "espeak-ng", "flite": "flite", "festival": "text2wave"}


def installed_engines() -> list[str]:
    return [e for e, program in ENGINE_PROGRAMS.items() if shutil.which(program)]


def installed_voices(*, held_out: bool) -> list[Voice]:
    """The training (or held-out) voices whose synthesizer is installed here."""
    engines = installed_engines()
    return [v for v in all_voices() if v.held_out == held_out and v.engine in engines]


def pick_voice(voices: list[Voice], rng: random.Random) -> Voice:
    engines = sorted({v.engine for v in voices})
    weights = [ENGINE_WEIGHTS.get(e, 0.1) for e in engines]
    engine = rng.choices(engines, weights)[0]
    return rng.choice([v for v in voices if v.engine == engine])


def speak(voice: Voice, spoken: str, rng: random.Random) -> torch.Tensor:
    speed = rng.uniform(0.85, 1.2)
    pitch = rng.randint(30, 70)
    return synthesize(voice, spoken, speed=speed, pitch=pitch)


def train_tokenizer(data_dir: str, vocab_size: int, n_sentences: int = 60000,
                    seed: int = 1, model_type: str = "unigram", name: str = "spm") -> str:
    os.makedirs(data_dir, exist_ok=True)
    sampler = TextSampler(random.Random(seed))
    text_path = os.path.join(data_dir, "spm_text.txt")
    with open(text_path, "w") as f:
        for _ in range(n_sentences):
            f.write(sampler.sample().text + "\n")
    prefix = os.path.join(data_dir, name)
    spm.SentencePieceTrainer.train(
        input=text_path, model_prefix=prefix, vocab_size=vocab_size, model_type=model_type,
        character_coverage=1.0, bos_id=-1, eos_id=-1, unk_id=0, num_threads=1,
        minloglevel=2, hard_vocab_limit=model_type != "char",
    )
    return prefix + ".model"


def write_shard(path: str, feats: list[torch.Tensor], texts: list[str], voices: list[str]) -> None:
    tmp = path + ".tmp"
    torch.save({"feats": [f.half() for f in feats], "texts": texts, "voices": voices}, tmp)
    os.replace(tmp, path)  # readers never see half-written shards


def generate_train(data_dir: str, *, shards: int, shard_size: int, seed: int,
                   opts: AugmentOptions | None = None, messages: float = 0.0,
                   english: float = 0.0) -> None:
    """Write training shards from training voices; skips shards that already exist.
    `messages`: the share of shopper messages from the language model's dialogues;
    `english`: the share of ordinary English sentences (`speech.synth.english_sentences`)."""
    opts = opts or AugmentOptions()
    voices = installed_voices(held_out=False)
    assert voices, "no speech synthesizer found: run `bash run.sh setup-train`"
    out = os.path.join(data_dir, "train")
    os.makedirs(out, exist_ok=True)
    for s in range(shards):
        path = os.path.join(out, f"shard-{seed:04d}-{s:05d}.pt")
        if os.path.exists(path):
            continue
        rng = random.Random(seed * 1_000_003 + s)
        sampler = TextSampler(rng, messages=messages, english=english)
        feats, texts, names = [], [], []
        for _ in tqdm(range(shard_size), desc=f"shard {s}", mininterval=30):
            utt = sampler.sample()
            voice = pick_voice(voices, rng)
            try:
                wave = augment(speak(voice, utt.spoken, rng), rng, opts)
            except Exception as e:  # a synthesizer may refuse odd text; skip the line
                print(f"skip {voice.key}: {e}")
                continue
            feats.append(log_mel(wave))
            texts.append(utt.text)
            names.append(voice.key)
        write_shard(path, feats, texts, names)


@dataclass(frozen=True)
class EvalSet:
    name: str
    telephone: bool  # 8 kHz mu-law files instead of 16 kHz PCM
    noisy: bool


EVAL_SETS = (EvalSet("heldout_clean", False, False), EvalSet("heldout_phone", True, False))


def write_clips(out: str, *, size: int, seed: int, telephone: bool,
                clean_format: str = "WAV", products: Sequence[str] = (),
                sentences: Sequence[str] = (), held_out: bool = True
                ) -> tuple[list[torch.Tensor], list[str], list[str]]:
    """Held-out voices reading random utterances, as files + manifest.jsonl in `out`.

    Telephone clips are stored as the gateway sends them (8 kHz G.711 mu-law WAV); clean
    ones as 16 kHz PCM16 (`clean_format` "WAV" or "FLAC"). With `products` (a shop's product
    names) the callers ask about those products; with `sentences` they read those instead
    of generated ones (the first `size`); `held_out=False` takes the training voices (a
    development set). Returns features, texts, voices.
    """
    voices = installed_voices(held_out=held_out)
    os.makedirs(out, exist_ok=True)
    rng = random.Random(seed)
    sampler = TextSampler(rng, products)
    feats, texts, lines = [], [], []
    for i in tqdm(range(min(size, len(sentences)) if sentences else size),
                  desc=os.path.basename(out), mininterval=30):
        utt = Utterance(normalize_text(sentences[i]), sentences[i]) if sentences \
            else sampler.sample()
        voice = pick_voice(voices, rng)
        wave = speak(voice, utt.spoken, rng)
        wave = torch.cat([torch.zeros(3200), wave / (wave.abs().max() + 1e-8) * 0.5,
                          torch.zeros(3200)])
        if telephone:
            name = f"{i:05d}.wav"
            soundfile.write(os.path.join(out, name),
                            resample(wave, 16000, 8000).clamp(-1, 1).numpy(), 8000,
                            subtype="ULAW")
        else:
            name = f"{i:05d}.{clean_format.lower()}"
            soundfile.write(os.path.join(out, name), wave.numpy(), 16000, format=clean_format,
                            subtype="PCM_16")
        with open(os.path.join(out, name), "rb") as f:
            stored, rate = decode_file(f.read())  # score exactly what the file holds
        feats.append(log_mel(to_model_rate(stored, rate)))
        texts.append(utt.text)
        lines.append({"audio": name, "text": utt.text, "voice": voice.key})
    with open(os.path.join(out, "manifest.jsonl"), "w") as f:
        for line in lines:
            f.write(json.dumps(line) + "\n")
    return feats, texts, [line["voice"] for line in lines]


def generate_eval(data_dir: str, *, size: int, seed: int = 7) -> None:
    """Held-out eval sets: files + manifest, and features for scoring during training."""
    for spec in EVAL_SETS:
        out = os.path.join(data_dir, "eval", spec.name)
        feats, texts, voices = write_clips(out, size=size, seed=seed + int(spec.telephone),
                                           telephone=spec.telephone)
        write_shard(os.path.join(out, "feats.pt"), feats, texts, voices)


def train_shards(data_dir: str) -> list[str]:
    return sorted(glob.glob(os.path.join(data_dir, "train", "shard-*.pt")))


def load_shard(path: str) -> dict:
    return torch.load(path, weights_only=True)
