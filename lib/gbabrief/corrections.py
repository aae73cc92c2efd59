"""An analyst's corrections of the coding: ``lexicon/corrections.csv``.

Columns ``file, quote, scheme, code, action`` (and an optional ``note``): the sentence of ``file`` that
holds ``quote`` (any script, punctuation and spacing aside) gets ``code`` of ``scheme`` (theme or
instrument) added (``keep``) or taken away (``drop``). ``apply(evidence, corpus)`` returns the evidence
with the corrections made (``corrected`` is 'kept' on a code an analyst kept or added; a dropped code
is gone, and ``evidence.attrs['corrections']`` lists both), and the corrections that no longer match a
sentence, each as one line that names its row.
"""
from __future__ import annotations

import csv
import os
from pathlib import Path

import pandas as pd

from .errors import InputError
from .evaluate import bare
from .paths import ROOT

CORRECTIONS = Path(os.environ.get("GBABRIEF_CORRECTIONS", ROOT / "lexicon" / "corrections.csv"))
COLUMNS = ("file", "quote", "scheme", "code", "action")


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def load(path: Path = CORRECTIONS) -> list[dict[str, str]]:
    """The corrections, checked: every column filled, a known scheme, code and action."""
    from .taxonomy import taxonomy

    if not path.exists():
        return []
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = [r for r in csv.DictReader(handle) if any((v or "").strip() for v in r.values())]
    except UnicodeDecodeError:
        raise InputError(path, "not UTF-8") from None
    known = {(c.scheme, c.code) for c in taxonomy()}
    for number, row in enumerate(rows, start=2):
        for column in COLUMNS:
            if not (row.get(column) or "").strip():
                raise InputError(path, f"row {number}: empty {column}")
        row.update({k: row[k].strip() for k in COLUMNS})
        if row["action"] not in ("keep", "drop"):
            raise InputError(path, f"row {number}: action must be keep or drop, not {row['action']!r}")
        if (row["scheme"], row["code"]) not in known:
            raise InputError(path, f"row {number}: no {row['scheme']} code {row['code']!r} in the taxonomy")
        if len(bare(row["quote"])) < 4:
            raise InputError(path, f"row {number}: the quote must hold at least four characters of the sentence")
        row["row"] = str(number)
    return rows


def match(corpus: pd.DataFrame, sents: pd.DataFrame, corrections: list[dict[str, str]],
          path: Path = CORRECTIONS) -> tuple[list[tuple[dict, tuple[str, int]]], list[str]]:
    """(correction, (doc_id, sent_id)) for every correction that finds its sentence; and one line for
    every correction that does not."""
    doc_of = dict(zip(corpus["file"], corpus["doc_id"]))
    wanted = {doc_of[c["file"]] for c in corrections if c["file"] in doc_of}
    by_doc: dict[str, list[tuple[tuple[str, int], str]]] = {}  # only the corrected articles' sentences
    for doc_id, sent_id, text in zip(sents["doc_id"], sents["sent_id"], sents["sentence"]):
        if doc_id in wanted:
            by_doc.setdefault(doc_id, []).append(((doc_id, sent_id), bare(text)))
    found, stale = [], []
    for c in corrections:
        doc_id, quote = doc_of.get(c["file"]), bare(c["quote"])
        hits = [key for key, letters in by_doc.get(doc_id, []) if quote in letters]
        if hits:
            found.append((c, hits[0]))
        else:
            where = "no such file in the corpus" if doc_id is None else "no sentence of the file holds the quote"
            line = f"{_shown(Path(c.get('path') or path))} row {c['row']}: {c['file']}: {where}; correction not applied"
            if line not in stale:  # a reviewed sentence is many rows, one a code: said once
                stale.append(line)
    return found, stale


def apply(evidence: pd.DataFrame, corpus: pd.DataFrame, sents: pd.DataFrame,
          corrections: list[dict[str, str]], path: Path = CORRECTIONS) -> tuple[pd.DataFrame, list[str]]:
    """evidence with each correction made; and one line for every correction that matched no sentence."""
    from .taxonomy import taxonomy

    evidence = evidence.assign(corrected="")
    if not corrections:
        return evidence, []
    sides = {(c.scheme, c.code): c.side for c in taxonomy()}
    region = dict(zip(corpus["doc_id"], corpus["region"]))
    said = dict(zip(zip(sents["doc_id"], sents["sent_id"]), sents["sentence"]))
    found, stale = match(corpus, sents, corrections, path)
    added, dropped, kept = [], set(), set()
    source: dict[tuple, str] = {}  # mark -> where it was said: 'corrections' or 'review'
    for c, key in found:
        mark = (key[0], key[1], c["scheme"], c["code"])
        source[mark] = c.get("source", "corrections")
        if c["action"] == "drop":
            dropped.add(mark)
            kept.discard(mark)
        else:
            kept.add(mark)
            dropped.discard(mark)
            added.append({"doc_id": key[0], "region": region[key[0]], "sent_id": key[1], "sentence": said[key],
                          "scheme": c["scheme"], "code": c["code"], "side": sides[(c["scheme"], c["code"])],
                          "keywords": "corrected by the analyst", "about": "district"})
    keys = list(zip(evidence["doc_id"], evidence["sent_id"], evidence["scheme"], evidence["code"]))
    had = set(keys)
    dropped &= had  # a code dropped that the sentence did not have changes nothing, and is not listed
    evidence = evidence[[k not in dropped for k in keys]]
    present = {k for k in keys if k not in dropped}
    new = pd.DataFrame([a for a in added if (a["doc_id"], a["sent_id"], a["scheme"], a["code"]) not in present])
    evidence = pd.concat([evidence, new.assign(corrected="kept")] if len(new) else [evidence], ignore_index=True)
    marks = list(zip(evidence["doc_id"], evidence["sent_id"], evidence["scheme"], evidence["code"]))
    evidence["corrected"] = ["kept" if m in kept else "" for m in marks]
    applied = [{"doc_id": k[0], "sent_id": k[1], "sentence": said[(k[0], k[1])], "scheme": k[2], "code": k[3],
                "action": "drop" if k in dropped else "keep", "source": source[k]} for k in sorted(dropped | kept)]
    reviewed = {(k[0], k[1]) for k, where in source.items() if where == "review"}
    evidence["reviewed"] = [(d, i) in reviewed for d, i in zip(evidence["doc_id"], evidence["sent_id"])]
    out = evidence.sort_values(["doc_id", "sent_id", "scheme"], kind="stable").reset_index(drop=True)
    out.attrs["corrections"] = applied
    return out, stale
