"""Load the lexicon files in ``lib/gbabrief/lexicon/``: one concept a row, readable and extendable.

Every file is UTF-8 CSV with a header. ``aliases`` holds alternative surface
forms separated by ``|``. A malformed row raises InputError naming file and row.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import InputError
from .paths import LEXICON


@dataclass(frozen=True)
class Entry:
    """One concept: its Simplified term, its aliases, an English gloss, a category and extras."""

    term: str
    aliases: tuple[str, ...]
    gloss: str
    category: str
    extra: tuple[tuple[str, str], ...] = ()

    def get(self, key: str, default: str = "") -> str:
        return dict(self.extra).get(key, default)

    @property
    def forms(self) -> tuple[str, ...]:
        """The term and its aliases, and each form written with brackets in either width: pages write
        香港科技大学（广州） as often as 香港科技大学(广州)."""
        own = (self.term, *self.aliases)
        return tuple(dict.fromkeys((*own, *(f.translate(_WIDE) for f in own if "(" in f))))


_WIDE = str.maketrans("()", "（）")


def read_rows(name: str, required: tuple[str, ...], folder: Path = LEXICON) -> list[dict[str, str]]:
    """Read a lexicon CSV, checking that the required columns exist and are filled."""
    path = folder / name
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = [r for r in csv.DictReader(handle) if any((v or "").strip() for v in r.values())]
    except FileNotFoundError:
        raise InputError(path, "lexicon file does not exist") from None
    except UnicodeDecodeError:
        raise InputError(path, "lexicon file is not UTF-8") from None
    if rows:
        missing = [c for c in required if c not in rows[0]]
        if missing:
            raise InputError(path, f"missing column(s): {', '.join(missing)}")
    for number, row in enumerate(rows, start=2):
        if row.get(None):  # DictReader puts fields beyond the header under None
            raise InputError(path, f"row {number}: more fields than columns (a pattern with a comma must be quoted)")
        for column in required:
            if not (row.get(column) or "").strip():
                raise InputError(path, f"row {number}: empty {column}")
    return rows


def alternation(forms) -> re.Pattern[str] | None:
    """One regex that finds any of ``forms``, the longest first where several start at one place
    (南山区 before 南山); None when there are no forms."""
    ordered = sorted(set(forms), key=lambda f: (-len(f), f))
    return re.compile("|".join(map(re.escape, ordered))) if ordered else None


def split_aliases(value: str | None) -> tuple[str, ...]:
    return tuple(a.strip() for a in (value or "").split("|") if a.strip())


@lru_cache(maxsize=None)
def entries(name: str, term_column: str = "term", gloss_column: str = "gloss",
            category_column: str = "category") -> tuple[Entry, ...]:
    """Entries of a concept file (term, aliases, gloss, category, and any other columns)."""
    rows = read_rows(name, (term_column,))
    out = []
    for row in rows:
        known = {term_column, "aliases", gloss_column, category_column}
        extra = tuple((k, (v or "").strip()) for k, v in row.items() if k not in known and k is not None)
        out.append(Entry(row[term_column].strip(), split_aliases(row.get("aliases")),
                         (row.get(gloss_column) or "").strip(), (row.get(category_column) or "").strip(), extra))
    return tuple(out)


@lru_cache(maxsize=None)
def words(name: str) -> tuple[str, ...]:
    """A plain word list: one item a line, ``#`` starts a comment."""
    path = LEXICON / name
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise InputError(path, "lexicon file does not exist") from None
    return tuple(line.split("#", 1)[0].strip() for line in lines if line.split("#", 1)[0].strip())
