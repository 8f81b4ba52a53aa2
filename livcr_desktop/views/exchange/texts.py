"""What the exchange dialogs say: problems of an exchange file or a CSV row, counts, the warning.

Every text here goes through the translations (context ``ImportDialogs``, shared by the modules of
this folder). Nothing here names a person: places in a file, row numbers, column and field names.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from livcr_desktop.domain.validation import ValidationCode, ValidationIssue
from livcr_desktop.services import csv_import
from livcr_desktop.services.exchange_validate import ImportIssue, IssueCode
from livcr_desktop.views.widgets.messages import validation_message


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportDialogs", text)


def unencrypted_warning() -> str:
    return _t(
        "Let op: het exportbestand is NIET versleuteld. Het bevat identiteiten en informatie onder het gedeeld "
        "beroepsgeheim (art. 458ter Sw.). Bewaar het alleen op een versleutelde drager, geef het enkel "
        "persoonlijk of versleuteld door en wis het zodra het gediend heeft. De export wordt gelogd."
    )


def _type_name(name: str) -> str:
    return {
        "string": _t("tekst"),
        "integer": _t("geheel getal"),
        "boolean": _t("true of false"),
        "array": _t("lijst"),
        "object": _t("object"),
        "null": _t("null"),
        "number": _t("getal"),
    }.get(name, name)


def issue_text(issue: ImportIssue) -> str:
    """The problem in the user's language (the place in the file is shown beside it)."""
    p = issue.params
    try:
        match issue.code:
            case IssueCode.TOO_LARGE:
                return _t("Het bestand is groter dan {max} MiB.").format(max=p["max_mib"])
            case IssueCode.UNREADABLE:
                return _t("Het bestand kan niet gelezen worden.")
            case IssueCode.NOT_UTF8:
                return _t("Het bestand is geen UTF-8-tekst.")
            case IssueCode.NOT_JSON:
                return _t("Geen geldige JSON (regel {line}, kolom {column}).").format(
                    line=p["line"], column=p["column"]
                )
            case IssueCode.TOO_DEEP:
                return _t("Te diep genest.")
            case IssueCode.TOO_MANY_VALUES:
                return _t("Het bestand bevat meer dan {max} waarden.").format(max=p["max_values"])
            case IssueCode.MORE:
                return QCoreApplication.translate("ImportDialogs", "… en nog %n problemen.", None, int(p["count"]))
            case IssueCode.NOT_EXCHANGE:
                return _t("Dit is geen LIVC-R-uitwisselingsbestand.")
            case IssueCode.NEWER_VERSION:
                return _t(
                    "Dit bestand heeft formaatversie {version} en werd gemaakt met een nieuwere versie van "
                    "LIVC-R Desktop; deze versie leest tot versie {supported}. Werk de toepassing bij."
                ).format(version=p["version"], supported=p["supported"])
            case IssueCode.BAD_VERSION:
                return _t("Ongeldige formaatversie.")
            case IssueCode.TYPE:
                return _t("Verkeerd type: {expected} verwacht, {found} gevonden.").format(
                    expected=_type_name(p["expected"]), found=_type_name(p["found"])
                )
            case IssueCode.REQUIRED:
                return _t("Verplicht veld ontbreekt.")
            case IssueCode.EMPTY:
                return _t("Mag niet leeg zijn.")
            case IssueCode.UNKNOWN_FIELD:
                return _t("Onbekend veld.")
            case IssueCode.INTERNAL_SETTING:
                return _t("Interne gegevens van een kluis, geen instelling van de cel: kan niet geïmporteerd worden.")
            case IssueCode.DUPLICATE_FIELD:
                return _t("Dit veld staat er meer dan eens.")
            case IssueCode.TOO_LONG:
                return _t("Te lang: {length} tekens, hoogstens {max}.").format(length=p["length"], max=p["max"])
            case IssueCode.BAD_CHARACTERS:
                return _t("Bevat een NUL-teken of een ongeldig teken.")
            case IssueCode.BAD_FORMAT:
                return _t("Heeft niet de vereiste vorm.")
            case IssueCode.BAD_VALUE:
                if not p.get("allowed"):
                    return _t("Ongeldige waarde.")
                return _t("Onbekende waarde „{value}”; toegelaten: {allowed}.").format(
                    value=p["value"], allowed=p["allowed"]
                )
            case IssueCode.BAD_DATE:
                return _t("Geen geldige datum (JJJJ-MM-DD).")
            case IssueCode.BAD_DATETIME:
                return _t("Geen geldige datum en tijd (JJJJ-MM-DDTUU:MM:SS).")
            case IssueCode.BAD_TIME:
                return _t("Geen geldig tijdstip (UU:MM:SS).")
            case IssueCode.OUT_OF_RANGE:
                return _t("Moet tussen {minimum} en {maximum} liggen.").format(
                    minimum=p["minimum"], maximum=p["maximum"]
                )
            case IssueCode.DUPLICATE:
                return _t("Dubbel: hetzelfde als {first}.").format(first=p["first"])
            case IssueCode.UNKNOWN_REFERENCE:
                return _t("Verwijst naar „{value}”, dat niet in het bestand staat.").format(value=p["value"])
            case IssueCode.NOT_IN_AGENDA:
                return _t("Geen agendapunt op positie {position} in deze vergadering.").format(position=p["position"])
            case IssueCode.CASE_SCOPE_ONLY:
                return _t("Hoort alleen in de export van één casus.")
            case IssueCode.ONE_CASE:
                return _t("De export van één casus bevat precies één casus.")
            case IssueCode.CASE_EXPORT:
                return _t(
                    "Dit is de export van één casus (inzageverzoek); alleen de export van een hele kluis kan "
                    "geïmporteerd worden."
                )
            case IssueCode.NOT_EMPTY:
                return _t(
                    "Deze kluis bevat al gegevens: een volledige export wordt alleen in een lege kluis geïmporteerd."
                )
            case IssueCode.STORAGE:
                return _t("De kluis weigerde de gegevens; er werd niets geïmporteerd.")
    except (KeyError, IndexError):
        pass
    return issue.message


