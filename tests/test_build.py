"""The build as a user runs it: notebooks execute in a fresh kernel and export to HTML."""
from __future__ import annotations

import re
import shutil

import pytest

from conftest import DATA, run_cli
from gbabrief.paths import SEEDS

pytestmark = pytest.mark.slow


def test_build_on_another_folder(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("001_78b721854dfafda9.txt", "004_551143017dd81134.txt"):
        shutil.copy(SEEDS / name, corpus / name)
    before = {p.name: p.read_bytes() for p in corpus.iterdir()}
    result = run_cli("build", "--corpus", corpus, "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "out" / "notebooks" / "01_corpus.html").read_text(encoding="utf-8")
    assert "001_78b721854dfafda9" in html and "004_551143017dd81134" in html
    for name in ("01_corpus", "02_language", "03_strategies"):
        page = (tmp_path / "out" / "notebooks" / f"{name}.html").read_text(encoding="utf-8")
        body = page.split("</style>")[-1]
        assert "Traceback" not in body and "ename" not in body
        # Every table sorts and filters (itables' offline mode): its script embedded, nothing fetched
        assert "window._itables_" in body and "unpkg" not in page and not re.search(r"<script[^>]*\ssrc=", page)
    figures = (tmp_path / "out" / "notebooks" / "03_strategies.html").read_text(encoding="utf-8")
    assert figures.count("data:image/png;base64") >= 3  # heatmap, instrument mix, actors
    assert "算力" in (tmp_path / "out" / "notebooks" / "02_language.html").read_text(encoding="utf-8")
    # The corpus folder is read, never written.
    assert {p.name: p.read_bytes() for p in corpus.iterdir()} == before


def test_build_reports_a_broken_manifest(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEEDS / "003_537e429408746187.txt", corpus / "a.txt")
    (corpus / "articles.csv").write_text("file,region,outlet,published,title,url,note\n"
                                         "a.txt,guangzhou,,2025-05-26,t,,\n", encoding="utf-8")
    result = run_cli("build", "--corpus", corpus, "--out", tmp_path / "out")
    assert result.returncode == 2
    assert "row 2 (a.txt): region: unknown region 'guangzhou'" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_correction_is_honoured_marked_and_a_stale_one_reported(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEEDS / "000_8567aa125c6fa94e.txt", corpus / "a.txt")
    fixes = tmp_path / "corrections.csv"
    fixes.write_text("file,quote,scheme,code,action,note\n"
                     "a.txt,开展人工智能基础教育战略合作,instrument,strategic,drop,\n"
                     "a.txt,这句话不在文章里,instrument,tax,keep,\n", encoding="utf-8")
    env = {"GBABRIEF_CORRECTIONS": str(fixes)}
    result = run_cli("build", "--corpus", corpus, "--out", tmp_path / "out", env=env)
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "out" / "brief.html").read_text(encoding="utf-8")
    assert "Codes corrected by the analyst" in html and "dropped by the analyst" in html
    assert "1 code was corrected by the analyst" in html
    assert "corrections.csv row 3: a.txt: no sentence of the file holds the quote; correction not applied" in \
        result.stderr
    # A changed corrections file is a changed build, not a reused one.
    fixes.write_text("file,quote,scheme,code,action,note\n", encoding="utf-8")
    result = run_cli("build", "--corpus", corpus, "--out", tmp_path / "out", env=env)
    assert result.returncode == 0 and "04_brief.ipynb: executed" in result.stderr, result.stderr
    assert "Codes corrected by the analyst" not in (tmp_path / "out" / "brief.html").read_text(encoding="utf-8")


def test_bad_files_among_many_are_skipped_and_named_and_strict_stops(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("001_78b721854dfafda9.txt", "004_551143017dd81134.txt"):
        shutil.copy(SEEDS / name, corpus / name)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 8)
    shutil.copy(DATA / "term_list.txt", corpus / "terms.txt")  # a term list an analyst saved beside the pages
    (corpus / "words.txt").write_text("人工智能\n算力\n大模型\n机器人\n", encoding="utf-8")  # and a short one
    before = sorted(p.name for p in corpus.iterdir())
    result = run_cli("build", "--corpus", corpus, "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    skipped = [line for line in result.stderr.splitlines() if "skipped" in line]
    assert len(skipped) == 1 and "4 files were skipped" in skipped[0]
    for name in ("empty.txt (empty file)", "binary.txt (binary file, not text)", "terms.txt (", "words.txt ("):
        assert name in skipped[0]
    html = (tmp_path / "out" / "brief.html").read_text(encoding="utf-8")
    assert "Files skipped." in html and "<code>empty.txt</code> (empty file)" in html
    assert sorted(p.name for p in corpus.iterdir()) == before  # nothing moved, nothing lost
    result = run_cli("build", "--corpus", corpus, "--out", tmp_path / "out2", "--strict")
    assert result.returncode == 2 and result.stderr.strip().count("\n") == 0, result.stderr
    assert "binary.txt: binary file, not text" in result.stderr

