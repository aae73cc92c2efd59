"""Per-page results are computed once, reused when nothing they depend on changed, and equal to what
computing them again gives: adding a page to a corpus recomputes that page only."""
from __future__ import annotations

import pandas as pd
import pytest

import gbabrief.paths
from gbabrief import facts as facts_module
from gbabrief import load_corpus, pagecache
from gbabrief.actors import find_actors
from gbabrief.facts import corpus_facts
from gbabrief.segment import corpus_tokenizer, tokenizer, whole_share
from gbabrief.terms import tokens


@pytest.fixture
def own_cache(tmp_path, monkeypatch):
    monkeypatch.setattr(gbabrief.paths, "CACHE", tmp_path / "cache")
    return tmp_path / "cache"


def test_results_are_kept_per_item_and_only_new_items_computed(own_cache):
    calls = []

    def square(x, label):
        calls.append(x)
        return {"x": x * x, "label": label}

    assert pagecache.per_page("square", [(2, "a"), (3, "b")], square) == [{"x": 4, "label": "a"}, {"x": 9, "label": "b"}]
    assert calls == [2, 3]
    assert pagecache.per_page("square", [(2, "a"), (3, "b"), (4, "c")], square)[2] == {"x": 16, "label": "c"}
    assert calls == [2, 3, 4]  # the two known items were read back
    assert pagecache.per_page("square", [(2, "changed")], square) == [{"x": 4, "label": "changed"}]
    assert calls == [2, 3, 4, 2]  # any part of the item is part of the key
    assert len(list((own_cache / "pages").glob("*/square/*.pkl"))) == 4


def test_a_broken_file_is_computed_again_and_the_cache_can_be_turned_off(own_cache, monkeypatch):
    calls = []
    pagecache.per_page("n", [(1,)], lambda x: calls.append(x) or x + 1)
    for path in (own_cache / "pages").glob("*/n/*.pkl"):
        path.write_bytes(b"not a pickle")
    assert pagecache.per_page("n", [(1,)], lambda x: calls.append(x) or x + 1) == [2]
    assert calls == [1, 1]
    monkeypatch.setenv("GBABRIEF_PAGE_CACHE", "0")
    assert pagecache.per_page("n", [(1,)], lambda x: calls.append(x) or x + 1) == [2]
    assert calls == [1, 1, 1]


def test_only_this_code_versions_pages_are_kept(own_cache):
    stale = own_cache / "pages" / "0123456789abcdef" / "facts"
    stale.mkdir(parents=True)
    (stale / "x.pkl").write_bytes(b"from another version of the code")
    assert pagecache.per_page("n", [(1,)], lambda x: x + 1) == [2]
    assert not stale.parent.exists() and len(list((own_cache / "pages").iterdir())) == 1


def test_cached_facts_equal_computed_facts_and_a_new_page_is_the_only_one_read(own_cache, monkeypatch, seeds_dir):
    corpus = load_corpus(seeds_dir, quiet=True)
    monkeypatch.setenv("GBABRIEF_PAGE_CACHE", "0")
    computed = corpus_facts(corpus)
    monkeypatch.setenv("GBABRIEF_PAGE_CACHE", "1")
    first = corpus_facts(corpus.iloc[:-1])
    read = []
    real = facts_module._page_facts
    monkeypatch.setattr(facts_module, "_page_facts", lambda *a, **k: read.append(a[0][:10]) or real(*a, **k))
    again = corpus_facts(corpus)
    assert read == [corpus.iloc[-1]["text"][:10]]  # the added page only
    pd.testing.assert_frame_equal(again, computed)
    assert len(first) < len(computed)


def test_a_pages_tokens_do_not_depend_on_the_terms_other_pages_add(own_cache):
    # jieba scores a cut by log(freq) - log(total): the corpus tokenizer keeps the domain total
    assert corpus_tokenizer(("深港智联走廊", "某某创新城")).total == tokenizer().total
    page = {"doc_id": "a", "region": "nanshan", "text": "南山区推动人工智能产业发展，建设智能终端产业集群。"}
    alone = tokens(pd.DataFrame([page]))
    beside = tokens(pd.DataFrame([page, {"doc_id": "b", "region": "nansha", "text": "某某创新城某某创新城。"}]))
    assert list(beside[beside["doc_id"] == "a"]["token"]) == list(alone["token"])


def test_cached_tokens_actors_and_kept_whole_counts_equal_computed_ones(own_cache, monkeypatch, seeds_dir):
    corpus = load_corpus(seeds_dir, quiet=True)
    texts = list(corpus["text"])
    terms = ["西丽湖国际科教城", "人工智能", "滨海湾新区"]
    results = {}
    for setting in ("0", "1", "1"):  # computed, then cached cold, then read back
        monkeypatch.setenv("GBABRIEF_PAGE_CACHE", setting)
        results.setdefault("tokens", []).append(tokens(corpus))
        results.setdefault("actors", []).append(find_actors(corpus))
        results.setdefault("whole", []).append(whole_share(texts, terms, lambda t: t.split("，"), cache="comma"))
    for name in ("tokens", "actors"):
        for later in results[name][1:]:
            pd.testing.assert_frame_equal(later, results[name][0])
    assert results["whole"][0] == results["whole"][1] == results["whole"][2]
    assert results["whole"][0][1] == sum(t.count(term) for t in texts for term in terms)
