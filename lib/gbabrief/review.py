"""The analyst checks a sample: review sheets drawn from a corpus, and read back into its build.

``gbabrief review DIR`` writes ``DIR/review/sentences.csv`` and ``DIR/review/figures.csv``:

- sentences: body sentences drawn at random, as many from each district, coded and uncoded alike (so that
  recall is measured too), with the tool's instrument codes and the words that decided them, and a blank
  ``your_codes`` column (the analyst's codes, ``|`` between them, or ``none``) and a ``note``;
- figures: figures drawn at random from those the brief can show, as many from each district, with the
  tool's measure, owner, status and year, and a blank ``right_…`` column for each: ``ok`` where the tool is
  right, else the right value (``not stated`` where the text does not settle it).

A blank verdict is "not reviewed". A sheet that holds anything the analyst wrote is never written over.

The build reads filled sheets (``load``): a reviewed sentence's codes and a reviewed figure's labels replace
the tool's everywhere (``corrections``: the same mechanism as ``lexicon/corrections.csv``; ``apply_figures``),
and ``agreement`` says how often the tool was right on the reviewed rows: instrument precision, recall and
Cohen's kappa by side, and the share of figures with every label right, with its 95% Wilson interval. A row
that no longer finds its sentence or figure is reported (``Reviews.stale``), never dropped in silence.
"""
from __future__ import annotations

import csv
import math
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .errors import InputError
from .evaluate import CodeScore, bare

FOLDER = "review"
SENTENCES, FIGURES = "sentences.csv", "figures.csv"
SENTENCE_COLUMNS = ("file", "district", "quote", "tool_codes", "tool_words", "your_codes", "note")
FIGURE_COLUMNS = ("file", "district", "figure", "surface", "sentence", "tool_measure", "tool_owner", "tool_place",
                  "tool_status", "tool_year", "right_measure", "right_owner", "right_status", "right_year", "note")
ANALYST = {SENTENCES: ("your_codes", "note"),
           FIGURES: ("right_measure", "right_owner", "right_status", "right_year", "note")}
# label in the facts table -> the sheet's verdict column, and the values it may take besides "ok"
LABELS = {"measure": "right_measure", "scope": "right_owner", "status": "right_status", "year": "right_year"}
OK, NOT_STATED, NONE = "ok", "not stated", "none"
VALUES = {
    "measure": ("gdp", "output", "investment", "fund", "subsidy", "financing", "price", "other", NOT_STATED),
    "scope": ("district", "subarea", "city", "province", "country", "outside", "organisation", "unknown"),
    "status": ("actual", "target", "pledge", NOT_STATED),
}
SIDES = ("supply", "environment", "demand")
Z95 = 1.959964  # the normal quantile of a two-sided 95% interval


# ------------------------------------------------------------------ drawing the sheets
def _share(n: int, groups: list[str]) -> dict[str, int]:
    """``n`` split as evenly as it goes over ``groups`` (the first get the remainder)."""
    base, extra = divmod(n, len(groups)) if groups else (0, 0)
    return {g: base + (i < extra) for i, g in enumerate(groups)}


def _pick(items: list, k: int, rng: random.Random) -> list:
    return rng.sample(items, min(k, len(items)))


