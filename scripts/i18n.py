"""Translation tooling: extract the Dutch source strings, update the .ts files, compile .qm files.

    python scripts/i18n.py update    # refresh resources/translations/livcr_{fr,en}.ts, keeping translations
    python scripts/i18n.py compile   # .ts -> .qm with pyside6-lrelease (run by `make venv`)
    python scripts/i18n.py check     # list untranslated and dynamic (unextractable) strings; exit 1 if any

Counts go through Qt's plural forms: ``QCoreApplication.translate(ctx, "%n casussen", None, n)`` is a
"numerus" message; its translation holds one ``<numerusform>`` per plural form of the language (two for
nl, fr and en: one, other). Dutch being the source language, ``livcr_nl.ts`` holds only these messages
(the singular and plural of the Dutch text).

Python files use small per-module helpers ``_t("...")`` that call ``QCoreApplication.translate``
with the module's context, which ``pyside6-lupdate`` cannot follow; this script reads them with the
``ast`` module instead. ``ui/*.ui`` forms go through ``pyside6-lupdate``. Strings built at run time
must be marked with ``QT_TRANSLATE_NOOP("Context", "text")`` so they are extracted too.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "livcr_desktop"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = {"fr": "fr_BE", "en": "en_GB"}
PLURAL_ONLY = {"nl": "nl_BE"}  # the source language: a catalogue of plural forms only
PLURAL_FORMS = 2
SOURCE_LANGUAGE = "nl_BE"


@dataclass(frozen=True, slots=True)
class Message:
    context: str
    source: str
    filename: str
    line: int
    numerus: bool = False


def _module_context(tree: ast.Module) -> str | None:
    """The context of a module-level ``def _t(text): return QCoreApplication.translate("Ctx", text)``."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "_t":
            for inner in ast.walk(node):
                if (
                    isinstance(inner, ast.Call)
                    and isinstance(inner.func, ast.Attribute)
                    and inner.func.attr == "translate"
                    and inner.args
                    and isinstance(inner.args[0], ast.Constant)
                    and isinstance(inner.args[0].value, str)
                ):
                    return inner.args[0].value
    return None


def python_messages(path: Path) -> tuple[list[Message], list[str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    context = _module_context(tree)
    rel = path.relative_to(ROOT).as_posix()
    found: list[Message] = []
    dynamic: list[str] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        args = node.args
        if name == "_t" and context is not None and len(args) == 1:
            if isinstance(args[0], ast.Constant) and isinstance(args[0].value, str):
                found.append(Message(context, args[0].value, rel, node.lineno))
            elif isinstance(args[0], (ast.JoinedStr, ast.BinOp)):
                # a string built here can never be in a catalogue; names and lookups are assumed to hold
                # strings marked with QT_TRANSLATE_NOOP where they are defined
                dynamic.append(f"{rel}:{node.lineno}: _t() of a string built at run time")
        elif name in ("translate", "QT_TRANSLATE_NOOP", "noop") and len(args) >= 2:
            ctx_arg, text_arg = args[0], args[1]
            if (
                isinstance(ctx_arg, ast.Constant)
                and isinstance(ctx_arg.value, str)
                and isinstance(text_arg, ast.Constant)
                and isinstance(text_arg.value, str)
            ):
                numerus = name == "translate" and len(args) >= 4
                found.append(Message(ctx_arg.value, text_arg.value, rel, node.lineno, numerus))
    return found, dynamic


def ui_messages() -> list[Message]:
    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys.executable).with_name("pyside6-lupdate"))
    forms = sorted((ROOT / "ui").glob("*.ui"))
    if not forms:
        return []
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "ui.ts"
        subprocess.run([lupdate, *map(str, forms), "-ts", str(ts), "-silent"], check=True)
        out = []
        for ctx in ET.parse(ts).getroot().iter("context"):
            name = ctx.findtext("name") or ""
            for msg in ctx.iter("message"):
                loc = msg.find("location")
                out.append(
                    Message(
                        name,
                        msg.findtext("source") or "",
                        "ui/" + Path(loc.get("filename", "")).name if loc is not None else "ui",
                        int(loc.get("line", "0")) if loc is not None else 0,
                    )
                )
        return out


