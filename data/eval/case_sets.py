"""What the case-set generators of this folder share: a store's uniquely named products, and
the command line `make_X_cases.py STORE_DIR OUT.jsonl`."""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from retrieval.store import load_store  # noqa: E402


def uniquely_named(store_dir: Path) -> list[dict]:
    """The store's products whose name no other product has (a question by name is about
    one of them), as dicts."""
    products = [p.model_dump() for p in load_store(store_dir).products]
    names = Counter(p["name"] for p in products)
    return [p for p in products if names[p["name"]] == 1]


def all_products(store_dir: Path) -> list[dict]:
    return [p.model_dump() for p in load_store(store_dir).products]


def main(make_cases: Callable[[Path], list[dict]]) -> None:
    store, out = Path(sys.argv[1]), Path(sys.argv[2])
    cases = make_cases(store)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(json.dumps(c) + "\n" for c in cases))
    print(f"{len(cases)} cases -> {out}")
