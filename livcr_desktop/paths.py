"""Where the application keeps its files (``platformdirs``), overridable for tests and demos."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from livcr_desktop import APP_NAME

DATA_DIR_ENV = "LIVCR_DATA_DIR"


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def default_vault_path() -> Path:
    return data_dir() / "livcr.vault"


def demo_vault_path() -> Path:
    return data_dir() / "demo" / "demo.vault"
