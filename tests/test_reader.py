"""Reading what users drop in: encodings, and a clear one-line error for what cannot be read."""
from __future__ import annotations

import codecs
import shutil

import pytest

from conftest import run_cli
from gbabrief.clean import clean_text
from gbabrief.errors import InputError
from gbabrief.paths import SEEDS
from gbabrief.reader import decode_bytes, read_text


def cleaned(data: bytes) -> str:
    decoded = decode_bytes(data, "x.txt")
    return clean_text(decoded.text).text


@pytest.mark.parametrize("seed, encoding, expected", [
    ("003_537e429408746187.txt", "gbk", "gb18030"),
    ("000_8567aa125c6fa94e.txt", "gb18030", "gb18030"),
    ("002_93ac1dbd1c1cc88f.txt", "big5", "big5"),  # Big5 also decodes as GB18030, into nonsense
    ("001_78b721854dfafda9.txt", "big5hkscs", "big5"),
    ("004_551143017dd81134.txt", "utf-16", "utf-16"),
    ("004_551143017dd81134.txt", "utf-8-sig", "utf-8-sig"),
])
def test_encodings_clean_to_the_utf8_twin(seed, encoding, expected):
    text = (SEEDS / seed).read_text(encoding="utf-8")
    if encoding.startswith("big5") or encoding == "gbk":
        text = text.replace("\xa0", " ")
    twin = cleaned(text.encode("utf-8"))
    data = text.encode(encoding)
    decoded = decode_bytes(data, seed)
    assert decoded.encoding.replace("_", "").startswith(expected.replace("_", "")), decoded.encoding
    assert cleaned(data) == twin


def test_crlf_cleans_like_lf():
    text = (SEEDS / "000_8567aa125c6fa94e.txt").read_text(encoding="utf-8")
    assert cleaned(text.replace("\n", "\r\n").encode()) == cleaned(text.encode())


def test_utf16_big_endian_with_bom():
    text = "南山区发布人工智能产业扶持政策，支持企业发展。"
    assert decode_bytes(codecs.BOM_UTF16_BE + text.encode("utf-16-be"), "be.txt").text == text


def test_invalid_bytes_in_the_middle_are_recorded():
    text = "南山区发布人工智能产业扶持政策，支持企业发展。" * 20
    data = text.encode("utf-8")
    data = data[:150] + b"\xff\xfe\xff" + data[150:]
    decoded = decode_bytes(data, "bad.txt")
    assert len(decoded.lost) == 1 and decoded.lost[0][1] == "fffeff"
    assert decoded.text.count("人工智能") == 20


@pytest.mark.parametrize("data, reason", [
    (b"", "empty file"),
    (b"   \n\t\r\n  ", "no text (only whitespace)"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary file, not text"),
    (b"Just an English sentence, nothing Chinese here at all." * 5, "not Chinese text"),
])
def test_bad_bytes_raise_one_clear_error(data, reason):
    with pytest.raises(InputError) as info:
        decode_bytes(data, "in.txt")
    assert str(info.value).startswith("in.txt: " + reason)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_text(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a folder"):
        read_text(tmp_path)


@pytest.mark.parametrize("content, message", [
    (b"", "empty file"),
    (b"  \n \n", "no text (only whitespace)"),
    (b"\x00\x01\x02\x03binary" * 100, "binary file, not text"),
])
def test_cli_bad_input_exit_2_one_line(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    for command in ("clean", "inspect", "segment"):
        result = run_cli(command, path)
        assert result.returncode == 2
        assert result.stdout == ""
        assert result.stderr == f"gbabrief: {path}: {message}\n"
        assert "Traceback" not in result.stderr


def test_cli_reads_gbk_file_and_prints_utf8(tmp_path):
    shutil.copy(SEEDS / "articles.csv", tmp_path / "articles.csv")  # listed files only matter when present
    path = tmp_path / "gbk.txt"
    path.write_bytes((SEEDS / "003_537e429408746187.txt").read_text(encoding="utf-8").encode("gbk"))
    result = run_cli("clean", path)
    assert result.returncode == 0, result.stderr
    assert "香港科技大学(广州)" in result.stdout
