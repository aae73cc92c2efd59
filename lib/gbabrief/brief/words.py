"""Words and numbers as the brief writes them: district names, what a fact measures, plurals.

Pure helpers shared by the brief's model (``model.py``), its sections (``sections.py``) and its
templates (``render.py`` registers them as filters).
"""
from __future__ import annotations

import re
from functools import lru_cache

from pypinyin import Style, lazy_pinyin

from ..facts import format_value, money_text
from ..lexicon import entries
from ..numerals import read_numeral

REGION_EN = {"nanshan": "Nanshan", "nansha": "Nansha", "binhaiwan": "Binhaiwan"}
REGION_ZH = {"nanshan": "南山", "nansha": "南沙", "binhaiwan": "滨海湾"}
REGION_LONG = {"nanshan": "Shenzhen Nanshan District (深圳南山区)", "nansha": "Guangzhou Nansha District (广州南沙区)",
               "binhaiwan": "Dongguan Binhaiwan New Area (东莞滨海湾新区)"}
KIND_ORDER = {"money": 0, "area": 1, "percent": 2, "multiple": 3, "ratio": 4, "count": 5, "length": 6}
QUALIFIER_TEXT = {"exact": "", "approx": "about ", "over": "over ", "nearly": "nearly ", "under": "under ",
                  "up_to": "up to ", "range": ""}
MEASURE_TEXT = {"gdp": "GDP", "output": "industry output or revenue", "value_added": "value added",
                "investment": "investment",
                "fund": "fund size", "subsidy": "subsidy or award cap", "financing": "financing raised",
                "price": "price", "other": "other sum"}
STATUS_TEXT = {"actual": "actual", "target": "target", "pledge": "pledged or announced", "": "status not stated"}
SCOPE_TEXT = {"district": "the district's", "subarea": "a zone or site in the district", "city": "its city's",
              "province": "the province's", "country": "national", "outside": "another place's",
              "organisation": "a firm's or institution's", "unknown": "whose is not stated"}
OWN = ("district", "subarea")  # a district's own figures: the only ones compared across districts
POLICY_TYPE = {"plan": "plan", "measures": "support measures", "programme": "programme", "fund": "fund",
               "zone": "pilot or cooperation zone"}
UNIT_TEXT = {"m2": "m²", "CNY": "CNY", "USD": "USD", "HKD": "HKD", "percent": "%", "m": "m"}

def share_range(values: list[float]) -> str:
    lo, hi = min(values), max(values)
    return f"{lo:.1f}%" if lo == hi else f"{lo:.1f}–{hi:.1f}%"


def human_value(kind: str, value: float, unit: str, qualifier: str, surface: str = "") -> str:
    """A fact as a reader reads it: 'about CNY 10 bn', 'over 160 projects', '18,605.73 m²';
    an area stated in mu ('亩', ``surface``) in mu, with its metric size rounded: '256 mu (≈ 171,000 m²)'."""
    q = QUALIFIER_TEXT.get(qualifier, "")
    if kind == "area" and re.search("[亩畝]", surface):
        mu = value * 15 / 10000
        rounded = float(f"{value:.3g}")  # m² to three figures; km² as for any area
        metric = human_value("area", rounded if rounded < 1e6 else value, unit, "exact")
        return f"{q}{mu:,.2f}".rstrip("0").rstrip(".") + f" mu (≈ {metric})"
    if kind == "money":
        return q + money_text(value, UNIT_TEXT.get(unit, unit))
    if kind == "area":
        if value >= 1e6:
            return f"{q}{format_value(round(value / 1e6, 2))} km²"
        return f"{q}{value:,.2f}".rstrip("0").rstrip(".") + " m²"
    if kind == "percent":
        return f"{q}{format_value(value)} percentage points" if unit == "percentage_points" else f"{q}{format_value(value)}%"
    if kind == "multiple":
        return f"{q}{format_value(value)}× " + unit.replace("times_", "").replace("_", " ")
    if kind == "length":
        return f"{q}{format_value(value)} m" if value < 1000 else f"{q}{format_value(value / 1000)} km"
    pretty = unit.replace("_per_", " per ").replace("_", " ").replace("10k", "10,000")
    return f"{q}{value:,.2f}".rstrip("0").rstrip(".") + f" {pretty}"


def word_pinyin(term: str, *, proper: bool = False) -> str:
    """Pinyin by word, as in the CSET glossary: 滨海湾新区 -> Bīnhǎiwān Xīnqū (proper nouns capitalised)."""
    from ..segment import segment_text

    words = []
    for word in segment_text(term):
        if not re.search("[\u4e00-\u9fff]", word):
            words.append(word)
            continue
        syllables = "".join(lazy_pinyin(word, style=Style.TONE))
        words.append(syllables[:1].upper() + syllables[1:] if proper else syllables)
    return " ".join(words)


