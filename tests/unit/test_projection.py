"""The projection view-model: the one function where the privacy rules of the wall live."""

from __future__ import annotations

import dataclasses
import itertools
import string
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from livcr_desktop.domain.entities import CaseDraft
from livcr_desktop.domain.enums import ActionStatus, AgendaItemKind, DecisionType, Phenomenon, Qualification
from livcr_desktop.domain.life_domains import DEFAULT_LIFE_DOMAINS
from livcr_desktop.domain.meeting import ActionDraft, ContributionDraft, DecisionDraft
from livcr_desktop.services import assessment, cases, decisions, meetings
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.projection import build_projection, reveal_identity
from livcr_desktop.storage import models
from tests.helpers.meeting_factory import ORGS, Cell, make_cell, make_meeting, mark_new_referral

IDENTITY = ("Jan", "Geheimnaam")


@pytest.fixture
def cell(ctx: ServiceContext) -> Cell:
    cell = make_cell(ctx)
    mark_new_referral(ctx, cell.cases["pseudo"])
    return cell


def strings_in(value: Any) -> list[str]:
    """Every str anywhere in a view-model (and fail on anything that is not plain data)."""
    if isinstance(value, str):
        return [value]
    if value is None or isinstance(value, bool | int):
        return []
    if isinstance(value, tuple):
        return [s for v in value for s in strings_in(v)]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        assert type(value).__module__ == "livcr_desktop.services.projection", type(value)
        return [s for f in dataclasses.fields(value) for s in strings_in(getattr(value, f.name))]
    raise AssertionError(f"not plain data in the projection: {type(value)!r}")


def audit_count(ctx: ServiceContext, action: str | None = None) -> int:
    with ctx.vault.session() as s:
        stmt = select(func.count()).select_from(models.AuditEvent)
        if action is not None:
            stmt = stmt.where(models.AuditEvent.action == action)
        return int(s.scalar(stmt) or 0)


def contribute(
    ctx: ServiceContext, case_id: int, meeting_id: int, org: int, domain: str | None, text: str, **flags: bool
) -> int:
    return assessment.add_contribution(
        ctx,
        ContributionDraft(
            case_id=case_id, meeting_id=meeting_id, organisation_id=org, life_domain=domain, text=text, **flags
        ),
    )


def item_of(ctx: ServiceContext, meeting_id: int, case_id: int) -> int:
    return next(e.id for e in meetings.get_meeting(ctx, meeting_id).agenda if e.case_id == case_id)


def test_restricted_contributions_are_counted_never_carried(ctx: ServiceContext, cell: Cell) -> None:
    mid = make_meeting(ctx, cell)
    due = cell.cases["due"]
    pz, ocmw, jh, prev = (cell.orgs[k] for k in ("PZ", "OCMW", "JH", "PREV"))
    contribute(ctx, due, mid, pz, "online", "GEHEIM-CANARY-1", no_projection=True)
    contribute(ctx, due, mid, pz, "online", "Zichtbaar online", confirmed=True)
    contribute(ctx, due, mid, ocmw, "finance_housing", "GEHEIM-CANARY-2", professional_secrecy=True)
    contribute(ctx, due, mid, ocmw, "finance_housing", "GEHEIM-CANARY-3", professional_secrecy=True, no_projection=True)
    contribute(ctx, due, mid, jh, None, "", declines_to_share=True)
    contribute(ctx, due, mid, prev, None, "", declines_to_share=True, no_projection=True)
    assessment.set_domain_assessment(ctx, due, mid, "family", concern_level=2)
    assessment.set_assessment(ctx, due, mid, summary="GEHEIM-SAMENVATTING", qualification=Qualification.Q1)

    view = build_projection(ctx, mid, item_of(ctx, mid, due))
    texts = strings_in(view)
    assert not [t for t in texts if "GEHEIM" in t]
    assert "GEHEIM" not in repr(view)
    assert view.organisations == ("PZ", "OCMW")
    rows = {r.domain: r for r in view.grid_rows}
    assert set(rows) == {"family", "finance_housing", "online"}  # domains with something to show
    online = rows["online"].cells
    assert [t.text for t in online[0].texts] == ["Zichtbaar online"] and online[0].texts[0].confirmed
    assert online[0].hidden_count == 1 and online[1] == type(online[1])((), 0)
    assert rows["finance_housing"].cells[1].hidden_count == 2 and rows["finance_housing"].cells[1].texts == ()
    assert rows["family"].concern_level == 2
    assert view.declined == ("JH",)  # the restricted decline is only counted
    assert view.hidden_elsewhere == 1 and view.hidden_total == 4
    assert view.qualification == "Q1"
    assert view.case_code == "LIVC-2026-001" and view.case_pseudonym == "Merel"
    assert view.identity is None
    assert not {t for t in texts if any(part in t for part in IDENTITY)}


