"""Markers set from what a test uses: ``gui`` on every test that needs a QApplication."""

from __future__ import annotations

import pytest

GUI_FIXTURES = frozenset({"qtbot", "qapp"})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that uses ``qtbot`` or ``qapp`` ``gui`` (``-m "not gui"`` runs the rest)."""
    for item in items:
        if GUI_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "gui: uses qtbot or qapp (set automatically by tests/helpers/markers.py)")
