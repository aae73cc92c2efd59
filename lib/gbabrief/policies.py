"""Named policies and programmes: the documents, plans, funds and pilot zones each article names.

``find_policies(corpus) -> policies[doc_id, region, name, type, level, issuer, date, district,
instruments, funds, sentence]``

A policy is named in 《》 (《广州市南沙区促进人工智能产业高质量发展扶持办法》), or by a name ending in a policy
word (…行动方案, …扶持办法, …若干措施, …专项, …基金, …试验区, …先行区). A 《》 title that names an outlet
(《每日经济新闻》) or a book-length title without a policy word is not one. For each:

- ``type``: plan (规划, 纲要, 方案), measures (办法, 措施, 政策, 意见, 细则, 条例), programme (计划, 专项, 行动,
  工程), fund (基金), zone (试验区, 先行区, 示范区, 合作区);
- ``level``: national, provincial, city or district, from the issuer or the name (国务院, 广东省, 深圳市,
  南沙区 …); ``issuer``: the government body or place named before it in the sentence (…印发, …发布);
- ``date``: the year and month the sentence states (2022年6月, 2024年), else blank;
- ``district``: the district the name or the issuer belongs to (its zones included), else blank;
- ``instruments``: the policy instruments coded in the sentence and the ones around it;
- ``funds``: money facts of the fund or award kind stated in those sentences (5亿元).
"""
from __future__ import annotations

import re

import pandas as pd

from .facts import extract, money_text
from .lexicon import entries
from .manifest import REGIONS
from .themes import code_sentences, sentences

POLICY_WORDS = [  # word at the end of the name -> type
    ("规划纲要", "plan"), ("发展纲要", "plan"), ("纲要", "plan"), ("总体方案", "plan"), ("实施方案", "plan"),
    ("行动方案", "plan"), ("工作方案", "plan"), ("方案", "plan"), ("规划", "plan"), ("规画", "plan"),
    ("扶持办法", "measures"), ("管理办法", "measures"), ("办法", "measures"), ("若干措施", "measures"),
    ("措施", "measures"), ("政策", "measures"), ("意见", "measures"), ("细则", "measures"), ("条例", "measures"),
    ("决定", "measures"), ("通知", "measures"),
    ("行动计划", "programme"), ("计划", "programme"), ("专项", "programme"), ("行动", "programme"),
    ("工程", "programme"),
    ("产业基金", "fund"), ("母基金", "fund"), ("基金", "fund"),
    ("试验区", "zone"), ("先行区", "zone"), ("示范区", "zone"), ("先行示范区", "zone"), ("合作区", "zone"),
]
_ENDINGS = "|".join(sorted({w for w, _ in POLICY_WORDS}, key=len, reverse=True))
TITLED = re.compile(r"《([^《》\n]{2,60})》")
# An unquoted name: a run of name characters that ends in a policy word, its left edge at a verb or
# function word (see _trim).
# Unquoted, only the compound endings that name a document, fund or zone (not 规划 or 工程 alone).
STRICT = ("行动方案", "实施方案", "总体方案", "工作方案", "扶持办法", "管理办法", "若干措施", "行动计划", "产业基金",
          "母基金", "引导基金", "试验区", "先行区", "示范区", "先行示范区", "专项行动", "专项资金")
UNQUOTED = re.compile(rf"[\u4e00-\u9fffA-Za-z()]{{2,24}}(?:{'|'.join(STRICT)})(?![\u4e00-\u9fff]{{0,1}}(?:区|园))")
QUOTED = re.compile(rf"“([^“”\n]{{2,20}}(?:{_ENDINGS}))”")
NOT_POLICY = re.compile(r"(报|日报|晚报|新闻|周刊|杂志|网|频道|电视台|时报)$")
LEAD = re.compile(r"^.*(?:印发|发布|出台|实施|推出|制定|出炉|公布|落实|贯彻|依据|根据|按照|围绕|通过|审议|设立|成立|"
                  r"打造|建设|推动|推进|启动|聚焦|参与|加入|包括|提出|明确|支持|获批|成为|获得|设有|为|在|是|将|了|等|以|正|从|到)")
GENERIC = re.compile(r"^(相关|有关|配套|支持|扶持|优惠|各项|一系列|系列|新|这些|此次|该|上述|一揽子|多项|人才|产业|专项)?"
                     r"(政策|措施|方案|计划|规划|意见|办法|行动|工程|专项|基金)$")
LEVEL_CUES = [  # an issuer is read from the top down, a name from the bottom up
    ("national", r"国务院|中共中央|国家|全国人大|工信部|科技部|发改委|商务部|财政部|工业和信息化部|中央|粤港澳大湾区|大湾区"),
    ("provincial", r"广东省|省政府|省委|省级|广东"),
    ("city", r"深圳市|广州市|东莞市|香港特区|澳门特区|市政府|市委|市人民政府|深圳|广州|东莞"),
    ("district", r"南山区|南沙区|滨海湾新区|区政府|区委|管委会|管理局|新区|南山|南沙|滨海湾|前海|横琴|河套"),
]
ISSUER = re.compile(r"((?:国务院|中共中央|[\u4e00-\u9fff]{2,12}?(?:人民政府|政府|管委会|管理局|委员会|办公室|办公厅|局|部|厅|委)))"
                    r"(?:[\u4e00-\u9fff]{0,6}?)(?:印发|发布|出台|推出|制定|公布|审议通过|正式印发)")