def test_view_model_is_whitelisted_plain_data(ctx: ServiceContext, cell: Cell) -> None:
    mid = make_meeting(ctx, cell)
    due = cell.cases["due"]
    decisions.record_decision(
        ctx,
        DecisionDraft(
            due,
            mid,
            DecisionType.ESCALATE,
            "Reden",
            "Verwachting",
            escalation_target="LTF",
            next_review_date=date(2026, 12, 15),
        ),
    )
    decisions.add_action(
        ctx, ActionDraft(due, mid, "Huisbezoek", cell.orgs["OCMW"], cell.members["ocmw"], date(2026, 12, 1))
    )
    view = build_projection(ctx, mid, item_of(ctx, mid, due))
    texts = strings_in(view)  # fails on any non-plain field
    # Names of people are not needed on the wall: member, chair and secretary names never enter.
    for name in ("Maatschappelijk Werker Test", "Burgemeester Voorbeeld", "Secretaris Fictief", "Stadhuis"):
        assert not [t for t in texts if name in t]
    assert view.decisions[0].decision_type == "escalate" and view.decisions[0].escalation_target == "LTF"
    assert view.decisions[0].next_review_date == "2026-12-15" and not view.decisions[0].draft
    assert view.actions[0].description == "Huisbezoek" and view.actions[0].owner == "OCMW"
    assert view.actions[0].status == ActionStatus.OPEN.value and view.actions[0].case_code == ""
    assert [a.kind for a in view.agenda] == [
        AgendaItemKind.ACTION_REVIEW.value,
        AgendaItemKind.CASE_REVIEW.value,
        AgendaItemKind.NEW_REFERRAL.value,
    ]
    assert [a.is_current for a in view.agenda] == [False, True, False]
    assert view.meeting_date == "2026-11-25" and view.meeting_number.startswith("2026/")


def test_identity_only_through_a_recorded_reveal_for_that_item(ctx: ServiceContext, cell: Cell) -> None:
    mid = make_meeting(ctx, cell)
    due, pseudo = cell.cases["due"], cell.cases["pseudo"]
    item, other = item_of(ctx, mid, due), item_of(ctx, mid, pseudo)
    before = audit_count(ctx)
    plain = build_projection(ctx, mid, item)
    assert plain.identity is None
    assert audit_count(ctx) == before  # building reads no identity, so there is nothing to audit

    reveal = reveal_identity(ctx, mid, item)
    assert reveal is not None and (reveal.identity.first_name, reveal.identity.last_name) == IDENTITY
    assert audit_count(ctx, "reveal_identity") == 1 and audit_count(ctx, "read_identity") == 1
    with ctx.vault.session() as s:
        event = s.scalars(select(models.AuditEvent).where(models.AuditEvent.action == "reveal_identity")).one()
        assert (event.entity, event.entity_id, event.user) == ("case", due, "voorzitter")
        assert "Geheimnaam" not in event.detail and f'"agenda_item": {item}' in event.detail
    shown = build_projection(ctx, mid, item, reveal=reveal)
    assert shown.identity is not None and shown.identity.last_name == "Geheimnaam"
    # The same reveal does not travel to another item, nor to another meeting's projection.
    assert build_projection(ctx, mid, other, reveal=reveal).identity is None
    later = make_meeting(ctx, cell, date(2026, 12, 9), propose=False)
    later_item = meetings.add_agenda_item(ctx, later, case_id=due)
    assert build_projection(ctx, later, later_item, reveal=reveal).identity is None

    # A pseudonymous case has nothing to reveal, and nothing is recorded.
    assert reveal_identity(ctx, mid, other) is None
    assert audit_count(ctx, "reveal_identity") == 1


def test_typed_decision_is_projected_for_its_own_case_only(ctx: ServiceContext, cell: Cell) -> None:
    mid = make_meeting(ctx, cell)
    due, pseudo = cell.cases["due"], cell.cases["pseudo"]
    item = item_of(ctx, mid, due)
    typed = DecisionDraft(due, mid, None, "Wordt nog getypt")
    view = build_projection(ctx, mid, item, typed_decision=typed)
    assert [(d.decision_type, d.reasons, d.draft) for d in view.decisions] == [("", "Wordt nog getypt", True)]
    assert build_projection(ctx, mid, item, typed_decision=DecisionDraft(due, mid)).decisions == ()
    assert build_projection(ctx, mid, item_of(ctx, mid, pseudo), typed_decision=typed).decisions == ()
    decisions.record_decision(ctx, DecisionDraft(due, mid, DecisionType.CLOSE, "Vastgelegd"))
    edited = DecisionDraft(due, mid, DecisionType.CLOSE, "Vastgelegd, en aangevuld")
    view = build_projection(ctx, mid, item, typed_decision=edited)
    assert [(d.reasons, d.draft) for d in view.decisions] == [("Vastgelegd, en aangevuld", False)]


