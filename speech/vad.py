"""Voice activity (Silero VAD, shipped inside the `silero-vad` package) and endpointing.

The endpointing rule: once the caller has spoken for at least `min_speech_s`, a run of
`trailing_silence_s` without speech ends the turn on its own.
"""

from __future__ import annotations

import copy
import threading
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
    trailing_silence_s: float = 0.4  # silence after speech that ends the turn


class Endpointer:
    """Feeds audio at 8 or 16 kHz through Silero VAD and applies the endpointing rule."""

    def __init__(self, sample_rate: int, options: EndpointOptions | None = None) -> None:
        assert sample_rate in (8000, 16000), sample_rate
        self.sample_rate = sample_rate
        self.options = options or EndpointOptions()
        self.window = 512 if sample_rate == 16000 else 256  # what Silero accepts
        self.model = _fresh_vad_model()
        self._pending = torch.zeros(0)
        self.samples_seen = 0
        self.speech_s = 0.0
        self.silence_s = 0.0
        self.in_speech = False
        self.speech_end_s: float | None = None  # where the last speech run ended
        self.endpoint = False

    def push(self, wave: torch.Tensor) -> bool:
        """Add samples; True once the endpoint has been reached (and stays True)."""
        self._pending = torch.cat([self._pending, wave])
        step = self.window / self.sample_rate
        opts = self.options
        with torch.inference_mode():
            while self._pending.shape[0] >= self.window:
                frame, self._pending = (self._pending[: self.window],
                                        self._pending[self.window :])
                prob = float(self.model(frame, self.sample_rate))
                self.samples_seen += self.window
                now = self.samples_seen / self.sample_rate
                if prob >= opts.threshold or (self.in_speech and prob >= opts.release):
                    self.in_speech = True
                    self.speech_s += step
                    self.silence_s = 0.0
                    self.speech_end_s = None
                else:
                    if self.in_speech:
                        self.speech_end_s = now - step
                    self.in_speech = False
                    self.silence_s += step
                    if self.speech_s >= opts.min_speech_s and \
                            self.silence_s >= opts.trailing_silence_s:
                        self.endpoint = True
        return self.endpoint
