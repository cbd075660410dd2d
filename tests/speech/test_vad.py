import torch

from speech.audio import resample
from speech.vad import Endpointer, EndpointOptions


def feed_in_pieces(endpointer: Endpointer, wave: torch.Tensor, piece: int) -> list[bool]:
    return [endpointer.push(wave[i : i + piece]) for i in range(0, wave.shape[0], piece)]


def test_speech_then_silence_ends_the_turn_after_the_trailing_silence(speech_16k):
    silence = torch.zeros(16000 * 2)
    wave = torch.cat([speech_16k, silence])
    endpointer = Endpointer(16000, EndpointOptions(trailing_silence_s=0.6))
    flags = feed_in_pieces(endpointer, wave, 320)
    assert flags[-1]
    first = flags.index(True)
    fired_at = (first + 1) * 320 / 16000
    # Not during the utterance, and about 0.6 s after the speech ended.
    assert endpointer.speech_s > 0.5
    assert fired_at > speech_16k.shape[0] / 16000 - 0.3
    assert fired_at < speech_16k.shape[0] / 16000 + 0.6 + 0.4


def test_no_endpoint_while_speaking_or_before_any_speech(speech_16k):
    endpointer = Endpointer(16000, EndpointOptions(trailing_silence_s=1.0))
    assert not any(feed_in_pieces(endpointer, torch.zeros(16000 * 2), 512))
    assert not any(feed_in_pieces(endpointer, speech_16k[: 16000], 512))


def test_longer_setting_waits_longer(speech_16k):
    wave = torch.cat([speech_16k, torch.zeros(16000 * 3)])
    fired = {}
    for silence in (0.4, 1.2):
        flags = feed_in_pieces(Endpointer(16000, EndpointOptions(trailing_silence_s=silence)),
                               wave, 512)
        fired[silence] = flags.index(True)
    assert fired[1.2] > fired[0.4]


def test_telephone_rate(speech_16k):
    narrow = resample(speech_16k, 16000, 8000)
    endpointer = Endpointer(8000)
    flags = feed_in_pieces(endpointer, torch.cat([narrow, torch.zeros(8000 * 2)]), 160)
    assert flags[-1] and endpointer.speech_s > 0.5
