"""An English gist of a Chinese sentence, built from what was extracted from it, not a translation.

``gist(sentence) -> "Nanshan District, Shenzhen; GDP CNY 610.37 bn (2019); terms: …"``

No offline machine translation is available, so the brief does not pretend to translate: a quoted
sentence gets the places and organisations it names (with the lexicon's English glosses), the facts
read from it (what each measures, its value, its year and whether it is a target), the policy it
names, and the English glosses of its key domain terms. The brief marks it as a gist and puts the
Chinese original beside it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, entries

MAX_TERMS = 6


@lru_cache(maxsize=1)
def _glossary() -> tuple[object, dict[str, tuple[str, str]]]:
    """Regex over every lexicon form with an English gloss; form -> (gloss, file)."""
    forms: dict[str, tuple[str, str]] = {}
    for name in ("places.csv", "organisations.csv", "terms.csv"):
        for e in entries(name):
            if e.gloss:
                for f in e.forms:
                    if len(f) >= 2:
                        forms.setdefault(f, (e.gloss, name))
    return alternation(forms), forms


def glosses(sentence: str) -> tuple[list[str], list[str]]:
    """(names, terms): English glosses of the places and organisations, and of the domain terms, that
    the sentence names, in order, each once."""
    pattern, forms = _glossary()
    names, terms = [], []
    for m in pattern.finditer(sentence) if pattern else ():
        gloss, source = forms[m.group(0)]
        target = terms if source == "terms.csv" else names
        if gloss not in names and gloss not in terms:
            target.append(gloss)
    return names[:4], terms[:MAX_TERMS]


def gist(sentence: str, facts=None, policies: list[str] | None = None) -> str:
    """The gist of one sentence: who, the figures with what they measure, the policies, the terms.

    ``facts`` is an optional frame of the sentence's facts with ``value_text`` and ``label`` (as the
    brief has them); without it the sentence's facts are read here."""
    from .facts import extract

    names, terms = glosses(sentence)
    parts = []
    if names:
        parts.append("; ".join(names))
    if facts is None:
        found = extract(sentence)
        if len(found):
            from .brief.words import human_value

            parts.append("figures: " + ", ".join(human_value(r.kind, r.value, r.unit, r.qualifier, r.surface)
                                                 for r in found.itertuples()))
    elif len(facts):
        parts.append("figures: " + "; ".join(_figure(r.value_text, r.label) for r in facts.itertuples()))
    if policies:
        parts.append("names " + ", ".join(policies))
    if terms:
        parts.append("on " + ", ".join(terms))
    return ". ".join(p[0].upper() + p[1:] for p in parts) + "." if parts else "A sentence without named places, figures or domain terms."


def _figure(value_text: str, label: str) -> str:
    """'3 factors' with 'factors, 2025' -> '3 factors, 2025': the label without the unit the value states."""
    head, _, rest = label.partition(", ")
    if value_text.endswith(head):
        return f"{value_text}, {rest}" if rest else value_text
    return f"{value_text}, {label}"


# What kind of event a dated clause reports: the first of these verbs it uses names it.
EVENT_KINDS = (
    ("签约|签署|签订", "agreement signed"), ("揭牌|挂牌|授牌", "opening ceremony (plaque unveiled)"),
    ("开工|动工|奠基", "construction started"), ("投产|投用|启用|运营", "started operation"),
    ("印发|发布|公布|出台|颁布", "document or list released"), ("批复|获批|批准|同意", "approval granted"),
    ("开幕|召开|举行|举办|峰会|论坛|大会|会议|两会", "meeting or forum held"),
    ("调研|考察|视察|参观|走访", "official visit"), ("成立|设立|落户|入驻", "organisation set up or settled"),
    ("竣工|建成|完工", "construction completed"), ("启动|上线|开通|发射", "launch"),
    ("指导|主办|承办", "event hosted"),
)


def event_gist(clause: str) -> str:
    """An English gist of a dated event from the clause after its date: the kind of event (签约 ->
    agreement signed) and the places, organisations and terms it names, from the lexicon's glosses."""
    kind = next((en for pattern, en in EVENT_KINDS if re.search(pattern, clause)), "")
    names, terms = glosses(clause)
    parts = [p for p in (kind, "; ".join(names[:3]), ", ".join(terms[:2])) if p]
    if not parts:
        return "event not named in English (see the Chinese)"
    text = " — ".join(parts)
    return text[0].upper() + text[1:]
