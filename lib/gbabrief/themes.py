"""Themes and policy instruments, coded sentence by sentence from ``lexicon/taxonomy.csv``.

``code_sentences(corpus) -> evidence[doc_id, region, sent_id, sentence, scheme, code, side, keywords]``:
one row per (sentence, category) with the keywords that fired, so every score
points back to the sentences behind it. ``scores`` aggregates evidence per district
as raw counts and per 10,000 characters, so a small sample is not over-read.

Instruments follow the supply / environment / demand frame of Chinese policy-text
studies (袁野 et al. 2021 and others). Boundary rule: loans, guarantees and funds
are environment-side finance; direct fiscal grants are supply-side funding.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from .errors import InputError
from .lang import SENTENCE
from .lexicon import read_rows, split_aliases
from .paths import LEXICON

SIDES = ("supply", "environment", "demand")


@dataclass(frozen=True)
class Category:
    """One theme or instrument: its code, labels, side and keywords."""

    scheme: str
    code: str
    label_en: str
    label_zh: str
    side: str
    keywords: tuple[str, ...]


@lru_cache(maxsize=1)
def taxonomy() -> tuple[Category, ...]:
    rows = read_rows("taxonomy.csv", ("scheme", "code", "label_en", "label_zh", "keywords"))
    out = []
    for number, row in enumerate(rows, start=2):
        if row["scheme"] not in ("theme", "instrument"):
            raise InputError(LEXICON / "taxonomy.csv", f"row {number}: unknown scheme {row['scheme']!r}")
        if row["scheme"] == "instrument" and row["side"] not in SIDES:
            raise InputError(LEXICON / "taxonomy.csv", f"row {number}: side must be one of {', '.join(SIDES)}")
        out.append(Category(row["scheme"], row["code"], row["label_en"], row["label_zh"], row.get("side") or "",
                            split_aliases(row["keywords"])))
    return tuple(out)


def categories(scheme: str) -> pd.DataFrame:
    """The categories of one scheme, in file order: code, label_en, label_zh, side."""
    return pd.DataFrame([vars(c) for c in taxonomy() if c.scheme == scheme]).drop(columns="scheme")


def sentences(corpus: pd.DataFrame) -> pd.DataFrame:
    """corpus[doc_id, region, text] -> sentences[doc_id, region, sent_id, sentence, start]."""
    rows = [{"doc_id": doc, "region": region, "sent_id": i, "sentence": m.group(0).strip(), "start": m.start()}
            for doc, region, text in zip(corpus["doc_id"], corpus["region"], corpus["text"])
            for i, m in enumerate(SENTENCE.finditer(text)) if m.group(0).strip()]
    return pd.DataFrame(rows, columns=["doc_id", "region", "sent_id", "sentence", "start"])


def code_sentences(corpus: pd.DataFrame) -> pd.DataFrame:
    """corpus[doc_id, region, text] -> evidence[doc_id, region, sent_id, sentence, scheme, code, side, keywords]."""
    rows = []
    for s in sentences(corpus).itertuples():
        for category in taxonomy():
            fired = [k for k in category.keywords if k in s.sentence]
            if fired:
                rows.append({"doc_id": s.doc_id, "region": s.region, "sent_id": s.sent_id,
                             "sentence": s.sentence, "scheme": category.scheme, "code": category.code,
                             "side": category.side, "keywords": "|".join(fired)})
    return pd.DataFrame(rows, columns=["doc_id", "region", "sent_id", "sentence", "scheme", "code", "side",
                                       "keywords"])


def district_chars(corpus: pd.DataFrame) -> pd.Series:
    """Characters of cleaned text per district."""
    return corpus.groupby("region")["text"].apply(lambda texts: sum(len(t) for t in texts))


def scores(corpus: pd.DataFrame, evidence: pd.DataFrame, scheme: str) -> pd.DataFrame:
    """evidence -> scores[region, code, label_en, side, sentences, per_10k_chars, articles].

    ``sentences`` is the raw count of coded sentences; ``per_10k_chars`` divides it by
    the district's cleaned text length, so districts with more text are not favoured.
    """
    chars = district_chars(corpus)
    cats = categories(scheme)
    subset = evidence[evidence["scheme"] == scheme]
    counts = subset.groupby(["region", "code"]).agg(sentences=("sent_id", "size"),
                                                    articles=("doc_id", "nunique")).reset_index()
    grid = pd.MultiIndex.from_product([sorted(chars.index), cats["code"]], names=["region", "code"]).to_frame(
        index=False)
    out = grid.merge(counts, how="left", on=["region", "code"]).fillna({"sentences": 0, "articles": 0})
    out = out.merge(cats[["code", "label_en", "label_zh", "side"]], on="code")
    out["sentences"] = out["sentences"].astype(int)
    out["articles"] = out["articles"].astype(int)
    out["per_10k_chars"] = (out["sentences"] * 10_000 / out["region"].map(chars)).round(2)
    return out[["region", "code", "label_en", "label_zh", "side", "sentences", "per_10k_chars", "articles"]]


def side_mix(instrument_scores: pd.DataFrame) -> pd.DataFrame:
    """Share of coded instrument sentences on each side (supply/environment/demand), per district."""
    table = instrument_scores.pivot_table(index="region", columns="side", values="sentences", aggfunc="sum")
    table = table.reindex(columns=list(SIDES), fill_value=0)
    return (table.div(table.sum(axis=1), axis=0) * 100).round(1)
