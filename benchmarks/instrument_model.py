"""The learned instrument coder (``gbabrief.learned``) on pages it was not built on.

    python benchmarks/instrument_model.py [--grid] [--resample N] [--curve]

Each development set is coded held apart (``holding_apart``): without the cue rows written on it, and with the
learned coder trained on the other two sets and our own sentences (``lexicon/instrument_sentences.csv``, set
'own'), never its own. Scored like the yardstick (``evaluate.score_codes``): precision and recall over the codes
of the sentences a careful reader coded, and Cohen's kappa per side. Rows: the rules alone (the learned coder
off), and the coder as shipped. Then the learned part cross-validated grouped by page (5 folds over the 50
development pages: each fold's pages coded with every cue row and a model trained without those pages).

``--curve`` trains on a quarter, a half, three quarters and all of the training sentences (whole pages drawn
at random, our own sentences one by one; five draws a share) and scores each set held apart as shipped: a
learning curve, and, from the line it follows against the log of the number of sentences, how many coded
sentences the worst set's recall would need to reach 0.85 at that rate.

``--grid`` also prints the settings the shipped ones were chosen from (C and the probability a code needs), each
scored the same way: the worst set held apart is the figure that counts. ``--resample N`` trains N models on
bootstrap resamples of the training sentences, to show how far the held-apart figures move with them.
"""
from __future__ import annotations

import argparse
import csv
from contextlib import contextmanager
from pathlib import Path

from gbabrief import instruments, learned, load_corpus
from gbabrief.evaluate import score_codes
from gbabrief.instruments import holding_apart
from gbabrief.taxonomy import taxonomy
from gbabrief.themes import code_sentences

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
SETS = ("growth", "growth2", "growth3")
SIDES = {c.code: c.side for c in taxonomy() if c.scheme == "instrument"}


