"""The turn's stages that need no socket: prompt facts, follow-ups, asking for a person."""

from __future__ import annotations

import pytest

from app.memory import SessionMemory
from app.metrics import Metrics
from app.pipeline import Pipeline, wants_person
from app.settings import Settings


@pytest.fixture(scope="module")
def pipeline(started_services):
    return Pipeline(Settings(), None, started_services.knowledge, started_services.generator,
                    Metrics())


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


def test_a_product_the_shop_lacks_is_noted_in_the_prompt(pipeline):
    """The model is told, not left to guess, that the named product is none of the shop's."""
    from model.prompt import NO_SUCH_PRODUCT

    names = [p["name"].split() for p in pipeline.knowledge.products]
    first, second = next((a[0], b[1]) for a in names for b in names
                         if not any(a[0] in n and b[1] in n for n in names))
    mem = SessionMemory(session_id="s")
    for text, noted in [(f"How much is the {first} {second} kettle?", True),
                        (f"How much is the {pipeline.knowledge.products[2]['name']}?", False),
                        ("what are your opening hours", False)]:
        facts = pipeline.knowledge.lookup(text=text, image=None, history=[], order_id=None,
                                          channel="web")
        prompt = pipeline.build_prompt(mem, text, facts)
        assert (NO_SUCH_PRODUCT in prompt.messages[0]["content"]) is noted, text


@pytest.mark.parametrize("text,expected", [
    ("I want to talk to a human", True), ("can I speak with a real person?", True),
    ("agent", True), ("connect me to someone from support", True),
    ("is this jacket human-made?", False), ("what does the agent fee cost", False),
    ("tell me about your shoes", False),
])
def test_wants_person(text, expected):
    assert wants_person(text) is expected


async def test_eval_case_runs_turns_through_the_pipeline(pipeline):
    from app.evaluate import run_case

    product = pipeline.knowledge.products[3]
    case = {"turns": [f"Do you have the {product['name']}?", "how much is it?"],
            "expect": [], "forbid": ["9999.99"]}
    result = await run_case(pipeline, case, recent_turns=6)
    assert len(result["replies"]) == 2 and all(isinstance(r, str) for r in result["replies"])
    assert result["ok"] is True and result["missing"] == [] and result["forbidden"] == []
    failing = await run_case(pipeline, {"turns": ["hello"], "expect": ["no such fact 123"]}, 6)
    assert failing["ok"] is False and failing["missing"] == ["no such fact 123"]