PROPER_WORDS = ("Hong", "Macao", "Shenzhen", "Guangzhou", "Dongguan", "China", "Chinese", "Greater", "Bay",
                "Guangdong", "Nanshan", "Nansha", "Binhaiwan")


def plural(n: int, word: str, many: str | None = None) -> str:
    """1 article, 2 articles; 1 policy, 2 policies with ``many``."""
    return f"{n} {word if n == 1 else many or word + 's'}"


NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def number_word(n: int) -> str:
    """3 -> 'three' (to ten; larger numbers as digits), for counts written into a sentence."""
    return NUMBER_WORDS[n] if 0 <= n < len(NUMBER_WORDS) else str(n)


def sentence_case(label: str) -> str:
    """'Core AI technology and models' -> 'core AI technology and models' (acronyms and names kept)."""
    first, _, rest = label.partition(" ")
    if sum(c.isupper() for c in first) >= 2 or first.split("–")[0] in PROPER_WORDS:
        return label
    return (first[:1].lower() + first[1:] + (" " + rest if rest else ""))


VALUE_ADDED = re.compile(r"增加值[^，。；、\d]{0,6}$")
VALUE_ADDED_CUE = re.compile(r"增加值\S* → (?:gdp|output)")


def sum_of(measure: str, cues: str = "", lead: str = "") -> str:
    """What a sum measures, as the brief names it: the measure, except that value added (增加值, a sector's
    share of GDP, which the measures count as GDP) is named and ranked as value added: it is a part of the
    economy, not the whole, and never set beside a district's GDP. ``lead`` is the sentence up to the figure."""
    if measure in ("gdp", "output") and (VALUE_ADDED_CUE.search(cues or "") or VALUE_ADDED.search(lead or "")):
        return "value_added"
    return measure or ""


def sums_of(facts) -> list[str]:
    """``sum_of`` for each row of a facts frame (its own column where the brief's table has made one)."""
    if "sum_of" in facts.columns:
        return list(facts["sum_of"])
    rows = facts.itertuples()
    return [sum_of(r.measure if isinstance(r.measure, str) else "", getattr(r, "cues", ""), _lead(r)) for r in rows]


def _lead(r) -> str:
    sentence, surface = getattr(r, "sentence", ""), getattr(r, "surface", "")
    if not isinstance(sentence, str) or not isinstance(surface, str) or surface not in sentence:
        return ""
    return sentence[:sentence.index(surface)]


# A percentage is a rate of growth or a share where the clause before it says so (GDP同比增长15%, 占…比重); what
# grows or is shared is named where a word the brief knows stands before it (GDP, 产值, 投资); else 'percentage'.
GROWTH_BEFORE = re.compile(r"(?:增长|增速|增幅|涨幅|提高|提升|上升|下降|减少|回落|增加)(?:了|要|将|可|预计|力争)?"
                           r"(?:达到?|为|约|超过|超|近|逾)?\s*$")
SHARE_BEFORE = re.compile(r"占|比重|占比|比例|份额")
GROWTH_OPENS = re.compile(r"\s*(?:同比|比上年|较上年|比去年|较去年|环比)?(?:增长|增速|增幅|下降|减少)")
SHARE_OF = re.compile(r"占(?P<whole>[^，。；]{1,12}?)的?(?:比重|比例|份额)")
BASE_WORDS = (("研发投入", "R&D spending"), ("研发经费", "R&D spending"), ("增加值", "value added"),
              ("GDP", "GDP"), ("生产总值", "GDP"), ("产值", "output"), ("营收", "revenue"), ("营业收入", "revenue"),
              ("预算收入", "budget revenue"), ("固定资产投资", "fixed-asset investment"), ("投资", "investment"),
              ("产业规模", "industry output"),
              ("进出口", "foreign trade"), ("出口", "exports"), ("消费品零售", "retail sales"))


def _named(text: str) -> str:
    """The first of ``BASE_WORDS`` that ``text`` holds, in English ('' when none)."""
    return next((name for word, name in BASE_WORDS if word in text), "")


def _percent_what(lead: str) -> str:
    """'GDP growth rate', 'average annual growth rate', 'share' or 'percentage' for the clause before a
    percentage."""
    clauses = re.split(r"[，。；,;：:]", lead)
    clause = clauses[-1]
    base = _named(clause)
    if not base and len(clauses) > 1 and GROWTH_OPENS.match(clause):
        base = _named(clauses[-2])  # 产业规模约达100亿元，同比增长12%: it grows what the clause before states
    if GROWTH_BEFORE.search(clause):
        rate = "average annual growth rate" if re.search(r"年均|年平均", clause) else "growth rate"
        return f"{base} {rate}" if base else rate
    if SHARE_BEFORE.search(clause):
        whole = SHARE_OF.search(clause)
        of = _named(whole.group("whole")) if whole else ""
        part = _named(clause[:whole.start()]) if whole else ""
        return f"{part} as a share of {of}" if part and of and part != of else f"share of {of}" if of else "share"
    return "percentage"


