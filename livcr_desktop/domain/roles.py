"""Roles and what each may do: the one table the services enforce.

Greyed-out buttons in the views follow the same table, but the services are where it holds:
a call without the permission raises :class:`PermissionDenied`, whatever the screen showed.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final


class Role(StrEnum):
    CHAIR = "chair"  # voorzitter (mayor or delegate)
    SECRETARY = "secretary"
    CASE_MANAGER = "case_manager"
    READ_ONLY = "read_only"  # lid, alleen lezen


class Permission(StrEnum):
    VIEW = "view"  # the case list, meetings, assessments (never identities)
    READ_IDENTITY = "read_identity"
    # The text of a restricted contribution (see is_restricted_contribution); who runs a meeting
    # needs it, the meeting screen shows it. Search, grid, minutes and projector follow this one rule.
    READ_RESTRICTED = "read_restricted"
    EDIT_CASES = "edit_cases"
    RUN_MEETING = "run_meeting"  # agenda, attendance, contributions, assessments, decisions, actions
    FOLLOW_UP = "follow_up"  # action status and notes, referrer feedback, next agenda
    MINUTES = "minutes"  # render, print, export documents
    FINALISE_AND_SIGN = "finalise_and_sign"
    EXPORT_DATA = "export_data"  # exchange-format export and import
    MANAGE_USERS = "manage_users"
    ADMINISTER = "administer"  # backups, restore, key rotation, retention


PERMISSIONS: Final[dict[Role, frozenset[Permission]]] = {
    Role.CHAIR: frozenset(Permission),
    Role.SECRETARY: frozenset(
        {
            Permission.VIEW,
            Permission.READ_RESTRICTED,
            Permission.EDIT_CASES,
            Permission.RUN_MEETING,
            Permission.FOLLOW_UP,
            Permission.MINUTES,
            Permission.FINALISE_AND_SIGN,
        }
    ),
    Role.CASE_MANAGER: frozenset(
        {
            Permission.VIEW,
            Permission.READ_IDENTITY,
            Permission.EDIT_CASES,
            Permission.FOLLOW_UP,
            Permission.MINUTES,
        }
    ),
    Role.READ_ONLY: frozenset({Permission.VIEW}),
}


class PermissionDenied(Exception):
    def __init__(self, role: Role, permission: Permission) -> None:
        super().__init__(f"role {role.value} may not {permission.value}")
        self.role = role
        self.permission = permission


def allows(role: Role, permission: Permission) -> bool:
    return permission in PERMISSIONS[role]


def is_restricted_contribution(*, professional_secrecy: bool, no_projection: bool, in_minutes: bool) -> bool:
    """A contribution whose text only :attr:`Permission.READ_RESTRICTED` may read.

    Covered by professional secrecy ("beroepsgeheim"), flagged "niet projecteren", or kept out of
    the minutes. The same condition marks an entry of the full-text index as restricted
    (migration 0003), so search and the services cannot disagree.
    """
    return professional_secrecy or no_projection or not in_minutes


def reads_restricted(role: Role) -> bool:
    """May ``role`` read the text of a restricted contribution (search, assessment grid, minutes)?"""
    return allows(role, Permission.READ_RESTRICTED)
