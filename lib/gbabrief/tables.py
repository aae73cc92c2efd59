"""Tables a reader can sort, search and page through, with nothing loaded from outside.

``interactive_tables()`` in a notebook: every DataFrame shown as such a table (itables' offline mode,
its bundle embedded in the notebook and in its HTML export).

``interactive(html) -> html``: the brief with DataTables (the bundle that ``itables`` ships for its
offline mode) embedded once, as base64 inside the page, and started on every ``table.sortable``
(the corpus, the cleaning audit and the figures). The rows stay in the HTML as rendered, links and
Chinese spans included, so a browser without scripts, WeasyPrint and a search of the file see the
whole table. The embedded part is screen-only: the PDF's print copy (``build.print_copy``) leaves it
out before WeasyPrint parses the page.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

PAGE = 25  # rows a page, for a table longer than that
OPTIONS = {  # DataTables options: sorted as rendered until the reader sorts; all rows on request
    "order": [], "pageLength": PAGE, "lengthMenu": [[PAGE, 100, -1], [PAGE, 100, "All"]], "autoWidth": False,
    "language": {"search": "Filter:"}}


def readable(value: float) -> str:
    """A float as a reader writes it: a whole number with thousands separators (1,860,000,000,000, not
    1.860000e+12, as pandas shows a column of sums beside counts), else two decimals (12.35), or four
    significant digits below one (0.0135)."""
    if value != value:  # NaN
        return "NaN"
    if float(value).is_integer() and abs(value) < 1e18:
        return f"{value:,.0f}"
    return f"{value:,.2f}" if abs(value) >= 1 else f"{value:.4g}"


def interactive_tables() -> None:
    """Show every DataFrame of this notebook as a sortable, searchable table, offline, its floats
    written as a reader writes them (``readable``: itables formats floats with pandas' float format)."""
    import itables
    import itables.options
    import pandas as pd

    from IPython.display import HTML, display

    itables.options.display_logo_when_loading = False  # an animated logo while loading: not in an export
    itables.options.classes = "display compact"  # long sentences wrap instead of running off the page
    pd.set_option("display.float_format", readable)
    itables.init_notebook_mode(all_interactive=True, connected=False)
    display(HTML(f"<style>{NOTEBOOK_CSS}</style>"))


# JupyterLab right-aligns every table cell; text reads from the left, numbers (DataTables' dt-type-numeric) stay
# right-aligned; a cell wraps within a readable width.
NOTEBOOK_CSS = ("table.dataTable td:not(.dt-type-numeric), table.dataTable th:not(.dt-type-numeric) "
                "{text-align: left !important} table.dataTable td {max-width: 42em; white-space: normal}")


@lru_cache(maxsize=1)
def _embedded() -> str:
    import itables
    import itables.options
    from itables.javascript import generate_init_offline_itables_html

    itables.options.display_logo_when_loading = False

    bundle = Path(itables.__file__).parent / "html" / "dt_bundle.js"
    version = itables.__version__
    handle = "_itables_" + version.replace(".", "_").replace("-", "_")
    start = f"""<script type="module">
(() => {{
  const start = async () => {{
    const {{ default: DataTable }} = await window.{handle};
    document.querySelectorAll("table.sortable").forEach(table => {{
      const long = table.tBodies.length > 0 && table.tBodies[0].rows.length > {PAGE};  // pages only when needed
      new DataTable(table, Object.assign({json.dumps(OPTIONS)}, {{paging: long, info: long, lengthChange: long}}));
    }});
  }};
  if (window.{handle}) {{ start(); }} else {{ window.addEventListener("itables-{version}-ready", start); }}
}})();
</script>"""
    return f'<div class="screen-only interactive-tables">{generate_init_offline_itables_html(bundle)}{start}</div>'


def interactive(html: str) -> str:
    """``html`` with the table scripts before ``</body>`` (unchanged when it has no sortable table)."""
    if "sortable" not in html:
        return html
    at = html.rfind("</body>")
    return html[:at] + _embedded() + html[at:] if at >= 0 else html + _embedded()
