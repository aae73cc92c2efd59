"""The coding scheme: themes and policy instruments with their labels, side and keywords
(``lexicon/taxonomy.csv``), read once. A data module: it imports nothing of the analysis."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from .errors import InputError
from .lexicon import read_rows, split_aliases
from .paths import LEXICON

SIDES = ("supply", "environment", "demand")


@dataclass(frozen=True)
class Category:
    """One theme or instrument: its code, labels, side and keywords."""

    scheme: str
    code: str
    label_en: str
    label_zh: str
    side: str
    keywords: tuple[str, ...]


@lru_cache(maxsize=1)
def taxonomy() -> tuple[Category, ...]:
    rows = read_rows("taxonomy.csv", ("scheme", "code", "label_en", "label_zh", "keywords"))
    out = []
    for number, row in enumerate(rows, start=2):
        if row["scheme"] not in ("theme", "instrument"):
            raise InputError(LEXICON / "taxonomy.csv", f"row {number}: unknown scheme {row['scheme']!r}")
        if row["scheme"] == "instrument" and row["side"] not in SIDES:
            raise InputError(LEXICON / "taxonomy.csv", f"row {number}: side must be one of {', '.join(SIDES)}")
        out.append(Category(row["scheme"], row["code"], row["label_en"], row["label_zh"], row.get("side") or "",
                            split_aliases(row["keywords"])))
    return tuple(out)


def categories(scheme: str) -> pd.DataFrame:
    """The categories of one scheme, in file order: code, label_en, label_zh, side."""
    return pd.DataFrame([vars(c) for c in taxonomy() if c.scheme == scheme]).drop(columns="scheme")
