"""Policy instruments: a measure that a government or public body takes, announces, plans or has in force.

``code_instruments(sentences) -> rows[doc_id, sent_id, code, cue, why]``: the instruments each sentence
reports. A cue (``lexicon/instrument_cues.csv``: 给予…万元补贴, 印发《…规划》, 共建…实验室) is where a code
starts, not the code. The sentence is coded only when

- the cue is not denied or compared away in its clause (并非政府刻意规划, 没有…政策, 比任何补贴更有力);
- the cue is not the name of an event mentioned in passing (签约仪式结束后, 在…签约活动上), nor part of a
  statistic (基础设施投资同比增长), of a list of industries (…、国际教育培训等八大产业) or, for talent, of the
  party's own study (党纪学习教育培训会);
- a public actor stands behind it: a government, a department, a management committee, a plan or policy
  document, a district, city or zone as the subject, or a state-owned platform the page calls one; a
  sentence without a subject of its own goes on from the one before it, and a page's first ones (its
  headline) from the page: a page most of whose actors are public is about a public measure or project;
- it is not a firm's, a university's or a person's own activity (OPPO公司自行建设…, 由…公司建设), nor an
  official's exhortation to a firm (希望企业…, 强调要…).

Where a public body may act, the learned coder (``learned``) adds the codes the cue table's words do not reach,
each with the characters that weighed most for it as its cue (``learned: 补贴 资助 给予``).

``why`` says which of these decided, so a code can be checked against its sentence. Each cue row says
which development set it was written on (``written_on``; 'guide' for the coding guide's own words, 'own'
for the guide's categories in sentences of our own that no set holds), so a set is scored held apart by
coding it without its rows and with a model trained without its sentences (``holding_apart``).
"""
from __future__ import annotations

import re
from collections import Counter
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from .errors import InputError
from .learned import learned_codes
from .lexicon import entries, read_rows
from .meaning import FOREIGN
from .paths import LEXICON

# 局 that ends a bureau's name, not a word (布局, 格局, 开局, 大局, 当局, 邮局, …)
BUREAU_END = r"(?<![格布大开结全时邮赌棋饭政当变残骗])局"
GOV = re.compile(
    r"政府|管委会|管理委员会|管理局|国务院|党中央|中共中央|党工委|党委|省委|市委|区委|人大|发改|科技局|工信局|"
    r"工业和信息化|商务局|教育局|财政局|国资委|(?:人社|住建|市场监管|政数|科工信|科创|投促|投资促进|数据管理|"
    r"人力资源和社会保障|住房和城乡建设|规划和自然资源|政务服务和?数据管理)局|[\u4e00-\u9fff]{1,6}(?:局|厅|部)(?:印发|发布|出台|批复|负责人|推出|联合)|"
    # 南山区科技创新局, 市工业和信息化局: a district's, city's or province's bureau (not 区的产业布局, 新发展格局, 开局)
    r"(?:区|市|省|县)[\u4e00-\u9fff]{2,12}?" + BUREAU_END + "|"
    r"相关部门|有关部门|职能部门|特区政府|当局|区长|市长|省长|书记|(?<![\u4e00-\u9fff])(?:区|市|省)里|(?:区|市|省|县|中央|各级)财政(?!收入|收支|预算收入)|"
    # Hong Kong's and Macao's bureaux and departments (the guide's public bodies)
    r"创新科技署|创新科技及工业局|投资推广署|数字政策办公室|政府资讯科技总监办公室|立法会|财政司|财政预算案|施政报告|"
    r"《[^》]{2,60}》|政策|措施|计划书|方案|规划(?:提出|明确|称|还|显示|公示)|"
    # a notice's title (关于…的通知), a call for applications, a list made public: a body's document
    r"关于[^。]{2,80}的(?:通知|公告|通告|批复|实施意见)|申报指南|(?:名单|结果)公示|"
    r"国企|国有|国资|区属|市属|引导基金|母基金|产业基金")
