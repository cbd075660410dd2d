"""Voice turns over /v1/chat: telephone mu-law and web PCM16, as binary and base64 frames."""

from __future__ import annotations

import asyncio
import base64
import shutil
import subprocess

import numpy as np
import pytest
import torch
import torchaudio.functional as AF

from speech.audio import encode_mulaw, speech_span
from speech.scoring import error_rates
from tests.harness import Client

pytestmark = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="needs espeak-ng")


def speak(text: str, rate: int) -> np.ndarray:
    """espeak-ng speech as float32 at `rate`, with half a second of silence after it."""
    wav = subprocess.run(["espeak-ng", "-v", "en-us", "-s", "150", "--stdout", text],
                         capture_output=True, check=True).stdout
    pcm = np.frombuffer(wav[44:], dtype="<i2").astype(np.float32) / 32768.0
    audio = AF.resample(torch.from_numpy(pcm), 22050, rate).numpy()
    return np.concatenate([np.zeros(rate // 5, np.float32), audio, np.zeros(rate, np.float32)])


def encode(audio: np.ndarray, fmt: str) -> bytes:
    if fmt == "pcm16":
        return (np.clip(audio, -1, 1) * 32767).astype("<i2").tobytes()
    return encode_mulaw(torch.from_numpy(audio).clamp(-1, 1))  # G.711, as gateways send it


async def voice_turn(client: Client, data: bytes, *, fmt: str, rate: int, as_json: bool = False,
                     chunk_ms: int = 20) -> dict:
    await client.send("audio.start", id="v1", format=fmt, sample_rate=rate)
    start = await client.expect("turn.start", id="v1")
    step = rate * (2 if fmt == "pcm16" else 1) * chunk_ms // 1000
    for i in range(0, len(data), step):
        chunk = data[i:i + step]
        if as_json:
            await client.send("audio.chunk", data=base64.b64encode(chunk).decode())
        else:
            await client.send_raw(chunk)
        if i % (step * 10) == 0:
            await asyncio.sleep(0.01)
    await client.send("audio.end")
    frames = []
    while True:
        msg = await client.recv(120)
        if msg.get("turn_id") == start["turn_id"]:
            frames.append(msg)
            if msg["type"] in ("reply.done", "error"):
                break
    return {"start": start, "frames": frames}


def check_voice_turn(frames: list[dict], said: str | None = None) -> dict:
    """The shape of a voice turn on the wire: partials before the final transcript, the final
    transcript as the turn's text, the reply with its ASR latency; with `said`, the final
    transcript within half the characters of what was said: a working path hears these at
    20-45% CER, a broken one (wrong byte format, lost chunks) near 100%. The accuracy itself is
    measured in tests/speech on held-out voices."""
    kinds = [m["type"] for m in frames]
    assert kinds.count("transcript.final") == 1, kinds
    at_final = kinds.index("transcript.final")
    final = frames[at_final]
    assert all(i < at_final for i, kind in enumerate(kinds) if kind == "transcript.partial")
    done = frames[-1]
    if final["text"].strip():
        assert done["type"] == "reply.done", done
        assert {"asr", "retrieval", "memory", "first_token", "total"} <= set(done["latency_ms"])
        assert done["latency_ms"]["asr"] >= 0
    else:  # nothing recognised: said so, and the session goes on
        assert done["type"] == "error" and done["code"] == "bad_request", done
    if said is not None:
        _, cer = error_rates([said], [final["text"]])
        assert cer <= 0.5, (said, final["text"])
        assert any(m["type"] == "transcript.partial" for m in frames), kinds
    return final


async def test_telephone_mulaw_voice_turn(backend):
    client = await Client.connect(backend.url)
    await client.start_session(channel="voice")
    said = "Hello, where is my order? I would like to buy a coffee mug."
    audio = speak(said, 8000)
    result = await voice_turn(client, encode(audio, "mulaw"), fmt="mulaw", rate=8000)
    final = check_voice_turn(result["frames"], said)
    sid = (await backend.on_server(backend.server.memory.list_sessions()))[0]["session_id"]
    history = await backend.on_server(backend.server.memory.history(sid))
    if final["text"].strip():
        assert history[0]["text"] == final["text"] and history[0]["channel"] == "voice"
    turn = await client.turn("and a text message after the call")
    assert turn["done"]["type"] == "reply.done"
    await client.close()


async def test_web_pcm16_as_base64_chunks(backend):
    client = await Client.connect(backend.url)
    await client.start_session()
    said = "Do you have running shoes?"
    audio = speak(said, 16000)
    result = await voice_turn(client, encode(audio, "pcm16"), fmt="pcm16", rate=16000,
                              as_json=True)
    check_voice_turn(result["frames"], said)
    await client.close()


async def test_voice_turn_over_the_limit_is_too_large(make_backend):
    backend = make_backend(limits={"voice_seconds": 1.0})
    client = await Client.connect(backend.url)
    await client.start_session(channel="voice")
    await client.send("audio.start", id="v", format="pcm16", sample_rate=16000)
    start = await client.expect("turn.start", id="v")
    for _ in range(60):  # 1.2 s of audio in 20 ms frames
        await client.send_raw(b"\x00\x01" * 320)
    err = await client.expect("error")
    assert err["code"] == "too_large" and err["turn_id"] == start["turn_id"]
    # The session goes on: a text turn works.
    turn = await client.turn("hello again")
    assert turn["done"]["type"] == "reply.done"
    await client.close()


def eager_counts(backend) -> dict[str, float]:
    counter = backend.server.metrics.eager
    return {k: counter.labels(k)._value.get() for k in ("used", "dropped")}


async def test_reply_drafted_in_the_pause_is_used_and_a_mid_sentence_pause_drops_its_draft(
        make_backend):
    """Drafted at 200 ms of silence: the pause inside the sentence (300 ms, after "and") drafts
    a reply that is dropped when the caller goes on; the final pause's draft is delivered."""
    backend = make_backend(eager_reply_ms=200)
    client = await Client.connect(backend.url)
    await client.start_session(channel="voice")
    first, second = "I am looking for running shoes and", "a blue coffee mug please"
    rate = 8000
    head, tail = speak(first, rate), speak(second, rate)
    head = head[: speech_span(torch.from_numpy(head))[1]]
    tail = tail[speech_span(torch.from_numpy(tail))[0]:]
    audio = np.concatenate([head, np.zeros(int(0.3 * rate), np.float32), tail])
    result = await voice_turn(client, encode(audio, "mulaw"), fmt="mulaw", rate=rate)
    final = check_voice_turn(result["frames"], f"{first} {second}")
    assert len(final["text"].split()) > len(first.split()), final  # one turn, not two
    counts = eager_counts(backend)
    assert counts["dropped"] >= 1 and counts["used"] == 1, counts
    await client.close()


async def test_without_eager_replies_no_draft_is_made(make_backend):
    backend = make_backend()  # off by default
    client = await Client.connect(backend.url)
    await client.start_session(channel="voice")
    said = "Do you have running shoes?"
    result = await voice_turn(client, encode(speak(said, 8000), "mulaw"), fmt="mulaw", rate=8000)
    check_voice_turn(result["frames"], said)
    assert eager_counts(backend) == {"used": 0, "dropped": 0}
    await client.close()
