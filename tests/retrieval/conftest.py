"""A small generated store, rendered and ingested once per test session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from retrieval.synthetic import StoreRecipe, make_store

RECIPE = StoreRecipe(name="Fixture Goods", products=24, seed=11, style="lifestyle",
                     categories=("mugs", "lamps", "bags", "watches", "jackets", "bottles"),
                     views=(1, 1), size=256, orders=6,
                     order_id=lambda r: f"ORD-{r.randint(1000, 9999)}")


@pytest.fixture(scope="session")
def store_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_store(RECIPE, tmp_path_factory.mktemp("store") / "fixture_goods")


@pytest.fixture
def store_copy(store_template: Path, tmp_path: Path) -> Path:
    """A private copy a test may break."""
    target = tmp_path / "store"
    shutil.copytree(store_template, target, ignore=shutil.ignore_patterns(".index"))
    return target


@pytest.fixture(scope="session")
def encoder():
    from retrieval.text import TextEncoder

    return TextEncoder()


@pytest.fixture(scope="session")
def knowledge(store_template: Path, encoder):
    from retrieval.search import Knowledge

    return Knowledge.load(store_template, encoder=encoder)
