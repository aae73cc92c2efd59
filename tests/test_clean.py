"""Cleaning: every seed against the gold cleaning file, readings, chrome, metadata, audit."""
from __future__ import annotations

import pytest

from conftest import read_gold
from gbabrief.clean import clean_text, strip_readings
from gbabrief.paths import SEEDS

GOLD = read_gold("cleaning.csv")


@pytest.mark.parametrize("row", GOLD, ids=lambda r: f"{r['seed'][:3]}:{r['must_contain'] or r['must_not_contain']}")
def test_gold_cleaning(corpus, row):
    text = corpus.set_index("file").loc[row["seed"], "text"]
    if row["must_contain"]:
        assert row["must_contain"] in text, row["why"]
    if row["must_not_contain"]:
        assert row["must_not_contain"] not in text, row["why"]


@pytest.mark.parametrize("raw, expected", [
    ("產(chǎn)業", "產業"),  # tone-marked reading
    ("每(mei)日(ri)經濟", "每日經濟"),  # toneless readings on consecutive characters
    ("南沙(sha)(sha)區", "南沙區"),  # doubled reading
    ("香港科技大学(广州)", "香港科技大学(广州)"),  # Chinese in parentheses is text
    ("中科源碼(成都)服務", "中科源碼(成都)服務"),
    ("深圳(XBOTPARK)基地", "深圳(XBOTPARK)基地"),  # Latin name, not a reading
    ("人工智能(ai)", "人工智能(ai)"),  # "ai" is pinyin, but not a reading of 能
    ("區(qu1)", "區"),  # tone number
])
def test_strip_readings(raw, expected):
    assert strip_readings(raw, []) == expected


def test_audit_001_lists_garble_repair_and_readings(corpus):
    audit = corpus.set_index("file").loc["001_78b721854dfafda9.txt", "audit"]
    garble = [c for c in audit if c.step == "garble" and c.note == "repaired"]
    assert [(c.before, c.after) for c in garble] == [("?!蹦仙絽^", "。”南山區")]
    readings = [c for c in audit if c.step == "readings"]
    assert ("產(chǎn)", "產") in [(c.before, c.after) for c in readings]
    assert len(readings) > 150  # nearly every character of the republished text carried one


def test_audit_002_lists_doubled_readings(corpus):
    audit = corpus.set_index("file").loc["002_93ac1dbd1c1cc88f.txt", "audit"]
    doubled = {(c.before, c.after) for c in audit if c.step == "readings" and c.before.count("(") == 2}
    assert ("沙(sha)(sha)", "沙") in doubled
    assert ("科(ke)(ke)", "科") in doubled


def test_body_is_kept_whole(corpus):
    # Every paragraph of 003 that is longer than a caption survives cleaning.
    import re

    only_cjk = lambda s: re.sub(r"[^\u4e00-\u9fff]", "", s)  # noqa: E731 - compare words, not punctuation
    raw = (SEEDS / "003_537e429408746187.txt").read_text(encoding="utf-8")
    text = only_cjk(corpus.set_index("file").loc["003_537e429408746187.txt", "text"])
    long_lines = [only_cjk(line) for line in raw.splitlines() if len(line) > 40]
    assert len(long_lines) >= 20
    for line in long_lines:
        assert line in text


def test_split_words_are_joined(corpus):
    text = corpus.set_index("file").loc["003_537e429408746187.txt", "text"]
    for word in ("智能芯片", "标准共建", "众图科技", "产业化验证"):
        assert word in text


def test_metadata_from_text(corpus):
    c = corpus.set_index("file")
    assert clean_text((SEEDS / "001_78b721854dfafda9.txt").read_text()).meta["published"] == "2023-05-09"
    meta = clean_text((SEEDS / "004_551143017dd81134.txt").read_text()).meta
    assert (meta["published"], meta["time"], meta["outlet"], meta["editor"], meta["byline"]) == (
        "2024-11-19", "14:49:16", "香港商报", "林梓琦", "冷运军")
    meta = clean_text((SEEDS / "002_93ac1dbd1c1cc88f.txt").read_text()).meta
    assert (meta["outlet"], meta["byline"], meta["editor"]) == ("每日经济新闻", "赵鑫", "赵博渊")
    assert clean_text((SEEDS / "000_8567aa125c6fa94e.txt").read_text()).meta["published"] is None  # no year
    assert c.loc["000_8567aa125c6fa94e.txt", "published"] == "2018-11-16"  # the manifest wins


