"""From typed text to what reportlab prints: every character printed in a font that has it, or shown
as U+FFFD and reported beforehand by :func:`unprintable_characters`.

The PDF never drops a character silently: text is cleaned (line breaks, tabs, invisible format
characters), split into runs by the font that has each character, and escaped for reportlab's
paragraph mark-up. The minutes dialog asks :func:`unprintable_characters` before finalising.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Iterator
from functools import cache
from xml.sax.saxutils import escape

from livcr_desktop.reports.fonts import FONT, FONT_BOLD, coverage, font_for
from livcr_desktop.reports.model import MinutesData

REPLACEMENT = "\ufffd"
_LINE_BREAKS = {"\r\n": "\n", "\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x0b": "\n", "\x0c": "\n", "\x85": "\n"}
_SPACES = {"\t": " ", "\u3000": " ", "\u1680": " "}


def _ignorable(char: str) -> bool:
    """Invisible characters that change nothing on paper (joiners, variation selectors, byte-order mark)."""
    point = ord(char)
    return (
        unicodedata.category(char) == "Cf"
        or 0xFE00 <= point <= 0xFE0F
        or 0xE0100 <= point <= 0xE01EF
        or 0x180B <= point <= 0x180F
    )


@cache
def _plain(bold: bool) -> frozenset[str]:
    """Characters the document font prints as they are (the common case, checked in one step)."""
    special = set(_SPACES) | set("".join(_LINE_BREAKS))
    return frozenset({"\n", *(chr(c) for c in coverage(FONT_BOLD if bold else FONT))}) - special


def clean(value: str) -> str:
    """Line breaks and spaces normalised; invisible characters no font has are left out."""
    if _plain(False).issuperset(value):
        return value
    for old, new in _LINE_BREAKS.items():
        value = value.replace(old, new)
    for old, new in _SPACES.items():
        value = value.replace(old, new)
    return "".join(c for c in value if c == "\n" or font_for(c) is not None or not _ignorable(c))


def printable(char: str) -> bool:
    return char == "\n" or font_for(char) is not None


def unprintable_in(value: str) -> list[str]:
    """The characters of ``value`` that no shipped font has, each once, in order of appearance."""
    seen: dict[str, None] = {}
    for char in clean(value):
        if char not in seen and not printable(char):
            seen[char] = None
    return list(seen)


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _strings(getattr(value, f.name))
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _strings(item)


def unprintable_characters(data: MinutesData) -> list[str]:
    """Every character of the document no shipped font can print (emoji, CJK, ...), each once.

    They print as U+FFFD; the dialog names them before finalising ("3 tekens kunnen niet afgedrukt
    worden: …", with :func:`describe`).
    """
    seen: dict[str, None] = {}
    for value in _strings(data):
        for char in unprintable_in(value):
            seen[char] = None
    return list(seen)


def describe(char: str) -> str:
    """``"😀 (U+1F600)"``: the character and its code point, for a message (invisible ones by code only)."""
    point = f"U+{ord(char):04X}"
    return point if unicodedata.category(char)[0] in "CZ" else f"{char} ({point})"


def markup(value: str, bold: bool = False) -> str:
    """Paragraph mark-up for plain text: escaped, line breaks kept, runs in the font that has them."""
    base = FONT_BOLD if bold else FONT
    if _plain(bold).issuperset(value):
        return escape(value).replace("\n", "<br/>")
    out: list[str] = []
    run: list[str] = []
    current = base

    def flush() -> None:
        if run:
            text = escape("".join(run)).replace("\n", "<br/>")
            out.append(text if current == base else f'<font name="{current}">{text}</font>')
            run.clear()

    for char in clean(value):
        font = base if char == "\n" else (font_for(char, bold) or base)
        if char != "\n" and not printable(char):
            char = REPLACEMENT
        if font != current:
            flush()
            current = font
        run.append(char)
    flush()
    return "".join(out)
