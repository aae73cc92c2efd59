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
from .manifest import MANIFEST_NAME, NO_REGION, load_manifest
from .paths import SEEDS, cache_dir, code_version
from .reader import decode_bytes, read_bytes
from .regions import infer_region

if TYPE_CHECKING:
    import pandas as pd

COLUMNS = ["doc_id", "file", "region", "region_source", "published", "published_source", "outlet",
           "outlet_source", "title", "title_orig", "title_source", "url", "site", "url_date", "note",
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
    site: str | None = None  # the outlet whose host the address is on (lexicon/outlets.csv), if known
    url_date: str | None = None  # the date the address's path states, if any
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
            "url": self.url, "site": self.site, "url_date": self.url_date,
            "title": self.title_orig, "title_simplified": self.title, "title_source": self.sources.get("title"),
            "byline": c.meta.get("byline"), "editor": c.meta.get("editor"),
            "paragraphs": len(c.paragraphs), "chars": len(c.text), "changes": c.changes(),
            "warnings": self.warnings,
        }


UNLISTED = "not listed in the manifest"


def unlisted_line(files: list[str], folder: Path) -> str:
    """One line for all the pages a manifest lacks: '412 pages are not in the manifest (a.txt, b.txt, …)…'."""
    shown = ", ".join(files[:3]) + (f" and {len(files) - 3} more" if len(files) > 3 else "")
    verb = "page is" if len(files) == 1 else "pages are"
    their = "its" if len(files) == 1 else "their"
    return (f"{len(files)} {verb} not in the manifest ({shown}); {their} metadata was inferred "
            f"(review with: gbabrief manifest {folder} --write)")


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

    from .address import address_line, date_of, outlet_of

    decoded = decode_bytes(read_bytes(path) if data is None else data, path)
    line_url, body = address_line(decoded.text)  # SOURCE: http://… on line 1 (or URL Source: …) is the address
    decoded.text = body
    cleaned, extra = process_text(decoded.text, segment=segment, facts=facts, lost=decoded.lost, source=str(path),
                                  audit=audit)
    row = manifest_row or {}
    warnings = []
    if manifest_row is None:
        warnings.append(f"{path.name}: {UNLISTED}; metadata inferred from the text "
                        f"(review and add it with: gbabrief manifest {path.parent} --write)")
    if decoded.lost:
        warnings.append(f"{path.name}: {len(decoded.lost)} undecodable byte run(s) dropped")
    none_of_three = row.get("region") == NO_REGION  # the analyst says so: no district is inferred
    stated = {"region": None if none_of_three else infer_region(cleaned.title, cleaned.text),
              "published": cleaned.meta.get("published"), "outlet": cleaned.meta.get("outlet"),
              "title": cleaned.title}
    value = {k: (None if k == "region" and none_of_three else row.get(k)) or v or None for k, v in stated.items()}
    sources = {k: "manifest" if row.get(k) else ("text" if stated[k] else "none") for k in stated}
    # What the address tells (the outlet whose host it is on, the date its path states) is kept beside
    # what the page states, never in its place: a reader of the page leaves blank what the page does not
    # say (a repost's host is not its outlet, a path's date may be the repost's), and a wrong field is
    # worse than a blank one.
    url = row.get("url") or line_url
    title_orig = row.get("title") or cleaned.title_orig
    if row.get("title"):  # the manifest may keep a headline in the page's own characters
        from .lang import converter

        value["title"] = converter("t2s").convert(row["title"])
    return Article(
        path=path, encoding=decoded.encoding, raw=decoded.text, cleaned=cleaned, region=value["region"],
        region_source=sources["region"], published=value["published"], outlet=value["outlet"],
        title=value["title"] or "", title_orig=title_orig, sources=sources, url=url,
        site=outlet_of(url) if url else None, url_date=date_of(url) if url else None,
        note=row.get("note", ""), warnings=warnings, tokens=extra if segment else None,
        facts=extra if facts else None,
    )


def manifest_row_for(path: Path) -> dict[str, str] | None:
    """The manifest row that lists ``path`` in its own folder, if any."""
    return load_manifest(path.parent, require_files=False).get(path.name)


