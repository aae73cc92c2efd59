"""Scale: large texts in parallel chunks, streamed corpus records, and the Dask path."""
from __future__ import annotations

import json
import random
import shutil

import pytest

from conftest import run_cli
from gbabrief.paths import SEEDS
from gbabrief.pipeline import process_text, split_chunks
from gbabrief.records import iter_records, process_bag


def synthetic_corpus(folder, n: int, seed: int = 1):
    """n articles made from the seeds, paragraphs shuffled (noise kept: readings, chrome, garble)."""
    rng = random.Random(seed)
    seeds = sorted(SEEDS.glob("*.txt"))
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        lines = seeds[i % len(seeds)].read_text(encoding="utf-8").split("\n")
        body = lines[3:]
        rng.shuffle(body)
        (folder / f"a{i:05d}.txt").write_text("\n".join(lines[:3] + body), encoding="utf-8")
    shutil.copy(SEEDS / "articles.csv", folder / "articles.csv")  # lists none of them: all inferred
    (folder / "articles.csv").write_text("file,region,outlet,published,title,url,note\n", encoding="utf-8")
    return folder


def test_split_chunks_cut_at_paragraphs():
    text = ("段落" * 50 + "\n\n") * 400
    chunks = split_chunks(text, size=1000)
    assert "".join(c for _, c in chunks) == text
    assert all(c.endswith("\n") for _, c in chunks[:-1])
    assert [o for o, _ in chunks] == [sum(len(c) for _, c in chunks[:i]) for i in range(len(chunks))]


@pytest.mark.slow
def test_parallel_chunks_match_one_process():
    text = "".join(p.read_text(encoding="utf-8") + "\n\n" for p in sorted(SEEDS.glob("*.txt"))) * 30
    one, tokens_one = process_text(text, segment=True, processes=1)
    two, tokens_two = process_text(text, segment=True, processes=2)
    # Title and footer rules apply per chunk, so a few boundary lines may differ; the rest is identical.
    a, b = one.paragraphs, two.paragraphs
    common = set(a) & set(b)
    assert len(common) / len(set(a)) >= 0.99
    seg_one = dict(zip(a, tokens_one))
    assert all(seg_one[p] == t for p, t in zip(b, tokens_two) if p in seg_one)


def test_records_local_and_dask_match(tmp_path):
    from dask.distributed import Client, LocalCluster

    from gbabrief.records import corpus_files

    folder = synthetic_corpus(tmp_path / "corpus", 24)
    local = list(iter_records(folder, processes=2))
    assert [r["file"] for r in local] == sorted(p.name for p in folder.glob("*.txt"))
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster):
        distributed = process_bag([(str(p), row) for p, row in corpus_files(folder)]).compute()
    distributed = sorted(distributed, key=lambda r: r["file"])
    assert json.dumps(distributed, sort_keys=True) == json.dumps(local, sort_keys=True)
    assert {r["region"] for r in local} == {"nanshan", "nansha", "binhaiwan"}
    assert all(r["facts"] for r in local)


def test_process_command_streams_records(tmp_path):
    folder = synthetic_corpus(tmp_path / "corpus", 10)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    result = run_cli("process", folder, "--out", tmp_path / "out.jsonl", "--workers", "2")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(records) == 11
    assert [r for r in records if "error" in r] == [{"doc_id": "empty", "file": "empty.txt", "error": "empty file"}]
    assert "11 articles processed, 1 with errors" in result.stderr


@pytest.mark.slow
def test_rebuild_reuses_unchanged_steps_and_says_so(tmp_path):
    from conftest import fresh_cache

    env = fresh_cache(tmp_path, "rebuild")
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    first = run_cli("build", "--corpus", corpus, "--out", tmp_path / "out", env=env)
    assert first.returncode == 0, first.stderr
    assert first.stderr.count(": executed") == 4
    brief = (tmp_path / "out" / "brief.html").read_bytes()
    second = run_cli("build", "--corpus", corpus, "--out", tmp_path / "out", env=env)
    assert second.stderr.count(": unchanged, reused") == 4 and ": executed" not in second.stderr
    assert (tmp_path / "out" / "brief.html").read_bytes() == brief
    # A changed article changes every step's inputs.
    path = corpus / "003_537e429408746187.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\n南沙将新建智算中心。\n", encoding="utf-8")
    third = run_cli("build", "--corpus", corpus, "--out", tmp_path / "out", env=env)
    assert third.stderr.count(": executed") == 4
