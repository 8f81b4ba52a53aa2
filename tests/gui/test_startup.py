"""A start-up that feels instant, and an unlock that does not freeze the window.

* In a fresh process (the way ``livcr-desktop`` starts), the unlock dialog is painted before the
  storage stack is imported: at its first paint neither SQLAlchemy, sqlcipher3, the storage
  package, the unlock service nor the main window is in ``sys.modules`` (the design starts the
  background import only after that paint, so nothing is "being imported" yet either). Enter on the
  passphrase then still opens the case list.
* While Argon2id derives the key, a 10 ms timer keeps ticking: the dialog is driven with real key
  presses and the largest gap between ticks stays under 100 ms.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from pytestqt.qtbot import QtBot

from livcr_desktop.services.unlock import create_vault
from livcr_desktop.storage.keyslots import TEST_KDF, KdfParams
from livcr_desktop.storage.vault import Vault, key_path_for
from livcr_desktop.views import app as app_module
from livcr_desktop.views.vault.vault_dialogs import UnlockDialog
from tests.conftest import PASSPHRASE
from tests.helpers.kdf_floor import low_kdf_floor  # noqa: F401  (autouse: TEST_KDF vaults are not upgraded)

REPO = Path(__file__).resolve().parents[2]
STACK = (
    "sqlalchemy",
    "sqlcipher3",
    "livcr_desktop.storage",
    "livcr_desktop.services.unlock",
    "livcr_desktop.views.main_window",
)

# The child: the window's own start (views.app.run_gui), a paint watcher on the unlock dialog only
# (an application-wide Python filter would itself import and wrap far more than the app does),
# the passphrase typed with key presses, Enter, then the case table's first paint.
CHILD = r"""
import json, sys, time
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from livcr_desktop.views import app as app_view
from livcr_desktop.views.vault import vault_dialogs

STACK = %(stack)r
report = {"at_dialog_paint": None, "case_rows": None}

class Watch(QObject):
    def __init__(self, on_paint):
        super().__init__()
        self.on_paint, self.fired = on_paint, False

    def eventFilter(self, obj, event):
        if not self.fired and event.type() == QEvent.Type.Paint:
            self.fired = True
            self.on_paint(obj)
        return False

def dialog_painted(widget):
    report["at_dialog_paint"] = [m for m in STACK if m in sys.modules]
    dialog = widget.window()
    QTimer.singleShot(0, lambda: type_and_enter(dialog))

def type_and_enter(dialog):
    from livcr_desktop.storage import keyslots
    keyslots.MIN_KDF = keyslots.TEST_KDF  # the test vault's cheap slot is not upgraded at login
    QTest.keyClicks(dialog.passphrase, sys.argv[2])
    QTest.keyClick(dialog.passphrase, Qt.Key.Key_Return)

def table_painted(viewport):
    window = viewport.window()
    report["case_rows"] = window.model.rowCount()
    print("REPORT " + json.dumps(report), flush=True)
    QTimer.singleShot(0, lambda: [w.close() for w in app_view.QApplication.topLevelWidgets()])

watchers = []
original_dialog = vault_dialogs.UnlockDialog.__init__
def dialog_init(self, *args, **kwargs):
    original_dialog(self, *args, **kwargs)
    watchers.append(Watch(dialog_painted))
    self.installEventFilter(watchers[-1])
vault_dialogs.UnlockDialog.__init__ = dialog_init

def hook_main_window():
    from livcr_desktop.views import main_window
    original = main_window.MainWindow.__init__
    def init(self, *args, **kwargs):
        original(self, *args, **kwargs)
        watchers.append(Watch(table_painted))
        self.table.viewport().installEventFilter(watchers[-1])
    main_window.MainWindow.__init__ = init

app = app_view.make_application()
original_ready = vault_dialogs.UnlockDialog._opened
def opened(self, result):
    hook_main_window()
    original_ready(self, result)
