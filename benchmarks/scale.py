"""The build at scale: cold, unchanged and one page added, on distinct pages made from the growth sets.

    python benchmarks/scale.py --pages 25 500 5000

Pages: paragraphs of the 26 development pages (tests/data/growth*) recombined, each page a headline of one
of them (with the page's number) over five paragraphs drawn at random from all of them, so that no two pages
clean to the same text (pages that happen to share most paragraphs are grouped as one story). No manifest. For each size: a cold build (fresh cache), an
unchanged rebuild, and a rebuild after one more page is added; seconds and the peak resident memory of
the largest process (kernels included). Prints one markdown row per size.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make_pages(folder: Path, n: int, seed: int = 0) -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from reposts import distinct_pages

    distinct_pages(folder, n, seed)


def build(corpus: Path, out: Path, cache: Path) -> float:
    env = dict(os.environ, GBABRIEF_CACHE=str(cache))
    t = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "gbabrief", "build", "--corpus", str(corpus), "--out", str(out)],
                         env=env, capture_output=True, text=True)
    if run.returncode:
        sys.exit(run.stderr)
    return time.perf_counter() - t


def _stories(out: Path) -> int:
    import csv

    with (out / "data" / "stories.csv").open(encoding="utf-8") as handle:
        return len({row["story"] for row in csv.DictReader(handle)})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, nargs="+", default=[25, 500])
    args = parser.parse_args()
    print("| pages | cold | unchanged | one page added | added / cold | peak memory |\n|---|---|---|---|---|---|")
    for n in args.pages:
        work = Path(tempfile.mkdtemp(prefix=f"gbabrief-scale-{n}-"))
        corpus, cache = work / "corpus", work / "cache"
        make_pages(corpus, n + 1)
        extra = corpus / f"p{n:05d}.txt"
        held = work / extra.name
        shutil.move(extra, held)
        jieba = ROOT / ".cache" / "gbabrief" / "jieba"
        if jieba.exists():
            shutil.copytree(jieba, cache / "jieba")
        cold = build(corpus, work / "out", cache)
        unchanged = build(corpus, work / "out", cache)
        shutil.move(held, extra)
        added = build(corpus, work / "out", cache)
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        stories = _stories(work / "out")
        print(f"| {n} ({stories} stories) | {cold:.1f} s | {unchanged:.1f} s | {added:.1f} s | {added / cold:.2f} | {peak:.0f} MB |",
              flush=True)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
