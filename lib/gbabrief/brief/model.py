"""The analysis behind the brief, run once: ``analyse(corpus) -> Analysis``.

``Analysis`` holds the data frames every section reads (sources, coded evidence, theme and instrument
scores, facts with their meaning, actors, policies, distinctive terms, events, the cleaning audit) and
answers the small questions the sections ask of them (a district's articles, its leading themes, the
articles that carry a code). ``tables(analysis)`` is what ``save_data`` writes to ``out/data/*.csv``:
every number the brief prints is in one of them.
"""
from __future__ import annotations

import datetime as dt
import importlib.metadata
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pandas as pd

from ..actors import cooccurrence, find_actors
from ..corrections import load as load_corrections
from ..facts import corpus_facts
from ..lang import SENTENCE
from ..lexicon import alternation, entries
from ..manifest import REGIONS
from ..policies import find_policies
from ..terms import log_odds, tokens
from ..yardstick import agreement as measure_agreement
from .. import review as reviewing
from .table import outlet_table, worded
from ..themes import _corrected, code_sentences, scores, sentences, side_mix
from .words import OWN, place_words, text_of

SHORT_TITLE = 22  # characters of a title in the corpus table: one A4 line with the other columns
FOOTNOTE_TITLE = 24  # characters of a headline in a print footnote
PARTNER_SHARE = 40  # an article naming this share of places outside the Bay Area or more is about a partner
COMMON_FREQ = 2000  # a word this frequent in jieba's general dictionary is an everyday word, not a distinctive term
HK_MACAO = re.compile("香港|澳门|港科大|理大|港中大")
PARTNER_KINDS = {  # actor type -> kind of partner, in the comparison's order
    "university": "universities and institutes", "institute": "universities and institutes",
    "lab": "universities and institutes", "company": "firms", "finance": "funds and finance",
    "alliance": "alliances and platforms", "platform": "alliances and platforms", "government": "government bodies",
}


@dataclass(frozen=True)
class Source:
    """One article, numbered in the order of the sources list."""

    number: int
    doc_id: str
    region: str | None
    outlet: str
    published: str
    title: str
    url: str
    file: str
    chars: int
    first_sentence: str = ""  # stands in for the headline when the page shows none
    metadata_from: str = "manifest"  # or "page": district, date, outlet and headline read from the page
    copies: int = 1  # pages that ran the story (reposts grouped)

    @property
    def headline(self) -> str:
        """The headline, or the first sentence marked as such (for an article that shows none)."""
        return self.title or f"(no headline; first sentence) {self.first_sentence}"

    @property
    def note(self) -> str:
        """How a print footnote names the source: outlet, date and the headline's first words, or the first
        sentence's in quotes where the page shows no headline (the source list has them whole)."""
        words = self.title[:FOOTNOTE_TITLE] + ("…" if len(self.title) > FOOTNOTE_TITLE else "") if self.title \
            else f"“{self.first_sentence[:FOOTNOTE_TITLE - 6]}…”"
        return f"{self.outlet or 'no outlet'}, {self.published or 'undated'}, {words}"

    def short_title(self, limit: int = SHORT_TITLE) -> str:
        """The headline cut to ``limit`` characters for one-line table rows (the sources list has it whole)."""
        text = self.title or f"(no headline) {self.first_sentence}"
        return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass
