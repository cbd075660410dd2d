"""The bundled model's tokenizer: SentencePiece trained on generated shop dialogues.

SentencePiece learns a small unigram vocabulary with every digit its own piece (a price is
copied digit by digit, never as an unseen multi-digit piece) and byte fallback (any text
encodes). The learned pieces and scores are then wrapped as a `tokenizers` unigram model, so
that `transformers.AutoTokenizer.from_pretrained` loads it as a fast tokenizer with the chat
template below.

Chat layout: `<|system|>TEXT<|end|><|user|>TEXT<|end|><|assistant|>TEXT<|end|>`; generation
stops at `<|end|>`.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from pathlib import Path

ROLE_TOKENS = {"system": "<|system|>", "user": "<|user|>", "assistant": "<|assistant|>"}
END = "<|end|>"
PAD = "<pad>"
UNK = "<unk>"
NEWLINE = "\n"

CHAT_TEMPLATE = (
    "{% for message in messages %}"
    "{{ '<|' + message['role'] + '|>' + message['content'] + '<|end|>' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|assistant|>' }}{% endif %}"
)


def render(messages: Sequence[dict[str, str]], *, add_generation_prompt: bool = False
           ) -> tuple[str, list[tuple[int, int, str]]]:
    """The chat template in Python, with the character span and role of every message body.

    Each span covers the content and its `<|end|>`, so training can put loss on exactly the
    assistant's words and on the decision to stop.
    """
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for message in messages:
        head = ROLE_TOKENS[message["role"]]
        body = message["content"] + END
        parts.append(head + body)
        spans.append((pos + len(head), pos + len(head) + len(body), message["role"]))
        pos += len(head) + len(body)
    if add_generation_prompt:
        parts.append(ROLE_TOKENS["assistant"])
    return "".join(parts), spans


def train_sentencepiece(lines: Iterable[str], *, vocab_size: int = 2048) -> bytes:
    """Train a unigram SentencePiece model on `lines` (no newlines inside); returns its bytes."""
    import sentencepiece as spm

    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines),
        model_writer=model,
        model_type="unigram",
        vocab_size=vocab_size,
        split_digits=True,
        byte_fallback=True,
        # Keep text as written: newlines, spacing and case carry meaning in the facts layout.
        normalization_rule_name="identity",
        add_dummy_prefix=False,
        remove_extra_whitespaces=False,
        pad_id=0,
        unk_id=1,
        bos_id=-1,
        eos_id=-1,
        control_symbols=[*ROLE_TOKENS.values(), END],
        character_coverage=1.0,
        input_sentence_size=2_000_000,
        shuffle_input_sentence=True,
        num_threads=1,
    )
    return model.getvalue()


def fast_tokenizer(sp_model: bytes):
    """Wrap the SentencePiece pieces and scores as a transformers fast tokenizer."""
    import sentencepiece as spm
    from tokenizers import AddedToken, Tokenizer, decoders, models, pre_tokenizers
    from transformers import PreTrainedTokenizerFast

    sp = spm.SentencePieceProcessor(model_proto=sp_model)
    vocab = [(sp.id_to_piece(i), sp.get_score(i)) for i in range(sp.get_piece_size())]
    vocab.append((NEWLINE, 0.0))
    assert vocab[0][0] == PAD and vocab[1][0] == UNK, vocab[:2]
    tok = Tokenizer(models.Unigram(vocab, unk_id=1, byte_fallback=True))
    tok.pre_tokenizer = pre_tokenizers.Sequence([
        pre_tokenizers.Metaspace(replacement="\u2581", prepend_scheme="never", split=True),
        pre_tokenizers.Digits(individual_digits=True),
    ])
    tok.decoder = decoders.Sequence([
        decoders.Replace("\u2581", " "), decoders.ByteFallback(), decoders.Fuse(),
    ])
    tok.add_special_tokens([AddedToken(t, special=True, normalized=False)
                            for t in (PAD, UNK, *ROLE_TOKENS.values(), END)])
    tok.add_tokens([AddedToken(NEWLINE, special=False, normalized=False)])
    wrapped = PreTrainedTokenizerFast(
        tokenizer_object=tok, eos_token=END, pad_token=PAD, unk_token=UNK,
        model_max_length=1024, padding_side="left", clean_up_tokenization_spaces=False,
    )
    wrapped.chat_template = CHAT_TEMPLATE
    return wrapped


def build_tokenizer(out_dir: Path, lines: Iterable[str], *, vocab_size: int = 2048):
    """Train, wrap and save (`tokenizer.json`, config, `spm.model`) to `out_dir`."""
    out_dir.mkdir(parents=True, exist_ok=True)
    sp_model = train_sentencepiece(lines, vocab_size=vocab_size)
    (out_dir / "spm.model").write_bytes(sp_model)
    tokenizer = fast_tokenizer(sp_model)
    tokenizer.save_pretrained(str(out_dir))
    return tokenizer


def dialogue_lines(n_examples: int, seed: int) -> list[str]:
    """Training text for the tokenizer: every line of generated dialogues."""
    from model.dialogues import DialogueGenerator

    gen = DialogueGenerator(seed)
    lines: list[str] = []
    for _ in range(n_examples):
        for message in gen.example().messages:
            lines.extend(line for line in message["content"].split(NEWLINE) if line)
    return lines
