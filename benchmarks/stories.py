"""Choose and check the repost threshold on labelled pairs.

    python benchmarks/stories.py [--copies 8]

Pages: the 26 development pages (tests/data/growth*, line 1 stripped), each reposted ``--copies`` times
the way other sites repost a story (tests/reposts.py: another site's header and editor line, a headline
reworded, a last paragraph cut, one copy in five in Traditional characters). Positive pairs: a page and its
reposts, two reposts of one page, and the real repost pair of growth2 (one story on two sites). Negative
pairs: every two different stories, among them pages on the same topic (two Binhaiwan major-project lists,
two Guangming plans, OPPO's sites, Nanshan's GDP). Every page is read as a user's would be (load_corpus),
so the measure sees the cleaned Simplified text. Prints precision and recall of pairs for containment and
for Jaccard similarity over a range of thresholds, then the grouping that find_stories makes.
"""
from __future__ import annotations

import argparse
import itertools
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REAL_PAIR = {"nansha_smartjx_gdp_2021", "nansha_guhantai_gdp_2021"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=8)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "tests"))
    from reposts import repost

    from gbabrief import load_corpus
    from gbabrief.stories import THRESHOLD, containment, find_stories, shingles

    # Load inputs: the pages and their reposts, read as a corpus.
    work = Path(tempfile.mkdtemp(prefix="gbabrief-stories-"))
    rng = random.Random(0)
    origin = {}
    for name in ("growth", "growth2"):
        for page in sorted((ROOT / "tests" / "data" / name).glob("*.txt")):
            text = page.read_text(encoding="utf-8")
            shutil.copy(page, work / page.name)
            origin[page.stem] = page.stem
            for n in range(args.copies):
                stem = f"{page.stem}__repost{n}"
                (work / f"{stem}.txt").write_text(repost(text, rng), encoding="utf-8")
                origin[stem] = page.stem
    corpus = load_corpus(work, quiet=True, stories=False)
    story_of = {d: ("real_pair" if origin[d] in REAL_PAIR else origin[d]) for d in corpus["doc_id"]}
    sets = dict(zip(corpus["doc_id"], (shingles(t) for t in corpus["text"])))

    # Process data: every pair, labelled.
    scored = []
    for a, b in itertools.combinations(corpus["doc_id"], 2):
        sa, sb = sets[a], sets[b]
        jaccard = len(sa & sb) / len(sa | sb) if sa | sb else 0.0
        scored.append((story_of[a] == story_of[b], containment(sa, sb), jaccard, a, b))
    positives = sum(s[0] for s in scored)
    print(f"{len(corpus)} pages ({len(set(story_of.values()))} stories), {len(scored)} pairs, {positives} of them "
          f"reposts of one story\n")
    print("| threshold | containment P | containment R | Jaccard P | Jaccard R |\n|---|---|---|---|---|")
    for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        cells = []
        for k in (1, 2):
            hit = [s for s in scored if s[k] >= t]
            right = sum(s[0] for s in hit)
            cells += [f"{right / len(hit):.3f}" if hit else "—", f"{right / positives:.3f}"]
        print(f"| {t} | " + " | ".join(cells) + " |")
    negatives = sorted((s for s in scored if not s[0]), key=lambda s: -s[1])[:3]
    print("\nClosest different stories (containment): "
          + "; ".join(f"{a} / {b}: {c:.2f}" for _, c, _, a, b in negatives))
    real = [s for s in scored if {origin[s[3]], origin[s[4]]} == REAL_PAIR and s[3] in REAL_PAIR and s[4] in REAL_PAIR]
    print(f"The real repost pair: containment {real[0][1]:.2f}, Jaccard {real[0][2]:.2f}")
    weakest = min((s for s in scored if s[0]), key=lambda s: s[1])
    print(f"Weakest repost pair: {weakest[3]} / {weakest[4]}: containment {weakest[1]:.2f}")

    # The grouping itself (MinHash LSH candidates, containment checked), at the chosen threshold.
    t = time.perf_counter()
    stories = find_stories(corpus)
    seconds = time.perf_counter() - t
    found = dict(zip(stories["doc_id"], stories["story"]))
    pairs = list(itertools.combinations(corpus["doc_id"], 2))
    same_found = {(a, b) for a, b in pairs if found[a] == found[b]}
    same_true = {(a, b) for a, b in pairs if story_of[a] == story_of[b]}
    right = len(same_found & same_true)
    print(f"\nfind_stories (threshold {THRESHOLD}): {stories['story'].nunique()} stories found for "
          f"{len(set(story_of.values()))}; pair precision {right / max(1, len(same_found)):.3f}, recall "
          f"{right / len(same_true):.3f}; {seconds:.2f} s for {len(corpus)} pages")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
