"""Decoding untrusted images safely and cheaply.

Shoppers send phone photos (often 12+ megapixels, EXIF-rotated); catalog photos come from
the shop. Both are checked for size before they are decoded, decoded at reduced resolution
where the format allows (JPEG draft mode), and returned as RGB arrays no larger than needed.
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps

MAX_ENCODED_BYTES = 8 * 1024 * 1024
MAX_PIXELS = 40_000_000
WORKING_SIZE = 320  # longest side the matchers see; more costs time and buys no recall

# PIL's own guard raises at 2x its limit and only warns below; we check the header ourselves
# and keep PIL's guard as a second line of defence.
Image.MAX_IMAGE_PIXELS = MAX_PIXELS


class ImageError(Exception):
    """An image that cannot be used. `code` is "unsupported_media" or "too_large"."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def decode_image(data: bytes, *, max_side: int = WORKING_SIZE) -> np.ndarray:
    """Decode bytes to an RGB uint8 array `(H, W, 3)` whose longest side is <= max_side."""
    if len(data) > MAX_ENCODED_BYTES:
        raise ImageError("too_large", f"image is {len(data)} bytes; the limit is "
                                      f"{MAX_ENCODED_BYTES}")
    if not data:
        raise ImageError("unsupported_media", "image is empty")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            width, height = image.size  # read from the header, nothing decoded yet
            if width * height > MAX_PIXELS:
                raise ImageError("too_large", f"image is {width}x{height} pixels; the limit "
                                              f"is {MAX_PIXELS} pixels")
            if image.format not in {"JPEG", "PNG", "WEBP", "GIF", "BMP", "TIFF", "MPO"}:
                raise ImageError("unsupported_media", f"unsupported image format {image.format}")
            # JPEG can decode straight to a 1/2, 1/4 or 1/8 scale: much faster for big photos.
            image.draft("RGB", (max_side * 2, max_side * 2))
            image.load()
            image = ImageOps.exif_transpose(image)
            image = image.convert("RGB")
    except ImageError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as e:
        raise ImageError("too_large", f"image is too large to decode: {e}") from e
    except (OSError, ValueError, SyntaxError, Image.UnidentifiedImageError) as e:
        raise ImageError("unsupported_media", f"image cannot be decoded: {e}") from e
    if max(image.size) > max_side:
        image.thumbnail((max_side, max_side), Image.Resampling.BILINEAR)
    return np.asarray(image)


def load_image_file(path: str | Path, *, max_side: int = WORKING_SIZE) -> np.ndarray:
    """Decode an image file with the same checks as an uploaded one."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as e:
        raise ImageError("unsupported_media", f"cannot read {path}: {e.strerror}") from e
    if size > MAX_ENCODED_BYTES:
        raise ImageError("too_large", f"{path} is {size} bytes; the limit is {MAX_ENCODED_BYTES}")
    return decode_image(path.read_bytes(), max_side=max_side)
