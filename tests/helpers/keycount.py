"""Key presses by a person at the keyboard, counted (issue 15: "under 40 navigation keys per case").

:class:`Keyboard` sends every key to the widget that has the keyboard (``QApplication.focusWidget()``),
as a person's key press goes there, and counts the *navigation* keys per step of a journey: every
:meth:`Keyboard.key` (a special key, a key with a modifier, or a single letter that chooses in a list),
not the characters of text typed with :meth:`Keyboard.write`. :meth:`Keyboard.at` checks where the
keyboard is and that this widget is visible on its window's screen.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

Key, Mod = Qt.Key, Qt.KeyboardModifier


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard"
    return widget


def on_screen(widget: QWidget) -> bool:
    """Visible, and its rectangle inside the screen its window is on."""
    if not widget.isVisible():
        return False
    screen = widget.window().screen() or QGuiApplication.primaryScreen()
    rect = QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())
    return screen.geometry().contains(rect)


class Keyboard:
    """Presses keys where the keyboard is; counts navigation keys per step (``step``)."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.by_part: Counter[tuple[str, str]] = Counter()
        self.order: list[str] = []
        self.parts: list[str] = []
        self.step = ""
        self.part = ""
        self.after_key: Callable[[], None] | None = None  # a check after every key (e.g. the projector)

    def begin(self, step: str, part: str = "") -> None:
        self.step = step
        self.begin_part(part)
        if step not in self.order:
            self.order.append(step)
            self.counts[step] += 0

    def begin_part(self, part: str) -> None:
        """A part of a step (contributions, decision, ...): the table shows the keys per part too."""
        self.part = part
        if part and part not in self.parts:
            self.parts.append(part)

    def key(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Mod.NoModifier, times: int = 1) -> None:
        for _ in range(times):
            self.counts[self.step] += 1
            self.by_part[(self.step, self.part)] += 1
            QTest.keyClick(focus(), key, modifier)
            if self.after_key is not None:
                self.after_key()

    def write(self, text: str) -> None:
        """Typed text: its characters are not navigation keys."""
        QTest.keyClicks(focus(), text)

    def at(self, name: str | type[QWidget]) -> QWidget:
        """The keyboard is on ``name`` (objectName or type), and that widget is visible on screen."""
        widget = focus()
        if isinstance(name, str):
            assert widget.objectName() == name, (
                f"{self.step}: keyboard on {widget.objectName()!r} ({widget}), not {name}"
            )
        else:
            assert isinstance(widget, name), f"{self.step}: keyboard on {widget}, not a {name.__name__}"
        assert on_screen(widget), f"{self.step}: {widget.objectName() or widget} is not visible on screen"
        return widget

    def table(self, cases: list[str]) -> str:
        """One line per step; the average over the steps named in ``cases``."""
        head = "".join(f"{p[:13]:>14}" for p in self.parts)
        lines = [f"{'step':<24}{'navigation keys':>16}{head}"]
        for step in self.order:
            cells = "".join(f"{self.by_part[(step, p)] or '':>14}" for p in self.parts)
            lines.append(f"{step:<24}{self.counts[step]:>16}{cells}")
        lines.append(f"{'average per case':<24}{self.average(cases):>16.1f}")
        return "\n".join(lines)

    def average(self, cases: list[str]) -> float:
        return sum(self.counts[c] for c in cases) / max(1, len(cases))


def _text_of(value: object) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def window_texts(window: QWidget) -> list[str]:
    """Every text a window shows: labels, buttons, and every cell and header of its item views."""
    out: list[str] = [window.windowTitle()]
    kind = Qt.ItemDataRole
    roles = [kind.DisplayRole, kind.EditRole, kind.ToolTipRole, kind.StatusTipRole, kind.AccessibleTextRole]
    for obj in window.findChildren(QObject):
        if isinstance(obj, QLabel | QAbstractButton):
            out.append(obj.text())
        if isinstance(obj, QWidget):
            out += [obj.toolTip(), obj.accessibleName()]
        if isinstance(obj, QAbstractItemView) and obj.model() is not None:
            model = obj.model()
            for c in range(model.columnCount()):
                out += [t for r in roles if (t := _text_of(model.headerData(c, Qt.Orientation.Horizontal, r)))]
            for row in range(model.rowCount()):
                for col in range(model.columnCount()):
                    index = model.index(row, col)
                    out += [t for r in roles if (t := _text_of(model.data(index, r)))]
    return [t for t in out if t]


def when_modal(kb: Keyboard, react: Callable[[QWidget], None], seen: list[str]) -> None:
    """When the next modal dialog is up and has the keyboard, note it and let ``react`` answer by keys."""

    def answer() -> None:
        box, where = QApplication.activeModalWidget(), QApplication.focusWidget()
        if box is None or not box.isVisible() or where is None or where.window() is not box:
            QTimer.singleShot(10, answer)
            return
        seen.append(box.objectName() or type(box).__name__)
        react(box)

    QTimer.singleShot(0, answer)


class Chooser:
    """Letters that choose in a closed list: Qt joins letters typed within its keyboard-input interval
    into one search, so a new choice in the same list waits until that interval has passed."""

    def __init__(self, qtbot: QtBot, kb: Keyboard) -> None:
        self.qtbot, self.kb = qtbot, kb
        self.last: dict[int, QElapsedTimer] = {}

    def choose(self, letters: str) -> str:
        combo = focus()
        assert isinstance(combo, QComboBox), combo
        clock = self.last.get(id(combo))
        interval = QApplication.keyboardInputInterval() + 50
        if clock is not None and clock.elapsed() < interval:
            self.qtbot.wait(interval - clock.elapsed())
        for letter in letters:
            self.kb.key(Key(ord(letter.upper())))  # a letter or a digit
        timer = QElapsedTimer()
        timer.start()
        self.last[id(combo)] = timer
        return combo.currentText()
