"""Read any numeral of Chinese text: ``read_numeral("一点五亿") -> 150000000.0``.

One reader for Arabic and Chinese numerals and their mixtures: separators (1,000 / 1，000),
full-width digits, decimals with 点/點 (三点一四), 零 in every position (一千零十, 十万零一),
financial capitals (壹拾万零叁仟), colloquial elision (三万五 = 35000, 两千六 = 2600, 一百二 = 120),
digit strings (一七二零 = 1720), magnitudes 万/亿/万亿 (十万亿 = 1e13, 1.2万, 100万三千) and signs
(负, -). ``read_span`` also reads what is not one number: adjacent digits (八九千 = 8000–9000,
三五百 = 300–500) and vague amounts (十几万, 几十万, 数十亿).

``to_chinese`` writes a whole number the standard way; the property tests read it back.
"""
from __future__ import annotations

import re

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
          "九": 9, "壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3, "叄": 3, "肆": 4, "伍": 5, "陆": 6, "陸": 6, "柒": 7,
          "捌": 8, "玖": 9, "幺": 1}
SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
# Magnitudes that close a section: 万 inside 亿 (十万亿 = 10 × 万 × 亿), 兆 = 万亿.
LARGE = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8, "兆": 10**12}
SPECIAL = {"廿": 20, "卅": 30}
POINT = "点點."
SIGN = "负負-−"
CN_DIGITS = "".join(DIGITS)
CN_UNITS = "".join(SMALL) + "".join(LARGE) + "".join(SPECIAL)
FULL_WIDTH = str.maketrans("０１２３４５６７８９．，－", "0123456789.,-")


def read_numeral(text: str) -> float | None:
    """The value of one numeral, or None when ``text`` is not one."""
    s = text.translate(FULL_WIDTH).replace(",", "").replace("，", "").strip()
    if not s:
        return None
    sign = 1
    if s[0] in SIGN:
        sign, s = -1, s[1:]
    if not s:
        return None
    value = _read_large(s)
    return None if value is None else sign * value


def _split_last(s: str, units: str) -> int:
    """Index of the last character of ``s`` in ``units`` that is not followed by a larger one."""
    for i in range(len(s) - 1, -1, -1):
        if s[i] in units:
            return i
    return -1


def _read_large(s: str) -> float | None:
    """Sections separated by 兆, 亿 and 万, largest first: left × magnitude + right."""
    for unit_chars, factor in (("兆", 10**12), ("亿億", 10**8), ("万萬", 10**4)):
        i = _split_last(s, unit_chars)
        if i < 0:
            continue
        left, right = s[:i], s[i + 1:]
        # 万亿: the 万 belongs to the left of 亿 (handled by the split on 亿 first).
        high = _read_large(left) if left else 1.0
        if high is None:
            return None
        if not right:
            return high * factor
        low = _read_low(right, factor)
        return None if low is None else high * factor + low
    return _read_section(s)


def _read_low(right: str, factor: int) -> float | None:
    """What follows a magnitude: 三万五 -> 5000 (a lone digit is the next place down), 十万零一 -> 1."""
    if right[0] in "零〇":
        return _read_large(right.lstrip("零〇")) if right.strip("零〇") else 0.0
    if len(right) == 1 and right in DIGITS:
        return DIGITS[right] * factor / 10  # colloquial elision
    if len(right) > 1 and all(c in DIGITS for c in right) and factor >= 10**4:
        return None  # 万三五: not a numeral
    return _read_large(right)


