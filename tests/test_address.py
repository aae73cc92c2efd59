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


@pytest.mark.parametrize("name", ["growth", "growth2"])
def test_a_scrapers_file_url_list_fills_what_only_the_address_tells(tmp_path, name):
    """The growth pages read alone leave the address's fields blank; with a file,url manifest, a date only
    the path states and an outlet only the host names are filled in, as 'url'; nothing the text states
    is overridden."""
    for page in (DATA / name).glob("*.txt"):
        shutil.copy(page, tmp_path / page.name)
    alone = load_corpus(tmp_path, quiet=True).set_index("file")
    assert set(alone["published_source"]) <= {"text", "none"} and set(alone["outlet_source"]) <= {"text", "none"}
    shutil.copy(DATA / f"{name}_gold" / "urls.csv", tmp_path / "articles.csv")
    listed = load_corpus(tmp_path, quiet=True).set_index("file")
    urls = {r["file"]: r["url"] for r in csv.DictReader((DATA / f"{name}_gold" / "urls.csv").open(encoding="utf-8"))}
    for file in alone.index:
        for field, read in (("published", date_of), ("outlet", outlet_of)):
            if alone.loc[file, f"{field}_source"] == "text":
                assert listed.loc[file, field] == alone.loc[file, field]
            elif read(urls[file]):
                assert (listed.loc[file, field], listed.loc[file, f"{field}_source"]) == (read(urls[file]), "url")
    assert (listed["url"] == [urls[f] for f in listed.index]).all()
    from_url = (listed["published_source"] == "url").sum() + (listed["outlet_source"] == "url").sum()
    # Measured: growth, 4 fields (72177 and wenweipo dates, the wenweipo and ifeng outlets); growth2 none (the text states
    # them, or the host is not in the outlet table).
    assert from_url == {"growth": 4, "growth2": 0}[name]
