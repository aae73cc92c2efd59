"""Do the readings hold when the same pages come in another script, another region's wording or another layout?

    python benchmarks/page_variants.py [--variants s2hk s2tw s2twp fullwidth wrap38 wrap78] [--sets growth …]

Each development page is written out again and read afresh; facts, their labels and the instrument codes are
scored against the same reader as the pages as they are. A reading that depends on the form drops.

- ``s2hk``, ``s2tw``, ``s2twp``: through OpenCC, in Hong Kong characters, Taiwan characters, and Taiwan
  characters and words (專案 for 项目, 支援 for 支持, 積體電路 for 集成电路). ``s2twp`` is OpenCC's word table, not a
  writer: some of its words are not what a Taiwan page would say (一號檔案 for 一号文件), and the reader's quote
  may no longer be found in the page, so part of its drop is the conversion's.
- ``fullwidth``: digits and % in full width (２０２３年０２月０６日), as some government sites write them.
- ``markdown``: as a scraper writing Markdown gives it: the first line a heading, sums in bold, a line of
  links to related stories after the third line and an image at the end.
- ``oneline``: the whole page run into one line, a space where each line break was (a scraper that drops
  them).
- ``chineseyears``: every year (2023年) and a month and day after it in Chinese numerals (二〇二三年二月六日),
  as official documents date themselves and their targets.
- ``invisible``: a zero-width space between one character and the next in ten, as some sites scatter them
  against copying.
- ``wrap38``, ``wrap78``: every line cut at 38 characters (anywhere, as html2text cuts Chinese), or at 78
  display columns (a Chinese character two; a Latin word goes down whole), as ``lynx -dump`` writes a page;
  a paragraph's last line may fill the width by chance, and is then read on into the next paragraph.

Prints a markdown table. Runs against the package on ``sys.path`` (an older checkout's ``lib`` too, for a
before-and-after).
"""
from __future__ import annotations

import argparse
import csv
import shutil
import tempfile
from pathlib import Path

import re
import unicodedata

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


FULL_WIDTH = str.maketrans("0123456789%", "０１２３４５６７８９％")


def cut(text: str, width: int, measure, words: bool = False) -> str:
    """Every line cut where it would pass ``width`` by ``measure`` (characters, or display columns); with
    ``words``, as lynx does, a Latin word or number that does not fit goes down whole and a space at the cut
    is dropped."""
    out = []
    for line in text.split("\n"):
        part = ""
        for token in re.findall(r"[A-Za-z0-9.]+| |." if words else r".", line):
            if sum(map(measure, part + token)) > width and part:
                out.append(part.rstrip() if words else part)
                part = "" if words and token == " " else token
            else:
                part += token
        out.append(part)
    return "\n".join(out)


def scatter(text: str, mark: str, every: int) -> str:
    """``mark`` after every ``every``-th character inside a run of Chinese characters and digits."""
    out = []
    for i, char in enumerate(text):
        out.append(char)
        if i % every == every - 1 and i + 1 < len(text) and re.match(r"[\u4e00-\u9fff\d]", char) \
                and re.match(r"[\u4e00-\u9fff\d]", text[i + 1]):
            out.append(mark)
    return "".join(out)


def markdown(text: str) -> str:
    lines = text.split("\n")
    lines = ["# " + lines[0]] + [re.sub(r"(\d+(?:\.\d+)?[万亿]?元)", r"**\1**", x) for x in lines[1:]]
    lines[3:3] = ["- [相关阅读：粤港澳大湾区新闻](https://example.com/news/1.html) | [更多](https://example.com/more)"]
    return "\n".join(lines + ["![图片](https://example.com/a.jpg)"])


CN = "〇一二三四五六七八九"


def chinese_years(text: str) -> str:
    def small(n: int) -> str:
        return ("" if n < 20 else CN[n // 10]) + ("十" if n >= 10 else "") + (CN[n % 10] if n % 10 else "")

    def date(m: re.Match[str]) -> str:
        out = "".join(CN[int(d)] for d in m.group(1)) + "年"
        if m.group(2):
            out += small(int(m.group(2))) + "月" + (small(int(m.group(3))) + "日" if m.group(3) else "")
        return out
    return re.sub(r"(?<!\d)((?:19|20)\d\d)年(?:(\d{1,2})月(?:(\d{1,2})日)?)?", date, text)


def column(char: str) -> int:
    return 2 if unicodedata.east_asian_width(char) in "WF" else 1


VARIANTS = {
    "s2hk": opencc.OpenCC("s2hk").convert, "s2tw": opencc.OpenCC("s2tw").convert,
    "s2twp": opencc.OpenCC("s2twp").convert, "fullwidth": lambda t: t.translate(FULL_WIDTH),
    "markdown": lambda t: markdown(t),
    "oneline": lambda t: " ".join(line.strip() for line in t.split("\n") if line.strip()),
    "chineseyears": lambda t: chinese_years(t),
    "invisible": lambda t: scatter(t, "\u200b", 10),
    "wrap38": lambda t: cut(t, 38, lambda c: 1), "wrap78": lambda t: cut(t, 78, column, words=True),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variants", nargs="+", default=list(VARIANTS), choices=list(VARIANTS))
    parser.add_argument("--sets", nargs="+", default=["growth", "growth2", "growth3"])
    args = parser.parse_args()
    sides = {c.code: c.side for c in taxonomy() if c.scheme == "instrument"}
    print("| set | pages written as | facts found | " + " | ".join(LABELS) + " | not-facts leaked | "
          "instruments precision | recall |")
    print("|---|---|---|" + "---|" * len(LABELS) + "---|---|---|")
    for name in args.sets:
        gold = DATA / f"{name}_gold"
        print(f"| {name} | as they are | {score(DATA / name, gold, sides)} |")
        for variant in args.variants:
            convert = VARIANTS[variant]
            folder = Path(tempfile.mkdtemp(prefix="gbabrief-variants-"))
            try:
                for page in sorted((DATA / name).glob("*.txt")):
                    (folder / page.name).write_text(convert(page.read_text(encoding="utf-8")), encoding="utf-8")
                print(f"| {name} | {variant} | {score(folder, gold, sides)} |")
            finally:
                shutil.rmtree(folder)


if __name__ == "__main__":
    main()
