"""A query photo's keypoint count holds photo search to its time budget as catalogs grow."""

import numpy as np

from retrieval.visual import VisualOptions, query_features_for, train_coarse_quantizer


def _index(descriptors: int, lists: int):
    rng = np.random.default_rng(0)
    data = rng.integers(0, 256, (descriptors, 32), dtype=np.uint8)
    index = train_coarse_quantizer(data, lists)
    index.add(data)
    return index


def test_a_small_catalog_gets_every_keypoint_a_large_one_fewer_but_never_too_few() -> None:
    options = VisualOptions(query_features=1600, min_query_features=700, scan_budget=600_000,
                            nprobe=6)
    small = _index(8_000, 64)  # 125 a list: 1,600 x 6 x 125 = 1.2M > budget
    large = _index(40_000, 64)  # 625 a list
    huge = _index(80_000, 16)  # 5,000 a list
    assert query_features_for(small, options) == 800  # 600,000 / (6 x 125)
    assert query_features_for(large, options) == 700  # 160 would fit: the floor holds
    assert query_features_for(huge, options) == 700
    roomy = VisualOptions(query_features=1600, scan_budget=6_000_000, nprobe=6)
    assert query_features_for(small, roomy) == 1600
    assert query_features_for(large, roomy) == 1600  # 6M / 3,750 = 1,600
