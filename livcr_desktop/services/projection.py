"""What the projector may show: the one place where the privacy rules of the wall live.

Everybody in the room reads the projector, so the audience window never receives a domain
object. :func:`build_projection` builds a :class:`ProjectionView` field by field from a
whitelist; anything not copied here cannot reach the wall. The rules:

- a case is shown by its code and pseudonym only. Its identity (name, birth date) is shown only
  with an :class:`IdentityReveal`, which only :func:`reveal_identity` makes: it records a
  ``reveal_identity`` audit event and reads the identity through the audited
  ``cases.get_case(with_identity=True)``. :func:`build_projection` itself never reads identity
  fields, so a rebuild (every few keystrokes) neither needs nor leaks them;
- a contribution flagged "niet projecteren" or "beroepsgeheim" (``ContributionView.restricted``)
  contributes a count to its cell, never its text;
- "geen informatie / wenst niet te delen" is shown as the organisation's name, without text;
- need-to-know: while a partner invited for some cases is in the room (present, and the item is one of
  their cases, or no item has started yet), every other case is *withheld*
  (``invitations.withheld_cases``): the agenda shows it as a case without its code or pseudonym; should
  a withheld case be the item, nothing of it reaches the wall (no code, pseudonym, identity, grid,
  decision or action), and the review of open actions would count its actions only (neither happens
  under today's rule, where the item decides who is in);
- left out on purpose (not needed on the wall): member and chair names, attendance, the case
  manager and referrer, screening notes, the integral summary and the risk and protective factors
  typed by the chair (they may paraphrase restricted contributions), timers.

Everything here is plain ``str``/``int``/``bool``/tuples: enum values travel as their stored
codes and dates as ISO text; the view translates and formats them. No Qt in this module.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from livcr_desktop.domain.enums import AgendaItemKind
from livcr_desktop.domain.meeting import AgendaEntry, ContributionView, DecisionDraft, DecisionView
from livcr_desktop.domain.roles import Permission
from livcr_desktop.services import assessment, cases, decisions, feedback_form, invitations, meetings
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import audit

REVEAL_ACTION = "reveal_identity"


@dataclass(frozen=True, slots=True)
class ProjectedAgendaItem:
    item_id: int
    number: int  # 1-based position as shown
    kind: str  # AgendaItemKind value
    case_code: str
    case_pseudonym: str
    title: str  # the typed title of an "other" item; empty for case items
    is_current: bool
    withheld: bool = False  # a case someone present is not invited for: no code, no pseudonym


@dataclass(frozen=True, slots=True)
class ProjectedText:
    text: str
    confirmed: bool


@dataclass(frozen=True, slots=True)
class ProjectedCell:
    """What one organisation said about one life domain: shown texts and a count of the rest."""

    texts: tuple[ProjectedText, ...]
    hidden_count: int


@dataclass(frozen=True, slots=True)
class ProjectedDomainRow:
    domain: str  # life-domain key
    concern_level: int | None
    previous_level: int | None
    cells: tuple[ProjectedCell, ...]  # aligned with ProjectionView.organisations


@dataclass(frozen=True, slots=True)
class ProjectedDecision:
    decision_type: str  # DecisionType value, "" while not chosen
    reasons: str
    expectations: str
    referral_target: str
    escalation_target: str
    next_review_date: str  # ISO date or ""
    draft: bool  # being typed, not recorded yet


@dataclass(frozen=True, slots=True)
class ProjectedAction:
    case_code: str  # only on the review of open actions (several cases)
    description: str
    owner: str  # organisation short name
    deadline: str  # ISO date
    status: str  # ActionStatus value


@dataclass(frozen=True, slots=True)
class ProjectedFeedbackForm:
    """The saved text of the case's feedback form, shown while the room agrees to it (issue 17).

    Only what the form itself holds (its fields are the ones the law allows) and how many of the
    members present for the case agreed to this exact text.
    """

    police_reference: str
    follows_up: bool
    direction: str
    contact_point: str
    form_date: str  # ISO date or ""
    agreed: int
    present: int
    produced: bool


@dataclass(frozen=True, slots=True)
class ProjectedIdentity:
    first_name: str
    last_name: str
    birth_date: str  # ISO date or ""


@dataclass(frozen=True, slots=True)
class ProjectionView:
    """Everything the audience window shows, and nothing else."""

    meeting_number: str
    meeting_kind: str  # MeetingKind value
    meeting_date: str  # ISO date
    agenda: tuple[ProjectedAgendaItem, ...]
    current_item_id: int | None
    item_kind: str  # AgendaItemKind value of the shown item, "" when none
    item_title: str  # title of an "other" item
    case_code: str
    case_pseudonym: str
    identity: ProjectedIdentity | None  # only after a recorded reveal, for this item only
    organisations: tuple[str, ...]  # grid columns: short names of organisations that shared something
    grid_rows: tuple[ProjectedDomainRow, ...]  # domains with a contribution or a concern level
    declined: tuple[str, ...]  # organisations with "geen informatie / wenst niet te delen"
    hidden_elsewhere: int  # restricted contributions outside the grid cells
    qualification: str  # Qualification value or ""
    decisions: tuple[ProjectedDecision, ...]
    actions: tuple[ProjectedAction, ...]
    withheld: bool = False  # the item is a withheld case: nothing of it is shown
    withheld_actions: int = 0  # open actions of withheld cases left out of the review
    feedback_form: ProjectedFeedbackForm | None = None  # shown instead of the case's content

    @property
    def hidden_total(self) -> int:
        return self.hidden_elsewhere + sum(c.hidden_count for r in self.grid_rows for c in r.cells)


@dataclass(frozen=True, slots=True)
class IdentityReveal:
    """The chair's confirmed reveal of one case's identity, valid for one agenda item only."""

    meeting_id: int
    item_id: int
    case_id: int
    identity: ProjectedIdentity


def _iso(d: date | None) -> str:
    return d.isoformat() if d is not None else ""


def _find(agenda: tuple[AgendaEntry, ...], item_id: int | None) -> AgendaEntry | None:
    return next((e for e in agenda if e.id == item_id), None) if item_id is not None else None


def reveal_identity(ctx: ServiceContext, meeting_id: int, item_id: int) -> IdentityReveal | None:
    """Read the identity (an audited read) and record the reveal. None for a pseudonymous case."""
    ctx.require(Permission.READ_IDENTITY)
    entry = _find(meetings.get_meeting(ctx, meeting_id).agenda, item_id)
    if entry is None or entry.case_id is None or not cases.has_identity(ctx, entry.case_id):
        return None
    draft = cases.get_case(ctx, entry.case_id, with_identity=True)  # audited as a read of the identity
    with ctx.vault.session() as s:  # and the reveal itself, before anything reaches the wall
        audit.append(
            s,
            ctx.user,
            REVEAL_ACTION,
            "case",
            entry.case_id,
            {"meeting": meeting_id, "agenda_item": item_id, "shown_on": "projector"},
        )
    identity = ProjectedIdentity(
        first_name=draft.first_name.strip(), last_name=draft.last_name.strip(), birth_date=_iso(draft.birth_date)
    )
    return IdentityReveal(meeting_id=meeting_id, item_id=item_id, case_id=entry.case_id, identity=identity)


def _hidden(c: ContributionView) -> bool:
    """Counted, not shown: flagged for the wall, or its text blanked for the acting role (the grid
    blanks restricted texts for a role that may not read them)."""
    return c.restricted or not c.text


def _decision(d: DecisionView | DecisionDraft, draft: bool) -> ProjectedDecision:
    return ProjectedDecision(
        decision_type=d.decision_type.value if d.decision_type is not None else "",
        reasons=d.reasons.strip(),
        expectations=d.expectations.strip(),
        referral_target=d.referral_target.strip(),
        escalation_target=d.escalation_target.strip(),
        next_review_date=_iso(d.next_review_date),
        draft=draft,
    )


def _has_content(d: DecisionDraft) -> bool:
    return d.decision_type is not None or any(
        t.strip() for t in (d.reasons, d.expectations, d.referral_target, d.escalation_target)
    )


def build_projection(
    ctx: ServiceContext,
    meeting_id: int,
    item_id: int | None,
    reveal: IdentityReveal | None = None,
    typed_decision: DecisionDraft | None = None,
    feedback_form_case: int | None = None,
) -> ProjectionView:
    """The projector's view-model of a meeting showing ``item_id`` (None: no item yet).

    ``reveal`` is honoured only for the agenda item and case it was made for. ``typed_decision``
    is what the chair has typed into the decision form but the autosave has not committed yet
    (so the room reads it as it is typed); it is ignored unless it belongs to the shown case.
    ``feedback_form_case``: the chair is composing that case's feedback form; when it is the shown
    case and its form was saved, the wall shows the form's text (and nothing else of the case) so
    the room reads what it agrees to.
    """
    ctx.require(Permission.VIEW)
    meeting = meetings.get_meeting(ctx, meeting_id)
    entry = _find(meeting.agenda, item_id)
    withheld = invitations.withheld_cases(ctx, meeting_id, entry.id if entry is not None else None)
    agenda = tuple(
        ProjectedAgendaItem(
            item_id=e.id,
            number=n,
            kind=e.kind.value,
            case_code="" if e.case_id in withheld else e.case_code,
            case_pseudonym="" if e.case_id in withheld else e.case_pseudonym,
            title=e.title if e.case_id is None else "",
            is_current=entry is not None and e.id == entry.id,
            withheld=e.case_id in withheld,
        )
        for n, e in enumerate(meeting.agenda, start=1)
    )
    withheld_item = entry is not None and entry.case_id in withheld
    withheld_actions = 0
    identity: ProjectedIdentity | None = None
    organisations: tuple[str, ...] = ()
    rows: list[ProjectedDomainRow] = []
    declined: list[str] = []
    hidden_elsewhere = 0
    qualification = ""
    projected_decisions: list[ProjectedDecision] = []
    actions: tuple[ProjectedAction, ...] = ()
    form: ProjectedFeedbackForm | None = None
    if entry is not None and entry.case_id is not None and entry.case_id == feedback_form_case and not withheld_item:
        form = _projected_form(ctx, meeting_id, entry.case_id)

    if withheld_item:
        pass  # nothing of a withheld case reaches the wall
    elif form is not None:
        pass  # the form's text alone: the room reads what it agrees to
    elif entry is not None and entry.case_id is not None:
        case_id = entry.case_id
        if (
            reveal is not None
            and reveal.meeting_id == meeting_id
            and reveal.item_id == entry.id
            and reveal.case_id == case_id
        ):
            identity = ProjectedIdentity(
                first_name=reveal.identity.first_name,
                last_name=reveal.identity.last_name,
                birth_date=reveal.identity.birth_date,
            )
        grid = assessment.assessment_grid(ctx, case_id, meeting_id)
        column_ids = [
            org_id for org_id, _name in grid.organisations if any(org_id in r.contributions for r in grid.rows)
        ]
        names = dict(grid.organisations)
        organisations = tuple(names[i] for i in column_ids)
        for r in grid.rows:
            cells = tuple(
                ProjectedCell(
                    texts=tuple(
                        ProjectedText(text=c.text, confirmed=c.confirmed)
                        for c in r.contributions.get(org_id, ())
                        if not _hidden(c)
                    ),
                    hidden_count=sum(1 for c in r.contributions.get(org_id, ()) if _hidden(c)),
                )
                for org_id in column_ids
            )
            if r.concern_level is not None or any(c.texts or c.hidden_count for c in cells):
                rows.append(
                    ProjectedDomainRow(
                        domain=r.life_domain,
                        concern_level=r.concern_level,
                        previous_level=r.previous_level,
                        cells=cells,
                    )
                )
        for d in grid.declined:
            if d.restricted:
                hidden_elsewhere += 1
            elif d.organisation not in declined:
                declined.append(d.organisation)
        qualification = grid.qualification.value if grid.qualification is not None else ""
        projected_decisions = [_decision(d, draft=False) for d in decisions.decisions_for(ctx, case_id, meeting_id)]
        if (
            typed_decision is not None
            and typed_decision.case_id == case_id
            and typed_decision.meeting_id == meeting_id
            and _has_content(typed_decision)
        ):
            # The chair's form edits the last recorded decision, or drafts the first one.
            if projected_decisions:
                projected_decisions[-1] = _decision(typed_decision, draft=False)
            else:
                projected_decisions.append(_decision(typed_decision, draft=True))
        actions = tuple(
            ProjectedAction(
                case_code="",
                description=a.description,
                owner=a.owner_organisation,
                deadline=_iso(a.deadline),
                status=a.status.value,
            )
            for a in decisions.actions_for(ctx, case_id, meeting_id)
        )
    elif entry is not None and entry.kind is AgendaItemKind.ACTION_REVIEW:
        review = decisions.open_actions_for_review(ctx, meeting_id)
        withheld_actions = sum(a.case_id in withheld for a in review)
        actions = tuple(
            ProjectedAction(
                case_code=a.case_code,
                description=a.description,
                owner=a.owner_organisation,
                deadline=_iso(a.deadline),
                status=a.status.value,
            )
            for a in review
            if a.case_id not in withheld
        )

    return ProjectionView(
        meeting_number=meeting.number,
        meeting_kind=meeting.kind.value,
        meeting_date=_iso(meeting.meeting_date),
        agenda=agenda,
        current_item_id=entry.id if entry is not None else None,
        item_kind=entry.kind.value if entry is not None else "",
        item_title=entry.title if entry is not None and entry.case_id is None else "",
        case_code=entry.case_code if entry is not None and not withheld_item else "",
        case_pseudonym=entry.case_pseudonym if entry is not None and not withheld_item else "",
        identity=identity,
        organisations=organisations,
        grid_rows=tuple(rows),
        declined=tuple(declined),
        hidden_elsewhere=hidden_elsewhere,
        qualification=qualification,
        decisions=tuple(projected_decisions),
        actions=actions,
        withheld=withheld_item,
        withheld_actions=withheld_actions,
        feedback_form=form,
    )


def _projected_form(ctx: ServiceContext, meeting_id: int, case_id: int) -> ProjectedFeedbackForm | None:
    view = feedback_form.get_form(ctx, meeting_id, case_id)
    if view is None:
        return None
    f = view.fields
    return ProjectedFeedbackForm(
        police_reference=f.police_reference,
        follows_up=f.follows_up,
        direction=f.direction,
        contact_point=f.contact_point,
        form_date=_iso(f.form_date),
        agreed=sum(1 for c in view.consents if c.agreed_at is not None),
        present=len(view.consents),
        produced=view.produced_at is not None,
    )
