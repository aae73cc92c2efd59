"""The brief's sections one by one: each rendered from a small hand-made model, its text asserted; and the
section functions on the seeds, where no finding may state more articles than it rests on."""
from __future__ import annotations

import dataclasses
import html
import re

import pandas as pd
import pytest

from gbabrief import plots
from gbabrief.brief import Renderer, Source, analyse, build_model
from gbabrief.brief import sections as sec
from gbabrief.brief.render import SECTIONS, TEMPLATES
from gbabrief.brief.words import human_value

S1 = Source(1, "a", "nanshan", "深圳晚报", "2024-03-01", "南山发布人工智能行动方案", "https://example.org/a", "a.txt",
            1200, "南山区发布方案。")
S2 = Source(2, "b", "nansha", "", "2025-05-26", "南沙人工智能产业", "", "b.txt", 800, "南沙。")
S3 = Source(3, "c", None, "新华社", "", "", "", "c.txt", 300, "一段没有标题的文字。", "page")
SOURCES = [S1, S2, S3]
F1 = sec.FactRef("F1", "up to CNY 10 m", "subsidy or award cap (pledged or announced)", "b", "nansha", "district",
                 "南沙区", "给予最高1000万元资金支持", "最高1000万元", "", "subsidy", "pledge")
F2 = sec.FactRef("F2", "CNY 500 m", "fund size (pledged or announced)", "b", "nansha", "organisation",
                 "广州南沙产业投资基金管理有限公司", "规模5亿元的人工智能产业基金", "5亿元", "", "fund", "pledge")


def text_of(fragment: str) -> str:
    """What a reader sees: tags and print footnotes gone, whitespace collapsed."""
    fragment = re.sub(r'<span class="fn">.*?</span>', "", fragment)
    fragment = re.sub(r"</?(a|span|strong|em|mark|code)\b[^>]*>", "", fragment)  # inline: no space
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", fragment))).strip()


def squeeze(text: str) -> str:
    return re.sub(r"\s+([.,;:)\]])", r"\1", text)


@pytest.fixture
def renderer(tmp_path):
    return Renderer(SOURCES, tmp_path, draw=lambda spec: plots.empty(spec.title, "a test figure"))


def test_every_section_has_a_template(renderer):
    assert set(SECTIONS) == {p.name.split(".")[0] for p in TEMPLATES.glob("*.html.j2") if not p.name.startswith("_")}
    with pytest.raises(ValueError, match="no brief section 'nope'"):
        renderer.render("nope", None)


def test_title_claims_only_what_the_corpus_covers(renderer):
    data = sec.TitlePage(["nanshan", "nansha", "binhaiwan"], 3, "2024", "2025", "2025-05-26",
                         ["nanshan", "nansha"], ["binhaiwan"], True)
    out = text_of(renderer.render("title", data))
    assert "Nanshan and Nansha and AI — no articles on Binhaiwan yet" in out
    assert "A policy brief from 3 Chinese news articles published 2024–2025." in out
    assert "Latest article: 2025-05-26." in out
    data.covered, data.missing = ["nanshan", "nansha", "binhaiwan"], []
    assert "Three districts, three bets" in text_of(renderer.render("title", data))
    data.leads_differ = False
    assert "One Bay Area, shared bets" in text_of(renderer.render("title", data))
    # The date range counts every article and says how many no page dates; reposts are stories of pages.
    data.undated, data.pages = 2, 40
    assert "A policy brief from 3 Chinese news stories (40 pages) published 2024–2025, 2 of them undated." in \
        text_of(renderer.render("title", data))


def test_contents_lists_the_districts_it_has(renderer):
    out = text_of(renderer.render("contents", sec.Contents(["nansha"])))
    assert "Method and data Nansha (南沙) Side-by-side comparison" in out and "Nanshan" not in out


def test_findings_state_counts_and_single_articles(renderer):
    one = sec.Theme("core_ai", "core AI technology and models", 7, ("b",))
    two = sec.Theme("platforms", "platforms, parks and clusters", 12, ("a", "c"))
    data = sec.Findings([
        sec.ThemeLeads([sec.Lead("nanshan", two), sec.Lead("nansha", one)], "different"),
        sec.OnlyTheme("nanshan", sec.Theme("military_civil", "military–civil fusion", 4, ("a",))),
        sec.MoneyFinding("single", [F1], others=1),
        sec.PartnersFinding([sec.PartnerCount("nansha", ["澳门大学", "香港科技大学(广州)"], ("b",))], False),
    ], ["nanshan", "nansha"], {"nanshan": 2, "nansha": 1})
    raw = renderer.render("findings", data)
    out = squeeze(text_of(raw))
    assert raw.count("<li>") == 4 and raw.count("<strong>") == 4
    assert "Each district leads with a different theme." in out
    assert "Nanshan (南山), platforms, parks and clusters (12 coded sentences in 2 articles)[1][3];" in out
    assert "Nansha (南沙), core AI technology and models (7 coded sentences in 1 article: one article's account)[2]." in out
    assert "Military–civil fusion appears in Nanshan only. 4 sentences in 1 article on Nanshan" in out
    assert "Only the Nansha articles state a sum of the district's own, so money cannot be compared." in out
    # F1 states no year: the finding says so rather than leave the year out.
    assert "Its leading sum (achievements before targets): subsidy or award cap (pledged or announced), up to CNY 10 m[2] (year not stated)." in out
    assert "A further 1 sum in these articles belongs to cities, partners or firms and is not counted" in out
    assert "not directly comparable" in out
    assert "Hong Kong and Macao links are uneven." in out and "Nansha (南沙): 2 in 1 article (澳门大学、香港科技大学(广州))[2]." in out
    assert 'href="#F1"' in raw and 'href="#src-2"' in raw
    # Each source is named in a print footnote once per section, at its first citation.
    assert raw.count('<span class="fn">[2]') == 1


def test_counts_agree_in_number(renderer):
    a, b, c = (sec.Theme(code, code, 3, ("a", "b")) for code in ("talent", "talent", "finance"))
    shared = sec.ThemeLeads([sec.Lead("nanshan", a), sec.Lead("nansha", b), sec.Lead("binhaiwan", c)], "shared",
                            shared="talent", shared_by=2)
    out = squeeze(text_of(renderer.render("findings", sec.Findings([shared], ["nanshan", "nansha", "binhaiwan"],
                                                                   {"nanshan": 2, "nansha": 2, "binhaiwan": 2}))))
    assert "2 districts share a leading theme, talent; the other leads with its own." in out


