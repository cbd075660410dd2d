"""Build the store for the FAQ development set.

What this set is for
    A development set of shop-policy (FAQ) questions asked in shoppers' own words, on
    topics that no demo store covers (student discount, loyalty points, pre-orders,
    engraving, furniture assembly, VAT invoices, PO boxes, Klarna instalments, ...).
    ``faq.jsonl`` here holds 20 policy answers, each with one distinctive fact (a number,
    an amount, a duration or a name). ``cases.jsonl`` holds 60 chat questions, 3 per
    answer: casual, terse or rambling, with typos, British and American usage, and
    many of them mention a product in passing. Each case line carries the fact to expect
    (verbatim from the answer) and the ``faq_id`` of the answer it is about.

How to build the store
    The new store takes store.json, catalog.jsonl and orders.jsonl from an existing store,
    links (or, where links fail, copies) its images/ folder, and uses this folder's
    faq.jsonl as its FAQ::

        python data/eval/faq_dev/make_store.py runs/dev_store runs/faq_dev_store

    Before writing anything it checks the set: unique FAQ ids, every case's faq_id known,
    and every expected fact a substring of exactly the answer the case is about (and of
    no other answer). Running it again refreshes the files it writes and nothing else.

How to evaluate
    shopdesk eval answers --store runs/faq_dev_store --cases data/eval/faq_dev/cases.jsonl
"""

from __future__ import annotations

import json
import shutil
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FAQ_PATH = HERE / "faq.jsonl"
CASES_PATH = HERE / "cases.jsonl"
COPIED = ("store.json", "catalog.jsonl", "orders.jsonl")
CASES_PER_ENTRY = 3


def read_jsonl(path: Path) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{path}:{lineno}: bad JSON: {exc}") from exc
            if not isinstance(row, dict):
                raise SystemExit(f"{path}:{lineno}: not a JSON object")
            rows.append(row)
    return rows


def check_set(faq: list[dict], cases: list[dict]) -> None:
    """Raise AssertionError when the FAQ or the cases are not consistent."""
    ids = [entry.get("id") for entry in faq]
    dupes = [i for i, n in Counter(ids).items() if n > 1]
    assert not dupes, f"duplicate FAQ ids: {dupes}"
    for entry in faq:
        for key in ("id", "question", "answer"):
            value = entry.get(key)
            assert isinstance(value, str) and value.strip(), f"FAQ entry {entry}: bad {key!r}"
    answers = {entry["id"]: entry["answer"] for entry in faq}

    per_entry: Counter[str] = Counter()
    for n, case in enumerate(cases, 1):
        where = f"case {n} ({case.get('turns')})"
        assert case.get("kind") == "faq", f"{where}: kind must be 'faq'"
        turns = case.get("turns")
        assert isinstance(turns, list) and turns, f"{where}: turns must be a non-empty list"
        assert all(isinstance(t, str) and t.strip() for t in turns), f"{where}: empty turn"
        faq_id = case.get("faq_id")
        assert faq_id in answers, f"{where}: unknown faq_id {faq_id!r}"
        expect = case.get("expect")
        assert isinstance(expect, list) and expect, f"{where}: expect must be a non-empty list"
        for fact in expect:
            assert isinstance(fact, str) and fact, f"{where}: empty expected fact"
            holders = [i for i, answer in answers.items() if fact in answer]
            assert holders == [faq_id], (
                f"{where}: expected fact {fact!r} must be in exactly the answer of "
                f"{faq_id!r}, found in {holders}"
            )
        per_entry[faq_id] += 1

    for faq_id in answers:
        assert per_entry[faq_id] == CASES_PER_ENTRY, (
            f"FAQ entry {faq_id!r} has {per_entry[faq_id]} cases, want {CASES_PER_ENTRY}"
        )


def link_or_copy_images(src: Path, dst: Path) -> str:
    target = dst / "images"
    if target.is_symlink() or target.is_file():
        target.unlink()
    elif target.is_dir():
        shutil.rmtree(target)
    source = src / "images"
    if not source.is_dir():
        return "no images/ in source"
    try:
        target.symlink_to(source.resolve(), target_is_directory=True)
        return f"linked images/ -> {source.resolve()}"
    except OSError:
        shutil.copytree(source, target)
        return "copied images/"


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(f"usage: python {Path(__file__).name} SOURCE_STORE NEW_STORE", file=sys.stderr)
        return 2
    src, dst = Path(argv[0]), Path(argv[1])
    if not src.is_dir():
        print(f"source store {src} is not a folder", file=sys.stderr)
        return 2
    if src.resolve() == dst.resolve():
        print("the new store must be a different folder from the source", file=sys.stderr)
        return 2
    for name in ("catalog.jsonl", "orders.jsonl"):
        if not (src / name).is_file():
            print(f"source store lacks {name}", file=sys.stderr)
            return 2

    faq = read_jsonl(FAQ_PATH)
    cases = read_jsonl(CASES_PATH)
    check_set(faq, cases)

    dst.mkdir(parents=True, exist_ok=True)
    for name in COPIED:
        if (src / name).is_file():
            shutil.copyfile(src / name, dst / name)
    images = link_or_copy_images(src, dst)
    shutil.copyfile(FAQ_PATH, dst / "faq.jsonl")

    # The store's FAQ must be exactly this set's FAQ.
    assert read_jsonl(dst / "faq.jsonl") == faq
    check_set(read_jsonl(dst / "faq.jsonl"), cases)

    print(f"wrote {dst}: {len(faq)} FAQ entries, {len(cases)} cases checked; {images}")
    cases_arg = CASES_PATH
    if CASES_PATH.is_relative_to(Path.cwd()):
        cases_arg = CASES_PATH.relative_to(Path.cwd())
    print(f"evaluate with: shopdesk eval answers --store {dst} --cases {cases_arg}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