# Cues that are a public measure by themselves: an award ceiling, a recurring obligation.
INHERENT = re.compile(r"获批|批准设立|对[^。；]{2,40}?[，,]?\s*(?:给予|予以)[^，。；]{0,24}(?:奖励|补贴|补助|资助|支持|扶持)|(?:支持|鼓励|引导|扶持)(?:企业|公司|高校)|最高(?:可)?(?:获|支持|奖|补|给予)|可获[^，。；]{0,8}(?:万元|亿元)|单个[^，。；]{0,6}最高|"
                      r"(?:每年度?|每年)[^，。；]{0,16}不(?:低于|少于)")
# A firm's, a university's or a person's own activity: its subject, or the agent of the work.
ORG = r"[^\s，。；：、“”‘’《》「」是在的和与及为了把被将从对向由等有已于即也都还就并]{2,20}?(?:股份有限公司|有限责任公司|有限公司|公司|集团|大学|学院|研究所)"
# what a firm named at a clause's start then does (为, 与, 将, 投资…)
FIRM_THEN = r"在|于|将|已|正|是|与|和|及|也|还|为|对|把|被|自|通过|投资|建设|研发|推出|发布|" \
            r"表示|称|透露|介绍|宣布|计划|拟|获|完成|实现|成为|作为|拥有|充分|均|再|又|目前|今年|摘牌|共同"
ORG_THEN = rf"(?=[^\u4e00-\u9fffA-Za-z0-9]|的|所|{FIRM_THEN})"
FIRM_AGENT = re.compile(rf"由{ORG}(?:负责)?(?:投资|建设|开发|运营|承建)|(?:公司|企业|集团)(?:自行|自主|自用|自建|自己)|"
                        r"(?<!针对|满足|服务|支持|帮助|助力|根据|围绕)(?:公司|企业)的?(?:发展|业务|核心|自身)|笔者|我们|我司")
FIRM_START = re.compile(rf"^(?:[^，。；]{{0,12}}[，,])?\s*(?:{ORG}{ORG_THEN}|[A-Za-z][A-Za-z0-9]+(?![A-Za-z0-9]|[\u4e00-\u9fff]{{0,4}}(?:区|城|园)))")
# Who says it is not who does it: 张三表示，… / 记者获悉，… are read past.
# Another country, the world or the nation as a whole as the subject: context, not the district's measure.
ABROAD = re.compile(r"^(?:[^，。；]{0,12}[，,])?\s*(?:世界|全球|各国|国际上|国外|海外|发达国家|主要国家|" + FOREIGN +
                    r"|全国|我国|国家层面)")
OFFICIAL = re.compile(r"《|政府|管委会|管理局|部门|负责人|区长|市长|省长|书记|主任|局长|厅长|部长|官员|发言人|(?:区|市|省|党工)委|全会|常委会|常务会议|人大")
SPEECH = re.compile(r"^[^，。；“]{0,40}?(?:表示|说|介绍|透露|告诉[^，。；]{0,10}记者|称|指出|强调|获悉|了解到|认为)[，,：:]")
EXHORT_FIRM = re.compile(r"(?:希望|要求|勉励|叮嘱|督促|寄语)[^，。；]{0,6}(?:企业|公司|[A-Za-z]{2,})")
VISIT = re.compile(r"调研|考察|视察|走访|参观|督导")
EXHORT = re.compile(r"强调[，,]?[^，。；]{0,12}要|希望|要求")
NEGATION = re.compile(r"(?:并非|并不是|不是|没有|未曾|尚未|未能|并未|从未|暂未|并无|尚无|而非|非由|无需|不在于|不靠|不依赖)[^，。；]*$")
COMPARED = re.compile(r"比[^，。；]{0,12}$")  # 规则稳定比补贴更有力: the cue is what something beats
# The cue names an event that frames something else (签约仪式结束后, 在签约活动现场): not a measure.
EVENT_AFTER = re.compile(r"^[^，。；]{0,4}(?:(?:仪式|典礼|活动|大会|会议)(?:结束)?(?:后|上|期间|之际|前|现场)|现场|会上)")
# A ground-breaking ceremony held (举行…集中开工仪式) is an event, not a measure; a signing ceremony
# held (举行…战略合作的签约仪式) reports the agreement signed.
EVENT_CLAUSE = re.compile(r"仪式|典礼|开工活动")
# A meeting held (…促进大会在…召开, 召开…动员大会): its name and its organisers are no measure; what was
# announced at it is, in a clause of its own. A fair or an expo held is trade promotion, and stays.
MEETING_HELD = re.compile(r"(?:大会|会议|论坛|峰会|座谈会|推介会|发布会|研讨会|年会)[^，。；]{0,20}(?:召开|举行|举办|开幕|闭幕|落幕)"
                          r"|(?:召开|举行|举办)了?[^，。；]{0,30}(?:大会|会议|论坛|峰会|座谈会|推介会|发布会|研讨会|年会)(?![上后中期])")
