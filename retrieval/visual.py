"""Image -> product without a learned model: local features, voting, geometry.

Why this design: it needs no download and no training on the shop's photos, and local
features survive exactly what shoppers' photos do (crops, clutter, rotation, perspective,
scale, light). A query runs in three stages:

1. ORB keypoints and binary descriptors of the photo (grey level, contrast-normalised).
2. A shortlist by voting: every descriptor looks up its nearest stored descriptors in a faiss
   binary inverted-file index (its cells fit to the catalog's descriptors when the index is
   built; nothing is learned from labels), and each catalog photo gets one vote per query
   keypoint that found a close neighbour in it. The neighbours are also the tentative matches.
3. Geometric verification of the shortlist: a RANSAC (MAGSAC) homography per candidate and
   its inlier count. Grey-level geometry cannot tell colour variants of one model apart, so the
   photo is warped onto each verified candidate and their colours are compared.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import faiss
import numpy as np

DESCRIPTOR_BYTES = 32  # ORB
THUMB = 32  # side of the colour thumbnail kept per catalog photo


@dataclass(frozen=True)
class VisualOptions:
    index_features: int = 400  # keypoints kept per catalog photo (memory: 32 B each + 12 B)
    query_features: int = 700  # more in the query: it also carries clutter
    fast_threshold: int = 12  # FAST corner contrast; lower finds corners on plainer products
    query_size: int = 480  # longest side of the query photo; catalog photos use 320
    shortlist: int = 30  # candidates verified geometrically
    max_hamming: int = 64  # of 256 bits: farther descriptors are not a match
    neighbours: int = 3  # stored descriptors looked up per query descriptor
    nprobe: int = 6  # inverted lists visited per query descriptor
    lists: int = 0  # inverted lists of the descriptor index; 0: about 4 sqrt(descriptors)
    ransac_px: float = 6.0  # reprojection threshold at the working size
    min_inliers: int = 10  # below this a candidate is not a match
    colour_sigma: float = 18.0  # Lab a*b* distance at which colour similarity falls to 1/e


# ----------------------------------------------------------------------------- features

_CLAHE = cv2.createCLAHE(clipLimit=2.0, tileGridSize=(4, 4))


def _orb(n: int, fast_threshold: int) -> cv2.ORB:
    return cv2.ORB_create(nfeatures=n, scaleFactor=1.2, nlevels=8, edgeThreshold=15,
                          patchSize=31, fastThreshold=fast_threshold)


@dataclass
class LocalFeatures:
    points: np.ndarray  # (N, 2) float32, pixel coordinates in the working image
    descriptors: np.ndarray  # (N, 32) uint8
    size: tuple[int, int]  # (W, H) of the working image


def extract(rgb: np.ndarray, n: int, fast_threshold: int = 12) -> LocalFeatures:
    """ORB on the contrast-normalised grey image; keeps the n strongest keypoints."""
    grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    grey = _CLAHE.apply(grey)
    keypoints, descriptors = _orb(n, fast_threshold).detectAndCompute(grey, None)
    if descriptors is None or not keypoints:
        return LocalFeatures(np.zeros((0, 2), np.float32), np.zeros((0, 32), np.uint8),
                             (rgb.shape[1], rgb.shape[0]))
    points = np.array([kp.pt for kp in keypoints], np.float32)
    return LocalFeatures(points, descriptors, (rgb.shape[1], rgb.shape[0]))


def colour_thumb(rgb: np.ndarray) -> np.ndarray:
    """(THUMB, THUMB, 4) uint8: Lab colour plus a foreground mask (not the backdrop)."""
    small = cv2.resize(rgb, (THUMB, THUMB), interpolation=cv2.INTER_AREA)
    lab = cv2.cvtColor(small, cv2.COLOR_RGB2LAB)
    border = np.concatenate([lab[0], lab[-1], lab[:, 0], lab[:, -1]]).astype(np.float32)
    backdrop = np.median(border, axis=0)
    foreground = np.abs(lab.astype(np.float32) - backdrop).sum(axis=2) > 18
    return np.dstack([lab, foreground.astype(np.uint8) * 255])


# ----------------------------------------------------------------------------- index

@dataclass
class ImageFeatures:
    """Per catalog photo, the rows of the index (arrays may be memory-mapped)."""

    points: np.ndarray  # (M, F, 2) float16
    descriptors: np.ndarray  # (M, F, 32) uint8
    counts: np.ndarray  # (M,) int32
    thumbs: np.ndarray  # (M, THUMB, THUMB, 4) uint8
    sizes: np.ndarray  # (M, 2) int32, (W, H) of the working image


@dataclass(frozen=True)
class VisualHit:
    image: int  # row in the index
    score: float  # 0..1 confidence
    inliers: int
    colour: float  # 0..1 colour similarity


def lists_for(total_descriptors: int, options: VisualOptions) -> int:
    """Cells of the inverted file: the scan per query grows as total/lists, the cell
    assignment as lists, so about sqrt(total) balances them (a power of two, for stability)."""
    if options.lists:
        return options.lists
    # faiss fits a cell to >= 39 points; at most 200,000 sampled descriptors are used
    cap = min(total_descriptors, 200_000) / 39
    target = max(1.0, min(4 * np.sqrt(max(total_descriptors, 1)), cap))
    return int(2 ** np.floor(np.log2(target)))


def train_coarse_quantizer(descriptors: np.ndarray, lists: int) -> faiss.IndexBinaryIVF:
    """An empty inverted-file index over descriptor space, its cells fit to `descriptors`."""
    lists = int(max(1, min(lists, len(descriptors) // 39)))
    quantizer = faiss.IndexBinaryFlat(DESCRIPTOR_BYTES * 8)
    index = faiss.IndexBinaryIVF(quantizer, DESCRIPTOR_BYTES * 8, lists)
    index.own_fields = True
    quantizer.this.disown()
    index.cp.niter = 12
    index.train(descriptors)
    return index


def fill_descriptor_index(empty: faiss.IndexBinaryIVF, features: ImageFeatures,
                          per_image: int) -> faiss.IndexBinaryIVF:
    """Add every stored descriptor with id = image_row * per_image + keypoint."""
    index = faiss.clone_binary_index(empty)
    index.reset()
    for start in range(0, len(features.counts), 2048):
        stop = min(start + 2048, len(features.counts))
        counts = np.asarray(features.counts[start:stop])
        rows = np.repeat(np.arange(start, stop), counts)
        keypoints = np.concatenate([np.arange(c) for c in counts]) if len(rows) else rows
        block = np.asarray(features.descriptors[start:stop])
        data = block[rows - start, keypoints]
        if len(data):
            index.add_with_ids(np.ascontiguousarray(data),
                               (rows * per_image + keypoints).astype(np.int64))
    return index


class VisualIndex:
    """The searchable side: a descriptor index for voting, per-photo geometry for verification."""

    def __init__(self, descriptor_index: faiss.IndexBinaryIVF, features: ImageFeatures,
                 options: VisualOptions = VisualOptions()) -> None:
        self.descriptor_index = descriptor_index
        self.descriptor_index.nprobe = options.nprobe
        self.features = features
        self.options = options
        self.per_image = features.points.shape[1]

    def candidates(self, query: LocalFeatures) -> dict[int, tuple[np.ndarray, np.ndarray]]:
        """Shortlisted photos and their tentative matches (query keypoint, photo keypoint).

        Each query descriptor finds its nearest stored descriptors; a photo's vote is the
        number of query descriptors with a close neighbour in it.
        """
        distances, ids = self.descriptor_index.search(query.descriptors, self.options.neighbours)
        close = (ids >= 0) & (distances < self.options.max_hamming)
        q_idx = np.broadcast_to(np.arange(len(ids))[:, None], ids.shape)[close]
        ids = ids[close]
        images, keypoints = ids // self.per_image, ids % self.per_image
        # one vote per (query keypoint, photo)
        pair_keys = np.unique(images * len(query.descriptors) + q_idx)
        voted, votes = np.unique(pair_keys // len(query.descriptors), return_counts=True)
        top = voted[np.argsort(-votes, kind="stable")[: self.options.shortlist]]
        top = top[votes[np.argsort(-votes, kind="stable")[: self.options.shortlist]]
                  >= self.options.min_inliers]
        result = {}
        for image in top:
            mine = images == image
            result[int(image)] = (q_idx[mine], keypoints[mine])
        return result

    def verify(self, query: LocalFeatures, image: int, q_idx: np.ndarray,
               c_idx: np.ndarray) -> tuple[int, np.ndarray | None]:
        """Inlier count of a RANSAC homography from query to catalog photo, and the homography."""
        if len(q_idx) < self.options.min_inliers:
            return 0, None
        src = query.points[q_idx]
        dst = np.asarray(self.features.points[image])[c_idx].astype(np.float32)
        cv2.setRNGSeed(len(q_idx))  # the same photo gets the same answer, whatever ran before
        homography, inlier_mask = cv2.findHomography(src, dst, cv2.USAC_MAGSAC,
                                                     self.options.ransac_px, maxIters=500,
                                                     confidence=0.99)
        if homography is None or inlier_mask is None:
            return 0, None
        # A homography that folds the image over itself is not a view of a flat-ish object.
        if np.linalg.det(homography[:2, :2]) <= 0:
            return 0, None
        # Count distinct keypoints on each side: several neighbours of one keypoint are one.
        inlier = inlier_mask.ravel().astype(bool)
        return int(min(len(np.unique(q_idx[inlier])), len(np.unique(c_idx[inlier])))), homography

    def colour_similarity(self, query_rgb: np.ndarray, image: int,
                          homography: np.ndarray) -> float:
        """Compare the photo, warped onto the catalog photo, in Lab a*b* over the product."""
        thumb = np.asarray(self.features.thumbs[image])
        width, height = (int(v) for v in self.features.sizes[image])
        to_thumb = np.diag([THUMB / width, THUMB / height, 1.0])
        warp = to_thumb @ homography
        query_lab = cv2.cvtColor(query_rgb, cv2.COLOR_RGB2LAB)
        warped = cv2.warpPerspective(query_lab, warp, (THUMB, THUMB), flags=cv2.INTER_AREA)
        valid = cv2.warpPerspective(np.full(query_rgb.shape[:2], 255, np.uint8), warp,
                                    (THUMB, THUMB), flags=cv2.INTER_NEAREST) > 0
        region = valid & (thumb[..., 3] > 0)
        if region.sum() < 12:
            return 0.5  # too little overlap to judge colour: neither for nor against
        a = warped[region][:, 1:].astype(np.float32)
        b = thumb[..., :3][region][:, 1:].astype(np.float32)
        # Discount the overall colour cast of the photo: deviations from the mean chroma count
        # fully, the difference of the means themselves half.
        offset = a.mean(axis=0) - b.mean(axis=0)
        spread = np.abs((a - a.mean(axis=0)) - (b - b.mean(axis=0))).mean()
        distance = 0.5 * np.linalg.norm(offset) + spread
        return float(np.exp(-distance / self.options.colour_sigma))

    def search(self, rgb: np.ndarray, k: int = 5) -> list[VisualHit]:
        """Verified catalog photos for a photo, best first (may be fewer than k or none)."""
        query = extract(rgb, self.options.query_features, self.options.fast_threshold)
        if len(query.descriptors) == 0 or self.descriptor_index.ntotal == 0:
            return []
        results = []
        for image, (q_idx, c_idx) in self.candidates(query).items():
            inliers, homography = self.verify(query, image, q_idx, c_idx)
            if inliers < self.options.min_inliers:
                continue
            # Geometry cannot tell colour variants of one model apart; colour can.
            colour = self.colour_similarity(rgb, image, homography)
            strength = 1.0 - np.exp(-inliers / 15.0)
            results.append(VisualHit(image, float(strength * (0.5 + 0.5 * colour)), inliers,
                                     colour))
        results.sort(key=lambda h: -h.score)
        return results[:k]
