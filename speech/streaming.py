"""Chunks in, partials and finals out: the bundled recognizer behind `app`'s Recognizer contract.

    recognizer = Recognizer.load()                      # speech/weights/, or a folder
    stream = recognizer.open(format="mulaw", sample_rate=8000, hotwords=["Lumora kettle"])
    update = stream.feed(chunk)                         # Update(partial, endpoint, pause_s)
    text = stream.finish()                              # the final transcript

Audio flows: wire bytes -> float samples -> (VAD at the wire rate) -> 16 kHz -> log-mel
frames -> chunk windows through the Conformer -> incremental CTC prefix beam search, with
the weights folder's unit language model (`units_lm.npz`, `speech.lm`) when it has one. The
hotwords (a shop's product names) are boosted in the search and, in the final transcript,
restored where they were spelled by ear (`speech.names`).
Every stage is incremental and equals its one-shot counterpart, so a streamed utterance
gets the same transcript as `Recognizer.transcribe` on the whole recording.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Sequence
from dataclasses import dataclass, field

import torch
from safetensors.torch import load_file

from speech.audio import (
    MODEL_SAMPLE_RATE,
    ChunkDecoder,
    StreamingFeatures,
    StreamingResampler,
    log_mel,
    to_model_rate,
)
from speech.conformer import ConformerConfig, ConformerCTC
from speech.decoder import BeamOptions, PrefixBeamSearch
from speech.lm import FILE_NAME as LM_FILE
from speech.lm import UnitLM
from speech.names import for_hotwords
from speech.synth import spoken_name
from speech.tokenizer import Units
from speech.vad import Endpointer, EndpointOptions, silence_needed

DEFAULT_WEIGHTS = os.path.join(os.path.dirname(__file__), "weights")


@dataclass(frozen=True)
class Update:
    partial: str | None  # the transcript so far, when there is a new one
    endpoint: bool  # the caller has stopped talking; call finish()
    pause_s: float = 0.0  # how long the caller has been silent (endpointing on), 0 while talking


@dataclass(frozen=True)
class StreamOptions:
    partial_interval_s: float = 0.28  # a partial at least this often (20 ms chunks: <= 0.3 s)
    beam: BeamOptions = field(default_factory=BeamOptions)
    endpoint: EndpointOptions = field(default_factory=EndpointOptions)


def load_lm(path: str) -> UnitLM | None:
    """The weights folder's unit language model, if it has one."""
    file = os.path.join(path, LM_FILE)
    return UnitLM.load(file) if os.path.exists(file) else None


def load_model(path: str) -> tuple[ConformerCTC, Units]:
    config_path = os.path.join(path, "config.json")
    if not os.path.exists(config_path):
        raise FileNotFoundError(
            f"no recognizer weights in {path}: run `shopdesk train-asr` and export them")
    with open(config_path) as f:
        cfg = ConformerConfig.from_json(f.read())
    model = ConformerCTC(cfg)
    state = {k: v.float() for k, v in load_file(os.path.join(path, "model.safetensors")).items()}
    model.load_state_dict(state)
    model.eval()
    return model, Units(os.path.join(path, "units.model"))


class Recognizer:
    """The bundled Conformer-CTC recognizer (thread-safe: streams share only the weights)."""

    def __init__(self, model: ConformerCTC, units: Units,
                 options: StreamOptions | None = None, lm: UnitLM | None = None) -> None:
        assert model.cfg.vocab_size == units.size, "model and units disagree"
        assert lm is None or lm.vocab == units.size, "language model and units disagree"
        self.model = model
        self.units = units
        self.options = options or StreamOptions()
        self.lm = lm
        self._warm_up()

    def _warm_up(self) -> None:
        # The first forward pass pays one-off set-up costs; pay them at load, not on a caller.
        cfg = self.model.cfg
        with torch.inference_mode():
            self.model.forward_windows(torch.zeros(1, cfg.window_feature_frames, cfg.n_mels))

    @classmethod
    def load(cls, path: str | None = None, options: StreamOptions | None = None) -> Recognizer:
        model, units = load_model(path or DEFAULT_WEIGHTS)
        return cls(model, units, options, load_lm(path or DEFAULT_WEIGHTS))

    def search(self, hotwords: Sequence[str] = ()) -> PrefixBeamSearch:
        """A new beam search for one utterance."""
        return PrefixBeamSearch(self.model.cfg.blank, self.options.beam,
                                self.hotword_units(hotwords), self.lm)

    def hotword_units(self, hotwords: Sequence[str]) -> list[list[int]]:
        return [self.units.encode(t) for t in (spoken_name(h) for h in hotwords) if t]

    def open(self, *, format: str, sample_rate: int, endpointing: bool = True,
             hotwords: Sequence[str] = ()) -> VoiceStream:
        return VoiceStream(self, format=format, sample_rate=sample_rate,
                           endpointing=endpointing, hotwords=hotwords)

    @torch.inference_mode()
    def transcribe(self, wave: torch.Tensor, sample_rate: int,
                   hotwords: Sequence[str] = ()) -> str:
        """Offline: a whole recording (float samples) -> transcript."""
        feats = log_mel(to_model_rate(wave, sample_rate))
        search = self.search(hotwords)
        search.advance(self.model.encode(feats))
        return for_hotwords(tuple(hotwords)).correct(self.units.decode(search.best()))


