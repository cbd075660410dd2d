import json
from pathlib import Path

from retrieval.store import load_store


def _write(path: Path, lines: list[str]) -> None:
    path.write_text("\n".join(lines) + "\n")


def test_bad_lines_are_reported_by_number_and_the_rest_goes_in(tmp_path: Path) -> None:
    good = {"sku": "A-1", "name": "Alpha", "price": 10, "images": ["images/a.jpg"]}
    _write(tmp_path / "catalog.jsonl", [
        json.dumps(good),
        "{not json",
        json.dumps({"sku": "B-1", "name": "Beta", "images": ["images/b.jpg"]}),  # no price
        json.dumps({**good, "name": "Alpha again"}),  # duplicate sku
        "",
        json.dumps({"sku": "C-1", "name": "Gamma", "price": -3, "images": ["images/c.jpg"]}),
        json.dumps({"sku": "D-1", "name": "Delta", "price": 5, "images": []}),
        json.dumps({"sku": "E-1", "name": "Eps", "price": 5, "images": ["../etc/passwd"]}),
        json.dumps({"sku": "F-1", "name": "Phi", "price": "7.5", "images": ["images/f.jpg"],
                    "stock": 3, "attributes": {"color": "red"}}),
    ])
    store = load_store(tmp_path)
    assert [p.sku for p in store.products] == ["A-1", "F-1"]
    assert store.products[1].price == 7.5 and store.products[1].currency == "USD"
    lines = {p.line: p.reason for p in store.problems}
    assert set(lines) == {2, 3, 4, 6, 7, 8}
    assert "invalid JSON" in lines[2]
    assert "price" in lines[3]
    assert "duplicate sku" in lines[4]
    assert "price" in lines[6]
    assert "images" in lines[7]
    assert "relative" in lines[8]
    assert store.catalog_lines == {"A-1": 1, "F-1": 9}


def test_faq_orders_and_store_info(tmp_path: Path) -> None:
    _write(tmp_path / "catalog.jsonl", [])
    _write(tmp_path / "faq.jsonl", [json.dumps({"id": "r", "question": "Q?", "answer": "A."}),
                                    json.dumps({"id": "x", "question": "Q?"})])
    _write(tmp_path / "orders.jsonl", [
        json.dumps({"order_id": "A1", "email": "a@b.co", "status": "shipped"}),
        json.dumps({"order_id": "A2", "status": "lost"}),
    ])
    (tmp_path / "store.json").write_text(json.dumps({"name": "Shop", "currency": "EUR"}))
    store = load_store(tmp_path)
    assert len(store.faqs) == 1 and len(store.orders) == 1
    assert {(p.file, p.line) for p in store.problems} == {("faq.jsonl", 2), ("orders.jsonl", 2)}
    info = store.info_dict()
    assert info["name"] == "Shop" and info["currency"] == "EUR" and info["locale"] == "en-US"
    assert info["greeting"]
