"""Quantitative facts in Chinese news text: money, area, length, counts, percentages, multiples, ratios.

``extract(text) -> facts[kind, value, unit, qualifier, surface, sentence, start, end]``

A fact is a number (Arabic with separators and decimals, or Chinese numerals) with
a magnitude (万, 亿, 千亿 …) and a unit that makes it a quantity: a currency, an
area or length unit, a percent sign, 倍, or a classifier (家, 所, 个 …) whose
counted thing is named in ``lexicon/units.csv``. The value is in base units
(yuan, m², m). Qualifiers (约, 超, 余, 近, 不到, 最高 …) are read around it.

Not facts: dates, years and times (number + 年/月/日/时), ordinals (第…), phone
numbers and other long digit strings, addresses (…号), numbers fused to Latin
letters or plus signs (Find X8, 20+8, 1+5+X), and numbers inside short quoted or
titled names (“国际化人才特区9条”).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from .lang import SENTENCE
from .lexicon import entries

# ---------------------------------------------------------------------------------- numbers
from .numerals import CN_DIGITS, read_numeral, read_span  # noqa: E402

CN_NUM = CN_DIGITS + "十拾百佰千仟万萬亿億廿"


def parse_chinese(numeral: str) -> float | None:
    """Value of a Chinese numeral: 三 -> 3, 二十 -> 20, 一百二十 -> 120, 百亿 -> 1e10, 千亿 -> 1e11."""
    return read_numeral(numeral)


MAGNITUDES = {"万亿": 10**12, "千亿": 10**11, "百亿": 10**10, "十亿": 10**9, "亿": 10**8, "千万": 10**7,
              "百万": 10**6, "十万": 10**5, "万": 10**4, "千": 10**3}

# ---------------------------------------------------------------------------------- units
MONEY_UNITS = {"元": "CNY", "圆": "CNY", "块": "CNY", "块钱": "CNY", "人民币": "CNY", "美元": "USD", "港元": "HKD",
               "港币": "HKD", "澳门元": "MOP", "澳门币": "MOP", "日元": "JPY", "欧元": "EUR", "英镑": "GBP", "韩元": "KRW",
               "澳元": "AUD", "泰铢": "THB", "卢布": "RUB", "新台币": "TWD", "台币": "TWD", "新加坡元": "SGD"}
MONEY_TAILS = ("元", "币", "圆", "块", "块钱", "毛", "角")  # a unit word ending so is a sum of money
CURRENCY_PREFIX = {"US$": "USD", "$": "USD", "＄": "USD", "HK$": "HKD", "MOP$": "MOP", "￥": "CNY", "¥": "CNY",
                   "CNY": "CNY", "RMB": "CNY", "USD": "USD", "HKD": "HKD", "人民币": "CNY", "港币": "HKD", "港元": "HKD",
                   "美元": "USD", "新台币": "TWD", "台币": "TWD", "欧元": "EUR", "日元": "JPY"}
AREA_UNITS = {"平方公里": 10**6, "平方千米": 10**6, "公顷": 10**4, "亩": 10000 / 15, "平方米": 1, "m²": 1,
              "㎡": 1, "m2": 1}
LENGTH_UNITS = {"公里": 1000, "千米": 1000, "米": 1, "毫米": 0.001, "厘米": 0.01, "km": 1000, "mm": 0.001, "cm": 0.01}
# A classifier with no counted thing named nearby counts this.
CLASSIFIER_DEFAULT = {"人": "people", "名": "people", "位": "people", "人次": "visits", "家": "organisations",
                      "所": "institutions", "个": "items", "项": "items", "件": "items", "座": "buildings",
                      "款": "products", "台": "units", "套": "sets", "支": "teams", "批": "batches",
                      "份": "copies", "条": "measures", "门": "courses", "类": "types", "栋": "buildings",
                      "宗": "plots", "种": "kinds", "辆": "vehicles", "架": "aircraft", "艘": "vessels", "只": "items",
                      "户": "households", "场": "events", "吨": "tonnes", "标箱": "TEU", "间": "items",
                      "次": "times", "部": "units"}
# 商事主体43万户 (300万户籍人口 is people of a registered residence, not households)
NOT_AFTER_CLASSIFIER = {"户": "(?![籍口型外])", "场": "(?![景地馆所次])", "次": "(?![数方元序])",  # 80余场活动, not 100场景
                        "部": "(?![门委长署分位曲件队])"}  # 1亿部手机, not 两部门, 三部委, 一部分
CLASSIFIERS = [c + NOT_AFTER_CLASSIFIER.get(c, "") for c in sorted(CLASSIFIER_DEFAULT, key=len, reverse=True)]
GENERIC_CLASSIFIERS = frozenset("个项件份条门类批只间")  # what they count is the noun's, not theirs

QUALIFIERS_BEFORE = [("不超过", "up_to"), ("最高", "up_to"), ("最多", "up_to"), ("高达", "exact"),
                     ("不少于", "over"), ("至少", "over"), ("超过", "over"), ("突破", "over"), ("逾", "over"),
                     ("超", "over"), ("多达", "over"), ("约达", "approx"), ("大约", "approx"), ("约", "approx"),
                     ("接近", "nearly"), ("将近", "nearly"), ("近", "nearly"), ("不到", "under"),
                     ("不足", "under"), ("达到", "exact"), ("达", "exact")]
QUALIFIERS_AFTER = [("余", "over"), ("多", "over"), ("以上", "over"), ("左右", "approx"), ("上下", "approx"),
                    ("以下", "under"), ("以内", "under")]

_CN = CN_NUM
# Financial capitals that are also common words (陆域, 队伍, 收拾) start a numeral only before another numeral.
_CN_START = "".join(c for c in CN_NUM if c not in "陆陸伍拾柒玖捌")
# A numeral: Arabic (with separators, decimals and Chinese magnitudes: 1.2万, 100万三千), Chinese
# (一点五亿, 壹拾万零叁仟), or vague (几十万, 数十亿, 十几万); a sign before it (负, -).
_NUMBER = (
    r"(?P<num>(?P<sign>(?<![\d.十百千万亿萬億元圆块%A-Za-z)）\-－~～—–])[-−]|负|負)?"
    r"(?:(?P<arabic>\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<arabic_cn>(?:[" + _CN + r"]|[点點](?=[\d" + _CN + r"])|\d)*)"
    r"|(?P<cn>(?:[" + _CN_START + r"]|[陆陸伍拾柒玖捌](?=[" + _CN + r"元圆])|[几数](?=[十百千万亿]))(?:[" + _CN + r"几]|[点點](?=[\d" + _CN + r"])|\d)*)))"
)
_PREFIX = r"(?P<cur>US\$|HK\$|MOP\$|[￥¥$＄]|(?:CNY|RMB|USD|HKD|EUR)\s?|人民币|港币|港元|美元|新台币)?\s*"
_PERCENT_PREFIX = r"(?P<pct>(?:负|負)?百分之?(?=[负負\d一二两三四五六七八九十零〇]))?"
_MAG = r"(?P<mag>万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千)?"
_UNIT = (
    r"(?P<unit>亿?(?:美元|港元|港币|澳门元|澳门币|新加坡元|日元|欧元|英镑|韩元|澳元|泰铢|卢布|新台币|台币|元|圆|块钱|块(?=[钱毛角" + _CN + r"，。；、,;\s]|$)|人民币|[毛角](?=钱|[，。；、,;\s]|$))|平方公里|平方千米|万平方米|平方米|m²|㎡|m2(?![0-9])"
    r"|公顷|亩|毫米|厘米|(?:km|mm|cm)(?![A-Za-z²2])|公里|千米|米(?!饭)|折(?![合算旧叠扣腾返中服])|方(?=[，。；、,;）)\s]|$)|%|％|倍|成(?![立为员本果功长交效熟型绩都就])|" + "|".join(CLASSIFIERS) + r")?"
)
_AFTER2 = r"(?P<after2>以上|以下|左右|上下|以内|余|多)?"
# Where a fact can start: a digit, a Chinese numeral, a currency sign or word, 百分之 or a sign. The
# lookahead lets the regex skip every other position at once.
_START = r"(?=[\d$￥¥＄UHMCREF人港美新负負−\-百" + _CN + r"几数])"
_FACT = re.compile(
    _START + _PREFIX + _PERCENT_PREFIX + _NUMBER + r"\s*(?P<after>余|多)?\s*" + _MAG + r"\s*(?P<aftermag>余|多)?\s*" + _UNIT + _AFTER2
)
_FRACTION = re.compile(r"(?=[\d一二三四五六七八九十百千万])(?:(?P<den>\d+|[一二三四五六七八九十百千万]+)\s*分之\s*(?P<numr>\d+(?:\.\d+)?|[一二两三四五六七八九十]+)"
                       r"|(?<![\d/.])(?P<n>\d{1,2})/(?P<d>\d{1,3})(?![\d/]))")
_CHANGE = re.compile(r"^([" + _CN + r"\d]+)\s*[角毛](?:\s*([" + _CN + r"\d]+)\s*分)?|^([" + _CN + r"\d]+)\s*分(?!之|钟|析)")
RANGE_LINK = re.compile(r"^\s*(?:[-－~～—–]{1,2}|至|到)\s*$")

NOT_AFTER = re.compile(r"^\s*(年|月|日|号|时|点|分(?!之|别|布|析|享|工|类|批|散|配|为)|秒|周年|届|期|季度|世纪|代|岁|级(?![“\"「]?(?:产业|集群|规模|市场|台阶|[\u4e00-\u9fff]{0,6}城))"
                       r"|/(?!年|月|天|日|人|平方米|吨|台|件|亩|小时|秒|平方公里)|(?!GDP)[A-Za-z]|[+\-:：.])")
LATIN_AFTER = re.compile(r"^\s*(?!GDP)[A-Za-z]")
NOT_BEFORE = re.compile(r"(第|每|[A-Za-z+\-/.:#]|\d)\s*$")
GDP_BEFORE = re.compile(r"GDP\s*$")  # 实现GDP 2000亿元: a sum after GDP, with or without a space
# A fall, right before its percent (同比下降1.2%, 减少了约3%): the change is negative.
# A fall before a figure, or before a list of figures that ends in it (分别下降2.1%、3.4%: both fell)
DECLINE = re.compile(r"(?:下降|下滑|减少|回落|降低|下跌|缩减)了?\s*(?:约|近|超过|超|逾)?\s*"
                     r"(?:-?[\d.]+\s*(?:%|％|个(?:百分点)?)\s*[、和及与]\s*)*$")
# Half (占全市超过一半, 约一半的零部件): 50 percent, where a share is said.
HALF = re.compile(r"(?:占[^，。；、\d\s]{0,8}?|约|近|超过|超|逾|将近|接近|达)(一半|半数)")
CN_IDIOM_AFTER = re.compile(r"^(大|是|来|起|方面|致|体|流|线|站|把手|心|圈)")


@dataclass(frozen=True)
class _Thing:
    unit: str
    category: str
    classifiers: frozenset[str]


@lru_cache(maxsize=1)
def _things() -> tuple[tuple[str, _Thing], ...]:
    """(Chinese noun, what it counts), longest noun first."""
    out = []
    for entry in entries("units.csv"):
        thing = _Thing(entry.gloss, entry.category, frozenset(filter(None, entry.get("classifiers").split("|"))))
        out += [(form, thing) for form in entry.forms]
    return tuple(sorted(out, key=lambda ft: -len(ft[0])))


_NP_END = re.compile(r"[，。；、,;：:（(“”]|等|和|与|及|的|为|在|将|已|是|均|共|于|入驻|落户|参与|签约")


@lru_cache(maxsize=65536)
def _head_noun(phrase: str, classifier: str, *, last: bool) -> str | None:
    """The counted thing in ``phrase``: the lexicon noun that ends last (head-final) or
    nearest the number, compatible with the classifier where the lexicon says which fit."""
    best: tuple[int, str] | None = None
    for noun, thing in _things():
        if thing.category != "count":
            continue
        if classifier and thing.classifiers and classifier not in thing.classifiers:
            continue
        pos = phrase.rfind(noun) if last else phrase.find(noun)
        if pos < 0:
            continue
        key = pos + len(noun) if last else -pos
        if best is None or key > best[0]:
            best = (key, thing.unit)
    return best[1] if best else None


def _last_end(phrase: str, unit: str) -> int:
    """Where the last lexicon noun counting ``unit`` ends in ``phrase`` (0 when none)."""
    return max((phrase.rfind(n) + len(n) for n, t in _things() if t.unit == unit and n in phrase), default=0)


# Parts of a plan or a field a classifier counts right after it (六个方向, 三个方面, 四大领域), whatever noun follows
COUNTED_RIGHT_AFTER_UNIT = {"方向": "fields", "领域": "fields", "方面": "sections", "环节": "stages", "阶段": "stages",
                            "任务": "tasks"}
COUNTED_RIGHT_AFTER = re.compile("|".join(COUNTED_RIGHT_AFTER_UNIT))


def _counted(text: str, start: int, end: int, classifier: str) -> tuple[str | None, int]:
    """What a classifier counts: the noun right after it, else the noun before the number
    (None when no lexicon noun is near)."""
    after = _NP_END.split(text[end : end + 16], maxsplit=1)[0]
    counted = COUNTED_RIGHT_AFTER.match(after)
    if counted and not any(after.startswith(n) for n, t in _things() if t.category == "count"):
        # 六个方向开展人才培养: the classifier counts the directions right after it, not the people a later noun names
        return COUNTED_RIGHT_AFTER_UNIT[counted.group(0)], end + counted.end()
    skip = 2 if after.startswith("人工") else 0  # 300个左右人工智能应用场景: 人 begins a word, it is no person
    unit = _head_noun(after[skip:], classifier, last=True)
    if unit:
        noun_end = _last_end(after[skip:], unit)
        if re.search(r"\d", after[skip:skip + noun_end]):
            return unit, end  # 6000多个8KW机柜, 1200个5G基站: another figure stands before the noun; the surface stops
        return unit, end + skip + noun_end
    clause = re.split(r"[，。；、,;：:]", text[max(0, start - 20) : start])[-1]
    return _head_noun(clause, classifier, last=True), end


def _comparator(text: str, start: int) -> str:
    clause = re.split(r"[，。；,;]", text[max(0, start - 20) : start])[-1]
    for noun, thing in _things():
        if thing.category == "comparator" and noun in clause:
            return f"times_{thing.unit}"
    return "times"


def _per_capita(text: str, start: int) -> tuple[str, str] | None:
    """每万人…X件 -> ('ratio', 'invention_patents_per_10k_people')."""
    clause = re.split(r"[，。；,;]", text[max(0, start - 20) : start])[-1]
    m = re.search(r"每(万|千|百|十万|百万)?(人|户|平方公里)", clause)
    if not m:
        return None
    scale = {"万": "10k_", "千": "1k_", "百": "100_", "十万": "100k_", "百万": "1m_", None: ""}[m.group(1)]
    per = {"人": "people", "户": "households", "平方公里": "km2"}[m.group(2)]
    thing = _head_noun(clause[m.end() :], "", last=False) or "items"
    return "ratio", f"{thing}_per_{scale}{per}"


def _quoted_name(text: str, start: int, end: int) -> bool:
    """True inside a short quoted or titled name: “国际化人才特区9条”, 《…》 (not “万亿GDP城区”, a measure)."""
    if re.match(r"\s*(GDP|生产总值|产值)", text[end:end + 6]):
        return False
    for opening, closing in (("“", "”"), ("《", "》"), ('"', '"'), ("「", "」")):
        left = text.rfind(opening, max(0, start - 15), start)
        if left >= 0 and text.find(closing, left + 1, start) < 0:
            right = text.find(closing, end, end + 15)
            if right >= 0 and right - left <= 20:
                return True
    return False


def _inside_word(text: str, end: int, word: str) -> bool:
    """True when ``word`` ending at ``end`` is the tail of a longer word: 签约 is not 约."""
    from .segment import tokenizer

    qualifiers = {w for w, _ in QUALIFIERS_BEFORE}
    cut = tokenizer()
    tokens = cut.lcut(text[max(0, end - 6) : end], HMM=False)
    if not tokens or tokens[-1] == word or tokens[-1] in qualifiers or not tokens[-1].endswith(word):
        return False
    # jieba's dictionary holds 占地约, 占地近 and 总额近 as words: a word of two or more characters before the
    # qualifier (占地, 总额) leaves the qualifier its own; 签约, 纽约 and 条约 stay words.
    head = tokens[-1][: -len(word)]
    return not (len(head) >= 2 and cut.FREQ.get(head, 0) > 0)


def _qualifier(text: str, start: int, m: re.Match[str]) -> tuple[str, int]:
    """(qualifier, start of the surface including it)."""
    before = text[max(0, start - 4) : start].rstrip()
    for word, qualifier in QUALIFIERS_BEFORE:
        if before.endswith(word) and not _inside_word(text, start - (len(text[max(0, start - 4) : start]) - len(before)), word):
            # "约达": the first word decides (约 -> approx); "高达"/"达" leave it exact.
            head = before[: -len(word)]
            for word2, qualifier2 in QUALIFIERS_BEFORE:
                if qualifier2 != "exact" and head.endswith(word2) and qualifier == "exact":
                    return qualifier2, start - len(before) + len(head) - len(word2)
            surface_start = start - (len(text[max(0, start - 4) : start]) - len(before)) - len(word)
            # 达到200余家: "reaches" leaves the figure as the words after it qualify it
            return (_qualifier_after(m) or qualifier) if qualifier == "exact" else qualifier, surface_start
    if text[max(0, start - 1) : start] == "上" and m.group("cn"):
        return "over", start - 1  # 上千家: "upwards of a thousand"
    return _qualifier_after(m) or "exact", start


def _qualifier_after(m: re.Match[str]) -> str | None:
    """The qualifier a word after the numeral gives (200余家, 30万元以上, 10%左右), if any."""
    for group in ("after", "aftermag", "after2"):
        word = m.group(group)
        if word:
            return dict(QUALIFIERS_AFTER)[word]
    return None


COLUMNS = ["kind", "value", "value_low", "value_high", "unit", "qualifier", "surface", "sentence", "start", "end"]


def _numeral_value(m: re.Match[str]) -> tuple[float, float, float] | None:
    """(value, low, high) of the numeral of a match, before its magnitude and unit."""
    number = m.group("num")
    span = read_span(number.lstrip("-−负負"))
    if span is not None:
        low, high = span
        return (low + high) / 2, low, high
    value = read_numeral(number)
    return None if value is None else (value, value, value)


def extract(text: str) -> pd.DataFrame:
    """extract(text) -> facts[kind, value, value_low, value_high, unit, qualifier, surface, sentence, start, end].

    ``value`` is the single value, or the midpoint of a range (1万-5万元, 两到三万, 八九千) or of a vague
    amount (几十万, 数十亿), whose ends are ``value_low`` and ``value_high``.
    """
    rows = []
    sentences = [(s.start(), s.end()) for s in SENTENCE.finditer(text)]
    sentence_starts = [a for a, _ in sentences]
    matches = list(_FACT.finditer(text))
    range_low: dict[int, re.Match[str]] = {}  # index of the high end -> the match of the low end
    for i in range(1, len(matches)):
        lo, hi = matches[i - 1], matches[i]
        if RANGE_LINK.match(text[lo.end():hi.start()]) and (not lo.group("unit") or lo.group("unit") == hi.group("unit")) \
                and (lo.group("cur") is None or hi.group("cur") is None):
            range_low[i] = lo
    skip = {id(m) for m in range_low.values()}
    for index, m in enumerate(matches):
        if id(m) in skip or (rows and m.start("num") < rows[-1]["end"]):
            continue  # the low end of a range, or inside the fact before (十块三毛)
        start, end = m.start("num"), m.end()
        number, unit_word, mag = m.group("num"), m.group("unit") or "", m.group("mag") or ""
        if unit_word in ("角", "毛") and text[max(0, start - 1):start] in ("长", "珠", "金") and start > 0:
            continue  # 长三角, 珠三角: a region, not three jiao
        if m.group("pct"):
            unit_word = "%"
        elif m.group("cur") and unit_word in CLASSIFIER_DEFAULT:
            end = m.end("unit") - len(unit_word)  # ￥1.25支持: the sign is the unit, 支 the next word
            unit_word = ""
        if NOT_BEFORE.search(text[max(0, start - 2) : start]) and not m.group("cur") and not m.group("pct") \
                and not (GDP_BEFORE.search(text[max(0, start - 5):start]) and unit_word) \
                and index not in range_low \
                and not (m.group("sign") and text[max(0, start - 1):start] not in "0123456789"):
            continue
        if NOT_AFTER.match(text[end : end + 10]) and not (unit_word and LATIN_AFTER.match(text[end:end + 3])
                                                          and not LATIN_AFTER.match(text[m.end("num"):m.end("num") + 2])):
            continue
        if m.group("arabic") and NOT_AFTER.match(text[m.end("num") : m.end("num") + 10]) and not unit_word:
            continue
        read = _numeral_value(m)
        if read is None:
            continue
        if _quoted_name(text, start, end) and not _enumeration_end(text, start, end, read[0]):
            continue  # a quoted name (“六个一”), unless it counts items it names (「三券」…，包括…「训力券」、…)
        value, low, high = read
        if (m.group("pct") or "").startswith(("负", "負")):
            value, low, high = -value, -high, -low
        is_cn = bool(m.group("cn"))
        vague = low != high
        if is_cn:
            bare = re.fullmatch("[十百千万亿萬億]", number.lstrip("负負"))
            money_unit = unit_word.endswith(("元", "币", "圆", "块", "块钱")) or bool(m.group("cur"))
            tenth = unit_word == "成" and not text.startswith("不", end)  # 约占一成 is 10%; 一成不变 is an idiom
            if not vague and ((number in ("一", "壹", "幺") and not mag and not money_unit and not m.group("pct")
                               and not tenth)
                              or (CN_IDIOM_AFTER.match(text[end : end + 2])
                                  and not (text[end:end + 1] == "大" and not unit_word and _listed(text, start, value, m)))):
                continue  # 一 alone is an article (一个, 一站式); 三大, 一体 are set phrases
            if bare and number.lstrip("负負") not in ("十", "拾") and not re.search(
                    "(近|超|逾|上|数|约|近万|过|破|达|至|到|容纳|吸引|带动|提供|新增|创造|服务|迈入|迈上|步入)$",
                    text[max(0, start - 2) : start]) and not (mag and text[end:end + 1] == "级"):
                continue  # 万人, 千家: a bare magnitude is part of a word, unless 近千名, 上千家, 破万亿元
            if not unit_word and not re.search(r"[十百千万亿萬億]", number) and not m.group("cur") \
                    and text[end:end + 1] != "大" and not _enumeration_end(text, start, end, value):
                continue
        else:
            digits = m.group("arabic").replace(",", "").replace("，", "")
            if len(digits.split(".")[0]) >= 7 and not (unit_word or mag or m.group("arabic_cn")):
                continue  # phone numbers and codes
        factor = MAGNITUDES.get(mag, 1)
        value, low, high = value * factor, low * factor, high * factor
        if index in range_low:  # 1万-5万元, 两到三万港元, 从8500到3万港元
            lo_m = range_low[index]
            lo_read = _numeral_value(lo_m)
            if lo_read is not None:
                lo_value = lo_read[0] * MAGNITUDES.get(lo_m.group("mag") or "", 1)
                own_scale = re.search(r"[万亿萬億]", lo_m.group("num")) or lo_m.group("mag")
                scale = _trailing_scale(number, mag)
                if not own_scale and scale > 1 and lo_value * scale <= value:
                    lo_value *= scale  # 两到三万: the low end takes the high end's magnitude
                if lo_value < value:
                    low, high, vague = lo_value, value, True
                    value = (low + high) / 2
                    start = lo_m.start("num")

        kind = unit = None
        surface_end = end
        currency = CURRENCY_PREFIX.get((m.group("cur") or "").strip())
        if unit_word.endswith(MONEY_TAILS) or unit_word in MONEY_UNITS or currency:
            if unit_word.startswith("亿"):
                value, low, high = value * 10**8, low * 10**8, high * 10**8
                unit_word = unit_word[1:]
            if unit_word in ("毛", "角"):  # 五毛, 5角: tenths of a yuan
                value, low, high = value / 10, low / 10, high / 10
                if text[end:end + 1] == "钱":
                    surface_end = end + 1
            kind, unit = "money", MONEY_UNITS.get(unit_word) if unit_word in MONEY_UNITS and unit_word not in (
                "元", "圆", "块", "块钱") else (currency or "CNY")
            if unit_word and unit_word not in MONEY_UNITS and not unit_word.endswith(MONEY_TAILS):
                kind = None  # $5个: a currency sign before a count is not money
            if currency and not unit_word and not (m.group("arabic") or mag or re.search("[万亿]", number)):
                kind = None
            if unit_word in ("元", "圆", "块", "块钱") or not unit_word:
                change = _CHANGE.match(text[end : end + 8])
                if change and kind == "money" and not vague:  # 十块三毛, 一百四十三元一角七分
                    jiao = read_numeral(change.group(1)) if change.group(1) else 0
                    fen = read_numeral(change.group(2) or change.group(3) or "") if (change.group(2) or change.group(3)) else 0
                    if jiao is not None and fen is not None:
                        value = low = high = value + jiao / 10 + fen / 100
                        surface_end = end + change.end()
                tail = re.match(r"(钱|整|正)", text[surface_end : surface_end + 1])
                if tail and kind == "money":
                    surface_end += 1
            if m.group("cur") and unit_word in ("元",) and currency and currency != "CNY":
                unit = currency  # 港币两千九百六十元
        elif unit_word in AREA_UNITS or unit_word == "万平方米" or (unit_word == "方" and "万" in mag + number):
            kind, unit = "area", "m2"
            f = 10**4 if unit_word == "万平方米" else 1 if unit_word == "方" else AREA_UNITS[unit_word]
            value, low, high = value * f, low * f, high * f
        elif unit_word in LENGTH_UNITS:
            kind, unit = "length", "m"
            f = LENGTH_UNITS[unit_word]
            if unit_word == "公里" and re.search("面积", text[max(0, start - 8) : start]):
                kind, unit, f = "area", "m2", 10**6  # 规划面积84.1公里: the page means km²
            value, low, high = value * f, low * f, high * f
        elif unit_word in ("%", "％"):
            kind, unit = "percent", "percent"
            if _falls(text, start) and value > 0:
                value, low, high = -value, -high, -low  # 同比下降1.2%: a fall is a negative change
        elif unit_word in ("成", "折"):  # 三成: 30 percent; 3-7折优惠: 30 to 70 percent of the price
            if value > 10 or mag:
                continue
            kind, unit = "percent", "percent"
            value, low, high = value * 10, low * 10, high * 10
        elif unit_word == "方":
            continue
        elif unit_word == "倍":
            kind, unit = "multiple", _comparator(text, start)
        elif unit_word == "人" and re.match(r"[工民才口类士气性群文造]", text[end:end + 1]):
            continue  # 2017人工智能圆桌会议: 人 begins a word, it counts nothing
        elif unit_word == "个" and (text.startswith("百分点", end) or POINTS_LISTED.match(text, end)):
            # 提高0.5个百分点; 分别拉动增长10.5个、3.0个和2.3个百分点: the unit word ends the list, each is points
            kind, unit = "percent", "percentage_points"
            surface_end = end + 3 if text.startswith("百分点", end) else end  # the listed ones stop at their 个
            if _falls(text, start) and value > 0:
                value, low, high = -value, -high, -low  # 下降3个百分点
        elif unit_word in CLASSIFIER_DEFAULT:
            if text[end:end + 1] == "半" and unit_word not in ("吨", "标箱"):
                continue  # 也就三家半, 一个半月: half of a thing counted whole is a manner of speaking or a span
            ratio = _per_capita(text, start)
            if ratio:
                kind, unit = ratio
            elif re.match(r"个?(月|小时|星期|工作日|季度)", text[end - len(unit_word) : end + 3]) and unit_word == "个":
                continue  # 4个月: a duration
            elif unit_word in ("位", "名") and text[max(0, start - 1):start] == "前":
                continue  # 全国前三位: a rank, not a count
            elif MILESTONE.match(text[end:end + 8]):
                continue  # 跨越4个千亿大关: a streak, not a count
            else:
                kind = "count"
                unit, surface_end = _counted(text, start, end, unit_word)
                if unit is None and is_cn and unit_word not in ("人", "名", "位", "人次"):
                    noun = _concrete_noun(text[end:end + 8])
                    if not noun and _named_right_after(text, end, value):
                        noun = ""  # 另外三家分别是美国的waymo、中国的百度和我们: the things counted are named
                    elif not noun and COMPARED_MAGNITUDE.search(text[max(0, start - 2):start]) \
                            and re.search("[百千万亿萬億]", number + mag):
                        noun = None  # 销售超千万份, 卖出逾百万台: a round magnitude measured against is no slogan
                    elif not noun or (number in ("一", "壹") and not vague):
                        continue  # 三份“大礼”, 两个维护, 一家企业: a slogan or an article, not a count
                    surface_end = end + len(noun or "")
                    unit = "items" if unit_word in GENERIC_CLASSIFIERS and noun is not None else CLASSIFIER_DEFAULT[unit_word]
                unit = unit or CLASSIFIER_DEFAULT[unit_word]
        elif (mag or re.search("[万亿]", number)) and re.search(
                r"(投资|投入|融资|资金|基金|规模|产值|营收|收入|耗资|斥资|GDP|生产总值|总额|总量)"
                r"(?:今年|全年|上半年|去年|有望|预计|料|将|已|累计|估算|预算|计划){0,2}(?:达到|突破|超过|达|为|超|约|近|破|逾)?[:：]?\s*$",
                text[max(0, start - 8) : start]):
            kind, unit = "money", "CNY"  # 投资百亿, 耗资52亿, 产业规模今年料破千亿: money without 元
        elif (mag or re.search("[万亿]", number)) and text[end : end + 1] == "级" and re.match(r"级[“\"「]?(产业|集群|规模|市场|台阶|[\u4e00-\u9fff]{0,6}城)", text[end : end + 10]):
            kind, unit = "money", "CNY"  # 千亿级产业集群: a target scale in yuan
            surface_end = end + 1
        elif re.search("万亿", number) and "GDP" in text[end : end + 4]:
            kind, unit = "money", "CNY"  # 万亿GDP城区
        elif not unit_word and text[end:end + 1] == "大" and _listed(text, start, value, m) \
                and _noun_end(text[end + 1:end + 12]) >= 2 \
                and not ABSTRACT_AFTER.match(text[end + 1 + _noun_end(text[end + 1:end + 12]):]):
            noun_end = _noun_end(text[end + 1:end + 12])
            phrase = _NP_END.split(text[end + 1:end + 13], maxsplit=1)[0]
            head = _head_noun(phrase, "大", last=True)  # 两大人工智能产业聚集区域: areas, the phrase's head
            if head and _last_end(phrase, head) == len(phrase) < 12:  # not 三大板块产业定位 (定位 goes on)
                noun_end = len(phrase)
            noun = text[end + 1:end + 1 + noun_end]
            kind, unit = "count", next(t.unit for n, t in _things() if t.category == "count" and noun.endswith(n))
            surface_end = end + 1 + noun_end
        elif not unit_word and (enumeration_end := _enumeration_end(text, start, end, value)):
            # 聚焦先进制造业、现代服务业两大重点; 6大服务功能包括甲、乙、…; 个人端、企业端、政府端三端: the things
            # counted are named right before or after it (a listed enumeration is a fact; a rhetorical one,
            # 三个可复制的模式, names nothing). Counted by 大, or by a character every item holds (端, 券, 新).
            kind, unit, surface_end = "count", "items", enumeration_end
        elif not unit_word and (mag or re.search("[万亿萬億]", number)) and (people_end := _people_of_place(text, end)):
            kind, unit, surface_end = "count", "people", people_end  # 200多万南山人
        elif not unit_word and (mag or re.search("[万亿萬億]", number)) and not vague:
            counted = _head_noun(re.split(r"[，。；、,;：:]", text[max(0, start - 8):start])[-1], "", last=True)
            if counted and not re.match(r"[\u4e00-\u9fff]", text[end:end + 1] or "，"):
                kind, unit = "count", counted  # 常住人口142.4万, 经营主体逾63万
        if kind is None:
            continue
        if kind in ("money", "area", "length"):
            per = re.search(r"每(万|千|百)?(人|户|平方公里|亩)[^，。；,;]{0,8}$", text[max(0, start - 12) : start])
            per_after = re.match(r"\s*/\s*(亩|平方米|平方公里|人|小时|秒)", text[surface_end:surface_end + 6])
            capita = re.search(r"人均[^，。；,;]{0,8}$", text[max(0, start - 12) : start])
            if per:  # 每平方公里产出120亿元: an amount per unit is a ratio
                scale = {"万": "10k_", "千": "1k_", "百": "100_", None: ""}[per.group(1)]
                kind, unit = "ratio", f"{unit}_per_{scale}" + {"人": "people", "户": "households",
                                                                "平方公里": "km2", "亩": "mu"}[per.group(2)]
            elif per_after:  # 2000万元/亩, 350米/小时: per mu, per hour
                kind, unit = "ratio", f"{unit}_per_" + {"亩": "mu", "平方米": "m2", "平方公里": "km2", "人": "person",
                                                        "小时": "hour", "秒": "second"}[per_after.group(1)]
                surface_end += per_after.end()
            elif capita:  # 人均GDP53万元: per head, never a total
                kind, unit = "ratio", f"{unit}_per_person"

        qualifier, surface_start = _qualifier(text, start, m)
        surface_start = min(surface_start, m.start()) if (m.group("cur") or m.group("pct")) else surface_start
        if vague:
            qualifier = "range" if index in range_low or _ADJACENT_SPAN.match(number) else "approx"
        elif kind == "money" and "GDP" in text[end:end + 4]:
            qualifier = "over"  # 万亿GDP城区: a GDP of a trillion or more
        elif is_cn and not unit_word and qualifier == "exact" and re.search("[十百千万亿萬億]", number):
            qualifier = "approx"  # 百亿, 千亿级: round magnitudes are approximate (三大 counts exactly)
        if kind == "money" and text[end : end + 1] == "级":
            qualifier = "approx"
        rows.append(_row(text, sentences, sentence_starts, kind, value, low, high, unit, qualifier,
                         surface_start, surface_end))
    rows += _fractions(text, sentences, sentence_starts, [(r["start"], r["end"]) for r in rows])
    rows += _doublings(text, sentences, sentence_starts, [(r["start"], r["end"]) for r in rows])
    rows += _compute(text, sentences, sentence_starts, [(r["start"], r["end"]) for r in rows])
    rows.sort(key=lambda r: r["start"])
    return pd.DataFrame(rows, columns=COLUMNS)


def _falls(text: str, start: int) -> bool:
    """A fall (下降, 减少…) stands before the figure at ``start``, or before the list of figures it ends."""
    return bool(DECLINE.search(text[max(0, start - 40):start]))


# The rest of a list of figures whose unit word, 个百分点, comes once at its end (10.5个、3.0个和2.3个百分点)
POINTS_LISTED = re.compile(r"(?:\s*[、和及与]\s*-?[\d.]+\s*个)+百分点")

# A comparator before a round magnitude (超千万份, 逾百万台, 突破万套): a measured amount, whatever follows.
COMPARED_MAGNITUDE = re.compile(r"(?:超|逾|近|破|过|达|超过|突破|接近)$")

# Heads of slogans and abstractions that a classifier does not count (两个维护, 四个全面, 三种意识).
ABSTRACT_NOUNS = re.compile(r"^(全面|意识|自信|维护|一百年|代表|服务|坚持|确保|方面|重点|特色|优势|机制|体系|模式|理念|方向|目标|任务"
                            r"|战略|功能|作用|问题|关系|环节|层次|阶段|过程|原则|能力|水平|思路|精神|要求|途径|步骤|措施)")


@lru_cache(maxsize=65536)
def _concrete_noun(after: str) -> str | None:
    """The noun a classifier counts when the lexicon does not name it (五个苹果, 数十台推土机,
    十余种配套设施): a dictionary noun (jieba tag n…) opening ``after``, or a modifier and the noun
    after it (配套设施); None for a slogan or an abstraction."""
    from .segment import tokenizer, word_tags

    if not after or not re.match(r"[\u4e00-\u9fff]", after) or ABSTRACT_NOUNS.match(after):
        return None
    tags = word_tags()
    words = tokenizer().lcut(re.split(r"[，。；、,;：:“”\s]", after, maxsplit=1)[0], HMM=False)[:2]
    if not words:
        return None
    if len(words[0]) >= 2 and tags.get(words[0], "").startswith("n") and not ABSTRACT_NOUNS.match(words[0]):
        return words[0]
    if len(words) == 2 and len(words[0]) >= 2 and len(words[1]) >= 2 and tags.get(words[1], "").startswith("n") \
            and not ABSTRACT_NOUNS.match(words[1]):
        return words[0] + words[1]  # 配套设施: a modifier and its noun
    return None


def _people_of_place(text: str, end: int) -> int:
    """Where ``200多万南山人`` ends when a place name and 人 follow the number (0 when not)."""
    from .meaning import _places

    pattern, forms = _places()
    m = pattern.match(text, end)
    if m and not forms[m.group(0)][1].startswith(("organisation", "anaphora")) and text[m.end():m.end() + 1] == "人" \
            and text[m.end() + 1:m.end() + 2] not in ("才", "员", "民", "口", "大", "士"):
        return m.end() + 1
    return 0


# What a "三大 X" names when it is a slogan, not a list of things: 三大产业定位, 三个可复制的模式.
ABSTRACT_AFTER = re.compile(r"^(定位|模式|方向|任务|理念|优势|特色|战略|目标|行动|体系|机制|举措|方面|功能|布局|主线|抓手|重点)")
MILESTONE = re.compile(r"^[十百千万亿]+(大关|台阶|关口)")


def _listed(text: str, start: int, value: float, m: re.Match[str]) -> bool:
    """三大港口 after 蛇口、赤湾、妈湾, 5大口岸: a count of listed things, not a slogan (三个可复制的模式)."""
    if m.group("arabic"):
        return 2 <= value <= 12
    left = max(text.rfind(c, max(0, start - 300), start) for c in "。！？；\n") + 1
    ends = [i for i in (text.find(c, start, start + 300) for c in "。！？；\n") if i >= 0]
    sentence = text[left : min(ends) if ends else start + 300]
    items = len(re.findall("、", sentence)) + len(re.findall(r"[和及与]", sentence))
    return 2 <= value <= 12 and items >= value - 1


# After a numeral, characters that never count a listed enumeration: dates, ages, ranks, units read elsewhere
ENUMERATION_NOT = frozenset("年月日号时分秒周届期代岁级倍成点半多余来")


def _enumeration_end(text: str, start: int, end: int, value: float) -> int:
    """Where a listed enumeration's words end (N, 大 or the items' shared character, a short noun), or 0
    when the number enumerates no items named right before or after it."""
    mark = text[end:end + 1]
    if not re.match(r"[\u4e00-\u9fff]", mark) or mark in ENUMERATION_NOT or not 2 <= value <= 12:
        return 0
    tail = re.match(r"[\u4e00-\u9fff]{0,4}?(?=[^\u4e00-\u9fff]|包括|$)", text[end + 1:end + 8])
    if not tail:
        return 0
    stop = end + 1 + tail.end()
    named = _named_right_before(text, start, value, mark) or _named_right_after(text, stop, value, mark)
    return stop if named else 0


def _named_right_before(text: str, start: int, value: float, mark: str = "大") -> bool:
    """先进制造业、现代服务业两大…: exactly ``value`` names, two to ten characters each, joined by 、, 和 or 及,
    from the start of the clause to the number; each holding ``mark`` unless it is 大 (个人端、企业端、政府端三端)."""
    clause = re.split(r"[，。；：,;:！？\n“”「」]", text[max(0, start - 80):start].rstrip("“「\""))[-1]
    clause = re.sub(r"^.*?(?:聚焦|围绕|包括|涵盖|推进|发展|培育|打造|建设|形成|以|在)", "", clause)
    items = re.split(r"[、和及与]", clause)
    return 2 <= value <= 12 and len(items) == value and all(
        2 <= len(x) <= 10 and re.fullmatch(r"[\u4e00-\u9fff]+", x) and (mark == "大" or mark in x) for x in items)


def _named_right_after(text: str, end: int, value: float, mark: str = "大") -> bool:
    """6大服务功能包括甲、乙、丙、丁、戊、己: exactly ``value`` names after 包括 (or 即, 分别是); each holding
    ``mark`` unless it is 大 (「三券」…，包括…「训力券」…、…「语料券」…、…「模型券」…)."""
    m = re.match(r"[」”\"]?[^，。；！？\n]{0,6}?[，,]?\s*(?:包括|包含|即|分别是|分别为)[:：]?([^。；！？\n]+)",
                 text[end:end + 300])
    if not m:
        return False
    listed = re.sub(r"[“「\"][^”」\"]*[”」\"]", lambda q: "名" if mark not in q.group(0) else mark, m.group(1))
    items = re.sub(r"等[^、]*$", "", listed).split("、")  # “产、学、研”产业转化功能 is one item; so is 实习及就业功能
    if len(items) == value - 1 and len(last := re.split(r"[和及与]", items[-1], maxsplit=1)) == 2:
        items[-1:] = last  # 美国的waymo、中国的百度和我们: the last two joined by 和
    return 2 <= value <= 12 and len(items) == value and all(
        2 <= len(x) <= 30 and (mark == "大" or mark in x) for x in items)


@lru_cache(maxsize=65536)
def _noun_end(phrase: str) -> int:
    """Characters of the lexicon noun that ends a short phrase (0 when none)."""
    best: tuple[int, int] | None = None  # (start, -length): the first noun, the longest there
    for noun, thing in _things():
        pos = phrase.find(noun)
        if thing.category == "count" and len(noun) >= 2 and 0 <= pos <= 8 and (best is None or (pos, -len(noun)) < best):
            best = (pos, -len(noun))
    return best[0] - best[1] if best else 0


_ADJACENT_SPAN = re.compile(r"^[一二两三四五六七八九][二三四五六七八九][十百千万亿]")


def _trailing_scale(number: str, mag: str) -> int:
    """The magnitude a range's high end ends with: 三万 -> 10000, 3万 -> 10000, 三十 -> 1."""
    if mag:
        return MAGNITUDES.get(mag, 1)
    m = re.search(r"(万亿|亿|億|万|萬|千|仟|百|佰)$", number)
    scales = {"万亿": 10**12, "亿": 10**8, "億": 10**8, "万": 10**4, "萬": 10**4, "千": 1000, "仟": 1000, "百": 100,
              "佰": 100}
    return scales[m.group(1)] if m else 1


