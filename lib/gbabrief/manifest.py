"""The corpus manifest ``articles.csv``: one hand-kept row per article, validated on load.

Columns: file, region, outlet, published (YYYY-MM-DD), title, url (blank when unknown), note.
"""
from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from .errors import InputError
from .paths import MANIFEST_NAME

COLUMNS = ("file", "region", "outlet", "published", "title", "url", "note")
REGIONS = ("nanshan", "nansha", "binhaiwan")
REGION_NAMES = {"nanshan": "Nanshan (南山)", "nansha": "Nansha (南沙)", "binhaiwan": "Binhaiwan (滨海湾)"}


def load_manifest(folder: str | Path, *, require_files: bool = True) -> dict[str, dict[str, str]]:
    """Read ``folder/articles.csv`` into {file: row}; an absent manifest gives {}.

    Raises InputError naming the manifest and the row for an unknown region, a bad
    date, a duplicate row, or (with ``require_files``) a row whose file is missing.
    """
    path = Path(folder) / MANIFEST_NAME
    if not path.exists():
        return {}
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            header = tuple(reader.fieldnames or ())
            rows = list(reader)
    except UnicodeDecodeError:
        raise InputError(path, "manifest is not UTF-8") from None
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise InputError(path, f"missing column(s): {', '.join(missing)}")
    out: dict[str, dict[str, str]] = {}
    problems: list[str] = []
    for number, row in enumerate(rows, start=2):
        row = {k: (row.get(k) or "").strip() for k in COLUMNS}
        name = row["file"]
        where = f"row {number} ({name or 'no file'})"
        if not name:
            problems.append(f"{where}: empty file name")
            continue
        if name in out:
            problems.append(f"{where}: duplicate row for {name}")
            continue
        if row["region"] not in REGIONS:
            problems.append(f"{where}: unknown region {row['region']!r} (expected {', '.join(REGIONS)})")
        if row["published"]:
            try:
                if len(row["published"]) != 10:
                    raise ValueError
                dt.date.fromisoformat(row["published"])
            except ValueError:
                problems.append(f"{where}: bad date {row['published']!r} (expected YYYY-MM-DD)")
        if require_files and not (path.parent / name).is_file():
            problems.append(f"{where}: file does not exist")
        out[name] = row
    if problems:
        raise InputError(path, "; ".join(problems))
    return out
