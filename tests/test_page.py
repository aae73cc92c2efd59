"""Pages dropped in without a manifest row: headline, date, outlet and district from the page itself,
and chrome removed by kind. Fixtures: the growth pages in tests/data/growth (line 1 stripped), with
what a reader says of them in tests/data/growth_gold, and made-up pages of the same shapes."""
from __future__ import annotations

import csv
import json
import re
import shutil

import pytest
from conftest import DATA, run_cli

from gbabrief.clean import clean_text
from gbabrief.corpus import read_article

GROWTH = DATA / "growth"
GOLD = {r["file"]: r for r in csv.DictReader((DATA / "growth_gold" / "articles.csv").open(encoding="utf-8"))}


@pytest.fixture(scope="module")
def inspected():
    result = run_cli("inspect", *sorted(GROWTH.glob("*.txt")))
    assert result.returncode == 0, result.stderr
    return {r["file"]: r for r in map(json.loads, result.stdout.splitlines())}


@pytest.mark.parametrize("field", ["title", "published", "outlet", "region"])
def test_growth_metadata_as_a_reader_gives_it(inspected, field):
    # The bar is 90% each; the development set is met in full, so a regression shows.
    wrong = {f: (r[field], GOLD[f][field]) for f, r in inspected.items() if (r[field] or "") != GOLD[f][field]}
    assert not wrong


@pytest.mark.parametrize("name,bars", [
    # Measured (benchmarks/metadata.py): growth all 12 of 12; growth2 14, 14, 13, 14 of 14; growth3, scored
    # before its kinds were built (20, 21, 17, 23 of 24), now 24, 24, 22, 24 of 24.
    ("growth", (12, 12, 12, 12)), ("growth2", (14, 14, 13, 14)), ("growth3", (24, 24, 22, 24)),
])
def test_metadata_of_each_set_alone_and_with_its_address(name, bars):
    from gbabrief.yardstick import METADATA_FIELDS, metadata_scores

    modes = {}
    for mode in ("text", "url"):
        right, pages, _ = metadata_scores(DATA, name, mode)
        modes[mode] = tuple(right[f] for f in METADATA_FIELDS)
    assert pages == {"growth": 12, "growth2": 14, "growth3": 24}[name]
    assert modes["text"] == bars
    assert modes["url"] == modes["text"]  # the address adds beside the page's fields, never in their place


@pytest.mark.parametrize("name,bars", [
    # Measured (benchmarks/metadata.py, mode oneline): titles 8, 11 and 18 before a two- or three-part headline
    # kept its parts; now 10 of 12, 14 of 14 and 20 of 24. growth3's dates 22 before a teaser's dots (…迅速...)
    # ended a line, now 23; growth3's outlets 19 before a field's label (date 2026-03-02) was no outlet, now 20;
    # districts as before.
    ("growth", (10, 12, 12, 12)), ("growth2", (14, 14, 11, 14)), ("growth3", (20, 23, 20, 24)),
])
def test_metadata_of_each_set_run_into_one_line(name, bars):
    from gbabrief.yardstick import METADATA_FIELDS, metadata_scores

    right, _, _ = metadata_scores(DATA, name, "oneline")
    assert tuple(right[f] for f in METADATA_FIELDS) == bars


def test_no_date_where_the_page_states_none(inspected):
    undated = [f for f, g in GOLD.items() if not g["published"]]
    assert undated and all(inspected[f]["published"] is None for f in undated)
    assert all(inspected[f]["published_source"] == "none" for f in undated)


def test_sources_say_where_each_field_came_from(inspected):
    r = inspected["nanshan_cfgw_listedfirms_2019.txt"]
    assert (r["title_source"], r["published_source"], r["outlet_source"], r["region_source"]) == (
        "text", "text", "text", "text")
    r = inspected["nanshan_wenweipo_trillion_2026.txt"]
    assert (r["title"], r["title_source"], r["outlet_source"]) == ("", "none", "none")


def _clean(page: str):
    return clean_text(page)


