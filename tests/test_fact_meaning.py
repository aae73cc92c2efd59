"""Facts that mean something: every numeral read right, ranges, and what, whose, when and whether a target.

Fixtures: the published numeral and money test cases of cn2an and JioNLP (and the cases the issue names),
each wrapped in a news sentence (tests/data/peers/cases.csv); the growth pages with a reader's facts
(tests/data/growth, tests/data/growth_gold/facts.csv), and the seeds with the same labels
(tests/data/seeds_gold/facts.csv)."""
from __future__ import annotations

import csv

import pandas as pd
import pytest
from conftest import DATA
from hypothesis import given
from hypothesis import strategies as st

from gbabrief import load_corpus
from gbabrief.evaluate import accepts, score_facts
from gbabrief.facts import corpus_facts, extract, once
from gbabrief.numerals import read_numeral, read_span, to_chinese
from gbabrief.paths import SEEDS

PEERS = list(csv.DictReader((DATA / "peers" / "cases.csv").open(encoding="utf-8")))


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
    "国家六部门联合印发通知，其中一部分资金用于研发。",  # departments and a part, not units counted in 部
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
def _gold(name: str, table: str) -> list[dict]:
    return list(csv.DictReader((DATA / f"{name}_gold" / f"{table}.csv").open(encoding="utf-8")))


@pytest.fixture(scope="module", params=["seeds", "growth", "growth2"])
def scored(request):
    pages = SEEDS if request.param == "seeds" else DATA / request.param
    facts = corpus_facts(load_corpus(pages, quiet=True, stories=False))
    return request.param, score_facts(facts, _gold(request.param, "facts"), _gold(request.param, "not_facts"))


# Measured on the three development sets (facts found; measure, scope, district, status, year):
#   seeds   (5 pages, 29 facts):   29/29; 100%, 100%, 100%, 100%, 100%
#   growth  (12 pages, 92 facts):  92/92; 98.9%, 95.7%, 100.0%, 98.9%, 96.7%
#   growth2 (14 pages, 154 facts): 150/154; 97.4%, 95.5%, 97.4%, 97.4%, 95.5%
# The seeds' labels (tests/data/seeds_gold/facts.csv) were added to the shared gold's facts by reading each
# sentence: the 27 required facts and the two optional ones that are read (四方 is not: test_facts).
# growth2 was not seen when the rules were first written (before: measure 79.9%, scope 61.7%, district
# 67.5%, status 67.5%, year 61.0%). Every bar is the issue's 95%; the found counts are the measurements.
BARS = {"seeds": {"found": 29, "measure": 0.95, "scope": 0.95, "district": 0.95, "status": 0.95, "year": 0.95},
        "growth": {"found": 92, "measure": 0.95, "scope": 0.95, "district": 0.95, "status": 0.95, "year": 0.95},
        "growth2": {"found": 150, "measure": 0.95, "scope": 0.95, "district": 0.95, "status": 0.95, "year": 0.95}}


def test_development_facts_found(scored):
    name, score = scored
    assert score.found >= BARS[name]["found"], score.summary()


@pytest.mark.parametrize("label", ["measure", "scope", "district", "status", "year"])
def test_development_fact_labels(scored, label):
    name, score = scored
    assert score.share(label) >= BARS[name][label], (score.summary(), score.wrong(label)[:10])


def test_development_not_facts(scored):
    _, score = scored
    assert score.leaked == []


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


