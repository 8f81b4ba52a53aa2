"""What the projector needs of the chair's meeting window, as a protocol.

The projector knows the live meeting window only through :class:`MeetingSource` (its signals and a
few public methods): nothing in ``views.projector`` imports ``views.meeting``, which imports the
projector (the layers contract refuses the cycle).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from livcr_desktop.domain.meeting import AgendaEntry, DecisionDraft
    from livcr_desktop.services.context import ServiceContext


class MeetingSource(Protocol):
    """What the projector needs of the chair's meeting window (``LiveMeetingWindow`` provides it).

    The controller listens to the three signals and reads the rest through these members only.
    """

    @property
    def changed(self) -> SignalInstance:
        """Anything shown may have changed."""

    @property
    def current_item_changed(self) -> SignalInstance:
        """The chair moved to another agenda item (its id, or None)."""

    @property
    def decision_typed(self) -> SignalInstance:
        """The decision being typed on the current case changed (before it is committed)."""

    @property
    def ctx(self) -> ServiceContext: ...

    @property
    def meeting_id(self) -> int: ...

    def current_item_id(self) -> int | None:
        """The chair's current agenda item."""

    def agenda_entries(self) -> Sequence[AgendaEntry]:
        """The meeting's agenda, in order."""

    def typed_decision(self) -> DecisionDraft | None:
        """The decision form of the current case as typed so far (None when no case is shown)."""

    def shown_feedback_form(self) -> int | None:
        """The case whose feedback form the chair is composing (the wall shows its text), or None."""

    def window(self) -> QWidget:
        """The chair's window: the projector's actions, dialogs and focus belong to it."""