def _rounded(value: float) -> float:
    """Two decimals; a figure below one keeps four significant digits (9.2mm is 0.0092 m, not 0.01)."""
    return round(value, 2) if abs(value) >= 1 or value == 0 else float(f"{value:.4g}")


def _row(text, sentences, sentence_starts, kind, value, low, high, unit, qualifier, a, b) -> dict:
    i = bisect.bisect_right(sentence_starts, a) - 1
    s_start, s_end = sentences[i] if i >= 0 and a < sentences[i][1] else (a, b)
    return {"kind": kind, "value": _rounded(value), "value_low": _rounded(low), "value_high": _rounded(high),
            "unit": unit, "qualifier": qualifier, "surface": text[a:b].strip(),
            "sentence": text[s_start:s_end].strip(), "start": a, "end": b}


def _fractions(text, sentences, sentence_starts, taken) -> list[dict]:
    """三分之一, 占全国的1/8: shares written as fractions, in percent."""
    out = []
    for m in _FRACTION.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        if m.group("den"):
            den, num = read_numeral(m.group("den")), read_numeral(m.group("numr"))
        else:
            if not re.search(r"((占|为|的|约|近|超)|占[^，。；、\d\s]{1,6}?的?)\s*$", text[max(0, m.start() - 9) : m.start()]):
                continue  # 1/8 alone may be a date or a code; 约占深圳1/10 is a share
            den, num = float(m.group("d")), float(m.group("n"))
        if m.group("den") in ("百", "佰") or not den or num is None or num > den:
            continue
        share = round(100 * num / den, 2)
        out.append(_row(text, sentences, sentence_starts, "percent", share, share, share, "percent", "exact",
                        m.start(), m.end()))
    for m in HALF.finditer(text):
        if not any(a < m.end(1) and m.start(1) < b for a, b in taken):
            said = m.group(0)[: m.start(1) - m.start()]
            qualifier = next((q for word, q in QUALIFIERS_BEFORE if said.endswith(word)), "exact")
            out.append(_row(text, sentences, sentence_starts, "percent", 50.0, 50.0, 50.0, "percent", qualifier,
                            m.start(1), m.end(1)))
    return out


