"""Questions about a store's own product fields ("what is the tank size of the X?").

For every uniquely named product, each field of its attributes but colour and yes/no ones,
whose value is short (three words at most) and not already in the product's name, asked in
one of four wordings; the expected fact is the value (the first of a list). Shuffled with a
fixed seed, the first N kept.

    python data/eval/make_field_cases.py runs/blind4_shop runs/fields_blind4.jsonl
    SHOPDESK_REWORD=on shopdesk eval answers --store runs/blind4_shop \
        --cases runs/fields_blind4.jsonl
"""

from __future__ import annotations

import random
from pathlib import Path

from case_sets import main, uniquely_named

from model.prompt import field_name

ASKS = ("what is the {f} of the {p}?", "what {f} does the {p} have?",
        "can you tell me the {f} of the {p}", "{p} - {f}?")


def make_cases(store_dir: Path, n: int = 60, seed: int = 5) -> list[dict]:
    rng = random.Random(seed)
    cases = []
    for p in uniquely_named(store_dir):
        for key, value in (p.get("attributes") or {}).items():
            field = field_name(key)
            if field == "color" or isinstance(value, bool):
                continue
            value = str(value[0] if isinstance(value, list) else value)
            if len(value.split()) > 3 or value.lower() in p["name"].lower():
                continue
            cases.append({"turns": [rng.choice(ASKS).format(f=field, p=p["name"])],
                          "expect": [value], "forbid": [], "kind": "attribute"})
    rng.shuffle(cases)
    return cases[:n]


if __name__ == "__main__":
    main(make_cases)
