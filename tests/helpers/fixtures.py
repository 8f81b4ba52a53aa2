"""Fixtures and context builders shared by several test modules (loaded through ``pytest_plugins``)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from livcr_desktop.domain.roles import Role
from livcr_desktop.services import demo
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage.vault import Vault

TODAY = date(2026, 11, 21)  # the suite's fixed day (the same as tests/conftest.py's)
NOW = datetime(2026, 11, 21, 15, 0)


def ctx_of(vault: Vault, user: str = "voorzitter") -> ServiceContext:
    """A context on ``vault`` with the suite's fixed clock (the conftest ``ctx`` fixture's clock)."""
    return ServiceContext(vault, user, today=lambda: TODAY, now=lambda: datetime(2026, 11, 21, 14, 0))


def clocked(vault: Vault, role: Role = Role.CHAIR) -> ServiceContext:
    """A context of the user "tester" with ``role`` and a fully fixed clock (TODAY, 15:00)."""
    return ServiceContext(vault, "tester", today=lambda: TODAY, now=lambda: NOW, role=role)


@pytest.fixture
def demo_ctx(vault: Vault) -> ServiceContext:
    """The demo cell (services.demo) in the test vault, acting as the demo's chair on TODAY."""
    ctx = demo.demo_context(vault, today=TODAY)
    demo.populate(ctx)
    return ctx