def test_findings_without_districts_say_so(renderer):
    out = text_of(renderer.render("findings", sec.Findings([], [], {})))
    assert out.startswith("Key findings No article in this corpus is about Nanshan, Nansha or Binhaiwan.")


def test_method_names_limits_and_where_metadata_came_from(renderer):
    audit = pd.DataFrame({"Source": ["[1]", "[2]", "[3]"], "readings": [3, 0, 0], "chrome": [1, 2, 0]})
    data = sec.Method(SOURCES, 1, audit, {"readings": 3, "chrome": 3, "garble": 0, "convert": 9, "all": 15}, [
        sec.Limit("sample", articles=3, first_year="2024", last_year="2025", per_region={"nanshan": 1, "nansha": 1}),
        sec.Limit("outlets", outlets=2, no_outlet=1, by_base=[("Hong Kong and Macao", 1), ("Beijing", 1)]),
        sec.Limit("duplicate", files=("a2.txt", "a.txt")),
        sec.Limit("unplaced", numbers=[3]),
        sec.Limit("partner", numbers=[2], region="nansha", share=67),
    ])
    out = squeeze(text_of(renderer.render("method", data)))
    assert "2 of the 3 articles are listed in it; for the other 1, district, date, outlet and headline" in out
    assert "Table 1. The corpus" in out and "[3] none of the three 新华社 unknown (no headline) 一段没有标题的… 300" in out
    assert "Cleaning made 15 recorded edits: 3 pinyin readings removed, 3 lines of site chrome dropped" in out
    assert "Table 2. Cleaning audit" in out
    assert "Small sample. 3 articles published 2024–2025, 1 on Nanshan, 1 on Nansha." in out
    assert "2 outlets and 1 article without a stated outlet (articles by where the outlet is based: " \
           "Hong Kong and Macao 1, Beijing 1)" in out
    assert "a2.txt is the same article as a.txt and is counted once" in out
    assert "Source [3] names no district often enough" in out
    assert "Source [2] is filed under Nansha but 67% of the places it names are outside the Bay Area" in out
    data.from_page = len(SOURCES)  # a folder of pages without a manifest
    out = squeeze(text_of(renderer.render("method", data)))
    assert "No article is listed in it: for all 3, district, date, outlet and headline were read" in out


def test_district_opens_with_a_claim_and_its_evidence(renderer):
    data = sec.District(
        region="nansha", verb="stands out on", claim=[sec.Theme("core_ai", "core AI technology and models", 9, ("b",)),
                                          sec.Theme("compute", "compute and data infrastructure", 5, ("b",))],
        articles=1, first_year="2025", last_year="2025", coded_sentences=40, doc_ids=["b"],
        themes=[sec.Theme("core_ai", "core AI technology and models", 9, ("b",))],
        instruments=[sec.Theme("finance", "Finance (funds/loans/guarantees)", 4, ("b",))],
        lean_side="environment", lean_pct=51.7, demand_pct=14.6, anchors=["华为", "香港科技大学(广州)"],
        partners=["香港科技大学(广州)"],
        quote=sec.Quote("南沙区工信局发布了《扶持办法》，给予最高1000万元资金支持。", "b", "Figures: up to CNY 10 m."),
        policies=[sec.PolicyItem("《广州市南沙区促进人工智能产业高质量发展扶持办法》", "support measures", "district",
                                 "南沙区工信局", "2025年5月", ("Finance (funds/loans/guarantees)",), "5亿元", "b")],
        own_facts=[F1], other_facts=[F2], terms=["算力", "大模型"], own_count=1)
    out = squeeze(text_of(renderer.render("district", data)))
    assert out.startswith("Nansha stands out on core AI technology and models as well as compute and data infrastructure")
    assert "based on 1 article, published 2025 and 40 coded sentences; one article: read it as that article's account[2]" in out
    assert "Its articles put most weight on core AI technology and models (9 coded sentences)[2]." in out
    assert "lean to the environment side (51.7% of its instrument codes, each article weighing the same; demand side 14.6%), chiefly Finance" in out
    assert "name most are 华为、香港科技大学(广州); the Hong Kong and Macao ones among all it names: 香港科技大学(广州)." in out
    assert "They name 1 policy or programme (1 support measures)." in out
    assert "They state 1 figure of the district's own, and others of its city, partners or firms, listed apart." in out
    assert "Gist (built from what was extracted, not a translation): Figures: up to CNY 10 m." in out
    assert ("《广州市南沙区促进人工智能产业高质量发展扶持办法》 — support measures, district level, issued by 南沙区工信局, "
            "2025年5月; instruments nearby: Finance (funds/loans/guarantees); sums: 5亿元[2]") in out
    assert "The district's own figures up to CNY 10 m[2] — subsidy or award cap (pledged or announced): “给予最高1000万元资金支持”" in out
    assert "not the district's) CNY 500 m[2] — fund size (pledged or announced), a firm's or institution's 广州南沙产业投资基金管理有限公司" in out
    assert out.endswith("place names left out): 算力、大模型.")


def test_district_heading_says_when_a_claimed_theme_rests_on_one_of_its_articles(renderer):
    data = sec.District(
        "nanshan", "stands out on", [sec.Theme("mcf", "military–civil fusion", 3, ("c",)),
                                     sec.Theme("core_ai", "core AI technology and models", 12, ("a", "b", "c"))],
        3, "2023", "2025", 60, ["a", "b", "c"], [], [])
    heading = squeeze(text_of(renderer.render("district", data))).split(" Shenzhen")[0]
    assert heading == ("Nanshan stands out on military–civil fusion (one of its 3 articles) "
                       "as well as core AI technology and models")


def test_district_article_text_is_escaped(renderer):
    data = sec.District("nanshan", "", [], 1, "", "", 0, ["a"], [], [],
                        quote=sec.Quote("<script>alert(1)</script>南山。", "a", "A sentence."))
    raw = renderer.render("district", data)
    assert "<script>" not in raw and "&lt;script&gt;" in raw
    assert "No theme is coded in its articles. No policy instrument is coded in its articles." in text_of(raw)


