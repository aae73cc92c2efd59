"""Clean one scraped article: ``clean_text(raw) -> Cleaned(text, text_orig, title, meta, audit)``.

Steps, in order, each recorded in the audit as (step, position, before, after),
where position is the character offset in the text the step received:

1. ``decode``     bytes that could not be decoded (from the reader)
2. ``html``       tags, script/style blocks and entities; Markdown markup where the page has a
                  Markdown link or image
3. ``garble``     spans garbled by out-of-step GBK decoding, repaired or dropped
4. ``readings``   pinyin readings after characters: 產(chǎn), 每(mei)日(ri), 沙(sha)(sha)
5. ``chrome``     site chrome: headers, footers, comments, related links, copyright, contact,
                  editor and photo credits, image file names, script fragments; metadata lines
                  (date, outlet, byline, editor) are read before they go
6. ``join``       paragraphs split in the middle of a word by the scraper, and lines of a text cut at
                  a fixed width (lynx, html2text, a PDF)
7. ``normalise``  whitespace, full-/half-width punctuation, quotes (invisible characters are dropped
                  and full-width letters and digits made ASCII before step 5, so the metadata lines
                  read them)
8. ``convert``    Traditional to Simplified with the OpenCC configuration chosen for the source

Article body text is never dropped: chrome rules apply only to short lines that
match a pattern from ``lexicon/chrome.csv``, or to short lines in the footer zone.
"""
from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from pypinyin import Style, pinyin

from . import garble, page
from .errors import InputError, NotAnArticle
from .lang import CJK, choose_t2s_config, converter, detect_script, is_cjk
from .numerals import read_numeral
from .lexicon import alternation, entries, read_rows
from .paths import LEXICON
from .segment import word_freq

STEPS = ("decode", "html", "garble", "readings", "chrome", "join", "normalise", "convert")


@dataclass
class Change:
    """One cleaning edit."""

    step: str
    position: int
    before: str
    after: str
    note: str = ""


@dataclass
class Cleaned:
    """A cleaned article: Simplified body, the same body in its original script, and what was done."""

    text: str
    text_orig: str
    title: str
    title_orig: str
    script: str
    config: str
    meta: dict[str, str | None]
    audit: list[Change] = field(default_factory=list)

    def changes(self) -> dict[str, int]:
        counts = Counter(c.step for c in self.audit)
        return {step: counts.get(step, 0) for step in STEPS}

    @property
    def paragraphs(self) -> list[str]:
        return self.text.split("\n")


# ---------------------------------------------------------------------------------- html
_BLOCK = re.compile(r"<(script|style|noscript)\b[^>]*>.*?</\1\s*>", re.I | re.S)
_BREAK = re.compile(r"<\s*(br|/p|/div|/li|/h[1-6]|p|div|li|h[1-6])\b[^>]*>", re.I)
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>|<!--.*?-->", re.S)
_ENTITY = re.compile(r"&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,10});")


def strip_html(text: str, audit: list[Change]) -> str:
    """Remove script/style blocks and tags (block tags become line breaks), decode entities."""
    def sub(pattern: re.Pattern[str], text: str, repl) -> str:
        out, last = [], 0
        for m in pattern.finditer(text):
            after = repl(m) if callable(repl) else repl
            if after == m.group(0):
                continue
            audit.append(Change("html", m.start(), m.group(0), after))
            out.append(text[last : m.start()])
            out.append(after)
            last = m.end()
        out.append(text[last:])
        return "".join(out)

    header = page.reader_header(text)
    if header:  # Title: …, Published Time: … above the page: the head's lines in the page's own terms
        fields, end = header
        after = "\n".join(page.header_lines(fields)) + "\n"
        audit.append(Change("html", 0, text[:end], after, "reader header"))
        text = after + text[end:]
    if "<" in text:
        text = sub(_BLOCK, text, "")
        text = sub(_BREAK, text, "\n")
        text = sub(_TAG, text, "")
    if "&" in text:
        text = sub(_ENTITY, text, lambda m: html.unescape(m.group(0)).replace("\xa0", " "))
    if _MD_SIGN.search(text):
        text = strip_markdown(text, audit)
    return text


# Markdown, as some scrapers and readers write a page (trafilatura, a reader service): a link or an image
# in Markdown's syntax is sign enough that the rest of its markup is too.
_MD_SIGN = re.compile(r"!?\[[^\]\n]{0,200}\]\((?:https?:|/|\.)[^)\s]*\)")
_MD_IMAGE = re.compile(r"!\[[^\]\n]{0,200}\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]{0,200})\]\((?:https?:|/|\.)[^)\s]*(?:\s+\"[^\"\n]*\")?\)")
_MD_LINE = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,2}\.[ \t]+(?=\[))")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")


def strip_markdown(text: str, audit: list[Change]) -> str:
    """Markdown markup to plain text: an image goes; a line of nothing but links is a menu or a list of
    related stories, and goes; a link keeps its words; heading, quote and list marks and strong emphasis
    (**45亿元**) go. A single * stays: a page may mask a character with it."""
    out = []
    position = 0
    for line in text.split("\n"):
        before = line
        line = _MD_IMAGE.sub("", line)
        if _MD_LINK.search(line) and not re.sub(r"[\s|·•,，、/-]", "", _MD_LINK.sub("", line)):
            line = ""  # nothing but links
        line = _MD_LINK.sub(lambda m: m.group(1), line)
        line = _MD_STRONG.sub(lambda m: m.group(2), _MD_LINE.sub("", line))
        if line != before:
            audit.append(Change("html", position, before, line, "markdown"))
        out.append(line)
        position += len(before) + 1
    return "\n".join(out)


