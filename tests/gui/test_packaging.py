"""Fast checks of packaging/: the spec and its rules, the .desktop file, the installer script, the icons.

The build itself (PyInstaller, ~1 min, then the smoke test) is ``packaging/build_linux.sh``; these
tests only make sure that what it reads is consistent, so a broken spec is caught before a build.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

import livcr_desktop

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
ICONS = REPO / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def load(path: Path, name: str) -> ModuleType:
    """A module from a file (packaging/ is not a package: ``packaging`` is also a library's name)."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def rules() -> ModuleType:
    return load(PACKAGING / "bundle_rules.py", "livcr_bundle_rules")


# -- the spec -------------------------------------------------------------------------------------


def test_spec_parses_and_its_files_exist() -> None:
    spec = (PACKAGING / "livcr-desktop.spec").read_text(encoding="utf-8")
    ast.parse(spec)  # executed by PyInstaller as Python
    for name in ("entry.py", "bundle_rules.py"):
        assert name.replace(".py", "") in spec
        assert (PACKAGING / name).is_file()
    assert "hooks" in spec and (PACKAGING / "hooks").is_dir()
    assert 'copy_metadata("keyring")' in spec
    assert not (PACKAGING / "__init__.py").exists(), "packaging/ must not shadow the 'packaging' library"


def test_entry_script_runs_the_cli() -> None:
    tree = ast.parse((PACKAGING / "entry.py").read_text(encoding="utf-8"))
    imports = [n for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    assert any(n.module == "livcr_desktop.cli" and n.names[0].name == "main" for n in imports)


def test_data_files_exist_and_cover_what_the_app_reads(rules: ModuleType) -> None:
    pairs = rules.data_files(REPO)
    for source, _dest in pairs:
        assert Path(source).is_file(), source
    dests = {f"{dest}/{Path(source).name}" for source, dest in pairs}
    assert "ui/case_form.ui" in dests
    assert "resources/fonts/DejaVuSans.ttf" in dests
    assert "resources/styles/app.qss" in dests
    assert "resources/icons/livcr-desktop.svg" in dests
    assert "livcr_desktop/storage/migrations/env.py" in dests
    scripts = sorted((REPO / "livcr_desktop/storage/migrations/versions").glob("0*.py"))
    assert scripts and all(f"livcr_desktop/storage/migrations/versions/{s.name}" in dests for s in scripts)
    for qm in (REPO / "resources/translations").glob("*.qm"):
        assert f"resources/translations/{qm.name}" in dests


def test_bundle_layout_is_where_the_app_looks(rules: ModuleType, tmp_path: Path) -> None:
    """In the bundle, a module's ``__file__`` is ``<_internal>/livcr_desktop/...``: lay the data out
    as the spec does and let the application's own lookup functions find it."""
    for source, dest in rules.data_files(REPO):
        (tmp_path / dest).mkdir(parents=True, exist_ok=True)
        shutil.copy(source, tmp_path / dest)
    (tmp_path / "livcr_desktop").mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "livcr_desktop/resources.py", tmp_path / "livcr_desktop/resources.py")
    resources = load(tmp_path / "livcr_desktop/resources.py", "frozen_resources_probe")
    assert resources.resources_dir() == (tmp_path / "resources").resolve()
    assert resources.ui_dir() == (tmp_path / "ui").resolve()
    from livcr_desktop import resources as lookup
    from livcr_desktop.views.widgets import forms

    assert forms.ui_dir is lookup.ui_dir  # type: ignore[attr-defined]  # the forms use the one lookup
    from livcr_desktop.storage import schema

    assert schema.MIGRATIONS_DIR.relative_to(REPO) == Path("livcr_desktop/storage/migrations")


def test_hidden_imports(rules: ModuleType) -> None:
    linux = rules.platform_hidden_imports("linux")
    for backend in ("SecretService", "kwallet", "Windows", "macOS", "chainer", "fail"):
        assert f"keyring.backends.{backend}" in linux
    assert {"secretstorage", "jeepney"} <= set(linux)
    assert "win32ctypes.core" in rules.platform_hidden_imports("win32")
    assert {"alembic.op", "sqlalchemy"} <= set(rules.migration_imports(REPO))
    modules = rules.app_modules(REPO)
    assert {"livcr_desktop.cli", "livcr_desktop.commands", "livcr_desktop.views.app"} <= set(modules)
    assert not [m for m in modules if "migrations" in m]


def modules_imported_by_the_app() -> set[str]:
    used: set[str] = set()
    for path in (REPO / "livcr_desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                used.add(node.module)
                used.update(f"{node.module}.{a.name}" for a in node.names)
            elif isinstance(node, ast.Import):
                used.update(a.name for a in node.names)
    return used


def test_no_module_the_app_imports_is_excluded(rules: ModuleType) -> None:
    used = modules_imported_by_the_app()
    excluded = [name for name in used if any(name == x or name.startswith(x + ".") for x in rules.EXCLUDED_MODULES)]
    assert not excluded, f"the frozen app would fail to import {excluded}: change packaging/bundle_rules.py"


def test_every_qt_module_the_app_imports_has_a_filtering_hook() -> None:
    used = {m for m in modules_imported_by_the_app() if re.fullmatch(r"PySide6\.Qt\w+", m)}
    assert {"PySide6.QtCore", "PySide6.QtWidgets", "PySide6.QtUiTools", "PySide6.QtDBus"} <= used
    for module in used:  # our hooks filter what each Qt module brings; a new module needs one too
        assert (PACKAGING / "hooks" / f"hook-{module}.py").is_file(), f"add packaging/hooks/hook-{module}.py"


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
        ("PySide6/Qt/lib/libQt6OpenGL.so.6", True),  # Qt UiTools links it
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt/lib/libQt6Qml.so.6", False),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", False),
        ("PySide6/Qt/lib/libQt6VirtualKeyboard.so.6", False),
        ("PySide6/Qt6Quick.dll", False),
        ("PySide6/Qt6Widgets.dll", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/plugins/platforms/qdirect2d.dll", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", True),
        ("PySide6/Qt/plugins/wayland-shell-integration/libivi-shell.so", False),
        ("PySide6/Qt/plugins/wayland-graphics-integration-client/libqt-plugin-wayland-egl.so", True),
        ("PySide6/Qt/plugins/wayland-graphics-integration-client/libvulkan-server.so", False),
        ("PySide6/Qt/plugins/qmltooling/libqmldbg_debugger.so", False),
        ("PySide6/Qt/translations/qtbase_fr.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/designer_nl.qm", False),
        ("PySide6/QtQml.abi3.so", False),
        ("PySide6/QtWidgets.abi3.so", True),
        ("libcups.so.2", False),
        ("libfontconfig.so.1", False),
        ("libxcb-cursor.so.0", True),
        ("libstdc++.so.6", True),
        ("pillow.libs/libxcb-9065bb12.so.1.1.0", True),
        ("resources/translations/livcr_fr.qm", True),
    ],
)
def test_pruning_rules(rules: ModuleType, dest: str, kept: bool) -> None:
    assert rules.keep(dest) is kept


