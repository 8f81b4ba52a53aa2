"""Writing the demo: the story's service calls, replayed in time order on a clock that moves with them.

The calls are the ones the screens make (``cases.create_case``, ``meetings.start_meeting``,
``decisions.record_decision``, ...), so the demo obeys every rule typed data obeys, and each call
sees the story's date as its "today": created and updated times, decision times and action history
carry the dates on which they happened in the story.

Every call joins one transaction (:class:`_OneTransaction`): a failure leaves the vault empty, and
the demo costs one commit rather than one per call.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from livcr_desktop.domain.roles import Role
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import audit, models
from livcr_desktop.storage.vault import Vault


@dataclass(slots=True)
class Ids:
    """The ids the services returned, under the story's own keys."""

    orgs: dict[str, int] = field(default_factory=dict)  # by short name
    members: dict[str, int] = field(default_factory=dict)  # by member key
    cases: dict[int, int] = field(default_factory=dict)  # by index in CASES
    meetings: dict[int, int] = field(default_factory=dict)  # by meeting index (the upcoming one last)
    items: dict[tuple[int, int], int] = field(default_factory=dict)  # by (meeting index, position)
    actions: dict[int, int] = field(default_factory=dict)  # by the story's action number


Call = Callable[[ServiceContext, Ids], object]


class Clock:
    """The building context's clock: the time of the call being replayed."""

    def __init__(self) -> None:
        self.time = datetime.min

    def today(self) -> date:
        return self.time.date()

    def now(self) -> datetime:
        return self.time


class Timeline:
    """Service calls at story times; calls at the same time run in the order they were added."""

    def __init__(self) -> None:
        self._calls: list[tuple[datetime, int, Call]] = []
        self.counts: Counter[str] = Counter()  # rows written, by kind (recorded in the audit trail)

    def at(self, when: datetime, call: Call, kind: str = "") -> None:
        self._calls.append((when, len(self._calls), call))
        if kind:
            self.counts[kind] += 1

    def replay(self, ctx: ServiceContext, clock: Clock) -> Ids:
        ids = Ids()
        for when, _, call in sorted(self._calls, key=lambda c: (c[0], c[1])):
            clock.time = when
            call(ctx, ids)
        return ids


class _OneTransaction:
    """Stands in for the vault while the demo is written: every service call joins ``session``.

    The session holds its rows weakly, so the meeting, case or action a call looks up by id would be
    read again from the file each time; keeping those rows here saves most of those reads.
    """

    KEPT = (models.Case, models.Meeting, models.Action)

    def __init__(self, vault: Vault, session: Session) -> None:
        self._vault = vault
        self._session = session
        self._kept: list[object] = []
        event.listen(session, "pending_to_persistent", self._keep)
        event.listen(session, "loaded_as_persistent", self._keep)

    def _keep(self, _session: Session, row: object) -> None:
        if isinstance(row, self.KEPT):
            self._kept.append(row)

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        yield self._session  # committed (or rolled back) once, by write()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._vault, name)


def ensure_empty(s: Session) -> None:
    for model in (models.Case, models.Meeting, models.Organisation, models.Member):
        if s.scalar(select(func.count()).select_from(model)):
            raise ValueError("the vault already holds data: demo data only goes into an empty vault")


def write(ctx: ServiceContext, story: Callable[[], Timeline]) -> None:
    """Check that the vault is empty, tell the story and replay it, all in one transaction.

    The calls act as ``ctx.user`` in the role of chair: the demo only goes into an empty vault, and
    whoever fills it is its chair.
    """
    with ctx.vault.session() as s:
        ensure_empty(s)
        timeline = story()
        clock = Clock()
        vault = cast(Vault, _OneTransaction(ctx.vault, s))
        builder = ServiceContext(vault, ctx.user, today=clock.today, now=clock.now, role=Role.CHAIR)
        timeline.replay(builder, clock)
        for kind, count in timeline.counts.items():
            audit.append(s, ctx.user, "create", "demo", None, {"kind": kind, "count": count})
