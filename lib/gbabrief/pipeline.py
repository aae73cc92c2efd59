"""The per-article pipeline, as pure functions that run in a process pool or on Dask.

- ``process_text(text)`` cleans one decoded text, and for a large text (a file that
  holds many articles' worth of text) splits it at paragraph breaks into chunks that
  are cleaned (and optionally segmented) in parallel on all cores.
- ``segment_discovering(text)`` cleans, discovers terms and segments one large text.

The records of a whole corpus (``process_file``, ``iter_records``, ``process_bag``) live in
``records``, which reads articles through ``corpus``; this module imports neither.
"""
from __future__ import annotations

import multiprocessing as mp
import os

from .clean import Change, Cleaned, clean_text
from .lang import choose_t2s_config, detect_script

PARALLEL_MIN = 400_000  # characters: below this one process is faster than starting a pool
CHUNK = 200_000  # characters per chunk of a large text
_SEGMENT_TK = None  # the tokenizer segmenting uses (None: the domain tokenizer); forked workers inherit it


def workers() -> int:
    """Processes to use: the cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def split_chunks(text: str, size: int = CHUNK) -> list[tuple[int, str]]:
    """(offset, chunk) pieces of about ``size`` characters, cut at paragraph breaks."""
    chunks, start = [], 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n\n", start + size // 2, end)
            cut = cut if cut >= 0 else text.rfind("\n", start + size // 2, end)
            end = cut + 1 if cut >= 0 else end
        chunks.append((start, text[start:end]))
        start = end
    return chunks


def _then(cleaned: Cleaned, then: str) -> object:
    """What follows cleaning: tokens per paragraph (``segment``), facts (``facts``) or nothing."""
    if then in ("segment", "segment_joined"):
        from .segment import segment_text

        lines = [segment_text(p, tk=_SEGMENT_TK) for p in cleaned.paragraphs]
        # Joined, a chunk's tokens travel back from a worker as one string, not a million objects.
        return "\n".join(" ".join(line) for line in lines) if then == "segment_joined" else lines
    if then == "facts":
        from .facts import extract

        return extract(cleaned.text)
    return None


def _clean_chunk(job: tuple[int, str, str, str, str, str]) -> tuple[Cleaned | None, object]:
    """Clean one chunk; then segment it (``then='segment'``) or read its facts (``then='facts'``)."""
    offset, chunk, config, then, source, script = job
    from .errors import InputError

    try:
        cleaned = clean_text(chunk, config=config, script=script, source=source, audit_conversion=not then)
    except InputError:  # a chunk that is all chrome: nothing of the body lost
        return None, None
    extra = _then(cleaned, then)
    if then:
        cleaned.audit = []  # not needed by the caller, and the costliest part to send back
    for change in cleaned.audit:
        change.position += offset
    return cleaned, extra


def _merge(parts: list[Cleaned], script: str, config: str) -> Cleaned:
    first = parts[0]
    meta = dict(first.meta)
    for part in parts[1:]:
        for key, value in part.meta.items():
            meta[key] = meta.get(key) or value
    audit: list[Change] = [change for part in parts for change in part.audit]
    return Cleaned("\n".join(p.text for p in parts), "\n".join(p.text_orig for p in parts), first.title,
                   first.title_orig, script, config, meta, audit)


def process_text(text: str, *, segment: bool = False, facts: bool = False, lost=None, source: str = "<text>",
                 processes: int | None = None, audit: bool = True, tk=None,
                 joined: bool = False) -> tuple[Cleaned, object]:
    """Clean ``text``, then segment its paragraphs (``segment``) or read its facts (``facts``);
    large texts in parallel chunks. Returns (cleaned, tokens per paragraph | facts | None).
    ``audit=False`` keeps no audit (for callers that want only the text)."""
    from .errors import InputError

    global _SEGMENT_TK
    _SEGMENT_TK = tk
    then = ("segment_joined" if joined else "segment") if segment else "facts" if facts else "" if audit else "clean"
    processes = processes or workers()
    if len(text) < PARALLEL_MIN or processes == 1:
        cleaned = clean_text(text, lost=lost, source=source, audit_conversion=not then)
        return cleaned, _then(cleaned, then)
    # One script decision for the whole text, then chunks in a pool of forked workers that
    # inherit the tokenizer already loaded here.
    script = detect_script(text)
    config = choose_t2s_config(text) if script != "simplified" else "none"
    from .segment import tokenizer

    tokenizer()  # loaded once here (with jieba's dictionary, which the garble model uses); workers inherit it
    jobs = [(offset, chunk, config, then, source, script) for offset, chunk in split_chunks(text)]
    with mp.get_context("fork").Pool(processes) as pool:
        results = pool.map(_clean_chunk, jobs, chunksize=1)
    parts = [(c, t) for c, t in results if c is not None]
    if not parts:
        raise InputError(source, "no article body (only site chrome, or nothing after cleaning)")
    cleaned = _merge([c for c, _ in parts], script, config)
    if lost:
        cleaned.audit[:0] = [Change("decode", pos, f"<bytes {hexes}>", "", "undecodable bytes dropped")
                             for pos, hexes in lost]
    if segment and joined:
        return cleaned, "\n".join(t for _, t in parts if t)
    if segment:
        return cleaned, [line for _, t in parts for line in (t or [])]
    if facts:
        import pandas as pd

        frames, at = [], 0
        for chunk_cleaned, chunk_facts in parts:  # offsets into the joined text
            frames.append(chunk_facts.assign(start=chunk_facts["start"] + at, end=chunk_facts["end"] + at))
            at += len(chunk_cleaned.text) + 1
        return cleaned, pd.concat(frames, ignore_index=True)
    return cleaned, None


def _clean_only(job: tuple[int, str, str, str, str]) -> str | None:
    """Clean one chunk of a large text without an audit; its cleaned text (None when all chrome)."""
    offset, chunk, config, source, script = job
    from .errors import InputError

    try:
        return clean_text(chunk, config=config, script=script, source=source, audit_conversion=False).text
    except InputError:
        return None


def _segment_joined(job: tuple[str, tuple[str, ...]]) -> str:
    """Segment one cleaned chunk with the domain tokenizer plus ``terms``; tokens joined by spaces."""
    from .segment import corpus_tokenizer, segment_text

    text, terms = job
    tk = corpus_tokenizer(terms)  # built once per worker (cached), from the tokenizer the fork inherited
    return "\n".join(" ".join(segment_text(p, tk=tk)) for p in text.split("\n"))


def segment_discovering(text: str, *, source: str = "<text>", processes: int | None = None,
                        discover_terms: bool = True) -> str:
    """Clean, discover terms and segment one decoded text; tokens joined by spaces, a line a paragraph.

    A large text is cleaned in chunks on all cores; the terms are discovered from the first cleaned
    chunks (an even sample for a small text) while the rest are still being cleaned, and the chunks are
    then segmented on all cores with those terms. The tokens join back into the cleaned text."""
    from .discover import SAMPLE_CHARS, discover_rows

    def found(texts: list[str]) -> tuple[str, ...]:
        return tuple(r["term"] for r in discover_rows(texts))  # without pandas, which costs a start-up
    from .errors import InputError
    from .segment import tokenizer

    processes = processes or workers()
    if len(text) < PARALLEL_MIN or processes == 1:
        cleaned = clean_text(text, source=source, audit_conversion=False)
        return _segment_joined((cleaned.text, found([cleaned.text]) if discover_terms else ()))
    script = detect_script(text)
    config = choose_t2s_config(text) if script != "simplified" else "none"
    tokenizer()  # the forked workers inherit the loaded dictionaries (jieba's and the domain's)
    jobs = [(offset, chunk, config, source, script) for offset, chunk in split_chunks(text)]
    with mp.get_context("fork").Pool(processes) as pool:
        cleaned: list[str | None] = []
        terms: tuple[str, ...] | None = None if discover_terms else ()
        for part in pool.imap(_clean_only, jobs, chunksize=1):
            cleaned.append(part)
            if terms is None and sum(len(c) for c in cleaned if c) >= SAMPLE_CHARS:
                terms = found([c for c in cleaned if c])  # while the pool cleans on
        parts = [c for c in cleaned if c]
        if not parts:
            raise InputError(source, "no article body (only site chrome, or nothing after cleaning)")
        if terms is None:
            terms = found(parts)
        lines = pool.map(_segment_joined, [(c, terms) for c in parts], chunksize=1)
    return "\n".join(lines)
