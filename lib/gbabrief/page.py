"""The structure of a scraped page: which lines are chrome, which is the headline, and the
metadata the page states about itself (publication date, outlet).

Chrome is recognised by kind, from the shape of a line and its place on the page, not by
site: breadcrumbs (``您的位置：首页 > …``), accessibility and font/print bars, share prompts,
counters (``人气：6713``, ``本文1472字``), widget rows of bullets and pipes, photo captions
(``▲…效果图``, ``…(记者 X 摄)``), bylines, related-news lists and everything above the headline.
The patterns that name words (``【打印】``, ``无障碍``) live in ``lexicon/chrome.csv``; the
shapes live here.

Metadata comes only from the page's own metadata lines (a date line under the headline,
``发布时间：``, ``来源：…``, a dateline such as ``新华社深圳3月1日电``, a byline naming the
outlet), never from an event date in the body: a wrong date is worse than none.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

DATE = re.compile(
    r"(?<!\d)((?:19|20)\d\d)\s*[-/年.]\s*(\d{1,2})\s*[-/月.]\s*(\d{1,2})\s*日?(?!\d)"
    r"(?:\s*(\d{1,2}:\d{2}(?::\d{2})?))?"
)
MONTH = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[-/年.]\s*(\d{1,2})\s*月?(?![\d日])")
TIME = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)")
# Words that make a short line with a date a metadata line rather than a sentence.
META_WORDS = re.compile(r"来源|发布|时间|日期|作者|编辑|记者|责编|浏览|阅读|人气|点击|字体|字号|打印|分享|原创|稿源|出处")
SENTENCE_END = re.compile(r"[。；;…]\s*[”’\"]?\s*$|[。；]")

BREADCRUMB = re.compile(r"(当前位置|现在位置|所在位置|所在的位置|您的位置|你的位置|您现在的位置|位置)\s*[:：]|"
                        r"^\s*(首页|主页|网站首页)\s*[>»＞/]")
SEPARATORS = re.compile(r"\s*[>»＞]\s*")
WIDGET = re.compile(r"^[\s•·|｜/\\\-–—_=*#·、,，:：\[\]【】()（）]*$")
BULLET = re.compile(r"^[•·●◆■□▪]\s*")
TICKER_ITEM = re.compile(r"(?:^|\s)[•·●◆■□▪]\s*[^\s•·●◆■□▪]{4,}")  # one headline of a ticker line
CAPTION_MARK = re.compile(r"^[▲△▼▽↑↓◀▶►]|^(大图|小图|上图|下图|左图|右图|顶图|题图|组图|图为|图片|资料图|图\d*)\s*[:：]")
PHOTO_CREDIT = re.compile(r"[(（\s][^()（）]{0,24}?摄(影)?[)）]?\s*([(（]资料图(片)?[)）])?\s*$|[(（]资料图(片)?[)）]\s*$")
COUNTER = re.compile(r"(人气|浏览(量|次数)?|阅读(量|数)?|点击(量|数)?|访问量)\s*[:：]?\s*\d+|本文\s*\d+\s*字|阅读约需\s*\d+\s*分钟|"
                     r"\d+\s*条评论|^\s*\d+\s*(赞|评|阅)\s*$")
ROLE = re.compile(r"(创办人|创始人|委员|教授|主任|董事长|总裁|总经理|研究员|院长|主席|理事|首席|合伙人|记者|编辑|评论员|专栏作家|作者|撰文|特约)")
NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
RELATED_HEAD = re.compile(r"^(其他新闻|其它新闻|相关新闻|相关阅读|相关文章|相关报道|相关推荐|推荐阅读|延伸阅读|更多新闻|更多阅读|热点新闻|"
                          r"热门新闻|热门文章|最新新闻|最新文章|精彩推荐|猜你喜欢|往期回顾|新闻推荐|今日推荐|热点推荐|专题推荐|"
                          r"热门推荐|热读|排行榜?|点击排行|阅读排行)\s*[:：>»]?\s*$")
EMBLEM = re.compile(r"(国徽|党徽|徽标|logo|LOGO|Logo|标志|二维码)$")
TITLE_TAG = re.compile(r"^([^|丨｜]{2,10})\s*[|丨｜]\s*(?=\S{6,})")
# A series' column tag may be longer when it names the series in 《》 or numbers the episode:
# 聚焦《直播大湾区·东莞》⑦|…, 湾区观察(三)丨….
SERIES_TAG = re.compile(r"^([^|丨｜，。,]{2,18}?(?:《[^》]{2,14}》|[①-⑳]|[(（][一二三四五六七八九十\d]{1,3}[)）]|之[一二三四五六七八九十]+))"
                        r"\s*[|丨｜]\s*(?=\S{6,})")
# 新华社深圳10月21日电 题：… — a dispatch line that introduces the headline.
DISPATCH_TITLE = re.compile(r"^(?P<dispatch>[^。，,]{2,24}?\d{1,2}\s*日\s*(?:电|電|讯|訊))\s*(?:题|題)\s*[:：]\s*")
SITE_SUFFIX = re.compile(r"\s*[_|丨｜\-–—]\s*([^_|丨｜\-–—]{2,16})$")
SITE_WORDS = re.compile(r"(网|网站|频道|新闻|客户端|门户|首页|报|在线|官网|政府|资讯)$")
DATELINE = re.compile(r"^[(（]?\s*(?P<outlet>[\u4e00-\u9fff]{2,12}?)\s*(?:记者\s*[\u4e00-\u9fff·]{2,4}\s*)?"
                      r"(?P<place>[\u4e00-\u9fff]{2,4})?\s*(?:(?P<year>(?:19|20)\d\d)\s*年\s*)?(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日\s*"
                      r"(?:电|讯|消息)")
# "(大公报记者毛丽娟深圳报道)", "深圳晚报记者曾贤平", "南都记者 马强 摄": an outlet named in a byline.
BYLINE_WORDS = r"\s*[(（]?\s*(?:记者|通讯员|特约记者|见习记者|讯[:：\s]|[\u4e00-\u9fff]{2,3}讯)"
OUTLET_BYLINE = re.compile(r"(?:^|[\s(（【])(?P<outlet>[\u4e00-\u9fffA-Za-z0-9+]{2,12}?)" + BYLINE_WORDS)
OUTLET_SHAPE = re.compile(r"^[\u4e00-\u9fff]{2,12}(网|报|社|台|电讯|新闻|日报|晚报|周刊|杂志|集团|传媒|全媒体|财经|APP)$")
NO_OUTLET = re.compile(r"^(本网|本站|互联网|网络|网友|综合|综合整理|网络整理|转载|未知|不详|其他|原创|自媒体|本报|编辑部)")
# (图片来源：… is a photo's, not the page's.)
SOURCE = re.compile(r"(?<!图)(?<!图片)(?<!照片)(?<!视频)(?:(?:文章|本文|信息|新闻)?(?:来源|稿源|出处)|微信公众号|公众号)"
                    r"\s*[:：]\s*([^\s)）|｜【]{2,20})")
# A body's own unit named as the source (信息来源：数字产业处) is a division of the site's owner, not an outlet.
DIVISION = re.compile(r"(处|科|股)$")
# A government body, the owner of a government site: 深圳市规划和自然资源局, 某某市人民政府, 某某区管委会.
GOV_BODY = re.compile(r"^[\u4e00-\u9fff（）()]{2,24}?(人民政府|政府办公室|政府办公厅|管理委员会|管委会|委员会|办公厅|局|厅)$")
# 【明报专讯】 at the start of a line: the outlet's own marker of its story (not a teaser's tag, 【TechWeb】).
OWN_MARKER = re.compile(r"^【\s*(?P<outlet>[^【】\s]{2,12}?)\s*(?:专讯|快讯|讯|消息|独家)\s*】")
# 据《文汇网》报道, 據大公報報導: a report relayed by name.
RELAYED = re.compile(r"(?:^|[，,。\s])[据據]\s*《?(?P<outlet>[\u4e00-\u9fffA-Za-z0-9]{2,12}?)》?\s*(?:报道|报导|消息|讯)")
# 《金融时报》记者随…: the reporter of the outlet named in 《》.
QUOTED_REPORTER = re.compile(r"《(?P<outlet>[^《》]{2,12})》\s*(?:记者|特约记者|通讯员)")

FOOTER_SHORT = 30  # a short line after the body's end that carries no sentence is footer material
BODY_MIN = 60  # a line this long, or one with a full stop, is body text


def is_sentence(line: str) -> bool:
    """True for a line that reads as running text (a full stop or semicolon, or long)."""
    return len(line) > BODY_MIN or bool(SENTENCE_END.search(line))


def headline_shaped(line: str) -> bool:
    """A line that can be a headline: 6-64 characters, no full stop, not a label or a list of names."""
    s = line.strip()
    if not 5 <= len(s) <= 64 or "。" in s or s.endswith(("：", ":", "，", "、")):
        return False
    cjk = sum("\u4e00" <= c <= "\u9fff" for c in s)
    return cjk >= 4 and not is_byline(s)


def is_byline(line: str) -> bool:
    """An author line: 撰文 | 江珊; 詹培勋 瞻行资本创办人 深圳南山区政协委员; 记者 张三 李四."""
    s = line.strip()
    if re.match(r"^(撰文|作者|文|记者|通讯员|特约撰稿|本报记者|编者按)\s*[|｜/:：]", s):
        return True
    parts = [p for p in re.split(r"[\s|｜/]+", s) if p]
    if 2 <= len(parts) <= 5 and len(s) <= 40 and not re.search(r"[，。！？,!?“”]", s):
        return bool(NAME.fullmatch(parts[0]) and len(parts[0]) <= 3 and ROLE.search(s))
    return False


def is_metadata(line: str) -> bool:
    """A short line stating the page's date, source or author: not a sentence of the body."""
    s = line.strip()
    if len(s) > 120 or "。" in s:
        return False
    date = DATE.search(s)
    if date and (TIME.search(s) or META_WORDS.search(s) or len(s) - len(date.group(0)) <= 12):
        return True
    return bool(re.match(r"^[(（]?\s*(发布时间|发布日期|时间|日期|来源|文章来源|稿源|作者)\s*[:：]", s)) and len(s) <= 80


