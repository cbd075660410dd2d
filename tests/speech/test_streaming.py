"""Streaming equals offline, checked on a small random model (independent of training)."""

import os

import pytest
import torch

from speech.audio import AudioError, encode_mulaw, encode_pcm16, log_mel, resample
from speech.conformer import ConformerConfig, ConformerCTC
from speech.scoring import error_rates
from speech.streaming import DEFAULT_WEIGHTS, ChunkEncoder, Recognizer, Update
from speech.tokenizer import Units


@pytest.fixture(scope="module")
def random_recognizer() -> Recognizer:
    torch.manual_seed(0)
    units = Units(os.path.join(DEFAULT_WEIGHTS, "units.model"))
    cfg = ConformerConfig(vocab_size=units.size, d_model=48, n_layers=2, n_heads=2, ffn_dim=96,
                          subsample_channels=8, chunk_frames=8, left_frames=12)
    model = ConformerCTC(cfg).eval()
    model.feat_mean.fill_(8.0)
    model.feat_std.fill_(3.0)
    with torch.no_grad():
        # Peaky and mostly blank, like a trained CTC model: decoding stays quick, and tiny
        # float differences cannot flip near-ties between hypotheses.
        model.head.weight *= 6.0
        model.head.bias[cfg.blank] += 8.0
    return Recognizer(model, units)


@pytest.fixture(scope="module")
def short_speech(speech_16k) -> torch.Tensor:
    return speech_16k[: int(2.5 * 16000)]


def test_model_shapes_and_size_of_the_default_config():
    cfg = ConformerConfig()
    model = ConformerCTC(cfg)
    assert sum(p.numel() for p in model.parameters()) * 4 < 40e6
    logp, lengths = model([torch.randn(101, 80), torch.randn(37, 80)])
    assert logp.shape == (2, 26, cfg.vocab_size + 1) and lengths.tolist() == [26, 10]
    assert torch.allclose(logp.exp().sum(-1)[0], torch.ones(26), atol=1e-4)


def test_chunk_encoder_equals_offline_encoding(random_recognizer, speech_16k):
    model = random_recognizer.model
    feats = log_mel(speech_16k)
    offline = model.encode(feats)
    encoder = ChunkEncoder(model)
    with torch.inference_mode():
        pieces = [encoder.push(feats[i : i + 13]) for i in range(0, feats.shape[0], 13)]
        pieces.append(encoder.tail())
    streamed = torch.cat(pieces)
    assert streamed.shape == offline.shape
    assert torch.allclose(streamed, offline, atol=1e-4)


def test_a_chunk_never_changes_once_emitted(random_recognizer, speech_16k):
    model = random_recognizer.model
    feats = log_mel(speech_16k)
    cut = feats.shape[0] // 2
    half = model.encode(feats[:cut])
    whole = model.encode(feats)
    # Chunks whose window (4 frames an output, +3 for the convolutions) fits in the cut.
    done = (cut - 3) // (4 * model.cfg.chunk_frames) * model.cfg.chunk_frames
    assert done > 0
    assert torch.allclose(half[:done], whole[:done], atol=1e-4)


@pytest.mark.parametrize("fmt,rate", [("pcm16", 16000), ("pcm16", 8000), ("mulaw", 8000)])
def test_stream_transcript_equals_offline_transcript(random_recognizer, short_speech, fmt, rate):
    wave = resample(short_speech, 16000, rate).clamp(-1, 1)
    data = encode_mulaw(wave) if fmt == "mulaw" else encode_pcm16(wave)
    if fmt == "mulaw":
        from speech.audio import decode_mulaw

        wave = decode_mulaw(data)
    stream = random_recognizer.open(format=fmt, sample_rate=rate, endpointing=False)
    step = rate // 50 * (1 if fmt == "mulaw" else 2) + 1  # ~20 ms, odd on purpose
    partial_at = []
    for i in range(0, len(data), step):
        update = stream.feed(data[i : i + step])
        assert isinstance(update, Update) and not update.endpoint
        if update.partial is not None:
            partial_at.append(stream.seconds)
    final = stream.finish()
    # Streaming resamples chunk by chunk, offline in one go: the features differ in the last
    # decimals, and an untrained model may flip a near-tie. The trained model's transcripts
    # must match exactly (test_recognizer.py); here, within 10% of the characters.
    offline = random_recognizer.transcribe(wave, rate)
    assert final and error_rates([offline], [final])[1] <= 0.1, (final, offline)
    assert stream.finish() == final
    assert abs(stream.seconds - wave.shape[0] / rate) < 1e-6
    gaps = [b - a for a, b in zip([0.0, *partial_at], partial_at, strict=False)]
    assert gaps and max(gaps) <= 0.3


def test_streams_are_independent(random_recognizer, short_speech):
    data = encode_pcm16(short_speech)
    a = random_recognizer.open(format="pcm16", sample_rate=16000, endpointing=False)
    b = random_recognizer.open(format="pcm16", sample_rate=16000, endpointing=False)
    for i in range(0, len(data), 640):
        a.feed(data[i : i + 640])
        b.feed(data[i : i + 640])
        b.feed(b"\x00\x00" * 10)
    assert a.finish() == random_recognizer.transcribe(short_speech, 16000)
    assert a.finish() != "" or b.finish() != ""  # both ran to the end


def test_bad_audio_in_a_stream(random_recognizer):
    with pytest.raises(AudioError) as err:
        random_recognizer.open(format="mp3", sample_rate=16000)
    assert err.value.code == "unsupported_media"
    with pytest.raises(AudioError):
        random_recognizer.open(format="mulaw", sample_rate=16000)
    stream = random_recognizer.open(format="pcm16", sample_rate=16000)
    with pytest.raises(AudioError):
        stream.feed("not bytes")  # type: ignore[arg-type]
    assert stream.finish() == ""  # no audio, no words


def test_the_unit_language_model_expects_the_end_after_a_finished_sentence(bundled):
    # the endpointer's shorter rule (EndpointOptions.sure_silence_s) asks this in a pause
    stream = bundled.open(format="pcm16", sample_rate=16000)
    end = {t: stream._end_prob(bundled.units.encode(t))
           for t in ("where is my order", "where is my", "how much is the lamp", "how much is the")}
    assert end["where is my order"] > 100 * end["where is my"]
    assert end["how much is the lamp"] > 100 * end["how much is the"]
    assert stream._end_prob([]) is None
