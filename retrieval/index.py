"""Where a store's indexes live on disk (`STORE/.index/`) and how they are read back.

Big arrays are plain `.npy` files opened memory-mapped, so a 100,000-photo index costs page
cache, not process memory; the descriptor index is a faiss binary inverted file.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import faiss
import numpy as np

from retrieval.visual import ImageFeatures

FORMAT_VERSION = 1


def sha1_bytes(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()


def sha1_text(text: str) -> str:
    return sha1_bytes(text.encode("utf-8"))


@dataclass(frozen=True)
class IndexDir:
    root: Path  # STORE/.index

    @classmethod
    def of(cls, store_dir: str | Path) -> IndexDir:
        return cls(Path(store_dir) / ".index")

    @property
    def manifest(self) -> Path:
        return self.root / "manifest.json"

    def array(self, name: str) -> Path:
        return self.root / f"{name}.npy"

    @property
    def descriptors(self) -> Path:
        return self.root / "descriptors.faiss"

    def read_manifest(self) -> dict[str, Any] | None:
        try:
            manifest = json.loads(self.manifest.read_text())
        except (OSError, json.JSONDecodeError):
            return None
        return manifest if manifest.get("version") == FORMAT_VERSION else None

    def write_manifest(self, manifest: dict[str, Any]) -> None:
        tmp = self.manifest.with_suffix(".tmp")
        tmp.write_text(json.dumps({**manifest, "version": FORMAT_VERSION}))
        tmp.replace(self.manifest)  # written last: an index without it is not complete

    def save_array(self, name: str, array: np.ndarray) -> None:
        tmp = self.root / f"{name}.tmp.npy"
        np.save(tmp, array)
        tmp.replace(self.array(name))

    def load_array(self, name: str, *, mmap: bool = True) -> np.ndarray:
        return np.load(self.array(name), mmap_mode="r" if mmap else None)

    def load_features(self) -> ImageFeatures:
        return ImageFeatures(points=self.load_array("points"),
                             descriptors=self.load_array("descriptor_rows"),
                             counts=self.load_array("counts", mmap=False),
                             thumbs=self.load_array("thumbs"),
                             sizes=self.load_array("sizes", mmap=False))

    def save_descriptor_index(self, index: faiss.IndexBinary) -> None:
        tmp = self.root / "descriptors.tmp"
        faiss.write_index_binary(index, str(tmp))
        tmp.replace(self.descriptors)

    def load_descriptor_index(self) -> faiss.IndexBinaryIVF:
        return faiss.read_index_binary(str(self.descriptors))  # already the concrete class
