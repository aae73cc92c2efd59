"""The kinds of page the metadata issue names, in pages of our own: outlets the text names in its own ways,
an address that adds beside the text and never replaces it, widget lines and mastheads that are no
headline, a headline after a dispatch line, a district named only in Traditional, subheadings kept, and
files that are no article skipped by name."""
from __future__ import annotations

import pandas as pd
import pytest
from conftest import run_cli

from gbabrief.clean import clean_text
from gbabrief.corpus import load_corpus, read_article

LEAD = "南沙区今天发布人工智能产业扶持办法，对符合条件的企业给予最高1000万元支持，推动人工智能产业高质量发展。"
MORE = "南沙区科技局表示，该办法自发布之日起施行，有效期三年。"


@pytest.mark.parametrize("page,outlet", [
    (f"南沙出台人工智能新政\n2024-05-09 来源：羊城晚报\n{LEAD}\n{MORE}", "羊城晚报"),  # a source line
    (f"南沙出台人工智能新政\n2024-05-09\n據大公報報導，{LEAD}\n{MORE}", "大公报"),  # a report relayed by name
    (f"广州市南沙区人民政府 发布日期：2024-05-09\n南沙出台人工智能新政\n{LEAD}\n{MORE}", "广州市南沙区人民政府"),
    (f"南沙出台人工智能新政\n新华社广州5月9日电 {LEAD}\n{MORE}", "新华社"),  # a dispatch line
    (f"南沙出台人工智能新政\n南方网广州5月9日消息（记者 张三）{LEAD}\n{MORE}", "南方网"),
    (f"南沙出台人工智能新政\n2024-05-09\n【星岛专讯】{LEAD}\n{MORE}", "星岛日报"),  # the outlet's own marker
    (f"南沙出台人工智能新政\n湾区之声 2024-05-09 14:07:59\n{LEAD}\n{MORE}", "湾区之声"),  # a name stamped by the date
    (f"南沙出台人工智能新政\n2024-05-09 微信公众号：湾区观察室 张三\n{LEAD}\n{MORE}", "湾区观察室"),
    (f"南沙出台人工智能新政\n{LEAD}\n5月8日，《南方日报》记者在现场看到，企业代表踊跃报名。", "南方日报"),
])
def test_outlets_the_text_names(page, outlet):
    assert clean_text(page).meta["outlet"] == outlet


@pytest.mark.parametrize("page", [
    f"南沙出台人工智能新政\n2024-05-09 信息来源：产业发展处\n{LEAD}\n{MORE}",  # a division of the site's owner
    f"南沙出台人工智能新政\n2024-05-09 来源：  作者：\n{LEAD}\n{MORE}",  # empty source and author labels
    f"南沙出台人工智能新政\n2024-05-09\n活动现场 图片来源：南沙区融媒体中心提供\n{LEAD}\n{MORE}",  # a photo's source
])
def test_no_outlet_where_the_text_names_none(page):
    assert clean_text(page).meta["outlet"] is None


def test_a_dispatch_with_its_year_dates_the_page():
    page = f"南沙出台人工智能新政\n南方网2024年5月9日讯（记者 张三）{LEAD}\n{MORE}"
    meta = clean_text(page).meta
    assert (meta["outlet"], meta["published"]) == ("南方网", "2024-05-09")  # the longest name before the date


def test_a_date_label_run_into_the_lead():
    c = clean_text(f" date 2026-03-02 {LEAD}\n{MORE}")
    assert c.meta["published"] == "2026-03-02" and c.text.startswith("南沙区今天发布")


@pytest.mark.parametrize("top", [
    "第A5版：区域经济",  # a newspaper edition's page label
    "【科技快报】某品牌发布新款折叠屏手机，主打轻薄，一经亮相便引发关注...\n2025-06-28 0",  # a ticker's teaser
    "• 南方杂志\n广州 深圳 珠海 汕头 佛山 韶关 河源 梅州 惠州",  # a masthead and a channel menu
    "加拿大新闻网海外版-大湾区频道(温哥华)",
])
def test_widget_lines_are_not_the_headline(top):
    # (with the page's date line under the headline; test_widget_lines_without_a_date_line: without it)
    c = clean_text(f"{top}\n南沙出台人工智能新政\n2024-05-09 来源：羊城晚报\n{LEAD}\n{MORE}")
    assert c.title_orig == "南沙出台人工智能新政"
    assert c.meta["published"] == "2024-05-09"  # the teaser's date is its story's, not the page's


