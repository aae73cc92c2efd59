"""The policy brief: every section computed from the corpus, rendered as HTML fragments.

``Brief(corpus, out)`` runs the analysis once; its methods return the HTML of each
section for ``notebooks/04_brief.ipynb`` to display. Every number goes through
``Brief.fmt`` or a table that is also written to ``out/data/*.csv``, and every claim
cites its articles ([n] links to the sources, numbers link to the evidence
appendix that quotes the sentence they came from). Text from the articles is
always HTML-escaped: article text is data, never markup.
"""
from __future__ import annotations

import base64
import datetime as dt
import html
import importlib.metadata
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from pypinyin import Style, lazy_pinyin

from . import plots
from .actors import cooccurrence, find_actors
from .facts import corpus_facts, format_value
from .lang import SENTENCE
from .lexicon import alternation, entries
from .manifest import REGIONS
from .gist import gist, glosses
from .policies import find_policies
from .terms import log_odds, tokens
from .themes import code_sentences, scores, side_mix

REGION_EN = {"nanshan": "Nanshan", "nansha": "Nansha", "binhaiwan": "Binhaiwan"}
REGION_ZH = {"nanshan": "南山", "nansha": "南沙", "binhaiwan": "滨海湾"}
REGION_LONG = {"nanshan": "Shenzhen Nanshan District (深圳南山区)", "nansha": "Guangzhou Nansha District (广州南沙区)",
               "binhaiwan": "Dongguan Binhaiwan New Area (东莞滨海湾新区)"}
KIND_ORDER = {"money": 0, "area": 1, "percent": 2, "multiple": 3, "ratio": 4, "count": 5, "length": 6}
QUALIFIER_TEXT = {"exact": "", "approx": "about ", "over": "over ", "nearly": "nearly ", "under": "under ",
                  "up_to": "up to ", "range": ""}
MEASURE_TEXT = {"gdp": "GDP", "output": "industry output or revenue", "investment": "investment",
                "fund": "fund size", "subsidy": "subsidy or award cap", "financing": "financing raised",
                "price": "price", "other": "other sum"}
STATUS_TEXT = {"actual": "actual", "target": "target", "pledge": "pledged or announced"}
SCOPE_TEXT = {"district": "the district's", "subarea": "a zone or site in the district", "city": "its city's",
              "province": "the province's", "country": "national", "outside": "another place's",
              "organisation": "a firm's or institution's", "unknown": "whose is not stated"}
OWN = ("district", "subarea")
POLICY_TYPE = {"plan": "plan", "measures": "support measures", "programme": "programme", "fund": "fund",
               "zone": "pilot or cooperation zone"}  # a district's own figures: the only ones compared across districts
UNIT_TEXT = {"m2": "m²", "CNY": "CNY", "USD": "USD", "HKD": "HKD", "percent": "%", "m": "m"}
PACKAGES = ("gbabrief", "pandas", "matplotlib", "jieba", "opencc", "pypinyin", "charset-normalizer", "nbconvert",
            "papermill", "weasyprint")
MONEY_CAVEAT = ("Announced amounts differ in timing, source and purpose (investment pledges, fund sizes, "
                "caps on subsidies, industry output) and are not directly comparable.")


def esc(text: object) -> str:
    """HTML-escape article text and any other data."""
    return html.escape(str(text), quote=True)


def _share_range(values: list[float]) -> str:
    lo, hi = min(values), max(values)
    return f"{lo:.1f}%" if lo == hi else f"{lo:.1f}–{hi:.1f}%"


def human_value(kind: str, value: float, unit: str, qualifier: str) -> str:
    """A fact as a reader reads it: 'about CNY 10 bn', 'over 160 projects', '18,605.73 m²'."""
    q = QUALIFIER_TEXT.get(qualifier, "")
    if kind == "money":
        for size, word in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
            if value >= size:
                return f"{q}{UNIT_TEXT.get(unit, unit)} {format_value(round(value / size, 2))} {word}"
        return f"{q}{UNIT_TEXT.get(unit, unit)} {value:,.0f}"
    if kind == "area":
        if value >= 1e6:
            return f"{q}{format_value(round(value / 1e6, 2))} km²"
        return f"{q}{value:,.2f}".rstrip("0").rstrip(".") + " m²"
    if kind == "percent":
        return f"{q}{format_value(value)}%"
    if kind == "multiple":
        return f"{q}{format_value(value)}× " + unit.replace("times_", "").replace("_", " ")
    if kind == "length":
        return f"{q}{format_value(value)} m" if value < 1000 else f"{q}{format_value(value / 1000)} km"
    pretty = unit.replace("_per_", " per ").replace("_", " ").replace("10k", "10,000")
    return f"{q}{value:,.2f}".rstrip("0").rstrip(".") + f" {pretty}"


SHORT_TITLE = 22  # characters of a title in the corpus table: one A4 line with the other columns


@dataclass
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

    @property
    def headline(self) -> str:
        """The headline, or the first sentence marked as such (for an article that shows none)."""
        return self.title or f"(no headline; first sentence) {self.first_sentence}"

    def short_title(self, limit: int = SHORT_TITLE) -> str:
        """The headline cut to ``limit`` characters for one-line table rows (the sources list has it whole)."""
        text = self.title or f"(no headline) {self.first_sentence}"
        return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def meaningful_terms(corpus: pd.DataFrame) -> set[str]:
    """Tokens that can be a distinctive term: the corpus's discovered terms, the lexicon's terms and
    organisations, and words jieba tags as names (not 联盟, 成立, 产业: common words every article uses)."""
    from .discover import corpus_terms
    from .segment import word_tags

    names = {f for name in ("terms.csv", "organisations.csv") for e in entries(name) for f in e.forms}
    tags = word_tags()
    tagged = {w for w, t in tags.items() if t in ("nz", "nt", "nrt", "j", "eng") and len(w) >= 2}
    return set(corpus_terms(corpus)) | names | tagged


def _orig_sentence(sentence: str, text: str, text_orig: str) -> str:
    """A Simplified sentence of ``text`` in the article's own script (``text_orig`` has the same length)."""
    at = text.find(sentence)
    if at < 0 or len(text) != len(text_orig):
        return sentence
    return text_orig[at : at + len(sentence)]


def _first_sentence(text: str, limit: int = 40) -> str:
    """The first sentence of an article's text, cut to ``limit`` characters."""
    m = SENTENCE.search(text or "")
    first = m.group(0).strip() if m else ""
    return first if len(first) <= limit else first[: limit - 1] + "…"


