"""What the forms of the case page share: the meeting, the case under discussion, how an edit is shown."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtGui import QUndoStack

from livcr_desktop.services.context import ServiceContext


@dataclass
class CaseAtHand:
    """One per case page; the page sets ``case_id`` when the chair moves to another case."""

    ctx: ServiceContext
    meeting_id: int
    meeting_date: date
    undo: QUndoStack
    after: Callable[[], None]  # an edit was committed: the page reloads from the vault, the window hears of it
    changed: Callable[[], None]  # typed text was committed: the page already shows it, the window hears of it
    case_id: int | None = None
