"""Tiny, randomly initialised MoE checkpoints and a locally trained tokenizer, saved to disk.

The tokenizer mirrors the bundled one where it matters to serving: SentencePiece-style word
boundaries (a `▁` marks a space) and single-digit tokens, so incremental decoding and the
number-copying constraint meet the same token shapes as in production.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import torch
from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, trainers
from transformers import (
    AutoModelForCausalLM,
    GraniteMoeConfig,
    MixtralConfig,
    OlmoeConfig,
    PreTrainedTokenizerFast,
    Qwen2MoeConfig,
    Qwen3MoeConfig,
)

CHAT_TEMPLATE = (
    "{% for m in messages %}<|{{ m['role'] }}|>{{ m['content'] }}<|end|>{% endfor %}"
    "{% if add_generation_prompt %}<|assistant|>{% endif %}"
)
SPECIALS = ["<unk>", "<s>", "</s>", "<pad>", "<|system|>", "<|user|>", "<|assistant|>", "<|end|>"]

WORDS = (
    "the red kettle costs price order shipped blue lamp is in stock we have a your "
    "hello thanks for asking sku euro dollars delivery tomorrow return within days "
    "café crème brûlée size small large"
).split()


def _corpus(n: int = 400) -> list[str]:
    rng = random.Random(0)
    lines = []
    for _ in range(n):
        words = rng.choices(WORDS, k=8)
        words.insert(rng.randrange(8), f"{rng.randint(0, 99999)}.{rng.randint(0, 99):02d}")
        words.insert(rng.randrange(8), f"SKU-{rng.randint(100, 999)}{rng.choice('ABCXYZ')}")
        lines.append(" ".join(words))
    return lines


def build_tokenizer(path: Path) -> PreTrainedTokenizerFast:
    """A 300-piece Unigram tokenizer with SentencePiece conventions, trained in a blink."""
    tok = Tokenizer(models.Unigram())
    tok.normalizer = normalizers.NFKC()
    tok.pre_tokenizer = pre_tokenizers.Sequence(
        [pre_tokenizers.Metaspace(), pre_tokenizers.Digits(individual_digits=True)]
    )
    tok.decoder = decoders.Metaspace()
    trainer = trainers.UnigramTrainer(
        vocab_size=300, special_tokens=SPECIALS, unk_token="<unk>", show_progress=False
    )
    tok.train_from_iterator(_corpus(), trainer=trainer)
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tok,
        unk_token="<unk>",
        bos_token="<s>",
        eos_token="<|end|>",
        pad_token="<pad>",
        additional_special_tokens=SPECIALS[4:],
    )
    fast.chat_template = CHAT_TEMPLATE
    fast.save_pretrained(path)
    return fast


def _config(family: str, vocab_size: int, eos: int, pad: int):
    common = dict(
        vocab_size=vocab_size,
        hidden_size=32,
        intermediate_size=48,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=256,
        eos_token_id=eos,
        pad_token_id=pad,
        bos_token_id=1,
        tie_word_embeddings=False,
    )
    if family == "mixtral":
        return MixtralConfig(**common, num_local_experts=4, num_experts_per_tok=2)
    if family == "qwen2_moe":
        return Qwen2MoeConfig(
            **common, num_experts=4, num_experts_per_tok=2, moe_intermediate_size=24,
            shared_expert_intermediate_size=24,
        )
    if family == "qwen3_moe":
        return Qwen3MoeConfig(
            **common, num_experts=4, num_experts_per_tok=2, moe_intermediate_size=24, head_dim=8
        )
    if family == "olmoe":
        return OlmoeConfig(**common, num_experts=4, num_experts_per_tok=2)
    if family == "granitemoe":
        return GraniteMoeConfig(**common, num_local_experts=4, num_experts_per_tok=2)
    raise ValueError(family)


MOE_FAMILIES = ("mixtral", "qwen2_moe", "qwen3_moe", "olmoe", "granitemoe")


def build_checkpoint(path: Path, family: str = "mixtral", seed: int = 0) -> Path:
    """Save a tiny random `family` model plus the test tokenizer under `path`."""
    tokenizer = build_tokenizer(path)
    config = _config(family, len(tokenizer), tokenizer.eos_token_id, tokenizer.pad_token_id)
    torch.manual_seed(seed)
    model = AutoModelForCausalLM.from_config(config)
    model.generation_config.eos_token_id = tokenizer.eos_token_id
    model.generation_config.pad_token_id = tokenizer.pad_token_id
    model.save_pretrained(path)
    return path


@pytest.fixture(scope="session")
def tiny_mixtral_path(tmp_path_factory) -> Path:
    return build_checkpoint(tmp_path_factory.mktemp("tiny-mixtral"), "mixtral")


@pytest.fixture(scope="session")
def tiny_mixtral(tiny_mixtral_path):
    from model.loading import load

    return load(str(tiny_mixtral_path))
