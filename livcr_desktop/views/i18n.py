"""Marking strings for translation that are translated later, where they are shown."""

from __future__ import annotations


def noop(context: str, text: str) -> str:
    """Return ``text`` untouched; ``scripts/i18n.py`` extracts it into ``context`` (like QT_TRANSLATE_NOOP)."""
    return text