def shape_kind(line: str) -> str | None:
    """The chrome kind of a line judged by its shape alone, or None."""
    s = BULLET.sub("", line.strip())
    if len(s) > 200:
        return None  # no kind of chrome is this long: body text
    if not s or WIDGET.match(s):
        return "widget"
    if BREADCRUMB.search(s) and len(s) <= 80:
        return "breadcrumb"
    if len(SEPARATORS.findall(s)) >= 2 and len(s) <= 80 and not SENTENCE_END.search(s):
        return "breadcrumb"
    if COUNTER.search(s) and len(s) <= 60:
        return "counter"
    if is_metadata(s):
        return "metadata"
    if CAPTION_MARK.search(s) and len(s) <= 200:
        return "caption"
    if PHOTO_CREDIT.search(s) and len(s) <= 200:
        return "caption"
    if EMBLEM.search(s) and len(s) <= 16:
        return "header"
    if is_byline(s):
        return "byline"
    if len(TICKER_ITEM.findall(s)) >= 2 and "。" not in s:
        return "widget"  # · 深圳发布新政策  · 广州召开大会: a ticker of other stories' headlines
    if len(s) <= 40 and len(re.findall(r"\s+", s)) >= 3 and not re.search(r"[，。,；;！？]", s) \
            and max(len(p) for p in s.split()) <= 4:
        return "widget"  # 无障碍 长者助手 我的收藏 收藏: a row of short buttons
    return None