def test_script_and_conversion(corpus):
    c = corpus.set_index("file")
    assert c.loc["004_551143017dd81134.txt", ["script", "config"]].tolist() == ["traditional", "hk2s"]
    assert c.loc["001_78b721854dfafda9.txt", "script"] == "traditional"
    assert c.loc["003_537e429408746187.txt", "script"] == "simplified"
    # Simplified text is not converted: t2s would turn the brand 昇腾 into 升腾.
    assert "昇腾" in c.loc["003_537e429408746187.txt", "text"]
    # The original script is kept for quotes.
    assert "濱海灣" in c.loc["004_551143017dd81134.txt", "text_orig"]


def test_chrome_kinds_recorded(corpus):
    audit = corpus.set_index("file").loc["004_551143017dd81134.txt", "audit"]
    kinds = {c.before: c.note for c in audit if c.step == "chrome"}
    assert kinds["24111902.jpg"] == "image"
    assert kinds["電話:(香港)852-2564 0768"] == "contact"
    assert kinds["香港理工大學與OPPO簽約共建聯合創新中心"] == "caption"


def test_html_and_entities():
    raw = "<html><body><h1>南山区人工智能</h1><script>alert(1)</script><p>南山区发布&nbsp;人工智能&amp;机器人政策，支持企业发展。</p></body></html>"
    c = clean_text(raw)
    assert "alert" not in c.text and "<" not in c.text
    assert "人工智能&机器人政策" in c.text
    assert c.changes()["html"] >= 4


def test_no_body_is_an_error():
    from gbabrief.errors import InputError

    with pytest.raises(InputError, match="no article body"):
        clean_text("发表评论\n相关文章\n版权所有 © 2024\n", source="chrome.txt")


def test_taiwan_and_macao_usage_becomes_the_mainland_word():
    from gbabrief.clean import clean_text

    cleaned = clean_text("東莞濱海灣新區規畫正式公佈\n廣東省審議通過《東莞濱海灣新區發展總體規畫》，發展人工智慧與晶片產業。\n")
    assert "发展总体规划" in cleaned.text and "人工智能与芯片产业" in cleaned.text
    assert "規畫" in cleaned.text_orig  # the page's own words are kept beside it
    assert cleaned.title == "东莞滨海湾新区规划正式公布"
    assert len(cleaned.text) == len(cleaned.text_orig)


def test_taiwan_and_hong_kong_policy_words_are_read_as_the_mainland_ones():
    from gbabrief.clean import clean_text
    from gbabrief.instruments import code_sentence

    # The same measure in Taiwan or Hong Kong wording (專案, 支援, 釋出, 叢集, 高階, 積體電路, 智慧製造) reads as in
    # mainland wording, so its figures and codes are the same; 智慧城市 is mainland usage too and stays.
    taiwan = ("南沙區政府釋出新政，支援引進高階人才，發展積體電路與智慧製造專案，打造產業叢集。\n"
              "區政府將建設智慧城市，並對重點專案給予最高500萬元支援。\n")
    mainland = "南沙区政府发布新政，支持引进高端人才，发展集成电路与智能制造项目，打造产业集群。\n区政府将建设智慧城市，并对重点项目给予最高500万元支持。"
    cleaned = clean_text(taiwan)
    assert cleaned.text == mainland
    assert len(cleaned.text) == len(cleaned.text_orig) and "專案" in cleaned.text_orig
    codes = [{code for code, _ in code_sentence(line)[0]} for line in cleaned.text.split("\n")]
    assert codes[0] >= {"talent", "planning"} and codes[1] >= {"funding", "planning"}


def test_a_full_width_date_line_is_read_like_a_half_width_one():
    from gbabrief.clean import clean_text

    page = ("南沙新区发布人工智能扶持政策\n２０２３年０２月０６日　来源：南方日报\n"
            "南沙区今天发布人工智能产业扶持办法，对符合条件的企业给予最高１０００万元支持。\n")
    cleaned = clean_text(page)
    assert cleaned.meta["published"] == "2023-02-06"
    assert "最高1000万元支持" in cleaned.text
    assert any(c.step == "normalise" and c.before == "２０２３" and c.after == "2023" for c in cleaned.audit)


