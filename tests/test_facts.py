"""Quantitative facts: the gold facts of the seeds, the things that are not facts, and hard cases."""
from __future__ import annotations

import csv
import io
import re

import pytest

from conftest import read_gold, run_cli
from gbabrief.facts import corpus_facts, extract, parse_chinese
from gbabrief.lang import converter
from gbabrief.paths import SEEDS

GOLD = read_gold("facts.csv")
NOT_FACTS = read_gold("not_facts.csv")
NUMBER = re.compile(r"[\d,.]+\d|\d|[一二两三四五六七八九十百千万亿]+")


def _simple(s: str) -> str:
    return converter("t2s").convert(s).replace(" ", "")


@pytest.fixture(scope="module")
def facts(corpus):
    return corpus_facts(corpus)


def matches(facts, gold) -> bool:
    value = float(gold["value"])
    found = facts[(facts["file"] == gold["seed"]) & (facts["kind"] == gold["kind"]) &
                  (facts["unit"] == gold["unit"]) & (facts["qualifier"] == gold["qualifier"]) &
                  ((facts["value"] - value).abs() <= max(0.01, abs(value) * 1e-6))]
    # The number as written in the gold surface is in the surface found.
    number = NUMBER.findall(_simple(gold["surface"]))[0]
    return any(number in _simple(s) for s in found["surface_orig"])


def test_required_gold_facts(facts):
    required = [g for g in GOLD if g["required"] == "1"]
    missed = [(g["seed"][:3], g["surface"]) for g in required if not matches(facts, g)]
    assert len(required) == 27
    # Target 95%; measured 27 of 27.
    assert (len(required) - len(missed)) / len(required) >= 0.95, missed
    assert missed == []


def test_optional_gold_facts(facts):
    found = {g["surface"] for g in GOLD if g["required"] == "0" and matches(facts, g)}
    assert found == {"三个重大科技项目", "千亿级产业集群"}  # 四方 (four parties) is not read as a count


@pytest.mark.parametrize("row", NOT_FACTS, ids=lambda r: f"{r['seed'][:3]}:{r['surface']}")
def test_not_facts(facts, row, corpus):
    surface = _simple(row["surface"])
    in_doc = facts[facts["file"] == row["seed"]]
    assert not any(surface in _simple(s) or _simple(s) in surface for s in in_doc["surface_orig"]), row["why"]
    # Also when the text is fed directly, chrome and all: the extractor itself refuses it.
    raw = (SEEDS / row["seed"]).read_text(encoding="utf-8")
    for line in raw.splitlines():
        if row["surface"] in line:
            assert not any(surface in _simple(s) for s in extract(converter("t2s").convert(line))["surface"])