DOUBLING = re.compile(r"翻(?:了)?([一两二三四]?)番")
DOUBLINGS = {"": 1, "一": 1, "两": 2, "二": 2, "三": 3, "四": 4}  # 翻两番: doubled twice


def _doublings(text, sentences, sentence_starts, taken) -> list[dict]:
    """翻番, 翻两番: a figure doubled (x2), or doubled twice (x4)."""
    out = []
    for m in DOUBLING.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        times = 2.0 ** DOUBLINGS[m.group(1)]
        out.append(_row(text, sentences, sentence_starts, "multiple", times, times, times, "times", "exact",
                        m.start(), m.end()))
    return out


# Computing power, as AI policy states it: 算力规模达到1000P, 智能算力超过2.5EFLOPS, 新增算力500PFlops. The value
# and its unit as written (P and PF are PFLOPS, E and EF are EFLOPS); only where 算力 names what is measured.
COMPUTE = re.compile(r"(?P<q>超过|超|逾|近|约|达到|达|突破|不低于|不少于)?\s*(?P<n>\d+(?:\.\d+)?)\s*(?P<mag>万)?\s*"
                     r"(?P<u>PFLOPS|PFlops|Pflops|PF|P|EFLOPS|EFlops|Eflops|EF|E|TFLOPS|TFlops)(?![A-Za-z])(?P<after>以上|左右)?")
