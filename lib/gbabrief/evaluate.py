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
    """Simplified, without white space or the pinyin readings a page left after characters (個(gè)): a
    reader's surface is the page's raw text, the tool's its cleaned text."""
    from .clean import _ONE as READING  # the one pinyin reading cleaning removes

    return re.sub(r"\s", "", converter("t2s").convert(READING.sub("", s or "")))


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


_PUNCT_WIDTH = str.maketrans("，：；！？（）｜", ",:;!?()|")


def metadata_right(field: str, got: str | None, gold: str | None) -> bool:
    """A page's title, published date, outlet or district as the reader gives it: titles and outlets
    compared in Simplified, white space and the width of punctuation folded; a blank where the reader
    gives none is right, and the reader's region ``none`` is no district."""
    got, gold = got or "", gold or ""
    if field == "region":
        return (got or "none") == (gold or "none")
    if field in ("title", "outlet"):
        return _simple(got).translate(_PUNCT_WIDTH) == _simple(gold).translate(_PUNCT_WIDTH)
    return got == gold


def _gold(g: dict, label: str) -> str:
    """The reader's label; measure is given for money only."""
    return "" if label == "measure" and g["kind"] != "money" else g.get(label) or ""


_DEBATABLE = re.compile(r"(\w+) debatable \((\w+) vs (\w+)\)")


def accepts(g: dict, label: str) -> set[str]:
    """Every reading of a label the reader counts as right: their own, and the two a note names where
    they call the label debatable between them (``measure debatable (output vs gdp)``)."""
    ok = {_gold(g, label)}
    for name, a, b in _DEBATABLE.findall(g.get("note") or ""):
        if name == label and _gold(g, label) in (a, b):
            ok |= {a, b}
    return ok


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
                      and any(close(float(r[v]), value) for v in ("value", "value_low", "value_high"))]
        # 数十台: its floor; 3-7折: a range read by either end
        # Where one surface holds several facts, prefer the row of the same kind.
        candidates.sort(key=lambda r: r["kind"] != g["kind"])
        found = candidates[0] if candidates else None
        row = {"gold": g, "found": found}
        for label in LABELS:
            row[label] = found is not None and str(found.get(label) or "") in accepts(g, label)
        score.rows.append(row)
    for n in not_facts:
        ns = _simple(n["surface"])
        # A not-fact of a character or two ("0") is matched whole: inside a longer surface it is another number.
        # The fact must stand where the not-fact does: 另外三家 is not 也就三家半 of another sentence.
        if any(((ns in r["_simple"] if len(ns) > 2 else ns == r["_simple"]) or r["_simple"] in ns)
               and ns in _simple(r.get("sentence") or ns) for r in by_file.get(n["file"], [])):
            score.leaked.append((n["file"], n["surface"]))
    return score


# ------------------------------------------------------------------ instrument coding
def bare(s: str) -> str:
    """Simplified, and letters, digits and CJK only: a quote matches whatever the punctuation."""
    from .clean import mainland_usage

    return re.sub(r"[^0-9A-Za-z\u3400-\u9fff]", "", mainland_usage(converter("t2s").convert(s or "")))


def kappa(a: list[bool], b: list[bool]) -> float:
    """Cohen's kappa of two coders' yes/no calls on the same items (1.0 when both agree on all)."""
    n = len(a)
    if n == 0:
        return 1.0
    observed = sum(x == y for x, y in zip(a, b)) / n
    pa, pb = sum(a) / n, sum(b) / n
    expected = pa * pb + (1 - pa) * (1 - pb)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


