"""Voice activity (Silero VAD, shipped inside the `silero-vad` package) and endpointing.

The endpointing rule: once the caller has spoken for at least `min_speech_s`, silence ends the
turn on its own. How much silence depends on the words so far (`silence_needed`):
`trailing_silence_s` after words that need more ("and", "the", a digit of an order number...,
judged by `sounds_complete`), `complete_silence_s` after words that sound finished, and
`sure_silence_s` when, besides, the recognizer's unit language model gives the end of an
utterance at least `sure_end_prob` after them (its chance that a shopper's sentence ends there).

Silence is counted from where the voice really stopped. Silero's speech probability falls
some 120-190 ms after the last sound (it looks at context); counting from its decision would
spend most of a short rule before it starts. So the loudness of every 8 ms is tracked too: the
silence starts at the last moment louder than both the line's noise floor and the caller's
voice level allow for quiet, and the turn may end only while Silero also hears no speech. On a
noisy line, where loudness cannot tell, Silero's own count decides.
"""

from __future__ import annotations

import copy
import math
import threading
from collections.abc import Callable
from dataclasses import dataclass

import torch

_BASE_MODEL = None
_BASE_LOCK = threading.Lock()


def _fresh_vad_model() -> torch.nn.Module:
    """A private copy of the Silero model (it keeps per-stream recurrent state)."""
    global _BASE_MODEL
    with _BASE_LOCK:
        if _BASE_MODEL is None:
            from silero_vad import load_silero_vad

            _BASE_MODEL = load_silero_vad()
        return copy.deepcopy(_BASE_MODEL)


@dataclass(frozen=True)
class EndpointOptions:
    threshold: float = 0.5  # speech probability that counts as speech
    release: float = 0.35  # probability under which speech counts as over (hysteresis)
    min_speech_s: float = 0.2  # speech needed before silence can end the turn
    # Silence after speech that ends the turn (README: the measured trade-off of latency and
    # callers cut off mid-sentence); after words that sound finished, the shorter one.
    trailing_silence_s: float = 0.5
    complete_silence_s: float = 0.4
    sure_silence_s: float = 0.4  # after finished-sounding words the language model ends too
    sure_end_prob: float = 1.01  # P(end of utterance) from which it does (over 1: never)
    count_from: str = "voice"  # "voice": where the sound stops; "vad": Silero's decision
    quiet_below_voice_db: float = 30.0  # quieter than the voice's peaks by this: not voice
    quiet_above_noise_db: float = 8.0  # ... unless this much above the line's noise floor


SUBFRAMES = 4  # loudness is measured on quarters of a VAD window (8 ms)
PEAK_DECAY_DB = 0.25  # per VAD window: the voice level follows a caller who gets quieter
ASK_EVERY_S = 0.1  # in a pause, how often `complete` is asked again
NOISE_FLOOR_DB = -70.0  # start of the noise estimate (a digital line is quieter still)