class Analysis:
    """Everything the brief's sections are computed from."""

    sources: list[Source]
    regions: list[str]  # the districts with at least one article, in REGIONS order
    texts: dict[str, str]  # doc_id -> cleaned Simplified text
    originals: dict[str, str]  # doc_id -> cleaned text in the page's own script
    evidence: pd.DataFrame
    themes: pd.DataFrame
    instruments: pd.DataFrame
    sides: pd.DataFrame
    facts: pd.DataFrame
    mentions: pd.DataFrame
    pairs: pd.DataFrame
    policies: pd.DataFrame
    terms: pd.DataFrame
    audit: pd.DataFrame
    events: pd.DataFrame
    outside_pct: dict[str, int]
    discovered: pd.DataFrame
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    font: str = ""
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, reason): files that are not articles
    pages: pd.DataFrame | None = None  # every page with its story (``corpus.attrs['stories']``)
    corrections: list[dict] = field(default_factory=list)  # the analyst's corrections made (see ``corrections``)
    stale_corrections: list[str] = field(default_factory=list)  # those that matched no sentence
    agreement: dict | None = None  # the readings against the development sets' hand annotations
    review: "reviewing.Agreement | None" = None  # the analyst's check of this corpus, where the sheets are filled
    corpus_name: str = "seeds"  # the corpus folder as the note on method names it

    # ------------------------------------------------------------------ lookups
    @property
    def number_of(self) -> dict[str, int]:
        """doc_id -> the article's number in the sources list."""
        return {s.doc_id: s.number for s in self.sources}

    def docs_of(self, region: str) -> list[str]:
        return [s.doc_id for s in self.sources if s.region == region]

    def analysed_docs(self) -> list[str]:
        return [s.doc_id for s in self.sources if s.region in REGIONS]

    def top_themes(self, region: str, n: int = 3) -> pd.DataFrame:
        sub = self.themes[(self.themes["region"] == region) & (self.themes["sentences"] > 0)]
        return sub.sort_values(["per_10k_chars", "sentences", "code"], ascending=[False, False, True]).head(n)

    def top_instruments(self, region: str, n: int = 3) -> pd.DataFrame:
        sub = self.instruments[(self.instruments["region"] == region) & (self.instruments["sentences"] > 0)]
        return sub.sort_values(["sentences", "code"], ascending=[False, True]).head(n)

    def distinctive_themes(self, region: str, n: int = 2) -> pd.DataFrame:
        """Themes where the district's intensity most exceeds the other districts' mean."""
        t = self.themes.pivot(index="code", columns="region", values="per_10k_chars")
        others = t.drop(columns=region).mean(axis=1) if len(t.columns) > 1 else t[region] * 0
        lift = (t[region] - others).sort_values(ascending=False)
        codes = [c for c in lift.index if lift[c] > 0][:n]
        return self.themes[(self.themes["region"] == region) & self.themes["code"].isin(codes)].set_index(
            "code").loc[codes].reset_index()

    @property
    def page_count(self) -> int:
        """The pages that hold the articles (more than the articles where reposts are grouped)."""
        return len(self.pages) if self.pages is not None else len(self.sources)

    def sureness(self, region: str, code: str, draws: int = 1000) -> float:
        """How sure the claim is that ``region`` stands out on a theme: the share of ``draws`` bootstrap
        resamples of each district's articles (stories) in which its intensity of the theme (coded
        sentences per character) still exceeds the other districts' mean. Seeded: the same every build."""
        import numpy as np

        ev = self.evidence[(self.evidence["scheme"] == "theme") & (self.evidence["code"] == code)]
        if "about" in ev.columns:
            ev = ev[ev["about"] != "context"]
        coded = ev["doc_id"].value_counts()
        rng = np.random.default_rng(0)
        lifts = {}
        for r in self.regions:
            docs = [s for s in self.sources if s.region == r]
            k = np.array([coded.get(s.doc_id, 0) for s in docs], dtype=float)
            chars = np.array([max(s.chars, 1) for s in docs], dtype=float)
            pick = rng.integers(0, len(docs), size=(draws, len(docs)))
            lifts[r] = k[pick].sum(axis=1) / chars[pick].sum(axis=1)
        others = [lifts[r] for r in self.regions if r != region]
        if not others:
            return 0.0
        return float((lifts[region] > np.mean(others, axis=0)).mean())

    def evidence_docs(self, region: str | None, code: str, n: int = 3) -> list[str]:
        """The articles with the most sentences coded ``code`` (in ``region``), at most ``n``."""
        ev = self.evidence[self.evidence["code"] == code]
        if region:
            ev = ev[ev["region"] == region]
        return ev["doc_id"].value_counts().index[:n].tolist()

    def code_articles(self, region: str, code: str) -> list[str]:
        """Every article of ``region`` with a sentence coded ``code``."""
        ev = self.evidence[(self.evidence["code"] == code) & (self.evidence["region"] == region)]
        return sorted(set(ev["doc_id"]))

    def hk_actors(self, region: str) -> pd.DataFrame:
        """Hong Kong and Macao organisations named in the district's articles: actor, doc_id."""
        sub = self.mentions[self.mentions["region"] == region]
        return sub[sub["actor"].str.contains(HK_MACAO)][["actor", "doc_id"]].drop_duplicates()

    def partner_articles(self) -> list[tuple[Source, int]]:
        """Articles mostly about places outside the Bay Area (PARTNER_SHARE% or more of the places they name)."""
        return [(s, self.outside_pct[s.doc_id]) for s in self.sources
                if s.region and self.outside_pct.get(s.doc_id, 0) >= PARTNER_SHARE]

    def own_facts(self, region: str | None = None) -> pd.DataFrame:
        own = self.facts[self.facts["scope"].isin(OWN)]
        return own if region is None else own[own["region"] == region]

    @cached_property
    def districts(self) -> pd.DataFrame:
        """districts[district, articles, coded_sentences, first_year, last_year, policies, own_figures]."""
        rows = []
        for region in self.regions:
            docs = self.docs_of(region)
            years = sorted({s.published[:4] for s in self.sources if s.doc_id in docs and s.published})
            rows.append({"district": region, "articles": len(docs),
                         "coded_sentences": int((self.evidence["region"] == region).sum()),
                         "first_year": years[0] if years else "", "last_year": years[-1] if years else "",
                         "policies": int((self.policies["region"] == region).sum()),
                         "own_figures": len(self.own_facts(region))})
        return pd.DataFrame(rows, columns=["district", "articles", "coded_sentences", "first_year", "last_year",
                                           "policies", "own_figures"])

    @cached_property
    def partners(self) -> pd.DataFrame:
        """partners[district, kind, organisations, articles, examples] (``partner_kinds``)."""
        return partner_kinds(self)

    @cached_property
    def versions(self) -> pd.DataFrame:
        """Every installed package with its version, and the CJK font (``version_table``)."""
        return version_table(self.font)


