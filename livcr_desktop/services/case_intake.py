"""A case's intake and the person's surroundings: read (the signal giver only on request, audited) and check.

``cases.create_case``/``update_case`` save a ``CaseIntake`` with the case in one transaction.
"""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain import settings as setting_specs
from livcr_desktop.domain.case_intake import SIGNAL_GIVER_FIELDS, CaseIntake, municipalities_of
from livcr_desktop.domain.roles import Permission
from livcr_desktop.hygiene import register_sensitive
from livcr_desktop.services import settings
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import audit, models

_FIELDS = tuple(f.name for f in fields(CaseIntake))


def intake_of(case: models.Case) -> CaseIntake:
    return CaseIntake(**{name: getattr(case, name) for name in _FIELDS})


def apply_intake(case: models.Case, intake: CaseIntake, is_minor: bool) -> None:
    for name in _FIELDS:
        value = getattr(intake, name)
        setattr(case, name, value.strip() if isinstance(value, str) and name != "signal_giver_contact" else value)
    if not is_minor:
        case.parental_consent = None  # only a minor's parents are asked


def audit_detail(before: CaseIntake | None, after: CaseIntake) -> dict[str, Any]:
    """Changed intake fields; signal-giver details and free texts only as "changed"/"set"."""
    out: dict[str, Any] = {}
    for name in _FIELDS:
        a, b = getattr(after, name), getattr(before, name) if before is not None else None
        if before is not None and a == b:
            continue
        if before is None and not a:
            continue
        if name in SIGNAL_GIVER_FIELDS or name in ("signal_text", "actions_taken", "not_informed_reason"):
            out[name] = "changed" if before is not None else "set"
        else:
            out[name] = {"before": b, "after": a} if before is not None else a
    return out


def cell_municipalities(ctx: ServiceContext) -> list[str]:
    """The municipalities of the cell; a case picks one when there are several (a zonal cell)."""
    ctx.require(Permission.VIEW)
    return municipalities_of(settings.get(ctx, setting_specs.MUNICIPALITY))


def get_intake(ctx: ServiceContext, case_id: int, with_signal_giver: bool = False) -> CaseIntake:
    """The intake for the form. The signal giver's details stay blank unless asked for; that read is audited."""
    ctx.require(Permission.READ_IDENTITY if with_signal_giver else Permission.VIEW)
    with ctx.vault.session() as s:
        intake = intake_of(s.get_one(models.Case, case_id))
        if with_signal_giver:
            if intake.has_signal_giver:
                audit.append(s, ctx.user, "read_signal_giver", "case", case_id)
                register_sensitive(intake.signal_giver_name, intake.signal_giver_contact)
            return intake
        return replace(intake, signal_giver_name="", signal_giver_function="", signal_giver_contact="")


def has_signal_giver(ctx: ServiceContext, case_id: int) -> bool:
    """Whether the signal giver's details are filled in, without reading them into the caller."""
    ctx.require(Permission.VIEW)
    c = models.Case
    with ctx.vault.session() as s:
        row = s.execute(
            select(c.signal_giver_name, c.signal_giver_function, c.signal_giver_contact).where(c.id == case_id)
        ).one()
        return any(row)


def advice_only_ids(ctx: ServiceContext) -> set[int]:
    """Advice requests: kept in the register but not counted as cases."""
    ctx.require(Permission.VIEW)
    with ctx.vault.session() as s:
        return set(s.scalars(select(models.Case.id).where(models.Case.advice_only.is_(True))))


def keep_signal_giver(s: Session, case_id: int, intake: CaseIntake) -> CaseIntake:
    """The intake with the stored signal-giver details (the form did not reveal them)."""
    case = s.get_one(models.Case, case_id)
    return replace(
        intake,
        signal_giver_name=case.signal_giver_name,
        signal_giver_function=case.signal_giver_function,
        signal_giver_contact=case.signal_giver_contact,
    )
