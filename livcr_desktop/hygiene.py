"""Process hygiene: no core dumps, nothing sensitive in logs.

- :func:`harden_process` turns core dumps off where the OS allows it (``RLIMIT_CORE`` = 0 on POSIX,
  ``PR_SET_DUMPABLE`` = 0 on Linux, which also stops other processes of the same user from
  attaching a debugger or reading ``/proc/<pid>/mem``; on Windows, no crash dialog or WER dump).
- :class:`RedactingFilter` rewrites every log record that holds a registered sensitive value
  (identities the app reveals, passphrases it handles: :func:`register_sensitive`), in plain text
  or base64, or that matches a generic pattern (``passphrase=...``, raw keys, 64-hex digests).
- :func:`install_logging` writes the application log to ``<data dir>/logs/livcr-desktop.log``,
  0600, through that filter; uncaught exceptions go there too, redacted, without their locals.

The clipboard helper is in ``views/clipboard.py`` (it needs Qt).
"""

from __future__ import annotations

import base64
import contextlib
import ctypes
import ctypes.util
import logging
import logging.handlers
import os
import re
import sys
import threading
import traceback
from collections.abc import Iterable
from dataclasses import dataclass
from io import TextIOWrapper
from pathlib import Path
from types import TracebackType
from typing import Final

from livcr_desktop import paths

REDACTED: Final = "[verborgen]"
MIN_SENSITIVE_LENGTH: Final = 3
MIN_WORD_LENGTH: Final = 6  # words of a registered text this long are registered on their own
LOG_NAME: Final = "livcr-desktop.log"
PR_SET_DUMPABLE: Final = 4
PR_GET_DUMPABLE: Final = 3

# Generic shapes of secrets: "passphrase=...", "wachtwoordzin: ...", SQLCipher raw keys, hex keys and hashes.
GENERIC_PATTERNS: Final[tuple[re.Pattern[str], ...]] = (
    re.compile(
        r"(?i)\b(pass(?:word|phrase)|wachtwoord(?:zin)?|mot de passe|secret|pragma\s+(?:re)?key|key)"
        r"(\s*[=:]\s*)(\"[^\"]*\"|'[^']*'|\S+)"
    ),
    re.compile(r"(?i)x'[0-9a-f]{32,}'"),
    re.compile(r"(?i)\b[0-9a-f]{64,}\b"),
)


# -- core dumps ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HardeningReport:
    core_limit_zero: bool  # RLIMIT_CORE is (0, 0)
    not_dumpable: bool  # Linux: PR_SET_DUMPABLE 0 (no core, no ptrace by the same user)
    notes: tuple[str, ...] = ()


def harden_process() -> HardeningReport:
    """Turn core dumps off as far as this OS allows; never raises."""
    notes: list[str] = []
    core_zero = False
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        core_zero = resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)
    except (ImportError, OSError, ValueError) as e:
        notes.append(f"RLIMIT_CORE: {type(e).__name__}")
    not_dumpable = False
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0:
                not_dumpable = libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0
            else:
                notes.append(f"prctl: errno {ctypes.get_errno()}")
        except (OSError, AttributeError) as e:
            notes.append(f"prctl: {type(e).__name__}")
    elif sys.platform == "win32":
        try:
            sem_failcriticalerrors, sem_nogpfaulterrorbox = 0x0001, 0x0002
            kernel32 = getattr(ctypes, "windll").kernel32  # noqa: B009 - windll exists on Windows only
            kernel32.SetErrorMode(sem_failcriticalerrors | sem_nogpfaulterrorbox)
            notes.append("windows: crash dialog and WER dump disabled for this process")
        except (OSError, AttributeError) as e:
            notes.append(f"SetErrorMode: {type(e).__name__}")
    return HardeningReport(core_zero, not_dumpable, tuple(notes))


# -- sensitive values ----------------------------------------------------------------------------