# ---------------------------------------------------------------------------------- garble
_TONE_MARKS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_REMNANT = re.compile(rf"\?+[a-zü{_TONE_MARKS}]*[{_TONE_MARKS}][a-zü{_TONE_MARKS}]*\)[\x40-\x7e]?")
def repair_garbled(text: str, audit: list[Change]) -> str:
    """Replace each out-of-step GBK span with its in-step decoding (or drop what is uncertain)."""
    out, last = [], 0
    for repair in garble.find_repairs(text):
        note = "repaired" if repair.certain else "uncertain characters dropped"
        audit.append(Change("garble", repair.start, repair.before, repair.after, note))
        out.append(text[last : repair.start])
        out.append(repair.after)
        last = repair.end
    out.append(text[last:])
    text = "".join(out)
    # A reading whose "(" and character were lost with a garbled byte: "?jiān)O" -> "".
    def drop(m: re.Match[str]) -> str:
        audit.append(Change("garble", m.start(), m.group(0), "", "garbled reading dropped"))
        return ""
    return _REMNANT.sub(drop, text)


# ---------------------------------------------------------------------------------- readings
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
_READINGS = re.compile(rf"(?<=[{CJK}])(?:[(（][a-z{_TONED}]{{1,6}}[1-5]?[)）])+")
_ONE = re.compile(rf"[(（]([a-z{_TONED}]{{1,6}}[1-5]?)[)）]")


@lru_cache(maxsize=4096)
def _readings_of(char: str) -> frozenset[str]:
    toned = pinyin(char, style=Style.TONE, heteronym=True)[0]
    plain = pinyin(char, style=Style.NORMAL, heteronym=True)[0]
    numbered = pinyin(char, style=Style.TONE3, heteronym=True)[0]
    return frozenset(toned + plain + numbered + [p.replace("ü", "v") for p in plain])


def strip_readings(text: str, audit: list[Change]) -> str:
    """Remove pinyin readings that follow the character they read: 產(chǎn) -> 產.

    A parenthesis is a reading only when every syllable in the run is a reading of
    the character before it, so 香港科技大学(广州) and (XBOTPARK) stay.
    """
    def replace(m: re.Match[str]) -> str:
        char = text[m.start() - 1]
        syllables = _ONE.findall(m.group(0))
        if syllables and all(s in _readings_of(char) for s in syllables):
            audit.append(Change("readings", m.start(), char + m.group(0), char))
            return ""
        return m.group(0)

    return _READINGS.sub(replace, text)


# ---------------------------------------------------------------------------------- chrome
@dataclass(frozen=True)
class _Rule:
    kind: str
    pattern: re.Pattern[str]
    max_len: int


@lru_cache(maxsize=1)
def chrome_rules() -> tuple[_Rule, ...]:
    rows = read_rows("chrome.csv", ("kind", "pattern", "max_len"))
    rules = []
    for number, row in enumerate(rows, start=2):
        try:
            rules.append(_Rule(row["kind"], re.compile(row["pattern"], re.I), int(row["max_len"])))
        except (re.error, ValueError) as exc:
            raise InputError(LEXICON / "chrome.csv", f"row {number}: {exc}") from None
    return tuple(rules)


@lru_cache(maxsize=1)
def _outlets() -> tuple[tuple[str, str], ...]:
    """(surface form, outlet name), longest form first."""
    pairs = [(form, e.term) for e in entries("outlets.csv", "name") for form in e.forms]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


@lru_cache(maxsize=1)
def _outlet_byline() -> re.Pattern[str]:
    """An outlet of the lexicon named in a byline: 南都记者 马强, (大公报 记者 毛丽娟), 新华社讯."""
    forms = sorted({form for form, _ in _outlets()}, key=lambda f: (-len(f), f))
    return re.compile("(?P<outlet>" + "|".join(map(re.escape, forms)) + ")" + page.BYLINE_WORDS)


MENU = re.compile(r"(?:[\u4e00-\u9fffA-Za-z]{1,5}[ \t\u3000|｜]+){5,}[\u4e00-\u9fffA-Za-z]{1,5}")
MASTHEAD_WORDS = re.compile(r"新闻网|海外版|客户端|官方网站|官网|门户网|报业集团|电视台|广播电视台|网站|频道")
MASTHEAD_SEPARATOR = re.compile(r"[-–—_|｜·•]|\([\u4e00-\u9fff]{2,6}\)$|（[\u4e00-\u9fff]{2,6}）$")


def is_masthead(line: str) -> bool:
    """The outlet's masthead or menu, not a headline: an outlet's name alone (• 南方杂志, 南方网), or a
    masthead word with a separator or a city in brackets (…新闻网海外版-…(温哥华))."""
    core = re.sub(r"^[\s•·\-–—|｜>»]+|[\s•·|｜]+$", "", line)
    if core in {form for form, _ in _outlets()} or (line.lstrip().startswith(("•", "·")) and len(core) <= 12):
        return True
    suffix = page.SITE_SUFFIX.search(core)
    head = core[: suffix.start()] if suffix else ""
    if suffix and not MASTHEAD_WORDS.search(head) and sum("\u4e00" <= c <= "\u9fff" for c in head) >= 6:
        return False  # 南山区：AI赋能千行百业 | 深圳新闻网: a headline with the site's name after it (the page's <title>)
    return bool(MASTHEAD_WORDS.search(core) and MASTHEAD_SEPARATOR.search(core) and len(core) <= 40)


def find_outlet(text: str) -> str | None:
    """The outlet a line names, from the outlet lexicon (longest match)."""
    for form, name in _outlets():
        if form in text:
            return name
    return None


