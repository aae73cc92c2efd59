"""A brief that stays a brief: built on 500 distinct pages and the seeds, the PDF keeps its page limits and its
citations short, and the HTML keeps every article."""
from __future__ import annotations

import csv
import re
import shutil
import subprocess

import pytest

from conftest import run_cli
from gbabrief.paths import SEEDS
from reposts import distinct_pages

BODY_PAGES, ALL_PAGES, CITED_IN_A_ROW = 16, 40, 8
BODY_END = "Glossary"  # the first heading after the implications


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    root = tmp_path_factory.mktemp("big")
    distinct_pages(root / "corpus", 500)
    for seed in SEEDS.glob("*.txt"):  # the seeds among them, unlisted: the corpus an analyst grows
        shutil.copy(seed, root / "corpus" / seed.name)
    result = run_cli("build", "--corpus", root / "corpus", "--out", root / "out")
    assert result.returncode == 0, result.stderr
    return root / "out", result.stderr


def _pdf_pages(pdf) -> list[str]:
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")


@pytest.mark.slow
def test_the_pdf_keeps_its_page_limits(big):
    out, stderr = big
    assert "weasyprint" not in stderr  # no dangling link or layout warning
    pages = _pdf_pages(out / "brief.pdf")
    assert len(pages) <= ALL_PAGES
    body_end = next(i for i, page in enumerate(pages) if re.search(rf"^\s*{BODY_END}\s*$", page, re.M))
    # The glossary opens the page after the implications end (or shares their last page).
    implications = next(i for i, page in enumerate(pages) if "Implications and recommendations" in page
                        and i > 2)
    assert implications < body_end
    assert body_end <= BODY_PAGES  # pages 1..body_end hold the title page to the implications


@pytest.mark.slow
def test_no_claim_cites_more_than_eight_sources_in_a_row(big):
    out, _ = big
    text = "\n".join(_pdf_pages(out / "brief.pdf"))
    runs = [len(re.findall(r"\[\d+\]", m.group(0))) for m in re.finditer(r"(?:\[\d+\]){2,}", text)]
    assert runs and max(runs) <= CITED_IN_A_ROW
    assert "+" in "".join(re.findall(r"\[\d+\]\+\d+", text))  # claims on many articles cite three and "+N"
    html = (out / "brief.html").read_text(encoding="utf-8")
    body = html[: html.index('id="evidence"')]  # the evidence section lists each claim's articles in full
    runs = [m.group(0).count('class="cite ref"') for m in re.finditer(r'(?:<a class="cite ref"[^>]*>\[\d+\]</a>)+', body)]
    assert max(runs) <= 3


@pytest.mark.slow
def test_the_html_keeps_every_article_and_every_figure(big):
    out, _ = big
    html = (out / "brief.html").read_text(encoding="utf-8")
    with (out / "data" / "stories.csv").open(encoding="utf-8") as handle:
        stories = list(csv.DictReader(handle))
    pages = 500 + len(list(SEEDS.glob("*.txt")))
    assert len(stories) == pages and len({s["file"] for s in stories}) == pages  # every page, in one story each
    n_stories = len({s["story"] for s in stories})
    corpus = re.search(r'<table class="corpus sortable">.*?</table>', html, re.S).group(0)
    assert corpus.count("<tr>") - 1 == n_stories  # the full corpus table, one row a story
    assert len(re.findall(r'<li[^>]* id="src-\d+"', html)) == n_stories  # every source listed
    with (out / "data" / "facts.csv").open(encoding="utf-8") as handle:
        facts = {row["fact_id"] for row in csv.DictReader(handle)}
    evidence = set(re.findall(r'<li[^>]* id="(F\d+)"', html))
    assert facts <= evidence  # the HTML's appendix quotes every figure; the PDF's only those it shows
    pdf = "\n".join(_pdf_pages(out / "brief.pdf"))
    assert f"list all {n_stories}" in pdf.replace("\n", " ")  # the PDF says where the full list is
