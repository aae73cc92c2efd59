"""Build the report: execute the numbered notebooks on a corpus and export them.

``build(corpus, out)`` reads the corpus once (so a bad file stops the build before any
kernel starts), runs every ``notebooks/NN_*.ipynb`` in order in a fresh kernel with
the papermill parameters ``corpus`` and ``out`` set, and writes

- ``out/notebooks/NN_*.html``: the analysis notebooks with their code (01–03);
- ``out/brief.html``: ``04_brief`` without code, through the ``brief`` template;
- ``out/brief.pdf``: the same HTML through WeasyPrint's paged media;
- ``out/figures/`` and ``out/data/*.csv``, written by ``04_brief`` itself.

Everything is written to a staging folder beside ``out`` and moved into place at
the end, so a failed or interrupted build leaves the previous outputs whole.
Nothing is loaded from the network: the templates carry no CDN scripts.
"""
from __future__ import annotations

import logging
import shutil
import sys
import tempfile
from pathlib import Path

from .errors import InputError
from .paths import NOTEBOOKS, OUTPUTS, SEEDS, TEMPLATES

BRIEF = "04_brief"
PRODUCTS = ("brief.html", "brief.pdf", "notebooks", "figures", "data")


def notebooks(folder: Path = NOTEBOOKS) -> list[Path]:
    """The numbered notebooks, in order."""
    return sorted(p for p in folder.glob("[0-9][0-9]_*.ipynb"))


def _kernel_manager():
    """A kernel manager on local IPC sockets: no TCP port, and no warning about unencrypted TCP."""
    from jupyter_client.manager import AsyncKernelManager

    class IPCKernelManager(AsyncKernelManager):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.transport = "ipc"

    return IPCKernelManager


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
        papermill.execute_notebook(str(notebook), str(executed), parameters=parameters, cwd=str(notebook.parent),
                                   kernel_name="python3", progress_bar=False, log_output=False,
                                   kernel_manager_class=_kernel_manager())
    except PapermillExecutionError as exc:
        message = str(exc.evalue).splitlines()[0] if exc.evalue else ""
        raise InputError(notebook, f"cell {exc.exec_count} failed: {exc.ename}: {message}") from None
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


def _publish(stage: Path, out: Path) -> None:
    """Move each product from the staging folder into ``out``, replacing the previous one.

    Other files in ``out`` are left alone; a product is replaced only once its new
    version is complete.
    """
    out.mkdir(parents=True, exist_ok=True)
    for name in PRODUCTS:
        new = stage / name
        if not new.exists():
            continue
        old = out / name
        if old.is_dir():
            backup = out / f".{name}.old"
            shutil.rmtree(backup, ignore_errors=True)
            old.rename(backup)
            new.rename(old)
            shutil.rmtree(backup, ignore_errors=True)
        else:
            new.replace(old)


def build(corpus: str | Path = SEEDS, out: str | Path = OUTPUTS, *, notebook_dir: Path = NOTEBOOKS) -> list[Path]:
    """Execute and export every notebook; return the files written."""
    from .corpus import load_corpus

    # Load inputs: a bad file or manifest row stops the build before any kernel starts.
    corpus, out = Path(corpus).resolve(), Path(out).resolve()
    load_corpus(corpus)
    if out == corpus or corpus in out.parents:
        raise InputError(out, "the output folder must not be inside the corpus folder")

    # Process data, in a staging folder beside the outputs.
    out.parent.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=f".{out.name}.building-", dir=out.parent))
    written = []
    try:
        for notebook in notebooks(notebook_dir):
            print(f"gbabrief: executing {notebook.name}", file=sys.stderr)
            executed = execute(notebook, corpus, stage, stage / ".executed")
            if notebook.stem == BRIEF:
                html_text = export_html(executed, stage / "brief.html", template="brief")
                print("gbabrief: rendering brief.pdf", file=sys.stderr)
                for warning in write_pdf(html_text, stage / "brief.pdf", stage):
                    print(f"gbabrief: warning: weasyprint: {warning}", file=sys.stderr)
                written += [out / "brief.html", out / "brief.pdf"]
            else:
                export_html(executed, stage / "notebooks" / (notebook.stem + ".html"))
                written.append(out / "notebooks" / (notebook.stem + ".html"))

        # Save outputs.
        _publish(stage, out)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    if not (notebook_dir / f"{BRIEF}.ipynb").exists():
        print("gbabrief: the brief is not built yet: notebooks/04_brief.ipynb does not exist, so "
              "brief.html and brief.pdf were not written", file=sys.stderr)
    return written
