"""The yardstick: each development set (``tests/data/SET``) scored against its careful reader, with what
was built on it (``tests/data/sets.csv``: 'built on' or 'held apart' for the instrument coding and the
figure labels). The figure that counts is the held-apart one, else the worst set's; a fit is named a fit.

``agreement() -> {'sets': [...]}`` (cached under the code version), ``held_apart(result, reading)``,
``worst_labels(rows)``, ``pooled(rows, key)``; ``metadata_scores(data, name, mode)`` for a set's page
metadata. The scoring itself is ``evaluate``'s.
"""
from __future__ import annotations

import csv

from .evaluate import LABELS, metadata_right, score_codes, score_facts

METADATA_FIELDS = ("title", "published", "outlet", "region")

SETS_FILE = "sets.csv"  # tests/data/sets.csv: each development set and whether each reading was built on it


def _read(path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def set_scores(folder, gold_folder, sides: dict[str, str], held_apart: bool = False) -> dict:
    """One development set scored: its instrument codes and its figure labels against the reader's.
    ``held_apart``: the instrument codes as if the cue rows written on this set did not exist."""
    from .corpus import load_corpus
    from .facts import corpus_facts
    from .instruments import holding_apart
    from .themes import code_sentences

    corpus = load_corpus(folder, quiet=True, stories=False)
    gold = _read(gold_folder / "instruments.csv")
    with holding_apart(folder.name):
        apart = score_codes(code_sentences(corpus, corrections=[]), corpus, gold, sides)
    if held_apart:
        codes = apart
    else:
        codes = score_codes(code_sentences(corpus, corrections=[]), corpus, gold, sides)
    facts = score_facts(corpus_facts(corpus), _read(gold_folder / "facts.csv"), _read(gold_folder / "not_facts.csv"))
    return {"pages": len(corpus), "sentences": len(codes.rows), "precision": round(codes.precision(), 2),
            "recall": round(codes.recall(), 2),
            "kappa": {side: round(codes.kappa_side(side), 2) for side in ("supply", "environment", "demand")},
            # leave-one-set-out, strictly: the set coded without the cue rows written on it, whatever sets.csv says
            "apart_precision": round(apart.precision(), 2), "apart_recall": round(apart.recall(), 2),
            "facts": len(facts.rows), "found": round(facts.found / len(facts.rows), 3) if facts.rows else 1.0,
            "label_scores": {label: round(facts.share(label), 3) for label in LABELS}, "leaked": len(facts.leaked)}


def agreement(data=None) -> dict | None:
    """Each development set scored (``set_scores``) with what was built on it (``tests/data/sets.csv``:
    ``instruments`` and ``labels`` are 'built on' or 'held apart'); None where the sets are not in the
    checkout. The figure that counts is the held-apart one, else the worst set's. Cached under the code
    version, so a change to the readings is measured again."""
    import json

    from .paths import ROOT, cache_dir, code_version
    from .taxonomy import taxonomy

    data = data or ROOT / "tests" / "data"
    if not (data / SETS_FILE).is_file():
        return None
    sets = _read(data / SETS_FILE)
    if not all((data / r["set"]).is_dir() and (data / f"{r['set']}_gold" / "instruments.csv").is_file() for r in sets):
        return None
    cached = cache_dir("agreement") / f"{code_version()[:16]}.json"
    if cached.exists():
        return json.loads(cached.read_text(encoding="utf-8"))
    sides = {c.code: c.side for c in taxonomy() if c.scheme == "instrument"}
    rows = [{"set": r["set"], "instruments": r["instruments"], "labels": r["labels"],
             **set_scores(data / r["set"], data / f"{r['set']}_gold", sides, r["instruments"] == "held apart")}
            for r in sets]
    cached.write_text(json.dumps({"sets": rows}), encoding="utf-8")
    return {"sets": rows}


def strictly_apart(result: dict | None) -> dict | None:
    """The set whose instrument codes agree least with its reader's when it is coded without the cue rows
    written on it (leave-one-set-out; the worst of the sets is the figure that counts), or None."""
    rows = [r for r in (result or {}).get("sets", []) if "apart_recall" in r]
    return min(rows, key=lambda r: (min(r["apart_precision"], r["apart_recall"]), r["set"])) if rows else None


def held_apart(result: dict | None, reading: str) -> tuple[list[dict], list[dict]]:
    """(the sets a reading was not built on, the sets it was), of an ``agreement`` result."""
    rows = (result or {}).get("sets", [])
    return [r for r in rows if r[reading] == "held apart"], [r for r in rows if r[reading] != "held apart"]


def worst_labels(rows: list[dict]) -> dict | None:
    """Of several sets, the one whose weakest figure label (or facts found) is lowest."""
    return min(rows, key=lambda r: min([r["found"], *r["label_scores"].values()])) if rows else None


def pooled(rows: list[dict], key: str) -> float:
    """A figure of several sets, weighted by their sentences."""
    n = sum(r["sentences"] for r in rows)
    return sum(r[key] * r["sentences"] for r in rows) / n if n else 0.0


def metadata_scores(data, name: str, mode: str) -> tuple[dict[str, int], int, list[str]]:
    """(right per field, pages, one line a miss) of set ``name``'s page metadata against its reader
    (``data/name_gold/articles.csv``): ``mode`` 'text' reads each page alone, 'url' with a manifest row
    giving only its ``file`` and ``url`` (``data/name_gold/urls.csv``), 'reader' as a reader service gives
    the page (a header of its address and "Markdown Content:" above it, no manifest row), 'oneline' the page
    run into one line (a space where each line break was, no manifest row)."""
    import shutil
    import tempfile
    from pathlib import Path

    from .corpus import read_article

    data = Path(data)
    gold = {r["file"]: r for r in _read(data / f"{name}_gold" / "articles.csv")}
    urls = {r["file"]: r["url"] for r in _read(data / f"{name}_gold" / "urls.csv")}
    right, misses = dict.fromkeys(METADATA_FIELDS, 0), []
    with tempfile.TemporaryDirectory() as tmp:
        for file, g in sorted(gold.items()):
            path = Path(tmp) / file
            if mode == "reader":
                page = (data / name / file).read_text(encoding="utf-8")
                path.write_text(f"URL Source: {urls.get(file, '')}\n\nPublished Time: \n\nMarkdown Content:\n{page}",
                                encoding="utf-8")
            elif mode == "oneline":  # a scraper that drops line breaks: a space where each was
                page = (data / name / file).read_text(encoding="utf-8")
                path.write_text(" ".join(line.strip() for line in page.split("\n") if line.strip()), encoding="utf-8")
            else:
                shutil.copyfile(data / name / file, path)
            a = read_article(path, {"file": file, "url": urls.get(file, "")} if mode == "url" else None)
            got = {"title": a.title_orig, "published": a.published, "outlet": a.outlet, "region": a.region}
            if mode == "reader" and a.url != urls.get(file, ""):
                misses.append(f"{name} {mode} {file} url: {a.url!r} (the header's: {urls.get(file, '')!r})")
            for f in METADATA_FIELDS:
                if metadata_right(f, got[f], g[f]):
                    right[f] += 1
                else:
                    misses.append(f"{name} {mode} {file} {f}: {got[f]!r} (reader: {g[f]!r})")
    return right, len(gold), misses
