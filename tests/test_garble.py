"""Out-of-step GBK spans: the seed's span, and spans garbled here with the same mechanism."""
from __future__ import annotations

import difflib

from hypothesis import given, settings
from hypothesis import strategies as st

from gbabrief import garble
from gbabrief.paths import SEEDS


def apply(text: str) -> str:
    for r in reversed(garble.find_repairs(text)):
        text = text[: r.start] + r.after + text[r.end :]
    return text


def fold(text: str) -> str:
    return text.replace("，", ",").replace("。", ".").replace("！", "!")


def test_simulate_reproduces_the_seed_span():
    assert garble.simulate("服務。”南山區(qū)副區", 2) == "服務?!蹦仙絽^(qū)副區"


def test_seed_span_is_repaired():
    text = (SEEDS / "001_78b721854dfafda9.txt").read_text(encoding="utf-8")
    repairs = garble.find_repairs(text)
    assert [(r.before, r.after, r.certain) for r in repairs if r.certain] == [("?!蹦仙絽^", "。”南山區", True)]


def test_real_question_marks_stay():
    text = "这是为什么?我们认为原因有三。"
    assert apply(text) == text


def _document(name: str) -> str:
    text = (SEEDS / name).read_text(encoding="utf-8").replace("\xa0", " ")
    return "".join(c for c in text if c != "?")  # the seed's own garbled span is not under test


DOCUMENTS = [_document("001_78b721854dfafda9.txt"), _document("004_551143017dd81134.txt")]
SENTENCES = [s for doc in DOCUMENTS for s in doc.split("。") if len(s) > 20][:12]


def outcome(original: str, garbled: str) -> str:
    """'restored', 'dropped' (only deletions left, no garbage) or 'wrong'."""
    out = apply(garbled)
    if fold(out) == fold(original):
        return "restored"
    ops = difflib.SequenceMatcher(None, fold(original), fold(out), autojunk=False).get_opcodes()
    return "dropped" if all(op == "delete" for op, *_ in ops if op != "equal") else "wrong"


def test_repair_rates_on_simulated_spans():
    # Garble every position of two articles' opening paragraphs, inside the whole article,
    # as a site would have garbled it.
    counts = {"restored": 0, "dropped": 0, "wrong": 0}
    for doc in DOCUMENTS:
        body = doc.index("\n\n", 40)
        for i in range(body, body + 700):
            try:
                garbled = garble.simulate(doc, i)
            except (ValueError, UnicodeEncodeError):
                continue
            counts[outcome(doc, garbled)] += 1
    total = sum(counts.values())
    assert total > 300
    # Measured on this set: 111 restored, 204 cleanly dropped, 66 wrong (17%): most of 001's
    # characters carry a reading, so a split character is often lost whole. A wrong guess is
    # a plausible but different character (荔湾区 for 大湾区), never leftover mojibake.
    assert (counts["restored"] + counts["dropped"]) / total >= 0.8, counts
    assert counts["restored"] >= 100, counts
    assert counts["wrong"] / total <= 0.2, counts


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(SENTENCES), st.integers(min_value=0, max_value=200))
def test_garbled_text_never_grows(sentence, position):
    sentence = sentence.strip()
    position %= len(sentence)
    try:
        garbled = garble.simulate(sentence, position)
    except (ValueError, UnicodeEncodeError):
        return
    repaired = apply(garbled)
    # A repair never adds text: it restores the span or takes garbage out.
    assert len(repaired) <= len(sentence) + 1
