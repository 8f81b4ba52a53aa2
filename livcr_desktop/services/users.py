"""Users of one vault: each has a key slot of their own (own passphrase) and a role.

Adding or removing a user needs the chair. Removing a user deletes their key slots, so their old
passphrase no longer opens the vault; the database itself is never re-encrypted for it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select

from livcr_desktop.domain.roles import Permission, Role
from livcr_desktop.domain.validation import ValidationCode, ValidationError, ValidationIssue, text_issues
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.unlock import assess_passphrase
from livcr_desktop.storage import audit, models
from livcr_desktop.storage.keyslots import DEFAULT_KDF, KdfParams
from livcr_desktop.storage.vault import Vault

USER_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,39}$")


@dataclass(frozen=True, slots=True)
class UserView:
    name: str
    display_name: str
    role: Role
    active: bool
    passphrase_slots: int
    keyring_slots: int


def context_for(
    vault: Vault, today: Callable[[], date] | None = None, now: Callable[[], datetime] | None = None
) -> ServiceContext:
    """The service context of whoever unlocked the vault, with their role from the user table.

    A vault whose user table is empty (created before roles existed, or just now) makes the user
    who unlocked it its chair.
    """
    user = vault.unlocked_by.user
    with vault.session() as s:
        row = s.scalar(select(models.AppUser).where(models.AppUser.name == user))
        if row is None:
            count = s.scalar(select(func.count()).select_from(models.AppUser)) or 0
            role = Role.CHAIR if count == 0 else Role.READ_ONLY
            if count == 0:
                s.add(
                    models.AppUser(
                        name=user,
                        display_name=user,
                        role=role.value,
                        active=True,
                        created_at=datetime.now().replace(microsecond=0),
                    )
                )
                audit.append(s, user, "create", "user", None, {"name": user, "role": role.value})
        else:
            role = Role(row.role) if row.active else Role.READ_ONLY
    ctx = ServiceContext(vault, user, role=role)
    if today is not None:
        ctx.today = today
    if now is not None:
        ctx.now = now
    return ctx


def list_users(ctx: ServiceContext) -> list[UserView]:
    ctx.require(Permission.VIEW)
    slots = ctx.vault.key_file.slots
    with ctx.vault.session() as s:
        rows = s.scalars(select(models.AppUser).order_by(models.AppUser.name)).all()
        return [
            UserView(
                r.name,
                r.display_name,
                Role(r.role),
                r.active,
                sum(1 for x in slots if x.user == r.name and x.kind == "passphrase"),
                sum(1 for x in slots if x.user == r.name and x.kind == "keyring"),
            )
            for r in rows
        ]


def add_user(
    ctx: ServiceContext, name: str, display_name: str, role: Role, passphrase: str, kdf: KdfParams = DEFAULT_KDF
) -> None:
    """A new user with their own passphrase slot. Only the chair may do this."""
    ctx.require(Permission.MANAGE_USERS)
    issues = []
    if not USER_NAME.match(name):
        issues.append(ValidationIssue("name", ValidationCode.BAD_FORMAT))
    if not assess_passphrase(passphrase).acceptable:
        issues.append(ValidationIssue("passphrase", ValidationCode.TOO_SHORT))
    issues.extend(text_issues({"display_name": display_name}))
    with ctx.vault.session() as s:
        if s.scalar(select(models.AppUser.id).where(models.AppUser.name == name)) is not None:
            issues.append(ValidationIssue("name", ValidationCode.DUPLICATE))
    if issues:
        raise ValidationError(issues)
    ctx.vault.add_passphrase_slot(name, passphrase, kdf)
    with ctx.vault.session() as s:
        s.add(
            models.AppUser(
                name=name, display_name=display_name.strip() or name, role=role.value, active=True, created_at=ctx.now()
            )
        )
        audit.append(s, ctx.user, "create", "user", None, {"name": name, "role": role.value})


def remove_user(ctx: ServiceContext, name: str) -> None:
    """Delete every key slot of ``name`` and deactivate the user (their history stays audited)."""
    ctx.require(Permission.MANAGE_USERS)
    if name == ctx.user:
        raise ValidationError([ValidationIssue("name", ValidationCode.SELF)])
    with ctx.vault.session() as s:
        row = s.scalar(select(models.AppUser).where(models.AppUser.name == name))
        if row is None:
            raise ValidationError([ValidationIssue("name", ValidationCode.REQUIRED)])
        chairs = (
            s.scalar(
                select(func.count())
                .select_from(models.AppUser)
                .where(models.AppUser.role == Role.CHAIR.value, models.AppUser.active.is_(True))
            )
            or 0
        )
        if row.role == Role.CHAIR.value and chairs <= 1:
            raise ValidationError([ValidationIssue("role", ValidationCode.LAST_CHAIR)])
    for slot in [x for x in ctx.vault.key_file.slots if x.user == name]:
        ctx.vault.remove_slot(slot.slot_id)
    with ctx.vault.session() as s:
        row = s.scalar(select(models.AppUser).where(models.AppUser.name == name))
        assert row is not None
        row.active = False
        audit.append(s, ctx.user, "delete", "user", row.id, {"name": name, "slots_removed": True})


def set_role(ctx: ServiceContext, name: str, role: Role) -> None:
    ctx.require(Permission.MANAGE_USERS)
    with ctx.vault.session() as s:
        row = s.scalar(select(models.AppUser).where(models.AppUser.name == name))
        if row is None:
            raise ValidationError([ValidationIssue("name", ValidationCode.REQUIRED)])
        if row.role == Role.CHAIR.value and role is not Role.CHAIR:
            chairs = (
                s.scalar(
                    select(func.count())
                    .select_from(models.AppUser)
                    .where(models.AppUser.role == Role.CHAIR.value, models.AppUser.active.is_(True))
                )
                or 0
            )
            if chairs <= 1:
                raise ValidationError([ValidationIssue("role", ValidationCode.LAST_CHAIR)])
        before = row.role
        row.role = role.value
        audit.append(s, ctx.user, "update", "user", row.id, {"role": {"before": before, "after": role.value}})