STATISTIC_AFTER = re.compile(r"^[^，。；]{0,8}(?:增长|增速|同比|实现大幅|下降|比重|占比)")
INDUSTRY_LIST = re.compile(r"等[^，。；]{0,8}(?:产业|行业|领域|业态)(?:展开)?(?![\u4e00-\u9fff])")
# A product or a firm shown at a fair (…研发的机器人亮相博览会) is the exhibitor's own showing; a body taking
# firms to it (组织企业参展, 支持企业亮相…) is trade promotion.
SHOWN = re.compile(r"亮相|展出|参展商")
SHOWN_BY_BODY = re.compile(r"组织|率|带领|支持|推动|助力|资助|补贴|鼓励")
# A cue word inside a body's name is the name, not a measure: the name goes on to its bureau (区市场监管局, 区政务服务
# 数据管理局), or the body issues a notice (…人才发展服务中心关于…)
AGENCY_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:(?:管理)?(?:" + BUREAU_END + r"|总局|厅|委员会|部门)|(?:中心|办公室)?(?=关于))")
# A body that supports, encourages or guides firms or universities to work with each other (支持企业与高校共建…):
# the alliance is theirs, not the government's
OTHERS_TOGETHER = re.compile(r"(?:支持|鼓励|引导)(?:区内|本地|辖区)?(?:企业|高校|科研机构|机构|龙头企业)[^，。；]{0,6}(?:与|和|同)[^，。；]{0,12}$")
PARTY_STUDY = re.compile(r"党(?:纪|章|规|课|员干部|组|建|史|风)|廉政|警示教育|主题教育")
CLAUSE_BREAK = re.compile(r"[，；：,;:]")
# 最高20万元的贷款贴息: a ceiling on a loan's interest subsidy or a guarantee is finance (the guide's 贷款贴息), not a grant
LOAN_AFTER = re.compile(r"(?:可达|达)?\s*[\d.]*\s*[万亿]?元?的?(?:贷款|贴息|融资担保|担保|授信|股权投资)")
# 科技成果转化基金: a cue word in a fund's name is the fund (finance), not a measure of its own
FUND_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:基金|母基金)")
# A document's numbered section label, a few words naming what follows (二、发展目标, 一、指导思想, （三）保障措施):
# a label, not a measure; a numbered heading that says what is done (一、提供优质普惠算力) is one.
SECTION_LABEL = re.compile(r"(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])\s*[\u4e00-\u9fff\d]{0,8}"
                           r"(?:目标|思想|原则|依据|措施|任务|要求|情况|背景|范围|对象|条件|程序|附则|总则|意义|说明)[。.]?")
LEAD = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、])?\s*(?:此外|另外|同时|目前|如今|近日|日前|近年来|近年|其中|而|并|还|据悉|据了解|"
                  r"(?:(?:19|20)\d\d年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:上午|下午|晚间)?|[^，。；]{0,12}(?:方面|期间|以来|来))?\s*")
