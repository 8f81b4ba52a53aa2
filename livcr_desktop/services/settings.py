"""Reading and changing the cell's settings (the table is ``domain.settings.SPECS``).

Reading needs only Permission.VIEW (every role has it; settings hold no personal data).
Changing needs Permission.ADMINISTER; every change is validated first and audited with its
value before and after (an image by size and SHA-256). :func:`set_many` writes several settings
in one transaction: one invalid value and nothing is written.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, overload

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain import settings as spec
from livcr_desktop.domain.roles import Permission
from livcr_desktop.domain.settings import InvalidSetting, SettingIssue, SettingSpec, SettingValue
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import audit, models

T = TypeVar("T")

__all__ = [
    "InvalidSetting",
    "SettingIssue",
    "SettingValue",
    "all_settings",
    "domain_labels",
    "get",
    "reset",
    "set",
    "set_many",
]


def _key_of(key: str | SettingSpec[Any]) -> str:
    return key if isinstance(key, str) else key.key


def _read(s: Session, key: str) -> SettingValue:
    row = s.get(models.Setting, key)
    return spec.decode(key, None if row is None else row.value)


@overload
def get(ctx: ServiceContext, key: SettingSpec[T]) -> T: ...
@overload
def get(ctx: ServiceContext, key: str) -> SettingValue: ...


def get(ctx: ServiceContext, key: str | SettingSpec[Any]) -> Any:
    """The effective value (the default when not set); typed when given a spec such as ``CELL_NAME``."""
    ctx.require(Permission.VIEW)
    name = _key_of(key)
    spec.spec_for(name)
    with ctx.vault.session() as s:
        return _read(s, name)


def all_settings(ctx: ServiceContext) -> dict[str, SettingValue]:
    """Every setting's effective value, in the table's order."""
    ctx.require(Permission.VIEW)
    with ctx.vault.session() as s:
        stored = {row.key: row.value for row in s.scalars(select(models.Setting))}
    return {item.key: spec.decode(item.key, stored.get(item.key)) for item in spec.SPECS}


def is_default(ctx: ServiceContext, key: str) -> bool:
    """True when the vault holds no value of its own for ``key``."""
    ctx.require(Permission.VIEW)
    spec.spec_for(key)
    with ctx.vault.session() as s:
        return s.get(models.Setting, key) is None


def set(ctx: ServiceContext, key: str | SettingSpec[Any], value: object) -> SettingValue:
    """Validate, store and audit one setting; returns the normalised value."""
    name = _key_of(key)
    return set_many(ctx, {name: value})[name]


def set_many(ctx: ServiceContext, values: Mapping[str, object]) -> dict[str, SettingValue]:
    """Validate all values first (InvalidSetting lists every problem), then store the changed ones."""
    ctx.require(Permission.ADMINISTER)
    normalised: dict[str, SettingValue] = {}
    issues: list[SettingIssue] = []
    for key, value in values.items():
        try:
            normalised[key] = spec.validate(key, value)
        except InvalidSetting as exc:
            issues += exc.issues
    if issues:
        raise InvalidSetting(issues)
    with ctx.vault.session() as s:
        for key, value in normalised.items():
            before = _read(s, key)
            if before == value:
                continue  # unchanged (a default stays a default: no row is written)
            row = s.get(models.Setting, key)
            text = spec.encode(key, value)
            if row is None:
                s.add(models.Setting(key=key, value=text))
            else:
                row.value = text
            audit.append(
                s,
                ctx.user,
                "update",
                "setting",
                None,
                {"key": key, "before": spec.describe(before), "after": spec.describe(value)},
            )
    return normalised


def reset(ctx: ServiceContext, key: str) -> SettingValue:
    """Remove the cell's own value so the default applies again (audited); returns the default."""
    ctx.require(Permission.ADMINISTER)
    item = spec.spec_for(key)
    with ctx.vault.session() as s:
        row = s.get(models.Setting, key)
        if row is not None:
            before = _read(s, key)
            s.delete(row)
            audit.append(
                s,
                ctx.user,
                "reset",
                "setting",
                None,
                {"key": key, "before": spec.describe(before), "after": spec.describe(item.default)},
            )
    default: SettingValue = item.default
    return default


def domain_labels(ctx: ServiceContext) -> dict[str, str]:
    """Names of the cell's own life domains (key → label); default domains have translated names."""
    names: dict[str, str] = get(ctx, spec.ASSESSMENT_DOMAIN_LABELS)
    return dict(names)
