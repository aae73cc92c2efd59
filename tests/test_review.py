"""The analyst checks a sample: review sheets drawn from a corpus, filled from the readers' hand annotations
of the development pages, and read back into the brief, whose note then says how often the tool was right."""
from __future__ import annotations

import csv
import re
import shutil

import pandas as pd
import pytest
from conftest import DATA, run_cli

from gbabrief import load_corpus
from gbabrief.brief import analyse, build_model
from gbabrief.errors import InputError
from gbabrief.evaluate import bare, score_codes
from gbabrief.review import FIGURES, FOLDER, LABELS, NOT_STATED, SENTENCES, load, sheets, wilson, write_sheets
from gbabrief.themes import code_sentences, taxonomy

SIDES = {c.code: c.side for c in taxonomy() if c.scheme == "instrument"}


def _gold(name: str, table: str) -> list[dict]:
    with (DATA / f"{name}_gold" / table).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _read(path) -> list[dict]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _write(path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def fill_from_gold(folder, name: str) -> tuple[int, int]:
    """Fill the sheets in ``folder/review`` as the set's careful reader would: a sentence's codes from the
    reader's instrument coding, a figure's labels from the reader's facts (ok where they agree). Rows the
    reader did not annotate stay blank. (sentences, figures) filled."""
    coding = [(g["file"], bare(g["quote"]), g["codes"]) for g in _gold(name, "instruments.csv")]
    rows = _read(folder / FOLDER / SENTENCES)
    for r in rows:
        said = bare(r["quote"])
        hit = next((codes for file, quote, codes in coding if file == r["file"] and quote and quote in said), None)
        r["your_codes"] = hit or ""
    _write(folder / FOLDER / SENTENCES, rows)
    facts = _gold(name, "facts.csv")
    figures = _read(folder / FOLDER / FIGURES)
    for r in figures:
        hit = next((g for g in facts if g["file"] == r["file"] and (bare(g["surface"]) in bare(r["surface"])
                                                                    or bare(r["surface"]) in bare(g["surface"]))), None)
        if hit is None:
            continue
        for label, column in LABELS.items():
            if label == "measure" and hit["kind"] != "money":
                continue
            right = hit[label] or NOT_STATED
            r[column] = "ok" if right == (r[f"tool_{'owner' if label == 'scope' else label}"] or NOT_STATED) else right
    _write(folder / FOLDER / FIGURES, figures)
    return sum(bool(r["your_codes"]) for r in rows), sum(any(r[c] for c in LABELS.values()) for r in figures)


@pytest.fixture(scope="module")
def growth(tmp_path_factory):
    folder = tmp_path_factory.mktemp("growth")
    for page in (DATA / "growth").glob("*.txt"):
        shutil.copy(page, folder / page.name)
    return folder


# ---------------------------------------------------------------- drawing
def test_the_same_seed_draws_the_same_sample_and_another_seed_another(growth):
    corpus = load_corpus(growth, quiet=True)
    one, again, other = (sheets(corpus, 12, 9, seed) for seed in (1, 1, 2))
    assert one[SENTENCES].equals(again[SENTENCES]) and one[FIGURES].equals(again[FIGURES])
    assert list(one[SENTENCES]["quote"]) != list(other[SENTENCES]["quote"])
    assert list(one[FIGURES]["surface"]) != list(other[FIGURES]["surface"])


def test_sentences_are_drawn_from_every_district_coded_and_uncoded(growth):
    drawn = sheets(load_corpus(growth, quiet=True), 12, 9, 0)
    s, f = drawn[SENTENCES], drawn[FIGURES]
    assert len(s) == 12 and s["district"].value_counts().to_dict() == {"binhaiwan": 4, "nansha": 4, "nanshan": 4}
    for _, group in s.groupby("district"):  # half coded, half not: recall is measured too
        assert (group["tool_codes"] != "none").sum() == 2 and (group["tool_codes"] == "none").sum() == 2
    assert len(f) == 9 and f["district"].value_counts().to_dict() == {"binhaiwan": 3, "nansha": 3, "nanshan": 3}
    assert (s["your_codes"] == "").all() and (f[list(LABELS.values())] == "").all().all()
    coded = s[s["tool_codes"] != "none"].iloc[0]
    assert coded["tool_words"].startswith(coded["tool_codes"].split("|")[0] + ": ")  # the words that decided


def test_a_filled_sheet_is_never_written_over(growth, tmp_path):
    folder = tmp_path / "c"
    shutil.copytree(growth, folder)
    write_sheets(folder, 6, 3, seed=0)
    rows = _read(folder / FOLDER / SENTENCES)
    rows[0]["your_codes"] = "planning"
    _write(folder / FOLDER / SENTENCES, rows)
    before = (folder / FOLDER / SENTENCES).read_bytes()
    said = write_sheets(folder, 6, 3, seed=5)
    assert (folder / FOLDER / SENTENCES).read_bytes() == before and "left as it is" in said[0]
    assert "drawn (seed 5)" in said[1]  # the blank figures sheet is drawn again
    result = run_cli("review", folder, "--seed", "5")
    assert result.returncode == 0 and (folder / FOLDER / SENTENCES).read_bytes() == before
    assert "filled in by the analyst; left as it is" in result.stderr


# ---------------------------------------------------------------- bad input
@pytest.mark.parametrize("sheet,change,message", [
    (SENTENCES, {"your_codes": "planing"}, "row 2: no instrument code 'planing' in your_codes"),
    (SENTENCES, {"your_codes": "none|funding"}, "row 2: 'none' with codes beside it"),
    (FIGURES, {"right_status": "maybe"}, "row 2: right_status must be ok or actual, target, pledge, not stated, "
                                         "not 'maybe'"),
    (FIGURES, {"right_year": "24"}, "row 2: right_year must be ok or a year (2024) or not stated"),
    (FIGURES, {"right_owner": "town"}, "row 2: right_owner must be ok or district, subarea, city"),
])
def test_a_bad_verdict_is_one_line_naming_the_file_and_row(growth, tmp_path, sheet, change, message):
    folder = tmp_path / "c"
    shutil.copytree(growth, folder)
    write_sheets(folder, 6, 3, seed=0)
    rows = _read(folder / FOLDER / sheet)
    rows[0].update(change)
    _write(folder / FOLDER / sheet, rows)
    with pytest.raises(InputError, match=re.escape(message)):
        load(folder)
    result = run_cli("build", "--corpus", folder, "--out", tmp_path / "out")
    errors = [line for line in result.stderr.splitlines() if not line.startswith("gbabrief: warning:")]
    assert result.returncode == 2 and len(errors) == 1, result.stderr  # one line, before any kernel starts
    assert f"review/{sheet}: {message}" in errors[0] and "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists() and _read(folder / FOLDER / sheet)[0] == rows[0]  # nothing lost


def test_a_renamed_column_is_named(growth, tmp_path):
    folder = tmp_path / "c"
    shutil.copytree(growth, folder)
    write_sheets(folder, 6, 3, seed=0)
    path = folder / FOLDER / FIGURES
    path.write_text(path.read_text(encoding="utf-8-sig").replace("right_status", "status_ok", 1), encoding="utf-8")
    with pytest.raises(InputError, match="figures.csv: missing column right_status"):
        load(folder)


def test_blank_verdicts_are_not_reviewed(growth, tmp_path):
    folder = tmp_path / "c"
    shutil.copytree(growth, folder)
    write_sheets(folder, 6, 3, seed=0)
    assert not load(folder)  # drawn, nothing filled in: nothing reviewed
    rows = _read(folder / FOLDER / FIGURES)
    rows[1]["right_year"] = "ok"
    _write(folder / FOLDER / FIGURES, rows)
    reviews = load(folder)
    assert (len(reviews.sentences), len(reviews.figures)) == (0, 1) and reviews.figures[0]["verdicts"] == {"year": "ok"}


def test_wilson_interval():
    low, high = wilson(8, 10)  # the textbook case: 0.8 of 10 -> 0.490 to 0.943
    assert (round(low, 3), round(high, 3)) == (0.49, 0.943)
    assert wilson(0, 0) == (0.0, 1.0)


# ---------------------------------------------------------------- what the analyst said wins
@pytest.fixture(scope="module")
def filled(growth, tmp_path_factory):
    folder = tmp_path_factory.mktemp("filled")
    shutil.copytree(growth, folder, dirs_exist_ok=True)
    write_sheets(folder, 30, 24, seed=3)
    counts = fill_from_gold(folder, "growth")
    return folder, counts


def test_the_agreement_is_what_evaluate_computes_on_the_same_rows(filled):
    folder, (n_sentences, n_figures) = filled
    assert n_sentences >= 20 and n_figures >= 15  # the reader annotated most of what was drawn
    corpus = load_corpus(folder, quiet=True)
    a = analyse(corpus)
    assert a.review.sentences == n_sentences
    analysed = corpus[corpus["region"].notna()].reset_index(drop=True)
    rows = [{"file": r["file"], "quote": r["quote"], "codes": r["your_codes"]}
            for r in _read(folder / FOLDER / SENTENCES) if r["your_codes"]]
    score = score_codes(code_sentences(analysed, corrections=[]), analysed, rows, SIDES)
    assert (a.review.codes.precision(), a.review.codes.recall()) == (score.precision(), score.recall())
    assert [a.review.codes.kappa_side(s) for s in ("supply", "environment", "demand")] == \
        [score.kappa_side(s) for s in ("supply", "environment", "demand")]
    table = pd.DataFrame(a.review.table())
    every = table[table["kind"] == "figures"].iloc[0]
    assert every["checked"] == n_figures and every["agreed"] == a.review.figures[0]
    # Every reviewed code is the analyst's in the evidence, and marked reviewed.
    ev = a.evidence[(a.evidence["scheme"] == "instrument") & a.evidence["reviewed"]]
    for r in rows:
        said = ev[ev["sentence"].map(bare).str.contains(bare(r["quote"])[:20], regex=False)]
        assert set(said["code"]) == set(r["codes"].split("|")) - {"none"}, r


def test_a_reviewed_status_moves_the_figure_in_the_district_and_key_figures(growth, tmp_path):
    folder = tmp_path / "c"
    shutil.copytree(growth, folder)
    write_sheets(folder, 3, 1000, seed=0)  # every figure, so that the one to move is in the sheet
    base_analysis = analyse(load_corpus(folder, quiet=True))
    base = build_model(base_analysis)
    district = next(d for d in base.districts if any(f.status == "target" for f in d.own_facts))
    target = next(f for f in district.own_facts if f.status == "target")
    place = [f.fact_id for f in district.own_facts].index(target.fact_id)
    fact = base_analysis.facts[base_analysis.facts["fact_id"] == target.fact_id].iloc[0]
    rows = _read(folder / FOLDER / FIGURES)
    row = next(r for r in rows if r["file"] == fact["file"] and r["surface"] == fact["surface"]
               and bare(r["sentence"]) == bare(fact["sentence"]))
    row["right_status"] = "actual"
    _write(folder / FOLDER / FIGURES, rows)
    a = analyse(load_corpus(folder, quiet=True))
    model = build_model(a)
    moved = next(d for d in model.districts if d.region == district.region)
    now = next(f for f in moved.own_facts if f.surface == target.surface and f.doc_id == target.doc_id)
    assert (target.status, now.status) == ("target", "actual") and "target" in target.label
    assert "target" not in now.label and now.cues.startswith("reviewed by the analyst (status target → actual)")
    # Achievements are listed before targets: the figure moves up the district's list.
    assert [f.fact_id for f in moved.own_facts].index(now.fact_id) < place
    assert a.facts.loc[a.facts["fact_id"] == now.fact_id, "reviewed"].item()
    before = base.comparison.figures["key_figures"].data
    after = model.comparison.figures["key_figures"].data
    was = before[before["value_text"] == target.value_text]
    shown = after[after["value_text"] == now.value_text]
    # Key figures put achievements first: the figure, a target among the cards or not, is an achievement there.
    assert len(shown) >= 1 and len(shown) >= len(was), (was, shown)
    assert all("target" in label for label in was["label"]) and not any("target" in label for label in shown["label"])


def test_a_row_that_no_longer_finds_its_sentence_is_reported_once(growth, tmp_path):
    folder = tmp_path / "c"
    shutil.copytree(growth, folder)
    write_sheets(folder, 6, 3, seed=0)
    rows = _read(folder / FOLDER / SENTENCES)
    rows[0]["your_codes"], rows[0]["quote"] = "planning", "这一句已经不在任何一篇文章里了。"
    _write(folder / FOLDER / SENTENCES, rows)
    a = analyse(load_corpus(folder, quiet=True))
    stale = [line for line in a.review.stale if "sentences.csv row 2" in line]
    assert len(stale) == 1 and stale[0].startswith("review/sentences.csv row 2: ")
    assert "no sentence of the file holds the quote; review not applied" in stale[0]


# ---------------------------------------------------------------- the brief says it (slow: builds)
def _note(html: str) -> str:
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", re.sub(r"<script.*?</script>", "", html, flags=re.S)))
    m = re.search(r"Checked on this corpus\. .*? throughout this brief \(Appendix A\)\.", text)
    return m.group(0) if m else ""


@pytest.mark.slow
def test_the_brief_states_the_agreement_and_one_verdict_changes_it(filled, tmp_path):
    folder, _ = filled
    corpus = load_corpus(folder, quiet=True)
    analysed = corpus[corpus["region"].notna()].reset_index(drop=True)
    rows = [{"file": r["file"], "quote": r["quote"], "codes": r["your_codes"]}
            for r in _read(folder / FOLDER / SENTENCES) if r["your_codes"]]
    score = score_codes(code_sentences(analysed, corrections=[]), analysed, rows, SIDES)
    result = run_cli("build", "--corpus", folder, "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    note = _note((tmp_path / "out" / "brief.html").read_text(encoding="utf-8"))
    assert f"on {len(rows)} sentences, the instrument codes had precision {score.precision():.2f} and recall " \
           f"{score.recall():.2f} (Cohen's kappa {score.kappa_side('supply'):.2f} supply, " \
           f"{score.kappa_side('environment'):.2f} environment, {score.kappa_side('demand'):.2f} demand)" in note, note
    table = pd.read_csv(tmp_path / "out" / "data" / "review.csv")
    every = table[table["kind"] == "figures"].iloc[0]
    assert f"of {every['checked']} figures checked, {every['agreed']} had every label right" in note
    # One verdict more against the tool: the printed figure changes, and so does data/review.csv.
    figures = _read(folder / FOLDER / FIGURES)
    row = next(r for r in figures if r["right_status"] == "ok" and all(r[c] in ("ok", "") for c in LABELS.values()))
    row["right_status"] = next(s for s in ("actual", "target", "pledge") if s != row["tool_status"])
    _write(folder / FOLDER / FIGURES, figures)
    result = run_cli("build", "--corpus", folder, "--out", tmp_path / "out")
    assert result.returncode == 0 and "04_brief.ipynb: executed" in result.stderr, result.stderr
    again = _note((tmp_path / "out" / "brief.html").read_text(encoding="utf-8"))
    assert f"{every['agreed'] - 1} had every label right" in again and again != note