@dataclass
class CodeScore:
    """Instrument codes of each hand-coded sentence, the reader's and the build's."""

    rows: list[dict] = field(default_factory=list)  # file, quote, gold codes, found codes, sentence
    sides: dict[str, str] = field(default_factory=dict)  # code -> side

    def _counts(self, keep=lambda code: True) -> tuple[int, int, int]:
        right = sum(len({c for c in r["gold"] & r["found"] if keep(c)}) for r in self.rows)
        found = sum(len({c for c in r["found"] if keep(c)}) for r in self.rows)
        gold = sum(len({c for c in r["gold"] if keep(c)}) for r in self.rows)
        return right, found, gold

    def precision(self, keep=lambda code: True) -> float:
        right, found, _ = self._counts(keep)
        return right / found if found else 1.0

    def recall(self, keep=lambda code: True) -> float:
        right, _, gold = self._counts(keep)
        return right / gold if gold else 1.0

    def kappa_code(self, code: str) -> float:
        return kappa([code in r["gold"] for r in self.rows], [code in r["found"] for r in self.rows])

    def kappa_side(self, side: str) -> float:
        on = lambda codes: any(self.sides.get(c) == side for c in codes)  # noqa: E731
        return kappa([on(r["gold"]) for r in self.rows], [on(r["found"]) for r in self.rows])

    def wrong(self) -> list[tuple[str, str, str, str]]:
        """(file, sentence, the reader's codes, the build's) of every sentence coded differently."""
        return [(r["file"], r["sentence"], "|".join(sorted(r["gold"])) or "none", "|".join(sorted(r["found"])) or "none")
                for r in self.rows if r["gold"] != r["found"]]

    def summary(self) -> str:
        right, found, gold = self._counts()
        sides = ", ".join(f"{s} {self.kappa_side(s):.2f}" for s in ("supply", "environment", "demand"))
        return (f"{len(self.rows)} sentences: precision {self.precision():.2f} ({right} of {found} codes right), "
                f"recall {self.recall():.2f} ({right} of {gold}); kappa by side: {sides}")


def _locate(quote: str, text: str) -> int:
    """Where a quote starts in the text; where cleaning cut part of it (a masthead before the title,
    pinyin glosses), where the first run of six of its characters that the text holds once starts."""
    at = text.find(quote)
    if at >= 0 or len(quote) < 6:
        return at
    for k in range(len(quote) - 5):
        window = quote[k:k + 6]
        if text.count(window) == 1:
            return text.find(window)
    return -1


def quoted_sentences(corpus: pd.DataFrame, gold: list[dict]) -> list[tuple[str, int, str] | None]:
    """For each of the reader's rows (file, quote), the build's sentence its quote falls in, as (doc_id,
    sent_id, sentence); None where the build's text does not hold the quote (its sentence cleaned away)."""
    from .lang import sentences

    by_file: dict[str, tuple[str, list[int], dict[int, str], str]] = {}
    for doc_id, file, group in ((d, f, g) for (d, f), g in
                                sentences(corpus).merge(corpus[["doc_id", "file"]]).groupby(["doc_id", "file"])):
        text, owner, said = "", [], []
        for s in group.itertuples():
            letters = bare(s.sentence)
            text += letters
            owner += [s.sent_id] * len(letters)
            said.append(s.sentence)
        by_file[file] = (doc_id, owner, dict(zip(group["sent_id"], said)), text)
    out: list[tuple[str, int, str] | None] = []
    for g in gold:
        doc_id, owner, said, text = by_file.get(g["file"], ("", [], {}, ""))
        at = _locate(bare(g["quote"]), text)
        out.append((doc_id, owner[at], said[owner[at]]) if at >= 0 else None)
    return out


def score_codes(evidence: pd.DataFrame, corpus: pd.DataFrame, gold: list[dict], sides: dict[str, str]) -> CodeScore:
    """evidence[doc_id, sent_id, scheme, code] of corpus[doc_id, file, text] against the reader's rows
    (file, quote, codes): each quote finds the build's sentence it falls in (``quoted_sentences``); a quote
    the build's text does not hold (its sentence cleaned away) counts as coded none."""
    coded: dict[tuple[str, int], set[str]] = {}
    for r in evidence[evidence["scheme"] == "instrument"].itertuples():
        coded.setdefault((r.doc_id, r.sent_id), set()).add(r.code)
    score = CodeScore(sides=sides)
    for g, hit in zip(gold, quoted_sentences(corpus, gold)):
        found = coded.get(hit[:2], set()) if hit else set()
        score.rows.append({"file": g["file"], "quote": g["quote"], "sentence": hit[2] if hit else "<not in the text>",
                           "gold": {c for c in g["codes"].split("|") if c and c != "none"}, "found": set(found)})
    return score