GOV_PAGE = """中华人民共和国国徽
无障碍 长者助手 我的收藏 收藏
您的当前位置：首页>>政务公开>>工作动态
南山区召开人工智能产业发展大会
发布时间：2024-05-09 10:30 来源：深圳商报 【打印】【字体：大 中 小】
索引号：11440305007542890X/2024-00123
5月8日，南山区召开人工智能产业发展大会，发布《南山区加快人工智能产业发展行动方案》，提出到2026年人工智能核心产业规模突破3000亿元。
会议指出，南山将依托西丽湖国际科教城和留仙洞总部基地，打造人工智能先锋城区。
IMG_2024.jpg
▲大会现场
分享到：
扫一扫在手机打开当前页
"""


def test_government_page_chrome_goes_by_kind():
    c = _clean(GOV_PAGE)
    assert c.title_orig == "南山区召开人工智能产业发展大会"  # not the emblem, the accessibility bar or the breadcrumb
    assert (c.meta["published"], c.meta["outlet"]) == ("2024-05-09", "深圳商报")
    text = c.text
    for chrome in ("国徽", "无障碍", "当前位置", "索引号", "打印", "IMG_2024", "大会现场", "分享", "扫一扫"):
        assert chrome not in text, chrome
    assert "3000亿元" in text and "留仙洞总部基地" in text  # the body is whole
    kinds = {ch.note for ch in c.audit if ch.step == "chrome"}
    assert {"header", "accessibility", "breadcrumb", "controls", "index", "image", "caption", "share"} <= kinds


PORTAL_PAGE = """打开网易新闻 查看精彩图片
聚焦湾区丨南沙发布人工智能扶持办法_网易新闻
2023-07-01 08:00:00 来源: 南方日报
南方日报讯（记者 王五）6月30日，广州南沙发布《广州市南沙区促进人工智能产业高质量发展扶持办法》，对落户企业最高给予1000万元奖励。
办法明确，南沙将在明珠湾和庆盛枢纽建设人工智能产业集聚区。
其他新聞
前海发布算力券 最高补贴500万元
松山湖科学城新增10家新型研发机构
黄埔区人工智能产业规模突破800亿元
"""


def test_portal_title_tag_suffix_and_related_list():
    c = _clean(PORTAL_PAGE)
    assert c.title_orig == "南沙发布人工智能扶持办法"  # column tag and site suffix gone
    assert (c.meta["published"], c.meta["outlet"]) == ("2023-07-01", "南方日报")
    assert "500万元" not in c.text and "800亿元" not in c.text and "其他新闻" not in c.text  # unrelated headlines
    assert "1000万元" in c.text and "庆盛枢纽" in c.text


DATELINE_PAGE = """新华社深圳3月1日电（记者 李四）深圳市南山区1日发布2024年人工智能产业发展报告，南山区人工智能企业超过2000家。
报告显示，南山智园、留仙洞和西丽已形成人工智能产业带。
"""


def test_dateline_gives_the_outlet_and_a_date_only_with_its_own_year():
    c = _clean(DATELINE_PAGE)
    # The 2024 of the body is a report's year, not the page's: the page states no year, so no date.
    assert (c.meta["outlet"], c.meta["published"]) == ("新华社", None)
    assert c.title_orig == ""  # the page shows no headline
    c = _clean(DATELINE_PAGE.replace("深圳3月1日电", "深圳2024年3月1日电"))
    assert (c.meta["outlet"], c.meta["published"]) == ("新华社", "2024-03-01")


def test_body_event_date_is_not_the_publication_date():
    page = "南沙举办人工智能大会\n\n2023年5月8日，南沙区举办人工智能大会，签约项目20个。\n会议由南沙区政府主办。\n"
    assert _clean(page).meta["published"] is None  # an event in the body, not a date line


def test_traditional_hong_kong_page():
    page = ("香港文匯報\n灣區動力｜東莞濱海灣新區打造人工智能產業集群\n2024年06月12日 10:20 來源：文匯報\n"
            "（香港文匯報記者 陳六 東莞報道）東莞濱海灣新區近日發布人工智能產業規劃，交椅灣板塊將建設算力中心。\n"
            "濱海灣新區表示，將引進人工智能企業50家。\n")
    c = _clean(page)
    assert c.title_orig == "東莞濱海灣新區打造人工智能產業集群"  # in the page's own characters
    assert (c.meta["published"], c.meta["outlet"]) == ("2024-06-12", "文汇报")


