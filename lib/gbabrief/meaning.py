"""What a fact is: its measure, whose it is, for which year, and whether it is a target.

``describe(facts, text, region, published) -> facts + [measure, place, scope, district, status, year]``

Read from the fact's sentence and the sentences before it in its paragraph:

- ``measure`` (money only): the nearest measure word before the number in its clause, or in
  the phrase the number qualifies (100亿元的人工智能产业基金 -> fund).
- ``place`` and ``scope``: the place or body the figure is about. The nearest place or
  organisation in the number's clause, else the sentence's first, else the paragraph's last
  before it, else the article's district. A place after 占/为…的 is a denominator, not the
  subject. District names and their zones give ``district``/``subarea``; the districts' cities
  ``city``; 广东 ``province``; 全国 ``country``; any other place ``outside``; firms, universities
  and institutes ``organisation``; facilities named by a brand (OPPO全球算力中心, or a lexicon
  firm's: 欧菲光·湾区科创中心) sit in the article's district. Of equally specific mentions, the
  one that opens the nearest clause wins. A place after 位于 (where a named subject is) and the
  X of 以X为 after a named subject are not owners; a place followed by 校区/园区/片区/基地 is that
  site. 全区/该区/新区 stand for the article's district. Whoever discloses figures (某某披露的信息显示) owns
  them; firms entering an institute (入驻某某研究院) are its count; a count of one district's listed zones
  (蛇口、赤湾、妈湾三大港口) is the district's; 基地 opening a clause, a name with phases (某某一期建筑面积)
  and a product (这台, 这款) are a site and a firm's; firms that settle with no place named settle here.
- ``status``: ``target`` after 将/计划/力争/目标/到20XX年/料…, ``pledge`` for fund sizes, subsidy caps
  and announced investment, else ``actual``; the nearest cue before the number wins, and an
  achievement's cue under a modal of its clause (将建成) is none. A district's or zone's planned area
  (规划面积) is its extent, actual; a building's planned floor area a target.
- ``year``: the nearest year the sentence states before the number (2024年, 今年/去年 resolved
  against the article's date, 截至2025年2月), else the paragraph's; a span of years gives none.
  A current figure on a dated page takes the page's year; targets, areas and lengths do not. A base
  (在2020年基础上, 比2019年) and a start (以…为契机, 自…以来) are no figure's year; an undated page speaks
  from the year of an event its lead says was held recently (日前举行的“2018…交流会”), and its 今年 is the
  year after the last full year it reports (2019年，…。今年前三季度…); a page posted over a month after
  the date its lead opens with speaks from that date's year. A rate or total over years (年均, 近五年,
  2016年到2018年合计) is no one year's.
"""
from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from .errors import InputError
from .lexicon import alternation, entries, read_rows
from .paths import LEXICON
from .manifest import REGIONS

