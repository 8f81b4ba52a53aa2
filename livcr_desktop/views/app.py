"""Start-up of the window: language, style, which vault, unlock, main window; a clean end on SIGTERM."""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import FrameType

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from livcr_desktop import __version__, paths
from livcr_desktop.resources import resources_dir
from livcr_desktop.services import demo as demo_data
from livcr_desktop.services import unlock, users
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage.errors import VaultError
from livcr_desktop.storage.vault import Vault, key_path_for
from livcr_desktop.views.admin_dialogs import install_admin_menu
from livcr_desktop.views.contrast import adapt_style_sheet
from livcr_desktop.views.language import LanguageSwitcher, save_language
from livcr_desktop.views.lock import DEFAULT_IDLE_MINUTES, SessionLock
from livcr_desktop.views.main_window import MainWindow
from livcr_desktop.views.messages import vault_error_message
from livcr_desktop.views.vault_dialogs import CreateVaultDialog, UnlockDialog

_log = logging.getLogger(__name__)

# Signals that end the session the way the "Afsluiten" menu does: windows closed, audit head
# recorded, WAL checkpointed, exit code 0. SIGTERM is what a desktop logout or a shutdown sends;
# SIGHUP a closed terminal; SIGINT a Ctrl-C in the terminal the app was started from.
QUIT_SIGNALS: tuple[signal.Signals, ...] = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name))


def _t(text: str) -> str:
    return QCoreApplication.translate("App", text)