@pytest.mark.parametrize("headline,title", [
    ("• 资金支持最高达2亿元 南沙出台人工智能新政", "资金支持最高达2亿元 南沙出台人工智能新政"),  # a bullet
    ("聚焦《直播大湾区·南沙》③|南沙出台人工智能新政", "南沙出台人工智能新政"),  # a series' column tag
    ("新華社廣州5月9日電 題：南沙出臺人工智能新政", "南沙出臺人工智能新政"),  # a dispatch line before 题
])
def test_what_stands_before_a_headline_is_not_the_headline(headline, title):
    c = clean_text(f"{headline}\n2024-05-09 来源：羊城晚报\n{LEAD}\n{MORE}")
    assert c.title_orig == title


def test_a_lead_that_opens_on_a_dispatch_gives_the_headline_after_its_title_mark():
    page = ("新華社廣州5月9日電 題：南沙出臺人工智能新政 新華社記者張三 " + "南沙區今天發布人工智能產業扶持辦法，"
            "對符合條件的企業給予最高1000萬元支持。\n南沙區科技局表示，該辦法自發布之日起施行。")
    c = clean_text(page)
    assert (c.title_orig, c.meta["outlet"]) == ("南沙出臺人工智能新政", "新华社")


def test_a_district_named_only_in_traditional(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("灣區新動力\n2024-05-09\n東莞濱海灣新區今天發布人工智能產業規劃。濱海灣新區將建設算力中心，"
                    "濱海灣新區的企業可獲補貼。\n", encoding="utf-8")
    assert read_article(path).region == "binhaiwan"


def test_the_address_adds_beside_the_text_and_replaces_nothing(tmp_path):
    (tmp_path / "a.txt").write_text(f"南沙出台人工智能新政\n2024-05-09 来源：羊城晚报\n{LEAD}\n{MORE}", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"南沙出台人工智能新政策\n{LEAD}\n{MORE}\n南沙区还将设立产业基金，规模10亿元。",
                                    encoding="utf-8")
    (tmp_path / "articles.csv").write_text("file,url\na.txt,https://www.163.com/dy/article/2023-01-02/x.html\n"
                                           "b.txt,https://www.163.com/dy/article/2023-01-02/y.html\n", encoding="utf-8")
    corpus = load_corpus(tmp_path, quiet=True, stories=False).set_index("file")
    a, b = corpus.loc["a.txt"], corpus.loc["b.txt"]
    assert (a["outlet"], a["published"], a["outlet_source"]) == ("羊城晚报", "2024-05-09", "text")
    assert (a["site"], a["url_date"]) == ("网易新闻", "2023-01-02")  # the address's own reading, beside
    assert pd.isna(b["outlet"]) and pd.isna(b["published"])  # blank where the page states nothing
    assert (b["site"], b["url_date"]) == ("网易新闻", "2023-01-02")
    shown = run_cli("inspect", tmp_path / "b.txt")
    assert '"site": "网易新闻"' in shown.stdout and '"url_date": "2023-01-02"' in shown.stdout


def test_a_subheading_before_a_clause_the_scraper_cut_is_body():
    page = f"南沙出台人工智能新政\n2024-05-09 来源：羊城晚报\n{LEAD}\n产业优势:人才基础+创新平台+市场需求\n南沙已集聚高校和科研机构12家，建设"
    assert "产业优势：人才基础+创新平台+市场需求" in clean_text(page).text


def test_empty_binary_and_word_list_files_are_skipped_by_name(tmp_path, capsys):
    # (tests/test_build.py builds such a corpus; here the reading that skips them, quickly.)
    (tmp_path / "real.txt").write_text(f"南沙出台人工智能新政\n2024-05-09 来源：羊城晚报\n{LEAD}\n{MORE}", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "words.txt").write_text("人工智能\n算力\n大模型\n机器人\n", encoding="utf-8")
    before = sorted(p.name for p in tmp_path.iterdir())
    corpus = load_corpus(tmp_path, stories=False)
    assert list(corpus["file"]) == ["real.txt"]
    skipped = [line for line in capsys.readouterr().err.splitlines() if "skipped" in line]
    assert len(skipped) == 1 and "3 files were skipped" in skipped[0]
    for name in ("empty.txt (empty file)", "binary.txt (binary file, not text)", "words.txt (not an article"):
        assert name in skipped[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing moved, nothing lost
    result = run_cli("inspect", tmp_path / "words.txt")
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "words.txt: not an article" in result.stderr


def test_pages_saved_under_another_suffix_or_in_a_subfolder_are_named_not_passed_over(tmp_path, capsys):
    (tmp_path / "real.txt").write_text(f"南沙出台人工智能新政\n2024-05-09 来源：羊城晚报\n{LEAD}\n{MORE}", encoding="utf-8")
    (tmp_path / "saved.html").write_text(f"<p>{LEAD}</p>", encoding="utf-8")
    (tmp_path / "batch2").mkdir()
    (tmp_path / "batch2" / "a.txt").write_text(f"{LEAD}\n{MORE}", encoding="utf-8")
    (tmp_path / "batch2" / "b.txt").write_text(f"{MORE}\n{LEAD}", encoding="utf-8")
    (tmp_path / "review").mkdir()  # the analyst's review sheets, the manifest and hidden files belong there
    (tmp_path / "review" / "sentences.csv").write_text("row\n", encoding="utf-8")
    (tmp_path / ".DS_Store").write_bytes(b"\0\1")
    (tmp_path / "empty_folder").mkdir()
    corpus = load_corpus(tmp_path, stories=False)
    assert list(corpus["file"]) == ["real.txt"]
    assert [name for name, _ in corpus.attrs["skipped"]] == ["batch2/", "saved.html"]
    line = [x for x in capsys.readouterr().err.splitlines() if "skipped" in x]
    assert len(line) == 1 and "2 files and folders were skipped" in line[0]
    assert "batch2/ (a folder of 2 files, not read" in line[0] and "saved.html (not read: only .txt files" in line[0]
    (tmp_path / "real.txt").unlink()
    result = run_cli("build", "--corpus", tmp_path, "--out", tmp_path / "out")
    assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr
    assert "no .txt articles in the corpus folder (it holds batch2/; saved.html)" in result.stderr
    (tmp_path / "real.txt").write_text(f"南沙出台人工智能新政\n2024-05-09 来源：羊城晚报\n{LEAD}\n{MORE}", encoding="utf-8")
    (tmp_path / "saved.html").unlink()
    capsys.readouterr()
    load_corpus(tmp_path, stories=False)
    assert "1 folder was skipped" in capsys.readouterr().err  # one folder alone is no 'file and folder'


@pytest.mark.parametrize("text,region", [
    # One district, named once, and no other place of the region: the page is that district's.
    ("某公司发布无人驾驶新车。作为广州市南沙区的明星企业，该公司已投放百辆汽车。", "nansha"),
    # A city named on its own makes the page the city's, whatever district it names in passing.
    ("深圳近年积极发展人工智能。在深圳南山区一间戏院，机器人已投入服务。深圳的机器人产业链完整。", None),
    ("北京发布人工智能规划。南山区一家企业参与了研讨。", None),
])
def test_a_district_named_once_with_no_other_place(tmp_path, text, region):
    path = tmp_path / "a.txt"
    path.write_text(f"{text}\n", encoding="utf-8")
    assert read_article(path).region == region


@pytest.mark.parametrize("top", [
    "· 深圳发布人工智能新政策  · 广州召开人工智能大会  · 东莞启动算力项目",  # a ticker of other headlines
    "滚动新闻：深圳发布人工智能新政策",  # a ticker's label and its item
    "今日热点 深圳发布人工智能新政策",
    "热门搜索：人工智能 算力 机器人",  # a search widget
    "首页 | 新闻 | 财经 | 科技 | 房产 | 汽车",  # a channel menu
    "字号：大 中 小  打印本页  关闭窗口",  # a settings control
])
def test_widget_lines_without_a_date_line(top):
    # No date line to find the headline by: the first short line that is not chrome, a widget or a masthead.
    c = clean_text(f"{top}\n南沙出台人工智能新政\n{LEAD}\n{MORE}")
    assert c.title_orig == "南沙出台人工智能新政" and c.text.split("\n")[1].startswith("南沙区今天发布")