def test_comparison_puts_own_figures_and_partners_apart(renderer):
    spec = sec.FigureSpec("themes_heatmap", "heatmap", None, "Themes", "Theme intensity", ("a", "b"))
    data = sec.Comparison(
        ["nanshan", "nansha"],
        [sec.MatrixRow("Theme", "Finance and funds 金融与基金", {"nanshan": "–", "nansha": "17.67 (n=7)"})],
        {"nanshan": "–", "nansha": "1 fund"},
        [sec.PartnerRow("universities and institutes", {"nanshan": "2: 深圳大学、南方科技大学", "nansha": "–"})],
        [F1, F2], {"themes": spec, "instruments": spec, "key_figures": spec, "terms": spec},
        [sec.Event(1, "2025-05-26", "nansha", "发布扶持办法", "b")])
    raw = renderer.render("comparison", data)
    out = squeeze(text_of(raw))
    assert re.findall(r"Figure (\d+)\.", out) == ["1", "2", "3", "4"]
    # A supplementary figure is numbered apart, screen-only, and puts no source in the PDF's footnotes.
    data.figures["terms"] = dataclasses.replace(spec, screen_only=True)
    printed_before = set(renderer.printed_sources)
    raw = renderer.render("comparison", data)
    assert re.findall(r"Figure (S?\d+)\.", squeeze(text_of(raw))) == ["5", "6", "7", "S1"]
    assert '<figure id="fig-S1" class="figure screen-only">' in raw
    assert renderer.printed_sources == printed_before
    assert re.findall(r"Table (\d+)\.", out) == ["1", "2", "3", "4"]
    assert "Theme Finance and funds 金融与基金 – 17.67 (n=7)" in out
    assert "Named in the articles – 1 fund" in out
    assert "Universities and institutes 2: 深圳大学、南方科技大学 –" in out
    assert "Nansha up to CNY 10 m[2] subsidy or award cap (pledged or announced) the district's 南沙区 – 最高1000万元" in out
    assert "Nansha CNY 500 m[2] fund size (pledged or announced) a firm's or institution's 广州南沙产业投资基金管理有限公司" in out
    assert out.count("not directly comparable") == 1  # the facts table's note; the test figure has no note
    assert "2025-05-26 · Nansha: 发布扶持办法[2]" not in out  # no timeline figure, so no event list
    assert raw.count('src="data:image/svg+xml;base64,') == 4


def test_comparison_without_districts(renderer):
    out = text_of(renderer.render("comparison", sec.Comparison([], [], {}, [], [], {}, [])))
    assert out == "Side-by-side comparison No district to compare."


def test_implications_follow_their_findings(renderer):
    data = [sec.Recommendation("demand", region="nansha", finding="demand-side tools are the least used in every "
                               "district, 2.0–9.5% of the instrument codes of 7 articles", doc_ids=("a", "b"),
                               detail="Nansha, at 2.0%, first"),
            sec.Recommendation("dual_use", region="nanshan", finding="military–civil fusion is coded in 2 articles "
                               "on Nanshan and in none on the other districts", doc_ids=("a", "c")),
            sec.Recommendation("grow", region="nansha", articles=3, finding="Nansha rests on 1 article",
                               doc_ids=("b",))]
    out = squeeze(text_of(renderer.render("implications", data)))
    assert "Look for the demand side, Nansha, at 2.0%, first. It rests on the finding that demand-side tools" in out
    assert "Watch Nanshan's dual-use channel. It rests on the finding that military–civil fusion is coded in 2 " \
           "articles on Nanshan" in out
    assert "Nansha rests on 1 article[2], and the brief stands on 3 articles in all" in out
    assert "Compare money with care" not in out
    assert "No finding" in text_of(renderer.render("implications", []))


def test_recommendations_need_their_finding_on_two_articles():
    from gbabrief.corpus import load_corpus
    from gbabrief.paths import SEEDS

    a = analyse(load_corpus(SEEDS, quiet=True))
    kinds = {r.kind: r for r in sec.implications(a)}
    for r in kinds.values():
        assert r.kind == "grow" or len(r.doc_ids) >= sec.MIN_ARTICLES, r
    # The seeds have one article per district or so: the brief says to grow the corpus, naming the thinnest.
    assert kinds["grow"].finding.endswith("rests on 1 article") and len(kinds["grow"].doc_ids) == 1
    # Military–civil fusion is coded in a single seed article: it carries no recommendation alone.
    ev = a.evidence[a.evidence["code"] == "military_civil"]
    assert ev["doc_id"].nunique() == 1 and "dual_use" not in kinds


def test_glossary_sources_evidence_and_versions(renderer):
    out = text_of(renderer.render("glossary", [sec.GlossaryRow("算力", "suànlì", "computing power")]))
    assert "算力 suànlì computing power" in out
    out = text_of(renderer.render("sources", SOURCES))
    assert "[1] 深圳晚报, 2024-03-01. 南山发布人工智能行动方案. File a.txt. https://example.org/a" in out
    assert "[2] outlet not stated, 2025-05-26. 南沙人工智能产业. File b.txt." in out
    assert "[3] 新华社, date unknown. (no headline; first sentence) 一段没有标题的文字。. File c.txt." in out
    items = [sec.EvidenceItem(F1, 2, "给予", "最高1000万元", "资金支持。", "Nansha District")]
    raw = renderer.render("evidence", sec.Evidence(items, []))
    assert '<li id="F1"' in raw and "<mark>最高1000万元</mark>" in raw and "corrected by the analyst" not in raw
    assert 'class="screen-only"' in raw  # shown nowhere in print: quoted on screen only
    renderer.fact(F1)
    assert 'class="screen-only"' not in renderer.render("evidence", sec.Evidence(items, []))
    assert "F1 up to CNY 10 m (subsidy or award cap (pledged or announced); the district's 南沙区) — 给予最高1000万元资金支持。 (gist: Nansha District) [2]" in text_of(raw)
    # A code the analyst dropped is listed, marked as theirs, with its sentence and source.
    raw = renderer.render("evidence", sec.Evidence(items, [sec.CorrectedCode(3, "签约仪式结束后，领导参观了展馆。", "instrument",
                                                                            "strategic", "Strategic measures", "drop")]))
    assert "Strategic measures (instrument; dropped by the analyst) — 签约仪式结束后，领导参观了展馆。 [3]" in text_of(raw)
    out = text_of(renderer.render("versions", sec.Versions([("jieba", "0.42.1")], [("jieba", "0.42.1"), ("pandas", "2.3.3")])))
    assert "jieba 0.42.1" in out and out.endswith("jieba 0.42.1 pandas 2.3.3")


# ---------------------------------------------------------------------- the section functions on the seeds
@pytest.fixture(scope="module")
def seeds_analysis(corpus):
    return analyse(corpus)


def _articles_with(analysis, region, code):
    ev = analysis.evidence
    return set(ev[(ev["region"] == region) & (ev["code"] == code)]["doc_id"])


