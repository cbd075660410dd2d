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

Plain products give too few keypoints to verify; for them `similar` ranks catalog photos by a
global appearance descriptor (colour histogram, rotation-invariant edge statistics), as
unverified guesses that search.py ranks after every verified hit.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import cv2
import faiss
import numpy as np

DESCRIPTOR_BYTES = 32  # ORB
THUMB = 32  # side of the colour thumbnail kept per catalog photo
GLOBAL_VERSION = 1  # bump when global_descriptor changes: stored vectors are then recomputed
GLOBAL_SIDE = 64  # longest side the global descriptor is computed at
AB_BINS = 8  # a*b* histogram bins per axis
AB_RANGE = 64.0  # a*b* values beyond +-this fall in the outer bins
ORIENTATION_BINS = 36
GLOBAL_DIM = AB_BINS * AB_BINS + ORIENTATION_BINS // 2 + 1 + 4  # 87 floats
# shares of colour, orientation spectrum and edge density in the cosine (compared on a
# development store: 1/0/0, 0.6/0.25/0.15, 0.4/0.4/0.2, 0/0.6/0.4)
COLOUR_WEIGHT, SPECTRUM_WEIGHT, DENSITY_WEIGHT = 0.6, 0.25, 0.15
QUERY_MASK = "grabcut"  # product region of a shopper photo: "grabcut" or "centre" (a prior)
VOTE_BONUS = 0.1  # appearance ranking: bonus for photos the local-feature vote shortlisted


@dataclass(frozen=True)
class VisualOptions:
    index_features: int = 400  # keypoints kept per catalog photo (memory: 32 B each + 12 B)
    # Keypoints of the query photo: more than a catalog photo's, clutter takes many. Each is
    # looked up in `nprobe` lists of the descriptor index, so the count is cut, down to
    # `min_query_features`, where that scan would pass `scan_budget` stored descriptors
    # (about 50 ms p95 at 10,000 products on one core: see `query_features_for`).
    query_features: int = 1600
    min_query_features: int = 700
    scan_budget: int = 6_000_000
    fast_threshold: int = 12  # FAST corner contrast; lower finds corners on plainer products
    query_size: int = 480  # longest side of the query photo; catalog photos use 320
    shortlist: int = 30  # candidates verified geometrically
    max_hamming: int = 64  # of 256 bits: farther descriptors are not a match
    neighbours: int = 3  # stored descriptors looked up per query descriptor
    nprobe: int = 6  # inverted lists visited per query descriptor
    lists: int = 0  # inverted lists of the descriptor index; 0: about 4 sqrt(descriptors)
    ransac_px: float = 6.0  # reprojection threshold at the working size
    min_inliers: int = 10  # below this a candidate is not a match
    colour_sigma: float = 24.0  # Lab distance (after the cast) where colour similarity is 1/e
    max_cast: float = 0.25  # most a light tints one channel against the others (x or / 1.25)
    max_exposure: float = 1.4  # most a light brightens or dims all channels (x or / 1.4)
    lightness_weight: float = 0.25  # of Lab L against chroma in the colour distance
    # A photo whose best verified match scores under this is searched again on the product
    # alone (GrabCut's box, enlarged to the query size): a small product among clutter loses
    # its keypoints to the clutter. 0: never; also never where both searches together would
    # scan more than `scan_budget` stored descriptors (catalogs past ~2,500 photos).
    zoom_below: float = 0.6
    zoom_features: int = 700  # keypoints of the product alone: little clutter is left


# ----------------------------------------------------------------------------- features

_PER_THREAD = threading.local()


def _clahe() -> cv2.CLAHE:
    """This thread's CLAHE: the object keeps working buffers, and two threads applying one
    at once abort the process (queries of different sessions run in parallel)."""
    clahe = getattr(_PER_THREAD, "clahe", None)
    if clahe is None:
        clahe = _PER_THREAD.clahe = cv2.createCLAHE(clipLimit=2.0, tileGridSize=(4, 4))
    return clahe


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
    grey = _clahe().apply(grey)
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


