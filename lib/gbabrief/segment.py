"""Segmentation with the package's own jieba tokenizer.

The package builds one ``jieba.Tokenizer`` (never jieba's global one), loads it
with the domain lexicon, and keeps its cache in the project cache directory
instead of the system temp dir that jieba would share between users.
"""
from __future__ import annotations

import logging
from functools import lru_cache

import jieba

from .paths import cache_dir

jieba.setLogLevel(logging.WARNING)  # jieba announces every dictionary load on stderr


@lru_cache(maxsize=1)
def base_tokenizer() -> jieba.Tokenizer:
    """jieba's default dictionary, initialised once per process, cached under the project."""
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = str(cache_dir("jieba"))
    tokenizer.initialize()
    return tokenizer


def word_freq(word: str) -> int:
    """Frequency of ``word`` in jieba's dictionary (0 when it is not a word)."""
    return base_tokenizer().FREQ.get(word, 0)


def segment_text(text: str) -> list[str]:
    """Tokens of one paragraph, whitespace dropped."""
    return [t for t in base_tokenizer().lcut(text, HMM=False) if t.strip()]