@dataclass
class Meta:
    """What a page says about itself, with where each field came from."""

    published: str | None = None
    published_rank: int = 99
    outlet: str | None = None
    outlet_rank: int = 99
    outlet_blocked: bool = False  # 来源：本网 — the page names no outlet, on purpose

    def offer_date(self, value: str | None, rank: int) -> None:
        if value and rank < self.published_rank:
            self.published, self.published_rank = value, rank

    def offer_outlet(self, value: str | None, rank: int) -> None:
        if value and FIELD_LABEL.fullmatch(value.strip()):
            return  # date 2026-03-02: a field's label, not an outlet
        if value and rank < self.outlet_rank:
            self.outlet, self.outlet_rank = value, rank


FIELD_LABEL = re.compile(r"(?i)(?:date|time|source|author|by|published|updated|posted|"
                         r"日期|时间|发布时间|发布日期|更新时间|来源|作者)[:：]?")


def read_date(line: str) -> tuple[str | None, str | None]:
    """(YYYY-MM-DD or YYYY-MM, time) stated on a metadata line."""
    m = DATE.search(line)
    if m:
        y, mo, d, t = m.groups()
        if 1 <= int(mo) <= 12 and 1 <= int(d) <= 31:
            return f"{int(y):04d}-{int(mo):02d}-{int(d):02d}", t
    m = MONTH.search(line)
    if m and 1 <= int(m.group(2)) <= 12:
        return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}", None
    return None, None


