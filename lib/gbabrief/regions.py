"""Which of the three districts an article is about, inferred from the places it names."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .lexicon import alternation, entries
from .manifest import REGIONS

TITLE_WEIGHT = 3  # a district in the title counts three mentions
LEAD_WEIGHT = 2  # in the lead (the body's first paragraph), two: a story names its subject first
MIN_SCORE = 3  # fewer weighted mentions is a passing mention, not the article's subject
MIN_SHARE = 0.6  # the leading district must hold this share of all district mentions
OUTSIDE = "outside"  # places.csv: a neighbouring place that is none of the three (前海, 松山湖, 番禺)


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    form_to_region = {}
    for entry in entries("places.csv"):
        region = entry.get("district")
        if region in REGIONS or region == OUTSIDE:
            for form in entry.forms:
                form_to_region[form] = region
    return alternation(form_to_region), form_to_region


@lru_cache(maxsize=1)
def _cities() -> re.Pattern[str]:
    forms = sorted({f for e in entries("places.csv") if e.category == "city" for f in e.forms}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, forms)))


def cities_on_their_own(text: str) -> int:
    """Cities a text names on their own: not as the prefix of a place inside them (广州市南沙区, 深圳南山)."""
    from .clean import mainland_usage
    from .lang import converter

    pattern, form_to_region = _pattern()
    simple = mainland_usage(converter("t2s").convert(text))
    return sum(1 for m in _cities().finditer(simple) if not pattern.match(simple, m.end()))


def district_mentions(text: str) -> Counter[str]:
    """Count mentions of each district (its names, aliases and zones) and of neighbouring places
    (``outside``), after conversion to Simplified: a page left unconverted (its script Simplified) may
    still name a district once in Traditional characters (濱海灣新區)."""
    from .clean import mainland_usage
    from .lang import converter

    pattern, form_to_region = _pattern()
    simple = mainland_usage(converter("t2s").convert(text))
    return Counter(form_to_region[m.group(0)] for m in pattern.finditer(simple))


def infer_region(title: str, text: str) -> str | None:
    """The district the article is about, or None when no district dominates: mentions in the
    Simplified title count three times, in the lead twice, elsewhere once."""
    score = Counter()
    for region, n in district_mentions(title).items():
        score[region] += TITLE_WEIGHT * n
    body = text[len(title):] if title and text.startswith(title) else text
    lead = next((p for p in body.split("\n") if len(p.strip()) >= 20), "")
    for region, n in district_mentions(lead).items():
        score[region] += (LEAD_WEIGHT - 1) * n
    score.update(district_mentions(body))
    if not score:
        return None
    region, best = score.most_common(1)[0]
    if region != OUTSIDE and best < MIN_SCORE and len(score) == 1 and not cities_on_their_own(title + "\n" + text):
        # A page that names one district and no other place of the region, not even the district's city on
        # its own (作为广州市南沙区的“明星企业”，小马智行…), is about that district, however briefly it says so;
        # a page that names a city on its own is the city's (深圳近年…；在深圳南山區一間戲院).
        return region
    if region == OUTSIDE or best < MIN_SCORE or best / sum(score.values()) < MIN_SHARE:
        return None
    return region
