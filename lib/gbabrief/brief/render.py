"""The brief's HTML: each section's data through its Jinja template in ``templates/brief/sections/``.

``Renderer(sources, figures_dir).render("district", district_data) -> HTML``

Autoescaping is on: article text is data, never markup. The renderer keeps what runs across sections:
figure and table numbers in order of appearance, and the sources a section has already named in a
print footnote (each section names a source once, at its first citation).
"""
from __future__ import annotations

import base64
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from .. import plots
from ..paths import PACKAGE
from ..periods import plan_of
from .model import Source
from .sections import PRINT_SHIFTS, RESAMPLES
from .words import REGION_EN, REGION_LONG, REGION_ZH, number_word, plural

TEMPLATES = PACKAGE / "templates" / "brief" / "sections"
MAX_CITED = 3  # sources cited in a row before "+N"
PRINT_POLICIES = 3  # a district's named policies in print: the ones the most articles name; all on screen
PRINT_FACTS = 4  # a district's own figures in print
PRINT_OTHERS = 1  # figures of its city, partners and firms in print (all on screen)
PRINT_ROWS = 24  # a per-article or per-figure table longer than this is summarised in the PDF, whole on screen
SECTIONS = ("title", "contents", "findings", "method", "district", "comparison", "changes", "implications", "glossary",
            "sources", "evidence", "versions")


def capitalize_first(text: str) -> str:
    """'core AI technology' -> 'Core AI technology' (the rest left as it is)."""
    return text[:1].upper() + text[1:]


class Renderer:
    """Renders sections in the order they appear, numbering figures and tables as it goes.

    ``draw(spec) -> matplotlib Figure`` draws a ``FigureSpec``; by default the ``gbabrief.plots`` function
    it names."""

    def __init__(self, sources: list[Source], figures_dir: str | Path | None = None, draw=None):
        self.draw = draw or (lambda spec: getattr(plots, spec.plot)(spec.data, title=spec.title, **spec.options))
        self.number_of = {s.doc_id: s.number for s in sources}
        self.by_number = {s.number: s for s in sources}
        self.figures_dir = Path(figures_dir) if figures_dir else None
        self.figures = 0
        self.supplementary = 0  # screen-only figures, numbered S1, S2 …
        self.tables = 0
        self._noted: set[int] = set()
        self.claims: list[list[int]] = []  # the full list of articles of each claim cited as "+N"
        self.printed_facts: set[str] = set()  # facts the PDF shows: its evidence appendix quotes these
        self.printed_sources: set[int] = set()  # sources the PDF cites: its source list holds these
        self.env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=True, undefined=StrictUndefined,
                               trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=False)
        self.env.filters.update(plural=plural, district=REGION_EN.__getitem__, capitalize_first=capitalize_first,
                                number_word=number_word, join_kind=lambda kind: f"{kind[0]} ({kind[1]})")
        self.env.globals.update(claims=lambda: list(enumerate(self.claims, start=1)),
                                printed=lambda fact_id: fact_id in self.printed_facts, printed_source=lambda n: n in self.printed_sources, printed_sources=lambda: self.printed_sources, PRINT_ROWS=PRINT_ROWS, PRINT_POLICIES=PRINT_POLICIES, PRINT_FACTS=PRINT_FACTS, PRINT_OTHERS=PRINT_OTHERS, REGION_EN=REGION_EN, REGION_ZH=REGION_ZH, REGION_LONG=REGION_LONG, cite=self.cite,
                                fact=self.fact, figure=self.figure, PRINT_SHIFTS=PRINT_SHIFTS, RESAMPLES=RESAMPLES, plan_of=plan_of, next_table=self.next_table)

    def render(self, section: str, data: object) -> str:
        """The HTML of one section; its footnotes name each cited source once."""
        if section not in SECTIONS:
            raise ValueError(f"no brief section {section!r}; the sections are {', '.join(SECTIONS)}")
        self._noted = set()
        return self.env.get_template(f"{section}.html.j2").render(data=data).strip()

    # ------------------------------------------------------------------ called from the templates
    def cite(self, *doc_ids: str, screen: bool = False) -> Markup:
        """[n] links to the sources, in source order, with a print footnote the first time a section cites one.

        A claim resting on more than ``MAX_CITED`` articles cites the ``MAX_CITED`` that carry it furthest
        (the stories the most pages ran, then the first listed), then "+N", which links to the claim's
        full list of articles in the HTML's evidence section (``claims``). ``screen=True`` for a citation
        the PDF does not show (a table or list it summarises): it adds no footnote and does not put its
        sources in the PDF's source list."""
        numbers = sorted({self.number_of[d] for d in doc_ids if d in self.number_of})
        more, claim = 0, 0
        if len(numbers) > MAX_CITED:
            self.claims.append(numbers)
            claim, more = len(self.claims), len(numbers) - MAX_CITED
            ranked = sorted(numbers, key=lambda n: (-self.by_number[n].copies, n))
            numbers = sorted(ranked[:MAX_CITED])
        new = [] if screen else [self.by_number[n] for n in numbers if n not in self._noted]
        if not screen:
            self._noted.update(numbers)
            self.printed_sources.update(numbers)
        return Markup(self.env.get_template("_cite.html.j2").render(numbers=numbers, new=new, more=more,
                                                                    claim=claim).strip())

    def fact(self, fact, printed: bool = True) -> Markup:
        """A fact's value linked to its evidence; ``printed=False`` for a fact shown only on screen (a
        full table the PDF summarises), whose evidence the PDF's appendix then leaves to the HTML."""
        if printed:
            self.printed_facts.add(fact.fact_id)
            if fact.doc_id in self.number_of:  # its evidence entry cites the source
                self.printed_sources.add(self.number_of[fact.doc_id])
        return Markup(self.env.get_template("_fact.html.j2").render(fact=fact, screen=not printed).strip())

    def next_table(self) -> int:
        self.tables += 1
        return self.tables

    def figure(self, spec) -> Markup:
        """Draw a figure (``spec.plot`` of ``gbabrief.plots``), save it, and return it numbered, as inline SVG."""
        if self.figures_dir is None:
            raise ValueError("this renderer has no figures folder: give Renderer(figures_dir=…) to draw figures")
        if spec.screen_only:  # a supplementary figure, S1, S2 …: the PDF leaves it out, and its numbering alone
            self.supplementary += 1
            number = f"S{self.supplementary}"
        else:
            self.figures += 1
            number = str(self.figures)
        fig = self.draw(spec)
        svg = plots.save(fig, spec.name, self.figures_dir)
        data = base64.b64encode(svg.read_bytes()).decode("ascii")
        cites = self.cite(*spec.doc_ids, screen=spec.screen_only)
        return Markup(self.env.get_template("_figure.html.j2").render(
            number=number, spec=spec, data=data, cites=cites).strip())
