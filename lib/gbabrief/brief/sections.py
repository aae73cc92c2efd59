"""The brief's model: one small pure function per section, from the ``Analysis`` to that section's data.

Each function takes the analysis (data frames and dataclasses) and returns a dataclass of plain values
(strings, numbers, lists, doc ids to cite, facts to link); ``render.py`` turns it into HTML through the
section's template in ``templates/brief/sections/``. No HTML and no prose here: the words are in the
templates, the numbers in the data, and each section can be built and rendered on its own.

A claim carries the articles it rests on (``doc_ids``) and the count of articles it states
(``articles``); ``tests/test_brief_sections.py`` checks that no finding states more than it rests on.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

import pandas as pd

from ..facts import format_value
from ..gist import event_gist, gist, glosses
from ..lexicon import entries
from ..manifest import REGIONS
from ..periods import MIN_ARTICLES as PERIOD_MIN
from ..periods import article_counts, comparable, period_shares, plan_of, shifts
from ..themes import taxonomy
from .model import Analysis, Source
from .table import outlet_table
from .words import (MEASURE_TEXT, OWN, POLICY_TYPE, REGION_EN, SCOPE_TEXT, STATUS_TEXT, clause_of, percent_what,
                    period_text, place_words, sentence_case, share_range, sums_of, when, word_pinyin)

PACKAGES = ("gbabrief", "pandas", "matplotlib", "jieba", "opencc", "pypinyin", "charset-normalizer", "nbconvert",
            "papermill", "weasyprint")
FACT_KINDS = ("money", "area", "count", "percent", "multiple", "ratio")
MIN_ONLY = 3  # coded sentences a theme needs in one district to be called that district's alone
QUOTE_MIN = 25  # characters: a shorter coded sentence is a heading or a fragment, not a quote


# ---------------------------------------------------------------------- shared parts
@dataclass(frozen=True)
class FactRef:
    """A fact as the brief shows it, linked to its evidence entry (``fact_id``) and its source."""

    fact_id: str
    value_text: str
    label: str
    doc_id: str
    region: str = ""
    scope: str = "district"
    place: str = ""
    clause: str = ""
    surface: str = ""
    year: str = ""
    measure: str = ""
    status: str = "actual"
    cues: str = ""
    period: str = ""  # the part of the year a flow covers (上半年), '' for a whole year or none named

    @property
    def when(self) -> str:
        """'2024', 'first half of 2024', or 'year not stated'."""
        return when(self.year, self.period)

    @property
    def whose(self) -> str:
        return SCOPE_TEXT.get(self.scope, self.scope)

    @property
    def what(self) -> str:
        """The label without its year, where the sentence or the table names the year itself."""
        return re.sub(r", (?:\d{4}|year not stated)$", "", self.label)

    @classmethod
    def of(cls, r) -> "FactRef":
        return cls(r.fact_id, r.value_text, r.label, r.doc_id, r.region or "", r.scope, r.place or "",
                   clause_of(r.sentence, r.surface, short=True), r.surface_orig, str(r.year or ""), r.measure or "", r.status or "",
                   getattr(r, "cues", "") or "", getattr(r, "period", "") or "")


@dataclass(frozen=True)
class Theme:
    """A theme or instrument of one district: its label, coded sentences and the articles that carry them."""

    code: str
    label: str
    sentences: int
    doc_ids: tuple[str, ...]

    @property
    def articles(self) -> int:
        return len(self.doc_ids)


@dataclass(frozen=True)
class FigureSpec:
    """A figure to draw: ``plot`` names a function of ``gbabrief.plots`` called with ``data`` and ``title``."""

    name: str
    plot: str
    data: object
    title: str
    caption: str
    doc_ids: tuple[str, ...] = ()
    note: str = ""
    options: dict = field(default_factory=dict)
    # a supplementary figure: on screen only, numbered S1, S2 …, where print gives the same in words or a
    # table (the organisations each district names, its distinctive terms)
    screen_only: bool = False


def _theme(a: Analysis, region: str, row) -> Theme:
    return Theme(row.code, sentence_case(row.label_en), int(row.sentences), tuple(a.code_articles(region, row.code)))


# ---------------------------------------------------------------------- title page and contents
@dataclass
class TitlePage:
    districts: list[str]  # the three, always: the brief is about them whether or not the corpus is
    articles: int
    first_year: str
    last_year: str
    latest: str
    covered: list[str]  # the districts the corpus has articles on
    missing: list[str]
    leads_differ: bool
    undated: int = 0  # articles whose date no page states
    pages: int = 0  # the pages that hold the articles (reposts grouped into stories)


def title_page(a: Analysis) -> TitlePage:
    dates = sorted(s.published for s in a.sources if s.published)
    leads = {r: a.top_themes(r, 1) for r in a.regions}
    codes = {t.iloc[0]["code"] for t in leads.values() if len(t)}
    return TitlePage(
        districts=list(REGIONS), articles=len(a.sources),
        first_year=dates[0][:4] if dates else "", last_year=dates[-1][:4] if dates else "",
        latest=dates[-1] if dates else "", covered=list(a.regions),
        missing=[r for r in REGIONS if r not in a.regions], leads_differ=len(codes) == len(a.regions) > 1,
        undated=sum(not s.published for s in a.sources),
        pages=a.page_count)


@dataclass
class Contents:
    districts: list[str]


def contents(a: Analysis) -> Contents:
    return Contents(list(a.regions))


# ---------------------------------------------------------------------- key findings
@dataclass
class Lead:
    region: str
    theme: Theme


@dataclass
class ThemeLeads:
    """Each district's leading theme, and whether the districts share one."""

    leads: list[Lead]
    pattern: str  # "one" district only, all "different", all the "same", or some "shared"
    shared: str = ""  # the shared theme's label
    shared_by: int = 0
    kind: str = "themes"

    @property
    def doc_ids(self) -> list[str]:
        return sorted({d for lead in self.leads for d in lead.theme.doc_ids})

    @property
    def claims(self) -> list[tuple[int, tuple[str, ...]]]:
        """(articles stated, articles it rests on) for every count this finding states."""
        return [(lead.theme.articles, lead.theme.doc_ids) for lead in self.leads]


@dataclass
class InstrumentMix:
    demand: str
    environment: str
    supply: str
    top_side: str
    where: str  # "every district", "most districts", "some districts"
    demand_least_everywhere: bool
    doc_ids: list[str]
    kind: str = "instruments"

    @property
    def claims(self) -> list[tuple[int, tuple[str, ...]]]:
        return []  # shares of coded sentences, no count of articles


