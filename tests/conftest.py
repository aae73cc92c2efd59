"""Shared fixtures: paths to the seeds and the gold annotations copied into tests/data."""
from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from gbabrief.paths import SEEDS

DATA = Path(__file__).parent / "data"
SEED_FILES = sorted(p.name for p in SEEDS.glob("*.txt"))


def read_gold(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed command line as a user would, capturing UTF-8 output."""
    return subprocess.run([sys.executable, "-m", "gbabrief", *map(str, args)], capture_output=True,
                          text=True, encoding="utf-8", cwd=cwd, timeout=300)


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def corpus():
    from gbabrief import load_corpus

    return load_corpus(SEEDS, quiet=True)