class Endpointer:
    """Feeds audio at 8 or 16 kHz through Silero VAD and applies the endpointing rule.

    `needed`, when given, is asked in a pause (from the shortest silence the rule allows, then
    at most every ASK_EVERY_S) how much silence the words so far need (`silence_needed`);
    without it every pause needs `trailing_silence_s`.
    """

    def __init__(self, sample_rate: int, options: EndpointOptions | None = None,
                 needed: Callable[[], float] | None = None) -> None:
        assert sample_rate in (8000, 16000), sample_rate
        self.sample_rate = sample_rate
        self.options = options or EndpointOptions()
        self.needed = needed
        opts = self.options
        self._first_ask_s = min(opts.sure_silence_s, opts.complete_silence_s)
        self.window = 512 if sample_rate == 16000 else 256  # what Silero accepts
        self.model = _fresh_vad_model()
        self._pending = torch.zeros(0)
        self.samples_seen = 0
        self.speech_s = 0.0
        self.silence_s = 0.0  # Silero's count: windows since it last heard speech
        self.in_speech = False
        self.speech_end_s: float | None = None  # where the last speech ended (loudness)
        self.endpoint = False
        self._peak_db = -math.inf
        self._noise_db = NOISE_FLOOR_DB
        self._last_voice = 0  # sample just after the last loud 8 ms
        self._ask_after = 0  # sample from which `needed` may be asked again
        self.pause_s = 0.0  # silence so far after enough speech, as the rule counts it

    def _loudness(self, frame: torch.Tensor, speech: bool) -> None:
        opts = self.options
        power = frame.reshape(SUBFRAMES, -1).pow(2).mean(dim=1)
        db = (10 * torch.log10(power + 1e-10)).tolist()
        if speech:
            self._peak_db = max(self._peak_db - PEAK_DECAY_DB, max(db))
        elif not self.in_speech:
            self._noise_db = 0.9 * self._noise_db + 0.1 * min(db)
        quiet = max(self._peak_db - opts.quiet_below_voice_db,
                    self._noise_db + opts.quiet_above_noise_db)
        sub = self.window // SUBFRAMES
        for i, level in enumerate(db):
            if level > quiet:
                self._last_voice = self.samples_seen + (i + 1) * sub

    def push(self, wave: torch.Tensor) -> bool:
        """Add samples; True once the endpoint has been reached (and stays True)."""
        self._pending = torch.cat([self._pending, wave])
        step = self.window / self.sample_rate
        opts = self.options
        with torch.inference_mode():
            while self._pending.shape[0] >= self.window and not self.endpoint:
                frame, self._pending = (self._pending[: self.window],
                                        self._pending[self.window :])
                prob = float(self.model(frame, self.sample_rate))
                speech = prob >= opts.threshold or (self.in_speech and prob >= opts.release)
                self._loudness(frame, speech)
                self.samples_seen += self.window
                if speech:
                    self.in_speech = True
                    self.speech_s += step
                    self.silence_s = 0.0
                    self.pause_s = 0.0
                    self.speech_end_s = None
                    continue
                if self.in_speech:
                    self.in_speech = False
                    self.speech_end_s = self._last_voice / self.sample_rate
                self.silence_s += step
                if self.speech_s < opts.min_speech_s:
                    continue
                quiet_s = (self.samples_seen - self._last_voice) / self.sample_rate
                silence = max(self.silence_s, quiet_s) if opts.count_from == "voice" \
                    else self.silence_s
                self.pause_s = silence
                if silence >= opts.trailing_silence_s:
                    self.endpoint = True
                elif silence >= self._first_ask_s and self.needed is not None \
                        and self.samples_seen >= self._ask_after:
                    need = self.needed()
                    self.endpoint = silence >= need
                    # if not, again when that much silence has passed, or sooner: the last
                    # word may still be forming
                    wait = min(ASK_EVERY_S, need - silence)
                    self._ask_after = self.samples_seen + round(wait * self.sample_rate)
        return self.endpoint


# Words after which a caller is not done: an article, a preposition, a conjunction, a verb
# waiting for its object, a filler.
_GOES_ON = frozenset("""
a an the this that these those my your our his her their its some any every each another
for of in on at to with from by about under over into onto than as per via between without
and or but so because if when while then plus either
is are was were be been do does did can could would will should shall may might must
have has had want need get got i i'm i'd i'll i've we we're you it's there's what's
um uh er erm hmm mm ah eh
""".split())
# One digit or letter of an id or email being read out ("order k five three ..."): callers
# pause between the groups. A digit after a tens word ("forty nine") ends a number.
_SPELLED = frozenset("zero oh one two three four five six seven eight nine double triple "
                     "dot dash underscore".split())
_ID_WORDS = frozenset("order number is code zip postcode id".split())


def silence_needed(text: str, options: EndpointOptions, end_prob: float | None = None) -> float:
    """The silence after `text` that ends the turn (seconds): see the module's docstring.

    `end_prob`: the language model's probability that the utterance ends after `text`
    (None where the recognizer has no language model).
    """
    if not sounds_complete(text):
        return options.trailing_silence_s
    complete = min(options.complete_silence_s, options.trailing_silence_s)
    if end_prob is not None and end_prob >= options.sure_end_prob:
        return min(options.sure_silence_s, complete)
    return complete


def sounds_complete(text: str) -> bool:
    """Whether a transcript sounds like a finished request rather than one that trails off.

    Only the end is judged, so a misheard word elsewhere does not matter; a pause after a word
    that needs more ("... for the"), or inside an id being read out ("order four nine"), gets
    the longer silence rule.
    """
    words = [w.strip(".,?!") for w in text.lower().split()]
    if not words:
        return False
    last = words[-1]
    if last in _GOES_ON:
        return False
    if last in _SPELLED or len(last) == 1:
        before = words[-2] if len(words) > 1 else ""
        return not (before in _SPELLED or before in _ID_WORDS or len(before) == 1)
    return True
