import json
from pathlib import Path

from PIL import Image

from retrieval.ingest import ingest, is_stale


def _catalog(store: Path) -> list[dict]:
    return [json.loads(line) for line in (store / "catalog.jsonl").read_text().splitlines()]


def _write_catalog(store: Path, rows: list, extra_lines: tuple[str, ...] = ()) -> None:
    lines = [json.dumps(r) for r in rows] + list(extra_lines)
    (store / "catalog.jsonl").write_text("\n".join(lines) + "\n")


def test_problems_are_reported_by_line_and_no_product_is_dropped(store_copy: Path,
                                                                  encoder) -> None:
    rows = _catalog(store_copy)
    (store_copy / "images" / "zero.jpg").write_bytes(b"")
    (store_copy / "images" / "corrupt.jpg").write_bytes(b"\xff\xd8\xff\xe0garbage")
    rows[1]["images"] = ["images/zero.jpg"]
    rows[2]["images"] = ["images/missing.jpg"]
    rows[3]["images"] = ["images/corrupt.jpg", rows[3]["images"][0]]
    _write_catalog(store_copy, rows, ('{"sku": "broken"', '{"sku": "NOPRICE", "name": "x", '
                                                         '"images": ["images/a.jpg"]}'))
    report = ingest(store_copy, progress=False, encoder=encoder)
    by_line = {}
    for problem in report.problems:
        by_line.setdefault(problem.line, []).append(problem.reason)
    n = len(rows)
    assert "invalid JSON" in by_line[n + 1][0] and "price" in by_line[n + 2][0]
    assert any("zero.jpg" in r for r in by_line[2])
    assert any("no readable photo" in r for r in by_line[2])
    assert any("missing.jpg: file not found" in r for r in by_line[3])
    assert any("corrupt.jpg" in r for r in by_line[4])
    assert not any("no readable photo" in r for r in by_line[4])  # its second photo is fine
    assert report.products == n  # products without a photo are still in (text search)
    assert report.images == n - 2


def test_reingest_touches_only_what_changed(store_copy: Path, encoder) -> None:
    first = ingest(store_copy, progress=False, encoder=encoder)
    assert first.images_computed == first.images and first.texts_reused == 0
    assert not is_stale(store_copy)

    again = ingest(store_copy, progress=False, encoder=encoder)
    assert again.images_computed == 0 and again.texts_computed == 0

    rows = _catalog(store_copy)
    rows[0]["description"] += " Now with a lid."
    photo = store_copy / rows[5]["images"][0]
    photo.write_bytes((store_copy / rows[6]["images"][0]).read_bytes())  # new content
    _write_catalog(store_copy, rows)
    assert is_stale(store_copy)
    third = ingest(store_copy, progress=False, encoder=encoder)
    assert third.texts_computed == 1
    assert third.images_computed == 0  # the new content was already indexed under product 6
    assert third.images_reused == third.images

    edited = store_copy / rows[7]["images"][0]
    Image.open(edited).rotate(90).save(edited, quality=70)  # the shop replaced the photo
    fourth = ingest(store_copy, progress=False, encoder=encoder)
    assert fourth.images_computed == 1 and fourth.texts_computed == 0
