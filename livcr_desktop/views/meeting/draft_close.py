"""Closing the meeting window while a form holds a draft: keep it, discard it, or go back (keys only)."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from livcr_desktop.domain.enums import DraftKind
from livcr_desktop.domain.roles import Permission
from livcr_desktop.services import drafts
from livcr_desktop.services.context import ServiceContext


def _t(text: str) -> str:
    return QCoreApplication.translate("LiveMeeting", text)


def kind_label(kind: DraftKind) -> str:
    return {
        DraftKind.CONTRIBUTION: _t("bijdrage"),
        DraftKind.DECISION: _t("beslissing"),
        DraftKind.ACTION: _t("actie"),
    }[kind]


class DraftAnswer(Enum):
    KEEP = "keep"
    DISCARD = "discard"
    BACK = "back"


def ask_about_drafts(
    parent: QWidget, ctx: ServiceContext, meeting_id: int, case_label: Callable[[int | None], str]
) -> bool:
    """True when the window may close: no drafts, or the chair kept or discarded them."""
    if ctx.vault.closed or not ctx.may(Permission.RUN_MEETING):
        return True
    kept = drafts.meeting_drafts(ctx, meeting_id)
    if not kept:
        return True
    box = QMessageBox(
        QMessageBox.Icon.Question,
        _t("Niet vastgelegde invoer"),
        _t("Er is nog getypte invoer die niet is vastgelegd. Wat wilt u ermee doen?"),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName("draftsOnCloseBox")
    rows = "".join(f"<li>{escape(case_label(d.case_id))}: {escape(kind_label(d.kind))}</li>" for d in kept)
    box.setInformativeText(
        f"<ul>{rows}</ul><p>"
        + escape(_t("Als ontwerp bewaard komt de invoer terug wanneer u deze casus opnieuw opent."))
        + "</p>"
    )
    keep = box.addButton(_t("Als &ontwerp bewaren"), QMessageBox.ButtonRole.AcceptRole)
    keep.setObjectName("keepDraftsButton")
    discard = box.addButton(_t("Invoer &weggooien"), QMessageBox.ButtonRole.DestructiveRole)
    discard.setObjectName("discardDraftsButton")
    back = box.addButton(_t("&Terug naar de vergadering"), QMessageBox.ButtonRole.RejectRole)
    back.setObjectName("backToMeetingButton")
    box.setDefaultButton(keep)  # Enter keeps: nothing typed is lost by accident
    box.setEscapeButton(back)  # Escape goes back to the meeting
    box.exec()
    clicked = box.clickedButton()
    answer = DraftAnswer.KEEP if clicked is keep else DraftAnswer.DISCARD if clicked is discard else DraftAnswer.BACK
    if answer is DraftAnswer.DISCARD:
        drafts.discard_meeting_drafts(ctx, meeting_id)
    if answer is DraftAnswer.BACK:
        parent.window().activateWindow()  # the keyboard goes back to the meeting
    return answer is not DraftAnswer.BACK