def cue_table(name: str, column: str, known: tuple[str, ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(label, pattern) rows of a lexicon cue table (``column``, ``pattern``, ``note``), in file order, checked:
    a label that is not ``known`` or a pattern that does not compile stops with the file and the row."""
    out = []
    for number, row in enumerate(read_rows(name, (column, "pattern")), start=2):
        if row[column] not in known:
            raise InputError(LEXICON / name, f"row {number}: {column} must be one of {', '.join(known)}")
        try:
            out.append((row[column], re.compile(row["pattern"])))
        except re.error as exc:
            raise InputError(LEXICON / name, f"row {number}: bad pattern: {exc}") from None
    return tuple(out)


@lru_cache(maxsize=1)
def _measures() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The measure words of a sum (``lexicon/measure_cues.csv``), checked in file order; the cue that ends
    nearest the number wins."""
    return cue_table("measure_cues.csv", "measure",
                     ("gdp", "output", "investment", "fund", "subsidy", "financing", "price", "other"))


YEAR = re.compile(r"(?<![\d\-/.])((?:19|20)\d\d)(?:\s*年|(?=[\u4e00-\u9fff“])(?![余多万亿千百名家个元户项件台套所座条种位间栋米亩吨]|人(?!工)))(?:\s*[到至\-—~～]\s*((?:19|20)\d\d)\s*年?)?"
                  r"|(?<![\d每一二三四五六七八九十几数多两])(今年|本年|(?<!年)全年|当年|年内|年度|去年|上年|前年|明年|如今)")
# not 每年度, 5年内; 去年全年 and 2023年全年 are the year before 全年
FOUNDED = re.compile(r"(成立|建立|始建|设立|诞生|创办|创立|揭牌)(于|在)?\s*$")
GENERIC_ORG = re.compile(r"^(上市|机器人|领军|科技|互联网|知名|优质|龙头|相关|该|这些?|那些?|其|本|各|多家|子|母|分|总|新|大|小|中|一批|众多|不少|人工智能"
                         r"|联合|重点|新型|研发|创新|国家级|省级|市级)+$")  # 联合实验室, 重点实验室: a kind, not a name
VERB_BEFORE = re.compile(r"^(集聚|聚集|汇聚|拥有|引进|吸引|培育|落户|入驻|新增|共有|累计|推动|支持|服务"
                         r"|建成|新建|组建|筹建|设立|打造|布局|共建|联合共建|合作共建)")
LEADING = "与和及在由向对将是为的了把被从于同跟让给并且而、，以及等"
SPECIFIC = {"subarea": 0, "district": 1, "organisation": 2, "outside": 2, "city": 3, "province": 4, "country": 5,
            "unknown": 6}
RELATIVE = {"如今": 0, "年度": 0, "今年": 0, "本年": 0, "全年": 0, "当年": 0, "年内": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1}
CLAUSE = re.compile(r"[，；：,;:]")
TOPIC_LEAD = re.compile(r"(目前|其中|同时|此外|另外|而|现在|如今|当前|截至目前|近年来|近年)?")  # before a clause's subject
BASE_AFTER = re.compile(r"的?(平均|水平|总量|比重|同期)")  # 全国平均水平的24倍: a base of comparison
DATELINE = re.compile(r"\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(电|讯|消息)")
RANKING = re.compile(r"(百强|十强|五百强|\d+强|十佳|百佳|之最|排名|榜)")
LOCATED = re.compile(r"(位于|坐落于|坐落在|地处|落户于?)\s*$")
LOCATIVE = re.compile(r"(在|于|到|来|赴)\s*$")  # 华为将在南山投资100亿元: where a firm puts its money
DENOMINATOR = re.compile(r"(占|相当于|比|较|居|位居|为全国|是全国|超过|高于|低于)\s*$")

# Countries and blocs other than China a sentence may name as where things are (shared with instruments.ABROAD)
FOREIGN = "美国|欧盟|欧洲|日本|韩国|英国|德国|法国|新加坡|印度|以色列"

ANAPHORA = {"全区": "district", "该区": "district", "本区": "district", "区内": "district", "辖区": "district",
            "新区": "district", "全新区": "district", "全市": "city", "该市": "city", "全省": "province",
            "全国": "country", "我国": "country", "中国": "country",
            # a project or plot the article is about (该项目由…建设，约定投资总额达45亿元): a site in the district
            "该项目": "site", "本项目": "site", "此项目": "site", "项目地块": "site", "该地块": "site", "地块": "site",
            "两宗地块": "site", "该园区": "site", "园区内": "site", "基地": "site", "园区": "site",
            "启动区": "site", "起步区": "site", "首开区": "site",
            # a zone or corridor the article names, by a demonstrative (这条走廊的四区…GDP总额): that site
            "该片区": "site", "这一片区": "site", "这个片区": "site", "该区域": "site", "这一区域": "site",
            "这条走廊": "site", "该走廊": "site", "这个园区": "site", "这一园区": "site", "该基地": "site",
            "该校区": "site", "该中心": "site", "该工程": "site",
            # a machine or product the article is about (这台…“钢铁猛兽”，以350米/小时的速度): its maker's figure
            "这台": "product", "该台": "product", "这款": "product", "该款": "product", "该设备": "product",
            "该产品": "product", "这套": "product", "该系统": "product",
            # a firm the article is about (该公司去年实现营业收入50亿元): its own figure
            "该公司": "firm", "这家公司": "firm", "该企业": "firm", "这家企业": "firm", "该集团": "firm",
            "该初创企业": "firm", "这家初创企业": "firm", "该初创公司": "firm", "该科技公司": "firm", "这家科技公司": "firm",
            "该上市公司": "firm", "该创业公司": "firm",
            # a firm a page leaves unnamed (某企业拟在新区投资20亿元): a firm's own figure
            "某企业": "firm", "某公司": "firm", "某科技公司": "firm", "某集团": "firm", "一家企业": "firm", "一家公司": "firm",
            # a government body's own page speaking of itself (我局党组开展学习43次): the body's own figure
            "我局": "body", "本局": "body", "局党组": "body", "我委": "body", "本委": "body", "我办": "body",
            # the government of the page's district (政府的直接扶持预计达到近30亿元); a city's or province's
            "政府": "district", "区政府": "district", "管委会": "district", "市政府": "city", "省政府": "province"}
HEAD_ONLY = {"基地", "园区", "启动区", "起步区", "首开区"}  # a site by its bare head noun only where it opens a clause
CITY_OF = {"nanshan": "深圳市", "nansha": "广州市", "binhaiwan": "东莞市"}
HOME_CITIES = {"深圳", "广州", "东莞"}
SARS = {"香港", "澳门"}  # city-level, but no 市
CITY_PREFIX = re.compile(r"(?:深圳|广州|东莞)市?\s*$")
# 南山汇聚了全市约40%的企业: the whole a share is of, right before it, is not whose the share is
WHOLE_BEFORE = re.compile(r"(?:全市|全省|全国|深圳市?|广州市?|东莞市?|广东省?)的?\s*$")
NAME_CHAR = r"[^\s，。；：、“”‘’《》「」是在的和与及为了把被将从对向由等有已于即也都还就并]"
ORG_SUFFIX = re.compile(NAME_CHAR + r"{2,16}?(?:股份有限公司|有限责任公司|有限公司|集团|大学(?:\([\u4e00-\u9fff]{2,4}\))?"
                        r"|研究院|研究所|实验室|公司)")
FACILITY = re.compile(r"[A-Za-z][A-Za-z0-9]*" + NAME_CHAR + r"{0,10}?(?:中心|基地|园区|产业园|科技园|产业城|智慧园区|大厦|工厂|总部)")
FACILITY_AFTER_BRAND = re.compile(r"[·・]?" + NAME_CHAR + r"{0,10}?(?:中心|基地|园区|产业园|科技园|产业城|大厦|工厂|总部)")
# 与…共建的孵化基地: what bodies built together
BUILT_TOGETHER = re.compile(r"(?:共建|合建|共同建设|联合建设|携手打造|合作共建)的(?P<name>" + NAME_CHAR
                            + r"{0,8}?(?:基地|园区|中心|平台|实验室|研究院|产业园|孵化器))")
# 在南山的基地, 在南沙的研发中心: the firm's site in the place
FIRM_SITE_AFTER = re.compile(r"的" + NAME_CHAR + r"{0,8}?(?:基地|园区|产业园|总部|工厂|厂区|中心|项目|校区|大厦)")
SITE_AFTER_PLACE = re.compile(r"的?(?:" + NAME_CHAR + r"{0,8}?(?:校区|园区|片区|区块|板块|组团|基地|产业园|科技园|起步区|示范区|先导区|地块|工厂|厂区)|"
                              + NAME_CHAR + r"{2,6}?区域)(?![\u4e00-\u9fff]{0,2}(?:建设|管理|办公室|公司))")
# 深圳“模力营”AI生态社区, 南沙“香港园”: a site the page names in quotes (its head inside or right after them)
QUOTED_SITE = re.compile(r"[“「](?:" + NAME_CHAR + r"{1,10}?[”」][A-Za-z0-9\u4e00-\u9fff]{0,8}?(?:社区|园区|产业园|科技园|基地|空间|小镇|街区)|"
                         + NAME_CHAR + r"{1,10}?(?:园|社区|基地|小镇|谷)[”」])")
SITE_AFTER_ORG = re.compile(NAME_CHAR + r"{0,12}?(?:校区|园区|产业园|项目)(?![\u4e00-\u9fff]{0,2}(?:建设|管理|办公室|公司))")
DISCLOSER = re.compile(r"(?:^|(?<=[，。；：:,\s“]))据?(?P<name>" + NAME_CHAR + r"{2,10}?)(?:在|于)?"
                       r"(?:(?:披露|公布|发布)的?(?:信息|数据|财报|年报|季报|公告|报告|招股书)?|"
                       r"(?:的?(?:财报|年报|季报|半年报|公告|招股书|招股说明书)))(?:数据)?显示")
NOT_DISCLOSER = re.compile(r"(局|委|委员会|厅|部|办|政府|统计|署|记者|媒体|网|报|社|台|公司|企业|机构|平台|官方|方面|"
                           r"上|中|现场|会|会议|论坛|峰会)$")  # 会上发布的数据显示: an occasion, not who discloses
PHASED = re.compile(r"(?:^|(?<=[，。；：:,\s“]))(?P<name>" + NAME_CHAR + r"{2,10}?)(?=[一二三四五六]期(?:工程|项目)?(?:建筑|占地|用地|总|规划|面积|投资))")
NOT_PHASED = re.compile(r"(项目|工程|其中|目前|首|第|建设)$|^(其中|目前|项目|工程)")
# 深圳海洋科技研发服务基地项目: a name the city begins (not 东莞市今年计划安排市重大项目: a clause)
NAME_AFTER_CITY = re.compile(r"(?:(?!今年|明年|去年|计划|安排|累计|实现|完成|新增|共有|拥有)[\u4e00-\u9fffA-Za-z]){2,12}?"
                             r"(?:基地|中心|项目|工程|园区|产业园|大厦|研究院|公司|集团)")
DISTRICT_NAMES = {"nanshan": "南山区", "nansha": "南沙区", "binhaiwan": "滨海湾新区"}


@lru_cache(maxsize=1)
def _places() -> tuple[re.Pattern[str], dict[str, tuple[str, str, str]]]:
    """Regex over place and organisation forms; form -> (canonical name, kind, district)."""
    forms: dict[str, tuple[str, str, str]] = {}
    for e in entries("places.csv"):
        for f in e.forms:
            forms[f] = (e.term, e.category, e.get("district"))
    places = alternation(forms)
    for e in entries("organisations.csv"):
        kind, district = "organisation", ""
        inside = [forms[m.group(0)] for m in places.finditer(e.term)]
        if e.category == "government":  # 南沙区工信局: the district's own bureau speaks for the district
            kind, district = _government(e.term, inside)
        elif e.category == "platform":
            # 西丽湖国际科教城融合创新中心: a platform named by a place in one of the districts is a site
            # there (its floor area, the firms it houses); 上海技术交易所: another place's body
            district = next((d for _, _, d in inside if d in REGIONS), "")
            kind = "site" if district else "organisation"
        for f in e.forms:
            forms[f] = (e.term, kind, district)
    for word, scope in ANAPHORA.items():
        forms.setdefault(word, (word, "anaphora:" + scope, ""))
    return alternation(forms), forms


def _government(name: str, inside: list[tuple[str, str, str]]) -> tuple[str, str]:
    """(kind, district) of a government body from the places its name holds: a district's bureau is
    the district's (kind ``district``), a home city's the city's, a province's the province's, a
    ministry the country's; another place's is that place's."""
    for _, kind, district in inside:
        if kind == "district" and district in REGIONS:
            return "district", district
    if any(k == "city" and n[:2] in HOME_CITIES for n, k, _ in inside):
        return "gov:city", ""
    if any(k == "province" for _, k, _ in inside):
        return "gov:province", ""
    if inside:
        return "gov:outside", ""
    return "gov:country", ""


@lru_cache(maxsize=1)
def _companies() -> frozenset[str]:
    """The organisations lexicon's forms of firms: a brand that names a facility (欧菲光·湾区科创中心)."""
    return frozenset(f for e in entries("organisations.csv") if e.category == "company" for f in e.forms)


SHORT_HEAD = re.compile(r"[\u4e00-\u9fff]{1,2}[城园谷岛湾港]$")  # 科教城, 知识城, 机器人谷: a zone by its head


def short_forms(text: str) -> tuple[tuple[str, str, str, str], ...]:
    """Short forms an article uses for a zone it has named in full (西丽湖国际科教城 … 科教城):
    (form, name, kind, district) for the last three characters of every zone in the district gazetteer
    that the article names, when they are a zone head and not a lexicon form of their own; and for a
    brand's facility by its head (OPPO长安研发中心 … 研发中心), when the article uses the head alone."""
    pattern, forms = _places()
    out = {}
    for m in pattern.finditer(text):
        name, kind, district = forms[m.group(0)]
        tail = name[-3:]
        if district in REGIONS and kind not in ("district", "organisation") and len(name) > 4 \
                and SHORT_HEAD.search(tail) and tail not in forms and text.count(tail) > text.count(name):
            out.setdefault(tail, (tail, name, kind, district))
    # OPPO长安研发中心 … 研发中心将承担…: a brand's facility by its head (two characters and 中心, 基地 …)
    for name in dict.fromkeys(m.group(0) for m in FACILITY.finditer(text)):  # each name once, in order
        head = FACILITY_HEAD.search(name)
        if head and head.group(0) not in forms and head.group(0) not in out \
                and text.count(head.group(0)) > text.count(name):
            out[head.group(0)] = (head.group(0), name, "facility", "")
    return tuple(sorted(out.values()))


FACILITY_HEAD = re.compile(r"[\u4e00-\u9fff]{2}(?:中心|基地|总部|工厂)$")


CAMPUS = re.compile(r"大学[(（]([^)）]{1,8}校区)[)）]$")


def _mentions(text: str, short: tuple = ()) -> list[tuple[int, int, str, str, str]]:
    """(start, end, name, kind, district) for every place, organisation and facility in ``text``;
    a name pattern (…研究院, OPPO…中心) wins over the lexicon names inside it (广州, OPPO). ``short``
    adds the article's short forms of the zones it names (``short_forms``)."""
    pattern, forms = _places()
    found = [(m.start(), m.end(), *forms[m.group(0)]) for m in pattern.finditer(text)]
    for form, name, kind, district in short:
        for m in re.finditer(re.escape(form), text):
            if not any(f[0] < m.end() and m.start() < f[1] for f in found):
                found.append((m.start(), m.end(), name, kind, district))
    found = [f for f in found if f[3] != "region"]  # 粤港澳, 大湾区: the frame, not a subject
    companies = _companies()
    absorbed: list = []
    for i, f in enumerate(found):
        if text[f[0]:f[1]] in companies:  # 欧菲光·湾区科创中心, 华为研发中心: a firm's facility, not the firm
            regex, kind, district = FACILITY_AFTER_BRAND, "facility", ""
        elif f[3] not in ("organisation", "city") and not f[3].startswith("anaphora"):
            # 滨海湾校区, 庆盛片区: a site named by its place is the site
            regex, kind, district = SITE_AFTER_PLACE, "site" if f[3] == "district" else f[3], f[4]
        elif f[3] == "city" and text[f[0]:f[1]] in SARS:
            regex, kind, district = SITE_AFTER_PLACE, "outside", ""  # 香港科技园: a site in Hong Kong, not Hong Kong
        else:
            continue
        name = regex.match(text, f[1])
        if not name:
            continue
        heads = [g for g in found if g[2] in HEAD_ONLY and f[1] <= g[0] < name.end()]
        end = max([name.end()] + [g[1] for g in heads])  # 南沙人工智能产业园|区
        if not any(g[0] < end and f[1] < g[1] for g in found if g is not f and g not in heads):
            found[i] = (f[0], end, text[f[0]:end], kind, district)
            absorbed.extend(heads)  # 南沙人工智能产业园区: the head is part of the name
    found = [f for f in found if f not in absorbed]
    for regex, kind in ((FACILITY, "facility"), (ORG_SUFFIX, "organisation")):
        for m in regex.finditer(text):
            a, name = m.start(), m.group(0)
            while name and name[0] in LEADING:
                a, name = a + 1, name[1:]
            verb = VERB_BEFORE.match(name)
            if verb:  # 集聚上市公司, 引进华为公司: the verb before a name is not part of it
                a, name = a + verb.end(), name[verb.end():]
            stem = re.sub(r"(股份有限公司|有限责任公司|有限公司|集团|公司|研究院|研究所|实验室|大学)$", "", name)
            # 南山区上市公司: a place's listed firms, not a firm
            bare = pattern.sub(lambda p: "" if forms[p.group(0)][1] not in ("organisation",) else p.group(0), stem)
            if len(stem) < 2 or GENERIC_ORG.match(stem) \
                    or (kind == "organisation" and bare != stem and (not bare or GENERIC_ORG.match(bare))) \
                    or re.search(r"\d|第|这|该|此|成立|上市$|境内外|境表里", stem):
                continue
            inside = [f for f in found if a <= f[0] and f[1] <= m.end()]
            if kind == "organisation" and any(f[3] == "organisation" and f[1] == m.end() for f in inside):
                continue  # 标志性项目香港科技大学(广州): the lexicon's name that ends the match is the name
            overlapping = [f for f in found if f[0] < m.end() and a < f[1] and f not in inside]
            if overlapping:
                continue
            for f in inside:
                found.remove(f)
            found.append((a, m.end(), name, kind, ""))
    for m in QUOTED_SITE.finditer(text):
        if not any(f[0] < m.end() and m.start() < f[1] for f in found):
            found.append((m.start(), m.end(), m.group(0), "facility", ""))
    # 微芯生物披露的信息显示，…: whoever discloses the figures is an organisation, named or not in the lexicon;
    # 青年之家一期建筑面积…: a name with phases is a project, a site
    for regex, kind, generic in ((DISCLOSER, "organisation", NOT_DISCLOSER), (PHASED, "facility", NOT_PHASED)):
        for m in regex.finditer(text):
            a, b = m.span("name")
            if not GENERIC_ORG.match(m.group("name")) and not generic.search(m.group("name")) \
                    and not any(f[0] < b and a < f[1] for f in found):
                found.append((a, b, m.group("name"), kind, ""))
    # 南山区与香港科技园公司共建的孵化基地: what bodies built together is a site, in the district one of them is
    for m in BUILT_TOGETHER.finditer(text):
        a, b = m.span("name")
        inside = [f for f in found if a <= f[0] and f[1] <= b and f[3].startswith("anaphora")]  # 基地 alone
        if any(f[0] < b and a < f[1] for f in found if f not in inside):
            continue
        found = [f for f in found if f not in inside]
        clause = max(text.rfind(c, 0, m.start()) for c in "，。；,;") + 1
        district = next((f[4] for f in sorted(found) if clause <= f[0] and f[1] <= m.start()
                         and f[3] == "district" and f[4] in REGIONS), "")
        found.append((a, b, m.group("name"), "site" if district else "facility", district))
    found.sort()
    # 中山大学深圳校区人才保障性住房项目: a site an organisation names is the site, not the organisation
    sites = []
    for i, f in enumerate(found):
        if f[3] == "organisation" and re.match(r"[一二三四五六]期", text[f[1]:f[1] + 2]):
            found[i] = (f[0], f[1] + 2, text[f[0]:f[1] + 2], "facility", "")  # 香港科技大学(广州)一期: a project's phase
            continue
        if f[3] == "organisation":
            site = SITE_AFTER_ORG.match(text, f[1])
            if site and not any(g[0] < site.end() and f[1] < g[1] for g in found if g is not f
                                and g[3] not in ("city", "district", "district_other")):
                found[i] = (f[0], site.end(), text[f[0]:site.end()], "facility", "")
                sites.append(found[i])
    if sites:  # the places inside a site's name (深圳 of 中山大学深圳校区) are part of it
        found = [g for g in found if g in sites or not any(s[0] <= g[0] and g[1] <= s[1] for s in sites)]
    # 东莞市人民政府, 南山区政府: the place's government is the place
    ends = {f[1] for f in found}
    found = [f for f in found if not (f[2] == "政府" and (text.endswith("人民", 0, f[0]) and f[0] - 2 in ends
                                                          or f[0] in ends))]
    # 大湾区大学(滨海湾校区): a university's campus named in brackets after it is the campus, a site where it is
    for i in range(len(found) - 1):
        org, site = found[i], found[i + 1]
        if org is not None and org[3] == "organisation" and org[2].endswith("大学") and site[2].endswith("校区") \
                and site[4] in REGIONS and text[org[1]:site[0]] in ("(", "（") \
                and text[site[1]:site[1] + 1] in (")", "）"):
            found[i], found[i + 1] = (org[0], site[1] + 1, text[org[0]:site[1] + 1], "site", site[4]), None
    for i, f in enumerate(found):  # 深圳技术大学(南山校区), read whole as a university's name
        campus = f is not None and f[3] == "organisation" and CAMPUS.search(f[2])
        inside = [forms[m.group(0)][2] for m in pattern.finditer(campus.group(1))] if campus else []
        if inside and inside[0] in REGIONS:
            found[i] = (f[0], f[1], f[2], "site", inside[0])
    found = [f for f in found if f is not None]
    # 东莞市全市: a city and its 全市 are that city, whatever the page's district (全市 alone is the page's city)
    found = [f for i, f in enumerate(found) if not (f[3] == "anaphora:city" and i > 0 and found[i - 1][3] == "city"
                                                    and found[i - 1][1] == f[0])]
    # 广州南沙, 深圳南山区: a city right before a place inside it is a prefix, not a subject; so is a city
    # that begins a longer name (深圳海洋科技研发服务基地项目).
    return [f for i, f in enumerate(found) if not (f[3] == "city" and (
        (i + 1 < len(found) and found[i + 1][0] == f[1]) or NAME_AFTER_CITY.match(text, f[1])))]


def _scope(mention, region: str | None) -> tuple[str, str, str]:
    """(place, scope, district) of one mention, the article's district standing in where needed."""
    _, _, name, kind, district = mention
    if kind.startswith("anaphora:"):
        scope = kind.split(":", 1)[1]
        if scope == "district":
            return (DISTRICT_NAMES[region], "district", region) if region else (name, "unknown", "")
        if scope == "city":
            return (CITY_OF[region], "city", "") if region else (name, "city", "")
        if scope == "site":
            return (name, "subarea", region) if region else (name, "outside", "")
        if scope in ("product", "firm", "body"):
            return name, "organisation", ""
        return ("广东省" if scope == "province" else "中国", scope, "")
    if kind == "district" and district in REGIONS:
        return name, "district", district
    if kind.startswith("gov:"):
        return name, kind[4:], ""
    if district in REGIONS:
        return name, "subarea", district
    if kind == "facility":
        return (name, "subarea", region) if region else (name, "outside", "")
    if kind == "organisation":
        return name, "organisation", ""
    if kind == "city":  # any city's own figure (珠海市's vouchers), not only a district's city
        return (name if name.endswith("市") or name in SARS else name + "市"), "city", ""
    if kind == "province":
        return name, "province", ""
    if kind == "country":
        return name, "country", ""
    return name, "outside", ""


def _clause_start(text: str) -> int:
    """Where the last clause of ``text`` begins (after its last comma, semicolon or colon)."""
    return max((m.end() for m in CLAUSE.finditer(text)), default=0)


@lru_cache(maxsize=4096)
def _subjects(text: str, short: tuple = ()) -> tuple[tuple[int, int, str, str, str], ...]:
    """The mentions that can own a figure: not a denominator (占深圳市约四成), not an item of a list
    the figure counts (亚信、百度等18家企业), not a founding date's subject."""
    out = []
    for m in _mentions(text, short):
        before = text[: m[0]]
        if DENOMINATOR.search(CITY_PREFIX.sub("", before)):
            continue  # 占深圳全市约五分之一: a denominator, its city prefix (dropped by _mentions) and all
        if m[2] in HEAD_ONLY and not TOPIC_LEAD.fullmatch(before[_clause_start(before):].strip()):
            continue  # 基地 as a clause's subject is the base the article is about; 打造…产业基地 is a plan
        subject = out[-1] if out and out[-1][1] > _clause_start(before) else None  # its clause's named subject
        if subject and LOCATED.search(before):
            continue  # 融创中心位于南山区: where the subject of its clause is, not whose the figure is
        if subject and subject[3] in ("organisation", "anaphora:firm") and LOCATIVE.search(before) \
                and not FIRM_SITE_AFTER.match(text, m[1]):
            # 华为将在南山投资100亿元, 腾讯在南山的员工, 某企业拟在新区投资…: where a firm invests or works is not whose
            # the figure is (在南山的基地 is: a site of the firm's in the district)
            continue
        if out and before.endswith("以") and text.startswith("为", m[1]):
            continue  # 南沙形成了以越秀iPARK为启动区的…区域: what a named subject builds around, not the subject
        paired = m[1] == len(text) and re.search(r"\d[\u4e00-\u9fff%㎡]{0,3}$", before[:-1])
        if (before[-1:] in ("、", "和", "及") and not paired) or BASE_AFTER.match(text, m[1]):
            # a denominator (占深圳…, 全国平均水平的24倍), or the second and later items of a list; not an item
            # with a figure of its own right after it, in a list of such pairs (松山湖校区256亩、滨海湾校区2100亩)
            continue
        if BENEFICIARY.search(before):
            continue  # 对于某某研究院，通过落户奖励…预计支出超4亿元: whom the money is for, not whose it is
        if DATELINE.match(text, m[1]) or RANKING.match(text, m[1]):
            continue  # 新华社深圳10月21日电: where a story was filed; 中国百强区: a ranking's name
        if text.rfind("(", 0, m[0]) > text.rfind(")", 0, m[0]):
            continue  # inside a parenthesis: 东湾大道(交椅湾段)
        quote = text.rfind("“", 0, m[0])
        if quote >= 0 and text.find("”", quote) >= m[1] and text.find("”", quote) != m[1]:
            continue  # inside a longer quoted name (“2018广州国际人工智能工作交流会”)
        rest = CLAUSE.split(text[m[1]:], maxsplit=1)[0]
        if text[m[1]:m[1] + 1] == "、" or re.match(r"^[^，。；]{0,24}?等", text[m[1]:]) and "等" in rest:
            continue
        out.append(m)
    return tuple(out)  # cached: every figure of a paragraph looks at the same sentences


def _most_specific(mentions, region):
    scoped = [(_scope(m, region), m) for m in mentions]
    return min(scoped, key=lambda sm: (SPECIFIC[sm[0][1]], sm[1][0]))[0]


def _topic(head: str, mentions) -> tuple | None:
    """The mention that opens the nearest clause of ``head`` to open with one: the subject a
    chain of subjectless clauses goes on about (甲已投产，乙(一期)已建成，总面积约20.9万m² -> 乙)."""
    starts = [0] + [m.end() for m in CLAUSE.finditer(head)]
    for start in reversed(starts):
        for m in mentions:
            if m[0] >= start and TOPIC_LEAD.fullmatch(head[start:m[0]].strip()):
                return m
    return None


def _settled_in(after: str, short: tuple = ()):
    """The place a count's things settle in, named after it in its clause (60家企业有意落户南沙, 18家企业入驻
    某某研究院)."""
    clause = re.split(r"[，；：,;:。！？!?\n]", after, maxsplit=1)[0]
    m = SETTLE.search(clause)
    if not m:
        return None
    if not clause[m.end():].strip():
        return HERE  # 60家AI企业有意落户: they settle here
    # 企业入驻某某研究院: firms that move into an institute or an incubator are counted by it; 落户华为 is
    # no place to settle
    hosts = m.group(1) in ("入驻", "进驻")
    found = [f for f in _mentions(clause[m.end():], short) if f[0] == 0 and (hosts or f[3] != "organisation")]
    return found[0] if found else None


def _site_of(after: str, short: tuple = ()):
    """The site an area or an investment measures, named right after it (打造一个3000亩的南沙人工智能产业园区,
    总投资16.69亿元的大湾区大学(滨海湾校区)一期工程)."""
    if not after.startswith("的"):
        return None
    found = [f for f in _mentions(after[1:], short) if f[0] == 0 and f[3] in ("site", "facility", "zone")]
    return found[0] if found else None


ITS = re.compile(r"(?:^|(?<=[，；：,;:]))\s*" + TOPIC_LEAD.pattern + r"其(?![中他它余实次后间一二三外时])")
LISTED = re.compile(r"\s*((?:[\u4e00-\u9fff]{2,8}[、和及]){1,8}[\u4e00-\u9fff]{2,8})(?:等)?\s*$")
COUNTRIES_LISTED = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:分别是|分别为|包括)[:：]?[^。；！？\n]{0,30}?"
                              r"(?:" + FOREIGN + ")")
