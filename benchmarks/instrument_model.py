"""Would a learned instrument coder do better than the rules on pages it was not built on?

    pip install -e '.[bench]'   # scikit-learn, for this experiment only
    python benchmarks/instrument_model.py [--own]

A linear model a code (logistic regression, balanced classes) over character 1-3-grams of the sentence and
of the sentence before it, with the rule coder's signals as features (its cue hits, whether a cue is live,
the clause's actor, the codes the rules give), is trained on two development sets and scored on the third,
for each of the three (leave one set out), and by grouped 5-fold cross-validation by page over all three.
Scored like ``gbabrief.evaluate.score_codes``: precision and recall over the codes of the sentences a
careful reader coded. Prints a markdown table, the rule coder first.

``--own`` adds the sentences of our own that ``tests/test_coding.py`` holds, coded after the guide (no
development set's), to every fold's training sentences, and scores each model also united with the rules (the
rules' codes plus the model's).
"""
from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

import numpy as np
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from gbabrief import load_corpus
from gbabrief.evaluate import _locate, bare
from gbabrief.instruments import _live, code_instruments, code_sentence, cues
from gbabrief.lang import choose_t2s_config, converter, detect_script
from gbabrief.themes import sentences, taxonomy

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
SETS = ("growth", "growth2", "growth3")
CODES = [c.code for c in taxonomy() if c.scheme == "instrument"]


def labelled(name: str) -> list[dict]:
    """Every sentence of a set with the reader's codes (where the reader coded it) and the rules' signals."""
    corpus = load_corpus(DATA / name, quiet=True, stories=False)
    sents = sentences(corpus).merge(corpus[["doc_id", "file"]], on="doc_id")
    actors: dict = {}
    coded = code_instruments(sents, dict(zip(corpus["doc_id"], corpus["text"])), actors)
    rule: dict = {}
    for r in coded.itertuples():
        rule.setdefault((r.doc_id, r.sent_id), set()).add(r.code)
    by_file = {}
    for (doc_id, file), group in sents.groupby(["doc_id", "file"]):
        text, owner = "", []
        for s in group.itertuples():
            letters = bare(s.sentence)
            text += letters
            owner += [s.sent_id] * len(letters)
        by_file[file] = (doc_id, owner, text)
    gold: dict = {}
    with (DATA / f"{name}_gold" / "instruments.csv").open(encoding="utf-8", newline="") as handle:
        for g in csv.DictReader(handle):
            doc_id, owner, text = by_file.get(g["file"], ("", [], ""))
            at = _locate(bare(g["quote"]), text)
            if at >= 0:
                gold.setdefault((doc_id, owner[at]), set()).update(c for c in g["codes"].split("|") if c not in ("", "none"))
    rows, previous = [], None
    for s in sents.itertuples():
        key = (s.doc_id, s.sent_id)
        same = previous is not None and previous.doc_id == s.doc_id
        rows.append({"file": s.file, "sentence": s.sentence, "before": previous.sentence if same else "",
                     "signals": _signals(s.sentence, actors.get(key), rule.get(key, set())),
                     "labelled": key in gold, "gold": gold.get(key, set()), "rule": rule.get(key, set())})
        previous = s
    return rows


def _signals(sentence: str, who: str, codes: set) -> str:
    signals = {f"ACT_{who or 'none'}"} | {f"RULE_{c}" for c in codes}
    for cue in cues():
        for m in cue.pattern.finditer(sentence):
            signals.add(f"CUE_{cue.code}")
            if not _live(sentence, m.start(), m.end(), cue.code):
                signals.add(f"LIVE_{cue.code}")
    return " ".join(sorted(signals))


def own_sentences() -> list[dict]:
    """The sentences of our own in tests/test_coding.py, with the codes they were given after the guide (in
    Simplified, as the build reads them), each coded alone by the rules."""
    source = (DATA.parent / "test_coding.py").read_text(encoding="utf-8")
    rows = []
    for sentence, codes in re.findall(r'\("([^"\n]{4,200})", (\{[^}\n]*\}|set\(\))\)', source):
        if detect_script(sentence) != "simplified":
            sentence = converter(choose_t2s_config(sentence)).convert(sentence)
        found, who, _ = code_sentence(sentence)
        rule = {c for c, _ in found}
        rows.append({"file": "own", "sentence": sentence, "before": "", "signals": _signals(sentence, who, rule),
                     "labelled": True, "gold": set(re.findall(r'"(\w+)"', codes)), "rule": rule})
    return rows


