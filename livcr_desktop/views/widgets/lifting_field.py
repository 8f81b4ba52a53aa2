"""Who agreed to lift professional secrecy (issue 17): one field for a contribution and for an action.

Unticking "beroepsgeheim" for an organisation bound by it (art. 458 Sw.) lifts the secrecy, and who of
that organisation agreed is recorded (audited). :class:`LiftingField` is that answer: an editable list of
the organisation's members (another name may be typed), refilled when the organisation changes, and shown
with its label only while the secrecy is being lifted. The form decides when that is
(:meth:`LiftingField.show_for`) and reads the name (:meth:`LiftingField.name`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from PySide6.QtWidgets import QComboBox, QLabel, QWidget


class MemberOfOrganisation(Protocol):
    """What the field needs of a member (``services.reference.member_records`` gives it)."""

    @property
    def name(self) -> str: ...

    @property
    def organisation_id(self) -> int: ...


class LiftingField(QComboBox):
    """The editable list of names; ``label`` (its buddy) is placed by the form, beside or above it."""

    def __init__(
        self,
        members: Iterable[MemberOfOrganisation],
        label: str,
        object_name: str,
        accessible_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setEditable(True)
        self.setAccessibleName(accessible_name)
        self.label = QLabel(label)
        self.label.setBuddy(self)
        self._members_of: dict[int, list[str]] = {}
        for m in members:
            self._members_of.setdefault(m.organisation_id, []).append(m.name)

    def show_for(self, organisation_id: int | None, lifting: bool) -> None:
        """Shown (with its label) only while ``lifting``; then it offers that organisation's members, kept
        as they are (with a name typed) while the organisation stays the same."""
        if lifting:
            names = self._members_of.get(organisation_id, []) if organisation_id is not None else []
            if [self.itemText(i) for i in range(self.count())] != names:
                self.clear()
                self.addItems(names)
        self.label.setVisible(lifting)
        self.setVisible(lifting)

    def name(self) -> str:
        """The name chosen or typed, without surrounding spaces ("" when none)."""
        return self.currentText().strip()
