import io

import numpy as np
import pytest
from PIL import Image

from retrieval.images import MAX_ENCODED_BYTES, ImageError, decode_image


def _jpeg(width: int = 640, height: int = 480) -> bytes:
    rng = np.random.default_rng(0)
    buffer = io.BytesIO()
    Image.fromarray(rng.integers(0, 255, (height, width, 3), dtype=np.uint8)).save(
        buffer, format="JPEG")
    return buffer.getvalue()


def test_decodes_and_shrinks_to_the_working_size() -> None:
    rgb = decode_image(_jpeg(1280, 960))
    assert rgb.dtype == np.uint8 and rgb.shape == (240, 320, 3)


@pytest.mark.parametrize("data", [b"", b"not an image at all", b"\x89PNG\r\n\x1a\n" + b"\0" * 40])
def test_garbage_is_unsupported_media(data: bytes) -> None:
    with pytest.raises(ImageError) as e:
        decode_image(data)
    assert e.value.code == "unsupported_media"


def test_truncated_jpeg_is_unsupported_media() -> None:
    data = _jpeg()
    with pytest.raises(ImageError) as e:
        decode_image(data[: len(data) // 2])
    assert e.value.code == "unsupported_media"


def test_too_many_bytes_is_too_large() -> None:
    with pytest.raises(ImageError) as e:
        decode_image(_jpeg()[:100] + b"\0" * MAX_ENCODED_BYTES)
    assert e.value.code == "too_large"


def test_decompression_bomb_is_refused_before_decoding() -> None:
    # 50 megapixels of one colour compress to a few kilobytes of PNG.
    buffer = io.BytesIO()
    Image.new("1", (10_000, 5_000)).save(buffer, format="PNG")
    assert len(buffer.getvalue()) < 100_000
    with pytest.raises(ImageError) as e:
        decode_image(buffer.getvalue())
    assert e.value.code == "too_large"
