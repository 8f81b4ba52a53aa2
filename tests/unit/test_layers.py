"""The layer contracts of ``make lint`` bite: a forbidden import in a copy of the package fails ``lint-imports``.

Each case copies ``livcr_desktop/`` and ``pyproject.toml`` (the same ``[tool.importlinter]`` config) to a
temporary folder, adds one import that breaks a contract, runs ``lint-imports`` there and checks that it
fails and names the offending import. The unmodified copy and the real tree pass.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
CONTRACTS = len(
    tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]["contracts"]
)


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    """``lint-imports`` over the package under ``root`` (found first on the path), without a cache."""
    env = dict(os.environ, PYTHONPATH=str(root), NO_COLOR="1", COLUMNS="200")
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--no-logo", str(root / "pyproject.toml")],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A copy of the package and its pyproject.toml."""
    shutil.copytree(
        ROOT / "livcr_desktop", tmp_path / "livcr_desktop", ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
    )
    shutil.copy2(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def add_lines(path: Path, *lines: str) -> int:
    """Append lines to a module; the line number of the first one."""
    text = path.read_text(encoding="utf-8")
    if not text.endswith("\n"):
        text += "\n"
    first = text.count("\n") + 1
    path.write_text(text + "\n".join(lines) + "\n", encoding="utf-8")
    return first


@dataclass(frozen=True)
class Break:
    module: str  # the file that gets the import, relative to the package
    lines: tuple[str, ...]
    contract: str  # the contract's name as printed, as a regular expression
    names: str  # what the report must say, as a regular expression
    broken: int = 1  # contracts broken (an import that closes a cycle breaks the acyclic one too)


BREAKS = {
    "views import storage": Break(
        "views/widgets/labels.py",
        ("from livcr_desktop.storage import models",),
        r"views, commands and cli reach storage only through services",
        r"livcr_desktop\.views\.widgets\.labels -> livcr_desktop\.storage\.models \(l\.{line}\)",
    ),
    "commands import storage": Break(
        "commands/exchange.py",
        ("from livcr_desktop.storage import vault",),
        r"views, commands and cli reach storage only through services",
        r"livcr_desktop\.commands\.exchange -> livcr_desktop\.storage\.vault \(l\.{line}\)",
    ),
    "services import Qt": Break(
        "services/cases.py",
        ("import PySide6",),
        r"Only the views import Qt",
        r"livcr_desktop\.services\.cases -> PySide6 \(l\.{line}\)",
    ),
    "a platform helper imports Qt": Break(
        "paths.py",
        ("from PySide6 import QtCore",),
        r"Only the views import Qt",
        r"livcr_desktop\.paths -> PySide6(\.QtCore)? \(l\.{line}\)",
    ),
    "reports import services": Break(
        "reports/statistics_pdf.py",
        ("from livcr_desktop.services import statistics",),
        r"Layers:",
        r"livcr_desktop\.reports\.statistics_pdf -> livcr_desktop\.services\.statistics \(l\.{line}\)",
        broken=2,
    ),
    "storage imports reports": Break(
        "storage/vault.py",
        ("from livcr_desktop.reports import model",),
        r"Layers:",
        r"livcr_desktop\.storage\.vault -> livcr_desktop\.reports\.model \(l\.{line}\)",
    ),
    "domain imports services": Break(
        "domain/enums.py",
        ("from livcr_desktop.services import context",),
        r"Layers:",
        r"livcr_desktop\.domain\.enums -> livcr_desktop\.services\.context \(l\.{line}\)",
        broken=2,
    ),
    "views import commands": Break(
        "views/widgets/labels.py",
        ("from livcr_desktop.commands import common",),
        r"Layers:",
        r"livcr_desktop\.views\.widgets\.labels -> livcr_desktop\.commands\.common \(l\.{line}\)",
    ),
    # Shared widgets serve every feature folder, so they may not depend on one.
    "a shared widget imports a feature": Break(
        "views/widgets/forms.py",
        ("from livcr_desktop.views.cases import case_form",),
        r"Inside views:",
        r"livcr_desktop\.views\.widgets\.forms -> livcr_desktop\.views\.cases\.case_form \(l\.{line}\)",
        broken=2,
    ),
    "a feature imports the main window": Break(
        "views/cases/case_form.py",
        ("from livcr_desktop.views.main_window import MainWindow",),
        r"Inside views:",
        r"livcr_desktop\.views\.cases\.case_form -> livcr_desktop\.views\.main_window \(l\.{line}\)",
        broken=2,
    ),
    # The cycle issue 13 removed: the projector knew the live meeting window by its class.
    "projector imports the live meeting back": Break(
        "views/projector/meeting_source.py",
        ("if TYPE_CHECKING:", "    from livcr_desktop.views.meeting.live_meeting import LiveMeetingWindow"),
        r"No import cycles between sibling modules",
        r"No cycles are allowed in livcr_desktop\.views\.\n.*\n\n- \.projector -> \.meeting \(1 import\)",
    ),
}


@pytest.mark.parametrize("name", list(BREAKS))
def test_an_added_break_fails_lint_imports_and_names_it(tree: Path, name: str) -> None:
    brk = BREAKS[name]
    line = add_lines(tree / "livcr_desktop" / brk.module, *brk.lines)
    done = lint_imports(tree)
    out = done.stdout + done.stderr
    assert done.returncode == 1, out
    assert re.search(brk.contract + r"[^\n]*(\n[^\n]*)?BROKEN", out), out
    assert re.search(brk.names.format(line=line), out), out
    assert f"Contracts: {CONTRACTS - brk.broken} kept, {brk.broken} broken." in out, out  # no other contract


def test_a_new_top_level_module_must_be_placed_in_a_layer(tree: Path) -> None:
    (tree / "livcr_desktop" / "gadgets.py").write_text('"""Unplaced."""\n', encoding="utf-8")
    done = lint_imports(tree)
    assert done.returncode == 1
    assert "livcr_desktop.gadgets" in done.stdout + done.stderr


def test_the_unmodified_copy_passes(tree: Path) -> None:
    done = lint_imports(tree)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"Contracts: {CONTRACTS} kept, 0 broken." in done.stdout


def test_the_real_tree_passes() -> None:
    done = lint_imports(ROOT)
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_exception_is_temporary_and_names_the_file_to_change() -> None:
    """An ignore_imports entry is preceded by "# temporary: <file> ..." naming the importing module's file."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    ignored = [entry for c in contracts for entry in c.get("ignore_imports", [])]
    lines = (ROOT / "pyproject.toml").read_text(encoding="utf-8").splitlines()
    for entry in ignored:
        at = next(i for i, text in enumerate(lines) if text.strip().strip(",") == f'"{entry}"')
        comment = next(text.strip() for text in reversed(lines[:at]) if text.strip().startswith("#"))
        match = re.match(r"# temporary: (livcr_desktop/\S+\.py) is being moved to services\b", comment)
        assert match, f"{entry}: {comment}"
        importer = entry.split(" -> ")[0]
        assert match[1] == importer.replace(".", "/") + ".py", entry
        assert (ROOT / match[1]).is_file(), entry


def test_the_import_graph_in_the_architecture_doc_is_up_to_date() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "import_graph.py"), "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