def draw_sentences(sents: pd.DataFrame, coded: pd.DataFrame, n: int, seed: int) -> pd.DataFrame:
    """sentences[doc_id, file, region, sent_id, sentence] and the tool's instrument codes
    coded[doc_id, sent_id, code, keywords] -> ``n`` rows of the sheet, as many from each district,
    half coded and half not (the other kind fills a district short of one)."""
    codes: dict[tuple[str, int], list[tuple[str, str]]] = {}
    for r in coded.itertuples():
        codes.setdefault((r.doc_id, r.sent_id), []).append((r.code, r.keywords))
    rows = []
    regions = sorted(set(sents["region"].dropna()))
    for region, k in _share(n, regions).items():
        rng = random.Random(f"{seed}:sentences:{region}")
        pool = sents[sents["region"] == region].sort_values(["file", "sent_id"])
        keys = list(zip(pool["doc_id"], pool["sent_id"]))
        with_code = [key for key in keys if key in codes]
        without = [key for key in keys if key not in codes]
        first = _pick(with_code, (k + 1) // 2, rng)
        second = _pick(without, k - len(first), rng)
        picked = first + second + _pick([x for x in with_code if x not in first], k - len(first) - len(second), rng)
        rows += picked
    by_key = {(r.doc_id, r.sent_id): r for r in sents.itertuples()}
    out = []
    for key in sorted(rows, key=lambda key: (by_key[key].region, by_key[key].file, key[1])):
        r, found = by_key[key], sorted(codes.get(key, []))
        out.append({"file": r.file, "district": r.region, "quote": r.sentence,
                    "tool_codes": "|".join(c for c, _ in found) or NONE,
                    "tool_words": "; ".join(f"{c}: {w}" for c, w in found), "your_codes": "", "note": ""})
    return pd.DataFrame(out, columns=SENTENCE_COLUMNS)


def draw_figures(facts: pd.DataFrame, n: int, seed: int) -> pd.DataFrame:
    """facts[file, region, surface, sentence, value_text, measure, scope, place, status, year] -> ``n`` rows
    of the sheet, as many from each district."""
    rows = []
    facts = facts[facts["region"].notna()].sort_values(["region", "file", "start"])
    for region, k in _share(n, sorted(set(facts["region"]))).items():
        pool = facts[facts["region"] == region]
        rng = random.Random(f"{seed}:figures:{region}")
        rows += _pick(list(pool.index), k, rng)
    out = []
    for i in sorted(rows, key=lambda i: (facts.loc[i, "region"], facts.loc[i, "file"], facts.loc[i, "start"])):
        r = facts.loc[i]
        out.append({"file": r["file"], "district": r["region"], "figure": r["value_text"], "surface": r["surface"],
                    "sentence": r["sentence"], "tool_measure": r["measure"] or "", "tool_owner": r["scope"] or "",
                    "tool_place": r["place"] or "", "tool_status": r["status"] or NOT_STATED,
                    "tool_year": str(r["year"] or "") or NOT_STATED, **dict.fromkeys(ANALYST[FIGURES], "")})
    return pd.DataFrame(out, columns=FIGURE_COLUMNS)


def _filled(path: Path) -> bool:
    """True when a sheet holds anything the analyst wrote."""
    if not path.exists():
        return False
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return any((row.get(c) or "").strip() for row in csv.DictReader(handle) for c in ANALYST[path.name])


def sheets(corpus: pd.DataFrame, sentences: int = 60, figures: int = 40, seed: int = 0) -> dict[str, pd.DataFrame]:
    """The two review sheets of a corpus (as ``load_corpus`` returns it), drawn but not written:
    {'sentences.csv': …, 'figures.csv': …}."""
    from .brief.table import figure_table
    from .manifest import REGIONS
    from .lang import sentences as split
    from .themes import code_sentences

    analysed = corpus[corpus["region"].isin(REGIONS)].reset_index(drop=True)
    if analysed.empty:  # nothing the brief compares: nothing to review
        return {SENTENCES: pd.DataFrame(columns=SENTENCE_COLUMNS), FIGURES: pd.DataFrame(columns=FIGURE_COLUMNS)}
    sents = split(analysed).merge(analysed[["doc_id", "file"]], on="doc_id")
    evidence = code_sentences(analysed, corrections=[])
    coded = evidence[evidence["scheme"] == "instrument"]
    return {SENTENCES: draw_sentences(sents, coded, sentences, seed),
            FIGURES: draw_figures(figure_table(analysed), figures, seed)}


def write_sheets(corpus_dir: str | Path, sentences: int = 60, figures: int = 40, seed: int = 0) -> list[str]:
    """Draw the two sheets for the corpus in ``corpus_dir`` into ``corpus_dir/review/``; one line a sheet
    saying what was written or why it was left as it is."""
    from .corpus import load_corpus

    # Load inputs.
    folder = Path(corpus_dir)
    if not folder.is_dir():
        raise InputError(folder, "no such folder")
    # Process data.
    drawn = sheets(load_corpus(folder, quiet=True), sentences, figures, seed)
    if drawn[SENTENCES].empty and drawn[FIGURES].empty:
        raise InputError(folder, "no article of the corpus is about Nanshan, Nansha or Binhaiwan: nothing to review")
    # Save outputs, never over what the analyst wrote.
    (folder / FOLDER).mkdir(exist_ok=True)
    said = []
    for name, sheet in drawn.items():
        path = folder / FOLDER / name
        if _filled(path):
            said.append(f"{path}: filled in by the analyst; left as it is (move it away to draw a new sample)")
            continue
        sheet.to_csv(path, index=False, encoding="utf-8-sig")  # a BOM: spreadsheets then read it as UTF-8
        said.append(f"{path}: {len(sheet)} {name.removesuffix('.csv')} drawn (seed {seed}) for review")
    return said


# ------------------------------------------------------------------ reading them back
@dataclass
class Reviews:
    """The filled rows of a corpus's review sheets (each with its ``row`` number), and the rows that no
    longer find their sentence or figure (``stale``, one line each)."""

    folder: Path | None = None
    sentences: list[dict] = field(default_factory=list)
    figures: list[dict] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.sentences or self.figures)

    def stale_lines(self) -> list[str]:
        """The stale rows, each once, named as the analyst knows the sheet (review/sentences.csv), wherever the
        corpus folder is."""
        named = [re.sub(r"\S*" + FOLDER + r"/(" + SENTENCES + "|" + FIGURES + ")", FOLDER + r"/\1", line)
                 for line in self.stale]
        return list(dict.fromkeys(named))


