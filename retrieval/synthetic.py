"""Procedural product photos and catalogs: the demo store and stores to measure on.

Every product is a random draw of shape, colours, pattern, logo and brand, rendered with
shading and a soft shadow, then photographed in one or more views (pose, light, backdrop).
Colour variants of one model share everything but the colour, as in a real catalog.
Two styles exist so that measurement never uses the look that anything was built on:
"studio" (the demo store) and "lifestyle" (stores for evaluation).
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw

S = 512  # rendering canvas; photos are downsampled from it (anti-aliasing for free)

COLOURS: dict[str, tuple[int, int, int]] = {
    "black": (32, 32, 36), "white": (236, 236, 230), "red": (188, 34, 42),
    "blue": (38, 82, 172), "navy": (26, 36, 84), "green": (46, 128, 70),
    "olive": (108, 114, 58), "yellow": (232, 188, 42), "orange": (228, 118, 38),
    "pink": (232, 140, 172), "purple": (108, 58, 150), "grey": (128, 128, 134),
    "brown": (118, 78, 48), "beige": (212, 190, 150), "teal": (28, 128, 130),
}

BRANDS = ["Northwind", "Alder", "Kestrel", "Lumen", "Harbor", "Vela", "Ridge", "Solace",
          "Tundra", "Marlow", "Quill", "Ember", "Fjord", "Cobalt", "Juniper", "Orbit",
          "Pika", "Saltmarsh", "Wren", "Zephyr", "Basalt", "Copper", "Drift", "Heron"]
MODEL_WORDS = ["Trail", "Metro", "Summit", "Breeze", "Nova", "Classic", "Voyager", "Pulse",
               "Atlas", "Canyon", "Harbor", "Aurora", "Drift", "Echo", "Glide", "Haven",
               "Ion", "Jet", "Koa", "Loft", "Mesa", "Nimbus", "Onyx", "Prism", "Rover",
               "Sierra", "Tide", "Umbra", "Vista", "Willow"]
MATERIALS = ["cotton", "leather", "canvas", "nylon", "wool", "ceramic", "steel", "recycled polyester",
             "suede", "linen", "bamboo", "glass", "aluminium", "oak"]


@dataclass(frozen=True)
class CategorySpec:
    noun: str  # singular, used in names
    price: tuple[float, float]
    materials: tuple[str, ...]
    features: tuple[str, ...]
    sizes: tuple[str, ...] = ()


CATEGORIES: dict[str, CategorySpec] = {
    "shoes": CategorySpec("Sneaker", (39, 180), ("leather", "canvas", "suede", "recycled polyester"),
                          ("waterproof", "lightweight", "cushioned", "non-slip", "vegan"),
                          ("6", "7", "8", "9", "10", "11", "12")),
    "jackets": CategorySpec("Jacket", (49, 260), ("nylon", "wool", "leather", "recycled polyester"),
                            ("waterproof", "insulated", "windproof", "packable", "hooded"),
                            ("XS", "S", "M", "L", "XL")),
    "bags": CategorySpec("Tote", (25, 220), ("leather", "canvas", "nylon"),
                         ("water-resistant", "laptop sleeve", "zip closure", "vegan")),
    "mugs": CategorySpec("Mug", (9, 35), ("ceramic", "steel", "glass"),
                         ("dishwasher safe", "microwave safe", "insulated")),
    "lamps": CategorySpec("Lamp", (29, 240), ("steel", "oak", "ceramic", "aluminium"),
                          ("dimmable", "LED bulb included", "USB port", "adjustable")),
    "watches": CategorySpec("Watch", (59, 480), ("steel", "leather", "aluminium"),
                            ("water-resistant", "sapphire glass", "automatic", "luminous hands")),
    "t-shirts": CategorySpec("Tee", (12, 45), ("cotton", "linen", "recycled polyester", "bamboo"),
                             ("organic", "breathable", "slim fit", "relaxed fit"),
                             ("XS", "S", "M", "L", "XL", "XXL")),
    "hats": CategorySpec("Cap", (15, 60), ("cotton", "wool", "canvas"),
                         ("adjustable", "breathable", "water-resistant", "UV protection")),
    "backpacks": CategorySpec("Backpack", (35, 190), ("nylon", "canvas", "recycled polyester"),
                              ("waterproof", "laptop sleeve", "padded straps", "roll-top")),
    "bottles": CategorySpec("Bottle", (12, 49), ("steel", "glass", "aluminium"),
                            ("insulated", "leak-proof", "BPA-free", "dishwasher safe")),
    "chairs": CategorySpec("Chair", (45, 420), ("oak", "steel", "linen", "leather"),
                           ("stackable", "padded seat", "outdoor", "swivel")),
    "headphones": CategorySpec("Headphones", (29, 350), ("aluminium", "leather", "recycled polyester"),
                               ("wireless", "noise cancelling", "foldable", "long battery")),
    "sunglasses": CategorySpec("Sunglasses", (19, 210), ("acetate", "steel", "aluminium"),
                               ("polarized", "UV400", "lightweight", "scratch-resistant")),
    "vases": CategorySpec("Vase", (15, 120), ("ceramic", "glass", "oak"),
                          ("handmade", "waterproof glaze", "matte finish")),
    "books": CategorySpec("Notebook", (6, 38), ("paper", "linen", "leather"),
                          ("dotted pages", "lay-flat binding", "recycled paper", "pocket size")),
}

DEMO_CATEGORIES = ("shoes", "jackets", "bags", "mugs", "lamps", "watches", "t-shirts", "hats",
                   "backpacks")
EVAL_CATEGORIES = ("bottles", "chairs", "headphones", "sunglasses", "vases", "books", "mugs",
                   "shoes")


# ----------------------------------------------------------------------------- shapes

def _mask(draw_fn: Callable[[ImageDraw.ImageDraw], None]) -> np.ndarray:
    image = Image.new("L", (S, S), 0)
    draw_fn(ImageDraw.Draw(image))
    return np.asarray(image, dtype=np.float32) / 255.0


def poly(points: list[tuple[float, float]]) -> np.ndarray:
    return _mask(lambda d: d.polygon([(x * S, y * S) for x, y in points], fill=255))


def ellipse(x0: float, y0: float, x1: float, y1: float) -> np.ndarray:
    return _mask(lambda d: d.ellipse([x0 * S, y0 * S, x1 * S, y1 * S], fill=255))


def rrect(x0: float, y0: float, x1: float, y1: float, r: float) -> np.ndarray:
    return _mask(lambda d: d.rounded_rectangle([x0 * S, y0 * S, x1 * S, y1 * S], r * S, fill=255))


def stroke(points: list[tuple[float, float]], width: float) -> np.ndarray:
    return _mask(lambda d: d.line([(x * S, y * S) for x, y in points], fill=255,
                                  width=max(1, int(width * S)), joint="curve"))


def ring(x0: float, y0: float, x1: float, y1: float, width: float) -> np.ndarray:
    return _mask(lambda d: d.ellipse([x0 * S, y0 * S, x1 * S, y1 * S], outline=255,
                                     width=max(1, int(width * S))))


@dataclass
class Part:
    mask: np.ndarray  # (S, S) float in [0, 1]
    material: str  # main | accent | dark | light | metal | glass
    patterned: bool = False


@dataclass
class Shape:
    parts: list[Part]
    logo_box: tuple[float, float, float, float]  # x0, y0, x1, y1 on a main part
    details: list[tuple[list[tuple[float, float]], float, str]] = field(default_factory=list)


def _shoe(r: random.Random) -> Shape:
    toe = r.uniform(0.78, 0.88)
    top = r.uniform(0.36, 0.48)
    sole_h = r.uniform(0.05, 0.08)
    upper = poly([(0.12, 0.70), (0.13, top), (0.30, top - 0.02), (0.42, 0.52),
                  (0.62, 0.56), (toe, 0.62), (toe + 0.04, 0.70)])
    sole = rrect(0.10, 0.68, toe + 0.06, 0.68 + sole_h, 0.03)
    collar = ellipse(0.14, top - 0.03, 0.32, top + 0.05)
    parts = [Part(upper, "main", True), Part(sole, "light"), Part(collar, "dark")]
    if r.random() < 0.6:
        parts.append(Part(poly([(0.12, 0.62), (0.50, 0.58), (toe, 0.66), (0.12, 0.68)]), "accent"))
    laces = [([(0.34 + 0.05 * i, 0.50 + 0.01 * i), (0.38 + 0.05 * i, 0.55 + 0.01 * i)], 0.012,
              "light") for i in range(r.randint(3, 5))]
    return Shape(parts, (0.18, 0.52, 0.44, 0.64), laces)


def _top(r: random.Random, long_sleeves: bool) -> Shape:
    w = r.uniform(0.26, 0.32)
    shoulder = 0.24
    bottom = r.uniform(0.82, 0.88)
    cuff_y = 0.70 if long_sleeves else 0.44
    cuff_x = 0.10 if long_sleeves else 0.14
    body = poly([(0.5 - w, shoulder + 0.04), (0.5 - w, bottom), (0.5 + w, bottom),
                 (0.5 + w, shoulder + 0.04), (0.58, shoulder), (0.42, shoulder)])
    left = poly([(0.5 - w + 0.02, shoulder + 0.01), (cuff_x, cuff_y),
                 (cuff_x + 0.10, cuff_y + 0.04), (0.5 - w + 0.02, shoulder + 0.22)])
    right = poly([(0.5 + w - 0.02, shoulder + 0.01), (1 - cuff_x, cuff_y),
                  (1 - cuff_x - 0.10, cuff_y + 0.04), (0.5 + w - 0.02, shoulder + 0.22)])
    collar = ellipse(0.42, shoulder - 0.03, 0.58, shoulder + 0.06)
    parts = [Part(left, "main", True), Part(right, "main", True), Part(body, "main", True),
             Part(collar, "dark")]
    details = []
    if long_sleeves:
        details.append(([(0.5, shoulder + 0.06), (0.5, bottom)], 0.008, "metal"))
        for side in (-1, 1):
            x = 0.5 + side * 0.15
            parts.append(Part(rrect(x - 0.07, 0.62, x + 0.07, 0.72, 0.01), "accent"))
        if r.random() < 0.5:
            parts.append(Part(ellipse(0.38, shoulder - 0.12, 0.62, shoulder + 0.06), "accent"))
    return Shape(parts, (0.36, 0.34, 0.64, 0.52) if not long_sleeves else (0.54, 0.36, 0.70, 0.46),
                 details)


def _bag(r: random.Random) -> Shape:
    top, bottom = r.uniform(0.34, 0.42), r.uniform(0.80, 0.86)
    inset = r.uniform(0.0, 0.06)
    body = poly([(0.22 + inset, top), (0.78 - inset, top), (0.84, bottom), (0.16, bottom)])
    handle = ring(0.34, top - 0.22, 0.66, top + 0.12, 0.03)
    handle[int((top + 0.01) * S):] = 0
    parts = [Part(handle, "dark"), Part(body, "main", True)]
    if r.random() < 0.6:
        parts.append(Part(poly([(0.22 + inset, top), (0.78 - inset, top), (0.70, top + 0.16),
                                (0.30, top + 0.16)]), "accent"))
    return Shape(parts, (0.36, top + 0.20, 0.64, top + 0.32),
                 [([(0.3, top + 0.02), (0.7, top + 0.02)], 0.006, "metal")])


def _backpack(r: random.Random) -> Shape:
    body = rrect(0.26, 0.20, 0.74, 0.86, r.uniform(0.08, 0.16))
    pocket = rrect(0.32, 0.54, 0.68, 0.82, 0.05)
    loop = ring(0.44, 0.12, 0.56, 0.26, 0.02)
    parts = [Part(loop, "dark"), Part(body, "main", True), Part(pocket, "accent")]
    return Shape(parts, (0.36, 0.30, 0.64, 0.46),
                 [([(0.33, 0.56), (0.67, 0.56)], 0.008, "metal")])


def _mug(r: random.Random) -> Shape:
    x0, x1 = 0.26, r.uniform(0.66, 0.72)
    top, bottom = r.uniform(0.28, 0.36), 0.80
    body = rrect(x0, top, x1, bottom, 0.03)
    rim = ellipse(x0, top - 0.04, x1, top + 0.04)
    handle = ring(x1 - 0.06, top + 0.10, x1 + 0.14, bottom - 0.12, 0.04)
    handle[:, : int((x1 - 0.01) * S)] = 0
    return Shape([Part(handle, "main"), Part(body, "main", True), Part(rim, "dark")],
                 (x0 + 0.06, top + 0.12, x1 - 0.06, bottom - 0.12))


def _lamp(r: random.Random) -> Shape:
    shade_top, shade_bottom = r.uniform(0.14, 0.22), r.uniform(0.40, 0.48)
    top_w, bottom_w = r.uniform(0.10, 0.18), r.uniform(0.22, 0.30)
    shade = poly([(0.5 - top_w, shade_top), (0.5 + top_w, shade_top),
                  (0.5 + bottom_w, shade_bottom), (0.5 - bottom_w, shade_bottom)])
    stem = rrect(0.485, shade_bottom, 0.515, 0.80, 0.01)
    base = ellipse(0.36, 0.77, 0.64, 0.86)
    return Shape([Part(stem, "metal"), Part(base, "accent"), Part(shade, "main", True)],
                 (0.5 - top_w, shade_top + 0.06, 0.5 + top_w, shade_bottom - 0.06))


def _watch(r: random.Random) -> Shape:
    strap = rrect(0.42, 0.04, 0.58, 0.96, 0.03)
    square = r.random() < 0.4
    case = rrect(0.30, 0.30, 0.70, 0.70, 0.08) if square else ellipse(0.30, 0.30, 0.70, 0.70)
    dial = rrect(0.34, 0.34, 0.66, 0.66, 0.06) if square else ellipse(0.34, 0.34, 0.66, 0.66)
    crown = rrect(0.69, 0.47, 0.74, 0.53, 0.01)
    ticks = []
    for i in range(12):
        a = i * math.pi / 6
        ticks.append(([(0.5 + 0.13 * math.cos(a), 0.5 + 0.13 * math.sin(a)),
                       (0.5 + 0.15 * math.cos(a), 0.5 + 0.15 * math.sin(a))], 0.008, "dark"))
    h, m = r.uniform(0, 2 * math.pi), r.uniform(0, 2 * math.pi)
    ticks.append(([(0.5, 0.5), (0.5 + 0.08 * math.cos(h), 0.5 + 0.08 * math.sin(h))], 0.012, "dark"))
    ticks.append(([(0.5, 0.5), (0.5 + 0.12 * math.cos(m), 0.5 + 0.12 * math.sin(m))], 0.008, "dark"))
    return Shape([Part(strap, "main", True), Part(crown, "metal"), Part(case, "metal"),
                  Part(dial, "light")], (0.42, 0.38, 0.58, 0.45), ticks)


def _cap(r: random.Random) -> Shape:
    dome = ellipse(0.22, 0.26, 0.78, 0.78)
    dome[int(0.60 * S):] = 0
    brim = ellipse(0.40, 0.52, r.uniform(0.90, 0.96), 0.66)
    button = ellipse(0.47, 0.23, 0.53, 0.29)
    band = rrect(0.22, 0.55, 0.78, 0.61, 0.0)
    return Shape([Part(brim, "accent"), Part(dome, "main", True), Part(band, "dark"),
                  Part(button, "dark")], (0.36, 0.36, 0.64, 0.52))


def _bottle(r: random.Random) -> Shape:
    w = r.uniform(0.13, 0.18)
    body = rrect(0.5 - w, 0.30, 0.5 + w, 0.90, 0.06)
    neck = poly([(0.5 - w, 0.32), (0.44, 0.20), (0.56, 0.20), (0.5 + w, 0.32)])
    cap = rrect(0.43, 0.10, 0.57, 0.21, 0.02)
    label = rrect(0.5 - w, 0.46, 0.5 + w, 0.70, 0.0)
    return Shape([Part(neck, "main"), Part(body, "main", True), Part(label, "light"),
                  Part(cap, "dark")], (0.5 - w + 0.03, 0.50, 0.5 + w - 0.03, 0.66))


def _chair(r: random.Random) -> Shape:
    back = rrect(0.28, 0.10, 0.72, 0.48, r.uniform(0.02, 0.08))
    seat = poly([(0.24, 0.52), (0.76, 0.52), (0.80, 0.62), (0.20, 0.62)])
    legs = [Part(stroke([(x, 0.60), (x + dx, 0.92)], 0.025), "accent")
            for x, dx in ((0.24, -0.03), (0.76, 0.03), (0.36, 0.0), (0.64, 0.0))]
    posts = [Part(stroke([(x, 0.44), (x, 0.54)], 0.025), "accent") for x in (0.32, 0.68)]
    return Shape([*legs, *posts, Part(back, "main", True), Part(seat, "main", True)],
                 (0.38, 0.20, 0.62, 0.36))


def _headphones(r: random.Random) -> Shape:
    band = ring(0.22, 0.12, 0.78, 0.80, r.uniform(0.035, 0.05))
    band[int(0.50 * S):] = 0
    cups = [Part(rrect(x0, 0.44, x0 + 0.16, 0.74, 0.06), "main", True) for x0 in (0.16, 0.68)]
    pads = [Part(rrect(x0, 0.46, x0 + 0.05, 0.72, 0.02), "dark") for x0 in (0.31, 0.64)]
    return Shape([Part(band, "accent"), *pads, *cups], (0.17, 0.54, 0.31, 0.64))


def _sunglasses(r: random.Random) -> Shape:
    round_ = r.random() < 0.5
    lenses = []
    for x0 in (0.14, 0.54):
        m = ellipse(x0, 0.38, x0 + 0.32, 0.66) if round_ else rrect(x0, 0.38, x0 + 0.32, 0.62, 0.06)
        lenses.append(Part(m, "glass"))
    frames = [Part(ring(x0 - 0.015, 0.365, x0 + 0.335, 0.675, 0.025) if round_
                   else _mask(lambda d, x=x0: d.rounded_rectangle(
                       [(x - 0.015) * S, 0.365 * S, (x + 0.335) * S, 0.635 * S], 0.07 * S,
                       outline=255, width=int(0.025 * S))), "main") for x0 in (0.14, 0.54)]
    bridge = stroke([(0.46, 0.45), (0.50, 0.42), (0.54, 0.45)], 0.02)
    arms = stroke([(0.12, 0.42), (0.04, 0.40)], 0.02) + stroke([(0.88, 0.42), (0.96, 0.40)], 0.02)
    return Shape([*lenses, *frames, Part(bridge, "main"), Part(np.clip(arms, 0, 1), "main")],
                 (0.20, 0.44, 0.40, 0.56))


def _vase(r: random.Random) -> Shape:
    belly = r.uniform(0.22, 0.30)
    neck = r.uniform(0.08, 0.12)
    pts_l = [(0.5 - neck, 0.22), (0.5 - neck * 0.9, 0.34), (0.5 - belly, 0.58),
             (0.5 - belly * 0.8, 0.84), (0.5 - belly * 0.6, 0.90)]
    body = poly(pts_l + [(1 - x, y) for x, y in reversed(pts_l)])
    lip = ellipse(0.5 - neck - 0.02, 0.19, 0.5 + neck + 0.02, 0.25)
    stems = [([(0.5, 0.22), (0.5 + dx, 0.05 + abs(dx))], 0.01, "dark") for dx in (-0.12, 0.0, 0.1)]
    return Shape([Part(body, "main", True), Part(lip, "accent")], (0.40, 0.52, 0.60, 0.70), stems)


def _book(r: random.Random) -> Shape:
    cover = rrect(0.24, 0.10, 0.76, 0.90, 0.015)
    spine = rrect(0.24, 0.10, 0.31, 0.90, 0.0)
    band = rrect(0.70, 0.10, 0.73, 0.90, 0.0)
    pages = rrect(0.75, 0.12, 0.78, 0.88, 0.0)
    return Shape([Part(pages, "light"), Part(cover, "main", True), Part(spine, "accent"),
                  Part(band, "dark")], (0.36, 0.30, 0.68, 0.50))


SHAPES: dict[str, Callable[[random.Random], Shape]] = {
    "shoes": _shoe, "jackets": lambda r: _top(r, True), "t-shirts": lambda r: _top(r, False),
    "bags": _bag, "backpacks": _backpack, "mugs": _mug, "lamps": _lamp, "watches": _watch,
    "hats": _cap, "bottles": _bottle, "chairs": _chair, "headphones": _headphones,
    "sunglasses": _sunglasses, "vases": _vase, "books": _book,
}


# ----------------------------------------------------------------------------- surfaces

@dataclass(frozen=True)
class Look:
    """Everything that decides how one product looks (colour variants differ only in colour)."""

    category: str
    seed: int  # the shape's random draw
    colour: str
    accent: str
    pattern: str  # solid | stripes | checks | dots | noise | camo | chevron
    pattern_scale: float
    pattern_angle: float
    brand: str
    emblem: str  # circle | triangle | star | diamond | bars | none
    font: int


def _pattern(look: Look, rng: np.random.Generator) -> np.ndarray:
    """Mixing weight (S, S) in [0, 1] between the main colour and the accent."""
    yy, xx = np.mgrid[0:S, 0:S].astype(np.float32) / S
    a = math.radians(look.pattern_angle)
    u = xx * math.cos(a) + yy * math.sin(a)
    v = -xx * math.sin(a) + yy * math.cos(a)
    f = 1.0 / look.pattern_scale
    if look.pattern == "stripes":
        return (np.sin(u * f * 2 * math.pi) > 0.3).astype(np.float32)
    if look.pattern == "checks":
        return ((np.floor(u * f) + np.floor(v * f)) % 2).astype(np.float32) * 0.8
    if look.pattern == "dots":
        du, dv = (u * f) % 1 - 0.5, (v * f) % 1 - 0.5
        return (du * du + dv * dv < 0.07).astype(np.float32)
    if look.pattern == "chevron":
        return (np.sin((u + np.abs((v * f) % 1 - 0.5) * look.pattern_scale) * f * 2 * math.pi)
                > 0.2).astype(np.float32)
    if look.pattern in ("noise", "camo"):
        small = rng.random((8, 8)).astype(np.float32) if look.pattern == "camo" \
            else rng.random((48, 48)).astype(np.float32)
        field_ = cv2.resize(small, (S, S), interpolation=cv2.INTER_CUBIC)
        if look.pattern == "camo":
            return (field_ > 0.55).astype(np.float32) * 0.9
        return np.clip((field_ - 0.5) * 0.8 + 0.25, 0, 1)
    return np.zeros((S, S), np.float32)


def _shade(mask: np.ndarray, light: tuple[float, float]) -> np.ndarray:
    """A soft 3-D look: brighter towards the light and away from the part's edges."""
    inside = (mask > 0.5).astype(np.uint8)
    dist = cv2.distanceTransform(inside, cv2.DIST_L2, 5)
    dist = dist / (dist.max() + 1e-6)
    yy, xx = np.mgrid[0:S, 0:S].astype(np.float32) / S
    directional = (xx - 0.5) * light[0] + (yy - 0.5) * light[1]
    return 0.72 + 0.30 * np.sqrt(dist) + 0.35 * directional


