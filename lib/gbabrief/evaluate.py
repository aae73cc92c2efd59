"""Agreement with a careful reader: facts and their labels scored against hand annotations.

``score_facts(facts, gold, not_facts) -> FactScore``: every gold fact matched to the extracted row
whose surface overlaps it and whose value agrees; each label (measure, scope, district, status,
year) scored over the gold facts, a missed fact counting as wrong; not-facts that leaked listed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd

from .lang import converter

LABELS = ("measure", "scope", "district", "status", "year")


def _simple(s: str) -> str:
    return re.sub(r"\s", "", converter("t2s").convert(s or ""))


def close(a: float, b: float) -> bool:
    """Values equal to a cent, or to a part in a million (conversions such as 亩 -> m²)."""
    return abs(a - b) <= 0.011 + 1e-5 * abs(b)


@dataclass
class FactScore:
    rows: list[dict] = field(default_factory=list)  # gold, found (or None), per-label verdicts
    leaked: list[tuple[str, str]] = field(default_factory=list)  # (file, surface) of not-facts read as facts

    @property
    def found(self) -> int:
        return sum(r["found"] is not None for r in self.rows)

    def share(self, label: str) -> float:
        return sum(r[label] for r in self.rows) / len(self.rows) if self.rows else 1.0

    def wrong(self, label: str) -> list[tuple[str, str, str, str]]:
        """(file, surface, gold label, found label) of every fact this label gets wrong."""
        return [(r["gold"]["file"], r["gold"]["surface"], _gold(r["gold"], label),
                 "<missed>" if r["found"] is None else str(r["found"].get(label) or ""))
                for r in self.rows if not r[label]]

    def summary(self) -> str:
        parts = [f"found {self.found}/{len(self.rows)}"] + [f"{x} {self.share(x):.1%}" for x in LABELS]
        return ", ".join(parts) + f"; not-facts leaked {len(self.leaked)}"


def _gold(g: dict, label: str) -> str:
    """The reader's label; measure is given for money only."""
    return "" if label == "measure" and g["kind"] != "money" else g.get(label) or ""


def score_facts(facts: pd.DataFrame, gold: list[dict], not_facts: list[dict] = ()) -> FactScore:
    """facts[file, kind, value, surface, measure, scope, district, status, year] against gold rows
    (file, kind, value, surface and the labels) and not-fact rows (file, surface)."""
    by_file: dict[str, list[dict]] = {}
    for r in facts.to_dict("records"):
        r["_simple"] = _simple(r["surface"])
        by_file.setdefault(r["file"], []).append(r)
    score = FactScore()
    for g in gold:
        gs, value = _simple(g["surface"]), float(g["value"])
        candidates = [r for r in by_file.get(g["file"], [])
                      if (r["_simple"] in gs or gs in r["_simple"])
                      and any(close(float(r[v]), value) for v in ("value", "value_low"))]  # 数十台: its floor
        # Where one surface holds several facts, prefer the row of the same kind.
        candidates.sort(key=lambda r: r["kind"] != g["kind"])
        found = candidates[0] if candidates else None
        row = {"gold": g, "found": found}
        for label in LABELS:
            row[label] = found is not None and str(found.get(label) or "") == _gold(g, label)
        score.rows.append(row)
    for n in not_facts:
        ns = _simple(n["surface"])
        if any(ns in r["_simple"] or r["_simple"] in ns for r in by_file.get(n["file"], [])):
            score.leaked.append((n["file"], n["surface"]))
    return score
