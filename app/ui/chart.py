"""The console's latency chart: each stage's milliseconds over recent turns, budget as a line."""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from app.ui.desk import LatencyPoint

BUDGET_MS = 800.0  # end of input -> first reply piece, p95 target (docs/design)
STAGES = (
    ("asr", "speech recognition", "#6a3d9a"),
    ("retrieval", "retrieval", "#1f78b4"),
    ("memory", "memory", "#33a02c"),
    ("first_token", "first reply piece", "#e66100"),
    ("total", "whole reply", "#555555"),
)


def latency_figure(points: Sequence[LatencyPoint], *, budget_ms: float = BUDGET_MS) -> Figure:
    # A bare Figure (not pyplot) keeps no global state, so concurrent tabs cannot collide.
    figure = Figure(figsize=(7.0, 3.2), dpi=100, layout="constrained")
    axes = figure.add_subplot()
    turns = list(range(1, len(points) + 1))
    for key, label, color in STAGES:
        values = [p.latency_ms.get(key) for p in points]
        if any(v is not None for v in values):
            xs = [t for t, v in zip(turns, values, strict=True) if v is not None]
            ys = [v for v in values if v is not None]
            axes.plot(xs, ys, marker="o", markersize=3, label=label, color=color)
    axes.axhline(budget_ms, color="#c01c28", linestyle="--", linewidth=1.5,
                 label=f"budget {budget_ms:.0f} ms")
    axes.set_xlabel("recent turns (oldest left)")
    axes.set_ylabel("milliseconds")
    axes.set_ylim(bottom=0)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    if turns:
        axes.set_xlim(0.5, max(len(turns), 2) + 0.5)
    else:
        axes.text(0.5, 0.5, "no turns yet", transform=axes.transAxes, ha="center",
                  va="center", color="#555555")
    axes.grid(alpha=0.3)
    axes.legend(loc="upper left", fontsize=8, ncols=3)
    return figure