class Brief:
    """The analysis behind the brief, and the HTML of each of its sections."""

    def __init__(self, corpus: pd.DataFrame, out: str | Path):
        # Load inputs.
        self.corpus = corpus.reset_index(drop=True)
        self.duplicates = list(corpus.attrs.get("duplicates", []))
        self.out = Path(out)
        self.figures_dir = self.out / "figures"
        self.data_dir = self.out / "data"
        self.family = plots.setup()
        self.figure_count = 0
        self.table_count = 0
        self._noted: set[int] = set()

        # Process data.
        order = self.corpus.sort_values(["published", "doc_id"], na_position="last")
        self.sources = [Source(i + 1, r.doc_id, _text(r.region) or None, _text(r.outlet), _text(r.published),
                               _text(r.title), _text(r.url), r.file, len(r.text), _first_sentence(r.text),
                               "manifest" if getattr(r, "title_source", "manifest") == "manifest"
                               and getattr(r, "region_source", "manifest") == "manifest" else "page")
                        for i, r in enumerate(order.itertuples())]
        self.source_of = {s.doc_id: s for s in self.sources}
        self.by_doc = self.corpus.set_index("doc_id")
        self.regions = [r for r in REGIONS if r in set(self.corpus["region"].dropna())]
        # Articles about none of the three districts are listed as sources but not compared.
        self.analysed = self.corpus[self.corpus["region"].isin(REGIONS)].reset_index(drop=True)
        self.evidence = code_sentences(self.analysed)
        self.themes = scores(self.analysed, self.evidence, "theme")
        self.instruments = scores(self.analysed, self.evidence, "instrument")
        self.sides = side_mix(self.instruments) if self.regions else pd.DataFrame()
        facts = corpus_facts(self.analysed)
        facts["kind_order"] = facts["kind"].map(KIND_ORDER)
        facts = facts.sort_values(["region", "kind_order", "doc_id", "start"], na_position="last")
        facts = facts.drop(columns="kind_order").reset_index(drop=True)
        facts.insert(0, "fact_id", [f"F{i + 1}" for i in range(len(facts))])
        facts["value_text"] = [
            human_value(k, v, u, q) if lo == hi else
            f"{human_value(k, lo, u, 'exact')} to {human_value(k, hi, u, 'exact').split(' ', 1)[-1] if k == 'money' else human_value(k, hi, u, 'exact')}"
            for k, v, lo, hi, u, q in zip(facts["kind"], facts["value"], facts["value_low"], facts["value_high"],
                                          facts["unit"], facts["qualifier"])]
        facts["label"] = [fact_label(r) for r in facts.itertuples()]
        self.facts = facts
        self.mentions = find_actors(self.analysed)
        self.policies = find_policies(self.analysed)
        self.pairs = cooccurrence(self.mentions) if len(self.mentions) else pd.DataFrame(
            columns=["region", "actor_a", "actor_b", "sentences"])
        toks = tokens(self.analysed)
        toks = toks[toks["token"].isin(meaningful_terms(self.corpus))]  # domain terms and names only
        self.terms = log_odds(toks) if self.regions and len(toks) else pd.DataFrame(
            columns=["region", "token", "count", "z"])
        # Derived once here: the tables and the prose both use them.
        self.districts = self.district_table()
        self.outside_pct = self._outside_place_pct()
        self.audit = self._audit_summary()
        self.dated_events = self._events()

        # Save outputs.
        self.save_data()

    # ------------------------------------------------------------------ data files
    def save_data(self) -> None:
        """Write the tables behind the brief to out/data/*.csv (sorted, so rebuilds are identical)."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        corpus = pd.DataFrame([vars(s) for s in self.sources])
        corpus.insert(1, "district", corpus["region"])
        corpus = corpus.drop(columns="region")
        corpus["outside_place_pct"] = corpus["doc_id"].map(self.outside_pct)
        tables = {
            "corpus": corpus,
            "facts": self.facts.drop(columns=["start", "end"]),
            "themes": self.themes,
            "instruments": self.instruments,
            "instrument_sides": self.sides.reset_index() if len(self.sides) else self.sides,
            "evidence": self.evidence,
            "actors": self.mentions,
            "actor_pairs": self.pairs,
            "audit": _with_total(self.audit),
            "events": self.dated_events,
            "versions": self.version_table(),
            "terms_discovered": self.discovered_table(),
            "policies": self.policies,
            "districts": self.districts,
        }
        for name, table in tables.items():
            table.to_csv(self.data_dir / f"{name}.csv", index=False, lineterminator="\n")

    def discovered_table(self) -> pd.DataFrame:
        """The corpus's discovered terms with their scores and their count in each district's articles."""
        from .discover import COLUMNS, corpus_discovered

        found = corpus_discovered(self.corpus)
        found = found.copy() if len(found) else pd.DataFrame(columns=COLUMNS)
        for region in REGIONS:
            text = "\n".join(self.corpus.loc[self.corpus["region"] == region, "text"])
            found[f"count_{region}"] = [text.count(t) for t in found["term"]]
        return found

    # ------------------------------------------------------------------ small helpers
    def cite(self, *doc_ids: str) -> str:
        """[n] links to the sources, in source order, with a print footnote the first time a
        source is cited in a section."""
        numbers = sorted({self.source_of[d].number for d in doc_ids if d in self.source_of})
        links = "".join(f'<a class="cite ref" href="#src-{n}">[{n}]</a>' for n in numbers)
        new = [n for n in numbers if n not in self._noted]
        self._noted.update(new)
        notes = "; ".join(self._source_line(self.sources[n - 1]) for n in new)
        return links + (f'<span class="fn">{notes}</span>' if new else "")

    def section(self) -> None:
        """Start a section: footnotes name each source again once."""
        self._noted: set[int] = set()

    def _source_line(self, s: Source) -> str:
        outlet = esc(s.outlet) if s.outlet else "outlet not stated"
        return f"[{s.number}] {outlet}, {esc(s.published or 'date unknown')}, {esc(s.headline)}"

    def fact_link(self, row) -> str:
        """A fact's value, linked to the evidence appendix that quotes its sentence."""
        return (f'<a class="fact" href="#{row.fact_id}">{esc(row.value_text)}</a>'
                f'{self.cite(row.doc_id)}')

    def next_figure(self) -> int:
        self.figure_count += 1
        return self.figure_count

    def next_table(self) -> int:
        self.table_count += 1
        return self.table_count

    def figure(self, fig, name: str, caption: str, source_ids: list[str], note: str = "") -> str:
        """Save a figure and return it as a numbered <figure> with an inline SVG image."""
        number = self.next_figure()
        svg = plots.save(fig, name, self.figures_dir)
        data = base64.b64encode(svg.read_bytes()).decode("ascii")
        cites = self.cite(*source_ids)
        note_html = f" {esc(note)}" if note else ""
        return (f'<figure id="fig-{number}" class="figure"><img src="data:image/svg+xml;base64,{data}" '
                f'alt="{esc(caption)}"/><figcaption><span class="ref label">Figure {number}.</span> '
                f'{esc(caption)}.{note_html} <span class="source">Sources: {cites or "—"}</span></figcaption>'
                f'</figure>')

    def table(self, frame: pd.DataFrame, caption: str, *, table_id: str | None = None, classes: str = "",
              escape: bool = True, note: str = "") -> str:
        """A numbered HTML table; cell text is escaped unless it is HTML built here."""
        number = self.next_table()
        head = "".join(f"<th>{esc(c)}</th>" for c in frame.columns)
        rows = []
        for values in frame.itertuples(index=False):
            cells = "".join(f"<td>{esc(v) if escape else v}</td>" for v in values)
            rows.append(f"<tr>{cells}</tr>")
        note_html = f'<p class="table-note">{note}</p>' if note else ""
        return (f'<div class="table-wrap" id="{table_id or f"tab-{number}"}"><table class="{classes}">'
                f'<caption><span class="ref label">Table {number}.</span> {esc(caption)}</caption>'
                f'<thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>{note_html}</div>')

    # ------------------------------------------------------------------ derived views
    def region_label(self, region: str) -> str:
        return f"{REGION_EN[region]} ({REGION_ZH[region]})"

    def docs_of(self, region: str) -> list[str]:
        return [s.doc_id for s in self.sources if s.region == region]

    def top_themes(self, region: str, n: int = 3) -> pd.DataFrame:
        sub = self.themes[(self.themes["region"] == region) & (self.themes["sentences"] > 0)]
        return sub.sort_values(["per_10k_chars", "sentences", "code"], ascending=[False, False, True]).head(n)

    def distinctive_themes(self, region: str, n: int = 2) -> pd.DataFrame:
        """Themes where the district's intensity most exceeds the other districts' mean."""
        t = self.themes.pivot(index="code", columns="region", values="per_10k_chars")
        others = t.drop(columns=region).mean(axis=1) if len(t.columns) > 1 else t[region] * 0
        lift = (t[region] - others).sort_values(ascending=False)
        codes = [c for c in lift.index if lift[c] > 0][:n]
        return self.themes[(self.themes["region"] == region) & self.themes["code"].isin(codes)].set_index(
            "code").loc[codes].reset_index()

    def evidence_docs(self, region: str | None, code: str) -> list[str]:
        ev = self.evidence[self.evidence["code"] == code]
        if region:
            ev = ev[ev["region"] == region]
        return ev["doc_id"].value_counts().index[:3].tolist()

    def _outside_place_pct(self) -> dict[str, int]:
        """Per article, the percentage of the places it names that lie outside the Bay Area."""
        gba, outside = [], []
        for entry in entries("places.csv"):
            (gba if entry.get("gba") == "yes" else outside if entry.get("gba") == "no" else []).extend(entry.forms)
        pattern = alternation(gba + outside)
        outside_set = set(outside)
        texts = self.by_doc["text"]
        shares = {}
        for s in self.sources:
            hits = [m.group(0) for m in pattern.finditer(texts[s.doc_id])] if pattern else []
            shares[s.doc_id] = round(100 * sum(h in outside_set for h in hits) / len(hits)) if hits else 0
        return shares

    def outside_partner_articles(self) -> list[tuple[Source, int]]:
        """Articles mostly about places outside the Bay Area (40% or more of the places they name)."""
        return [(s, self.outside_pct[s.doc_id]) for s in self.sources if self.outside_pct[s.doc_id] >= 40]

    def _audit_summary(self) -> pd.DataFrame:
        from .clean import STEPS

        rows = []
        for s in self.sources:
            audit = self.by_doc.loc[s.doc_id, "audit"]
            counts = {step: 0 for step in STEPS}
            for change in audit:
                counts[change.step] += 1
            rows.append({"source": f"[{s.number}]", "doc_id": s.doc_id, **counts})
        return pd.DataFrame(rows)

    def hk_actors(self, region: str) -> list[str]:
        sub = self.mentions[self.mentions["region"] == region]
        return sorted({a for a in sub["actor"] if re.search("香港|澳门|港科大|理大|港中大", a)})

    # ------------------------------------------------------------------ sections
    def title_page(self) -> str:
        dates = sorted(d for d in self.corpus["published"].dropna())
        span = f"{dates[0][:4]}–{dates[-1][:4]}" if dates else "undated"
        latest = dates[-1] if dates else "unknown"
        names = " · ".join(f"{REGION_EN[r]} {REGION_ZH[r]}" for r in REGIONS)
        return (
            '<header class="title-page">'
            '<p class="kicker">Greater Bay Area · AI and innovation strategies</p>'
            f'<h1 class="title">{esc(self.headline())}</h1>'
            f'<p class="subtitle">{esc(names)}</p>'
            f'<p class="meta">A policy brief from {len(self.sources)} Chinese news articles published {esc(span)}. '
            f'Latest article: {esc(latest)}. Built by gbabrief from the corpus as it stands; every number '
            'links to the sentence it came from.</p></header>'
        )

    def headline(self) -> str:
        """The brief's title, a claim that holds for the data it is built from."""
        leads = {r: self.top_themes(r, 1) for r in self.regions}
        codes = {t.iloc[0]["code"] for t in leads.values() if len(t)}
        if len(self.regions) == 3 and len(codes) == 3:
            return "Three districts, three bets: how Nanshan, Nansha and Binhaiwan pursue AI"
        if len(self.regions) == 3:
            return "One Bay Area, shared bets: how Nanshan, Nansha and Binhaiwan pursue AI"
        if self.regions:
            missing = [REGION_EN[r] for r in REGIONS if r not in self.regions]
            return (" and ".join(REGION_EN[r] for r in self.regions) + " and AI — no articles on "
                    + " or ".join(missing) + " yet")
        return "Nanshan, Nansha and Binhaiwan: no articles on the three districts yet"

    def toc(self) -> str:
        items = [("findings", "Key findings"), ("context", "Context"), ("method", "Method and data"),
                 *[(f"district-{r}", self.region_label(r)) for r in self.regions],
                 ("comparison", "Side-by-side comparison"), ("implications", "Implications and recommendations"),
                 ("glossary", "Glossary"), ("sources", "Sources"), ("evidence", "Appendix A. Evidence for every figure"),
                 ("versions", "Appendix B. Software versions")]
        lis = "".join(f'<li><a class="toc-link" href="#{a}">{esc(t)}</a></li>' for a, t in items)
        return f'<nav class="toc" id="toc"><h2>Contents</h2><ol>{lis}</ol></nav>'

    def key_findings(self) -> str:
        self.section()
        bullets = []
        if not self.regions:
            return ('<section id="findings"><h2>Key findings</h2><p class="warning"><strong>No article in this '
                    'corpus is about Nanshan, Nansha or Binhaiwan.</strong> The comparison below is empty; add '
                    'articles about the three districts and rebuild.</p></section>')
        # 1. Each district's leading theme.
        firsts = {r: self.top_themes(r, 1) for r in self.regions}
        leads = {r: top.iloc[0] for r, top in firsts.items() if len(top)}
        codes = [row["code"] for row in leads.values()]
        parts = [f"{self.region_label(r)} on {esc(sentence_case(row['label_en']))} "
                 f"({plural(int(row['sentences']), 'coded sentence')} in {plural(int(row['articles']), 'article')})"
                 f"{self.cite(*self.evidence_docs(r, row['code']))}" for r, row in leads.items()]
        shared = [c for c in dict.fromkeys(codes) if codes.count(c) > 1]
        if len(leads) == 1:
            lead = f"Only {next(iter(REGION_EN[r] for r in leads))} can be read here, and on few articles."
        elif not shared:
            lead = "Each district leads with a different theme."
        elif len(set(codes)) == 1:
            lead = f"All the districts lead with the same theme, {esc(sentence_case(leads[next(iter(leads))]['label_en']))}."
        else:
            label = next(row["label_en"] for row in leads.values() if row["code"] == shared[0])
            lead = (f"{codes.count(shared[0])} districts share a leading theme, {esc(sentence_case(label))}; "
                    "the others lead with their own.")
        bullets.append(f"<strong>{lead}</strong> The articles' coverage peaks for " + "; for ".join(parts) + ".")
        # 2. Instrument sides.
        if len(self.sides):
            lowest = {r: self.sides.loc[r].idxmin() for r in self.sides.index}
            highest = {r: self.sides.loc[r].idxmax() for r in self.sides.index}
            if set(lowest.values()) == {"demand"}:
                lead = "Demand-side tools are the least used in every district."
            else:
                lead = "The policy-instrument mix differs by district."
            dem = _share_range(list(self.sides["demand"]))
            env = _share_range(list(self.sides["environment"]))
            sup = _share_range(list(self.sides["supply"]))
            top_side = max(set(highest.values()), key=list(highest.values()).count)
            how_many = sum(v == top_side for v in highest.values())
            where = "every district" if how_many == len(highest) else (
                "most districts" if how_many * 2 > len(highest) else "some districts")
            bullets.append(
                f"<strong>{lead}</strong> Demand-side instruments (procurement, pilots, application scenarios, "
                f"overseas cooperation) account for {dem} of coded instrument sentences, against {env} for "
                f"environment-side tools (planning, finance, regulation, alliances) and {sup} for supply-side "
                f"tools; the {esc(top_side)} side is the largest in {where}"
                f"{self.cite(*[s.doc_id for s in self.sources if s.region])}. "
                + ("This matches what policy-text studies of Chinese AI policy commonly report: environment-side "
                   "tools overused, demand-side tools underused." if set(lowest.values()) == {"demand"}
                   and top_side == "environment" else
                   "Policy-text studies commonly report environment-side overuse; these articles show it only "
                   "in part."))
        # 3. Themes found in one district only.
        only = []
        for code, group in self.themes.groupby("code"):
            present = group[group["sentences"] >= 3]
            absent = group[group["sentences"] == 0]
            if len(present) == 1 and len(absent) == len(group) - 1 and len(group) > 1:
                only.append(present.iloc[0])
        for row in only[:1]:
            bullets.append(
                f"<strong>{esc(row['label_en'])} appears in {esc(REGION_EN[row['region']])} only.</strong> "
                f"{row['sentences']} sentences in the {esc(REGION_EN[row['region']])} articles are coded with it, "
                f"none elsewhere{self.cite(*self.evidence_docs(row['region'], row['code']))}.")
        # 4. Money, like with like: the districts' own figures of the same measure and status.
        money = self.facts[(self.facts["kind"] == "money") & self.facts["scope"].isin(OWN)
                           & self.facts["region"].isin(self.regions)]
        others = self.facts[(self.facts["kind"] == "money") & ~self.facts["scope"].isin(OWN)]
        if len(money):
            groups = money.groupby(["measure", "status"]).agg(districts=("region", "nunique"), n=("value", "size"))
            shared = groups[groups["districts"] >= 2].sort_values(["districts", "n"], ascending=False)
            if len(shared):
                measure, status = shared.index[0]
                rows = money[(money["measure"] == measure) & (money["status"] == status)]
                largest = rows.sort_values("value", ascending=False).drop_duplicates("region")
                parts = [f"{esc(REGION_EN[r.region])} {self.fact_link(r)}" for r in largest.itertuples()]
                lead = (f"Only one kind of sum is stated for more than one district: {esc(MEASURE_TEXT[measure])} "
                        f"({esc(STATUS_TEXT[status])}).")
                body = "The largest each: " + "; ".join(parts) + "."
            else:  # not comparable: each district's largest own figure, with what it measures
                largest = money.sort_values("value", ascending=False).drop_duplicates("region")
                single = money["region"].nunique() == 1
                lead = (f"Only the {REGION_EN[money['region'].iloc[0]]} articles state a sum of the district's own, "
                        "so money cannot be compared." if single else
                        "No two districts state the same kind of sum, so their money cannot be compared.")
                body = ("Its largest: " if single else "Each district's largest own figure: ") + "; ".join(
                    ("" if single else f"{esc(REGION_EN[r.region])}, ") + f"{esc(MEASURE_TEXT[r.measure])} "
                    f"({esc(STATUS_TEXT[r.status])}{', ' + esc(r.year) if r.year else ''}) {self.fact_link(r)}"
                    for r in largest.itertuples()) + "."
            aside = (f" A further {len(others)} sums in these articles belong to cities, partners or firms and are "
                     "not counted as the districts'." if len(others) else "")
            bullets.append(f"<strong>{lead}</strong> {body}{aside} {MONEY_CAVEAT}")
        # 5. Hong Kong and Macao partners.
        hk = {r: self.hk_actors(r) for r in self.regions}
        with_hk = [r for r in self.regions if hk[r]]
        if with_hk:
            lead = ("Hong Kong and Macao institutions appear in every district's articles."
                    if len(with_hk) == len(self.regions) else "Hong Kong and Macao links are uneven.")
            parts = [f"{self.region_label(r)}: {len(hk[r])} ({esc('、'.join(hk[r][:3]))})" for r in with_hk]
            bullets.append(f"<strong>{lead}</strong> Hong Kong or Macao organisations named per district — "
                           + "; ".join(parts) + f"{self.cite(*[d for r in with_hk for d in self.docs_of(r)])}.")
        items = "".join(f"<li>{b}</li>" for b in bullets[:5])
        return f'<section id="findings" class="findings"><h2>Key findings</h2><ul>{items}</ul></section>'

    def metadata_sentence(self) -> str:
        """Where the corpus table's metadata comes from: the manifest, or the pages themselves."""
        from_page = [s for s in self.sources if s.metadata_from == "page"]
        if not from_page:
            return "Every article is listed in the manifest."
        listed = len(self.sources) - len(from_page)
        return (f"{listed} of the {len(self.sources)} articles are listed in it; for the other {len(from_page)}, "
                "district, date, outlet and headline were read from the page itself (its date line, source line, "
                "byline and place names), and a date or outlet the page does not state is left blank rather than "
                "guessed.")

    def method(self) -> str:
        self.section()
        corpus_rows = pd.DataFrame([{
            "Source": f'<a class="ref" href="#src-{s.number}">[{s.number}]</a>',
            "District": esc(self.region_label(s.region)) if s.region else "none of the three",
            "Outlet": esc(s.outlet) if s.outlet else "<em>not stated</em>",
            "Published": esc(s.published or "unknown"), "Title": f'<span lang="zh">{esc(s.short_title())}</span>',
            "Characters": f"{s.chars:,}",
        } for s in self.sources])
        audit = self.audit
        totals = audit.drop(columns=["source", "doc_id"]).sum()
        audit_rows = audit.drop(columns=["doc_id"]).rename(columns={"source": "Source"})
        dates = sorted(d for d in self.corpus["published"].dropna())
        outlets = sorted({s.outlet for s in self.sources if s.outlet})
        no_outlet = sum(1 for s in self.sources if not s.outlet)
        per_region = {r: len(self.docs_of(r)) for r in self.regions}
        partners = self.outside_partner_articles()
        limits = [
            f"<strong>Small sample.</strong> {len(self.sources)} articles "
            + (f"published {esc(dates[0][:4])}–{esc(dates[-1][:4])}" if dates else "")
            + ", " + ", ".join(f"{n} on {esc(REGION_EN[r])}" for r, n in per_region.items())
            + ". One article can move a district's scores, so the findings are indicative, not representative.",
            f"<strong>Different outlets and years.</strong> {len(outlets)} outlets"
            + (f" and {no_outlet} article without a stated outlet" if no_outlet else "")
            + "; the articles span several policy cycles and were not written to be compared.",
        ]
        for dropped, kept in self.duplicates:
            limits.append(f"<strong>A duplicate.</strong> <code>{esc(dropped)}</code> is the same article as "
                          f"<code>{esc(kept)}</code> and is counted once.")
        unplaced = [s for s in self.sources if not s.region]
        if unplaced:
            limits.append(
                "<strong>Articles about none of the three districts.</strong> "
                + ", ".join(f"Source [{s.number}]" for s in unplaced)
                + " names no district often enough to be filed under one; listed as a source, left out of the "
                "comparison.")
        for s, share in partners:
            limits.append(
                f"<strong>A partner from outside the Bay Area.</strong> Source [{s.number}] is filed under "
                f"{esc(REGION_EN.get(s.region, 'no district'))} but {share}% of the places it names are outside "
                "the Bay Area; many of its actors and themes belong to that partner.")
        limits.append("<strong>Keyword coding.</strong> Themes and instruments are coded by keywords "
                      "(<code>lexicon/taxonomy.csv</code>): transparent and repeatable, but blind to negation and "
                      "to wording the lexicon lacks. Every coded sentence is kept for checking.")
        limits.append(f"<strong>Announced figures.</strong> {MONEY_CAVEAT}")
        return (
            '<section id="method"><h2>Method and data</h2>'
            '<p>The corpus is a folder of Chinese news articles with a hand-kept manifest (district, outlet, date, '
            f'title). {self.metadata_sentence()} Each article is decoded whatever its encoding, cleaned of site chrome, pinyin readings and '
            'garbled spans, and converted from Traditional to Simplified characters where needed, with every '
            'edit recorded. Sentences are then coded for themes and for policy instruments in the supply / '
            'environment / demand frame used in Chinese policy-text studies; scores are given per 10,000 '
            'characters with the raw counts. Quantitative facts (money, area, counts, percentages) are read with '
            'their qualifiers (约 about, 余/超 over, 最高 up to) and kept with their sentence. Organisations are found '
            'through a lexicon and name patterns and normalised to one name.</p>'
            + self.table(corpus_rows, "The corpus", table_id="corpus-table", classes="corpus", escape=False,
                         note="Titles are shortened to one line; the sources list gives them whole. An article "
                              "whose page shows no headline is listed by its first sentence.")
            + f'<p>Cleaning made {int(totals.sum()):,} recorded edits: {int(totals["readings"]):,} pinyin readings '
            f'removed, {int(totals["chrome"]):,} lines of site chrome dropped, {int(totals["garble"]):,} garbled '
            f'spans repaired or dropped and {int(totals["convert"]):,} Traditional-to-Simplified conversions.</p>'
            + self.table(audit_rows, "Cleaning audit: recorded edits per article and step")
            + '<h3>Limits</h3><ul class="limits">' + "".join(f"<li>{x}</li>" for x in limits) + "</ul></section>"
        )

    def district(self, region: str) -> str:
        self.section()
        docs = self.docs_of(region)
        top = self.top_themes(region, 3)
        distinct = self.distinctive_themes(region, 2)
        claim_themes = distinct if len(distinct) else top.head(2)
        claim = " as well as ".join(sentence_case(row.label_en) for row in claim_themes.itertuples())
        verb = "stands out on" if len(distinct) else "leans on"  # more than the others, or most of its own
        head = f"{REGION_EN[region]} {verb} {claim}" if claim else f"{REGION_EN[region]}"
        inst = self.instruments[(self.instruments["region"] == region) & (self.instruments["sentences"] > 0)]
        inst = inst.sort_values(["sentences", "code"], ascending=[False, True]).head(3)
        sides = self.sides.loc[region] if region in self.sides.index else None
        theme_text = "; ".join(
            f"{esc(sentence_case(r.label_en))} ({plural(int(r.sentences), 'coded sentence')})"
            f"{self.cite(*self.evidence_docs(region, r.code))}" for r in top.itertuples())
        inst_text = ", ".join(f"{esc(sentence_case(r.label_en))} ({r.sentences})" for r in inst.itertuples())
        if sides is not None:
            lean = max(("supply", "environment", "demand"), key=lambda side: sides[side])
            side_text = (f"Its policy tools lean to the {lean} side ({sides[lean]:.1f}% of instrument sentences; "
                         f"demand side {sides['demand']:.1f}%)")
        else:
            side_text = "No policy instrument is coded in its articles"
        in_region = self.facts[self.facts["region"] == region]
        own = in_region[in_region["scope"].isin(OWN)].head(6)
        other = in_region[~in_region["scope"].isin(OWN)].head(4)
        fact_items = "".join(
            f"<li>{self.fact_link(r)} — {esc(r.label)}: “{esc(_clause(r.sentence, r.surface))}”</li>"
            for r in own.itertuples())
        other_items = "".join(
            f"<li>{self.fact_link(r)} — {esc(r.label)}, <span lang=\"zh\">{esc(r.place)}</span>: "
            f"“{esc(_clause(r.sentence, r.surface))}”</li>" for r in other.itertuples())
        actors = self.mentions[self.mentions["region"] == region]["actor"].value_counts().head(5)
        actor_text = "、".join(esc(a) for a in actors.index)
        terms = self.terms[(self.terms["region"] == region) & ~self.terms["token"].isin(_place_words())].head(6)
        term_text = "、".join(esc(t) for t in terms["token"])
        quote_html = self.quote(region)
        return (
            f'<section id="district-{region}" class="district"><h2>{esc(head)}</h2>'
            f'<p class="district-name">{esc(REGION_LONG[region])} · {esc(self.evidence_strength(region))}'
            f'{self.cite(*docs)}</p>'
            f'<p>Its articles put most weight on {theme_text}. {side_text}'
            + (f", chiefly {inst_text}" if inst_text else "") + ".</p>"
            + quote_html
            + self.policy_list(region)
            + (f'<h3>The district\'s own figures</h3><ul class="facts">{fact_items}</ul>' if fact_items else "")
            + (f'<h3>Figures of its city, partners and firms (not the district\'s)</h3><ul class="facts">'
               f'{other_items}</ul>' if other_items else "")
            + f'<p>Most-mentioned organisations: <span lang="zh">{actor_text or "none found"}</span>. '
            f'Distinctive terms (weighted log-odds against the other districts, place names left out): '
            f'<span lang="zh">{term_text or "none"}</span>.</p></section>'
        )

    def district_table(self) -> pd.DataFrame:
        """districts[district, articles, coded_sentences, first_year, last_year, policies, own_figures]."""
        rows = []
        for region in self.regions:
            docs = self.docs_of(region)
            years = sorted({s.published[:4] for s in self.sources if s.doc_id in docs and s.published})
            rows.append({"district": region, "articles": len(docs),
                         "coded_sentences": int((self.evidence["region"] == region).sum()),
                         "first_year": years[0] if years else "", "last_year": years[-1] if years else "",
                         "policies": int((self.policies["region"] == region).sum()),
                         "own_figures": int(((self.facts["region"] == region) & self.facts["scope"].isin(OWN)).sum())})
        return pd.DataFrame(rows, columns=["district", "articles", "coded_sentences", "first_year", "last_year",
                                           "policies", "own_figures"])

    def evidence_strength(self, region: str) -> str:
        """How much the district's claims rest on: articles, coded sentences, the years they span."""
        row = self.districts.set_index("district").loc[region]
        first, last = row["first_year"], row["last_year"]
        span = (f", published {first}" + (f"–{last}" if last != first else "")) if first else ""
        caution = "; one article: read it as that article's account" if row["articles"] == 1 else ""
        return (f"based on {plural(int(row['articles']), 'article')}{span} and "
                f"{plural(int(row['coded_sentences']), 'coded sentence')}{caution}")

    def quote(self, region: str) -> str:
        """The sentence that carries the most of a district's strategy: the most categories coded in it,
        a figure or a named policy; with its English gist beside it."""
        ev = self.evidence[self.evidence["region"] == region]
        if ev.empty:
            return ""
        policy_sentences = set(self.policies["sentence"])
        best = None
        for (doc, sent_id), group in ev.groupby(["doc_id", "sent_id"], sort=True):
            sentence = group.iloc[0]["sentence"]
            if len(sentence) < 25:
                continue  # a heading or a fragment
            facts = self.facts[(self.facts["doc_id"] == doc) & self.facts["sentence"].eq(sentence)]
            score = (group["code"].nunique() + 2 * (len(facts) > 0) + 2 * (sentence in policy_sentences)
                     + min(len(sentence), 120) / 120)
            if best is None or score > best[0]:
                best = (score, doc, sentence, facts)
        if best is None:
            return ""
        _, doc, sentence, facts = best
        names = [f"a {POLICY_TYPE[t]} document" for t in
                 self.policies[self.policies["sentence"] == sentence]["type"]]
        original = self.by_doc.loc[doc, "text_orig"] if doc in self.by_doc.index else ""
        shown = _orig_sentence(sentence, self.by_doc.loc[doc, "text"], original) if original else sentence
        return (f'<blockquote><p lang="zh">{esc(shown)}{self.cite(doc)}</p>'
                f'<p class="gist"><em>Gist (built from what was extracted, not a translation):</em> '
                f'{esc(gist(sentence, facts, names))}</p></blockquote>')

    def policy_list(self, region: str) -> str:
        """The named policies and programmes of a district's articles, with level, date and instruments."""
        rows = self.policies[self.policies["region"] == region]
        if rows.empty:
            return ""
        labels = dict(zip(self.instruments["code"], self.instruments["label_en"]))
        items = "".join(
            f'<li><span lang="zh">{esc(r.name)}</span> — {esc(POLICY_TYPE[r.type])}'
            + (f", {esc(r.level)} level" if r.level else "")
            + (f", issued by <span lang=\"zh\">{esc(r.issuer)}</span>" if r.issuer else "")
            + (f", {esc(r.date)}" if r.date else "")
            + (f"; instruments nearby: {esc(', '.join(labels.get(c, c) for c in r.instruments.split('|')))}"
               if r.instruments else "")
            + (f'; sums: <span lang="zh">{esc(r.funds)}</span>' if r.funds else "")
            + f"{self.cite(r.doc_id)}</li>" for r in rows.itertuples())
        return f'<h3>Named policies and programmes</h3><ul class="policies">{items}</ul>'

    def policy_row(self) -> dict[str, str]:
        """The comparison row: named policies by type, per district."""
        row = {"": "Policies", "Category": "Named in the articles"}
        for r in self.regions:
            sub = self.policies[self.policies["region"] == r]
            counts = sub["type"].value_counts()
            row[REGION_EN[r]] = ", ".join(f"{n} {POLICY_TYPE[t]}" for t, n in counts.items()) or "–"
        return row

    def figures_section(self) -> str:
        """The comparison figures, numbered in order of appearance."""
        if not self.regions:
            return ""
        all_docs = [s.doc_id for s in self.sources if s.region]
        out = [self.figure(plots.heatmap(self.themes, title="AI and innovation themes by district"),
                           "themes_heatmap", "Theme intensity by district: coded sentences per 10,000 characters, "
                           "raw counts in brackets", all_docs)]
        out.append(self.figure(plots.instrument_mix(self.instruments, title="Policy-instrument mix by district"),
                               "instrument_mix", "Share of coded instrument sentences on the supply, environment "
                               "and demand sides", all_docs))
        return "".join(out)

    def comparison(self) -> str:
        self.section()
        if not self.regions:
            return '<section id="comparison"><h2>Side-by-side comparison</h2><p>No district to compare.</p></section>'
        matrix = []
        for scheme, frame in (("Theme", self.themes), ("Instrument", self.instruments)):
            for code, group in frame.groupby("code", sort=False):
                row = {"": scheme, "Category": f"{group.iloc[0]['label_en']} {group.iloc[0]['label_zh']}"}
                if scheme == "Instrument":
                    row["Category"] += f" ({group.iloc[0]['side']})"
                for r in self.regions:
                    g = group[group["region"] == r].iloc[0]
                    row[REGION_EN[r]] = f"{format_value(g['per_10k_chars'])} (n={g['sentences']})" if g[
                        "sentences"] else "–"
                matrix.append(row)
        matrix = pd.DataFrame(matrix)
        policy_rows = pd.DataFrame([self.policy_row()]).drop(columns=[""])
        key = self.facts[self.facts["kind"].isin(["money", "area", "count", "percent", "multiple", "ratio"])]
        key = key.assign(own=~key["scope"].isin(OWN)).sort_values(["own", "region", "kind", "measure", "status"],
                                                                   kind="stable")
        # One row a figure: the same value an article repeats in other words (11个重大项目, 11个) is shown once.
        key = key.drop_duplicates(["doc_id", "kind", "value", "unit", "scope", "status"])
        key_rows = pd.DataFrame([{
            "District": esc(REGION_EN.get(r.region, "–")), "Figure": self.fact_link(r),
            "What": esc(r.label), "Whose": f'{esc(SCOPE_TEXT[r.scope])} <span lang="zh">{esc(r.place)}</span>',
            "Year": esc(r.year or "–"),
            "As stated": f'<span lang="zh">{esc(r.surface_orig)}</span>',
        } for r in key.itertuples()])
        figures = self.figures_section()
        key = key[key["scope"].isin(OWN)]  # the chart compares the districts' own figures only
        cards = key[key["kind"] != "count"].groupby("region", sort=False).head(4)
        cards = pd.concat([cards, key[key["kind"] == "count"]]).groupby("region", sort=False).head(4)
        key_fig = plots.key_figures(
            pd.DataFrame({"region": cards["region"], "value_text": cards["value_text"],
                          "label": list(cards["label"]),
                          "qualifier": cards["qualifier"],
                          "source": [f"[{self.source_of[d].number}]" for d in cards["doc_id"]]}),
            title="Key figures stated in the articles")
        key_html = self.figure(key_fig, "key_figures", "Key figures per district: the districts' own figures only (their "
                               "zones and sites included), with their qualifiers (≈ about, > over, ≤ up to); at most "
                               "four per district, money and area first. All are listed in "
                               f"Table {self.table_count + (3 if len(self.policies) else 2)} and Appendix A",
                               list(cards["doc_id"].unique()),
                               note=MONEY_CAVEAT)
        actor_html = self.figure(plots.actor_bars(self.mentions, title="Most-mentioned organisations"),
                                 "actors", "Organisations most often named per district, by type",
                                 list(self.mentions["doc_id"].unique())) if len(self.mentions) else ""
        events = self.dated_events
        timeline_html = ""
        if len(events):
            timeline_html = self.figure(plots.timeline(events, title="Dated events in the articles"), "timeline",
                                        "Dated events named in the articles, by district; the numbers are "
                                        "listed below", list(events["doc_id"].unique()))
            timeline_html += '<ol class="events">' + "".join(
                f'<li value="{r.number}">{esc(r.date)} · {esc(REGION_EN[r.region])}: <span lang="zh">'
                f'{esc(r.label)}</span>{self.cite(r.doc_id)}</li>' for r in events.itertuples()) + "</ol>"
        terms = self.terms[~self.terms["token"].isin(_place_words())]
        terms_html = self.figure(plots.distinctive_terms(terms, title="Distinctive terms per district", top=8),
                                 "distinctive_terms", "Terms that set each district apart (weighted log-odds with "
                                 "an informative Dirichlet prior; place names left out)",
                                 [s.doc_id for s in self.sources if s.region])
        return (
            '<section id="comparison"><h2>Side-by-side comparison</h2>'
            '<p>The matrix gives, for every theme and instrument, coded sentences per 10,000 characters and the raw '
            'count. Read small counts as presence, not weight.</p>'
            + figures
            + self.table(matrix, "Themes and instruments by district: per 10,000 characters (raw count)",
                         classes="matrix")
            + (self.table(policy_rows, "Named policies and programmes in the articles, by type")
               if len(self.policies) else "")
            + key_html
            + self.table(key_rows, "Quantitative facts by district: what each measures, whose it is and for "
                         "which year; the districts' own figures first", escape=False, classes="facts-table", note=esc(MONEY_CAVEAT))
            + actor_html + timeline_html + terms_html + "</section>"
        )

    def _events(self) -> pd.DataFrame:
        """Dated events named in the articles: full dates, or month and day with the article's year."""
        rows = []
        for s in self.sources:
            if not s.region:
                continue
            text = self.by_doc.loc[s.doc_id, "text"]
            year = int(s.published[:4]) if s.published else None
            month_pub = int(s.published[5:7]) if s.published else None
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

    def implications(self) -> str:
        self.section()
        recs = []
        if len(self.sides) and (self.sides.idxmin(axis=1) == "demand").all():
            recs.append("<strong>Look for the demand side.</strong> Procurement, pilots and open application "
                        "scenarios are where the three districts' announcements are thinnest. Track whether "
                        "scenario lists and procurement programmes follow the funds and alliances.")
        military = self.themes[(self.themes["code"] == "military_civil") & (self.themes["sentences"] > 0)]
        if len(military) == 1:
            recs.append(f"<strong>Watch {esc(REGION_EN[military.iloc[0]['region']])}'s dual-use channel.</strong> "
                        "Military–civil fusion appears in one district only; partnerships there carry export-"
                        "control and due-diligence questions that the others' do not.")
        if len(self.facts[self.facts["kind"] == "money"]):
            recs.append("<strong>Compare money with care.</strong> " + MONEY_CAVEAT + " Quote each amount with its "
                        "qualifier and date, as this brief does.")
        if self.outside_partner_articles():
            recs.append("<strong>Separate partners from hosts.</strong> Some articles are mostly about partners "
                        "from outside the Bay Area; their actors should not be read as the district's own.")
        recs.append(f"<strong>Grow the corpus before drawing firm conclusions.</strong> With {len(self.sources)} "
                    "articles, one article can decide a district's profile. Drop new articles into the corpus "
                    "folder and rebuild: every table and figure here is recomputed.")
        return ('<section id="implications"><h2>Implications and recommendations</h2><ul>'
                + "".join(f"<li>{r}</li>" for r in recs) + "</ul></section>")

    def glossary(self, n: int = 30) -> str:
        self.section()
        text = "\n".join(self.corpus["text"])
        rows = []
        seen = set()
        for name in ("terms.csv", "organisations.csv", "places.csv"):
            for e in entries(name):
                count = sum(text.count(f) for f in e.forms)
                if count and e.term not in seen and re.search("[\u4e00-\u9fff]", e.term) and e.gloss:
                    seen.add(e.term)
                    rows.append((count, e.term, e.gloss, name))
        rows.sort(key=lambda r: (-r[0], r[1]))
        table = pd.DataFrame([{"中文": t, "Pinyin": word_pinyin(t, proper=name != "terms.csv"),
                               "English": g} for _, t, g, name in rows[:n]])
        table = table.sort_values("Pinyin", key=lambda c: c.str.lower())
        return ('<section id="glossary"><h2>Glossary</h2><p>The Chinese terms used most in the articles, with '
                'pinyin and the English rendering used in this brief.</p>'
                + self.table(table, "Glossary of Chinese terms", classes="glossary") + "</section>")

    def sources_section(self) -> str:
        self.section()
        items = []
        for s in self.sources:
            outlet = esc(s.outlet) if s.outlet else "<em>outlet not stated</em>"
            url = f' <a href="{esc(s.url)}">{esc(s.url)}</a>' if s.url.startswith(("http://", "https://")) else ""
            items.append(f'<li id="src-{s.number}"><span class="ref">[{s.number}]</span> {outlet}, '
                         f'{esc(s.published or "date unknown")}. <span lang="zh">{esc(s.headline)}</span>. '
                         f'File <code>{esc(s.file)}</code>.{url}</li>')
        return f'<section id="sources"><h2>Sources</h2><ol class="sources">{"".join(items)}</ol></section>'

    def evidence_appendix(self) -> str:
        self.section()
        items = []
        for r in self.facts.itertuples():
            s = self.source_of[r.doc_id]
            sentence = esc(r.sentence_orig)
            surface = esc(r.surface_orig)
            sentence = sentence.replace(surface, f"<mark>{surface}</mark>", 1) if surface else sentence
            names, terms = glosses(r.sentence)
            about = "; ".join(names + terms[:3])
            items.append(f'<li id="{r.fact_id}"><span class="ref">{r.fact_id}</span> <strong>{esc(r.value_text)}'
                         f'</strong> ({esc(r.label)}; {esc(SCOPE_TEXT[r.scope])} <span lang="zh">{esc(r.place)}</span>)'
                         f' — <span lang="zh">{sentence}</span>'
                         + (f' <span class="gist">(gist: {esc(about)})</span>' if about else "") + ' '
                         f'<a class="cite ref" href="#src-{s.number}">[{s.number}]</a></li>')
        return ('<section id="evidence" class="appendix"><h2>Appendix A. Evidence for every figure</h2>'
                '<p>Each quantitative fact with the sentence it came from, quoted in the article\'s own script; '
                'the figure as stated is highlighted.</p><ol class="evidence">' + "".join(items) + "</ol></section>")

    def version_table(self) -> pd.DataFrame:
        """Every installed Python package with its version, and the CJK font."""
        seen = {}
        for dist in importlib.metadata.distributions():
            name = dist.metadata["Name"]
            if name and name.lower() not in seen:
                seen[name.lower()] = (name, dist.version)
        rows = [{"Package": n, "Version": v} for n, v in sorted(seen.values(), key=lambda nv: nv[0].lower())]
        rows.append({"Package": "CJK font", "Version": self.family})
        return pd.DataFrame(rows)

    def versions(self) -> str:
        self.section()
        table = self.version_table()
        key = table[table["Package"].str.lower().isin(PACKAGES) | (table["Package"] == "CJK font")]
        items = "".join(f"<li>{esc(r.Package)} {esc(r.Version)}</li>" for r in table.itertuples())
        return ('<section id="versions" class="appendix"><h2>Appendix B. Software versions</h2>'
                + self.table(key, "The main software used to build this brief")
                + '<p>Every Python package installed when the brief was built:</p>'
                + f'<ul class="versions">{items}</ul></section>')


