"""Charts for the French reports, drawn with matplotlib and returned as inline SVG strings.

Only the object-oriented API is used (``Figure`` with the Agg canvas), so no global pyplot
state or GUI backend is involved. Output is deterministic: a fixed ``svg.hashsalt``, no date
in the metadata and text kept as text (``svg.fonttype = none``, readable and searchable in
the page and sharp in print). The returned string starts with ``<svg`` (no XML prolog) so it
can be pasted into an HTML page.
"""
from __future__ import annotations

import io
import math
import re
from html import escape
from typing import Optional, Sequence

import matplotlib

matplotlib.use("Agg")  # no display needed; harmless if already selected

from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.colors import LinearSegmentedColormap, ListedColormap  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402

# Colour-blind-safe palette (Okabe & Ito), one colour per territory.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
MISSING_COLOUR = "#e6e6e6"

_RC = {
    "svg.hashsalt": "nlp-stn",
    "svg.fonttype": "none",
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.titlesize": 12,
    "axes.spines.top": False,
    "axes.spines.right": False,
}

# Light yellow -> dark blue: low similarity pale, high similarity dark (prints in grey too).
_SCORE_CMAP = LinearSegmentedColormap.from_list("nlp_stn_score", ["#ffffe0", "#7fcdbb", "#2c7fb8", "#08306b"])


def french_number(value: float, decimals: int = 2) -> str:
    """``0.615`` -> ``"0,62"`` (French decimal comma)."""
    return f"{value:.{decimals}f}".replace(".", ",")


def french_percent(share: float) -> str:
    """``0.25`` -> ``"25 %"`` (rounded, narrow no-break space before %)."""
    return f"{round(share * 100):d}\u202f%"


def colour_for(index: int) -> str:
    return PALETTE[index % len(PALETTE)]


def _to_svg(fig: Figure, label: str) -> str:
    FigureCanvasAgg(fig)
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", metadata={"Date": None}, bbox_inches="tight")
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg") :]
    svg = re.sub(r"\s*<metadata>.*?</metadata>", "", svg, count=1, flags=re.S)
    # Accessible name for screen readers; the label is escaped.
    svg = svg.replace("<svg ", f'<svg role="img" aria-label="{escape(label, quote=True)}" ', 1)
    return svg


def _wrap(label: str, width: int = 34) -> str:
    """Wrap a long axis label on several lines at word boundaries."""
    words, lines, line = label.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return "\n".join(lines)


def theme_profile_svg(
    territories: Sequence[str],
    themes: Sequence[str],
    shares: Sequence[Sequence[float]],
    *,
    title: str = "Part des idées de chaque territoire, par thème",
) -> str:
    """Grouped horizontal bars: for each theme (rows), one bar per territory giving the share
    (0..1) of that territory's ideas that carry the theme. ``shares[i][j]`` is theme ``i``,
    territory ``j``."""
    if len(shares) != len(themes) or any(len(row) != len(territories) for row in shares):
        raise ValueError("shares must have one row per theme and one column per territory")
    with matplotlib.rc_context(_RC):
        n_themes, n_terr = len(themes), len(territories)
        bar = 0.8 / max(n_terr, 1)
        height = max(2.5, 0.22 * n_themes * max(n_terr, 2) + 1.4)
        fig = Figure(figsize=(8.5, height))
        ax = fig.add_subplot()
        peak = max((v for row in shares for v in row), default=0.0)
        for j, name in enumerate(territories):
            ys = [i + (j - (n_terr - 1) / 2) * bar for i in range(n_themes)]
            values = [row[j] * 100 for row in shares]
            bars = ax.barh(ys, values, height=bar * 0.92, color=colour_for(j), label=name)
            for rect, value in zip(bars, values):
                if value > 0:
                    ax.text(
                        rect.get_width() + peak * 100 * 0.01,
                        rect.get_y() + rect.get_height() / 2,
                        f"{round(value):d} %",
                        va="center",
                        fontsize=7.5,
                        color="#333333",
                    )
        ax.set_yticks(range(n_themes))
        ax.set_yticklabels([_wrap(t) for t in themes])
        ax.invert_yaxis()
        ax.set_xlim(0, max(10.0, peak * 100 * 1.15))
        ax.set_xlabel("part des idées du territoire (%)")
        ax.set_title(title, loc="left", pad=30)
        ax.grid(axis="x", color="#dddddd", linewidth=0.6)
        ax.set_axisbelow(True)
        ax.legend(loc="lower left", bbox_to_anchor=(0.0, 1.0), ncol=n_terr, frameon=False)
        return _to_svg(fig, title)


