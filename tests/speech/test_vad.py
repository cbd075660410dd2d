import pytest
import torch

from speech.audio import insert_pause, resample, speech_span
from speech.vad import Endpointer, EndpointOptions, silence_needed, sounds_complete


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


def fired_after_speech_s(endpointer: Endpointer, speech: torch.Tensor, piece: int = 320) -> float:
    """Seconds from where the voice really stops to the endpoint, in audio time."""
    flags = feed_in_pieces(endpointer, torch.cat([speech, torch.zeros(16000 * 2)]), piece)
    assert any(flags), "the turn never ended"
    return (flags.index(True) + 1) * piece / 16000 - speech_span(speech)[1] / 16000


def test_silence_is_counted_from_where_the_voice_stops(speech_16k):
    # Silero decides 120-190 ms after the last sound; the rule must not wait that on top.
    after = fired_after_speech_s(Endpointer(16000, EndpointOptions(trailing_silence_s=0.4)),
                                 speech_16k)
    assert 0.38 <= after <= 0.4 + 0.07


def test_finished_words_end_the_turn_sooner_than_trailing_ones(speech_16k):
    asked = []
    options = EndpointOptions(trailing_silence_s=0.6, complete_silence_s=0.35,
                              sure_silence_s=0.2, sure_end_prob=0.3)

    def judge(text: str, end_prob: float | None):
        def needed() -> float:
            asked.append(text)
            return silence_needed(text, options, end_prob)
        return needed

    def after(text: str, end_prob: float | None = None) -> float:
        return fired_after_speech_s(Endpointer(16000, options, judge(text, end_prob)), speech_16k)

    assert 0.18 <= after("where is my order", 0.5) <= 0.2 + 0.07
    assert 0.33 <= after("where is my order", 0.1) <= 0.35 + 0.07
    assert 0.33 <= after("where is my order") <= 0.35 + 0.07  # no language model
    asked.clear()
    assert 0.58 <= after("where is my", 0.5) <= 0.6 + 0.07
    # asked a few times in the pause (the last word may still form), not every window
    assert 1 <= len(asked) <= 5


def test_silence_needed_takes_the_rule_then_the_language_model():
    options = EndpointOptions(trailing_silence_s=0.5, complete_silence_s=0.4,
                              sure_silence_s=0.25, sure_end_prob=0.2)
    assert silence_needed("how much is the", options, 0.9) == 0.5  # the rule wins
    assert silence_needed("how much is the lamp", options, 0.9) == 0.25
    assert silence_needed("how much is the lamp", options, 0.1) == 0.4
    assert silence_needed("how much is the lamp", options, None) == 0.4
    # never more than the trailing rule, never a sure rule above the complete one
    odd = EndpointOptions(trailing_silence_s=0.3, complete_silence_s=0.4, sure_silence_s=0.6,
                          sure_end_prob=0.0)
    assert silence_needed("how much is the lamp", odd, 1.0) == 0.3


def test_a_pause_shorter_than_the_rule_does_not_end_the_turn(speech_16k):
    paused, at = insert_pause(speech_16k, 16000, 0.25)
    endpointer = Endpointer(16000, EndpointOptions(trailing_silence_s=0.6))
    flags = feed_in_pieces(endpointer, paused, 320)
    assert not any(flags[: at // 320 + 20]), "ended in the pause"


@pytest.mark.parametrize(("text", "complete"), [
    ("do you have this jacket in blue", True),
    ("where is my order", True),
    ("yes please", True),
    ("i'm looking for the", False),
    ("my order number is four nine", False),
    ("my email is zoe at", False),
    ("do you have it under eighty four forty nine", True),
    ("is there vitamin c", True),
    ("my order number is q d", False),
    ("and um", False),
    ("", False),
])
def test_sounds_complete_judges_the_last_word(text, complete):
    assert sounds_complete(text) is complete
