"""The corpus's facts as the brief shows them: numbered F1… by district, kind and position, with their
value and label in words; and the corpus's outlets with where each is based. Below the brief's model, its
sections and the analyst's review, which all use them."""
from __future__ import annotations

from collections import Counter

import pandas as pd

from ..facts import corpus_facts
from ..lexicon import entries
from ..meaning import part_of_year, states_change
from .words import KIND_ORDER, fact_label, human_value, sums_of


def figure_table(analysed: pd.DataFrame) -> pd.DataFrame:
    """The corpus's facts as the brief shows them (``worded``), none reviewed."""
    return worded(corpus_facts(analysed).assign(reviewed=False))


def worded(facts: pd.DataFrame) -> pd.DataFrame:
    """facts -> the same numbered F1… by district, kind and position, with their value and label in words."""
    facts = facts.copy()
    facts["kind_order"] = facts["kind"].map(KIND_ORDER)
    facts = facts.sort_values(["region", "kind_order", "doc_id", "start"], na_position="last")
    facts = facts.drop(columns="kind_order").reset_index(drop=True)
    facts.insert(0, "fact_id", [f"F{i + 1}" for i in range(len(facts))])
    facts["value_text"] = [value_text(k, v, lo, hi, u, q, s) for k, v, lo, hi, u, q, s in zip(
        facts["kind"], facts["value"], facts["value_low"], facts["value_high"], facts["unit"], facts["qualifier"],
        facts["surface"])]
    facts["change"] = [states_change(s, x) for s, x in zip(facts["sentence"], facts["surface"])]
    facts["period"] = [part_of_year(s, x) for s, x in zip(facts["sentence"], facts["surface"])]
    facts["sum_of"] = sums_of(facts)
    facts["label"] = [fact_label(r) for r in facts.itertuples()]
    return facts


def value_text(kind: str, value: float, low: float, high: float, unit: str, qualifier: str,
               surface: str = "") -> str:
    """A value or a range in words: 'about CNY 10 bn', 'CNY 1 bn to 2 bn'."""
    if low == high:
        return human_value(kind, value, unit, qualifier, surface)
    top = human_value(kind, high, unit, "exact")
    return f"{human_value(kind, low, unit, 'exact')} to {top.split(' ', 1)[-1] if kind == 'money' else top}"


GBA_CITIES = {"Shenzhen", "Guangzhou", "Dongguan", "Foshan", "Zhuhai", "Huizhou", "Zhongshan", "Jiangmen",
              "Zhaoqing"}


def outlet_table(sources) -> pd.DataFrame:
    """outlets[outlet, base, kind, articles]: each outlet of the corpus, where it is based (``base`` in
    lexicon/outlets.csv; blank when the list does not place it), the kind that base makes (Hong Kong and
    Macao, the Bay Area's mainland cities, Beijing, elsewhere, outlets not in the outlet list) and its
    articles; most articles first."""
    base = {f: e.get("base") or "" for e in entries("outlets.csv", "name") for f in (e.term, *e.forms)}
    counts = Counter(s.outlet for s in sources if s.outlet)
    rows = []
    for outlet, n in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        b = base.get(outlet, "")
        kind = ("Hong Kong and Macao" if b in ("Hong Kong", "Macao") else "the Bay Area's mainland cities"
                if b in GBA_CITIES else "Beijing" if b == "Beijing" else "elsewhere" if b
                else "outlets not in the outlet list")
        rows.append({"outlet": outlet, "base": b, "kind": kind, "articles": n})
    return pd.DataFrame(rows, columns=["outlet", "base", "kind", "articles"])