COMPUTE_UNITS = {"P": "PFLOPS", "E": "EFLOPS", "T": "TFLOPS"}
COMPUTE_BEFORE = dict(QUALIFIERS_BEFORE) | {"不低于": "over"}


def _compute(text, sentences, sentence_starts, taken) -> list[dict]:
    """算力 figures (1000P, 2.5EFLOPS), counted in the unit the text gives."""
    out = []
    for m in COMPUTE.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken) or "算力" not in text[max(0, m.start() - 16):m.start()]:
            continue
        value = float(m.group("n")) * (10_000 if m.group("mag") else 1)
        unit = COMPUTE_UNITS[m.group("u")[0].upper()]
        qualifier = dict(QUALIFIERS_AFTER).get(m.group("after") or "") or COMPUTE_BEFORE.get(m.group("q") or "", "exact")
        out.append(_row(text, sentences, sentence_starts, "count", value, value, value, unit, qualifier,
                        m.start(), m.end()))
    return out


def format_value(value: float) -> str:
    """18605.73 -> '18605.73', 1e10 -> '10000000000'."""
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}".rstrip("0").rstrip(".")


def money_text(value: float, unit: str) -> str:
    """A sum as a reader reads it: 2e8 CNY -> 'CNY 200 m', 1.2e12 -> 'CNY 1.2 tn', 5000 -> 'CNY 5,000'."""
    for size, word in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
        if value >= size:
            return f"{unit} {format_value(round(value / size, 2))} {word}"
    return f"{unit} {value:,.0f}"


