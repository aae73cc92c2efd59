"""The sentences the learned instrument coder learns from, written to the package
(``lib/gbabrief/lexicon/instrument_sentences.csv``) so that the build needs neither ``tests/`` nor the
development pages:

- every sentence of the development sets (``tests/data/SET``) that its careful reader coded, with the reader's
  codes (none where the reader coded it 'none'), cut into sentences as the build cuts them;
- every sentence of our own in ``tests/test_coding.py`` with the codes it was given after the coding guide before
  the coder saw it (set 'own'; Traditional ones converted as the build converts a page).

    python tests/training_sentences.py     # rewrite the file after a development set or a battery changes

``test_learned.py`` checks that the shipped file is what this gives.
"""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
TARGET = HERE.parent / "lib" / "gbabrief" / "lexicon" / "instrument_sentences.csv"
SETS = ("growth", "growth2", "growth3")
# a battery row of tests/test_coding.py: ("a sentence", {"code", ...}), ("a sentence", set()) or
# pytest.param("a sentence", {...}, marks=...)
BATTERY_ROW = re.compile(r'(?:\(|pytest\.param\()"([^"\n]{4,200})", (\{[^}\n]*\}|set\(\))[,)]')


def development(name: str) -> list[dict]:
    """The sentences of development set ``name`` its reader coded, with the reader's codes."""
    from gbabrief import load_corpus
    from gbabrief.evaluate import quoted_sentences

    corpus = load_corpus(DATA / name, quiet=True, stories=False)
    with (DATA / f"{name}_gold" / "instruments.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    gold: dict = {}
    said: dict = {}
    for g, hit in zip(rows, quoted_sentences(corpus, rows)):
        if hit:
            said[hit[:2]] = hit[2]
            gold.setdefault(hit[:2], set()).update(c for c in g["codes"].split("|") if c not in ("", "none"))
    page = dict(zip(corpus["doc_id"], corpus["file"]))
    return [{"set": name, "page": page[key[0]], "sentence": said[key], "codes": "|".join(sorted(codes))}
            for key, codes in sorted(gold.items())]


def own() -> list[dict]:
    """The battery sentences of tests/test_coding.py with their codes, in Simplified as the build reads them."""
    from gbabrief.clean import mainland_usage
    from gbabrief.lang import choose_t2s_config, converter, detect_script

    source = (HERE / "test_coding.py").read_text(encoding="utf-8")
    rows, seen = [], set()
    for sentence, codes in BATTERY_ROW.findall(source):
        if detect_script(sentence) != "simplified":
            sentence = mainland_usage(converter(choose_t2s_config(sentence)).convert(sentence))
        if sentence not in seen:
            seen.add(sentence)
            rows.append({"set": "own", "page": "test_coding.py", "sentence": sentence, "codes": "|".join(sorted(re.findall(r'"(\w+)"', codes)))})
    return rows


def rows() -> list[dict]:
    return [r for name in SETS for r in development(name)] + own()


def written(table: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=["set", "page", "sentence", "codes"], lineterminator="\n")
    writer.writeheader()
    writer.writerows(table)
    return out.getvalue()


if __name__ == "__main__":
    TARGET.write_text(written(rows()), encoding="utf-8")
    print(f"wrote {TARGET}")