@pytest.mark.parametrize("name,region", [("robot valley by its places", "nanshan"), ("a neighbour", None)])
def test_region_from_the_gazetteer(tmp_path, name, region):
    text = {"nanshan": "机器人公司集中在西丽、留仙洞和南山智园一带，深圳大学城周边。西丽的企业最多，留仙洞次之。",
            None: "前海发布人工智能措施，前海企业可获补贴。松山湖也在建设算力中心，前海和松山湖竞争激烈。"}[region]
    path = tmp_path / "page.txt"
    path.write_text(f"深圳机器人产业观察\n\n{text}\n", encoding="utf-8")
    assert read_article(path).region == region


@pytest.fixture(scope="module")
def grown(tmp_path_factory):
    """The brief built on the seeds plus the growth pages, which have no manifest rows."""
    import shutil

    from gbabrief.paths import SEEDS

    root = tmp_path_factory.mktemp("grown")
    shutil.copytree(SEEDS, root / "corpus")
    for page in GROWTH.glob("*.txt"):
        shutil.copy(page, root / "corpus" / page.name)
    result = run_cli("build", "--corpus", root / "corpus", "--out", root / "out")
    assert result.returncode == 0, result.stderr
    assert "gbabrief manifest" in result.stderr  # the warning names the command that adds the rows
    return root / "out"


@pytest.mark.slow
def test_grown_brief_titles_and_dates(grown):
    import opencc
    import pandas as pd

    from gbabrief.clean import mainland_usage

    corpus = pd.read_csv(grown / "data" / "corpus.csv", keep_default_na=False, dtype=str).set_index("file")
    t2s = opencc.OpenCC("t2s")
    for name, gold in GOLD.items():
        row = corpus.loc[name]
        assert row["published"] == gold["published"], name  # every stated date, and none invented
        # The headline (Simplified, in mainland words, in the brief) or nothing: never chrome.
        assert re.sub(r"\W", "", row["title"]) == re.sub(r"\W", "", mainland_usage(t2s.convert(gold["title"]))), name
    assert corpus.loc["none_glosyeurop_qianhai_computing_2024.txt", "metadata_from"] == "page"


