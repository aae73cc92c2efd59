"""The command line as users and scripts see it: outputs, exit codes, help."""
from __future__ import annotations

import json
import shutil

import pytest

from conftest import SEED_FILES, read_gold, run_cli
from gbabrief.paths import SEEDS
from gbabrief.regions import infer_region

ARTICLES = {r["seed"]: r for r in read_gold("articles.csv")}


@pytest.mark.parametrize("command", ["clean", "inspect", "segment"])
def test_help(command):
    result = run_cli(command, "--help")
    assert result.returncode == 0 and "FILE" in result.stdout


def test_inspect_gives_region_and_dates():
    result = run_cli("inspect", *[SEEDS / f for f in SEED_FILES])
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["file"] for r in rows] == SEED_FILES
    for row in rows:
        gold = ARTICLES[row["file"]]
        assert row["region"] == gold["region"]
        assert row["published"] == gold["published"]
        assert set(row) >= {"encoding", "script", "region", "published", "outlet", "title", "changes"}
    scripts = {r["file"][:3]: r["script"] for r in rows}
    assert scripts == {"000": "simplified", "001": "traditional", "002": "traditional",
                       "003": "simplified", "004": "traditional"}


def test_inspect_without_manifest_infers_region_and_date(tmp_path):
    # Copied alone, the seeds' metadata comes from their text.
    expected = {"000": ("nanshan", None), "001": ("nanshan", "2023-05-09"), "002": ("nansha", "2023-03-11"),
                "003": ("nansha", None), "004": ("binhaiwan", "2024-11-19")}
    for name in SEED_FILES:
        shutil.copy(SEEDS / name, tmp_path / name)
    result = run_cli("inspect", *[tmp_path / f for f in SEED_FILES])
    rows = {r["file"][:3]: r for r in map(json.loads, result.stdout.splitlines())}
    assert {k: (r["region"], r["published"]) for k, r in rows.items()} == expected
    assert all(r["region_source"] == "text" for r in rows.values())


def test_passing_mention_is_not_a_region():
    text = "深圳市发布人工智能产业政策。会上，来自南山区的企业代表发言。广州市天河区也有企业参会。"
    assert infer_region("深圳发布人工智能政策", text) is None
    assert infer_region("南沙发布人工智能政策", "南沙区将建设智算中心。南沙将支持企业。") == "nansha"


def test_clean_prints_one_paragraph_a_line():
    result = run_cli("clean", SEEDS / "003_537e429408746187.txt")
    lines = result.stdout.splitlines()
    assert lines[0] == "广州南沙全力构建人工智能产业新高地"
    assert len(lines) == 29 and all(lines)


def test_segment_separates_tokens_with_single_spaces():
    result = run_cli("segment", SEEDS / "000_8567aa125c6fa94e.txt")
    assert result.returncode == 0
    first = result.stdout.splitlines()[1]
    assert "  " not in first and " 人工智能 " in result.stdout


def test_unknown_command_is_usage_error():
    result = run_cli("frobnicate")
    assert result.returncode == 2 and "invalid choice" in result.stderr