@pytest.mark.parametrize("text, expected", [
    ("该项目总投资超50亿元。", [("money", 5e9, "CNY", "over")]),
    ("占地面积约3.5平方公里。", [("area", 3.5e6, "m2", "approx")]),
    ("今年引进高层次人才近千名，上千家企业参与。", [("count", 1000, "people", "nearly"),
                                                ("count", 1000, "enterprises", "over")]),
    ("营收同比增长35.6%，获得2.3亿美元融资。", [("percent", 35.6, "percent", "exact"),
                                             ("money", 2.3e8, "USD", "exact")]),
    ("全年接待1.5万人次。", [("count", 15000, "visits", "exact")]),
    ("咨询电话：0755-12345678。", []),
    ("2024年，第三届大会在5G展馆举行，历时4个月。", []),  # year, ordinal, product name, duration
    ("每平方公里产出120亿元。", [("ratio", 1.2e10, "CNY_per_km2", "exact")]),
    ("园区面积3000平方米左右，距市中心12公里。", [("area", 3000, "m2", "approx"), ("length", 12000, "m", "exact")]),
    ("新增就业岗位逾万个。", [("count", 10000, "jobs", "over")]),
    ("引进二十余个项目。", [("count", 20, "projects", "over")]),
    ("港府拨款5000万港元。", [("money", 5e7, "HKD", "exact")]),
    ("不超过200万元", [("money", 2e6, "CNY", "up_to")]),
    ("不到30家企业", [("count", 30, "enterprises", "under")]),
    ("双方签约，共建“20+8”集群，打造Find X8与“1+5+X”体系。", []),
    ("地址：观塘道332号。", []),
    ("签约三个项目。", [("count", 3, "projects", "exact")]),  # 签约 is not the qualifier 约
    ("孵化港澳青创团队120个。", [("count", 120, "teams", "exact")]),  # teams, not people
    ("形成了以甲为启动区的创新区、以乙为载体的牧场两大人工智能产业聚集区域。", [("count", 2, "areas", "exact")]),
    ("明确方向、领域和布局，做好新区三大板块产业定位。", [("count", 3, "sections", "exact")]),  # 定位 goes on
    # Units of pages nobody tuned the reader to: millimetres and kilometres, a discount, a scale reached.
    ("机身厚度仅为5.8mm，续航里程达600km。", [("length", 0.0058, "m", "exact"), ("length", 600000, "m", "exact")]),
    ("屏幕边框仅3毫米。", [("length", 0.003, "m", "exact")]),
    ("入驻企业享受租金8折优惠，折合人民币2万元。", [("percent", 80, "percent", "exact"), ("money", 2e4, "CNY", "exact")]),
    ("产业规模有望迈上千亿级台阶。", [("money", 1e11, "CNY", "approx")]),
    ("央视新闻等60多个新媒体平台参与直播。", [("count", 60, "media_outlets", "over")]),  # media, not the district's platforms
    # A listed enumeration is a fact whatever it counts; a rhetorical one names nothing
    ("新区将聚焦先进制造、现代服务两大重点，推动发展。", [("count", 2, "items", "exact")]),
    ("关键在于两大重点，推动发展。", []),
    ("四大功能包括孵化功能、“产、学、研”转化功能、实习及就业功能、推广功能等。", [("count", 4, "items", "exact")]),
    ("重点打造人工智能和数字创意两大", [("count", 2, "items", "exact")]),  # a page cut right after the count
    # Counted by a character every named item holds; a quoted count that names its items; a quoted name that does not
    ("推进市民端、企业端两端应用建设。", [("count", 2, "items", "exact")]),
    ("首创「两券」体系，包括「算力券」补贴、「数据券」补贴。", [("count", 2, "items", "exact")]),
    ("打造创新生态“六个一”政策举措。", []),
    ("而另外三家分别是美国的甲、中国的乙和我们。", [("count", 3, "organisations", "exact")]),  # 分别 is no minute
    ("真正做到的也就三家半。", []),  # half of a thing counted whole: a manner of speaking
    # A round magnitude measured against counts, whatever follows it; a classifier with no comparator and no
    # noun after it is a slogan
    ("这款游戏全球销量超千万份，位居榜首。", [("count", 1e7, "copies", "over")]),
    ("该机型累计卖出逾百万台。", [("count", 1e6, "units", "over")]),
    ("为企业送上三份“大礼”，这是千万份心意。", []),
    # AI policy's own quantities: computing power in the unit given, racks, servers, models; a figure of another
    # (8KW) before the noun ends the surface; percentage points are a percent, not items; 余 after 达到 is over
    ("全市智能算力规模达到1000P，新增算力超过2.5EFLOPS。", [("count", 1000, "PFLOPS", "exact"),
                                                   ("count", 2.5, "EFLOPS", "over")]),
    ("规划建设6000多个8KW机柜和12万台服务器。", [("count", 6000, "cabinets", "over"), ("count", 120000, "servers", "exact")]),
    ("已发布行业大模型20个。", [("count", 20, "models", "exact")]),
    ("研发投入占GDP比重提高0.5个百分点，制造业比重下降3个百分点。", [("percent", 0.5, "percentage_points", "exact"),
                                                         ("percent", -3, "percentage_points", "exact")]),
    ("区内人工智能企业达到200余家。", [("count", 200, "enterprises", "over")]),
    ("P2P平台数量下降。", []),
    # The classifier counts the fields right after it, not the people a later noun names; a lexicon noun that
    # opens with such a word (服务器) is still that noun; a slogan is still none
    ("重点聚焦物质科学、先进工程等六个方向开展人才培养和科学研究。", [("count", 6, "fields", "exact")]),
    ("围绕三个方面引进人才200名。", [("count", 200, "people", "exact")]),  # three aspects are no three people
    ("坚持四个全面。", []),
    # 个百分点 once at the end of a list: each figure in it is percentage points, each its own surface
    ("分别拉动全区GDP增长10.5个、3.0个和2.3个百分点。", [("percent", 10.5, "percentage_points", "exact"),
                                               ("percent", 3.0, "percentage_points", "exact"),
                                               ("percent", 2.3, "percentage_points", "exact")]),
    ("建成3个、在建5个项目。", [("count", 3, "items", "exact"), ("count", 5, "projects", "exact")]),
    # A fall before a list falls for every figure in it; a rise after a fall in another clause does not
    ("工业和服务业分别同比下降2.1%、3.4%。", [("percent", -2.1, "percent", "exact"), ("percent", -3.4, "percent", "exact")]),
    ("分别下降1.5个和0.8个百分点。", [("percent", -1.5, "percentage_points", "exact"),
                             ("percent", -0.8, "percentage_points", "exact")]),
    ("GDP增长5%、投资下降3%和消费增长2%。", [("percent", 5, "percent", "exact"), ("percent", -3, "percent", "exact"),
                                   ("percent", 2, "percent", "exact")]),
])
def test_hard_cases(text, expected):
    got = [(r.kind, r.value, r.unit, r.qualifier) for r in extract(text).itertuples()]
    assert got == [(k, pytest.approx(v), u, q) for k, v, u, q in expected]


@pytest.mark.parametrize("numeral, value", [("三", 3), ("二十", 20), ("一百二十", 120), ("百亿", 1e10),
                                            ("千亿", 1e11), ("两万", 2e4), ("十", 10)])
def test_parse_chinese(numeral, value):
    assert parse_chinese(numeral) == value


def test_cli_facts_csv():
    result = run_cli("facts", *sorted(SEEDS.glob("*.txt")))
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == ["file", "kind", "value", "value_low", "value_high", "unit", "qualifier", "measure", "place",
                             "scope", "district", "status", "year", "cues", "surface", "sentence", "positions"]
    by_surface = {r["surface"]: r for r in rows}
    row = by_surface["18,605.73平方米"]
    assert (row["kind"], row["value"], row["unit"]) == ("area", "18605.73", "m2")
    assert row["surface"] in row["sentence"] and "融創中心" in row["sentence"]  # quoted as found
    assert by_surface["約2356畝"]["value"] == "1570666.67"


@pytest.mark.parametrize("value, text", [(2e8, "CNY 200 m"), (1.2e12, "CNY 1.2 tn"), (5e9, "CNY 5 bn"),
                                         (5000, "CNY 5,000"), (1.5e6, "CNY 1.5 m")])
def test_a_sum_reads_in_millions_billions_and_trillions(value, text):
    from gbabrief.facts import money_text

    assert money_text(value, "CNY") == text
