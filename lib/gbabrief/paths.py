"""Every path and setting the project uses, derived from this file's location.

Notebooks and modules import from here instead of typing path strings, so that
code behaves the same whether it runs from the repository root, from
``notebooks/`` under nbconvert, or from a test's temporary folder.
"""
from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
ROOT = PACKAGE.parent.parent  # lib/gbabrief -> lib -> repository root

SEEDS = ROOT / "seeds"
MANIFEST_NAME = "articles.csv"
NOTEBOOKS = ROOT / "notebooks"
OUTPUTS = Path(os.environ.get("GBABRIEF_OUTPUTS", ROOT / "outputs"))
FIGURES = OUTPUTS / "figures"
DATA_OUT = OUTPUTS / "data"

LEXICON = PACKAGE / "lexicon"
TEMPLATES = PACKAGE / "templates"

# Derived, rebuildable state (tokenizer cache, parsed corpus) lives here, never in
# the system temp dir, which jieba would otherwise share between users.
CACHE = Path(os.environ.get("GBABRIEF_CACHE", ROOT / ".cache" / "gbabrief"))


def cache_dir(*parts: str) -> Path:
    """Return a folder under the project cache, creating it."""
    path = CACHE.joinpath(*parts)
    path.mkdir(parents=True, exist_ok=True)
    return path


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of the package: its code, lexicon and templates. Part of every cache key, so
    that a change to the code or a lexicon invalidates what was computed with the old one."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".csv", ".txt", ".tsv", ".j2", ".css", ".json"):
            digest.update(str(path.relative_to(PACKAGE)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()
