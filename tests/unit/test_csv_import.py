"""Case lists from CSV: Belgian Excel files, the proposed mapping, every bad row, all or nothing."""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from livcr_desktop.domain.entities import CaseDraft
from livcr_desktop.domain.enums import CaseStatus, Ideology, Phenomenon
from livcr_desktop.domain.roles import PermissionDenied, Role
from livcr_desktop.services import cases, csv_import
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.csv_import import CsvFileError, CsvImportError, read_csv
from livcr_desktop.storage import models
from livcr_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.helpers.factories import add_reference_data

REPO = Path(__file__).resolve().parents[2]

BELGIAN = (
    "Dossiernummer;Pseudoniem;Voornaam;Naam;Geboortedatum;Status;Fenomeen;Ideologie;Aanmeldingsdatum;"
    "Volgende bespreking;Organisatie signaalgever;Casemanager;Opmerkingen\r\n"
    "LIVC-2025-001;Eik;Robin;Testpersoon;03/04/2008;in opvolging;radicalisme;extreemrechts;12/01/2025;"
    '01/12/2026;PZ;Casemanager Fictief;"Notitie; met puntkomma\r\nen een tweede regel"\r\n'
    ";Beuk;;;;;Extremisme;extrême droite;2025-02-03;;Preventiedienst Testdorp;;Café-uitbater meldde\r\n"
    ";;;;;;;;;;;;\r\n"
    "livc-2024-007;Léa;;;;afgesloten;terrorisme;onduidelijk;5.6.2024;;;;\r\n"
)


def count_cases(ctx: ServiceContext) -> int:
    with ctx.vault.session() as s:
        return int(s.scalar(select(func.count()).select_from(models.Case)) or 0)


def test_belgian_excel_file_semicolons_cp1252_and_belgian_dates(ctx: ServiceContext) -> None:
    ref = add_reference_data(ctx)
    table = read_csv(BELGIAN.encode("cp1252"))
    assert (table.delimiter, table.encoding) == (";", "cp1252")
    # Spreadsheet rows: the header is row 1, a cell over two lines is still one row, row 4 is empty.
    assert [r for r, _ in table.rows] == [2, 3, 5]
    mapping = csv_import.propose_mapping(table.header)
    assert mapping == [
        "code",
        "pseudonym",
        "first_name",
        "last_name",
        "birth_date",
        "status",
        "phenomenon",
        "ideology",
        "registration_date",
        "next_review_date",
        "referrer_organisation",
        "case_manager",
        "screening_notes",
    ]
    result = csv_import.convert(ctx, table, mapping)
    assert result.issues == ()
    assert [r.draft.code for r in result.rows] == ["LIVC-2025-001", "LIVC-2025-002", "LIVC-2024-007"]
    assert [r.code_generated for r in result.rows] == [False, True, False]

    ids = csv_import.import_cases(ctx, table, mapping, source="lijst.csv")
    assert len(ids) == 3 and count_cases(ctx) == 3
    robin = cases.get_case(ctx, ids[0], with_identity=True)
    assert (robin.first_name, robin.last_name, robin.birth_date) == ("Robin", "Testpersoon", date(2008, 4, 3))
    assert robin.is_minor  # 16 at registration, from the birth date
    assert (robin.status, robin.phenomenon, robin.ideology) == (
        CaseStatus.FOLLOW_UP,
        Phenomenon.RADICALISM,
        Ideology.EXTREME_RIGHT,
    )
    assert robin.registration_date == date(2025, 1, 12) and robin.next_review_date == date(2026, 12, 1)
    assert robin.referrer_organisation_id == ref["police"] and robin.case_manager_id == ref["case_manager"]
    assert robin.screening_notes == "Notitie; met puntkomma\r\nen een tweede regel"
    beuk = cases.get_case(ctx, ids[1])
    assert (beuk.status, beuk.ideology, beuk.referrer_organisation_id) == (
        CaseStatus.REGISTERED,
        Ideology.EXTREME_RIGHT,
        ref["prevention"],
    )
    assert beuk.screening_notes == "Café-uitbater meldde"
    lea = cases.get_case(ctx, ids[2])
    assert (lea.code, lea.pseudonym, lea.status) == ("LIVC-2024-007", "Léa", CaseStatus.CLOSED)
    with ctx.vault.session() as s:
        assert s.get_one(models.Case, ids[2]).closed_on == date(2024, 6, 5)
        events = s.scalars(
            select(models.AuditEvent)
            .where(models.AuditEvent.action.in_(["create", "import"]), models.AuditEvent.entity == "case")
            .order_by(models.AuditEvent.id)
        ).all()
    assert [e.action for e in events] == ["create", "create", "create", "import"]
    assert all("Testpersoon" not in e.detail and "Robin" not in e.detail for e in events)
    detail = json.loads(events[-1].detail)
    assert detail["cases"] == 3 and detail["file"] == "lijst.csv" and detail["sha256"] == table.sha256


