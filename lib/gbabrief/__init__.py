"""gbabrief: the AI and innovation strategies of Nanshan, Nansha and Binhaiwan, from Chinese news."""
from __future__ import annotations

from .errors import InputError

__all__ = ["InputError", "audit_table", "interactive_tables", "kwic", "load_corpus", "read_article"]
__version__ = "0.1.0"

_LAZY = {"audit_table": "corpus", "load_corpus": "corpus", "read_article": "corpus", "kwic": "terms",
         "interactive_tables": "tables"}


def __getattr__(name: str):
    # Imported on first use, so that the command line starts without loading pandas.
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'gbabrief' has no attribute {name!r}")