PARAGRAPHS = [
    "南沙区今天发布人工智能产业扶持办法，对符合条件的企业给予最高1000万元支持，推动人工智能产业高质量发展，"
    "并将在庆盛枢纽区块建设智能网联汽车测试基地。",
    "南沙区科技局表示，该办法自发布之日起施行，有效期三年，首批支持资金约2亿元，OPPO等企业已提交申请材料。",
    "据介绍，南沙已集聚人工智能企业超过200家，2023年全区人工智能核心产业规模约达100亿元，同比增长15%。",
]


@pytest.mark.parametrize("width, columns", [(20, False), (38, False), (78, True)])
def test_a_page_cut_at_a_fixed_width_is_read_as_its_paragraphs(width, columns):
    import re
    import unicodedata

    from gbabrief.clean import clean_text

    def cut(line):  # by characters anywhere (html2text), or by columns with Latin words kept whole (lynx)
        parts, part = [], ""
        for token in re.findall(r"[A-Za-z0-9.]+| |." if columns else r".", line):
            size = sum((2 if unicodedata.east_asian_width(c) in "WF" else 1) if columns else 1 for c in part + token)
            if size > width and part:
                parts.append(part.rstrip())
                part = "" if token == " " else token
            else:
                part += token
        return parts + [part]

    page = "南沙出台人工智能新政\n2024-05-09 来源：羊城晚报\n" + "\n".join("\n".join(cut(p)) for p in PARAGRAPHS)
    whole = clean_text("南沙出台人工智能新政\n2024-05-09 来源：羊城晚报\n" + "\n".join(PARAGRAPHS))
    cleaned = clean_text(page)
    # A paragraph whose last line fills the width by chance runs on into the next; none of these does.
    assert cleaned.text == whole.text and cleaned.meta["published"] == "2024-05-09"
    assert "1000万元" in cleaned.text and "OPPO" in cleaned.text  # numbers and names cut in two are whole again


def test_paragraphs_of_like_length_are_not_read_as_a_cut_page():
    from gbabrief.clean import clean_text

    page = "南沙出台人工智能新政\n2024-05-09 来源：羊城晚报\n" + "\n".join(p[:40] + "。" for p in PARAGRAPHS * 2)
    assert not [c for c in clean_text(page).audit if c.note == "cut at a fixed width"]
    assert clean_text(page).text.count("\n") == 6


@pytest.mark.parametrize("width", range(34, 48, 2))
def test_a_page_lynx_cut_at_its_words_is_read_whole(width):
    import re
    import unicodedata

    from gbabrief.clean import clean_text

    def columns(token):
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in token)

    def lynx(paragraph):  # a Latin word or number that does not fit goes down whole; a space at a cut goes
        lines, line = [], ""
        for token in re.findall(r"[A-Za-z0-9.]+| |.", paragraph):
            if columns(line + token) > width:
                lines.append(line.rstrip())
                line = "" if token == " " else token
            else:
                line += token
        return lines + [line]

    paragraphs = [p.replace("OPPO等企业", "OPPO公司Find X8 Ultra等产品") for p in PARAGRAPHS]  # at 44 columns: Find|X8
    head = "南沙出台人工智能新政\n2024-05-09 来源：羊城晚报\n"
    whole = clean_text(head + "\n".join(paragraphs))
    cleaned = clean_text(head + "\n".join("\n".join(lynx(p)) for p in paragraphs))
    assert cleaned.text == whole.text
    assert "Find X8 Ultra" in cleaned.text and "1000万元" in cleaned.text
    # Widths are those of the lines as cut: full-width figures (１０００) and a Chinese-numeral year (二〇二三年), both
    # rewritten before the lines are joined, filled their columns when the page was cut
    changes = [("1000万元", "１０００万元")] + [("2023年", "二〇二三年")] * (width <= 42)  # at 44, 46 the cut splits it
    for before, after in changes:
        paragraphs = [p.replace(before, after) for p in PARAGRAPHS]
        whole = clean_text(head + "\n".join(paragraphs))
        cleaned = clean_text(head + "\n".join("\n".join(lynx(p)) for p in paragraphs))
        assert cleaned.text == whole.text and "1000万元" in cleaned.text and "2023年全区" in cleaned.text