def test_prune_and_filter_hook(rules: ModuleType) -> None:
    kept, dropped = rules.prune([("libQt6Core.so.6", "/x", "BINARY"), ("libQt6Quick.so.6", "/y", "BINARY")])
    assert kept == [("libQt6Core.so.6", "/x", "BINARY")] and dropped == ["libQt6Quick.so.6"]
    hidden, binaries, datas = rules.filter_hook(
        ["PySide6.QtQml", "PySide6.QtCore"],
        [
            ("/w/PySide6/Qt/plugins/platforms/libqvnc.so", "PySide6/Qt/plugins/platforms"),
            ("/w/PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms"),
        ],
        [("/w/PySide6/Qt/translations/qt_help_de.qm", "PySide6/Qt/translations")],
    )
    assert hidden == ["PySide6.QtCore"]
    assert [Path(b[0]).name for b in binaries] == ["libqxcb.so"]
    assert datas == []


# -- one version ------------------------------------------------------------------------------------


def test_version_comes_from_one_place(rules: ModuleType) -> None:
    assert rules.read_version() == livcr_desktop.__version__
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert 'dynamic = ["version"]' in pyproject
    assert 'version = { attr = "livcr_desktop.__version__" }' in pyproject
    iss = (PACKAGING / "windows/livcr-desktop.iss").read_text(encoding="utf-8")
    assert '#include "version.iss"' in iss and "AppVersion={#AppVersion}" in iss
    assert not re.search(r"#define\s+AppVersion\b", iss), "the version is written by the spec, not here"
    generated = rules.version_iss("1.2.3rc1")
    assert '#define AppVersion "1.2.3rc1"' in generated and '#define AppVersionNumeric "1.2.3.0"' in generated
    assert rules.numeric_version("2.10") == (2, 10, 0, 0)
    assert "windows/version.iss" in (PACKAGING / ".gitignore").read_text(encoding="utf-8")


# -- Windows installer -----------------------------------------------------------------------------


def test_inno_setup_script() -> None:
    iss = (PACKAGING / "windows/livcr-desktop.iss").read_text(encoding="utf-8")
    sections = re.findall(r"^\[(\w+)\]", iss, flags=re.MULTILINE)
    assert {"Setup", "Languages", "Files", "Icons", "Run"} <= set(sections)
    assert re.search(r"^AppId=\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$", iss, re.MULTILINE)
    assert r"DefaultDirName={autopf}\{#AppName}" in iss
    assert "PrivilegesRequired=admin" in iss
    for messages in ("Dutch.isl", "French.isl", "Default.isl"):
        assert messages in iss
    assert r"resources\icons\livcr-desktop.ico" in iss
    assert (ICONS / "livcr-desktop.ico").is_file()
    # preprocessor conditionals are balanced
    opens = len(re.findall(r"^\s*#if", iss, re.MULTILINE))
    assert opens == len(re.findall(r"^\s*#endif", iss, re.MULTILINE))


# -- Linux desktop entry ---------------------------------------------------------------------------


