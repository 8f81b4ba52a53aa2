"""Organisations and members of the cell (reference data for forms and meetings)."""

from __future__ import annotations

from sqlalchemy import select

from livcr_desktop.domain.entities import Member, Organisation
from livcr_desktop.domain.enums import MemberKind, OrganisationSector
from livcr_desktop.domain.roles import Permission
from livcr_desktop.domain.validation import check_texts
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import audit, models


def list_organisations(ctx: ServiceContext) -> list[Organisation]:
    ctx.require(Permission.VIEW)
    with ctx.vault.session() as s:
        rows = s.scalars(select(models.Organisation).order_by(models.Organisation.name)).all()
        return [Organisation(o.id, o.name, o.short_name, o.sector) for o in rows]


def list_members(ctx: ServiceContext) -> list[Member]:
    ctx.require(Permission.VIEW)
    with ctx.vault.session() as s:
        rows = s.scalars(select(models.Member).order_by(models.Member.name)).all()
        return [Member(m.id, m.name, m.organisation_id, m.role, m.kind) for m in rows]


def add_organisation(ctx: ServiceContext, name: str, short_name: str, sector: OrganisationSector) -> int:
    ctx.require(Permission.ADMINISTER)
    check_texts(name=name, short_name=short_name)
    with ctx.vault.session() as s:
        org = models.Organisation(name=name, short_name=short_name, sector=sector, active=True)
        s.add(org)
        s.flush()
        audit.append(s, ctx.user, "create", "organisation", org.id, {"name": name})
        return org.id


def add_member(ctx: ServiceContext, name: str, organisation_id: int, role: str, kind: MemberKind) -> int:
    ctx.require(Permission.ADMINISTER)
    check_texts(name=name, role=role)
    with ctx.vault.session() as s:
        m = models.Member(name=name, organisation_id=organisation_id, role=role, kind=kind, active=True)
        s.add(m)
        s.flush()
        audit.append(s, ctx.user, "create", "member", m.id, {"name": name, "role": role})
        return m.id
