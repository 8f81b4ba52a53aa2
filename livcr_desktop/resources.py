"""Locating the repository's (or the installed) ``resources/`` folder."""

from __future__ import annotations

from pathlib import Path


def resources_dir() -> Path:
    here = Path(__file__).resolve()
    for candidate in (here.parents[1] / "resources", here.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("resources/ folder not found")
