"""Per-page results kept on disk, keyed by what they are computed from and the code's version.

``per_page(kind, items, compute) -> [compute(*item) for item in items]``, each result read from
the cache when it was computed before from the same item with the same code, lexicon and templates
(``paths.code_version``). An item is a tuple of plain values (the page's text, its district, its
date …): everything the result depends on, and nothing else, so that adding a page to a corpus
recomputes that page only and every other page's result is read back.

Results are pickles under ``cache_dir("pages")/<code version>/<kind>/``, written to a temporary file and
moved into place, so notebooks that run at the same time never read a half-written file. A file that
cannot be read is computed again. Results of other code versions can never be read again and are removed
the first time a process uses the cache, so it holds one version's pages. ``GBABRIEF_PAGE_CACHE=0`` turns
the cache off (each result is computed).
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from .paths import cache_dir, code_version

T = TypeVar("T")


def _key(item: tuple) -> str:
    """The file name of an item's result; its folder names the code version and the kind."""
    return hashlib.sha256(pickle.dumps(item, protocol=4)).hexdigest()


def _current() -> Path:
    """This code version's folder of the cache."""
    return _pruned(cache_dir("pages"), code_version()[:16])


@lru_cache(maxsize=8)
def _pruned(root: Path, version: str) -> Path:
    """``root/version``, the other versions' folders removed (once a process and cache)."""
    import shutil

    for old in root.iterdir():
        if old.name != version and old.is_dir():
            shutil.rmtree(old, ignore_errors=True)
    return root / version


def enabled() -> bool:
    return os.environ.get("GBABRIEF_PAGE_CACHE", "1") not in ("0", "", "off", "no")


def per_page(kind: str, items: Iterable[Sequence], compute: Callable[..., T]) -> list[T]:
    """``[compute(*item) for item in items]``, each result reused from the cache where it was made
    from the same item by the same code."""
    items = [tuple(item) for item in items]
    if not enabled():
        return [compute(*item) for item in items]
    folder = _current() / kind
    folder.mkdir(parents=True, exist_ok=True)
    out: list[T] = []
    for item in items:
        path = folder / (_key(item) + ".pkl")
        try:
            out.append(pickle.loads(path.read_bytes()))
            continue
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, IndexError, TypeError):
            pass
        result = compute(*item)
        _write(path, result)
        out.append(result)
    return out


def _write(path: Path, result) -> None:
    try:
        handle, partial = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "wb") as stream:
            pickle.dump(result, stream, protocol=4)
        os.replace(partial, path)
    except OSError:  # a full or read-only disk: the result is still returned, only not kept
        try:
            os.unlink(partial)
        except (OSError, UnboundLocalError):
            pass
