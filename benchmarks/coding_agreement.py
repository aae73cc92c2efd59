"""The instrument coding against the hand coding of the development pages: per code and per side.

    python benchmarks/coding_agreement.py

Reads tests/data/growth*/ and tests/data/growth*_gold/instruments.csv (355 body sentences of 26 pages,
coded by a careful reader after ../shared/instrument-coding-guide.md). Prints markdown tables.
"""
from __future__ import annotations

import csv
from pathlib import Path

from gbabrief import load_corpus
from gbabrief.evaluate import AGREEMENT_SETS, CodeScore, score_codes
from gbabrief.themes import code_sentences, taxonomy

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def main() -> None:
    sides = {c.code: c.side for c in taxonomy() if c.scheme == "instrument"}
    rows = []
    for name in AGREEMENT_SETS:
        corpus = load_corpus(DATA / name, quiet=True, stories=False)
        gold = list(csv.DictReader((DATA / f"{name}_gold" / "instruments.csv").open(encoding="utf-8")))
        score = score_codes(code_sentences(corpus, corrections=[]), corpus, gold, sides)
        print(f"- {name}: {score.summary()}")
        rows += score.rows
    total = CodeScore(rows=rows, sides=sides)
    print(f"- all: {total.summary()}\n")
    print("| side | precision | recall | kappa |\n|---|---|---|---|")
    for side in ("supply", "environment", "demand"):
        keep = lambda c, side=side: sides[c] == side  # noqa: E731
        print(f"| {side} | {total.precision(keep):.2f} | {total.recall(keep):.2f} | {total.kappa_side(side):.2f} |")
    print("\n| code | reader's codes | precision | recall | kappa |\n|---|---|---|---|---|")
    for code in sides:
        keep = lambda c, code=code: c == code  # noqa: E731
        n, found = sum(code in r["gold"] for r in rows), sum(code in r["found"] for r in rows)
        if n == 0 and found == 0:
            print(f"| {code} | 0 | — | — | — (neither coder uses it on these pages) |")
            continue
        print(f"| {code} | {n} | {total.precision(keep):.2f} | {total.recall(keep):.2f} | {total.kappa_code(code):.2f} |")


if __name__ == "__main__":
    main()
