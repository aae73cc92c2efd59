"""Organisation names: one canonical name and a type for a name as found (深圳市商汤科技有限公司 -> 商汤科技,
company), from the organisations lexicon, legal suffixes and city prefixes. Shared by actors and term
discovery; a data-level module that imports nothing of the analysis."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, entries

# suffix -> type, longest first
SUFFIX_TYPES = [
    ("股份有限公司", "company"), ("有限责任公司", "company"), ("有限公司", "company"), ("公司", "company"),
    ("集团", "company"),
    ("大学", "university"), ("学院", "university"), ("研究生院", "university"),
    ("研究院", "institute"), ("研究所", "institute"), ("科学院", "institute"), ("实验室", "lab"),
    ("管委会", "government"), ("委员会", "government"), ("人民政府", "government"), ("政府", "government"),
    ("办公室", "government"), ("局", "government"), ("联盟", "alliance"),
    ("商会", "alliance"), ("协会", "alliance"), ("交易所", "platform"), ("基金", "finance"),
]
LEGAL_SUFFIXES = ("股份有限公司", "有限责任公司", "有限公司", "集团")
PLACE_PREFIXES = ("广东省", "深圳市", "广州市", "东莞市", "香港", "澳门", "成都市", "上海")


@lru_cache(maxsize=1)
def _lexicon() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """Regex over every organisation form, and form -> (canonical name, type)."""
    forms = {}
    for entry in entries("organisations.csv"):
        for form in entry.forms:
            forms[form] = (entry.term, entry.category)
    return alternation(forms), forms


def suffix_type(name: str) -> str | None:
    for suffix, kind in SUFFIX_TYPES:
        if name.endswith(suffix):
            return kind
    return None


def normalise(name: str) -> tuple[str, str]:
    """One canonical name and a type for an organisation name as found."""
    pattern, forms = _lexicon()
    candidates = [name]
    stripped = name
    for _ in range(3):
        for suffix in LEGAL_SUFFIXES:
            if stripped.endswith(suffix) and len(stripped) > len(suffix) + 1:
                stripped = stripped[: -len(suffix)]
        stripped = re.sub(r"\((中国|深圳|广州)\)$", "", stripped)
        candidates.append(stripped)
        for prefix in PLACE_PREFIXES:
            if stripped.startswith(prefix) and len(stripped) > len(prefix) + 1:
                stripped = stripped[len(prefix) :]
                candidates.append(stripped)
    for candidate in candidates:
        if candidate in forms:
            return forms[candidate]
    kind = suffix_type(name) or "organisation"
    return (candidates[-1] if kind == "company" else name), kind