# ---------------------------------------------------------------------- building it
def analyse(corpus: pd.DataFrame, font: str = "") -> Analysis:
    """Run every analysis the brief needs on ``corpus`` (as ``load_corpus`` returns it)."""
    folder = corpus.attrs.get("folder")
    corpus = corpus.reset_index(drop=True)
    order = corpus.sort_values(["published", "doc_id"], na_position="last")
    sources = [Source(i + 1, r.doc_id, text_of(r.region) or None, text_of(r.outlet), text_of(r.published),
                      text_of(r.title), text_of(r.url), r.file, len(r.text), _first_sentence(r.text),
                      "manifest" if getattr(r, "title_source", "manifest") == "manifest"
                      and getattr(r, "region_source", "manifest") == "manifest" else "page",
                      int(getattr(r, "copies", 1) or 1))
               for i, r in enumerate(order.itertuples())]
    regions = [r for r in REGIONS if r in set(corpus["region"].dropna())]
    # Articles about none of the three districts are listed as sources but not compared.
    analysed = corpus[corpus["region"].isin(REGIONS)].reset_index(drop=True)
    # The analyst's word wins: lexicon/corrections.csv and the filled review sheets of the corpus folder
    # (review/*.csv) correct the coding and the figure labels; the automatic coding is kept to measure it.
    reviews = reviewing.load(folder)
    automatic = code_sentences(analysed, corrections=[]).drop(columns="corrected")
    sents = sentences(analysed).merge(analysed[["doc_id", "file"]], on="doc_id")
    evidence = _corrected(automatic, analysed, sents, load_corrections() + reviewing.corrections(reviews))
    facts = worded(reviewing.apply_figures(corpus_facts(analysed), reviews))
    themes = scores(analysed, evidence, "theme")
    instruments = scores(analysed, evidence, "instrument")
    mentions = find_actors(analysed)
    toks = tokens(analysed)
    toks = toks[toks["token"].isin(meaningful_terms(corpus)) & ~toks["token"].isin(place_words())]
    texts = dict(zip(corpus["doc_id"], corpus["text"]))
    return Analysis(
        sources=sources, regions=regions, texts=texts,
        originals=dict(zip(corpus["doc_id"], corpus.get("text_orig", corpus["text"]))),
        evidence=evidence, themes=themes, instruments=instruments,
        sides=side_mix(evidence, analysed) if regions else pd.DataFrame(),
        facts=facts, mentions=mentions,
        pairs=cooccurrence(mentions) if len(mentions) else pd.DataFrame(
            columns=["region", "actor_a", "actor_b", "sentences"]),
        policies=find_policies(analysed, evidence),
        terms=log_odds(toks) if regions and len(toks) else pd.DataFrame(columns=["region", "token", "count", "z"]),
        audit=_audit_summary(corpus, sources), events=_events(sources, texts),
        outside_pct=_outside_place_pct(sources, texts), discovered=_discovered(corpus),
        duplicates=list(corpus.attrs.get("duplicates", [])), font=font, skipped=list(corpus.attrs.get("skipped", [])),
        pages=corpus.attrs.get("stories"),
        corrections=list(evidence.attrs.get("corrections", [])),
        stale_corrections=list(evidence.attrs.get("stale_corrections", [])), agreement=measure_agreement(),
        review=reviewing.agreement(reviews, automatic, sents), corpus_name=_folder_name(folder),
    )