def word_pinyin(term: str, *, proper: bool = False) -> str:
    """Pinyin by word, as in the CSET glossary: 滨海湾新区 -> Bīnhǎiwān Xīnqū (proper nouns capitalised)."""
    from .segment import segment_text

    words = []
    for word in segment_text(term):
        if not re.search("[\u4e00-\u9fff]", word):
            words.append(word)
            continue
        syllables = "".join(lazy_pinyin(word, style=Style.TONE))
        words.append(syllables[:1].upper() + syllables[1:] if proper else syllables)
    return " ".join(words)


PROPER_WORDS = ("Hong", "Macao", "Shenzhen", "Guangzhou", "Dongguan", "China", "Chinese", "Greater", "Bay",
                "Guangdong", "Nanshan", "Nansha", "Binhaiwan")


def plural(n: int, word: str) -> str:
    """1 article, 2 articles."""
    return f"{n} {word}" + ("" if n == 1 else "s")


def sentence_case(label: str) -> str:
    """'Core AI technology and models' -> 'core AI technology and models' (acronyms and names kept)."""
    first, _, rest = label.partition(" ")
    if sum(c.isupper() for c in first) >= 2 or first.split("–")[0] in PROPER_WORDS:
        return label
    return (first[:1].lower() + first[1:] + (" " + rest if rest else ""))