def load_corpus(folder: str | Path = SEEDS, *, quiet: bool = False, strict: bool = False,
                stories: bool = True) -> pd.DataFrame:
    """Read every article in ``folder`` -> corpus[doc_id, file, region, published, outlet, title, ..., text, audit,
    story, copies, reach].

    Reposts are grouped into stories (``stories.find_stories``): the corpus has one row a story, its
    canonical copy, with the number of pages that ran it (``copies``) and of outlets (``reach``);
    ``corpus.attrs['stories']`` lists every page with its story and similarity. ``stories=False`` keeps
    every page as a row of its own (for scoring each page against a reader's annotations).

    A file that cannot be an article (empty, binary, undecodable, not Chinese, a term list) is skipped
    and left where it is; the skipped files are named, with the reason for each, in one line on stderr
    and in ``corpus.attrs['skipped']``. With ``strict``, the first such file stops the load."""
    import pandas as pd

    # Load inputs.
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(folder, "corpus folder does not exist")
    manifest = load_manifest(folder)
    files = sorted(p for p in folder.glob("*.txt") if p.is_file())
    unread = unread_entries(folder)
    if not files:
        found = f" (it holds {'; '.join(name for name, _ in unread[:5])})" if unread else ""
        raise InputError(folder, f"no .txt articles in the corpus folder{found}")

    # Process data.
    rows, unlisted = [], []
    left_out: list[tuple[str, str]] = list(unread)
    for path in files:
        try:
            article = read_article(path, manifest.get(path.name))
        except InputError as exc:
            if strict:
                raise
            left_out.append((path.name, exc.reason))
            continue
        c = article.cleaned
        if manifest.get(path.name) is None:
            unlisted.append(path.name)
        for warning in article.warnings:
            if not quiet and UNLISTED not in warning:  # unlisted pages: one line for all, below
                print(f"gbabrief: warning: {warning}", file=sys.stderr)
        rows.append({
            "doc_id": path.stem, "file": path.name, "region": article.region,
            "region_source": article.region_source, "published": article.published,
            "published_source": article.sources.get("published"), "outlet": article.outlet,
            "outlet_source": article.sources.get("outlet"), "title": article.title,
            "title_orig": article.title_orig, "title_source": article.sources.get("title"), "url": article.url,
            "site": article.site, "url_date": article.url_date, "note": article.note, "encoding": article.encoding,
            "script": c.script, "config": c.config, "chars": len(c.text), "raw": article.raw, "text": c.text,
            "text_orig": c.text_orig, "audit": c.audit, "warnings": article.warnings,
        })
    if unlisted and not quiet:
        print(f"gbabrief: warning: {unlisted_line(unlisted, folder)}", file=sys.stderr)
    if left_out and not quiet:
        folders = any(name.endswith("/") for name, _ in left_out)
        if len(left_out) == 1:
            what = "folder was" if folders else "file was"
        else:
            what = "files and folders were" if folders else "files were"
        print(f"gbabrief: warning: {len(left_out)} {what} skipped, not articles, and left where they are: "
              + "; ".join(f"{name} ({reason})" for name, reason in left_out), file=sys.stderr)
    if not rows:
        raise InputError(folder, "no readable article in the corpus folder (every file was skipped: "
                         + "; ".join(f"{name}: {reason}" for name, reason in left_out) + ")")
    corpus = pd.DataFrame(rows, columns=COLUMNS)
    corpus, pages = _group_stories(corpus) if stories else (corpus, None)
    if pages is not None and len(pages) > len(corpus) and not quiet:
        print(f"gbabrief: {len(pages)} pages hold {len(corpus)} {'story' if len(corpus) == 1 else 'stories'}: each story is counted once "
              f"(every copy is listed in data/stories.csv)", file=sys.stderr)
    corpus.attrs["stories"] = pages
    corpus.attrs["unlisted"] = unlisted
    corpus.attrs["skipped"] = left_out  # (file, reason)
    corpus.attrs["folder"] = str(folder)  # where the analyst's review sheets live (review/*.csv)
    from .discover import discover_cached

    corpus.attrs["discovered"] = discover_cached(list(corpus["text"]))  # the corpus's own terms
    return corpus


READ_BESIDE = {MANIFEST_NAME, "review"}  # the manifest and the analyst's review sheets (gbabrief review)


