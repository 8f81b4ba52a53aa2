"""A moment as the cell's documents and windows show it: Belgian day/month/year and the time."""

from __future__ import annotations

from datetime import datetime


def stamp(at: datetime | None, none: str = "") -> str:
    """``17/05/2026 14:05`` (to the minute, as recorded); ``none`` when there is no moment."""
    return at.strftime("%d/%m/%Y %H:%M") if at is not None else none
