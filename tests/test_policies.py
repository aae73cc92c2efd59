"""Named policies and programmes, English gists, and findings that say how much they rest on."""
from __future__ import annotations

import pandas as pd
import pytest

from gbabrief import load_corpus
from gbabrief.gist import gist, glosses
from gbabrief.paths import SEEDS
from gbabrief.policies import find_policies


@pytest.fixture(scope="module")
def seed_policies():
    return find_policies(load_corpus(SEEDS, quiet=True))


def test_seed_policies(seed_policies):
    by_name = {r.name: r for r in seed_policies.itertuples()}
    measures = by_name["《广州市南沙区促进人工智能产业高质量发展扶持办法》"]
    assert (measures.type, measures.level, measures.district, measures.issuer) == (
        "measures", "district", "nansha", "南沙区工信局")
    assert "5亿元 (CNY 500 m)" in measures.funds  # the fund the same passage sets up, as stated and in words
    plan = by_name["《东莞滨海湾新区产业发展规划(2024-2030年)》"]
    assert (plan.type, plan.level, plan.district) == ("plan", "district", "binhaiwan")
    assert by_name["《粤港澳大湾区发展规划纲要》"].level == "national"
    assert not any("经济新闻" in n for n in by_name)  # an outlet's name in 《》 is not a policy


def test_unquoted_names_need_their_place():
    corpus = pd.DataFrame([{"doc_id": "a", "region": "nansha", "text":
                            "南沙区发布《南沙区算力产业扶持办法》。广州南沙自动驾驶与智慧交通示范区加快建设。"
                            "企业可享受相关政策和配套措施。"}])
    names = list(find_policies(corpus)["name"])
    assert names == ["《南沙区算力产业扶持办法》", "广州南沙自动驾驶与智慧交通示范区"]  # not 相关政策 or 配套措施


def test_gist_is_built_from_what_was_extracted():
    sentence = "南沙区发布人工智能扶持办法，给予企业最高1000万元资金支持，重点支持算力建设。"
    text = gist(sentence)
    assert "Nansha District" in text and "up to CNY 10 m" in text and "computing power" in text
    names, terms = glosses("在深圳南山区建设人工智能产业园")
    assert names and any("artificial intelligence" in t.lower() for t in terms)


def test_gist_states_a_figure_once_with_its_label():
    facts = pd.DataFrame({"value_text": ["3 factors", "up to CNY 10 m"],
                          "label": ["factors, 2025", "subsidy or award cap (pledged or announced)"]})
    text = gist("围绕算力、数据、算法三大核心要素给予最高1000万元资金支持。", facts)
    assert "Figures: 3 factors, 2025; up to CNY 10 m, subsidy or award cap (pledged or announced)." in text
