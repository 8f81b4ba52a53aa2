"""Undoable meeting edits. Each command calls the services, so redo and undo are committed too."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from livcr_desktop.domain.enums import ActionStatus, CaseStatus
from livcr_desktop.domain.meeting import ActionDraft, ContributionDraft, DecisionDraft
from livcr_desktop.services import assessment, cases, decisions
from livcr_desktop.services.context import ServiceContext


def _t(text: str) -> str:
    return QCoreApplication.translate("Undo", text)


class ServiceCommand(QUndoCommand):
    """Base: ``apply``/``revert`` call the services; ``after`` refreshes the views.

    Use :func:`execute`: it applies the command first, so a ValidationError reaches the caller
    (Qt swallows exceptions raised inside ``redo``) and a refused edit never enters the stack.
    """

    def __init__(self, ctx: ServiceContext, text: str, after: Callable[[], None]) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.after = after
        self._applied_by_execute = False

    def apply(self) -> None:  # every subclass defines it
        raise TypeError(f"{type(self).__name__} does not define apply()")

    def revert(self) -> None:  # every subclass defines it
        raise TypeError(f"{type(self).__name__} does not define revert()")

    def redo(self) -> None:
        if self._applied_by_execute:
            self._applied_by_execute = False  # the first redo, right after execute(): already done
        else:
            self.apply()
        self.after()

    def undo(self) -> None:
        self.revert()
        self.after()


def execute(stack: QUndoStack, command: ServiceCommand) -> None:
    """Apply ``command`` now (raising on refused input) and put it on the undo stack."""
    command.apply()
    command._applied_by_execute = True
    stack.push(command)


class AddContribution(ServiceCommand):
    def __init__(
        self, ctx: ServiceContext, draft: ContributionDraft, after: Callable[[], None], secrecy_lifted_by: str = ""
    ) -> None:
        super().__init__(ctx, _t("bijdrage toevoegen"), after)
        self.draft, self.secrecy_lifted_by = draft, secrecy_lifted_by
        self.contribution_id: int | None = None

    def apply(self) -> None:
        self.contribution_id = assessment.add_contribution(self.ctx, self.draft, self.secrecy_lifted_by)

    def revert(self) -> None:
        if self.contribution_id is not None:
            assessment.delete_contribution(self.ctx, self.contribution_id)
            self.contribution_id = None


class DeleteContribution(ServiceCommand):
    def __init__(self, ctx: ServiceContext, contribution_id: int, after: Callable[[], None]) -> None:
        super().__init__(ctx, _t("bijdrage verwijderen"), after)
        self.contribution_id: int | None = contribution_id
        self.draft: ContributionDraft | None = None

    def apply(self) -> None:
        assert self.contribution_id is not None
        self.draft = assessment.delete_contribution(self.ctx, self.contribution_id)

    def revert(self) -> None:
        assert self.draft is not None
        self.contribution_id = assessment.add_contribution(self.ctx, self.draft)


class SetConcernLevel(ServiceCommand):
    def __init__(
        self,
        ctx: ServiceContext,
        case_id: int,
        meeting_id: int,
        domain: str,
        old: int | None,
        new: int,
        after: Callable[[], None],
    ) -> None:
        super().__init__(ctx, _t("bezorgdheid wijzigen"), after)
        self.args = (case_id, meeting_id, domain)
        self.old, self.new = old, new

    def apply(self) -> None:
        assessment.set_domain_assessment(self.ctx, *self.args, concern_level=self.new)

    def revert(self) -> None:
        assessment.set_domain_assessment(self.ctx, *self.args, concern_level=self.old or 0)


class AddAction(ServiceCommand):
    def __init__(self, ctx: ServiceContext, draft: ActionDraft, after: Callable[[], None]) -> None:
        super().__init__(ctx, _t("actie toevoegen"), after)
        self.draft = draft
        self.action_id: int | None = None

    def apply(self) -> None:
        self.action_id = decisions.add_action(self.ctx, self.draft)

    def revert(self) -> None:
        if self.action_id is not None:
            decisions.delete_action(self.ctx, self.action_id)
            self.action_id = None


class SetActionStatus(ServiceCommand):
    def __init__(
        self,
        ctx: ServiceContext,
        action_id: int,
        old: ActionStatus,
        new: ActionStatus,
        note: str,
        after: Callable[[], None],
    ) -> None:
        super().__init__(ctx, _t("actiestatus wijzigen"), after)
        self.action_id, self.old, self.new, self.note = action_id, old, new, note

    def apply(self) -> None:
        decisions.set_action_status(self.ctx, self.action_id, self.new, self.note)

    def revert(self) -> None:
        decisions.set_action_status(self.ctx, self.action_id, self.old, _t("ongedaan gemaakt"))


class RecordDecision(ServiceCommand):
    """Undo removes the decision and puts the case's status and review date back."""

    def __init__(
        self,
        ctx: ServiceContext,
        draft: DecisionDraft,
        status_before: CaseStatus,
        review_before: date | None,
        after: Callable[[], None],
    ) -> None:
        super().__init__(ctx, _t("beslissing vastleggen"), after)
        self.draft = draft
        self.status_before, self.review_before = status_before, review_before
        self.decision_id: int | None = None

    def apply(self) -> None:
        self.decision_id = decisions.record_decision(self.ctx, self.draft)

    def revert(self) -> None:
        if self.decision_id is not None:
            decisions.delete_decision(self.ctx, self.decision_id)
            cases.restore_status(self.ctx, self.draft.case_id, self.status_before, self.review_before)
            self.decision_id = None
