"""Themes and instruments, actors, terms: values on the seeds and on tiny fixtures."""
from __future__ import annotations

import pandas as pd
import pytest

from gbabrief import kwic
from gbabrief.actors import cooccurrence, find_actors, normalise
from gbabrief.terms import frequencies, log_odds, tokens
from gbabrief.themes import code_sentences, scores, sentences, side_mix, taxonomy


def tiny(*texts_by_region: tuple[str, str]) -> pd.DataFrame:
    return pd.DataFrame([{"doc_id": f"d{i}", "region": r, "text": t} for i, (r, t) in enumerate(texts_by_region)])


@pytest.fixture(scope="module")
def evidence(corpus):
    return code_sentences(corpus)


def test_taxonomy_covers_the_frame():
    themes = [c for c in taxonomy() if c.scheme == "theme"]
    instruments = [c for c in taxonomy() if c.scheme == "instrument"]
    assert len(themes) == 10
    assert {c.side for c in instruments} == {"supply", "environment", "demand"}
    assert all(c.keywords for c in taxonomy())


@pytest.mark.parametrize("sentence, code, side", [
    ("南沙区设立规模5亿元的人工智能产业基金。", "finance", "environment"),  # funds are environment-side finance
    ("南沙区提供银行贷款和融资担保。", "finance", "environment"),
    ("南沙区给予最高1000万元资金支持和算力补贴。", "funding", "supply"),  # direct grants are supply-side funding
    ("南沙区开放交通、城管等领域数据资源，提供试验场景。", "scenarios", "demand"),
    ("南沙区对符合条件的企业给予税收优惠。", "tax", "environment"),
])
def test_instrument_boundaries(sentence, code, side):
    ev = code_sentences(tiny(("nansha", sentence)))
    coded = ev[ev["scheme"] == "instrument"]
    assert (code, side) in set(zip(coded["code"], coded["side"]))


def test_every_coded_sentence_holds_its_keywords(corpus, evidence):
    assert len(evidence) > 200
    for row in evidence.itertuples():  # a cue's words, or the characters that weighed most for a learned code
        words = row.keywords.removeprefix("learned: ").split(" ") if row.keywords.startswith("learned: ") \
            else row.keywords.split("|")
        assert words and all(k and k in row.sentence for k in words), row
    # ... and is a sentence of that article.
    texts = corpus.set_index("doc_id")["text"]
    assert all(row.sentence in texts[row.doc_id] for row in evidence.itertuples())


def test_scores_are_normalised_per_10k_chars(corpus, evidence):
    table = scores(corpus, evidence, "theme")
    chars = corpus[corpus["region"] == "nanshan"]["text"].str.len().sum()
    n = ((evidence["scheme"] == "theme") & (evidence["code"] == "military_civil")
         & (evidence["region"] == "nanshan")).sum()
    row = table[(table["region"] == "nanshan") & (table["code"] == "military_civil")].iloc[0]
    assert row["sentences"] == n > 0
    assert row["per_10k_chars"] == pytest.approx(n * 10_000 / chars, abs=0.01)
    # Military–civil fusion appears in Nanshan only.
    assert table[(table["code"] == "military_civil") & (table["region"] != "nanshan")]["sentences"].sum() == 0
    mix = side_mix(evidence, corpus)
    assert list(mix.columns) == ["supply", "environment", "demand"]
    assert mix.sum(axis=1).round(0).eq(100).all()


def test_actor_normalisation():
    assert normalise("深圳市商汤科技有限公司") == ("商汤科技", "company")
    assert normalise("比亚迪股份有限公司") == ("比亚迪", "company")
    assert normalise("广州市南沙区科学技术局") == ("广州市南沙区科学技术局", "government")
    assert normalise("某某大学") == ("某某大学", "university")


def test_actors_and_cooccurrence(corpus):
    mentions = find_actors(corpus)
    found = set(zip(mentions["region"], mentions["actor"], mentions["type"]))
    assert ("nanshan", "商汤科技", "company") in found
    assert ("nansha", "香港科技大学(广州)", "university") in found
    assert ("binhaiwan", "香港理工大学", "university") in found
    # 澳大 inside 粤港澳大湾区 is not the University of Macau; 澳门大学 is named only in 003.
    assert set(mentions[mentions["actor"] == "澳门大学"]["doc_id"]) == {"003_537e429408746187"}
    pairs = cooccurrence(mentions)
    oppo_vivo = pairs[(pairs["region"] == "binhaiwan") & (pairs["actor_a"] == "OPPO") & (pairs["actor_b"] == "vivo")]
    sents = sentences(corpus[corpus["region"] == "binhaiwan"])
    expected = sum(("OPPO" in s and "vivo" in s) for s in sents["sentence"])
    assert oppo_vivo["sentences"].tolist() == [expected] and expected >= 2


def test_log_odds_ranks_what_is_distinctive():
    corpus = tiny(("nanshan", "集成电路 集成电路 集成电路 人工智能 人工智能"), ("nansha", "算力 算力 算力 人工智能 人工智能"))
    lo = log_odds(tokens(corpus), min_count=1)
    top = lo.groupby("region").head(1).set_index("region")["token"].to_dict()
    assert top == {"nanshan": "集成电路", "nansha": "算力"}
    shared = lo[lo["token"] == "人工智能"]["z"]
    assert shared.abs().max() < 0.01  # used equally by both: not distinctive


def test_frequencies_drop_stopwords(corpus):
    freq = frequencies(tokens(corpus))
    assert not freq["token"].isin(["据悉", "表示", "的"]).any()
    top = freq[freq["region"] == "nansha"].iloc[0]
    assert top["token"] == "人工智能"


def test_kwic(corpus):
    hits = kwic("算力", corpus)
    assert len(hits) == sum(t.count("算力") for t in corpus["text"]) == 5
    for row in hits.itertuples():
        text = corpus.set_index("doc_id").loc[row.doc_id, "text"].replace("\n", " ")
        assert row.left + row.match + row.right in text
    assert len(kwic("濱海灣", corpus)) == len(kwic("滨海湾", corpus)) > 5  # Traditional query works
    assert len(kwic("人工智能", corpus, sample=10)) == 10
