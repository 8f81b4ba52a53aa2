"""The cell's settings: defaults, validation, round trip, audit, permissions, and the readers
that existed before the table (minutes, assessment grid, idle lock) reading what it writes."""

from __future__ import annotations

import base64
import hashlib
import json
import struct
import zlib
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from livcr_desktop.domain import settings as spec
from livcr_desktop.domain.life_domains import DEFAULT_LIFE_DOMAINS
from livcr_desktop.domain.roles import PermissionDenied, Role
from livcr_desktop.domain.settings import InvalidSetting, SettingProblem
from livcr_desktop.services import assessment, demo, settings
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import audit, models


def png(width: int = 2, height: int = 1, padding: int = 0) -> bytes:
    """A valid PNG (grey pixels), optionally padded with an ancillary chunk to make it bigger."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    body = chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw))
    if padding:
        body += chunk(b"teXt", b"pad\x00" + b"x" * padding)
    return spec.PNG_MAGIC + body + chunk(b"IEND", b"")


def setting_events(ctx: ServiceContext) -> list[models.AuditEvent]:
    with ctx.vault.session() as s:
        return list(
            s.scalars(
                select(models.AuditEvent).where(models.AuditEvent.entity == "setting").order_by(models.AuditEvent.id)
            )
        )


def problem(exc: pytest.ExceptionInfo[InvalidSetting]) -> SettingProblem:
    assert len(exc.value.issues) == 1
    return exc.value.issues[0].problem


# -- the table ------------------------------------------------------------------------------------


def test_table_is_complete_and_described_in_three_languages() -> None:
    keys = [s.key for s in spec.SPECS]
    assert keys == [
        "cell_name",
        "municipality",
        "language",
        "logo",
        "retention_years",
        "idle_lock_minutes",
        "meeting_minutes",
        "backups_keep",
        "assessment_domains",
        "assessment_domain_labels",
    ]
    for item in spec.SPECS:
        for lang in ("nl", "fr", "en"):
            assert item.label.get(lang).strip() and item.description.get(lang).strip()
        assert spec.validate(item.key, item.default) == item.default  # every default is valid
    assert (spec.RETENTION_YEARS.minimum, spec.RETENTION_YEARS.maximum, spec.RETENTION_YEARS.default) == (1, 30, 5)
    assert (spec.IDLE_LOCK_MINUTES.minimum, spec.IDLE_LOCK_MINUTES.maximum, spec.IDLE_LOCK_MINUTES.default) == (
        1,
        120,
        5,
    )
    assert (spec.MEETING_MINUTES.minimum, spec.MEETING_MINUTES.maximum, spec.MEETING_MINUTES.default) == (30, 480, 120)
    assert (spec.BACKUPS_KEEP.minimum, spec.BACKUPS_KEEP.maximum, spec.BACKUPS_KEEP.default) == (1, 100, 10)
    assert spec.LANGUAGE.choices == ("nl", "fr", "en")
    assert spec.ASSESSMENT_DOMAINS.default == DEFAULT_LIFE_DOMAINS


def test_defaults_on_a_new_vault(ctx: ServiceContext) -> None:
    values = settings.all_settings(ctx)
    assert values == {item.key: item.default for item in spec.SPECS}
    assert settings.get(ctx, spec.CELL_NAME) == "LIVC-R"
    assert settings.get(ctx, "retention_years") == 5
    assert settings.get(ctx, spec.LOGO) == b""
    assert settings.get(ctx, spec.ASSESSMENT_DOMAINS) == DEFAULT_LIFE_DOMAINS
    assert settings.is_default(ctx, "cell_name")
    with pytest.raises(InvalidSetting):
        settings.get(ctx, "no_such_setting")


# -- validation -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("cell_name", "", SettingProblem.REQUIRED),
        ("cell_name", "   \n ", SettingProblem.REQUIRED),
        ("cell_name", "x" * 121, SettingProblem.TOO_LONG),
        ("cell_name", 12, SettingProblem.WRONG_TYPE),
        ("municipality", "y" * 201, SettingProblem.TOO_LONG),
        ("language", "de", SettingProblem.NOT_A_CHOICE),
        ("language", None, SettingProblem.WRONG_TYPE),
        ("retention_years", 0, SettingProblem.TOO_SMALL),
        ("retention_years", 31, SettingProblem.TOO_LARGE),
        ("retention_years", "vijf", SettingProblem.WRONG_TYPE),
        ("retention_years", True, SettingProblem.WRONG_TYPE),
        ("retention_years", 2.5, SettingProblem.WRONG_TYPE),
        ("idle_lock_minutes", 0, SettingProblem.TOO_SMALL),
        ("idle_lock_minutes", 121, SettingProblem.TOO_LARGE),
        ("meeting_minutes", 29, SettingProblem.TOO_SMALL),
        ("meeting_minutes", 481, SettingProblem.TOO_LARGE),
        ("backups_keep", 101, SettingProblem.TOO_LARGE),
        ("logo", b"GIF89a\x01\x00", SettingProblem.NOT_AN_IMAGE),
        ("logo", "a string", SettingProblem.WRONG_TYPE),
        ("assessment_domains", [], SettingProblem.EMPTY),
        ("assessment_domains", "family", SettingProblem.WRONG_TYPE),
        ("assessment_domains", ["family", "Werk"], SettingProblem.BAD_KEY),
        ("assessment_domains", ["family", "x"], SettingProblem.BAD_KEY),
        ("assessment_domains", ["family", "1st"], SettingProblem.BAD_KEY),
        ("assessment_domains", ["family", "online", "family"], SettingProblem.DUPLICATE),
        ("assessment_domains", [f"d{i}" + "x" for i in range(31)], SettingProblem.TOO_MANY),
        ("assessment_domain_labels", {"werk": ""}, SettingProblem.REQUIRED),
        ("assessment_domain_labels", {"werk": "w" * 81}, SettingProblem.TOO_LONG),
        ("assessment_domain_labels", {"Werk": "Werk"}, SettingProblem.BAD_KEY),
        ("assessment_domain_labels", ["werk"], SettingProblem.WRONG_TYPE),
        ("no_such_setting", 1, SettingProblem.UNKNOWN),
    ],
)
def test_invalid_values_are_refused_and_nothing_is_written(
    ctx: ServiceContext, key: str, value: object, expected: SettingProblem
) -> None:
    with pytest.raises(InvalidSetting) as exc:
        settings.set(ctx, key, value)
    assert problem(exc) is expected
    assert settings.all_settings(ctx) == {item.key: item.default for item in spec.SPECS}
    assert setting_events(ctx) == []


def test_logo_size_limit(ctx: ServiceContext) -> None:
    just_fits = png(padding=spec.MAX_LOGO_BYTES - len(png(padding=1)) + 1)
    assert len(just_fits) == spec.MAX_LOGO_BYTES
    settings.set(ctx, spec.LOGO, just_fits)
    with pytest.raises(InvalidSetting) as exc:
        settings.set(ctx, spec.LOGO, just_fits + b"\x00")
    assert problem(exc) is SettingProblem.IMAGE_TOO_LARGE
    assert settings.get(ctx, spec.LOGO) == just_fits


def test_set_many_is_all_or_nothing(ctx: ServiceContext) -> None:
    with pytest.raises(InvalidSetting) as exc:
        settings.set_many(ctx, {"cell_name": "LIVC-R Testdorp", "retention_years": 99, "language": "xx"})
    assert {(i.key, i.problem) for i in exc.value.issues} == {
        ("retention_years", SettingProblem.TOO_LARGE),
        ("language", SettingProblem.NOT_A_CHOICE),
    }
    assert settings.get(ctx, spec.CELL_NAME) == "LIVC-R"  # the valid one was not written either
    assert setting_events(ctx) == []


# -- round trip -----------------------------------------------------------------------------------


def test_round_trip_of_every_kind(ctx: ServiceContext) -> None:
    logo = png(3, 2)
    values = {
        "cell_name": "  LIVC-R   Testdorp\n",
        "municipality": "Testdorp en Proefbeek",
        "language": "fr",
        "logo": logo,
        "retention_years": "7",
        "idle_lock_minutes": 15,
        "meeting_minutes": 90.0,
        "backups_keep": 3,
        "assessment_domains": ["family", "werk_inkomen", "online"],
        "assessment_domain_labels": {"werk_inkomen": " Werk  en inkomen "},
    }
    stored = settings.set_many(ctx, values)
    assert stored["cell_name"] == "LIVC-R Testdorp"  # one line, single spaces
    assert stored["retention_years"] == 7 and stored["meeting_minutes"] == 90
    expected = {
        "cell_name": "LIVC-R Testdorp",
        "municipality": "Testdorp en Proefbeek",
        "language": "fr",
        "logo": logo,
        "retention_years": 7,
        "idle_lock_minutes": 15,
        "meeting_minutes": 90,
        "backups_keep": 3,
        "assessment_domains": ("family", "werk_inkomen", "online"),
        "assessment_domain_labels": {"werk_inkomen": "Werk en inkomen"},
    }
    assert settings.all_settings(ctx) == expected
    assert settings.domain_labels(ctx) == {"werk_inkomen": "Werk en inkomen"}
    with ctx.vault.session() as s:
        raw = {row.key: row.value for row in s.scalars(select(models.Setting))}
    assert json.loads(raw["logo"]) == base64.b64encode(logo).decode("ascii")  # base64 in a JSON string
    assert json.loads(raw["retention_years"]) == 7
    assert json.loads(raw["assessment_domains"]) == ["family", "werk_inkomen", "online"]


def test_reset_returns_to_the_default(ctx: ServiceContext) -> None:
    settings.set(ctx, spec.RETENTION_YEARS, 10)
    assert not settings.is_default(ctx, "retention_years")
    assert settings.reset(ctx, "retention_years") == 5
    assert settings.get(ctx, spec.RETENTION_YEARS) == 5 and settings.is_default(ctx, "retention_years")
    assert [e.action for e in setting_events(ctx)] == ["update", "reset"]


def test_damaged_or_hand_written_values_fall_back_or_are_read(ctx: ServiceContext) -> None:
    with ctx.vault.session() as s:
        s.add(models.Setting(key="retention_years", value="999"))  # out of range
        s.add(models.Setting(key="cell_name", value="LIVC-R Oud"))  # bare text, not JSON
        s.add(models.Setting(key="logo", value='"not base64 !!"'))
        s.add(models.Setting(key="assessment_domains", value="{broken"))
    assert settings.get(ctx, spec.RETENTION_YEARS) == 5
    assert settings.get(ctx, spec.CELL_NAME) == "LIVC-R Oud"
    assert settings.get(ctx, spec.LOGO) == b""
    assert settings.get(ctx, spec.ASSESSMENT_DOMAINS) == DEFAULT_LIFE_DOMAINS


# -- audit and permission -------------------------------------------------------------------------


def test_changes_are_audited_with_before_and_after(ctx: ServiceContext) -> None:
    settings.set(ctx, spec.RETENTION_YEARS, 8)
    settings.set(ctx, spec.RETENTION_YEARS, 8)  # unchanged: no event
    settings.set(ctx, spec.RETENTION_YEARS, 6)
    logo = png()
    settings.set(ctx, spec.LOGO, logo)
    events = setting_events(ctx)
    assert [(e.action, e.user) for e in events] == [("update", "voorzitter")] * 3
    details = [json.loads(e.detail) for e in events]
    assert details[0] == {"key": "retention_years", "before": 5, "after": 8}
    assert details[1] == {"key": "retention_years", "before": 8, "after": 6}
    assert details[2] == {
        "key": "logo",
        "before": None,
        "after": {"bytes": len(logo), "sha256": hashlib.sha256(logo).hexdigest()},
    }
    assert base64.b64encode(logo).decode() not in events[2].detail  # the image itself is not in the log
    with ctx.vault.session() as s:
        assert audit.verify_chain(s).ok


@pytest.mark.parametrize("role", [Role.SECRETARY, Role.CASE_MANAGER, Role.READ_ONLY])
def test_only_administer_may_change_settings(ctx: ServiceContext, role: Role) -> None:
    other = replace(ctx, role=role)
    assert settings.get(other, spec.CELL_NAME) == "LIVC-R"  # reading is allowed
    with pytest.raises(PermissionDenied):
        settings.set(other, spec.CELL_NAME, "Andere naam")
    with pytest.raises(PermissionDenied):
        settings.reset(other, "cell_name")
    assert settings.get(ctx, spec.CELL_NAME) == "LIVC-R"
    assert setting_events(ctx) == []


# -- the readers that existed before --------------------------------------------------------------


def test_existing_readers_see_what_the_table_writes(ctx: ServiceContext) -> None:
    from livcr_desktop.services import minutes
    from livcr_desktop.views.app import idle_lock_minutes

    settings.set_many(
        ctx,
        {
            "language": "fr",
            "municipality": "Testdorp",
            "cell_name": "CSIL-R Testdorp",
            "idle_lock_minutes": 12,
            "assessment_domains": ["ideology", "family", "werk"],
        },
    )
    with ctx.vault.session() as s:
        assert minutes._setting(s, "language", "nl") == "fr"
        assert minutes._setting(s, "municipality", "") == "Testdorp"
        assert minutes._setting(s, "cell_name", "LIVC-R") == "CSIL-R Testdorp"
    assert idle_lock_minutes(ctx) == 12.0
    assert assessment.life_domains(ctx) == ("ideology", "family", "werk")


def test_the_demo_settings_are_read_through_the_table(ctx: ServiceContext) -> None:
    demo.populate(replace(ctx, today=lambda: date(2026, 11, 21)))
    values = settings.all_settings(ctx)
    assert values["cell_name"] == demo.DEMO_CELL_NAME
    assert values["municipality"] == demo.DEMO_MUNICIPALITY
    assert values["retention_years"] == demo.DEMO_RETENTION_YEARS
    assert values["language"] == "nl" and values["idle_lock_minutes"] == 5


def test_a_returned_default_cannot_change_the_table(ctx: ServiceContext) -> None:
    names = settings.get(ctx, spec.ASSESSMENT_DOMAIN_LABELS)
    names["werk"] = "Werk"
    assert settings.get(ctx, spec.ASSESSMENT_DOMAIN_LABELS) == {} and spec.ASSESSMENT_DOMAIN_LABELS.default == {}
