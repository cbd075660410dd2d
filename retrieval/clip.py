"""Production option: open_clip image and text embeddings (photo -> product, words -> photo).

Not installed by default and never downloaded at run time. A shop that wants it installs the
extra and points at weights it already has on disk:

    pip install open_clip_torch
    export SHOPDESK_CLIP_MODEL=ViT-B-32
    export SHOPDESK_CLIP_WEIGHTS=/models/open_clip_vit_b_32_laion2b.bin   # a local file
    shopdesk ingest STORE_DIR --clip

`ingest --clip` writes `.index/clip_images.npy` (one L2-normalised vector per catalog photo,
in the same row order as the local-feature index) and `Knowledge.load` picks it up when the
same settings are present, fusing CLIP similarity with the verified local-feature score and
adding text -> photo search.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np


@dataclass(frozen=True)
class ClipSettings:
    model: str
    weights: str  # a local checkpoint path

    @classmethod
    def from_env(cls) -> ClipSettings | None:
        model, weights = os.environ.get("SHOPDESK_CLIP_MODEL"), os.environ.get(
            "SHOPDESK_CLIP_WEIGHTS")
        return cls(model, weights) if model and weights else None


class ClipEncoder:
    def __init__(self, settings: ClipSettings) -> None:
        try:
            import open_clip
        except ImportError as e:
            raise RuntimeError("the CLIP option needs the open_clip package: "
                               "pip install open_clip_torch") from e
        if not Path(settings.weights).exists():
            raise FileNotFoundError(f"CLIP weights not found at {settings.weights}; weights are "
                                    "never downloaded at run time")
        model, _, preprocess = open_clip.create_model_and_transforms(
            settings.model, pretrained=settings.weights, device="cpu")
        self.model = model.eval()
        self.preprocess = preprocess
        self.tokenizer = open_clip.get_tokenizer(settings.model)

    def encode_images(self, images: list[np.ndarray]) -> np.ndarray:
        """RGB uint8 arrays -> (N, D) float32, L2-normalised."""
        import torch
        from PIL import Image

        batch = torch.stack([self.preprocess(Image.fromarray(i)) for i in images])
        with torch.inference_mode():
            vectors = self.model.encode_image(batch).float()
        return torch.nn.functional.normalize(vectors, dim=-1).numpy()

    def encode_texts(self, texts: list[str]) -> np.ndarray:
        import torch

        with torch.inference_mode():
            vectors = self.model.encode_text(self.tokenizer(texts)).float()
        return torch.nn.functional.normalize(vectors, dim=-1).numpy()


def build_clip_index(store_dir: str | Path, encoder: ClipEncoder, paths: list[str],
                     batch_size: int = 32) -> np.ndarray:
    """CLIP vectors of the catalog photos `paths` (the local index's rows), saved and returned."""
    from retrieval.images import load_image_file
    from retrieval.index import IndexDir

    vectors = []
    for start in range(0, len(paths), batch_size):
        images = [load_image_file(Path(store_dir) / p, max_side=448)
                  for p in paths[start:start + batch_size]]
        vectors.append(encoder.encode_images(images))
    array = np.concatenate(vectors) if vectors else np.zeros((0, 512), np.float32)
    IndexDir.of(store_dir).save_array("clip_images", array.astype(np.float32))
    return array
