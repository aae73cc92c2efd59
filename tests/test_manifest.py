"""Manifest validation: each broken row gives an error that names the row."""
from __future__ import annotations

import shutil

import pytest

from gbabrief import load_corpus
from gbabrief.errors import InputError
from gbabrief.manifest import COLUMNS, load_manifest
from gbabrief.paths import SEEDS

HEADER = ",".join(COLUMNS) + "\n"


def folder_with(tmp_path, rows: str, files=("a.txt",)):
    for name in files:
        shutil.copy(SEEDS / "003_537e429408746187.txt", tmp_path / name)
    (tmp_path / "articles.csv").write_text(HEADER + rows, encoding="utf-8")
    return tmp_path


def test_seed_manifest_is_valid():
    rows = load_manifest(SEEDS)
    assert sorted(rows) == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert {r["region"] for r in rows.values()} == {"nanshan", "nansha", "binhaiwan"}


@pytest.mark.parametrize("rows, message", [
    ("a.txt,shenzhen,o,2024-01-01,t,,n\n", "row 2 (a.txt): region: unknown region 'shenzhen'"),
    ("a.txt,nansha,o,2024-13-01,t,,n\n", "row 2 (a.txt): published: bad date '2024-13-01'"),
    ("a.txt,nansha,o,24-1-1,t,,n\n", "row 2 (a.txt): published: bad date '24-1-1'"),
    ("a.txt,nansha,o,2024-01-01,t,www.example.org/a,n\n", "row 2 (a.txt): url: 'www.example.org/a' is not an http"),
    ("a.txt,nansha,o,2024-01-01,t,,n\na.txt,nansha,o,2024-01-01,t,,n\n", "row 3 (a.txt): duplicate row"),
    ("a.txt,nansha,o,2024-01-01,t,,n\nb.txt,nansha,o,2024-01-01,t,,n\n", "row 3 (b.txt): file does not exist"),
])
def test_broken_rows_are_named(tmp_path, rows, message):
    folder = folder_with(tmp_path, rows)
    with pytest.raises(InputError) as info:
        load_manifest(folder)
    assert message in str(info.value)
    assert str(info.value).startswith(str(folder / "articles.csv"))


def test_missing_column(tmp_path):
    (tmp_path / "articles.csv").write_text("name,region\na.txt,nansha\n", encoding="utf-8")
    with pytest.raises(InputError, match="missing column: file"):
        load_manifest(tmp_path)


def test_a_scrapers_list_is_a_manifest_and_blanks_are_inferred(tmp_path):
    # Only file and url, as a scraper's list gives them; and a row of blanks but the file.
    shutil.copy(SEEDS / "002_93ac1dbd1c1cc88f.txt", tmp_path / "a.txt")
    shutil.copy(SEEDS / "003_537e429408746187.txt", tmp_path / "b.txt")
    (tmp_path / "articles.csv").write_text("file,url\na.txt,https://www.hkcd.com/content/2023-03/11/x.html\n"
                                           "b.txt,\n", encoding="utf-8")
    corpus = load_corpus(tmp_path, quiet=True).set_index("file")
    assert (corpus.loc["a.txt", "region"], corpus.loc["a.txt", "region_source"]) == ("nansha", "text")
    assert corpus.loc["a.txt", "url"] == "https://www.hkcd.com/content/2023-03/11/x.html"
    assert corpus.loc["b.txt", "region"] == "nansha" and corpus.loc["b.txt", "region_source"] == "text"


def test_unlisted_file_is_included_with_a_warning(tmp_path, capsys):
    folder = folder_with(tmp_path, "a.txt,nansha,o,2024-01-01,t,,n\n", files=("a.txt",))
    shutil.copy(SEEDS / "002_93ac1dbd1c1cc88f.txt", folder / "extra.txt")  # another Nansha article
    corpus = load_corpus(folder)
    extra = corpus.set_index("file").loc["extra.txt"]
    assert extra["region"] == "nansha" and extra["region_source"] == "text"
    err = capsys.readouterr().err
    assert "1 page is not in the manifest (extra.txt); its metadata was inferred" in err
    assert len(err.strip().splitlines()) == 1