BELT = re.compile(r"(?:的)?(?:产业带|经济带|创新带|产业走廊|创新走廊|科创走廊|走廊|产业园区|产业园)")
HERE = (0, 0, "", "here", "")  # a settling verb with no place after it
SETTLE = re.compile(r"(落户|入驻|落地|进驻|扎根|集聚于?|聚集于?)(?:在|于|到)?")


# 《深圳市打造人工智能先锋城市的若干措施》印发: a document a place names itself in, issued.
ISSUED_DOCUMENT = re.compile(r"《([\u4e00-\u9fff]{2,8}?(?:市|省|区))[^》]{2,60}》\s*(?:正式)?(?:印发|发布|出台|公布|出炉)")
# 珠海市工业和信息化局关于印发…的通知: a notice headed by the government body that issues it.
ISSUER = re.compile(r"^([\u4e00-\u9fff]{2,24}?(?:人民政府|政府|管理委员会|管委会|委员会|办公室|办公厅|厅|局))关于")


RANKED_IN = re.compile(r"(?:范围内|内)?(?:率先|首个|首家|首批|第一|领先|排名|位居)")


def _subject(head: str, before: list[str], region: str | None,
             previous_paragraph: list[str] = (), short: tuple = (), settle=None,
             headline_owner: tuple[str, str, str] | None = None) -> tuple[str, str, str]:
    """Whose figure, from the sentence up to it (``head``): nearest mention in the number's clause,
    else the sentence's most specific, else the paragraph's nearest sentence with one, else the
    article's district, else (an article about none of the three) the place its headline names."""
    if settle and settle is not HERE:
        return _scope(settle, region)
    clause_start = _clause_start(head)
    listed = LISTED.match(head, clause_start)
    if listed:
        # 蛇口、赤湾、妈湾三大港口: what a count of one district's listed zones counts is the district's
        zones = _mentions(listed.group(1), short)
        districts = {z[4] for z in zones}
        if len(zones) >= 2 and len(districts) == 1 and districts <= set(REGIONS) \
                and all(z[3] not in ("organisation", "district") and not z[3].startswith("anaphora") for z in zones) \
                and sum(z[1] - z[0] for z in zones) + len(zones) - 1 == len(listed.group(1)):  # nothing but the zones
            d = districts.pop()
            return DISTRICT_NAMES[d], "district", d
    mentions = _subjects(head, short)
    in_clause = [m for m in mentions if m[0] >= clause_start]
    # 南山区在全市率先设立…: the place a first is counted in is no owner, where the clause names the one that acts
    ranked_in = [m for m in in_clause if head[m[0] - 1:m[0]] == "在" and RANKED_IN.match(head, m[1])]
    if ranked_in and len(ranked_in) < len(in_clause):
        in_clause = [m for m in in_clause if m not in ranked_in]
    if in_clause:
        return _scope(in_clause[-1], region)
    its = list(ITS.finditer(head))
    if its and before and not _topic(head, [m for m in mentions if m[0] >= its[-1].end()]):
        # 某某研究院成立于2021年…。落地温江一年来，其围绕温江区…，引进了10余家企业: 其 is the subject of the
        # sentence before, not a place its clauses name in passing
        previous = _subjects(before[-1], short)
        if previous:
            return _scope(previous[0], region)
    if mentions:
        best = _most_specific(mentions, region)
        # Of equally specific mentions, the subject of the nearest clause that opens with one
        # (甲中心已投产，乙中心(一期)已建成，总面积约20.9万m² -> 乙), else the first. An organisation that
        # is the subject of the clauses before carries through them over a place they name in passing
        # (作为南沙区…平台，科金控股集团已布局…，战略投资…等23家企业 -> 科金控股集团).
        topic = _topic(head, mentions)
        owner = _scope(topic, region) if topic else None
        if owner and owner[1] == "organisation" and SPECIFIC[best[1]] < SPECIFIC["city"] and best[1] != "subarea":
            return owner
        equal = [m for m in mentions if SPECIFIC[_scope(m, region)[1]] == SPECIFIC[best[1]]]
        topic = _topic(head, equal) if len(equal) > 1 else None
        return _scope(topic, region) if topic else best
    if settle is HERE and region:
        # 60家AI企业有意落户, in a sentence that names nowhere else: here, the article's district, not a
        # place an earlier sentence named
        return DISTRICT_NAMES[region], "district", region
    for previous in reversed(before):
        found = _subjects(previous, short)
        if found:
            nearest = _most_specific(found, region)
            if nearest[1] == "district":
                # A zone that an earlier sentence of the paragraph is about (控规修编范围为庆盛枢纽区块…)
                # is what the paragraph's figures belong to.
                for earlier in before:
                    subject = [_scope(m, region) for m in _subjects(earlier, short)[:1]]
                    if subject and subject[0][1] == "subarea" and subject[0][2] == nearest[2]:
                        return subject[0]
            return nearest
    # A paragraph that names nothing before the figure (在这条狭长的谷地中…) goes on from the one before.
    found = _subjects(previous_paragraph[-1], short) if previous_paragraph else []
    if found:
        return _most_specific(found, region)
    if region:
        return DISTRICT_NAMES[region], "district", region
    if headline_owner:
        return headline_owner  # 广州市工业和信息化局关于印发《…》的通知: the body that issues it
    return "", "outside", ""  # an article about none of the three: its figures are another place's