@dataclass
class OnlyTheme:
    region: str
    theme: Theme
    kind: str = "only"

    @property
    def doc_ids(self) -> list[str]:
        return list(self.theme.doc_ids)

    @property
    def claims(self) -> list[tuple[int, tuple[str, ...]]]:
        return [(self.theme.articles, self.theme.doc_ids)]


@dataclass
class MoneyFinding:
    mode: str  # "shared": one measure and status stated for several districts; "single": one district; "apart"
    figures: list[FactRef]
    measure: str = ""
    status: str = ""
    others: int = 0  # sums of cities, partners and firms, not counted as the districts'
    also: list[tuple[str, str, list[str]]] = field(default_factory=list)  # shared: the other kinds stated
    # for two or more districts, (measure, status, districts)
    # "years": a kind stated for several districts, but not for years close enough to compare; why, in words
    why: str = ""
    kind: str = "money"

    @property
    def doc_ids(self) -> list[str]:
        return sorted({f.doc_id for f in self.figures})

    @property
    def claims(self) -> list[tuple[int, tuple[str, ...]]]:
        return []


@dataclass
class PartnerCount:
    region: str
    names: list[str]
    doc_ids: tuple[str, ...]


@dataclass
class PartnersFinding:
    districts: list[PartnerCount]
    everywhere: bool
    kind: str = "partners"

    @property
    def doc_ids(self) -> list[str]:
        return sorted({d for p in self.districts for d in p.doc_ids})

    @property
    def claims(self) -> list[tuple[int, tuple[str, ...]]]:
        return [(len(p.doc_ids), p.doc_ids) for p in self.districts]


@dataclass
class Findings:
    items: list  # of the finding dataclasses above, at most five
    covered: list[str]
    articles: dict[str, int]  # articles per district


def findings(a: Analysis) -> Findings:
    items: list = []
    per_region = {r: len(a.docs_of(r)) for r in a.regions}
    if not a.regions:
        return Findings([], [], {})
    # 1. Each district's leading theme.
    leads = [Lead(r, _theme(a, r, top.iloc[0])) for r in a.regions if len(top := a.top_themes(r, 1))]
    if leads:
        codes = [lead.theme.code for lead in leads]
        shared = [c for c in dict.fromkeys(codes) if codes.count(c) > 1]
        pattern = ("one" if len(leads) == 1 else "different" if not shared
                   else "same" if len(set(codes)) == 1 else "shared")
        label = next((lead.theme.label for lead in leads if shared and lead.theme.code == shared[0]), "")
        items.append(ThemeLeads(leads, pattern, label, codes.count(shared[0]) if shared else 0))
    # 2. The instrument mix.
    if len(a.sides):
        lowest = a.sides.idxmin(axis=1)
        highest = list(a.sides.idxmax(axis=1))
        top_side = max(set(highest), key=highest.count)
        how_many = highest.count(top_side)
        where = ("every district" if how_many == len(highest) else
                 "most districts" if how_many * 2 > len(highest) else "some districts")
        items.append(InstrumentMix(share_range(list(a.sides["demand"])), share_range(list(a.sides["environment"])),
                                   share_range(list(a.sides["supply"])), top_side, where,
                                   bool((lowest == "demand").all()),
                                   sorted(set(a.evidence[a.evidence["scheme"] == "instrument"]["doc_id"]))))
    # 3. A theme found in one district only.
    for code, group in a.themes.groupby("code"):
        present = group[group["sentences"] >= MIN_ONLY]
        absent = group[group["sentences"] == 0]
        if len(group) > 1 and len(present) == 1 and len(absent) == len(group) - 1:
            row = present.iloc[0]
            items.append(OnlyTheme(row["region"], _theme(a, row["region"], row)))
            break
    # 4. Money, like with like: the districts' own figures (the whole district's, not a zone's) of the same
    # measure and status, for the same or adjacent years.
    money = a.own_facts()
    money = money[(money["kind"] == "money") & money["region"].isin(a.regions) & (money["status"] != "")
                  & ~money["measure"].isin(["price", "other"]) & ~money["change"]]
    money = money.assign(measure=sums_of(money))  # value added is not set beside output
    whole = money[money["scope"] == "district"]
    others = int(((a.facts["kind"] == "money") & ~a.facts["scope"].isin(OWN)).sum())
    if len(money):
        kinds = [(key, like_with_like(rows)) for key, rows in whole.groupby(["measure", "status"])]
        shared = sorted(((key, rows) for key, rows in kinds if rows["region"].nunique() >= 2),
                        key=lambda kr: (-kr[1]["region"].nunique(), -len(whole[(whole["measure"] == kr[0][0])
                                                                            & (whole["status"] == kr[0][1])])))
        stated = [(key, rows) for key, rows in whole.groupby(["measure", "status"]) if rows["region"].nunique() >= 2]
        if shared:
            (measure, status), rows = shared[0]
            also = [(MEASURE_TEXT[m], STATUS_TEXT[st], [r for r in a.regions if r in set(more["region"])])
                    for (m, st), more in shared[1:]]  # the other kinds two or more districts state comparably
            items.append(MoneyFinding("shared", [FactRef.of(r) for r in rows.itertuples()],
                                      MEASURE_TEXT[measure], STATUS_TEXT[status], others, also))
        elif stated:
            (measure, status), rows = stated[0]
            years = sorted({str(y) for y in rows["year"] if str(y or "")})
            parts = sorted({period_text(p) or "a whole year" for p in rows.get("period", pd.Series([""])).fillna("")})
            why = (f"they cover different parts of a year ({', '.join(parts)})" if len(parts) > 1
                   else f"the years differ ({', '.join(years)})" if len(years) > 1 and all(str(y or "") for y in rows["year"])
                   else "not every figure's year is stated")
            picked = rows.sort_values("year", ascending=False, key=lambda y: y.astype(str)).drop_duplicates("region")
            items.append(MoneyFinding("years", [FactRef.of(r) for r in picked.itertuples()], MEASURE_TEXT[measure],
                                      STATUS_TEXT[status], others, why=why))
        else:
            # Each district's leading sum as its key figures rank it: an achievement before a target, GDP,
            # output and investment first, the latest year (the largest was often a far-off target)
            leading = pd.concat([ranked_own(group).head(1) for _, group in money.groupby("region", sort=False)])
            mode = "single" if money["region"].nunique() == 1 else "apart"
            items.append(MoneyFinding(mode, [FactRef.of(r) for r in leading.itertuples()], others=others))
    # 5. Hong Kong and Macao partners.
    counts = []
    for r in a.regions:
        hk = a.hk_actors(r)
        if len(hk):
            counts.append(PartnerCount(r, sorted(set(hk["actor"])), tuple(sorted(set(hk["doc_id"])))))
    if counts:
        items.append(PartnersFinding(counts, len(counts) == len(a.regions)))
    return Findings(items[:5], list(a.regions), per_region)


