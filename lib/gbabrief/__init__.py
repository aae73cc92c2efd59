"""gbabrief: the AI and innovation strategies of Nanshan, Nansha and Binhaiwan, from Chinese news."""
from __future__ import annotations

from .corpus import audit_table, load_corpus, read_article
from .errors import InputError
from .terms import kwic

__all__ = ["InputError", "audit_table", "kwic", "load_corpus", "read_article"]
__version__ = "0.1.0"
