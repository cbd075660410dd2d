"""Render the demo store (data/demo_store) or a store to measure on.

    python data/make_demo_store.py                       # the demo store, committed in the repo
    python data/make_demo_store.py --eval runs/eval_store  # a different store for measurement

The evaluation store uses another photo style, other categories, another seed and another
order-id format than the demo store, so measuring on it says how retrieval generalises.
"""

from __future__ import annotations

import argparse
import shutil
from dataclasses import replace
from pathlib import Path

from retrieval.synthetic import DEMO_RECIPE, EVAL_RECIPE, make_store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default=str(Path(__file__).parent / "demo_store"))
    parser.add_argument("--eval", action="store_true", help="render the evaluation store")
    parser.add_argument("--products", type=int, help="override the number of products")
    parser.add_argument("--seed", type=int, help="override the seed")
    args = parser.parse_args()
    recipe = EVAL_RECIPE if args.eval else DEMO_RECIPE
    if args.products:
        recipe = replace(recipe, products=args.products)
    if args.seed is not None:
        recipe = replace(recipe, seed=args.seed)
    out = Path(args.out)
    if (out / "images").exists():
        shutil.rmtree(out / "images")
    make_store(recipe, out, progress=True)
    print(f"wrote {recipe.products} products to {out}")


if __name__ == "__main__":
    main()
