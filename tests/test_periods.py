"""What changed: shares per Five-Year Plan period, and only the shifts larger than their uncertainty."""
from __future__ import annotations

import html
import re

import pandas as pd
import pytest

from gbabrief import plots
from gbabrief.brief import Renderer, Source
from gbabrief.brief import sections as sec
from gbabrief.periods import article_counts, comparable, period_of, period_shares, plan_of, shifts


@pytest.mark.parametrize("year, period, plan", [(2016, "2016–2020", "13th Five-Year Plan"),
                                                (2020, "2016–2020", "13th Five-Year Plan"),
                                                (2021, "2021–2025", "14th Five-Year Plan"),
                                                (2026, "2026–2030", "15th Five-Year Plan"),
                                                (2003, "2001–2005", "")])
def test_plan_periods(year, period, plan):
    assert period_of(year) == period and plan_of(period) == plan


def _corpus():
    """Nansha: 10 articles in 2018, 2 of them on talent; 10 in 2023, 9 on talent. Finance: 5 and 6 (no shift).
    Nanshan: 2 articles in 2018 only (not comparable); one undated Nansha article."""
    sources, evidence = [], []
    for year, talent, finance in ((2018, 2, 5), (2023, 9, 6)):
        for i in range(10):
            doc = f"ns{year}-{i}"
            sources.append({"doc_id": doc, "region": "nansha", "published": f"{year}-05-01"})
            if i < talent:
                evidence.append({"doc_id": doc, "scheme": "theme", "code": "talent", "side": "", "about": "district"})
            if i < finance:
                evidence.append({"doc_id": doc, "scheme": "theme", "code": "finance", "side": "", "about": "district"})
    # A sentence about the national picture is context: it does not count for the district.
    evidence.append({"doc_id": "ns2018-9", "scheme": "theme", "code": "talent", "side": "", "about": "context"})
    sources += [{"doc_id": f"nm{i}", "region": "nanshan", "published": "2018-01-01"} for i in range(2)]
    sources.append({"doc_id": "undated", "region": "nansha", "published": ""})
    return pd.DataFrame(sources), pd.DataFrame(evidence)


def test_shares_and_the_shifts_larger_than_their_uncertainty():
    sources, evidence = _corpus()
    counts = article_counts(sources)
    assert comparable(counts) == {"nansha": ["2016–2020", "2021–2025"]}  # Nanshan has 2 articles in one period
    shares = period_shares(sources, evidence).set_index(["region", "period", "code"])
    assert shares.loc[("nansha", "2016–2020", "talent"), "share"] == pytest.approx(0.2)  # the context one left out
    assert shares.loc[("nansha", "2021–2025", "talent"), "share"] == pytest.approx(0.9)
    found = shifts(period_shares(sources, evidence), counts)
    # talent: 2/10 -> 9/10, pooled 0.55, z = 0.7 / 0.2225 = 3.15; finance: 5/10 -> 6/10, z = 0.45, not stated.
    assert list(found["code"]) == ["talent"]
    assert found.iloc[0]["z"] == pytest.approx(3.146, abs=0.001)


def test_the_section_states_shifts_or_says_why_not(tmp_path):
    plots.setup()  # the CJK font: the district names in the panel titles
    renderer = Renderer([Source(1, "a", "nansha", "o", "2023-05-01", "t", "", "a.txt", 100)], tmp_path)
    none = sec.Changes({}, {"nansha": {"2021–2025": 2}}, [], 1)
    out = " ".join(html.unescape(re.sub(r"<[^>]+>", "", renderer.render("changes", none))).split())
    assert "Too few dated articles to compare periods: a district needs 3 or more dated articles in each of " \
           "two Five-Year Plan periods, and here Nansha has 2 in 2021–2025 (1 article undated)." in out
    shift = sec.Shift("nansha", "Talent", "2016–2020", "2021–2025", 10, 10, 20, 90, 3.1)
    some = sec.Changes({"nansha": ["2016–2020", "2021–2025"]}, {"nansha": {"2016–2020": 10, "2021–2025": 10}},
                       [shift], 0, figure=sec.FigureSpec("periods", "period_shares", pd.DataFrame(
                           [{"region": "nansha", "period": p, "code": "talent", "label": "Talent", "share": s,
                             "articles": 10} for p, s in (("2016–2020", 0.2), ("2021–2025", 0.9))]),
                           "Themes by Five-Year Plan period", "caption", ("a",)))
    out = " ".join(html.unescape(re.sub(r"<[^>]+>", "", renderer.render("changes", some))).split())
    assert "Nansha: Talent up, from 20% of its articles in 2016–2020 (10) to 90% in 2021–2025 (10; z = 3.1)." in out
    assert "Nansha (2016–2020: 10 articles, 2021–2025: 10 articles)" in out
    assert "Figure 1." in out