def matched_sentences(reviews: Reviews, sents: pd.DataFrame) -> list[tuple[dict, tuple[str, int]]]:
    """Each reviewed sentence row with the (doc_id, sent_id) of sents[doc_id, file, sent_id, sentence] that
    holds its quote; a row that finds none is stale."""
    from .corrections import match

    found, stale = match(sents, sents, reviews.sentences, reviews.folder / SENTENCES if reviews.folder
                         else Path(SENTENCES))
    reviews.stale += [line.replace("correction not applied", "review not applied") for line in stale]
    return found


def _read_sheet(path: Path, columns: tuple[str, ...]) -> list[dict]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in columns if c not in (reader.fieldnames or [])]
            if missing:
                raise InputError(path, f"missing column {', '.join(missing)} (the sheet needs {', '.join(columns)}; "
                                       f"draw a new one with gbabrief review)")
            rows = []
            for number, row in enumerate(reader, start=2):
                row = {k: (v or "").strip() for k, v in row.items() if k is not None}
                row["row"] = number
                rows.append(row)
            return rows
    except UnicodeDecodeError:
        raise InputError(path, "not UTF-8 (save the sheet as CSV UTF-8)") from None


def _codes(value: str) -> set[str]:
    return {c.strip() for c in value.replace(",", "|").replace(";", "|").replace("/", "|").split("|") if c.strip()}


def load(corpus_dir: str | Path | None) -> Reviews:
    """The reviewed rows of ``corpus_dir/review/*.csv``, checked: a bad code, a bad label value or a missing
    column stops with one line naming the file and the row. Blank verdicts are rows not reviewed."""
    from .taxonomy import taxonomy

    if corpus_dir is None or not (Path(corpus_dir) / FOLDER).is_dir():
        return Reviews()
    folder = Path(corpus_dir) / FOLDER
    reviews = Reviews(folder)
    instrument_codes = sorted(c.code for c in taxonomy() if c.scheme == "instrument")
    if (folder / SENTENCES).is_file():
        for row in _read_sheet(folder / SENTENCES, SENTENCE_COLUMNS):
            if not row["your_codes"]:
                continue
            codes = _codes(row["your_codes"].lower())
            bad = sorted(codes - set(instrument_codes) - {NONE})
            if bad or (NONE in codes and len(codes) > 1):
                what = f"no instrument code {bad[0]!r}" if bad else "'none' with codes beside it"
                raise InputError(folder / SENTENCES, f"row {row['row']}: {what} in your_codes (use "
                                                     f"{', '.join(instrument_codes)} or none)")
            row["codes"] = codes - {NONE}
            reviews.sentences.append(row)
    if (folder / FIGURES).is_file():
        for row in _read_sheet(folder / FIGURES, FIGURE_COLUMNS):
            verdicts = {}
            for label, column in LABELS.items():
                value = row[column].lower()
                if not value:
                    continue
                if value != OK and not (value in VALUES.get(label, ()) or (
                        label == "year" and (value == NOT_STATED or (value.isdigit() and len(value) == 4)))):
                    allowed = "a year (2024) or not stated" if label == "year" else ", ".join(VALUES[label])
                    raise InputError(folder / FIGURES, f"row {row['row']}: {column} must be ok or {allowed}, "
                                                       f"not {row[column]!r}")
                verdicts[label] = value
            if verdicts:
                row["verdicts"] = verdicts
                reviews.figures.append(row)
    return reviews