def test_no_finding_claims_more_articles_than_it_rests_on(seeds_analysis):
    a = seeds_analysis
    found = sec.findings(a)
    assert 3 <= len(found.items) <= 5
    for item in found.items:
        for stated, rests_on in item.claims:
            assert stated <= len(set(rests_on))  # never more articles than it rests on
            assert set(rests_on) <= set(item.doc_ids)  # and it cites every one of them
        assert set(item.doc_ids) <= set(a.analysed_docs())
    leads = next(i for i in found.items if i.kind == "themes")
    for lead in leads.leads:
        assert set(lead.theme.doc_ids) == _articles_with(a, lead.region, lead.theme.code)
        row = a.themes[(a.themes["region"] == lead.region) & (a.themes["code"] == lead.theme.code)].iloc[0]
        assert lead.theme.articles == row["articles"] and lead.theme.sentences == row["sentences"]
    partners = next(i for i in found.items if i.kind == "partners")
    assert partners.everywhere == (len(partners.districts) == len(a.regions))
    for p in partners.districts:  # each article cited names one of the organisations
        named = a.mentions[(a.mentions["region"] == p.region) & a.mentions["actor"].isin(p.names)]
        assert set(p.doc_ids) == set(named["doc_id"])


def test_one_article_districts_are_said_to_be_one(seeds_analysis, tmp_path):
    model = build_model(seeds_analysis)
    binhaiwan = next(d for d in model.districts if d.region == "binhaiwan")
    assert binhaiwan.articles == 1 == len(seeds_analysis.docs_of("binhaiwan"))
    out = text_of(Renderer(seeds_analysis.sources, tmp_path).render("district", binhaiwan))
    assert "based on 1 article, published 2024" in out and "one article: read it as that article's account" in out
    nansha = next(d for d in model.districts if d.region == "nansha")
    assert "one article" not in text_of(Renderer(seeds_analysis.sources, tmp_path).render("district", nansha))


def test_seed_districts_compare_own_figures_only(seeds_analysis):
    model = build_model(seeds_analysis)
    for d in model.districts:
        assert all(f.scope in ("district", "subarea") and f.region == d.region for f in d.own_facts)
        assert all(f.scope not in ("district", "subarea") for f in d.other_facts)
    money = next(i for i in model.findings.items if i.kind == "money")
    assert all(f.scope in ("district", "subarea") for f in money.figures)
    if money.mode in ("shared", "years"):  # compared: the whole district's, one measure and status
        assert all(f.scope == "district" for f in money.figures)
        assert len({(f.measure, f.status) for f in money.figures}) == 1
    if money.mode == "shared":
        years = [int(f.year) for f in money.figures]
        assert max(years) - min(years) <= sec.YEARS_APART
    cards = model.comparison.figures["key_figures"].data
    own = seeds_analysis.own_facts()
    assert set(cards["value_text"]) <= set(own["value_text"])


def test_seed_quotes_carry_substance_and_a_gist(seeds_analysis):
    model = build_model(seeds_analysis)
    for d in model.districts:
        assert d.quote is not None and len(d.quote.text) >= sec.QUOTE_MIN
        assert d.quote.gist and "A sentence without" not in d.quote.gist
    nansha = next(d for d in model.districts if d.region == "nansha")
    assert "扶持办法" in nansha.quote.text and "up to CNY 10 m" in nansha.quote.gist


@pytest.mark.parametrize("value, qualifier, surface, expected", [
    (170666.67, "exact", "256亩", "256 mu (≈ 171,000 m²)"),  # mu as stated, the metric size rounded
    (1400000.0, "exact", "2100畝", "2,100 mu (≈ 1.4 km²)"),
    (1570666.67, "approx", "约2356亩", "about 2,356 mu (≈ 1.57 km²)"),
    (18605.73, "exact", "18,605.73平方米", "18,605.73 m²"),  # stated in m²: kept to the decimal
    (2370000.0, "approx", "约237公顷", "about 2.37 km²"),
])
def test_areas_read_as_stated(value, qualifier, surface, expected):
    assert human_value("area", value, "m2", qualifier, surface) == expected


def test_key_figures_rank_what_a_reader_calls_key():
    from gbabrief.brief.sections import key_figures, ranked_own

    def fact(kind, value, measure="", scope="district", status="actual", year="2024", unit="CNY", place="南山区",
             sentence="南山区的数据。", surface=""):
        return {"region": "nanshan", "kind": kind, "value": value, "measure": measure, "scope": scope,
                "status": status, "year": year, "unit": unit, "place": place, "sentence": sentence, "surface": surface}
    facts = pd.DataFrame([
        fact("area", 186000, unit="m2", scope="subarea", place="某大厦", sentence="某大厦建筑面积18.6万平方米。",
             surface="18.6万平方米"),  # a building's floor area: never key
        fact("money", 3, measure="price", unit="CNY"),  # a sum under CNY 10,000: never key
        fact("money", 5e10, measure="output", status="target", year="2030"),
        fact("count", 300, unit="enterprises"),
        fact("money", 8.5e11, measure="gdp", year="2023"),
        fact("money", 9e11, measure="gdp", year="2024"),
        fact("money", 2e9, measure="fund", scope="organisation"),  # a partner's: not the district's
        fact("money", 1e9, measure="investment", status=""),  # status not stated: never key
        fact("count", 3, unit="sections"),  # 三大板块: a strategy's enumeration, never key
    ])
    facts["change"] = False
    facts.loc[len(facts)] = {**fact("money", 1.1e12, measure="gdp", year="2025"), "change": True}  # 增量: never key
    keyed = key_figures(facts)
    # Achieved first, GDP first and its latest year only (one figure of each measure and status), then
    # counts, then targets.
    assert list(zip(keyed["kind"], keyed["value"])) == [("money", 9e11), ("count", 300), ("money", 5e10)]
    # A district's list of its own figures: the key ones first, then its other ranked figures (the earlier
    # GDP), then the rest in their order (the change, the status not stated, the price); a sum under
    # CNY 10,000 that is no price never.
    own = facts[facts["scope"] == "district"].iloc[::-1]  # whatever order the corpus gives
    own.loc[len(facts)] = {**fact("money", 5000, measure="subsidy"), "change": False}
    listed = list(zip(ranked_own(own)["kind"], ranked_own(own)["value"]))
    assert listed == [("money", 9e11), ("count", 300), ("money", 5e10), ("money", 8.5e11), ("money", 1.1e12),
                      ("count", 3), ("money", 1e9), ("money", 3)]


