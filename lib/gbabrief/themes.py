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

import pandas as pd

from .lang import sentences
from .taxonomy import SIDES, Category, categories, taxonomy  # noqa: F401 - re-exported: the scheme lives in taxonomy

EVIDENCE_COLUMNS = ["doc_id", "region", "sent_id", "sentence", "scheme", "code", "side", "keywords", "about"]  # + corrected


def code_sentences(corpus: pd.DataFrame, corrections: list[dict] | None = None) -> pd.DataFrame:
    """corpus[doc_id, region, text] -> evidence[doc_id, region, sent_id, sentence, scheme, code, side, keywords, about].

    Themes: every sentence in which a theme's keywords occur; ``about`` is 'context' where the sentence
    is about another country, the world or the nation (kept as evidence, not counted for the district).
    Instruments: the measures a public body takes that a sentence reports (see ``instruments``);
    ``keywords`` holds the cue. The analyst's corrections (``lexicon/corrections.csv``, or the rows
    given) are then made: ``corrected`` is 'kept' on a code they keep or add (see ``corrections``)."""
    from .instruments import code_instruments

    sents = sentences(corpus)
    cats = {c.code: c for c in taxonomy() if c.scheme == "instrument"}
    actors: dict[tuple[str, int], str] = {}
    coded = code_instruments(sents, dict(zip(corpus["doc_id"], corpus["text"])), actors)
    rows = []
    for s in sents.itertuples():
        for category in taxonomy():
            if category.scheme != "theme":
                continue
            fired = [k for k in category.keywords if k in s.sentence]
            if fired:
                rows.append({"doc_id": s.doc_id, "region": s.region, "sent_id": s.sent_id,
                             "sentence": s.sentence, "scheme": category.scheme, "code": category.code,
                             "side": category.side, "keywords": "|".join(fired),
                             "about": "context" if actors.get((s.doc_id, s.sent_id)) == "context" else "district"})
    if not coded.empty:
        coded = coded.merge(sents[["doc_id", "sent_id", "region", "sentence"]], on=["doc_id", "sent_id"])
        for r in coded.itertuples():
            rows.append({"doc_id": r.doc_id, "region": r.region, "sent_id": r.sent_id, "sentence": r.sentence,
                         "scheme": "instrument", "code": r.code, "side": cats[r.code].side, "keywords": r.cue,
                         "about": "district"})
    out = pd.DataFrame(rows, columns=EVIDENCE_COLUMNS)
    out = out.sort_values(["doc_id", "sent_id", "scheme"], kind="stable").reset_index(drop=True)
    return _corrected(out, corpus, sents, corrections)


def _corrected(evidence: pd.DataFrame, corpus: pd.DataFrame, sents: pd.DataFrame, corrections) -> pd.DataFrame:
    """The analyst's corrections made; a correction that matches no sentence is reported on stderr."""
    import sys

    from . import corrections as fixes

    rows = fixes.load() if corrections is None else corrections
    if "file" not in corpus.columns:
        return evidence.assign(corrected="")
    out, stale = fixes.apply(evidence, corpus, sents, rows)
    for line in stale:
        print(f"gbabrief: warning: {line}", file=sys.stderr)
    out.attrs["stale_corrections"] = stale
    return out


def district_chars(corpus: pd.DataFrame) -> pd.Series:
    """Characters of cleaned text per district."""
    return corpus.groupby("region")["text"].apply(lambda texts: sum(len(t) for t in texts))


def _story(frame: pd.DataFrame) -> pd.Series:
    """The unit an article share counts: the story (reposts of one story grouped) where the corpus
    tells it, else the article."""
    return frame["story"] if "story" in frame.columns else frame["doc_id"]


def scores(corpus: pd.DataFrame, evidence: pd.DataFrame, scheme: str) -> pd.DataFrame:
    """evidence -> scores[region, code, label_en, side, sentences, per_10k_chars, articles, share_articles].

    ``sentences`` is the raw count of coded sentences, kept as evidence; ``per_10k_chars`` divides it by
    the district's cleaned text length. ``share_articles`` is the share (%) of the district's articles
    (stories, where reposts are grouped) with at least one sentence coded so: one long article does
    not outweigh five short ones. Sentences about elsewhere (``about == 'context'``) are not counted.
    """
    chars = district_chars(corpus)
    stories = pd.Series(_story(corpus).values, index=corpus["doc_id"].values)
    per_district = corpus.assign(_unit=stories.values).groupby("region")["_unit"].nunique()
    cats = categories(scheme)
    subset = evidence[evidence["scheme"] == scheme]
    if "about" in subset.columns:
        subset = subset[subset["about"] != "context"]
    subset = subset.assign(_unit=subset["doc_id"].map(stories))
    counts = subset.groupby(["region", "code"]).agg(sentences=("sent_id", "size"),
                                                    articles=("_unit", "nunique")).reset_index()
    grid = pd.MultiIndex.from_product([sorted(chars.index), cats["code"]], names=["region", "code"]).to_frame(
        index=False)
    out = grid.merge(counts, how="left", on=["region", "code"]).fillna({"sentences": 0, "articles": 0})
    out = out.merge(cats[["code", "label_en", "label_zh", "side"]], on="code")
    out["sentences"] = out["sentences"].astype(int)
    out["articles"] = out["articles"].astype(int)
    out["per_10k_chars"] = (out["sentences"] * 10_000 / out["region"].map(chars)).round(2)
    out["share_articles"] = (out["articles"] * 100 / out["region"].map(per_district)).round(1)
    return out[["region", "code", "label_en", "label_zh", "side", "sentences", "per_10k_chars", "articles",
                "share_articles"]]


def side_mix(evidence: pd.DataFrame, corpus: pd.DataFrame | None = None) -> pd.DataFrame:
    """Share (%) of each side (supply/environment/demand) in each district's instrument coding, every
    article (story, where reposts are grouped) weighing the same: an article's codes are split over
    the sides in proportion, and the district's share is the mean over its articles with a code."""
    ins = evidence[evidence["scheme"] == "instrument"]
    if ins.empty:
        return pd.DataFrame(columns=list(SIDES))
    if corpus is not None and "story" in corpus.columns:
        ins = ins.assign(_unit=ins["doc_id"].map(dict(zip(corpus["doc_id"], corpus["story"]))))
    else:
        ins = ins.assign(_unit=ins["doc_id"])
    per_article = ins.groupby(["region", "_unit", "side"]).size().unstack("side", fill_value=0)
    per_article = per_article.reindex(columns=list(SIDES), fill_value=0)
    per_article = per_article.div(per_article.sum(axis=1), axis=0)
    table = per_article.groupby(level="region").mean() * 100
    return table.round(1)
