"""The brief on pages reposted the way sites repost them: stories counted, build time, warning lines.

    python benchmarks/reposted_build.py [--copies 16] [--keep DIR]

The 26 development pages (tests/data/growth*), each with ``--copies`` reposts (tests/reposts.py), no
manifest: about 440 files holding 25 stories. Runs a cold ``gbabrief build`` (fresh cache) and prints
the stories the brief counts, the seconds, the warning lines and the PDF's pages.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make(folder: Path, copies: int) -> int:
    sys.path.insert(0, str(ROOT / "tests"))
    from reposts import repost

    rng = random.Random(0)
    folder.mkdir(parents=True, exist_ok=True)
    n = 0
    for name in ("growth", "growth2"):
        for page in sorted((ROOT / "tests" / "data" / name).glob("*.txt")):
            text = page.read_text(encoding="utf-8")
            shutil.copy(page, folder / page.name)
            n += 1
            for i in range(copies):
                (folder / f"{page.stem}_{i:02d}.txt").write_text(repost(text, rng), encoding="utf-8")
                n += 1
    return n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=16)
    parser.add_argument("--keep", metavar="DIR", help="write the corpus and outputs here and keep them")
    args = parser.parse_args()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="gbabrief-reposted-"))
    files = make(work / "corpus", args.copies)
    env = dict(os.environ, GBABRIEF_CACHE=str(work / "cache"))
    jieba = ROOT / ".cache" / "gbabrief" / "jieba"
    if jieba.exists():
        shutil.copytree(jieba, work / "cache" / "jieba", dirs_exist_ok=True)
    t = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "gbabrief", "build", "--corpus", str(work / "corpus"), "--out",
                          str(work / "out")], env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - t
    if run.returncode:
        sys.exit(run.stderr)
    warnings = [line for line in run.stderr.splitlines() if "warning" in line]
    html = (work / "out" / "brief.html").read_text(encoding="utf-8")
    told = re.search(r"holds (\d+) pages, which tell (\d+) stories", re.sub(r"<[^>]+>", "", html))
    from pypdf import PdfReader

    pages = len(PdfReader(work / "out" / "brief.pdf").pages)
    print(f"| {files} files, 25 stories, no manifest | cold build {seconds:.0f} s | the brief counts "
          f"{told.group(2) if told else '?'} stories in {told.group(1) if told else '?'} pages | "
          f"{len(warnings)} warning lines | PDF {pages} pages |")
    for line in warnings:
        print("   ", line[:160])
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
