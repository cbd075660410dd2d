"""`shopdesk bench`: simulated shoppers over the real protocol, at tiers of concurrency.

Each simulated shopper opens `/v1/chat`, starts a session and takes turns from a mix of text,
photo and voice (voice streamed in real time as 8 kHz mu-law, like a telephone gateway).
Per tier it reports p50/p95/p99 of end-of-input -> first `reply.delta` and -> `reply.done`
(measured by the client), each stage of the server's `latency_ms`, turns per second and
errors. Without `--backend` it starts its own backends: one as configured (batching on) and,
in the same run, a baseline with batching switched off (`max_batch` 1), so the gain is a ratio;
`--baseline no-eager` compares instead with voice replies not drafted in callers' pauses,
`--baseline no-reword` with shoppers' questions sent to the model as written.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import io
import json
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import websockets

from app.settings import DEMO_STORE

QUESTIONS = [
    "Do you have {name} in stock?", "How much is the {name}?", "what colors does {name} come in",
    "Tell me about the {name}.", "any {category} under {budget} dollars?",
    "What is your return policy?", "How long does shipping take?",
    "is the {name} still available", "I'm looking for {category}, what do you recommend?",
]


@dataclass
class TurnResult:
    kind: str
    first_ms: float | None = None
    done_ms: float | None = None
    final_ms: float | None = None  # voice: end of speech -> transcript.final
    stages: dict[str, float] = field(default_factory=dict)
    error: str | None = None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--backend", help="ws://HOST:PORT of a running backend (default: start one)")
    parser.add_argument("--store", type=Path, default=DEMO_STORE)
    parser.add_argument("--tiers", default="5,20,50", help="concurrent sessions per tier")
    parser.add_argument("--turns", type=int, default=3, help="turns per session")
    parser.add_argument("--mix", default="text=0.7,image=0.2,voice=0.1")
    parser.add_argument("--think-s", type=float, default=1.0, help="pause between a shopper's turns")
    parser.add_argument("--ramp-s", type=float, default=0.0,
                        help="shoppers arrive evenly over this many seconds (0: all at once, "
                             "the worst burst)")
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--baseline", choices=sorted(BASELINES), default="unbatched",
                        help="the same server with batching off (unbatched) or with voice "
                             "replies not drafted in the caller's pause (no-eager)")
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/0")
    parser.add_argument("--out", type=Path, default=Path("runs/bench"))
    parser.add_argument("--seed", type=int, default=0)


class Workload:
    """Questions, photos and recorded questions drawn from the store's own catalog."""

    def __init__(self, store: Path, seed: int):
        self.rng = random.Random(seed)
        self.products = [json.loads(x) for x in (store / "catalog.jsonl").read_text().splitlines()
                         if x.strip()]
        self.store = store
        self._voice: list[tuple[bytes, int]] = []

    def question(self) -> str:
        p = self.rng.choice(self.products)
        return self.rng.choice(QUESTIONS).format(
            name=p["name"], category=p.get("category", "gifts"),
            budget=int(float(p["price"]) * 1.2) + 1)

    def photo(self) -> bytes:
        from PIL import Image

        p = self.rng.choice(self.products)
        img = Image.open(self.store / p["images"][0]).convert("RGB")
        w, h = img.size
        box = (int(w * 0.05), int(h * 0.05), int(w * 0.95), int(h * 0.95))
        img = img.crop(box).rotate(self.rng.uniform(-12, 12), expand=True, fillcolor=(235, 232, 225))
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=80)
        return buf.getvalue()

    def voice(self) -> tuple[bytes, int]:
        """A spoken question as 8 kHz mu-law (espeak-ng) and the sample where its speech ends;
        cached: synthesis is not the bench."""
        if len(self._voice) < 8:
            self._voice.append(_speak_mulaw(self.question()))
        return self.rng.choice(self._voice)


TRAILING_SILENCE_S = 1.0

# Server settings of each baseline, as environment variables of its process.
BASELINES = {"unbatched": {"SHOPDESK_MAX_BATCH": "1"}, "no-eager": {"SHOPDESK_EAGER_REPLY_MS": "0"},
             "no-reword": {"SHOPDESK_REWORD": "off"}}


def _speak_mulaw(text: str) -> tuple[bytes, int]:
    import torch
    import torchaudio.functional as AF

    from speech.audio import encode_mulaw, speech_span

    if shutil.which("espeak-ng") is None:
        raise SystemExit("voice turns need espeak-ng (apt-get install espeak-ng) or --mix without voice")
    wav = subprocess.run(["espeak-ng", "-v", "en-us", "--stdout", text], capture_output=True,
                         check=True).stdout
    pcm = torch.from_numpy(np.frombuffer(wav[44:], dtype="<i2").astype(np.float32) / 32768)
    audio = AF.resample(pcm, 22050, 8000)
    # Where the voice really stops (the synthesizer pads its output with quiet).
    speech_end = speech_span(audio)[1]
    # The caller then falls silent for TRAILING_SILENCE_S (the server's endpointer ends the
    # turn on its own within that).
    audio = torch.cat([audio, torch.zeros(int(8000 * TRAILING_SILENCE_S))])
    return encode_mulaw(audio.clamp(-1, 1)), speech_end  # G.711, as gateways send it