def heatmap_svg(
    row_labels: Sequence[str],
    col_labels: Sequence[str],
    values: Sequence[Sequence[Optional[float]]],
    *,
    counts: Optional[Sequence[Sequence[int]]] = None,
    title: str = "Similarité par thème",
    colorbar_label: str = "score (0 à 1)",
) -> str:
    """Annotated heat map of scores in [0, 1]; ``None`` cells are grey with a dash.

    ``counts`` (same shape) adds "n = ..." under each value.
    """
    if len(values) != len(row_labels) or any(len(row) != len(col_labels) for row in values):
        raise ValueError("values must have one row per row label and one column per column label")
    with matplotlib.rc_context(_RC):
        n_rows, n_cols = len(row_labels), len(col_labels)
        fig = Figure(figsize=(max(5.5, 1.5 * n_cols + 4.0), max(2.2, 0.42 * n_rows + 1.6)))
        ax = fig.add_subplot()
        grid = [[math.nan if v is None else float(v) for v in row] for row in values]
        cmap = _SCORE_CMAP.with_extremes(bad=MISSING_COLOUR)
        image = ax.imshow(grid, cmap=cmap, vmin=0.0, vmax=1.0, aspect="auto")
        for i in range(n_rows):
            for j in range(n_cols):
                value = values[i][j]
                if value is None:
                    text, colour = "—", "#666666"
                else:
                    text = french_number(value)
                    if counts is not None:
                        text += f"\nn = {counts[i][j]}"
                    colour = "white" if value >= 0.55 else "#111111"
                ax.text(j, i, text, ha="center", va="center", fontsize=8, color=colour)
        ax.set_xticks(range(n_cols))
        ax.set_xticklabels(col_labels)
        ax.xaxis.tick_top()
        ax.set_yticks(range(n_rows))
        ax.set_yticklabels([_wrap(r) for r in row_labels])
        ax.tick_params(length=0)
        for spine in ax.spines.values():
            spine.set_visible(False)
        ax.set_title(title, loc="left", pad=28)
        bar = fig.colorbar(image, ax=ax, fraction=0.04, pad=0.02)
        bar.set_label(colorbar_label)
        return _to_svg(fig, title)


def _block_labels(groups: Sequence[str], min_gap: float) -> tuple[list[float], list[tuple[float, str]]]:
    """Boundaries between runs of equal labels, and (centre, label) of the runs whose label
    fits: a label closer than ``min_gap`` rows to the previous one is left out."""
    bounds, labels = [], []
    start, last = 0, -math.inf
    n = len(groups)
    for i in range(1, n + 1):
        if i == n or groups[i] != groups[start]:
            centre = (start + i - 1) / 2
            if i < n:
                bounds.append(i - 0.5)
            if centre - last >= min_gap:
                labels.append((centre, groups[start]))
                last = centre
            start = i
    return bounds, labels


def unit_heatmap_svg(
    values: Sequence[Sequence[Optional[float]]],
    groups: Sequence[str],
    territory_of: Sequence[int],
    territories: Sequence[str],
    *,
    title: str = "Similarité entre idées, rangées par thème",
    colorbar_label: str = "score (0 à 1)",
) -> str:
    """Square heat map of unit-to-unit scores. Units are given already ordered (rows and
    columns in the same order); ``groups[i]`` is unit ``i``'s group label (its theme): runs
    of equal labels are outlined and labelled on the left (a label is left out when its run
    is too close to the previous label to be legible). ``territory_of[i]`` indexes
    ``territories`` and is drawn as a coloured strip along both axes. ``None`` cells (same
    territory) are grey."""
    n = len(values)
    if any(len(row) != n for row in values) or len(groups) != n or len(territory_of) != n:
        raise ValueError("values must be square and match groups and territory_of")
    with matplotlib.rc_context(_RC):
        side = 7.0
        fig = Figure(figsize=(side + 3.2, side + 0.9))
        grid = fig.add_gridspec(
            2, 3, width_ratios=(0.035, 1, 0.035), height_ratios=(0.035, 1), wspace=0.015, hspace=0.015
        )
        ax = fig.add_subplot(grid[1, 1])
        left = fig.add_subplot(grid[1, 0], sharey=ax)
        top = fig.add_subplot(grid[0, 1], sharex=ax)
        cax = fig.add_subplot(grid[1, 2])
        cmap = _SCORE_CMAP.with_extremes(bad=MISSING_COLOUR)
        grid_values = [[math.nan if v is None else float(v) for v in row] for row in values]
        image = ax.imshow(grid_values, cmap=cmap, vmin=0.0, vmax=1.0, aspect="auto", interpolation="nearest")
        strip_cmap = ListedColormap([colour_for(k) for k in range(max(len(territories), 1))])
        vmax = max(len(territories) - 1, 1)
        left.imshow([[t] for t in territory_of], cmap=strip_cmap, vmin=0, vmax=vmax, aspect="auto", interpolation="nearest")
        top.imshow([list(territory_of)], cmap=strip_cmap, vmin=0, vmax=vmax, aspect="auto", interpolation="nearest")
        rows_per_inch = n / (side * 0.93) if n else 1
        bounds, labels = _block_labels(groups, min_gap=rows_per_inch * 8.5 / 72)
        for b in bounds:
            ax.axhline(b, color="#444444", linewidth=0.5)
            ax.axvline(b, color="#444444", linewidth=0.5)
        left.set_yticks([c for c, _ in labels])
        left.set_yticklabels([_wrap(name, 40) for _, name in labels], fontsize=7.5)
        left.set_xticks([])
        left.tick_params(length=0)
        for a in (ax, top):
            a.tick_params(left=False, bottom=False, labelleft=False, labelbottom=False)
        top.set_yticks([])
        for a in (ax, left, top):
            for spine in a.spines.values():
                spine.set_visible(False)
        ax.set_xlabel("les mêmes idées, dans le même ordre", fontsize=8)
        ax.xaxis.set_label_position("bottom")
        bar = fig.colorbar(image, cax=cax)
        bar.set_label(colorbar_label)
        handles = [Patch(color=colour_for(k), label=name) for k, name in enumerate(territories)]
        top.legend(
            handles=handles, title=None, loc="lower left", bbox_to_anchor=(0.0, 1.2), ncol=len(territories), frameon=False, fontsize=8.5
        )
        top.set_title(title, loc="left", pad=26)
        return _to_svg(fig, title)