def test_invisible_characters_a_site_scatters_split_nothing():
    from gbabrief.clean import clean_text
    from gbabrief.facts import extract

    # Zero-width spaces and joiners, a soft hyphen and a direction mark inside a date, a number and a name
    page = ("南沙出台人工智能新政\n2024\u200b-05-09 来源：羊城\u200d晚报\n"
            "南沙区今天发布人工智能产业扶持办法，对符合条件的企业给予最高10\u200b00万元支持，"
            "并在庆盛\u00ad枢纽区块建设测试基地，总投资约2\u200e亿元。\n")
    cleaned = clean_text(page)
    assert cleaned.meta["published"] == "2024-05-09" and cleaned.meta["outlet"] == "羊城晚报"
    assert "\u200b" not in cleaned.text and "庆盛枢纽区块" in cleaned.text
    assert [(f.kind, f.value) for f in extract(cleaned.text).itertuples()] == [("money", 1e7), ("money", 2e8)]
    assert any(c.note == "invisible characters" for c in cleaned.audit)


def test_a_page_a_scraper_wrote_in_markdown_reads_as_its_text():
    from gbabrief.clean import clean_text

    page = ("# 南沙出台人工智能新政\n\n2024-05-09 来源：[羊城晚报](https://www.ycwb.com/)\n\n"
            "![南沙新区](https://example.com/a.jpg)\n\n"
            "南沙区今天发布[人工智能产业扶持办法](https://example.com/p.html)，对符合条件的企业给予最高**1000万元**支持。\n\n"
            "> 南沙区科技局表示，该办法自发布之日起施行。\n\n"
            "- [相关阅读：东莞滨海湾新区年度投资计划公布](https://example.com/n/1.html)\n"
            "- [深圳南山GDP迈上新台阶](https://example.com/n/2.html)\n")
    plain = ("南沙出台人工智能新政\n\n2024-05-09 来源：羊城晚报\n\n"
             "南沙区今天发布人工智能产业扶持办法，对符合条件的企业给予最高1000万元支持。\n\n"
             "南沙区科技局表示，该办法自发布之日起施行。\n")
    cleaned, expected = clean_text(page), clean_text(plain)
    assert (cleaned.text, cleaned.title, cleaned.meta) == (expected.text, expected.title, expected.meta)
    assert "滨海湾" not in cleaned.text  # the related stories' links are no part of the article
    # Without a Markdown link or image, asterisks and hashes are the page's own (一*的城市: a masked character)
    assert "*" in clean_text("南山要做人工智能“第*城市”，打造产业高地。\n南山区政府表示，将加大投入力度。\n").text