def _nearest(patterns, text: str) -> str | None:
    found = _nearest_cue(patterns, text)
    return found[0] if found else None


def _nearest_cue(patterns, text: str) -> tuple[str, str] | None:
    """(name, the words) of the pattern whose match ends last in ``text``."""
    best, best_end = None, -1
    for name, pattern in patterns:
        for m in pattern.finditer(text):
            if m.end() > best_end:
                best, best_end = (name, m.group(0)), m.end()
    return best


def _first_cue(patterns, text: str) -> tuple[str, str] | None:
    """(name, the words) of the pattern whose match starts first in ``text`` (the words right after a
    number are nearest it at their start)."""
    return min(((m.start(), (name, m.group(0))) for name, pattern in patterns for m in pattern.finditer(text)),
               default=(0, None))[1]


CHANGE_BEFORE = re.compile(r"(增量|增加了|增长了|增收|多增|减少了|下降了)(?:超过|超|达到?|约|近|逾)?\s*$")


# 上半年, 前三季度, 一季度, 1-2月, 1至10月, 前10个月: a flow counted over part of a year
PART_OF_YEAR = re.compile(r"上半年|下半年|前三季度|(?:第?[一二三四1-4]|前[两二三])季度|[1１一]\s*(?:-|—|－|至|~|～)\s*(?:\d{1,2}|[二三四五六七八九十]{1,2}|十[一二])\s*月"
                          r"|前(?:\d{1,2}|[两二三四五六七八九十]{1,2})个月")


