"""The case timeline: its service (every kind of event, in order, never an identity or a raw
contribution) and its dialog with a sparkline per life domain, driven with pytest-qt."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.enums import ActionStatus, CaseStatus, DecisionType, Qualification
from livcr_desktop.domain.followup import TimelineKind
from livcr_desktop.domain.meeting import ActionDraft, ContributionDraft, DecisionDraft
from livcr_desktop.services import assessment, cases, decisions, feedback_log, followup, timeline
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import audit
from livcr_desktop.views.cases.case_timeline import CaseTimelineDialog, TimelineModel, describe
from livcr_desktop.views.widgets.sparkline import Sparkline
from tests.helpers.meeting_factory import Cell, make_cell, make_meeting
from tests.helpers.outgoing import set_signal_giver

SECRET = "Behandeling bij de psychiater sinds maart"


@pytest.fixture
def history(ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch) -> tuple[Cell, int, int]:
    """Case "due" discussed at two meetings, with decisions (the second escalates), actions, updates
    and feedback. Audit time follows the test clock so the order is deterministic."""
    clock = {"now": datetime(2026, 11, 21, 13, 0)}
    # Audit events are stamped in UTC: the same instant as the test clock's local time.
    monkeypatch.setattr(audit, "utcnow", lambda: clock["now"].astimezone(UTC).replace(tzinfo=None))
    ctx.now = lambda: clock["now"]
    cell = make_cell(ctx)
    case_id = cell.cases["due"]
    draft = cases.get_case(ctx, case_id)
    draft.referrer_organisation_id = cell.orgs["CLB"]
    draft.screening_notes = "Leerkracht meldt verheerlijking van geweld in de klas"
    cases.update_case(ctx, case_id, draft, identity_included=False)
    m1 = make_meeting(ctx, cell, day=date(2026, 11, 25), propose=False)
    m2 = make_meeting(ctx, cell, day=date(2026, 12, 23), propose=False)
    from livcr_desktop.services import meetings

    for mid in (m1, m2):
        meetings.add_agenda_item(ctx, mid, case_id=case_id)
    clock["now"] = datetime(2026, 11, 25, 14, 30)
    assessment.add_contribution(
        ctx,
        ContributionDraft(
            case_id=case_id,
            meeting_id=m1,
            organisation_id=cell.orgs["OCMW"],
            life_domain="health",
            text=SECRET,
            professional_secrecy=True,
            no_projection=True,
        ),
    )
    assessment.set_domain_assessment(ctx, case_id, m1, "family", concern_level=1)
    assessment.set_domain_assessment(ctx, case_id, m1, "ideology", concern_level=2)
    assessment.set_assessment(ctx, case_id, m1, summary="Zorgen rond ideologie.", qualification=Qualification.Q2)
    decisions.record_decision(
        ctx,
        DecisionDraft(
            case_id=case_id,
            meeting_id=m1,
            decision_type=DecisionType.START_FOLLOW_UP,
            reasons="Signalen bevestigd",
            next_review_date=date(2026, 12, 23),
        ),
    )
    action = decisions.add_action(
        ctx,
        ActionDraft(
            case_id=case_id,
            meeting_id=m1,
            description="Huisbezoek",
            owner_organisation_id=cell.orgs["OCMW"],
            deadline=date(2026, 12, 10),
        ),
    )
    clock["now"] = datetime(2026, 11, 28, 10, 0)
    feedback_log.add_feedback(ctx, case_id, "Uw melding werd besproken.", "discussed_support")
    clock["now"] = datetime(2026, 12, 5, 9, 0)
    followup.update_action(ctx, action, ActionStatus.DONE, "Huisbezoek gebeurd")
    clock["now"] = datetime(2026, 12, 23, 15, 0)
    assessment.set_domain_assessment(ctx, case_id, m2, "ideology", concern_level=3)
    assessment.set_domain_assessment(ctx, case_id, m2, "online", concern_level=2)
    assessment.set_assessment(ctx, case_id, m2, summary="Zorg toegenomen.", qualification=Qualification.Q3)
    decisions.record_decision(
        ctx,
        DecisionDraft(
            case_id=case_id,
            meeting_id=m2,
            decision_type=DecisionType.ESCALATE,
            reasons="Dreigende uitlatingen bevestigd",
            escalation_target="LTF",
            next_review_date=date(2027, 1, 20),
        ),
    )
    clock["now"] = datetime(2027, 1, 3, 11, 0)
    followup.set_on_next_agenda(ctx, case_id)
    return cell, case_id, action


def test_every_kind_of_event_in_chronological_order(ctx: ServiceContext, history: tuple[Cell, int, int]) -> None:
    _cell, case_id, _action = history
    tl = timeline.case_timeline(ctx, case_id)
    assert [e.kind for e in tl.events] == [
        TimelineKind.REGISTRATION,
        TimelineKind.SCREENING,
        TimelineKind.MEETING,
        TimelineKind.DECISION,
        TimelineKind.ACTION,
        TimelineKind.FEEDBACK,
        TimelineKind.ACTION_UPDATE,
        TimelineKind.MEETING,
        TimelineKind.DECISION,
        TimelineKind.AGENDA_MARK,
    ]
    ats = [e.at for e in tl.events]
    assert ats == sorted(ats)
    meeting1 = tl.events[2]
    assert (meeting1.qualification, meeting1.text, meeting1.meeting_number) == (
        Qualification.Q2,
        "Zorgen rond ideologie.",
        "2026/01",
    )
    assert tl.events[3].decision_type is DecisionType.START_FOLLOW_UP
    assert tl.events[3].status_after is CaseStatus.FOLLOW_UP
    assert (tl.events[6].action_status, tl.events[6].text) == (ActionStatus.DONE, "Huisbezoek gebeurd")
    escalation = tl.events[8]
    # Escalation is a flag beside the cell's own follow-up (docs/decisions.md): the status stays.
    assert (escalation.decision_type, escalation.status_after) == (DecisionType.ESCALATE, CaseStatus.FOLLOW_UP)
    assert escalation.organisation == "LTF" and escalation.at == datetime(2026, 12, 23, 15, 0)
    assert tl.events[9].at == datetime(2027, 1, 3, 11, 0), "audit time (UTC) is shown in local time"
    assert tl.events[5].organisation == "CLB" and tl.events[5].text == "Uw melding werd besproken."
    assert tl.on_next_agenda and not tl.anonymous_referral


def test_an_undone_decision_shows_as_a_status_change(ctx: ServiceContext, history: tuple[Cell, int, int]) -> None:
    """The live meeting's undo of a decision deletes it and puts the status back (cases.restore_status)."""
    _cell, case_id, _action = history
    escalation = decisions.decisions_for(ctx, case_id)[-1]
    decisions.delete_decision(ctx, escalation.id)
    cases.restore_status(ctx, case_id, CaseStatus.SCREENING, date(2026, 12, 23))
    tl = timeline.case_timeline(ctx, case_id)
    status = [e for e in tl.events if e.kind is TimelineKind.STATUS]
    assert [(e.status_before, e.status_after, e.text) for e in status] == [
        (CaseStatus.FOLLOW_UP, CaseStatus.SCREENING, "undo")
    ]
    assert "Status gewijzigd: in opvolging → in screening" in describe(status[0])