_DATETIME = page.DATE
_EDITOR = re.compile(r"(?:责任编辑|编辑|责编)\s*[:：|｜]?\s*([\u4e00-\u9fff·]{2,4})")
_BYLINE = re.compile(r"(?:记者|文/|作者[:：]|通讯员|撰文\s*[|｜:：]?)\s*([\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4})*)")
_TRAILING_BYLINE = re.compile(r"[(（]\s*(记者|通讯员|文/|撰文)[\s:：]*([\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4})*)\s*[)）]\s*$")
_SENTENCE_END = re.compile(r"[。！？!?；;…”\"]\s*$")
# A teaser of another story, cut by the site with three dots (not the body's ……).
_TEASER = re.compile(r"(?<![.…])(?:\.{3}|…)\s*$")
# A labelled subheading of the body: 产业优势:人才基础+创新平台+市场需求, 发展目标：三年见成效.
_SUBHEADING = re.compile(r"^[\u4e00-\u9fff]{2,8}\s*[:：]\s*[\u4e00-\u9fffA-Za-z0-9“”+＋、·]{2,}$")
_PHONE_LINE = re.compile(r"^[\s(（]*[\u4e00-\u9fff]{0,4}[)）\s]*[\d\-+ ()（）]{7,}$")
FOOTER_SHORT = page.FOOTER_SHORT
# Kinds whose lines state the page's own date.
DATE_KINDS = frozenset({"metadata", "source", "editor", "counter", "index"})


def _classify(line: str, simple: str) -> str | None:
    """The chrome kind of a line (judged on its Simplified form), or None for body text."""
    for rule in chrome_rules():
        if len(simple) <= rule.max_len and rule.pattern.search(simple):
            return rule.kind
    if _PHONE_LINE.match(simple) and sum(c.isdigit() for c in simple) >= 7:
        return "contact"
    if _TEASER.search(simple) and len(simple) <= 160 and "。" not in simple:
        return "teaser"  # another story's teaser, cut by the site: 【TechWeb】…一经亮相便迅速...
    kind = page.shape_kind(simple)
    if kind:
        return kind
    if len(simple) <= 60 and "。" not in simple and find_outlet(simple) and re.search("编辑|记者", simple):
        return "metadata"  # "每日经济新闻 赵鑫 每经编辑|赵博渊"
    if len(simple) <= 12 and find_outlet(simple) and not _SENTENCE_END.search(simple):
        return "header"
    return None


def _read_people(simple: str, meta: dict[str, str | None]) -> None:
    """Take byline and editor from a metadata or chrome line."""
    if meta.get("editor") is None:
        m = _EDITOR.search(simple)
        if m:
            meta["editor"] = m.group(1)
    if meta.get("byline") is None:
        m = _BYLINE.search(simple)
        if m:
            meta["byline"] = m.group(1)
        elif _EDITOR.search(simple):
            # "每日经济新闻 赵鑫 每经编辑|赵博渊": the name before the editor's is the reporter's.
            before = _EDITOR.split(simple)[0]
            names = [t for t in re.split(r"\s+", before) if re.fullmatch(r"[\u4e00-\u9fff]{2,3}", t)
                     and not find_outlet(t)]
            if names:
                meta["byline"] = names[-1]


@lru_cache(maxsize=1)
def _told_reporter() -> re.Pattern[str]:
    forms = sorted({form for form, _ in _outlets()}, key=lambda f: (-len(f), f))
    return re.compile("(?:向|告诉|对|接受)(" + "|".join(map(re.escape, forms)) + ")(?:记者|采访)")


def _offer_outlets(simple: str, kind: str, zone: str, found: page.Meta) -> None:
    """Offer the outlets a chrome line names, ranked: a byline naming the outlet (the original
    outlet of a republished story) > 来源 > a metadata line > the title tag > header/footer."""
    m = _outlet_byline().search(simple) or page.OUTLET_BYLINE.search(simple)
    if m and kind in ("caption", "credit", "byline", "metadata", "footer", "header", "editor", "body-start"):
        found.offer_outlet(page.outlet_name(m.group("outlet"), find_outlet), 0)
    m = _SOURCE_LINE.search(simple)
    if m:
        name = page.outlet_name(m.group(1), find_outlet, named=True)
        if name is None and page.NO_OUTLET.match(m.group(1)):
            found.outlet_blocked = True
        found.offer_outlet(name, 1)
    if kind in ("metadata", "editor"):
        named = find_outlet(simple)
        if named is None:
            tokens = [t for t in re.split(r"[\s|｜:：]+", page.TIME.sub(" ", _DATETIME.sub(" ", simple))) if t]
            shaped = [t for t in tokens if page.outlet_name(t, find_outlet) and not page.META_WORDS.search(t)]
            named = page.outlet_name(shaped[0], find_outlet) if shaped else None
            if named is None and len(tokens) == 1 and _DATETIME.search(simple) and _stamp_name(tokens[0]):
                named = tokens[0]  # "东莞+ 2022-06-26 14:07:59": the name the page stamps its story with
        found.offer_outlet(named, 2)
    elif kind in ("header", "copyright", "footer") or zone == "head":
        if kind == "copyright":
            m = re.search(r"([\u4e00-\u9fffA-Za-z]{2,16}?)\s*(?:版权所有|主办)", simple)
            found.offer_outlet(page.outlet_name(m.group(1), find_outlet) if m else find_outlet(simple), 5)
        elif len(simple) <= 40:
            found.offer_outlet(find_outlet(simple), 4)


_SOURCE_LINE = page.SOURCE


def _stamp_name(token: str) -> bool:
    """A name alone beside the page's date: a site's, not a person's (2-3 Han characters) or a label."""
    return (2 <= len(token) <= 12 and not page.META_WORDS.search(token) and not page.NO_OUTLET.match(token)
            and not re.fullmatch(r"[\d\W_]+", token)
            and (len(token) >= 4 or bool(re.search(r"[^\u4e00-\u9fff]", token))))


