"""Benchmarks for gbabrief: throughput, memory and build times, as ratios against baselines
measured in the same run on the same machine.

    .venv/bin/python benchmarks/bench.py            # everything (about 15 minutes on 2 cores)
    .venv/bin/python benchmarks/bench.py --quick    # smaller corpora, for a smoke run

Writes benchmarks/results.md (and prints it). Corpora are generated from the seeds with their
noise kept (pinyin readings, site chrome, garbled spans, Traditional text): paragraphs are shuffled
per copy so that no two articles are the same.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
PY = sys.executable


# ---------------------------------------------------------------------------------- corpora
def seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def shuffled(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    body = lines[3:]
    rng.shuffle(body)
    return "\n".join(lines[:3] + body)


def make_file(path: Path, megabytes: float, seed: int = 0) -> Path:
    """One file of about ``megabytes`` MB: seed articles one after another, shuffled."""
    rng, texts, size = random.Random(seed), seed_texts(), 0
    with path.open("w", encoding="utf-8") as handle:
        while size < megabytes * 1e6:
            piece = shuffled(texts[rng.randrange(len(texts))], rng) + "\n\n"
            handle.write(piece)
            size += len(piece.encode("utf-8"))
    return path


def make_corpus(folder: Path, *, megabytes: float | None = None, articles: int | None = None, seed: int = 0) -> Path:
    """A folder of articles (about ``megabytes`` MB, or ``articles`` files), with an empty manifest."""
    rng, texts = random.Random(seed), seed_texts()
    folder.mkdir(parents=True, exist_ok=True)
    size, i = 0, 0
    while (megabytes is not None and size < megabytes * 1e6) or (articles is not None and i < articles):
        text = shuffled(texts[i % len(texts)], rng)
        (folder / f"a{i:06d}.txt").write_text(text, encoding="utf-8")
        size += len(text.encode("utf-8"))
        i += 1
    (folder / "articles.csv").write_text("file,region,outlet,published,title,url,note\n", encoding="utf-8")
    return folder


# ---------------------------------------------------------------------------------- measuring
def run(command: list[str], env: dict[str, str] | None = None, stdout=subprocess.DEVNULL) -> tuple[float, float]:
    """Run a command; return (wall seconds, peak resident memory of the process tree in MB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=stdout, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    stderr = proc.stderr.read().decode("utf-8", "replace")
    proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"benchmark command failed: {' '.join(command)}\n{stderr}")
    return wall, usage.ru_maxrss / 1024