def test_no_identity_and_no_raw_contribution(ctx: ServiceContext, history: tuple[Cell, int, int]) -> None:
    _cell, case_id, _action = history
    tl = timeline.case_timeline(ctx, case_id)
    shown = repr(tl) + " ".join(describe(e) for e in tl.events)
    for forbidden in ("Jan", "Geheimnaam", SECRET):
        assert forbidden not in shown


def test_concern_levels_per_domain_across_meetings(ctx: ServiceContext, history: tuple[Cell, int, int]) -> None:
    _cell, case_id, _action = history
    tl = timeline.case_timeline(ctx, case_id)
    assert [n for n, _d in tl.meetings] == ["2026/01", "2026/02"]
    assert {s.life_domain: s.levels for s in tl.series} == {
        "family": (1, None),
        "online": (None, 2),
        "ideology": (2, 3),
    }
    assert [s.life_domain for s in tl.series] == ["family", "online", "ideology"]  # the grid's order


def test_timeline_model_and_dialog(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    ctx: ServiceContext,
    history: tuple[Cell, int, int],
) -> None:
    _cell, case_id, _action = history
    dlg = CaseTimelineDialog(ctx, case_id)
    qtbot.addWidget(dlg)
    dlg.show()
    checked = TimelineModel()
    checked.set_events(dlg.model.events())
    qtmodeltester.check(checked, force_py=True)
    model = dlg.model
    assert model.rowCount() == 10
    texts = [model.data(model.index(r, 2)) for r in range(model.rowCount())]
    assert texts[0] == "Aangemeld door CLB"
    assert "Besproken op vergadering 2026/01 — Q2 radicaliseringsproces" in texts[2]
    assert "Opvolging opstarten" in texts[3] and "status: in opvolging" in texts[3]
    assert "(LTF)" in texts[8] and "status: in opvolging" in texts[8]
    assert model.data(model.index(2, 0)) and model.data(model.index(2, 1)) == "Vergadering"
    assert model.data(model.index(2, 0), Qt.ItemDataRole.BackgroundRole) is not None
    title = dlg.title.text()
    assert "LIVC-2026-001 (Merel)" in title and "in opvolging, opgeschaald naar LTF sinds" in title
    # A sparkline per assessed domain; its accessible name lists the values, missing ones as "–".
    assert set(dlg.sparklines) == {"family", "online", "ideology"}
    family = dlg.sparklines["family"]
    assert family.values() == [1, None]
    assert "2026/01" in family.accessibleName() and ": 1" in family.accessibleName()
    assert "–" in family.accessibleName() and family.toolTip() == family.accessibleName()
    assert dlg.sparklines["ideology"].grab().width() > 0
    # Marked for the next agenda: the button takes the mark away again.
    assert "halen" in dlg.agenda_button.text() and dlg.agenda_button.isEnabled()
    with qtbot.waitSignal(dlg.changed):
        qtbot.mouseClick(dlg.agenda_button, Qt.MouseButton.LeftButton)
    assert not timeline.case_timeline(ctx, case_id).on_next_agenda
    assert "zetten" in dlg.agenda_button.text()
    assert dlg.feedback_button.isEnabled() and dlg.feedback_reason.text() == ""


