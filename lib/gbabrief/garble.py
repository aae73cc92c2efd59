"""Spans garbled when GBK bytes were decoded one byte out of step, and their repair.

How it happens: a page's GBK bytes are split inside a two-byte character at a
chunk boundary. The site shows ``?`` for the lone first byte and decodes the
rest in pairs that straddle the true characters, folding full-width forms such as
``！`` to ASCII. Decoding stays out of step until a byte in the ASCII range (a
GBK trail byte 0x40–0x7E, or a real ASCII character) brings it back.

``simulate`` reproduces the mechanism (for tests); ``repair`` finds such spans,
re-encodes them and decodes them in step, choosing the unknown lone byte by how
plausible the resulting Chinese is. An uncertain repair drops the span instead.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .lang import CJK, char_logp, converter, is_cjk
from .segment import base_tokenizer

MAX_SPAN = 40  # characters a garbled run may last before resynchronising
MIN_GAIN = math.log(10)  # a repair must be 10x more probable per character than the garbled text
MIN_MARGIN = math.log(5)  # a guessed character must make the text 5x likelier than the runner-up

# Full-width forms (GBK row A3) that sites fold to ASCII, and back.
_UNFOLD = {chr(c): chr(0xFF01 + c - 0x21).encode("gbk") for c in range(0x21, 0x7F) if c != 0x7E}
_UNFOLD[" "] = "\u3000".encode("gbk")


def _fold(char: str) -> str:
    code = ord(char)
    if 0xFF01 <= code <= 0xFF5E:
        return chr(code - 0xFF01 + 0x21)
    if char == "\u3000":
        return " "
    return char


def simulate(text: str, split_at: int) -> str:
    """Garble ``text`` as a site would: split the GBK bytes inside the character at ``split_at``."""
    data = text.encode("gbk")
    prefix = text[:split_at].encode("gbk")
    start = len(prefix)
    if start >= len(data) or data[start] < 0x81:
        raise ValueError("split_at must point at a two-byte GBK character")
    out = [text[:split_at], "?"]
    i = start + 1
    while i < len(data):
        byte = data[i]
        if byte < 0x80:  # an ASCII-range byte brings decoding back in step
            out.append(chr(byte))
            i += 1
            break
        if i + 1 >= len(data):
            out.append("?")
            i += 1
            break
        try:
            out.append(_fold(data[i : i + 2].decode("gbk")))
            i += 2
        except UnicodeDecodeError:  # lead byte followed by a non-trail byte: lone byte shown as ?
            out.append("?")
            i += 1
    out.append(data[i:].decode("gbk"))
    return "".join(out)


@dataclass
class Repair:
    """One garbled span: where it starts, what it read, what replaces it, and whether it was certain."""

    start: int
    end: int
    before: str
    after: str
    certain: bool


class _Model:
    """Log-probability of a short string: jieba's word-unigram best path over CJK runs,
    the character table for punctuation and anything else (natural logs)."""

    def __init__(self, document: str = "") -> None:
        self.t2s = converter("t2s")
        self.tokenizer = base_tokenizer()  # jieba's own frequencies: measured better than the lexicon's
        self.cache: dict[str, float] = {}
        # The document is its own best model: character pairs it uses elsewhere
        # (outside the windows that may hold garbled runs) support a guess.
        clean = re.sub(r"\?[^\n]{0,%d}" % MAX_SPAN, "\n", document)
        self.bigrams = set(_BIGRAM.findall(clean))

    def score(self, text: str) -> float:
        if text not in self.cache:
            simple = self.t2s.convert(text)
            total = 0.0
            for run in _RUNS.findall(simple):
                if is_cjk(run[0]):
                    route: dict[int, tuple[float, int]] = {}
                    self.tokenizer.calc(run, self.tokenizer.get_DAG(run), route)
                    total += route[0][0]
                else:
                    total += sum(char_logp(c) for c in run) * _LN10
            self.cache[text] = total
        return self.cache[text]


_LN10 = math.log(10)
_BIGRAM = re.compile(f"(?=([{CJK}]{{2}}))")
_RUNS = re.compile(f"[{CJK}]+|[^{CJK}]+")


def _encode(char: str) -> bytes | None:
    if char in _UNFOLD:
        return _UNFOLD[char]
    if ord(char) < 0x80:
        return None
    try:
        encoded = char.encode("gbk")
    except UnicodeEncodeError:
        return None
    return encoded if len(encoded) == 2 else None


DOC_BONUS = math.log(20)  # a character pair the document uses elsewhere is 20x likelier


def _options(pairs: list[bytes], model: _Model, left: str, right: str) -> list[tuple[float, str]]:
    """Characters the candidate byte pairs decode to, best first, scored in their context."""
    out = []
    for pair in pairs:
        try:
            char = pair.decode("gbk")
        except UnicodeDecodeError:
            continue
        if len(char) == 1 and char.isprintable():
            score = model.score(left + char + right)
            if (left[-1:] + char) in model.bigrams or (char + right[:1]) in model.bigrams:
                score += DOC_BONUS
            out.append((score, char))
    return sorted(out, reverse=True)


CONTEXT = 4  # characters of context on each side when scoring a candidate


def _candidate(text: str, start: int, end: int, lone_tail: bool, model: _Model) -> Repair | None:
    """Repair text[start:end] (``?`` + out-of-step run + resync char) if it decodes in step."""
    middle = text[start + 1 : end - 1]
    encoded = [_encode(c) for c in middle]
    if any(e is None for e in encoded):
        return None
    data = b"".join(encoded)  # type: ignore[arg-type]
    left = text[max(0, start - CONTEXT) : start].split("\n")[-1]
    right = text[end : end + CONTEXT].split("\n")[0]
    tail = None if lone_tail else ord(text[end - 1])
    if not data:
        if lone_tail:
            return None  # "??": a character lost whole, nothing to decode
        # The lone byte and the resync byte were one character.
        heads = _options([bytes([x, tail]) for x in range(0x81, 0xFF)], model, left, right)
        if not heads:
            return None
        inner, tails = "", [(0.0, "")]
    else:
        # Pairs in step: (?, d0) (d1 d2) ... (d[-1], tail).
        try:
            inner = data[1:-1].decode("gbk") if len(data) > 2 else ""
        except UnicodeDecodeError:
            return None
        if len(inner) * 2 != len(data) - 2:
            return None
        tail_pairs = ([bytes([data[-1], y]) for y in range(0x40, 0xFF) if y != 0x7F] if lone_tail
                      else [bytes([data[-1], tail])])
        head_pairs = [bytes([x, data[0]]) for x in range(0x81, 0xFF)]
        # Guess the head from what follows, the tail from the head, then the head again.
        heads = _options(head_pairs, model, left, inner + right if inner else "")
        tails = _options(tail_pairs, model, left + (heads[0][1] if heads else "") + inner, right)
        if not heads or not tails:
            return None
        heads = _options(head_pairs, model, left, inner + tails[0][1] + right)
    repaired = heads[0][1] + inner + tails[0][1]
    garbled = text[start:end]
    gain = (model.score(left + repaired + right) - model.score(left + garbled + right)) / max(1, len(repaired))
    if gain < MIN_GAIN:
        return None
    # A guessed character that is not clearly the best is dropped; the in-step middle is kept.
    head_ok, tail_ok = (len(o) == 1 or o[0][0] - o[1][0] >= MIN_MARGIN for o in (heads, tails))
    after = (heads[0][1] if head_ok else "") + inner + (tails[0][1] if tail_ok else "")
    return Repair(start, end, text[start:end], after, head_ok and tail_ok)


def _ends(text: str, start: int) -> list[tuple[int, bool]]:
    """Where a garbled run starting with ``?`` at ``start`` may end: (end, lone_tail)."""
    ends = []
    for j in range(start + 1, min(len(text), start + 1 + MAX_SPAN)):
        char = text[j]
        if char == "\n":
            break
        if char == "?":
            ends.append((j + 1, True))  # a lone byte shown as ?, after which decoding is in step
        elif 0x40 <= ord(char) <= 0x7E:
            ends.append((j + 1, False))
        elif ord(char) < 0x80 and char not in _UNFOLD:
            break
    return ends


_START = re.compile(r"\?(?=[^\x00-\x7f]|[!-~][^\x00-\x7f])")


def find_repairs(text: str) -> list[Repair]:
    """Garbled spans in ``text``, each with its in-step repair (or marked uncertain)."""
    model: _Model | None = None
    repairs: list[Repair] = []
    position = 0
    for match in _START.finditer(text):
        start = match.start()
        if start < position:
            continue
        model = model or _Model(text)
        best: tuple[float, Repair] | None = None
        for end, lone_tail in _ends(text, start):
            repair = _candidate(text, start, end, lone_tail, model)
            if repair is None:
                continue
            # Prefer the run whose repair gains the most probability in total.
            left = text[max(0, start - CONTEXT) : start]
            right = text[end : end + CONTEXT]
            gain = model.score(left + repair.after + right) - model.score(left + repair.before[1:] + right)
            if best is None or gain > best[0]:
                best = (gain, repair)
        if best is not None:
            repairs.append(best[1])
            position = best[1].end
    # Two or more "?" together: a character lost whole, nothing left to decode.
    for match in _LOST.finditer(text):
        if all(match.end() <= r.start or match.start() >= r.end for r in repairs):
            repairs.append(Repair(match.start(), match.end(), match.group(), "", False))
    return sorted(repairs, key=lambda r: r.start)


_LOST = re.compile(r"\?{2,}")  # "??" in running text: a lone byte and a lost character
