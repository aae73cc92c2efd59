"""Facts that mean something: every numeral read right, ranges, and what, whose, when and whether a target.

Fixtures: the published numeral and money test cases of cn2an and JioNLP (and the cases the issue names),
each wrapped in a news sentence (tests/data/peers/cases.csv); the growth pages with a reader's facts
(tests/data/growth, tests/data/growth_gold/facts.csv)."""
from __future__ import annotations

import csv
import re

import pandas as pd
import pytest
from conftest import DATA
from hypothesis import given
from hypothesis import strategies as st

from gbabrief import load_corpus
from gbabrief.facts import corpus_facts, extract, once
from gbabrief.lang import converter
from gbabrief.numerals import read_numeral, read_span, to_chinese

PEERS = list(csv.DictReader((DATA / "peers" / "cases.csv").open(encoding="utf-8")))
GOLD = list(csv.DictReader((DATA / "growth_gold" / "facts.csv").open(encoding="utf-8")))
NOT_FACTS = list(csv.DictReader((DATA / "growth_gold" / "not_facts.csv").open(encoding="utf-8")))


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 0.011 + 1e-9 * abs(b)


def _read_right(case: dict) -> bool:
    found = extract(case["sentence"])
    return len(found) == 1 and any(
        r.kind == case["kind"] and r.unit == case["unit"] and _close(r.value, float(case["value"]))
        and _close(r.value_low, float(case["value_low"])) and _close(r.value_high, float(case["value_high"]))
        for r in found.itertuples())


def test_peer_numeral_and_money_cases():
    wrong = [c["case"] for c in PEERS if not _read_right(c)]
    assert len(PEERS) == 190
    # The bar is 95%; measured 189 of 190. The one miss: 两个亿卢布 (a classifier inside the number).
    assert wrong == ["两个亿卢布"]


@pytest.mark.parametrize("case", ["一点五亿元", "百分之一点五七", "壹拾万零叁仟元", "一千零十元", "三万五千元", "十万亿元",
                                  "1万-5万元", "两到三万港元", "八九千美元", "三五百元", "十几万元", "数十亿元人民币",
                                  "十块三毛", "￥1.25", "$5", "CNY 1.25", "港币两千九百六十元"])
def test_the_cases_the_issue_names(case):
    assert _read_right(next(c for c in PEERS if c["case"] == case))


@pytest.mark.parametrize("sentence", [
    "2024年5月8日下午三点，第三届大会在南沙举行。",  # a date, a time, an ordinal
    "咨询电话：0755-86001234，QQ：41079888。",  # phone and QQ numbers
    "南沙落实“十四五”规划和“20+8”产业集群部署，构建“1+5+X”体系。",  # plan names
    "排名第12位，名列全国百强区第一。",  # rankings
    "粤ICP备12345678号，邮编518000。",  # codes
])
def test_not_facts(sentence):
    assert extract(sentence).empty


def test_ranges_and_vague_amounts_carry_both_ends():
    r = extract("项目获得两到三万港元资助。").iloc[0]
    assert (r.value_low, r.value_high, r.value, r.unit, r.qualifier) == (20000, 30000, 25000, "HKD", "range")
    r = extract("吸引投资数十亿元。").iloc[0]
    assert (r.value_low, r.value_high, r.qualifier) == (1e9, 1e10, "approx")  # 10-100 亿, approx
    r = extract("奖励八九千美元。").iloc[0]
    assert (r.value_low, r.value_high, r.qualifier) == (8000, 9000, "range")


@given(st.integers(min_value=0, max_value=10**15))  # floats hold every integer to 2**53
def test_chinese_numerals_read_back(n):
    assert read_numeral(to_chinese(n)) == n


@given(st.integers(min_value=1, max_value=9999), st.sampled_from(["万", "亿", "万亿"]))
def test_arabic_with_chinese_magnitudes(n, magnitude):
    factor = {"万": 10**4, "亿": 10**8, "万亿": 10**12}[magnitude]
    assert read_numeral(f"{n}{magnitude}") == n * factor
    assert read_numeral(f"{n / 10}{magnitude}") == pytest.approx(n / 10 * factor)


@pytest.mark.parametrize("text, value", [("三万五", 35000), ("两千六", 2600), ("一百二", 120), ("十万零一", 100001),
                                         ("一千零十", 1010), ("一七二零", 1720), ("三点一四", 3.14), ("负十一", -11),
                                         ("壹拾万零叁仟", 103000), ("十万亿", 10**13), ("一点五亿", 1.5e8),
                                         ("廿二", 22), ("１２３", 123), ("1,234.5", 1234.5)])
def test_numeral_reader(text, value):
    assert read_numeral(text) == pytest.approx(value)


def test_spans():
    assert read_span("八九千") == (8000, 9000) and read_span("三五百") == (300, 500)
    assert read_span("几十万") == (1e5, 1e6) and read_span("十几") == (10, 20) and read_span("三千") is None


def test_each_fact_once_headline_and_body():
    text = "滨海湾11个重大项目公布\n在这份清单中，滨海湾新区共有11个重大项目，总投资46亿元。\n其中OPPO项目总投资46亿元。"
    facts = once(extract(text), text.split("\n", 1)[0])
    counts = facts[facts["kind"] == "count"]
    assert len(counts) == 1 and counts.iloc[0]["positions"].count(";") == 1  # the headline's and the body's
    assert counts.iloc[0]["start"] > len(text.split("\n", 1)[0])  # the row is the body's, in its words
    assert len(facts[facts["kind"] == "money"]) == 1  # the same wording twice in the body: one fact


