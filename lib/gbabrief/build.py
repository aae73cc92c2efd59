"""Build the report: execute the numbered notebooks on a corpus and export them.

``build(corpus, out)`` runs every ``notebooks/NN_*.ipynb`` in order in a fresh kernel,
with the papermill ``corpus`` parameter set, and writes ``out/notebooks/NN_*.html``.
"""
from __future__ import annotations


import sys
from pathlib import Path

from .errors import InputError
from .manifest import load_manifest
from .paths import NOTEBOOKS, OUTPUTS, SEEDS, cache_dir


def notebooks() -> list[Path]:
    """The numbered notebooks, in order."""
    return sorted(p for p in NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))


def execute(notebook: Path, corpus: Path, out_dir: Path) -> Path:
    """Execute one notebook with ``corpus`` injected; return the executed copy."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    out_dir.mkdir(parents=True, exist_ok=True)
    executed = out_dir / notebook.name
    try:
        papermill.execute_notebook(str(notebook), str(executed), parameters={"corpus": str(corpus)},
                                   cwd=str(NOTEBOOKS), kernel_name="python3", progress_bar=False,
                                   log_output=False)
    except PapermillExecutionError as exc:
        raise InputError(notebook, f"cell {exc.exec_count} failed: {exc.ename}: {exc.evalue}") from None
    return executed


def export_html(executed: Path, target: Path) -> None:
    """Export an executed notebook to HTML, code included."""
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.read(executed, as_version=4)
    body, _ = HTMLExporter(template_name="lab").from_notebook_node(nb)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(body, encoding="utf-8")


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
        executed = execute(notebook, corpus, work)
        target = out / "notebooks" / (notebook.stem + ".html")
        export_html(executed, target)
        written.append(target)

    # Save outputs.
    if not (NOTEBOOKS / "04_brief.ipynb").exists():
        print("gbabrief: the brief is not built yet: notebooks/04_brief.ipynb does not exist, so "
              "outputs/brief.html and outputs/brief.pdf were not written", file=sys.stderr)
    return written