def test_money_findings_name_each_figures_year(renderer):
    dated = sec.FactRef("F3", "CNY 90 bn", "GDP", "a", "nanshan", "district", "南山区", "全区GDP达900亿元",
                        "900亿元", "2024", "gdp", "actual")
    data = sec.Findings([sec.MoneyFinding("apart", [dated, F1])], ["nanshan", "nansha"], {"nanshan": 1, "nansha": 1})
    out = squeeze(text_of(renderer.render("findings", data)))
    assert "Nanshan: GDP, CNY 90 bn[1] (2024); Nansha: subsidy or award cap (pledged or announced), " \
           "up to CNY 10 m[2] (year not stated)." in out


def test_a_claim_on_more_than_three_articles_cites_three_and_links_the_rest(tmp_path):
    from gbabrief.brief.model import Source

    sources = [Source(n, f"d{n}", "nansha", "o", "2024-01-01", f"标题{n}", "", f"d{n}.txt", 100,
                      copies=12 if n == 7 else 1) for n in range(1, 11)]
    r = Renderer(sources, tmp_path)
    few = str(r.cite("d2", "d1"))
    assert few.count('class="cite ref"') == 2 and "+" not in text_of(few)
    many = str(r.cite(*[f"d{n}" for n in range(1, 11)]))
    # The story most pages ran first, then the first listed; the other seven behind "+7".
    assert [int(n) for n in re.findall(r'href="#src-(\d+)"', many)] == [1, 2, 7]
    assert '<a class="cite more screen-only" href="#claim-1">+7</a>' in many
    assert '<span class="cite more print-only">+7</span>' in many  # the PDF has no claim lists to link to
    assert r.claims == [list(range(1, 11))]


def test_a_claim_comes_with_how_sure_it_is(renderer):
    from gbabrief.corpus import load_corpus
    from gbabrief.paths import SEEDS

    a = analyse(load_corpus(SEEDS, quiet=True))
    # A theme coded in one of Nanshan's two articles, and nowhere else, holds in every resample that draws
    # that article: 1 - (1/2)^2 = 75% of them; elsewhere in none.
    ev = a.evidence[(a.evidence["code"] == "military_civil")]
    assert list(ev["region"].unique()) == ["nanshan"] and ev["doc_id"].nunique() == 1
    assert len(a.docs_of("nanshan")) == 2
    assert a.sureness("nanshan", "military_civil") == pytest.approx(0.75, abs=0.04)
    assert a.sureness("nansha", "military_civil") == 0.0
    assert a.sureness("nansha", "core_ai") == a.sureness("nansha", "core_ai")  # seeded
    d = sec.district(a, "binhaiwan")
    assert d.thin and d.articles == 1  # one article: the heading says the evidence is thin
    out = squeeze(text_of(renderer.render("district", d)))
    assert "(thin evidence)" in out.split(" · ")[0]
    assert f"It stands out on {d.claim[0].label} in {d.sure[0]}% of 1,000 resamples of each district's articles" in out
    assert ", too few articles to state it plainly." in out


def test_a_recommendation_goes_when_its_evidence_goes():
    import dataclasses

    from gbabrief.corpus import load_corpus

    from conftest import DATA

    a = analyse(load_corpus(DATA / "growth", quiet=True, stories=False))
    kinds = {r.kind: r for r in sec.implications(a)}
    money = kinds["money"]
    assert "sums" in money.finding and len(money.doc_ids) >= sec.MIN_ARTICLES
    # Each recommendation names the finding it rests on.
    assert all(r.finding for r in kinds.values())
    # Drop the districts' own sums from every article but one: the money recommendation goes.
    own = a.facts[(a.facts["kind"] == "money") & a.facts["scope"].isin(["district", "subarea"])]
    keep = own["doc_id"].iloc[0]
    fewer = a.facts[~a.facts.index.isin(own[own["doc_id"] != keep].index)]
    assert "money" not in {r.kind for r in sec.implications(dataclasses.replace(a, facts=fewer))}
    # The corpus-growth recommendation names the thinnest district and its count, from the data.
    thinnest = min(a.regions, key=lambda r: len(a.docs_of(r)))
    assert kinds["grow"].finding == f"{sec.REGION_EN[thinnest]} rests on {len(a.docs_of(thinnest))} articles"


@pytest.mark.parametrize("clause, gist", [
    ("东莞滨海湾新区与上海技术交易所签约设立交易中心", "Agreement signed — Binhaiwan New Area, Dongguan"),
    ("在全国两会召开之际", "Meeting or forum held"),
    ("市政协副主席在会上讲话表示", "event not named in English (see the Chinese)"),
])
def test_events_get_an_english_gist(clause, gist):
    from gbabrief.gist import event_gist

    assert event_gist(clause).startswith(gist)


def test_outlets_are_summarised_by_where_they_are_based():
    sources = [Source(n, f"d{n}", "nansha", outlet, "2024-01-01", "t", "", f"d{n}.txt", 100)
               for n, outlet in enumerate(["香港商报", "大公报", "新华网", "深圳晚报", "某某资讯", ""], start=1)]
    assert sec.outlets_by_base(sources) == [("Hong Kong and Macao", 2), ("Beijing", 1),
                                            ("the Bay Area's mainland cities", 1), ("outlets not in the outlet list", 1)]
    table = sec.outlet_table(sources + sources[:1])  # 香港商报 twice: one row, two articles
    assert list(table["outlet"])[0] == "香港商报" and list(table["articles"])[0] == 2
    assert dict(zip(table["outlet"], table["base"]))["某某资讯"] == ""
    assert table["articles"].sum() == 6  # every article with an outlet, once


def test_the_print_copy_leaves_out_what_print_hides_and_nothing_else():
    from gbabrief.build import print_copy

    html = ('<p>a<a class="cite more screen-only" href="#c">+3</a><span class="print-only">+3</span></p>'
            '<div class="table-wrap screen-only" id="t"><div><div>rows</div></div><ul><li>x</li></ul></div>'
            '<ul><li class="screen-only">hidden <li-like>text</li-like></li><li>kept</li></ul>'
            '<img class="screen-only" src="x.png"><br/><p class="screenshot">kept too</p>')
    assert print_copy(html) == ('<p>a<span class="print-only">+3</span></p><ul><li>kept</li></ul>'
                                '<br/><p class="screenshot">kept too</p>')
    assert print_copy('<div class="screen-only"><div>never closed') == '<div class="screen-only"><div>never closed'


