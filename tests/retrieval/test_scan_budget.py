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


def test_the_second_search_of_a_weak_match_runs_only_where_the_budget_allows() -> None:
    from retrieval.visual import ImageFeatures, VisualIndex

    empty = ImageFeatures(np.zeros((0, 1, 2), np.float16), np.zeros((0, 1, 32), np.uint8),
                          np.zeros(0, np.int32), np.zeros((0, 32, 32, 4), np.uint8),
                          np.zeros((0, 2), np.int32))
    options = VisualOptions(query_features=1600, zoom_features=700, scan_budget=6_000_000,
                            nprobe=6, zoom_below=0.6)
    # 125 a list: (1,600 + 700) x 6 x 125 = 1.7M; 5,000 a list: 700 keypoints alone pass 6M
    assert VisualIndex(_index(8_000, 64), empty, options).zoom
    assert not VisualIndex(_index(80_000, 16), empty, options).zoom
    assert not VisualIndex(_index(8_000, 64), empty, VisualOptions(zoom_below=0.0)).zoom