def corrections(reviews: Reviews) -> list[dict]:
    """A reviewed sentence's codes as corrections (``corrections.apply``): each code the analyst gives is
    kept, every other instrument code dropped."""
    from .taxonomy import taxonomy

    every = sorted(c.code for c in taxonomy() if c.scheme == "instrument")
    out = []
    for row in reviews.sentences:
        where = {"file": row["file"], "quote": row["quote"], "scheme": "instrument",
                 "row": f"{row['row']}", "source": "review", "path": str(reviews.folder / SENTENCES)}
        out += [{**where, "code": c, "action": "keep" if c in row["codes"] else "drop"} for c in every]
    return out


def _tool(value) -> str:
    value = "" if value is None or (isinstance(value, float) and math.isnan(value)) else str(value)
    return value or NOT_STATED


def _find_figure(facts: pd.DataFrame, row: dict) -> int | None:
    """The index of the fact a figure row names: its file, its surface and its sentence."""
    same = facts[(facts["file"] == row["file"]) & (facts["surface"].map(bare) == bare(row["surface"]))]
    if len(same) > 1:
        same = same[same["sentence"].map(bare) == bare(row["sentence"])]
    return same.index[0] if len(same) else None


def apply_figures(facts: pd.DataFrame, reviews: Reviews) -> pd.DataFrame:
    """facts with each reviewed figure's labels as the analyst gave them (``reviewed`` True), and each
    row's tool labels kept in ``tool_*`` for the agreement; a row that finds no figure is stale."""
    facts = facts.copy()
    facts["reviewed"] = False
    for row in reviews.figures:
        i = _find_figure(facts, row)
        if i is None:
            reviews.stale.append(f"{reviews.folder / FIGURES} row {row['row']}: {row['file']}: no figure "
                                 f"{row['surface']!r} in the corpus; review not applied")
            continue
        row["tool"] = {label: _tool(facts.at[i, label]) for label in LABELS}
        said = []
        for label, value in row["verdicts"].items():
            if value != OK and value != row["tool"][label]:
                facts.at[i, label] = "" if value == NOT_STATED else value
                said.append(f"{label} {row['tool'][label]} → {value}")
        if "cues" in facts.columns:
            facts.at[i, "cues"] = f"reviewed by the analyst ({'; '.join(said) if said else 'the tool confirmed'}); " \
                                  f"the tool read: {facts.at[i, 'cues']}"
        if facts.at[i, "scope"] not in ("district", "subarea"):
            facts.at[i, "district"] = ""
        elif not facts.at[i, "district"]:
            facts.at[i, "district"] = facts.at[i, "region"] or ""
        facts.at[i, "reviewed"] = True
    return facts


