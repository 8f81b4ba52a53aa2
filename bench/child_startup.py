"""Child process of the start-up and memory benchmarks (not part of the app).

    python -m bench.child_startup baseline [--local]
    python -m bench.child_startup app --vault PATH      # passphrase: one line on standard input
    python -m bench.child_startup dialog --vault PATH   # until the unlock dialog is painted
    python -m bench.child_startup enter --vault PATH [--at-once]  # passphrase on stdin, typed into the dialog

``baseline``: import PySide6.QtWidgets, show an empty ``QMainWindow`` (1280×800, the app's size),
wait for its first paint. ``app``: the real command line, ``livcr_desktop.cli.main(["--vault", PATH,
"--passphrase-stdin"])`` (make_application, install_language, unlock.open_vault, MainWindow, show,
exec), watching for the first paint of the case table's viewport.

``dialog``: the window's own start (``hygiene`` as ``cli.main`` sets it up, then
``views.app.run_gui(vault=PATH)``), watching for the first paint of the unlock dialog; it also
reports which of the storage stack's modules were imported at that moment. ``enter``: the same
start; once the dialog has its services (``UnlockDialog.ready``: the background import is done, as
while a person types) or, with ``--at-once``, at its first paint, it types the passphrase and presses
Enter (``QTest``), then watches for the case table's first paint (stamps ``dialog_painted``,
``ready``, ``enter``, ``paint_event``; ``kdf_start``/``kdf_end`` around the key derivation when the
storage stack was imported before Enter).

On that paint the child prints one line ``PAINTED {json}`` (its own timestamps since its first line
ran, and ``ru_maxrss``), closes its windows (the app's closes the vault) and exits. Both variants
watch with the same application-wide event filter, so its small cost is in both.
"""

from __future__ import annotations

import time

T0 = time.perf_counter()

import json  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
from collections.abc import Callable  # noqa: E402
from typing import Any  # noqa: E402

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget  # noqa: E402

MARKER = "PAINTED"
T_QT = time.perf_counter()


class FirstPaint(QObject):
    """Event filter that reports the first Paint event of the watched widget.

    Application-wide by default. ``local=True``: installed by the caller on the watched top-level
    widget only (:meth:`watch`). An application-wide filter written in Python wraps every event of
    every object in Python, which costs a window with many widgets (the unlock dialog) about 40 ms
    that the app itself never pays; the unlock-dialog rows compare ``local`` children on both sides.
    """

    def __init__(
        self, app: QApplication, watched: Callable[[QObject], bool], stamps: dict[str, float], local: bool = False
    ) -> None:
        super().__init__(app)
        self.app = app
        self.watched = watched
        self.stamps = stamps
        self.fired = False
        self.extra: dict[str, object] = {}
        self.on_paint: Callable[[], None] | None = None
        if not local:
            app.installEventFilter(self)

    def watch(self, widget: QObject) -> None:
        widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if not self.fired and event.type() == QEvent.Type.Paint and self.watched(obj):
            self.fired = True
            self.stamps["paint_event"] = time.perf_counter() - T0
            if self.on_paint is not None:
                self.on_paint()
            QTimer.singleShot(0, self.report)  # after this paint has been handled
        return False

    def report(self) -> None:
        self.stamps["painted"] = time.perf_counter() - T0
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(
            MARKER,
            json.dumps({"stamps": self.stamps, "maxrss_kib": rss, "vmhwm_kib": vm_hwm_kib(), **self.extra}),
            flush=True,
        )
        for widget in self.app.topLevelWidgets():
            widget.close()
        self.app.quit()