def meaningful_terms(corpus: pd.DataFrame) -> set[str]:
    """Tokens that can be a distinctive term: the corpus's discovered terms, the lexicon's terms and
    organisations, and words jieba tags as names (not 联盟, 成立, 产业: common words every article uses)."""
    from ..discover import corpus_terms
    from ..segment import base_tokenizer, word_tags

    organisations = {f for e in entries("organisations.csv") for f in e.forms}
    terms = {f for e in entries("terms.csv") for f in e.forms}
    tagged = {w for w, t in word_tags().items() if t in ("nz", "nt", "nrt", "j", "eng") and len(w) >= 2}
    freq = base_tokenizer().FREQ
    common = {w for w in terms | tagged if freq.get(w, 0) >= COMMON_FREQ}  # 联盟, 产业: everyday words
    return (set(corpus_terms(corpus)) | terms | tagged) - common | organisations


def _folder_name(folder: str | None) -> str:
    """The corpus folder as a reader can type it: relative to the repository where it is inside it."""
    from ..paths import ROOT, SEEDS

    if not folder:
        return "DIR"
    path = Path(folder).resolve()
    return str(path.relative_to(ROOT)) if path == SEEDS or ROOT in path.parents else path.name


def _first_sentence(text: str, limit: int = 40) -> str:
    """The first sentence of an article's text, cut to ``limit`` characters."""
    m = SENTENCE.search(text or "")
    first = m.group(0).strip() if m else ""
    return first if len(first) <= limit else first[: limit - 1] + "…"


def _outside_place_pct(sources: list[Source], texts: dict[str, str]) -> dict[str, int]:
    """Per article, the percentage of the places it names that lie outside the Bay Area."""
    gba, outside = [], []
    for entry in entries("places.csv"):
        (gba if entry.get("gba") == "yes" else outside if entry.get("gba") == "no" else []).extend(entry.forms)
    pattern = alternation(gba + outside)
    outside_set = set(outside)
    shares = {}
    for s in sources:
        hits = [m.group(0) for m in pattern.finditer(texts[s.doc_id])] if pattern else []
        shares[s.doc_id] = round(100 * sum(h in outside_set for h in hits) / len(hits)) if hits else 0
    return shares


def _audit_summary(corpus: pd.DataFrame, sources: list[Source]) -> pd.DataFrame:
    """Recorded cleaning edits per article and step: source, doc_id, one column a step."""
    from ..clean import STEPS

    audits = dict(zip(corpus["doc_id"], corpus["audit"]))
    rows = []
    for s in sources:
        counts = {step: 0 for step in STEPS}
        for change in audits[s.doc_id]:
            counts[change.step] += 1
        rows.append({"source": f"[{s.number}]", "doc_id": s.doc_id, **counts})
    return pd.DataFrame(rows, columns=["source", "doc_id", *STEPS])