vault_dialogs.UnlockDialog._opened = opened
from pathlib import Path
sys.exit(app_view.run_gui(vault=Path(sys.argv[1])))
"""


def _child_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(tmp_path),
            "XDG_DATA_HOME": str(tmp_path / "data"),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",  # no real keyring from a test
            "PYTHONPATH": str(REPO),
        }
    )
    return env


def test_the_unlock_dialog_is_painted_before_the_storage_stack_is_imported(tmp_path: Path) -> None:
    path = tmp_path / "kluis.vault"
    vault = create_vault(path, PASSPHRASE, kdf=TEST_KDF)
    vault.close()
    proc = subprocess.run(
        [sys.executable, "-c", CHILD % {"stack": STACK}, str(path), PASSPHRASE],
        cwd=REPO,
        env=_child_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    lines = [line for line in proc.stdout.splitlines() if line.startswith("REPORT ")]
    assert proc.returncode == 0 and lines, proc.stderr[-3000:]
    report = json.loads(lines[0].removeprefix("REPORT "))
    assert report["at_dialog_paint"] == []  # nothing of the storage stack, not even "being imported"
    assert report["case_rows"] == 0  # Enter opened the (empty) case list of this new vault


def test_key_file_name_matches_storage() -> None:
    path = Path("/x/kluis.vault")
    assert app_module.key_file_of(path) == key_path_for(path)


# Costly enough that a blocking derivation would freeze the timer well past 100 ms (≈0.2-0.3 s here).
SLOW_KDF = KdfParams(time_cost=3, memory_kib=64 * 1024, parallelism=1)


def _slow_vault(tmp_path: Path) -> Path:
    path = tmp_path / "traag.vault"
    create_vault(path, PASSPHRASE, kdf=SLOW_KDF).close()
    return path


class GapMeter:
    """A 10 ms timer; ``largest`` is the longest time between two ticks (ms)."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        self.last = 0
        self.largest = 0
        self.ticks = 0

    def start(self) -> None:
        self.clock.start()
        self.last = 0
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.largest = max(self.largest, now - self.last)
        self.last = now
        self.ticks += 1

    def stop(self) -> None:
        self.timer.stop()


def test_the_window_keeps_ticking_while_the_key_is_derived(qtbot: QtBot, tmp_path: Path) -> None:
    path = _slow_vault(tmp_path)
    dlg = UnlockDialog(path)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    qtbot.keyClicks(dlg.passphrase, PASSPHRASE)
    meter = GapMeter()
    meter.start()
    started = time.perf_counter()
    qtbot.keyClick(dlg.passphrase, Qt.Key.Key_Return)
    assert dlg.busy and dlg.busy_note.isVisible() and not dlg.ok_button.isEnabled()
    qtbot.waitUntil(lambda: not dlg.busy, timeout=20_000)
    took = time.perf_counter() - started
    meter.stop()
    assert dlg.result() == 1 and isinstance(dlg.vault, Vault)
    dlg.vault.close()
    assert took > 0.1, "the key derivation was too cheap to show anything"
    assert meter.ticks >= 5
    assert meter.largest < 100, f"the event loop stalled {meter.largest} ms during the unlock"


def test_a_wrong_passphrase_comes_back_off_thread_and_the_pause_still_applies(qtbot: QtBot, tmp_path: Path) -> None:
    from livcr_desktop.services.unlock import PassphraseThrottle

    path = _slow_vault(tmp_path)
    dlg = UnlockDialog(path, throttle=PassphraseThrottle(base_seconds=0.3))
    qtbot.addWidget(dlg)
    dlg.show()
    meter = GapMeter()
    meter.start()
    qtbot.keyClicks(dlg.passphrase, "verkeerde wachtwoordzin")
    qtbot.keyClick(dlg.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dlg.busy, timeout=20_000)
    meter.stop()
    assert "Verkeerde wachtwoordzin" in dlg.error.text() and not dlg.ok_button.isEnabled()
    assert meter.largest < 100
    assert dlg.passphrase.isEnabled()  # the field comes back; the button after the pause
    qtbot.waitUntil(dlg.ok_button.isEnabled, timeout=3000)
    # a new dialog (another run of the window) still waits: the failure is recorded beside the vault
    again = UnlockDialog(path, throttle=PassphraseThrottle(base_seconds=5))
    qtbot.addWidget(again)
    assert not again.ok_button.isEnabled()
