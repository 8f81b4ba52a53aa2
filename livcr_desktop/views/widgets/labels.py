"""User-facing labels of domain codes, through Qt's translation system (Dutch source strings).

Each label is a literal inside ``QCoreApplication.translate`` so ``pyside6-lupdate`` finds it.
Tables are built on each call, so a language switch takes effect at once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from livcr_desktop.domain.enums import (
    ActionStatus,
    AgendaItemKind,
    AttendanceStatus,
    CaseStatus,
    DecisionType,
    Ideology,
    MeetingKind,
    MeetingStatus,
    MemberKind,
    OrganisationSector,
    Phenomenon,
    Qualification,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


BELGIAN_DATE = "dd/MM/yyyy"  # Belgian day/month/year with four-digit years, in every interface language


def date_text(d: date | None) -> str:
    """A date as Belgians write it (17/05/2026), whatever the interface language."""
    if d is None:
        return ""
    return QLocale().toString(QDate(d.year, d.month, d.day), BELGIAN_DATE)


def case_status(v: CaseStatus) -> str:
    return {
        CaseStatus.REGISTERED: _t("aangemeld"),
        CaseStatus.SCREENING: _t("in screening"),
        CaseStatus.FOLLOW_UP: _t("in opvolging"),
        CaseStatus.ESCALATED: _t("opgeschaald"),
        CaseStatus.REFERRED_CLOSED: _t("doorverwezen en afgesloten"),
        CaseStatus.CLOSED: _t("afgesloten"),
    }[v]


def phenomenon(v: Phenomenon) -> str:
    return {
        Phenomenon.RADICALISM: _t("radicalisme"),
        Phenomenon.EXTREMISM: _t("extremisme"),
        Phenomenon.TERRORISM: _t("terrorisme"),
    }[v]


def ideology(v: Ideology) -> str:
    return {
        Ideology.RELIGIOUS: _t("religieus geïnspireerd"),
        Ideology.EXTREME_RIGHT: _t("extreemrechts"),
        Ideology.EXTREME_LEFT: _t("extreemlinks"),
        Ideology.ANTI_GOVERNMENT: _t("anti-overheid"),
        Ideology.SINGLE_ISSUE: _t("single-issue"),
        Ideology.UNCLEAR: _t("onduidelijk"),
    }[v]


def qualification(v: Qualification) -> str:
    return {
        Qualification.Q0: _t("Q0 geen radicaliseringsproblematiek"),
        Qualification.Q1: _t("Q1 zorgwekkend, onvoldoende informatie"),
        Qualification.Q2: _t("Q2 radicaliseringsproces, sociaal-preventieve aanpak"),
        Qualification.Q3: _t("Q3 verhoogd risico, veiligheidsluik nodig"),
    }[v]


def decision_type(v: DecisionType) -> str:
    return {
        DecisionType.START_FOLLOW_UP: _t("opvolging opstarten"),
        DecisionType.CONTINUE_FOLLOW_UP: _t("opvolging verderzetten"),
        DecisionType.REFER_AND_CLOSE: _t("doorverwijzen en afsluiten"),
        DecisionType.ESCALATE: _t("opschalen"),
        DecisionType.SCALE_DOWN: _t("afschalen"),
        DecisionType.CLOSE: _t("afsluiten"),
        DecisionType.GATHER_INFORMATION: _t("bijkomende informatie verzamelen"),
    }[v]


def action_status(v: ActionStatus) -> str:
    return {
        ActionStatus.OPEN: _t("open"),
        ActionStatus.IN_PROGRESS: _t("lopend"),
        ActionStatus.DONE: _t("afgerond"),
        ActionStatus.NOT_DONE: _t("niet uitgevoerd"),
    }[v]


def attendance_status(v: AttendanceStatus) -> str:
    return {
        AttendanceStatus.PRESENT: _t("aanwezig"),
        AttendanceStatus.EXCUSED: _t("verontschuldigd"),
        AttendanceStatus.ABSENT: _t("afwezig"),
        AttendanceStatus.UNREGISTERED: _t("nog niet geregistreerd"),
    }[v]


def meeting_kind(v: MeetingKind) -> str:
    return {
        MeetingKind.REGULAR: _t("reguliere LIVC-R"),
        MeetingKind.CORE_TEAM: _t("kernteam"),
        MeetingKind.EXTRAORDINARY: _t("buitengewone vergadering"),
    }[v]


def meeting_status(v: MeetingStatus) -> str:
    return {
        MeetingStatus.PLANNED: _t("gepland"),
        MeetingStatus.IN_PROGRESS: _t("lopend"),
        MeetingStatus.CLOSED: _t("afgesloten"),
        MeetingStatus.FINALISED: _t("gefinaliseerd"),
    }[v]


def agenda_item_kind(v: AgendaItemKind) -> str:
    return {
        AgendaItemKind.ACTION_REVIEW: _t("opvolging openstaande acties"),
        AgendaItemKind.CASE_REVIEW: _t("casusbespreking"),
        AgendaItemKind.NEW_REFERRAL: _t("nieuwe aanmelding"),
        AgendaItemKind.OTHER: _t("varia"),
    }[v]


def member_kind(v: MemberKind) -> str:
    return {MemberKind.CORE: _t("vast lid"), MemberKind.INVITED: _t("uitgenodigd")}[v]


def sector(v: OrganisationSector) -> str:
    return {
        OrganisationSector.POLICE: _t("politie"),
        OrganisationSector.PREVENTION: _t("preventie"),
        OrganisationSector.SOCIAL_WELFARE: _t("OCMW"),
        OrganisationSector.JUSTICE: _t("justitiehuis"),
        OrganisationSector.WELFARE: _t("welzijn (CAW)"),
        OrganisationSector.EDUCATION: _t("onderwijs (school, CLB)"),
        OrganisationSector.MENTAL_HEALTH: _t("geestelijke gezondheid (CGG)"),
        OrganisationSector.YOUTH: _t("jeugdwerk"),
        OrganisationSector.MUNICIPALITY: _t("gemeente"),
        OrganisationSector.OTHER: _t("andere"),
    }[v]


def life_domain(key: str) -> str:
    names = {
        "family": _t("Gezin en thuissituatie"),
        "education_work": _t("Onderwijs, werk en dagbesteding"),
        "finance_housing": _t("Financiën en huisvesting"),
        "health": _t("Fysieke en mentale gezondheid"),
        "social_network": _t("Sociaal netwerk en vrije tijd"),
        "online": _t("Online gedrag en informatieomgeving"),
        "ideology": _t("Ideologie, opvattingen en houding tegenover geweld"),
        "intent_behaviour": _t("Intentie en gedragssignalen"),
        "capability": _t("Capaciteit en middelen"),
        "justice_police": _t("Justitie en politie"),
        "identity_grievances": _t("Identiteit, zingeving en grieven"),
        "recent_events": _t("Recente gebeurtenissen en triggers"),
    }
    return names.get(key, key)


def label(value: Enum | None) -> str:
    """Label of any domain enum value; empty for None."""
    if value is None:
        return ""
    table: dict[type[Enum], Callable[[Any], str]] = {
        CaseStatus: case_status,
        Phenomenon: phenomenon,
        Ideology: ideology,
        Qualification: qualification,
        DecisionType: decision_type,
        ActionStatus: action_status,
        AttendanceStatus: attendance_status,
        MeetingKind: meeting_kind,
        MeetingStatus: meeting_status,
        AgendaItemKind: agenda_item_kind,
        MemberKind: member_kind,
        OrganisationSector: sector,
    }
    return table[type(value)](value)


def withheld_case() -> str:
    """A case of the meeting while a partner not invited for it is in the room: no code, no pseudonym
    (the chair's screen words it as the wall does)."""
    return _t("Casus — zonder genodigden")
