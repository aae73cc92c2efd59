"""Actors: organisations named in the articles, normalised to one name and typed.

``find_actors(corpus) -> mentions[doc_id, region, sent_id, surface, actor, type, source]``

Two sources: the organisations lexicon (``lexicon/organisations.csv``, canonical
name, aliases and type), and patterns: a token ending in an organisation suffix
(…大学, …研究院, …有限公司, …局) extended left over the name-like tokens before it
(nouns, places, abbreviations in jieba's dictionary, lexicon words). A pattern hit is
normalised by dropping legal suffixes and city prefixes until it meets a lexicon
name (深圳市商汤科技有限公司 -> 商汤科技), and typed by its suffix otherwise.
"""
from __future__ import annotations

import itertools
import re
from collections import Counter
from functools import lru_cache

import pandas as pd

from .lexicon import entries, words
from .orgnames import SUFFIX_TYPES, _lexicon, normalise, suffix_type  # noqa: F401 - normalise: part of the API
from .segment import cut, word_tags
from .lang import sentences

NAME_TAGS = ("n", "ns", "nt", "nz", "nr", "nrt", "j", "eng", "vn", "an")
PROPER_TAGS = ("ns", "nt", "nz", "nr", "nrt", "j", "eng")
MAX_NAME_TOKENS = 6


@lru_cache(maxsize=1)
def _lexicon_words() -> frozenset[str]:
    return frozenset(f for name in ("places.csv", "organisations.csv", "terms.csv") for e in entries(name)
                     for f in e.forms)


@lru_cache(maxsize=1)
def _proper_words() -> frozenset[str]:
    """Lexicon words that name something (places, organisations), not generic terms."""
    return frozenset(f for name in ("places.csv", "organisations.csv") for e in entries(name) for f in e.forms)


def _is_suffix_token(token: str) -> bool:
    """局 alone, or a word ending in a suffix of two or more characters (研究院, 有限公司); not 布局, 格局."""
    for suffix, _ in SUFFIX_TYPES:
        if token == suffix or (len(suffix) >= 2 and token.endswith(suffix)):
            return True
    return False





def _pattern_hits(sentence: str, tk=None) -> list[str]:
    """Organisation names built from tokens: a suffix token and the name-like tokens before it."""
    tags, lexicon, stop, proper = word_tags(), _lexicon_words(), set(words("stopwords.txt")), _proper_words()
    tokens = cut(sentence, tk=tk)
    hits = []
    for i, token in enumerate(tokens):
        if not _is_suffix_token(token):
            continue
        j = i
        while j > 0 and i - j < MAX_NAME_TOKENS:
            prev = tokens[j - 1]
            if prev in stop or not (prev in lexicon or tags.get(prev, "x").startswith(NAME_TAGS)
                                    or re.fullmatch(r"[A-Za-z]+", prev)):
                break
            j -= 1
        name = "".join(tokens[j : i + 1])
        # A name needs a proper part (a place, an organisation, a Latin name): 联合实验室 alone is generic.
        if j == i and suffix_type(token) and len(token) <= len(next(x for x, _ in SUFFIX_TYPES if token.endswith(x))):
            continue  # a bare 联盟 or 公司 names nothing
        parts = tokens[j:i] or [token]
        if any(t in proper or tags.get(t, "x") in PROPER_TAGS or re.fullmatch(r"[A-Za-z]+", t) for t in parts):
            hits.append(name)
    return hits


def generic_name(name: str) -> bool:
    """True for a name that is only a kind of organisation: 上市公司, 机器人公司, 第28家上市公司."""
    from .meaning import GENERIC_ORG

    stem = name
    for suffix, _ in SUFFIX_TYPES:
        if stem.endswith(suffix):
            stem = stem[: -len(suffix)]
            break
    return len(stem) < 2 or bool(GENERIC_ORG.match(stem)) or bool(re.search(r"\d|第", stem))


def find_actors(corpus: pd.DataFrame) -> pd.DataFrame:
    """corpus -> mentions[doc_id, region, sent_id, surface, actor, type, source], one row per mention."""
    from .discover import corpus_terms
    from .pagecache import per_page
    from .segment import corpus_tokenizer, held_terms

    pattern, forms = _lexicon()
    terms = corpus_terms(corpus)

    def page_mentions(page: tuple[tuple[int, str], ...], held: tuple[str, ...]) -> list[tuple]:
        tk = corpus_tokenizer(terms)  # the tokens segmentation gives, discovered names included
        rows = []
        for sent_id, sentence in page:
            covered: list[tuple[int, int]] = []
            bounds = set(itertools.accumulate(len(t) for t in cut(sentence, tk=tk))) | {0}
            for m in pattern.finditer(sentence):
                if m.start() not in bounds or m.end() not in bounds:
                    continue  # 澳大 inside 粤港澳大湾区 is not 澳门大学
                actor, kind = forms[m.group(0)]
                covered.append(m.span())
                rows.append((sent_id, m.group(0), actor, kind, "lexicon"))
            for name in _pattern_hits(sentence, tk):
                at = sentence.find(name)
                if any(a <= at < b or a < at + len(name) <= b for a, b in covered):
                    continue  # already found through the lexicon
                actor, kind = normalise(name)
                if generic_name(actor):
                    continue  # 上市公司, 龙头企业: a kind of organisation, not one
                rows.append((sent_id, name, actor, kind, "pattern"))
        return rows

    # A page's mentions depend on its sentences and the discovered terms they hold (see corpus_tokenizer).
    pages = list(sentences(corpus).groupby("doc_id", sort=False))
    items = [(tuple(zip(g["sent_id"].tolist(), g["sentence"])), held_terms(terms, "\n".join(g["sentence"])))
             for _, g in pages]
    found = per_page("actors", items, page_mentions)
    rows = [(doc_id, g["region"].iloc[0], *row) for (doc_id, g), page_rows in zip(pages, found) for row in page_rows]
    return pd.DataFrame(rows, columns=["doc_id", "region", "sent_id", "surface", "actor", "type", "source"])


def cooccurrence(mentions: pd.DataFrame) -> pd.DataFrame:
    """mentions -> pairs[region, actor_a, actor_b, sentences]: actors named in the same sentence."""
    counts: Counter[tuple[str, str, str]] = Counter()
    for (region, _doc, _sent), group in mentions.groupby(["region", "doc_id", "sent_id"]):
        for a, b in itertools.combinations(sorted(set(group["actor"])), 2):
            counts[(region, a, b)] += 1
    rows = [(r, a, b, n) for (r, a, b), n in counts.items()]
    return pd.DataFrame(rows, columns=["region", "actor_a", "actor_b", "sentences"]).sort_values(
        ["region", "sentences", "actor_a", "actor_b"], ascending=[True, False, True, True], ignore_index=True)