class SensitiveValues:
    """Values that must never reach a log, registered at run time (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._values: set[str] = set()
        self._pattern: re.Pattern[str] | None = None

    def add(self, *values: str) -> None:
        """Register each value, and each word of a longer text (a log line may quote part of it)."""
        with self._lock:
            for value in values:
                value = (value or "").strip()
                if len(value) >= MIN_SENSITIVE_LENGTH:
                    self._values.update(_forms(value))
                for word in re.findall(r"[\w'-]+", value):
                    if len(word) >= MIN_WORD_LENGTH and word != value:
                        self._values.update(_forms(word))
            self._pattern = None

    def clear(self) -> None:
        with self._lock:
            self._values.clear()
            self._pattern = None

    def __len__(self) -> int:
        return len(self._values)

    def pattern(self) -> re.Pattern[str] | None:
        with self._lock:
            if self._pattern is None and self._values:
                alternatives = sorted(self._values, key=len, reverse=True)
                self._pattern = re.compile("|".join(re.escape(v) for v in alternatives), re.IGNORECASE)
            return self._pattern


def _forms(value: str) -> set[str]:
    """The value and its base64 encodings at the three alignments (whole groups only)."""
    raw = value.encode("utf-8")
    forms = {value}
    for shift in range(3):
        tail = raw[shift:]
        enc = base64.b64encode(tail)[: (len(tail) // 3) * 4].decode("ascii")
        if len(enc) >= 8:
            forms.add(enc)
    return forms


SENSITIVE: Final = SensitiveValues()


def register_sensitive(*values: str) -> None:
    """Make ``values`` (an identity just revealed, a passphrase being used) unloggable from now on."""
    SENSITIVE.add(*values)


def redact(text: str, values: SensitiveValues = SENSITIVE) -> str:
    pattern = values.pattern()
    if pattern is not None:
        text = pattern.sub(REDACTED, text)
    text = GENERIC_PATTERNS[0].sub(lambda m: f"{m.group(1)}{m.group(2)}{REDACTED}", text)
    for generic in GENERIC_PATTERNS[1:]:
        text = generic.sub(REDACTED, text)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites a record's message, arguments and exception text with sensitive parts replaced.

    Attach it to *handlers* (a logger's filters do not see records propagated from child loggers).
    The record is kept (a log line saying *that* something happened is useful) but holds no secret.
    """

    def __init__(self, values: SensitiveValues = SENSITIVE) -> None:
        super().__init__()
        self.values = values

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record: keep only its template, which the code wrote
            message = str(record.msg)
        record.msg = redact(message, self.values)
        record.args = None
        if record.exc_info:
            text = "".join(traceback.format_exception(*record.exc_info))
            record.exc_text = redact(text, self.values)
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = redact(record.exc_text, self.values)
        if record.stack_info:
            record.stack_info = redact(record.stack_info, self.values)
        return True


# -- the log file --------------------------------------------------------------------------------


class _PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files are created 0600."""

    def _open(self) -> TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.fchmod(fd, 0o600)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)  # the handler closes it

    def handleError(self, record: logging.LogRecord) -> None:
        """A full or read-only disk loses log lines silently: the command itself says what failed,
        in one line, and a traceback on stderr would only hide that line."""
        if isinstance(sys.exc_info()[1], OSError):
            return
        super().handleError(record)


def log_dir() -> Path:
    folder = paths.data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):
        os.chmod(folder, 0o700)
    return folder


def install_logging(folder: Path | None = None, level: int = logging.INFO, excepthook: bool = True) -> Path:
    """Send the root logger to a private, rotating, redacted log file; returns its path. Idempotent."""
    folder = folder or log_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = folder / LOG_NAME
    root = logging.getLogger()
    for h in root.handlers:
        if isinstance(h, _PrivateRotatingHandler) and Path(h.baseFilename) == path:
            return path
    # delay: the file appears with the first record, so a failed command leaves the data folder as it was
    handler = _PrivateRotatingHandler(path, maxBytes=1 << 20, backupCount=3, encoding="utf-8", delay=True)
    handler.addFilter(RedactingFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(min(root.level, level) if root.level else level)
    if excepthook:
        sys.excepthook = _logging_excepthook
    return path


def remove_logging(handlers: Iterable[logging.Handler] | None = None) -> None:
    """Detach (and close) the handlers :func:`install_logging` added (tests, shutdown)."""
    root = logging.getLogger()
    for h in list(handlers if handlers is not None else root.handlers):
        if isinstance(h, _PrivateRotatingHandler):
            root.removeHandler(h)
            h.close()


def _logging_excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """An uncaught exception: redacted into the log; on stderr only its type (no message, no values)."""
    logging.getLogger("livcr_desktop").error("uncaught exception", exc_info=(kind, value, tb))
    print(f"livcr-desktop: internal error ({kind.__name__}); details are in the application log", file=sys.stderr)