async def _read_turn(ws, cid: str, heard: asyncio.Event) -> list[tuple[float, dict]]:
    """The turn's frames with their arrival times, until `reply.done` or `error`; sets
    `heard` at `transcript.final` (the server ended the voice turn)."""
    turn_id, frames = None, []
    while True:
        data = json.loads(await asyncio.wait_for(ws.recv(), 120))
        now = time.perf_counter()
        if data["type"] == "turn.start" and data.get("id") == cid:
            turn_id = data["turn_id"]
            continue
        if turn_id is None or data.get("turn_id") != turn_id:
            continue
        frames.append((now, data))
        if data["type"] == "transcript.final":
            heard.set()
        if data["type"] in ("reply.done", "error"):
            heard.set()
            return frames


async def _turn(ws, kind: str, work: Workload, n: int) -> TurnResult:
    """One turn, timed from the end of input: the message sent, or for voice the moment the
    caller's speech ended (frames are read while the audio streams, so they are timed as
    they arrive)."""
    result = TurnResult(kind)
    cid = f"b{n}"
    heard = asyncio.Event()
    if kind == "voice":
        await ws.send(json.dumps({"type": "audio.start", "id": cid, "format": "mulaw",
                                  "sample_rate": 8000}))
        reader = asyncio.create_task(_read_turn(ws, cid, heard))
        audio, speech_end = work.voice()
        t_end = time.perf_counter()
        for i in range(0, len(audio), 160):  # 20 ms frames, in real time
            if heard.is_set():
                break  # the server ended the turn on its own: the caller has been heard
            await ws.send(audio[i:i + 160])
            if i < speech_end <= i + 160:
                t_end = time.perf_counter()  # end of speech: the latency clock starts here
            await asyncio.sleep(0.02)
        else:
            await ws.send(json.dumps({"type": "audio.end"}))
    else:
        msg: dict[str, Any] = {"type": "message", "id": cid}
        if kind == "image":
            msg["image"] = {"data": base64.b64encode(work.photo()).decode(), "mime": "image/jpeg"}
            msg["text"] = "do you have this?"
        else:
            msg["text"] = work.question()
        reader = asyncio.create_task(_read_turn(ws, cid, heard))
        await ws.send(json.dumps(msg))
        t_end = time.perf_counter()
    for at, data in await reader:
        ms = (at - t_end) * 1000
        if data["type"] == "transcript.final":
            result.final_ms = ms
        elif data["type"] == "reply.delta" and result.first_ms is None:
            result.first_ms = ms
        elif data["type"] == "reply.done":
            result.done_ms = ms
            result.stages = data.get("latency_ms", {})
        elif data["type"] == "error":
            result.error = f"{kind}: {data['code']}: {data['message'][:80]}"
    return result


async def _shopper(url: str, work: Workload, kinds: list[str], think_s: float,
                   results: list[TurnResult], delay_s: float = 0.0) -> None:
    await asyncio.sleep(delay_s)
    try:
        async with websockets.connect(url + "/v1/chat", max_size=None) as ws:
            await ws.send(json.dumps({"type": "session.start", "channel": "web"}))
            while json.loads(await ws.recv())["type"] != "session.ready":
                pass
            for n, kind in enumerate(kinds):
                results.append(await _turn(ws, kind, work, n))
                await asyncio.sleep(think_s * work.rng.uniform(0.5, 1.5))
    except (TimeoutError, OSError, websockets.WebSocketException) as e:
        results.append(TurnResult("connect", error=type(e).__name__))


def _pct(values: list[float], q: float) -> float | None:
    if not values:
        return None
    values = sorted(values)
    return round(values[min(len(values) - 1, int(round(q * (len(values) - 1))))], 1)


def _summary(results: list[TurnResult], wall_s: float) -> dict[str, Any]:
    ok = [r for r in results if r.error is None and r.done_ms is not None]
    errors: dict[str, int] = {}
    for r in results:
        if r.error:
            errors[r.error] = errors.get(r.error, 0) + 1

    def dist(values):
        return {"p50": _pct(values, 0.5), "p95": _pct(values, 0.95), "p99": _pct(values, 0.99)}

    stages = sorted({k for r in ok for k in r.stages})
    return {
        "turns": len(ok), "errors": errors, "turns_per_s": round(len(ok) / wall_s, 2),
        "first_delta_ms": dist([r.first_ms for r in ok if r.first_ms is not None]),
        "done_ms": dist([r.done_ms for r in ok]),
        "stages_ms": {s: dist([r.stages[s] for r in ok if s in r.stages]) for s in stages},
        "by_kind": {k: dist([r.first_ms for r in ok if r.kind == k and r.first_ms is not None])
                    for k in sorted({r.kind for r in ok})},
        "voice_final_transcript_ms": dist([r.final_ms for r in ok if r.final_ms is not None]),
    }


