"""The instrument coding against the hand coding of the development pages: per code and per side.

    python benchmarks/coding_agreement.py

Reads the sets tests/data/sets.csv lists (tests/data/SET/ and tests/data/SET_gold/instruments.csv: 686 body
sentences of 50 pages, coded by a careful reader after the instrument coding guide), each marked 'built on' or
'held apart' for the coding rules. Prints markdown tables: per set, then per side and per code over the sets
held apart (the estimate for new pages) and over all.
"""
from __future__ import annotations

import csv
from pathlib import Path

from gbabrief import load_corpus
from gbabrief.evaluate import CodeScore, score_codes
from gbabrief.yardstick import SETS_FILE
from gbabrief.themes import code_sentences, taxonomy

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def main() -> None:
    sides = {c.code: c.side for c in taxonomy() if c.scheme == "instrument"}
    rows, held = [], []
    for entry in csv.DictReader((DATA / SETS_FILE).open(encoding="utf-8")):
        name = entry["set"]
        corpus = load_corpus(DATA / name, quiet=True, stories=False)
        gold = list(csv.DictReader((DATA / f"{name}_gold" / "instruments.csv").open(encoding="utf-8")))
        score = score_codes(code_sentences(corpus, corrections=[]), corpus, gold, sides)
        print(f"- {name} ({entry['instruments']}): {score.summary()}")
        rows += score.rows
        held += score.rows if entry["instruments"] == "held apart" else []
    total = CodeScore(rows=rows, sides=sides)
    print(f"- all: {total.summary()}")
    if held:
        print(f"- held apart: {CodeScore(rows=held, sides=sides).summary()}")
    print()
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