@dataclass(frozen=True)
class Cue:
    code: str
    pattern: re.Pattern[str]
    written_on: frozenset[str] = frozenset()  # the development sets whose misses the row was written for


# The development set being scored held apart: the cue rows written on it are left out, and the learned coder is
# trained without its sentences (``holding_apart``).
_HELD_APART: ContextVar[str] = ContextVar("held_apart", default="")


@lru_cache(maxsize=1)
def _table() -> tuple[Cue, ...]:
    rows = read_rows("instrument_cues.csv", ("code", "pattern"))
    out = []
    for number, row in enumerate(rows, start=2):
        try:
            out.append(Cue(row["code"], re.compile(row["pattern"]), frozenset((row.get("written_on") or "").split())))
        except re.error as exc:
            raise InputError(LEXICON / "instrument_cues.csv", f"row {number}: bad pattern: {exc}") from None
    return tuple(out)


@lru_cache(maxsize=8)
def _without(held: str) -> tuple[Cue, ...]:
    return tuple(c for c in _table() if held not in c.written_on)


def _rows(held: str) -> tuple[Cue, ...]:
    """The cue table, without the rows written on development set ``held`` where one is held apart."""
    return _without(held) if held else _table()


@lru_cache(maxsize=8)
def _grouped(held: str) -> tuple[tuple[str, re.Pattern[str], tuple[Cue, ...]], ...]:
    """The cue table by code, in the table's order, each code with one pattern any of its rows matches: a
    sentence none of a code's rows can match is passed over in one search."""
    codes: dict[str, list[Cue]] = {}
    for cue in _rows(held):
        codes.setdefault(cue.code, []).append(cue)
    return tuple((code, re.compile("|".join(f"(?:{c.pattern.pattern})" for c in rows)), tuple(rows))
                 for code, rows in codes.items())


def cues() -> tuple[Cue, ...]:
    """The cue table (``lexicon/instrument_cues.csv``); while a development set is scored held apart,
    without the rows written on it (their ``written_on`` names the set; 'guide' rows are the coding
    guide's own words and 'own' rows its categories in sentences of our own, written on no set)."""
    return _rows(_HELD_APART.get())


@contextmanager
def holding_apart(name: str):
    """Code as if the cue rows written on development set ``name`` and its coded sentences did not exist:
    the reading of that set is then one on pages neither the table nor the learned coder was built on."""
    token = _HELD_APART.set(name)
    try:
        yield
    finally:
        _HELD_APART.reset(token)


@lru_cache(maxsize=1)
def _public_places() -> re.Pattern[str]:
    """Districts, cities, zones, provinces and countries: a place as a sentence's subject acts for its government;
    so does a word that stands for the page's district, city or province (新区, 全区, 该市: the figures' owner
    table of ``meaning.ANAPHORA``, shared, so facts and instruments read the same subject)."""
    from .meaning import ANAPHORA

    forms = {f for e in entries("places.csv") for f in e.forms if len(f) >= 2}
    forms |= {word for word, scope in ANAPHORA.items() if scope in ("district", "city", "province") and len(word) >= 2}
    return re.compile("|".join(map(re.escape, sorted(forms, key=len, reverse=True))))


@lru_cache(maxsize=1)
def _named_firm() -> re.Pattern[str]:
    """A clause that opens with a firm: one the lexicon names (``organisations.csv``, category company: 华为, 腾讯,
    比亚迪, whose names ORG cannot hold) or one the page leaves unnamed (某公司, 某科技企业)."""
    forms = {f for e in entries("organisations.csv") if e.category == "company" for f in e.forms if len(f) >= 2}
    names = "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))
    # what the firm then does, not a list of firms (阿里巴巴、百度…) nor a place named by its firms (百度所在的北京)
    return re.compile(rf"^(?:[^，。；]{{0,12}}[，,])?\s*(?:{names}|某[\u4e00-\u9fff]{{0,4}}?(?:公司|企业|集团))(?={FIRM_THEN})")