YEARS_APART = 1  # figures more than a year apart are not compared


def like_with_like(rows: pd.DataFrame) -> pd.DataFrame:
    """Of one measure and status, one figure a district for the same part of the same or adjacent stated
    years (a half year's GDP is not set beside a whole year's): of the parts of the year the figures cover,
    the one the most districts state, the whole year of equals; then the year that the most districts state a
    figure near, the latest of equals; each district's figure nearest it, the largest of equals. Empty where
    fewer than two districts state one near a common year for a common part of it."""
    if "period" not in rows.columns:
        return _near_years(rows)
    best = None
    for period, group in rows.groupby(rows["period"].fillna(""), sort=False):
        picked = _near_years(group)
        key = (picked["region"].nunique(), period == "")
        if best is None or key > best[0]:
            best = (key, picked)
    return best[1] if best else rows.iloc[0:0]


def _near_years(rows: pd.DataFrame) -> pd.DataFrame:
    dated = rows[rows["year"].astype(str).str.fullmatch(r"\d{4}")].copy()
    if dated.empty:
        return dated
    dated["y"] = dated["year"].astype(int)
    best = None
    for anchor in sorted(set(dated["y"]), reverse=True):
        near = dated[(dated["y"] - anchor).abs() <= YEARS_APART]
        if best is None or near["region"].nunique() > best[1]["region"].nunique():
            best = (anchor, near)
    anchor, near = best
    near = near.assign(gap=(near["y"] - anchor).abs())
    picked = near.sort_values(["gap", "value"], ascending=[True, False]).drop_duplicates("region")
    return picked.drop(columns=["y", "gap"]) if picked["region"].nunique() >= 2 else picked.iloc[0:0]


# What a reader calls a district's key figures, best first: its economy's size and the money put into
# it, then counts of firms, projects and people, then shares; areas only of the district or a zone.
MONEY_RANK = {"gdp": 0, "output": 1, "investment": 2, "value_added": 2.5, "fund": 3, "financing": 4, "subsidy": 5}
COUNTED_FIRST = ("enterprises", "listed_companies", "projects", "people", "market_entities", "organisations",
                 "institutions", "universities", "research_institutes", "platforms", "teams")
# Other things a reader counts as capacity; anything else (三大板块, 5个终端产品, 两大区域) is a strategy's
# enumeration, not a key figure
COUNTED_THEN = ("students", "jobs", "labs", "innovation_carriers", "patents", "invention_patents", "base_stations",
                "centres", "parks", "agreements", "funds")
FLOOR_AREA = re.compile(r"建筑面积|楼|大厦|栋|层")
# People at an event (活动汇聚…400余人, 论坛吸引…500人参加): a day's attendance, not a district's talent
AT_EVENT = re.compile(r"(?:活动|会议|论坛|大会|峰会|展会|博览会|发布会|仪式|现场|比赛|大赛|直播)[^。；]{0,24}"
                      r"(?:汇聚|吸引|参加|参与|出席|到场|观看|聚集)")


def key_rank(r) -> tuple | None:
    """Where a fact stands among its district's key figures (lower first), or None when it is not one:
    not the district's own, a sum under CNY 10,000 (a price is not a key figure), a building's floor
    area or a site's, a change (增量), a percentage whose clause does not say what it is of, or a figure
    whose status the text does not state."""
    if r.scope not in OWN or not r.status or getattr(r, "change", False):
        return None  # a change (增量) is not a level
    year = -int(r.year) if str(r.year or "").isdigit() else 0  # the most recent year first
    actual = 0 if r.status == "actual" else 1
    if r.kind == "money":
        if r.value < 10_000 or r.measure in ("price", "other"):
            return None
        measure = getattr(r, "sum_of", None) or r.measure
        # of equals, the whole district's before a zone's, and the largest sum (the whole economy's, not
        # its first sector's)
        return (actual, MONEY_RANK.get(measure, len(MONEY_RANK)), year, r.scope != "district", -r.value)
    if r.kind == "count":
        counted = COUNTED_FIRST + COUNTED_THEN
        if r.unit in ("people", "visits") and AT_EVENT.search(clause_of(r.sentence, r.surface)):
            return None
        return (actual, 10 + counted.index(r.unit), year) if r.unit in counted else None
    if r.kind == "area":
        whole = r.scope == "district" or (r.scope == "subarea" and r.place in place_words())
        if not whole or FLOOR_AREA.search(clause_of(r.sentence, r.surface)):
            return None
        return (actual, 30, year)
    if r.kind == "percent" and r.unit == "percent" and percent_what(r) == "percentage":
        return None  # 这一数据为16.1%: the clause does not say what it is a rate or a share of
    if r.kind in ("percent", "multiple"):
        return (actual, 40, year)
    return None


KEY_ONCE = ["region", "kind", "sum_of", "unit", "status"]  # one key figure of each a district (value added is not GDP)


def _with_sum_of(facts: pd.DataFrame) -> pd.DataFrame:
    return facts if "sum_of" in facts.columns else facts.assign(sum_of=sums_of(facts))


