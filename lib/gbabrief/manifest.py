"""The corpus manifest ``articles.csv``: one hand-kept row per article, validated on load.

Columns: file, region (nanshan, nansha, binhaiwan, or none), outlet, published (YYYY-MM-DD or YYYY-MM),
title, url, note. Only ``file`` is required: a missing column or a blank field means "infer it from the
page (and its address)"; only a filled-in value that is invalid is an error, naming its row and field.
A scraper's list of ``file,url`` is a manifest.
"""
from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from .errors import InputError
from .paths import MANIFEST_NAME

COLUMNS = ("file", "region", "outlet", "published", "title", "url", "note")
REGIONS = ("nanshan", "nansha", "binhaiwan")
NO_REGION = "none"  # a manifest row for an article about none of the three districts
REGION_NAMES = {"nanshan": "Nanshan (南山)", "nansha": "Nansha (南沙)", "binhaiwan": "Binhaiwan (滨海湾)"}


def valid_date(value: str) -> bool:
    """YYYY-MM-DD, or YYYY-MM where the page states only the month."""
    try:
        if len(value) == 10:
            dt.date.fromisoformat(value)
        elif len(value) == 7:
            dt.date.fromisoformat(value + "-01")
        else:
            return False
    except ValueError:
        return False
    return True


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
    if "file" not in header:
        raise InputError(path, "missing column: file (the other columns may be left out, and fields blank)")
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
        if row["region"] and row["region"] not in (*REGIONS, NO_REGION):
            problems.append(f"{where}: region: unknown region {row['region']!r} (expected {', '.join(REGIONS)}, "
                            f"{NO_REGION}, or blank to infer it)")
        if row["published"] and not valid_date(row["published"]):
            problems.append(f"{where}: published: bad date {row['published']!r} (expected YYYY-MM-DD or "
                            f"YYYY-MM, or blank to infer it)")
        if row["url"] and not row["url"].startswith(("http://", "https://")):
            problems.append(f"{where}: url: {row['url']!r} is not an http(s) address")
        if require_files and not (path.parent / name).is_file():
            problems.append(f"{where}: file does not exist")
        out[name] = row
    if problems:
        raise InputError(path, "; ".join(problems))
    return out


def fill_rows(folder: str | Path, rows: list[dict[str, str]]) -> Path:
    """Write ``folder/articles.csv`` whole: each existing row replaced by the row of ``rows`` for its file
    (its blanks filled in), in place, then the new rows appended; every column written; the old file kept
    as ``articles.csv.bak``."""
    import os
    import shutil

    path = Path(folder) / MANIFEST_NAME
    by_file = {r["file"]: r for r in rows}
    existing = list(load_manifest(folder, require_files=False).values())
    if path.exists():
        shutil.copy2(path, path.with_name(MANIFEST_NAME + ".bak"))
    merged = [{c: by_file.get(r["file"], r).get(c, "") for c in COLUMNS} for r in existing]
    known = {r["file"] for r in existing}
    merged += [{c: r.get(c, "") for c in COLUMNS} for r in rows if r["file"] not in known]
    partial = path.with_name(f".{MANIFEST_NAME}.{os.getpid()}.tmp")
    with partial.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(merged)
    partial.replace(path)
    load_manifest(folder, require_files=False)  # what was written reads back
    return path


def append_rows(folder: str | Path, rows: list[dict[str, str]]) -> Path:
    """Append rows to ``folder/articles.csv`` (created when absent): existing rows untouched, the old
    file kept as ``articles.csv.bak``, the new one written whole and then moved into place."""
    import os
    import shutil

    path = Path(folder) / MANIFEST_NAME
    old = path.read_bytes() if path.exists() else b""
    if old:
        shutil.copy2(path, path.with_name(MANIFEST_NAME + ".bak"))
    text = old.decode("utf-8-sig")
    if text and not text.endswith("\n"):
        text += "\n"
    from io import StringIO

    buffer = StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n", extrasaction="ignore")
    if not text:
        writer.writeheader()
    writer.writerows(rows)
    partial = path.with_name(f".{MANIFEST_NAME}.{os.getpid()}.tmp")
    partial.write_text(text + buffer.getvalue(), encoding="utf-8")
    partial.replace(path)
    load_manifest(folder, require_files=False)  # what was written reads back
    return path
