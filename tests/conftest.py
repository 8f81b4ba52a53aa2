"""Shared fixtures: a real SQLCipher vault in a temp folder and a real in-memory keyring backend.

No mocks of the application: tests use the same storage and services the app uses, with cheap
Argon2 parameters (each slot records its own, so this does not weaken the app's vaults).

Strictness (with pyproject.toml's pytest options: ``--strict-config``, ``--strict-markers``,
``xfail_strict``, ``faulthandler_timeout``, Python and Qt warnings as errors): a log record at
WARNING or above fails the test unless it is expected (``tests/helpers/logfail.py``), and every
test that uses ``qtbot`` or ``qapp`` is marked ``gui``. Fixtures shared by several modules live in
``tests/helpers/fixtures.py``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import hypothesis
import keyring
import keyring.backend
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage.keyslots import TEST_KDF
from livcr_desktop.storage.vault import Vault

pytest_plugins = (
    "pytester",
    "tests.helpers.logfail",
    "tests.helpers.markers",
    "tests.helpers.fixtures",
    "tests.helpers.recorded_meeting",
    "tests.helpers.kdf_floor",
)

# Property tests are deterministic (the same examples on every run, so CI cannot fail by chance)
# and have no per-example deadline (a loaded 2-core machine is slow, not wrong).
hypothesis.settings.register_profile("livcr", derandomize=True, deadline=None, print_blob=True)
hypothesis.settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "livcr"))

PASSPHRASE = "correct horse battery staple"
TODAY = date(2026, 11, 21)


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A real keyring backend that keeps secrets in a dict (set with keyring.set_keyring)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.store[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError(username) from None


# keyring registers every KeyringBackend subclass it sees; keep this test double out of its
# automatic choice (the real-keyring tests must get the Secret Service, not this).
keyring.backend.KeyringBackend._classes.discard(MemoryKeyring)


@pytest.fixture(autouse=True)
def memory_keyring(request: pytest.FixtureRequest) -> Iterator[MemoryKeyring | None]:
    if request.node.get_closest_marker("keyring_real"):
        yield None
        return
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True, scope="session")
def belgian_dutch_locale() -> None:
    """The app's default locale (views.language sets it at start-up): Belgian Dutch dates and numbers."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale("nl_BE"))


@pytest.fixture(autouse=True)
def qt_settings(tmp_path: Path) -> Iterator[Path]:
    """Each test its own QSettings folder: the meeting window's remembered place (per screen) and the chosen
    language never leak from one test into the next, nor into the user's own settings."""
    from PySide6.QtCore import QSettings

    folder = tmp_path / "qt-settings"
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    d = tmp_path / "data"
    d.mkdir(mode=0o700)
    monkeypatch.setenv("LIVCR_DATA_DIR", str(d))
    return d


@pytest.fixture
def vault_path(data_dir: Path) -> Path:
    return data_dir / "test.vault"


def settle_background_tasks() -> None:
    """Let work started off the GUI thread (views/tasks.py) finish and report back before a vault closes."""
    tasks = sys.modules.get("livcr_desktop.views.tasks")
    if tasks is None or not tasks.running_tasks():
        return
    from PySide6.QtCore import QCoreApplication, QThreadPool

    pool = QThreadPool.globalInstance()
    app = QCoreApplication.instance()
    for _ in range(600):  # at most a minute
        pool.waitForDone(100)
        if app is not None:
            app.processEvents()  # deliver the queued results on this (the GUI) thread
        if not tasks.running_tasks():
            return
    pytest.fail(f"{tasks.running_tasks()} background task(s) still running after a minute")


@pytest.fixture(autouse=True)
def background_tasks_settled() -> Iterator[None]:
    """No test ends with a background task still running (a dialog may start one when it opens)."""
    yield
    settle_background_tasks()


@pytest.fixture
def vault(vault_path: Path) -> Iterator[Vault]:
    from livcr_desktop.services.unlock import create_vault

    v = create_vault(vault_path, PASSPHRASE, kdf=TEST_KDF)
    yield v
    settle_background_tasks()
    v.close()


@pytest.fixture
def ctx(vault: Vault) -> ServiceContext:
    return ServiceContext(vault, "voorzitter", today=lambda: TODAY, now=lambda: datetime(2026, 11, 21, 14, 0))
