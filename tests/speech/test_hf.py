"""The transformers path, on a tiny randomly initialised wav2vec2-conformer saved to disk."""

import json
import os

import pytest
import torch

from speech.audio import encode_mulaw, resample
from speech.hf import HFRecognizer
from speech.streaming import Update


@pytest.fixture(scope="module")
def tiny_checkpoint(tmp_path_factory) -> str:
    from transformers import (
        Wav2Vec2ConformerConfig,
        Wav2Vec2ConformerForCTC,
        Wav2Vec2CTCTokenizer,
        Wav2Vec2FeatureExtractor,
        Wav2Vec2Processor,
    )

    out = str(tmp_path_factory.mktemp("tiny-w2v2-conformer"))
    vocab = {"<pad>": 0, "<unk>": 1, "|": 2}
    for c in "abcdefghijklmnopqrstuvwxyz'":
        vocab[c] = len(vocab)
    with open(os.path.join(out, "vocab.json"), "w") as f:
        json.dump(vocab, f)
    tokenizer = Wav2Vec2CTCTokenizer(os.path.join(out, "vocab.json"), unk_token="<unk>",
                                     pad_token="<pad>", word_delimiter_token="|")
    extractor = Wav2Vec2FeatureExtractor(feature_size=1, sampling_rate=16000, padding_value=0.0,
                                         do_normalize=True, return_attention_mask=False)
    config = Wav2Vec2ConformerConfig(
        vocab_size=len(vocab), hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
        intermediate_size=64, conv_dim=(16, 16, 16, 16), conv_stride=(5, 4, 4, 4),
        conv_kernel=(10, 8, 4, 4),
        num_conv_pos_embeddings=16, num_conv_pos_embedding_groups=2,
        conformer_conv_depthwise_kernel_size=7, pad_token_id=0,
        position_embeddings_type="relative", do_stable_layer_norm=True,
    )
    torch.manual_seed(0)
    Wav2Vec2ConformerForCTC(config).save_pretrained(out)
    Wav2Vec2Processor(feature_extractor=extractor, tokenizer=tokenizer).save_pretrained(out)
    return out


def test_loads_from_a_folder_and_transcribes(tiny_checkpoint, speech_16k):
    recognizer = HFRecognizer.load(tiny_checkpoint, local_files_only=True)
    text = recognizer.transcribe(speech_16k, 16000)
    assert isinstance(text, str)
    assert set(text) <= set("abcdefghijklmnopqrstuvwxyz' ")
    logp = recognizer.log_probs(speech_16k)
    assert logp.shape[1] == 30 and logp.shape[0] == pytest.approx(speech_16k.shape[0] / 320, abs=2)


def test_stream_over_the_telephone_path_gives_the_offline_result(tiny_checkpoint, speech_16k):
    recognizer = HFRecognizer.load(tiny_checkpoint, local_files_only=True)
    narrow = resample(speech_16k, 16000, 8000).clamp(-1, 1)
    data = encode_mulaw(narrow)
    stream = recognizer.open(format="mulaw", sample_rate=8000, hotwords=["blue kettle"])
    partials = 0
    for i in range(0, len(data), 160):  # 20 ms of 8 kHz mu-law
        update = stream.feed(data[i : i + 160])
        assert isinstance(update, Update)
        partials += update.partial is not None
    from speech.audio import decode_mulaw

    expected = recognizer.transcribe(decode_mulaw(data), 8000, hotwords=["blue kettle"])
    assert stream.finish() == expected
    assert partials >= int(stream.seconds / 0.3)
    assert recognizer.hotword_units(["Blue Kettle"])[0][:4] == [4, 14, 23, 7]  # b l u e


def test_server_settings_pick_the_recognizer_and_its_endpointing(tiny_checkpoint):
    """`asr_model` may name a transformers checkpoint; the endpointing silences reach the VAD."""
    from app.settings import Settings
    from app.wiring import stream_options
    from speech.streaming import Recognizer, load_recognizer

    settings = Settings(asr_model=tiny_checkpoint, endpoint_silence_ms=300)
    recognizer = load_recognizer(settings.asr_model, stream_options(settings))
    assert isinstance(recognizer, HFRecognizer)
    assert recognizer.options.endpoint.trailing_silence_s == pytest.approx(0.3)
    assert recognizer.options.endpoint.complete_silence_s == pytest.approx(0.3)  # <= trailing
    bundled = load_recognizer(None, stream_options(Settings(endpoint_complete_silence_ms=150)))
    assert isinstance(bundled, Recognizer)
    assert bundled.options.endpoint.trailing_silence_s == pytest.approx(0.5)
    assert bundled.options.endpoint.complete_silence_s == pytest.approx(0.15)