def _by_rank(facts: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(the facts that can be key figures, best first by ``key_rank``; the others, in their order)."""
    ranks = [key_rank(r) for r in facts.itertuples()]
    order = sorted((i for i, rank in enumerate(ranks) if rank is not None), key=lambda i: ranks[i])
    return facts.iloc[order], facts[pd.Series([rank is None for rank in ranks], index=facts.index, dtype=bool)]


def ranked_own(own: pd.DataFrame) -> pd.DataFrame:
    """One district's own figures in the order a reader looks for them: its key figures, one of each
    kind, measure and status first, then its other ranked figures, then the rest in their order; a sum
    under CNY 10,000 that is not a price is left out."""
    ranked, rest = _by_rank(_with_sum_of(own))
    first = ranked.drop_duplicates(KEY_ONCE)
    small = (rest["kind"] == "money") & (rest["value"] < 10_000) & (rest["measure"] != "price")
    return pd.concat([first, ranked.drop(first.index), rest[~small]])


def key_figures(facts: pd.DataFrame, per_district: int = 4) -> pd.DataFrame:
    """facts[region, kind, value, measure, scope, status, year, …] -> the key figures of each district,
    at most ``per_district``, ranked by ``key_rank``; one figure of each measure and status a district."""
    ranked, _ = _by_rank(_with_sum_of(facts))
    return ranked.drop_duplicates(KEY_ONCE).groupby("region", sort=False).head(per_district)


# ---------------------------------------------------------------------- method and data
@dataclass
class Limit:
    """One limit of the data; ``kind`` picks its wording in the template."""

    kind: str  # sample, outlets, duplicate, reposts, skipped, unplaced, partner, coding, money
    articles: int = 0
    first_year: str = ""
    last_year: str = ""
    per_region: dict[str, int] = field(default_factory=dict)
    outlets: int = 0
    no_outlet: int = 0
    files: tuple[str, str] = ("", "")
    numbers: list[int] = field(default_factory=list)
    doc_ids: list[str] = field(default_factory=list)  # unplaced: the articles, cited (three, then "+N")
    region: str = ""
    agreement: "Measured | None" = None  # coding: the readings against a careful reader's
    corrected: int = 0  # coding: codes the analyst corrected
    review: object = None  # review: the analyst's check of this corpus (``review.Agreement``), or None
    corpus: str = ""  # review: the corpus folder, for the command that draws the sheets
    skipped: list[tuple[str, str]] = field(default_factory=list)  # skipped: (file, reason)
    by_base: list[tuple[str, int]] = field(default_factory=list)  # outlets: articles by where the outlet is based
    pages: int = 0  # reposts: the pages that hold the stories
    share: int = 0


@dataclass
class Measured:
    """The readings against a careful reader's on the development sets: instrument codes on the sets the
    coding was not built on (``held``) and on those it was (``built``, a fit), and the figure labels on
    the weakest set (``labels``; ``labels_held`` when the label rules were not built on it)."""

    held: list[dict]
    built: list[dict]
    labels: dict | None
    labels_held: bool = False
    strict: dict | None = None  # the set that agrees least when coded without its own cue rows (leave-one-set-out)

    @classmethod
    def of(cls, result: dict | None) -> "Measured | None":
        from ..yardstick import held_apart, strictly_apart, worst_labels

        if not result:
            return None
        held, built = held_apart(result, "instruments")
        labels_held, labels_built = held_apart(result, "labels")
        worst = worst_labels(labels_held) or worst_labels(labels_built)
        return cls(held, built, worst, bool(labels_held), strictly_apart(result))

    @staticmethod
    def pooled(rows: list[dict], key: str) -> float:
        """A figure of several sets, weighted by their sentences."""
        from ..yardstick import pooled

        return pooled(rows, key)


@dataclass
class Method:
    sources: list[Source]
    from_page: int  # articles whose metadata was read from the page, not the manifest
    audit: pd.DataFrame  # one row an article: Source and a column a step
    totals: dict[str, int]
    limits: list[Limit]
    by_year: list[tuple[str, Counter]] = field(default_factory=list)  # year -> articles per district


def outlets_by_base(sources) -> list[tuple[str, int]]:
    """Articles by the kind of place their outlet is based in (``outlet_table``), most first."""
    table = outlet_table(sources)
    kind_of = dict(zip(table["outlet"], table["kind"]))
    return Counter(kind_of[s.outlet] for s in sources if s.outlet).most_common()  # ties in order of appearance


def method(a: Analysis) -> Method:
    dates = sorted(s.published for s in a.sources if s.published)
    outlets = {s.outlet for s in a.sources if s.outlet}
    limits = [
        Limit("sample", articles=len(a.sources), pages=a.page_count,
              first_year=dates[0][:4] if dates else "",
              last_year=dates[-1][:4] if dates else "", per_region={r: len(a.docs_of(r)) for r in a.regions}),
        Limit("outlets", outlets=len(outlets), no_outlet=sum(1 for s in a.sources if not s.outlet),
              by_base=outlets_by_base(a.sources)),
        *[Limit("duplicate", files=(dropped, kept)) for dropped, kept in a.duplicates],
    ]
    pages = a.page_count
    if pages > len(a.sources):
        limits.append(Limit("reposts", articles=len(a.sources), pages=pages))
    if a.skipped:
        limits.append(Limit("skipped", skipped=list(a.skipped)))
    unplaced = [s for s in a.sources if not s.region]
    if unplaced:
        limits.append(Limit("unplaced", numbers=[s.number for s in unplaced], doc_ids=[s.doc_id for s in unplaced]))
    partners = a.partner_articles()
    if len(partners) > 3:  # one line for many, cited three and "+N"
        limits.append(Limit("partners", numbers=[s.number for s, _ in partners], doc_ids=[s.doc_id for s, _ in partners],
                            share=min(share for _, share in partners)))
    else:
        limits += [Limit("partner", numbers=[s.number], region=s.region or "", share=share) for s, share in partners]
    corrected = sum(1 for c in a.corrections if c.get("source", "corrections") == "corrections")
    limits += [Limit("coding", agreement=Measured.of(a.agreement), corrected=corrected),
               Limit("review", review=a.review, corpus=a.corpus_name), Limit("money")]
    audit = a.audit.drop(columns=["doc_id"]).rename(columns={"source": "Source"})
    totals = {k: int(v) for k, v in a.audit.drop(columns=["source", "doc_id"]).sum().items()}
    totals["all"] = sum(totals.values())
    years: dict[str, Counter] = {}
    for src in a.sources:
        years.setdefault(src.published[:4] if src.published else "undated", Counter())[src.region or "none"] += 1
    by_year = sorted(years.items(), key=lambda kv: (kv[0] == "undated", kv[0]))
    return Method(a.sources, sum(1 for s in a.sources if s.metadata_from == "page"), audit, totals, limits, by_year)


# ---------------------------------------------------------------------- one district
@dataclass(frozen=True)
class PolicyItem:
    name: str
    type: str  # in words: plan, support measures, programme, fund, pilot or cooperation zone
    level: str
    issuer: str
    date: str
    instruments: tuple[str, ...]
    funds: str
    doc_ids: tuple[str, ...]  # every article that names it, the first first


def _policy_items(policies: pd.DataFrame, labels: dict[str, str]) -> list[PolicyItem]:
    """One item per policy a district's articles name, however many articles name it: the articles
    that name it, the instruments coded near it and the sums stated with it in any of them; the
    policies most articles name first."""
    items = []
    for name, rows in policies.groupby("name", sort=False):
        first = rows.iloc[0]
        codes = list(dict.fromkeys(c for v in rows["instruments"].dropna() for c in str(v).split("|") if c))
        funds = list(dict.fromkeys(f for v in rows["funds"].dropna() for f in str(v).split("; ") if f))
        items.append(PolicyItem(name, POLICY_TYPE[first.type], first.level or "", first.issuer or "",
                                first.date or "", tuple(labels.get(c, c) for c in codes), "; ".join(funds),
                                tuple(dict.fromkeys(rows["doc_id"]))))
    return sorted(items, key=lambda p: -len(p.doc_ids))  # stable: the first named first among equals


@dataclass(frozen=True)
class Quote:
    text: str  # in the article's own script
    doc_id: str
    gist: str


@dataclass
class District:
    region: str
    verb: str  # "stands out on" (more than the others) or "leans on" (most of its own); "" without themes
    claim: list[Theme]  # the themes of the heading
    articles: int
    first_year: str
    last_year: str
    coded_sentences: int
    doc_ids: list[str]
    themes: list[Theme]
    instruments: list[Theme]
    lean_side: str = ""
    lean_pct: float = 0.0
    demand_pct: float = 0.0
    anchors: list[str] = field(default_factory=list)  # the organisations its articles name most
    partners: list[str] = field(default_factory=list)  # Hong Kong and Macao organisations among them
    quote: Quote | None = None
    policies: list[PolicyItem] = field(default_factory=list)
    own_facts: list[FactRef] = field(default_factory=list)
    other_facts: list[FactRef] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)
    own_count: int = 0  # all the district's own figures (``own_facts`` shows the first six)
    sure: list[int] = field(default_factory=list)  # per claimed theme, % of bootstrap resamples that keep it
    thin: bool = False  # the heading's claim rests on too few articles, or too unsure, to state it plainly

    @property
    def policy_types(self) -> dict[str, int]:
        return dict(Counter(p.type for p in self.policies).most_common())


THIN_CLAIM = 3  # a district on fewer articles: its heading's claim is marked as resting on thin evidence
RESAMPLES = 1000  # bootstrap draws behind a heading's claim
SURE = 90  # % of bootstrap resamples that must keep a "stands out on" claim for it to be stated plainly


def district(a: Analysis, region: str) -> District:
    top = a.top_themes(region, 3)
    row = a.districts.set_index("district").loc[region]
    distinct = [_theme(a, region, r) for r in a.distinctive_themes(region, 4).itertuples()]
    if row["articles"] > 1:  # a heading's claim rests on more than one article where it can (sort is stable)
        distinct.sort(key=lambda t: t.articles < 2)
    # The heading claims the themes the district stands out on in SURE% of resamples of the articles, at
    # most two; where none holds so surely, the likeliest one, and the heading says the evidence is thin.
    sureness = {t.code: round(100 * a.sureness(region, t.code, RESAMPLES)) for t in distinct}
    sure_ones = [t for t in distinct if sureness[t.code] >= SURE]
    claim = (sure_ones[:2] or sorted(distinct, key=lambda t: -sureness[t.code])[:1]) if distinct else \
        [_theme(a, region, r) for r in top.head(2).itertuples()]
    sides = a.sides.loc[region] if region in a.sides.index else None
    lean = max(("supply", "environment", "demand"), key=lambda side: sides[side]) if sides is not None else ""
    labels = dict(zip(a.instruments["code"], a.instruments["label_en"]))
    policies = a.policies[a.policies["region"] == region]
    facts = a.facts[a.facts["region"] == region]
    own = facts[facts["scope"].isin(OWN)]
    actors = a.mentions[a.mentions["region"] == region]["actor"].value_counts()
    terms = a.terms[a.terms["region"] == region]
    sure = [sureness[t.code] for t in claim] if distinct else []
    thin = bool(claim) and (row["articles"] < THIN_CLAIM or any(x < SURE for x in sure))
    return District(
        sure=sure, thin=thin,
        region=region, verb=("stands out on" if distinct else "leans on") if claim else "", claim=claim,
        articles=int(row["articles"]), first_year=row["first_year"], last_year=row["last_year"],
        coded_sentences=int(row["coded_sentences"]), doc_ids=a.docs_of(region),
        themes=[_theme(a, region, r) for r in top.itertuples()],
        instruments=[_theme(a, region, r) for r in a.top_instruments(region, 3).itertuples()],
        lean_side=lean, lean_pct=float(sides[lean]) if lean else 0.0,
        demand_pct=float(sides["demand"]) if lean else 0.0,
        anchors=list(actors.index[:5]), partners=sorted(set(a.hk_actors(region)["actor"])),
        quote=quote(a, region),
        policies=_policy_items(policies, labels),
        own_facts=[FactRef.of(r) for r in ranked_own(own).head(6).itertuples()],
        other_facts=[FactRef.of(r) for r in facts[~facts["scope"].isin(OWN)].head(4).itertuples()],
        terms=list(terms["token"].head(6)), own_count=len(own),
    )


def quote(a: Analysis, region: str) -> Quote | None:
    """The sentence that carries the most of a district's strategy: the most categories coded in it,
    a figure or a named policy; with its English gist."""
    ev = a.evidence[a.evidence["region"] == region]
    policy_sentences = set(a.policies["sentence"])
    best = None
    for (doc, _), group in ev.groupby(["doc_id", "sent_id"], sort=True):
        sentence = group.iloc[0]["sentence"]
        if len(sentence) < QUOTE_MIN:
            continue
        facts = a.facts[(a.facts["doc_id"] == doc) & a.facts["sentence"].eq(sentence)]
        score = (group["code"].nunique() + 2 * (len(facts) > 0) + 2 * (sentence in policy_sentences)
                 + min(len(sentence), 120) / 120)
        if best is None or score > best[0]:
            best = (score, doc, sentence, facts)
    if best is None:
        return None
    _, doc, sentence, facts = best
    named = a.policies[a.policies["sentence"] == sentence].drop_duplicates("name")  # once, however many reposts
    names = [f"a {POLICY_TYPE[t]} document" for t in named["type"]]
    return Quote(_orig_sentence(sentence, a.texts[doc], a.originals.get(doc, "")), doc, gist(sentence, facts, names))


def _orig_sentence(sentence: str, text: str, text_orig: str) -> str:
    """A Simplified sentence of ``text`` in the article's own script (``text_orig`` has the same length)."""
    at = text.find(sentence)
    if at < 0 or len(text) != len(text_orig):
        return sentence
    return text_orig[at : at + len(sentence)]


# ---------------------------------------------------------------------- the comparison
@dataclass
class MatrixRow:
    scheme: str  # Theme or Instrument
    category: str
    cells: dict[str, str]  # region -> "12.3 (n=4)" or "–"


@dataclass
class PartnerRow:
    kind: str
    cells: dict[str, str]  # region -> "3: 香港科技大学、…" or "–"


@dataclass(frozen=True)
class Event:
    number: int
    date: str
    region: str
    label: str  # the clause after the date, in Chinese
    doc_id: str
    gist: str = ""  # in English: what kind of event, and who (``gist.event_gist``)


@dataclass
class Comparison:
    regions: list[str]
    matrix: list[MatrixRow]
    policy_types: dict[str, str]  # region -> "2 plan, 1 fund"
    partners: list[PartnerRow]
    facts: list[FactRef]  # the table of facts: the districts' own first
    figures: dict[str, FigureSpec]
    events: list[Event]


MAX_EVENTS = 12  # the timeline: a brief's dozen, whatever the corpus size


def timeline_events(a: Analysis) -> pd.DataFrame:
    """The dated events the timeline shows: all of them up to ``MAX_EVENTS``; past that, the events of
    the stories the most pages ran (then the latest), each district its share, numbered again by date."""
    events = a.events
    if len(events) <= MAX_EVENTS:
        return events
    copies = {s.doc_id: s.copies for s in a.sources}
    ranked = events.assign(copies=events["doc_id"].map(copies).fillna(1)).sort_values(
        ["copies", "date"], ascending=False, kind="stable")
    per = max(1, MAX_EVENTS // max(1, ranked["region"].nunique()))
    chosen = ranked.groupby("region", sort=False).head(per)
    chosen = pd.concat([chosen, ranked.drop(chosen.index)]).head(MAX_EVENTS)
    chosen = chosen.drop(columns=["copies"]).sort_values(["date", "region"], ignore_index=True)
    chosen["number"] = range(1, len(chosen) + 1)
    return chosen


def comparison(a: Analysis) -> Comparison:
    if not a.regions:
        return Comparison([], [], {}, [], [], {}, [])
    matrix = []
    for scheme, frame in (("Theme", a.themes), ("Instrument", a.instruments)):
        for _, group in frame.groupby("code", sort=False):
            first = group.iloc[0]
            category = f"{first['label_en']} {first['label_zh']}" + (f" ({first['side']})" if scheme == "Instrument"
                                                                       else "")
            cells = {}
            for r in a.regions:
                g = group[group["region"] == r].iloc[0]
                cells[r] = f"{format_value(g['per_10k_chars'])} (n={g['sentences']})" if g["sentences"] else "–"
            matrix.append(MatrixRow(scheme, category, cells))
    policy_types = {}
    for r in a.regions:  # each policy once, however many articles name it (as in the district's section)
        counts = a.policies[a.policies["region"] == r].drop_duplicates("name")["type"].value_counts()
        policy_types[r] = ", ".join(f"{n} {POLICY_TYPE[t]}" for t, n in counts.items()) or "–"
    partners = []
    kinds = a.partners
    for kind, group in kinds.groupby("kind", sort=False):
        by = group.set_index("district")
        partners.append(PartnerRow(kind, {r: f"{by.loc[r, 'organisations']}: {by.loc[r, 'examples']}"
                                          if r in by.index else "–" for r in a.regions}))
    key = a.facts[a.facts["kind"].isin(FACT_KINDS)]
    key = key.assign(other=~key["scope"].isin(OWN)).sort_values(["other", "region", "kind", "measure", "status"],
                                                                kind="stable")
    # One row a figure: the same value an article repeats in other words (11个重大项目, 11个) is shown once.
    key = key.drop_duplicates(["doc_id", "kind", "value", "unit", "scope", "status"])
    cards = key_figures(key)
    numbers = a.number_of
    analysed = tuple(a.analysed_docs())
    figures = {
        "themes": FigureSpec("themes_heatmap", "heatmap", a.themes, "AI and innovation themes by district",
                             "Theme intensity by district: coded sentences per 10,000 characters, raw counts in "
                             "brackets", analysed),
        "instruments": FigureSpec("instrument_mix", "instrument_mix", a.instruments,
                                  "Policy-instrument mix by district", "Share of policy-instrument codes on the "
                                  "supply, environment and demand sides, each article weighing the same; the number "
                                  "of articles with a code at the end of each bar", analysed,
                                  options={"sides": a.sides, "articles": instrument_articles(a)}),
        "key_figures": FigureSpec(
            "key_figures", "key_figures",
            pd.DataFrame({"region": cards["region"], "value_text": cards["value_text"], "label": list(cards["label"]),
                          "source": [f"[{numbers[d]}]" for d in cards["doc_id"]]}),
            "Key figures stated in the articles",
            "Key figures per district: the districts' own figures only (their zones and sites included), with "
            "their qualifiers (about, over, up to); at most four per district: achieved figures before "
            "targets and pledges, GDP, output and investment first and the latest year first, then counts of "
            "firms, projects and people; areas only of a district or a named zone. All are listed in the table "
            "of facts below and in Appendix A", tuple(dict.fromkeys(cards["doc_id"])),
            note="money"),
        "terms": FigureSpec("distinctive_terms", "distinctive_terms", a.terms, "Distinctive terms per district",
                            "Terms that set each district apart (weighted log-odds with an informative Dirichlet "
                            "prior; discovered domain terms and names only, place names left out; in print, each "
                            "district's section names its first six)", analysed, options={"top": 8},
                            screen_only=True),
    }
    if len(a.mentions):
        figures["actors"] = FigureSpec("actors", "actor_bars", a.mentions, "Most-mentioned organisations",
                                       "Organisations most often named per district, by type (in print, the "
                                       "table of organisations by kind gives them)",
                                       tuple(dict.fromkeys(a.mentions["doc_id"])), screen_only=True)
    shown = timeline_events(a)
    if len(shown):
        more = (f"; the {len(shown)} of the stories the most pages ran, of {len(a.events)} dated events in all "
                f"(data/events.csv)") if len(shown) < len(a.events) else ""
        figures["timeline"] = FigureSpec("timeline", "timeline", shown, "Dated events in the articles",
                                         "Dated events named in the articles, by district; the numbers are listed "
                                         "below" + more, tuple(dict.fromkeys(shown["doc_id"])))
    events = [Event(int(r.number), r.date, r.region, r.label, r.doc_id, event_gist(r.label)) for r in shown.itertuples()]
    return Comparison(list(a.regions), matrix, policy_types, partners, [FactRef.of(r) for r in key.itertuples()],
                      figures, events)


# ---------------------------------------------------------------------- implications
@dataclass
class Recommendation:
    """A recommendation, made only when the finding it rests on holds on the data, with the counts that
    finding states (``finding``, in words) and the articles it rests on, never fewer than two."""

    kind: str  # demand, dual_use, money, partners, grow
    region: str = ""
    articles: int = 0
    finding: str = ""  # the finding it rests on, with its numbers
    doc_ids: tuple[str, ...] = ()
    detail: str = ""  # what the data picks out: the district to watch first, the measures to keep apart


MIN_ARTICLES = 2  # a finding on one article carries no recommendation
THIN = 5  # a district on fewer articles than this: grow the corpus first


def implications(a: Analysis) -> list[Recommendation]:
    recs = []
    docs = {r: a.docs_of(r) for r in a.regions}
    if len(a.sides) and len(a.sides) == len(a.regions) > 1 and (a.sides.idxmin(axis=1) == "demand").all():
        with_codes = instrument_articles(a)
        ins = a.evidence[a.evidence["scheme"] == "instrument"]
        if all(with_codes.get(r, 0) >= MIN_ARTICLES for r in a.regions):
            thinnest = a.sides["demand"].idxmin()
            recs.append(Recommendation(
                "demand", region=thinnest, articles=sum(with_codes.values()),
                finding=f"demand-side tools are the least used in every district, {share_range(list(a.sides['demand']))} "
                        f"of the instrument codes of {sum(with_codes.values())} articles",
                doc_ids=tuple(dict.fromkeys(ins["doc_id"])),
                detail=f"{REGION_EN[thinnest]}, at {a.sides.loc[thinnest, 'demand']:.1f}%, first"))
    military = a.themes[(a.themes["code"] == "military_civil") & (a.themes["sentences"] > 0)]
    if len(military) == 1 and len(a.regions) > 1:
        region = military.iloc[0]["region"]
        ev = a.evidence[(a.evidence["code"] == "military_civil") & (a.evidence["region"] == region)]
        ids = tuple(dict.fromkeys(ev["doc_id"]))
        if len(ids) >= MIN_ARTICLES:
            recs.append(Recommendation("dual_use", region=region, articles=len(ids), doc_ids=ids,
                                       finding=f"military–civil fusion is coded in {len(ids)} articles on "
                                               f"{REGION_EN[region]} and in none on the other districts"))
    own = a.facts[(a.facts["kind"] == "money") & a.facts["scope"].isin(OWN) & a.facts["region"].isin(a.regions)]
    own = own.assign(measure=sums_of(own))
    measures = [m for m in dict.fromkeys(own["measure"]) if m]
    statuses = [s for s in dict.fromkeys(own["status"]) if s]
    if own["doc_id"].nunique() >= MIN_ARTICLES and (len(measures) > 1 or len(statuses) > 1):
        counts = own["measure"].value_counts()
        recs.append(Recommendation(
            "money", articles=int(own["doc_id"].nunique()), doc_ids=tuple(dict.fromkeys(own["doc_id"])),
            finding=f"the districts' own {len(own)} sums, in {own['doc_id'].nunique()} articles, measure "
                    f"{len(measures)} different things and are {len(statuses)} kinds of claim "
                    f"({', '.join(STATUS_TEXT[x] for x in statuses)})",
            detail=", ".join([f"{MEASURE_TEXT.get(m, m)} ({n})" for m, n in counts.items() if m and m != "other"][:4])))
    partners = a.partner_articles()
    if len(partners) >= MIN_ARTICLES:
        recs.append(Recommendation("partners", articles=len(partners), doc_ids=tuple(s.doc_id for s, _ in partners),
                                   finding=f"{len(partners)} articles filed under a district are mostly about "
                                           f"places outside the Bay Area"))
    thin = {r: len(d) for r, d in docs.items() if len(d) < THIN}
    if thin or not a.regions:
        fewest = min(thin, key=thin.get) if thin else ""
        recs.append(Recommendation("grow", region=fewest, articles=len(a.sources),
                                   finding=(f"{REGION_EN[fewest]} rests on {thin[fewest]} "
                                            f"{'article' if thin[fewest] == 1 else 'articles'}") if fewest else "",
                                   doc_ids=tuple(docs.get(fewest, ()))))
    return recs


# ---------------------------------------------------------------------- what changed
@dataclass(frozen=True)
class Shift:
    region: str
    label: str
    first: str  # the period, 2016–2020
    last: str
    n_first: int
    n_last: int
    share_first: float  # percent of the district's articles
    share_last: float
    z: float


@dataclass
class Changes:
    comparable: dict[str, list[str]]  # district -> its periods with enough dated articles
    counts: dict[str, dict[str, int]]  # district -> period -> dated articles
    shifts: list[Shift]
    undated: int
    figure: FigureSpec | None = None
    min_articles: int = PERIOD_MIN

    @property
    def periods(self) -> list[str]:
        return sorted({p for periods in self.counts.values() for p in periods})


PRINT_SHIFTS = 6


def changes(a: Analysis) -> Changes:
    """Theme and instrument-side shares per district per Five-Year Plan period, and the shifts between a
    district's first and last period that are larger than their uncertainty."""
    src = pd.DataFrame([{"doc_id": s.doc_id, "region": s.region or "", "published": s.published or ""}
                        for s in a.sources], columns=["doc_id", "region", "published"])
    src = src[src["region"].isin(a.regions)]
    counts = article_counts(src)
    table = {r: dict(zip(g["period"], g["articles"])) for r, g in counts.groupby("region")}
    ok = comparable(counts)
    undated = int((src["published"] == "").sum())
    if not ok:
        return Changes({}, table, [], undated)
    shares = period_shares(src, a.evidence)
    labels = {c.code: sentence_case(c.label_en) for c in taxonomy() if c.scheme == "theme"}
    labels.update({side: f"{side}-side policy tools" for side in ("supply", "environment", "demand")})
    found = shifts(shares, counts)
    items = [Shift(r.region, labels.get(r.code, r.code), r.first, r.last, r.n_first, r.n_last,
                   round(100 * r.share_first), round(100 * r.share_last), round(float(r.z), 1))
             for r in found.itertuples()]
    themes = shares[(shares["scheme"] == "theme") & shares["region"].isin(list(ok))]
    themes = themes[[p in ok[r] for r, p in zip(themes["region"], themes["period"])]]
    figure = FigureSpec("periods", "period_shares", themes.assign(label=themes["code"].map(labels)),
                        "Themes by Five-Year Plan period",
                        f"Share of each district's dated articles coded with its leading themes, per plan period "
                        f"with at least {PERIOD_MIN} articles; the number of articles under each period",
                        tuple(src[src["published"] != ""]["doc_id"]))
    return Changes(ok, table, items, undated, figure)


# ---------------------------------------------------------------------- glossary, sources, appendices
@dataclass(frozen=True)
class GlossaryRow:
    chinese: str
    pinyin: str
    english: str


def glossary(a: Analysis, n: int = 30) -> list[GlossaryRow]:
    """The lexicon's Chinese terms used most in the articles, with pinyin by word and English, by pinyin."""
    text = "\n".join(a.texts.values())
    rows, seen = [], set()
    for name in ("terms.csv", "organisations.csv", "places.csv"):
        for e in entries(name):
            count = sum(text.count(f) for f in e.forms)
            if count and e.term not in seen and re.search("[\u4e00-\u9fff]", e.term) and e.gloss:
                seen.add(e.term)
                rows.append((count, e.term, e.gloss, name))
    rows.sort(key=lambda r: (-r[0], r[1]))
    out = [GlossaryRow(t, word_pinyin(t, proper=name != "terms.csv"), g) for _, t, g, name in rows[:n]]
    return sorted(out, key=lambda r: r.pinyin.lower())


@dataclass(frozen=True)
class EvidenceItem:
    fact: FactRef
    number: int  # the source's number
    before: str  # the sentence in the article's script, split around the figure as stated
    surface: str
    after: str
    gist: str
    reviewed: bool = False  # its labels are the analyst's (the corpus's review sheet)


@dataclass(frozen=True)
class CorrectedCode:
    number: int  # the source's number
    sentence: str
    scheme: str
    code: str
    label: str
    action: str  # keep or drop
    source: str = "corrections"  # lexicon/corrections.csv, or the corpus's review sheet ("review")


@dataclass
class Evidence:
    items: list[EvidenceItem]
    corrected: list[CorrectedCode]  # the codes an analyst kept, added or dropped (lexicon/corrections.csv)

    def __iter__(self):
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


def evidence(a: Analysis) -> Evidence:
    labels = {(c.scheme, c.code): sentence_case(c.label_en) for c in taxonomy()}
    numbers = a.number_of
    corrected = [CorrectedCode(numbers[c["doc_id"]], c["sentence"], c["scheme"], c["code"],
                               labels[(c["scheme"], c["code"])], c["action"], c.get("source", "corrections"))
                 for c in a.corrections if c["doc_id"] in numbers]
    return Evidence(_fact_evidence(a), corrected)


def _fact_evidence(a: Analysis) -> list[EvidenceItem]:
    numbers = a.number_of
    items = []
    for r in a.facts.itertuples():
        sentence, surface = r.sentence_orig, r.surface_orig
        at = sentence.find(surface) if surface else -1
        before, after = (sentence[:at], sentence[at + len(surface):]) if at >= 0 else (sentence, "")
        names, terms = glosses(r.sentence)
        items.append(EvidenceItem(FactRef.of(r), numbers[r.doc_id], before, surface if at >= 0 else "", after,
                                  "; ".join(names + terms[:3]), bool(getattr(r, "reviewed", False))))
    return items


@dataclass
class Versions:
    main: list[tuple[str, str]]
    every: list[tuple[str, str]]


def versions(a: Analysis) -> Versions:
    table = a.versions
    every = list(zip(table["Package"], table["Version"]))
    main = [(p, v) for p, v in every if p.lower() in PACKAGES or p == "CJK font"]
    return Versions(main, every)


def instrument_articles(a: Analysis) -> dict[str, int]:
    """Articles of each district with at least one policy-instrument code."""
    ins = a.evidence[a.evidence["scheme"] == "instrument"]
    return {r: int(n) for r, n in ins.groupby("region")["doc_id"].nunique().items()}


# ---------------------------------------------------------------------- the whole brief
@dataclass
class BriefModel:
    title: TitlePage
    contents: Contents
    findings: Findings
    method: Method
    districts: list[District]
    comparison: Comparison
    changes: Changes
    implications: list[Recommendation]
    glossary: list[GlossaryRow]
    sources: list[Source]
    evidence: Evidence
    versions: Versions


def build_model(a: Analysis) -> BriefModel:
    """Every section's data, from one analysis."""
    return BriefModel(title_page(a), contents(a), findings(a), method(a), [district(a, r) for r in a.regions],
                      comparison(a), changes(a), implications(a), glossary(a), list(a.sources), evidence(a),
                      versions(a))


def save_model_data(model: BriefModel, folder) -> None:
    """The numbers the sections compute beyond the analysis tables, written beside them in ``folder``:
    ``claims.csv`` (each district heading's themes and how sure each is), ``periods.csv`` (dated articles
    per district and plan period), ``period_shifts.csv`` and ``recommendations.csv`` (each with the finding
    it rests on)."""
    from pathlib import Path

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rows = [{"district": d.region, "verb": d.verb, "theme": t.code, "label": t.label, "articles": t.articles,
             "sure_pct": d.sure[i] if i < len(d.sure) else "", "resamples": RESAMPLES, "thin": d.thin}
            for d in model.districts for i, t in enumerate(d.claim)]
    pd.DataFrame(rows, columns=["district", "verb", "theme", "label", "articles", "sure_pct", "resamples", "thin"]).to_csv(
        folder / "claims.csv", index=False, lineterminator="\n")
    c = model.changes
    rows = [{"district": r, "period": p, "plan": plan_of(p), "dated_articles": n, "compared": p in c.comparable.get(r, [])}
            for r, periods in c.counts.items() for p, n in sorted(periods.items())]
    pd.DataFrame(rows, columns=["district", "period", "plan", "dated_articles", "compared"]).to_csv(
        folder / "periods.csv", index=False, lineterminator="\n")
    pd.DataFrame([vars(x) for x in c.shifts] if c.shifts else [], columns=list(Shift.__dataclass_fields__)).to_csv(
        folder / "period_shifts.csv", index=False, lineterminator="\n")
    pd.DataFrame([{"kind": r.kind, "district": r.region, "finding": r.finding, "detail": r.detail,
                   "articles": r.articles, "cited": len(r.doc_ids)} for r in model.implications],
                 columns=["kind", "district", "finding", "detail", "articles", "cited"]).to_csv(
        folder / "recommendations.csv", index=False, lineterminator="\n")

