"""What every service needs: the open vault, the acting user and a clock (injectable in tests)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from livcr_desktop.domain.roles import Permission, PermissionDenied, Role, allows
from livcr_desktop.storage.vault import Vault


def _today() -> date:
    return date.today()


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


@dataclass(slots=True)
class ServiceContext:
    """The vault, who acts and with which role, and the clock.

    ``role`` defaults to chair for scripts and tests that build a context by hand; the app and the
    command line set it from the vault's user table at login (``services.users.context_for``).
    """

    vault: Vault
    user: str
    today: Callable[[], date] = field(default=_today)
    now: Callable[[], datetime] = field(default=_now)
    role: Role = Role.CHAIR

    def require(self, permission: Permission) -> None:
        """Raise PermissionDenied unless the acting user's role allows ``permission``."""
        if not allows(self.role, permission):
            raise PermissionDenied(self.role, permission)

    def require_any(self, *permissions: Permission) -> None:
        if not any(allows(self.role, p) for p in permissions):
            raise PermissionDenied(self.role, permissions[0])

    def may(self, permission: Permission) -> bool:
        return allows(self.role, permission)
