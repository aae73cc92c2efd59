"""What changed: theme and instrument-side shares per district per Five-Year Plan period.

``period_of(year) -> "2021–2025"``: the plan period a year falls in (the 12th, 13th, 14th and 15th plans,
2011–2030; earlier and later years in their own five-year spans). ``period_shares(sources, evidence)``:
for each district and period with articles, the share of its articles coded with each theme and each
instrument side, with the article counts; ``shifts(shares)`` the changes between a district's first and
last period with at least ``MIN_ARTICLES`` articles each that are larger than their uncertainty (a
two-proportion z of at least 2).
"""
from __future__ import annotations

import math

import pandas as pd

MIN_ARTICLES = 3  # articles a district needs in a period for its shares to be compared
Z = 2.0  # a shift is stated when it is at least this many standard errors
PLANS = {2011: "12th", 2016: "13th", 2021: "14th", 2026: "15th"}


def period_of(year: int) -> str:
    start = 2011 + 5 * math.floor((year - 2011) / 5)
    return f"{start}–{start + 4}"


def plan_of(period: str) -> str:
    """'2021–2025' -> '14th Five-Year Plan' ('' outside the plans this brief names)."""
    n = PLANS.get(int(period[:4]))
    return f"{n} Five-Year Plan" if n else ""


def _dated(sources: pd.DataFrame) -> pd.DataFrame:
    """The dated articles of a district, with the plan period of each."""
    dated = sources[sources["published"].astype(bool) & sources["region"].astype(bool)]
    return dated.assign(period=[period_of(int(p[:4])) for p in dated["published"]])


def article_counts(sources: pd.DataFrame) -> pd.DataFrame:
    """[region, period, articles]: dated articles per district and plan period."""
    return _dated(sources).groupby(["region", "period"]).size().rename("articles").reset_index()


def period_shares(sources: pd.DataFrame, evidence: pd.DataFrame) -> pd.DataFrame:
    """sources[doc_id, region, published], evidence[doc_id, scheme, code, side, about] ->
    [region, period, scheme, code, articles, coded, share]: of a district's dated articles in a period,
    how many are coded with a theme (scheme ``theme``) or an instrument on a side (scheme ``side``)."""
    dated = _dated(sources)
    ev = evidence[evidence["doc_id"].isin(dated["doc_id"])]
    if "about" in ev:
        ev = ev[ev["about"].fillna("district") != "context"]
    coded = pd.concat([
        ev[ev["scheme"] == "theme"][["doc_id", "scheme", "code"]],
        ev[ev["scheme"] == "instrument"].assign(scheme="side", code=lambda e: e["side"])[["doc_id", "scheme", "code"]],
    ]).drop_duplicates().merge(dated[["doc_id", "region", "period"]], on="doc_id")
    counts = article_counts(sources)
    hits = coded.groupby(["region", "period", "scheme", "code"])["doc_id"].nunique().rename("coded").reset_index()
    out = hits.merge(counts, on=["region", "period"])
    out["share"] = out["coded"] / out["articles"]
    return out.sort_values(["region", "period", "scheme", "code"], ignore_index=True)


def comparable(counts: pd.DataFrame) -> dict[str, list[str]]:
    """district -> its periods with at least MIN_ARTICLES dated articles, in order."""
    ok = counts[counts["articles"] >= MIN_ARTICLES]
    return {r: sorted(g["period"]) for r, g in ok.groupby("region") if len(g) >= 2}


def shifts(shares: pd.DataFrame, counts: pd.DataFrame) -> pd.DataFrame:
    """[region, scheme, code, first, last, n_first, n_last, share_first, share_last, z] of every change
    between a district's first and last comparable period with |z| >= Z, the largest first."""
    rows = []
    n = counts.set_index(["region", "period"])["articles"]
    for region, periods in comparable(counts).items():
        first, last = periods[0], periods[-1]
        n1, n2 = int(n[region, first]), int(n[region, last])
        sub = shares[shares["region"] == region]
        for (scheme, code), g in sub.groupby(["scheme", "code"]):
            by = g.set_index("period")["coded"]
            k1, k2 = int(by.get(first, 0)), int(by.get(last, 0))
            p1, p2 = k1 / n1, k2 / n2
            pooled = (k1 + k2) / (n1 + n2)
            se = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
            z = (p2 - p1) / se if se else 0.0
            if abs(z) >= Z:
                rows.append((region, scheme, code, first, last, n1, n2, p1, p2, z))
    out = pd.DataFrame(rows, columns=["region", "scheme", "code", "first", "last", "n_first", "n_last",
                                      "share_first", "share_last", "z"])
    return out.reindex(out["z"].abs().sort_values(ascending=False).index).reset_index(drop=True)
