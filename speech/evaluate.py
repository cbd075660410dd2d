"""`shopdesk eval asr --manifest FILE.jsonl`: accuracy and speed of streaming recognition.

Each manifest line is {"audio": "clip.wav", "text": "reference"} (paths relative to the
manifest). Every clip is streamed through a recognizer in wire-sized chunks, in the format a
gateway would send it (8 kHz mu-law WAVs as mu-law, other 8 or 16 kHz audio as PCM16, any
other rate resampled to 16 kHz PCM16), and the command prints one JSON object:
  wer, cer                 corpus error rates after text normalization
  rtf                      processing seconds per audio second (feed + finish), this process
  rtf_offline_baseline     the same for one-shot decoding of each whole clip (the baseline)
  final_latency_ms         p50/p95 of finish(): end of audio -> final transcript
  partial_interval_s       mean/max audio seconds between partial transcripts
  feed_ms_p95              p95 time one feed() call takes
With --endpointing, every clip is streamed a second time as a caller would: with the voice
activity detector and the endpointing rule on, followed by silence (and, with --pause-ms, with
a pause stretched into the middle of the sentence), and the report adds `endpointing`:
  final_after_speech_ms    p50/p95/max: where the voice really stops -> final transcript,
                           counting the silence the rule waits for and the compute
  cut_off                  share of clips whose turn ended before the caller finished
  missed                   share of clips whose turn never ended on its own
  wer                      WER of those endpointed transcripts
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import json
import os
import statistics
import sys
import time
from dataclasses import dataclass

import soundfile
import torch

from speech.audio import (
    decode_file,
    decode_mulaw,
    decode_pcm16,
    encode_mulaw,
    encode_pcm16,
    insert_pause,
    resample,
    speech_span,
)
from speech.decoder import MAX_HOTWORDS
from speech.scoring import error_counts


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--manifest", required=True, help="JSONL: {audio, text} per line")
    parser.add_argument("--weights", default=None, help="bundled-format weights folder")
    parser.add_argument("--hf", default=None, help="transformers CTC checkpoint (path or id)")
    parser.add_argument("--chunk-ms", type=int, default=20, help="wire chunk size")
    parser.add_argument("--limit", type=int, default=0, help="score only the first N clips")
    parser.add_argument("--threads", type=int, default=1, help="torch threads (1 = one core)")
    parser.add_argument("--hotwords", nargs="*", default=(), help="phrases to boost")
    parser.add_argument("--store", default=None,
                        help="also boost this store's product names, as the server does")
    parser.add_argument("--lm-weight", type=float, default=None,
                        help="weight of the unit language model (0: off; default: bundled)")
    parser.add_argument("--unit-bonus", type=float, default=None,
                        help="log-score per unit with the language model (default: bundled)")
    parser.add_argument("--errors", type=int, default=0, help="print this many worst clips")
    parser.add_argument("--endpointing", action="store_true",
                        help="also time end of speech -> final with the VAD and endpointing rule")
    parser.add_argument("--pause-ms", type=int, default=0,
                        help="with --endpointing: a mid-sentence pause of this length")
    parser.add_argument("--silence-ms", type=int, default=0,
                        help="with --endpointing: trailing silence rule (default: the bundled one)")
    parser.add_argument("--count-from", choices=["voice", "vad"], default=None,
                        help="with --endpointing: count silence from the sound or Silero")
    parser.add_argument("--complete-silence-ms", type=int, default=0,
                        help="with --endpointing: silence rule after words that sound finished")
    parser.add_argument("--sure-silence-ms", type=int, default=0,
                        help="with --endpointing: silence rule after finished-sounding words "
                             "that the unit language model also ends (see --sure-end-prob)")
    parser.add_argument("--sure-end-prob", type=float, default=None,
                        help="with --endpointing: P(end of utterance) from which it does")


@dataclass(frozen=True)
class Wire:
    """How a client sends a clip: G.711 mu-law at 8 kHz, or PCM16 at 8 or 16 kHz."""

    format: str  # "mulaw" | "pcm16"
    rate: int

    @property
    def width(self) -> int:
        return 1 if self.format == "mulaw" else 2

    def encode(self, wave: torch.Tensor) -> bytes:
        wave = wave.clamp(-1, 1)
        return encode_mulaw(wave) if self.format == "mulaw" else encode_pcm16(wave)

    def decode(self, data: bytes) -> torch.Tensor:
        return decode_mulaw(data) if self.format == "mulaw" else decode_pcm16(data)

    def chunk_bytes(self, chunk_ms: int) -> int:
        return self.rate * chunk_ms // 1000 * self.width


def wire_audio(data: bytes) -> tuple[bytes, Wire, float]:
    """A file -> (wire bytes, wire format, seconds) as a telephone or web client sends it."""
    info = soundfile.info(io.BytesIO(data))
    wave, rate = decode_file(data)
    seconds = wave.shape[0] / rate
    if rate == 8000 and info.subtype == "ULAW":
        wire = Wire("mulaw", 8000)
    else:
        if rate not in (8000, 16000):
            wave, rate = resample(wave, rate, 16000), 16000
        wire = Wire("pcm16", rate)
    return wire.encode(wave), wire, seconds


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def offline_seconds(recognizer, data: bytes, wire: Wire, hotwords) -> float:
    """Baseline: one-shot decoding of the same audio (no streaming), timed."""
    wave = wire.decode(data)
    t0 = time.perf_counter()
    recognizer.transcribe(wave, wire.rate, hotwords)
    return time.perf_counter() - t0


def stream_clip(recognizer, data: bytes, chunk_ms: int, hotwords) -> dict:
    data, wire, seconds = wire_audio(data)
    step = wire.chunk_bytes(chunk_ms)
    stream = recognizer.open(format=wire.format, sample_rate=wire.rate, endpointing=False,
                             hotwords=hotwords)
    feed_times, partial_at = [], []
    busy = 0.0
    for i in range(0, len(data), step):
        t0 = time.perf_counter()
        update = stream.feed(data[i : i + step])
        dt = time.perf_counter() - t0
        busy += dt
        feed_times.append(dt)
        if update.partial is not None:
            partial_at.append(stream.seconds)
    t0 = time.perf_counter()
    text = stream.finish()
    final_latency = time.perf_counter() - t0
    busy += final_latency
    gaps = [b - a for a, b in zip([0.0, *partial_at], partial_at, strict=False)]
    return {"text": text, "seconds": seconds, "busy": busy, "final_latency": final_latency,
            "feed_times": feed_times, "partial_gaps": gaps,
            "offline": offline_seconds(recognizer, data, wire, hotwords)}


TRAILING_S = 2.0  # silence after the voice in an endpointing run
LINE_NOISE = 0.001  # a quiet line is not digital silence


def endpoint_clip(recognizer, data: bytes, chunk_ms: int, hotwords, pause_s: float) -> dict:
    """The clip as a caller says it: then silence; the endpointer must end the turn."""
    data, wire, _ = wire_audio(data)
    rate = wire.rate
    wave = wire.decode(data)
    if pause_s:
        wave, _ = insert_pause(wave, rate, pause_s)
    speech_end = speech_span(wave)[1]
    wave = torch.cat([wave, torch.zeros(round(TRAILING_S * rate))])
    wave = wave + LINE_NOISE * torch.randn(wave.shape[0], generator=torch.Generator().manual_seed(0))
    data = wire.encode(wave)
    step = wire.chunk_bytes(chunk_ms)
    stream = recognizer.open(format=wire.format, sample_rate=rate, endpointing=True,
                             hotwords=hotwords)
    for i in range(0, len(data), step):
        t0 = time.perf_counter()
        update = stream.feed(data[i : i + step])
        feed_s = time.perf_counter() - t0
        if update.endpoint:
            heard = (i + step) // wire.width  # samples the server had when it decided
            t0 = time.perf_counter()
            text = stream.finish()
            compute = feed_s + time.perf_counter() - t0
            return {"text": text, "cut_off": heard < speech_end, "missed": False,
                    "after_ms": ((heard - speech_end) / rate + compute) * 1000}
    return {"text": stream.finish(), "cut_off": False, "missed": True, "after_ms": None}


def endpointing_report(recognizer, items: list[dict], base: str, args, hotwords) -> dict:
    totals = [0, 0, 0, 0]
    after, cut, missed = [], 0, 0
    for item in items:
        with open(os.path.join(base, item["audio"]), "rb") as f:
            result = endpoint_clip(recognizer, f.read(), args.chunk_ms, hotwords,
                                   args.pause_ms / 1000)
        for i, n in enumerate(error_counts(item["text"], result["text"])):
            totals[i] += n
        cut += result["cut_off"]
        missed += result["missed"]
        if result["after_ms"] is not None and not result["cut_off"]:
            after.append(result["after_ms"])
    options = recognizer.options.endpoint
    return {
        "trailing_silence_ms": round(options.trailing_silence_s * 1000),
        "complete_silence_ms": round(options.complete_silence_s * 1000),
        "sure_silence_ms": round(options.sure_silence_s * 1000),
        "sure_end_prob": options.sure_end_prob,
        "count_from": options.count_from,
        "pause_ms": args.pause_ms,
        "final_after_speech_ms": {"p50": round(percentile(after, 50), 1),
                                  "p95": round(percentile(after, 95), 1),
                                  "max": round(max(after), 1) if after else None},
        "cut_off": round(cut / max(1, len(items)), 3),
        "missed": round(missed / max(1, len(items)), 3),
        "wer": round(totals[0] / max(1, totals[1]), 4),
    }


def run(args: argparse.Namespace) -> int:
    if args.endpointing and args.hf:
        raise SystemExit("--endpointing needs the bundled streaming recognizer")
    torch.set_num_threads(args.threads)
    if args.hf:
        from speech.hf import HFRecognizer

        recognizer = HFRecognizer.load(args.hf)
    else:
        from speech.streaming import Recognizer, StreamOptions

        endpoint = StreamOptions().endpoint
        if args.silence_ms:
            endpoint = dataclasses.replace(endpoint, trailing_silence_s=args.silence_ms / 1000)
        if args.complete_silence_ms:
            endpoint = dataclasses.replace(endpoint,
                                           complete_silence_s=args.complete_silence_ms / 1000)
        if args.sure_silence_ms:
            endpoint = dataclasses.replace(endpoint, sure_silence_s=args.sure_silence_ms / 1000)
        if args.sure_end_prob is not None:
            endpoint = dataclasses.replace(endpoint, sure_end_prob=args.sure_end_prob)
        if args.count_from:
            endpoint = dataclasses.replace(endpoint, count_from=args.count_from)
        beam = StreamOptions().beam
        if args.lm_weight is not None:
            beam = dataclasses.replace(beam, lm_weight=args.lm_weight)
        if args.unit_bonus is not None:
            beam = dataclasses.replace(beam, unit_bonus=args.unit_bonus)
        options = StreamOptions(endpoint=endpoint, beam=beam)
        recognizer = Recognizer.load(args.weights, options)
    base = os.path.dirname(os.path.abspath(args.manifest))
    with open(args.manifest) as f:
        items = [json.loads(line) for line in f if line.strip()]
    if args.limit:
        items = items[: args.limit]
    hotwords = tuple(args.hotwords)
    if args.store:
        from retrieval.store import load_store

        hotwords += tuple(p.name for p in load_store(args.store).products)[:MAX_HOTWORDS]
    totals = [0, 0, 0, 0]
    audio_s = busy_s = offline_s = 0.0
    latencies, feeds, gaps, worst = [], [], [], []
    for item in items:
        with open(os.path.join(base, item["audio"]), "rb") as f:
            result = stream_clip(recognizer, f.read(), args.chunk_ms, hotwords)
        counts = error_counts(item["text"], result["text"])
        for i, n in enumerate(counts):
            totals[i] += n
        worst.append((counts[0], item["audio"], item["text"], result["text"]))
        audio_s += result["seconds"]
        busy_s += result["busy"]
        offline_s += result["offline"]
        latencies.append(result["final_latency"] * 1000)
        feeds += [t * 1000 for t in result["feed_times"]]
        gaps += result["partial_gaps"]
    report = {
        "clips": len(items),
        "audio_seconds": round(audio_s, 1),
        "wer": round(totals[0] / max(1, totals[1]), 4),
        "cer": round(totals[2] / max(1, totals[3]), 4),
        "rtf": round(busy_s / max(audio_s, 1e-9), 4),
        "rtf_offline_baseline": round(offline_s / max(audio_s, 1e-9), 4),
        "stream_cost_vs_offline": round(busy_s / max(offline_s, 1e-9), 2),
        "final_latency_ms": {"p50": round(percentile(latencies, 50), 1),
                             "p95": round(percentile(latencies, 95), 1)},
        "partial_interval_s": {"mean": round(statistics.fmean(gaps), 3) if gaps else None,
                               "max": round(max(gaps), 3) if gaps else None},
        "feed_ms_p95": round(percentile(feeds, 95), 2),
        "threads": args.threads,
        "chunk_ms": args.chunk_ms,
    }
    if args.endpointing:
        report["endpointing"] = endpointing_report(recognizer, items, base, args, hotwords)
    print(json.dumps(report, indent=2))
    for errors, audio, ref, hyp in sorted(worst, reverse=True)[: args.errors]:
        print(f"{errors:3d} {audio}\n    ref: {ref}\n    hyp: {hyp}", file=sys.stderr)
    return 0