def unread_entries(folder: Path) -> list[tuple[str, str]]:
    """(name, why) of what the folder holds that the load does not read: a page saved under another
    suffix (page.html, page.TXT) or a subfolder of pages. Named beside the skipped files, so nothing an
    analyst dropped in is left out without a word; hidden files and the manifest are passed over."""
    unread = []
    for path in sorted(folder.iterdir()):
        if path.name.startswith(".") or path.name in READ_BESIDE or path.suffix == ".txt" and path.is_file():
            continue
        if path.is_dir():
            pages = sum(1 for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            if pages:
                unread.append((path.name + "/", f"a folder of {pages} file{'s' if pages != 1 else ''}, not read: "
                                                 "only the corpus folder's own .txt files are pages"))
        elif path.is_file():
            unread.append((path.name, "not read: only .txt files are pages"))
    return unread


STORY_COLUMNS = ["story", "doc_id", "file", "canonical", "similarity", "outlet", "published", "title", "url", "region"]


def _group_stories(corpus: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(one row a story, its canonical copy, with copies and reach; every page with its story)."""
    from .stories import find_stories

    found = find_stories(corpus)
    pages = corpus.merge(found, on="doc_id")
    pages["published"] = pages["published"].where(pages["published"].notna(), None)
    pages = pages.sort_values(["story", "canonical", "doc_id"], ascending=[True, False, True], kind="stable")
    copies = pages.groupby("story")["doc_id"].size()
    reach = pages.groupby("story")["outlet"].apply(lambda o: max(1, o.dropna().nunique()))
    canonical = pages[pages["canonical"]].drop(columns=["similarity", "canonical"])
    canonical = canonical.assign(copies=canonical["story"].map(copies), reach=canonical["story"].map(reach))
    order = {d: n for n, d in enumerate(corpus["doc_id"])}
    canonical = canonical.sort_values("doc_id", key=lambda d: d.map(order)).reset_index(drop=True)
    return canonical, pages[STORY_COLUMNS].reset_index(drop=True)


MANIFEST_NOTE = "inferred by gbabrief manifest"


def inferred_rows(folder: str | Path) -> tuple[list[dict[str, str]], list[tuple[str, str]]]:
    """Manifest rows for the articles of ``folder``: for each article the manifest lacks, a new row; for
    each listed row with blank fields (a scraper's ``file,url``), that row with the blanks filled in (its
    filled fields, url included, kept). Each with the metadata inferred from the page and its address, and
    where each inferred field came from (in ``note``); and the files refused as not articles."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(folder, "corpus folder does not exist")
    listed = load_manifest(folder, require_files=False)
    fields = ("region", "published", "outlet", "title")
    rows, refused = [], []
    for path in sorted(p for p in folder.glob("*.txt") if p.is_file()):
        row = listed.get(path.name)
        if row is not None and (all(row.get(k) for k in fields) or MANIFEST_NOTE in row.get("note", "")):
            continue  # listed whole, or its blanks already filled by this command (left blank: not stated)
        try:
            article = read_article(path, row)
        except InputError as exc:
            refused.append((path.name, exc.reason))
            continue
        # For review, the address proposes what the page leaves blank, and the note says so.
        sources = dict(article.sources)
        for key, hint in (("outlet", article.site), ("published", article.url_date)):
            if sources[key] == "none" and hint:
                sources[key] = "url"
        inferred = {"region": article.region or NO_REGION, "outlet": article.outlet or article.site or "",
                    "published": article.published or article.url_date or "", "title": article.title_orig}
        new = {"file": path.name, **{k: (row or {}).get(k) or inferred[k] for k in fields},
               "url": article.url or "", "note": (row or {}).get("note", "")}
        told = [f"{k} from {sources[k]}" for k in fields if not (row or {}).get(k)]
        new["note"] = "; ".join(x for x in (new["note"], f"{MANIFEST_NOTE}: " + ", ".join(told)) if x)
        new["update"] = row is not None
        rows.append(new)
    return rows, refused


def audit_table(corpus: pd.DataFrame) -> pd.DataFrame:
    """corpus[doc_id, audit] -> audit[doc_id, step, position, before, after, note], one row per change."""
    import pandas as pd

    rows = [{"doc_id": doc, **vars(change)} for doc, audit in zip(corpus["doc_id"], corpus["audit"])
            for change in audit]
    return pd.DataFrame(rows, columns=["doc_id", "step", "position", "before", "after", "note"])
