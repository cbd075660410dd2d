"""The bundled recognizer (speech/weights/) on clips of voices it never heard in training."""

import pytest
import torch

from speech.audio import decode_mulaw, encode_mulaw, encode_pcm16, load_file
from speech.evaluate import wire_audio
from speech.scoring import error_rates

# Floors set just above the error rates measured on these clips with the committed weights
# and unit language model (see speech/weights/README.md); they catch a broken pipeline or a
# bad export. Measured: clean WER 0.167 / CER 0.099 (three of the four clips carry invented
# product words), telephone WER 0.081 / CER 0.085 (most of it flite's held-out `rms` saying
# "thank you that's all").
MAX_WER_CLEAN, MAX_CER_CLEAN = 0.30, 0.18
MAX_WER_PHONE, MAX_CER_PHONE = 0.20, 0.15


def stream_file(recognizer, path: str, endpointing: bool = False) -> tuple[str, list]:
    with open(path, "rb") as f:
        data, wire, _ = wire_audio(f.read())
    stream = recognizer.open(format=wire.format, sample_rate=wire.rate, endpointing=endpointing)
    step = wire.chunk_bytes(20)
    updates = [stream.feed(data[i : i + step]) for i in range(0, len(data), step)]
    return stream.finish(), updates


def test_accuracy_floor_clean_16k(bundled, clean_clips):
    hyps = [stream_file(bundled, c["path"])[0] for c in clean_clips]
    wer, cer = error_rates([c["text"] for c in clean_clips], hyps)
    assert wer <= MAX_WER_CLEAN and cer <= MAX_CER_CLEAN, hyps


def test_accuracy_floor_telephone_mulaw(bundled, phone_clips):
    hyps = [stream_file(bundled, c["path"])[0] for c in phone_clips]
    wer, cer = error_rates([c["text"] for c in phone_clips], hyps)
    assert wer <= MAX_WER_PHONE and cer <= MAX_CER_PHONE, hyps


def test_stream_equals_offline_with_the_bundled_model(bundled, phone_clips, clean_clips):
    wave, rate = load_file(phone_clips[0]["path"])
    mulaw = decode_mulaw(encode_mulaw(wave))
    streamed, updates = stream_file(bundled, phone_clips[0]["path"])
    assert streamed == bundled.transcribe(mulaw, rate)
    assert sum(u.partial is not None for u in updates) >= len(updates) * 0.02 / 0.3 - 1
    wave, rate = load_file(clean_clips[2]["path"])
    streamed, _ = stream_file(bundled, clean_clips[2]["path"])
    assert streamed == bundled.transcribe(wave, rate)


def test_turn_ends_on_its_own_when_the_caller_stops(bundled, speech_16k):
    stream = bundled.open(format="pcm16", sample_rate=16000)
    data = encode_pcm16(torch.cat([speech_16k, torch.zeros(16000 * 2)]))
    ended_at = None
    for i in range(0, len(data), 640):
        if stream.feed(data[i : i + 640]).endpoint:
            ended_at = stream.seconds
            break
    speech_s = speech_16k.shape[0] / 16000
    assert ended_at is not None and speech_s - 0.3 < ended_at < speech_s + 1.2
    assert stream.finish()


@pytest.mark.parametrize("rate", [8000, 16000])
def test_silence_gives_an_empty_transcript(bundled, rate):
    stream = bundled.open(format="pcm16", sample_rate=rate)
    update = stream.feed(b"\x00\x00" * rate)
    assert not update.endpoint
    assert stream.finish() == ""