def _lead_outlets(simple: str, index: int, found: page.Meta) -> None:
    """Outlets a body line names as the story's: its own marker (【明报专讯】) and, in the lead, a report
    it relays (据大公报报道); anywhere, the outlet whose reporter it names (《金融时报》记者)."""
    m = page.OWN_MARKER.match(simple)
    if m and index < 3:
        found.offer_outlet(page.outlet_name(m.group("outlet"), find_outlet, named=True), 0)
    m = page.RELAYED.search(simple[:60]) if index < 2 else None
    if m:
        found.offer_outlet(page.outlet_name(m.group("outlet"), find_outlet), 5)
    m = page.QUOTED_REPORTER.search(simple) if found.outlet_rank > 6 else None
    if m:
        found.offer_outlet(page.outlet_name(m.group("outlet"), find_outlet), 6)


# "date 2026-03-02 深圳近年…", "发布时间：2024-05-09 南山区…": a date label run into the lead.
_LEADING_DATE = re.compile(r"^\s*(?:date|Date|DATE|日期|发布日期|发布时间|时间)\s*[:：]?\s*"
                           r"((?:19|20)\d\d\s*[-/年.]\s*\d{1,2}\s*[-/月.]\s*\d{1,2}\s*日?)\s+(?=\S)")
# The headline a dispatch line introduces (新华社深圳10月21日电 题：…), up to the byline or the lead after it.
_DISPATCH_HEADLINE = re.compile(r"(?P<title>[^\s。]{6,64}?)(?=\s+\S{0,8}?(?:记者|通讯员)|\s{2,}|\s+\S{10,}|$)")


def _finish_meta(found: page.Meta, meta: dict[str, str | None]) -> None:
    meta["published"] = found.published
    if found.outlet_blocked and found.outlet_rank > 1:
        found.outlet = None  # 来源：本网 — the page names no outlet
    meta["outlet"] = found.outlet