async def run_tier(url: str, sessions: int, args: argparse.Namespace, mix: dict[str, float]
                   ) -> dict[str, Any]:
    work = Workload(args.store, args.seed + sessions)
    kinds = list(mix)
    plans = [work.rng.choices(kinds, weights=[mix[k] for k in kinds], k=args.turns)
             for _ in range(sessions)]
    results: list[TurnResult] = []
    start = time.perf_counter()
    ramp = getattr(args, "ramp_s", 0.0)
    await asyncio.gather(*[_shopper(url, work, plan, args.think_s, results, ramp * i / sessions)
                           for i, plan in enumerate(plans)])
    return {"sessions": sessions, "ramp_s": ramp,
            **_summary(results, time.perf_counter() - start)}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class SpawnedBackend:
    """`shopdesk serve` in a child process, on its own port and Redis key prefix."""

    def __init__(self, args: argparse.Namespace, *, settings: dict[str, str], label: str):
        self.port = _free_port()
        env = dict(os.environ, SHOPDESK_REDIS_PREFIX=f"bench-{label}-{os.getpid()}", **settings)
        env.setdefault("SHOPDESK_LIMIT_TURNS_PER_MINUTE_PER_ADDRESS", "100000")
        env.setdefault("SHOPDESK_LIMIT_CONNECTIONS_PER_ADDRESS", "100000")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "app.cli", "serve", "--store", str(args.store), "--port",
             str(self.port), "--redis-url", args.redis_url, "--log-level", "WARNING"], env=env)
        self.url = f"ws://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit(f"backend ({label}) exited with {self.proc.returncode}")
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{self.port}/healthz", timeout=1)
                return
            except OSError:
                time.sleep(0.5)
        raise SystemExit(f"backend ({label}) did not start")

    def eager_replies(self) -> dict[str, float]:
        """Voice replies drafted in callers' pauses, used and dropped (from /metrics)."""
        text = urllib.request.urlopen(f"http://127.0.0.1:{self.port}/metrics", timeout=5).read()
        found = re.findall(r'shopdesk_eager_replies_total\{outcome="(\w+)"\} ([\d.e+]+)',
                           text.decode())
        return {outcome: float(n) for outcome, n in found}

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(30)


def plot(report: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 4))
    for label, tiers in report["runs"].items():
        xs = [t["sessions"] for t in tiers]
        for q, style in (("p50", "--"), ("p95", "-")):
            ys = [t["first_delta_ms"][q] for t in tiers]
            ax.plot(xs, ys, style, marker="o", label=f"{label} {q}")
    ax.axhline(800, color="red", lw=1)
    ax.text(xs[0], 820, "800 ms budget", color="red")
    ax.set_xlabel("concurrent sessions")
    ax.set_ylabel("end of input -> first reply.delta (ms)")
    ax.set_title("shopdesk bench")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=120)


def run(args: argparse.Namespace) -> int:
    tiers = [int(x) for x in args.tiers.split(",")]
    mix = {k: float(v) for k, v in (kv.split("=") for kv in args.mix.split(","))}
    args.out.mkdir(parents=True, exist_ok=True)
    report: dict[str, Any] = {"tiers": tiers, "mix": mix, "turns_per_session": args.turns,
                              "think_s": args.think_s, "ramp_s": args.ramp_s,
                              "machine": {"cpus": os.cpu_count()}, "runs": {}}
    configs = [("batched", {})] if args.backend or args.no_baseline else \
        [("batched", {}), (args.baseline, BASELINES[args.baseline])]
    for label, settings in configs:
        backend = None if args.backend else SpawnedBackend(args, settings=settings, label=label)
        url = args.backend or backend.url
        try:
            report["runs"][label] = []
            for sessions in tiers:
                print(f"bench: {label}, {sessions} sessions ...", file=sys.stderr, flush=True)
                tier = asyncio.run(run_tier(url, sessions, args, mix))
                report["runs"][label].append(tier)
                print(json.dumps({label: tier}), file=sys.stderr, flush=True)
            if backend is not None and mix.get("voice"):
                report.setdefault("eager_replies", {})[label] = backend.eager_replies()
        finally:
            if backend is not None:
                backend.stop()
    if len(report["runs"]) == 2:
        report["baseline"] = args.baseline
        report["ratios"] = [
            {"sessions": b["sessions"],
             "turns_per_s": round(b["turns_per_s"] / max(u["turns_per_s"], 1e-9), 2),
             "first_delta_p95": round((u["first_delta_ms"]["p95"] or 0)
                                      / max(b["first_delta_ms"]["p95"] or 1e-9, 1e-9), 2)}
            for b, u in zip(report["runs"]["batched"], report["runs"][args.baseline],
                            strict=True)]
    (args.out / "bench.json").write_text(json.dumps(report, indent=2))
    plot(report, args.out / "bench.png")
    print(json.dumps(report, indent=2))
    print(f"bench: wrote {args.out / 'bench.json'} and {args.out / 'bench.png'}", file=sys.stderr)
    return 0