def part_of_year(sentence: str, surface: str) -> str:
    """The words that make a figure one of part of a year (今年上半年GDP4495亿元 -> 上半年), from its clause
    and the clauses before it in its sentence; '' for a whole year or where no part is named."""
    head = sentence[:at] if (at := sentence.find(surface)) >= 0 else sentence
    m = list(PART_OF_YEAR.finditer(head))
    if not m or re.search(r"全年|年度|(?:19|20)\d\d\s*年(?!上半年|下半年|前|第?[一二三四1-4]季度|[1１一]\s*[-—－至~～])",
                          head[m[-1].end():]):
        return ""  # 上半年GDP…，全年将逼近万亿元: the whole year's, after the part
    return m[-1].group(0)


def states_change(sentence: str, surface: str) -> bool:
    """True when a figure is how much something grew or fell (增量超过1100亿元), not its level."""
    at = sentence.find(surface)
    return at >= 0 and bool(CHANGE_BEFORE.search(sentence[max(0, at - 12):at]))


def _measure(clause_before: str, after: str, sentence_before: str = "", surface: str = "",
             previous_sentence: str = "") -> tuple[str, str]:
    """(measure, cue): what a sum measures and the words that say so. The nearest measure word
    before it in its clause, the phrase it qualifies (100亿元的人工智能产业基金 -> fund), a scale's head
    (千亿级产业集群 -> output, 万亿级城区 -> gdp), the sentence before it, the next clause's topic
    (…7630.59亿元，GDP一骑绝尘), the paragraph's sentence before; else ``other``."""
    phrase = re.split(r"[，。；、,;]", after, maxsplit=1)[0][:14]
    if re.match(r"^(的|作为|用于|设立|成立)|^的?[“「\"][\u4e00-\u9fff]{1,4}券", phrase):  # 5亿元“训力券”: the voucher's
        qualified = re.split(r"已|将|正在|被|完成|实现", phrase, maxsplit=1)[0]  # 10亿元的基金已完成募集: the fund
        if phrase.startswith("用于"):  # 10亿元用于支持产业发展: what the money is for, its first word
            named = _first_cue(_measures(), phrase)
            if named:
                return named
            built = re.search(r"(?:基础设施|工程|项目|设施|场馆|道路|校区)(?:的)?(?:建设|改造)|建设", phrase)
            if built:
                return "investment", "用于…" + built.group(0)  # 20亿元用于基础设施建设: money put into building
        named = _nearest_cue(_measures(), qualified) or _nearest_cue(_measures(), phrase)
        if named:
            return named
    if surface.endswith("级"):  # a scale aimed at: a district's is its GDP, an industry's its output
        if re.match(r"(城区|城市|经济体|GDP)", after):
            return "gdp", "…级" + after[:2]
        return _nearest_cue(_measures(), phrase) or ("output", "…级" + phrase[:4])
    next_topic = re.match(r"[^，。；,;]*[，,]\s*([^，。；,;]{0,6})", after)
    for context in (clause_before[-16:], phrase, sentence_before, next_topic.group(1) if next_topic else "",
                    previous_sentence):
        named = _nearest_cue(_measures(), context)
        if named == ("output", "规模") and "基金" in sentence_before:
            return "fund", "基金…规模"  # 设立…产业基金，首期规模20亿元: the fund's size, not an industry's
        if named:
            over_years = MULTI_YEAR_TOTAL.search(clause_before)
            if named[0] in ("output", "gdp") and over_years:
                return "other", f"{over_years.group(0)} (a total over years, not a year's {named[0]})"
            return named
    return "other", "no measure word"


SPAN_OF_YEARS = re.compile(r"年均|年平均|近[两二三四五六七八九十\d]+年|连续[两二三四五六七八九十\d]+年")
# 12个项目已于2020年11月全面开工: a date after the figure, in its clause, on which what it counts was done
DONE_ON = re.compile(r"[^，。；,;：:！？!?\n]{0,12}?(?:已经?|均|都|先后|分别)?于\s*(?:((?:19|20)\d\d)\s*年|(今年|去年|前年|上年))"
                     r"(?=\s*\d{1,2}\s*月|[^，。；,;]{0,8}(?:开工|动工|建成|竣工|投产|落户|签约|开业|成立|揭牌|启用|投用|完成))")
# 近年来，南沙每年新增企业超1000家: a yearly rate over recent years, no one year's
YEARLY_OF_RECENT = re.compile(r"(?:近年来|近年|多年来|历年|这些年)[^。；;]{0,20}每年")
# “十四五”末, 十四五期末: the last year of a five-year plan (十一五 2010 … 十五五 2030)
PLAN_END = re.compile(r"十([一二三四五])五[”\"]?(?:规划)?(?:期)?末")
# 2016年到2018年合计营收3.43亿元, 近三年累计产值: a flow summed over several years is no year's output or GDP
MULTI_YEAR_TOTAL = re.compile(r"(?:(?:19|20)\d\d\s*年?\s*[到至\-—~～]\s*(?:19|20)\d\d\s*年?|近[两二三四五六七八九十\d]+年|"
                              r"[两二三四五六七八九十\d]+年(?:来|间|内))[^。；;]{0,12}?(?:合计|累计|共计|总计|累积)")


# Status cues (``lexicon/status_cues.csv``: status, pattern, note); the cue nearest the number in its clause
# decides, then the sentence's, then the paragraph's plan frame. A year in a cue is resolved against the
# page's date.
@lru_cache(maxsize=1)
def status_cues() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return cue_table("status_cues.csv", "status", ("actual", "target", "pledge"))


# Verbs that say nothing of time by themselves (实现, 达到, 增长): actual only where nothing else decides.
WEAK_ACTUAL = re.compile(r"实现|达到|突破|达(?=[\d约近超逾])|超过|成为|增长|增加(?!值)|增幅|下降|提升|提高")
PLAN_FRAME = re.compile(r"(规划|纲要|方案|计划|意见|办法|《[^》]{2,40}》)[^，。；]{0,8}(提出|明确|确定|要求|指出)"
                        r"|(提出|明确|要求)[:：]|要求[^，。；]{0,6}(高|严)|规划期|发展目标")
NOW_LEAD = re.compile(r"^\s*(?:目前|当前|现在|如今)[，,]")
NOW_OPENS = re.compile(r"^\s*(?:目前|当前|现阶段|截至目前|截止目前)")  # a sentence that opens on now
OWN_TIME = re.compile(r"(?:19|20)\d\d\s*年|[已将]于")  # a clause that gives its own time
RESET = re.compile(r"^(截至|截止|目前|去年|上年|当前|现在|如今|近年来|过去)")
FUTURE_YEAR = re.compile(r"(?:到|至|在|于)?((?:19|20)\d\d)\s*年(?:底|末|前|以前|时)?")


def _tense(year: int, published: str | None, lead: str) -> str | None:
    """A stated year against the page's date: later -> target, earlier -> actual, same year: only a
    到/至 (by the end of) makes it a target."""
    base = int(published[:4]) if published else year  # undated: only 到/至 says anything
    if year != base:
        return "target" if year > base else "actual"
    return "target" if lead in ("到", "至") else None


# 将建成, 预计2026年建成, 计划累计完成: what a modal puts in the future is not done, whatever its verb
PAST_STATE = {"调整前", "现状", "过去", "历年", "至今", "截至", "截止"}  # 将由调整前的151.59公顷: a state before
MODAL_BEFORE = re.compile(r"(将|拟|计划|预计|力争|争取|有望|预期)[^，。；,;已]{0,8}$")


def _cues(text: str, published: str | None) -> list[tuple[int, str, str]]:
    """(end, status, cue) of every status cue in ``text``, years resolved against the page's date; an
    achievement's cue under a modal of its clause (将建成) is none."""
    found = [(m.end(), status, m.group(0)) for status, pattern in status_cues() for m in pattern.finditer(text)
             if status == "target" or m.group(0) in PAST_STATE
             or not MODAL_BEFORE.search(text[max(0, m.start() - 12):m.start()])]
    for m in FUTURE_YEAR.finditer(text):
        lead = text[m.start()] if text[m.start()] in "到至在于" else ""
        if text[max(0, m.start() - 2):m.start() + 1].endswith(("截至", "截止")) or _base(text, m):
            continue  # 在2020年基础上: a base says nothing of when the figure is
        tense = _tense(int(m.group(1)), published, lead)
        if tense and not re.match(r"(?:年)?(?:\s*[到至\-—~～]\s*(?:19|20)\d\d)", text[m.end():]) \
                and not re.search(r"(“|十[三四五六]五)$", text[:m.start()]):
            found.append((m.end(), tense, m.group(0)))
    # 到2023年，累计培育10家以上…: an achievement's cue after a deadline still to come, in the same sentence,
    # is part of what is aimed at (as under a modal), unless it states a past state (截至, 现状)
    by = [end for end, status, cue in found if status == "target" and cue[:1] in "到至" and FUTURE_YEAR.match(cue)]
    if by:
        found = [c for c in found if not (c[1] == "actual" and c[0] > by[0] and c[2] not in PAST_STATE)]
    return sorted(found)


# 占地 is said of a site (a park, a campus, a plant, a plot), never of a district's own extent (陆域面积)
SITE_AREA = re.compile(r"总?占地(?:面积)?[^，。；\d]{0,4}$")
ZONE_EXTENT = re.compile(r"规划(?:总)?(?:面积|范围)|总规划面积|陆域面积|海域面积")  # not 建设用地面积: a plan


@lru_cache(maxsize=1)
def _zone_forms() -> frozenset[str]:
    """The gazetteer's zones inside the districts, every form (明珠湾 of 明珠湾起步区): a zone's planned area
    is its extent, a campus's or a building's a plan."""
    return frozenset(f for e in entries("places.csv") if e.category == "zone" and e.get("district") in REGIONS
                     for f in e.forms)