def test_a_shared_money_finding_says_how_many_kinds_are_shared(renderer):
    refs = [sec.FactRef(f"F{i}", f"CNY {v} bn", "industry output or revenue", d, region, "district", "某区",
                        "句子", "数字", year, "output", "target")
            for i, (v, d, region, year) in enumerate([(120, "a", "nanshan", "2025"), (100, "b", "nansha", ""),
                                                      (8, "c", "binhaiwan", "")], start=1)]
    also = [("investment", "pledged or announced", ["nansha", "binhaiwan"])]
    regions = ["nanshan", "nansha", "binhaiwan"]
    data = sec.Findings([sec.MoneyFinding("shared", refs, "industry output or revenue", "target", 0, also)],
                        regions, dict.fromkeys(regions, 1))
    out = squeeze(text_of(renderer.render("findings", data)))
    assert "Two kinds of sum are stated for more than one district; industry output or revenue (target) for all " \
           "three." in out
    assert "Also stated for more than one district: investment (pledged or announced) in Nansha and Binhaiwan." in out
    # More than two others: at most three named, without their districts.
    data.items[0].also = also + [("GDP", "actual", regions), ("fund size", "pledged or announced", regions),
                                 ("investment", "target", ["nanshan", "nansha"])]
    out = squeeze(text_of(renderer.render("findings", data)))
    assert "Five kinds of sum" in out and "The others: investment (pledged or announced), GDP (actual), fund size " \
           "(pledged or announced) and 1 more." in out
    data.items[0].also = data.items[0].also + [("subsidy or award cap", "pledged or announced", regions)]
    assert "and 2 more." in squeeze(text_of(renderer.render("findings", data)))  # not "2 mores"
    data.items[0].also = []
    out = squeeze(text_of(renderer.render("findings", data)))
    assert "Only one kind of sum is stated for more than one district: industry output or revenue (target)." in out
    assert "Also stated" not in out


def test_a_label_says_when_the_text_gives_no_year():
    from types import SimpleNamespace

    from gbabrief.brief.words import fact_label

    def label(kind, status, year="", measure="", unit="enterprises"):
        return fact_label(SimpleNamespace(kind=kind, status=status, year=year, measure=measure, unit=unit,
                                          change=False))
    assert label("count", "actual", "2024") == "enterprises, 2024"
    assert label("count", "actual") == "enterprises, year not stated"
    assert label("money", "target", measure="output") == "industry output or revenue (target), year not stated"
    assert label("area", "actual", unit="m2") == "area"  # a site's area is no year's
    assert label("money", "pledge", measure="fund") == "fund size (pledged or announced)"
    ref = sec.FactRef("F1", "CNY 1 bn", label("money", "target", measure="output"), "a")
    assert ref.what == "industry output or revenue (target)"
    assert sec.FactRef("F2", "9", "enterprises, 2024", "a").what == "enterprises"


@pytest.mark.parametrize("sentence, surface, what", [
    ("南沙区上半年GDP同比增长15%，经济数据出炉。", "15%", "GDP growth rate"),
    ("规模以上工业产值同比增长21.8%", "21.8%", "output growth rate"),
    ("制造业投资下降3.2%", "3.2%", "investment growth rate"),  # a fall is a negative rate
    ("一般公共预算收入同比增长33.5%", "33.5%", "budget revenue growth rate"),
    ("十四五时期全区GDP年均增速要达10%左右", "10%", "GDP average annual growth rate"),
    ("人工智能企业数量增长20%", "20%", "growth rate"),  # what grows is named only where the brief knows the word
    ("研发投入占GDP比重达5.8%", "5.8%", "R&D spending as a share of GDP"),
    ("数字经济核心产业增加值占GDP比重超过30%", "30%", "value added as a share of GDP"),
    ("服务业占全区经济比重为70%", "70%", "share"),
    ("这一数据为16.1%", "16.1%", "percentage"),  # the clause does not say what it is
    ("2024年人工智能相关产业规模约达100亿元，同比增长12%。", "12%", "industry output growth rate"),  # the clause before
    ("全区企业数量达到500家，同比增长12%。", "12%", "growth rate"),  # the clause before names nothing the brief knows
])
def test_a_percentage_says_what_it_is_a_rate_or_a_share_of(sentence, surface, what):
    from types import SimpleNamespace

    from gbabrief.brief.words import fact_label

    row = SimpleNamespace(kind="percent", unit="percent", status="actual", year="2021", measure=None, change=False,
                          sentence=sentence, surface=surface, period="")
    assert fact_label(row) == f"{what}, 2021"

def test_a_percentage_is_a_key_figure_only_where_its_clause_says_what_it_is_of():
    from gbabrief.brief.sections import key_figures

    def fact(value, sentence, surface, region):
        return {"region": region, "kind": "percent", "value": value, "measure": "", "scope": "district",
                "status": "actual", "year": "2021", "unit": "percent", "place": "南沙区", "sentence": sentence,
                "surface": surface, "change": False}
    facts = pd.DataFrame([fact(16.1, "这一数据为16.1%。", "16.1%", "nansha"),
                          fact(15.0, "南沙区GDP同比增长15%。", "15%", "nanshan"),
                          fact(20.0, "南沙区这一数据为20%。", "20%", "binhaiwan")])
    assert list(key_figures(facts)["value"]) == [15.0]  # a bare 'percentage' tells a reader nothing

def test_money_findings_lead_with_an_achievement_and_never_claim_fewer_shared_kinds_than_there_are():
    from gbabrief.corpus import load_corpus
    from gbabrief.paths import SEEDS

    from conftest import DATA

    a = analyse(load_corpus(SEEDS, quiet=True))
    money = next(f for f in sec.findings(a).items if f.kind == "money")
    # Nansha states its AI industry's 2024 size (actual) and a 千亿级 cluster (a target ten times larger):
    # the achievement leads.
    assert money.mode == "single" and [(x.status, x.year, x.measure) for x in money.figures] == \
        [("actual", "2024", "output")]
    a = analyse(load_corpus(DATA / "growth", quiet=True, stories=False))
    money = next(f for f in sec.findings(a).items if f.kind == "money")
    own = a.own_facts()
    own = own[(own["kind"] == "money") & (own["status"] != "") & ~own["measure"].isin(["price", "other"])
              & ~own["change"]]
    shared = (own.groupby(["measure", "status"])["region"].nunique() >= 2).sum()
    assert money.mode == ("shared" if shared else "apart")
    assert len(money.also) == max(0, shared - 1)


def _money(region, value, year, status="actual", scope="district", measure="output"):
    return {"region": region, "value": value, "year": year, "status": status, "scope": scope, "measure": measure}


