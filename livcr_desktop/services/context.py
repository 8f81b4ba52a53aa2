"""What every service needs: the open vault, the acting user and a clock (injectable in tests)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from livcr_desktop.storage.vault import Vault


def _today() -> date:
    return date.today()


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


@dataclass(slots=True)
class ServiceContext:
    vault: Vault
    user: str
    today: Callable[[], date] = field(default=_today)
    now: Callable[[], datetime] = field(default=_now)