# ------------------------------------------------------------------ how often the tool was right
def wilson(k: int, n: int, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval of a share ``k`` of ``n`` (0, 1 when nothing was checked)."""
    if n == 0:
        return 0.0, 1.0
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def label_right(verdict: str, tool: str) -> bool:
    """The analyst's verdict on one label agrees with the tool's value."""
    return verdict == OK or verdict == (tool or NOT_STATED)


@dataclass
class Agreement:
    """How often the tool was right on the reviewed rows of this corpus."""

    codes: CodeScore
    labels: dict[str, tuple[int, int]]  # label -> (right, checked)
    figures: tuple[int, int]  # (figures with every reviewed label right, figures checked)
    stale: list[str]

    @property
    def sentences(self) -> int:
        return len(self.codes.rows)

    @property
    def interval(self) -> tuple[float, float]:
        return wilson(*self.figures)

    def table(self) -> pd.DataFrame:
        """review[kind, name, side, checked, tool, analyst, agreed, precision, recall, kappa, share_pct, low_pct,
        high_pct, interval_pct]: a row per instrument code and per side, per figure label, and one for figures
        with every label right; figures as the brief prints them (0.75; 33.3%)."""
        rows = []
        sides = self.codes.sides
        two = "{:.2f}".format
        one = lambda x: f"{100 * x:.1f}"  # noqa: E731

        def codes(kind: str, name: str, side: str, keep, kappa: float) -> dict:
            right, found, gold = self.codes._counts(keep)
            return {"kind": kind, "name": name, "side": side, "checked": self.sentences, "tool": found, "analyst": gold,
                    "agreed": right, "precision": two(self.codes.precision(keep)),
                    "recall": two(self.codes.recall(keep)), "kappa": two(kappa)}

        for code in sorted(set(sides)):
            keep = lambda c, code=code: c == code  # noqa: E731
            if any(self.codes._counts(keep)[1:]):
                rows.append(codes("code", code, sides[code], keep, self.codes.kappa_code(code)))
        for side in SIDES:
            keep = lambda c, side=side: sides.get(c) == side  # noqa: E731
            rows.append(codes("side", side, side, keep, self.codes.kappa_side(side)))
        shares = [("label", label, right, checked) for label, (right, checked) in self.labels.items()]
        for kind, name, right, checked in [*shares, ("figures", "every label right", *self.figures)]:
            low, high = wilson(right, checked)
            rows.append({"kind": kind, "name": name, "checked": checked, "agreed": right,
                         "share_pct": one(right / checked) if checked else "", "low_pct": one(low),
                         "high_pct": one(high), "interval_pct": 95})
        return pd.DataFrame(rows, columns=TABLE_COLUMNS)


TABLE_COLUMNS = ["kind", "name", "side", "checked", "tool", "analyst", "agreed", "precision", "recall", "kappa",
                 "share_pct", "low_pct", "high_pct", "interval_pct"]


def agreement(reviews: Reviews, tool_evidence: pd.DataFrame, sents: pd.DataFrame) -> Agreement | None:
    """The tool's automatic codes (``tool_evidence``, before any correction) and labels (kept by
    ``apply_figures``) against the analyst's, on the reviewed rows that found their sentence or figure;
    None where nothing was reviewed."""
    from .taxonomy import taxonomy

    if not reviews:
        return None
    sides = {c.code: c.side for c in taxonomy() if c.scheme == "instrument"}
    coded: dict[tuple[str, int], set[str]] = {}
    for r in tool_evidence[tool_evidence["scheme"] == "instrument"].itertuples():
        coded.setdefault((r.doc_id, r.sent_id), set()).add(r.code)
    rows = [{"file": review["file"], "quote": review["quote"], "gold": set(review["codes"]),
             "found": coded.get(key, set())} for review, key in matched_sentences(reviews, sents)]
    labels = {label: [0, 0] for label in LABELS}
    every = [0, 0]
    for row in reviews.figures:
        if "tool" not in row:
            continue  # stale: it found no figure
        rights = [label_right(v, row["tool"][label]) for label, v in row["verdicts"].items()]
        for (label, _), right in zip(row["verdicts"].items(), rights):
            labels[label][0] += right
            labels[label][1] += 1
        every[0] += all(rights)
        every[1] += 1
    return Agreement(CodeScore(rows=rows, sides=sides), {k: tuple(v) for k, v in labels.items() if v[1]},
                     tuple(every), reviews.stale_lines())