# ----------------------------------------------------------------------------- global appearance

def _foreground_weight(lab: np.ndarray) -> np.ndarray:
    """Catalog photos: the product is what differs from the backdrop along the border."""
    border = np.concatenate([lab[0], lab[-1], lab[:, 0], lab[:, -1]])
    backdrop = np.median(border, axis=0)
    distance = np.abs(lab - backdrop)
    distance = distance[..., 0] * 0.5 + distance[..., 1] + distance[..., 2]
    weight = np.clip((distance - 6.0) / 12.0, 0.0, 1.0)
    if weight.sum() < 0.02 * weight.size:  # no clear product: fall back to the centre
        return _centre_weight(lab.shape[:2])
    return weight.astype(np.float32)


def _centre_weight(shape: tuple[int, int]) -> np.ndarray:
    """Shopper photos: the product is usually near the middle, the clutter around it."""
    height, width = shape
    y = (np.arange(height, dtype=np.float32) - (height - 1) / 2) / (0.28 * min(height, width))
    x = (np.arange(width, dtype=np.float32) - (width - 1) / 2) / (0.28 * min(height, width))
    return np.exp(-0.5 * (y[:, None] ** 2 + x[None, :] ** 2)).astype(np.float32)


def _grabcut_weight(small: np.ndarray) -> np.ndarray:
    """Shopper photos: GrabCut from a rectangle around the middle, softened by the centre
    prior (the product fills most of that rectangle; clutter surrounds it)."""
    height, width = small.shape[:2]
    mask = np.zeros((height, width), np.uint8)
    rect = (int(width * 0.08), int(height * 0.08), int(width * 0.84), int(height * 0.84))
    background, foreground = np.zeros((1, 65), np.float64), np.zeros((1, 65), np.float64)
    centre = _centre_weight((height, width))
    try:
        cv2.setRNGSeed(0)
        cv2.grabCut(small, mask, rect, background, foreground, 2, cv2.GC_INIT_WITH_RECT)
    except cv2.error:
        return centre
    object_ = ((mask == cv2.GC_FGD) | (mask == cv2.GC_PR_FGD)).astype(np.float32)
    if object_.sum() < 0.03 * object_.size:
        return centre
    return (object_ * (0.3 + 0.7 * centre)).astype(np.float32)


def _at_global_side(rgb: np.ndarray) -> np.ndarray:
    """The photo scaled so its longest side is GLOBAL_SIDE."""
    height, width = rgb.shape[:2]
    scale = GLOBAL_SIDE / max(height, width)
    size = (max(8, round(width * scale)), max(8, round(height * scale)))
    return cv2.resize(rgb, size, interpolation=cv2.INTER_AREA)