STATE_NAME = re.compile(rf"(?:国企|国有企业|国资|区属|市属)[^，。；]{{0,12}}?(?:平台|企业)[，,]?\s*({ORG})|"
                        rf"({ORG})[^，。；]{{0,6}}(?:是|为|作为)[^，。；]{{0,10}}(?:国企|国有企业|国有|区属|市属)")


STATE_WORD = re.compile(r"国企|国有企业|国资|区属|市属")


def state_bodies(text: str) -> tuple[str, ...]:
    """Organisations the page itself calls state-owned (作为南沙区一级国企投资平台，科金控股集团…)."""
    names = set()
    if not STATE_WORD.search(text):
        return ()
    for m in STATE_NAME.finditer(text):
        name = (m.group(1) or m.group(2) or "").strip("，, ")
        if name:
            names.add(name)
            names.add(re.sub(r"(股份有限公司|有限责任公司|有限公司|集团)$", "", name))
    return tuple(sorted(n for n in names if len(n) >= 2))


def _live(sentence: str, start: int, end: int, code: str = "") -> str | None:
    """None when the cue at [start, end) stands for a measure; else why not."""
    clause_before = CLAUSE_BREAK.split(sentence[:start])[-1]
    if NEGATION.search(clause_before):
        return "denied"
    if COMPARED.search(clause_before) and "更" in sentence[end:end + 12]:
        return "compared"
    clause_after = CLAUSE_BREAK.split(sentence[end:])[0]
    # the clause without the cue, a mark where it stood: 举办港澳青年专场招聘会 without 专场招聘 is no 年会
    clause = clause_before + "|" + clause_after
    if EVENT_AFTER.match(sentence[end:]) or (code != "strategic" and EVENT_CLAUSE.search(clause)):
        return "an event's name"
    if MEETING_HELD.search(clause):
        return "a meeting held"
    if STATISTIC_AFTER.match(clause_after):
        return "a statistic"  # 基础设施投资均实现大幅增长: a result, not a measure
    if "、" in clause and INDUSTRY_LIST.search(clause_after):
        return "an industry's name"  # 发展研发及科技成果转化、国际教育培训、金融服务等八大产业
    if code == "funding" and LOAN_AFTER.match(sentence, end):
        return "a loan's ceiling"  # 提供最高20万元的贷款贴息
    if code != "finance" and FUND_AFTER.match(sentence, end):
        return "a fund's name"  # 设立科技成果转化基金
    if AGENCY_AFTER.match(sentence, end):
        return "an agency's name"  # 区市场监管局: the bureau, not a measure of its name's word
    if code == "strategic" and OTHERS_TOGETHER.search(clause_before):
        return "others' cooperation"  # 支持企业与高校共建…基地: firms and universities work together; the support is the measure
    if code == "trade_overseas" and SHOWN.search(clause) and not SHOWN_BY_BODY.search(clause):
        return "a product shown"
    if code == "talent" and PARTY_STUDY.search(clause):
        return "party study"  # 党纪学习教育培训会: the party's own study, not a talent measure
    return None


# Hong Kong's statutory bodies act for its government where they are the clause's subject (数码港为初创企业提供…);
# a firm in their parks is not (某公司入驻数码港，获得融资)
STATUTORY_BODY = re.compile(r"数码港|香港科技园(?:公司)?|科技园公司|生产力促进局|(?:香港)?贸易发展局|贸发局")


def _lead(content: str, start: int) -> str:
    """What stands before ``start`` in its clause (a lead such as 此外, 2022年6月, 一、 where a subject opens it)."""
    return CLAUSE_BREAK.split(content[:start])[-1]


def _body_subject(content: str) -> bool:
    """A statutory body opens a clause (数码港为初创企业提供办公空间)."""
    return any(LEAD.fullmatch(_lead(content, m.start())) for m in STATUTORY_BODY.finditer(content))