def all_messages() -> tuple[list[Message], list[str]]:
    messages: list[Message] = []
    dynamic: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        found, dyn = python_messages(path)
        messages += found
        dynamic += dyn
    messages += ui_messages()
    return messages, dynamic


def _existing(ts: Path) -> dict[tuple[str, str], tuple[str | list[str], str]]:
    """(context, source) -> (translation, type) from an existing .ts file (a list of forms for a numerus one)."""
    if not ts.exists():
        return {}
    out: dict[tuple[str, str], tuple[str | list[str], str]] = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            kind = tr.get("type", "") if tr is not None else ""
            if msg.get("numerus") == "yes":
                forms = [f.text or "" for f in tr.iter("numerusform")] if tr is not None else []
                out[(name, msg.findtext("source") or "")] = (forms, kind)
            else:
                out[(name, msg.findtext("source") or "")] = ((tr.text or "") if tr is not None else "", kind)
    return out


def _missing(translation: str | list[str], kind: str) -> bool:
    if isinstance(translation, list):
        return kind == "unfinished" or len(translation) < PLURAL_FORMS or not all(f.strip() for f in translation)
    return not translation or kind == "unfinished"


def write_ts(lang: str, messages: list[Message], language: str | None = None) -> tuple[int, int]:
    ts = TRANSLATIONS / f"livcr_{lang}.ts"
    old = _existing(ts)
    root = ET.Element("TS", version="2.1", language=language or LANGUAGES[lang], sourcelanguage=SOURCE_LANGUAGE)
    by_context: dict[str, dict[str, list[Message]]] = {}
    for m in messages:
        by_context.setdefault(m.context, {}).setdefault(m.source, []).append(m)
    done = todo = 0
    for context in sorted(by_context):
        c = ET.SubElement(root, "context")
        ET.SubElement(c, "name").text = context
        for source in sorted(by_context[context]):
            occurrences = by_context[context][source]
            numerus = any(o.numerus for o in occurrences)
            msg = ET.SubElement(c, "message")
            if numerus:
                msg.set("numerus", "yes")
            for occurrence in occurrences:
                ET.SubElement(msg, "location", filename="../../" + occurrence.filename, line=str(occurrence.line))
            ET.SubElement(msg, "source").text = source
            translation, kind = old.get((context, source), ([] if numerus else "", "unfinished"))
            tr = ET.SubElement(msg, "translation")
            if numerus:
                forms = translation if isinstance(translation, list) else [translation] if translation else []
                for form in (forms + [""] * PLURAL_FORMS)[:PLURAL_FORMS]:
                    ET.SubElement(tr, "numerusform").text = form
                translation = forms
            else:
                tr.text = translation if isinstance(translation, str) else ""
            if _missing(translation, kind):
                tr.set("type", "unfinished")
                todo += 1
            else:
                done += 1
    ET.indent(root)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    data = b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, encoding="utf-8") + b"\n"
    ts.write_bytes(data)
    return done, todo


def compile_qm() -> list[Path]:
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
    out = []
    for ts in sorted(TRANSLATIONS.glob("livcr_*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        out.append(qm)
    return out


def untranslated() -> Iterator[str]:
    for lang in (*LANGUAGES, *PLURAL_ONLY):
        for (context, source), (translation, kind) in _existing(TRANSLATIONS / f"livcr_{lang}.ts").items():
            if _missing(translation, kind):
                yield f"{lang}: [{context}] {source}"


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "update"
    if command == "update":
        messages, dynamic = all_messages()
        for lang in LANGUAGES:
            done, todo = write_ts(lang, messages)
            print(f"livcr_{lang}.ts: {done} translated, {todo} to translate")
        for lang, language in PLURAL_ONLY.items():
            done, todo = write_ts(lang, [m for m in messages if m.numerus], language)
            print(f"livcr_{lang}.ts (plural forms only): {done} translated, {todo} to translate")
        for line in dynamic:
            print(f"warning: {line}")
        return 0
    if command == "compile":
        for qm in compile_qm():
            print(qm.relative_to(ROOT))
        return 0
    if command == "check":
        _messages, dynamic = all_messages()
        missing = list(untranslated())
        for line in missing + dynamic:
            print(line)
        return 1 if missing or dynamic else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
