"""The brief as its readers get it: built from a clean corpus copy, read in Chromium and as a PDF."""
from __future__ import annotations

import csv
import re
import subprocess
import shutil

import pytest

from conftest import run_cli
from gbabrief.paths import SEEDS

pytestmark = pytest.mark.slow
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# The unit of the theme and instrument scores, defined in the method section; not a data value.
METHOD_CONSTANTS = {"10000"}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("build")
    corpus = root / "corpus"
    shutil.copytree(SEEDS, corpus)
    result = run_cli("build", "--corpus", corpus, "--out", root / "out")
    assert result.returncode == 0, result.stderr
    assert "weasyprint" not in result.stderr  # no layout or glyph warnings from the PDF renderer
    return root / "out"


@pytest.fixture(scope="module")
def page_text(built):
    """The brief's visible text in Chromium, citations and figure/table labels left out."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        page = browser.new_page()
        requests, failed, console = [], [], []
        page.on("request", lambda r: requests.append(r.url))
        page.on("requestfailed", lambda r: failed.append(r.url))
        page.on("console", lambda m: console.append(m) if m.type == "error" else None)
        page.on("pageerror", lambda e: console.append(e))
        page.goto((built / "brief.html").as_uri())
        page.wait_for_load_state("load")
        page.wait_for_selector("table.sortable.dataTable", state="attached", timeout=10_000)  # the tables' script ran
        images = page.evaluate("Array.from(document.images).map(i => [i.complete, i.naturalWidth])")
        phone = browser.new_page(viewport={"width": 390, "height": 800})
        phone.goto((built / "brief.html").as_uri())
        overflow = phone.evaluate("document.documentElement.scrollWidth")
        sortable = page.evaluate("document.querySelectorAll('.dt-container table.sortable').length")
        text = page.evaluate("""() => {
            document.querySelectorAll('.ref, .cite, .fn, .dt-length, .dt-info, .dt-paging').forEach(e => e.remove());
            return document.body.innerText; }""")
        browser.close()
    return {"requests": requests, "failed": failed, "console": console, "images": images, "text": text,
            "sortable": sortable,
            "phone_width": overflow}


def test_both_files_and_the_data_are_written(built):
    assert (built / "brief.html").stat().st_size > 100_000
    assert (built / "brief.pdf").stat().st_size > 100_000
    for name in ("corpus", "facts", "themes", "instruments", "actors"):
        assert (built / "data" / f"{name}.csv").exists()
    for name in ("themes_heatmap", "instrument_mix", "key_figures", "actors", "timeline", "distinctive_terms"):
        assert (built / "figures" / f"{name}.svg").exists() and (built / "figures" / f"{name}.png").exists()
    assert sorted(p.name for p in (built / "notebooks").glob("*.html")) == [
        "01_corpus.html", "02_language.html", "03_strategies.html"]


def test_html_is_self_contained(built, page_text):
    html = (built / "brief.html").read_text(encoding="utf-8")
    # Scripts only inline (the sortable tables' DataTables, embedded), nothing linked or imported
    assert not re.search(r"<script[^>]*\ssrc=", html) and "<link" not in html and "@import" not in html
    assert html.count("<script") == 2 and page_text["sortable"] == 3  # corpus, audit and figures
    assert all(src.startswith("data:") for src in re.findall(r'src="([^"]*)"', html))
    assert not re.search(r"url\((['\"]?)(https?:)?//", html)
    # zero requests beyond the file itself (the embedded table script is read from a blob: of the page's own)
    assert [r for r in page_text["requests"] if not r.startswith("blob:")] == [(built / "brief.html").as_uri()]
    assert page_text["failed"] == [] and page_text["console"] == []
    assert len(page_text["images"]) == 6 and all(ok and width > 0 for ok, width in page_text["images"])


def test_html_shows_no_code_prompt_or_traceback(built, page_text):
    html = (built / "brief.html").read_text(encoding="utf-8")
    for marker in ("jp-InputPrompt", "In [", "Traceback", "from gbabrief", "brief = Brief", "%matplotlib"):
        assert marker not in html and marker not in page_text["text"]


def test_html_reads_on_a_phone(page_text):
    assert page_text["phone_width"] <= 400  # no horizontal scrolling of the page itself


def test_brief_structure(built, page_text):
    text = page_text["text"]
    order = ["Key findings", "Context", "Method and data", "Side-by-side comparison",
             "Implications and recommendations", "Glossary", "Sources", "Appendix A"]
    positions = [text.index(h) for h in order]
    assert positions == sorted(positions)
    html = (built / "brief.html").read_text(encoding="utf-8")
    findings = re.search(r'<section[^>]*id="findings".*?</section>', html, re.S).group(0)
    assert 3 <= findings.count("<li>") <= 5 and findings.count("<strong>") >= 3
    # Numbered figures in print and on screen; the supplementary ones (S1, S2: the organisations and the
    # distinctive terms, which print gives in a table and in the district sections) on screen only.
    assert len(re.findall(r'<figure[^>]*id="fig-\d+"', html)) == 4
    assert re.findall(r"Figure (S?\d+)\.", html) == ["1", "2", "3", "S1", "4", "S2"]
    supplementary = re.findall(r'<figure[^>]*id="fig-S\d+"[^>]*>', html)
    assert len(supplementary) == 2 and all("screen-only" in tag for tag in supplementary)
    pdf = subprocess.run(["pdftotext", str(built / "brief.pdf"), "-"], capture_output=True, text=True).stdout
    assert re.findall(r"Figure (S?\d+)\.", pdf) == ["1", "2", "3", "4"]
    for region in ("nanshan", "nansha", "binhaiwan"):
        assert f'id="district-{region}"' in html
    # Every fact link points at its evidence entry, which quotes the sentence.
    for fact_id in set(re.findall(r'class="fact" href="#(F\d+)"', html)):
        assert re.search(rf'<li[^>]* id="{fact_id}"[ >]', html)
    assert "not directly comparable" in text  # the caveat beside announced money


def test_every_number_comes_from_the_data(built, page_text):
    known = set(METHOD_CONSTANTS)
    for path in (built / "data").glob("*.csv"):
        with path.open(encoding="utf-8", newline="") as handle:
            fields = [field for row in csv.reader(handle) for field in row]
        for token in (t for field in fields for t in NUMBER.findall(field)):
            known.add(token.replace(",", ""))
            if "." in token:  # 18605.73 may be shown rounded, 95.94 as 95.94
                known.add(token.replace(",", "").rstrip("0").rstrip("."))
    unknown = sorted({t for t in NUMBER.findall(page_text["text"]) if t.replace(",", "") not in known})
    assert unknown == [], " ".join(unknown)


def test_pdf_pages_fonts_and_chinese(built):
    from pypdf import PdfReader

    reader = PdfReader(built / "brief.pdf")
    assert len(reader.pages) >= 8
    fonts = set()
    for page in reader.pages:
        for font in (page.get("/Resources") or {}).get("/Font", {}).values():
            fonts.add(str(font.get_object().get("/BaseFont")))
    assert any("CJK" in f for f in fonts), fonts
    text = "".join(page.extract_text() for page in reader.pages)
    for word in ("南山", "南沙", "滨海湾", "香港科技大学", "Key findings"):
        assert word in text
    assert "\ufffd" not in text  # no character the font could not map
    assert "Page 2 of" in text  # running page numbers


def test_pdf_has_a_toc_with_page_numbers(built):
    from pypdf import PdfReader

    toc = PdfReader(built / "brief.pdf").pages[1].extract_text()
    assert "Contents" in toc
    assert re.search(r"Key findings\s*\.*\s*\d+", toc)


def test_data_tables_are_sorted_and_complete(built):
    with (built / "data" / "facts.csv").open(encoding="utf-8") as handle:
        facts = list(csv.DictReader(handle))
    assert {"fact_id", "kind", "value", "unit", "qualifier", "surface_orig", "sentence_orig"} <= set(facts[0])
    assert len(facts) >= 25


def test_build_on_another_corpus_says_what_it_lacks(tmp_path):
    corpus = tmp_path / "other"
    corpus.mkdir()
    # One Nansha article and one article about none of the three districts.
    shutil.copy(SEEDS / "003_537e429408746187.txt", corpus / "nansha.txt")
    (corpus / "elsewhere.txt").write_text(
        "杭州发布人工智能产业政策\n\n杭州市近日发布人工智能产业扶持政策，给予最高500万元资金支持，支持企业开展大模型研发。"
        "杭州将建设智算中心，吸引人才。\n", encoding="utf-8")
    result = run_cli("build", "--corpus", corpus, "--out", tmp_path / "x")
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "x" / "brief.html").read_text(encoding="utf-8")
    assert 'id="district-nansha"' in html and 'id="district-nanshan"' not in html
    assert (tmp_path / "x" / "brief.pdf").exists()
