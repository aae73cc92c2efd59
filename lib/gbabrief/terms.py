"""Terms: frequencies per district, distinctive terms, and keyword-in-context search.

Distinctive terms use the weighted log-odds ratio with an informative Dirichlet
prior (Monroe, Colaresi and Quinn 2008, "Fightin' Words"): each district's term
counts against all other districts', with the whole corpus as the prior, and the
difference divided by its standard deviation (a z-score). Unlike raw frequency it
discounts words every article uses, and unlike plain log-odds it does not crown
words seen once.
"""
from __future__ import annotations

import math
import re
from collections import Counter

import pandas as pd

from .lang import converter, is_cjk
from .lexicon import words
from .segment import cut

PRIOR_SCALE = 1.0  # prior weight as a multiple of the vocabulary size (Monroe et al. use a comparable scale)


def tokens(corpus: pd.DataFrame) -> pd.DataFrame:
    """corpus[doc_id, region, text] -> tokens[doc_id, region, token] (content words only).

    Dropped: punctuation, numbers, single characters, and the genre's stopwords
    (``lexicon/stopwords.txt``: function words and news boilerplate such as 据悉, 表示).
    """
    from .discover import corpus_terms
    from .pagecache import per_page
    from .segment import corpus_tokenizer, held_terms

    stop = set(words("stopwords.txt"))
    terms = corpus_terms(corpus)

    def content_words(text: str, held: tuple[str, ...]) -> list[str]:
        out = []
        for token in cut(text, tk=corpus_tokenizer(terms)):  # built on the first page not cached
            token = token.strip()
            if len(token) < 2 or token in stop or not any(is_cjk(c) or c.isalpha() for c in token):
                continue
            if re.fullmatch(r"[\d.,%]+", token):
                continue
            out.append(token)
        return out

    # A page's tokens depend on its text and the discovered terms it holds (see corpus_tokenizer).
    texts = list(corpus["text"])
    found = per_page("tokens", [(text, held_terms(terms, text)) for text in texts], content_words)
    rows = [(doc, region, token) for doc, region, page in zip(corpus["doc_id"], corpus["region"], found)
            for token in page]
    return pd.DataFrame(rows, columns=["doc_id", "region", "token"])


def frequencies(toks: pd.DataFrame) -> pd.DataFrame:
    """tokens -> freq[region, token, count, per_1k_tokens, articles]."""
    totals = toks.groupby("region").size()
    out = toks.groupby(["region", "token"]).agg(count=("doc_id", "size"), articles=("doc_id", "nunique"))
    out = out.reset_index()
    out["per_1k_tokens"] = (out["count"] * 1000 / out["region"].map(totals)).round(2)
    return out.sort_values(["region", "count", "token"], ascending=[True, False, True], ignore_index=True)


def log_odds(toks: pd.DataFrame, *, min_count: int = 2) -> pd.DataFrame:
    """tokens -> distinct[region, token, count, z]: weighted log-odds (informative Dirichlet prior)
    of each token in one district against all others; a larger z is more distinctive."""
    overall = Counter(toks["token"])
    vocab = [t for t, n in overall.items() if n >= min_count]
    total = sum(overall[t] for t in vocab)
    # The prior is the corpus distribution, scaled to a total weight equal to the vocabulary size.
    alpha0 = float(len(vocab)) * PRIOR_SCALE
    alpha = {t: alpha0 * overall[t] / total for t in vocab}
    rows = []
    for region, group in toks.groupby("region"):
        here = Counter(group["token"])
        there = Counter({t: overall[t] - here.get(t, 0) for t in vocab})
        n_here = sum(here.get(t, 0) for t in vocab)
        n_there = sum(there[t] for t in vocab)
        for t in vocab:
            y_i, y_j, a = here.get(t, 0), there[t], alpha[t]
            delta = (math.log((y_i + a) / (n_here + alpha0 - y_i - a))
                     - math.log((y_j + a) / (n_there + alpha0 - y_j - a)))
            variance = 1 / (y_i + a) + 1 / (y_j + a)
            rows.append((region, t, y_i, delta / math.sqrt(variance)))
    out = pd.DataFrame(rows, columns=["region", "token", "count", "z"])
    out["z"] = out["z"].round(3)
    return out.sort_values(["region", "z", "token"], ascending=[True, False, True], ignore_index=True)


def kwic(term: str, corpus: pd.DataFrame | None = None, *, width: int = 20, sample: int | None = None,
         seed: int = 0) -> pd.DataFrame:
    """Keyword in context: every hit of ``term`` with its article, district and surrounding text.

    ``term`` may be Traditional or Simplified. With ``sample``, a reproducible random
    sample of that many hits (large corpora stay responsive).
    """
    if corpus is None:
        from .corpus import load_corpus

        corpus = load_corpus(quiet=True)
    needle = converter("t2s").convert(term)
    rows = []
    for doc, region, text in zip(corpus["doc_id"], corpus["region"], corpus["text"]):
        flat = text.replace("\n", " ")
        for m in re.finditer(re.escape(needle), flat):
            rows.append({"doc_id": doc, "region": region, "left": flat[max(0, m.start() - width) : m.start()],
                         "match": m.group(0), "right": flat[m.end() : m.end() + width], "position": m.start()})
    out = pd.DataFrame(rows, columns=["doc_id", "region", "left", "match", "right", "position"])
    if sample is not None and len(out) > sample:
        out = out.sample(sample, random_state=seed).sort_values(["doc_id", "position"])
    return out.reset_index(drop=True)