def in_subprocess(code: str) -> dict:
    """Run a snippet in a fresh interpreter; it prints one JSON object."""
    out = subprocess.run([PY, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


BASELINE = """
import json, time, jieba, opencc
text = open({path!r}, encoding="utf-8").read()
jieba.setLogLevel(60); jieba.initialize()
t = time.perf_counter(); jieba.lcut(text, HMM=True); jieba_s = time.perf_counter() - t
conv = opencc.OpenCC("t2s")
t = time.perf_counter(); conv.convert(text); opencc_s = time.perf_counter() - t
print(json.dumps({{"jieba": jieba_s, "opencc": opencc_s}}))
"""


DISCOVER = """
from pathlib import Path
from gbabrief.discover import discover_sample

class Texts:  # the corpus's texts, read from disk each time they are walked
    def __init__(self, folder):
        self.paths = sorted(Path(folder).glob("*.txt"))
    def __iter__(self):
        return (p.read_text(encoding="utf-8") for p in self.paths)

print(len(discover_sample(Texts({folder!r}))))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small corpora (a smoke run)")
    parser.add_argument("--keep", action="store_true", help="keep the generated corpora")
    args = parser.parse_args()
    file_mb, corpus_mb, articles, dask_articles = (2, 10, 1000, 60) if args.quick else (10, 100, 10_000, 400)
    work = Path(tempfile.mkdtemp(prefix="gbabrief-bench-"))
    rows: list[tuple[str, str, str]] = []
    try:
        # Load inputs: the generated corpora.
        big = make_file(work / "big.txt", file_mb)
        mb = big.stat().st_size / 1e6

        # Process data: single-file pipeline against bare jieba and plain OpenCC on the same text.
        base = in_subprocess(BASELINE.format(path=str(big)))
        rows.append(("bare jieba.lcut, HMM on, one process", f"{mb / base['jieba']:.3f} MB/s", "1.00 (baseline)"))
        rows.append(("plain OpenCC t2s conversion", f"{mb / base['opencc']:.3f} MB/s", "1.00 (baseline)"))
        for command, baseline in (("segment --no-discovery", "jieba"), ("segment", "jieba"), ("clean", "opencc"),
                                  ("facts", "jieba")):
            fresh = dict(os.environ, GBABRIEF_CACHE=str(work / f"cache-{command.replace(' ', '')}"))
            jieba_cache = ROOT / ".cache" / "gbabrief" / "jieba"
            if jieba_cache.exists():
                shutil.copytree(jieba_cache, Path(fresh["GBABRIEF_CACHE"]) / "jieba")
            wall, rss = run([PY, "-m", "gbabrief", *command.split(), str(big)], env=fresh)
            ratio = base[baseline] / wall
            label = {"segment": "segment with discovery", "segment --no-discovery": "segment, lexicon only"}.get(
                command, command)
            rows.append((f"gbabrief {label} on a {mb:.0f} MB file (end to end)", f"{mb / wall:.3f} MB/s",
                         f"{ratio:.2f} × {'bare jieba' if baseline == 'jieba' else 'plain OpenCC'}; "
                         f"peak {rss:.0f} MB"))

        # A large corpus, streamed.
        corpus = make_corpus(work / "corpus", megabytes=corpus_mb)
        corpus_size = sum(p.stat().st_size for p in corpus.glob("*.txt")) / 1e6
        wall, rss = run([PY, "-m", "gbabrief", "process", str(corpus), "--out", str(work / "records.jsonl")])
        rows.append((f"gbabrief process, {corpus_size:.0f} MB corpus ({len(list(corpus.glob('*.txt')))} files)",
                     f"{corpus_size / wall:.3f} MB/s", f"peak {rss:.0f} MB (target < 1024 MB)"))
        wall, rss = run([PY, "-c", DISCOVER.format(folder=str(corpus))])
        rows.append((f"term discovery, {corpus_size:.0f} MB corpus (files read as needed)", f"{wall:.1f} s",
                     f"peak {rss:.0f} MB (target < 1024 MB)"))
        shutil.rmtree(corpus)
        many = make_corpus(work / "many", articles=articles)
        wall, rss = run([PY, "-m", "gbabrief", "process", str(many), "--out", str(work / "many.jsonl")])
        rows.append((f"gbabrief process, {articles:,} articles", f"{articles / wall:.0f} articles/s",
                     f"peak {rss:.0f} MB"))
        shutil.rmtree(many)

        # Dask against the local pool, same records.
        small = make_corpus(work / "small", articles=dask_articles)
        local_s, _ = run([PY, "-m", "gbabrief", "process", str(small), "--out", str(work / "local.jsonl")])
        dask_s, _ = run([PY, "-m", "gbabrief", "process", str(small), "--dask", "local",
                         "--out", str(work / "dask.jsonl")])
        same = (work / "local.jsonl").read_bytes() == (work / "dask.jsonl").read_bytes()
        rows.append((f"gbabrief process --dask local, {dask_articles} articles",
                     f"{dask_articles / dask_s:.0f} articles/s",
                     f"{local_s / dask_s:.2f} × local pool; records identical: {'yes' if same else 'NO'}"))

        # Build: cold against plain nbconvert, then unchanged.
        cache = work / "cache"
        env = dict(os.environ, GBABRIEF_CACHE=str(cache), GBABRIEF_OUTPUTS=str(work / "plain-out"))
        jieba_cache = ROOT / ".cache" / "gbabrief" / "jieba"
        if jieba_cache.exists():  # the tokenizer cache is reused, as a user's machine would
            shutil.copytree(jieba_cache, cache / "jieba")
        books = work / "notebooks"
        shutil.copytree(ROOT / "notebooks", books)
        plain_s, _ = run([PY, "-m", "jupyter", "nbconvert", "--execute", "--to", "html", "--output-dir",
                          str(work / "plain-html"), *map(str, sorted(books.glob("*.ipynb")))], env=env)
        cold_s, _ = run([PY, "-m", "gbabrief", "build", "--out", str(work / "out")], env=env)
        warm_s, _ = run([PY, "-m", "gbabrief", "build", "--out", str(work / "out")], env=env)
        rows.append(("plain jupyter nbconvert --execute --to html, 4 notebooks", f"{plain_s:.1f} s", "1.00 (baseline)"))
        rows.append(("cold gbabrief build (also writes the PDF and data)", f"{cold_s:.1f} s",
                     f"{cold_s / plain_s:.2f} × plain nbconvert (target ≤ 1.0)"))
        rows.append(("unchanged rebuild", f"{warm_s:.1f} s", f"{warm_s / cold_s:.2f} × cold build (target ≤ 0.15)"))
        # The fact reader against the one it replaced, on the same file (benchmarks/facts_reader.py).
        out = subprocess.run([PY, str(ROOT / "benchmarks" / "facts_reader.py"), "--mb", str(file_mb)],
                             capture_output=True, text=True, check=True).stdout
        rows += [tuple(cell.strip() for cell in line.strip("|").split("|")) for line in out.splitlines()
                 if line.startswith("|")]
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    # Save outputs.
    table = ["| measurement | throughput / time | ratio, memory |", "|---|---|---|"]
    table += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    text = (f"# Benchmark results\n\nWritten by `python benchmarks/bench.py{' --quick' if args.quick else ''}` on "
            f"{cores} cores, Python {sys.version.split()[0]}. Ratios compare runs made in the same invocation.\n\n"
            + "\n".join(table) + "\n")
    (ROOT / "benchmarks" / "results.md").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