def article_facts(article) -> pd.DataFrame:
    """Facts of one read Article (see corpus.read_article), quoting its original script."""
    frame = pd.DataFrame([{"doc_id": article.path.stem, "file": article.path.name, "region": article.region,
                           "published": article.published, "title": article.title,
                           "text": article.cleaned.text, "text_orig": article.cleaned.text_orig}])
    return corpus_facts(frame, found=[article.facts] if article.facts is not None else None)


FACT_COLUMNS = ["doc_id", "file", "region", "kind", "value", "value_low", "value_high", "unit", "qualifier",
                "measure", "place", "scope", "district", "status", "year", "cues", "surface", "sentence", "start", "end",
                "positions", "surface_orig", "sentence_orig"]


def once(facts: pd.DataFrame, headline: str = "") -> pd.DataFrame:
    """Each fact once: the same figure with the same wording (headline and body, summary and text)
    is one row, its first position kept in ``start`` and every position in ``positions``; a figure
    of the headline that the body states too, in any words but with the same qualifier, is the body's
    (总投资45亿元 over 投资总额达45亿元); one the body qualifies otherwise is a claim of its own (万亿级城区, about a
    trillion, over 逼近万亿元, nearly one)."""
    if facts.empty:
        return facts.assign(positions=pd.Series(dtype=str))
    head_end = len(headline)
    starts = [int(s) for s in facts["start"]]
    figures = list(zip(facts["kind"], facts["value"], facts["unit"]))
    claims = list(zip(figures, facts["qualifier"]))
    words = [re.sub(r"\s", "", s) for s in facts["surface"]]
    in_body: dict[tuple, int] = {}  # (figure, qualifier) -> its first row in the body
    for i, claim in enumerate(claims):
        if starts[i] >= head_end:
            in_body.setdefault(claim, i)
    owner: dict[tuple, int] = {}  # (figure, wording) -> the row that keeps it
    positions: dict[int, list[int]] = {}
    for i, (figure, wording) in enumerate(zip(figures, words)):
        if starts[i] < head_end and claims[i] in in_body:
            row = in_body[claims[i]]
        else:
            row = owner.setdefault((figure, wording), i)
        positions.setdefault(row, []).append(starts[i])
    kept = sorted(positions)
    out = facts.iloc[kept].copy()
    out["positions"] = [";".join(map(str, sorted(set(positions[i])))) for i in kept]
    return out.sort_values("start").reset_index(drop=True)


