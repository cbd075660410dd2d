import io
import math

import numpy as np
import pytest
import soundfile
import torch

from speech.audio import (
    AudioError,
    ChunkDecoder,
    StreamingFeatures,
    StreamingResampler,
    decode_file,
    decode_mulaw,
    decode_pcm16,
    encode_mulaw,
    encode_pcm16,
    log_mel,
    resample,
)


def tone(freq: float, rate: int, seconds: float = 0.5) -> torch.Tensor:
    t = torch.arange(int(rate * seconds)) / rate
    return 0.5 * torch.sin(2 * math.pi * freq * t)


def dominant_hz(wave: torch.Tensor, rate: int) -> float:
    spectrum = torch.fft.rfft(wave).abs()
    return float(spectrum.argmax()) * rate / wave.shape[0]


@pytest.mark.parametrize("rate", [8000, 16000])
def test_pcm16_round_trip_any_chunking_with_odd_byte_counts(rate):
    wave = tone(440, rate)
    data = encode_pcm16(wave)
    decoder = ChunkDecoder("pcm16", rate)
    sizes = [1, 3, 7, 2, 101, 5]  # odd sizes split samples across chunks
    pieces, i, k = [], 0, 0
    while i < len(data):
        pieces.append(decoder.decode(data[i : i + sizes[k % len(sizes)]]))
        i += sizes[k % len(sizes)]
        k += 1
    out = torch.cat(pieces)
    assert out.shape == wave.shape
    assert torch.allclose(out, wave, atol=1 / 32768)


def test_pcm16_known_values():
    data = np.array([0, 16384, -32768, 32767], dtype="<i2").tobytes()
    assert decode_pcm16(data).tolist() == [0.0, 0.5, -1.0, 32767 / 32768]
    with pytest.raises(AudioError):
        decode_pcm16(b"\x00\x01\x02")


def test_mulaw_matches_g711_reference_values():
    # G.711: 0xFF and 0x7F are the two zeros, 0x00 is the most negative, 0x80 most positive.
    out = decode_mulaw(bytes([0xFF, 0x7F, 0x00, 0x80])) * 32768
    assert out.tolist() == [0.0, 0.0, -32124.0, 32124.0]


def test_mulaw_round_trip_keeps_the_signal():
    wave = tone(300, 8000)
    back = decode_mulaw(encode_mulaw(wave))
    snr = 10 * torch.log10(wave.pow(2).sum() / (wave - back).pow(2).sum())
    assert snr > 30  # companding noise only
    assert ChunkDecoder("mulaw", 8000).decode(encode_mulaw(wave)).shape == wave.shape


@pytest.mark.parametrize("fmt,subtype", [("WAV", "PCM_16"), ("FLAC", "PCM_16"), ("OGG", "VORBIS"),
                                         ("WAV", "ULAW")])
def test_uploaded_files_decode(fmt, subtype):
    rate = 8000 if subtype == "ULAW" else 16000
    wave = tone(500, rate)
    buf = io.BytesIO()
    soundfile.write(buf, wave.numpy(), rate, format=fmt, subtype=subtype)
    out, out_rate = decode_file(buf.getvalue())
    assert out_rate == rate
    assert abs(out.shape[0] - wave.shape[0]) < 1100  # vorbis may pad
    assert abs(dominant_hz(out, rate) - 500) < 5


def test_stereo_file_is_mixed_to_mono():
    buf = io.BytesIO()
    both = torch.stack([tone(500, 16000), tone(500, 16000)], dim=1)
    soundfile.write(buf, both.numpy(), 16000, format="WAV")
    out, _ = decode_file(buf.getvalue())
    assert out.dim() == 1


@pytest.mark.parametrize("data", [b"", b"not audio at all", b"RIFF\x00\x00\x00\x00WAVEjunk",
                                  bytes(range(256)) * 4])
def test_undecodable_files_raise_unsupported_media(data):
    with pytest.raises(AudioError) as err:
        decode_file(data)
    assert err.value.code == "unsupported_media"


@pytest.mark.parametrize("fmt,rate", [("opus", 16000), ("pcm16", 44100), ("mulaw", 16000)])
def test_wrongly_announced_wire_audio_raises(fmt, rate):
    with pytest.raises(AudioError) as err:
        ChunkDecoder(fmt, rate)
    assert err.value.code == "unsupported_media"


def test_non_bytes_chunk_raises():
    with pytest.raises(AudioError):
        ChunkDecoder("pcm16", 16000).decode("text")  # type: ignore[arg-type]


@pytest.mark.parametrize("orig,new", [(8000, 16000), (16000, 8000), (44100, 16000)])
def test_resampling_keeps_pitch_and_streaming_equals_one_shot(orig, new):
    wave = tone(1000, orig, 0.7)
    full = resample(wave, orig, new)
    assert abs(full.shape[0] - wave.shape[0] * new / orig) <= 1
    assert abs(dominant_hz(full, new) - 1000) < 5
    stream = StreamingResampler(orig, new)
    rng = np.random.default_rng(0)
    pieces, i = [], 0
    while i < wave.shape[0]:
        k = int(rng.integers(1, 900))
        pieces.append(stream.push(wave[i : i + k]))
        i += k
    pieces.append(stream.flush())
    streamed = torch.cat(pieces)
    assert streamed.shape == full.shape
    assert torch.allclose(streamed, full, atol=1e-5)


def test_log_mel_shape_and_streaming_equals_one_shot(speech_16k):
    feats = log_mel(speech_16k)
    assert feats.shape == (1 + (speech_16k.shape[0] - 400) // 160, 80)
    assert torch.isfinite(feats).all()
    stream = StreamingFeatures()
    pieces = [stream.push(speech_16k[i : i + 333]) for i in range(0, speech_16k.shape[0], 333)]
    assert torch.allclose(torch.cat(pieces), feats, atol=1e-3)
    assert log_mel(torch.zeros(100)).shape == (0, 80)
