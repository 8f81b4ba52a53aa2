"""The built wheel works on its own: ``ui/``, ``resources/`` and the compiled translations are inside it.

The wheel is built from a copy of the sources without any ``.qm`` (the build hook in ``setup.py``
compiles them), installed with ``--no-deps`` into a fresh venv that borrows the project venv's
third-party packages through a ``.pth`` line (no download; ``.pth`` files of the borrowed folder, such
as the editable install's finder, are not run), and started from a temporary working directory:
``livcr-desktop demo`` writes a vault, and the window opens offscreen on the demo vault, paints, and
quits. Nothing may be imported from the source checkout.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import textwrap
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SOURCES = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "LICENSE", "livcr_desktop", "ui", "resources")
PASSPHRASE = "wiel-rookproef-wachtwoordzin-2026"

pytestmark = pytest.mark.slow  # building, installing and starting twice: about 15-25 s on 2 cores


@dataclass(frozen=True)
class Installed:
    root: Path
    wheel: Path
    python: Path
    script: Path

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "DISPLAY")}
        runtime = self.root / "runtime"
        runtime.mkdir(mode=0o700, exist_ok=True)
        env.update(
            QT_QPA_PLATFORM="offscreen",
            LIVCR_DATA_DIR=str(self.root / "data"),
            XDG_CONFIG_HOME=str(self.root / "config"),
            XDG_RUNTIME_DIR=str(runtime),
            PYTHONDONTWRITEBYTECODE="1",
        )
        return env

    def run(self, *args: str, stdin: str = "", timeout: float = 180) -> subprocess.CompletedProcess[str]:
        cwd = self.root / "elsewhere"
        cwd.mkdir(exist_ok=True)
        return subprocess.run(
            list(args),
            input=stdin,
            capture_output=True,
            text=True,
            cwd=cwd,
            env=self.env(),
            timeout=timeout,
            check=False,
        )


def _copy_sources(dest: Path) -> None:
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm", "*.egg-info", "_data")
    for name in SOURCES:
        src = REPO / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=ignore)
        else:
            shutil.copy2(src, dest / name)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    root = tmp_path_factory.mktemp("wheel")
    src, dist, venv = root / "src", root / "dist", root / "venv"
    src.mkdir()
    _copy_sources(src)
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "-q",
            "-w",
            str(dist),
            str(src),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert build.returncode == 0, build.stdout + build.stderr
    (wheel,) = dist.glob("livcr_desktop-*.whl")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    # the project venv's third-party packages, appended after the fresh venv's own site-packages
    (site / "livcr-test-borrowed.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    install = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index", "-q", str(wheel)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    return Installed(root, wheel, python, venv / "bin" / "livcr-desktop")


def test_wheel_carries_forms_resources_and_compiled_translations(installed: Installed) -> None:
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    data = "livcr_desktop/_data/"
    for shipped in (REPO / "ui").glob("*.ui"):
        assert f"{data}ui/{shipped.name}" in names
    for sub in ("fonts/DejaVuSans.ttf", "fonts/LICENSE-DejaVu.txt", "icons/livcr-desktop.svg", "styles/app.qss"):
        assert f"{data}resources/{sub}" in names
    for ts in (REPO / "resources" / "translations").glob("livcr_*.ts"):
        assert f"{data}resources/translations/{ts.with_suffix('.qm').name}" in names
    assert "livcr_desktop/storage/migrations/env.py" in names
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)


def test_installed_package_finds_its_data_outside_the_checkout(installed: Installed) -> None:
    probe = textwrap.dedent("""
        import livcr_desktop
        from livcr_desktop.resources import resources_dir, ui_dir
        from PySide6.QtCore import QTranslator
        print(livcr_desktop.__file__)
        print(resources_dir())
        print(ui_dir())
        print(QTranslator().load("livcr_fr", str(resources_dir() / "translations")))
    """)
    result = installed.run(str(installed.python), "-c", probe)
    assert result.returncode == 0, result.stderr
    module, resources, ui, french = result.stdout.split("\n")[:4]
    venv = installed.python.parent.parent
    for path in (module, resources, ui):
        assert Path(path).is_relative_to(venv), path
        assert not Path(path).is_relative_to(REPO), path
    assert french == "True"


def test_demo_command_writes_a_vault(installed: Installed) -> None:
    vault = installed.root / "cli-demo.vault"
    result = installed.run(str(installed.script), "demo", "--vault", str(vault), stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    assert "demo vault written to" in result.stdout
    check = installed.run(str(installed.script), "check", "--vault", str(vault), stdin=PASSPHRASE + "\n")
    assert check.returncode == 0, check.stderr
    assert "integrity_check: ok" in check.stdout


# The console script's own start, with one addition: the QApplication is made first (by the app's own
# make_application, which run_gui then reuses) so an event filter can quit after the first paint of
# the main window. It prints where every livcr_desktop module came from.
GUI_DRIVER = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QMainWindow

from livcr_desktop import cli
from livcr_desktop.views.app import make_application

app = make_application()

class FirstPaint(QObject):
    painted = None

    def eventFilter(self, obj, event):
        if FirstPaint.painted is None and event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
            FirstPaint.painted = obj.windowTitle() or type(obj).__name__
            QTimer.singleShot(0, app.quit)
        return False

watcher = FirstPaint()
app.installEventFilter(watcher)
QTimer.singleShot(120_000, lambda: app.exit(3))  # never hang the test run
status = cli.main(["--demo", "--passphrase-stdin"])
print("painted:", FirstPaint.painted)
print("status:", status)
print("stylesheet:", bool(app.styleSheet()))
for name, module in sorted(sys.modules.items()):
    if name.startswith("livcr_desktop") and getattr(module, "__file__", None):
        print("module:", module.__file__)
sys.exit(status)
"""


def test_window_starts_offscreen_on_the_demo_vault(installed: Installed) -> None:
    driver = installed.root / "gui_driver.py"
    driver.write_text(GUI_DRIVER, encoding="utf-8")
    passphrase = _demo_passphrase(installed)
    result = installed.run(str(installed.python), str(driver), stdin=passphrase + "\n")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    painted = next(line for line in lines if line.startswith("painted:"))
    assert painted != "painted: None", result.stdout
    assert "stylesheet: True" in lines
    modules = [Path(line.removeprefix("module: ")) for line in lines if line.startswith("module: ")]
    assert len(modules) > 20  # the window pulls in most of the package
    venv = installed.python.parent.parent
    assert all(m.is_relative_to(venv) for m in modules), [m for m in modules if not m.is_relative_to(venv)]
    assert "Traceback" not in result.stderr, result.stderr


def _demo_passphrase(installed: Installed) -> str:
    result = installed.run(
        str(installed.python), "-c", "from livcr_desktop.services.demo import DEMO_PASSPHRASE; print(DEMO_PASSPHRASE)"
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()