def test_money_is_compared_like_with_like_for_the_same_or_adjacent_years():
    import pandas as pd

    # Nanshan's 2024 and Nansha's 2023 output are compared; Nanshan's larger 2019 figure is not picked.
    rows = pd.DataFrame([_money("nanshan", 9e11, "2019"), _money("nanshan", 8e11, "2024"),
                         _money("nansha", 3e11, "2023")])
    picked = sec.like_with_like(rows)
    assert sorted(zip(picked["region"], picked["year"])) == [("nansha", "2023"), ("nanshan", "2024")]
    # Years five apart, or a year not stated, leave nothing to compare.
    assert sec.like_with_like(pd.DataFrame([_money("nanshan", 8e11, "2024"), _money("nansha", 3e11, "2019")])).empty
    assert sec.like_with_like(pd.DataFrame([_money("nanshan", 8e11, "2024"), _money("nansha", 3e11, "")])).empty


def test_a_half_years_sum_is_not_set_beside_a_whole_years():
    import pandas as pd

    from gbabrief.meaning import part_of_year
    from gbabrief.brief.words import period_text

    # 今年上半年GDP4495亿元，…，全年将逼近万亿元: the first is half a year's, the second the whole year's
    sentence = "今年上半年GDP4495亿元，增长5%，全年将逼近万亿元；"
    assert (part_of_year(sentence, "4495亿元"), part_of_year(sentence, "万亿元")) == ("上半年", "")
    assert [period_text(w) for w in ("上半年", "前三季度", "一季度", "1-10月", "前10个月")] == \
        ["first half", "first three quarters", "first quarter", "January to October", "first 10 months"]
    half = dict(_money("nanshan", 4.5e11, "2024"), period="上半年")
    whole = [_money("nanshan", 8.6e11, "2023"), _money("nansha", 2.3e11, "2023")]
    picked = sec.like_with_like(pd.DataFrame([half, *whole]))
    assert sorted(zip(picked["region"], picked["year"], picked["period"].fillna(""))) == \
        [("nansha", "2023", ""), ("nanshan", "2023", "")]
    # Only a half year for one district and a whole year for the other: nothing to compare
    assert sec.like_with_like(pd.DataFrame([half, whole[1]])).empty
    ref = sec.FactRef("F1", "CNY 450 bn", "GDP", "a", "nanshan", year="2024", period="上半年")
    assert ref.when == "first half of 2024"


def test_a_kind_stated_for_years_apart_says_why_it_cannot_be_compared(renderer):
    a = sec.FactRef("F1", "CNY 800 bn", "output (achieved)", "a", "nanshan", "district", year="2024",
                    measure="output", status="actual")
    b = sec.FactRef("F2", "CNY 300 bn", "output (achieved)", "b", "nansha", "district", year="2019",
                    measure="output", status="actual")
    data = sec.Findings([sec.MoneyFinding("years", [a, b], "output", "achieved", why="the years differ (2019, 2024)")],
                        ["nanshan", "nansha"], {"nanshan": 1, "nansha": 1})
    out = squeeze(text_of(renderer.render("findings", data)))
    assert "Output (achieved) is stated for two districts, but the sums cannot be compared: the years differ " \
           "(2019, 2024)." in out
    assert "Nanshan CNY 800 bn[1] (2024); Nansha CNY 300 bn[2] (2019)." in out


def _set(name, pages, sentences, p, r, found=0.9, role="built on", labels="built on", **scores):
    label_scores = {"measure": 0.95, "scope": 0.8, "district": 0.9, "status": 0.85, "year": 0.75, **scores}
    return {"set": name, "pages": pages, "sentences": sentences, "precision": p, "recall": r, "instruments": role,
            "labels": labels, "kappa": {"supply": 0.5, "environment": 0.4, "demand": 0.6}, "facts": 200,
            "found": found, "label_scores": label_scores, "leaked": 1}


def test_the_method_note_gives_the_held_apart_agreement_not_the_fit(renderer):
    measured = sec.Measured.of({"sets": [_set("a", 10, 100, 0.9, 0.9), _set("b", 10, 300, 0.94, 0.9),
                                         _set("c", 20, 200, 0.75, 0.4, role="held apart", year=0.6)]})
    totals = {"readings": 0, "chrome": 0, "garble": 0, "convert": 0, "all": 0}
    data = sec.Method(SOURCES, 0, pd.DataFrame({"Source": []}), totals, [sec.Limit("coding", agreement=measured)])
    out = squeeze(text_of(renderer.render("method", data)))
    assert "On 200 sentences of 20 pages coded without the cue rows written on them and by a model not trained on them, " \
           "the instrument codes agree with a " \
           "careful reader's hand coding at precision 0.75 and recall 0.40 (Cohen's kappa 0.50 supply, 0.40 " \
           "environment, 0.60 demand): that is the estimate for new pages; on the 20 pages the rest of the table was written " \
           "and the model trained on it scores 0.93 and 0.90, a fit, not an estimate." in out  # 0.93: the two sets weighted by sentences
    # The labels: the weakest set (c, its year 60%), said to be pages the rules were written to cover.
    assert "Of 200 figures a careful reader marked on 20 development pages (the weakest set), 90.0% are found; what " \
           "they measure is right for 95.0%, whose they are for 80.0%, their status for 85.0% and their year for 60.0%; " \
           "the label rules were written to cover those pages, so new pages will score lower." in out
    # The strict leave-one-set-out floor, where the weakest set is not the one held apart, is named a floor.
    strict = {**_set("b", 20, 200, 0.93, 0.90), "apart_precision": 1.0, "apart_recall": 0.2}
    data.limits = [sec.Limit("coding", agreement=sec.Measured.of(
        {"sets": [{**_set("c", 20, 200, 0.75, 0.40, role="held apart"), "apart_precision": 0.75, "apart_recall": 0.4}, strict]}))]
    out = squeeze(text_of(renderer.render("method", data)))
    assert "Held apart strictly, one set at a time, each coded without the cue rows written on it and by a model " \
           "trained on the others, the weakest set " \
           "(200 sentences of 20 pages) scores precision 1.00 and recall 0.20: most of the table was written on it, " \
           "so this is a floor rather than an estimate." in out
    # …and where the weakest set is the one held apart, its figure is already the one given.
    strict.update(apart_precision=0.93, apart_recall=0.9)
    data.limits = [sec.Limit("coding", agreement=sec.Measured.of(
        {"sets": [{**_set("c", 20, 200, 0.75, 0.40, role="held apart"), "apart_precision": 0.75, "apart_recall": 0.4}, strict]}))]
    assert "Held apart strictly" not in squeeze(text_of(renderer.render("method", data)))
    # With no held-apart set, the fit is named a fit and nothing else is claimed.
    data.limits = [sec.Limit("coding", agreement=sec.Measured.of({"sets": [_set("a", 10, 100, 0.9, 0.9)]}))]
    out = squeeze(text_of(renderer.render("method", data)))
    assert "The instrument codes were measured only on the 10 pages the coding rules were written on (precision " \
           "0.90, recall 0.90): a fit, not an estimate" in out


