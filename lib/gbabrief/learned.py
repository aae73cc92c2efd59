"""The learned instrument coder: a linear model a code over the characters of a sentence, trained on the
sentences careful readers coded (``lexicon/instrument_sentences.csv``: the development sets' and our own), that
adds the codes the cue table's words do not reach.

A code is given where the model's probability is at least ``THRESHOLD``; ``instruments.code_instruments`` adds
it where the rules see a public body act. Each code keeps the characters that weighed most for it, so a reader
can see why; a code no characters of the sentence weighed for is not given. While a development set is scored
held apart (``instruments.holding_apart``), the model is trained without that set's sentences.

The settings were chosen leave-one-set-out (``benchmarks/instrument_model.py``): logistic regression with
balanced classes, C=3, on TF-IDF of single characters and pairs (min_df 2), probability 0.75 or more.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .errors import InputError
from .lexicon import read_rows
from .paths import LEXICON

TRAINING = "instrument_sentences.csv"
C = 3.0
THRESHOLD = 0.75
NGRAMS = (1, 2)
MIN_DF = 2
MIN_POSITIVES = 3  # a code fewer sentences than this were given is not learned
EVIDENCE_WORDS = 3
WORD = re.compile(r"[0-9A-Za-z\u3400-\u9fff]+")  # evidence is letters, not punctuation (励。)


@dataclass(frozen=True)
class Model:
    vectorizer: object  # sklearn TfidfVectorizer (None: nothing was learned)
    codes: tuple[str, ...]
    weights: np.ndarray  # codes x features
    intercepts: np.ndarray  # codes
    features: np.ndarray  # the feature names, by column
    sentences: int  # how many coded sentences it was trained on

    def probabilities(self, sentences: list[str]):
        """(sparse features of the sentences, codes x sentences probabilities)."""
        x = self.vectorizer.transform(sentences)
        z = np.asarray(x @ self.weights.T).T + self.intercepts[:, None]
        return x, 1.0 / (1.0 + np.exp(-z))


@lru_cache(maxsize=8)
def model(held: str = "", pages: frozenset[str] = frozenset()) -> Model:
    """The model trained on every coded sentence except those of development set ``held`` and of ``pages``
    (file names: ``benchmarks/instrument_model.py`` cross-validates it grouped by page)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = [r for r in _training() if r["set"] != held and r["page"] not in pages]
    given = [set(filter(None, (r.get("codes") or "").split("|"))) for r in rows]
    if not rows:
        return Model(None, (), np.zeros((0, 0)), np.zeros(0), np.array([]), 0)
    vectorizer = TfidfVectorizer(analyzer="char", ngram_range=NGRAMS, min_df=MIN_DF, sublinear_tf=True)
    x = vectorizer.fit_transform([r["sentence"] for r in rows])
    codes, weights, intercepts = [], [], []
    for code in sorted({c for g in given for c in g}):
        y = np.array([code in g for g in given])
        if y.sum() < MIN_POSITIVES:
            continue
        fitted = LogisticRegression(C=C, class_weight="balanced", max_iter=3000).fit(x, y)
        codes.append(code)
        weights.append(fitted.coef_[0])
        intercepts.append(fitted.intercept_[0])
    return Model(vectorizer, tuple(codes), np.array(weights), np.array(intercepts),
                 vectorizer.get_feature_names_out(), len(rows))


def _training() -> list[dict[str, str]]:
    """The coded sentences, each code one of the taxonomy's instruments (a bad one stops in one line)."""
    from .taxonomy import taxonomy

    known = {c.code for c in taxonomy() if c.scheme == "instrument"}
    rows = read_rows(TRAINING, ("set", "page", "sentence"))
    for number, row in enumerate(rows, start=2):
        bad = [c for c in (row.get("codes") or "").split("|") if c and c not in known]
        if bad:
            raise InputError(LEXICON / TRAINING, f"row {number}: unknown instrument code {bad[0]!r}")
    return rows


def learned_codes(sentences: list[str], held: str = "", pages: frozenset[str] = frozenset()) -> list[list[tuple[str, str]]]:
    """For each sentence, the (code, evidence) pairs the model (``model(held, pages)``) gives it: evidence names
    the characters that weighed most for the code (``learned: 补贴 资助 给予``)."""
    if not sentences:
        return []
    m = model(held, pages)
    out: list[list[tuple[str, str]]] = [[] for _ in sentences]
    if not m.codes:
        return out  # nothing to learn from
    x, p = m.probabilities(sentences)
    for k, i in zip(*np.nonzero(p >= THRESHOLD)):
        row = x.getrow(i)
        weight = row.data * m.weights[k, row.indices]
        ranked = [f for f in (m.features[row.indices[j]] for j in np.argsort(-weight, kind="stable") if weight[j] > 0)
                  if WORD.fullmatch(f)]
        words = _words(ranked)
        if words:
            out[i].append((m.codes[k], "learned: " + " ".join(words)))
    return out


def _words(ranked: list[str]) -> list[str]:
    """The pairs of characters that weighed most, then single characters no chosen pair holds (服务, not 服 服务 务)."""
    chosen = [w for w in ranked if len(w) > 1][:EVIDENCE_WORDS]
    chosen += [w for w in ranked if len(w) == 1 and not any(w in c for c in chosen)][:EVIDENCE_WORDS - len(chosen)]
    return sorted(chosen, key=ranked.index)
