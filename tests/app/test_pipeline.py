"""The turn's stages that need no socket: prompt facts, follow-ups, asking for a person."""

from __future__ import annotations

import pytest

from app.memory import SessionMemory
from app.metrics import Metrics
from app.pipeline import Pipeline, wants_person
from app.settings import Settings


@pytest.fixture(scope="module")
def pipeline(services):
    return Pipeline(Settings(), None, services.knowledge, services.generator, Metrics())


def test_follow_up_keeps_the_product_in_context(pipeline):
    product = pipeline.knowledge.products[7]
    mem = SessionMemory(session_id="s")
    mem.log = [{"role": "user", "text": f"do you have the {product['name']}?"},
               {"role": "assistant", "text": "Yes.",
                "products": [{"sku": product["sku"], "name": product["name"],
                              "price": product["price"]}]}]
    facts = pipeline.knowledge.lookup(text="how much is it?", image=None,
                                      history=[mem.log[0]["text"]], order_id=None, channel="web")
    prompt = pipeline.build_prompt(mem, "how much is it?", facts)
    assert product["name"] in prompt.context
    # A new question that names nothing shown before does not drag old products along.
    fresh = pipeline.build_prompt(mem, "what are your opening hours", facts)
    assert product["name"] not in fresh.context


@pytest.mark.parametrize("text,expected", [
    ("I want to talk to a human", True), ("can I speak with a real person?", True),
    ("agent", True), ("connect me to someone from support", True),
    ("is this jacket human-made?", False), ("what does the agent fee cost", False),
    ("tell me about your shoes", False),
])
def test_wants_person(text, expected):
    assert wants_person(text) is expected
