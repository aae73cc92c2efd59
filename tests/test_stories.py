"""Stories, not files: reposts grouped by their body text, different stories on one topic kept apart."""
from __future__ import annotations

import random
import shutil

import pandas as pd
import pytest
from conftest import DATA
from reposts import repost

from gbabrief import load_corpus
from gbabrief.stories import containment, find_stories, shingles

PAGE = DATA / "growth" / "nansha_zgmrxxw_hkcooperation_2025.txt"


def frame(texts: dict[str, str], published: dict[str, str] | None = None) -> pd.DataFrame:
    return pd.DataFrame([{"doc_id": d, "text": t, "published": (published or {}).get(d)} for d, t in texts.items()])


@pytest.mark.parametrize("kind", ["chrome", "cut", "added", "traditional", "reworded"])
def test_a_repost_is_the_same_story(tmp_path, kind):
    text = PAGE.read_text(encoding="utf-8")
    rng = random.Random(1)
    copy = {
        "chrome": lambda: repost(text, rng, traditional=False, cut=False, reword=False),
        "cut": lambda: repost(text, rng, traditional=False, cut=True, reword=False),
        "added": lambda: text + "\n记者了解到，南沙还将继续推进与港澳在科技、金融、人才等领域的合作，打造更多合作平台。",
        "traditional": lambda: repost(text, rng, traditional=True, cut=False, reword=False),
        "reworded": lambda: repost(text, rng, traditional=False, cut=False, reword=True),
    }[kind]()
    shutil.copy(PAGE, tmp_path / "a.txt")
    (tmp_path / "b.txt").write_text(copy, encoding="utf-8")
    corpus = load_corpus(tmp_path, quiet=True)
    assert list(corpus["copies"]) == [2]
    pages = corpus.attrs["stories"]
    assert pages["story"].nunique() == 1 and pages["similarity"].min() >= 0.9


def test_the_development_pages_are_25_stories_with_the_real_repost_pair_as_one(tmp_path):
    # 26 pages: every two on one topic (two Binhaiwan major-project lists, two Guangming plans, OPPO's
    # sites, Nanshan's GDP) stay apart; the one story on two sites is grouped.
    for name in ("growth", "growth2"):
        for page in (DATA / name).glob("*.txt"):
            shutil.copy(page, tmp_path / page.name)
    corpus = load_corpus(tmp_path, quiet=True)
    assert len(corpus) == 25 and corpus.attrs["stories"]["doc_id"].nunique() == 26
    pair = corpus.attrs["stories"].set_index("doc_id").loc[["nansha_smartjx_gdp_2021", "nansha_guhantai_gdp_2021"]]
    assert pair["story"].nunique() == 1 and pair["similarity"].min() > 0.9
    assert int(corpus.set_index("story").loc[pair["story"].iloc[0], "copies"]) == 2


def test_the_canonical_copy_is_the_earliest_dated_else_the_longest():
    body = "南沙区发布人工智能产业发展行动方案，提出到2027年集聚人工智能企业500家，建设算力中心三个。" * 4
    stories = find_stories(frame({"late": body, "early": body + "。补充一句。", "undated": body + "更多内容。" * 3},
                                 {"late": "2024-05-02", "early": "2024-05-01"}))
    assert set(stories["story"]) == {"early"} and stories.set_index("doc_id").loc["early", "canonical"]
    stories = find_stories(frame({"short": body, "long": body + "另据报道，南沙还将出台配套措施。"}))
    assert set(stories["story"]) == {"long"}


def test_containment_and_unlike_texts():
    a, b = shingles("南沙区人工智能产业发展迅速，集聚企业超过一千家。"), shingles("滨海湾新区加快建设重大项目，年度投资计划四十六亿元。")
    assert containment(a, a) == 1.0 and containment(a, b) == 0.0 and containment(a, set()) == 0.0
    stories = find_stories(frame({"a": "南沙区人工智能产业发展迅速，集聚企业超过一千家。" * 5,
                                  "b": "滨海湾新区加快建设重大项目，年度投资计划四十六亿元。" * 5}))
    assert stories["story"].nunique() == 2


def test_a_district_named_only_in_traditional_characters_is_found():
    from gbabrief.regions import infer_region

    # A Simplified page whose lead and body name the district in Traditional characters only.
    text = ("东莞加快建设重大项目\n日前，位于濱海灣新區的智能制造项目开工，项目总投资10亿元。\n"
            "濱海灣新區管委会表示，该项目建成后将带动产业发展。")
    assert infer_region("东莞加快建设重大项目", text) == "binhaiwan"
    assert infer_region("东莞加快建设重大项目", text.replace("濱海灣新區", "某地")) is None