BENEFICIARY = re.compile(r"(对于|针对|面向|(?<![不])支持)\s*$")  # 支持南沙科学城建设: what is supported is not who pays
REST_OF_SENTENCE = re.compile(r"[^。！？!?\n]*")
SALE = re.compile(r"起拍价|挂牌出让|公开出让|拍卖|竞得|摘得|摘牌|成交价|成交总价|出让金|土地出让|批出[^，。；]{0,8}(?:用地|土地|地块)")
DATED_EVENT = re.compile(r"\s*((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月(?:\s*\d{1,2}\s*日)?(?:[上中下]旬)?\s*[，,]")
OCCASION = re.compile(r"此次|本次|当天|今天|今日|(?:会上|现场)[^。；]{0,16}?(?:签约|签订|签署|集中|开工|动工|发布|揭牌|宣布|启动)|集中(开工|签约|动工)|(开工|签约|奠基)仪式|集体(动工|开工)")
BUILDING = re.compile(r"动工|开工|在建|施工|开建|奠基|建设工期|分[^，。；]{0,6}建设|正在建设|加快建设")


def previous_paragraph_of(text: str, p_start: int) -> str:
    """The paragraph before the one starting at ``p_start`` ('' for the first)."""
    return text[text.rfind("\n", 0, max(0, p_start - 1)) + 1 : max(0, p_start - 1)] if p_start else ""


def plan_frame(sentences: list[str], published: str | None) -> str | None:
    """The plan cue that frames a paragraph's later sentences (《规划》提出：到2025年，…。…), or None;
    a sentence that reports a result (截至…, 目前…, a past year) ends the frame."""
    frame = None
    for sentence in sentences:
        s = sentence.strip()
        if RESET.match(s):
            frame = None
        m = PLAN_FRAME.search(s)
        if m:
            frame = m.group(0)
        for end, status, cue in _cues(s, published):
            if cue[:4].isdigit() or cue[:1] in "到至":
                frame = cue if status == "target" else (None if s.startswith(cue) else frame)
    return frame


FUTURE_CUE = re.compile(r"将|力争|目标|计划|预计|有望|争取|打造|培育")
# A policy's terms: a cap on an award (最高, 不超过) or the rate it pays (按…费用的30%, 资助比例至60%).
POLICY_TERM = re.compile(r"最高|不超过|不高于|上限|封顶|按[^，。；]{0,24}的|比例(?:提高)?至")
POLICY_TERM_CUE = " (a policy's cap or rate)"
AWARD = re.compile(r"给予|奖励|资助|补贴|补助|发放|支持|扶持|券|配套|返还|减免")


def _status(kind: str, measure: str, before: str, surface: str, after: str = "",
            published: str | None = None, frame: str | None = None, building: str | None = None) -> tuple[str, str]:
    """(status, cue): ``target``, ``pledge`` or ``actual``, and the words that decided it. The
    number's clause decides, then its sentence (to the last semicolon), then the paragraph's plan
    frame, then a verb that is tense-neutral by itself; a plain statement is actual."""
    said = PLAN_FRAME.search(before)  # 《规划》提出，…: what the plan says, in this sentence
    before = re.sub(r"《[^》]*》", "", before)  # 《…计划的通知》: a title, not a cue
    head = FUTURE_HEAD.match(before)  # 某新区将优化…；推动…，建成…: the sentence's subject looks ahead
    before = re.split("[；;]", before)[-1]  # …计划于2021年建成；乙项目占地…: another item
    clause = CLAUSE.split(before)[-1] + surface
    upto = len(before) + len(surface)
    sentence_cues = [c for c in _cues(before + surface + after[:8], published) if c[0] <= upto]
    in_clause = [c for c in sentence_cues if c[0] > upto - len(clause)]
    # (the award may come later in the sentence: 按…费用的30%，最高600万元向企业提供算力券补贴)
    if kind in ("money", "percent") and POLICY_TERM.search(clause) \
            and AWARD.search(clause + re.split("[。；;！？]", after)[0]):
        return "pledge", POLICY_TERM.search(clause).group(0) + POLICY_TERM_CUE
    if kind == "money" and measure in ("fund", "subsidy"):
        paid = re.search(r"累计|(?:已|共|去年|上年|全年)[^，。；将拟]{0,4}(?:发放|兑现|拨付)|(?:发放|兑现|拨付|注资)了|"
                         r"(?:已|去年|上年|前年)[^，。；将拟计]{0,12}(?:注资|出资|拨款)", before)
        if paid and not POLICY_TERM.search(clause):
            return "actual", paid.group(0)  # 去年共兑现各类奖补资金35亿元, 去年向…基金注资: money paid out
        return "pledge", {"fund": "fund size", "subsidy": "award or cap"}[measure]
    if kind == "money" and measure == "investment":
        planned = re.search("预计|拟|计划|力争|争取|目标|任务|将(?!近)", clause)
        if planned and (re.search("累计|完成|达到", clause) if planned.group(0) == "将" else "完成" in clause[planned.end():]):
            # “十四五”期间，南沙将累计完成投资5000亿元; 计划完成投资46.46亿: a plan's sum, what is to be done
            return "target", f"{planned.group(0)}…完成/累计 + investment"
        m = None if planned else re.search(r"耗资|已(完成|累计)?投资|累计|完成[^，。；]{0,8}?投资|已投入|投资了|"
                                           r"(?:去年|上年|前年)(?!同期)", clause)  # 去年民生九项支出…: a past year's
        if not m and not planned and not frame and not any(c[1] == "target" for c in sentence_cues):
            # 固定资产投资达1808亿元: a statistic of what was invested, not a sum announced (outside a plan)
            m = re.search(r"固定资产投资|(?:工业|基础设施|民间|房地产开发)投资(?!计划)|(?:实际)?(?:利用|使用)外资|外商直接投资",
                          clause)  # 实际利用外资约30亿元: foreign investment used, a statistic
        if m:
            return "actual", m.group(0)
        m = re.search(r"年度|今年|本年|计划投资|任务|力争|目标|争取", clause)
        if m:
            return "target", m.group(0) + " + investment"
        by_year = next((c[2] for c in sentence_cues if c[1] == "target" and c[2][:1] in "到至"), None)
        if (frame or by_year) and not re.search("总投资|投资总额", clause) and "投资" in clause:
            return "target", (frame or by_year) + " + investment"  # a plan's yearly investment
        event = DATED_EVENT.match(before)
        if event and not planned and not re.search("总投资|投资总额|计划|规划", clause) \
                and (not published or f"{int(event.group(1)):04d}-{int(event.group(2)):02d}" <= published[:7]):
            # 2024年11月，某某基金共同投资深海智人数千万元: a transaction the page reports, dated to the month
            return "actual", event.group(0).rstrip("，, ") + " (a dated transaction)"
        m = re.search(r"预计|拟|估算|计划|约定|签约|总投资|投资总额", clause)
        if m:
            return "pledge", m.group(0) + " (investment announced)"
        return "pledge", "investment announced"
    if kind == "money" and surface.endswith("级"):
        if re.search("已|成为", clause):
            return "actual", "已/成为"
        if re.search(r"(?:已|成为)[^。；]{0,24}级", before) and not FUTURE_CUE.search(CLAUSE.split(before)[-1]):
            return "actual", "已…级, listed on (…千亿级产业集群，…等百亿级产业集群)"
        return "target", "…级 (a scale aimed at)"
    if kind == "percent" and re.search("完成", clause):
        return "actual", "完成"  # 完成年度投资计划的10.8%
    if kind == "percent" and re.search(r"(?:为|占|达到?)[^，。；]{0,8}(?:计划|目标|任务)的?$", before):
        return "actual", "share of a plan reached"  # …完成投资20亿元，为年度计划的25%: how far the plan is done
    if in_clause and in_clause[-1][1] == "actual" and head and BARE_DONE.fullmatch(in_clause[-1][2]) \
            and not DONE_MARK.search(before):
        # 南沙将加快建设，建成超过100万平方米产业空间: what the sentence's future completes is aimed at
        return "target", f"{head.group(1)}…{in_clause[-1][2]} (a completion aimed at)"
    for cues in (in_clause, sentence_cues):  # the number's clause, then the sentence before it
        if cues:
            return cues[-1][1], cues[-1][2]
    if frame:
        return "target", f"plan frame ({frame})"
    if said:
        return "target", f"the plan says ({said.group(0)})"
    if kind == "area" and building and re.search(r"建筑面积|填海|围填", clause):
        return "target", f"floor area of a project being built ({building})"
    weak = WEAK_ACTUAL.search(before + surface)
    return "actual", weak.group(0) if weak else "stated as a fact"


# A sentence whose first clause looks ahead (南沙将…, 力争…): its bare completions (建成, 完成) are aimed at
FUTURE_HEAD = re.compile(r"^[^，。；,;：:]{0,30}?(将(?!近|来)|力争|计划|争取|拟)")
BARE_DONE = re.compile(r"建成|完成|实现|达到|突破|形成")
DONE_MARK = re.compile(r"已|了|截至|截止|目前|累计")
CURRENT_LEAD = re.compile(r"\s*(目前|当前|现在|如今|截至目前|截止目前|现已)")
OCCASION_YEAR = re.compile(r"[^，。；,;]{0,40}?为(契机|起点|开端|发端)")
BASE_YEAR_AFTER = re.compile(r"[^，。；,;]{0,6}?(基础上|相比|同期相比|水平上)")
BASE_YEAR_BEFORE = re.compile(r"(比|较|相比|相较|对比|与|同)\s*$")


def _starts_or_bases(text: str, m: re.Match[str]) -> bool:
    """A year something started from (自2017年揭牌以来; 以2017年5月举办…为契机，一年来…) or the base a
    change is measured from (在2025年基础上实现翻番, 比2020年增长): no figure's own year."""
    if re.match(r"[^，。；,;]{0,12}?(以来|起)", text[m.end():]):
        return True
    if OCCASION_YEAR.match(text, m.end()) and "以" in text[_clause_start(text[: m.start()]) : m.start()]:
        return True
    return _base(text, m)


