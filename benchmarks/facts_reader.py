"""The fact reader against the one it replaced, on the same cleaned text, in one invocation.

    python benchmarks/facts_reader.py [--mb 10] [--baseline REV]

The baseline is ``lib/gbabrief/facts.py`` as it was at REV (default: the last commit before the
numeral reader and fact meaning), loaded from git into the installed package's namespace so that it
uses the same lexicon and tokenizer. Both read the same text: the seeds cleaned, repeated and
shuffled to the size asked for (benchmarks/bench.py makes it). Prints one markdown row per reader.
"""
from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE_REV = "4863d6c"


def baseline_module(rev: str):
    source = subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:lib/gbabrief/facts.py"], capture_output=True,
                            text=True, check=True).stdout
    path = Path(tempfile.mkdtemp()) / "facts_baseline.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("gbabrief._facts_baseline", path)
    module = importlib.util.module_from_spec(spec)
    module.__package__ = "gbabrief"
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def end_to_end(big: Path, rev: str, work: Path) -> tuple[float, float]:
    """Seconds of `gbabrief facts big` with the baseline revision's package and with this one."""
    import os
    import shutil

    tree = work / "baseline"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(tree), rev], check=True)
    try:
        times = []
        for lib in (tree / "lib", ROOT / "lib"):
            cache = work / f"cache-{len(times)}"
            jieba_cache = ROOT / ".cache" / "gbabrief" / "jieba"
            if jieba_cache.exists():
                shutil.copytree(jieba_cache, cache / "jieba")
            env = dict(os.environ, PYTHONPATH=str(lib), GBABRIEF_CACHE=str(cache))
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "gbabrief", "facts", str(big)], env=env, check=True,
                           stdout=subprocess.DEVNULL)
            times.append(time.perf_counter() - t)
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False)
    return times[0], times[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10)
    parser.add_argument("--baseline", default=BASELINE_REV)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import pandas as pd
    from bench import make_file

    from gbabrief.clean import clean_text
    from gbabrief.facts import corpus_facts, extract
    from gbabrief.segment import tokenizer

    # Load inputs: one large text, cleaned once, so both readers get the same Simplified text.
    work = Path(tempfile.mkdtemp(prefix="gbabrief-facts-"))
    big = make_file(work / "big.txt", args.mb)
    text = clean_text(big.read_text(encoding="utf-8"), audit_conversion=False).text
    mb = len(text.encode("utf-8")) / 1e6
    tokenizer()  # loaded before timing: both readers use it for 签约-style checks
    old = baseline_module(args.baseline)

    # Process data.
    t = time.perf_counter()
    old_facts = old.extract(text)
    old_s = time.perf_counter() - t
    t = time.perf_counter()
    new_facts = extract(text)
    new_s = time.perf_counter() - t
    frame = pd.DataFrame([{"doc_id": "big", "file": "big.txt", "region": None, "published": None, "title": "",
                           "text": text, "text_orig": text}])
    t = time.perf_counter()
    described = corpus_facts(frame)
    full_s = time.perf_counter() - t

    # End to end, as a user runs it: `gbabrief facts FILE` of the baseline revision (a git worktree on
    # PYTHONPATH) against this one, on the same file, each with a fresh cache.
    old_cli, new_cli = end_to_end(big, args.baseline, work)

    # Save outputs.
    file_mb = big.stat().st_size / 1e6
    print(f"| old `gbabrief facts` ({args.baseline}), {file_mb:.0f} MB file, end to end | {file_mb / old_cli:.2f} MB/s "
          f"| 1.00 (baseline) |")
    print(f"| new `gbabrief facts`, same file, end to end | {file_mb / new_cli:.2f} MB/s | {old_cli / new_cli:.2f} × old |")
    print(f"| old fact reader ({args.baseline}), {mb:.0f} MB cleaned text | {mb / old_s:.2f} MB/s, "
          f"{len(old_facts)} facts | 1.00 (baseline) |")
    print(f"| new fact reader (numerals, ranges), same text | {mb / new_s:.2f} MB/s, {len(new_facts)} facts | "
          f"{old_s / new_s:.2f} × old |")
    print(f"| new reader with meaning and each fact once, same text | {mb / full_s:.2f} MB/s, "
          f"{len(described)} facts | {old_s / full_s:.2f} × old |")


if __name__ == "__main__":
    main()