def test_french_file_with_bom_and_commas(ctx: ServiceContext) -> None:
    text = (
        "N° dossier,Prénom,Nom,Date de naissance,Statut,Phénomène,Idéologie,Date de signalement,Mineur\n"
        "LIVC-2025-010,Camille,Exemple,01/01/1990,suivi,extrémisme,anti-gouvernement,21/11/2025,non\n"
        'LIVC-2025-011,,,,escaladé,Terrorisme,,"02/03/2025",oui\n'
    )
    table = read_csv(codecs.BOM_UTF8 + text.encode("utf-8"))
    assert (table.delimiter, table.encoding) == (",", "utf-8")
    mapping = csv_import.propose_mapping(table.header)
    assert mapping == [
        "code",
        "first_name",
        "last_name",
        "birth_date",
        "status",
        "phenomenon",
        "ideology",
        "registration_date",
        "is_minor",
    ]
    ids = csv_import.import_cases(ctx, table, mapping)
    first, second = (cases.get_case(ctx, i, with_identity=True) for i in ids)
    assert (first.status, first.phenomenon, first.ideology, first.is_minor) == (
        CaseStatus.FOLLOW_UP,
        Phenomenon.EXTREMISM,
        Ideology.ANTI_GOVERNMENT,
        False,
    )
    assert (second.status, second.is_minor, second.ideology) == (CaseStatus.ESCALATED, True, None)


