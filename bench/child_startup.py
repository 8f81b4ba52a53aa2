"""Child process of the start-up and memory benchmarks (not part of the app).

    python -m bench.child_startup baseline
    python -m bench.child_startup app --vault PATH      # passphrase: one line on standard input

``baseline``: import PySide6.QtWidgets, show an empty ``QMainWindow`` (1280×800, the app's size),
wait for its first paint. ``app``: the real command line, ``livcr_desktop.cli.main(["--vault", PATH,
"--passphrase-stdin"])`` (make_application, install_language, unlock.open_vault, MainWindow, show,
exec), watching for the first paint of the case table's viewport.

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

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget  # noqa: E402

MARKER = "PAINTED"
T_QT = time.perf_counter()


class FirstPaint(QObject):
    """Application-wide event filter: reports the first Paint event of the watched widget."""

    def __init__(self, app: QApplication, watched: Callable[[QObject], bool], stamps: dict[str, float]) -> None:
        super().__init__(app)
        self.app = app
        self.watched = watched
        self.stamps = stamps
        self.fired = False
        app.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if not self.fired and event.type() == QEvent.Type.Paint and self.watched(obj):
            self.fired = True
            self.stamps["paint_event"] = time.perf_counter() - T0
            QTimer.singleShot(0, self.report)  # after this paint has been handled
        return False

    def report(self) -> None:
        self.stamps["painted"] = time.perf_counter() - T0
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(MARKER, json.dumps({"stamps": self.stamps, "maxrss_kib": rss, "vmhwm_kib": vm_hwm_kib()}), flush=True)
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


def baseline() -> int:
    stamps = {"qt_imported": T_QT - T0}
    app = QApplication(sys.argv[:1])
    stamps["qapplication"] = time.perf_counter() - T0
    window = QMainWindow()
    FirstPaint(app, lambda obj: isinstance(obj, QMainWindow), stamps)
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
    return cli.main(["--vault", vault, "--passphrase-stdin"])


def main(argv: list[str]) -> int:
    if argv[:1] == ["baseline"]:
        return baseline()
    if argv[:2] == ["app", "--vault"] and len(argv) == 3:
        return app_main(argv[2])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