def _read_section(s: str) -> float | None:
    """A number below 10,000 (or any Arabic number), with decimals: 一千零十, 两千六, 3.14, 三点一四."""
    if any(c in POINT for c in s):
        head, _, tail = re.split(f"([{POINT}])", s, maxsplit=1)
        whole = _read_section(head) if head else 0.0
        if whole is None or not tail or not all(c in DIGITS or c.isdigit() for c in tail):
            return None
        digits = "".join(str(DIGITS[c]) if c in DIGITS else c for c in tail)
        return whole + float("0." + digits)
    if s.isdigit():
        return float(s)
    if all(c in DIGITS for c in s):
        return float("".join(str(DIGITS[c]) for c in s))  # a digit string: 一七二零
    total, digit, last_unit, zero = 0, None, None, False
    i = 0
    while i < len(s):
        c = s[i]
        if c.isdigit():  # an Arabic run inside a Chinese numeral: 1百01, 零四千230
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            if digit is not None:
                return None
            digit, zero = int(s[i:j]), zero or s[i] == "0"
            i = j
            continue
        if c in "零〇" and total:
            zero = True  # 一百零一, 一千零十: a gap, not a digit
        elif c in DIGITS:
            if digit is not None:
                return None
            digit = DIGITS[c]
            zero = zero or digit == 0
        elif c in SPECIAL:
            total += SPECIAL[c]
            last_unit = 10
        elif c in SMALL:
            unit = SMALL[c]
            if last_unit is not None and unit >= last_unit:
                return None  # 百千: out of order
            total += (1 if digit is None else digit) * unit
            digit, last_unit = None, unit
        else:
            return None
        i += 1
    if digit is not None:
        if last_unit and last_unit >= 100 and not zero and digit < 10:
            total += digit * last_unit // 10  # 两千六, 一百二
        else:
            total += digit
    return float(total)


# ------------------------------------------------------------------ spans that are not one number
_ADJACENT = re.compile(r"^([一二两三四五六七八九])([二三四五六七八九])([十百千万亿]+)$")
_VAGUE_UNIT = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8}


def read_span(text: str) -> tuple[float, float] | None:
    """(low, high) for 八九千 (8000, 9000), 三五百 (300, 500), 十几万 (100000, 200000), 几十万, 数十亿;
    None when ``text`` is a single numeral or not a numeral at all."""
    s = text.strip()
    m = _ADJACENT.match(s)
    if m:
        a, b = DIGITS[m.group(1)], DIGITS[m.group(2)]
        if b == a + 1 or (a, b) == (3, 5):
            scale = read_numeral("一" + m.group(3))
            if scale:
                return a * scale, b * scale
    m = re.match(r"^(.*?)([几数]+)([十百千万亿]*)$", s)
    if m and (m.group(1) or m.group(3)):
        head, tail = m.group(1), m.group(3)
        if head and not tail:  # 十几, 二十几, 一百几: head + 1..9 of the next place down
            base = read_numeral(head)
            if base is None:
                return None
            step = 1 if head[-1] in "十拾" else max(1, int(base) and 10 ** (len(str(int(base))) - 2))
            return base, base + 10 * step
        if head and tail:  # 十几万: (10 .. 20) × 万
            base = read_numeral(head)
            scale = read_numeral("一" + tail)
            if base is None or scale is None:
                return None
            return base * scale, (base + 10) * scale
        scale = read_numeral("一" + tail)  # 几十万, 数十亿: 10 .. 100 × the rest
        if scale is None or tail[0] not in "十百千":
            return None
        return scale, scale * 10
    return None


# ------------------------------------------------------------------ writing, for the property tests
_CN = "零一二三四五六七八九"


def _section(n: int) -> str:
    out, zero = "", False
    for unit, char in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // unit % 10
        if d:
            if zero and out:
                out += "零"
            out += _CN[d] + char
            zero = False
        else:
            zero = True
    return out


def to_chinese(n: int) -> str:
    """A whole number in standard Chinese: 10010 -> 一万零一十, 100000001 -> 一亿零一."""
    if n == 0:
        return "零"
    if n < 0:
        return "负" + to_chinese(-n)
    parts, out, need_zero = [], "", False
    for factor, char in ((10**8, "亿"), (10**4, "万"), (1, "")):
        parts.append((n // factor % 10**4 if factor < 10**8 else n // factor, char))
    for i, (value, char) in enumerate(parts):
        if value == 0:
            need_zero = bool(out)
            continue
        text = to_chinese(value) if char == "亿" and value >= 10**4 else _section(value)
        if out and (need_zero or value < 1000):
            out += "零"
        out += text + char
        need_zero = False
    return out