def _gold(name: str) -> list[dict]:
    with (DATA / f"{name}_gold" / "instruments.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@contextmanager
def _coder(rules_only: bool = False, pages: frozenset[str] = frozenset()):
    """The learned coder off, or trained without ``pages``, for the sentences coded inside."""
    shipped = instruments.learned_codes
    instruments.learned_codes = (lambda s, held="": [[] for _ in s]) if rules_only else \
        (lambda s, held="": learned.learned_codes(s, held, pages))
    try:
        yield
    finally:
        instruments.learned_codes = shipped


def held_apart(corpora: dict, golds: dict, rules_only: bool = False) -> dict:
    out = {}
    for name in SETS:
        with holding_apart(name), _coder(rules_only):
            out[name] = score_codes(code_sentences(corpora[name], corrections=[]), corpora[name], golds[name], SIDES)
    return out


def by_page(corpora: dict, golds: dict, folds: int = 5) -> tuple[float, float]:
    """Precision and recall pooled over the development pages, each fold's pages coded by a model trained
    without them (grouped by page, the pages in a fixed shuffled order)."""
    import random

    pages = sorted((name, f) for name in SETS for f in corpora[name]["file"])
    random.Random(0).shuffle(pages)
    right = wrong = missed = 0
    for k in range(folds):
        fold = pages[k::folds]
        left_out = frozenset(f for _, f in fold)
        with _coder(pages=left_out):
            for name in SETS:
                files = {f for n, f in fold if n == name}
                corpus = corpora[name][corpora[name]["file"].isin(files)]
                gold = [g for g in golds[name] if g["file"] in files]
                if corpus.empty:
                    continue
                s = score_codes(code_sentences(corpus, corrections=[]), corpus, gold, SIDES)
                got, found, given = s._counts()
                right, wrong, missed = right + got, wrong + found - got, missed + given - got
    return right / (right + wrong), right / (right + missed)


def _trained_on(draw: list[dict], corpora: dict, golds: dict) -> dict[str, tuple[float, float]]:
    """Each set held apart, coded by a model trained on the rows ``draw`` instead of the training file's: its
    precision and recall (the shipped model is back afterwards)."""
    from gbabrief import lexicon

    shipped = learned.read_rows
    learned.read_rows = lambda name, required, folder=lexicon.LEXICON: draw
    learned.model.cache_clear()
    try:
        return {name: (s.precision(), s.recall()) for name, s in held_apart(corpora, golds).items()}
    finally:
        learned.read_rows = shipped
        learned.model.cache_clear()


def _training_rows() -> list[dict]:
    return learned.read_rows(learned.TRAINING, ("set", "page", "sentence"))


def resampled(corpora: dict, golds: dict, times: int) -> dict[str, list[tuple[float, float]]]:
    """Each set held apart, coded by models trained on bootstrap resamples of the training sentences (the same
    number, drawn with replacement, seeds 0..times-1): how much the figure moves with the sentences learned from."""
    import random

    rows = _training_rows()
    out: dict[str, list[tuple[float, float]]] = {name: [] for name in SETS}
    for seed in range(times):
        for name, pr in _trained_on(random.Random(seed).choices(rows, k=len(rows)), corpora, golds).items():
            out[name].append(pr)
    return out


def curve(corpora: dict, golds: dict, shares=(0.25, 0.5, 0.75, 1.0), draws: int = 5) -> list[tuple[float, int, dict]]:
    """(share, sentences, {set: [(precision, recall) a draw]}): each set held apart, coded by models trained on
    ``share`` of the training sentences: that share of the development pages (whole pages, drawn at random)
    and of our own sentences (one by one)."""
    import random

    rows = _training_rows()
    pages = sorted({(r["set"], r["page"]) for r in rows if r["set"] != "own"})
    own = [i for i, r in enumerate(rows) if r["set"] == "own"]
    out = []
    for share in shares:
        scores: dict[str, list[tuple[float, float]]] = {name: [] for name in SETS}
        sizes = []
        for seed in range(draws if share < 1 else 1):
            pick = random.Random(seed)
            kept_pages = set(pick.sample(pages, round(share * len(pages))))
            kept_own = set(pick.sample(own, round(share * len(own))))
            draw = [r for i, r in enumerate(rows) if (r["set"], r["page"]) in kept_pages or i in kept_own]
            sizes.append(len(draw))
            for name, pr in _trained_on(draw, corpora, golds).items():
                scores[name].append(pr)
        out.append((share, round(sum(sizes) / len(sizes)), scores))
    return out


def _curve_report(points: list[tuple[float, int, dict]]) -> None:
    import math

    print("\nLearning curve: each set held apart, the model trained on a share of the training sentences (mean over "
          "the draws; each set's sentences are left out of its own model, so a model sees about two thirds of the "
          "development sentences named):\n")
    print("| share | sentences | " + " | ".join(f"{n}: P / R" for n in SETS) + " | worst recall |")
    print("|---|---|" + "---|" * (len(SETS) + 1))
    xs, ys = [], []
    for share, size, scores in points:
        means = {n: (sum(p for p, _ in v) / len(v), sum(r for _, r in v) / len(v)) for n, v in scores.items()}
        worst = min(r for _, r in means.values())
        xs.append(math.log2(size))
        ys.append(worst)
        print(f"| {share:.2f} | {size} | " + " | ".join(f"{p:.2f} / {r:.2f}" for p, r in means.values())
              + f" | {worst:.2f} |")
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    if slope <= 0:
        print("\nThe worst set's recall does not rise with more sentences.")
        return
    need = 2 ** (xs[-1] + (0.85 - ys[-1]) / slope)
    sizes = [size for _, size, _ in points]
    per = (ys[-1] - ys[0]) / (sizes[-1] - sizes[0])  # recall a sentence, from the first share to all
    straight = sizes[-1] + (0.85 - ys[-1]) / per
    print(f"\nThe worst set's recall rises {slope:.3f} each time the sentences double; at that rate it reaches 0.85 "
          f"with about {need:,.0f} coded sentences, {need / sizes[-1]:.0f} times as many as now. Were it to go on "
          f"rising by as much a sentence as from the first share to all ({per * 100:.3f} a hundred sentences; "
          f"learning curves flatten, so this is the hopeful bound), it would need about {straight:,.0f}, "
          f"{straight / sizes[-1]:.1f} times as many.")


def _row(label: str, scores: dict) -> str:
    cells = [f"{s.precision():.2f} / {s.recall():.2f} (κ {s.kappa_side('supply'):.2f}, "
             f"{s.kappa_side('environment'):.2f}, {s.kappa_side('demand'):.2f})" for s in scores.values()]
    worst = min(scores.values(), key=lambda s: min(s.precision(), s.recall()))
    return f"| {label} | " + " | ".join(cells) + f" | {worst.precision():.2f} / {worst.recall():.2f} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--grid", action="store_true", help="also the settings the shipped ones were chosen from")
    parser.add_argument("--curve", action="store_true", help="also a learning curve over shares of the training sentences")
    parser.add_argument("--resample", type=int, default=0, metavar="N",
                        help="also N models trained on bootstrap resamples of the training sentences")
    args = parser.parse_args()
    grid = args.grid
    corpora = {name: load_corpus(DATA / name, quiet=True, stories=False) for name in SETS}
    golds = {name: _gold(name) for name in SETS}
    print("| coder | " + " | ".join(f"{n} held apart: P / R (κ supply, environment, demand)" for n in SETS)
          + " | worst set |")
    print("|---|" + "---|" * (len(SETS) + 1))
    print(_row("the rules alone", held_apart(corpora, golds, rules_only=True)))
    print(_row(f"rules + learned (C={learned.C:g}, p≥{learned.THRESHOLD:g}), as shipped", held_apart(corpora, golds)))
    if grid:
        shipped = learned.C, learned.THRESHOLD
        for c, threshold in ((1.0, 0.6), (1.0, 0.7), (2.0, 0.7), (2.0, 0.75), (3.0, 0.75), (3.0, 0.8)):
            if (c, threshold) == shipped:
                continue
            learned.C, learned.THRESHOLD = c, threshold
            learned.model.cache_clear()
            print(_row(f"rules + learned (C={c:g}, p≥{threshold:g})", held_apart(corpora, golds)))
        learned.C, learned.THRESHOLD = shipped
        learned.model.cache_clear()
    if args.resample:
        spread = resampled(corpora, golds, args.resample)
        print(f"\nTrained on {args.resample} bootstrap resamples of the training sentences, each set held apart "
              "(precision and recall, lowest to highest):\n")
        for name, pr in spread.items():
            ps, rs = sorted(p for p, _ in pr), sorted(r for _, r in pr)
            print(f"- {name}: precision {ps[0]:.2f}-{ps[-1]:.2f}, recall {rs[0]:.2f}-{rs[-1]:.2f}")
        worst = [min(min(spread[n][i]) for n in SETS) for i in range(args.resample)]
        print(f"- the worst set's lower figure: {min(worst):.2f}-{max(worst):.2f}")
    if args.curve:
        _curve_report(curve(corpora, golds))
    p, r = by_page(corpora, golds)
    print(f"\nGrouped 5-fold cross-validation by page (every cue row; the learned coder trained without the fold's "
          f"pages): precision {p:.2f}, recall {r:.2f}.")


if __name__ == "__main__":
    main()