def test_utf16_tab_separated_excel_unicode_text(ctx: ServiceContext) -> None:
    text = "Code\tFenomeen\tAanmeldingsdatum\nLIVC-2025-020\textremism\t2025-03-04\n"
    table = read_csv(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    assert (table.delimiter, table.encoding) == ("\t", "utf-16")
    assert csv_import.propose_mapping(table.header) == ["code", "phenomenon", "registration_date"]


def test_every_bad_row_is_reported_and_nothing_is_imported(ctx: ServiceContext) -> None:
    add_reference_data(ctx)
    cases.create_case(
        ctx, CaseDraft(code="LIVC-2024-099", registration_date=date(2024, 1, 1), phenomenon=Phenomenon.RADICALISM)
    )
    before = count_cases(ctx)
    text = (
        "Dossiernummer;Status;Fenomeen;Aanmeldingsdatum;Geboortedatum;Organisatie signaalgever;Casemanager\n"
        "LIVC-2026-001;aangemeld;radicalisme;31/02/2026;;;\n"  # 2: no 31 February
        "LIVC-2026-002;misschien;radicalisme;01/02/2026;;;\n"  # 3: unknown status
        "LIVC-2026-003;aangemeld;radicalisme;01/02/26;;;\n"  # 4: two-digit year
        "LIVC-2026-001;aangemeld;extremisme;02/02/2026;;;\n"  # 5: same code as row 2
        "\n"
        "LIVC-2027-001;aangemeld;extremisme;02/02/2027;;;\n"  # 7: registered in the future
        "LIVC-2026-004;aangemeld;extremisme;02/02/2026;;Bestaat Niet;\n"  # 8: unknown organisation
        "LIVC-2024-099;aangemeld;extremisme;02/02/2024;;;\n"  # 9: already in the vault
        "2024/17;aangemeld;extremisme;02/02/2024;;;\n"  # 10: not a case code
        "LIVC-2026-005;aangemeld;;02/02/2026;;;Niemand\n"  # 11: no phenomenon, unknown case manager
        "LIVC-2026-006;aangemeld;extremisme;02/02/2026;03/03/2026;;\n"  # 12: born after registration
        "LIVC-2026-007;aangemeld;extremisme;02/02/2026;;;;extra\n"  # 13: more cells than columns
        "LIVC-2026-008;aangemeld;extremisme;02/02/2026;;PZ;Casemanager Fictief\n"  # 14: fine
    )
    table = read_csv(text.encode("utf-8"))
    mapping = csv_import.propose_mapping(table.header)
    result = csv_import.convert(ctx, table, mapping)
    found = {(i.row, i.column, i.code) for i in result.issues}
    assert found == {
        (2, "Aanmeldingsdatum", "bad_date"),
        (3, "Status", "unknown_value"),
        (4, "Aanmeldingsdatum", "two_digit_year"),
        (5, "Dossiernummer", "duplicate"),
        (7, "Aanmeldingsdatum", "date_in_future"),
        (8, "Organisatie signaalgever", "unknown_organisation"),
        (9, "Dossiernummer", "duplicate"),
        (10, "Dossiernummer", "bad_format"),
        (11, "Fenomeen", "required"),
        (11, "Casemanager", "unknown_member"),
        (12, "Geboortedatum", "birth_after_registration"),
        (13, "", "extra_cells"),
    }
    assert result.issues_of(14) == []
    assert "row 5, column 'Dossiernummer': the same case code as row 2" in [str(i) for i in result.issues]
    with pytest.raises(CsvImportError) as refused:
        csv_import.import_cases(ctx, table, mapping)
    assert {(i.row, i.code) for i in refused.value.issues} == {(r, c) for r, _col, c in found}
    assert count_cases(ctx) == before


def test_mapping_must_cover_the_required_fields_once(ctx: ServiceContext) -> None:
    table = read_csv(b"Code;Datum;Datum 2;Pseudoniem\nLIVC-2025-001;01/01/2025;02/01/2025;Eik\n")
    mapping = csv_import.propose_mapping(table.header)
    assert mapping == ["code", "registration_date", "", "pseudonym"]
    assert [(i.field, i.code) for i in csv_import.mapping_issues(mapping)] == [("phenomenon", "missing_mapping")]
    mapping[2] = "registration_date"
    assert {(i.field, i.code) for i in csv_import.mapping_issues(mapping)} == {
        ("registration_date", "duplicate_mapping"),
        ("phenomenon", "missing_mapping"),
    }
    with pytest.raises(CsvImportError):
        csv_import.import_cases(ctx, table, mapping)
    assert count_cases(ctx) == 0


def test_overrides_from_the_command_line() -> None:
    table = read_csv(b"Code;Naam;Kolom zonder naam;\nLIVC-2025-001;Eik;radicalisme;x\n")
    proposed = csv_import.propose_mapping(table.header)
    assert proposed == ["code", "last_name", "", ""]
    mapping = csv_import.apply_overrides(table, proposed, ["naam=pseudonym", "3=phenomenon", "Code=-"])
    assert mapping == ["", "pseudonym", "phenomenon", ""]
    assert csv_import.apply_overrides(table, mapping, ["Kolom zonder naam=code"]) == ["", "pseudonym", "code", ""]
    for bad in ("Naam", "Naam=shoe_size", "Onbekend=code", "9=code"):
        with pytest.raises(ValueError):
            csv_import.apply_overrides(table, proposed, [bad])


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"PK\x03\x04rest of a zip", "workbook"),
        (b"", "empty"),
        (b"\n;;\n", "empty"),
        (b"Code;Naam\nLIVC\x00;x\n", "binary"),
        (b"Code;Naam\n\x81\x8d\x8f;x\n", "encoding"),
        (b'Code;Naam\n"' + b"x" * 200_000 + b'";y\n', "bad_csv"),
    ],
    ids=["xlsx", "empty", "blank-rows", "nul", "not-cp1252", "huge-cell"],
)
def test_files_that_are_not_a_readable_table(data: bytes, code: str) -> None:
    with pytest.raises(CsvFileError) as refused:
        read_csv(data)
    assert refused.value.code == code


def test_delimiter_is_sniffed_even_with_other_separators_in_cells() -> None:
    text = 'Code,Opmerkingen,Fenomeen\nLIVC-2025-001,"a; b; c",radicalisme\nLIVC-2025-002,"d; e",extremisme\n'
    assert read_csv(text.encode()).delimiter == ","
    text = "Code;Opmerkingen;Fenomeen\nLIVC-2025-001;a, b, c;radicalisme\nLIVC-2025-002;d, e;extremisme\n"
    assert read_csv(text.encode()).delimiter == ";"
    assert read_csv(b"Code\nLIVC-2025-001\n").header == ("Code",)


