"""Hyphenation points for the wall: words break at spaces, or inside a word only where the language
allows it (pyphen's dictionaries, as the minutes use), shown with a hyphen.

The points are soft hyphens (U+00AD) in the text given to Qt's text layout, which breaks a line there
and draws a hyphen only when it does. The label's own ``text()`` stays the typed text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

import pyphen  # type: ignore[import-untyped]
from PySide6.QtCore import QLocale

SOFT_HYPHEN = "\u00ad"
MIN_WORD = 6  # shorter words never need a break
_PYPHEN = {"nl": "nl_NL", "fr": "fr_FR", "en": "en_GB"}
_WORD = re.compile(rf"[^\W\d_]{{{MIN_WORD},}}")


def wall_language() -> str:
    """The chair's language ("nl", "fr" or "en"): the wall follows the interface."""
    lang = QLocale().language()
    if lang == QLocale.Language.French:
        return "fr"
    if lang == QLocale.Language.English:
        return "en"
    return "nl"


@cache
def _inserter(language: str) -> Callable[[str], str]:
    dictionary = pyphen.Pyphen(lang=_PYPHEN.get(language, "nl_NL"), left=3, right=3)
    return lambda word: str(dictionary.inserted(word, hyphen=SOFT_HYPHEN))


@cache
def _word(word: str, language: str) -> str:
    return _inserter(language)(word)


def soft_hyphenate(text: str, language: str | None = None) -> str:
    """``text`` with a soft hyphen at each hyphenation point of its longer words."""
    lang = language or wall_language()
    return _WORD.sub(lambda m: _word(m.group(), lang), text)


def plain(text: str) -> str:
    """The text without its soft hyphens (what a reader of the wall sees, lines joined)."""
    return text.replace(SOFT_HYPHEN, "")
