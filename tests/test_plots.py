"""Figures: a CJK font is found, Chinese renders without missing glyphs, files are reproducible."""
from __future__ import annotations

import warnings

import pandas as pd
import pytest

from gbabrief import plots
from gbabrief.actors import find_actors
from gbabrief.terms import log_odds, tokens
from gbabrief.themes import code_sentences, scores


@pytest.fixture(scope="module")
def figures(corpus):
    plots.setup()
    evidence = code_sentences(corpus)
    return {
        "heatmap": lambda: plots.heatmap(scores(corpus, evidence, "theme"), title="主题 Themes"),
        "mix": lambda: plots.instrument_mix(scores(corpus, evidence, "instrument"), title="工具 Instruments"),
        "actors": lambda: plots.actor_bars(find_actors(corpus), title="机构 Actors"),
        "terms": lambda: plots.distinctive_terms(log_odds(tokens(corpus)), title="词 Terms"),
    }


def test_cjk_font_is_found():
    assert "CJK" in plots.setup() or plots.setup() in plots.CJK_FAMILIES


@pytest.mark.parametrize("name", ["heatmap", "mix", "actors", "terms"])
def test_chinese_renders_without_missing_glyphs(figures, name, tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph ... missing from font" is a UserWarning: fail on it
        fig = figures[name]()
        path = plots.save(fig, name, tmp_path)
    assert path.stat().st_size > 5_000
    png = tmp_path / f"{name}.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize("name", ["heatmap", "mix", "actors", "terms"])
def test_every_text_stays_inside_the_figure(figures, name):
    """What is drawn (panel titles, tick labels, legends) lies within the figure: nothing is cut at its edge."""
    fig = figures[name]()
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    drawn = fig.get_tightbbox(renderer)  # inches, only what is drawn
    width, height = fig.get_size_inches()
    titles = [ax.get_title(loc) for ax in fig.axes for loc in ("left", "center", "right") if ax.get_title(loc)]
    assert titles  # the panels are titled
    assert drawn.x0 >= -0.01 and drawn.y0 >= -0.01 and drawn.x1 <= width + 0.01 and drawn.y1 <= height + 0.01, \
        (name, drawn.bounds, (width, height))


def test_saved_svg_is_reproducible(figures, tmp_path):
    first = plots.save(figures["mix"](), "a", tmp_path).read_bytes()
    second = plots.save(figures["mix"](), "b", tmp_path).read_bytes()
    assert first == second


def test_timeline_and_key_figures(tmp_path):
    events = pd.DataFrame({"number": [1, 2, 3, 4], "date": ["2018-11-16", "2023-05-09", "2024-11-01", "2024-11-08"],
                           "region": ["nanshan", "nanshan", "binhaiwan", "binhaiwan"]})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        plots.save(plots.timeline(events, title="Timeline 时间线"), "t", tmp_path)
        facts = pd.DataFrame({"region": ["nansha"], "value_text": ["≈ CNY 10 bn"], "label": ["AI industry 人工智能产业"],
                              "qualifier": ["approx"], "source": ["[4]"]})
        plots.save(plots.key_figures(facts, title="Key figures"), "k", tmp_path)
    assert (tmp_path / "t.svg").exists() and (tmp_path / "k.svg").exists()


def test_clip_cuts_chinese_names_instead_of_dropping_them():
    assert plots.clip("中科源码(成都)服务机器人研究院", 12) == "中科源码(成都)服务机…"
    assert plots.clip("invention patents per 10,000 people", 20) == "invention patents…"
    assert plots.clip("华为", 12) == "华为"


def test_a_key_figure_card_keeps_its_status_and_year():
    facts = pd.DataFrame({"region": ["nansha"], "value_text": ["up to CNY 10 m"], "qualifier": ["up_to"],
                          "label": ["subsidy or award cap (pledged or announced), 2021"], "source": ["[3]"]})
    fig = plots.key_figures(facts, title="Key figures")
    texts = " ".join(t.get_text() for ax in fig.axes for t in ax.texts).replace("\n", " ")
    assert "subsidy or award cap (pledged or announced), 2021" in texts  # wrapped, not cut
    assert "up to CNY 10 m" in texts and "≤" not in texts  # the qualifier once, in words


@pytest.mark.parametrize("value", ["over 170 listed companies", "about CNY 1,234.56 bn", "1,424,000 people",
                                   "up to 2,000 square kilometres"])
def test_a_key_figures_value_never_runs_into_its_source_number(value):
    """The value, large, ends before the source number beside it ([25]): a long one is set smaller, then cut."""
    plots.setup()
    facts = pd.DataFrame({"region": ["nanshan", "nansha", "binhaiwan"], "value_text": [value] * 3,
                          "label": ["listed companies, 2026"] * 3, "source": ["[25]", "[134]", "[7]"]})
    fig = plots.key_figures(facts, title="Key figures")
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    for ax in fig.axes:
        value_text, *_, source = [t for t in ax.texts if t.get_text()]
        assert value_text.get_window_extent(renderer).x1 < source.get_window_extent(renderer).x0, \
            (value_text.get_text(), source.get_text())
        assert value_text.get_fontsize() >= 8  # still the largest text on the card