def strip_chrome(lines: list[str], audit: list[Change], meta: dict[str, str | None]) -> tuple[str, list[str]]:
    """Split lines into (title, body lines), dropping chrome and reading metadata from it.

    The title is the page's headline in its own characters: the headline-shaped line nearest
    above the page's date/source line, else the first one above the body; anything above the
    headline is page header.
    """
    t2s = converter("t2s")
    offsets, pos = [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    simple = t2s.convert("\n".join(lines)).split("\n")  # one conversion for the page, not one a line
    if len(simple) != len(lines):
        simple = [t2s.convert(line) for line in lines]
    simple = [line.strip() for line in simple]
    kinds: list[str | None] = [_classify(line.strip(), s) if s else "blank" for line, s in zip(lines, simple)]
    for i, s in enumerate(simple):  # a menu of places or sections: 广州 深圳 珠海 汕头 …
        if kinds[i] is None and MENU.fullmatch(s):
            kinds[i] = "menu"

    # A "related news" heading: the headline list under it is chrome, up to the next sentence.
    related = False
    for i, s in enumerate(simple):
        if kinds[i] == "blank":
            continue
        if page.RELATED_HEAD.match(s) or kinds[i] == "related":
            kinds[i], related = "related", True
        elif related and not ("。" in s and len(s) > page.BODY_MIN):
            kinds[i] = "related" if kinds[i] is None else kinds[i]
        else:
            related = False

    # The body starts at its first sentence; above it is the head zone (header, headline, date line).
    body_start = next((i for i, (k, s) in enumerate(zip(kinds, simple)) if k is None and page.is_sentence(s)),
                      len(lines))
    # The body ends at its last substantial line; after that, short lines are footer.
    substantial = [i for i, (k, s) in enumerate(zip(kinds, simple)) if k is None and len(s) > FOOTER_SHORT]
    last_body = substantial[-1] if substantial else len(lines) - 1
    sentence_after = False  # a short line with running text of the body after it is a subheading
    for i in range(len(lines) - 1, last_body, -1):
        if kinds[i] is None and len(simple[i]) <= FOOTER_SHORT and not _SENTENCE_END.search(simple[i]) \
                and not re.search("[，、,]", simple[i]) and not sentence_after and not _SUBHEADING.match(simple[i]):
            kinds[i] = "footer"  # (a clause cut off by the scraper, with its comma, is body, not footer)
        elif kinds[i] is None and (_SENTENCE_END.search(simple[i]) and "。" in simple[i]
                                   or re.search("[，、,]", simple[i])):
            sentence_after = True  # a sentence, or a clause the scraper cut off

    candidates = [i for i in range(body_start) if kinds[i] is None and page.headline_shaped(simple[i])
                  and not is_masthead(simple[i])]
    dated = [i for i in range(body_start) if kinds[i] is not None and _DATETIME.search(simple[i])
             and (kinds[i] in DATE_KINDS or page.is_metadata(simple[i]))]
    above = [i for i in candidates if dated and i < dated[0]]
    title_index = above[-1] if above else (candidates[0] if candidates else None)
    if title_index is not None:
        for i in range(title_index):
            if kinds[i] is None:
                kinds[i] = "header"  # above the headline: the page's header

    found = page.Meta()
    title = ""
    body: list[str] = []
    seen: set[str] = set()
    previous: str | None = None
    for i, (line, kind) in enumerate(zip(lines, kinds)):
        stripped = line.strip()
        if kind == "blank":
            continue
        key = re.sub(r"\s+", "", simple[i])
        if kind is None and key in seen and i <= body_start + 2:
            kind = "header"  # the title repeated by the page template
        if kind is None and previous in ("image", "credit", "caption") and len(simple[i]) <= 40 \
                and not _SENTENCE_END.search(simple[i]):
            kind = "caption"  # the line under an image
        if kind is not None:
            teaser_date = previous == "teaser" and i <= body_start  # the date under a teaser is that story's
            previous = kind
            zone = "head" if i < body_start else "foot" if i > last_body else "body"
            if not teaser_date and (kind in DATE_KINDS or (kind not in ("related", "caption")
                                                           and page.is_metadata(simple[i]))):
                date, time = page.read_date(simple[i])
                explicit = re.search(r"发布(时间|日期)", simple[i])
                found.offer_date(date, 0 if explicit else 1 if zone == "head" else 2)
                if date and meta.get("time") is None and time:
                    meta["time"] = time
            _offer_outlets(simple[i], kind, zone, found)
            _read_people(simple[i], meta)
            audit.append(Change("chrome", offsets[i], stripped, "", kind))
            continue
        previous = None
        seen.add(key)
        if i == title_index:
            title, removed = page.strip_title(re.sub(r"\s+", " ", stripped), find_outlet)
            for tag in removed:
                found.offer_outlet(find_outlet(t2s.convert(tag)), 3)
                audit.append(Change("chrome", offsets[i], tag, "", "title tag"))
            continue
        if not body:
            m = _LEADING_DATE.match(stripped)
            if m:
                found.offer_date(page.read_date(m.group(1))[0], 1)
                audit.append(Change("chrome", offsets[i], m.group(0), "", "metadata"))
                stripped = stripped[m.end():]
            _offer_outlets(simple[i][:40], "body-start", "body", found)
            _dateline(simple[i], found)
            if not title and title_index is None:
                title = _dispatch_headline(stripped, simple[i])
        _lead_outlets(simple[i], len(body), found)
        m = _told_reporter().search(simple[i]) if found.outlet_rank > 6 else None
        if m:  # 南沙区相关部门负责人向时代周报记者表示: the outlet whose reporter the body names, the weakest cue
            found.offer_outlet(find_outlet(m.group(1)), 6)
        m = _TRAILING_BYLINE.search(simple[i])
        if m:
            meta["byline"] = meta.get("byline") or m.group(2)
            cut = len(stripped) - (len(simple[i]) - m.start())
            audit.append(Change("chrome", offsets[i] + cut, stripped[cut:], "", "byline"))
            stripped = stripped[:cut].rstrip()
        body.append(stripped)
    if body and len(body[-1]) <= 40:
        _offer_outlets(t2s.convert(body[-1]), "footer", "foot", found)  # "深圳晚报记者曾贤平"
    _finish_meta(found, meta)
    return title, body


def _dispatch_headline(line: str, simple: str) -> str:
    """The headline a lead opening on a dispatch line gives after 题： (a page with no headline of its own)."""
    m = page.DISPATCH_TITLE.match(simple)
    if not m:
        return ""
    head = _DISPATCH_HEADLINE.match(simple, m.end())
    # The span read on the Simplified line, cut from the page's own characters where they align.
    return (line[head.start("title"):head.end("title")] if len(line) == len(simple) else head.group("title")).strip() \
        if head else ""


def _dateline(first: str, found: page.Meta) -> None:
    """新华社深圳3月1日电: the outlet; the date only when the dateline states its year
    (新华社深圳2024年3月1日电). A year taken from the body would be an event's, not the page's."""
    m = page.DATELINE.match(first)
    if not m:
        return
    # The lazy outlet group stops short (深圳|新闻网2025年…讯, 央广|网广州9月…消息): the longest prefix of
    # outlet and place that names an outlet is the outlet.
    joined = m.group("outlet") + (m.group("place") or "")
    named = next((page.outlet_name(joined[:n], find_outlet) for n in range(len(joined), 1, -1)
                  if page.outlet_name(joined[:n], find_outlet)), None)
    found.offer_outlet(named or find_outlet(m.group(0)), 0)
    month, day = int(m.group("month")), int(m.group("day"))
    if m.group("year") and 1 <= month <= 12 and 1 <= day <= 31:
        found.offer_date(f"{int(m.group('year')):04d}-{month:02d}-{day:02d}", 3)


# ---------------------------------------------------------------------------------- join
def _spans_word(left: str, right: str) -> bool:
    """True when the boundary falls inside a dictionary word: 智|能芯片, 标|准共建."""
    t2s = converter("t2s")
    for a in (1, 2):
        for b in (1, 2):
            if len(left) >= a and len(right) >= b and word_freq(t2s.convert(left[-a:] + right[:b])) >= 20:
                return True
    return False


JOIN_MIN = 12  # characters a paragraph needs before a split inside it is mended
WRAP_MIN = 30  # display columns (15 Chinese characters) a line needs to be read as cut at a fixed width
WRAP_SLACK = 3  # a cut line fills the width to within a wide character and a space


def _width(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


COLLAPSED_MIN = 400  # characters of a line that holds a whole page run together
COLLAPSED_PARTS = 5  # spaces it needs where its lines were
_NUMBER_UNIT = "年月日号%％万亿元个家名位项台套所条次篇人"
_SPACE = r"[ \u3000\xa0]+"
# what begins a line: a character, a quote or bracket, a figure, a bullet or a photo caption's mark (▲…效果图); not a
# dispatch's 题：, not a time
_STARTS_LINE = r"(?=[\u4e00-\u9fff“（(\d•●▪■◆▲△])(?![题題][:：])(?!\d{1,2}:\d\d)"
_LINE_SPACE = re.compile(
    rf"(?:(?<=[。！？!?”）)…])|(?<=\.\.\.)){_SPACE}{_STARTS_LINE}"  # after a sentence's end or a teaser's dots
    rf"|(?<=[|｜]){_SPACE}(?=[•●▪■◆])"  # a share bar's items (• | • 0 条评论)
    # between two characters or after a figure, but not the spaces a line puts on both sides of a number before
    # its unit (到 2025 年, 增长 12 %: a line that begins with a date, 2023年2月, has none after the number)
    rf"|(?<=[\u4e00-\u9fff%]){_SPACE}{_STARTS_LINE}(?![\d.]+[ \u3000\xa0]+[{_NUMBER_UNIT}])"
    rf"|(?<=\d){_SPACE}{_STARTS_LINE}(?![{_NUMBER_UNIT}])(?![\d.]+[ \u3000\xa0]+[{_NUMBER_UNIT}])"
    rf"|(?<=[:：]){_SPACE}(?=\d{{1,2}}[.、．](?!\d))")  # a numbered item after a colon (为大家划下重点: 1.到2025年)


def uncollapse(lines: list[str]) -> list[str]:
    """A page whose text was run into one line (a scraper that drops line breaks leaves a space where each
    was), split back at those spaces: in Chinese text a space between two characters, or after a sentence's
    end, begins a line (not the space of a dispatch line before its 题：). Only a page of at most three
    lines, one of them long, is read so; ``lines`` itself where there is nothing to split."""
    filled = [line for line in lines if line.strip()]
    if not filled or len(filled) > 3 or max(map(len, filled)) < COLLAPSED_MIN:
        return lines
    out: list[str] = []
    for line in lines:
        parts = _LINE_SPACE.split(line) if len(line) >= COLLAPSED_MIN else [line]
        out.extend(_headline_whole(parts) if len(parts) >= COLLAPSED_PARTS else [line])
    return out if len(out) > len(lines) else lines


HEAD_PART = re.compile(r"[^。！？!?；;|>＞/]{2,30}")  # a headline's half: short, no sentence's end, no site path
DATED = re.compile(r"(?:19|20)\d\d\s*[-年/.]\s*\d{1,2}")


def _headline_whole(parts: list[str]) -> list[str]:
    """A two- or three-part headline (筑“生态雨林” 育“创新之肺” 上市公司“南山现象”见闻) keeps its spaces: the run of
    short parts with no sentence's end that stands right before the page's date line (or its source, outlet or
    bullet before the date) is one line."""
    dated = next((i for i, p in enumerate(parts[:12]) if DATED.search(p)), None)
    if not dated:
        return parts
    end = dated
    while end > 0 and _no_headline(parts[end - 1]):
        end -= 1  # the source, the outlet or a bullet between the headline and the date (来源:南方网 • 2021-08-03)
    first = end
    while first > 0 and end - first < 3 and HEAD_PART.fullmatch(parts[first - 1]) \
            and re.search(r"[\u4e00-\u9fff]", parts[first - 1]) and not _no_headline(parts[first - 1]):
        first -= 1
    if end - first < 2:
        return parts
    return [*parts[:first], " ".join(parts[first:end]), *parts[end:]]


def _no_headline(part: str) -> bool:
    """A source, a byline, a bullet, a section's label (南山要闻), a masthead or an outlet's name alone (中國證券網):
    no headline's part."""
    simple = converter("t2s").convert(part)
    return bool(SOURCE_PART.search(simple) or is_masthead(simple))  # is_masthead: an outlet's name alone too


SOURCE_PART = re.compile(r"来源|作者|记者|编辑|责编|通讯员|^[\s•·●]|(?:要闻|新闻|资讯|频道|专题|动态|首页|栏目)\s*$")


def unwrap(paragraphs: list[str], audit: list[Change], as_cut: list[str] | None = None) -> list[str]:
    """Join the lines of a text cut at a fixed width (``lynx -dump`` cuts at 79 display columns, html2text
    at 78 characters, a PDF at its margin) back into paragraphs. A text is read as cut when at least three
    of its wide lines, and a third of them, fill its widest line's width, and most of those end mid-sentence;
    each such line runs on into the next unless it ends a sentence. A line a Latin word did not fit on (lynx
    moves the word down) fills the width with that word. Paragraphs of a page that was not cut vary in length
    and end on a full stop. ``as_cut``, where given, is the same lines as they were cut (before full-width
    figures and Chinese-numeral dates were rewritten), and the widths are measured on them."""
    best: tuple[list[bool], bool] = ([], False)
    seen = as_cut if as_cut is not None and len(as_cut) == len(paragraphs) else paragraphs
    for measure, least, slack in ((_width, WRAP_MIN, WRAP_SLACK), (len, WRAP_MIN // 2, 1)):  # columns or characters
        widths = [measure(p) for p in seen]
        wide = [w for w in widths if w >= least]
        if len(wide) < 3:
            continue
        top = max(wide)
        cut = [w >= top - slack or (i + 1 < len(paragraphs) and w >= top - 4 * slack
                                    and bool(m := _LATIN_START.match(seen[i + 1]))
                                    and w + 1 + measure(m.group(0)) > top)  # a Latin word that did not fit went down
               for i, w in enumerate(widths)]
        ended = sum(c and bool(_SENTENCE_END.search(p)) for c, p in zip(cut, paragraphs))  # a cut falls mid-sentence
        if sum(cut) >= 3 and 3 * sum(cut) >= len(wide) and 2 * ended < sum(cut) and sum(cut) > sum(best[0]):
            best = (cut, measure is _width)
    full, columns = best
    if not full:
        return paragraphs
    out: list[str] = []
    for i, para in enumerate(paragraphs):
        if out and full[i - 1] and para and not _SENTENCE_END.search(out[-1]):
            audit.append(Change("join", 0, out[-1][-6:] + "¶" + para[:6], out[-1][-6:] + para[:6], "cut at a fixed width"))
            # A cut by columns (lynx, a PDF) falls at the space between two Latin words, and the space is lost;
            # a cut by characters (html2text in Chinese) falls anywhere: 60|00, OPP|O.
            space = columns and _LATIN_END.search(out[-1]) and _LATIN_START.match(para)
            out[-1] = out[-1] + (" " if space else "") + para
        else:
            out.append(para)
    return out


_LATIN_END = re.compile(r"[A-Za-z0-9]$")
_LATIN_START = re.compile(r"[A-Za-z0-9][A-Za-z0-9.,%\-]*")


def join_broken(paragraphs: list[str], audit: list[Change]) -> list[str]:
    """Join a paragraph to the next when the scraper split it inside a word or an enumeration."""
    out: list[str] = []
    for para in paragraphs:
        if out:
            prev = out[-1]
            # Only a body paragraph (long, with clause punctuation) is joined: headings stay apart.
            ends_open = (len(prev) >= JOIN_MIN and re.search("[，、,]", prev) and is_cjk(prev[-1])
                         and not _SENTENCE_END.search(prev))
            enumeration = "、" in prev and "、" in re.split(r"[，。,]", para)[0]
            if ends_open and is_cjk(para[0]) and (_spans_word(prev, para) or enumeration):
                audit.append(Change("join", 0, prev[-6:] + "¶" + para[:6], prev[-6:] + para[:6]))
                out[-1] = prev + para
                continue
        out.append(para)
    return out


# ---------------------------------------------------------------------------------- normalise
_FULLWIDTH_ALNUM = re.compile(r"[０-９Ａ-Ｚａ-ｚ％＋－．／＠＃＆]")
_ZH = f"{CJK}，。、；：？！“”‘’（）《》【】「」—…"
_TO_FULL = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？"}
_PUNCT_ZH = re.compile(rf"(?<=[{_ZH}])\s*([,;:!?])\s*|\s*([,;:!?])\s*(?=[{CJK}“‘《（])")
_TRANSLATE = str.maketrans({"（": "(", "）": ")", "「": "“", "」": "”", "『": "‘", "』": "’"})
_HAS_CJK = re.compile(f"[{CJK}]")
_SPACE_ZH = re.compile(rf"(?<=[{_ZH}])[ \t]+|[ \t]+(?=[{_ZH}])")
_ASCII_QUOTES = re.compile(r'"\s*([^"\n]{1,80}?)\s*"')


_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]+")


def strip_invisible(text: str, audit: list[Change]) -> str:
    """Zero-width spaces and joiners, soft hyphens, direction marks and stray byte-order marks, which some
    sites scatter through their text (against copying) and which split a number or a word where nobody sees it."""
    if not _INVISIBLE.search(text):
        return text
    for m in _INVISIBLE.finditer(text):
        audit.append(Change("normalise", m.start(), m.group(0), "", "invisible characters"))
    return _INVISIBLE.sub("", text)


def halfwidth_alnum(text: str, audit: list[Change]) -> str:
    """Full-width digits and letters (２０２３年０２月０６日, ＧＤＰ) to ASCII before the metadata lines are read,
    so a date, a dateline or an address reads as it would in half-width; one to one, so offsets hold."""
    if not _FULLWIDTH_ALNUM.search(text):
        return text
    for m in re.finditer(f"(?:{_FULLWIDTH_ALNUM.pattern})+", text):
        audit.append(Change("normalise", m.start(), m.group(0), _half(m.group(0)), "full-width letters and digits"))
    return _FULLWIDTH_ALNUM.sub(lambda m: _half(m.group(0)), text)


# A year in Chinese numerals; 〇 may be written ○ or, once full width is folded, a Latin O (二Ｏ二三年)
_CN_YEAR = re.compile(r"(?:一九|二[〇○零O])[〇○零O一二三四五六七八九]{2}(?=\s*年)")
_CN_MONTH_DAY = re.compile(r"(?<=\d{4}年)\s*([一二三四五六七八九十]{1,2})月(?:([一二三四五六七八九十]{1,3})日)?")


def arabic_dates(text: str, audit: list[Change]) -> str:
    """A year written in Chinese numerals (二〇二五年, 一九九七年), and a month and day after a year
    (2023年二月六日), in Arabic digits, as official documents date themselves and their targets: read
    otherwise, 到二〇二五年 is no year and its target an achievement."""
    if not _CN_YEAR.search(text) and not _CN_MONTH_DAY.search(text):
        return text

    def year(m: re.Match[str]) -> str:
        after = str(int(read_numeral(re.sub("[○O]", "〇", m.group(0)))))  # a digit string: 二〇二五 -> 2025
        audit.append(Change("normalise", m.start(), m.group(0), after, "a year in Chinese numerals"))
        return after

    def month_day(m: re.Match[str]) -> str:
        month, day = int(read_numeral(m.group(1))), int(read_numeral(m.group(2))) if m.group(2) else None
        if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
            return m.group(0)
        after = f"{month}月" + (f"{day}日" if day is not None else "")
        audit.append(Change("normalise", m.start(), m.group(0), after, "a date in Chinese numerals"))
        return after

    return _CN_MONTH_DAY.sub(month_day, _CN_YEAR.sub(year, text))


def _half(run: str) -> str:
    return "".join(chr(ord(c) - 0xFEE0) for c in run)


def normalise(para: str, position: int, audit: list[Change], *, title: bool = False) -> str:
    """Normalise one paragraph: Chinese punctuation full-width (except parentheses, which are ASCII so
    that names such as 香港科技大学(广州) read one way), no spaces next to Chinese, quotes paired as “”.
    (Full-width letters and digits were made ASCII for the whole page by ``halfwidth_alnum``.)"""
    before = para
    para = para.replace("\u3000", " ").replace("\xa0", " ").replace("\t", " ")
    para = para.translate(_TRANSLATE)
    if '"' in para and _HAS_CJK.search(para):
        para = _ASCII_QUOTES.sub(lambda m: "“" + m.group(1) + "”" if _HAS_CJK.search(m.group(1))
                                 else m.group(0), para)
    para = _PUNCT_ZH.sub(lambda m: _TO_FULL[m.group(1) or m.group(2)], para)
    if title:  # a title's parts are separated by a space: keep one
        para = re.sub(r" {2,}", " ", para)
        para = re.sub(rf"(?<=[{_ZH}]) (?=[{_ZH}])", "\u2003", para)
    para = _SPACE_ZH.sub("", para)
    para = re.sub(r" {2,}", " ", para).strip().replace("\u2003", " ")
    if para != before:
        audit.append(Change("normalise", position, before, para))
    return para


# ---------------------------------------------------------------------------------- convert
@lru_cache(maxsize=1)
def _variants() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """Taiwan, Hong Kong and Macao usage that OpenCC's t2s keeps (规画, 人工智慧, 晶片) -> the mainland
    word, from ``lexicon/variants.csv``; each pair has the same length, so offsets into the page hold."""
    pairs = {r["form"].strip(): r["mainland"].strip() for r in read_rows("variants.csv", ("form", "mainland"))}
    bad = [f for f, m in pairs.items() if len(f) != len(m)]
    if bad:
        raise InputError(LEXICON / "variants.csv", f"a form and its mainland word must have the same length: {bad[0]}")
    return alternation(pairs), pairs


def mainland_usage(text: str) -> str:
    """Converted text with Taiwan and Hong Kong usage replaced by the mainland word."""
    pattern, pairs = _variants()
    return pattern.sub(lambda m: pairs[m.group(0)], text) if pattern else text


def convert(paras: list[str], config: str, audit: list[Change] | None, offsets: list[int]) -> list[str]:
    """Convert each paragraph to Simplified; record each changed run of characters (unless audit is None)."""
    if config == "none":
        return list(paras)
    conv = converter(config)
    out = []
    for para, offset in zip(paras, offsets):
        new = mainland_usage(conv.convert(para))
        if new != para and audit is not None:
            if len(new) == len(para):
                for m in re.finditer(r"(?:\x00)+", "".join("\x00" if a != b else " " for a, b in zip(para, new))):
                    audit.append(Change("convert", offset + m.start(), para[m.start() : m.end()],
                                        new[m.start() : m.end()]))
            else:
                audit.append(Change("convert", offset, para, new))
        out.append(new)
    return out


# ---------------------------------------------------------------------------------- pipeline
LIST_MIN_LINES = 8  # a text of this many lines or more ...
LIST_MAX_RUNNING = 0.1  # ... with at most this share of running-text lines is a list, not an article
BARE_LIST_LINES = 3  # this many short lines with no running text at all is a list of words, however short


def _refuse_lists(paragraphs: list[str], source: str) -> None:
    """Raise NotAnArticle for a term list or notes: many short lines and (almost) no sentences, or a few
    lines and none (人工智能 / 算力 / 大模型 / 机器人)."""
    running = sum(page.is_sentence(p) for p in paragraphs)
    if (len(paragraphs) >= LIST_MIN_LINES and running <= LIST_MAX_RUNNING * len(paragraphs)) or \
            (len(paragraphs) >= BARE_LIST_LINES and running == 0):
        raise NotAnArticle(source, f"not an article: {len(paragraphs)} short lines and {running} of running text "
                                   "(a term list or notes?)")


def clean_text(raw: str, *, config: str | None = None, script: str | None = None,
               lost: list[tuple[int, str]] | None = None,
               source: str = "<text>", audit_conversion: bool = True) -> Cleaned:
    """Run every cleaning step over decoded text; raise InputError when no body is left.

    ``audit_conversion=False`` skips recording each converted run (the largest part of the
    audit), for callers that only want the text.
    """
    audit: list[Change] = [Change("decode", pos, f"<bytes {hexes}>", "", "undecodable bytes dropped")
                           for pos, hexes in (lost or [])]
    meta: dict[str, str | None] = {"published": None, "time": None, "outlet": None, "byline": None,
                                   "editor": None}
    text = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    text = strip_html(text, audit)
    text = repair_garbled(text, audit)
    text = strip_readings(text, audit)
    text = strip_invisible(text, audit)
    as_cut = text.split("\n")  # the lines as a fixed width cut them, before their figures are rewritten (二〇三五 → 2035)
    text = arabic_dates(halfwidth_alnum(text, audit), audit)
    lines = text.split("\n")
    split = uncollapse(lines)
    if split is not lines:  # a page run into one line: split only where, read whole, it shows no headline
        if strip_chrome(unwrap(lines, [], as_cut), [], dict(meta))[0]:
            split = lines
        else:
            audit.append(Change("join", 0, lines[0][:12] + "…", "¶".join(p[:6] for p in split[:3]) + "…",
                                f"one line split into {len(split)}"))
    title, body = strip_chrome(unwrap(split, audit, as_cut if split is lines else None), audit, meta)
    body = join_broken(body, audit)
    if title:  # the headline is the text's first paragraph
        body = [re.sub(r"\s{2,}", " ", title), *body]
    offsets, pos = [], 0
    normalised = []
    for para in body:
        para = normalise(para, pos, audit)
        if para:
            offsets.append(pos)
            normalised.append(para)
            pos += len(para) + 1
    headline = title  # in the page's own characters and punctuation
    title = normalise(title, -1, [], title=True) if title else ""
    if not normalised:
        raise InputError(source, "no article body (only site chrome, or nothing after cleaning)")
    _refuse_lists(normalised, source)
    text_orig = "\n".join(normalised)
    script = script or detect_script(title + "\n" + text_orig)  # a chunk of a large text is told its script
    # Simplified text is left as it is: t2s would also "simplify" brand names such as 昇腾.
    config = config or (choose_t2s_config(text_orig) if script != "simplified" else "none")
    simplified = convert(normalised, config, audit if audit_conversion else None, offsets)
    conv = converter("t2s" if config == "none" else config)
    title_simple = mainland_usage(conv.convert(title)) if config != "none" else conv.convert(title)
    for key in ("outlet", "byline", "editor"):
        if meta[key]:
            meta[key] = conv.convert(meta[key])
    return Cleaned("\n".join(simplified), text_orig, title_simple, headline, script, config, meta, audit)