def fact_label(r) -> str:
    """What a fact measures and whether it is a target: 'investment (target)', 'enterprises'."""
    what = MEASURE_TEXT.get(r.measure, "money") if r.kind == "money" else _what(r.kind, r.unit)
    status = "" if r.status == "actual" else f" ({STATUS_TEXT[r.status]})"
    year = f", {r.year}" if r.year else ""
    return f"{what}{status}{year}"


def _what(kind: str, unit: str) -> str:
    """What a fact measures, in words: 'money (CNY)', 'enterprises', 'land area'."""
    if kind in ("money", "area", "length", "percent"):
        return {"money": f"money ({unit})", "area": "area", "length": "length", "percent": "percentage"}[kind]
    return unit.replace("_per_", " per ").replace("times_", "× ").replace("_", " ").replace("10k", "10,000")


def _with_total(audit: pd.DataFrame) -> pd.DataFrame:
    """The audit summary with a total row, and the total of all edits, as the brief states them."""
    steps = audit.drop(columns=["source", "doc_id"])
    total = {"source": "total", "doc_id": "", **steps.sum().to_dict()}
    out = pd.concat([audit, pd.DataFrame([total])], ignore_index=True)
    out["all_steps"] = out.drop(columns=["source", "doc_id"]).sum(axis=1)
    return out


def _text(value: object) -> str:
    """A metadata cell as text: missing (None, NaN) becomes ''."""
    return "" if value is None or (isinstance(value, float) and value != value) else str(value)


def _clause(sentence: str, surface: str) -> str:
    """The clause of ``sentence`` that holds ``surface`` (for a short quote)."""
    for clause in re.split(r"[，。；,;]", sentence):
        if surface and surface in clause:
            return clause.strip()
    return sentence[:40]


def _place_words() -> set[str]:
    return {f for e in entries("places.csv") for f in e.forms}