def test_a_page_run_into_one_line_is_split_where_its_lines_were():
    from gbabrief.clean import clean_text

    lines = ["南沙出台人工智能新政", "2024-05-09 来源：羊城晚报", *PARAGRAPHS, *PARAGRAPHS]
    one = " ".join(lines)
    cleaned, whole = clean_text(one), clean_text("\n".join(lines))
    assert (cleaned.title, cleaned.meta["published"], cleaned.meta["outlet"]) == ("南沙出台人工智能新政", "2024-05-09", "羊城晚报")
    assert cleaned.text == whole.text
    # A one-line page whose headline reads as it is (a dispatch line, 新华社…电 题：…) is left whole
    dispatch = "新华社深圳10月21日电 题：南山GDP迫近万亿元 " + " ".join(PARAGRAPHS * 2)
    assert clean_text(dispatch).title == "南山GDP迫近万亿元"
    assert not [c for c in clean_text(dispatch).audit if c.note.startswith("one line split")]
    # A bullet begins a line, and a date keeps its time (• 2021-08-03 15:07:07 来源:…): the date is read
    bulleted = " ".join(["南沙出台人工智能新政", "• 2021-08-03 15:07:07 来源：南方日报", *PARAGRAPHS, *PARAGRAPHS])
    cleaned = clean_text(bulleted)
    assert (cleaned.title, cleaned.meta["published"], cleaned.meta["time"]) == ("南沙出台人工智能新政", "2021-08-03", "15:07:07")
    # A line's own spaces around a number and its unit (到 2025 年) stay inside it, where a collapsed page is split;
    # a numbered item after a colon begins a line; a line that begins with a date still does
    lines = ["南沙出台人工智能新政", "2024年5月9日 来源：羊城晚报", *PARAGRAPHS, "为大家划下重点：",
             "1.到 2025 年，南沙区人工智能产业规模力争达到 500 亿元，集聚企业超过 300 家。", *PARAGRAPHS]
    cleaned, whole = clean_text(" ".join(lines)), clean_text("\n".join(lines))
    assert cleaned.text == whole.text and cleaned.meta["published"] == "2024-05-09"
    assert "1.到2025年，南沙区人工智能产业规模力争达到500亿元" in cleaned.text
    # A headline in two or three parts keeps them, whatever stands between it and the date (its source, its
    # outlet's name in either script, a bullet); a masthead above it is no part of it
    for head in (["筑“生态雨林” 育“创新之肺” 上市公司“南山现象”见闻", "来源：南方日报", "2024-05-09 10:00"],
                 ["南山要闻", "搶抓“換道超車”機遇 廣州加快打造萬億級“智車之城”", "中國證券網", "• 2024-05-09"]):
        lines = [*head, *PARAGRAPHS, *PARAGRAPHS]
        cleaned, whole = clean_text(" ".join(lines)), clean_text("\n".join(lines))
        assert cleaned.title == whole.title and " " in cleaned.title and cleaned.meta["published"] == "2024-05-09"
    # A field's label before the date (date 2026-03-02) is no outlet, on a line of its own or not
    for text in (" date 2026-03-02 " + PARAGRAPHS[0] + "\n" + "\n".join(PARAGRAPHS[1:]),
                 " date 2026-03-02 " + " ".join(PARAGRAPHS * 3)):
        assert clean_text(text).meta["outlet"] is None and clean_text(text).meta["published"] == "2026-03-02"
    # Another story's teaser cut with three dots, and its date, above the body: the date is not the page's
    lines = ["【某网】去年7月，某公司发布了折叠屏旗舰，主打轻薄，一经亮相便迅速...", "2025-06-28 0", *PARAGRAPHS,
             *PARAGRAPHS]
    cleaned, whole = clean_text(" ".join(lines)), clean_text("\n".join(lines))
    assert cleaned.meta["published"] == whole.meta["published"] is None
    # A photo caption's mark (▲…效果图) and a share bar's items (• | • 0 条评论) begin lines, as they did
    lines = ["南沙出台人工智能新政", "• 来源：羊城晚报", "• |", "• 2024-05-09", "• |", "• 0 条评论", *PARAGRAPHS,
             "▲南沙科学城效果图", *PARAGRAPHS]
    cleaned, whole = clean_text(" ".join(lines)), clean_text("\n".join(lines))
    assert cleaned.text == whole.text and "▲" not in cleaned.text and "评论" not in cleaned.text


def test_a_headline_figure_qualified_otherwise_than_the_body_is_its_own_claim():
    from gbabrief.facts import extract, once

    headline = "南山万亿级城区呼之欲出"
    text = headline + "\n南山今年GDP接近万亿元，总投资45亿元的项目开工。"
    facts = once(extract(text), headline)
    assert list(zip(facts["surface"], facts["qualifier"])) == [("万亿级", "approx"), ("接近万亿元", "nearly"),
                                                               ("45亿元", "exact")]
    headline = "总投资45亿元项目开工"  # the same figure, the same qualifier: the body's row
    facts = once(extract(headline + "\n项目约定投资总额达45亿元。"), headline)
    assert list(facts["surface"]) == ["达45亿元"] and facts["positions"].iloc[0].count(";") == 1


def test_years_and_dates_in_chinese_numerals_read_as_arabic_ones():
    import pandas as pd

    from gbabrief.clean import clean_text
    from gbabrief.facts import corpus_facts

    page = ("南沙区人工智能产业发展行动计划\n发布日期：二〇二三年十二月二十六日\n"
            "到二〇二五年，南沙区人工智能核心产业规模达到1000亿元。\n二○二二年，全区地区生产总值达2252亿元。\n")
    cleaned = clean_text(page)
    assert cleaned.meta["published"] == "2023-12-26"
    assert "到2025年" in cleaned.text and "2022年，全区" in cleaned.text
    corpus = pd.DataFrame([{"doc_id": "a", "file": "a.txt", "region": "nansha", "text": cleaned.text,
                            "text_orig": cleaned.text_orig, "published": "2023-12-26", "title": cleaned.title}])
    facts = corpus_facts(corpus)
    assert list(zip(facts["status"], facts["year"])) == [("target", "2025"), ("actual", "2022")]
    # Chinese numerals that are no year stay as they are
    assert clean_text("南沙新政发布\n南沙区新增企业三十家，其中二十家来自香港。\n南沙区科技局表示，支持力度将继续加大。\n").text.count("三十家") == 1