# ------------------------------------------------------------------ the growth pages, scored
def _simple(s: str) -> str:
    return re.sub(r"\s", "", converter("t2s").convert(s))


@pytest.fixture(scope="module")
def scored():
    facts = corpus_facts(load_corpus(DATA / "growth", quiet=True))
    rows = []
    for g in GOLD:
        gs = _simple(g["surface"])
        hit = [r for r in facts[facts["file"] == g["file"]].itertuples()
               if (_simple(r.surface) in gs or gs in _simple(r.surface)) and _close(r.value, float(g["value"]))]
        rows.append({"gold": g, "found": hit[0] if hit else None})
    return facts, rows


def _share(rows, field):
    right = 0
    for row in rows:
        r, g = row["found"], row["gold"]
        if r is not None and str(getattr(r, field) or "") == (g[field] if field != "measure" or g["kind"] == "money"
                                                              else ""):
            right += 1
    return right / len(rows)


def test_growth_values_all_found(scored):
    _, rows = scored
    assert all(row["found"] is not None for row in rows)  # 92 of 92


@pytest.mark.parametrize("field, bar", [("measure", 0.95), ("district", 0.95), ("status", 0.95), ("year", 0.90),
                                        ("scope", 0.90)])
def test_growth_fact_meaning(scored, field, bar):
    # Measured on the development set: measure 98%, district 99%, status 97%, year 93%, scope 91%
    # (the bars for held-out pages are 90% for measure and 85% for the others).
    _, rows = scored
    assert _share(rows, field) >= bar


def test_growth_not_facts(scored):
    facts, _ = scored
    leaked = [(n["file"], n["surface"]) for n in NOT_FACTS
              if any(_simple(n["surface"]) in _simple(s) or _simple(s) in _simple(n["surface"])
                     for s in facts[facts["file"] == n["file"]]["surface"])]
    assert leaked == []


def test_partner_and_city_figures_are_not_the_district():
    text = ("广州南沙举行签约活动\n计划在2022年将广州建设为IAB产业规模超1万亿元的城市。"
            "成都温江区现有企业3000家。南沙区今年引进企业120家。")
    facts = corpus_facts(pd.DataFrame([{"doc_id": "x", "file": "x.txt", "region": "nansha", "published": "2024-05-01",
                                        "title": "广州南沙举行签约活动", "text": text, "text_orig": text}]))
    by_value = {r.value: r for r in facts.itertuples()}
    assert (by_value[1e12].scope, by_value[1e12].district, by_value[1e12].status) == ("city", "", "target")
    assert by_value[1e12].measure == "output" and by_value[1e12].year == "2022"
    assert (by_value[3000].scope, by_value[3000].district) == ("outside", "")
    assert (by_value[120].scope, by_value[120].district, by_value[120].year) == ("district", "nansha", "2024")


def _describe(text: str, region: str = "nanshan") -> dict:
    facts = corpus_facts(pd.DataFrame([{"doc_id": "x", "file": "x.txt", "region": region, "published": "2024-05-01",
                                        "title": "标题", "text": text, "text_orig": text}]))
    return {r.value: r for r in facts.itertuples()}


def test_a_firms_facility_is_a_site_and_the_nearer_subject_of_equals_owns_the_figure():
    # Two sites in one sentence; the figures follow the second in clauses of their own.
    by_value = _describe("标题\n目前，华为全球研发中心已投产运营，腾讯·湾区创新中心(一期)已于2023年年底建成，"
                         "总面积约6.5万平方米，已招引企业总数18家企业入驻。")
    assert {(r.place, r.scope, r.district) for r in by_value.values()} == {("腾讯·湾区创新中心", "subarea", "nanshan")}
    # The first site keeps the figures of its own clauses, and a site that opens no clause is not the subject.
    by_value = _describe("标题\n华为全球研发中心已投产运营，总面积约6.5万平方米，腾讯·湾区创新中心同步建设。")
    assert by_value[65000].place == "华为全球研发中心"
    by_value = _describe("标题\n目前华为研发中心与腾讯创新基地同步建设，集聚了100多家企业。")
    assert by_value[100].place == "华为研发中心"


def test_a_location_a_base_and_a_campus_are_not_the_district():
    # X位于Y: the figure is X's, not the place it sits in.
    by_value = _describe("标题\n腾讯·湾区创新中心位于南山区科技园，一期规划总建筑面积12,000平方米。")
    assert (by_value[12000].place, by_value[12000].scope) == ("腾讯·湾区创新中心", "subarea")
    # 以X为…: what a named subject builds around is not the subject.
    by_value = _describe("标题\n目前南沙形成了以庆盛枢纽为启动区的创新区，集聚了80多家企业。", "nansha")
    assert (by_value[80].place, by_value[80].scope, by_value[80].district) == ("南沙区", "district", "nansha")
    # …unless it is all the sentence names: then it is where the figure is.
    by_value = _describe("标题\n平台建设以庆盛枢纽为依托，初期规划约1万平方米。", "nansha")
    assert (by_value[10000].place, by_value[10000].scope) == ("庆盛", "subarea")
    # A campus named by its place is a site: in the district, or outside it.
    by_surface = {r.surface: r for r in _describe("标题\n大湾区大学总占地面积约300亩，其中南沙校区200亩，"
                                                  "松山湖校区100亩。", "nansha").values()}
    assert by_surface["约300亩"].place == "大湾区大学"
    assert (by_surface["200亩"].place, by_surface["200亩"].scope, by_surface["200亩"].district) == \
        ("南沙校区", "subarea", "nansha")
    assert (by_surface["100亩"].place, by_surface["100亩"].scope) == ("松山湖校区", "outside")