def test_anonymous_referral_cannot_get_feedback_from_the_timeline(qtbot: QtBot, ctx: ServiceContext) -> None:
    cell = make_cell(ctx)
    dlg = CaseTimelineDialog(ctx, cell.cases["pseudo"])
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.feedback_button.isEnabled()
    assert "Anonieme aanmelding" in dlg.feedback_reason.text()
    assert dlg.sparklines == {} and "Nog geen inschatting" in dlg.meetings_label.text()
    assert dlg.model.rowCount() == 1


def test_a_named_signal_giver_without_referring_organisation_can_get_feedback(
    qtbot: QtBot, ctx: ServiceContext
) -> None:
    """The timeline follows the feedback log's and the letter's one rule (domain.outgoing): a signal
    giver known by name is told, even without a referring organisation."""
    cell = make_cell(ctx)
    set_signal_giver(ctx, cell.cases["pseudo"], "Mevrouw Leerkracht", "Schoolstraat 1, 9999 Testdorp")
    dlg = CaseTimelineDialog(ctx, cell.cases["pseudo"])
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.feedback_button.isEnabled() and "Anonieme aanmelding" not in dlg.feedback_reason.text()


def test_sparkline_paints_and_describes_gaps(qtbot: QtBot) -> None:
    spark = Sparkline("Gezin", [0, None, 3, 2], ["A", "B", "C", "D"])
    qtbot.addWidget(spark)
    spark.resize(160, 30)
    image = spark.grab().toImage()
    assert not image.isNull()
    assert spark.accessibleName() == "Gezin: bezorgdheid A: 0; B: –; C: 3; D: 2"
    spark.set_values([None, None])
    assert spark.grab().width() == 160  # nothing to draw is fine
    single = Sparkline("Online", [2])
    qtbot.addWidget(single)
    assert single.describe() == "Online: bezorgdheid 1: 2"
    assert TimelineModel().rowCount() == 0
