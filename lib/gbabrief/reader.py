"""Read a file a user dropped in, in whatever encoding it came, into text.

``read_text(path) -> Decoded(text, encoding, lost)``. Byte-order marks decide
first; then strict UTF-8; then the candidates a detector proposes (charset-normalizer)
plus the Chinese legacy encodings, each checked for plausible Chinese, because
Big5 bytes also decode as GB18030, into nonsense.
"""
from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from pathlib import Path

from charset_normalizer import from_bytes

from .errors import InputError
from .lang import cjk_share, plausibility

# Below this mean log10 character probability, a decoding is not Chinese text.
MIN_PLAUSIBILITY = -4.6
# A decoding with undecodable bytes is accepted when they are at most this share of the file.
MAX_LOST_SHARE = 0.01
LEGACY = ("gb18030", "big5hkscs", "utf-16")
MAX_BYTES = 20 * 1024 * 1024  # one article; a bigger file is a dump to split, not a news article

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass
class Decoded:
    """Text decoded from a file, the encoding used, and what could not be decoded."""

    text: str
    encoding: str
    lost: list[tuple[int, str]] = field(default_factory=list)  # (byte offset, bytes as hex)


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > len(sample) * 0.05


def _decode_lossy(data: bytes, encoding: str) -> Decoded | None:
    """Decode, replacing bad bytes, when they are few; record each loss."""
    lost: list[tuple[int, str]] = []
    budget = max(1, int(len(data) * MAX_LOST_SHARE))
    parts: list[str] = []
    start = 0
    while start < len(data):
        try:
            parts.append(data[start:].decode(encoding))
            break
        except UnicodeDecodeError as err:
            parts.append(data[start : start + err.start].decode(encoding))
            at, bad = start + err.start, data[start + err.start : start + err.end].hex()
            if lost and lost[-1][0] + len(lost[-1][1]) // 2 == at:  # one run of bad bytes, one record
                lost[-1] = (lost[-1][0], lost[-1][1] + bad)
            else:
                lost.append((at, bad))
            budget -= err.end - err.start
            if budget < 0:
                return None
            start += err.end
    return Decoded("".join(parts), encoding, lost)


def decode_bytes(data: bytes, path: str | Path = "<bytes>") -> Decoded:
    """Decode ``data`` to text with normalised newlines, or raise InputError naming ``path``."""
    if not data:
        raise InputError(path, "empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(path, f"not valid {encoding} after its byte-order mark ({exc.reason})") from None
            return _check(Decoded(_normalise_newlines(text.lstrip("\ufeff")), encoding), path)
    if _looks_binary(data):
        raise InputError(path, "binary file, not text")
    try:
        return _check(Decoded(_normalise_newlines(data.decode("utf-8")), "utf-8"), path)
    except UnicodeDecodeError:
        pass

    candidates: list[str] = []
    best = from_bytes(data[:200_000]).best()
    if best is not None:
        candidates.append(best.encoding)
    candidates += [e for e in LEGACY if e not in candidates]
    scored: list[tuple[float, Decoded]] = []
    for encoding in candidates:
        try:
            decoded = Decoded(data.decode(encoding), encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        scored.append((plausibility(decoded.text[:20_000]), decoded))
    if not scored:
        # No strict decoding: a mostly-good file with a few bad bytes in the middle.
        for encoding in ("utf-8", "gb18030", "big5hkscs"):
            decoded = _decode_lossy(data, encoding)
            if decoded is not None:
                scored.append((plausibility(decoded.text[:20_000]), decoded))
    if not scored:
        raise InputError(path, "unreadable: no supported encoding decodes it (tried UTF-8, GB18030, Big5, UTF-16)")
    score, decoded = max(scored, key=lambda sd: sd[0])
    decoded.text = _normalise_newlines(decoded.text)
    return _check(decoded, path, score)


def _check(decoded: Decoded, path: str | Path, score: float | None = None) -> Decoded:
    if not decoded.text.strip():
        raise InputError(path, "no text (only whitespace)")
    if score is None:
        score = plausibility(decoded.text[:20_000])
    if cjk_share(decoded.text[:20_000]) < 0.2 or score < MIN_PLAUSIBILITY:
        raise InputError(path, f"not Chinese text (best decoding {decoded.encoding} is implausible)")
    return decoded


def read_text(path: str | Path) -> Decoded:
    """Read and decode a file; every failure is an InputError naming the file."""
    return decode_bytes(read_bytes(path), path)


def read_bytes(path: str | Path) -> bytes:
    """A file's bytes, after checking it is a readable file within the size limit."""
    path = Path(path)
    try:
        if path.is_dir():
            raise InputError(path, "is a folder, not a file")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(path, f"too large for one article ({size / 2**20:.0f} MiB; the limit is "
                                   f"{MAX_BYTES // 2**20} MiB): split it into one file per article")
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except PermissionError:
        raise InputError(path, "cannot read: permission denied") from None
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
