"""Use cases the views call: open a vault, keep the case register, run meetings, ...

Services speak in domain dataclasses; they own the transactions and write the audit trail.

Every public function of these modules that takes a :class:`~livcr_desktop.services.context.ServiceContext`
first checks the acting role itself (``ctx.require``), whatever screen or command calls it. :data:`ACCESS`
says, per function, which permissions of ``domain.roles.PERMISSIONS`` it needs; a test
(``tests/unit/test_service_permissions.py``) calls every such function as every role and holds each entry
to it, and fails on a function missing here. ``scripts/permissions_table.py`` prints it for
``docs/security.md``.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from livcr_desktop.domain.roles import Permission, Role, allows

_P = Permission


@dataclass(frozen=True, slots=True)
class Access:
    """What one service function needs.

    ``all_of``: every one of these; ``any_of``: at least one of these; ``identity``: the name of the
    parameter that asks for identities (then READ_IDENTITY as well, when it is true); ``filters``:
    permissions without which the function still answers but leaves something out (the text of
    restricted contributions).
    """

    all_of: tuple[Permission, ...] = ()
    any_of: tuple[Permission, ...] = ()
    identity: str = ""
    filters: tuple[Permission, ...] = ()

    def allows(self, role: Role, arguments: Mapping[str, object] | None = None) -> bool:
        """Whether ``role`` may call the function with ``arguments`` (by parameter name)."""
        if not all(allows(role, p) for p in self.all_of):
            return False
        if self.any_of and not any(allows(role, p) for p in self.any_of):
            return False
        return not (
            self.identity and (arguments or {}).get(self.identity) and not allows(role, Permission.READ_IDENTITY)
        )


def _needs(*permissions: Permission, identity: str = "", filters: tuple[Permission, ...] = ()) -> Access:
    return Access(all_of=permissions, identity=identity, filters=filters)


def _any(*permissions: Permission) -> Access:
    return Access(any_of=permissions)


ANYONE: Final = Access()  # any logged-in user: returns nothing a role could be refused

# "module.function" -> what it needs. Keep in the order of the modules.
ACCESS: Final[dict[str, Access]] = {
    "annual_report.annual_report": _needs(_P.VIEW),
    "annual_report.export": _needs(_P.VIEW),
    "annual_report.render": _needs(_P.VIEW),
    "assessment.add_contribution": _needs(_P.RUN_MEETING),
    "assessment.assessment_grid": _needs(_P.VIEW, filters=(_P.READ_RESTRICTED,)),
    "assessment.delete_contribution": _needs(_P.RUN_MEETING),
    "assessment.life_domains": ANYONE,
    "assessment.set_assessment": _needs(_P.RUN_MEETING),
    "assessment.set_domain_assessment": _needs(_P.RUN_MEETING),
    "assessment.update_contribution": _needs(_P.RUN_MEETING),
    "attendance.acknowledge": _needs(_P.RUN_MEETING),
    "attendance.acknowledge_all_present": _needs(_P.RUN_MEETING),
    "attendance.attendance_complete": _needs(_P.VIEW),
    "attendance.pending_acknowledgements": _needs(_P.VIEW),
    "attendance.set_attendance": _needs(_P.RUN_MEETING),
    "audit_log.acknowledge_truncations": _needs(_P.ADMINISTER),
    "audit_log.check_chain": _needs(_P.ADMINISTER),
    "audit_log.recent_events": _needs(_P.ADMINISTER),
    "audit_log.record_lock": ANYONE,
    "backup.backup_after_finalise": ANYONE,  # called by minutes.finalise; never raises
    "backup.backup_keep": ANYONE,
    "backup.create_backup": _needs(_P.ADMINISTER),
    "backup.set_backup_keep": _needs(_P.ADMINISTER),
    "case_intake.advice_only_ids": _needs(_P.VIEW),
    "case_intake.cell_municipalities": _needs(_P.VIEW),
    "case_intake.get_intake": _needs(_P.VIEW, identity="with_signal_giver"),
    "case_intake.has_signal_giver": _needs(_P.VIEW),
    "case_links.link_cases": _needs(_P.EDIT_CASES),
    "case_links.link_choices": _needs(_P.VIEW),
    "case_links.list_links": _needs(_P.VIEW),
    "case_links.unlink": _needs(_P.EDIT_CASES),
    "case_notes.add_note": _any(_P.EDIT_CASES, _P.FOLLOW_UP),
    "case_notes.list_notes": _needs(_P.VIEW),
    "cases.case_status": _needs(_P.VIEW),
    "cases.create_case": _needs(_P.EDIT_CASES),
    "cases.get_case": _needs(_P.VIEW, identity="with_identity"),
    "cases.has_identity": _needs(_P.VIEW),
    "cases.list_cases": _needs(_P.VIEW),
    "cases.restore_status": _any(_P.RUN_MEETING, _P.EDIT_CASES),
    "cases.suggest_code": _needs(_P.VIEW),
    "cases.update_case": _needs(_P.EDIT_CASES),
    "csv_import.convert": _needs(_P.EXPORT_DATA),
    "csv_import.import_cases": _needs(_P.EXPORT_DATA, _P.EDIT_CASES),
    "decisions.actions_for": _needs(_P.VIEW),
    "decisions.add_action": _any(_P.RUN_MEETING, _P.FOLLOW_UP),
    "decisions.case_escalation": _needs(_P.VIEW),
    "decisions.decisions_for": _needs(_P.VIEW),
    "decisions.delete_action": _any(_P.RUN_MEETING, _P.FOLLOW_UP),
    "decisions.delete_decision": _needs(_P.RUN_MEETING),
    "decisions.open_actions_for_review": _needs(_P.VIEW),
    "decisions.record_decision": _needs(_P.RUN_MEETING),
    "decisions.set_action_secrecy": _any(_P.RUN_MEETING, _P.FOLLOW_UP),
    "decisions.set_action_status": _any(_P.RUN_MEETING, _P.FOLLOW_UP),
    "decisions.update_action": _any(_P.RUN_MEETING, _P.FOLLOW_UP),
    "decisions.update_decision": _needs(_P.RUN_MEETING),
    "demo.populate": ANYONE,  # only into an empty vault (ValueError otherwise)
    "drafts.discard_draft": _needs(_P.RUN_MEETING),
    "drafts.discard_meeting_drafts": _needs(_P.RUN_MEETING),
    "drafts.load_draft": _needs(_P.RUN_MEETING),
    "drafts.meeting_drafts": _needs(_P.RUN_MEETING),
    "drafts.save_draft": _needs(_P.RUN_MEETING),
    "exchange.export_case": _needs(_P.EXPORT_DATA),
    "exchange.export_vault": _needs(_P.EXPORT_DATA),
    "exchange.import_document": _needs(_P.EXPORT_DATA),
    "exchange.import_issues": ANYONE,  # checks a document against the vault; returns issues only
    "feedback_form.compose_form": _needs(_P.RUN_MEETING),
    "feedback_form.forms_for_meeting": _needs(_P.VIEW),
    "feedback_form.get_form": _needs(_P.VIEW),
    "feedback_form.meetings_for_case": _needs(_P.VIEW),
    "feedback_form.neutral_fields": _needs(_P.VIEW),
    "feedback_form.produce_form": _needs(_P.MINUTES),
    "feedback_form.record_consent": _needs(_P.RUN_MEETING),
    "feedback_form.set_content_in_minutes": _needs(_P.RUN_MEETING),
    "feedback_form.update_form": _needs(_P.RUN_MEETING),
    "feedback_log.add_feedback": _needs(_P.FOLLOW_UP),
    "feedback_log.can_give_feedback": _needs(_P.VIEW),
    "feedback_log.check_text": _needs(_P.FOLLOW_UP),
    "feedback_log.list_feedback": _needs(_P.VIEW),
    "feedback_log.referrer_name": _needs(_P.VIEW),
    "followup.action_history": _needs(_P.VIEW),
    "followup.add_action": _needs(_P.FOLLOW_UP),
    "followup.change_action": _needs(_P.FOLLOW_UP),
    "followup.fill_next_agenda": _needs(_P.FOLLOW_UP),
    "followup.list_tracked_actions": _needs(_P.VIEW),
    "followup.next_agenda": _needs(_P.VIEW),
    "followup.overdue_action_count": _needs(_P.VIEW),
    "followup.set_on_next_agenda": _needs(_P.FOLLOW_UP),
    "followup.update_action": _needs(_P.FOLLOW_UP),
    "invitations.in_room": _needs(_P.VIEW),
    "invitations.invitations": _needs(_P.VIEW),
    "invitations.invite": _needs(_P.RUN_MEETING),
    "invitations.partners_in_room": _needs(_P.VIEW),
    "invitations.withheld_cases": _needs(_P.VIEW),
    "meetings.add_agenda_item": _any(_P.RUN_MEETING, _P.FOLLOW_UP),
    "meetings.add_elapsed": _needs(_P.RUN_MEETING),
    "meetings.close_meeting": _needs(_P.RUN_MEETING),
    "meetings.closing_check": _needs(_P.VIEW),
    "meetings.create_meeting": _needs(_P.RUN_MEETING),
    "meetings.get_meeting": _needs(_P.VIEW),
    "meetings.list_meetings": _needs(_P.VIEW),
    "meetings.move_agenda_item": _needs(_P.RUN_MEETING),
    "meetings.remove_agenda_item": _needs(_P.RUN_MEETING),
    "meetings.reopen_meeting": _needs(_P.RUN_MEETING),
    "meetings.set_current_item": _needs(_P.RUN_MEETING),
    "meetings.start_meeting": _needs(_P.RUN_MEETING),
    "minutes.add_addendum": _needs(_P.FINALISE_AND_SIGN, _P.MINUTES),
    "minutes.document_pdf": _needs(_P.MINUTES),
    "minutes.documents": _needs(_P.VIEW),
    "minutes.finalise": _needs(_P.FINALISE_AND_SIGN, _P.MINUTES, identity="include_identity"),
    "minutes.find_by_hash": _needs(_P.VIEW),
    "minutes.render_variant": _needs(_P.MINUTES, identity="include_identity", filters=(_P.READ_RESTRICTED,)),
    "minutes.store_signed": _needs(_P.FINALISE_AND_SIGN),
    "minutes_collect.collect": _needs(_P.MINUTES, identity="include_identity", filters=(_P.READ_RESTRICTED,)),
    "passphrase.change_passphrase": ANYONE,  # the acting user's own slot, with the old passphrase
    "passphrase.rotate_key": _needs(_P.ADMINISTER),
    "passphrase.rotation_preview": ANYONE,  # user names of the key slots, no case data
    "projection.build_projection": _needs(_P.VIEW),
    "projection.reveal_identity": _needs(_P.READ_IDENTITY),
    "reference.add_member": _needs(_P.ADMINISTER),
    "reference.add_organisation": _needs(_P.ADMINISTER),
    "reference.cell_identity": _needs(_P.VIEW),
    "reference.list_members": _needs(_P.VIEW),
    "reference.list_organisations": _needs(_P.VIEW),
    "reference.member_records": _needs(_P.VIEW),
    "reference.organisation_records": _needs(_P.VIEW),
    "reference.reassign_member": _needs(_P.ADMINISTER),
    "reference.retire_member": _needs(_P.ADMINISTER),
    "reference.retire_organisation": _needs(_P.ADMINISTER),
    "reference.set_cell_identity": _needs(_P.ADMINISTER),
    "reference.update_member": _needs(_P.ADMINISTER),
    "reference.update_organisation": _needs(_P.ADMINISTER),
    "referrer_letter.default_statement": _needs(_P.VIEW),
    "referrer_letter.letter_meeting": _needs(_P.VIEW),
    "referrer_letter.letter_refusal": _needs(_P.VIEW),
    "referrer_letter.produce_letter": _needs(_P.FOLLOW_UP),
    "retention.anonymise_cases": _needs(_P.ADMINISTER),
    "retention.due_cases": _needs(_P.ADMINISTER),
    "retention.erase_cases": _needs(_P.ADMINISTER),
    "retention.retention_years": ANYONE,
    "retention.set_retention_years": _needs(_P.ADMINISTER),
    "search.search": _needs(_P.VIEW, filters=(_P.READ_RESTRICTED,)),
    "settings.all_settings": _needs(_P.VIEW),
    "settings.domain_labels": ANYONE,
    "settings.get": _needs(_P.VIEW),
    "settings.is_default": _needs(_P.VIEW),
    "settings.reset": _needs(_P.ADMINISTER),
    "settings.set": _needs(_P.ADMINISTER),
    "settings.set_many": _needs(_P.ADMINISTER),
    "signatures.finalise_minutes": _needs(_P.FINALISE_AND_SIGN, _P.MINUTES, identity="include_identity"),
    "signatures.sign_minutes": _needs(_P.FINALISE_AND_SIGN, _P.MINUTES),
    "signatures.stored_minutes": _needs(_P.MINUTES),
    "signatures.verify_in_vault": _needs(_P.VIEW),
    "statistics.available_years": _needs(_P.VIEW),
    "statistics.compute": _needs(_P.VIEW),
    "statistics.export": _needs(_P.VIEW),
    "statistics.render": _needs(_P.VIEW),
    "timeline.case_timeline": _needs(_P.VIEW),
    "users.add_user": _needs(_P.MANAGE_USERS),
    "users.list_users": _needs(_P.VIEW),
    "users.remove_user": _needs(_P.MANAGE_USERS),
    "users.set_role": _needs(_P.MANAGE_USERS),
}


def public_functions() -> dict[str, Callable[..., Any]]:
    """Every public function of every module of this package whose first parameter is a
    ``ServiceContext``, as ``"module.function"`` (the keys :data:`ACCESS` must have)."""
    from livcr_desktop.services.context import ServiceContext

    found: dict[str, Callable[..., Any]] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if name.startswith("_") or function.__module__ != module.__name__:
                continue
            parameters = list(inspect.signature(function).parameters.values())
            if not parameters:
                continue
            hints = typing.get_type_hints(function)
            if hints.get(parameters[0].name) is ServiceContext:
                found[f"{info.name}.{name}"] = function
    return found
