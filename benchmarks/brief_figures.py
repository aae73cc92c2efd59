"""Are the figures the brief shows right? Each figure in the body of a built brief, followed through its
link to data/facts.csv and compared with a reader's facts for its page.

    python benchmarks/brief_figures.py OUT [GOLD_DIR ...]

OUT is a `gbabrief build --out` folder; each GOLD_DIR holds a reader's ``facts.csv`` and ``not_facts.csv``
(default: tests/data/growth_gold and tests/data/growth2_gold). Build the brief on a corpus that holds those
pages (e.g. the seeds plus tests/data/growth*/*.txt). A figure is checkable when the reader lists it; it is
right when its measure (money only), owner scope, district, status and year all equal the reader's. A
figure the reader lists as a not-fact is wrong. Prints a markdown table per part of the body.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "lib"))

from gbabrief.evaluate import LABELS, _simple, accepts, close  # noqa: E402

BODY = ("findings", "context", "method", "district-nanshan", "district-nansha", "district-binhaiwan",
        "comparison", "changes", "implications")
KEY = ("findings", "district-nanshan", "district-nansha", "district-binhaiwan")


def shown_facts(html: str) -> dict[str, list[str]]:
    """section id -> the fact ids its figures link to, in order, for the body's sections."""
    out: dict[str, list[str]] = {}
    for m in re.finditer(r'<section[^>]*id="([^"]+)"[^>]*>(.*?)</section>', html, re.S):
        if m.group(1) in BODY:
            out[m.group(1)] = re.findall(r'<a class="fact" href="#(F\d+)"', m.group(2))
    return out


def verdict(fact: dict, gold: list[dict], not_facts: list[dict]) -> tuple[str, list[str]]:
    """('right' | 'wrong' | 'unchecked', the labels that differ) of one shown fact."""
    fs = _simple(fact["surface"])
    for n in not_facts:
        ns = _simple(n["surface"])
        # as gbabrief.evaluate: a not-fact where the fact stands, in its sentence
        if n["file"] == fact["file"] and (ns in fs or fs in ns) and ns in _simple(fact.get("sentence") or ns):
            return "wrong", ["not a fact"]
    for g in gold:
        gs = _simple(g["surface"])
        if g["file"] == fact["file"] and (gs in fs or fs in gs) and \
                any(close(float(fact[v]), float(g["value"])) for v in ("value", "value_low", "value_high")):
            off = [x for x in LABELS if str(fact.get(x) or "") not in accepts(g, x)]
            return ("wrong" if off else "right"), off
    return "unchecked", []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("gold", type=Path, nargs="*",
                        default=[ROOT / "tests/data/growth_gold", ROOT / "tests/data/growth2_gold"])
    args = parser.parse_args()
    gold, not_facts = [], []
    for folder in args.gold:
        gold += list(csv.DictReader((folder / "facts.csv").open(encoding="utf-8")))
        not_facts += list(csv.DictReader((folder / "not_facts.csv").open(encoding="utf-8")))
    facts = pd.read_csv(args.out / "data" / "facts.csv", dtype=str, keep_default_na=False)
    by_id = {r["fact_id"]: r for r in facts.to_dict("records")}
    shown = shown_facts((args.out / "brief.html").read_text(encoding="utf-8"))
    print("| part of the body | figures shown | checkable | right | wrong labels |")
    print("|---|---|---|---|---|")
    totals = {"all": [0, 0, 0], "key": [0, 0, 0]}
    wrong_rows = []
    for section, ids in shown.items():
        verdicts = [(i, *verdict(by_id[i], gold, not_facts)) for i in ids if i in by_id]
        checked = [v for v in verdicts if v[1] != "unchecked"]
        right = sum(v[1] == "right" for v in checked)
        off = sorted({x for v in checked for x in v[2]})
        print(f"| {section} | {len(ids)} | {len(checked)} | {right} | {', '.join(off) or '—'} |")
        for key in ("all", "key") if section in KEY else ("all",):
            totals[key][0] += len(ids)
            totals[key][1] += len(checked)
            totals[key][2] += right
        wrong_rows += [(section, by_id[v[0]], v[2]) for v in checked if v[1] == "wrong"]
    for key, (n, checked, right) in totals.items():
        share = f"{right / checked:.1%}" if checked else "—"
        label = "key findings and district sections" if key == "key" else "whole body"
        print(f"| **{label}** | {n} | {checked} | {right} ({share}) | |")
    for section, fact, off in wrong_rows:
        print(f"- {section}: {fact['file']} {fact['surface']} ({', '.join(off)}: "
              + ", ".join(f"{x}={fact.get(x) or '∅'}" for x in LABELS) + ")")


if __name__ == "__main__":
    main()