def _events(sources: list[Source], texts: dict[str, str]) -> pd.DataFrame:
    """Dated events named in the articles: full dates, or month and day with the article's year."""
    rows = []
    for s in sources:
        if not s.region:
            continue
        text = texts[s.doc_id]
        year = int(s.published[:4]) if s.published else None
        month_pub = int(s.published[5:7]) if len(s.published) >= 7 else None
        for m in re.finditer(r"(?:(20\d\d)年)?(\d{1,2})月(\d{1,2})日", text):
            y = int(m.group(1)) if m.group(1) else year
            if y is None:
                continue
            if not m.group(1) and month_pub and int(m.group(2)) > month_pub:
                y -= 1  # "11月8日" in a May article is last year's November
            try:
                date = dt.date(y, int(m.group(2)), int(m.group(3)))
            except ValueError:
                continue
            after = re.split(r"[，。；]", text[m.end() : m.end() + 60])
            label = next((a for a in after if len(a) >= 4), "")[:40]
            rows.append({"date": date.isoformat(), "region": s.region, "doc_id": s.doc_id, "label": label})
    events = pd.DataFrame(rows, columns=["date", "region", "doc_id", "label"]).drop_duplicates(
        ["date", "region"]).sort_values(["date", "region"], ignore_index=True)
    events.insert(0, "number", range(1, len(events) + 1))
    return events


def _discovered(corpus: pd.DataFrame) -> pd.DataFrame:
    """The corpus's discovered terms with their scores and their count in each district's articles."""
    from ..discover import COLUMNS, corpus_discovered

    found = corpus_discovered(corpus)
    found = found.copy() if len(found) else pd.DataFrame(columns=COLUMNS)
    for region in REGIONS:
        text = "\n".join(corpus.loc[corpus["region"] == region, "text"])
        found[f"count_{region}"] = [text.count(t) for t in found["term"]]
    return found


def version_table(font: str) -> pd.DataFrame:
    """Every installed Python package with its version, and the CJK font."""
    seen = {}
    for dist in importlib.metadata.distributions():
        name = dist.metadata["Name"]
        if name and name.lower() not in seen:
            seen[name.lower()] = (name, dist.version)
    rows = [{"Package": n, "Version": v} for n, v in sorted(seen.values(), key=lambda nv: nv[0].lower())]
    rows.append({"Package": "CJK font", "Version": font})
    return pd.DataFrame(rows)


# ---------------------------------------------------------------------- the data behind the brief
def tables(a: Analysis) -> dict[str, pd.DataFrame]:
    """The tables behind the brief, by file name: every number it prints is in one of them."""
    corpus = pd.DataFrame([vars(s) for s in a.sources])
    corpus.insert(1, "district", corpus["region"])
    corpus = corpus.drop(columns="region")
    corpus["outside_place_pct"] = corpus["doc_id"].map(a.outside_pct)
    return {
        "corpus": corpus,
        "facts": a.facts.drop(columns=["start", "end"]),
        "themes": a.themes,
        "instruments": a.instruments,
        "instrument_sides": a.sides.reset_index() if len(a.sides) else a.sides,
        "evidence": a.evidence,
        "actors": a.mentions,
        "actor_pairs": a.pairs,
        "audit": with_total(a.audit),
        "events": a.events,
        "versions": a.versions,
        "terms_discovered": a.discovered,
        "policies": a.policies,
        "districts": a.districts,
        "partners": a.partners,
        "coding_agreement": _agreement_table(a.agreement),
        "review": a.review.table() if a.review else pd.DataFrame(columns=reviewing.TABLE_COLUMNS),
        "skipped": pd.DataFrame(a.skipped, columns=["file", "reason"]),
        "stories": _stories_table(a),
        "outlets": _outlets(a),
    }


def _outlets(a: Analysis) -> pd.DataFrame:
    return outlet_table(a.sources)


def _stories_table(a: Analysis) -> pd.DataFrame:
    """Every page with its story: the canonical copy first (the earliest dated, else the longest), then
    each copy with its outlet, date and similarity to it; and how many pages and outlets ran the story."""
    from ..corpus import STORY_COLUMNS

    if a.pages is None:
        return pd.DataFrame(columns=[*STORY_COLUMNS, "pages", "outlets"])
    pages = a.pages.copy()
    pages["pages"] = pages.groupby("story")["doc_id"].transform("size")
    pages["outlets"] = pages.groupby("story")["outlet"].transform(lambda o: max(1, o.dropna().nunique()))
    return pages


AGREEMENT_COLUMNS = ["set", "pages", "instruments", "sentences", "precision", "recall", "kappa_supply",
                     "kappa_environment", "kappa_demand", "precision_apart", "recall_apart", "labels", "facts", "found",
                     "measure", "scope", "district", "status", "year", "not_facts_leaked"]