def corpus_facts(corpus: pd.DataFrame, found: list[pd.DataFrame] | None = None) -> pd.DataFrame:
    """corpus[doc_id, file, region, text, text_orig, (published, title)] -> facts[doc_id, file, region,
    kind, value, value_low, value_high, unit, qualifier, measure, place, scope, district, status, year,
    surface, sentence, start, end, positions, surface_orig, sentence_orig].

    ``surface_orig`` and ``sentence_orig`` quote the article in its original script
    (Traditional where it was Traditional); offsets are into the Simplified ``text``.
    """
    from .pagecache import per_page

    items = []
    for row in corpus.itertuples():
        title = getattr(row, "title", "") or ""
        published = getattr(row, "published", None)
        items.append((row.text, row.text_orig, bool(title) and row.text.startswith(title[:4]),
                      row.region if isinstance(row.region, str) and row.region else None,
                      published if isinstance(published, str) and published else None))
    if found is not None:
        results = [_page_facts(*item, found=found[i]) for i, item in enumerate(items)]
    else:
        results = per_page("facts", items, _page_facts)
    frames = []
    for row, facts in zip(corpus.itertuples(), results):  # each page's own frame, read or made afresh
        facts.insert(0, "region", row.region)
        facts.insert(0, "file", row.file)
        facts.insert(0, "doc_id", row.doc_id)
        frames.append(facts)
    return pd.concat(frames, ignore_index=True)[FACT_COLUMNS] if frames else pd.DataFrame(columns=FACT_COLUMNS)


