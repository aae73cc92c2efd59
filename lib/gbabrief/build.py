"""Build the report: execute the numbered notebooks on a corpus and export them.

``build(corpus, out)`` runs every ``notebooks/NN_*.ipynb`` in order in a fresh kernel,
with the papermill parameters ``corpus`` and ``out`` set, then writes

- ``out/notebooks/NN_*.html``: the analysis notebooks with their code (01–03);
- ``out/brief.html``: ``04_brief`` without code, through the ``brief`` template;
- ``out/brief.pdf``: the same HTML through WeasyPrint's paged media;
- ``out/figures/`` and ``out/data/*.csv``, written by ``04_brief`` itself.

Nothing is loaded from the network: the templates carry no CDN scripts.
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path

from .errors import InputError
from .manifest import load_manifest
from .paths import NOTEBOOKS, OUTPUTS, SEEDS, TEMPLATES, cache_dir

BRIEF = "04_brief"


def notebooks() -> list[Path]:
    """The numbered notebooks, in order."""
    return sorted(p for p in NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))


def execute(notebook: Path, corpus: Path, out: Path, work: Path) -> Path:
    """Execute one notebook with ``corpus`` and ``out`` injected; return the executed copy."""
    import nbformat
    import papermill
    from papermill.exceptions import PapermillExecutionError

    work.mkdir(parents=True, exist_ok=True)
    executed = work / notebook.name
    parameters = {"corpus": str(corpus)}
    if "out" in _parameter_names(nbformat.read(notebook, as_version=4)):
        parameters["out"] = str(out)
    try:
        papermill.execute_notebook(str(notebook), str(executed), parameters=parameters, cwd=str(NOTEBOOKS),
                                   kernel_name="python3", progress_bar=False, log_output=False)
    except PapermillExecutionError as exc:
        raise InputError(notebook, f"cell {exc.exec_count} failed: {exc.ename}: {exc.evalue}") from None
    return executed


def _parameter_names(nb) -> set[str]:
    for cell in nb.cells:
        if "parameters" in cell.metadata.get("tags", []):
            return {line.split("=")[0].strip() for line in cell.source.splitlines() if "=" in line}
    return set()


def export_html(executed: Path, target: Path, template: str = "offline") -> str:
    """Export an executed notebook to self-contained HTML with one of the package's templates."""
    import nbformat
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import TagRemovePreprocessor

    nb = nbformat.read(executed, as_version=4)
    exporter = HTMLExporter(template_name=template, extra_template_basedirs=[str(TEMPLATES)])
    if template == "brief":
        exporter.exclude_input = True
        exporter.exclude_input_prompt = True
        exporter.exclude_output_prompt = True
        remover = TagRemovePreprocessor(remove_cell_tags={"remove_cell", "parameters", "injected-parameters"})
        exporter.register_preprocessor(remover, enabled=True)
    body, _ = exporter.from_notebook_node(nb)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(body, encoding="utf-8")
    return body


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def write_pdf(html_text: str, target: Path, base: Path) -> list[str]:
    """Render the brief's HTML to PDF with WeasyPrint; return WeasyPrint's warnings."""
    from weasyprint import HTML

    handler = _Collect()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(handler)
    try:
        HTML(string=html_text, base_url=str(base)).write_pdf(target)
    finally:
        logger.removeHandler(handler)
    return handler.messages


def build(corpus: str | Path = SEEDS, out: str | Path = OUTPUTS) -> list[Path]:
    """Execute and export every notebook; return the files written."""
    # Load inputs: fail on a broken corpus before starting any kernel.
    corpus, out = Path(corpus).resolve(), Path(out).resolve()
    if not corpus.is_dir():
        raise InputError(corpus, "corpus folder does not exist")
    load_manifest(corpus)

    # Process data.
    written = []
    work = cache_dir("executed", out.name)
    for notebook in notebooks():
        print(f"gbabrief: executing {notebook.name}", file=sys.stderr)
        executed = execute(notebook, corpus, out, work)
        if notebook.stem == BRIEF:
            html_text = export_html(executed, out / "brief.html", template="brief")
            written.append(out / "brief.html")
            print("gbabrief: rendering brief.pdf", file=sys.stderr)
            for warning in write_pdf(html_text, out / "brief.pdf", out):
                print(f"gbabrief: warning: weasyprint: {warning}", file=sys.stderr)
            written.append(out / "brief.pdf")
        else:
            target = out / "notebooks" / (notebook.stem + ".html")
            export_html(executed, target)
            written.append(target)

    # Save outputs.
    if not (NOTEBOOKS / f"{BRIEF}.ipynb").exists():
        print("gbabrief: the brief is not built yet: notebooks/04_brief.ipynb does not exist, so "
              "outputs/brief.html and outputs/brief.pdf were not written", file=sys.stderr)
    return written
