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
_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
           "九": 9}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_LARGE = {"万": 10**4, "亿": 10**8}
CN_NUM = "零〇一二两三四五六七八九十百千万亿"


def parse_chinese(numeral: str) -> float | None:
    """Value of a Chinese numeral: 三 -> 3, 二十 -> 20, 一百二十 -> 120, 百亿 -> 1e10, 千亿 -> 1e11."""
    total, section, digit = 0, 0, None
    for char in numeral:
        if char in _DIGITS:
            digit = _DIGITS[char]
        elif char in _SMALL:
            section += (1 if digit is None else digit) * _SMALL[char]
            digit = None
        elif char in _LARGE:
            section += digit or 0
            base = section or 1
            if char == "亿":
                total = (total + base) * _LARGE[char]
            else:
                total += base * _LARGE[char]
            section, digit = 0, None
        else:
            return None
    return float(total + section + (digit or 0))


MAGNITUDES = {"万亿": 10**12, "千亿": 10**11, "百亿": 10**10, "十亿": 10**9, "亿": 10**8, "千万": 10**7,
              "百万": 10**6, "十万": 10**5, "万": 10**4, "千": 10**3}

# ---------------------------------------------------------------------------------- units
MONEY_UNITS = {"元": "CNY", "人民币": "CNY", "美元": "USD", "港元": "HKD", "港币": "HKD"}
AREA_UNITS = {"平方公里": 10**6, "平方千米": 10**6, "公顷": 10**4, "亩": 10000 / 15, "平方米": 1, "m²": 1,
              "㎡": 1, "m2": 1}
LENGTH_UNITS = {"公里": 1000, "千米": 1000, "米": 1}
# A classifier with no counted thing named nearby counts this.
CLASSIFIER_DEFAULT = {"人": "people", "名": "people", "位": "people", "人次": "visits", "家": "organisations",
                      "所": "institutions", "个": "items", "项": "items", "件": "items", "座": "buildings",
                      "款": "products", "台": "units", "套": "sets", "支": "teams", "批": "batches",
                      "份": "documents", "条": "measures", "门": "courses", "类": "types", "栋": "buildings"}
CLASSIFIERS = sorted(CLASSIFIER_DEFAULT, key=len, reverse=True)

QUALIFIERS_BEFORE = [("不超过", "up_to"), ("最高", "up_to"), ("最多", "up_to"), ("高达", "exact"),
                     ("不少于", "over"), ("至少", "over"), ("超过", "over"), ("突破", "over"), ("逾", "over"),
                     ("超", "over"), ("多达", "over"), ("约达", "approx"), ("大约", "approx"), ("约", "approx"),
                     ("接近", "nearly"), ("将近", "nearly"), ("近", "nearly"), ("不到", "under"),
                     ("不足", "under"), ("达到", "exact"), ("达", "exact")]
QUALIFIERS_AFTER = [("余", "over"), ("多", "over"), ("以上", "over"), ("左右", "approx"), ("上下", "approx"),
                    ("以下", "under"), ("以内", "under")]

_NUMBER = (
    r"(?P<num>(?P<arabic>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    rf"|(?P<cn>[{CN_NUM}]+))"
)
_MAG = r"(?P<mag>万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千)?"
_UNIT = (
    r"(?P<unit>亿?(?:美元|港元|港币|元)|平方公里|平方千米|万平方米|平方米|m²|㎡|m2(?![0-9])|公顷|亩|公里|千米|米(?!饭)"
    r"|%|％|倍|" + "|".join(CLASSIFIERS) + r")?"
)
_AFTER2 = r"(?P<after2>以上|以下|左右|上下|以内|余|多)?"
_FACT = re.compile(
    _NUMBER + r"\s*(?P<after>余|多)?\s*" + _MAG + r"\s*(?P<aftermag>余|多)?\s*" + _UNIT + _AFTER2
)

NOT_AFTER = re.compile(r"^\s*(年|月|日|号|时|点|分|秒|周年|届|期|季度|世纪|代|岁|级(?!产业)|[A-Za-z+\-/:：.])")
NOT_BEFORE = re.compile(r"(第|每|[A-Za-z+\-/.:#]|\d)\s*$")
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


