"""Figures: one house style, a CJK font found once, static files saved by name.

``setup()`` finds a CJK font (Noto Sans CJK SC, or PingFang / Microsoft YaHei
elsewhere) and sets the style; ``save(fig, name)`` writes SVG and a 2x PNG with
fixed metadata, so two builds give the same files. Every chart function takes
tidy frames from the analysis modules and returns a matplotlib Figure.
"""
from __future__ import annotations

import textwrap
from functools import lru_cache
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib import font_manager

from .manifest import REGIONS
from .paths import FIGURES

CJK_FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei",
                "Hiragino Sans GB", "WenQuanYi Micro Hei", "Noto Sans CJK JP")
REGION_COLOURS = {"nanshan": "#1f5f8b", "nansha": "#c8553d", "binhaiwan": "#2a9d8f"}
REGION_LABELS = {"nanshan": "Nanshan 南山", "nansha": "Nansha 南沙", "binhaiwan": "Binhaiwan 滨海湾"}
SIDE_COLOURS = {"supply": "#1f5f8b", "environment": "#8a9bb0", "demand": "#e0a458"}
INK = "#222222"
GRID = "#d9d9d9"


class FontError(RuntimeError):
    """No CJK font: Chinese would render as boxes."""


@lru_cache(maxsize=1)
def cjk_family() -> str:
    """The first installed CJK font family; a stale font cache is rebuilt once before giving up."""
    for attempt in range(2):
        names = {f.name for f in font_manager.fontManager.ttflist}
        for family in CJK_FAMILIES:
            if family in names:
                return family
        if attempt == 0:  # fonts installed after matplotlib built its cache are not in it yet
            font_manager.fontManager = font_manager._load_fontmanager(try_read_cache=False)
    raise FontError("no CJK font found (tried " + ", ".join(CJK_FAMILIES) + "): install fonts-noto-cjk")


def setup() -> str:
    """Apply the house style and the CJK font; return the font family."""
    family = cjk_family()
    plt.rcParams.update({
        "font.family": "sans-serif",
        "font.sans-serif": [family, "DejaVu Sans"],
        "axes.unicode_minus": False,
        "font.size": 10,
        "axes.titlesize": 12,
        "axes.titleweight": "bold",
        "axes.titlelocation": "left",
        "axes.labelsize": 10,
        "axes.edgecolor": "#888888",
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.grid": False,
        "grid.color": GRID,
        "legend.frameon": False,
        "figure.dpi": 100,
        "figure.figsize": (7.2, 4.0),
        "savefig.bbox": "tight",
        "savefig.pad_inches": 0.1,
        "svg.fonttype": "path",  # glyphs as outlines: the SVG renders the same without the font
        "svg.hashsalt": "gbabrief",  # stable element ids, so rebuilds give identical files
        "text.color": INK,
        "axes.labelcolor": INK,
        "xtick.color": INK,
        "ytick.color": INK,
    })
    return family