def _logo(look: Look, box: tuple[float, float, float, float], colour: np.ndarray,
          canvas: np.ndarray, mask: np.ndarray) -> None:
    x0, y0, x1, y1 = (int(v * S) for v in box)
    w, h = x1 - x0, y1 - y0
    if w < 8 or h < 8:
        return
    layer = np.zeros((S, S), np.uint8)
    text = look.brand.upper()[:8]
    scale = 1.0
    (tw, th), _ = cv2.getTextSize(text, look.font, scale, 2)
    scale = min(w * 0.9 / tw, h * 0.45 / th)
    thickness = max(1, int(scale * 2))
    (tw, th), _ = cv2.getTextSize(text, look.font, scale, thickness)
    cv2.putText(layer, text, (x0 + (w - tw) // 2, y1 - max(2, h // 10)), look.font, scale, 255,
                thickness, cv2.LINE_AA)
    cx, cy, rad = x0 + w // 2, y0 + h // 4, max(3, min(w, h) // 5)
    if look.emblem == "circle":
        cv2.circle(layer, (cx, cy), rad, 255, max(2, rad // 3), cv2.LINE_AA)
    elif look.emblem == "triangle":
        pts = np.array([[cx, cy - rad], [cx - rad, cy + rad], [cx + rad, cy + rad]], np.int32)
        cv2.fillPoly(layer, [pts], 255, cv2.LINE_AA)
    elif look.emblem == "star":
        pts = [(cx + rad * (1 if i % 2 == 0 else 0.45) * math.cos(i * math.pi / 5 - math.pi / 2),
                cy + rad * (1 if i % 2 == 0 else 0.45) * math.sin(i * math.pi / 5 - math.pi / 2))
               for i in range(10)]
        cv2.fillPoly(layer, [np.array(pts, np.int32)], 255, cv2.LINE_AA)
    elif look.emblem == "diamond":
        pts = np.array([[cx, cy - rad], [cx + rad, cy], [cx, cy + rad], [cx - rad, cy]], np.int32)
        cv2.fillPoly(layer, [pts], 255, cv2.LINE_AA)
    elif look.emblem == "bars":
        for i in range(3):
            cv2.rectangle(layer, (cx - rad + i * rad * 2 // 3, cy - rad),
                          (cx - rad + i * rad * 2 // 3 + max(1, rad // 3), cy + rad), 255, -1)
    alpha = (layer.astype(np.float32) / 255.0) * mask
    canvas[:] = canvas * (1 - alpha[..., None]) + colour * alpha[..., None]


def _rgb(name: str) -> np.ndarray:
    return np.array(COLOURS[name], np.float32) / 255.0


def render_product(look: Look, *, light: tuple[float, float] = (-0.6, -0.5)) -> np.ndarray:
    """The product alone: RGBA float array (S, S, 4), transparent around it."""
    rng = np.random.default_rng(look.seed)
    shape = SHAPES[look.category](random.Random(look.seed))
    main, accent = _rgb(look.colour), _rgb(look.accent)
    pattern = _pattern(look, rng)
    grain = 1.0 + (rng.random((S, S)).astype(np.float32) - 0.5) * 0.05
    materials = {
        "main": main, "accent": accent, "dark": np.array([0.10, 0.10, 0.11], np.float32),
        "light": np.array([0.93, 0.92, 0.89], np.float32),
        "metal": np.array([0.72, 0.73, 0.76], np.float32),
        "glass": np.array([0.12, 0.14, 0.18], np.float32),
    }
    canvas = np.zeros((S, S, 3), np.float32)
    alpha = np.zeros((S, S), np.float32)
    main_mask = np.zeros((S, S), np.float32)
    for part in shape.parts:
        colour = np.broadcast_to(materials[part.material], (S, S, 3))
        if part.patterned and look.pattern != "solid":
            colour = colour * (1 - pattern[..., None]) + accent * pattern[..., None]
        shading = _shade(part.mask, light)
        if part.material in ("metal", "glass"):
            yy = np.mgrid[0:S, 0:S][1].astype(np.float32) / S
            shading = shading + 0.25 * np.sin(yy * 9.0)  # a specular band
        colour = np.clip(colour * (shading * grain)[..., None], 0, 1)
        m = part.mask[..., None]
        canvas = canvas * (1 - m) + colour * m
        alpha = np.maximum(alpha, part.mask)
        if part.material == "main":
            main_mask = np.maximum(main_mask, part.mask)
    for points, width, material in shape.details:
        m = stroke(points, width)
        canvas = canvas * (1 - m[..., None]) + materials[material] * m[..., None]
        alpha = np.maximum(alpha, m)
    logo_colour = accent if np.abs(accent - main).sum() > 0.6 else \
        (np.ones(3, np.float32) - main)
    _logo(look, shape.logo_box, logo_colour, canvas, main_mask)
    return np.dstack([canvas, alpha])


# ----------------------------------------------------------------------------- photos

def _backdrop(style: str, rng: np.random.Generator, size: int) -> np.ndarray:
    yy = np.mgrid[0:size, 0:size][0].astype(np.float32) / size
    if style == "studio":
        tone = rng.uniform(0.90, 0.98)
        base = np.full((size, size, 3), tone, np.float32) - 0.05 * yy[..., None]
    else:  # lifestyle: tinted paper sweep with a table edge
        tint = rng.uniform(0.55, 0.9, 3).astype(np.float32)
        base = tint * (0.85 + 0.15 * (1 - yy))[..., None]
        horizon = int(size * rng.uniform(0.72, 0.82))
        wood = rng.uniform(0.35, 0.6) * np.array([1.0, 0.78, 0.55], np.float32)
        grain = 1 + 0.08 * np.sin(np.arange(size, dtype=np.float32)[None, :] * 0.25
                                  + rng.random((size - horizon, 1)).astype(np.float32) * 4)
        base[horizon:] = wood * grain[..., None]
    noise = rng.normal(0, 0.01, (size, size, 1)).astype(np.float32)
    return np.clip(base + noise, 0, 1)


def photograph(product_rgba: np.ndarray, *, style: str, view: int, seed: int,
               size: int = 256) -> Image.Image:
    """Place the product in a catalog photo: pose, shadow, light and backdrop per view."""
    rng = np.random.default_rng(seed * 31 + view)
    angle = 0.0 if view == 0 else rng.uniform(-14, 14)
    scale = (0.92 if view == 0 else rng.uniform(0.75, 0.95)) * size / S
    shift = (0, 0) if view == 0 else rng.uniform(-0.06, 0.06, 2) * size
    matrix = cv2.getRotationMatrix2D((S / 2, S / 2), angle, scale)
    matrix[:, 2] += (size / 2 - S / 2) + np.asarray(shift)
    layer = cv2.warpAffine(product_rgba, matrix, (size, size), flags=cv2.INTER_AREA)
    rgb, alpha = layer[..., :3], layer[..., 3:4]
    background = _backdrop(style, rng, size)
    shadow = cv2.GaussianBlur(alpha[..., 0], (0, 0), size * 0.03)
    shadow = np.roll(shadow, (int(size * 0.03), int(size * 0.02)), axis=(0, 1))
    background = background * (1 - 0.35 * shadow[..., None])
    light = rng.uniform(0.92, 1.06) if view else 1.0
    image = background * (1 - alpha) + np.clip(rgb * light, 0, 1) * alpha
    return Image.fromarray((np.clip(image, 0, 1) * 255).astype(np.uint8))


# ----------------------------------------------------------------------------- catalogs

def _random_look(rng: random.Random, category: str, style: str) -> Look:
    colour = rng.choice(list(COLOURS))
    accent = rng.choice([c for c in COLOURS if c != colour])
    patterns = ["solid", "stripes", "checks", "dots", "noise", "camo"] if style == "studio" \
        else ["solid", "stripes", "chevron", "dots", "noise", "checks"]
    return Look(category=category, seed=rng.randrange(1 << 30), colour=colour, accent=accent,
                pattern=rng.choice(patterns), pattern_scale=rng.uniform(0.04, 0.12),
                pattern_angle=rng.uniform(0, 180), brand=rng.choice(BRANDS),
                emblem=rng.choice(["circle", "triangle", "star", "diamond", "bars", "none"]),
                font=rng.choice([cv2.FONT_HERSHEY_SIMPLEX, cv2.FONT_HERSHEY_DUPLEX,
                                 cv2.FONT_HERSHEY_TRIPLEX, cv2.FONT_HERSHEY_COMPLEX]))


def _sku(rng: random.Random, brand: str, model: str, colour: str, used: set[str]) -> str:
    while True:
        sku = f"{brand[:3].upper()}-{model[:3].upper()}{rng.randint(100, 999)}-{colour[:3].upper()}"
        if sku not in used:
            used.add(sku)
            return sku


def _catalog_row(rng: random.Random, look: Look, model: str, sku: str, price: float,
                 images: list[str], currency: str) -> dict:
    spec = CATEGORIES[look.category]
    material = rng.choice(spec.materials)
    features = rng.sample(spec.features, k=rng.randint(1, min(3, len(spec.features))))
    name = f"{look.brand} {model} {spec.noun}"
    pattern = "" if look.pattern == "solid" else f" with a {look.accent} {look.pattern} pattern"
    description = (f"{look.colour.capitalize()} {material} {spec.noun.lower()}{pattern}. "
                   f"{', '.join(f.capitalize() for f in features)}.")
    attributes: dict = {"color": look.colour, "material": material, "features": features}
    if spec.sizes:
        attributes["sizes"] = sorted(rng.sample(spec.sizes, k=rng.randint(2, len(spec.sizes))),
                                     key=spec.sizes.index)
    stock = 0 if rng.random() < 0.15 else rng.randint(1, 60)
    return {"sku": sku, "name": name, "description": description, "category": look.category,
            "price": price, "currency": currency, "stock": stock, "attributes": attributes,
            "images": images}


@dataclass(frozen=True)
class StoreRecipe:
    name: str
    products: int
    seed: int
    style: str = "studio"  # studio | lifestyle
    categories: tuple[str, ...] = DEMO_CATEGORIES
    views: tuple[int, int] = (1, 2)  # photos per product, inclusive range
    size: int = 256
    currency: str = "USD"
    order_id: Callable[[random.Random], str] = lambda r: f"A{r.randint(10000, 99999)}"
    orders: int = 40


def make_catalog(recipe: StoreRecipe, out: Path, *, progress: bool = False) -> list[dict]:
    """Render a store's products and photos into `out/images` and return its catalog rows."""
    rng = random.Random(recipe.seed)
    (out / "images").mkdir(parents=True, exist_ok=True)
    rows: list[dict] = []
    used: set[str] = set()
    per_category = {c: 0 for c in recipe.categories}
    todo = recipe.products
    bar = None
    if progress:
        from tqdm import tqdm
        bar = tqdm(total=todo, desc="render", unit="product")
    while len(rows) < todo:
        category = recipe.categories[len(rows) % len(recipe.categories)]
        per_category[category] += 1
        base = _random_look(rng, category, recipe.style)
        model = rng.choice(MODEL_WORDS)
        spec = CATEGORIES[category]
        price = round(rng.uniform(*spec.price)) - 0.01
        # About a third of the models come in several colours: same shape, logo and pattern.
        n_colours = 1 if rng.random() < 0.65 else rng.randint(2, 3)
        colours = [base.colour] + rng.sample([c for c in COLOURS if c not in (base.colour,
                                                                          base.accent)],
                                             n_colours - 1)
        for colour in colours:
            if len(rows) >= todo:
                break
            look = Look(**{**base.__dict__, "colour": colour})
            sku = _sku(rng, look.brand, model, colour, used)
            product = render_product(look)
            images = []
            for view in range(rng.randint(*recipe.views)):
                rel = f"images/{sku.lower()}-{view + 1}.jpg"
                photograph(product, style=recipe.style, view=view, seed=look.seed + len(rows),
                           size=recipe.size).save(out / rel, quality=82, optimize=True)
                images.append(rel)
            rows.append(_catalog_row(rng, look, model, sku, price, images, recipe.currency))
            if bar:
                bar.update(1)
    if bar:
        bar.close()
    return rows


FAQ_ENTRIES = [
    ("returns", "How do I return an item?",
     "You can return unused items in their original packaging within {days} days of delivery. "
     "Start a return from the link in your order email and we will send a prepaid label."),
    ("refund-time", "When will I get my refund?",
     "Refunds go back to the original payment method within 5 business days after the return "
     "reaches our warehouse."),
    ("shipping-time", "How long does delivery take?",
     "Standard delivery takes {ship} business days; express delivery takes 1 to 2 business days."),
    ("shipping-cost", "How much is shipping?",
     "Shipping is free on orders over {free}. Below that, standard shipping costs {fee}."),
    ("international", "Do you ship abroad?",
     "We ship to {countries}. Import duties are calculated at checkout."),
    ("payment", "Which payment methods do you accept?",
     "We accept Visa, Mastercard, American Express, PayPal and gift cards."),
    ("warranty", "Is there a warranty?",
     "Every product has a {warranty}-year warranty against manufacturing defects."),
    ("size-guide", "How do I find my size?",
     "Each product page has a size chart. If you are between sizes, we suggest the larger one."),
    ("cancel", "Can I change or cancel my order?",
     "Orders can be changed or cancelled within 1 hour of purchase, before they are packed."),
    ("gift-cards", "Do you sell gift cards?",
     "Yes, digital gift cards from 10 to 500 are sent by email and never expire."),
    ("contact", "How can I contact customer support?",
     "Our support team answers by chat and email every day from 8am to 8pm."),
    ("exchange", "Can I exchange an item for another size or colour?",
     "Yes, exchanges are free within {days} days; choose exchange when you start a return."),
    ("damaged", "My item arrived damaged. What should I do?",
     "We are sorry! Send us a photo of the damage within 7 days and we will replace it or "
     "refund you, at no cost."),
    ("tracking", "How can I track my package?",
     "You get a tracking link by email as soon as your order ships; you can also ask us with "
     "your order number and email."),
    ("stores", "Do you have physical stores?",
     "We are online only, but you can pick up orders at our warehouse on weekdays."),
    ("price-match", "Do you offer price matching?",
     "We match the price of authorised retailers within 14 days of purchase."),
    ("care", "How should I care for my products?",
     "Follow the care label; most textiles can be machine washed cold and air dried."),
]


def make_faq(rng: random.Random, currency_symbol: str = "$") -> list[dict]:
    values = {"days": rng.choice([14, 30, 60]), "ship": rng.choice(["2 to 4", "3 to 5", "4 to 7"]),
              "free": f"{currency_symbol}{rng.choice([50, 75, 100])}",
              "fee": f"{currency_symbol}{rng.choice([4.95, 5.99, 6.5])}",
              "countries": rng.choice(["the EU, the UK and Canada", "most countries in Europe",
                                       "over 40 countries"]),
              "warranty": rng.choice([1, 2, 3])}
    return [{"id": i, "question": q, "answer": a.format(**values)} for i, q, a in FAQ_ENTRIES]


FIRST_NAMES = ["kim", "alex", "sam", "maria", "jon", "priya", "li", "omar", "ana", "tom", "eva",
               "noah", "zoe", "ivan", "lea", "raj"]


def make_orders(rng: random.Random, recipe: StoreRecipe, catalog: list[dict]) -> list[dict]:
    orders, used = [], set()
    statuses = ["processing", "shipped", "delivered", "cancelled", "returned"]
    while len(orders) < recipe.orders:
        order_id = recipe.order_id(rng)
        if order_id in used:
            continue
        used.add(order_id)
        status = rng.choices(statuses, weights=[3, 4, 4, 1, 1])[0]
        day = rng.randint(1, 20)
        order = {"order_id": order_id,
                 "email": f"{rng.choice(FIRST_NAMES)}.{rng.randint(1, 99)}@example.com",
                 "postcode": f"{rng.randint(10000, 99999)}", "placed": f"2026-11-{day:02d}",
                 "status": status,
                 "items": [{"sku": p["sku"], "qty": rng.randint(1, 2)}
                           for p in rng.sample(catalog, k=rng.randint(1, 3))]}
        if status in ("shipped", "delivered"):
            order["carrier"] = rng.choice(["UPS", "DHL", "FedEx", "USPS"])
            order["eta"] = f"2026-12-{rng.randint(1, 12):02d}"
        orders.append(order)
    return orders


def write_jsonl(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def make_store(recipe: StoreRecipe, out: str | Path, *, progress: bool = False) -> Path:
    """Write a complete store folder (catalog, photos, FAQ, orders, store.json)."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    catalog = make_catalog(recipe, out, progress=progress)
    rng = random.Random(recipe.seed + 1)
    write_jsonl(out / "catalog.jsonl", catalog)
    write_jsonl(out / "faq.jsonl", make_faq(rng))
    write_jsonl(out / "orders.jsonl", make_orders(rng, recipe, catalog))
    (out / "store.json").write_text(json.dumps({
        "name": recipe.name, "currency": recipe.currency, "locale": "en-US",
        "greeting": f"Welcome to {recipe.name}! Ask me about products, orders or returns."},
        indent=2) + "\n")
    return out


DEMO_RECIPE = StoreRecipe(name="Shopdesk Demo Outfitters", products=300, seed=2026)
EVAL_RECIPE = StoreRecipe(name="Harbor Home & Goods", products=400, seed=90210, style="lifestyle",
                          categories=EVAL_CATEGORIES, views=(1, 2), size=288,
                          order_id=lambda r: f"HH-{r.randint(100000, 999999)}", orders=30)
