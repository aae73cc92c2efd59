"""Stories, not files: reposts of one story grouped by near-duplicate detection.

``find_stories(corpus) -> stories[doc_id, story, similarity, canonical]``: every article with the story it
belongs to (named by the story's canonical copy), its similarity to that copy, and whether it is it.

Each article's cleaned Simplified text (Traditional copies are converted before this) is cut into
character shingles of ``K`` letters, digits and CJK characters (punctuation and spacing aside). MinHash
signatures (``datasketch``, ``PERMUTATIONS`` permutations) and locality-sensitive hashing propose
candidate pairs; each candidate is then checked exactly by **containment**, the share of the smaller
copy's shingles that the larger holds, so a copy with a paragraph cut or added, another site's chrome
line or a reworded headline still matches. Pairs at or above ``THRESHOLD`` are one story (transitively).
The threshold was chosen on labelled pairs (``benchmarks/stories.py``). The canonical copy is the
earliest dated, else the longest.
"""
from __future__ import annotations

import hashlib
import os
import re
import zlib

import pandas as pd

K = 5  # shingle length in characters
PERMUTATIONS = 128
LSH_THRESHOLD = 0.3  # Jaccard estimate that makes a pair a candidate (below the containment bar: a cut copy)
THRESHOLD = 0.6  # containment at or above which two articles are one story
MIN_SHINGLES = 40  # a text shorter than this is its own story (too little to compare)
_STRIP = re.compile(r"[^0-9A-Za-z\u3400-\u9fff]")


def shingles(text: str, k: int = K) -> set[str]:
    letters = _STRIP.sub("", text)
    return {letters[i:i + k] for i in range(max(0, len(letters) - k + 1))}


def containment(a: set[str], b: set[str]) -> float:
    """The share of the smaller set that the larger holds (1.0 when one copy is inside the other)."""
    if not a or not b:
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return len(small & large) / len(small)


def _hash32(shingle: bytes) -> int:
    return zlib.crc32(shingle)  # deterministic across processes, and fast


def _candidates(sets: list[set[str]]) -> set[tuple[int, int]]:
    """Pairs of indices that MinHash LSH proposes."""
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=PERMUTATIONS)
    pairs: set[tuple[int, int]] = set()
    first = MinHash(num_perm=PERMUTATIONS, seed=1)
    permutations, scheme = first.permutations, first.scheme  # made once, shared by every page
    for i, s in enumerate(sets):
        if len(s) < MIN_SHINGLES:
            continue
        m = MinHash(num_perm=PERMUTATIONS, seed=1, hashfunc=_hash32, permutations=permutations, scheme=scheme)
        m.update_batch([x.encode("utf-8") for x in s])
        for j in lsh.query(m):
            pairs.add((j, i))
        lsh.insert(i, m)
    return pairs


def find_stories(corpus: pd.DataFrame, threshold: float = THRESHOLD) -> pd.DataFrame:
    """corpus[doc_id, text, published] -> stories[doc_id, story, similarity, canonical] (see the module).

    Cached under the corpus's pages (names, texts, dates), the threshold and the code version: the
    build and each notebook that loads one corpus group it once."""
    from .paths import cache_dir, code_version

    digest = hashlib.sha256(f"{threshold}|{code_version()}".encode())
    published = corpus["published"] if "published" in corpus.columns else [None] * len(corpus)
    for d, t, p in zip(corpus["doc_id"], corpus["text"], published):
        digest.update(f"{d}\0{p}\0".encode() + hashlib.sha256(t.encode("utf-8")).digest())
    cached = cache_dir("stories") / f"{digest.hexdigest()[:32]}.pkl"
    if cached.exists():
        try:
            return pd.read_pickle(cached)
        except Exception:  # noqa: BLE001 - a damaged entry is recomputed
            cached.unlink(missing_ok=True)
    out = _find_stories(corpus, threshold)
    partial = cached.with_suffix(f".{os.getpid()}.tmp")
    out.to_pickle(partial)
    partial.replace(cached)
    return out


def _find_stories(corpus: pd.DataFrame, threshold: float) -> pd.DataFrame:
    docs = list(corpus["doc_id"])
    sets = [shingles(t) for t in corpus["text"]]
    parent = list(range(len(docs)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in sorted(_candidates(sets)):
        if root(i) != root(j) and containment(sets[i], sets[j]) >= threshold:  # one story already: no check
            parent[root(i)] = root(j)

    # The canonical copy of each group: the earliest dated, else the longest, else the first in order.
    published = list(corpus["published"]) if "published" in corpus.columns else [None] * len(docs)
    groups: dict[int, list[int]] = {}
    for i in range(len(docs)):
        groups.setdefault(root(i), []).append(i)
    rows = []
    for members in groups.values():
        def rank(i: int) -> tuple:
            date = published[i] if isinstance(published[i], str) and published[i] else "9999"
            return date, -len(sets[i]), i

        head = min(members, key=rank)
        for i in members:
            rows.append({"doc_id": docs[i], "story": docs[head],
                         "similarity": 1.0 if i == head else round(containment(sets[i], sets[head]), 3),
                         "canonical": i == head})
    order = {d: n for n, d in enumerate(docs)}
    return pd.DataFrame(rows, columns=["doc_id", "story", "similarity", "canonical"]).sort_values(
        "doc_id", key=lambda s: s.map(order)).reset_index(drop=True)
