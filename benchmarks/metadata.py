"""A page's metadata (title, date, outlet, district) against a reader's, per development set, in two modes.

    python benchmarks/metadata.py [--sets growth growth2 growth3] [--show]

Each set is tests/data/SET/*.txt (line 1, the address, already stripped) with the reader's metadata in
tests/data/SET_gold/articles.csv and the pages' addresses in tests/data/SET_gold/urls.csv.

- text mode: the page alone, no manifest row (how analysts add pages);
- url mode: the page plus a manifest row giving only ``file`` and ``url``;
- oneline mode: the page run into one line, a space where each line break was (a scraper that drops them);
- reader mode: the page as a reader service gives it (``URL Source: …``, an empty ``Published Time:`` and
  ``Markdown Content:`` above it), no manifest row: the header must neither hide the page's own head nor be
  read as its body, and its address is the page's.

A title is right when it equals the reader's once both are in Simplified with white space and the width of
punctuation folded; a blank title is right where the reader gives none. Prints a markdown table; --show lists
each miss.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "lib"))

from gbabrief.yardstick import METADATA_FIELDS as FIELDS, metadata_scores  # noqa: E402

DATA = ROOT / "tests" / "data"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", default=["growth", "growth2", "growth3"])
    parser.add_argument("--show", action="store_true", help="list each miss")
    args = parser.parse_args()
    print("| set | mode | pages | title | date | outlet | district |\n|---|---|---|---|---|---|---|")
    shown = []
    for name in args.sets:
        for mode in ("text", "url", "reader", "oneline"):
            right, n, misses = metadata_scores(DATA, name, mode)
            shown += misses
            cells = " | ".join(f"{right[f]}/{n} ({right[f] / n:.0%})" for f in FIELDS)
            print(f"| {name} | {mode} | {n} | {cells} |")
    if args.show:
        print("\n" + "\n".join(shown))


if __name__ == "__main__":
    main()
