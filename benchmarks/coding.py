"""``code_sentences`` against the coder it replaced, on the same 10 MB corpus, in one invocation.

    python benchmarks/coding.py [--mb 10] [--baseline REV]

The corpus is the seeds cleaned, shuffled and repeated to the size asked for (benchmarks/bench.py
makes it), as articles of a few thousand characters with a district each, pickled once. Each
revision (the baseline as a git worktree on PYTHONPATH, and this checkout) codes that same pickle in
a fresh process; only ``code_sentences`` is timed. Prints one markdown row per revision.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE_REV = "b4c3eb3"  # the keyword coder
WORKER = """
import pickle, sys, time
import pandas as pd
from gbabrief.themes import code_sentences
corpus = pickle.load(open(sys.argv[1], "rb"))
code_sentences(corpus.head(2))  # lexicons and patterns loaded before timing
t = time.perf_counter()
ev = code_sentences(corpus)
print(time.perf_counter() - t, int((ev["scheme"] == "instrument").sum()), int((ev["scheme"] == "theme").sum()))
"""


def run(lib: Path, pickled: Path, cache: Path) -> tuple[float, int, int]:
    env = dict(os.environ, PYTHONPATH=str(lib), GBABRIEF_CACHE=str(cache),
               GBABRIEF_CORRECTIONS=str(cache / "none.csv"))
    out = subprocess.run([sys.executable, "-c", WORKER, str(pickled)], env=env, check=True, capture_output=True,
                         text=True).stdout.split()
    return float(out[0]), int(out[1]), int(out[2])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10)
    parser.add_argument("--baseline", default=BASELINE_REV)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import pandas as pd
    from bench import make_file

    from gbabrief.clean import clean_text

    # Load inputs: one cleaned text cut into articles at paragraph ends, districts in turn.
    work = Path(tempfile.mkdtemp(prefix="gbabrief-coding-"))
    big = make_file(work / "big.txt", args.mb)
    text = clean_text(big.read_text(encoding="utf-8"), audit_conversion=False).text
    paragraphs, articles, piece = text.split("\n"), [], []
    for p in paragraphs:
        piece.append(p)
        if sum(map(len, piece)) > 3000:
            articles.append("\n".join(piece))
            piece = []
    articles.append("\n".join(piece))
    regions = ("nanshan", "nansha", "binhaiwan")
    corpus = pd.DataFrame([{"doc_id": f"a{i:05d}", "file": f"a{i:05d}.txt", "region": regions[i % 3], "text": t}
                           for i, t in enumerate(articles)])
    pickled = work / "corpus.pkl"
    corpus.to_pickle(pickled)
    mb = sum(len(t.encode("utf-8")) for t in articles) / 1e6

    # Process data: the baseline revision and this checkout, each in its own process.
    tree = work / "baseline"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(tree), args.baseline], check=True)
    try:
        old = run(tree / "lib", pickled, work / "cache-old")
        new = run(ROOT / "lib", pickled, work / "cache-new")
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False)

    # Save outputs.
    print(f"| old `code_sentences` ({args.baseline}, keywords), {mb:.0f} MB, {len(articles)} articles | "
          f"{mb / old[0]:.2f} MB/s, {old[1]} instrument and {old[2]} theme codes | 1.00 (baseline) |")
    print(f"| new `code_sentences` (cues, actors, context), same corpus | {mb / new[0]:.2f} MB/s, {new[1]} instrument "
          f"and {new[2]} theme codes | {old[0] / new[0]:.2f} × old |")


if __name__ == "__main__":
    main()
