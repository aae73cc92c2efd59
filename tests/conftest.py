"""Shared fixtures: paths to the seeds and the gold annotations copied into tests/data."""
from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

# Every test session gets its own cache (cleaned articles, build steps), so that no test passes by
# reusing what an earlier run computed; jieba's dictionary cache is copied in to save start-up time.
_REPO_CACHE = Path(__file__).resolve().parent.parent / ".cache" / "gbabrief"
_SESSION_CACHE = Path(tempfile.mkdtemp(prefix="gbabrief-test-cache-"))
if (_REPO_CACHE / "jieba").is_dir():
    shutil.copytree(_REPO_CACHE / "jieba", _SESSION_CACHE / "jieba")
os.environ["GBABRIEF_CACHE"] = str(_SESSION_CACHE)

from gbabrief.paths import SEEDS  # noqa: E402

DATA = Path(__file__).parent / "data"
SEED_FILES = sorted(p.name for p in SEEDS.glob("*.txt"))


def read_gold(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def run_cli(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None,
            timeout: int = 900) -> subprocess.CompletedProcess[str]:
    """Run the installed command line as a user would, capturing UTF-8 output."""
    return subprocess.run([sys.executable, "-m", "gbabrief", *map(str, args)], capture_output=True,
                          text=True, encoding="utf-8", cwd=cwd, timeout=timeout,
                          env={**os.environ, **(env or {})})


def fresh_cache(tmp_path: Path, name: str) -> dict[str, str]:
    """Environment for a command that must compute everything itself (no cached steps)."""
    cache = tmp_path / f"cache-{name}"
    if (_SESSION_CACHE / "jieba").is_dir():
        shutil.copytree(_SESSION_CACHE / "jieba", cache / "jieba")
    return {"GBABRIEF_CACHE": str(cache)}


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(_SESSION_CACHE, ignore_errors=True)


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def corpus():
    from gbabrief import load_corpus

    return load_corpus(SEEDS, quiet=True)
