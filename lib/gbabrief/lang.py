"""Chinese-text primitives: character classes, a plausibility score, script and OpenCC.

The plausibility score is the mean log10 probability of a text's characters under
a unigram model built from jieba's dictionary (``lexicon/charfreq.tsv``). It is what
tells real Chinese from mojibake: Big5 bytes read as GB18030, or GBK bytes read
one byte out of step, both give rare characters and score low.
"""
from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

import opencc

from .paths import LEXICON

if TYPE_CHECKING:
    import pandas as pd

CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_RE = re.compile(f"[{CJK}]")
# Chinese (full-width) punctuation that counts as part of running Chinese text.
ZH_PUNCT = "，。、；：？！“”‘’（）《》〈〉【】「」『』—…·～"
ZH_PUNCT_SET = frozenset(ZH_PUNCT)
# A sentence: up to and including a full stop, question or exclamation mark, or semicolon (or a line end).
SENTENCE = re.compile(r"[^。！？；!?;\n]+[。！？；!?;]?")

# Log10 probabilities for what the character table does not cover. Punctuation shares
# are typical of Chinese news text (commas about 5%, full stops 2.5% ...).
_PUNCT_SHARE = {
    "，": 0.05, ",": 0.05, "。": 0.025, ".": 0.01, "、": 0.01, "“": 0.006, "”": 0.006, '"': 0.006,
    "：": 0.003, ":": 0.003, "（": 0.002, "）": 0.002, "(": 0.002, ")": 0.002, "《": 0.002, "》": 0.002,
    "；": 0.001, ";": 0.001, "！": 0.0005, "!": 0.0005, "？": 0.0005, "?": 0.0005, "%": 0.001,
}
_LOGP_PUNCT = -3.3  # any other punctuation
_LOGP_ASCII = -2.5  # Latin letters and digits are common in tech news, but are no evidence
_LOGP_UNSEEN_CJK = -7.0  # a CJK character jieba's dictionary never uses
_LOGP_JUNK = -9.0  # control characters, private use, replacement characters


def is_cjk(char: str) -> bool:
    """True for a CJK unified ideograph (basic block, extension A, compatibility)."""
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf" or "\uf900" <= char <= "\ufaff"


SCRIPT_SAMPLE = 200_000  # characters enough to tell a document's script and variant standard


@lru_cache(maxsize=1)
def _char_logp() -> dict[str, float]:
    counts: dict[str, int] = {}
    with (LEXICON / "charfreq.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#"):
                continue
            char, count = line.rstrip("\n").split("\t")
            counts[char] = int(count)
    total = sum(counts.values())
    return {c: math.log10(n / total) for c, n in counts.items()}


def char_logp(char: str) -> float:
    """Log10 probability of one character in Simplified Chinese news text."""
    table = _char_logp()
    if char in table:
        return table[char]
    if is_cjk(char):
        return _LOGP_UNSEEN_CJK
    if char in _PUNCT_SHARE:
        return math.log10(_PUNCT_SHARE[char])
    if char in ZH_PUNCT_SET or char in "'-+/":
        return _LOGP_PUNCT
    if char.isascii() and (char.isalnum() or char == " "):
        return _LOGP_ASCII
    category = unicodedata.category(char)
    if char == "\ufffd" or category in ("Cc", "Co", "Cs", "Cn") and char not in "\n\t\r":
        return _LOGP_JUNK
    if char in "\n\t\r":
        return _LOGP_PUNCT
    return _LOGP_UNSEEN_CJK


def plausibility(text: str, *, simplify: bool = True) -> float:
    """Mean log10 character probability of ``text`` (about -3.3 for news, below -5 for mojibake).

    Traditional text is converted to Simplified first, since the model is Simplified.
    """
    if simplify:
        text = converter("t2s").convert(text)
    chars = [c for c in text if not c.isspace()]
    if not chars:
        return _LOGP_JUNK
    return sum(char_logp(c) for c in chars) / len(chars)


def cjk_share(text: str) -> float:
    """Share of non-space characters that are CJK ideographs or Chinese punctuation."""
    chars = len(text) - len(re.findall(r"\s", text))
    if not chars:
        return 0.0
    return len(re.findall(f"[{CJK}{ZH_PUNCT}]", text)) / chars


@lru_cache(maxsize=None)
def converter(config: str) -> opencc.OpenCC:
    """One OpenCC converter per configuration, built once per process.

    ``include_tofu_risk_dictionaries=False``: since OpenCC 1.3.2 the default may emit rare
    characters that fonts lack and render as boxes.
    """
    try:
        return opencc.OpenCC(config, include_tofu_risk_dictionaries=False)
    except TypeError:  # older OpenCC without the keyword never emits them
        return opencc.OpenCC(config)


def _changed(config: str, text: str) -> int:
    out = converter(config).convert(text)
    return sum(a != b for a, b in zip(out, text)) + abs(len(out) - len(text))


def script_counts(text: str) -> tuple[int, int, int]:
    """Return (CJK characters, characters t2s would change, characters s2t would change)."""
    return len(CJK_RE.findall(text)), _changed("t2s", text), _changed("s2t", text)


def detect_script(text: str) -> str:
    """Classify text as ``simplified``, ``traditional`` or ``mixed``.

    A character that t2s changes is Traditional-only; one that s2t changes is
    Simplified-only. Each script shows a few of the other's by accident (shared
    forms such as 后/後), so a script counts only above 3% of CJK characters.
    """
    cjk, trad, simp = script_counts(text[:SCRIPT_SAMPLE])
    if cjk == 0:
        return "simplified"
    trad_share, simp_share = trad / cjk, simp / cjk
    if trad_share >= 0.03 and simp_share >= 0.03:
        return "mixed"
    if trad_share >= 0.03:
        return "traditional"
    return "simplified"


def choose_t2s_config(text: str) -> str:
    """Pick the OpenCC configuration for Traditional text by the variant standard it follows.

    Hong Kong text (HK glyph variants such as 着, 台) converts best with ``hk2s``,
    Taiwan-standard text with ``tw2s``; the variant standard the text already
    satisfies (fewest changes under t2hk or t2tw) is the one it came from.
    """
    text = text[:SCRIPT_SAMPLE]
    hk, tw = _changed("t2hk", text), _changed("t2tw", text)
    if hk < tw:
        return "hk2s"
    if tw < hk:
        return "tw2s"
    return "t2s"


def sentences(corpus: pd.DataFrame) -> pd.DataFrame:
    """corpus[doc_id, region, text] -> sentences[doc_id, region, sent_id, sentence, start]."""
    import pandas as pd

    rows = [{"doc_id": doc, "region": region, "sent_id": i, "sentence": m.group(0).strip(), "start": m.start()}
            for doc, region, text in zip(corpus["doc_id"], corpus["region"], corpus["text"])
            for i, m in enumerate(SENTENCE.finditer(text)) if m.group(0).strip()]
    return pd.DataFrame(rows, columns=["doc_id", "region", "sent_id", "sentence", "start"])
