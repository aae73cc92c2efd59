# gbabrief: two commands do all the set-up on a fresh Debian machine with Python 3.11.
#   make report   builds outputs/brief.html and outputs/brief.pdf from seeds/
#   make test     runs the whole test suite (unit, notebook and export tests)
#   make lab      opens JupyterLab on notebooks/ with the package importable

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
REPORT_DEBS := fonts-noto-cjk libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0
TEST_DEBS := $(REPORT_DEBS) chromium poppler-utils

.PHONY: report test test-fast lab sysdeps-report sysdeps-test clean-outputs

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "gbabrief: Python 3.11 or newer is needed (found $$($(PYTHON) --version))" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[test]'
	$(BIN)/python -m ipykernel install --sys-prefix --name gbabrief --display-name "Python (gbabrief)" >/dev/null
	@touch $(STAMP)

sysdeps-report:
	@scripts/ensure-system-packages $(REPORT_DEBS)

sysdeps-test:
	@scripts/ensure-system-packages $(TEST_DEBS)

report: sysdeps-report $(STAMP)
	$(BIN)/gbabrief build

test: sysdeps-test $(STAMP)
	$(BIN)/python -m pytest

test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "not slow"

lab: sysdeps-report $(STAMP)
	$(BIN)/jupyter lab --notebook-dir=notebooks

clean-outputs:
	rm -rf outputs/* .cache