def _describe(text: str, region: str = "nanshan", published: str | None = "2024-05-01") -> dict:
    facts = corpus_facts(pd.DataFrame([{"doc_id": "x", "file": "x.txt", "region": region, "published": published,
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


# ------------------------------------------------------------------ status, measure and owner, in new sentences
@pytest.mark.parametrize("text, published, value, status", [
    # A goal for a later year is a target; the same year reported after the fact is achieved.
    ("标题\n到2025年，南沙区人工智能产业规模达到500亿元。", "2020-06-01", 5e10, "target"),
    ("标题\n2025年，南沙区人工智能产业规模达到500亿元。", "2026-02-01", 5e10, "actual"),
    # A plan's frame carries over the sentences after it, until a result is reported.
    ("标题\n《行动方案》提出：到2027年，全区集聚企业300家。核心产业产值达到800亿元。截至目前，全区已有企业120家。",
     "2024-03-01", 8e10, "target"),
    ("标题\n《行动方案》提出：到2027年，全区集聚企业300家。核心产业产值达到800亿元。截至目前，全区已有企业120家。",
     "2024-03-01", 120, "actual"),
    ("标题\n该片区规划占地约2000亩，力争到2030年实现产值500亿元。", "2024-03-01", 5e10, "target"),
    ("标题\n南山区去年实现生产总值9000亿元，同比增长6%。", "2025-01-20", 9e11, "actual"),
    ("标题\n该项目总投资规模超百亿元，由多家企业共同建设。", "2024-03-01", 1e10, "pledge"),
    ("标题\n区里设立的母基金总规模20亿元。", "2024-03-01", 2e9, "pledge"),
    ("标题\n这项改革并非一蹴而就，经过三年探索，全区科技企业翻了一番，达到1200家。", "2024-03-01", 1200, "actual"),
])
def test_status_from_the_clause_the_plan_and_the_date(text, published, value, status):
    facts = corpus_facts(pd.DataFrame([{"doc_id": "x", "file": "x.txt", "region": "nansha", "published": published,
                                        "title": "标题", "text": text, "text_orig": text}]))
    row = facts[facts["value"] == value].iloc[0]
    assert row.status == status, row.cues
    assert f"→ {status}" in row.cues  # the words that decided it are kept with it


@pytest.mark.parametrize("text, value, measure", [
    ("标题\n该项目总投资12亿元。", 1.2e9, "investment"),
    ("标题\n母基金总规模20亿元。", 2e9, "fund"),
    ("标题\n企业以3亿元人民币买下一块用地。", 3e8, "price"),
    ("标题\n全区实现产值500亿元。", 5e10, "output"),
    ("标题\n获得融资2亿元。", 2e8, "financing"),
    ("标题\n给予最高500万元奖励。", 5e6, "subsidy"),
    ("标题\n全区地区生产总值8000亿元。", 8e11, "gdp"),
    ("标题\n全区进出口总额达4500亿元。", 4.5e11, "other"),  # trade is not output
    ("标题\n全区实现GDP7630亿元，增长9.1%，增量超过1100亿元。", 7.63e11, "gdp"),
    # value added is a part of GDP, not output (产值, 营收, 产业规模), as the annotation conventions list them
    ("标题\n全区第三产业增加值达3200亿元。", 3.2e11, "gdp"),
    ("标题\n到2027年，数字经济核心产业增加值规模突破900亿元。", 9e10, "gdp"),
    ("标题\n全区规上工业总产值增长6%，达到4100亿元。", 4.1e11, "output"),
])
def test_measure_from_the_noun_the_sum_belongs_to(text, value, measure):
    row = _describe(text)[value]
    assert row.measure == measure, row.cues


def test_a_label_the_reader_calls_debatable_between_two_readings_accepts_either():
    row = {"kind": "money", "measure": "output", "status": "target", "note": "a sector's value added; measure debatable (output vs gdp)"}
    assert accepts(row, "measure") == {"output", "gdp"}
    assert accepts(row, "status") == {"target"}  # the note names no other status
    assert accepts({**row, "note": "status debatable (forecast, not a plan)"}, "status") == {"target"}
    assert accepts({**row, "kind": "count"}, "measure") == {""}  # measure is given for money only


def test_per_capita_and_per_area_sums_are_ratios_that_keep_their_measure():
    by_value = _describe("标题\n全区人均GDP超过30万元，每年产出不低于2000万元/亩。")
    assert (by_value[300000].kind, by_value[300000].unit, by_value[300000].measure) == ("ratio", "CNY_per_person", "gdp")
    assert (by_value[2e7].kind, by_value[2e7].unit) == ("ratio", "CNY_per_mu")


@pytest.mark.parametrize("sentence", [
    "企业在毗邻车站的一块地上建厂。",  # 一块: a plot, not CNY 1
    "企业买下一块用地，又引进一家企业和一批项目。",  # 一 + classifier: an article, not a count
    "毗邻车站的一块31",  # cut off by the end of the excerpt
    "会议名为2017人工智能圆桌会议。",  # 2017人: the start of a name
    "做到两个维护，增强四个意识。",  # slogans
])
def test_indefinite_one_and_slogans_are_not_facts(sentence):
    assert extract(sentence).empty


@pytest.mark.parametrize("sentence, kind, value, unit", [
    ("市场上摆着五个苹果。", "count", 5, "items"),  # a noun the lexicon lacks
    ("境内有五条河流。", "count", 5, "items"),
    ("现场有数十台推土机作业。", "count", 55, "units"),
    ("交椅湾两宗地块被摘牌。", "count", 2, "plots"),
    ("定价700人民币。", "money", 700, "CNY"),  # not 700 people
    ("每斤五毛。", "money", 0.5, "CNY"),
    ("售价5角。", "money", 0.5, "CNY"),
    ("只占百分之一。", "percent", 1, "percent"),
    ("占百分三十。", "percent", 30, "percent"),
    ("已有60家AI企业有意落户。", "count", 60, "enterprises"),  # Latin after the classifier
])
def test_the_issue_cases(sentence, kind, value, unit):
    found = extract(sentence)
    assert [(r.kind, r.value, r.unit) for r in found.itertuples()] == [(kind, value, unit)]


def test_owners_settled_in_and_projects():
    # The place the counted firms settle in owns the count; a project named by 该项目 is a site.
    by_value = _describe("标题\n庆盛枢纽周边配套完善。已有60家AI企业有意落户南沙。", "nansha")
    assert (by_value[60].scope, by_value[60].district) == ("district", "nansha")
    by_value = _describe("标题\n该项目由某某科技有限公司建设，约定投资总额达45亿元。", "binhaiwan")
    assert (by_value[4.5e9].scope, by_value[4.5e9].district) == ("subarea", "binhaiwan")
    # A place's generic firms are the place's, not a firm called 南山区上市公司.
    by_value = _describe("标题\n南山区上市公司214家。")
    assert by_value[214].scope == "district"


def test_a_change_is_not_a_level():
    from gbabrief.meaning import states_change

    assert states_change("2021年，南山区实现GDP7630.59亿元，增长9.1%，增量超过1100亿元。", "超过1100亿元")  # growth
    assert not states_change("2021年，南山区实现GDP7630.59亿元，增长9.1%。", "7630.59亿元")  # the level
    assert not states_change("从2016年的4411.46亿元增长到2021年的7630.59亿元。", "7630.59亿元")  # grew to: a level


# ------------------------------------------------------------------ which year, and whose: new sentences
def test_a_year_reaches_the_figures_it_scopes_over():
    # A year opening a clause scopes over the rest of the sentence, across a semicolon.
    by_value = _describe("标题\n根据市里的通知，2023年共安排重点项目120个，总投资900亿元；另安排预备项目40个，估算总投资300亿元。")
    assert {by_value[v].year for v in (120, 9e10, 40, 3e10)} == {"2023"}
    # A year inside another item's clause does not: the next item's area and total investment have none.
    by_value = _describe("标题\n甲项目计划于2026年6月建成投入使用；乙项目占地面积约3万平方米，总投资约20亿元。")
    assert (by_value[30000].year, by_value[2e9].year) == ("", "")
    # A site's area is an attribute, not a figure of the year its zone opened (自…以来).
    assert _describe("标题\n自2017年揭牌以来，这片约84平方公里的土地日新月异。")[84e6].year == ""
    # 每年度 and 5年内 are not this year.
    by_value = _describe("标题\n该地块每年度研发投入不低于3亿元；未来5年内，新区的可用土地将超过60平方公里。")
    assert (by_value[3e8].year, by_value[60e6].year) == ("", "")
    # A batch announced on the day is that year's; one project of it, after 其中, is not.
    by_value = _describe("标题\n此次集中开工的项目总投资约80亿元，其中，丙项目总投资约30亿元。")
    assert (by_value[8e9].year, by_value[3e9].year) == ("2024", "")


def test_datelines_rankings_and_governments_as_owners():
    # The place in a dateline is where the story was filed, not the owner of the headline's figure.
    assert _describe("新华社深圳5月3日电题：万亿级城区呼之欲出\n正文。")[1e12].scope == "district"
    # 中国百强区 names a ranking; the page's district stays the owner.
    assert _describe("标题\n连续三年位居中国百强区第一，拥有180多家上市公司。")[180].scope == "district"
    # The government's support is the district's, a city government's the city's.
    assert _describe("标题\n园区由某某大学运营。政府的直接扶持预计达到近20亿元。", "nansha")[2e9].scope == "district"
    assert _describe("标题\n据东莞市人民政府通知，共安排项目50个。", "binhaiwan")[50].scope == "city"


def test_an_area_of_a_named_site_and_a_firm_that_carries_its_clauses():
    by_value = _describe("标题\n南沙计划用5年时间打造一个2000亩的南沙智能产业园区。", "nansha")
    assert [(r.place, r.scope, r.district) for r in by_value.values()] == [("南沙智能产业园区", "subarea", "nansha")]
    by_value = _describe("标题\n作为南沙区国企投资平台，某某控股集团已布局基金12支，战略投资甲、乙等15家企业，累计投资额约20亿元。",
                         "nansha")
    assert {by_value[v].scope for v in (15, 2e9)} == {"organisation"}


def test_shares_of_a_place_and_doublings():
    found = extract("人口约占深圳1/10，到2035年人均GDP实现翻番，产值翻两番。")
    assert [(r.kind, r.value, r.unit) for r in found.itertuples()] == \
        [("percent", 10, "percent"), ("multiple", 2, "times"), ("multiple", 4, "times")]
    assert extract("截至10/12日，编号1/3。").empty  # a date and a code, not shares


def test_a_government_body_speaks_for_its_place():
    # The district's own bureau announces the district's cap; another place's bureau is that place's.
    by_value = _describe("标题\n现场，南沙区工信局发布了扶持办法，围绕三大核心要素给予最高1000万元资金支持。", "nansha")
    assert (by_value[1e7].scope, by_value[1e7].district) == ("district", "nansha")
    by_value = _describe("标题\n近年来，温江区新经济和科技局与20余所高校签订战略合作协议。", "nansha")
    assert by_value[20].scope == "outside"


def test_a_site_named_by_an_organisation_or_a_place_is_the_site():
    by_value = _describe("标题\n某某大学深圳校区学生公寓项目占地面积约6万平方米。", None)
    assert (by_value[60000].scope, by_value[60000].place) == ("outside", "某某大学深圳校区")
    by_value = _describe("标题\n南沙区围填海区域面积共约500公顷，总投资约60亿元。", "nansha")
    assert {(by_value[v].place, by_value[v].scope) for v in (5e6, 6e9)} == {("南沙区围填海区域", "subarea")}


def test_a_base_year_and_a_starting_occasion_are_not_the_figures_year():
    by_value = _describe("标题\n到2030年，全区人均地区生产总值在2020年基础上实现翻番。")
    assert (by_value[2].status, by_value[2].year) == ("target", "2030")
    by_value = _describe("标题\n2023年全区实现营收500亿元，比2019年增长80%。")
    assert by_value[80].year == "2023" and by_value[5e10].year == "2023"
    # 以…为契机: the year something began from does not reach the figures of the next sentence
    by_value = _describe("标题\n该区以2019年3月举办首届论坛为契机，一年来发力人工智能。先后引进龙头企业35家。", "nansha")
    assert by_value[35].year == "2024"  # a current figure on the page's date, not 2019


def test_who_discloses_a_figure_owns_it():
    by_value = _describe("标题\n深圳是创新之城。\n星河微电子披露的信息显示，2023年实现营收12亿元，研发投入占比超过20%。")
    assert {(by_value[v].place, by_value[v].scope) for v in (1.2e9, 20)} == {("星河微电子", "organisation")}
    # a statistics bureau or a newspaper is no firm
    by_value = _describe("标题\n据统计部门发布的数据显示，全区去年实现营收300亿元。")
    assert by_value[3e10].scope == "district"


def test_firms_settle_in_a_host_a_listed_districts_zones_and_a_base_by_its_head():
    by_value = _describe("标题\n已有30家企业入驻广州智联研究院。", "nansha")
    assert (by_value[30].place, by_value[30].scope, by_value[30].district) == ("广州智联研究院", "organisation", "")
    by_value = _describe("标题\n蛇口、后海两大片区集聚了不少企业。")
    assert (by_value[2].scope, by_value[2].district) == ("district", "nanshan")
    by_value = _describe("标题\n截至目前，基地已引进港澳企业12家。", "binhaiwan")
    assert (by_value[12].scope, by_value[12].district) == ("subarea", "binhaiwan")
    by_value = _describe("标题\n新区将打造人工智能产业基地，引进企业12家。", "binhaiwan")
    assert by_value[12].scope == "district"  # a base the district plans is no subject
    by_value = _describe("标题\n庆盛枢纽周边配套完善。\n今年以来，已有40家企业签约落户。", "nansha")
    assert by_value[40].scope == "district"  # settle here, not in the zone a paragraph before named


def test_a_product_a_phased_project_and_an_undated_pages_event_year():
    by_value = _describe("标题\n这台机器人以每小时300米的速度巡检。", "nansha")
    assert (by_value[300].scope, by_value[300].district) == ("organisation", "")
    by_value = _describe("标题\n创客之家一期建筑面积共2000平方米。", "binhaiwan")
    assert (by_value[2000].place, by_value[2000].scope) == ("创客之家", "subarea")
    text = "标题\n在日前举行的“2019湾区智能产业论坛”上，20家企业签约落户南沙。"
    assert _describe(text, "nansha", None)[20].year == "2019"
    text = "标题\n日前举行的“2019年度创新奖”颁奖礼十分隆重。\n共有20家企业获奖。"
    assert _describe(text, "nansha", None)[20].year == ""  # an annual award's year is the year before
    assert _describe(text.replace("年度", ""), "nansha", None)[20].year == "2019"


def test_a_dated_transaction_is_done_and_a_beneficiary_owns_no_money():
    by_value = _describe("标题\n2023年9月，某某基金与母基金共同投资星河智能数千万元，助力其研发。")
    assert by_value[5.5e7].status == "actual", by_value[5.5e7].cues  # a reported deal, dated to the month
    # a month after the page's date, or a plan's total investment, stays announced
    assert _describe("标题\n2024年9月，某某基金将投资星河智能3000万元。")[3e7].status != "actual"
    by_value = _describe("标题\n对于广州智联研究院，通过落户奖励、平台补助等计划预计支出超4亿元。", "nansha")
    assert (by_value[4e8].scope, by_value[4e8].district) == ("district", "nansha")


def test_now_after_a_past_year_is_the_pages_year():
    by_value = _describe("标题\n从2016年的124家上市公司，到如今的160家，南山不断涌现新兴上市公司。")
    assert (by_value[124].year, by_value[160].year) == ("2016", "2024")


def test_land_on_sale_is_measured_for_the_sale():
    by_value = _describe("标题\n两宗地块占地面积合计3万平方米，起拍价一共是2亿余元。", "binhaiwan")
    assert by_value[30000].year == "2024"  # the sale's year: the page's
    assert _describe("标题\n该园区占地面积约3万平方米。", "binhaiwan")[30000].year == ""  # a site's area: no year


def test_a_later_posted_page_speaks_from_the_date_its_lead_opens_with():
    lead = "标题\n{}上午，某某园开园仪式举行。今年园区引进企业30家，当天签约项目5个。"
    for date in ("2023年10月12日", "20231012日"):  # also with the 年 and 月 a scraper lost
        by_value = _describe(lead.format(date), "nansha", "2024-03-01")
        assert (by_value[30].year, by_value[5].year) == ("2023", "2023")
    # reported a week later, in the new year: the page's own year
    assert _describe(lead.format("2023年12月28日"), "nansha", "2024-01-05")[30].year == "2024"
    assert _describe(lead.format("2023年10月12日"), "nansha", "2023-10-13")[30].year == "2023"


def test_what_was_started_on_the_occasion_is_that_days():
    assert _describe("标题\n当天开工的3个项目共占地20公顷。", "binhaiwan")[200000].year == "2024"
    assert _describe("标题\n这3个项目共占地20公顷。", "binhaiwan")[200000].year == ""  # a site's area


def test_a_planned_area_and_a_figure_from_the_plan_are_targets():
    assert _describe("标题\n该中心初期规划约2万平方米。")[20000].status == "target"
    by_value = _describe("标题\n根据规划资料，园区总占地约500平方米，其中一期200平方米。", "nansha")
    assert (by_value[500].status, by_value[200].status) == ("target", "target")
    assert _describe("标题\n该中心建筑面积2万平方米。")[20000].status == "actual"


def test_a_platform_is_a_site_where_its_name_places_it():
    assert _describe("标题\n西丽湖国际科教城概念验证平台已征集项目200个。")[200].scope == "subarea"
    assert _describe("标题\n上海技术交易所已服务企业300家。", "binhaiwan")[300].scope == "organisation"


def test_its_is_the_subject_of_the_sentence_before():
    text = ("标题\n星河智能研究院成立于2020年，是依托高校设立的研发平台。落地南沙两年来，其围绕南沙区主导产业，"
            "与多家高校共建实验室，引进了15家企业。")
    assert _describe(text, "nansha")[15].scope == "organisation"
    text = "标题\n南沙区今年新设企业500家。其中，人工智能企业引进了15家。"
    assert _describe(text, "nansha")[15].scope == "district"  # 其中 is no 其


def test_a_year_after_already_or_will_dates_its_own_clause():
    by_value = _describe("标题\n目前，甲中心已于2022年底建成，已入驻企业40家。")
    assert by_value[40].year == "2024"  # the count now, not the year it was completed
    assert _describe("标题\n2022年底，甲中心建成，入驻企业40家。")[40].year == "2022"


def test_a_flow_summed_over_years_is_no_years_output():
    by_value = _describe("标题\n星河公司公告显示，2021年到2023年合计营收5.2亿元，2023年营收2.1亿元。")
    assert (by_value[5.2e8].measure, by_value[2.1e8].measure) == ("other", "output")
    assert _describe("标题\n全区近三年累计实现产值900亿元。")[9e10].measure == "other"


def test_a_modal_puts_an_achievement_in_the_future_and_a_potential_is_a_target():
    by_value = _describe("标题\n根据方案，到2035年，南沙将建成国际一流的科技创新中心，常住人口达到300万人。", "nansha", "2021-06-01")
    assert (by_value[3e6].status, by_value[3e6].year) == ("target", "2035")
    by_value = _describe("标题\n该项目总投资50亿元，预计2026年建成投产，达产后年产值可达100亿元。", "nansha")
    assert by_value[1e10].status == "target" and by_value[5e9].status == "pledge"
    # a state before the change stays what it was (将由调整前的151公顷调整到222公顷)
    by_value = _describe("标题\n其中近期方案用地面积将由调整前的151公顷，调整到222公顷。", "nansha")
    assert (by_value[1510000].status, by_value[2220000].status) == ("actual", "target")
    assert _describe("标题\n据统计，南山区今年一季度完成固定资产投资300亿元。")[3e10].status == "actual"


def test_where_a_firm_puts_its_money_is_not_whose_it_is():
    by_value = _describe("标题\n南山区政府与华为签署合作协议，华为将在南山投资100亿元建设研发基地。")
    assert by_value[1e10].scope == "organisation" and by_value[1e10].place == "华为"
    by_value = _describe("标题\n香港科技大学(广州)已建成实验室30个。", "nansha")
    assert (by_value[30].scope, by_value[30].place) == ("organisation", "香港科技大学(广州)")


def test_a_sum_after_gdp_and_a_space():
    by_value = _describe("标题\n前海合作区2023年实现GDP 2000亿元。")
    assert (by_value[2e11].measure, by_value[2e11].scope, by_value[2e11].year) == ("gdp", "outside", "2023")


def test_shares_tenths_firms_signed_sums_and_rates_over_years():
    by_value = _describe("标题\n南山区拥有国家高新技术企业超过4,600家，占深圳全市约五分之一。")
    assert by_value[20].scope == "district"  # 深圳全市 is the denominator, city prefix and all
    by_value = _describe("标题\n广州市2023年人工智能核心产业规模达到1500亿元，其中南沙约占一成。", "nansha")
    assert (by_value[10].kind, by_value[10].scope) == ("percent", "district")  # 一成 is 10%
    assert extract("这一成不变的格局").empty  # an idiom
    by_value = _describe("标题\n该公司去年实现营业收入50亿元，今年一季度营收同比增长20%。", "binhaiwan")
    assert (by_value[5e9].scope, by_value[5e9].year, by_value[20].scope) == ("organisation", "2023", "organisation")
    by_value = _describe("标题\n会上，南沙区与15家企业签约，签约总金额超过300亿元。", "nansha")
    assert (by_value[3e10].measure, by_value[3e10].status) == ("investment", "pledge")
    by_value = _describe("标题\n近五年来，南山区研发投入年均增长12%，2023年研发投入占GDP比重达6.5%。")
    assert (by_value[12].year, by_value[6.5].year) == ("", "2023")


def test_a_count_of_two_thousand_is_no_year_and_a_plans_cumulative_investment_is_a_target():
    by_value = _describe("标题\n香港科技大学(广州)目前有学生2000余名，教授200多名。", "nansha")
    assert (by_value[2000].year, by_value[200].year) == ("2024", "2024")  # 2000余名 dates nothing
    by_value = _describe("标题\n在2017人工智能圆桌会议上，南沙公布了100亿元的人工智能产业基金。", "nansha", "2018-03-01")
    assert by_value[1e10].year == "2017"  # an event's year before its name still dates what was pledged there
    by_value = _describe("标题\n“十四五”期间，南沙将累计完成固定资产投资5000亿元。", "nansha", "2021-06-01")
    assert (by_value[5e11].measure, by_value[5e11].status) == ("investment", "target")


def test_a_zones_planned_area_is_its_extent_and_a_rise_on_last_year_is_done():
    text = "标题\n滨海湾新区总规划面积84.1平方公里，其中陆域面积42.7平方公里，建设用地面积约40平方公里。"
    by_value = _describe(text, "binhaiwan", "2022-01-01")
    assert [by_value[v * 1e6].status for v in (84.1, 42.7, 40)] == ["actual", "actual", "target"]
    assert _describe("标题\n明珠湾起步区规划面积约10平方公里。", "nansha")[1e7].status == "actual"
    assert _describe("标题\n该中心规划建筑面积2万平方米。")[20000].status == "target"  # a building's: a plan
    by_value = _describe("标题\n全区人工智能企业达到200家，较上年新增50家。", "nansha")
    assert by_value[50].status == "actual"
    assert _describe("标题\n到2025年，全区新增企业50家。", "nansha", "2022-01-01")[50].status == "target"


def test_households_and_market_entities():
    found = extract("截至2022年6月底，全区共有商事主体43万户，其中企业29万户。")
    assert [(r.value, r.unit) for r in found.itertuples()] == [(430000, "market_entities"), (290000, "enterprises")]
    assert extract("300万户籍人口").empty  # people of a registered residence, not households


def test_events_counted_and_a_kind_of_lab_is_no_name():
    by_value = _describe("标题\n今年以来，南沙区已举办各类招商活动80余场，签约项目120个。", "nansha")
    assert (by_value[80].kind, by_value[80].unit) == ("count", "events")
    assert extract("南沙拓展100个应用场景。")["unit"].tolist() == ["scenarios"]  # 场景 counts scenarios, no event
    by_value = _describe("标题\n香港科技大学(广州)已与多家企业开展合作，共建联合实验室12个。", "nansha")
    assert (by_value[12].scope, by_value[12].place) == ("organisation", "香港科技大学(广州)")


def test_money_without_yuan_after_its_measure_and_an_expected_figure():
    by_value = _describe("标题\n南沙AI产业规模今年料破千亿。", "nansha")  # HK usage: 料 = expected
    assert (by_value[1e11].kind, by_value[1e11].measure, by_value[1e11].status) == ("money", "output", "target")
    assert extract("南山GDP破万亿")[["kind", "value"]].values.tolist() == [["money", 1e12]]
    assert extract("产值超过300亿，同比增长")[["kind", "value"]].values.tolist() == [["money", 3e10]]
    assert _describe("标题\n资料显示，园区企业达300家。")[300].status == "actual"  # 资料 is no 料
    assert "增加 →" not in _describe("标题\n规上工业增加值2600亿元。")[2.6e11].cues  # 增加值 is a measure, not a rise


def test_an_undated_pages_this_year_follows_the_last_full_year_it_reports():
    text = "标题\n2022年，全区GDP增长5.1%，达到3000亿元。今年上半年，实现地区生产总值1600亿元，增长3.5%。"
    by_value = _describe(text, "nansha", None)
    assert (by_value[3e11].year, by_value[1.6e11].year, by_value[3.5].year) == ("2022", "2023", "2023")
    text = "标题\n今年上半年，实现地区生产总值1600亿元。"
    assert _describe(text, "nansha", None)[1.6e11].year == ""  # nothing to tell the year from


def test_a_brands_facility_by_its_head_noun():
    text = ("标题\nvivo东莞智能制造中心位于长安镇，占地约500亩。建成后，制造中心将承担vivo终端生产的主要工作。"
            "预计年产值约300亿元。")
    by_value = _describe(text, None, "2024-05-01")
    assert (by_value[3e10].scope, by_value[3e10].place) == ("outside", "vivo东莞智能制造中心")


def test_a_corridor_or_zone_by_a_demonstrative_is_that_site():
    text = "标题\n规划推动建设产业创新走廊，联动深圳多个片区。这条走廊的四个区在2020年的GDP总额达12184.99亿元。"
    assert _describe(text, None, "2021-06-01")[1218499000000].scope == "outside"  # not Shenzhen's


def test_a_funds_first_phase_a_special_fund_and_this_campus():
    by_value = _describe("标题\n南山区将设立总规模100亿元的人工智能产业基金，首期规模20亿元。")
    assert (by_value[2e9].measure, by_value[2e9].status) == ("fund", "pledge")  # the fund's, not an industry's
    assert _describe("标题\n南沙区财政今年安排科技专项资金10亿元。", "nansha")[1e9].measure == "subsidy"
    by_value = _describe("标题\n该校区总建筑面积约100万平方米。", "binhaiwan")
    assert (by_value[1e6].scope, by_value[1e6].place) == ("subarea", "该校区")


def test_the_whole_a_share_is_of_and_a_citys_clause_are_not_a_name():
    by_value = _describe("标题\n作为深圳的科技创新高地，南山汇聚了全市约40%的国家级高新技术企业。")
    assert by_value[40].scope == "district"  # 40% of the city's firms, held by Nanshan
    assert _describe("标题\n深圳全市GDP增长6%。")[6].scope == "city"
    text = "标题\n东莞市今年计划安排市重大项目350个，其中滨海湾新区项目30个。"
    by_value = _describe(text, "binhaiwan", "2023-06-01")
    assert (by_value[350].scope, by_value[30].scope) == ("city", "district")  # 东莞市 is no prefix of a name here


def test_additions_reported_a_plans_own_sentence_and_now_after_a_founding_year():
    by_value = _describe("标题\n去年全年，南山区新增上市企业8家，总数达到210家。", "nanshan", "2024-01-15")
    assert [(by_value[v].status, by_value[v].year) for v in (8, 210)] == [("actual", "2023")] * 2
    by_value = _describe("标题\n《规划》提出，“十四五”期间新增就业岗位10万个。", "nansha", "2022-01-15")
    assert by_value[1e5].status == "target"  # what the plan says, in its own sentence
    by_value = _describe("标题\n南沙于2012年获批成为国家级新区，目前常住人口约100万人。", "nansha")
    assert by_value[1e6].year == "2024"  # now (目前), not the year it was founded


def test_the_label_cue_tables_are_data_files():
    from gbabrief.meaning import _measures, status_cues

    # lexicon/status_cues.csv and lexicon/measure_cues.csv, read in file order
    assert [s for s, _ in status_cues()] == ["target"] * 6 + ["actual"] * 2
    assert status_cues()[1][1].search("据规划资料显示") is not None  # a figure taken from a plan
    assert [m for m, _ in _measures()] == ["gdp", "other", "fund", "subsidy", "financing", "investment", "output",
                                           "price"]
    assert dict(_measures())["subsidy"].search("算力券") is not None


def _frame(text: str, region: str | None = "nanshan", published: str | None = "2024-05-01") -> pd.DataFrame:
    """Every fact of one article, in order."""
    return corpus_facts(pd.DataFrame([{"doc_id": "x", "file": "x.txt", "region": region, "published": published,
                                       "title": "", "text": text, "text_orig": text}]))


def test_a_bodys_own_page_speaking_of_itself_owns_its_figures():
    # 我局, 局党组: the bureau whose page it is (not the country a phrase before names)
    row = _frame("深入学习习近平新时代中国特色社会主义思想，局党组开展学习40次，我局组织培训12场。", region="nanshan")
    assert list(row["scope"]) == ["organisation", "organisation"]


def test_a_policy_cap_and_rate_are_pledges_with_no_year():
    rows = _frame("对采购算力资源的企业，按年度实际采购费用的30%，最高600万元向采购企业提供算力券补贴。",
                     region=None, published="2025-03-01")
    assert list(zip(rows["status"], rows["year"])) == [("pledge", ""), ("pledge", "")]


def test_a_fall_is_negative_and_a_span_gives_each_end_its_year():
    rows = _frame("2023年南沙区第一产业增加值69.54亿元，同比下降1.2%。", region="nansha", published="2024-02-20")
    assert -1.2 in list(rows["value"])
    rows = _frame("2016年至2022年，全国人工智能相关企业从27.95万家增长至60.05万家。", region=None,
                     published="2023-04-07")
    assert list(zip(rows["value"], rows["year"])) == [(279500.0, "2016"), (600500.0, "2022")]


def test_a_report_of_one_years_results_dates_its_figures():
    text = ("南沙2023年经济运行情况数据出炉\n2月20日，广州市南沙区2023年经济运行情况数据出炉。\n"
            "工业方面，规模以上工业总产值3862.52亿元，同比增长2.9%。")
    rows = _frame(text, region="nansha", published=None)
    assert set(rows[rows["kind"] == "money"]["year"]) == {"2023"}


def test_any_citys_figure_is_the_citys_and_a_notice_heads_its_figures():
    text = ("珠海市工业和信息化局关于印发《珠海市推动人工智能产业发展若干措施》的通知\n"
            "对符合条件的企业，给予每个不超过2万元奖励。")
    rows = _frame(text, region=None, published="2025-06-01")
    assert list(zip(rows["place"], rows["scope"])) == [("珠海市", "city")]


def test_a_universitys_campus_in_brackets_is_a_site_in_the_district():
    text = "某某大学(交椅湾校区)一期工程位于威远岛西侧，总投资12亿元，规划总用地面积约20公顷。"
    rows = _frame(text, region="binhaiwan", published="2023-05-05")
    assert set(zip(rows["place"], rows["scope"], rows["district"])) == {("某某大学(交椅湾校区)", "subarea", "binhaiwan")}


def test_a_document_a_city_names_itself_in_owns_the_figures_that_name_no_owner():
    text = "《珠海市推动机器人产业发展的若干措施》印发\n对采购机器人的企业，给予每家最高50万元补贴。"
    rows = _frame(text, region=None, published="2025-06-01")
    assert list(zip(rows["place"], rows["scope"])) == [("珠海市", "city")]


def test_what_is_counted_up_to_a_deadline_still_to_come_is_aimed_at():
    rows = _frame("到2023年，累计培育10家以上人工智能领军企业。", region="nansha", published="2021-12-10")
    assert list(rows["status"]) == ["target"]
    # 截至 is "as of": what stands then is done, whatever year it names
    rows = _frame("截至2025年3月，科金控股集团已布局产业基金23支。", region="nansha", published="2025-04-01")
    assert list(rows["status"]) == ["actual"]


def test_a_site_the_page_names_in_quotes_is_a_site_in_the_district():
    # 深圳“某某营”AI社区: the quoted site, not the city before it, owns the figure
    rows = _frame("深圳“智造营”机器人创新社区推出超3万平方米研发空间。", region="nanshan", published="2025-05-01")
    assert list(zip(rows["scope"], rows["district"])) == [("subarea", "nanshan")]
    rows = _frame("广州“湾区园”规划面积达2平方公里。", region="nansha", published="2025-05-01")
    assert list(zip(rows["scope"], rows["district"])) == [("subarea", "nansha")]
    # A slogan in quotes is no site: the city owns the figure
    rows = _frame("深圳“双区”驱动，全市GDP达3.6万亿元。", region=None, published="2025-05-01")
    assert list(rows["scope"]) == ["city"]


def test_a_reach_said_to_hold_now_is_current_and_a_years_review_dates_its_figures():
    # 目前，…在5公里内配齐: current on a dated page; a site's length stays without a year
    rows = _frame("目前，九成零部件可在5公里内配齐。园区道路全长8公里。", region=None, published="2026-03-02")
    assert list(zip(rows["value"], rows["year"])) == [(90.0, "2026"), (5000.0, "2026"), (8000.0, "")]
    # 2024年，我局…。一年来，…: an undated body's review of a year gives its figures that year
    text = "2024年，我局围绕数字政府开展工作。一年来，新上线政务应用12个。\n局党组组织培训30场。"
    rows = _frame(text, region="nanshan", published=None)
    assert set(rows["year"]) == {"2024"}


def test_fixed_asset_investment_is_a_statistic_unless_a_plan_sets_it():
    rows = _frame("上半年，全区固定资产投资达900亿元，同比增长5%。", region="nanshan", published="2024-08-01")
    assert list(rows[rows["kind"] == "money"]["status"]) == ["actual"]
    rows = _frame("到2027年，全区力争地区生产总值达到1万亿元，固定资产投资达1600亿元。", region="nanshan",
                  published="2024-08-01")
    assert set(rows[rows["kind"] == "money"]["status"]) == {"target"}


def test_an_investment_measured_for_a_site_named_after_it_is_the_sites():
    rows = _frame("近日，总投资8.5亿元的某某大学(交椅湾校区)二期工程启动招标。", region="binhaiwan", published="2023-05-05")
    assert list(zip(rows["scope"], rows["district"])) == [("subarea", "binhaiwan")]


def test_each_item_of_a_list_of_names_and_figures_owns_its_figure():
    rows = _frame("学校共占地300亩，包括松山湖校区100亩、交椅湾校区200亩。", region="binhaiwan", published="2023-05-05")
    owners = dict(zip(rows["surface"], zip(rows["scope"], rows["district"])))
    assert owners["200亩"] == ("subarea", "binhaiwan")
    assert owners["100亩"] == ("outside", "")


def test_a_length_that_names_the_belt_it_measures_is_the_belts():
    rows = _frame("南沙将构建“研发+制造”20公里创新走廊。", region="nansha", published="2024-05-01")
    assert list(zip(rows["scope"], rows["district"])) == [("subarea", "nansha")]
    rows = _frame("南沙将新建道路20公里。", region="nansha", published="2024-05-01")
    assert list(rows["scope"]) == ["district"]


def test_a_sum_of_vouchers_is_a_subsidy():
    rows = _frame("每年发放最高3亿元“模型券”，降低企业成本。设立总额最高1亿元的“数据券”。", region=None,
                  published="2025-06-01")
    assert list(rows["measure"]) == ["subsidy", "subsidy"]


def test_last_years_investment_is_done():
    rows = _frame("去年全区民生领域投入120亿元。今年计划投资150亿元。", region="nansha", published="2024-03-01")
    assert list(zip(rows["status"], rows["year"])) == [("actual", "2023"), ("target", "2024")]


def test_what_a_sentences_future_completes_is_aimed_at():
    rows = _frame("新区将优化空间布局，释放约800亩土地；推动产业园建设，建成超过50万平方米产业空间。",
                  region="binhaiwan", published="2023-02-01")
    assert list(rows["status"]) == ["target", "target"]
    rows = _frame("新区将优化空间布局，目前已建成超过50万平方米产业空间。", region="binhaiwan", published="2023-02-01")
    assert list(rows["status"]) == ["actual"]


def test_a_not_fact_leaks_only_where_it_stands():
    facts = pd.DataFrame([{"file": "a.txt", "kind": "count", "value": 3.0, "value_low": 3.0, "value_high": 3.0,
                           "surface": "三家", "sentence": "而另外三家分别是甲、乙和丙。", "measure": "", "scope": "outside",
                           "district": "", "status": "actual", "year": ""}])
    assert score_facts(facts, [], [{"file": "a.txt", "surface": "也就三家半"}]).leaked == []
    here = facts.assign(sentence="全球也就三家半。")
    assert score_facts(here, [], [{"file": "a.txt", "surface": "也就三家半"}]).leaked == [("a.txt", "也就三家半")]


def test_a_page_that_opens_on_one_years_plan_gives_its_targets_that_year():
    text = "某新区力争投资超百亿元\n本报讯 近日获悉，2023年，某新区将聚焦龙头项目。\n新区将新增产业项目30个。"
    rows = _frame(text, region="binhaiwan", published="2023-02-06")
    assert list(zip(rows["surface"], rows["status"], rows["year"]))[-1] == ("30个", "target", "2023")
    # a past year's plan, told on a later page, gives no year
    rows = _frame(text, region="binhaiwan", published="2025-02-06")
    assert list(rows["year"])[-1] == ""


def test_what_a_policy_supports_is_not_whose_award_it_is():
    rows = _frame("“科创十条”提出支持南沙科学城建设，给予每个平台最高1亿元的资金支持。", region="nansha",
                  published="2021-05-01")
    assert list(zip(rows["scope"], rows["district"])) == [("district", "nansha")]


def test_a_universitys_project_phase_is_a_site():
    rows = _frame("某某科技大学(广州)一期30栋建筑全面封顶。", region="nansha", published="2021-09-27")
    assert list(zip(rows["scope"], rows["district"])) == [("subarea", "nansha")]


def test_a_leads_figure_is_the_owners_the_page_names_beside_it_later():
    text = "投资30亿，占地面积近50万㎡。\nABC智能制造中心项目总投资约30亿元，占地近50万㎡。"
    rows = _frame(text, region="binhaiwan", published="2019-02-20")
    assert set(rows["scope"]) == {"subarea"}
    # a count is too common a figure to be the same one
    rows = _frame("引进企业18家。\n某某研究院吸引了18家企业。", region="nansha", published="2019-02-20")
    assert list(rows["scope"])[0] == "district"


def test_a_count_of_things_named_in_several_countries_is_no_districts():
    rows = _frame("而另外三家分别是美国的甲公司、中国的乙公司和我们。", region="nansha", published="2025-01-01")
    assert list(zip(rows["scope"], rows["district"])) == [("outside", "")]


def test_a_named_city_its_whole_and_a_bare_science_city_on_another_districts_page():
    # 东莞市全市 is Dongguan's, on a Nansha page too; 全市 alone is the page's city
    assert (_describe("标题\n东莞市全市规上工业增加值5000亿元。", "nansha")[5e11].place,
            _describe("标题\n全市规上工业增加值5000亿元。", "nansha")[5e11].place) == ("东莞市", "广州市")
    # Hong Kong and Macao are city-level but no 市
    assert _describe("标题\n香港特区政府拨款20亿港元支持创科发展。", "nansha")[2e9].place == "香港"
    # A bare 科学城 could be any of four: it is no one of them (not 广州科学城 in Huangpu)
    assert _describe("标题\n科学城内集聚企业200家。", "nansha")[200].scope == "district"


def test_a_funds_size_stated_before_what_it_did_is_the_funds():
    # 10亿元的基金已完成募集: the sum qualifies the fund; 募集 says what the fund did
    fact = _describe("标题\n南沙区首期规模10亿元的人工智能基金已完成募集。", "nansha")[1e9]
    assert (fact.measure, fact.status) == ("fund", "pledge")
    assert _describe("标题\n该公司近日完成5000万元的A轮融资。", "nansha")[5e7].measure == "financing"


def test_now_holds_for_the_clauses_it_opens_not_past_one_that_dates_itself():
    text = "标题\n目前，A中心已投产运营，B园区(一期)已于2023年年底建成投产，总面积约20.9万平方米，已招引企业25家。"
    assert _describe(text, "binhaiwan", "2024-11-19")[209000].year == ""  # a built site's area: no year's
    text = "标题\n目前，约一半的零部件可在方圆10公里内配齐，八成可在40公里内找到供应商。"
    assert [_describe(text, "nanshan", "2026-03-02")[v].year for v in (10000, 40000)] == ["2026", "2026"]


# Figures in news sentences of our own (58, none from a development page), labelled as the growth READMEs'
# conventions label them, before the reader was run on them: 53 right at first. Four changes followed, each
# general: 占地约/占地近/总额近 keep their qualifier (jieba holds them as words); a repeat is folded into its
# first place after both are described (a lead's figure takes the owner named beside its repeat); a sum a plan
# is to complete (计划完成投资) is a target; money 用于 a purpose is measured by that purpose (用于支持 → subsidy);
# a five-year plan's end (“十四五”末) is its last year, and a yearly rate over recent years (近年来…每年) no one
# year's. Two are left out where the conventions leave room (a firm's facility named with its district,
# 华为在南山投资建设的研发中心; a capacity offered, 可提供房源2000套).
FIGURES = [
    ("nansha", "2024-03-10", "南沙区2023年地区生产总值达2500亿元，同比增长5%。", "2500亿元", 250000000000.0, ("gdp", "district", "nansha", "actual", "2023")),
    ("nanshan", "2025-01-15", "去年南山区规模以上工业总产值突破1.2万亿元。", "1.2万亿元", 1200000000000.0, ("output", "district", "nanshan", "actual", "2024")),
    ("binhaiwan", "2024-06-01", "目前，滨海湾新区已集聚人工智能企业120家。", "120家", 120, ("", "district", "binhaiwan", "actual", "2024")),
    ("nansha", "2024-06-01", "根据规划，到2027年，南沙人工智能核心产业规模将突破300亿元。", "300亿元", 30000000000.0, ("output", "district", "nansha", "target", "2027")),
    ("nanshan", "2024-06-01", "南山区设立总规模100亿元的人工智能产业基金。", "100亿元", 10000000000.0, ("fund", "district", "nanshan", "pledge", "")),
    ("nanshan", "2024-06-01", "对符合条件的企业，给予最高1000万元资助。", "1000万元", 10000000.0, ("subsidy", "district", "nanshan", "pledge", "")),
    ("nansha", "2024-06-01", "广州市2023年实现地区生产总值3.04万亿元。", "3.04万亿元", 3040000000000.0, ("gdp", "city", "", "actual", "2023")),
    ("nansha", "2024-06-01", "该项目总投资50亿元，预计2026年建成投产。", "50亿元", 5000000000.0, ("investment", "subarea", "nansha", "pledge", "")),
    ("binhaiwan", "2023-05-01", "东莞市今年一季度GDP同比增长3.5%。", "3.5%", 3.5, ("", "city", "", "actual", "2023")),
    ("nanshan", "2024-06-01", "腾讯公司2023年营收达6090亿元。", "6090亿元", 609000000000.0, ("output", "organisation", "", "actual", "2023")),
    ("nansha", "2024-06-01", "香港科技大学(广州)目前有在校生4000余人。", "4000余人", 4000, ("", "organisation", "", "actual", "2024")),
    ("nansha", "2024-06-01", "南沙科学城规划面积99平方公里。", "99平方公里", 99000000.0, ("", "subarea", "nansha", "actual", "")),
    ("binhaiwan", "2022-08-01", "截至今年6月底，新区累计引进项目56个，总投资超800亿元。", "56个", 56, ("", "district", "binhaiwan", "actual", "2022")),
    ("binhaiwan", "2022-08-01", "截至今年6月底，新区累计引进项目56个，总投资超800亿元。", "超800亿元", 80000000000.0, ("investment", "district", "binhaiwan", "pledge", "2022")),
    ("nanshan", "2024-06-01", "力争到2025年，全区人工智能企业数量超过3000家。", "3000家", 3000, ("", "district", "nanshan", "target", "2025")),
    ("nansha", "2021-09-01", "南沙区“十四五”期间计划完成固定资产投资5000亿元。", "5000亿元", 500000000000.0, ("investment", "district", "nansha", "target", "")),
    ("nanshan", "2024-06-01", "深圳市人工智能企业超过2200家，占全国的10%。", "2200家", 2200, ("", "city", "", "actual", "2024")),
    ("nansha", "2024-06-01", "南沙全年新增注册企业1.5万家，增长20%。", "1.5万家", 15000, ("", "district", "nansha", "actual", "2024")),
    ("binhaiwan", "2025-03-01", "2024年，滨海湾新区完成固定资产投资230亿元。", "230亿元", 23000000000.0, ("investment", "district", "binhaiwan", "actual", "2024")),
    ("nanshan", "2025-03-01", "今年南山区计划安排重大项目200个。", "200个", 200, ("", "district", "nanshan", "target", "2025")),
    ("nansha", "2025-03-01", "去年，南沙区研发投入强度达到4.2%。", "4.2%", 4.2, ("", "district", "nansha", "actual", "2024")),
    ("nanshan", "2025-03-01", "西丽湖国际科教城集聚了20余所高校。", "20余所", 20, ("", "subarea", "nanshan", "actual", "2025")),
    ("binhaiwan", "2025-03-01", "OPPO智能制造中心项目占地约1200亩。", "约1200亩", 800000.0, ("", "subarea", "binhaiwan", "actual", "")),
    ("nansha", "2025-03-01", "南沙区对新落户的人工智能企业给予最高500万元落户奖励。", "500万元", 5000000.0, ("subsidy", "district", "nansha", "pledge", "")),
    ("nanshan", "2019-03-01", "2018年南山区GDP达到5018亿元，稳居全省区县第一。", "5018亿元", 501800000000.0, ("gdp", "district", "nanshan", "actual", "2018")),
    ("nanshan", "2024-10-20", "今年前三季度，南山区实现地区生产总值6800亿元。", "6800亿元", 680000000000.0, ("gdp", "district", "nanshan", "actual", "2024")),
    ("nansha", "2024-06-01", "香港特区政府将投入30亿港元设立创新科技基金。", "30亿港元", 3000000000.0, ("fund", "city", "", "pledge", "")),
    ("binhaiwan", "2024-06-01", "松山湖高新区今年计划引进项目50个。", "50个", 50, ("", "outside", "", "target", "2024")),
    ("nansha", "2023-04-01", "南沙区去年新增高新技术企业300家，总数达到1200家。", "1200家", 1200, ("", "district", "nansha", "actual", "2022")),
    ("nanshan", "2024-06-01", "深圳湾科技生态园已入驻企业800余家。", "800余家", 800, ("", "subarea", "nanshan", "actual", "2024")),
    ("nansha", "2024-06-01", "广州人工智能产业规模到2025年将达到1500亿元。", "1500亿元", 150000000000.0, ("output", "city", "", "target", "2025")),
    ("binhaiwan", "2021-06-01", "滨海湾新区规划面积84.1平方公里。", "84.1平方公里", 84100000.0, ("", "district", "binhaiwan", "actual", "")),
    ("nansha", "2024-06-01", "目前，南沙已落地港澳青年创业团队超过500个。", "超过500个", 500, ("", "district", "nansha", "actual", "2024")),
    ("nanshan", "2024-06-01", "全区研发投入占GDP比重达7.5%。", "7.5%", 7.5, ("", "district", "nanshan", "actual", "2024")),
    ("nansha", "2024-06-01", "南沙区人工智能企业营收年均增长20%以上。", "20%", 20, ("", "district", "nansha", "actual", "")),
    ("binhaiwan", "2024-06-01", "东莞全市规模以上工业企业超过1.3万家。", "1.3万家", 13000, ("", "city", "", "actual", "2024")),
    ("nanshan", "2024-06-01", "大疆创新去年出货无人机超过100万架。", "100万架", 1000000.0, ("", "organisation", "", "actual", "2023")),
    ("nansha", "2022-06-01", "“十四五”期间，南沙将新增产业空间1000万平方米。", "1000万平方米", 10000000.0, ("", "district", "nansha", "target", "")),
    ("nanshan", "2024-06-01", "南山区2020年GDP为6500亿元，2023年增至8500亿元。", "8500亿元", 850000000000.0, ("gdp", "district", "nanshan", "actual", "2023")),
    ("nanshan", "2024-06-01", "南山区2020年GDP为6500亿元，2023年增至8500亿元。", "6500亿元", 650000000000.0, ("gdp", "district", "nanshan", "actual", "2020")),
    ("binhaiwan", "2024-06-01", "新区与企业签约项目12个，协议投资额150亿元。", "150亿元", 15000000000.0, ("investment", "district", "binhaiwan", "pledge", "")),
    ("nanshan", "2024-06-01", "南山区每年安排不少于10亿元用于支持人工智能产业发展。", "10亿元", 1000000000.0, ("subsidy", "district", "nanshan", "pledge", "")),
    ("nansha", "2024-06-01", "南沙区力争三年内引进培育人工智能企业500家。", "500家", 500, ("", "district", "nansha", "target", "")),
    ("nansha", "2024-06-01", "截至2023年底，广州南沙累计引进人工智能企业210家。", "210家", 210, ("", "district", "nansha", "actual", "2023")),
    ("nanshan", "2024-06-20", "今年1-5月，深圳市南山区规上工业增加值同比增长10.2%。", "10.2%", 10.2, ("", "district", "nanshan", "actual", "2024")),
    ("binhaiwan", "2024-06-01", "东莞滨海湾新区“十四五”末GDP力争突破500亿元。", "500亿元", 50000000000.0, ("gdp", "district", "binhaiwan", "target", "2025")),
    ("nansha", "2024-06-01", "近年来，南沙每年新增科技型企业超1000家。", "1000家", 1000, ("", "district", "nansha", "actual", "")),
    ("nanshan", "2024-06-01", "据统计，2023年南山区人工智能核心产业规模达1200亿元，占全市的三分之一。", "1200亿元", 120000000000.0, ("output", "district", "nanshan", "actual", "2023")),
    ("binhaiwan", "2024-06-01", "新区现有常住人口约10万人。", "约10万人", 100000.0, ("", "district", "binhaiwan", "actual", "2024")),
    ("nansha", "2024-06-01", "南沙港区集装箱吞吐量去年达到1900万标箱。", "1900万标箱", 19000000.0, ("", "subarea", "nansha", "actual", "2023")),
    ("nanshan", "2024-06-01", "南山区拥有国家级高新技术企业4800多家，数量居全国区县前列。", "4800多家", 4800, ("", "district", "nanshan", "actual", "2024")),
    ("nansha", "2024-06-01", "南沙区计划用三年时间，打造10个人工智能应用示范场景。", "10个", 10, ("", "district", "nansha", "target", "")),
    ("binhaiwan", "2024-06-01", "东莞市2023年地区生产总值为1.14万亿元。", "1.14万亿元", 1140000000000.0, ("gdp", "city", "", "actual", "2023")),
    ("nanshan", "2024-06-01", "深圳全市共有人工智能企业2600余家，其中南山区占四成。", "2600余家", 2600, ("", "city", "", "actual", "2024")),
    ("nanshan", "2024-06-01", "深圳全市共有人工智能企业2600余家，其中南山区占四成。", "四成", 40, ("", "district", "nanshan", "actual", "2024")),
    ("nansha", "2024-06-01", "明年，南沙将建成投用智算中心二期，新增算力1000P。", "1000P", 1000, ("", "district", "nansha", "target", "2025")),
    ("binhaiwan", "2019-06-01", "OPPO项目投产后预计年产值可达240亿元。", "240亿元", 24000000000.0, ("output", "subarea", "binhaiwan", "target", "")),
    ("nanshan", "2024-06-01", "2022年，南山区实现进出口总额4800亿元。", "4800亿元", 480000000000.0, ("other", "district", "nanshan", "actual", "2022")),
    # Two more batteries of figures (26 sentences, two left out: a laboratory's recruits and a base two bodies build,
    # where the owner is the reader's call): lists with 分别, firms' plants, staff and vehicles, a city's research
    # money, a province's and the nation's figures, sites of a zone. 20 of the 24 right at first; now all, after
    # 分别 lists, a firm's staff in a place (腾讯在南山的员工) read as the firm's, a plant named by its place
    # (广汽埃安南沙工厂) as a site, and research money (科研资金) as "other" (R&D spending, the README's example).
    ("nanshan", "2024-03-01", "2023年，南山区GDP、规上工业增加值分别增长6.1%和5.3%。", "6.1%", 6.1, ("", "district", "nanshan", "actual", "2023")),
    ("nanshan", "2024-03-01", "2023年，南山区GDP、规上工业增加值分别增长6.1%和5.3%。", "5.3%", 5.3, ("", "district", "nanshan", "actual", "2023")),
    ("nansha", "2024-03-01", "南沙、前海、横琴三大平台去年GDP分别为2500亿元、1900亿元和460亿元。", "2500亿元", 250000000000.0, ("gdp", "district", "nansha", "actual", "2023")),
    ("nansha", "2024-03-01", "南沙、前海、横琴三大平台去年GDP分别为2500亿元、1900亿元和460亿元。", "1900亿元", 190000000000.0, ("gdp", "outside", "", "actual", "2023")),
    ("nanshan", "2024-03-01", "香港特区政府2024/25年度财政预算拨款100亿港元支持创科发展。", "100亿港元", 10000000000.0, ("subsidy", "city", "", "pledge", "")),
    ("binhaiwan", "2024-03-01", "华为松山湖基地员工超过3万人。", "3万人", 30000.0, ("", "outside", "", "actual", "2024")),
    ("nansha", "2024-03-01", "南沙区的人工智能企业中，约七成集中在南沙科学城和庆盛枢纽。", "七成", 70, ("", "district", "nansha", "actual", "2024")),
    ("nanshan", "2024-03-01", "截至2023年末，南山区国家高新技术企业达4800家，比上年增加300家。", "4800家", 4800, ("", "district", "nanshan", "actual", "2023")),
    ("nanshan", "2024-03-01", "截至2023年末，南山区国家高新技术企业达4800家，比上年增加300家。", "300家", 300, ("", "district", "nanshan", "actual", "2023")),
    ("binhaiwan", "2024-03-01", "新区今年安排重点项目64个，年度计划投资120亿元。", "120亿元", 12000000000.0, ("investment", "district", "binhaiwan", "target", "2024")),
    ("nansha", "2024-03-01", "南沙区计划到2025年建成5G基站1万个。", "1万个", 10000.0, ("", "district", "nansha", "target", "2025")),
    ("nansha", "2024-03-01", "广汽埃安南沙工厂年产能达到20万辆。", "20万辆", 200000.0, ("", "subarea", "nansha", "actual", "2024")),
    ("nansha", "2024-03-01", "小马智行在南沙投放自动驾驶车辆超过100台。", "100台", 100, ("", "organisation", "", "actual", "2024")),
    ("nanshan", "2024-03-01", "优必选去年营收10.5亿元，同比增长3.9%。", "10.5亿元", 1050000000.0, ("output", "organisation", "", "actual", "2023")),
    ("nanshan", "2024-03-01", "南山智园已入驻企业500余家，年产值超300亿元。", "300亿元", 30000000000.0, ("output", "subarea", "nanshan", "actual", "2024")),
    ("binhaiwan", "2024-03-01", "东莞市松山湖高新区去年实现GDP820亿元。", "820亿元", 82000000000.0, ("gdp", "outside", "", "actual", "2023")),
    ("nansha", "2024-03-01", "香港科技大学(广州)已建成实验室50余个。", "50余个", 50, ("", "organisation", "", "actual", "2024")),
    ("nanshan", "2024-03-01", "深圳市政府去年投入科研资金120亿元。", "120亿元", 12000000000.0, ("other", "city", "", "actual", "2023")),
    ("nansha", "2024-03-01", "广东省今年将新建5G基站5万座。", "5万座", 50000.0, ("", "province", "", "target", "2024")),
    ("nanshan", "2024-03-01", "全国人工智能核心产业规模已超过5000亿元。", "5000亿元", 500000000000.0, ("output", "country", "", "actual", "2024")),
    ("binhaiwan", "2024-03-01", "滨海湾新区交椅湾板块规划面积约8平方公里。", "8平方公里", 8000000.0, ("", "subarea", "binhaiwan", "actual", "")),
    ("nansha", "2024-03-01", "南沙国际人工智能产业园首期面积约5万平方米。", "5万平方米", 50000.0, ("", "subarea", "nansha", "actual", "")),
    ("nanshan", "2024-03-01", "腾讯在南山的员工超过4万人。", "4万人", 40000.0, ("", "organisation", "", "actual", "2024")),
    ("binhaiwan", "2024-03-01", "vivo全球总部项目在滨海湾新区动工，总投资约100亿元。", "100亿元", 10000000000.0, ("investment", "subarea", "binhaiwan", "pledge", "")),
    # A sixth battery of figures, on what a sum measures (tax revenue, trade, a financing round, market value, a land
    # price, output, R&D spending, public money to support an industry, a city's special fund, a share): 6 of 10
    # right at first. Tax revenue (税收收入) is "other", not output; a firm named by 该初创企业 owns its round; a land
    # price by its starting price (起始价, 出让价); public money (财政资金) to support an industry is a subsidy.
    ("nanshan", "2024-03-01", "南山区去年税收收入达1500亿元。", "1500亿元", 150000000000.0, ("other", "district", "nanshan", "actual", "2023")),
    ("nansha", "2024-03-01", "南沙区2023年外贸进出口总值3000亿元。", "3000亿元", 300000000000.0, ("other", "district", "nansha", "actual", "2023")),
    ("nanshan", "2024-03-01", "该初创企业完成5亿元B轮融资。", "5亿元", 500000000.0, ("financing", "organisation", "", "actual", "2024")),
    ("nanshan", "2024-03-01", "南山区上市公司总市值超过10万亿元。", "10万亿元", 10000000000000.0, ("other", "district", "nanshan", "actual", "2024")),
    ("binhaiwan", "2024-03-01", "新区工业用地出让起始价为每亩80万元。", "80万元", 800000.0, ("price", "district", "binhaiwan", "actual", "2024")),
    ("nansha", "2024-03-01", "南沙区规上工业总产值去年突破4000亿元。", "4000亿元", 400000000000.0, ("output", "district", "nansha", "actual", "2023")),
    ("nanshan", "2024-03-01", "南山区研发投入占GDP比重达到6.5%，全社会研发投入超过500亿元。", "500亿元", 50000000000.0, ("other", "district", "nanshan", "actual", "2024")),
    ("nansha", "2024-03-01", "南沙区计划三年内投入财政资金30亿元支持人工智能产业。", "30亿元", 3000000000.0, ("subsidy", "district", "nansha", "pledge", "")),
    ("binhaiwan", "2024-03-01", "东莞市级财政安排2亿元专项资金支持滨海湾新区建设。", "2亿元", 200000000.0, ("subsidy", "city", "", "pledge", "")),
    ("nanshan", "2024-03-01", "南山区人工智能产业增加值占GDP比重超过10%。", "10%", 10, ("", "district", "nanshan", "actual", "2024")),
    # A sentence that opens on now (目前全区有…) is the page's year, not the year the sentence before it states.
    ("nanshan", "2024-03-01", "南山区2023年GDP为8500亿元。目前全区有国家高新技术企业4800家。", "4800家", 4800, ("", "district", "nanshan", "actual", "2024")),
    ("nanshan", "2024-03-01", "南山区2023年GDP为8500亿元。目前全区有国家高新技术企业4800家。", "8500亿元", 850000000000.0, ("gdp", "district", "nanshan", "actual", "2023")),
    # The special administrative region's government (特区政府, 港府) is Hong Kong's, not the page's district's.
    ("nansha", "2024-03-05", "特区政府早前宣布拨款100亿港元，支持香港创科发展。", "100亿港元", 10000000000.0, ("subsidy", "city", "", "pledge", "")),
    # An occasion the figures were announced at (会上发布的数据显示) is not who discloses them: the subject owns them.
    ("nanshan", "2025-02-20", "会上发布的数据显示，2024年南山区人工智能核心产业规模达到2100亿元，占全市比重超过四成。", "四成", 40, ("", "district", "nanshan", "actual", "2024")),
    # Phones counted in 部 (not 两部门, 三部委, 一部分): a firm's shipments are the firm's.
    ("binhaiwan", "2024-07-01", "OPPO去年在全球出货智能手机1亿部。", "1亿部", 100000000.0, ("", "organisation", "", "actual", "2023")),
    # A seventh battery, on status (money paid out, investment done or announced, aims and expectations): 6 of the 8
    # kept right at first. Money paid out (去年共兑现…奖补资金, 发放了) is done, not a pledge; a bare 启动区, 起步区 or
    # 首开区 opening a clause is the site the article is about. Left out, where the sentence alone does not settle the
    # owner: a bare 项目 and 南沙正在建设的智算中心.
    ("nanshan", "2024-03-01", "去年南山区共兑现各类奖补资金35亿元，惠及企业5000余家。", "35亿元", 3500000000.0, ("subsidy", "district", "nanshan", "actual", "2023")),
    ("nanshan", "2024-03-01", "去年南山区共兑现各类奖补资金35亿元，惠及企业5000余家。", "5000余家", 5000, ("", "district", "nanshan", "actual", "2023")),
    ("binhaiwan", "2024-03-01", "截至目前，启动区已完成投资12亿元。", "12亿元", 1200000000.0, ("investment", "subarea", "binhaiwan", "actual", "2024")),
    ("nansha", "2024-03-01", "此次签约的15个项目总投资达260亿元。", "260亿元", 26000000000.0, ("investment", "district", "nansha", "pledge", "2024")),
    ("nanshan", "2024-03-01", "区内企业去年累计获得各级财政补贴2亿元。", "2亿元", 200000000.0, ("subsidy", "district", "nanshan", "actual", "2023")),
    ("nansha", "2024-03-01", "南沙区力争今年人工智能产业营收增长20%以上。", "20%", 20, ("", "district", "nansha", "target", "2024")),
    ("binhaiwan", "2024-03-01", "该项目预计带动就业岗位3000个。", "3000个", 3000, ("", "subarea", "binhaiwan", "target", "")),
    ("nanshan", "2024-03-01", "南山区今年一季度新增人工智能企业120家。", "120家", 120, ("", "district", "nanshan", "actual", "2024")),
    # 占地 is a site's area, unless the district itself is what 占地 is said of
    ("nansha", "2024-05-01", "南沙区内占地约30万平方米的人工智能产业园今年开工。", "约30万平方米", 300000, ("", "subarea", "nansha", "actual", "")),
    ("nanshan", "2024-05-01", "该产业园位于南山区，占地面积约5万平方米。", "约5万平方米", 50000, ("", "subarea", "nanshan", "actual", "")),
    ("binhaiwan", "2024-05-01", "滨海湾新区总占地面积约84平方公里，是东莞的城市新中心。", "约84平方公里", 84000000, ("", "district", "binhaiwan", "actual", "")),
    ("nansha", "2024-05-01", "南沙区占地803平方公里。", "803平方公里", 803000000, ("", "district", "nansha", "actual", "")),
    # A further battery (20 figures in news sentences, labelled by the conventions first): 18 right at first; a
    # university named with its city in full-width brackets (港科大（广州）) is the university, not the city, and a
    # campus named by its place is a site, as the conventions have it (one label of ours was wrong).
    ("nansha", "2025-03-01", "截至2024年底，南沙区累计引进港澳青年创业团队300余个。", "300余个", 300, ("", "district", "nansha", "actual", "2024")),
    ("nanshan", "2025-03-01", "南山区去年实现进出口总额5000亿元，其中出口3200亿元。", "5000亿元", 500000000000.0, ("other", "district", "nanshan", "actual", "2024")),
    ("binhaiwan", "2024-08-01", "滨海湾新区今年上半年完成固定资产投资85亿元。", "85亿元", 8500000000.0, ("investment", "district", "binhaiwan", "actual", "2024")),
    ("nansha", "2024-08-01", "广州市计划到2027年建成智能算力中心10个。", "10个", 10, ("", "city", "", "target", "2027")),
    ("nanshan", "2024-08-01", "腾讯去年研发投入超过700亿元。", "超过700亿元", 70000000000.0, ("other", "organisation", "", "actual", "2023")),
    ("nanshan", "2024-05-01", "南山区力争到2026年培育人工智能企业2000家。", "2000家", 2000, ("", "district", "nanshan", "target", "2026")),
    ("binhaiwan", "2024-05-01", "目前，新区已引进重大项目32个。", "32个", 32, ("", "district", "binhaiwan", "actual", "2024")),
    ("nansha", "2023-12-01", "2022年南沙区GDP突破2200亿元。", "突破2200亿元", 220000000000.0, ("gdp", "district", "nansha", "actual", "2022")),
    ("nanshan", "2024-03-01", "南山区将在三年内新增孵化载体面积50万平方米。", "50万平方米", 500000, ("", "district", "nanshan", "target", "")),
    ("nansha", "2024-03-01", "南沙区人工智能产业规模去年达到150亿元，同比增长20%。", "150亿元", 15000000000.0, ("output", "district", "nansha", "actual", "2023")),
    ("nansha", "2024-03-01", "南沙区人工智能产业规模去年达到150亿元，同比增长20%。", "20%", 20, ("", "district", "nansha", "actual", "2023")),
    ("binhaiwan", "2024-03-01", "东莞市去年规上工业增加值5600亿元。", "5600亿元", 560000000000.0, ("gdp", "city", "", "actual", "2023")),
    ("nanshan", "2024-03-01", "深圳大学南山校区建筑面积约30万平方米。", "约30万平方米", 300000, ("", "subarea", "nanshan", "actual", "")),
    ("nansha", "2024-03-01", "南沙区已建成5G基站超6000个。", "超6000个", 6000, ("", "district", "nansha", "actual", "2024")),
    ("nanshan", "2024-03-01", "区内国家高新技术企业数量达4800家，位居全国前列。", "4800家", 4800, ("", "district", "nanshan", "actual", "2024")),
    ("binhaiwan", "2024-03-01", "OPPO滨海湾数据中心一期总投资约50亿元。", "约50亿元", 5000000000.0, ("investment", "subarea", "binhaiwan", "pledge", "")),
    ("nansha", "2024-03-01", "港科大（广州）目前在校学生超过4000人。", "超过4000人", 4000, ("", "organisation", "", "actual", "2024")),
    ("nanshan", "2024-03-01", "南山区计划今年新增就业岗位2万个。", "2万个", 20000, ("", "district", "nanshan", "target", "2024")),
    ("nansha", "2024-03-01", "2023年，南沙区引进世界500强企业投资项目12个。", "12个", 12, ("", "district", "nansha", "actual", "2023")),
    ("binhaiwan", "2024-03-01", "新区对获得国家级奖项的团队给予最高200万元奖励。", "最高200万元", 2000000.0, ("subsidy", "district", "binhaiwan", "pledge", "")),
    # Another (15 figures, some in Traditional script as Hong Kong pages write them, and two contrasts): 13 right
    # at first; money put into a fund last year (去年…注资) is paid, and foreign investment used (实际利用外资) is
    # investment, a statistic.
    ("nansha", "2024-06-01", "南沙區去年引進港資企業逾200家，投資總額約150億元。", "逾200家", 200, ("", "district", "nansha", "actual", "2023")),
    ("nanshan", "2024-06-01", "香港特區政府去年向創新及科技基金注資100億港元。", "100億港元", 10000000000.0, ("fund", "city", "", "actual", "2023")),
    ("nansha", "2024-06-01", "據了解，南沙今年計劃新建人才公寓3000套。", "3000套", 3000, ("", "district", "nansha", "target", "2024")),
    ("nanshan", "2024-06-01", "2023年南山區實現地區生產總值8566億元。", "8566億元", 856600000000.0, ("gdp", "district", "nanshan", "actual", "2023")),
    ("binhaiwan", "2024-06-01", "濱海灣新區規劃面積84平方公里。", "84平方公里", 84000000.0, ("", "district", "binhaiwan", "actual", "")),
    ("nansha", "2024-06-01", "广州市南沙区2023年实际利用外资约30亿元，占全市的四分之一。", "约30亿元", 3000000000.0, ("investment", "district", "nansha", "actual", "2023")),
    ("nanshan", "2024-06-01", "截至今年5月，南山区累计认定人工智能重点企业156家。", "156家", 156, ("", "district", "nanshan", "actual", "2024")),
    ("nansha", "2024-06-01", "预计到2025年底，南沙区数字经济核心产业增加值将突破600亿元。", "突破600亿元", 60000000000.0, ("gdp", "district", "nansha", "target", "2025")),
    ("binhaiwan", "2024-06-01", "东莞市2023年GDP达1.14万亿元，滨海湾新区贡献约1%。", "1.14万亿元", 1140000000000.0, ("gdp", "city", "", "actual", "2023")),
    ("nanshan", "2024-06-01", "南山区人工智能产业链企业超过2000家，其中上市企业45家。", "超过2000家", 2000, ("", "district", "nanshan", "actual", "2024")),
    ("nanshan", "2024-06-01", "南山区人工智能产业链企业超过2000家，其中上市企业45家。", "45家", 45, ("", "district", "nanshan", "actual", "2024")),
    ("nansha", "2024-06-01", "小马智行在南沙投放的自动驾驶车辆已超过300台。", "超过300台", 300, ("", "organisation", "", "actual", "2024")),
    ("binhaiwan", "2023-05-01", "2022年，滨海湾新区完成固定资产投资120亿元，同比增长15%。", "120亿元", 12000000000.0, ("investment", "district", "binhaiwan", "actual", "2022")),
    ("nansha", "2024-06-01", "南沙区“十四五”规划提出，到2025年地区生产总值达到3000亿元。", "3000亿元", 300000000000.0, ("gdp", "district", "nansha", "target", "2025")),
    ("nanshan", "2025-01-10", "南山区今年将新增产业空间100万平方米。", "100万平方米", 1000000.0, ("", "district", "nanshan", "target", "2025")),
    ("nanshan", "2024-06-01", "香港特區政府將向創新及科技基金注資100億港元。", "100億港元", 10000000000.0, ("fund", "city", "", "pledge", "")),
    ("nansha", "2024-06-01", "南沙区力争今年实际利用外资40亿元。", "40亿元", 4000000000.0, ("investment", "district", "nansha", "target", "2024")),
    ("nansha", "2024-03-01", "记者从会上获悉，该项目估算总投资达50亿元。", "50亿元", 5000000000.0, ("investment", "subarea", "nansha", "pledge", "")),
    ("nansha", "2024-03-01", "签约现场，南沙区与5家企业签署投资协议，总投资60亿元。", "60亿元", 6000000000.0, ("investment", "district", "nansha", "pledge", "2024")),
    # A scale listed on after an achieved one (已形成…千亿级…，…等百亿级) is achieved too, unless its own clause looks
    # ahead; public spending (民生支出, 财政科技支出) is "other", not investment.
    ("nanshan", "2024-06-01", "南山区已形成两个千亿级产业集群，人工智能、智能终端等百亿级产业集群。", "百亿级", 10000000000.0, ("output", "district", "nanshan", "actual", "2024")),
    ("nanshan", "2024-06-01", "南山区已形成千亿级产业集群，将培育更多百亿级产业集群。", "百亿级", 10000000000.0, ("output", "district", "nanshan", "target", "")),
    ("nansha", "2024-06-01", "南沙区去年民生领域支出达200亿元，占一般公共预算支出的七成。", "200亿元", 20000000000.0, ("other", "district", "nansha", "actual", "2023")),
    ("binhaiwan", "2024-06-01", "新区今年财政科技支出将增长20%，达到5亿元。", "5亿元", 500000000.0, ("other", "district", "binhaiwan", "target", "2024")),
    # A block or sector named by its place (南沙枢纽区块, 后海板块) is a site in the district; the district's own area is not
    ("nansha", "2024-06-01", "南沙枢纽区块面积为10平方公里，定位为粤港融合发展试验区。", "10平方公里", 10000000.0, ("", "subarea", "nansha", "actual", "")),
    ("nanshan", "2024-06-01", "南山后海板块集聚总部企业150家。", "150家", 150.0, ("", "subarea", "nanshan", "actual", "2024")),
    ("binhaiwan", "2024-06-01", "滨海湾新区交椅湾板块规划面积约6平方公里。", "约6平方公里", 6000000.0, ("", "subarea", "binhaiwan", "actual", "")),
    ("nansha", "2024-06-01", "南沙区面积803平方公里，常住人口约90万人。", "803平方公里", 803000000.0, ("", "district", "nansha", "actual", "")),
    # Periods as pages word them (1-10月, 今年以来, 过去五年…累计, 2023年度, 截至去年底, 上年, “十四五”以来, 一季度): 8 of 11
    # right at first; two of our labels were wrong by the readers' conventions (a cumulative total to date is the
    # page's year), and a share of a year's plan reached (为年度计划的25%) is achieved.
    ("nansha", "2024-11-20", "今年1-10月，南沙区规上工业总产值达到2800亿元。", "2800亿元", 280000000000.0, ("output", "district", "nansha", "actual", "2024")),
    ("nanshan", "2024-11-20", "今年以来，南山区新增人工智能企业300家。", "300家", 300.0, ("", "district", "nanshan", "actual", "2024")),
    ("binhaiwan", "2024-11-20", "过去五年，滨海湾新区累计完成投资超过500亿元。", "超过500亿元", 50000000000.0, ("investment", "district", "binhaiwan", "actual", "2024")),
    ("nansha", "2024-11-20", "近三年来，南沙区研发投入年均增长15%。", "15%", 15.0, ("", "district", "nansha", "actual", "")),
    ("nanshan", "2024-11-20", "南山区2023年度获评国家级专精特新“小巨人”企业30家。", "30家", 30.0, ("", "district", "nanshan", "actual", "2023")),
    ("binhaiwan", "2025-02-10", "2024年全年，新区实现地区生产总值增长12%。", "12%", 12.0, ("", "district", "binhaiwan", "actual", "2024")),
    ("nanshan", "2025-02-10", "截至去年底，南山区拥有国家高新技术企业5000家。", "5000家", 5000.0, ("", "district", "nanshan", "actual", "2024")),
    ("nansha", "2025-02-10", "上年南沙区实际利用外资35亿元，同比增长10%。", "35亿元", 3500000000.0, ("investment", "district", "nansha", "actual", "2024")),
    ("nanshan", "2025-02-10", "“十四五”以来，南山区累计引进港澳人才1万名。", "1万名", 10000.0, ("", "district", "nanshan", "actual", "2025")),
    ("binhaiwan", "2025-02-10", "今年一季度，新区完成固定资产投资20亿元，为年度计划的25%。", "20亿元", 2000000000.0, ("investment", "district", "binhaiwan", "actual", "2025")),
    ("binhaiwan", "2025-02-10", "今年一季度，新区完成固定资产投资20亿元，为年度计划的25%。", "25%", 25.0, ("", "district", "binhaiwan", "actual", "2025")),
    # Whose a figure is (a city's, a province's, the country's, a neighbour's, a zone elsewhere, a firm's staff, 该区,
    # a park in the district, Hong Kong's and a park in Hong Kong): 9 of 10 right at first; a site named by Hong
    # Kong or Macao (香港科技园) is a place outside the three, not the city.
    ("nanshan", "2024-06-01", "深圳市人工智能产业规模达3000亿元。", "3000亿元", 300000000000.0, ("output", "city", "", "actual", "2024")),
    ("nansha", "2024-06-01", "广东省数字经济核心产业增加值达2.2万亿元。", "2.2万亿元", 2200000000000.0, ("gdp", "province", "", "actual", "2024")),
    ("binhaiwan", "2024-06-01", "全国人工智能企业数量已超过4500家。", "超过4500家", 4500.0, ("", "country", "", "actual", "2024")),
    ("binhaiwan", "2024-06-01", "东莞松山湖高新区集聚高新技术企业超过600家。", "超过600家", 600.0, ("", "outside", "", "actual", "2024")),
    ("nansha", "2024-06-01", "与南沙相邻的番禺区去年GDP约2900亿元。", "约2900亿元", 290000000000.0, ("gdp", "outside", "", "actual", "2023")),
    ("nanshan", "2024-06-01", "华为在南山的研发人员超过2万人。", "超过2万人", 20000.0, ("", "organisation", "", "actual", "2024")),
    ("nansha", "2024-06-01", "该区去年地区生产总值增长5%。", "5%", 5.0, ("", "district", "nansha", "actual", "2023")),
    ("nanshan", "2024-06-01", "深圳湾科技生态园入驻企业超过1000家。", "超过1000家", 1000.0, ("", "subarea", "nanshan", "actual", "2024")),
    ("binhaiwan", "2024-06-01", "新区所在的东莞市去年GDP达1.14万亿元。", "1.14万亿元", 1140000000000.0, ("gdp", "city", "", "actual", "2023")),
    ("nansha", "2024-06-01", "香港科技园目前有超过1000家科技公司。", "超过1000家", 1000.0, ("", "outside", "", "actual", "2024")),
    ("nansha", "2024-06-01", "香港目前有超过4000家初创企业。", "超过4000家", 4000.0, ("", "city", "", "actual", "2024")),
    # Investment announced, planned, done and signed (12, two contrasts after): 7 of 10 right at first, one of our
    # labels wrong by the conventions (a deal's pledged sum has no year unless it was signed on the page's occasion).
    # A firm that invests somewhere (某企业拟在新区投资…) owns the sum, a firm the page leaves unnamed (某企业) is a
    # firm, 年度 after a year the sentence names is that year, and the place a first is counted in (在全市率先) is
    # no owner.
    ("nansha", "2024-06-01", "该项目计划总投资50亿元，建设智能制造基地。", "50亿元", 5000000000.0, ("investment", "subarea", "nansha", "pledge", "")),
    ("binhaiwan", "2024-06-01", "某企业拟在新区投资20亿元建设研发中心。", "20亿元", 2000000000.0, ("investment", "organisation", "", "pledge", "")),
    ("nanshan", "2024-06-01", "今年南山区计划完成重点项目投资300亿元。", "300亿元", 30000000000.0, ("investment", "district", "nanshan", "target", "2024")),
    ("nansha", "2024-06-01", "该项目已累计完成投资12亿元。", "12亿元", 1200000000.0, ("investment", "subarea", "nansha", "actual", "2024")),
    ("binhaiwan", "2024-06-01", "双方签订协议，协议投资额100亿元。", "100亿元", 10000000000.0, ("investment", "district", "binhaiwan", "pledge", "")),
    ("nansha", "2024-06-01", "该项目总投资约15亿元，其中一期投资5亿元。", "约15亿元", 1500000000.0, ("investment", "subarea", "nansha", "pledge", "")),
    ("nansha", "2024-06-01", "该项目总投资约15亿元，其中一期投资5亿元。", "5亿元", 500000000.0, ("investment", "subarea", "nansha", "pledge", "")),
    ("nanshan", "2024-06-01", "到2025年，南山区人工智能领域累计投资将超过1000亿元。", "1000亿元", 100000000000.0, ("investment", "district", "nanshan", "target", "2025")),
    ("binhaiwan", "2024-06-01", "2023年，新区重大项目完成投资68亿元，完成年度计划的113%。", "68亿元", 6800000000.0, ("investment", "district", "binhaiwan", "actual", "2023")),
    ("binhaiwan", "2024-06-01", "2023年，新区重大项目完成投资68亿元，完成年度计划的113%。", "113%", 113.0, ("", "district", "binhaiwan", "actual", "2023")),
    ("nansha", "2024-06-01", "比亚迪计划在南沙投资50亿元建设新能源基地。", "50亿元", 5000000000.0, ("investment", "organisation", "", "pledge", "")),
    ("nanshan", "2024-06-01", "南山区在全市率先设立规模10亿元的天使母基金。", "10亿元", 1000000000.0, ("fund", "district", "nanshan", "pledge", "")),
    # Status in plan and report wording (forecasts, 有望, a fund raised, 力争, 将, money spent, a quarter's growth, money
    # paid out, a target year, a three-year plan, a streak of years, projects under way): 9 of 12 right at first, one
    # of our labels wrong by the conventions (a fund's size is a pledge however far it is raised); money spent on
    # building (用于基础设施建设) is investment, and a rate held over a streak of years (连续三年) is no one year's.
    ("nanshan", "2024-03-01", "预计今年南山区GDP增长6%左右。", "6%", 6.0, ("", "district", "nanshan", "target", "2024")),
    ("nansha", "2024-03-01", "南沙区全年GDP有望突破2500亿元。", "突破2500亿元", 250000000000.0, ("gdp", "district", "nansha", "target", "2024")),
    ("binhaiwan", "2024-03-01", "新区产业基金首期规模10亿元已募集到位。", "10亿元", 1000000000.0, ("fund", "district", "binhaiwan", "pledge", "")),
    ("nansha", "2024-03-01", "南沙区力争全年实现人工智能产业营收500亿元。", "500亿元", 50000000000.0, ("output", "district", "nansha", "target", "2024")),
    ("nanshan", "2024-03-01", "南山区将建设人才公寓1000套。", "1000套", 1000.0, ("", "district", "nanshan", "target", "")),
    ("binhaiwan", "2024-03-01", "截至目前，新区已投入财政资金20亿元用于基础设施建设。", "20亿元", 2000000000.0, ("investment", "district", "binhaiwan", "actual", "2024")),
    ("nansha", "2024-03-01", "南沙区一季度GDP同比增长5%。", "5%", 5.0, ("", "district", "nansha", "actual", "2024")),
    ("nanshan", "2024-03-01", "南山区去年共兑现各类奖补资金35亿元。", "35亿元", 3500000000.0, ("subsidy", "district", "nanshan", "actual", "2023")),
    ("binhaiwan", "2024-03-01", "到2025年，新区高新技术企业将达到100家。", "100家", 100.0, ("", "district", "binhaiwan", "target", "2025")),
    ("nansha", "2024-03-01", "南沙区计划三年内引进人工智能企业500家。", "500家", 500.0, ("", "district", "nansha", "target", "")),
    ("nanshan", "2024-03-01", "南山区人工智能企业数量已连续三年保持20%以上的增速。", "20%", 20.0, ("", "district", "nanshan", "actual", "")),
    ("binhaiwan", "2024-03-01", "目前，新区在建项目总投资约300亿元。", "约300亿元", 30000000000.0, ("investment", "district", "binhaiwan", "pledge", "")),
    # Hong Kong outlets' counting words (間, 宗, 逾, 近半數) and money (撥款…港元, 億元人民幣), one contrast: 4 of 8 right
    # at first. Land granted (批出…用地) is measured for the grant, an appropriation (撥款) is a grant, and a site
    # named after its district with 的 (南沙區的港澳青年創業基地) is the site.
    ("nansha", "2024-06-01", "南沙區目前已有逾200間港資企業落戶。", "逾200間", 200.0, ("", "district", "nansha", "actual", "2024")),
    ("nanshan", "2024-06-01", "深圳人工智能機械人署成立不到一年，已協助逾600間企業。", "逾600間", 600.0, ("", "city", "", "actual", "2024")),
    ("nansha", "2024-06-01", "港府去年批出3宗創科用地，涉及土地約10公頃。", "約10公頃", 100000.0, ("", "city", "", "actual", "2023")),
    ("nanshan", "2024-06-01", "南山區近半數上市公司從事科技行業。", "半數", 50.0, ("", "district", "nanshan", "actual", "2024")),
    ("binhaiwan", "2024-06-01", "濱海灣新區計劃於2027年前建成逾100萬平方米產業空間。", "逾100萬平方米", 1000000.0, ("", "district", "binhaiwan", "target", "2027")),
    ("nansha", "2024-06-01", "特區政府撥款逾20億港元推動大灣區合作。", "逾20億港元", 2000000000.0, ("subsidy", "city", "", "pledge", "")),
    ("nanshan", "2024-06-01", "南山區去年人工智能產業規模約2,000億元人民幣。", "約2,000億元", 200000000000.0, ("output", "district", "nanshan", "actual", "2023")),
    ("nansha", "2024-06-01", "南沙區的港澳青年創業基地已孵化逾300個團隊。", "逾300個", 300.0, ("", "subarea", "nansha", "actual", "2024")),
    ("nansha", "2024-06-01", "南沙区的人工智能企业数量达到1000家。", "1000家", 1000.0, ("", "district", "nansha", "actual", "2024")),
    # What a sum measures (a round, a valuation, tax, a plot's starting price, a rent, loans, an R&D share, trade, a
    # fund's first close, a one-off award): 9 of 10 right at first, the tenth our label (a plot's starting price is
    # current, as the growth2 reader gives an auction's, not a pledge).
    ("nanshan", "2024-06-01", "该初创企业近日完成2亿元B轮融资。", "2亿元", 200000000.0, ("financing", "organisation", "", "actual", "2024")),
    ("nanshan", "2024-06-01", "这家公司估值已超过100亿元。", "超过100亿元", 10000000000.0, ("financing", "organisation", "", "actual", "2024")),
    ("nansha", "2024-06-01", "南沙区去年税收收入达到400亿元。", "400亿元", 40000000000.0, ("other", "district", "nansha", "actual", "2023")),
    ("binhaiwan", "2024-06-01", "该地块起始价为3.2亿元。", "3.2亿元", 320000000.0, ("price", "subarea", "binhaiwan", "actual", "2024")),
    ("nanshan", "2024-06-01", "南山区人才公寓租金为每月每平方米30元。", "30元", 30.0, ("price", "district", "nanshan", "actual", "2024")),
    ("nansha", "2024-06-01", "银行向区内科技企业发放贷款超过50亿元。", "超过50亿元", 5000000000.0, ("other", "district", "nansha", "actual", "2024")),
    ("nanshan", "2024-06-01", "南山区企业研发投入占全区GDP比重达6.5%。", "6.5%", 6.5, ("", "district", "nanshan", "actual", "2024")),
    ("binhaiwan", "2024-06-01", "新区进出口总额去年达到120亿元。", "120亿元", 12000000000.0, ("other", "district", "binhaiwan", "actual", "2023")),
    ("nansha", "2024-06-01", "南沙人工智能产业基金总规模50亿元，首期20亿元。", "20亿元", 2000000000.0, ("fund", "district", "nansha", "pledge", "")),
    ("nanshan", "2024-06-01", "南山区对获评的企业给予一次性奖励50万元。", "50万元", 500000.0, ("subsidy", "district", "nanshan", "pledge", "")),
]


# Two more batteries of figures in sentences of our own, labelled by the conventions before the reader was run on
# them (fourth stop). The first (13: GDP, output, targets, counts, a firm's pledge, a fund, a grant, a province, a
# project, a plan's investment, a growth rate, Hong Kong wording): 13 right at first. The second (9): 6 right at
# first; a place then a time word opening the sentence (南沙今年已签约项目68个，总投资超1200亿元) now dates the
# sentence's figures as a time word opening it does, and what bodies built together (…共建的孵化基地) is a site
# (below). One is left out where readers could differ (前海's GDP: the zone is Shenzhen's authority's, not the
# district's).
LATER_FIGURES = [
    ("nanshan", "2025-02-10", "2024年南山区实现地区生产总值9500亿元。", "9500亿元", 950000000000.0, ("gdp", "district", "nanshan", "actual", "2024")),
    ("nansha", "2024-09-01", "今年上半年，南沙区规上工业总产值达到1100亿元。", "1100亿元", 110000000000.0, ("output", "district", "nansha", "actual", "2024")),
    ("binhaiwan", "2024-04-01", "到2030年，滨海湾新区力争实现地区生产总值1000亿元。", "1000亿元", 100000000000.0, ("gdp", "district", "binhaiwan", "target", "2030")),
    ("nanshan", "2024-06-01", "南山区已累计建成5G基站8000个。", "8000个", 8000, ("", "district", "nanshan", "actual", "2024")),
    ("nansha", "2024-06-01", "某科技公司拟在南沙投资20亿元建设研发总部。", "20亿元", 2000000000.0, ("investment", "organisation", "", "pledge", "")),
    ("binhaiwan", "2023-11-01", "新区将设立规模10亿元的科技创新基金。", "10亿元", 1000000000.0, ("fund", "district", "binhaiwan", "pledge", "")),
    ("nanshan", "2024-06-01", "对入选的项目，区财政给予最高500万元补贴。", "500万元", 5000000.0, ("subsidy", "district", "nanshan", "pledge", "")),
    ("nansha", "2023-06-01", "广东省2022年地区生产总值达12.9万亿元。", "12.9万亿元", 12900000000000.0, ("gdp", "province", "", "actual", "2022")),
    ("binhaiwan", "2024-06-01", "OPPO滨海湾数据中心项目总投资约50亿元。", "50亿元", 5000000000.0, ("investment", "subarea", "binhaiwan", "pledge", "")),
    ("nanshan", "2025-03-01", "截至2024年底，南山区国家高新技术企业达5200家。", "5200家", 5200, ("", "district", "nanshan", "actual", "2024")),
    ("nansha", "2024-06-01", "南沙区计划今年完成工业投资300亿元。", "300亿元", 30000000000.0, ("investment", "district", "nansha", "target", "2024")),
    ("nanshan", "2024-06-01", "南山区人工智能企业去年营收同比增长25%。", "25%", 25, ("", "district", "nanshan", "actual", "2023")),
    ("nansha", "2024-06-01", "南沙區去年GDP按年增長4.1%，達2400億元人民幣。", "2400億元", 240000000000.0, ("gdp", "district", "nansha", "actual", "2023")),
    ("binhaiwan", "2024-06-01", "东莞全市去年新增高新技术企业800家。", "800家", 800, ("", "city", "", "actual", "2023")),
    ("nansha", "2022-03-01", "南沙区“十四五”期间将新建学校30所。", "30所", 30, ("", "district", "nansha", "target", "")),
    ("nansha", "2024-06-01", "南沙今年已签约项目68个，总投资超1200亿元。", "超1200亿元", 120000000000.0, ("investment", "district", "nansha", "pledge", "2024")),
    ("binhaiwan", "2024-06-01", "2025年，新区计划引进人才5000名。", "5000名", 5000, ("", "district", "binhaiwan", "target", "2025")),
    ("nanshan", "2024-06-01", "南山区去年财政民生支出304亿元。", "304亿元", 30400000000.0, ("other", "district", "nanshan", "actual", "2023")),
    ("nansha", "2024-06-01", "据统计，南沙已有人工智能企业超200家。", "200家", 200, ("", "district", "nansha", "actual", "2024")),
    ("nanshan", "2023-03-01", "南山区计划到2025年数字经济核心产业增加值达到4000亿元。", "4000亿元", 400000000000.0, ("gdp", "district", "nanshan", "target", "2025")),
    # a third (10: value added, a year-end forecast, five years' investment, a park's firms, a city's target, a
    # fund's first close, a firm's staff, Hong Kong-style GDP, a digital economy's size): 9 right at first; a sentence
    # opening on a span of years with a total (过去五年，…累计…) was labelled with no year, against the conventions and
    # the periods battery above (a total to date is the page's year's): our label taken back, and the rule tried for
    # it left out (it also undated a later clause's own year)
    ("nanshan", "2024-03-01", "2023年，全区规上工业增加值突破3000亿元。", "3000亿元", 300000000000.0, ("gdp", "district", "nanshan", "actual", "2023")),
    ("nansha", "2024-06-01", "预计到今年底，南沙人工智能产业规模将达到200亿元。", "200亿元", 20000000000.0, ("output", "district", "nansha", "target", "2024")),
    ("binhaiwan", "2025-01-10", "过去五年，新区累计完成固定资产投资超1000亿元。", "超1000亿元", 100000000000.0, ("investment", "district", "binhaiwan", "actual", "2025")),
    ("nanshan", "2024-06-01", "深圳湾科技生态园已入驻企业超过1000家。", "1000家", 1000, ("", "subarea", "nanshan", "actual", "2024")),
    ("binhaiwan", "2024-06-01", "东莞市计划到2027年培育人工智能企业500家。", "500家", 500, ("", "city", "", "target", "2027")),
    ("nanshan", "2024-12-01", "截至11月底，南山区今年已新增上市公司8家。", "8家", 8, ("", "district", "nanshan", "actual", "2024")),
    ("nansha", "2024-06-01", "该基金首期规模10亿元，由区国资平台出资。", "10亿元", 1000000000.0, ("fund", "district", "nansha", "pledge", "")),
    ("nanshan", "2024-06-01", "腾讯在南山区的员工超过3万人。", "3万人", 30000.0, ("", "organisation", "", "actual", "2024")),
    ("binhaiwan", "2023-06-01", "滨海湾新区2022年实现地区生产总值105亿元，增长8.6%。", "105亿元", 10500000000.0, ("gdp", "district", "binhaiwan", "actual", "2022")),
    ("nanshan", "2024-06-01", "南山区力争2025年数字经济规模突破6000亿元。", "6000亿元", 600000000000.0, ("output", "district", "nanshan", "target", "2025")),
]



@pytest.mark.parametrize("region, published, text, surface, value, labels", FIGURES + LATER_FIGURES)
def test_figures_in_news_sentences_of_our_own(region, published, text, surface, value, labels):
    from gbabrief.lang import choose_t2s_config, converter, detect_script

    orig = text
    if detect_script(text) != "simplified":  # read as the build reads a Traditional page: converted, quoted as it was
        text, surface = (converter(choose_t2s_config(text)).convert(x) for x in (text, surface))
    facts = corpus_facts(pd.DataFrame([{"doc_id": "x", "file": "x.txt", "region": region, "published": published,
                                        "title": "标题", "text": "标题\n" + text, "text_orig": "标题\n" + orig}]))
    same = facts[facts["surface"].str.contains(surface, regex=False)]
    near = same[(same["value"] - value).abs() <= 1e-6 * max(1.0, value)]  # 5亿元 beside 约15亿元: the one of that value
    row = (near if len(near) else same).iloc[0]
    assert abs(row.value - value) <= 1e-6 * max(1.0, value)
    assert (row.measure or "", row.scope, row.district or "", row.status, str(row.year or "")) == labels, row.cues


def test_what_bodies_built_together_is_a_site():
    # 南山区与香港科技园公司共建的孵化基地: the base, a site in the district that built it, not the Hong Kong body's
    # (a known miss of the battery above at first)
    test_figures_in_news_sentences_of_our_own("nanshan", "2024-06-01", "南山区与香港科技园公司共建的孵化基地面积达2万平方米。",
                                             "2万平方米", 2e4, ("", "subarea", "nanshan", "actual", ""))
    test_figures_in_news_sentences_of_our_own("nansha", "2024-06-01", "南沙区与港科大(广州)共建的人工智能研究院已引进团队30个。",
                                             "30个", 30, ("", "subarea", "nansha", "actual", "2024"))


@pytest.mark.parametrize("text, year", [
    # A date after the figure, in its clause, on which what it counts was done (于去年11月开工), is its year.
    ("南沙区12个项目已于2020年11月全面开工。", "2020"),
    ("明珠科学园启动区5个项目已于去年11月全面开工。", "2020"),
    ("南沙区已建成5G基站300个，于今年全部投用。", "2021"),  # the clause's own verb: the page's year
    ("南沙区12个项目全面开工。", "2021"),  # no date of its own: a current count on a dated page
])
def test_a_date_after_a_count_in_its_clause_is_its_year(text, year):
    facts = corpus_facts(pd.DataFrame([{"doc_id": "x", "file": "x.txt", "region": "nansha", "published": "2021-08-03",
                                        "title": "标题", "text": "标题\n" + text, "text_orig": "标题\n" + text}]))
    assert str(facts.iloc[0].year) == year, facts.iloc[0].cues


@pytest.mark.parametrize("text, owners", [
    # Places listed before 分别 own the figures after it, in order (sentences of our own).
    ("南沙、前海、横琴三大平台去年GDP分别为2500亿元、1900亿元和460亿元。",
     {"2500亿元": ("district", "nansha"), "1900亿元": ("outside", ""), "460亿元": ("outside", "")}),
    ("南山区和南沙区的人工智能企业分别有2000家和300家。",
     {"2000家": ("district", "nanshan"), "300家": ("district", "nansha")}),
    # A list of measures, not of owners: the sentence's subject owns both.
    ("2023年，南山区GDP、规上工业增加值分别增长6.1%和5.3%。",
     {"6.1%": ("district", "nanshan"), "5.3%": ("district", "nanshan")}),
])
def test_places_listed_before_respectively_own_the_figures_in_order(text, owners):
    facts = corpus_facts(pd.DataFrame([{"doc_id": "x", "file": "x.txt", "region": "nansha", "published": "2024-03-01",
                                        "title": "标题", "text": "标题\n" + text, "text_orig": "标题\n" + text}]))
    got = {r.surface: (r.scope, r.district or "") for r in facts.itertuples() if r.surface in owners}
    assert got == owners



def test_an_undated_pages_year_from_an_event_held_on_a_day_under_a_dated_name():
    # No date on the page; the event the page reports, held on 3月8日, names its year: 今年 is that year.
    text = ("标题\n今年将是新区的招商年，新区已签约项目12个。\n"
            "3月8日，在新区2021年重点项目集中签约仪式上，新区与多家企业签约。")
    facts = corpus_facts(pd.DataFrame([{"doc_id": "x", "file": "x.txt", "region": "binhaiwan", "published": None,
                                        "title": "标题", "text": text, "text_orig": text}]))
    assert [str(y) for y in facts["year"]] == ["2021"]
    # An annual award's year (2020年度) is the year before; it gives no page year.
    text = text.replace("2021年重点项目集中签约仪式", "2020年度表彰大会")
    facts = corpus_facts(pd.DataFrame([{"doc_id": "x", "file": "x.txt", "region": "binhaiwan", "published": None,
                                        "title": "标题", "text": text, "text_orig": text}]))
    assert [str(y or "") for y in facts["year"]] == [""]


# Six short news pages of our own (28 figures across sentences: counts as of a month, a firm's vehicles, round
# and shipments, a plan's targets, a year's planned and last year's done investment, a city's GDP, a conference's
# figures, signings, a fund and a cap, a university's staff and students, a plan's progress). 23 right at first;
# of the five not, one label of ours was wrong by the readers' conventions (安排…项目56个 is a current count), one
# was the harness's (150亿元 read for 50亿元), two were the tool's (会上 as a discloser; 1亿部 not read) and one is
# left out (a campus phase's floor area). 27 kept, all right.
PAGES = [
    ("nansha", "2024-05-10",
     '南沙人工智能产业跑出加速度\n5月9日，记者从南沙区科技局获悉，截至今年4月，南沙区已集聚人工智能企业280家，较去年底增加30家。\n其中，小马智行已在南沙累计投放自动驾驶车辆300台。该公司去年完成融资1亿美元。\n根据规划，到2027年，南沙人工智能核心产业规模将突破500亿元。',
     {"280家": ('', 'district', 'nansha', 'actual', '2024'), "30家": ('', 'district', 'nansha', 'actual', '2024'), "300台": ('', 'organisation', '', 'actual', '2024'), "1亿美元": ('financing', 'organisation', '', 'actual', '2023'), "500亿元": ('output', 'district', 'nansha', 'target', '2027')}),
    ("binhaiwan", "2023-03-02",
     '滨海湾新区今年计划投资120亿元\n3月1日，东莞滨海湾新区召开重点项目建设推进会。\n今年，新区安排重点项目56个，年度计划投资120亿元。\n去年，新区完成固定资产投资98亿元，同比增长15%。\n东莞全市去年实现地区生产总值1.12万亿元。',
     {"56个": ('', 'district', 'binhaiwan', 'actual', '2023'), "120亿元": ('investment', 'district', 'binhaiwan', 'target', '2023'), "98亿元": ('investment', 'district', 'binhaiwan', 'actual', '2022'), "15%": ('', 'district', 'binhaiwan', 'actual', '2022'), "1.12万亿元": ('gdp', 'city', '', 'actual', '2022')}),
    ("nanshan", "2025-02-20",
     '南山：打造人工智能先锋城区\n2月19日，南山区召开人工智能产业发展大会。\n会上发布的数据显示，2024年南山区人工智能核心产业规模达到2100亿元，占全市比重超过四成。\n大会现场，20个人工智能项目集中签约，总投资额超过150亿元。\n南山区还宣布设立规模50亿元的人工智能产业基金，对优秀项目给予最高1000万元支持。',
     {"2100亿元": ('output', 'district', 'nanshan', 'actual', '2024'), "四成": ('', 'district', 'nanshan', 'actual', '2024'), "20个": ('', 'district', 'nanshan', 'actual', '2025'), "150亿元": ('investment', 'district', 'nanshan', 'pledge', '2025'), "50亿元": ('fund', 'district', 'nanshan', 'pledge', ''), "1000万元": ('subsidy', 'district', 'nanshan', 'pledge', '')}),
    ("nansha", "2022-11-15",
     '港科大（广州）一周年：引进教职员工超过400人\n本报讯（记者 王明）香港科技大学（广州）于2022年9月正式开学。\n学校占地约1.13平方公里，一期建筑面积约49万平方米。目前，学校已引进教职员工超过400人，首批招收研究生约500名。\n南沙区为学校配套建设人才公寓1000套。',
     {"1.13平方公里": ('', 'organisation', '', 'actual', ''), "400人": ('', 'organisation', '', 'actual', '2022'), "500名": ('', 'organisation', '', 'actual', '2022'), "1000套": ('', 'district', 'nansha', 'actual', '2022')}),
    ("binhaiwan", "2024-07-01",
     'OPPO滨海湾园区二期动工\n6月30日，OPPO智能制造中心二期项目在东莞滨海湾新区动工，总投资约60亿元，预计2026年投产。\n项目投产后，预计年产值可达300亿元。OPPO去年在全球出货智能手机1亿部。',
     {"60亿元": ('investment', 'subarea', 'binhaiwan', 'pledge', ''), "300亿元": ('output', 'subarea', 'binhaiwan', 'target', ''), "1亿部": ('', 'organisation', '', 'actual', '2023')}),
    ("nanshan", "2023-12-28",
     '南山区“十四五”中期评估：多项指标超预期\n南山区“十四五”规划提出，到2025年全区GDP达到1万亿元。\n2022年，南山区实现GDP8500亿元，完成规划目标的85%。区内国家高新技术企业达到4500家，提前完成规划目标。',
     {"1万亿元": ('gdp', 'district', 'nanshan', 'target', '2025'), "8500亿元": ('gdp', 'district', 'nanshan', 'actual', '2022'), "85%": ('', 'district', 'nanshan', 'actual', '2022'), "4500家": ('', 'district', 'nanshan', 'actual', '2022')}),
    # Four more pages (a meeting's news, an undated zone profile, a content farm's repost with its source line and
    # disclaimer, a science city's progress): 16 of 17 right at first; a deal signed at the meeting (会上…签订) is
    # that day's, but news learned at a meeting (记者从会上获悉) dates nothing.
    ("nansha", "2025-04-08",
     '南沙区召开2025年人工智能产业发展推进会\n4月7日，南沙区召开2025年人工智能产业发展推进会。会议指出，2024年全区人工智能企业营收达到320亿元，同比增长25%。\n今年，南沙区将力争新增人工智能企业100家，产业规模突破400亿元。\n会上，南沙区与10家企业签订合作协议，协议投资额约80亿元。',
     {"320亿元": ('output', 'district', 'nansha', 'actual', '2024'), "25%": ('', 'district', 'nansha', 'actual', '2024'), "100家": ('', 'district', 'nansha', 'target', '2025'), "400亿元": ('output', 'district', 'nansha', 'target', '2025'), "约80亿元": ('investment', 'district', 'nansha', 'pledge', '2025')}),
    ("binhaiwan", None,
     '滨海湾新区：打造湾区创新高地\n滨海湾新区位于东莞西北部，规划面积84平方公里。\n2023年，新区地区生产总值增长8.5%。新区目前已引进重大产业项目40个。\n根据新区规划，到2035年，新区常住人口将达到50万人。',
     {"84平方公里": ('', 'district', 'binhaiwan', 'actual', ''), "8.5%": ('', 'district', 'binhaiwan', 'actual', '2023'), "40个": ('', 'district', 'binhaiwan', 'actual', ''), "50万人": ('', 'district', 'binhaiwan', 'target', '2035')}),
    ("nanshan", "2024-09-20",
     '深圳南山：人工智能企业超2000家\n来源：南方日报 2024-09-19\n记者从南山区工业和信息化局获悉，截至8月底，南山区人工智能企业超过2000家，规上企业营收超过5000亿元。\n其中，腾讯上半年研发投入超过300亿元。\n深圳全市人工智能企业约2600家。\n免责声明：本文转自网络，如有侵权请联系删除。',
     {"超过2000家": ('', 'district', 'nanshan', 'actual', '2024'), "5000亿元": ('output', 'district', 'nanshan', 'actual', '2024'), "300亿元": ('other', 'organisation', '', 'actual', '2024'), "2600家": ('', 'city', '', 'actual', '2024')}),
    ("nansha", "2023-06-30",
     '南沙科学城建设提速\n记者从南沙区获悉，南沙科学城规划面积99平方公里，目前已落地重大科技平台12个。\n其中，中国科学院明珠科学园已完成投资30亿元。\n南沙区计划到2025年累计投入科研经费100亿元。',
     {"99平方公里": ('', 'subarea', 'nansha', 'actual', ''), "12个": ('', 'subarea', 'nansha', 'actual', '2023'), "30亿元": ('investment', 'subarea', 'nansha', 'actual', '2023'), "100亿元": ('other', 'district', 'nansha', 'target', '2025')}),
    # A report of one year's results in Taiwan words (经济执行情况资料, as OpenCC's s2twp writes 经济运行情况数据): its
    # figures are that year's, not the page's (2024 before).
    ("nansha", "2024-05-21", '南沙区经济数据出炉\n2月20日，广州市南沙区2023年经济执行情况资料出炉。\n工业方面，规模以上工业总产值3862.52亿元，同比增长2.9%。',
     {"3862.52亿元": ('output', 'district', 'nansha', 'actual', '2023'), "2.9%": ('', 'district', 'nansha', 'actual', '2023')}),
]


@pytest.mark.parametrize("region, published, text, want", PAGES)
def test_short_news_pages_of_our_own(region, published, text, want):
    facts = corpus_facts(pd.DataFrame([{"doc_id": "x", "file": "x.txt", "region": region, "published": published,
                                        "title": text.split("\n")[0], "text": text, "text_orig": text}]))
    got = {}
    for surface in want:
        rows = [r for r in facts.itertuples() if surface in r.surface and not ("1" + surface) in r.surface]
        r = rows[-1]
        got[surface] = (r.measure or "", r.scope, r.district or "", r.status, str(r.year or ""))
    assert got == want


# Numbers in news wording a reader lists or leaves out (networks and resolutions, durations, slogans and layouts,
# phases, rankings, editions, model names; counts, shares and floors that are facts): 19 of 20 as we first labelled
# them, and the twentieth (翻了一番) is a multiple by the conventions, as the tool reads it.
@pytest.mark.parametrize("sentence, surfaces", [
 ("南沙区5G网络实现全覆盖，4K超高清视频产业加快发展。", []),
 ("该项目建设周期为3年，预计2026年建成。", []),
 ("政务服务实现24小时不打烊。", []),
 ("南山区构建“1+N”政策体系。", []),
 ("新区形成“一核两翼三带”发展格局。", []),
 ("全区A股上市公司达到200家。", ["200家"]),
 ("力争3-5年内培育10家独角兽企业。", ["10家"]),
 ("该平台累计服务企业1.2万余家。", ["1.2万余家"]),
 ("南沙区高新技术企业数量翻了一番。", ["翻了一番"]),  # a doubling is a multiple, as the conventions code 翻番
 ("全区数字经济占GDP比重近五成。", ["近五成"]),
 ("全年举办各类活动超过百场。", ["超过百场"]),
 ("大会吸引了来自30多个国家和地区的嘉宾。", ["30多个"]),
 ("南山区连续5年位居全国百强区首位。", []),
 ("该园区二期工程于今年动工。", []),
 ("AI+医疗、AI+教育等场景加快落地。", []),
 ("新区位于东莞西北部，距离深圳机场约15分钟车程。", []),
 ("南沙区拥有3个国家级创新平台和12个省级重点实验室。", ["3个", "12个"]),
 ("企业研发投入强度达到6.5%。", ["6.5%"]),
 ("GPT-4等大模型的出现改变了行业格局。", []),
 ("第十五届全国运动会将于2025年在粤港澳三地举办。", []),
])
def test_which_numbers_in_news_wording_are_facts(sentence, surfaces):
    facts = corpus_facts(pd.DataFrame([{"doc_id": "x", "file": "x.txt", "region": "nansha", "published": "2024-05-01",
                                        "title": "标题", "text": "标题\n" + sentence, "text_orig": "标题\n" + sentence}]))
    found = list(facts["surface"])  # a surface may carry its verb (达到200家)
    assert len(found) == len(surfaces) and all(any(want in got for got in found) for want in surfaces), found