def percent_what(r) -> str:
    """What a percentage fact is (``_percent_what`` of the clause before it)."""
    return _percent_what(_lead(r))


def fact_label(r) -> str:
    """What a fact measures and whether it is a target: 'investment (target)', 'enterprises'."""
    measure = getattr(r, "sum_of", None) or sum_of(r.measure, getattr(r, "cues", ""), _lead(r))
    what = MEASURE_TEXT.get(measure, "money") if r.kind == "money" else _what(r.kind, r.unit)
    if r.kind == "percent" and r.unit == "percent":
        what = percent_what(r)
    if getattr(r, "change", False):
        what += " increase or fall"  # 增量超过1100亿元: the change, not the level
    status = "" if r.status == "actual" else f" ({STATUS_TEXT.get(r.status or '', r.status)})"
    # An achievement or a target is of some year: where the text does not say which, the label says so (a
    # site's area or length, an announced sum or a policy's cap is no year's).
    dated = r.status in ("actual", "target") and r.kind not in ("area", "length")
    year = f", {r.year}" if r.year else ", year not stated" if dated else ""
    if getattr(r, "period", ""):  # 今年上半年GDP4495亿元: 'GDP, first half of 2024'
        year = ", " + when(r.year, r.period)
    return f"{what}{status}{year}"


def when(year, period: str = "") -> str:
    """The time a figure covers, in words: '2024', 'first half of 2024', 'first half, year not stated' or
    'year not stated'."""
    year, part = str(year or ""), period_text(period or "")
    if part:
        return f"{part} of {year}" if year else f"{part}, year not stated"
    return year or "year not stated"


MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")


def period_text(words: str) -> str:
    """The part of a year a figure covers, in words: 上半年 -> 'first half', 1-10月 -> 'January to October'."""
    if not words:
        return ""
    fixed = {"上半年": "first half", "下半年": "second half", "前三季度": "first three quarters",
             "前两季度": "first two quarters", "前二季度": "first two quarters"}
    if words in fixed:
        return fixed[words]
    quarter = re.fullmatch(r"第?([一二三四1-4])季度", words)
    if quarter:
        n = "一二三四".find(quarter.group(1)) + 1 or int(quarter.group(1))
        return ("first", "second", "third", "fourth")[n - 1] + " quarter"
    last = re.search(r"(\d{1,2}|十[一二]|[一二三四五六七八九十两])\s*(?:个)?月$", words)
    month = int(read_numeral(last.group(1))) if last else 0
    if words.startswith("前") and month:
        return f"first {month} months"
    if 1 <= month <= 12:
        return f"January to {MONTH_NAMES[month - 1]}"
    return "part of the year"


def _what(kind: str, unit: str) -> str:
    """What a fact measures, in words: 'money (CNY)', 'enterprises', 'land area'."""
    if kind == "percent" and unit == "percentage_points":
        return "change in percentage points"
    if kind in ("money", "area", "length", "percent"):
        return {"money": f"money ({unit})", "area": "area", "length": "length", "percent": "percentage"}[kind]
    return unit.replace("_per_", " per ").replace("times_", "× ").replace("_", " ").replace("10k", "10,000")


def text_of(value: object) -> str:
    """A metadata cell as text: missing (None, NaN) becomes ''."""
    return "" if value is None or (isinstance(value, float) and value != value) else str(value)


QUOTE_BEFORE, QUOTE_AFTER = 24, 10  # a short quote: this many characters around the figure at most


def clause_of(sentence: str, surface: str, short: bool = False) -> str:
    """The clause of ``sentence`` that holds ``surface`` (for a short quote); ``short`` cuts a long clause
    to the words just before and after the figure, marked with '…'."""
    for clause in re.split(r"[，。；,;]", sentence):
        if surface and surface in clause:
            clause = clause.strip()
            at = clause.find(surface)
            if short and at >= 0:
                start, end = max(0, at - QUOTE_BEFORE), min(len(clause), at + len(surface) + QUOTE_AFTER)
                clause = ("…" if start else "") + clause[start:end] + ("…" if end < len(clause) else "")
            return clause
    return sentence[:40]


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    """Every form of every place in the gazetteer (left out of distinctive terms)."""
    return frozenset(f for e in entries("places.csv") for f in e.forms)
