"""Per-article records for a large corpus, as pure functions that run in a process pool or on Dask.

- ``process_file(path)`` reads, cleans and analyses one article into a small, JSON-ready record:
  metadata, cleaning counts, facts, theme and instrument counts.
- ``iter_records(folder)`` streams those records for a whole corpus, in a process pool, so memory
  stays flat however large the corpus; ``process_bag`` does the same on a Dask bag
  (``gbabrief process --dask SCHEDULER``).
"""
from __future__ import annotations

import hashlib
import multiprocessing as mp
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from .pipeline import workers


def process_file(path: str | Path, manifest_row: dict[str, str] | None = None) -> dict:
    """One article -> a JSON-ready record (no full text): metadata, cleaning counts, facts,
    theme and instrument sentence counts. A pure function of the file and its manifest row."""
    from .corpus import _read_article
    from .errors import InputError
    from .facts import extract
    from .themes import code_sentences

    path = Path(path)
    try:
        article = _read_article(path, manifest_row)  # streamed, not cached: a large corpus stays out of the cache
    except InputError as exc:
        return {"doc_id": path.stem, "file": path.name, "error": exc.reason}
    c = article.cleaned
    facts = extract(c.text)
    frame = _one(path.stem, article.region, c.text)
    evidence = code_sentences(frame)
    codes = Counter(f"{s}:{k}" for s, k in zip(evidence["scheme"], evidence["code"]))
    return {
        "doc_id": path.stem, "file": path.name, "region": article.region, "published": article.published,
        "outlet": article.outlet, "title": article.title, "script": c.script, "chars": len(c.text),
        "sha256": hashlib.sha256(c.text.encode("utf-8")).hexdigest(), "changes": c.changes(),
        "facts": [[r.kind, r.value, r.unit, r.qualifier, r.surface] for r in facts.itertuples()],
        "codes": dict(sorted(codes.items())), "warnings": article.warnings,
    }


def _one(doc_id: str, region: str | None, text: str):
    import pandas as pd

    return pd.DataFrame([{"doc_id": doc_id, "region": region, "text": text}])


def corpus_files(folder: str | Path) -> list[tuple[Path, dict[str, str] | None]]:
    """(file, manifest row) for every article in a corpus folder, in name order."""
    from .manifest import load_manifest

    folder = Path(folder)
    manifest = load_manifest(folder)
    return [(p, manifest.get(p.name)) for p in sorted(folder.glob("*.txt")) if p.is_file()]


def _process_job(job: tuple[Path, dict[str, str] | None]) -> dict:
    return process_file(*job)


def iter_records(folder: str | Path, *, processes: int | None = None) -> Iterator[dict]:
    """Stream one record per article, in name order, from a pool of processes."""
    jobs = corpus_files(folder)
    processes = processes or workers()
    if processes == 1 or len(jobs) < 4:
        yield from map(_process_job, jobs)
        return
    with mp.get_context("fork").Pool(processes) as pool:
        yield from pool.imap(_process_job, jobs, chunksize=8)


def process_bag(jobs: Iterable[tuple[str, dict[str, str] | None]], *, npartitions: int | None = None):
    """The same records on Dask: a bag of (path, manifest row) -> a bag of records."""
    import dask.bag as db

    jobs = list(jobs)
    bag = db.from_sequence(jobs, npartitions=npartitions or max(1, min(len(jobs), 64)))
    return bag.map(_process_job)
