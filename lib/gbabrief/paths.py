"""Every path and setting the project uses, derived from this file's location.

Notebooks and modules import from here instead of typing path strings, so that
code behaves the same whether it runs from the repository root, from
``notebooks/`` under nbconvert, or from a test's temporary folder.
"""
from __future__ import annotations

import os
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
ROOT = PACKAGE.parent.parent  # lib/gbabrief -> lib -> repository root

SEEDS = ROOT / "seeds"
MANIFEST_NAME = "articles.csv"
NOTEBOOKS = ROOT / "notebooks"
OUTPUTS = ROOT / "outputs"
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