DATE = re.compile(r"((?:19|20)\d\d)\s*年(?:\s*(\d{1,2})\s*月)?")
COLUMNS = ["doc_id", "region", "name", "type", "level", "issuer", "date", "district", "instruments", "funds",
           "sentence"]


def _type(name: str) -> str | None:
    for word, kind in sorted(POLICY_WORDS, key=lambda p: -len(p[0])):
        if name.endswith(word) or (word in ("规划", "规画") and re.search(r"规[划画]\s*\(\d{4}", name)):
            return kind
    return None


def _trim(name: str) -> str:
    """Cut what precedes a name: 南沙印发|《…》, 设立了|总规模为100亿元的人工智能产业基金."""
    m = LEAD.match(name)
    if m and len(name) - m.end() >= 4:
        name = name[m.end():]
    return name.strip("“”")


def _level(issuer: str, name: str) -> str:
    for level, pattern in LEVEL_CUES:
        if issuer and re.search(pattern, issuer):
            return level
    for level, pattern in reversed(LEVEL_CUES):
        if re.search(pattern, name):
            return level
    return ""


def _places_pattern() -> re.Pattern[str]:
    from .lexicon import alternation

    return alternation([f for e in entries("places.csv") for f in e.forms if len(f) >= 2] + ["国家", "省", "市"])


def _district(text: str) -> str:
    for entry in entries("places.csv"):
        if entry.get("district") in REGIONS and any(f in text for f in entry.forms):
            return entry.get("district")
    return ""


def _outlets() -> set[str]:
    from .clean import _outlets as outlet_forms

    return {form for form, _ in outlet_forms()}


def find_policies(corpus: pd.DataFrame, evidence: pd.DataFrame | None = None) -> pd.DataFrame:
    """corpus[doc_id, region, text] -> policies[...] (see the module docstring), one row per policy
    and article, in the order the article names them. ``evidence``: the corpus's coded sentences,
    where the caller has them already."""
    # Load inputs.
    sents = sentences(corpus)
    evidence = code_sentences(corpus) if evidence is None else evidence
    instruments = evidence[evidence["scheme"] == "instrument"].groupby(["doc_id", "sent_id"])["code"].apply(
        lambda codes: sorted(set(codes))).to_dict()
    outlets = _outlets()
    places = _places_pattern()

    # Process data.
    rows, seen = [], set()
    for s in sents.itertuples():
        found = []
        for m in TITLED.finditer(s.sentence):
            name = m.group(1).strip()
            if name in outlets or NOT_POLICY.search(name) or _type(name) is None or GENERIC.match(name):
                continue
            found.append((m.start(), f"《{name}》", _type(name)))
        titled_spans = [(m.start(), m.end()) for m in TITLED.finditer(s.sentence)]
        for m in QUOTED.finditer(s.sentence):  # “南沙方案”, “百人计划”
            if not any(a <= m.start() < b for a, b in titled_spans) and not GENERIC.match(m.group(1)):
                titled_spans.append((m.start(), m.end()))
                found.append((m.start(), m.group(1), _type(m.group(1))))
        for m in UNQUOTED.finditer(s.sentence):
            if any(a <= m.start() < b or a < m.end() <= b for a, b in titled_spans):
                continue
            name = _trim(m.group(0))
            place = places.search(name)
            if place is None or re.search(r"\d|[，。]", name):
                continue  # an unquoted name starts with its place: 广州南沙自动驾驶与智慧交通示范区
            name = name[place.start():]
            if len(name) < 5 or GENERIC.match(name) or _type(name) is None:
                continue
            found.append((m.start() + m.end() - len(name), name, _type(name)))
        for at, name, kind in sorted(found):
            key = (s.doc_id, name)
            if key in seen:
                continue
            seen.add(key)
            before = s.sentence[:at]
            issuer_m = list(ISSUER.finditer(before + s.sentence[at:at + 4]))
            issuer = issuer_m[-1].group(1) if issuer_m else ""
            date_m = list(DATE.finditer(before))  # not the years inside the title (2024-2030年)
            date = ""
            if date_m:
                y, mo = date_m[-1].groups()
                date = f"{y}-{int(mo):02d}" if mo else y
            near = [instruments.get((s.doc_id, s.sent_id + k), []) for k in (-1, 0, 1)]
            funds = [r for k in (0, 1) for r in _money(sents, s.doc_id, s.sent_id + k)]
            rows.append({
                "doc_id": s.doc_id, "region": s.region, "name": name, "type": kind,
                "level": _level(issuer, name.strip("《》")), "issuer": issuer, "date": date,
                "district": _district(name + issuer),
                "instruments": "|".join(sorted({c for codes in near for c in codes})),
                "funds": "; ".join(funds), "sentence": s.sentence,
            })

    # Save outputs.
    return pd.DataFrame(rows, columns=COLUMNS)


def _money(sents: pd.DataFrame, doc_id: str, sent_id: int) -> list[str]:
    """Fund and award sums stated in one sentence, as stated and as a reader reads them: '5亿元 (CNY 500 m)'."""
    match = sents[(sents["doc_id"] == doc_id) & (sents["sent_id"] == sent_id)]
    if match.empty:
        return []
    sentence = match.iloc[0]["sentence"]
    out = []
    for r in extract(sentence).itertuples():
        if r.kind == "money" and re.search(r"基金|资金|奖励|补贴|资助|扶持|支持", sentence):
            out.append(f"{r.surface} ({money_text(r.value, r.unit)})")
    return out