class SignalQuit(QObject):
    """Turn SIGTERM, SIGHUP and SIGINT into a clean quit inside the Qt event loop.

    Python runs a signal handler only when the interpreter gets control, and in a Qt event loop it
    may not for a long time. The C-level handler writes the signal number to a socket
    (``signal.set_wakeup_fd``); a ``QSocketNotifier`` on the other end wakes the loop and runs a
    Python slot, and with it the Python handler. The handler only schedules ``on_signal`` (never
    runs it in the middle of whatever Python code was interrupted, such as a transaction).
    """

    def __init__(self, on_signal: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.on_signal = on_signal
        self.received: list[int] = []
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._previous = {sig: signal.signal(sig, self._handle) for sig in QUIT_SIGNALS}

    def _drain(self) -> None:
        with contextlib.suppress(OSError):
            self._reader.recv(4096)  # the Python handler has run by now (before this line)

    def _handle(self, signum: int, _frame: FrameType | None) -> None:
        first = not self.received
        self.received.append(signum)
        if first:
            QTimer.singleShot(0, self._fire)

    def _fire(self) -> None:
        _log.info("signal %s: closing the vault and quitting", self.received[0])
        self.on_signal()

    def uninstall(self) -> None:
        """Restore the previous handlers and wake-up fd (idempotent)."""
        if not self._previous:
            return
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        self._previous = {}
        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()


def install_signal_quit(app: QApplication) -> SignalQuit | None:
    """Quit ``app`` through its normal close path on SIGTERM, SIGHUP or SIGINT (None off the main thread)."""
    if threading.current_thread() is not threading.main_thread():
        return None

    def quit_cleanly() -> None:
        app.closeAllWindows()  # the main window closes the vault (audit head, WAL checkpoint)
        app.quit()  # also ends a dialog's own event loop

    return SignalQuit(quit_cleanly, app)


_switcher: LanguageSwitcher | None = None


def install_language(app: QApplication, lang: str | None) -> str:
    """Dutch is the source language; French and English come from compiled .qm files.

    ``lang`` None: the user's saved choice, else the system's language (Dutch when neither fits).
    """
    global _switcher
    if _switcher is None or _switcher.app is not app:
        _switcher = LanguageSwitcher(app)
    return _switcher.apply(lang)


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("LIVC-R Desktop")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("livcr-desktop")
    app.setDesktopFileName("livcr-desktop")  # links the windows to packaging/linux/livcr-desktop.desktop
    icon = resources_dir() / "icons" / "livcr-desktop.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    qss = resources_dir() / "styles" / "app.qss"
    if qss.exists():
        app.setStyleSheet(adapt_style_sheet(qss.read_text(encoding="utf-8"), app.palette()))
    return app


def prepare_demo_vault(path: Path) -> None:
    """Create the demo vault on first use (with the default, full-strength key derivation).

    Built under temporary names and published when full (``unlock.build_new_vault``): a start
    killed half-way leaves no half-made demo vault behind.
    """
    if path.exists() or key_path_for(path).exists():
        return
    vault, _ = unlock.build_new_vault(path, demo_data.DEMO_PASSPHRASE,
                                      lambda v: demo_data.populate(demo_data.demo_context(v)),
                                      user="demo-voorzitter")
    vault.close()


def obtain_vault(path: Path, hint: str = "", prefill: str = "") -> Vault | None:
    """Ask for what opens the vault: a new passphrase, the keyring, or the passphrase."""
    if not path.exists() and not key_path_for(path).exists():
        create = CreateVaultDialog(path)
        return create.vault if create.exec() else None
    try:
        return unlock.open_vault_with_keyring(path)
    except VaultError:
        pass  # not remembered here (or no keyring): ask for the passphrase
    dialog = UnlockDialog(path, hint=hint)
    if prefill:
        dialog.passphrase.setText(prefill)
    return dialog.vault if dialog.exec() else None


def run_gui(
    vault: Path | None = None, demo: bool = False, lang: str | None = None, passphrase: str | None = None
) -> int:
    app = make_application()
    install_language(app, lang)
    quitter = install_signal_quit(app)
    try:
        return _run(app, vault, demo, passphrase)
    finally:
        if quitter is not None:
            quitter.uninstall()
            quitter.deleteLater()


def _run(app: QApplication, vault: Path | None, demo: bool, passphrase: str | None) -> int:
    hint = prefill = ""
    if demo:
        path = paths.demo_vault_path()
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        try:
            prepare_demo_vault(path)
        except VaultError as exc:
            QMessageBox.critical(None, "LIVC-R Desktop", vault_error_message(exc))
            return 1
        hint = _t(
            "Demo: een verzonnen gemeente met verzonnen personen. Wachtwoordzin: <b>{p}</b>"
        ).format(p=demo_data.DEMO_PASSPHRASE)
        prefill = demo_data.DEMO_PASSPHRASE
    else:
        path = vault or paths.default_vault_path()
    if passphrase is not None:
        try:
            opened: Vault | None = unlock.open_vault(path, passphrase)
        except VaultError as exc:
            print(f"livcr-desktop: {vault_error_message(exc)}", file=sys.stderr)
            return 1
    else:
        opened = obtain_vault(path, hint=hint, prefill=prefill)
    if opened is None:
        return 0
    try:
        ctx = users.context_for(opened)
        session = Session(app, ctx)
        session.show_main()
        _log.info("session started")
        return app.exec()
    finally:
        opened.close()  # idempotent: normally the main window closed it already


class Session:
    """The open vault's windows; rebuilt when the user switches language (nothing is lost)."""

    def __init__(self, app: QApplication, ctx: ServiceContext) -> None:
        self.app, self.ctx = app, ctx
        self.window: MainWindow | None = None
        self.lock: SessionLock | None = None

    def show_main(self) -> MainWindow:
        window = MainWindow(self.ctx)
        install_admin_menu(window, self.ctx)  # backups, passphrase, key rotation, retention, audit trail
        window.language_requested.connect(self.switch_language)
        window.showMaximized()
        if self.lock is None:
            self.lock = SessionLock(self.ctx, window, idle_minutes=idle_lock_minutes(self.ctx))
        else:
            self.lock.attach(window)
        lock = self.lock
        window.settings_changed.connect(lambda: lock.set_idle_minutes(idle_lock_minutes(self.ctx)))
        window.resume_meeting_in_progress()
        self.window = window
        return window

    def switch_language(self, lang: str) -> None:
        save_language(lang)
        install_language(self.app, lang)
        old = self.window
        if old is not None:
            old.close_keeping_vault_open()
        self.show_main()


def idle_lock_minutes(ctx: ServiceContext) -> float:
    """The cell's idle-lock setting (minutes), default 5."""
    with ctx.vault.session() as s:
        from livcr_desktop.storage import models

        row = s.get(models.Setting, "idle_lock_minutes")
        try:
            return float(row.value) if row is not None else DEFAULT_IDLE_MINUTES
        except ValueError:
            return DEFAULT_IDLE_MINUTES