def field_label(field: str) -> str:
    return {
        "code": _t("Dossiercode"),
        "pseudonym": _t("Pseudoniem"),
        "first_name": _t("Voornaam"),
        "last_name": _t("Naam"),
        "birth_date": _t("Geboortedatum"),
        "is_minor": _t("Minderjarig"),
        "status": _t("Status"),
        "phenomenon": _t("Fenomeen"),
        "ideology": _t("Ideologie"),
        "registration_date": _t("Aanmeldingsdatum"),
        "next_review_date": _t("Volgende bespreking"),
        "referrer_organisation": _t("Organisatie signaalgever"),
        "referrer_sector": _t("Sector signaalgever"),
        "case_manager": _t("Casemanager"),
        "screening_notes": _t("Opmerkingen (screening)"),
    }.get(field, field)


def row_issue_message(issue: csv_import.RowIssue) -> str:
    """The problem of a CSV row (or of the mapping), without the row and column."""
    match issue.code:
        case "bad_date":
            return _t("Geen geldige datum (dd/mm/jjjj of jjjj-mm-dd).")
        case "two_digit_year":
            return _t("Schrijf het jaar met vier cijfers (dd/mm/jjjj).")
        case "unknown_value":
            return _t("Onbekende waarde.")
        case "unknown_organisation":
            return _t("Geen organisatie met deze naam in de kluis.")
        case "unknown_member":
            return _t("Geen lid met deze naam in de kluis.")
        case "extra_cells":
            return _t("Meer cellen dan de kopregel kolommen heeft.")
        case "duplicate":
            return _t("Deze dossiercode komt al voor (in het bestand of in de kluis).")
        case "missing_mapping":
            return _t("Geen kolom gekoppeld aan het verplichte veld „{field}”.").format(field=field_label(issue.field))
        case "duplicate_mapping":
            return _t("Het veld „{field}” is aan meer dan één kolom gekoppeld.").format(field=field_label(issue.field))
    try:
        return validation_message(ValidationIssue(issue.field, ValidationCode(issue.code)))
    except ValueError:
        return issue.message


def row_issue_text(issue: csv_import.RowIssue) -> str:
    if issue.row == 0:
        return row_issue_message(issue)
    if issue.column:
        return _t("Rij {row}, kolom „{column}”: {message}").format(
            row=issue.row, column=issue.column, message=row_issue_message(issue)
        )
    return _t("Rij {row}: {message}").format(row=issue.row, message=row_issue_message(issue))


def csv_file_error_text(exc: csv_import.CsvFileError) -> str:
    return {
        "workbook": _t("Dit is een rekenblad (.xlsx of .ods), geen CSV. Bewaar het eerst als CSV."),
        "encoding": _t("De tekens in dit bestand zijn niet leesbaar (geen UTF-8 of Windows-1252)."),
        "too_large": _t("Het bestand is te groot."),
        "binary": _t("Dit is geen CSV-tekstbestand."),
        "too_many_rows": _t("Het bestand heeft te veel rijen."),
        "too_many_cells": _t("Het bestand heeft te veel cellen."),
        "bad_csv": _t("Dit is geen leesbaar CSV-bestand."),
        "empty": _t("Het bestand bevat geen rijen."),
        "unreadable": _t("Het bestand kan niet gelezen worden."),
    }.get(exc.code, str(exc))


def field_choices() -> list[tuple[str, str]]:
    """The mapping combo box: every case field, and "do not import"."""
    return [(_t("— niet importeren —"), "")] + [(field_label(f), f) for f in csv_import.CASE_FIELDS]


def counts_text(counts: dict[str, int]) -> str:
    names = {
        "organisations": _t("organisaties"),
        "members": _t("leden"),
        "cases": _t("casussen"),
        "meetings": _t("vergaderingen"),
        "agenda": _t("agendapunten"),
        "attendance": _t("aanwezigheden"),
        "contributions": _t("inbrengen"),
        "domain_assessments": _t("domeinbeoordelingen"),
        "assessments": _t("integrale analyses"),
        "decisions": _t("beslissingen"),
        "actions": _t("acties"),
        "updates": _t("actie-opvolgingen"),
        "referrer_feedback": _t("terugkoppelingen aan signaalgevers"),
        "minutes_documents": _t("verslagdocumenten (enkel vermeld)"),
    }
    return ", ".join(f"{n} {names.get(k, k)}" for k, n in counts.items())