def _counted(text: str, start: int, end: int, classifier: str) -> tuple[str | None, int]:
    """What a classifier counts: the noun right after it, else the noun before the number
    (None when no lexicon noun is near)."""
    after = _NP_END.split(text[end : end + 16], maxsplit=1)[0]
    unit = _head_noun(after, classifier, last=True)
    if unit:
        noun_end = end + max(after.rfind(n) + len(n) for n, t in _things() if t.unit == unit and n in after)
        return unit, noun_end
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
    """True inside a short quoted or titled name: “国际化人才特区9条”, 《…》."""
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
    tokens = tokenizer().lcut(text[max(0, end - 6) : end], HMM=False)
    return bool(tokens) and tokens[-1] != word and tokens[-1] not in qualifiers and tokens[-1].endswith(word)


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
            return qualifier, start - (len(text[max(0, start - 4) : start]) - len(before)) - len(word)
    if text[max(0, start - 1) : start] == "上" and m.group("cn"):
        return "over", start - 1  # 上千家: "upwards of a thousand"
    for group in ("after", "aftermag", "after2"):
        word = m.group(group)
        if word:
            return dict(QUALIFIERS_AFTER)[word], start
    return "exact", start


def extract(text: str) -> pd.DataFrame:
    """extract(text) -> facts[kind, value, unit, qualifier, surface, sentence, start, end]."""
    rows = []
    sentences = [(s.start(), s.end()) for s in SENTENCE.finditer(text)]
    sentence_starts = [a for a, _ in sentences]
    for m in _FACT.finditer(text):
        start, end = m.start(), m.end()
        number, unit_word, mag = m.group("num"), m.group("unit") or "", m.group("mag") or ""
        if NOT_BEFORE.search(text[max(0, start - 2) : start]) or NOT_AFTER.match(text[end : end + 3]):
            continue
        if m.group("arabic") and NOT_AFTER.match(text[m.end("num") : m.end("num") + 3]) and not unit_word:
            continue
        if _quoted_name(text, start, end):
            continue
        if m.group("cn"):
            value = parse_chinese(number)
            # Chinese numerals count only as a counted amount (三个, 二十余所) or a round
            # magnitude (百亿); 一 alone is an article, and 三大/一站式 are set phrases.
            if value is None or (value < 2 and not mag) or CN_IDIOM_AFTER.match(text[end : end + 2]):
                continue
            if re.fullmatch("[十百千万亿]", number) and not re.search(
                    "(近|超|逾|上|数|约|近万|过)$", text[max(0, start - 2) : start]):
                continue  # 万人, 千家: a bare magnitude is part of a word, unless 近千名, 上千家, 逾万个
            if not unit_word and not re.search(r"[十百千万亿]", number):
                continue
        else:
            digits = number.replace(",", "")
            if len(digits.split(".")[0]) >= 7 and not (unit_word or mag):
                continue  # phone numbers and codes
            value = float(digits)
        value *= MAGNITUDES.get(mag, 1)

        kind = unit = None
        surface_end = end
        if unit_word.endswith("元") or unit_word.endswith("币") or unit_word in MONEY_UNITS:
            if unit_word.startswith("亿"):
                value *= 10**8
                unit_word = unit_word[1:]
            kind, unit = "money", MONEY_UNITS.get(unit_word, "CNY")
        elif unit_word in AREA_UNITS or unit_word == "万平方米":
            kind, unit = "area", "m2"
            value *= 10**4 * AREA_UNITS["平方米"] if unit_word == "万平方米" else AREA_UNITS[unit_word]
        elif unit_word in LENGTH_UNITS:
            kind, unit = "length", "m"
            value *= LENGTH_UNITS[unit_word]
        elif unit_word in ("%", "％"):
            kind, unit = "percent", "percent"
        elif unit_word == "倍":
            kind, unit = "multiple", _comparator(text, start)
        elif unit_word in CLASSIFIER_DEFAULT:
            ratio = _per_capita(text, start)
            if ratio:
                kind, unit = ratio
            elif re.match(r"个?(月|小时|星期|工作日|季度)", text[end - len(unit_word) : end + 2]) and unit_word == "个":
                continue  # 4个月: a duration
            else:
                kind = "count"
                unit, surface_end = _counted(text, start, end, unit_word)
                if unit is None and m.group("cn"):
                    continue  # 三份“大礼”: a Chinese numeral counts only a named thing
                unit = unit or CLASSIFIER_DEFAULT[unit_word]
        elif (mag or re.search("[万亿]", number)) and re.search(
                r"(投资|投入|融资|资金|基金|规模|产值|营收|收入)\S{0,2}$", text[max(0, start - 6) : start]):
            kind, unit = "money", "CNY"  # 投资百亿: an amount of money without 元
        elif (mag or re.search("[万亿]", number)) and text[end : end + 1] == "级" and re.match(r"级(产业|集群|规模|市场)", text[end : end + 3]):
            kind, unit = "money", "CNY"  # 千亿级产业集群: a target scale in yuan
            surface_end = end + 1
        if kind is None:
            continue
        if kind in ("money", "area", "length"):
            per = re.search(r"每(万|千|百)?(人|户|平方公里|亩)[^，。；,;]{0,8}$", text[max(0, start - 12) : start])
            if per:  # 每平方公里产出120亿元: an amount per unit is a ratio
                scale = {"万": "10k_", "千": "1k_", "百": "100_", None: ""}[per.group(1)]
                kind, unit = "ratio", f"{unit}_per_{scale}" + {"人": "people", "户": "households",
                                                                "平方公里": "km2", "亩": "mu"}[per.group(2)]

        qualifier, surface_start = _qualifier(text, start, m)
        if m.group("cn") and not unit_word and qualifier == "exact":
            qualifier = "approx"  # 百亿, 千亿级: round magnitudes are approximate
        if kind == "money" and text[end : end + 1] == "级":
            qualifier = "approx"
        i = bisect.bisect_right(sentence_starts, start) - 1
        s_start, s_end = sentences[i] if i >= 0 and start < sentences[i][1] else (start, end)
        rows.append({"kind": kind, "value": round(value, 2), "unit": unit, "qualifier": qualifier,
                     "surface": text[surface_start:surface_end].strip(), "sentence": text[s_start:s_end].strip(),
                     "start": surface_start, "end": surface_end})
    return pd.DataFrame(rows, columns=["kind", "value", "unit", "qualifier", "surface", "sentence", "start", "end"])