def desktop_entry() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(PACKAGING / "linux/livcr-desktop.desktop", encoding="utf-8")
    return parser


def test_desktop_entry_keys() -> None:
    entry = desktop_entry()["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "LIVC-R Desktop" and entry["Name[fr]"] == "CSIL-R Desktop"
    assert entry["Exec"] == "livcr-desktop" and entry["Icon"] == "livcr-desktop"
    assert entry["Categories"] == "Office;"
    for key in ("Comment", "Comment[nl]", "Comment[fr]"):
        assert entry[key]


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_entry_validates() -> None:
    proc = subprocess.run(
        ["desktop-file-validate", str(PACKAGING / "linux/livcr-desktop.desktop")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout + proc.stderr


# -- icons -------------------------------------------------------------------------------------------


def test_svg_icon() -> None:
    root = ET.parse(ICONS / "livcr-desktop.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 256 256"


@pytest.mark.parametrize("size", SIZES)
def test_png_icons_have_their_size(size: int) -> None:
    data = (ICONS / f"livcr-desktop-{size}.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height, depth, colour = struct.unpack(">IIBB", data[16:26])
    assert (width, height, depth, colour) == (size, size, 8, 6)  # 8-bit RGBA


def test_ico_holds_every_size() -> None:
    data = (ICONS / "livcr-desktop.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(SIZES))
    sizes = []
    for i in range(count):
        width, height, _c, _r, planes, bits, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * i : 22 + 16 * i])
        assert (planes, bits) == (1, 32) and offset + length <= len(data)
        sizes.append(width or 256)
        assert (height or 256) == (width or 256)
    assert tuple(sizes) == SIZES


# -- scripts and README ----------------------------------------------------------------------------


def test_build_scripts_are_valid_shell() -> None:
    for script, shell in (("build_linux.sh", "bash"), ("linux/install.sh", "sh")):
        path = PACKAGING / script
        assert path.stat().st_mode & 0o111, f"{script} is not executable"
        proc = subprocess.run([shell, "-n", str(path)], capture_output=True, text=True, check=False)
        assert proc.returncode == 0, proc.stderr
    build = (PACKAGING / "build_linux.sh").read_text(encoding="utf-8")
    assert "livcr-desktop.spec" in build and "smoke_test.py" in build
    assert re.search(r'"pyinstaller>=6\.\d+,<7"', build)


def test_readme_records_the_measured_build() -> None:
    readme = (PACKAGING / "README.md").read_text(encoding="utf-8")
    assert re.search(r"\b\d{2,3} MB\b", readme), "the measured folder size"
    assert re.search(r"\b\d{3} files\b", readme), "the measured file count"
    for topic in ("build_linux.sh", "iscc", ".desktop", "smoke"):
        assert topic.lower() in readme.lower()


# -- the test suite's own discipline (pyproject.toml, tests/conftest.py, tests/helpers/) -----------


def test_pytest_configuration_is_strict() -> None:
    import tomllib

    options = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["pytest"]["ini_options"]
    addopts = options["addopts"].split()
    assert {"--strict-markers", "--strict-config"} <= set(addopts)
    assert options["xfail_strict"] is True
    assert 0 < int(options["faulthandler_timeout"]) <= 300
    assert options["filterwarnings"] == ["error"] and options["qt_log_level_fail"] == "WARNING"
    assert any(m.startswith("gui:") for m in options["markers"])


DISCIPLINE_PROBE = """
import logging

import pytest

log = logging.getLogger("livcr_desktop.probe")


def test_unexpected_warning():
    log.warning("not expected")


def test_expected_warning(caplog):
    with caplog.at_level(logging.WARNING):
        log.warning("expected")
        log.error("also expected")
    assert "expected" in caplog.text


def test_info_is_fine():
    log.info("fine")


@pytest.fixture
def noisy_fixture():
    log.error("in a fixture")


def test_warning_in_setup(noisy_fixture):
    pass


@pytest.mark.xfail(reason="passes unexpectedly")
def test_unexpected_pass():
    pass


def test_uses_qtbot(qtbot):
    pass
"""


def test_warnings_logged_by_a_test_fail_it_and_gui_tests_are_marked(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytester.makeini("[pytest]\nqt_api = pyside6\nxfail_strict = true\nlog_level = INFO\n")
    pytester.makeconftest('pytest_plugins = ("tests.helpers.logfail", "tests.helpers.markers")\n')
    pytester.makepyfile(test_probe=DISCIPLINE_PROBE)
    monkeypatch.setenv("PYTHONPATH", str(REPO))
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-rA")
    result.assert_outcomes(passed=3, failed=2, errors=1)
    for line in (
        "FAILED test_probe.py::test_unexpected_warning*",
        "ERROR test_probe.py::test_warning_in_setup*",
        "FAILED test_probe.py::test_unexpected_pass*",
    ):
        result.stdout.fnmatch_lines([line])
    assert "WARNING livcr_desktop.probe: not expected" in result.stdout.str()
    gui = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-m", "gui", "-q")
    gui.assert_outcomes(passed=1, deselected=5)
