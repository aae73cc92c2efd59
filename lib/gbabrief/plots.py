"""Figures: one house style, a CJK font found once, static files saved by name.

``setup()`` finds a CJK font (Noto Sans CJK SC, or PingFang / Microsoft YaHei
elsewhere) and sets the style; ``save(fig, name)`` writes SVG and a 2x PNG with
fixed metadata, so two builds give the same files. Every chart function takes
tidy frames from the analysis modules and returns a matplotlib Figure.
"""
from __future__ import annotations

import re
import textwrap
from functools import lru_cache
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib import font_manager

from .manifest import REGIONS
from .paths import FIGURES

CJK_FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei",
                "Hiragino Sans GB", "WenQuanYi Micro Hei", "Noto Sans CJK JP")
WIDTH = 6.8  # inches: the brief's text width on A4, so 1 pt in a figure is 1 pt on paper
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
        "figure.figsize": (WIDTH, 4.0),
        "figure.constrained_layout.use": True,  # labels fit inside the figure size: no shrinking on the page
        "savefig.bbox": None,
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


def clip(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters with an ellipsis: at a space in English, anywhere in Chinese
    (textwrap.shorten drops a long Chinese name whole, as it has no spaces to cut at)."""
    text = str(text)
    if len(text) <= width:
        return text
    head = text[: width - 1]
    if " " in head and not re.search("[\u4e00-\u9fff]", head):
        head = head.rsplit(" ", 1)[0]
    return head.rstrip() + "…"


def _regions(frame: pd.DataFrame) -> list[str]:
    present = set(frame["region"].dropna()) if "region" in frame else set()
    return [r for r in REGIONS if r in present]


def empty(title: str, message: str = "No article in the corpus is about Nanshan, Nansha or Binhaiwan.") -> plt.Figure:
    """A figure that says there is nothing to show, instead of failing on an empty table."""
    fig, ax = plt.subplots(figsize=(WIDTH, 1.2))
    ax.set_axis_off()
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=10, color="#555555", transform=ax.transAxes)
    ax.set_title(title)
    return fig


def heatmap(scores: pd.DataFrame, *, title: str, value: str = "per_10k_chars") -> plt.Figure:
    """scores[region, code, label_en, label_zh, value] -> a category × district heatmap, counts annotated."""
    regions = _regions(scores)
    if not regions:
        return empty(title)
    labels = scores.drop_duplicates("code").set_index("code")
    table = scores.pivot(index="code", columns="region", values=value).reindex(index=labels.index,
                                                                               columns=regions).fillna(0)
    raw = scores.pivot(index="code", columns="region", values="sentences").reindex_like(table).fillna(0)
    fig, ax = plt.subplots(figsize=(WIDTH, 0.36 * len(table) + 1.1))  # a row: two label lines, one of numbers
    im = ax.imshow(table.to_numpy(), cmap="Blues", aspect="auto", vmin=0)
    ax.set_xticks(range(len(regions)), [REGION_LABELS[r] for r in regions])
    ax.xaxis.tick_top()
    ax.set_yticks(range(len(table)), [textwrap.shorten(labels.loc[c, "label_en"], 52, placeholder="…") + "\n"
                                      + labels.loc[c, "label_zh"] for c in table.index], fontsize=8)
    peak = table.to_numpy().max() or 1
    for i in range(table.shape[0]):
        for j in range(table.shape[1]):
            v, n = table.iat[i, j], int(raw.iat[i, j])
            ax.text(j, i, f"{v:.0f} (n={n})", ha="center", va="center", fontsize=8,
                    color="white" if v > peak * 0.55 else INK)
    ax.tick_params(length=0)
    for side in ("top", "right", "left", "bottom"):
        ax.spines[side].set_visible(False)
    fig.colorbar(im, ax=ax, fraction=0.03, pad=0.02, label="coded sentences per 10,000 characters")
    ax.set_title(title, pad=28)
    return fig


def instrument_mix(scores: pd.DataFrame, *, title: str, sides: pd.DataFrame | None = None,
                   articles: dict[str, int] | None = None) -> plt.Figure:
    """instrument scores -> one horizontal stacked bar per district: the share of each side. With
    ``sides`` (``themes.side_mix``: every article weighing the same) and ``articles`` (the district's
    articles with a code), those shares and that count; else shares of coded sentences."""
    regions = _regions(scores)
    if not regions:
        return empty(title)
    side_names = ["supply", "environment", "demand"]
    weighted = sides is not None and articles is not None
    fig, ax = plt.subplots(figsize=(WIDTH, 0.55 * len(regions) + 1.5))
    for i, region in enumerate(regions):
        sub = scores[scores["region"] == region]
        total = sub["sentences"].sum() or 1
        left = 0.0
        for side in side_names:
            if weighted:
                share = float(sides.loc[region, side]) if region in sides.index else 0.0
            else:
                share = sub[sub["side"] == side]["sentences"].sum() / total * 100
            ax.barh(i, share, left=left, color=SIDE_COLOURS[side], edgecolor="white",
                    label=side.capitalize() if i == 0 else None)
            if share >= 8:
                ax.text(left + share / 2, i, f"{share:.0f}%", ha="center", va="center", fontsize=9,
                        color="white" if side != "demand" else INK)
            left += share
        n = f"{articles.get(region, 0)} art." if weighted else f"n={int(sub['sentences'].sum())}"
        ax.text(101, i, n, va="center", fontsize=8, color="#555555")
    ax.set_yticks(range(len(regions)), [REGION_LABELS[r] for r in regions])
    ax.invert_yaxis()
    ax.set_xlim(0, 110)
    ax.set_xticks([0, 25, 50, 75, 100], ["0%", "25%", "50%", "75%", "100%"])
    ax.set_xlabel("share of policy-instrument codes, each article weighing the same" if weighted
                  else "share of sentences coded with a policy instrument")
    ax.legend(ncol=3, loc="lower left", bbox_to_anchor=(0, 1.0), fontsize=9)
    ax.set_title(title, pad=26)
    return fig


def key_figures(facts: pd.DataFrame, *, title: str, per_region: int = 4) -> plt.Figure:
    """facts[region, value_text, label, source] -> one column of figure cards per district:
    the value large with its qualifier in words (about, over, up to), what it counts beneath, the
    source number."""
    regions = _regions(facts)
    if not regions:
        return empty(title)
    rows = max(1, max((min(per_region, (facts["region"] == r).sum()) for r in regions), default=1))
    fitted = []
    fig, axes = plt.subplots(rows, len(regions), figsize=(WIDTH, 0.95 * rows + 0.7), squeeze=False)
    for j, region in enumerate(regions):
        sub = facts[facts["region"] == region].head(per_region)
        axes[0][j].set_title(REGION_LABELS[region], color=REGION_COLOURS[region], fontsize=10)
        for i in range(rows):
            ax = axes[i][j]
            ax.set_axis_off()
            if i >= len(sub):
                continue
            row = sub.iloc[i]
            ax.add_patch(plt.Rectangle((0, 0.04), 1, 0.92, transform=ax.transAxes, color="#f4f6f8", zorder=0))
            ax.add_patch(plt.Rectangle((0, 0.04), 0.025, 0.92, transform=ax.transAxes,
                                       color=REGION_COLOURS[region], zorder=1))
            value = ax.text(0.07, 0.70, clip(row["value_text"], 26), fontsize=11, fontweight="bold",
                            va="center", transform=ax.transAxes)
            # What it counts, its status and year on up to two lines, so that neither is cut off
            lines = textwrap.wrap(str(row["label"]), 36) or [""]
            if len(lines) > 2:
                lines = [lines[0], clip(" ".join(lines[1:]), 36)]
            ax.text(0.07, 0.32 if len(lines) == 1 else 0.46, "\n".join(lines), fontsize=7.5, linespacing=1.25,
                    color="#444444", va="center" if len(lines) == 1 else "top", transform=ax.transAxes)
            source = ax.text(0.97, 0.70, row["source"], fontsize=7.5, color="#666666", ha="right", va="center",
                             transform=ax.transAxes)
            fitted.append((value, source, str(row["value_text"])))
    fig.suptitle(title, x=0.01, ha="left", fontweight="bold", fontsize=12)
    fig.draw_without_rendering()  # the cards' widths once laid out, as saved
    for value, source, text in fitted:
        _fit_before(value, source, text)
    return fig


def _fit_before(value, source, text: str, smallest: float = 8.0) -> None:
    """Set ``value`` smaller, then cut it, until it ends before ``source`` on its line (over 170 listed companies
    beside [25]): the value stays the largest text on its card and never runs into its source number."""
    renderer = value.figure.canvas.get_renderer()
    room = lambda: source.get_window_extent(renderer).x0 - 4  # noqa: E731 - pixels; a small gap before the number
    while value.get_window_extent(renderer).x1 > room() and value.get_fontsize() > smallest:
        value.set_fontsize(value.get_fontsize() - 0.5)
    width = len(value.get_text())
    while value.get_window_extent(renderer).x1 > room() and width > 4:
        width -= 1
        value.set_text(clip(text, width))


def actor_bars(mentions: pd.DataFrame, *, title: str, top: int = 8) -> plt.Figure:
    """mentions[region, actor, type, doc_id] -> the most-mentioned actors per district, coloured by type."""
    regions = _regions(mentions)
    if not regions:
        return empty(title)
    types = sorted(mentions["type"].unique())
    palette = dict(zip(types, plt.get_cmap("tab10").colors))
    fig, axes = plt.subplots(1, len(regions), figsize=(WIDTH, 0.25 * top + 1.5), sharex=True, squeeze=False)
    for ax, region in zip(axes[0], regions):
        sub = mentions[mentions["region"] == region]
        counts = sub.groupby(["actor", "type"]).size().reset_index(name="n").sort_values(
            ["n", "actor"], ascending=[False, True]).head(top)
        ax.barh(range(len(counts)), counts["n"], color=[palette[t] for t in counts["type"]])
        ax.set_yticks(range(len(counts)), [clip(a, 14) for a in counts["actor"]],
                      fontsize=8)
        ax.invert_yaxis()
        ax.set_title(REGION_LABELS[region], fontsize=10, color=REGION_COLOURS[region], loc="right")
        ax.set_xlabel("mentions", fontsize=8)
    handles = [plt.Rectangle((0, 0), 1, 1, color=palette[t]) for t in types]
    fig.legend(handles, types, ncol=min(len(types), 5), loc="outside lower center", fontsize=8)
    fig.suptitle(title, x=0.01, ha="left", fontweight="bold", fontsize=12)
    return fig


def timeline(events: pd.DataFrame, *, title: str) -> plt.Figure:
    """events[date, region, number] -> numbered markers on one time axis, one lane per district.

    Labels are numbers, listed with their text beside the figure, so that close events never overlap.
    """
    regions = [r for r in REGIONS if r in set(events["region"])]
    if not regions:
        return empty(title)
    fig, ax = plt.subplots(figsize=(WIDTH, 0.6 * len(regions) + 1.3))
    dates = pd.to_datetime(events["date"])
    lanes = {r: i for i, r in enumerate(regions)}
    placed: dict[tuple[int, int], int] = {}
    for date, row in zip(dates, events.itertuples()):
        y = lanes[row.region]
        # Events within a few weeks in one lane are stacked a little above one another.
        slot = (y, int(date.toordinal() // 40))
        level = placed.get(slot, 0)
        placed[slot] = level + 1
        ax.plot([date], [y], "o", color=REGION_COLOURS[row.region], markersize=6, zorder=3)
        ax.annotate(str(row.number), (date, y), xytext=(0, 7 + 9 * level), textcoords="offset points",
                    ha="center", va="bottom", fontsize=7.5, color=INK)
    ax.set_yticks(range(len(regions)), [REGION_LABELS[r] for r in regions])
    ax.set_ylim(-0.6, len(regions) - 0.2)
    span = (dates.max() - dates.min()) or pd.Timedelta(days=365)
    ax.set_xlim(dates.min() - span * 0.05, dates.max() + span * 0.05)
    ax.grid(axis="x", color=GRID)
    ax.set_title(title)
    return fig


def distinctive_terms(log_odds: pd.DataFrame, *, title: str, top: int = 10) -> plt.Figure:
    """log_odds[region, token, count, z] -> the top terms per district by z-score."""
    regions = _regions(log_odds)
    if not regions:
        return empty(title)
    fig, axes = plt.subplots(1, len(regions), figsize=(WIDTH, 0.25 * top + 1.3), squeeze=False)
    for ax, region in zip(axes[0], regions):
        sub = log_odds[log_odds["region"] == region].head(top)
        ax.barh(range(len(sub)), sub["z"], color=REGION_COLOURS[region])
        ax.set_yticks(range(len(sub)), [clip(t, 12) for t in sub["token"]],
                      fontsize=8.5)
        ax.invert_yaxis()
        ax.set_title(REGION_LABELS[region], fontsize=10, color=REGION_COLOURS[region], loc="right")
        ax.set_xlabel("log-odds z-score", fontsize=8)
        ax.axvline(0, color="#888888", linewidth=0.6)
    fig.suptitle(title, x=0.01, ha="left", fontweight="bold", fontsize=12)
    return fig


def period_shares(shares: pd.DataFrame, *, title: str, top: int = 4) -> plt.Figure:
    """shares[region, period, code, label, share, articles] -> small multiples, one panel per district: the
    share of its articles coded with each of its ``top`` themes, per plan period (articles under each)."""
    regions = _regions(shares)
    if not regions:
        return empty(title, "Too few dated articles per district to compare periods.")
    fig, axes = plt.subplots(1, len(regions), figsize=(WIDTH, 2.9), sharey=True, squeeze=False)
    markers = ("o", "s", "^", "D", "v", "P", "X", "*", "h", "<")
    leading = {r: list(shares[shares["region"] == r].groupby("code")["share"].mean()
                       .sort_values(ascending=False).index[:top]) for r in regions}
    style = {code: k for k, code in enumerate(dict.fromkeys(c for r in regions for c in leading[r]))}  # one theme, one look
    for ax, region in zip(axes[0], regions):
        sub = shares[shares["region"] == region]
        periods = sorted(set(sub["period"]))
        n = sub.drop_duplicates("period").set_index("period")["articles"]
        for code in leading[region]:
            line = sub[sub["code"] == code].set_index("period")["share"].reindex(periods).fillna(0) * 100
            label = sub[sub["code"] == code]["label"].iloc[0]
            k = style[code]
            ax.plot(range(len(periods)), line.to_numpy(), marker=markers[k % len(markers)], markersize=4,
                    linewidth=1.4, label=clip(label, 30), color=plt.cm.tab10(k % 10))
        ax.set_xticks(range(len(periods)), [f"{p}\n(n={int(n[p])})" for p in periods], fontsize=7)
        ax.set_xlim(-0.4, len(periods) - 0.6)
        ax.set_ylim(0, 105)
        ax.set_title(REGION_LABELS[region], fontsize=9, color=REGION_COLOURS[region])
        ax.grid(axis="y", color=GRID)
        ax.legend(fontsize=6.5, loc="upper center", bbox_to_anchor=(0.5, -0.28), frameon=False)
    axes[0][0].set_ylabel("% of the district's articles")
    fig.suptitle(title)
    return fig
