"""A page's metadata (title, date, outlet, district) against a reader's, per development set, in two modes.

    python benchmarks/metadata.py [--sets growth growth2 growth3] [--show]

Each set is tests/data/SET/*.txt (line 1, the address, already stripped) with the reader's metadata in
tests/data/SET_gold/articles.csv and the pages' addresses in tests/data/SET_gold/urls.csv.

- text mode: the page alone, no manifest row (how analysts add pages);
- url mode: the page plus a manifest row giving only ``file`` and ``url``.

A title is right when it equals the reader's once both are in Simplified with white space and the width of
punctuation folded; a blank title is right where the reader gives none. Prints a markdown table; --show lists
each miss.
"""
from __future__ import annotations

import argparse
import csv
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "lib"))

from gbabrief.evaluate import metadata_right  # noqa: E402

DATA = ROOT / "tests" / "data"
FIELDS = ("title", "published", "outlet", "region")


def score(name: str, mode: str) -> tuple[dict[str, int], int, list[str]]:
    from gbabrief.corpus import read_article

    gold = {r["file"]: r for r in csv.DictReader((DATA / f"{name}_gold" / "articles.csv").open(encoding="utf-8"))}
    urls = {r["file"]: r["url"] for r in csv.DictReader((DATA / f"{name}_gold" / "urls.csv").open(encoding="utf-8"))}
    right, misses = dict.fromkeys(FIELDS, 0), []
    with tempfile.TemporaryDirectory() as tmp:
        for file, g in sorted(gold.items()):
            path = Path(tmp) / file
            shutil.copyfile(DATA / name / file, path)
            row = {"file": file, "url": urls.get(file, "")} if mode == "url" else None
            a = read_article(path, row)
            got = {"title": a.title_orig, "published": a.published, "outlet": a.outlet, "region": a.region}
            for f in FIELDS:
                if metadata_right(f, got[f], g[f]):
                    right[f] += 1
                else:
                    misses.append(f"{name} {mode} {file} {f}: {got[f]!r} (reader: {g[f]!r})")
    return right, len(gold), misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", default=["growth", "growth2", "growth3"])
    parser.add_argument("--show", action="store_true", help="list each miss")
    args = parser.parse_args()
    print("| set | mode | pages | title | date | outlet | district |\n|---|---|---|---|---|---|---|")
    shown = []
    for name in args.sets:
        for mode in ("text", "url"):
            right, n, misses = score(name, mode)
            shown += misses
            cells = " | ".join(f"{right[f]}/{n} ({right[f] / n:.0%})" for f in FIELDS)
            print(f"| {name} | {mode} | {n} | {cells} |")
    if args.show:
        print("\n" + "\n".join(shown))


if __name__ == "__main__":
    main()