def save(fig: plt.Figure, name: str, folder: str | Path = FIGURES) -> Path:
    """Write ``folder/name.svg`` and ``folder/name.png`` (2x); return the SVG path."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    svg = folder / f"{name}.svg"
    fig.savefig(svg, format="svg", metadata={"Date": None, "Creator": "gbabrief"})
    fig.savefig(folder / f"{name}.png", format="png", dpi=200, metadata={"Software": "gbabrief"})
    plt.close(fig)
    return svg


def _regions(frame: pd.DataFrame) -> list[str]:
    present = set(frame["region"].dropna())
    return [r for r in REGIONS if r in present]


def _note(fig: plt.Figure, text: str) -> None:
    fig.text(0.0, -0.02, text, ha="left", va="top", fontsize=8, color="#555555", transform=fig.transFigure)


def heatmap(scores: pd.DataFrame, *, title: str, value: str = "per_10k_chars", note: str = "") -> plt.Figure:
    """scores[region, code, label_en, label_zh, value] -> a category × district heatmap, counts annotated."""
    regions = _regions(scores)
    labels = scores.drop_duplicates("code").set_index("code")
    table = scores.pivot(index="code", columns="region", values=value).reindex(index=labels.index,
                                                                               columns=regions).fillna(0)
    raw = scores.pivot(index="code", columns="region", values="sentences").reindex_like(table).fillna(0)
    fig, ax = plt.subplots(figsize=(7.2, 0.42 * len(table) + 1.3))
    im = ax.imshow(table.to_numpy(), cmap="Blues", aspect="auto", vmin=0)
    ax.set_xticks(range(len(regions)), [REGION_LABELS[r] for r in regions])
    ax.xaxis.tick_top()
    ax.set_yticks(range(len(table)), [f"{labels.loc[c, 'label_en']}  {labels.loc[c, 'label_zh']}"
                                      for c in table.index])
    peak = table.to_numpy().max() or 1
    for i in range(table.shape[0]):
        for j in range(table.shape[1]):
            v, n = table.iat[i, j], int(raw.iat[i, j])
            ax.text(j, i, f"{v:.0f}\n(n={n})", ha="center", va="center", fontsize=8,
                    color="white" if v > peak * 0.55 else INK)
    ax.tick_params(length=0)
    for side in ("top", "right", "left", "bottom"):
        ax.spines[side].set_visible(False)
    fig.colorbar(im, ax=ax, fraction=0.03, pad=0.02, label="coded sentences per 10,000 characters")
    ax.set_title(title, pad=28)
    if note:
        _note(fig, note)
    return fig


def instrument_mix(scores: pd.DataFrame, *, title: str, note: str = "") -> plt.Figure:
    """instrument scores -> one horizontal stacked bar per district: share of coded sentences by side
    and instrument, the number of sentences written at the end."""
    regions = _regions(scores)
    sides = ["supply", "environment", "demand"]
    fig, ax = plt.subplots(figsize=(7.2, 0.6 * len(regions) + 1.6))
    for i, region in enumerate(regions):
        sub = scores[scores["region"] == region]
        total = sub["sentences"].sum() or 1
        left = 0.0
        for side in sides:
            share = sub[sub["side"] == side]["sentences"].sum() / total * 100
            ax.barh(i, share, left=left, color=SIDE_COLOURS[side], edgecolor="white",
                    label=side.capitalize() if i == 0 else None)
            if share >= 8:
                ax.text(left + share / 2, i, f"{share:.0f}%", ha="center", va="center", fontsize=9,
                        color="white" if side != "demand" else INK)
            left += share
        ax.text(101, i, f"n={int(sub['sentences'].sum())}", va="center", fontsize=8, color="#555555")
    ax.set_yticks(range(len(regions)), [REGION_LABELS[r] for r in regions])
    ax.invert_yaxis()
    ax.set_xlim(0, 110)
    ax.set_xticks([0, 25, 50, 75, 100], ["0%", "25%", "50%", "75%", "100%"])
    ax.set_xlabel("share of sentences coded with a policy instrument")
    ax.legend(ncol=3, loc="lower left", bbox_to_anchor=(0, 1.0), fontsize=9)
    ax.set_title(title, pad=26)
    if note:
        _note(fig, note)
    return fig


def key_figures(facts: pd.DataFrame, *, title: str, note: str = "") -> plt.Figure:
    """facts[region, label, value_text, qualifier, source] -> a readable table-like chart of key figures."""
    regions = _regions(facts)
    rows = sum(max(1, len(facts[facts["region"] == r])) for r in regions)
    fig, ax = plt.subplots(figsize=(7.2, 0.34 * rows + 0.5 * len(regions) + 0.8))
    ax.axis("off")
    y = 0.0
    step = 1.0
    for region in regions:
        sub = facts[facts["region"] == region]
        ax.text(0, y, REGION_LABELS[region], fontsize=10.5, fontweight="bold", color=REGION_COLOURS[region],
                va="top")
        y -= step
        for row in sub.itertuples():
            ax.text(0.02, y, row.value_text, fontsize=9.5, fontweight="bold", va="top")
            ax.text(0.27, y, textwrap.shorten(row.label, 78, placeholder="…"), fontsize=9, va="top")
            ax.text(1.0, y, row.source, fontsize=7.5, color="#666666", va="top", ha="right")
            y -= step
        y -= step * 0.4
    ax.set_xlim(0, 1)
    ax.set_ylim(y, 0.6)
    ax.set_title(title)
    if note:
        _note(fig, note)
    return fig


def actor_bars(mentions: pd.DataFrame, *, title: str, top: int = 8, note: str = "") -> plt.Figure:
    """mentions[region, actor, type, doc_id] -> the most-mentioned actors per district, coloured by type."""
    regions = _regions(mentions)
    types = sorted(mentions["type"].unique())
    palette = dict(zip(types, plt.get_cmap("tab10").colors))
    fig, axes = plt.subplots(1, len(regions), figsize=(7.6, 0.32 * top + 1.6), sharex=True, squeeze=False)
    for ax, region in zip(axes[0], regions):
        sub = mentions[mentions["region"] == region]
        counts = sub.groupby(["actor", "type"]).size().reset_index(name="n").sort_values(
            ["n", "actor"], ascending=[False, True]).head(top)
        ax.barh(range(len(counts)), counts["n"], color=[palette[t] for t in counts["type"]])
        ax.set_yticks(range(len(counts)), [textwrap.shorten(a, 14, placeholder="…") for a in counts["actor"]],
                      fontsize=8)
        ax.invert_yaxis()
        ax.set_title(REGION_LABELS[region], fontsize=10, color=REGION_COLOURS[region])
        ax.set_xlabel("mentions", fontsize=8)
    handles = [plt.Rectangle((0, 0), 1, 1, color=palette[t]) for t in types]
    fig.legend(handles, types, ncol=min(len(types), 5), loc="lower center", bbox_to_anchor=(0.5, -0.06),
               fontsize=8)
    fig.suptitle(title, x=0.0, ha="left", fontweight="bold", fontsize=12)
    fig.tight_layout()
    if note:
        _note(fig, note)
    return fig


def timeline(events: pd.DataFrame, *, title: str, note: str = "") -> plt.Figure:
    """events[date, region, label] -> dated events on one axis, one lane per district."""
    regions = [r for r in REGIONS if r in set(events["region"])]
    fig, ax = plt.subplots(figsize=(7.2, 0.8 * len(regions) + 1.6))
    dates = pd.to_datetime(events["date"])
    lanes = {r: i for i, r in enumerate(regions)}
    for (date, row) in zip(dates, events.itertuples()):
        y = lanes[row.region]
        ax.plot([date], [y], "o", color=REGION_COLOURS[row.region], markersize=8)
        ax.annotate(textwrap.fill(row.label, 18), (date, y), xytext=(0, 10), textcoords="offset points",
                    ha="center", va="bottom", fontsize=7.5)
    ax.set_yticks(range(len(regions)), [REGION_LABELS[r] for r in regions])
    ax.set_ylim(-0.5, len(regions) - 0.1)
    span = (dates.max() - dates.min()) or pd.Timedelta(days=365)
    ax.set_xlim(dates.min() - span * 0.08, dates.max() + span * 0.08)
    ax.grid(axis="x", color=GRID)
    ax.set_title(title)
    if note:
        _note(fig, note)
    return fig


def distinctive_terms(log_odds: pd.DataFrame, *, title: str, top: int = 10, note: str = "") -> plt.Figure:
    """log_odds[region, token, count, z] -> the top terms per district by z-score."""
    regions = _regions(log_odds)
    fig, axes = plt.subplots(1, len(regions), figsize=(7.6, 0.3 * top + 1.4), squeeze=False)
    for ax, region in zip(axes[0], regions):
        sub = log_odds[log_odds["region"] == region].head(top)
        ax.barh(range(len(sub)), sub["z"], color=REGION_COLOURS[region])
        ax.set_yticks(range(len(sub)), [textwrap.shorten(t, 12, placeholder="…") for t in sub["token"]],
                      fontsize=8.5)
        ax.invert_yaxis()
        ax.set_title(REGION_LABELS[region], fontsize=10, color=REGION_COLOURS[region])
        ax.set_xlabel("log-odds z-score", fontsize=8)
        ax.axvline(0, color="#888888", linewidth=0.6)
    fig.suptitle(title, x=0.0, ha="left", fontweight="bold", fontsize=12)
    fig.tight_layout()
    if note:
        _note(fig, note)
    return fig


def bars(values: pd.Series, *, title: str, xlabel: str, colour: str = "#1f5f8b") -> plt.Figure:
    """A simple horizontal bar chart of a labelled Series (largest first)."""
    values = values.sort_values(ascending=True)
    fig, ax = plt.subplots(figsize=(7.2, 0.3 * len(values) + 1.2))
    ax.barh(np.arange(len(values)), values.to_numpy(), color=colour)
    ax.set_yticks(np.arange(len(values)), values.index)
    ax.set_xlabel(xlabel)
    ax.set_title(title)
    return fig
