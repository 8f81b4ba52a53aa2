"""Start-up, off the GUI thread: import the storage stack and the main window while the passphrase is typed.

The unlock dialog is painted before SQLAlchemy, SQLCipher, the services and the main window are
imported (:mod:`livcr_desktop.views.app`); once it is painted a :class:`Preloader` imports them in a
background thread (Python's import lock makes that safe), then tries the OS keyring.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from livcr_desktop.services.vaults import Vault
    from livcr_desktop.views.tasks import BackgroundTask

_log = logging.getLogger(__name__)


# What the window needs after the unlock dialog, in the order the background import takes them:
# first what the unlock itself runs, then the main window and what the session adds to it.
PRELOAD_MODULES: tuple[str, ...] = (
    "livcr_desktop.services.vaults",
    "sqlalchemy.dialects.sqlite",  # otherwise imported by the first create_engine, after the key derivation
    "sqlcipher3",
    "livcr_desktop.services.unlock",
    "livcr_desktop.views.widgets.messages",
    "livcr_desktop.services.users",
    "livcr_desktop.services.settings",
    "livcr_desktop.views.main_window",
    "livcr_desktop.views.admin.admin_menu",
    "livcr_desktop.views.vault.lock",
    "livcr_desktop.views.widgets.first_paint",
)


def import_storage_stack() -> None:
    """Import the services, the storage stack and the main window, and settle the ORM mappers.

    Runs in a background thread at start-up: each import takes Python's import lock for its module,
    so the GUI thread importing the same module meanwhile waits for it rather than importing twice.
    """
    for name in PRELOAD_MODULES:
        importlib.import_module(name)
    from livcr_desktop.services.vaults import settle_orm

    settle_orm()
    _warm_qt_enums()


def _warm_qt_enums() -> None:
    """Build the Python enum types of the widget classes the main window uses (PySide6 makes them
    on first use, about 30 ms in all), here rather than between the unlock and the case list."""
    from PySide6 import QtCore, QtGui, QtWidgets

    for module, names in (
        (QtCore, ("Qt", "QItemSelectionModel", "QAbstractItemModel", "QEvent", "QLocale")),
        (QtGui, ("QPalette", "QFont", "QKeySequence", "QAction", "QPainter", "QTextOption")),
        (
            QtWidgets,
            (
                "QAbstractItemView",
                "QHeaderView",
                "QSizePolicy",
                "QTabWidget",
                "QFrame",
                "QStyle",
                "QTableView",
                "QComboBox",
                "QLineEdit",
                "QToolButton",
                "QAbstractScrollArea",
            ),
        ),
    ):
        for name in names:
            cls = getattr(module, name)
            for attr in dir(cls):
                if attr[:1].isupper():
                    with contextlib.suppress(Exception):
                        getattr(cls, attr)


class Preloaded:
    """What the background import found: whether the keyring works, and a vault it opened."""

    __slots__ = ("keyring_ok", "vault")

    def __init__(self, keyring_ok: bool, vault: Vault | None = None) -> None:
        self.keyring_ok = keyring_ok
        self.vault = vault  # opened with the OS keyring, before any passphrase was submitted


class Preloader:
    """At start-up, off the GUI thread: the imports of :func:`import_storage_stack`, then the keyring.

    Started once the unlock dialog is painted (``UnlockDialog.first_painted``). ``on_ready(Preloaded)``
    runs on the GUI thread when done. ``keyring_for``: a vault to try with the OS keyring (what
    ``obtain_vault`` used to do before showing the dialog); the attempt is skipped once
    ``submitted`` is set (a passphrase is already being tried).
    """

    def __init__(self, keyring_for: Path | None = None, submitted: threading.Event | None = None) -> None:
        self.keyring_for = keyring_for
        self.submitted = submitted or threading.Event()
        self.result: Preloaded | None = None
        self.error: BaseException | None = None
        self.on_ready: Callable[[Preloaded], None] | None = None
        self.task: BackgroundTask[Preloaded] | None = None

    def start(self) -> Preloader:
        """Start the background import (once; later calls do nothing)."""
        from livcr_desktop.views.tasks import BackgroundTask

        if self.task is None:
            self.task = BackgroundTask(None, self._work, self._done, self._failed, busy_cursor=False).start()
        return self

    @property
    def done(self) -> bool:
        return self.result is not None or self.error is not None

    def _work(self) -> Preloaded:
        import_storage_stack()
        from livcr_desktop.services import unlock
        from livcr_desktop.services.vaults import VaultError

        keyring_ok = unlock.keyring_status()
        vault = None
        if keyring_ok and self.keyring_for is not None and not self.submitted.is_set():
            with contextlib.suppress(VaultError):  # not remembered here: the passphrase it is
                vault = unlock.open_vault_with_keyring(self.keyring_for)
        return Preloaded(keyring_ok, vault)

    def _done(self, result: Preloaded) -> None:
        self.result = result
        if self.on_ready is not None:
            self.on_ready(result)
        elif result.vault is not None:
            result.vault.close()

    def _failed(self, exc: BaseException) -> None:
        self.error = exc  # the GUI thread's own import raises it again where it is needed
        _log.error("background import failed: %s", type(exc).__name__)