def _base(text: str, m: re.Match[str]) -> bool:
    return bool(BASE_YEAR_AFTER.match(text, m.end()) or BASE_YEAR_BEFORE.search(text[: m.start()]))


def _scopes(text: str, m: re.Match[str], static: bool) -> bool:
    """Whether a year the sentence states before a figure is that figure's year. A year that opens
    a clause (2021年共安排…; 截至2025年2月，…) scopes over the rest of the sentence; any other year over the items
    up to the next semicolon (…计划于2021年9月建成；乙项目占地…: another item), and, for a static
    attribute (a site's area, a project's total investment), over its own clause only (…是2019年重大
    项目，占地面积约8.1万平方米). A start (自2017年揭牌以来) and a base (在2025年基础上, 比2020年) are no figure's year."""
    if _starts_or_bases(text, m):
        return False
    if re.search(r"(^|[，；：,;:])\s*(在|于|截至|截止|到|至)?\s*$", text[: m.start()]):
        return True  # a time adverbial opening a clause
    clause_start = _clause_start(text)
    if m.start() < clause_start and CURRENT_LEAD.match(text, clause_start):
        return False  # 南沙于2012年获批成为国家级新区，目前常住人口约100万人: now, not 2012
    head = text[_clause_start(text[: m.start()]): m.start()].strip()
    if 2 <= len(head) <= 8 and not re.search(r"\s", head) and _place_only(head):
        return True  # 南沙今年已签约项目68个，总投资…: a place, then the time of what the sentence says of it
    # 已于2023年年底建成投产，…，已招引企业25家: a year after 于 inside a clause dates that clause's event
    own_clause = static or bool(re.search(r"(?:[已将]\s*[于在]|于)\s*$", text[: m.start()]))
    bound = clause_start if own_clause else max(text.rfind("；"), text.rfind(";")) + 1
    return m.start() >= bound


def _place_only(words: str) -> bool:
    """A district, city, zone or province named alone, or a word that stands for one (新区, 全区)."""
    got = _places()[1].get(words)
    return bool(got) and got[1] in ("district", "city", "province", "zone", "site",
                                    "anaphora:district", "anaphora:city", "anaphora:province")


def _year(before: str, paragraph_before: str, published: str | None, current: bool,
          static: bool = False, pledge: bool = False) -> tuple[str, bool]:
    """(year, stated): the year the text states for a figure, or '' (stated=True when a span of
    years or an explicit year decides). The paragraph before the sentence counts only for a
    current figure, and not a founding year (成立于1990年); ``_scopes`` says which years of the
    sentence reach the figure."""
    base = int(published[:4]) if published else None
    # An undated page gives no ground for carrying a year into later sentences.
    for text in (before, paragraph_before) if current and published else (before,):
        hits = [m for m in YEAR.finditer(text) if not FOUNDED.search(text[: m.start()])
                # 2019粤港大湾区…交流会: an event's year, for current figures and what was pledged there
                and (current or pledge or "年" in m.group(0))
                and (_scopes(text, m, static) if text is before else not _starts_or_bases(text, m))]
        if hits:
            m = hits[-1]
            if m.group(2):
                # 2016年至2022年，企业从27.95万家增长至60.05万家: each end of a change is its end's year
                rest = text[m.end():] if text is before else ""
                if SPAN_END.search(rest):
                    return m.group(2), True
                if SPAN_START.search(rest):
                    return m.group(1), True
                return "", True  # 2016年到2018年: a span
            if m.group(1):
                return m.group(1), True
            named = [h.group(1) for h in hits[:-1] if h.group(1)]
            if m.group(3) == "年度" and named:
                return named[-1], True  # 2023年，…完成年度计划的113%: the year's plan is the year the sentence names
            if base is not None:
                return str(base + RELATIVE[m.group(3)]), True
            reported = FULL_YEAR.findall(paragraph_before + before[: m.start()])
            if m.group(3) in ("今年", "本年") and reported:
                # An undated page: 2019年，全区GDP增长7.6%…。今年前三季度… is written the year after the last
                # full year it reports
                return str(int(reported[-1]) + 1), True
            if text is before:
                return "", True
    return "", False


# The number after 从 is the start of a change over a span, the number after 增长至/到 its end.
SPAN_END = re.compile(r"(?:从|由)[^，。；]{1,16}?(?:增长|增加|提升|提高|扩大|上升|跃升|发展|减少|下降)?(?:到|至)[^，。；]{0,8}?$")
SPAN_START = re.compile(r"(?:从|由)[^，。；]{0,16}?$")
# A report of one year's results (2023年经济运行情况数据出炉, 2023年统计公报; in Taiwan words 经济执行情况资料): its
# figures are that year's.
REPORT_YEAR = re.compile(r"((?:19|20)\d\d)\s*年(?:全年|度)?[^。！？\n，,]{0,12}?"
                         r"(?:经济(?:运行|执行)情况|经济运行|统计公报|国民经济和社会发展统计|经济(?:数据|资料)|经济成绩单|年报)")
# 本报讯 2023年，东莞滨海湾新区将…: a page that opens on one year's plan (its targets are that year's)
YEAR_PLAN = re.compile(r"(?:^|[。！？\n])[^。！？\n]{0,40}?((?:19|20)\d\d)\s*年\s*[，,][^。！？]{0,30}?将(?!近|来)")
# 2024年，我局…。一年来，…: a body's review of one year opens on the year and looks back over it
YEAR_REVIEW = re.compile(r"^[^。！？]{0,40}?((?:19|20)\d\d)\s*年\s*[，,][^\n]{0,400}?(?:一年来|这一年)")
FULL_YEAR = re.compile(r"(?:^|[。！？\n])\s*((?:19|20)\d\d)\s*年\s*[，,]")  # a sentence opening on a past year's results
RECENT = r"(?:日前|近日|昨日|昨天|今天|今日|当天)"
RECENT_EVENT = re.compile(
    RECENT + r"[^。！？\n]{0,20}?(?:举行|举办|召开|开幕|揭幕|开展)的?\s*[“「《]?((?:19|20)\d\d)(?!\s*年?度)(?=[\u4e00-\u9fff])"
    r"|[“「《]((?:19|20)\d\d)(?!\s*年?度)[^”」》。\n]{2,30}[”」》][^。！？\n]{0,12}?" + RECENT
    + r"[^。！？\n]{0,8}?(?:举行|举办|召开|开幕|揭幕)")


# An event held on a day the page gives without its year, under a name that states the year: the page's year
DAY_EVENT = re.compile(r"\d{1,2}月\d{1,2}日[^。！？\n]{0,6}?[，,]?\s*(?:在|于)[^。！？\n]{0,16}?((?:19|20)\d\d)\s*年(?!\s*度)"
                       r"[^。！？\n]{0,30}?(?:仪式|大会|活动|论坛|会议|峰会|典礼|开幕式)(?:上|中|现场|期间)")


# A full date opening the lead (2017年10月12日上午，…), also with the 年 and 月 a scraper lost (20171012日).
LEAD_DATE = re.compile(r"\s*((?:19|20)\d\d)(?:\s*年\s*(\d{1,2})\s*月\s*\d{1,2}\s*日|(\d{1,2})\d{2}日)")


def _lead_date(text: str) -> tuple[int, int] | None:
    """(year, month) of the date the body's first sentence opens with (after the headline), or None;
    a run-on 20171012日 is read as year, month and two-digit day, with a month of 1 to 12 only."""
    body = text.split("\n", 1)[1] if "\n" in text else ""
    m = LEAD_DATE.match(body)
    if not m:
        return None
    month = int(m.group(2) or m.group(3))
    return (int(m.group(1)), month) if 1 <= month <= 12 else None


def reference_year(text: str, published: str | None) -> str | None:
    """The year an article speaks from: its date's, or on an undated page the year of an event the
    lead says was held recently under a dated name (在日前举行的“2018广州国际人工智能工作交流会”上, “2019
    某某论坛”近日在南沙开幕); an annual award's year (2018年度) is the year before, and not used. A page
    dated in a later year and more than a month after the date its lead opens with (a report posted or
    reposted later: 2018-01-12 over “2017年10月12日上午，…举行”) speaks from the lead's year, so its
    今年 and its figures of the day are that year's."""
    if published:
        lead = _lead_date(text)
        if lead and lead[0] < int(published[:4]) \
                and (int(published[:4]) - lead[0]) * 12 + int(published[5:7] or 1) - lead[1] > 1:
            return str(lead[0])
        return published[:4]
    lead = text[:600]
    m = RECENT_EVENT.search(lead)
    if m:
        return m.group(1) or m.group(2)
    m = DAY_EVENT.search(text[:2000])  # 2月19日，在滨海湾新区2019年重点项目动工暨招商项目签约仪式上: that day's year
    return m.group(1) if m else None


# 南沙、前海、横琴三大平台去年GDP分别为2500亿元、1900亿元和460亿元: the places listed before 分别, in order,
# own the figures after it
RESPECTIVELY = re.compile(r"((?:[^，。；：、和及与,;:\s]{2,14}(?:、|和|及|与))+[^，。；：、,;:\s]{2,14}?)"
                          r"[^，。；：,;:]{0,16}?分别")


def _respectively(sentence_before: str, start: int, starts: list[int], short: tuple):
    """The mention that owns the figure at ``start`` in a list matched to its figures by 分别, or None:
    every item of the list must name a place or a body, and the figure must be one of as many."""
    if "分别" not in sentence_before:
        return None  # (most figures: the list's pattern is not tried)
    m = None
    for m in RESPECTIVELY.finditer(sentence_before):
        pass
    if not m or re.search(r"[。；;！？]", sentence_before[m.end():]):
        return None
    items = re.split(r"、|和|及|与", m.group(1))
    owners = []
    for item in items:
        named = _mentions(item, short)
        if not named or named[0][0] != 0:
            return None  # 南山区GDP、规上工业增加值分别增长…: a list of measures, not of owners
        owners.append(named[0])
    after = start - len(sentence_before) + m.end()  # where 分别 ends, in the page
    k = sum(1 for s in starts if after <= s < start)
    return owners[k] if k < len(owners) else None