# 比亚迪与南沙区签署战略合作协议: a government the subject signs or builds with is a party to the measure
COUNTERPARTY = re.compile(r"(?:与|同|和)(?P<who>[^，。；、]{2,16}?)(?:签署|签订|签约|达成|共建|合作共建|联合建设)")


def _public_counterparty(content: str) -> bool:
    for m in COUNTERPARTY.finditer(content):
        who = m.group("who")
        if _public_places().fullmatch(who) or GOV.search(who):  # 与南沙区, 与东莞市政府; not 与南山区多所高校
            return True
    return False


def _place_subject(content: str) -> bool:
    """A district, city, zone or country opens a clause (此外，南沙打造了…; 2022年6月，国务院…)."""
    for m in _public_places().finditer(content):
        lead = _lead(content, m.start())
        if LEAD.fullmatch(lead) or lead.endswith(("由", "经")):
            return True
        if lead.endswith("的") and content[m.end():m.end() + 1] in "，,":  # 坐拥腾讯的深圳，要做…: a topic
            return True
    return False


def actor(sentence: str, states: tuple[str, ...] = ()) -> str:
    """'public', 'own' (a firm's, a university's or a person's own activity, an exhortation), 'context'
    (another country, the world, the nation as a whole) or ''."""
    said = SPEECH.match(sentence)
    content = sentence[said.end():] if said else sentence
    outsider = said is not None and not OFFICIAL.search(said.group(0))  # a firm's founder, a resident, a writer
    strong = (INHERENT.search(content) or any(s in content for s in states)
              or (GOV if not outsider else OFFICIAL).search(content))
    if ABROAD.match(content) and not _place_subject(content):
        return "context"
    if EXHORT_FIRM.search(sentence) or (VISIT.search(sentence) and EXHORT.search(sentence)):
        return "own"  # an official asks a firm, or exhorts on a visit: no measure is reported
    # a firm that signs or builds with a government (某公司与滨海湾新区签订投资协议): the government is a party
    party = _public_counterparty(content)
    if FIRM_AGENT.search(content) and not strong and not party:
        return "own"
    start = FIRM_START.match(content) or _named_firm().match(content)
    if start and not strong and not party and not any(s in start.group(0) for s in states):
        return "own"
    if strong or party or _place_subject(content) or _body_subject(content) or (said and not outsider):
        return "public"  # an official or a plan says it
    return "own" if said else ""


def code_sentence(sentence: str, carried: str = "", states: tuple[str, ...] = (),
                  explain: bool = True, who: str | None = None) -> tuple[list[tuple[str, str]], str, str]:
    """The (code, cue) pairs a sentence reports, its actor ('public', 'own', 'context' or '') and why
    codes were dropped. ``explain=False`` skips the cues of a sentence no public actor stands behind
    (there is nothing to code, and nobody reads why); ``who``, where known, is the sentence's own actor."""
    who = actor(sentence, states) if who is None else who
    if not who:
        who = carried
    if who != "public" and not explain:
        return [], who, ""
    found, dropped = [], []
    if SECTION_LABEL.fullmatch(sentence.strip()):
        return [], who, "a section's label"  # 二、发展目标: the measures follow under it
    for code, any_row, rows in _grouped(_HELD_APART.get()):
        if not any_row.search(sentence):
            continue  # none of the code's rows matches: one search, not one a row
        for cue in rows:
            if found and found[-1][0] == code:
                break  # a code is given once: its other rows can add nothing
            for m in cue.pattern.finditer(sentence):
                reason = _live(sentence, m.start(), m.end(), code)
                if reason:
                    dropped.append(f"{m.group(0)}: {reason}")
                    continue
                found.append((code, m.group(0)))
                break
    if who != "public":
        if found:
            reason = {"own": "own activity", "context": "about elsewhere"}.get(who, "no public actor")
            dropped.append(f"{'|'.join(c for c, _ in found)}: {reason}")
        found = []
    return found, who, "; ".join(dropped)