def global_descriptor(rgb: np.ndarray, *, catalog: bool) -> np.ndarray:
    """A compact (GLOBAL_DIM,) float32 unit vector of a photo's overall appearance.

    For products that local features cannot verify (plain, low-texture ones), what is left is
    their colour and their outline. Both parts are weighted towards the product: in a catalog
    photo the pixels unlike the border backdrop, in a shopper photo a GrabCut segmentation
    started from a rectangle around the middle (QUERY_MASK), leaning on the centre.
    - colour: a soft 2-D histogram of Lab a*b* (lightness left out: exposure changes it),
      square-rooted (Hellinger), so a colour cast shifts mass to neighbouring bins only;
    - shape: the magnitude of the Fourier transform of the gradient-orientation histogram,
      which a rotation of the photo leaves unchanged (a rotation shifts the histogram
      circularly), plus how much edge there is per unit of product at four contrasts.
    Crop, scale and JPEG change neither much. Cosine similarity compares two descriptors.
    """
    small = _at_global_side(rgb)
    small = cv2.GaussianBlur(small, (0, 0), 0.8)  # blur and noise vary: start from smooth
    lab = cv2.cvtColor(small.astype(np.float32) / 255.0, cv2.COLOR_RGB2LAB)
    if catalog:
        weight = _foreground_weight(lab)
    elif QUERY_MASK == "grabcut":
        weight = _grabcut_weight(small)
    else:
        weight = _centre_weight(lab.shape[:2])

    # colour: soft a*b* histogram
    ab = np.clip(lab[..., 1:].reshape(-1, 2), -AB_RANGE, AB_RANGE - 1e-3)
    pos = (ab + AB_RANGE) / (2 * AB_RANGE) * AB_BINS - 0.5
    w = weight.reshape(-1)
    hist = np.zeros((AB_BINS, AB_BINS), np.float32)
    low = np.floor(pos).astype(int)
    frac = pos - low
    for da in (0, 1):
        for db in (0, 1):
            ia, ib = np.clip(low[:, 0] + da, 0, AB_BINS - 1), np.clip(low[:, 1] + db, 0, AB_BINS - 1)
            share = (frac[:, 0] if da else 1 - frac[:, 0]) * (frac[:, 1] if db else 1 - frac[:, 1])
            hist += np.bincount(ia * AB_BINS + ib, w * share,
                                AB_BINS * AB_BINS).reshape(AB_BINS, AB_BINS).astype(np.float32)
    hist = cv2.GaussianBlur(hist, (0, 0), 0.6)
    colour = np.sqrt(hist.reshape(-1) / max(float(hist.sum()), 1e-6))

    # shape: rotation-invariant orientation spectrum and edge density
    grey = lab[..., 0]
    gx = cv2.Sobel(grey, cv2.CV_32F, 1, 0, ksize=3)
    gy = cv2.Sobel(grey, cv2.CV_32F, 0, 1, ksize=3)
    magnitude = np.sqrt(gx * gx + gy * gy) * weight
    angle = (np.arctan2(gy, gx) % np.pi) / np.pi * ORIENTATION_BINS  # edges are undirected
    bins = np.minimum(angle.astype(int), ORIENTATION_BINS - 1)
    orientation = np.bincount(bins.reshape(-1), magnitude.reshape(-1),
                              ORIENTATION_BINS).astype(np.float32)
    orientation /= max(float(orientation.sum()), 1e-6)
    spectrum = np.abs(np.fft.rfft(orientation))[: ORIENTATION_BINS // 2 + 1]
    spectrum = spectrum / max(float(np.linalg.norm(spectrum)), 1e-6)
    density = []
    total = max(float(weight.sum()), 1e-6)
    for threshold in (4.0, 12.0, 30.0, 60.0):
        density.append(float(((np.sqrt(gx * gx + gy * gy) > threshold) * weight).sum() / total))
    density = np.sqrt(np.array(density, np.float32))
    density /= max(float(np.linalg.norm(density)), 1e-6)

    vector = np.concatenate([COLOUR_WEIGHT ** 0.5 * colour / max(np.linalg.norm(colour), 1e-6),
                             SPECTRUM_WEIGHT ** 0.5 * spectrum,
                             DENSITY_WEIGHT ** 0.5 * density]).astype(np.float32)
    return vector / max(float(np.linalg.norm(vector)), 1e-6)


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


def scan_per_keypoint(index: faiss.IndexBinaryIVF, options: VisualOptions) -> float:
    """Stored descriptors one query keypoint is compared with: nprobe lists of average length."""
    return options.nprobe * index.ntotal / max(1, index.nlist)


def query_features_for(index: faiss.IndexBinaryIVF, options: VisualOptions) -> int:
    """Query keypoints for this catalog: `query_features`, fewer where looking each up would
    scan more than `scan_budget` stored descriptors.
    On a 400-product store 1,600 keypoints scan about 1.5M; at 10,000 products 1,600 would
    scan 9.6M (35 of a query's 50 ms CPU), so there about 1,000 are used."""
    fit = options.scan_budget / max(1.0, scan_per_keypoint(index, options))
    return int(min(options.query_features, max(options.min_query_features, fit)))


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
                 options: VisualOptions = VisualOptions(),
                 global_vectors: np.ndarray | None = None) -> None:
        self.descriptor_index = descriptor_index
        self.descriptor_index.nprobe = options.nprobe
        self.features = features
        self.options = options
        self.query_features = query_features_for(descriptor_index, options)
        self.per_image = features.points.shape[1]
        # global appearance: a flat inner-product index (exact; 348 B per photo)
        self.global_index = None
        if global_vectors is not None and len(global_vectors) == len(features.counts):
            self.global_index = faiss.IndexFlatIP(GLOBAL_DIM)
            self.global_index.add(np.ascontiguousarray(global_vectors, np.float32))

    @property
    def zoom(self) -> bool:
        """Whether a weakly matched photo is searched again on its product (`zoom_below`)."""
        keypoints = self.query_features + self.options.zoom_features
        scan = keypoints * scan_per_keypoint(self.descriptor_index, self.options)
        return self.options.zoom_below > 0 and scan <= self.options.scan_budget

    def similar(self, rgb: np.ndarray, k: int,
                votes: dict[int, int] | None = None) -> list[tuple[int, float]]:
        """Catalog photos by global appearance (unverified): (row, similarity in 0..1), best
        first. Photos the local-feature vote shortlisted (not verified) get a bonus of up to
        VOTE_BONUS in proportion to their votes."""
        if self.global_index is None or self.global_index.ntotal == 0:
            return []
        query = global_descriptor(rgb, catalog=False)[None, :]
        similarity, rows = self.global_index.search(query, min(k, self.global_index.ntotal))
        scores = {int(r): float(s) for r, s in zip(rows[0], similarity[0], strict=True)
                  if r >= 0}
        if votes and VOTE_BONUS > 0:
            most = max(votes.values())
            voted = np.array(list(votes), np.int64)
            cosine = self.global_index.reconstruct_batch(voted) @ query[0]
            for row, c in zip(voted, cosine, strict=True):
                scores[int(row)] = float(c) + VOTE_BONUS * votes[int(row)] / most
        ranked = sorted(scores.items(), key=lambda item: -item[1])
        return [(row, min(1.0, max(0.0, s) / (1.0 + VOTE_BONUS))) for row, s in ranked]

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
        """Compare the photo, warped onto the catalog photo, in colour over the product.

        The light of a shopper's photo scales each colour channel (exposure, white balance):
        one gain per channel, estimated over the product (median log ratio). Their common part
        (exposure) is forgiven up to `max_exposure`, the part that tints up to `max_cast`;
        more than a light does is a different colour (a teal bottle is not a purple one in
        bluish light, a navy one is not a blue one in dim light). What is left is compared
        per pixel in Lab, chroma fully, lightness by `lightness_weight` (shading moves it).
        """
        thumb = np.asarray(self.features.thumbs[image])
        width, height = (int(v) for v in self.features.sizes[image])
        to_thumb = np.diag([THUMB / width, THUMB / height, 1.0])
        warp = to_thumb @ homography
        warped = cv2.warpPerspective(query_rgb, warp, (THUMB, THUMB), flags=cv2.INTER_AREA)
        valid = cv2.warpPerspective(np.full(query_rgb.shape[:2], 255, np.uint8), warp,
                                    (THUMB, THUMB), flags=cv2.INTER_NEAREST) > 0
        region = valid & (thumb[..., 3] > 0)
        if region.sum() < 12:
            return 0.5  # too little overlap to judge colour: neither for nor against
        catalog_rgb = cv2.cvtColor(np.ascontiguousarray(thumb[..., :3]), cv2.COLOR_LAB2RGB)
        pixels = warped[region]  # (n, 3) uint8
        seen = pixels.astype(np.float32) + 1.0  # +1: no log of zero
        known = catalog_rgb[region].astype(np.float32) + 1.0
        gains = np.exp(np.median(np.log(seen) - np.log(known), axis=0))  # (3,)
        exposure = np.clip(np.exp(np.log(gains).mean()), 1.0 / self.options.max_exposure,
                           self.options.max_exposure)
        tint = np.clip(gains / exposure, 1.0 / (1.0 + self.options.max_cast),
                       1.0 + self.options.max_cast)
        relit = np.clip(known * exposure * tint - 1.0, 0, 255).astype(np.uint8)
        seen_lab = cv2.cvtColor(pixels[None], cv2.COLOR_RGB2LAB)[0].astype(np.float32)
        relit_lab = cv2.cvtColor(relit[None], cv2.COLOR_RGB2LAB)[0].astype(np.float32)
        difference = seen_lab - relit_lab
        distance = (np.linalg.norm(difference[:, 1:], axis=1)
                    + self.options.lightness_weight * np.abs(difference[:, 0])).mean()
        return float(np.exp(-distance / self.options.colour_sigma))

    def search(self, rgb: np.ndarray, k: int = 5) -> list[VisualHit]:
        """Verified catalog photos for a photo, best first (may be fewer than k or none)."""
        return self.search_with_votes(rgb, k)[0]

    def search_with_votes(self, rgb: np.ndarray, k: int = 5
                          ) -> tuple[list[VisualHit], dict[int, int]]:
        """`search`, plus the shortlist's votes (photo row -> query keypoints matched in it),
        verified or not: weak evidence for the appearance fallback."""
        results, votes = self._search_once(rgb)
        best = max((h.score for h in results), default=0.0)
        if self.zoom and best < self.options.zoom_below:
            crop = product_crop(rgb, self.options.query_size)
            if crop is not None:
                more, _ = self._search_once(crop, self.options.zoom_features)
                scores = {h.image: h for h in results}
                for hit in more:
                    if hit.image not in scores or hit.score > scores[hit.image].score:
                        scores[hit.image] = hit
                results = list(scores.values())
        results.sort(key=lambda h: -h.score)
        return results[:k], votes

    def _search_once(self, rgb: np.ndarray, features: int = 0
                     ) -> tuple[list[VisualHit], dict[int, int]]:
        query = extract(rgb, features or self.query_features, self.options.fast_threshold)
        if len(query.descriptors) == 0 or self.descriptor_index.ntotal == 0:
            return [], {}
        results = []
        votes: dict[int, int] = {}
        for image, (q_idx, c_idx) in self.candidates(query).items():
            votes[image] = len(np.unique(q_idx))
            inliers, homography = self.verify(query, image, q_idx, c_idx)
            if inliers < self.options.min_inliers:
                continue
            # Geometry cannot tell colour variants of one model apart; colour can.
            colour = self.colour_similarity(rgb, image, homography)
            strength = 1.0 - np.exp(-inliers / 15.0)
            results.append(VisualHit(image, float(strength * (0.5 + 0.5 * colour)), inliers,
                                     colour))
        return results, votes


