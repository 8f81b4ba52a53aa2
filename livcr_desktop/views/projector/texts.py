"""The wall's words: labels for the codes of a :class:`~livcr_desktop.services.projection.ProjectionView`.

The view-model carries codes and ISO dates only (it is built without Qt); the audience window and
its models turn them into text here, in the chair's language.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from livcr_desktop.domain.enums import AgendaItemKind, DecisionType, MeetingKind, Qualification
from livcr_desktop.domain.feedback_form_rows import FormField, form_rows
from livcr_desktop.services.projection import ProjectedAgendaItem, ProjectedDecision, ProjectionView
from livcr_desktop.views.widgets import labels
from livcr_desktop.views.widgets.dates import format_date


def _t(text: str) -> str:
    return QCoreApplication.translate("Projector", text)


def hidden_text(count: int) -> str:
    """The neutral placeholder for contributions that may not be projected."""
    if count == 1:
        return _t("1 bijdrage niet geprojecteerd")
    return _t("{n} bijdragen niet geprojecteerd").format(n=count)


def _iso_date(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def long_date(text: str) -> str:
    d = _iso_date(text)
    return QLocale().toString(QDate(d.year, d.month, d.day), "dddd d MMMM yyyy") if d else ""


def short_date(text: str) -> str:
    return format_date(_iso_date(text))


def enum_label(enum: type[Any], code: str) -> str:
    return labels.label(enum(code)) if code else ""


def case_label(kind: str, code: str, pseudonym: str) -> str:
    name = code + (f" ({pseudonym})" if pseudonym else "")
    if kind == AgendaItemKind.NEW_REFERRAL.value:
        return _t("Nieuwe aanmelding {case}").format(case=name)
    return _t("Casus {case}").format(case=name)


def withheld_label() -> str:
    """A case someone present is not invited for: neither its code nor its pseudonym."""
    return _t("casus — zonder genodigden")


def agenda_label(item: ProjectedAgendaItem) -> str:
    if item.withheld:
        return withheld_label()
    if item.kind == AgendaItemKind.ACTION_REVIEW.value:
        return _t("Opvolging openstaande acties")
    if item.case_code:
        return case_label(item.kind, item.case_code, item.case_pseudonym)
    return item.title


def meeting_title(view: ProjectionView) -> str:
    kind = enum_label(MeetingKind, view.meeting_kind)
    return _t("{kind} {number}").format(kind=kind[:1].upper() + kind[1:], number=view.meeting_number)


def heading(view: ProjectionView) -> str:
    """The item on the wall, as the agenda calls it."""
    kind = view.item_kind
    if not kind:
        return _t("De vergadering begint zo")
    if kind == AgendaItemKind.ACTION_REVIEW.value:
        return _t("Opvolging openstaande acties")
    if view.withheld:
        label = withheld_label()
        return label[:1].upper() + label[1:]
    if view.case_code:
        return case_label(kind, view.case_code, view.case_pseudonym)
    return view.item_title


def identity_text(view: ProjectionView) -> str:
    """The revealed identity of the case, or "" when none was revealed."""
    if view.identity is None:
        return ""
    name = f"{view.identity.first_name} {view.identity.last_name}".strip()
    born = short_date(view.identity.birth_date)
    text = _t("Identiteit, getoond door de voorzitter: {name}").format(name=name)
    if born:
        text += _t(", geboren {date}").format(date=born)
    return text


def qualification_text(view: ProjectionView) -> str:
    if not view.qualification:
        return ""
    return _t("Kwalificatie: {q}").format(q=enum_label(Qualification, view.qualification))


def notes_text(view: ProjectionView) -> str:
    """Who declined to share, and what may not be projected outside the grid."""
    notes = []
    if view.declined:
        notes.append(_t("Geen informatie / wenst niet te delen: {orgs}").format(orgs=", ".join(view.declined)))
    if view.hidden_elsewhere:
        notes.append(hidden_text(view.hidden_elsewhere))
    if view.withheld_actions:
        notes.append(withheld_actions_text(view.withheld_actions))
    return "\n".join(notes)


def withheld_actions_text(count: int) -> str:
    if count == 1:
        return _t("1 actie van een casus zonder genodigden niet geprojecteerd")
    return _t("{n} acties van casussen zonder genodigden niet geprojecteerd").format(n=count)


def empty_text(view: ProjectionView) -> str:
    """What the wall says when the item has nothing to show yet."""
    if view.withheld:
        return _t("Wie niet voor deze casus uitgenodigd is, is aanwezig: er wordt niets geprojecteerd.")
    if view.case_code and not view.grid_rows and view.feedback_form is None:
        return _t("Nog geen bijdragen.")
    if view.item_kind == AgendaItemKind.ACTION_REVIEW.value and not view.actions:
        return _t("Er staan geen acties van vorige vergaderingen open.")
    return ""


def decision_text(d: ProjectedDecision) -> str:
    kind = enum_label(DecisionType, d.decision_type) or "—"
    head = _t("Beslissing (in opmaak): {kind}") if d.draft else _t("Beslissing: {kind}")
    lines = [head.format(kind=kind)]
    if d.reasons:
        lines.append(_t("Motivering: {text}").format(text=d.reasons))
    if d.expectations:
        lines.append(_t("Verwachtingen: {text}").format(text=d.expectations))
    if d.referral_target:
        lines.append(_t("Doorverwezen naar: {text}").format(text=d.referral_target))
    if d.escalation_target:
        lines.append(_t("Opgeschaald naar: {text}").format(text=d.escalation_target))
    if d.next_review_date:
        lines.append(_t("Volgende bespreking: {date}").format(date=short_date(d.next_review_date)))
    return "\n".join(lines)


def _form_line(field: FormField) -> str:
    """The wall's wording of a field of the feedback form: its value goes in at ``{text}`` (``{date}``)."""
    return {
        FormField.REFERENCE: _t("Referentie voor de politie: {text}"),
        FormField.FOLLOWS_UP: "{text}",
        FormField.DIRECTION: _t("Richting van de aanpak: {text}"),
        FormField.CONTACT: _t("Contactpunt: {text}"),
        FormField.DATE: _t("Datum: {date}"),
    }[field]


def _follows(yes: bool) -> str:
    return _t("De cel volgt de casus op.") if yes else _t("De cel volgt de casus niet op.")


def feedback_form_text(view: ProjectionView) -> str:
    """The feedback form being agreed: its fields as they will be sent, and how many agreed so far."""
    form = view.feedback_form
    if form is None:
        return ""
    lines = [_t("Terugkoppelingsfiche aan de politie (ontwerp)")]
    # Each field's line on the wall; the sentence on following up stands alone, an empty field is left out.
    for line, value in form_rows(form, _form_line, _follows, short_date):
        if value:
            lines.append(line.format(text=value, date=value))
    if form.produced:
        lines.append(_t("Geproduceerd."))
    else:
        lines.append(
            _t("Akkoord met deze tekst: {agreed} van {total} aanwezige leden.").format(
                agreed=form.agreed, total=form.present
            )
        )
    return "\n".join(lines)


def decisions_text(view: ProjectionView) -> str:
    return "\n\n".join(decision_text(d) for d in view.decisions)
