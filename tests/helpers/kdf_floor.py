"""The KDF floor for tests: vaults made with ``TEST_KDF`` are not upgraded at every login.

``keyslots.MIN_KDF`` is read at call time; the application never lowers it. The suite lowers it
for every test with this autouse fixture (``pytest_plugins = ["tests.helpers.kdf_floor"]`` in conftest);
``tests/unit/test_kdf_bounds.py`` raises it back to prove the upgrade. Child processes started by
tests set it themselves (``tests/helpers/rekey_child.py``, ``tests/helpers/fault_child.py``).
"""

from __future__ import annotations

import pytest

from livcr_desktop.storage import keyslots


@pytest.fixture(autouse=True)
def low_kdf_floor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyslots, "MIN_KDF", keyslots.TEST_KDF)
