"""Shopper-photo simulation: what a phone does to a product between the shelf and the chat.

Used to make evaluation queries and test fixtures from catalog photos. Every effect is drawn
from one seeded generator, so a query set is reproducible from its seed.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image


@dataclass(frozen=True)
class ShopperPhoto:
    """How hard the simulated photos are. The defaults are a hand-held phone in a shop."""

    out_size: tuple[int, int] = (480, 640)  # (W, H) of the photo sent
    crop_keep: tuple[float, float] = (0.70, 1.0)  # side fraction of the product kept by the crop
    rotation: float = 30.0  # degrees, either way
    perspective: float = 0.12  # corner jitter as a fraction of the side
    scale: tuple[float, float] = (0.45, 0.85)  # product size as a fraction of the photo
    brightness: tuple[float, float] = (0.6, 1.35)
    cast: float = 0.18  # per-channel gain deviation (colour of the light)
    blur: tuple[float, float] = (0.0, 1.8)  # Gaussian sigma, in pixels of the photo
    noise: float = 6.0  # sensor noise, std in 0..255
    clutter: bool = True
    jpeg_quality: tuple[int, int] = (45, 85)


def _clutter(rng: np.random.Generator, width: int, height: int) -> np.ndarray:
    """A busy background: a shelf, other things, a table top and their shadows."""
    base = rng.uniform(60, 200, 3)
    gradient = np.linspace(rng.uniform(0.7, 1.0), rng.uniform(1.0, 1.3), height)[:, None, None]
    image = np.clip(base * gradient * np.ones((1, width, 1)), 0, 255).astype(np.uint8)
    for _ in range(rng.integers(8, 20)):
        colour = rng.uniform(0, 255, 3).tolist()
        kind = rng.integers(0, 4)
        x, y = int(rng.integers(0, width)), int(rng.integers(0, height))
        size = int(rng.integers(20, max(21, width // 3)))
        if kind == 0:
            cv2.rectangle(image, (x, y), (x + size, y + int(size * rng.uniform(0.3, 2))), colour, -1)
        elif kind == 1:
            cv2.circle(image, (x, y), size // 2, colour, -1, cv2.LINE_AA)
        elif kind == 2:
            cv2.line(image, (x, y), (x + size, y + int(rng.integers(-size, size))), colour,
                     int(rng.integers(2, 10)), cv2.LINE_AA)
        else:
            cv2.putText(image, "".join(chr(int(c)) for c in rng.integers(65, 91, 5)), (x, y),
                        cv2.FONT_HERSHEY_SIMPLEX, rng.uniform(0.6, 2.0), colour, 2, cv2.LINE_AA)
    return cv2.GaussianBlur(image, (0, 0), rng.uniform(0.5, 3.0)).astype(np.float32)


def _foreground_mask(rgb: np.ndarray) -> np.ndarray:
    """Where the product is, from its distance to the backdrop colour along the border."""
    border = np.concatenate([rgb[0], rgb[-1], rgb[:, 0], rgb[:, -1]]).astype(np.float32)
    backdrop = np.median(border, axis=0)
    distance = np.abs(rgb.astype(np.float32) - backdrop).sum(axis=2)
    mask = (distance > 40).astype(np.uint8)
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((7, 7), np.uint8))
    return cv2.GaussianBlur(mask.astype(np.float32), (0, 0), 1.5)


def shopper_photo(catalog_rgb: np.ndarray, rng: np.random.Generator,
                  options: ShopperPhoto = ShopperPhoto()) -> bytes:
    """A JPEG that looks like a shopper's photo of the product in `catalog_rgb`."""
    o = options
    height, width = catalog_rgb.shape[:2]
    # 1. crop: keep a random window of the product (part of it may fall outside)
    keep = rng.uniform(*o.crop_keep)
    cw, ch = int(width * keep), int(height * keep)
    x0, y0 = int(rng.integers(0, width - cw + 1)), int(rng.integers(0, height - ch + 1))
    product = catalog_rgb[y0:y0 + ch, x0:x0 + cw].astype(np.float32)
    alpha = _foreground_mask(catalog_rgb)[y0:y0 + ch, x0:x0 + cw]
    if not o.clutter:
        alpha = np.ones_like(alpha)
    # 2. pose: scale, rotation, perspective into the photo frame
    out_w, out_h = o.out_size
    target = rng.uniform(*o.scale) * min(out_w, out_h)
    s = target / max(cw, ch)
    centre = np.array([out_w / 2, out_h / 2]) + rng.uniform(-0.12, 0.12, 2) * [out_w, out_h]
    angle = np.deg2rad(rng.uniform(-o.rotation, o.rotation))
    rot = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    corners = np.array([[0, 0], [cw, 0], [cw, ch], [0, ch]], np.float32)
    placed = (corners - [cw / 2, ch / 2]) * s @ rot.T + centre
    placed += rng.uniform(-o.perspective, o.perspective, (4, 2)) * target
    matrix = cv2.getPerspectiveTransform(corners, placed.astype(np.float32))
    warped = cv2.warpPerspective(product, matrix, (out_w, out_h), flags=cv2.INTER_LINEAR)
    weight = cv2.warpPerspective(alpha, matrix, (out_w, out_h), flags=cv2.INTER_LINEAR)[..., None]
    if o.clutter:
        background = _clutter(rng, out_w, out_h)
    else:
        background = np.full((out_h, out_w, 3), 235, np.float32)
    photo = background * (1 - weight) + warped * weight
    # 3. light: exposure, colour cast, a brighter side
    gains = rng.uniform(*o.brightness) * (1 + rng.uniform(-o.cast, o.cast, 3))
    side = np.linspace(rng.uniform(0.8, 1.0), rng.uniform(1.0, 1.2), out_w)[None, :, None]
    photo = photo * gains * side
    # 4. optics and sensor: blur, noise, JPEG
    sigma = rng.uniform(*o.blur)
    if sigma > 0.3:
        photo = cv2.GaussianBlur(photo, (0, 0), sigma)
    photo = photo + rng.normal(0, o.noise, photo.shape)
    image = Image.fromarray(np.clip(photo, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=int(rng.integers(*o.jpeg_quality)))
    return buffer.getvalue()