def _agreement_table(agreement: dict | None) -> pd.DataFrame:
    """The readings against a careful reader's, a row a development set: the instrument codes and the figure
    labels, each with whether it was built on the set ('built on': a fit) or not ('held apart': an estimate);
    empty where not measured."""
    if not agreement:
        return pd.DataFrame(columns=AGREEMENT_COLUMNS)
    from ..yardstick import pooled

    two = "{:.2f}".format  # as the brief prints them: 0.90, not 0.9; shares of facts in percent, 92.2
    one = lambda x: f"{100 * x:.1f}"  # noqa: E731
    rows = [{"set": r["set"], "pages": r["pages"], "instruments": r["instruments"], "sentences": r["sentences"],
             "precision": two(r["precision"]), "recall": two(r["recall"]),
             **{f"kappa_{side}": two(k) for side, k in r["kappa"].items()},
             # the set coded without the cue rows written on it, whether or not it is the one held apart
             "precision_apart": two(r["apart_precision"]) if "apart_precision" in r else "",
             "recall_apart": two(r["apart_recall"]) if "apart_recall" in r else "",
             "labels": r["labels"], "facts": r["facts"],
             "found": one(r["found"]), **{label: one(v) for label, v in r["label_scores"].items()},
             "not_facts_leaked": r["leaked"]} for r in agreement["sets"]]
    # The instrument figures the note on method gives: the held-apart sets together, the built-on sets together.
    for role in ("held apart", "built on"):
        sets = [r for r in agreement["sets"] if r["instruments"] == role]
        if sets:
            rows.append({"set": f"all {role}", "pages": sum(r["pages"] for r in sets), "instruments": role,
                         "sentences": sum(r["sentences"] for r in sets),
                         "precision": two(pooled(sets, "precision")),
                         "recall": two(pooled(sets, "recall"))})
    table = pd.DataFrame(rows, columns=AGREEMENT_COLUMNS)
    for column in ("pages", "sentences", "facts", "not_facts_leaked"):
        table[column] = table[column].astype("Int64")  # counts, blank on the pooled rows (not 92.0)
    return table


def save_data(a: Analysis, folder: str | Path) -> None:
    """Write the tables behind the brief to ``folder/*.csv`` (sorted, so rebuilds are identical)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for name, table in tables(a).items():
        table.to_csv(folder / f"{name}.csv", index=False, lineterminator="\n")


def with_total(audit: pd.DataFrame) -> pd.DataFrame:
    """The audit summary with a total row, and the total of all edits, as the brief states them."""
    steps = audit.drop(columns=["source", "doc_id"])
    total = {"source": "total", "doc_id": "", **steps.sum().to_dict()}
    out = pd.concat([audit, pd.DataFrame([total])], ignore_index=True)
    out["all_steps"] = out.drop(columns=["source", "doc_id"]).sum(axis=1)
    return out


def partner_kinds(a: Analysis) -> pd.DataFrame:
    """partners[district, kind, organisations, articles, examples]: the organisations each district's
    articles name, by kind (Hong Kong and Macao first, then universities, firms …; the district's own
    government bodies are counted as such, not as partners)."""
    rows = []
    for region in a.regions:
        sub = a.mentions[a.mentions["region"] == region]
        kinds = ["Hong Kong and Macao" if HK_MACAO.search(actor) else PARTNER_KINDS.get(kind, "other")
                 for actor, kind in zip(sub["actor"], sub["type"])]
        sub = sub.assign(kind=kinds)
        for kind, group in sub.groupby("kind", sort=False):
            counts = group["actor"].value_counts()
            rows.append({"district": region, "kind": kind, "organisations": len(counts),
                         "articles": group["doc_id"].nunique(), "examples": "、".join(counts.index[:3])})
    order = ["Hong Kong and Macao", *dict.fromkeys(PARTNER_KINDS.values()), "other"]
    frame = pd.DataFrame(rows, columns=["district", "kind", "organisations", "articles", "examples"])
    frame["rank"] = frame["kind"].map(order.index)
    return frame.sort_values(["rank", "district"], kind="stable").drop(columns="rank").reset_index(drop=True)