@pytest.mark.slow
def test_grown_pdf_keeps_dates_and_rows_whole(grown):
    import subprocess

    import pandas as pd

    text = subprocess.run(["pdftotext", "-layout", str(grown / "brief.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    corpus = pd.read_csv(grown / "data" / "corpus.csv", keep_default_na=False, dtype=str)
    table = text[text.index("Table 1. The corpus"):]
    table = table[: table.index("Titles are shortened")]
    for row in corpus.itertuples():
        line = next(ln for ln in table.splitlines() if f"[{row.number}]" in ln)  # one line per article
        assert (row.published or "unknown") in line, line  # the date is not broken across lines
        assert (row.outlet or "not stated") in line, line
    for chrome in ("打开网易新闻", "无障碍", "您的位置", "所在的位置", "广告热线", "撰文"):
        assert chrome not in text


def test_manifest_command_appends_rows_for_review(tmp_path):
    import shutil

    from gbabrief.manifest import load_manifest

    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in ("nanshan_cfgw_listedfirms_2019.txt", "none_ifeng_oppo_changan_2019.txt"):
        shutil.copy(GROWTH / name, folder / name)
    (folder / "terms.txt").write_text((DATA / "growth_gold" / "terms.txt").read_text(encoding="utf-8"),
                                      encoding="utf-8")
    header = "file,region,outlet,published,title,url,note\n"
    (folder / "articles.csv").write_text(header, encoding="utf-8")
    printed = run_cli("manifest", folder)
    assert printed.returncode == 0 and "terms.txt: not an article" in printed.stderr
    rows = list(csv.DictReader(printed.stdout.splitlines()))
    assert [(r["file"], r["region"], r["published"]) for r in rows] == [
        ("nanshan_cfgw_listedfirms_2019.txt", "nanshan", "2019-09-25"), ("none_ifeng_oppo_changan_2019.txt", "none", "")]
    assert (folder / "articles.csv").read_text(encoding="utf-8") == header  # printing writes nothing
    written = run_cli("manifest", folder, "--write")
    assert written.returncode == 0 and "2 row(s) appended and 0 filled in" in written.stderr
    assert (folder / "articles.csv.bak").read_text(encoding="utf-8") == header  # the old file kept
    manifest = load_manifest(folder)
    assert manifest["none_ifeng_oppo_changan_2019.txt"]["region"] == "none"
    assert "title from text" in manifest["nanshan_cfgw_listedfirms_2019.txt"]["note"]
    again = run_cli("manifest", folder, "--write")
    assert "nothing to add" in again.stderr and len(load_manifest(folder)) == 2
    inspect = run_cli("inspect", folder / "terms.txt")
    assert inspect.returncode == 2 and inspect.stderr.count("\n") == 1  # one line, no traceback


def test_growth_bodies_are_kept_whole():
    # Every line the growth pages lose is chrome (reviewed: 41 removals); the clause a scraper cut off
    # at the end of a page is body, not footer.
    c = clean_text((GROWTH / "nanshan_cfgw_listedfirms_2019.txt").read_text(encoding="utf-8"))
    assert c.text.endswith("在创新资源迅速发展集聚的同时，不少")
    removed = {ch.note for p in sorted(GROWTH.glob("*.txt")) for ch in clean_text(p.read_text(encoding="utf-8")).audit
               if ch.step == "chrome"}
    assert "footer" not in removed


def test_portal_republished_story():
    page = ("原标题：南山发布人工智能政策\n南山区推出十条措施支持人工智能\n2024年05月09日 10:20 来源：深圳特区报\n"
            "5月8日，南山区发布《南山区支持人工智能产业发展若干措施》，最高给予1000万元支持。\n"
            "返回搜狐，查看更多\n平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。\n")
    c = _clean(page)
    assert (c.title_orig, c.meta["published"], c.meta["outlet"]) == ("南山区推出十条措施支持人工智能", "2024-05-09",
                                                                      "深圳特区报")
    assert "搜狐" not in c.text and "原标题" not in c.text


def test_a_masthead_and_a_menu_are_not_the_headline():
    from gbabrief.clean import clean_text, is_masthead

    page = ("加拿大新闻网海外版-大湾区频道(温哥华)\n\n• 南方杂志\n广州 深圳 珠海 汕头 佛山 韶关 河源 梅州 惠州\n\n"
            "南沙发布人工智能产业新政策\n\n2024-05-01 来源：某网\n南沙区今天发布人工智能产业扶持办法，给予企业最高1000万元"
            "支持，推动产业高质量发展。\n该办法自发布之日起施行。")
    cleaned = clean_text(page)
    assert cleaned.title == "南沙发布人工智能产业新政策" and cleaned.text.startswith("南沙发布人工智能产业新政策\n南沙区今天")
    assert not is_masthead("南沙政务服务客户端正式上线") and is_masthead("• 南方日报") and is_masthead("南方网")
    # A headline with the site's name after it (the page's <title>) is the headline, its suffix read off.
    assert not is_masthead("南山区：AI赋能千行百业 | 深圳新闻网") and is_masthead("深圳新闻网 | 首页")
    titled = clean_text("南山区：AI赋能千行百业 | 深圳新闻网\n更新时间：2025-03-12\n文章来源：深圳特区报\n"
                        "记者从南山区获悉，南山区今年将发布100个人工智能应用场景。")
    assert (titled.title, titled.meta["outlet"], titled.meta["published"]) == ("南山区：AI赋能千行百业", "深圳特区报", "2025-03-12")


def test_the_outlet_whose_reporter_the_body_names():
    from gbabrief.clean import clean_text

    page = "南沙人工智能产业园进展\n对此，南沙区相关部门负责人向时代周报记者表示，将加快建设人工智能产业园，力争三年内集聚企业百家。"
    assert clean_text(page).meta["outlet"] == "时代周报"


def test_a_short_labelled_subheading_is_body_not_footer():
    from gbabrief.clean import clean_text

    page = ("南沙人工智能产业发展迅速\n2024-05-01 来源：某网\n南沙区今天发布人工智能产业扶持办法，给予企业最高1000万元支持。\n"
            "产业优势:人才基础+创新平台+市场需求\n南沙拥有高校十余所，人才储备充足。\n发展目标：建设人工智能产业集聚区\n"
            "到2027年，核心产业规模将突破500亿元。\n责任编辑：王敏\n分享到：")
    text = clean_text(page).text
    assert "产业优势：人才基础+创新平台+市场需求" in text and "发展目标：建设人工智能产业集聚区" in text
    assert "王敏" not in text and "分享到" not in text


def test_manifest_write_fills_in_a_scrapers_file_url_rows(tmp_path):
    from gbabrief.manifest import load_manifest

    folder = tmp_path / "pages"
    folder.mkdir()
    shutil.copy(GROWTH / "nanshan_cfgw_listedfirms_2019.txt", folder / "a.txt")
    shutil.copy(GROWTH / "none_ifeng_oppo_changan_2019.txt", folder / "b.txt")
    (folder / "articles.csv").write_text("file,url\na.txt,http://www.cfgw.net.cn/2019-09/25/content_24887382.html\n"
                                         "b.txt,https://ishare.ifeng.com/c/s/7oEHYDwsaXs\n", encoding="utf-8")
    written = run_cli("manifest", folder, "--write")
    assert written.returncode == 0 and "0 row(s) appended and 2 filled in" in written.stderr, written.stderr
    manifest = load_manifest(folder)
    assert manifest["a.txt"]["url"] == "http://www.cfgw.net.cn/2019-09/25/content_24887382.html"  # kept
    assert (manifest["a.txt"]["region"], manifest["a.txt"]["published"]) == ("nanshan", "2019-09-25")
    assert manifest["b.txt"]["outlet"] == "凤凰网"  # only its address tells it
    assert "outlet from url" in manifest["b.txt"]["note"]
    assert "nothing to add" in run_cli("manifest", folder, "--write").stderr


def test_a_reader_services_header_is_the_pages_head_and_address(tmp_path):
    from gbabrief.clean import clean_text
    from gbabrief.corpus import read_article
    from gbabrief.page import reader_header

    # r.jina.ai writes Title, URL Source, Published Time and "Markdown Content:" above the page
    jina = ("Title: 滨海湾新区引进人工智能项目\n\nURL Source: https://www.sun0769.com/news/2023-09/08/content_1.html\n\n"
            "Published Time: 2023-09-08T10:00:00+08:00\n\nMarkdown Content:\n"
            "9月7日，东莞滨海湾新区与某科技公司签约，总投资10亿元。\n\n[返回首页](https://www.sun0769.com/)\n")
    cleaned = clean_text(jina)
    assert (cleaned.title, cleaned.meta["published"]) == ("滨海湾新区引进人工智能项目", "2023-09-08")
    assert "URL Source" not in cleaned.text and "返回首页" not in cleaned.text
    assert any(c.note == "reader header" for c in cleaned.audit)  # the edit is recorded
    (tmp_path / "j.txt").write_text(jina, encoding="utf-8")
    article = read_article(tmp_path / "j.txt")
    assert (article.url, article.site) == ("https://www.sun0769.com/news/2023-09/08/content_1.html", "东莞阳光网")
    # trafilatura's YAML front matter
    yaml = ("---\ntitle: 南沙发布人工智能产业扶持政策\nauthor: 李明\nurl: https://www.nfnews.com/content/abc.html\n"
            "date: 2025-01-08\nsitename: 南方+\n---\n南沙区昨日发布人工智能产业扶持政策，对企业给予最高1000万元支持。\n")
    cleaned = clean_text(yaml)
    assert (cleaned.title, cleaned.meta["published"], cleaned.meta["outlet"]) == \
        ("南沙发布人工智能产业扶持政策", "2025-01-08", "南方日报")
    # A body that opens with a line like a field is not a header: one field, and neither a title, an address nor a date
    assert reader_header("Source: 南方日报\n南沙区昨日发布人工智能产业扶持政策。") is None
    assert reader_header("南沙区昨日发布政策。\nTitle: x\nDate: 2025-01-08") is None
