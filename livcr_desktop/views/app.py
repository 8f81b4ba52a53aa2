"""Start-up of the window: language, style, which vault, unlock, main window; a clean end on SIGTERM.

The start-up feels instant: the unlock dialog is painted before the storage stack (SQLAlchemy,
SQLCipher, the services) and the main window are imported. This module and
:mod:`livcr_desktop.views.vault.vault_dialogs` import only Qt and light modules at the top; a
:class:`~livcr_desktop.views.startup.preload.Preloader` imports the rest in a background thread
while the passphrase is typed, then tries the OS keyring, and the key derivation runs in a
background task too (:mod:`livcr_desktop.views.tasks`). ``--passphrase-stdin`` opens the vault
first, as before. ``tests/gui/test_startup.py`` checks what is imported at the first paint.
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from livcr_desktop import __version__, paths
from livcr_desktop.resources import resources_dir
from livcr_desktop.views.language import LanguageSwitcher, save_language
from livcr_desktop.views.startup.preload import Preloaded, Preloader
from livcr_desktop.views.startup.signals import SignalQuit, install_signal_quit
from livcr_desktop.views.vault.vault_dialogs import CreateVaultDialog, UnlockDialog
from livcr_desktop.views.widgets.contrast import adapt_style_sheet

if TYPE_CHECKING:
    from livcr_desktop.services.context import ServiceContext
    from livcr_desktop.services.vaults import Vault
    from livcr_desktop.views.main_window import MainWindow
    from livcr_desktop.views.vault.lock import SessionLock

_log = logging.getLogger(__name__)


def _t(text: str) -> str:
    return QCoreApplication.translate("App", text)


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
        from PySide6.QtGui import QIcon

        app.setWindowIcon(QIcon(str(icon)))
    qss = resources_dir() / "styles" / "app.qss"
    if qss.exists():
        app.setStyleSheet(adapt_style_sheet(qss.read_text(encoding="utf-8"), app.palette()))
    return app


def key_file_of(path: Path) -> Path:
    """``storage.vault.key_path_for`` without importing the storage stack (a test holds them equal)."""
    return path.with_name(path.name + ".keys")


def vault_exists(path: Path) -> bool:
    return path.exists() or key_file_of(path).exists()


def prepare_demo_vault(path: Path) -> None:
    """Create the demo vault on first use (with the default, full-strength key derivation).

    Built under temporary names and published when full (``unlock.build_new_vault``): a start
    killed half-way leaves no half-made demo vault behind.
    """
    if vault_exists(path):
        return
    from livcr_desktop.services import demo as demo_data
    from livcr_desktop.services import unlock

    vault, _ = unlock.build_new_vault(
        path, demo_data.DEMO_PASSPHRASE, lambda v: demo_data.populate(demo_data.demo_context(v)), user="demo-voorzitter"
    )
    vault.close()


def obtain_vault(
    path: Path, hint: str = "", prefill: str = "", on_painted: Callable[[], None] | None = None
) -> Vault | None:
    """Ask for what opens the vault: a new passphrase, the keyring, or the passphrase.

    The unlock dialog is painted first; then the storage stack is imported and the keyring tried
    in the background (:class:`Preloader`); if the keyring opens the vault before a passphrase is
    submitted, the dialog closes by itself. ``on_painted`` runs after the dialog's first paint.
    """
    if not vault_exists(path):
        create = CreateVaultDialog(path)
        if on_painted is not None:
            on_painted()
        return create.vault if create.exec() else None
    dialog = UnlockDialog(path, hint=hint, deferred=True)
    preloader = Preloader(path, dialog.submitted)
    dialog.first_painted.connect(preloader.start)
    if on_painted is not None:
        dialog.first_painted.connect(on_painted)
    if prefill:
        dialog.passphrase.setText(prefill)
    keyring_vault: list[Vault] = []

    def ready(result: Preloaded) -> None:
        if result.vault is not None:
            if dialog.isVisible() and not dialog.busy and dialog.vault is None:
                keyring_vault.append(result.vault)
                dialog.accept()
                return
            result.vault.close()  # a passphrase got there first
        dialog.services_ready(result.keyring_ok)

    preloader.on_ready = ready
    accepted = dialog.exec()
    preloader.on_ready = None
    if keyring_vault:
        return keyring_vault[0]
    return dialog.vault if accepted else None


def run_gui(
    vault: Path | None = None, demo: bool = False, lang: str | None = None, passphrase: str | None = None
) -> int:
    app = make_application()
    install_language(app, lang)
    quitters: list[SignalQuit] = []

    def install_quit() -> None:
        """Before the vault can be open (no vault, nothing to close before: the default action is fine)."""
        quitter = install_signal_quit(app) if not quitters else None
        if quitter is not None:
            quitters.append(quitter)

    try:
        return _run(app, vault, demo, passphrase, install_quit)
    finally:
        for quitter in quitters:
            quitter.uninstall()
            quitter.deleteLater()


def _run(
    app: QApplication,
    vault: Path | None,
    demo: bool,
    passphrase: str | None,
    install_quit: Callable[[], None] = lambda: None,
) -> int:
    hint = prefill = ""
    if demo:
        from PySide6.QtWidgets import QMessageBox

        from livcr_desktop.services import demo as demo_data
        from livcr_desktop.services.vaults import VaultError
        from livcr_desktop.views.widgets.messages import vault_error_message

        path = paths.demo_vault_path()
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        try:
            prepare_demo_vault(path)
        except VaultError as exc:
            QMessageBox.critical(None, "LIVC-R Desktop", vault_error_message(exc))
            return 1
        hint = _t("Demo: een verzonnen gemeente met verzonnen personen. Wachtwoordzin: <b>{p}</b>").format(
            p=demo_data.DEMO_PASSPHRASE
        )
        prefill = demo_data.DEMO_PASSPHRASE
    else:
        path = vault or paths.default_vault_path()
    if passphrase is not None:
        from livcr_desktop.services import unlock
        from livcr_desktop.services.vaults import VaultError
        from livcr_desktop.views.widgets.messages import vault_error_message

        install_quit()
        try:
            opened: Vault | None = unlock.open_vault(path, passphrase)
        except VaultError as exc:
            print(f"livcr-desktop: {vault_error_message(exc)}", file=sys.stderr)
            return 1
    else:
        opened = obtain_vault(path, hint=hint, prefill=prefill, on_painted=install_quit)
    if opened is None:
        return 0
    try:
        from livcr_desktop.services import users  # imported by now (the preloader), or imported here

        ctx = users.context_for(opened)
        session = Session(app, ctx)
        session.show_main(after_paint=passphrase is None)  # --passphrase-stdin: as before
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

    def show_main(self, after_paint: bool = False) -> MainWindow:
        """Build and show the main window. ``after_paint``: the administration menu, the session lock
        (which imports QtDBus) and a meeting left running are added once the case list has been
        painted (at start-up, right after the unlock)."""
        from livcr_desktop.views.main_window import MainWindow

        window = MainWindow(self.ctx)
        window.language_requested.connect(self.switch_language)
        window.showMaximized()
        self.window = window
        if after_paint:
            from livcr_desktop.views.widgets.first_paint import after_first_paint

            after_first_paint(window.table.viewport(), lambda: self._complete(window))
        else:
            self._complete(window)
        return window

    def _complete(self, window: MainWindow) -> None:
        from livcr_desktop.views.admin.admin_menu import install_admin_menu
        from livcr_desktop.views.vault.lock import SessionLock

        install_admin_menu(window, self.ctx)  # backups, passphrase, key rotation, retention, audit trail
        if self.lock is None:
            self.lock = SessionLock(self.ctx, window, idle_minutes=idle_lock_minutes(self.ctx))
        else:
            self.lock.attach(window)
        lock = self.lock
        window.settings_changed.connect(lambda: lock.set_idle_minutes(idle_lock_minutes(self.ctx)))
        window.resume_meeting_in_progress()
        # Everything built so far lives as long as the session: keep it out of the collector's later
        # passes, so a collection during the live meeting walks only what the meeting made.
        gc.freeze()

    def switch_language(self, lang: str) -> None:
        save_language(lang)
        install_language(self.app, lang)
        old = self.window
        if old is not None:
            old.close_keeping_vault_open()
        self.show_main()


def idle_lock_minutes(ctx: ServiceContext) -> float:
    """The cell's idle-lock setting (minutes), default 5 (``services.settings``)."""
    from livcr_desktop.domain.settings import IDLE_LOCK_MINUTES
    from livcr_desktop.services import settings

    return float(settings.get(ctx, IDLE_LOCK_MINUTES))
