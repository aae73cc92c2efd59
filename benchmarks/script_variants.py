"""Do the readings hold when the same pages come in another script or another region's wording?

    python benchmarks/script_variants.py [--configs s2hk s2tw s2twp] [--sets growth growth2 growth3]

Each development page is written out again through OpenCC (``s2hk``: Hong Kong characters; ``s2tw``: Taiwan
characters; ``s2twp``: Taiwan characters and Taiwan words, 專案 for 项目, 支援 for 支持, 積體電路 for 集成电路)
and read afresh; facts, their labels and the instrument codes are scored against the same reader as the
pages as they are. A reading that depends on the mainland wording drops. (``s2twp`` is OpenCC's word table,
not a writer: some of its words are not what a Taiwan page would say, 一號檔案 for 一号文件, and the reader's
quote may no longer be found in the page, so part of its drop is the conversion's.) Prints a markdown table.

Runs against the package on ``sys.path`` (an older checkout's ``lib`` too, for a before-and-after).
"""
from __future__ import annotations

import argparse
import csv
import shutil
import tempfile
from pathlib import Path

import opencc

from gbabrief import load_corpus
from gbabrief.evaluate import LABELS, score_codes, score_facts
from gbabrief.facts import corpus_facts
from gbabrief.themes import code_sentences, taxonomy

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def score(folder: Path, gold: Path, sides: dict) -> str:
    corpus = load_corpus(folder, quiet=True, stories=False)
    fs = score_facts(corpus_facts(corpus), _rows(gold / "facts.csv"), _rows(gold / "not_facts.csv"))
    cs = score_codes(code_sentences(corpus, corrections=[]), corpus, _rows(gold / "instruments.csv"), sides)
    return (f"{fs.found}/{len(fs.rows)} | " + " | ".join(f"{fs.share(x):.1%}" for x in LABELS)
            + f" | {len(fs.leaked)} | {cs.precision():.2f} | {cs.recall():.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--configs", nargs="+", default=["s2hk", "s2tw", "s2twp"])
    parser.add_argument("--sets", nargs="+", default=["growth", "growth2", "growth3"])
    args = parser.parse_args()
    sides = {c.code: c.side for c in taxonomy() if c.scheme == "instrument"}
    print("| set | pages written as | facts found | " + " | ".join(LABELS) + " | not-facts leaked | "
          "instruments precision | recall |")
    print("|---|---|---|" + "---|" * len(LABELS) + "---|---|---|")
    for name in args.sets:
        gold = DATA / f"{name}_gold"
        print(f"| {name} | as they are | {score(DATA / name, gold, sides)} |")
        for config in args.configs:
            convert = opencc.OpenCC(config)
            folder = Path(tempfile.mkdtemp(prefix="gbabrief-variants-"))
            try:
                for page in sorted((DATA / name).glob("*.txt")):
                    (folder / page.name).write_text(convert.convert(page.read_text(encoding="utf-8")),
                                                    encoding="utf-8")
                print(f"| {name} | {config} | {score(folder, gold, sides)} |")
            finally:
                shutil.rmtree(folder)


if __name__ == "__main__":
    main()