def describe(facts: pd.DataFrame, text: str, region: str | None, published: str | None) -> pd.DataFrame:
    """facts[kind, value, unit, …, start, end] of one article's Simplified ``text`` -> the same with
    measure, place, scope, district, status and year."""
    out = facts.copy()
    rows, unnamed = [], []  # unnamed: the figure's sentence names no owner before it
    short = short_forms(text) if len(facts) else ()
    headline = text.split("\n", 1)[0]
    # A page about none of the three that a government body heads (珠海市工业和信息化局关于印发…的通知):
    # its figures that name no owner are that body's place's.
    issuer = (ISSUER.match(headline) or ISSUED_DOCUMENT.search(headline)) if len(facts) and not region else None
    named = _subjects(issuer.group(1), short) if issuer else ()
    headline_owner = _scope(named[0], region) if named and named[0][0] == 0 else None
    dated = reference_year(text, published) if len(facts) else published
    report = (REPORT_YEAR.search(text[:400]) or YEAR_REVIEW.search(text[:500])) if len(facts) else None
    plan_year = YEAR_PLAN.search(text[:400]) if len(facts) else None
    if plan_year and published and plan_year.group(1) < published[:4]:
        plan_year = None  # a past year's plan told later is history, not this page's plan
    paragraphs: dict[int, tuple] = {}  # paragraph start -> (the sentences of the paragraph before, building)
    frames: dict[tuple[int, int], str | None] = {}  # (paragraph, sentence) start -> the plan frame there
    starts = sorted(int(s) for s in facts["start"]) if len(facts) else []
    for r in facts.itertuples():
        p_start = text.rfind("\n", 0, r.start) + 1
        paragraph_head = text[p_start : r.start]
        sentence_start = max((m.end() for m in re.finditer(r"[。！？!?]", paragraph_head)), default=0)
        sentence_before = paragraph_head[sentence_start:]
        earlier = re.split(r"(?<=[。！？!?])", paragraph_head[:sentence_start])
        earlier = [s for s in earlier if s.strip()]
        clause_before = sentence_before[_clause_start(sentence_before):]
        if p_start not in paragraphs:
            previous = previous_paragraph_of(text, p_start)
            found = BUILDING.search(headline + "\n" + previous)
            paragraphs[p_start] = ([x for x in re.split(r"(?<=[。！？!?])", previous) if x.strip()],
                                   found.group(0) if found else None)
        previous_sentences, building = paragraphs[p_start]
        if building is None:
            found = BUILDING.search(paragraph_head)
            building = found.group(0) if found else None
        money = r.kind == "money" or (r.kind == "ratio" and re.match(r"[A-Z]{3}_per_", r.unit))  # 人均GDP, 万元/亩
        measure, measure_cue = _measure(clause_before, text[r.end : r.end + 32], sentence_before, r.surface,
                                        earlier[-1] if earlier else "") if money else ("", "")
        settle = _settled_in(text[r.end:r.end + 30], short) if r.kind == "count" else \
            _site_of(text[r.end:r.end + 30], short) if r.kind == "area" or measure == "investment" else None
        if r.kind == "count" and not settle and COUNTRIES_LISTED.match(text, r.end):
            # 另外三家分别是美国的waymo、中国的百度和我们: things of several countries, no district's
            settle = (r.start, r.end, "", "listed abroad", "")
        belt = BELT.match(text, r.end) if r.kind in ("length", "area") else None
        if belt and not settle:  # 构建“总部研发+高端制造”10公里产业带: the figure measures the belt it names
            settle = (r.start, belt.end(), text[r.start:belt.end()], "facility", "")
        place, scope, district = _subject(sentence_before, earlier, region, previous_sentences, short, settle,
                                          headline_owner)
        own = None if settle else _respectively(sentence_before, r.start, starts, short)
        if own:
            place, scope, district = _scope(own, region)
        site = SITE_AREA.search(clause_before) if r.kind == "area" and scope == "district" else None
        if site and not (place and re.search(re.escape(place) + r"(?:的)?总?$", clause_before[:site.start()])):
            scope = "subarea"  # 南沙自贸区中占地20万平方米的…: a site's (but 南沙区占地803平方公里 is the district's)
        whole = WHOLE_BEFORE.search(sentence_before) if r.kind == "percent" else None
        if whole and scope in ("city", "province", "country"):
            place, scope, district = _subject(sentence_before[: whole.start()], earlier, region, previous_sentences,
                                              short, settle)
        if (p_start, sentence_start) not in frames:
            frames[p_start, sentence_start] = plan_frame(earlier, published)
        frame = frames[p_start, sentence_start]
        status, status_cue = _status(r.kind, measure, sentence_before, r.surface, text[r.end:r.end + 30],
                                     published, frame, building)
        if r.kind == "area" and status == "target" and status_cue == "规划" and ZONE_EXTENT.search(clause_before) \
                and (scope == "district" or scope == "subarea" and any(z in place for z in _zone_forms())):
            status, status_cue = "actual", "规划面积 of a district or zone (its extent)"  # 新区规划面积84平方公里
        # A project's total investment and a site's area are attributes, not this year's figures.
        # A batch's total announced on the day (此次集中开工的重点项目总投资约107.64亿元) is this year's.
        occasion = OCCASION.search(sentence_before)
        # Land put on sale (两宗地块占地面积合计…，起拍价…) is measured for that sale: its area is the sale's.
        sold = r.kind == "area" and SALE.search(sentence_before + REST_OF_SENTENCE.match(text, r.end).group(0))
        # What was started or signed on the occasion (当天动工的…2个项目共63.22公顷) is measured on that day.
        of_occasion = occasion and "其中" not in sentence_before[occasion.end():]
        # 目前，…可在方圆10公里内配齐: a reach the page says holds now is current, not a site's attribute
        # (not past a clause that dates itself: 目前，A已投产，B已于2023年建成，总面积约20.9万m² is B's attribute)
        lead = NOW_LEAD.match(sentence_before)
        now = r.kind in ("area", "length") and lead and not OWN_TIME.search(sentence_before, lead.end())
        static = (r.kind in ("area", "length") and not sold and not of_occasion and not now) or (
            status == "pledge" and measure == "investment" and not of_occasion)
        current = (status == "actual" or status == "pledge" and measure == "investment") and not static
        year, stated = _year(sentence_before, paragraph_head[:sentence_start], dated, current, static,
                             pledge=status == "pledge")
        if not stated and current and (report or dated):
            # a current figure of a report of one year's results, else on a dated page: that year
            year = report.group(1) if report else dated[:4]
        elif current and dated and NOW_OPENS.match(sentence_before) and not YEAR.search(sentence_before) \
                and not report:
            # 南山区2023年GDP为8500亿元。目前全区有高企4800家: now is the page's year, not the sentence before's
            year = dated[:4]
        done_on = DONE_ON.match(text, r.end) if status == "actual" and not YEAR.search(clause_before) else None
        if done_on and (done_on.group(1) or dated):
            # 5个项目已于去年11月全面开工: the date the clause gives what it counts, after the figure
            year = done_on.group(1) or str(int(dated[:4]) + RELATIVE[done_on.group(2)])
        if SPAN_OF_YEARS.search(clause_before) or status_cue.endswith(POLICY_TERM_CUE) \
                or ("每年" in clause_before and YEARLY_OF_RECENT.search(sentence_before)):
            year = ""  # 近五年来…年均增长12%: a rate over several years is no one year's; nor a policy's cap or rate
        end = PLAN_END.search(clause_before)
        if end and not stated and status == "target":
            year = str(2005 + 5 * "一二三四五".index(end.group(1)) + 5)  # “十四五”末GDP力争突破500亿元: 2025
        if status == "target" and not year:
            # 《规划》提出：到2025年，…。本地生产总值力争达到1万亿元: the year the plan aims at
            aims = [re.findall(r"(?:到|至)((?:19|20)\d\d)\s*年", cue) for cue in (frame or "", status_cue)]
            year = next((aim[-1] for aim in aims if aim), year)
            if not year and plan_year and r.kind not in ("area", "length") and not SPAN_OF_YEARS.search(clause_before):
                year = plan_year.group(1)  # 2023年，某新区将…: a year's plan, its targets that year's
        cues = "; ".join(filter(None, (
            f"{status_cue} → {status or 'status not stated'}",
            f"{measure_cue} → {measure}" if measure else "",
            f"owner {place or 'none named'} → {scope}")))
        rows.append((measure, place, scope, district if scope in ("district", "subarea") else "", status, year, cues))
        unnamed.append(not settle and not _subjects(sentence_before, short))
    # 投资50亿，占地面积近80万㎡。…OPPO智能制造中心项目总投资约50亿元，占地近80万㎡: a lead's figure that names
    # no owner is the owner's the page names beside the same figure later
    listed = list(facts.itertuples())
    for i, (row, fact) in enumerate(zip(rows, listed)):
        if not unnamed[i] or row[2] not in ("district", "city") or fact.kind not in ("money", "area"):
            continue  # a count (18家) is too common a figure to be the same one
        same = [rows[j] for j, other in enumerate(listed) if j != i and not unnamed[j]
                and other.kind == fact.kind and other.value and abs(other.value - fact.value) <= 0.02 * abs(other.value)
                and rows[j][2] in ("subarea", "organisation")]
        if same:
            owner = same[0]
            rows[i] = (row[0], owner[1], owner[2], owner[3], row[4], row[5],
                       row[6].rsplit("; owner ", 1)[0] + f"; owner {owner[1]} → {owner[2]} (the same figure, named later)")
    for i, column in enumerate(("measure", "place", "scope", "district", "status", "year", "cues")):
        out[column] = [row[i] for row in rows]
    return out