def test_csv_import_needs_the_permission(ctx: ServiceContext) -> None:
    reader = ServiceContext(ctx.vault, "lezer", today=ctx.today, now=ctx.now, role=Role.READ_ONLY)
    table = read_csv(b"Code;Fenomeen;Aanmeldingsdatum\nLIVC-2025-001;radicalisme;01/01/2025\n")
    with pytest.raises(PermissionDenied):
        csv_import.import_cases(reader, table, csv_import.propose_mapping(table.header))
    assert count_cases(ctx) == 0


cells = st.one_of(
    st.text(max_size=12),
    st.sampled_from(
        ["", "31/02/2026", "01/01/2025", "radicalisme", "x", "LIVC-2025-001", "afgesloten", "ja", "2025-13-01"]
    ),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(cells, min_size=0, max_size=6), max_size=5))
def test_property_garbage_rows_are_reported_or_imported_whole(ctx: ServiceContext, rows: list[list[str]]) -> None:
    header = ["Dossiernummer", "Fenomeen", "Aanmeldingsdatum", "Status", "Minderjarig"]
    table = csv_import.CsvTable(tuple(header), tuple((i + 2, tuple(r)) for i, r in enumerate(rows)), ";", "utf-8")
    mapping = csv_import.propose_mapping(table.header)
    before = count_cases(ctx)
    result = csv_import.convert(ctx, table, mapping)
    if result.issues:
        with pytest.raises(CsvImportError):
            csv_import.import_cases(ctx, table, mapping)
        assert count_cases(ctx) == before
    else:
        assert len(csv_import.import_cases(ctx, table, mapping)) == len(rows)
        assert count_cases(ctx) == before + len(rows)


# -- the command line ---------------------------------------------------------------------------


def run_cli(*args: str, stdin: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["LIVCR_DATA_DIR"] = str(cwd)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    env.pop("PYTHONWARNINGS", None)
    return subprocess.run(
        [sys.executable, "-m", "livcr_desktop", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=180,
        check=False,
    )


@pytest.mark.slow
def test_cli_import_csv(vault: Vault, tmp_path: Path) -> None:
    path = vault.path
    vault.close()
    cwd = tmp_path / "cli"
    cwd.mkdir()
    good = cwd / "lijst.csv"
    good.write_bytes(
        (
            "Dossier;Fenomeen;Aanmeldingsdatum;Kolom\n"
            "LIVC-2025-001;radicalisme;12/01/2025;Eik\n"
            ";extremisme;13/01/2025;Beuk\n"
        ).encode("cp1252")
    )
    proc = run_cli(
        "import-csv",
        "--vault",
        str(path),
        str(good),
        "--map",
        "Kolom=pseudonym",
        "--dry-run",
        stdin=PASSPHRASE + "\n",
        cwd=cwd,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Kolom -> pseudonym" in proc.stdout and "2 cases can be imported" in proc.stdout
    proc = run_cli(
        "import-csv", "--vault", str(path), str(good), "--map", "Kolom=pseudonym", stdin=PASSPHRASE + "\n", cwd=cwd
    )
    assert proc.returncode == 0, proc.stderr
    assert "imported 2 cases" in proc.stdout
    proc = run_cli("import-csv", "--vault", str(path), str(good), stdin=PASSPHRASE + "\n", cwd=cwd)
    assert proc.returncode == 1
    assert "row 2, column 'Dossier': this case code is already in the vault" in proc.stderr
    assert "nothing was imported" in proc.stderr and "Traceback" not in proc.stderr
    proc = run_cli(
        "import-csv", "--vault", str(path), str(good), "--map", "Kolom=shoe_size", stdin=PASSPHRASE + "\n", cwd=cwd
    )
    assert proc.returncode == 1 and "unknown field" in proc.stderr
    (cwd / "book.xlsx").write_bytes(b"PK\x03\x04...")
    proc = run_cli("import-csv", "--vault", str(path), str(cwd / "book.xlsx"), stdin=PASSPHRASE + "\n", cwd=cwd)
    assert proc.returncode == 1 and "save it as CSV" in proc.stderr
