"""The policy brief: an analysis, a model of every section, and one template per section.

- ``model.analyse(corpus) -> Analysis``: every analysis run once (facts, themes, policies, actors …);
  ``model.save_data`` writes the tables behind the brief to ``out/data/*.csv``.
- ``sections.build_model(analysis) -> BriefModel``: one small pure function per section, data in,
  section data out (dataclasses of plain values; no HTML, no prose).
- ``render.Renderer``: each section's data through ``templates/brief/sections/<section>.html.j2``.

``Brief(corpus, out)`` does the three for ``notebooks/04_brief.ipynb``: ``brief.html("findings")``.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from .. import plots
from .model import Analysis, Source, analyse, save_data
from .render import SECTIONS, Renderer
from .sections import BriefModel, build_model, save_model_data
from .words import REGION_EN, REGION_LONG, REGION_ZH, human_value

__all__ = ["Analysis", "Brief", "BriefModel", "Renderer", "SECTIONS", "Source", "analyse", "build_model",
           "human_value", "REGION_EN", "REGION_LONG", "REGION_ZH", "save_data"]


class Brief:
    """The brief of one corpus: ``analysis``, ``model`` and a renderer writing figures to ``out/figures``."""

    def __init__(self, corpus: pd.DataFrame, out: str | Path):
        self.out = Path(out)
        self.analysis = analyse(corpus, font=plots.setup())
        save_data(self.analysis, self.out / "data")
        self.model = build_model(self.analysis)
        save_model_data(self.model, self.out / "data")
        self.renderer = Renderer(self.analysis.sources, self.out / "figures")

    @property
    def regions(self) -> list[str]:
        return self.analysis.regions

    def html(self, section: str) -> str:
        """One section's HTML; ``district`` renders every district in turn."""
        if section == "district":
            return "".join(self.renderer.render("district", d) for d in self.model.districts)
        return self.renderer.render(section, getattr(self.model, section, None))  # the renderer refuses an unknown one
