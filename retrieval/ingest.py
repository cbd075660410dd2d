"""`shopdesk ingest STORE_DIR`: build or refresh a store's indexes in `STORE_DIR/.index/`.

Work is keyed by content: a photo's features are computed once per distinct file content
(SHA-1) and a product's text vector once per distinct product text, so re-ingesting after an
edit only pays for what changed. Bad lines and unreadable photos are reported with the line
of catalog.jsonl they came from; the product still goes in (searchable by text).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from retrieval.images import ImageError, load_image_file
from retrieval.index import IndexDir, sha1_bytes, sha1_text
from retrieval.store import FaqEntry, LineProblem, Product, Store, load_store
from retrieval.visual import (
    GLOBAL_DIM,
    GLOBAL_VERSION,
    THUMB,
    ImageFeatures,
    VisualOptions,
    colour_thumb,
    extract,
    fill_descriptor_index,
    global_descriptor,
    lists_for,
    train_coarse_quantizer,
)

QUANTIZER_SAMPLE = 200_000  # descriptors the inverted-file cells are fit to


@dataclass
class IngestReport:
    store: str
    products: int = 0
    faqs: int = 0
    orders: int = 0
    images: int = 0
    images_computed: int = 0
    images_reused: int = 0
    texts_computed: int = 0
    texts_reused: int = 0
    seconds: float = 0.0
    problems: list[LineProblem] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["problems"] = [str(p) for p in self.problems]
        return data

    def summary(self) -> str:
        lines = [f"{self.store}: {self.products} products, {self.images} photos "
                 f"({self.images_computed} new, {self.images_reused} unchanged), "
                 f"{self.faqs} FAQ entries, {self.orders} orders; text vectors "
                 f"{self.texts_computed} new, {self.texts_reused} unchanged; "
                 f"{self.seconds:.1f} s"]
        if self.problems:
            lines.append(f"{len(self.problems)} problem(s):")
            lines.extend(f"  {p}" for p in self.problems)
        return "\n".join(lines)


def product_document(product: Product | dict[str, Any]) -> str:
    """The text a product is found by: name, category, description and attributes."""
    data = product.model_dump() if isinstance(product, Product) else product
    parts = [data.get("name", ""), data.get("category") or "", data.get("description") or ""]
    for key, value in (data.get("attributes") or {}).items():
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        elif isinstance(value, bool):
            value = key if value else f"not {key}"
        parts.append(f"{key}: {value}")
    return ". ".join(p for p in parts if p)


def faq_document(faq: FaqEntry) -> str:
    return f"{faq.question} {faq.answer}"


# ----------------------------------------------------------------------------- photos

@dataclass
class _Photo:
    sku: str
    path: str
    sha: str | None  # None: unreadable


def _file_state(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns


def _catalog_photos(store: Store, old: dict[str, Any] | None,
                    problems: list[LineProblem]) -> tuple[list[_Photo], dict[str, Any]]:
    """Every (product, photo) pair with the photo's content hash; reuses hashes of files whose
    size and modification time are unchanged."""
    old_files = (old or {}).get("files", {})
    files: dict[str, Any] = {}
    photos: list[_Photo] = []
    for product in store.products:
        line = store.catalog_lines.get(product.sku, 0)
        for rel in product.images:
            state = _file_state(store.root / rel)
            if state is None:
                problems.append(LineProblem("catalog.jsonl", line,
                                            f"image {rel}: file not found", product.sku))
                photos.append(_Photo(product.sku, rel, None))
                continue
            previous = old_files.get(rel)
            if previous and (previous["size"], previous["mtime"]) == state:
                sha = previous["sha"]
            else:
                sha = sha1_bytes((store.root / rel).read_bytes())
            files[rel] = {"size": state[0], "mtime": state[1], "sha": sha}
            photos.append(_Photo(product.sku, rel, sha))
    return photos, files


def _photo_features(path: Path, options: VisualOptions) -> dict[str, Any]:
    rgb = load_image_file(path)
    features = extract(rgb, options.index_features, options.fast_threshold)
    return {"points": features.points, "descriptors": features.descriptors,
            "thumb": colour_thumb(rgb), "size": features.size,
            "global": global_descriptor(rgb, catalog=True)}


def _global_only(path: Path, options: VisualOptions) -> dict[str, Any]:
    return {"global": global_descriptor(load_image_file(path), catalog=True)}


def _compute_photos(store: Store, todo: dict[str, str], options: VisualOptions,
                    progress: bool, compute: Any = _photo_features,
                    ) -> dict[str, dict[str, Any] | ImageError]:
    """Features for each content hash in `todo` (sha -> a path holding it)."""
    from tqdm import tqdm

    cv2.setNumThreads(1)  # parallelism comes from the thread pool, one photo per thread

    def work(item: tuple[str, str]) -> tuple[str, dict[str, Any] | ImageError]:
        sha, rel = item
        try:
            return sha, compute(store.root / rel, options)
        except ImageError as e:
            return sha, e

    results: dict[str, dict[str, Any] | ImageError] = {}
    workers = max(1, min(4, os.cpu_count() or 1))
    with ThreadPoolExecutor(workers) as pool:
        for sha, result in tqdm(pool.map(work, todo.items()), total=len(todo), desc="photos",
                                unit="photo", disable=not progress, file=sys.stderr):
            results[sha] = result
    return results


def _build_photo_arrays(rows: list[_Photo], computed: dict[str, Any], old_rows: dict[str, int],
                        old_features: ImageFeatures | None, per_image: int) -> ImageFeatures:
    n = len(rows)
    features = ImageFeatures(points=np.zeros((n, per_image, 2), np.float16),
                             descriptors=np.zeros((n, per_image, 32), np.uint8),
                             counts=np.zeros(n, np.int32),
                             thumbs=np.zeros((n, THUMB, THUMB, 4), np.uint8),
                             sizes=np.zeros((n, 2), np.int32))
    for row, photo in enumerate(rows):
        if photo.sha in computed:
            item = computed[photo.sha]
            count = min(per_image, len(item["points"]))
            features.points[row, :count] = item["points"][:count]
            features.descriptors[row, :count] = item["descriptors"][:count]
            features.counts[row] = count
            features.thumbs[row] = item["thumb"]
            features.sizes[row] = item["size"]
        else:
            assert old_features is not None
            old = old_rows[photo.sha]
            features.points[row] = old_features.points[old]
            features.descriptors[row] = old_features.descriptors[old]
            features.counts[row] = old_features.counts[old]
            features.thumbs[row] = old_features.thumbs[old]
            features.sizes[row] = old_features.sizes[old]
    return features


def _index_photos(store: Store, index_dir: IndexDir, old: dict[str, Any] | None,
                  report: IngestReport, options: VisualOptions, progress: bool,
                  ) -> dict[str, Any]:
    problems = report.problems
    photos, files = _catalog_photos(store, old, problems)
    old_rows: dict[str, int] = {}
    old_features = None
    if old is not None:
        old_rows = {sha: row for row, (_, _, sha) in enumerate(old["rows"])}
        old_features = index_dir.load_features()
    todo = {p.sha: p.path for p in photos if p.sha and p.sha not in old_rows}
    computed = _compute_photos(store, todo, options, progress) if todo else {}
    lines = store.catalog_lines
    rows: list[_Photo] = []
    for photo in photos:
        result = computed.get(photo.sha) if photo.sha else None
        if isinstance(result, ImageError):
            problems.append(LineProblem("catalog.jsonl", lines.get(photo.sku, 0),
                                        f"image {photo.path}: {result.message}", photo.sku))
        elif photo.sha is not None:
            rows.append(photo)
    usable = {p.sku for p in rows}
    for product in store.products:
        if product.sku not in usable:
            problems.append(LineProblem("catalog.jsonl", lines.get(product.sku, 0),
                                        "no readable photo: the product is found by text only",
                                        product.sku))
    computed = {k: v for k, v in computed.items() if not isinstance(v, ImageError)}
    report.images = len(rows)
    report.images_computed = len({p.sha for p in rows if p.sha in computed})
    report.images_reused = len(rows) - sum(1 for p in rows if p.sha in computed)

    row_keys = [[p.sku, p.path, p.sha] for p in rows]
    same_rows = old is not None and old.get("rows") == row_keys and index_dir.descriptors.exists()
    quantizer_size = (old or {}).get("quantizer_trained_on", 0)
    previous = index_dir.load_descriptor_index() if old is not None and \
        index_dir.descriptors.exists() else None
    if same_rows:
        features = old_features
    else:
        features = _build_photo_arrays(rows, computed, old_rows, old_features,
                                       options.index_features)
    total = int(np.asarray(features.counts).sum()) if features is not None else 0
    lists = lists_for(total, options)
    if not same_rows or previous is None or previous.nlist != lists:
        if previous is not None and previous.nlist == lists and total <= 4 * quantizer_size:
            empty = previous  # the cells fit before are still good
        else:
            empty = _train_quantizer(features, lists)
            quantizer_size = min(total, QUANTIZER_SAMPLE)
        descriptor_index = fill_descriptor_index(empty, features, options.index_features)
        if not same_rows:
            for name in ("points", "counts", "thumbs", "sizes"):
                index_dir.save_array(name, getattr(features, name))
            index_dir.save_array("descriptor_rows", features.descriptors)
        index_dir.save_descriptor_index(descriptor_index)
    _index_globals(store, index_dir, rows, computed, old_rows, old, options, progress)
    return {"files": files, "rows": row_keys, "quantizer_trained_on": quantizer_size,
            "global_version": GLOBAL_VERSION}


def _index_globals(store: Store, index_dir: IndexDir, rows: list[_Photo],
                   computed: dict[str, Any], old_rows: dict[str, int], old: dict[str, Any] | None,
                   options: VisualOptions, progress: bool) -> None:
    """Per photo row, its global appearance vector (`globals.npy`), reused by content hash.

    An index written before these vectors existed (or with another GLOBAL_VERSION) gets them
    computed from the photo files; nothing else of it is redone."""
    old_globals = None
    if old is not None and old.get("global_version") == GLOBAL_VERSION \
            and index_dir.array("globals").exists():
        old_globals = index_dir.load_array("globals", mmap=False)
        if old_globals.shape[1:] != (GLOBAL_DIM,) or len(old_globals) != len(old["rows"]):
            old_globals = None
    vectors = np.zeros((len(rows), GLOBAL_DIM), np.float32)
    todo: dict[str, str] = {}
    for row, photo in enumerate(rows):
        if photo.sha in computed and "global" in computed[photo.sha]:
            vectors[row] = computed[photo.sha]["global"]
        elif old_globals is not None and photo.sha in old_rows:
            vectors[row] = old_globals[old_rows[photo.sha]]
        else:
            todo[photo.sha] = photo.path
    if todo:
        extra = _compute_photos(store, todo, options, progress, compute=_global_only)
        for row, photo in enumerate(rows):
            result = extra.get(photo.sha)
            if isinstance(result, dict):
                vectors[row] = result["global"]
    unchanged = old_globals is not None and not todo and len(old_globals) == len(rows) \
        and np.array_equal(old_globals, vectors)
    if not unchanged:
        index_dir.save_array("globals", vectors)


def _train_quantizer(features: ImageFeatures, lists: int):
    all_descriptors = np.concatenate([features.descriptors[i, :c]
                                      for i, c in enumerate(features.counts)]
                                     or [np.zeros((0, 32), np.uint8)])
    if len(all_descriptors) < 64:  # a (nearly) photo-less store still needs a valid index
        all_descriptors = np.random.default_rng(0).integers(0, 256, (64, 32), dtype=np.uint8)
    rng = np.random.default_rng(0)
    sample = all_descriptors[rng.permutation(len(all_descriptors))[:QUANTIZER_SAMPLE]]
    return train_coarse_quantizer(np.ascontiguousarray(sample), lists)


# ----------------------------------------------------------------------------- text

def _index_texts(name: str, documents: list[str], keys: list[str], index_dir: IndexDir,
                 old: dict[str, Any] | None, report: IngestReport, encoder_box: list,
                 progress: bool) -> list[str]:
    """Vectors for `documents`, reusing those whose text hash is unchanged."""
    hashes = [sha1_text(d) for d in documents]
    old_hashes = (old or {}).get(f"{name}_hashes")
    if old_hashes == hashes and index_dir.array(f"{name}_vectors").exists():
        report.texts_reused += len(hashes)
        return hashes
    old_vectors = None
    old_rows: dict[str, int] = {}
    if old_hashes and index_dir.array(f"{name}_vectors").exists():
        old_vectors = index_dir.load_array(f"{name}_vectors")
        old_rows = {h: i for i, h in enumerate(old_hashes)}
    todo = [i for i, h in enumerate(hashes) if h not in old_rows]
    dimension = old_vectors.shape[1] if old_vectors is not None else 384
    fresh = np.zeros((0, dimension), np.float32)
    if todo:
        if not encoder_box:
            from retrieval.text import TextEncoder

            encoder_box.append(TextEncoder())
        fresh = encoder_box[0].encode([documents[i] for i in todo], progress=progress)
        dimension = fresh.shape[1]
    vectors = np.zeros((len(hashes), dimension), np.float32)
    fresh_rows = {i: j for j, i in enumerate(todo)}
    for i, h in enumerate(hashes):
        vectors[i] = fresh[fresh_rows[i]] if i in fresh_rows else old_vectors[old_rows[h]]
    index_dir.save_array(f"{name}_vectors", vectors)
    report.texts_computed += len(todo)
    report.texts_reused += len(hashes) - len(todo)
    return hashes


# ----------------------------------------------------------------------------- entry points

def store_fingerprint(store_dir: Path) -> dict[str, str]:
    return {name: sha1_bytes((store_dir / name).read_bytes()) if (store_dir / name).exists()
            else "" for name in ("catalog.jsonl", "faq.jsonl")}


def _feature_options(options: VisualOptions) -> dict[str, Any]:
    """The settings that shape what is stored (not the query-time ones)."""
    return {"index_features": options.index_features, "fast_threshold": options.fast_threshold}


def ingest(store_dir: str | Path, *, progress: bool = True, rebuild: bool = False,
           options: VisualOptions = VisualOptions(), encoder: Any = None) -> IngestReport:
    """Build or refresh the indexes of a store folder; returns what was done and what failed."""
    started = time.perf_counter()
    store_dir = Path(store_dir)
    store = load_store(store_dir)
    report = IngestReport(store=str(store_dir), products=len(store.products),
                          faqs=len(store.faqs), orders=len(store.orders),
                          problems=list(store.problems))
    index_dir = IndexDir.of(store_dir)
    index_dir.root.mkdir(parents=True, exist_ok=True)
    old = None if rebuild else index_dir.read_manifest()
    # photo features made with other settings cannot be mixed in; text vectors still can
    old_photos = old if old is not None and old.get("options") == _feature_options(options) \
        else None
    manifest: dict[str, Any] = {"options": _feature_options(options)}
    manifest.update(_index_photos(store, index_dir, old_photos, report, options, progress))
    encoder_box = [encoder] if encoder is not None else []
    manifest["product_hashes"] = _index_texts(
        "product", [product_document(p) for p in store.products], [p.sku for p in store.products],
        index_dir, old, report, encoder_box, progress)
    manifest["faq_hashes"] = _index_texts("faq", [faq_document(f) for f in store.faqs],
                                          [f.id or "" for f in store.faqs], index_dir, old,
                                          report, encoder_box, progress)
    manifest["skus"] = [p.sku for p in store.products]
    manifest["fingerprint"] = store_fingerprint(store_dir)
    manifest["problems"] = [str(p) for p in report.problems]
    index_dir.write_manifest(manifest)
    report.seconds = time.perf_counter() - started
    return report


def is_stale(store_dir: str | Path) -> bool:
    """True when the index is missing or the store changed since it was built."""
    store_dir = Path(store_dir)
    manifest = IndexDir.of(store_dir).read_manifest()
    if manifest is None or manifest.get("options") != _feature_options(VisualOptions()):
        return True
    if manifest.get("global_version") != GLOBAL_VERSION \
            or not IndexDir.of(store_dir).array("globals").exists():
        return True  # an index from before the global appearance vectors: add them
    if manifest.get("fingerprint") != store_fingerprint(store_dir):
        return True
    for rel, state in manifest.get("files", {}).items():
        if _file_state(store_dir / rel) != (state["size"], state["mtime"]):
            return True
    return False


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("store", metavar="STORE_DIR", help="store folder (see STORE.md)")
    parser.add_argument("--rebuild", action="store_true", help="ignore the existing index")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.add_argument("--clip", action="store_true",
                        help="also embed photos with open_clip (SHOPDESK_CLIP_MODEL and "
                             "SHOPDESK_CLIP_WEIGHTS; see retrieval/clip.py)")


def run(args: argparse.Namespace) -> int:
    try:
        report = ingest(args.store, progress=not args.quiet, rebuild=args.rebuild)
    except FileNotFoundError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if args.clip:
        from retrieval.clip import ClipEncoder, ClipSettings, build_clip_index

        settings = ClipSettings.from_env()
        if settings is None:
            print("error: --clip needs SHOPDESK_CLIP_MODEL and SHOPDESK_CLIP_WEIGHTS",
                  file=sys.stderr)
            return 2
        manifest = IndexDir.of(args.store).read_manifest() or {}
        build_clip_index(args.store, ClipEncoder(settings), [r[1] for r in manifest["rows"]])
    print(json.dumps(report.to_dict(), indent=2) if args.json else report.summary())
    return 0