def format_value(value: float) -> str:
    """18605.73 -> '18605.73', 1e10 -> '10000000000'."""
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}".rstrip("0").rstrip(".")


def article_facts(article) -> pd.DataFrame:
    """Facts of one read Article (see corpus.read_article), quoting its original script."""
    frame = pd.DataFrame([{"doc_id": article.path.stem, "file": article.path.name, "region": article.region,
                           "text": article.cleaned.text, "text_orig": article.cleaned.text_orig}])
    return corpus_facts(frame, found=[article.facts] if article.facts is not None else None)


def corpus_facts(corpus: pd.DataFrame, found: list[pd.DataFrame] | None = None) -> pd.DataFrame:
    """corpus[doc_id, file, region, text, text_orig] -> facts[doc_id, file, region, kind, value, unit,
    qualifier, surface, surface_orig, sentence, sentence_orig, start, end].

    ``surface_orig`` and ``sentence_orig`` quote the article in its original script
    (Traditional where it was Traditional); offsets are into the Simplified ``text``.
    """
    frames = []
    for i, row in enumerate(corpus.itertuples()):
        facts = found[i].copy() if found is not None else extract(row.text)
        same_length = len(row.text) == len(row.text_orig)
        facts["surface_orig"] = [row.text_orig[a:b] if same_length else s
                                 for a, b, s in zip(facts["start"], facts["end"], facts["surface"])]
        starts = [s.start() for s in SENTENCE.finditer(row.text)]  # one pass, then a binary search
        facts["sentence_orig"] = [_sentence_orig(row.text, row.text_orig, a, starts) if same_length else s
                                  for a, s in zip(facts["start"], facts["sentence"])]
        facts.insert(0, "region", row.region)
        facts.insert(0, "file", row.file)
        facts.insert(0, "doc_id", row.doc_id)
        frames.append(facts)
    columns = ["doc_id", "file", "region", "kind", "value", "unit", "qualifier", "surface", "sentence", "start",
               "end", "surface_orig", "sentence_orig"]
    return pd.concat(frames, ignore_index=True)[columns] if frames else pd.DataFrame(columns=columns)


def _sentence_orig(text: str, text_orig: str, position: int, starts: list[int]) -> str:
    i = bisect.bisect_right(starts, position) - 1
    if i < 0:
        return ""
    m = SENTENCE.match(text, starts[i])
    return text_orig[m.start() : m.end()].strip() if m else ""