def product_crop(rgb: np.ndarray, size: int) -> np.ndarray | None:
    """The photo's product region (GrabCut from the middle, as the appearance descriptor
    finds it), padded and scaled so its longest side is `size`; None when it is most of the
    photo already (nothing to gain)."""
    height, width = rgb.shape[:2]
    small = _at_global_side(rgb)
    weight = _grabcut_weight(small)
    ys, xs = np.nonzero(weight > 0.25)
    if len(xs) == 0:
        return None
    fx, fy = width / small.shape[1], height / small.shape[0]
    x0, x1 = xs.min() * fx, (xs.max() + 1) * fx
    y0, y1 = ys.min() * fy, (ys.max() + 1) * fy
    pad = 0.12 * max(x1 - x0, y1 - y0)
    x0, y0 = int(max(0, x0 - pad)), int(max(0, y0 - pad))
    x1, y1 = int(min(width, x1 + pad)), int(min(height, y1 + pad))
    if (x1 - x0) * (y1 - y0) > 0.6 * width * height or min(x1 - x0, y1 - y0) < 16:
        return None
    crop = rgb[y0:y1, x0:x1]
    factor = size / max(crop.shape[:2])
    return cv2.resize(crop, (round(crop.shape[1] * factor), round(crop.shape[0] * factor)),
                      interpolation=cv2.INTER_CUBIC)
