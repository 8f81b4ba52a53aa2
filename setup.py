"""Build hook: ship the top-level ``ui/`` and ``resources/`` folders inside the wheel.

Everything declarative lives in ``pyproject.toml``; this file only extends setuptools' ``build_py``
step. The repository keeps ``ui/`` (Qt Designer forms) and ``resources/`` (fonts, icons, style
sheet, translations) at its top, beside the package; a wheel only carries packages, so ``build_py``
copies both folders into the built package as ``livcr_desktop/_data/ui`` and
``livcr_desktop/_data/resources`` (build output only: nothing is written into the source tree). The
compiled translations (``.qm``, never committed) are made there from the ``.ts`` files with
``pyside6-lrelease`` when PySide6 is importable in the build environment (``pip wheel
--no-build-isolation``), else taken from ``resources/translations/*.qm`` when those are up to date
(``make translations``); a build that has neither fails rather than ship a Dutch-only wheel.

At run time ``livcr_desktop.resources`` finds the copies with ``importlib.resources``; a source
checkout (editable install) and the PyInstaller bundle use the top-level folders directly.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
DATA_TREES = ("ui", "resources")
SKIP_SUFFIXES = {".qm", ".ts", ".pyc"}  # .ts are sources: the .qm built from them ship


def _lrelease() -> list[str] | None:
    """A command that compiles .ts to .qm, or None when PySide6 is not in the build environment."""
    found = shutil.which("pyside6-lrelease")
    if found:
        return [found]
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    if beside.is_file():
        return [str(beside)]
    try:
        import PySide6
    except ImportError:
        return None
    binary = Path(PySide6.__file__).with_name("lrelease")
    return [str(binary)] if binary.is_file() else None


class BuildWithData(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the top-level folders of the checkout
        target = Path(self.build_lib) / "livcr_desktop" / "_data"
        for tree in DATA_TREES:
            source = ROOT / tree
            for path in sorted(source.rglob("*")):
                if path.is_file() and path.suffix not in SKIP_SUFFIXES and "__pycache__" not in path.parts:
                    dest = target / tree / path.relative_to(source)
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copy2(path, dest)
        self._translations(target / "resources" / "translations")

    def _translations(self, out: Path) -> None:
        sources = sorted((ROOT / "resources" / "translations").glob("livcr_*.ts"))
        lrelease = _lrelease()
        for ts in sources:
            qm = out / ts.with_suffix(".qm").name
            qm.parent.mkdir(parents=True, exist_ok=True)
            if lrelease is not None:
                subprocess.run([*lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
                continue
            built = ts.with_suffix(".qm")
            if not built.is_file() or built.stat().st_mtime < ts.stat().st_mtime:
                raise SystemExit(
                    f"setup.py: cannot compile {ts.name} (no PySide6 in the build environment) and "
                    f"{built.name} is missing or stale: run `make translations` first"
                )
            shutil.copy2(built, qm)


setup(cmdclass={"build_py": BuildWithData})
