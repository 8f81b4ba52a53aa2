"""Demo data: a fictional cell, "LIVC-R Fictiefdonk", with two years of invented history.

Every name in this package is invented (see ``data``); nothing describes a real person or a real
case. The demo passphrase is shown on screen on purpose: it protects demo data only.

:func:`populate` writes the demo through the same services the screens call (``story`` tells what
happened and when, ``build`` replays it on a moving clock), in one transaction. It is
deterministic: the same "today" gives the same vault.
"""

from __future__ import annotations

from datetime import date, datetime

from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.demo import build, story
from livcr_desktop.services.demo.data import (
    CASES,
    DEMO_CELL_NAME,
    DEMO_MUNICIPALITIES,
    DEMO_MUNICIPALITY,
    DEMO_PASSPHRASE,
    DEMO_RETENTION_YEARS,
    DEMO_SEED,
    DEMO_USER,
    FIRST_NAMES,
    LAST_NAMES,
    MEMBERS,
    ORGANISATIONS,
    PSEUDONYMS,
)
from livcr_desktop.storage.vault import Vault

__all__ = [
    "CASES",
    "DEMO_CELL_NAME",
    "DEMO_MUNICIPALITIES",
    "DEMO_MUNICIPALITY",
    "DEMO_PASSPHRASE",
    "DEMO_RETENTION_YEARS",
    "DEMO_SEED",
    "DEMO_USER",
    "FIRST_NAMES",
    "LAST_NAMES",
    "MEMBERS",
    "ORGANISATIONS",
    "PSEUDONYMS",
    "demo_context",
    "populate",
]


def demo_context(vault: Vault, today: date | None = None) -> ServiceContext:
    """A context acting as the demo's chair; ``today`` fixes the clock (for tests and screenshots)."""
    if today is None:
        return ServiceContext(vault, DEMO_USER)
    fixed = today

    def now() -> datetime:
        return datetime.combine(fixed, datetime.now().time().replace(microsecond=0))

    return ServiceContext(vault, DEMO_USER, today=lambda: fixed, now=now)


def populate(ctx: ServiceContext) -> None:
    """Fill an empty vault with the fictional cell, as of ``ctx.today()``, in one transaction.

    ValueError if the vault already holds cases, meetings, organisations or members.
    """
    today = ctx.today()
    build.write(ctx, lambda: story.tell(today))