def test_review_item_and_other_items(ctx: ServiceContext, cell: Cell) -> None:
    earlier = make_meeting(ctx, cell, date(2026, 11, 21), propose=False)
    decisions.add_action(
        ctx,
        ActionDraft(
            cell.cases["due"],
            earlier,
            "Huisbezoek plannen",
            cell.orgs["OCMW"],
            cell.members["ocmw"],
            date(2026, 11, 24),
        ),
    )
    meetings.close_meeting(ctx, earlier, date(2026, 11, 25))
    mid = make_meeting(ctx, cell)
    varia = meetings.add_agenda_item(ctx, mid, title="Varia")
    review = meetings.get_meeting(ctx, mid).agenda[0]
    assert review.kind is AgendaItemKind.ACTION_REVIEW
    view = build_projection(ctx, mid, review.id)
    assert [(a.case_code, a.description, a.owner) for a in view.actions] == [
        ("LIVC-2026-001", "Huisbezoek plannen", "OCMW")
    ]
    assert not [t for t in strings_in(view) if "Maatschappelijk" in t]
    other = build_projection(ctx, mid, varia)
    assert other.item_title == "Varia" and other.case_code == "" and other.grid_rows == ()
    none = build_projection(ctx, mid, None)
    assert none.current_item_id is None and none.item_kind == "" and not any(a.is_current for a in none.agenda)


# -- property: whatever the flags, nothing restricted is ever carried -----------------------------

_examples = itertools.count(1)
FILLER = st.text(alphabet=string.ascii_letters + " éèàç'-", max_size=12)
CONTRIBUTIONS = st.lists(
    st.tuples(
        st.integers(0, len(ORGS) - 1),  # organisation
        st.sampled_from(DEFAULT_LIFE_DOMAINS),
        st.booleans(),  # professional secrecy
        st.booleans(),  # do not project
        st.booleans(),  # confirmed
        st.booleans(),  # declines to share
        FILLER,
    ),
    min_size=1,
    max_size=10,
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    contributions=CONTRIBUTIONS,
    with_identity=st.booleans(),
    reveal=st.booleans(),
    birth=st.dates(date(1990, 1, 1), date(2012, 12, 31)),
)
def test_projection_never_carries_a_restricted_field(
    ctx: ServiceContext,
    cell: Cell,
    contributions: list[tuple[int, str, bool, bool, bool, bool, str]],
    with_identity: bool,
    reveal: bool,
    birth: date,
) -> None:
    n = next(_examples)
    # Digits only in tokens, letters only in filler: no token can appear by accident or inside another.
    first, last = f"VN{n:04d}Q", f"AN{n:04d}Q"
    case_id = cases.create_case(
        ctx,
        CaseDraft(
            code=f"LIVC-2026-{100 + n:03d}",
            pseudonym=f"P{n:04d}Q" if n % 2 else "",
            first_name=first if with_identity else "",
            last_name=last if with_identity else "",
            birth_date=birth if with_identity else None,
            registration_date=date(2026, 1, 1),
            phenomenon=Phenomenon.RADICALISM,
        ),
    )
    mid = make_meeting(ctx, cell, date(2026, 12, 1), propose=False)
    item = meetings.add_agenda_item(ctx, mid, case_id=case_id)
    org_ids = [cell.orgs[short] for _name, short, _sector in ORGS]
    restricted: list[str] = []
    shown: list[str] = []
    for i, (org, domain, secrecy, no_projection, confirmed, declines, filler) in enumerate(contributions):
        token = f"TK{n:04d}X{i:03d}Q"
        contribute(
            ctx,
            case_id,
            mid,
            org_ids[org],
            None if declines else domain,
            "" if declines else f"{filler} {token} {filler}",
            professional_secrecy=secrecy,
            no_projection=no_projection,
            confirmed=confirmed,
            declines_to_share=declines,
        )
        if not declines:
            (restricted if secrecy or no_projection else shown).append(token)
    grant = reveal_identity(ctx, mid, item) if reveal else None
    view = build_projection(ctx, mid, item, reveal=grant)

    texts = strings_in(view)
    everything = "\n".join(texts) + repr(view)
    for token in restricted:
        assert token not in everything
    for token in shown:
        assert sum(token in t for t in texts) == 1
    n_restricted = sum(1 for c in contributions if c[2] or c[3])
    assert view.hidden_total == n_restricted
    visible_identity = with_identity and reveal
    for secret in (first, last, birth.isoformat()):
        assert (secret in everything) == visible_identity
    assert (grant is not None) == visible_identity