def test_each_development_set_is_scored_with_what_was_built_on_it(tmp_path, monkeypatch):
    from gbabrief.yardstick import agreement, held_apart

    monkeypatch.setattr("gbabrief.paths.code_version", lambda: f"test-{tmp_path.name}")  # measured afresh
    result = agreement()
    assert [r["set"] for r in result["sets"]] == ["growth", "growth2", "growth3"]
    held, built = held_apart(result, "instruments")
    # Measured: growth3 is held apart for the coding: scored without the cue rows written on it and with the learned
    # coder trained without its sentences, 331 sentences, precision 0.85, recall 0.63 (0.75, 0.39 at the start of
    # issue 26; 0.59 with the rules alone, before the learned coder; it moves by a point as batteries are added to
    # what it learns from); the sets the rest was written and trained on
    # 0.93/0.95 and 0.92/0.99 (0.93/0.91 and 0.91/0.91 with the rules alone).
    assert [(r["set"], r["sentences"], r["precision"], r["recall"]) for r in held] == [("growth3", 331, 0.85, 0.63)]
    assert [(r["set"], r["precision"], r["recall"]) for r in built] == [("growth", 0.93, 0.95), ("growth2", 0.92, 0.99)]
    # Leave-one-set-out, strictly: each set coded without the cue rows written on it and with the learned coder
    # trained on the other sets and our own sentences. Growth and growth2 lose the table written on them both
    # (1.00/0.21 and 0.89/0.22 with the rules alone): the two tie at recall 0.41, and growth, first by name, is the
    # worst set.
    assert [(r["set"], r["apart_precision"], r["apart_recall"]) for r in result["sets"]] == \
        [("growth", 0.89, 0.41), ("growth2", 0.94, 0.41), ("growth3", 0.85, 0.63)]
    from gbabrief.yardstick import strictly_apart
    assert strictly_apart(result)["set"] == "growth"
    assert held_apart(result, "labels")[0] == []  # the label rules were extended to cover growth3
    growth3 = result["sets"][2]
    assert (growth3["facts"], growth3["found"], growth3["leaked"]) == (217, 0.972, 0)  # 0.963 before 超千万份 and 万亿级城区


def test_value_added_is_named_as_such_and_ranked_after_gross_output_and_investment():
    from types import SimpleNamespace

    from gbabrief.brief.sections import key_figures
    from gbabrief.brief.words import fact_label, sum_of, sums_of

    # 增加值 is a sector's share of GDP: the measures count it as GDP (the annotation conventions' output is
    # 产值, 营收, 产业规模), the brief names it value added and never sets it beside a district's GDP, whether
    # the measure was read from 增加值 itself or from a word after it (增加值规模超…)
    assert sum_of("gdp", "达 → actual; 增加值 → gdp") == "value_added"
    assert sum_of("gdp", "增加值规模 → gdp") == "value_added"
    assert sum_of("output", "规模 → output", lead="全区服务业增加值规模") == "value_added"
    assert sum_of("output", "产值 → output", lead="工业总产值") == "output"
    assert sum_of("output", "", lead="增加值增长8%，工业产值") == "output"  # another clause's 增加值
    assert sum_of("gdp", "实现 → actual; 生产总值 → gdp", lead="全区实现地区生产总值") == "gdp"
    row = SimpleNamespace(kind="money", status="actual", year="2023", measure="gdp", unit="CNY", change=False,
                          cues="增加值 → gdp", sentence="第三产业增加值1277.51亿元。", surface="1277.51亿元")
    assert fact_label(row) == "value added, 2023"

    def fact(value, measure, cues="", scope="district", sentence="", surface=""):
        return {"region": "nansha", "kind": "money", "value": value, "measure": measure, "scope": scope,
                "status": "actual", "year": "2023", "unit": "CNY", "place": "南沙区", "cues": cues,
                "sentence": sentence, "surface": surface, "change": False}
    facts = pd.DataFrame([
        fact(6.95e9, "gdp", "增加值 → gdp", sentence="第一产业增加值69.54亿元", surface="69.54亿元"),
        fact(1.28e11, "gdp", "增加值 → gdp", sentence="第三产业增加值1277.51亿元", surface="1277.51亿元"),
        fact(5e9, "investment", scope="subarea"),
        fact(8e9, "investment"),
        fact(2e10, "investment", scope="subarea"),
    ])
    assert sums_of(facts) == ["value_added", "value_added", "investment", "investment", "investment"]
    # Of equal rank the whole district's sum before a zone's, and the largest: the district's investment,
    # then value added (after gross output and investment), its largest sector first.
    keyed = key_figures(facts)
    assert list(zip(keyed["measure"], keyed["value"])) == [("investment", 8e9), ("gdp", 1.28e11)]
    facts.loc[len(facts)] = fact(3e10, "output", "产值 → output", sentence="工业总产值300亿元", surface="300亿元")
    keyed = key_figures(facts)  # gross output before investment before value added, each its own sum
    assert list(zip(keyed["sum_of"], keyed["value"])) == [("output", 3e10), ("investment", 8e9), ("value_added", 1.28e11)]
    facts.loc[len(facts)] = fact(2.3e11, "gdp", "生产总值 → gdp", sentence="实现地区生产总值2300亿元", surface="2300亿元")
    keyed = key_figures(facts)  # the district's GDP first; its largest sector's value added is still a sum of its own
    assert list(zip(keyed["sum_of"], keyed["value"])) == \
        [("gdp", 2.3e11), ("output", 3e10), ("investment", 8e9), ("value_added", 1.28e11)]


def test_people_at_an_event_are_no_key_figure():
    from gbabrief.brief.sections import key_rank
    from types import SimpleNamespace

    def people(sentence, surface):
        return SimpleNamespace(kind="count", unit="people", scope="district", status="actual", year="2025",
                               change=False, value=400, sentence=sentence, surface=surface, place="南沙区")
    assert key_rank(people("活动汇聚政府、高校企业及国际专家代表400余人，共商发展。", "400余人")) is None
    assert key_rank(people("南沙已集聚各类人才400余人。", "400余人")) is not None  # the district's talent