def vm_hwm_kib() -> int:
    """Peak RSS of this process's address space so far (``VmHWM``; Linux), -1 elsewhere."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return -1


def is_case_table_viewport(obj: QObject) -> bool:
    if not isinstance(obj, QWidget) or obj.objectName() != "qt_scrollarea_viewport":
        return False
    parent = obj.parentWidget()
    return parent is not None and parent.objectName() == "caseTable"


def baseline(local: bool = False) -> int:
    stamps = {"qt_imported": T_QT - T0}
    app = QApplication(sys.argv[:1])
    stamps["qapplication"] = time.perf_counter() - T0
    window = QMainWindow()
    watcher = FirstPaint(app, lambda obj: isinstance(obj, QMainWindow), stamps, local=local)
    if local:
        watcher.watch(window)
    window.resize(1280, 800)
    window.show()
    stamps["shown"] = time.perf_counter() - T0
    return app.exec()


def app_main(vault: str) -> int:
    stamps = {"qt_imported": T_QT - T0}
    from livcr_desktop import cli
    from livcr_desktop.views import app as app_view

    stamps["app_imported"] = time.perf_counter() - T0
    # The app's own factory; run_gui below gets this same instance back from make_application().
    app = app_view.make_application()
    stamps["qapplication"] = time.perf_counter() - T0
    FirstPaint(app, is_case_table_viewport, stamps)
    # The cheap TEST_KDF slot would be rewrapped at full strength at the first login (the KDF floor,
    # ``services.unlock.upgrade_weak_slot``) and every later run would measure Argon2id: keep it cheap.
    from livcr_desktop.storage import keyslots

    keyslots.MIN_KDF = keyslots.TEST_KDF
    return cli.main(["--vault", vault, "--passphrase-stdin"])


STACK_MODULES = (
    "sqlalchemy",
    "sqlcipher3",
    "livcr_desktop.storage",
    "livcr_desktop.services.unlock",
    "livcr_desktop.views.main_window",
)


def _window_start(vault: str) -> int:
    """What ``cli.main`` does for the window (no subcommand, no ``--passphrase-stdin``)."""
    import logging
    import os

    from livcr_desktop import hygiene

    os.umask(0o077)
    hygiene.harden_process()
    try:
        hygiene.install_logging()
    except OSError:
        logging.getLogger().addHandler(logging.NullHandler())
    from pathlib import Path

    from livcr_desktop.views import app as app_view

    return app_view.run_gui(vault=Path(vault))


def _is_unlock_dialog(obj: QObject) -> bool:
    return type(obj).__name__ == "UnlockDialog"


def _watch_unlock_dialogs(watch: Callable[[QObject], None]) -> None:
    """Install the paint watcher on every unlock dialog as it is made (instrumentation of this child only)."""
    from livcr_desktop.views.vault import vault_dialogs

    cls = vault_dialogs.UnlockDialog
    original: Any = cls.__init__

    def init(self: QObject, *args: object, **kwargs: object) -> None:
        original(self, *args, **kwargs)
        watch(self)

    cls.__init__ = init  # type: ignore[method-assign]


def _watch_case_table(watch: Callable[[QObject], None]) -> None:
    """Install the paint watcher on the main window's case table as it is made (this child only).

    Imports the main window's module if the background import has not yet (``--at-once``).
    """
    from livcr_desktop.views import main_window

    cls = main_window.MainWindow
    original: Any = cls.__init__

    def init(self: Any, *args: object, **kwargs: object) -> None:
        original(self, *args, **kwargs)
        watch(self.table.viewport())

    cls.__init__ = init  # type: ignore[method-assign]


def dialog_main(vault: str) -> int:
    stamps = {"qt_imported": T_QT - T0}
    from livcr_desktop.views import app as app_view

    stamps["app_imported"] = time.perf_counter() - T0
    app = app_view.make_application()
    stamps["qapplication"] = time.perf_counter() - T0
    watcher = FirstPaint(app, _is_unlock_dialog, stamps, local=True)
    watcher.extra["loaded_at_paint"] = []
    _watch_unlock_dialogs(watcher.watch)

    def note_modules() -> None:
        watcher.extra["loaded_at_paint"] = [m for m in STACK_MODULES if m in sys.modules]

    watcher.on_paint = note_modules
    return _window_start(vault)


def enter_main(vault: str, at_once: bool = False) -> int:
    """Type the passphrase into the unlock dialog and press Enter; report the case table's first paint.

    By default Enter is pressed once the dialog says the background import is done (``ready``), as
    when someone types a passphrase (seconds); ``at_once``: at the dialog's first paint.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    passphrase = sys.stdin.readline().rstrip("\n")
    stamps = {"qt_imported": T_QT - T0}
    from livcr_desktop.views import app as app_view

    app = app_view.make_application()
    stamps["qapplication"] = time.perf_counter() - T0
    table_watcher = FirstPaint(app, is_case_table_viewport, stamps, local=True)
    dialog_watcher = FirstPaint(app, _is_unlock_dialog, {}, local=True)
    dialog_watcher.report = lambda: None  # type: ignore[method-assign]
    _watch_unlock_dialogs(dialog_watcher.watch)
    poll = QTimer()
    poll.setInterval(2)

    def on_dialog_painted() -> None:
        stamps["dialog_painted"] = time.perf_counter() - T0
        poll.start()

    def try_enter() -> None:
        dialog: Any = next((w for w in app.topLevelWidgets() if _is_unlock_dialog(w)), None)
        if dialog is None or not (at_once or dialog.ready):
            return
        poll.stop()
        stamps["ready"] = time.perf_counter() - T0
        dialog.passphrase.setText(passphrase)
        _stamp_kdf(stamps)
        _watch_case_table(table_watcher.watch)
        stamps["enter"] = time.perf_counter() - T0
        QTest.keyClick(dialog.passphrase, Qt.Key.Key_Return)

    dialog_watcher.on_paint = on_dialog_painted
    poll.timeout.connect(try_enter)
    return _window_start(vault)


def _stamp_kdf(stamps: dict[str, float]) -> None:
    """Stamp the key derivation of this run (``kdf_start``, ``kdf_end``) when the storage stack is imported.

    The benchmark compares Enter → case list with the KDF of the same run, under the same load; the KDF
    measured alone in the benchmark process is reported beside it. Nothing is imported here: at
    ``--at-once`` the background import may not have reached ``keyslots`` yet, and then no KDF is stamped.
    """
    keyslots = sys.modules.get("livcr_desktop.storage.keyslots")
    if keyslots is None:
        return
    derive = keyslots.derive_kek

    def timed(*args: Any, **kwargs: Any) -> Any:
        stamps["kdf_start"] = time.perf_counter() - T0
        try:
            return derive(*args, **kwargs)
        finally:
            stamps["kdf_end"] = time.perf_counter() - T0

    keyslots.derive_kek = timed  # type: ignore[attr-defined]


def main(argv: list[str]) -> int:
    if argv[:1] == ["baseline"]:
        return baseline(local=argv[1:] == ["--local"])
    if argv[:2] == ["app", "--vault"] and len(argv) == 3:
        return app_main(argv[2])
    if argv[:2] == ["dialog", "--vault"] and len(argv) == 3:
        return dialog_main(argv[2])
    if argv[:2] == ["enter", "--vault"] and len(argv) in (3, 4):
        return enter_main(argv[2], at_once=argv[3:] == ["--at-once"])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