def _page_facts(text: str, text_orig: str, titled: bool, region: str | None, published: str | None,
                found: pd.DataFrame | None = None) -> pd.DataFrame:
    """One page's facts, read and described (what ``corpus_facts`` keeps per page)."""
    from .meaning import describe

    facts = found.copy() if found is not None else extract(text)
    headline = text.split("\n", 1)[0] if titled else ""
    # Described before a repeat is folded into its first place: a lead's figure that names no owner takes the
    # owner the page names beside its repeat (投资50亿，占地面积近80万㎡。…OPPO项目…占地近80万㎡).
    facts = once(describe(facts, text, region, published), headline)
    same_length = len(text) == len(text_orig)
    facts["surface_orig"] = [text_orig[a:b] if same_length else s
                             for a, b, s in zip(facts["start"], facts["end"], facts["surface"])]
    starts = [s.start() for s in SENTENCE.finditer(text)]  # one pass, then a binary search
    facts["sentence_orig"] = [_sentence_orig(text, text_orig, a, starts) if same_length else s
                              for a, s in zip(facts["start"], facts["sentence"])]
    return facts


def _sentence_orig(text: str, text_orig: str, position: int, starts: list[int]) -> str:
    i = bisect.bisect_right(starts, position) - 1
    if i < 0:
        return ""
    m = SENTENCE.match(text, starts[i])
    return text_orig[m.start() : m.end()].strip() if m else ""
