"""What a page's address tells: the address line, the outlet of its host, the date of its path."""
from __future__ import annotations

import csv
import shutil

import pytest
from conftest import DATA

from gbabrief import load_corpus
from gbabrief.address import address_line, date_of, outlet_of


@pytest.mark.parametrize("url, date", [
    ("http://www.example.com/news/2024-03-02/a.html", "2024-03-02"),
    ("http://example.cn/20191104/abc.html", "2019-11-04"),
    ("http://www.gd.gov.cn/zwgk/202008/t20200804_3055185.html", "2020-08-04"),
    ("https://x.example.com/2025/0821/123.html", "2025-08-21"),
    ("http://www.cfgw.net.cn/2019-09/25/content_24887382.html", "2019-09-25"),
    ("https://www.wenweipo.com/a/202602/04/AP698259f4e4b04d7d56d1b426.html", "2026-02-04"),
    ("https://sfccn.com/2025/4-23/0MMDE0NzNfMjAyNjE0Mw.html", "2025-04-23"),
    ("http://bhwxq.dg.gov.cn/jjxq/mtjj/content/post_3953615.html", None),  # an id, not a date
    ("http://finance.guhantai.com/finance/20210803035687.html", None),  # digits that run on
    ("http://example.com/2024-13-45/a.html", None),  # no such day
    ("http://20240302.example.com/a.html", None),  # the host is not the path
])
def test_date_of_path(url, date):
    assert date_of(url) == date


@pytest.mark.parametrize("url, outlet", [
    ("https://m.163.com/dy/article/ABC.html", "网易新闻"),  # a mobile host: its registered domain
    ("https://www.hkcd.com/content/2019-06/27/content_1.html", "香港商报"),
    ("https://economy.southcn.com/node_a/aed.shtml", "南方网"),
    ("http://wb.sznews.com/PC/content/1.html", "深圳晚报"),  # the full host before its domain (深圳新闻网)
    ("http://www.sznews.com/news/1.html", "深圳新闻网"),
    ("http://unknown-portal.example.cn/a.html", None),
    ("", None),
])
def test_outlet_of_host(url, outlet):
    assert outlet_of(url) == outlet


@pytest.mark.parametrize("first", ["SOURCE: http://a.example.com/x.html", "URL：http://a.example.com/x.html",
                                   "原文链接：http://a.example.com/x.html", "http://a.example.com/x.html"])
def test_the_address_line_is_not_body(first):
    assert address_line(f"{first}\n南沙发布人工智能新政策\n正文。") == ("http://a.example.com/x.html",
                                                                      "南沙发布人工智能新政策\n正文。")
    assert address_line("南沙发布人工智能新政策\n正文。")[0] == ""


@pytest.mark.parametrize("name", ["growth", "growth2", "growth3"])
def test_a_scrapers_file_url_list_adds_the_address_beside_what_the_page_states(tmp_path, name):
    """With a file,url manifest, every field the page states is what it is alone, and every blank stays
    blank (a reader of the page leaves it so); the address's own reading is kept beside it: the outlet
    whose host it is on (``site``) and the date its path states (``url_date``)."""
    for page in (DATA / name).glob("*.txt"):
        shutil.copy(page, tmp_path / page.name)
    alone = load_corpus(tmp_path, quiet=True).set_index("file")
    shutil.copy(DATA / f"{name}_gold" / "urls.csv", tmp_path / "articles.csv")
    listed = load_corpus(tmp_path, quiet=True).set_index("file")
    urls = {r["file"]: r["url"] for r in csv.DictReader((DATA / f"{name}_gold" / "urls.csv").open(encoding="utf-8"))}
    for field in ("title", "published", "outlet", "region"):
        assert listed[field].fillna("").to_dict() == alone[field].fillna("").to_dict(), field
    assert (listed["url"] == [urls[f] for f in listed.index]).all()
    assert listed["site"].fillna("").tolist() == [outlet_of(urls[f]) or "" for f in listed.index]
    assert listed["url_date"].fillna("").tolist() == [date_of(urls[f]) or "" for f in listed.index]
    # Measured: growth, 4 (72177 and wenweipo dates, the wenweipo and ifeng outlets, all blank in the text).
    told = (listed["site"].notna() & listed["outlet"].isna()).sum() + \
        (listed["url_date"].notna() & listed["published"].isna()).sum()
    assert told == {"growth": 4, "growth2": 0, "growth3": 2}[name]
