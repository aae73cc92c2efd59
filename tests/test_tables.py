"""Tables in the notebooks: floats as a reader writes them, long sentences wrapped."""
from __future__ import annotations

import math

import itables
import itables.options
import pandas as pd
import pytest

from gbabrief.tables import interactive_tables, readable


@pytest.mark.parametrize("value, text", [(3.0, "3"), (1.860573e4, "18,605.73"), (1.8e12, "1,800,000,000,000"),
                                         (12.3456, "12.35"), (0.0135, "0.0135"), (-3.2, "-3.20"),
                                         (math.nan, "NaN")])
def test_a_float_is_written_as_a_reader_writes_it(value, text):
    assert readable(value) == text


def test_a_notebooks_tables_show_sums_beside_counts_without_exponents():
    facts = pd.DataFrame({"value": [3.0, 18605.73, 1.8e12]})
    assert "e+" in facts.to_string()  # pandas' own: 3.000000e+00 beside 1.800000e+12
    classes = itables.options.classes
    try:
        interactive_tables()
        shown = facts.to_string()
        assert "e+" not in shown and "1,800,000,000,000" in shown and "18,605.73" in shown
        assert "nowrap" not in itables.options.classes  # a long sentence wraps within the page
    finally:
        pd.reset_option("display.float_format")
        itables.options.classes = classes
        itables.init_notebook_mode(all_interactive=False, connected=False)  # other tests see pandas' own tables
