"""`shopdesk eval answers --make`: cases about a store's own products, FAQ and orders."""

from app.evaluate import make_cases
from app.settings import DEMO_STORE
from model.prompt import format_price
from retrieval.store import load_store


def test_cases_name_one_product_each_and_expect_its_facts():
    store = load_store(DEMO_STORE)
    cases = make_cases(DEMO_STORE, 60, seed=3)
    assert {c["kind"] for c in cases} == {"price", "stock", "faq", "order", "missing", "follow"}
    for case in cases:
        if case["kind"] != "price":
            continue
        named = [p for p in store.products
                 if case["turns"][0].lower().find(p.name.lower()) >= 0
                 and (p.name in case["turns"][0]
                      and (p.attributes.get("color", "") in case["turns"][0]
                           or sum(q.name == p.name for q in store.products) == 1))]
        prices = {format_price(p.price) for p in named}
        assert case["expect"][0] in prices, case
    orders = {o.order_id: o for o in store.orders}
    for case in (c for c in cases if c["kind"] == "order"):
        order = orders[case["expect"][0]]
        assert order.email in case["turns"][0]
    missing = [c for c in cases if c["kind"] == "missing"]
    assert all(c["expect"] == ["could not find"] and c["forbid"] for c in missing)
