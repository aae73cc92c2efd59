"""Load a folder of articles into one DataFrame: ``load_corpus(folder) -> corpus[doc_id, ...]``.

Every ``*.txt`` in the folder is read, decoded and cleaned. The manifest
(``articles.csv``) wins over what the text states; a file it does not list is
included with inferred metadata and a warning.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .clean import Cleaned
from .errors import InputError, NotAnArticle
from .manifest import NO_REGION, load_manifest
from .paths import SEEDS, cache_dir, code_version
from .reader import decode_bytes, read_bytes
from .regions import infer_region

if TYPE_CHECKING:
    import pandas as pd

COLUMNS = ["doc_id", "file", "region", "region_source", "published", "published_source", "outlet",
           "outlet_source", "title", "title_orig", "title_source", "url", "note",
           "encoding", "script", "config", "chars", "raw", "text", "text_orig", "audit", "warnings"]


@dataclass
class Article:
    """One read and cleaned article with its metadata (manifest first, then the text)."""

    path: Path
    encoding: str
    raw: str
    cleaned: Cleaned
    region: str | None
    region_source: str
    published: str | None
    outlet: str | None
    title: str
    title_orig: str = ""  # the headline in the page's own characters ("" when the page shows none)
    sources: dict[str, str] = field(default_factory=dict)  # field -> manifest | text | none
    url: str = ""
    note: str = ""
    warnings: list[str] = field(default_factory=list)
    tokens: list[list[str]] | None = None  # per paragraph, when read with segment=True
    facts: object = None  # facts[kind, value, ...], when read with facts=True

    def inspect(self) -> dict:
        """The fields ``gbabrief inspect`` prints."""
        c = self.cleaned
        return {
            "file": self.path.name, "encoding": self.encoding, "script": c.script, "conversion": c.config,
            "region": self.region, "region_source": self.region_source, "published": self.published,
            "published_source": self.sources.get("published"), "time": c.meta.get("time"),
            "outlet": self.outlet, "outlet_source": self.sources.get("outlet"),
            "title": self.title_orig, "title_simplified": self.title, "title_source": self.sources.get("title"),
            "byline": c.meta.get("byline"), "editor": c.meta.get("editor"),
            "paragraphs": len(c.paragraphs), "chars": len(c.text), "changes": c.changes(),
            "warnings": self.warnings,
        }


def read_article(path: str | Path, manifest_row: dict[str, str] | None = None, *,
                 segment: bool = False, facts: bool = False) -> Article:
    """Read, decode and clean one file (a large one on all cores); metadata from the manifest row.

    Cleaned articles are cached under a key made of the file's bytes, its manifest row and the
    package version, so notebooks that read the same corpus parse it once.
    """
    path = Path(path)
    data = read_bytes(path)  # once: for the cache key, and for decoding on a miss
    if segment or facts:
        return _read_article(path, manifest_row, data, segment=segment, facts=facts)
    key = hashlib.sha256(path.name.encode() + b"\0" + data + repr(sorted((manifest_row or {}).items())).encode()
                         + code_version().encode()).hexdigest()[:32]
    cached = cache_dir("articles") / f"{key}.pkl"
    if cached.exists():
        try:
            with cached.open("rb") as handle:
                article = pickle.load(handle)
            article.path = path
            return article
        except Exception:  # noqa: BLE001 - a damaged cache entry is rebuilt, never trusted
            cached.unlink(missing_ok=True)
    article = _read_article(path, manifest_row, data)
    partial = cached.with_suffix(f".{os.getpid()}.tmp")
    with partial.open("wb") as handle:
        pickle.dump(article, handle, protocol=pickle.HIGHEST_PROTOCOL)
    partial.replace(cached)  # atomic: parallel notebooks never read a half-written entry
    return article


def _read_article(path: Path, manifest_row: dict[str, str] | None, data: bytes | None = None, *,
                  segment: bool = False, facts: bool = False, audit: bool = True) -> Article:
    from .pipeline import process_text

    decoded = decode_bytes(read_bytes(path) if data is None else data, path)
    cleaned, extra = process_text(decoded.text, segment=segment, facts=facts, lost=decoded.lost, source=str(path),
                                  audit=audit)
    row = manifest_row or {}
    warnings = []
    if manifest_row is None:
        warnings.append(f"{path.name}: not listed in the manifest; metadata inferred from the text "
                        f"(review and add it with: gbabrief manifest {path.parent} --write)")
    if decoded.lost:
        warnings.append(f"{path.name}: {len(decoded.lost)} undecodable byte run(s) dropped")
    none_of_three = row.get("region") == NO_REGION  # the analyst says so: no district is inferred
    stated = {"region": None if none_of_three else infer_region(cleaned.title, cleaned.text),
              "published": cleaned.meta.get("published"), "outlet": cleaned.meta.get("outlet"),
              "title": cleaned.title}
    value = {k: (None if k == "region" and none_of_three else row.get(k)) or v or None for k, v in stated.items()}
    sources = {k: "manifest" if row.get(k) else ("text" if stated[k] else "none") for k in stated}
    title_orig = row.get("title") or cleaned.title_orig
    if row.get("title"):  # the manifest may keep a headline in the page's own characters
        from .lang import converter

        value["title"] = converter("t2s").convert(row["title"])
    return Article(
        path=path, encoding=decoded.encoding, raw=decoded.text, cleaned=cleaned, region=value["region"],
        region_source=sources["region"], published=value["published"], outlet=value["outlet"],
        title=value["title"] or "", title_orig=title_orig, sources=sources, url=row.get("url", ""),
        note=row.get("note", ""), warnings=warnings, tokens=extra if segment else None,
        facts=extra if facts else None,
    )


def manifest_row_for(path: Path) -> dict[str, str] | None:
    """The manifest row that lists ``path`` in its own folder, if any."""
    return load_manifest(path.parent, require_files=False).get(path.name)


def load_corpus(folder: str | Path = SEEDS, *, quiet: bool = False) -> pd.DataFrame:
    """Read every article in ``folder`` -> corpus[doc_id, file, region, published, outlet, title, ..., text, audit]."""
    import pandas as pd

    # Load inputs.
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(folder, "corpus folder does not exist")
    manifest = load_manifest(folder)
    files = sorted(p for p in folder.glob("*.txt") if p.is_file())
    if not files:
        raise InputError(folder, "no .txt articles in the corpus folder")

    # Process data.
    rows = []
    seen: dict[str, str] = {}
    duplicates: list[tuple[str, str]] = []
    left_out: list[tuple[str, str]] = []
    for path in files:
        try:
            article = read_article(path, manifest.get(path.name))
        except NotAnArticle as exc:
            left_out.append((path.name, exc.reason))
            if not quiet:
                print(f"gbabrief: warning: {path.name}: {exc.reason}; left out of the corpus", file=sys.stderr)
            continue
        c = article.cleaned
        # The same article under two names counts once: the first name, in sorted order, is kept.
        digest = hashlib.sha256(c.text.encode("utf-8")).hexdigest()
        if digest in seen:
            duplicates.append((path.name, seen[digest]))
            article.warnings.append(f"{path.name}: the same article as {seen[digest]}; counted once")
        for warning in article.warnings:
            if not quiet:
                print(f"gbabrief: warning: {warning}", file=sys.stderr)
        if digest in seen:
            continue
        seen[digest] = path.name
        rows.append({
            "doc_id": path.stem, "file": path.name, "region": article.region,
            "region_source": article.region_source, "published": article.published,
            "published_source": article.sources.get("published"), "outlet": article.outlet,
            "outlet_source": article.sources.get("outlet"), "title": article.title,
            "title_orig": article.title_orig, "title_source": article.sources.get("title"), "url": article.url,
            "note": article.note, "encoding": article.encoding,
            "script": c.script, "config": c.config, "chars": len(c.text), "raw": article.raw, "text": c.text,
            "text_orig": c.text_orig, "audit": c.audit, "warnings": article.warnings,
        })
    corpus = pd.DataFrame(rows, columns=COLUMNS)
    corpus.attrs["duplicates"] = duplicates  # (file left out, file kept)
    corpus.attrs["not_articles"] = left_out  # (file, reason)
    from .discover import discover_cached

    corpus.attrs["discovered"] = discover_cached(list(corpus["text"]))  # the corpus's own terms
    return corpus


def inferred_rows(folder: str | Path) -> tuple[list[dict[str, str]], list[tuple[str, str]]]:
    """Manifest rows for the articles of ``folder`` that its manifest lacks, with the metadata
    inferred from each page and where each field came from (in ``note``); and the files refused
    as not articles (file, reason)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(folder, "corpus folder does not exist")
    listed = load_manifest(folder, require_files=False)
    rows, refused = [], []
    for path in sorted(p for p in folder.glob("*.txt") if p.is_file() and p.name not in listed):
        try:
            article = read_article(path, None)
        except NotAnArticle as exc:
            refused.append((path.name, exc.reason))
            continue
        sources = article.sources
        rows.append({
            "file": path.name, "region": article.region or NO_REGION, "outlet": article.outlet or "",
            "published": article.published or "", "title": article.title_orig, "url": "",
            "note": "inferred by gbabrief manifest; " + ", ".join(f"{k} from {sources[k]}" for k in
                                                                   ("region", "published", "outlet", "title")),
        })
    return rows, refused


def audit_table(corpus: pd.DataFrame) -> pd.DataFrame:
    """corpus[doc_id, audit] -> audit[doc_id, step, position, before, after, note], one row per change."""
    import pandas as pd

    rows = [{"doc_id": doc, **vars(change)} for doc, audit in zip(corpus["doc_id"], corpus["audit"])
            for change in audit]
    return pd.DataFrame(rows, columns=["doc_id", "step", "position", "before", "after", "note"])