def predict(train: list[dict], test: list[dict], *, signals: bool, rule: bool, C: float, threshold: float) -> list[set]:
    text = TfidfVectorizer(analyzer="char", ngram_range=(1, 3), min_df=2, sublinear_tf=True)
    before = TfidfVectorizer(analyzer="char", ngram_range=(2, 3), min_df=2, sublinear_tf=True)
    flags = TfidfVectorizer(analyzer=str.split, use_idf=False, norm=None, lowercase=False)

    def keep(r):
        return " ".join(t for t in r["signals"].split() if rule or not t.startswith("RULE_")) or "NONE"

    def features(rows, fit):
        parts = [(text.fit_transform if fit else text.transform)([r["sentence"] for r in rows]),
                 0.3 * (before.fit_transform if fit else before.transform)([r["before"] for r in rows])]
        if signals:
            parts.append((flags.fit_transform if fit else flags.transform)([keep(r) for r in rows]))
        return hstack(parts).tocsr()

    x_train, x_test = features(train, True), features(test, False)
    out = [set() for _ in test]
    for code in CODES:
        y = np.array([code in r["gold"] for r in train])
        if y.sum() < 3:
            continue
        p = LogisticRegression(C=C, class_weight="balanced", max_iter=3000).fit(x_train, y).predict_proba(x_test)[:, 1]
        for i in np.where(p >= threshold)[0]:
            out[i].add(code)
    return out


def score(rows: list[dict], found: list[set]) -> tuple[float, float]:
    right = wrong = missed = 0
    for r, f in zip(rows, found):
        if r["labelled"]:
            right, wrong, missed = right + len(f & r["gold"]), wrong + len(f - r["gold"]), missed + len(r["gold"] - f)
    return right / (right + wrong) if right + wrong else 1.0, right / (right + missed) if right + missed else 1.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--own", action="store_true", help="train also on the sentences of our own in the tests")
    own = parser.parse_args().own
    try:  # a checkout whose cue rows say what set they were written on: each fold codes as if the held-out
        from gbabrief.instruments import holding_apart  # set's rows did not exist, for training and test alike
    except ImportError:
        from contextlib import nullcontext as holding_apart  # noqa: N813
    folds = {}
    for n in SETS:
        with holding_apart(n):
            folds[n] = {m: labelled(m) for m in SETS}
            folds[n]["own"] = own_sentences() if own else []
    data = {name: folds[name][name] for name in SETS}
    print("| coder | " + " | ".join(f"{n} held apart (P / R)" for n in SETS) + " | grouped 5-fold by page (P / R) |")
    print("|---|" + "---|" * (len(SETS) + 1))
    cell = lambda pr: f"{pr[0]:.2f} / {pr[1]:.2f}"  # noqa: E731
    print("| the rules (each set without the cue rows written on it) | " + " | ".join(
        cell(score(data[n], [r["rule"] for r in data[n]])) for n in SETS) + " | — |")
    pooled = [r for n in SETS for r in data[n] if r["labelled"]]
    groups = [r["file"] for r in pooled]
    extra = folds[SETS[0]]["own"]  # our own sentences: trained on in every fold, never scored
    for signals, rule, name in ((False, False, "characters only"), (True, False, "characters + the rules' signals"),
                                (True, True, "characters + signals + the rules' codes")):
        for C, threshold in ((1.0, 0.5), (3.0, 0.6)) + (((1.0, 0.7), (3.0, 0.8)) if own else ()):
            held, united = [], []
            for n in SETS:
                train = [r for m in SETS if m != n for r in folds[n][m] if r["labelled"]] + folds[n]["own"]
                got = predict(train, data[n], signals=signals, rule=rule, C=C, threshold=threshold)
                held.append(score(data[n], got))
                united.append(score(data[n], [g | r["rule"] for g, r in zip(got, data[n])]))
            found: list = [None] * len(pooled)
            for tr, te in GroupKFold(5).split(pooled, groups=groups):
                got = predict([pooled[i] for i in tr] + extra, [pooled[i] for i in te], signals=signals, rule=rule,
                              C=C, threshold=threshold)
                for i, f in zip(te, got):
                    found[i] = f
            print(f"| {name}, C={C:g}, p≥{threshold:g} | " + " | ".join(cell(h) for h in held)
                  + f" | {cell(score(pooled, found))} |")
            if own:
                pooled_united = [f | r["rule"] for f, r in zip(found, pooled)]
                print(f"| … united with the rules | " + " | ".join(cell(u) for u in united)
                      + f" | {cell(score(pooled, pooled_united))} |")

if __name__ == "__main__":
    main()
