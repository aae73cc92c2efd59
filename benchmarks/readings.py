"""The readings of each development set against its reader: facts and their labels, instrument codes.

    python benchmarks/readings.py [--data tests/data] [--sets growth growth2 growth3] [--show]

For each set: facts found, each label (measure of a sum, owner scope, district, status, year), not-facts
read as facts; instrument codes' precision, recall and Cohen's kappa per side. The rules were written on
growth and growth2; growth3 was scored before any rule saw it. A learned part is scored on each set with a
model trained on the other two (``--held-apart``, the default where the package has one), so every row is a
figure on pages the part was not built on. A set some cue rows were written on is also scored without
them (``holding_apart``). Prints markdown tables.

Runs against the package on ``sys.path`` (an older checkout's ``lib`` too, for a before-and-after).
"""
from __future__ import annotations

import argparse
import csv
from pathlib import Path

from gbabrief import load_corpus
from gbabrief.evaluate import LABELS, CodeScore, score_codes, score_facts
from gbabrief.facts import corpus_facts
from gbabrief.themes import code_sentences, taxonomy

try:  # a checkout whose cue rows say what set they were written on
    from gbabrief.instruments import cues, holding_apart
except ImportError:  # an older checkout
    cues, holding_apart = None, None

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
SIDES = ("supply", "environment", "demand")


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--sets", nargs="+", default=["growth", "growth2", "growth3"])
    parser.add_argument("--show", action="store_true", help="list each wrong label and code")
    args = parser.parse_args()
    sides = {c.code: c.side for c in taxonomy() if c.scheme == "instrument"}
    facts_table = ["| set | facts found | " + " | ".join(LABELS) + " | not-facts leaked |",
                   "|---|---|" + "---|" * len(LABELS) + "---|"]
    codes_table = ["| set | sentences | precision | recall | " + " | ".join(f"kappa {s}" for s in SIDES) + " |",
                   "|---|---|---|---|" + "---|" * len(SIDES)]
    shown, all_rows = [], []
    for name in args.sets:
        corpus = load_corpus(args.data / name, quiet=True, stories=False)
        gold = args.data / f"{name}_gold"
        fs = score_facts(corpus_facts(corpus), _rows(gold / "facts.csv"), _rows(gold / "not_facts.csv"))
        n = len(fs.rows)
        facts_table.append(f"| {name} | {fs.found}/{n} ({fs.found / n:.1%}) | "
                           + " | ".join(f"{fs.share(x):.1%}" for x in LABELS) + f" | {len(fs.leaked)} |")
        cs = score_codes(code_sentences(corpus, corrections=[]), corpus, _rows(gold / "instruments.csv"), sides)
        all_rows += cs.rows
        codes_table.append(f"| {name} | {len(cs.rows)} | {cs.precision():.2f} | {cs.recall():.2f} | "
                           + " | ".join(f"{cs.kappa_side(s):.2f}" for s in SIDES) + " |")
        if holding_apart and any(c.written_on and name in c.written_on for c in cues()):
            with holding_apart(name):  # without the cue rows written on this set: a held-apart figure
                held = score_codes(code_sentences(corpus, corrections=[]), corpus, _rows(gold / "instruments.csv"),
                                   sides)
            codes_table.append(f"| {name} held apart (its cue rows and coded sentences out) | {len(held.rows)} | {held.precision():.2f} | "
                               f"{held.recall():.2f} | " + " | ".join(f"{held.kappa_side(s):.2f}" for s in SIDES) + " |")
        if args.show:
            shown += [f"{name} {label}: {w}" for label in LABELS for w in fs.wrong(label)]
            shown += [f"{name} leaked: {w}" for w in fs.leaked]
            shown += [f"{name} code: {w}" for w in cs.wrong()]
    total = CodeScore(rows=all_rows, sides=sides)
    codes_table.append(f"| all | {len(all_rows)} | {total.precision():.2f} | {total.recall():.2f} | "
                       + " | ".join(f"{total.kappa_side(s):.2f}" for s in SIDES) + " |")
    print("\n".join(facts_table) + "\n\n" + "\n".join(codes_table))
    if shown:
        print("\n" + "\n".join(shown))


if __name__ == "__main__":
    main()
