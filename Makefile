# LIVC-R Desktop developer tasks (GNU make, POSIX sh recipes).
#
#   make test   system packages, .venv, all tests (offscreen + real Secret Service), lint
#   make demo   run the application on the demo vault
#   make lint   ruff + mypy + layer contracts (lint-imports)
#
# Targets run one after the other, even under -j: `deps` must finish before `venv` needs python3-venv.
.NOTPARALLEL:
.PHONY: venv deps demo test test-unit test-keyring lint translations package

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LINT_DIRS := $(wildcard livcr_desktop tests bench packaging scripts setup.py)

venv: $(STAMP)

# Re-installs only when pyproject.toml is newer than the stamp (or the venv is missing).
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

deps:
	sh scripts/install-system-deps.sh

# Compiled translations (.qm) are built from resources/translations/*.ts, never committed.
translations: venv
	$(BIN)/python scripts/i18n.py compile

demo: deps venv translations
	$(BIN)/livcr-desktop --demo

test: deps venv translations
	$(MAKE) --no-print-directory test-unit
	$(MAKE) --no-print-directory test-keyring
	$(MAKE) --no-print-directory lint

test-unit: venv
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not keyring_real"

# The keyring_real tests under a private D-Bus session with an unlocked gnome-keyring, in fresh
# XDG folders. pytest's exit code 5 (nothing collected) is a failure here too, and the tests fail
# rather than skip without a Secret Service (LIVCR_REQUIRE_REAL_KEYRING=1).
KEYRING_SESSION = printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; \
	exec $(BIN)/python -m pytest -m keyring_real

test-keyring: venv
	@set -eu; \
	data_home=$$(mktemp -d); runtime_dir=$$(mktemp -d); chmod 700 "$$runtime_dir"; \
	trap 'rm -rf "$$data_home" "$$runtime_dir"' EXIT; trap 'exit 130' INT TERM; \
	status=0; \
	XDG_DATA_HOME="$$data_home" XDG_RUNTIME_DIR="$$runtime_dir" LIVCR_REQUIRE_REAL_KEYRING=1 \
	QT_QPA_PLATFORM=offscreen \
	dbus-run-session -- sh -c '$(KEYRING_SESSION)' || status=$$?; \
	if [ "$$status" -eq 5 ]; then echo "make: no keyring_real tests were collected" >&2; fi; \
	exit "$$status"

# lint-imports: the layer contracts of [tool.importlinter] in pyproject.toml (docs/architecture.md).
lint: venv
	$(BIN)/ruff check $(LINT_DIRS)
	$(BIN)/ruff format --check $(LINT_DIRS)
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache

# The Linux one-folder build (PyInstaller) and its smoke test; not part of `make test`.
package: deps
	bash packaging/build_linux.sh
