"""Hardening: bad input across the commands, hostile text, nothing lost, reproducible, no network."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap

import pytest

from conftest import fresh_cache, run_cli
from gbabrief.paths import NOTEBOOKS, SEEDS

NANSHA = SEEDS / "003_537e429408746187.txt"
CHROME_ONLY = "发表评论\n留言与评论(共有 0 条评论)\n相关文章\n推荐文章\n版权所有 © 2024 未经授权不得转载\n读者热线：4008890008\n"


# ---------------------------------------------------------------- bad input, one file at a time
def test_fifty_megabyte_file(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 2**20)
    for command in ("clean", "inspect", "facts"):
        result = run_cli(command, big)
        assert result.returncode == 2
        assert result.stderr == (f"gbabrief: {big}: too large for one article (50 MiB; the limit is 20 MiB): "
                                 "split it into one file per article\n")


def test_only_site_chrome(tmp_path):
    path = tmp_path / "chrome.txt"
    path.write_text(CHROME_ONLY, encoding="utf-8")
    for command in ("clean", "inspect", "facts"):
        result = run_cli(command, path)
        assert result.returncode == 2
        assert result.stderr.startswith(f"gbabrief: {path}: no article body")
        assert len(result.stderr.splitlines()) == 1


def test_invalid_bytes_in_the_middle_are_recorded(tmp_path):
    data = NANSHA.read_bytes()
    cut = data.index("联盟".encode()) + 3
    path = tmp_path / "broken.txt"
    path.write_bytes(data[:cut] + b"\xff\xfe" + data[cut:])
    result = run_cli("inspect", path)
    assert result.returncode == 0, result.stderr
    info = json.loads(result.stdout)
    assert info["changes"]["decode"] == 1
    assert "undecodable byte run(s) dropped" in " ".join(info["warnings"])


# ---------------------------------------------------------------- bad input, a corpus
def corpus_with(tmp_path, files: dict[str, str | bytes], manifest: str | None = None):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, content in files.items():
        (folder / name).write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    if manifest is not None:
        (folder / "articles.csv").write_text("file,region,outlet,published,title,url,note\n" + manifest,
                                             encoding="utf-8")
    return folder


def test_duplicate_article_is_flagged_and_counted_once(tmp_path, capsys):
    from gbabrief import load_corpus

    text = NANSHA.read_text(encoding="utf-8")
    folder = corpus_with(tmp_path, {"a.txt": text, "b.txt": text.replace("\n", "\r\n").encode("gb18030")})
    corpus = load_corpus(folder)
    assert list(corpus["file"]) == ["a.txt"] and list(corpus["copies"]) == [2]
    pages = corpus.attrs["stories"]
    assert list(zip(pages["file"], pages["story"], pages["canonical"])) == [("a.txt", "a", True), ("b.txt", "a", False)]
    assert "2 pages hold 1 story: each story is counted once" in capsys.readouterr().err


def test_manifest_rows_for_missing_files_are_named(tmp_path):
    folder = corpus_with(tmp_path, {"a.txt": NANSHA.read_text(encoding="utf-8")},
                         "a.txt,nansha,,2025-05-26,t,,\ngone1.txt,nansha,,2025-05-26,t,,\n"
                         "gone2.txt,nanshan,,2024-01-01,t,,\n")
    result = run_cli("build", "--corpus", folder, "--out", tmp_path / "out")
    assert result.returncode == 2
    assert "row 3 (gone1.txt): file does not exist" in result.stderr
    assert "row 4 (gone2.txt): file does not exist" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1  # before any kernel starts
    assert not (tmp_path / "out").exists()


def test_a_bad_file_stops_a_strict_build_and_names_it(tmp_path):
    # By default a bad file among others is skipped and named (tests/test_build.py); --strict stops on it.
    folder = corpus_with(tmp_path, {"a.txt": NANSHA.read_text(encoding="utf-8"), "empty.txt": ""})
    result = run_cli("build", "--corpus", folder, "--out", tmp_path / "out", "--strict")
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1] == f"gbabrief: {folder / 'empty.txt'}: empty file"
    assert "Traceback" not in result.stderr and not (tmp_path / "out").exists()


# ---------------------------------------------------------------- builds (slow)
HOSTILE = textwrap.dedent("""\
    南沙发布人工智能<script>alert('x')</script>新政策

    南沙区近日发布人工智能产业扶持办法，给予最高1000万元资金支持。&lt;script&gt;alert(document.cookie)&lt;/script&gt;
    南沙将建设智算中心，<img src=x onerror="alert(1)">支持企业开展大模型研发。**粗体** _斜体_ [链接](http://example.com) $\\frac{1}{2}$ \\begin{document} # % & ~ ^ {{}}
    南沙区与香港科技大学(广州)合作，共建人工智能产业联盟，""" + "南沙人工智能产业持续发展" * 400 + """。
    """)


@pytest.mark.slow
def test_hostile_text_is_shown_escaped(tmp_path):
    folder = corpus_with(tmp_path, {"hostile.txt": HOSTILE, "nansha.txt": NANSHA.read_text(encoding="utf-8")},
                         'hostile.txt,nansha,"<b>Outlet</b><script>alert(2)</script>",2025-06-01,'
                         '"<img src=x onerror=alert(3)> 标题 **bold** $x$",,\n'
                         "nansha.txt,nansha,,2025-05-26,广州南沙全力构建人工智能产业新高地,,\n")
    result = run_cli("build", "--corpus", folder, "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "out" / "brief.html").read_text(encoding="utf-8")
    # No live script or handler: "onerror=" appears only as escaped text (the title, whole or shortened).
    # The only scripts are the sortable tables', embedded once after the brief's content.
    ours = html.index('<div class="screen-only interactive-tables">')
    assert "<script" not in html[:ours] and html.count("<script") == 2
    assert not re.search(r"<[^<>]*onerror=", html)
    assert not re.search(r"<img[^>]*onerror", html)
    assert "&lt;img src=x onerror=alert(3)&gt; 标题 **bold** $x$" in html  # the title, shown as text
    assert "&lt;b&gt;Outlet&lt;/b&gt;" in html
    # In Chromium: nothing runs, nothing is fetched, and the page does not widen on a phone.
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium",
                                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        page = browser.new_page(viewport={"width": 390, "height": 800})
        dialogs, requests = [], []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.on("request", lambda r: requests.append(r.url))
        page.goto((tmp_path / "out" / "brief.html").as_uri())
        width = page.evaluate("document.documentElement.scrollWidth")
        browser.close()
    assert dialogs == [] and len([r for r in requests if not r.startswith("blob:")]) == 1 and width <= 400
    from pypdf import PdfReader

    text = "".join(pg.extract_text() for pg in PdfReader(tmp_path / "out" / "brief.pdf").pages)
    assert "onerror=alert(3)" in text  # printed as text in the PDF too


@pytest.mark.slow
def test_corpus_without_the_three_districts_still_builds(tmp_path):
    folder = corpus_with(tmp_path, {"hz.txt": "杭州发布人工智能产业政策\n\n杭州市近日发布人工智能产业扶持政策，"
                                              "给予最高500万元资金支持，支持企业开展大模型研发。\n"})
    result = run_cli("build", "--corpus", folder, "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "out" / "brief.html").read_text(encoding="utf-8")
    assert "No article in this corpus is about Nanshan, Nansha or Binhaiwan." in html
    assert "no articles on the three districts yet" in html


@pytest.mark.slow
def test_failing_notebook_stops_the_build_and_keeps_previous_outputs(tmp_path):
    import nbformat

    from gbabrief.build import build
    from gbabrief.errors import InputError

    out = tmp_path / "out"
    out.mkdir()
    (out / "brief.html").write_text("previous brief", encoding="utf-8")
    (out / "data").mkdir()
    (out / "data" / "facts.csv").write_text("previous facts", encoding="utf-8")
    books = tmp_path / "notebooks"
    shutil.copytree(NOTEBOOKS, books)
    nb = nbformat.read(books / "02_language.ipynb", as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell("raise ValueError('broken on purpose')"))
    nbformat.write(nb, books / "02_language.ipynb")
    with pytest.raises(InputError) as info:
        build(SEEDS, out, notebook_dir=books)
    message = str(info.value)
    assert "02_language.ipynb" in message and "failed: ValueError: broken on purpose" in message
    assert re.search(r"cell \d+ failed", message)
    assert (out / "brief.html").read_text(encoding="utf-8") == "previous brief"
    assert (out / "data" / "facts.csv").read_text(encoding="utf-8") == "previous facts"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notebooks", "out"]  # no staging folder left


@pytest.mark.slow
def test_two_builds_are_identical_and_seeds_untouched(tmp_path):
    before = {p.name: p.read_bytes() for p in SEEDS.iterdir()}
    outs = []
    for name in ("a", "b"):  # each build computes everything: no step is reused
        result = run_cli("build", "--out", tmp_path / name, env=fresh_cache(tmp_path, name))
        assert "reused" not in result.stderr
        assert result.returncode == 0, result.stderr
        outs.append(tmp_path / name)
    for csv_path in sorted((outs[0] / "data").glob("*.csv")):
        assert csv_path.read_bytes() == (outs[1] / "data" / csv_path.name).read_bytes(), csv_path.name
    assert (outs[0] / "brief.html").read_bytes() == (outs[1] / "brief.html").read_bytes()
    for svg in (outs[0] / "figures").glob("*.svg"):
        assert svg.read_bytes() == (outs[1] / "figures" / svg.name).read_bytes(), svg.name
    from pypdf import PdfReader

    texts = ["".join(p.extract_text() for p in PdfReader(o / "brief.pdf").pages) for o in outs]
    assert texts[0] == texts[1]
    assert {p.name: p.read_bytes() for p in SEEDS.iterdir()} == before


# ---------------------------------------------------------------- no network
GUARD = textwrap.dedent("""\
    import ipaddress, socket
    _connect = socket.socket.connect
    def _guarded(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            host = address[0]
            try:
                local = ipaddress.ip_address(host).is_loopback
            except ValueError:
                local = host == "localhost"
            if not local:
                raise OSError(f"network blocked by the test guard: {host}")
        return _connect(self, address)
    socket.socket.connect = _guarded
    """)


def guarded_env(tmp_path) -> dict[str, str]:
    (tmp_path / "guard").mkdir(exist_ok=True)
    (tmp_path / "guard" / "sitecustomize.py").write_text(GUARD, encoding="utf-8")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(tmp_path / "guard"), env.get("PYTHONPATH")]))
    return env


def test_the_guard_blocks_the_network(tmp_path):
    probe = "import socket; s = socket.socket(); s.connect(('93.184.216.34', 80))"
    result = subprocess.run([sys.executable, "-c", probe], env=guarded_env(tmp_path), capture_output=True,
                            text=True, timeout=60)
    assert "network blocked by the test guard: 93.184.216.34" in result.stderr


@pytest.mark.slow
def test_build_runs_with_the_network_blocked(tmp_path):
    env = guarded_env(tmp_path)
    command = [sys.executable, "-m", "gbabrief", "build", "--out", str(tmp_path / "out")]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr
    assert "network blocked" not in result.stderr
    assert (tmp_path / "out" / "brief.pdf").exists()
    # Where the machine allows it, also in a network namespace with nothing but loopback.
    if shutil.which("unshare") and shutil.which("ip"):
        probe = subprocess.run(["unshare", "-n", "true"], capture_output=True)
        if probe.returncode == 0:
            script = f"ip link set lo up && {' '.join(command[:-1])} {tmp_path / 'netns'}"
            result = subprocess.run(["unshare", "-n", "sh", "-c", script], capture_output=True, text=True,
                                    timeout=900)
            assert result.returncode == 0, result.stderr
            assert (tmp_path / "netns" / "brief.pdf").exists()