def strip_title(title: str, find_outlet) -> tuple[str, list[str]]:
    """Remove a leading bullet, a dispatch line before 题：, a column tag (聚焦大湾区丨) and a site-name
    suffix (_网易新闻) from a headline."""
    removed = []
    for pattern in (BULLET, DISPATCH_TITLE):
        m = pattern.match(title)
        if m and len(title) - m.end() >= 6:
            removed.append(m.group(0))
            title = title[m.end():]
    m = TITLE_TAG.match(title) or SERIES_TAG.match(title)
    if m and not re.search(r"[，。,]", m.group(1)):
        removed.append(m.group(0))
        title = title[m.end():]
    m = SITE_SUFFIX.search(title)
    if m and (find_outlet(m.group(1)) or SITE_WORDS.search(m.group(1))) and len(title) - len(m.group(0)) >= 6:
        removed.append(m.group(0))
        title = title[: m.start()]
    return title.strip(), removed


def outlet_name(candidate: str, find_outlet, *, named: bool = False) -> str | None:
    """A candidate outlet string normalised through the lexicon, or kept when outlet-shaped (a news
    outlet's or a government body's name). ``named``: the page labels it its source (来源：…), so any
    name is kept but a division of the site's owner (数字产业处)."""
    candidate = candidate.strip(" ：:()（）【】《》")
    if not candidate or NO_OUTLET.match(candidate):
        return None
    if find_outlet(candidate):
        return find_outlet(candidate)
    if OUTLET_SHAPE.match(candidate) or GOV_BODY.match(candidate):
        return candidate
    if named and not DIVISION.search(candidate) and not re.search(r"\d|[:：]|提供$", candidate) \
            and not META_WORDS.match(candidate):
        return candidate
    return None


# A reader service's or an extractor's header above the page (r.jina.ai: "Title: …", "URL Source: …",
# "Published Time: …", "Markdown Content:"; trafilatura's YAML front matter between "---" lines): fields, not body.
READER_FIELD = re.compile(r"^\s*(title|url source|url|source url|published time|published|date|author|source|"
                          r"sitename|site name|hostname|description|categories|tags|markdown content)\s*:\s*(.*?)\s*$",
                          re.IGNORECASE)


def reader_header(text: str) -> tuple[dict[str, str], int] | None:
    """({field: value}, where the header ends in ``text``) for a header of English field names at the top of
    the page, or None. At least two fields, one of them the title, the address or the date, so a body line
    that happens to start "Source:" is not taken for one."""
    fields: dict[str, str] = {}
    position, front_matter = 0, False
    for line in text.split("\n"):
        end = position + len(line) + 1
        stripped = line.strip()
        if not stripped:
            position = end
            continue
        if stripped == "---" and not fields and not front_matter:
            front_matter, position = True, end
            continue
        if stripped == "---" and front_matter:
            position = end
            break
        m = READER_FIELD.match(line)
        if not m:
            break
        key = m.group(1).lower()
        fields.setdefault(key, m.group(2))
        position = end
        if key == "markdown content":
            break
    named = {k for k in fields if k in ("title", "url source", "url", "source url", "published time", "published",
                                        "date")}
    if len(fields) < 2 or not named:
        return None
    return fields, min(position, len(text))


def header_lines(fields: dict[str, str]) -> list[str]:
    """A reader header's fields as the lines a page's head prints them in: the headline, 发布时间：…, 来源：…,
    作者：… (the address, the description and the tags are no part of the page)."""
    out = []
    if fields.get("title"):
        out.append(fields["title"])
    date = fields.get("published time") or fields.get("published") or fields.get("date")
    if date:
        out.append("发布时间：" + re.sub(r"T(\d\d:\d\d)(?::\d\d)?(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?$", r" \1", date))
    source = fields.get("source") or fields.get("sitename") or fields.get("site name")
    if source and not source.lower().startswith("http"):
        out.append("来源：" + source)
    if fields.get("author"):
        out.append("作者：" + fields["author"])
    return out


def header_address(fields: dict[str, str]) -> str:
    """The address a reader header gives, or ''."""
    for key in ("url source", "url", "source url", "source"):
        value = fields.get(key, "")
        if value.lower().startswith(("http://", "https://")):
            return value.split()[0]
    return ""
