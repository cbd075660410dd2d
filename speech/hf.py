"""Production recognizer: a pretrained CTC checkpoint through transformers, same contract.

    recognizer = HFRecognizer.load("facebook/wav2vec2-conformer-rel-pos-large-960h-ft")
    recognizer = HFRecognizer.load("/models/my-wav2vec2")     # or a local folder

Any `AutoModelForCTC` checkpoint with its processor works (wav2vec2, wav2vec2-conformer,
HuBERT, Data2Vec-audio ...). These encoders look at the whole utterance, so a stream keeps
the audio and re-reads it for each partial; the final transcript reads it once more.
"""

from __future__ import annotations

from collections.abc import Sequence

import torch

from speech.audio import ChunkDecoder, StreamingResampler, resample
from speech.decoder import PrefixBeamSearch
from speech.names import for_hotwords
from speech.streaming import StreamOptions, Update
from speech.vad import Endpointer, silence_needed


class HFRecognizer:
    def __init__(self, model, processor, options: StreamOptions | None = None) -> None:
        self.model = model.eval()
        self.processor = processor
        self.tokenizer = processor.tokenizer
        self.sample_rate = int(processor.feature_extractor.sampling_rate)
        self.blank = int(self.tokenizer.pad_token_id)
        self.options = options or StreamOptions()
        vocab = self.tokenizer.get_vocab()
        self._uppercase = "a" not in vocab and "A" in vocab
        self._word_delimiter = getattr(self.tokenizer, "word_delimiter_token", None)

    @classmethod
    def load(cls, name_or_path: str, *, local_files_only: bool = False,
             options: StreamOptions | None = None) -> HFRecognizer:
        try:
            from transformers import AutoModelForCTC, AutoProcessor
        except ImportError as e:  # pragma: no cover - transformers is a core dependency
            raise ImportError("the transformers recognizer needs `pip install transformers`") from e
        processor = AutoProcessor.from_pretrained(name_or_path, local_files_only=local_files_only)
        model = AutoModelForCTC.from_pretrained(name_or_path, local_files_only=local_files_only)
        return cls(model, processor, options)

    def hotword_units(self, hotwords: Sequence[str]) -> list[list[int]]:
        out = []
        for word in hotwords:
            text = " ".join(word.split())
            text = text.upper() if self._uppercase else text.lower()
            ids = self.tokenizer(text, add_special_tokens=False).input_ids
            if ids:
                out.append(ids)
        return out

    @torch.inference_mode()
    def log_probs(self, wave16: torch.Tensor) -> torch.Tensor:
        """Model-rate float samples -> (N, V) log-probs."""
        inputs = self.processor(wave16.numpy(), sampling_rate=self.sample_rate,
                                return_tensors="pt")
        logits = self.model(inputs.input_values).logits[0]
        return torch.log_softmax(logits.float(), dim=-1)

    def decode(self, logp: torch.Tensor, hotwords: Sequence[str] = ()) -> str:
        search = PrefixBeamSearch(self.blank, self.options.beam, self.hotword_units(hotwords))
        search.advance(logp)
        # The search already merged repeats and dropped blanks.
        text = self.tokenizer.decode(search.best(), group_tokens=False, skip_special_tokens=True)
        return " ".join(text.lower().split())

    def transcribe(self, wave: torch.Tensor, sample_rate: int,
                   hotwords: Sequence[str] = ()) -> str:
        wave = resample(wave, sample_rate, self.sample_rate)
        if wave.shape[0] == 0:
            return ""
        return for_hotwords(tuple(hotwords)).correct(self.decode(self.log_probs(wave), hotwords))

    def open(self, *, format: str, sample_rate: int, endpointing: bool = True,
             hotwords: Sequence[str] = ()) -> HFVoiceStream:
        return HFVoiceStream(self, format=format, sample_rate=sample_rate,
                             endpointing=endpointing, hotwords=hotwords)


class HFVoiceStream:
    def __init__(self, recognizer: HFRecognizer, *, format: str, sample_rate: int,
                 endpointing: bool, hotwords: Sequence[str]) -> None:
        self.recognizer = recognizer
        self.sample_rate = sample_rate
        self.hotwords = tuple(hotwords)
        self._names = for_hotwords(self.hotwords)
        self._decoder = ChunkDecoder(format, sample_rate)
        self._resampler = StreamingResampler(sample_rate, recognizer.sample_rate)
        self._endpointer = (Endpointer(sample_rate, recognizer.options.endpoint,
                                       self._silence_needed) if endpointing else None)
        self._pieces: list[torch.Tensor] = []
        self._samples = 0
        self._samples_at_partial = 0
        self._final: str | None = None

    @property
    def seconds(self) -> float:
        return self._samples / self.sample_rate

    def _no_speech(self) -> bool:
        """With voice activity on: the VAD has not heard any speech (so: no words)."""
        vad = self._endpointer
        return vad is not None and vad.speech_s == 0.0 and not vad.in_speech

    def _audio(self) -> torch.Tensor:
        return torch.cat(self._pieces) if self._pieces else torch.zeros(0)

    def _words(self) -> str | None:
        """The transcript of the audio so far; None while there is too little, or no speech."""
        audio = self._audio()
        if audio.shape[0] < 400 or self._no_speech():
            return None
        return self.recognizer.decode(self.recognizer.log_probs(audio), self.hotwords)

    def words_so_far(self) -> str:
        return self._names.correct(self._words() or "")

    def _silence_needed(self) -> float:
        return silence_needed(self.words_so_far(), self.recognizer.options.endpoint)

    def feed(self, data: bytes) -> Update:
        if self._final is not None:
            raise RuntimeError("the stream is finished")
        wave = self._decoder.decode(data)
        self._samples += wave.shape[0]
        self._pieces.append(self._resampler.push(wave))
        endpoint = self._endpointer.push(wave) if self._endpointer else False
        partial = None
        interval = self.recognizer.options.partial_interval_s * self.sample_rate
        if self._samples - self._samples_at_partial >= interval:
            partial = self._words()
            self._samples_at_partial = self._samples
        return Update(partial=partial, endpoint=endpoint,
                      pause_s=self._endpointer.pause_s if self._endpointer else 0.0)

    def finish(self) -> str:
        if self._final is None:
            self._pieces.append(self._resampler.flush())
            self._final = self.words_so_far()
        return self._final
