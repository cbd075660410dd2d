"""Incremental decoding gives whole characters and keeps SentencePiece spaces."""

from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
from transformers import AutoTokenizer, PreTrainedTokenizerFast

from model.detokenizer import IncrementalDecoder, StopMatcher

TEXT = "the café crème costs 12.50 € — très bien 日本"


def stream(tokenizer, text):
    ids = tokenizer.encode(text, add_special_tokens=False)
    decoder = IncrementalDecoder(tokenizer)
    return [decoder.push(i) for i in ids]


def test_sentencepiece_style_pieces_join_to_the_text(tiny_mixtral_path):
    tokenizer = AutoTokenizer.from_pretrained(tiny_mixtral_path)
    text = "the red kettle costs 1234.50 euro"
    assert "".join(stream(tokenizer, text)) == text


def test_byte_level_tokens_never_emit_half_characters():
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    tok.train_from_iterator(
        ["plain ascii words only"], trainers.BpeTrainer(
            vocab_size=300, initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
            show_progress=False,
        )
    )
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=tok)
    pieces = stream(tokenizer, TEXT)
    assert "".join(pieces) == TEXT
    assert "" in pieces, "multi-byte characters span several tokens"
    assert all("\ufffd" not in p for p in pieces)


def test_stop_matcher_holds_back_possible_starts():
    stops = StopMatcher(("<|end|>",))
    assert [stops.feed(p) for p in ["Hi", " there<", "|e", "x"]] == ["Hi", " there", "", "<|ex"]
    assert stops.feed("<|end|>tail") == "" and stops.stopped and stops.flush() == ""