def page_actor(actors) -> str:
    """'public' where most of a page's sentences that name who acts (``actor`` of each) name a public body:
    the page is about a public project or measure, and a clause with no subject of its own is the body's."""
    seen = Counter(actors)
    return "public" if seen["public"] > seen["own"] + seen["context"] else ""


ARTICLE = re.compile(r"^\s*第[一二三四五六七八九十百零]+[章条节]", re.M)


def official_plan(text: str) -> bool:
    """A plan's own text, in chapters and articles (第三章…, 第七条…): its articles are the government's."""
    return len(ARTICLE.findall(text)) >= 2 and "规划" in text


# 南山区人工智能产业规模去年达到2500亿元: a past period's result is a statistic, not a measure, for the learned coder
# (the cue table has its own checks); unless the sentence also states an aim (将, 力争, 计划, 目标)
PAST_RESULT = re.compile(r"(?:去年|上年|前年|(?:19|20)\d\d\s*年)[^，。；]{0,16}?(?:达到|达|实现|突破|完成|超过|增长)"
                         r"[^，。；]{0,6}?\d")
AIM = re.compile(r"将|力争|计划|目标|预计|争取|有望")


def code_instruments(sents: pd.DataFrame, texts: dict[str, str] | None = None,
                     actors: dict[tuple[str, int], str] | None = None) -> pd.DataFrame:
    """sentences[doc_id, sent_id, sentence, start] -> rows[doc_id, sent_id, code, cue, why].

    ``texts`` (doc_id -> text) tells a plan's own text; ``actors``, when given, is filled with each
    sentence's actor ('public', 'own', 'context' or '')."""
    rows, open_to_model = [], []
    doc_now, states, plan_text, carried, own = None, (), False, "", {}
    docs, said = sents["doc_id"].to_numpy(), sents["sentence"].to_numpy()
    for i, (doc_id, sent_id, sentence) in enumerate(zip(docs, sents["sent_id"], said)):
        if doc_id != doc_now:  # sentences come article by article, in order
            text = (texts or {}).get(doc_id, "")
            doc_now, states, plan_text = doc_id, state_bodies(text), official_plan(text)
            end = i
            while end < len(docs) and docs[end] == doc_id:
                end += 1
            own = {} if plan_text else {s: actor(s, states) for s in said[i:end]}  # read once
            carried = "public" if plan_text else page_actor(own.values())
        found, who, why = code_sentence(sentence, carried, states, explain=False, who=own.get(sentence))
        if plan_text and not found and ARTICLE.match(sentence):
            found = [("planning", ARTICLE.match(sentence).group(0).strip())]  # a plan's article heading
        for code, cue in found:
            rows.append({"doc_id": doc_id, "sent_id": sent_id, "code": code, "cue": cue, "why": why})
        if who == "public":  # the learned coder is asked where the rules see a public body act
            open_to_model.append((doc_id, sent_id, sentence, {code for code, _ in found}))
        if actors is not None:
            actors[(doc_id, sent_id)] = who
        if who:
            carried = who  # a sentence without a subject of its own goes on about the last one's
    open_to_model = [o for o in open_to_model if not PAST_RESULT.search(o[2]) or AIM.search(o[2])]
    for (doc_id, sent_id, sentence, given), learned in zip(open_to_model, learned_codes(
            [s for _, _, s, _ in open_to_model], _HELD_APART.get())):
        for code, words in learned:
            # the characters that weighed most stand where a cue would: denied, an event's name or a statistic
            # there (没有申请过政府补贴), the code is dropped as a cue's would be
            top = words.removeprefix("learned: ").split()[0]  # the sentence's own characters (lowercased if Latin)
            at = sentence.find(top)
            if code not in given and not (at >= 0 and _live(sentence, at, at + len(top), code)):
                rows.append({"doc_id": doc_id, "sent_id": sent_id, "code": code, "cue": words, "why": ""})
    return pd.DataFrame(rows, columns=["doc_id", "sent_id", "code", "cue", "why"])
