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

Speed: the notebooks are independent (each reads only the corpus and the package), so
they run in parallel, one kernel per core. Each step is cached under a key made of
everything it reads (the notebook, the corpus files and manifest, the package's code,
lexicon and templates): a step whose inputs did not change is reused, and the build
says so.
"""
from __future__ import annotations

import hashlib
import json
import logging
import re
import shutil
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .errors import InputError
from .paths import NOTEBOOKS, OUTPUTS, SEEDS, TEMPLATES, cache_dir, code_version

BRIEF = "04_brief"
PRODUCTS = ("brief.html", "brief.pdf", "notebooks", "figures", "data")


def notebooks(folder: Path = NOTEBOOKS) -> list[Path]:
    """The numbered notebooks, in order."""
    return sorted(p for p in folder.glob("[0-9][0-9]_*.ipynb"))


def _kernel_manager():
    """A kernel manager on local IPC sockets: no TCP port, and no warning about unencrypted TCP.

    Each kernel gets its own socket path prefix, so kernels started in parallel never share one.
    """
    import os
    import subprocess
    import uuid

    from jupyter_client.manager import AsyncKernelManager

    class IPCKernelManager(AsyncKernelManager):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.transport = "ipc"
            self.ip = os.path.join(tempfile.gettempdir(), f"gbabrief-kernel-{uuid.uuid4().hex[:12]}")

        async def _async_launch_kernel(self, kernel_cmd, **kw):
            # The kernel's own log lines (an interrupt at shutdown: "KeyboardInterrupt caught in kernel")
            # are not the reader's business; a cell's output and errors reach the notebook as before.
            kw.setdefault("stderr", subprocess.DEVNULL)
            return await super()._async_launch_kernel(kernel_cmd, **kw)

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
    if template == "brief":
        from .tables import interactive

        body = interactive(body)  # sortable, searchable tables on screen; print leaves them out
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(body, encoding="utf-8")
    return body


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


TAG = re.compile(r"<(/?)([a-zA-Z][\w-]*)((?:\s[^>]*)?)>")
SCREEN_ONLY = re.compile(r"""\sclass=["'][^"']*\bscreen-only\b""")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def print_copy(html_text: str) -> str:
    """The brief's HTML without its screen-only elements (the full tables, every claim's list of
    articles): what print hides anyway, left out before WeasyPrint parses and styles it, which on a
    large corpus is most of its time. The PDF is the same."""
    out, last, depth, name = [], 0, 0, ""
    for m in TAG.finditer(html_text):
        closing, tag, attrs = m.group(1), m.group(2).lower(), m.group(3)
        if depth:  # inside a screen-only element: count its own tag to find where it ends
            if tag == name and not attrs.rstrip().endswith("/"):
                depth += -1 if closing else 1
                if not depth:
                    last = m.end()
            continue
        if not closing and SCREEN_ONLY.search(attrs):
            out.append(html_text[last:m.start()])
            if tag in VOID or attrs.rstrip().endswith("/"):
                last = m.end()
            else:
                depth, name = 1, tag
    if depth:  # an element left open: keep the text as it was
        return html_text
    out.append(html_text[last:])
    return "".join(out)


def write_pdf(html_text: str, target: Path, base: Path) -> list[str]:
    """Render the brief's HTML to PDF with WeasyPrint; return WeasyPrint's warnings."""
    from weasyprint import HTML

    handler = _Collect()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(handler)
    try:
        HTML(string=print_copy(html_text), base_url=str(base)).write_pdf(target)
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


def corpus_version(corpus: Path) -> str:
    """A hash of the corpus: every article file and the manifest, by name and content."""
    digest = hashlib.sha256()
    from .review import FOLDER

    sheets = sorted((corpus / FOLDER).glob("*.csv")) if (corpus / FOLDER).is_dir() else []
    for path in [*sorted(corpus.iterdir()), *sheets]:  # the analyst's review sheets change the brief too
        if path.is_file() and (path.suffix == ".txt" or path.name == "articles.csv" or path in sheets):
            digest.update(str(path.relative_to(corpus)).encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _step_key(notebook: Path, corpus_hash: str) -> str:
    from .corrections import CORRECTIONS

    digest = hashlib.sha256(notebook.read_bytes())
    digest.update(corpus_hash.encode())
    digest.update(code_version().encode())
    # The analyst's corrections change the coding: a changed file is a changed step.
    digest.update(CORRECTIONS.read_bytes() if CORRECTIONS.is_file() else b"no corrections")
    return digest.hexdigest()[:24]


def _run_step(notebook: Path, corpus: Path, stage: Path, corpus_hash: str) -> tuple[str, bool]:
    """Execute and export one notebook into ``stage``, or reuse its cached products; (name, reused)."""
    key = _step_key(notebook, corpus_hash)
    cached = cache_dir("steps") / f"{notebook.stem}-{key}"
    if (cached / "done").exists():
        shutil.copytree(cached, stage, dirs_exist_ok=True, ignore=shutil.ignore_patterns("done", ".executed"))
        return notebook.name, True
    # Beside the stage, under the same hidden name, so an interrupted build leaves nothing in sight.
    work = Path(tempfile.mkdtemp(prefix=f"{stage.name}-{notebook.stem}-", dir=stage.parent))
    try:
        executed = execute(notebook, corpus, work, work / ".executed")
        if notebook.stem == BRIEF:
            html_text = export_html(executed, work / "brief.html", template="brief")
            for warning in write_pdf(html_text, work / "brief.pdf", work):
                print(f"gbabrief: warning: weasyprint: {warning}", file=sys.stderr)
        else:
            export_html(executed, work / "notebooks" / (notebook.stem + ".html"))
        shutil.rmtree(work / ".executed", ignore_errors=True)
        shutil.copytree(work, stage, dirs_exist_ok=True)
        # Cache the products, then mark them complete.
        shutil.rmtree(cached, ignore_errors=True)
        shutil.copytree(work, cached)
        (cached / "done").write_text(json.dumps({"notebook": notebook.name, "key": key}), encoding="utf-8")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return notebook.name, False


def _check_reviews(frame, corpus: Path) -> None:
    """Read the corpus's review sheets before any kernel starts: a bad sheet stops the build in one line,
    and a reviewed row that no longer finds its sentence or figure is said here, once."""
    from .brief.table import figure_table
    from .lang import sentences
    from .manifest import REGIONS
    from .review import apply_figures, load, matched_sentences

    reviews = load(corpus)
    if not reviews:
        return
    analysed = frame[frame["region"].isin(REGIONS)].reset_index(drop=True)
    reviewed = analysed[analysed["file"].isin({r["file"] for r in reviews.sentences + reviews.figures})]
    matched_sentences(reviews, sentences(reviewed).merge(reviewed[["doc_id", "file"]], on="doc_id"))
    if reviews.figures:
        apply_figures(figure_table(reviewed), reviews)
    for line in reviews.stale_lines():
        print(f"gbabrief: warning: {line}", file=sys.stderr)


def build(corpus: str | Path = SEEDS, out: str | Path = OUTPUTS, *, notebook_dir: Path = NOTEBOOKS,
          jobs: int | None = None, strict: bool = False) -> list[Path]:
    """Execute and export every notebook, in parallel, reusing unchanged steps; return the files written."""
    from .corpus import load_corpus
    from .pipeline import workers

    # Load inputs: a bad file or manifest row stops the build before any kernel starts.
    from .corrections import load as load_corrections

    from .corrections import match
    from .lang import sentences

    corpus, out = Path(corpus).resolve(), Path(out).resolve()
    frame = load_corpus(corpus, strict=strict)
    fixes = load_corrections()
    if fixes:  # a correction that no longer finds its sentence is said here, where the analyst sees it
        corrected = frame[frame["file"].isin({c["file"] for c in fixes})]
        for line in match(frame, sentences(corrected), fixes)[1]:
            print(f"gbabrief: warning: {line}", file=sys.stderr)
    _check_reviews(frame, corpus)
    if out == corpus or corpus in out.parents:
        raise InputError(out, "the output folder must not be inside the corpus folder")
    corpus_hash = corpus_version(corpus)
    books = notebooks(notebook_dir)

    # Process data, in a staging folder beside the outputs.
    out.parent.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=f".{out.name}.building-", dir=out.parent))
    try:
        with ThreadPoolExecutor(max_workers=jobs or workers()) as pool:
            # The brief takes longest (it also renders the PDF): start it first.
            order = sorted(books, key=lambda nb: nb.stem != BRIEF)
            futures = [pool.submit(_run_step, nb, corpus, stage, corpus_hash) for nb in order]
            for future in _progress(futures, len(books)):
                name, reused = future.result()
                what = "unchanged, reused" if reused else "executed"
                print(f"gbabrief: {name}: {what}", file=sys.stderr)

        # Save outputs.
        _publish(stage, out)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    written = [out / "notebooks" / (nb.stem + ".html") for nb in books if nb.stem != BRIEF]
    if (notebook_dir / f"{BRIEF}.ipynb").exists():
        written += [out / "brief.html", out / "brief.pdf"]
    else:
        print("gbabrief: the brief is not built yet: notebooks/04_brief.ipynb does not exist, so "
              "brief.html and brief.pdf were not written", file=sys.stderr)
    return written


def _progress(futures, total: int):
    """Futures in the order they finish, with a progress bar on a terminal."""
    from concurrent.futures import as_completed

    done = as_completed(futures)
    if sys.stderr.isatty():
        from tqdm import tqdm

        return tqdm(done, total=total, desc="gbabrief build", unit="notebook", file=sys.stderr)
    return done