class ChunkEncoder:
    """Log-mel frames in, log-probs of whole chunks out (the model's streaming scheme)."""

    def __init__(self, model: ConformerCTC) -> None:
        self.model = model
        cfg = model.cfg
        self.step = 4 * cfg.chunk_frames  # feature frames a chunk adds
        self.window = cfg.window_feature_frames
        # Normalized features, starting with the left padding that offline encoding uses.
        self._feats = torch.zeros(4 * cfg.left_frames, cfg.n_mels)
        self.frames_in = 0  # real feature frames received
        self.chunks_done = 0

    def push(self, frames: torch.Tensor) -> torch.Tensor:
        """Add raw log-mel frames -> (n, vocab+1) log-probs of newly completed chunks."""
        self._feats = torch.cat([self._feats, self.model.normalize(frames)])
        self.frames_in += frames.shape[0]
        ready = (self._feats.shape[0] - self.window) // self.step + 1
        if ready <= 0:
            return torch.zeros(0, self.model.cfg.vocab_size + 1)
        wins = self._feats.unfold(0, self.window, self.step)[:ready].transpose(1, 2)
        out = self.model.forward_windows(wins).reshape(-1, self.model.cfg.vocab_size + 1)
        self._feats = self._feats[ready * self.step :]
        self.chunks_done += ready
        return out

    def tail(self) -> torch.Tensor:
        """Log-probs for the frames after the last complete chunk, as if audio ended now."""
        cfg = self.model.cfg
        n_out = -(-self.frames_in // 4) - self.chunks_done * cfg.chunk_frames
        if n_out <= 0:
            return torch.zeros(0, cfg.vocab_size + 1)
        n_chunks = -(-n_out // cfg.chunk_frames)
        need = (n_chunks - 1) * self.step + self.window
        padded = torch.nn.functional.pad(self._feats, (0, 0, 0, need - self._feats.shape[0]))
        wins = padded.unfold(0, self.window, self.step).transpose(1, 2)
        out = self.model.forward_windows(wins).reshape(-1, cfg.vocab_size + 1)
        return out[:n_out]


class VoiceStream:
    """One voice turn. Not thread-safe: one caller feeds it at a time."""

    def __init__(self, recognizer: Recognizer, *, format: str, sample_rate: int,
                 endpointing: bool = True, hotwords: Sequence[str] = ()) -> None:
        self.recognizer = recognizer
        self.options = recognizer.options
        self.sample_rate = sample_rate
        self._decoder = ChunkDecoder(format, sample_rate)  # validates format and rate
        self._resampler = StreamingResampler(sample_rate, MODEL_SAMPLE_RATE)
        self._features = StreamingFeatures()
        self._encoder = ChunkEncoder(recognizer.model)
        self._search = recognizer.search(hotwords)
        self._names = for_hotwords(tuple(hotwords))
        self._endpointer = (Endpointer(sample_rate, self.options.endpoint, self._silence_needed)
                            if endpointing else None)
        self._samples = 0
        self._samples_at_partial = 0
        self._pending: list[torch.Tensor] = []  # 16 kHz audio not yet turned into features
        self._pending_samples = 0
        cfg = recognizer.model.cfg
        self._chunk_samples = 4 * cfg.chunk_frames * 160
        self._final: str | None = None

    @property
    def seconds(self) -> float:
        return self._samples / self.sample_rate

    @property
    def speech_end_s(self) -> float | None:
        """Where the caller's last speech ended (VAD), when endpointing is on."""
        return self._endpointer.speech_end_s if self._endpointer else None

    @torch.inference_mode()
    def feed(self, data: bytes) -> Update:
        if self._final is not None:
            raise RuntimeError("the stream is finished")
        wave = self._decoder.decode(data)
        self._samples += wave.shape[0]
        self._pending.append(self._resampler.push(wave))
        self._pending_samples += self._pending[-1].shape[0]
        endpoint = self._endpointer.push(wave) if self._endpointer else False
        due = self._samples - self._samples_at_partial >= \
            self.options.partial_interval_s * self.sample_rate
        # Features and the encoder run only when a chunk may be complete or a partial is
        # due: per-call overheads would otherwise dominate at 20 ms wire chunks.
        pause_s = self._endpointer.pause_s if self._endpointer else 0.0
        if not due and self._pending_samples < self._chunk_samples:
            return Update(partial=None, endpoint=endpoint, pause_s=pause_s)
        new_chunks = self._encode_pending()
        partial = None
        if new_chunks or due:
            partial = self._text(self._preview() if due and not new_chunks else self._search)
            self._samples_at_partial = self._samples
        return Update(partial=partial, endpoint=endpoint, pause_s=pause_s)

    @torch.inference_mode()
    def words_so_far(self) -> str:
        """The transcript of all audio fed so far (what finish() would say if it ended now)."""
        return self._so_far()[0]

    def _so_far(self) -> tuple[str, PrefixBeamSearch]:
        """`words_so_far` and the search it was read from."""
        self._encode_pending()
        search = self._preview()
        return self._names.correct(self._text(search)), search

    def _silence_needed(self) -> float:
        """Asked by the endpointer in a pause: how much silence do the words so far need?"""
        text, search = self._so_far()
        return silence_needed(text, self.options.endpoint, self._end_prob(search.best()))

    def _end_prob(self, units: list[int]) -> float | None:
        """The unit language model's probability that the utterance ends after `units`."""
        lm = self.recognizer.lm
        if lm is None or not units:
            return None
        context = (*lm.start(), *units)[len(units):] if lm.order > 1 else ()
        return math.exp(lm.logprob(context, lm.eos))

    def _preview(self) -> PrefixBeamSearch:
        """The search so far, carried over the audio not yet in a whole chunk (on a copy)."""
        tail = self._encoder.tail()
        if not tail.shape[0]:
            return self._search
        preview = self._search.copy()
        preview.advance(tail)
        return preview

    def _encode_pending(self) -> int:
        """Push buffered audio through features and encoder; returns new chunk count."""
        wave = torch.cat(self._pending) if self._pending else torch.zeros(0)
        self._pending, self._pending_samples = [], 0
        before = self._encoder.chunks_done
        chunks = self._encoder.push(self._features.push(wave))
        if chunks.shape[0]:
            self._search.advance(chunks)
        return self._encoder.chunks_done - before

    @torch.inference_mode()
    def finish(self) -> str:
        """The final transcript; later calls return the same text."""
        if self._final is None:
            self._pending.append(self._resampler.flush())
            self._encode_pending()
            tail = self._encoder.tail()
            if tail.shape[0]:
                self._search.advance(tail)
            self._final = self._names.correct(self._text(self._search))
        return self._final

    def _text(self, search: PrefixBeamSearch) -> str:
        # With voice activity on, a stream in which the VAD never heard speech has no words:
        # noise and silence must not turn into a transcript.
        if self._endpointer is not None and self._endpointer.speech_s == 0.0 \
                and not self._endpointer.in_speech:
            return ""
        return self.recognizer.units.decode(search.best())


def load_recognizer(name_or_path: str | None = None,
                    options: StreamOptions | None = None) -> Recognizer:
    """The bundled recognizer (None), a folder in its format (with `units.model`), or else a
    transformers CTC checkpoint by path or hub id (`speech.hf`)."""
    if name_or_path is None or os.path.exists(os.path.join(name_or_path, "units.model")):
        return Recognizer.load(name_or_path, options)
    from speech.hf import HFRecognizer

    return HFRecognizer.load(name_or_path, options=options)  # type: ignore[return-value]


def describe(path: str | None = None) -> dict:
    """The bundled model's config and training figures (for /healthz-style reporting)."""
    path = path or DEFAULT_WEIGHTS
    with open(os.path.join(path, "config.json")) as f:
        info = {"config": json.load(f)}
    training = os.path.join(path, "training.json")
    if os.path.exists(training):
        with open(training) as f:
            info["best"] = json.load(f).get("best")
    return info
