"""Colour variants of one model: geometry verifies them all, colour must pick the right one,
through the colour cast of a shopper's light."""

import cv2
import numpy as np

from retrieval.ingest import _build_photo_arrays, _Photo
from retrieval.visual import (
    THUMB,
    VisualIndex,
    VisualOptions,
    colour_thumb,
    extract,
    fill_descriptor_index,
    train_coarse_quantizer,
)

VARIANTS = {  # one bottle-like model in the colours a shop sells it in
    "teal": (28, 128, 130), "purple": (108, 58, 150), "navy": (26, 36, 84),
    "green": (46, 128, 70), "olive": (108, 114, 58), "blue": (38, 82, 172),
}


def _product(colour: tuple[int, int, int], size: int = 320) -> np.ndarray:
    """A body in the variant's colour, with the same printed label (keypoints) on every one."""
    image = np.full((size, size, 3), (224, 220, 212), np.uint8)
    cv2.rectangle(image, (70, 40), (250, 290), colour, -1, cv2.LINE_AA)
    cv2.rectangle(image, (95, 120), (225, 210), (240, 238, 232), -1)
    for row, word in enumerate(("KESTREL", "No 7 DRY", "0.75 L")):
        cv2.putText(image, word, (102, 145 + 26 * row), cv2.FONT_HERSHEY_SIMPLEX, 0.55,
                    (20, 20, 24), 2, cv2.LINE_AA)
    cv2.circle(image, (160, 250), 18, (235, 235, 230), 3, cv2.LINE_AA)
    return image


def _index(photos: list[np.ndarray]) -> VisualIndex:
    """The photos indexed as ingest lays them out (one row each)."""
    options = VisualOptions()
    rows, computed = [], {}
    for i, photo in enumerate(photos):
        f = extract(photo, options.index_features, options.fast_threshold)
        rows.append(_Photo(f"V{i}", f"v{i}.jpg", f"sha{i}"))
        computed[f"sha{i}"] = {"points": f.points, "descriptors": f.descriptors,
                               "thumb": colour_thumb(photo), "size": f.size}
    table = _build_photo_arrays(rows, computed, {}, None, options.index_features)
    assert table.thumbs.shape[1:] == (THUMB, THUMB, 4)
    every = np.concatenate([c["descriptors"] for c in computed.values()])
    index = fill_descriptor_index(train_coarse_quantizer(every, 1), table, options.index_features)
    return VisualIndex(index, table, options)


def _shopper_photo(photo: np.ndarray, gains: tuple[float, float, float], angle: float
                   ) -> np.ndarray:
    """Turned, smaller, on another background, in a light that tints and dims it."""
    size = photo.shape[0]
    turn = cv2.getRotationMatrix2D((size / 2, size / 2), angle, 0.8)
    shot = cv2.warpAffine(photo, turn, (size, size), borderValue=(90, 96, 104))
    lit = shot.astype(np.float32) * np.array(gains, np.float32)
    return np.clip(lit, 0, 255).astype(np.uint8)


def test_the_variant_in_the_photo_wins_under_a_coloured_light() -> None:
    names = list(VARIANTS)
    index = _index([_product(VARIANTS[n]) for n in names])
    lights = [(0.82, 0.95, 1.15), (1.15, 1.0, 0.84), (0.7, 0.75, 0.8), (1.1, 1.2, 1.05)]
    wrong = []
    for name in names:
        for light, angle in zip(lights, (12.0, -20.0, 5.0, 28.0), strict=True):
            hits = index.search(_shopper_photo(_product(VARIANTS[name]), light, angle), k=3)
            assert len(hits) >= 3, (name, light)  # the same label: every variant verifies
            if names[hits[0].image] != name:
                wrong.append((name, light, [names[h.image] for h in hits]))
    assert not wrong, wrong
