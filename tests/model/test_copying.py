"""The copying constraint against an adversary: random logits, thousands of steps, no model."""

import random

import torch
from transformers import AutoTokenizer

from model.copying import CopyConstraint, FigureGate, TokenTable, figures

CONTEXT = "Kettle 19.99 EUR (was 1,299.00). Order ORD-2024-0042 ships in 3 days; SKU-123A."


def test_figures_are_words_with_digits_and_id_parts():
    assert figures(CONTEXT) == {
        "19.99", "1,299.00", "ORD-2024-0042", "2024", "0042", "3", "SKU-123A", "123A",
    }
    assert figures("no numbers here.") == set()


def test_text_check_follows_whole_and_open_figures():
    c = CopyConstraint(table=None, allowed=sorted(figures(CONTEXT)))
    assert c.text_ok("it costs 19.99.") and c.text_ok("costs 19.9") and c.text_ok("ORD-20")
    assert not c.text_ok("costs 19.9 now") and not c.text_ok("costs 18")
    assert not c.text_ok("costs 19.9", final=True) and c.text_ok("SKU-123A, ok", final=True)


def test_random_decoding_under_the_mask_only_copies_context_figures(tiny_mixtral_path):
    tokenizer = AutoTokenizer.from_pretrained(tiny_mixtral_path)
    table = TokenTable(tokenizer, len(tokenizer))
    constraint = CopyConstraint.from_context(table, CONTEXT)
    eos = frozenset({tokenizer.eos_token_id})
    rng = torch.Generator().manual_seed(0)
    digit_ids = torch.tensor(table.with_digit)
    written: set[str] = set()
    for trial in range(30):
        ids: list[int] = []
        gate, shown = FigureGate(constraint), ""
        for _ in range(random.Random(trial).randint(10, 60)):
            text = tokenizer.decode(ids, skip_special_tokens=True)
            logits = torch.randn(len(tokenizer), generator=rng)
            logits[digit_ids] += 3.0  # an adversary that loves digits
            constraint.restrict(logits, text, eos)
            token = int(torch.distributions.Categorical(logits=logits).sample())
            if token in eos:
                break
            before = tokenizer.decode(ids, skip_special_tokens=True)
            ids.append(token)
            shown += gate.feed(tokenizer.decode(ids, skip_special_tokens=True)[len(before) :])
        shown += gate.flush()
        assert figures(shown) <= figures(CONTEXT), shown
        written |= figures(shown)
    assert len(written) >= 3, "the adversary did copy figures"
