"""Locating the application's data folders: ``resources/`` (fonts, icons, style sheet, translations)
and ``ui/`` (Qt Designer forms).

The repository keeps both at its top, beside the package. A wheel carries them inside the package
as ``livcr_desktop/_data/<name>`` (copied there by the build hook in ``setup.py``), found here with
``importlib.resources``; a source checkout (editable install) and the PyInstaller bundle (whose
``_internal/`` folder holds ``livcr_desktop/``, ``resources/`` and ``ui/`` side by side) have them
one level above this module.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

PACKAGE = "livcr_desktop"
DATA_FOLDERS = ("resources", "ui")


def data_folder(name: str) -> Path:
    """The folder ``name`` (one of ``DATA_FOLDERS``) as a real directory (Qt and reportlab need paths)."""
    if name not in DATA_FOLDERS:
        raise ValueError(f"unknown data folder {name!r}")
    shipped = files(PACKAGE) / "_data" / name
    if isinstance(shipped, Path) and shipped.is_dir():  # an installed wheel (never zipped: Qt needs files)
        return shipped
    beside = Path(__file__).resolve().parents[1] / name  # the checkout, or the PyInstaller bundle
    if beside.is_dir():
        return beside
    raise FileNotFoundError(f"{name}/ folder not found (looked in {shipped} and {beside})")


def resources_dir() -> Path:
    return data_folder("resources")


def ui_dir() -> Path:
    return data_folder("ui")
