"""The machine and software a run measured: for the header of ``bench/results.md``."""

from __future__ import annotations

import os
import platform
import sqlite3
import subprocess
import sys
from datetime import datetime
from importlib import metadata
from pathlib import Path

import sqlcipher3

from bench.common import REPO_ROOT


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory() -> str:
    try:
        for line in Path("/proc/meminfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def _filesystem(path: Path) -> str:
    """Filesystem type of the mount holding ``path`` (fsync cost depends on it)."""
    best, fstype, device = "", "unknown", ""
    try:
        for line in Path("/proc/mounts").read_text(encoding="utf-8").splitlines():
            dev, mount, kind, *_ = line.split()
            if str(path).startswith(mount) and len(mount) > len(best):
                best, fstype, device = mount, kind, dev
    except OSError:
        pass
    return f"{fstype} ({device} on {best})" if best else "unknown"


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "not installed"


def _git() -> str:
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=REPO_ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain"], cwd=REPO_ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + (" + uncommitted changes" if dirty else "")


def _sqlcipher_versions() -> tuple[str, str]:
    conn = sqlcipher3.connect(":memory:")
    try:
        cipher = str(conn.execute("PRAGMA cipher_version").fetchone()[0])
        lite = str(conn.execute("SELECT sqlite_version()").fetchone()[0])
    finally:
        conn.close()
    return cipher, lite


def load_average() -> str:
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return "unknown"
    return f"{one:.2f} / {five:.2f} / {fifteen:.2f}"


def describe(cache: Path, started: datetime, load_at_start: str) -> list[tuple[str, str]]:
    from PySide6 import QtCore

    cipher, cipher_sqlite = _sqlcipher_versions()
    u = platform.uname()
    return [
        ("Date", started.strftime("%Y-%m-%d %H:%M %Z").strip()),
        ("Host", f"{u.system} {u.release} {u.machine} ({u.version})"),
        ("CPU", f"{_cpu_model()}, {os.cpu_count()} logical cores"),
        ("Memory", _memory()),
        ("Load average (1/5/15 min) at start, at end", f"{load_at_start}; {load_average()}"),
        ("Disk of the vaults", _filesystem(cache)),
        ("Python", f"{platform.python_implementation()} {sys.version.split()[0]}"),
        ("PySide6 / Qt", f"{_version('PySide6-Essentials')} / {QtCore.qVersion()} (QT_QPA_PLATFORM=offscreen)"),
        ("SQLCipher", f"{cipher} (SQLite {cipher_sqlite}), sqlcipher3 {_version('sqlcipher3')}"),
        ("Plain SQLite (sqlite3 module)", sqlite3.sqlite_version),
        ("SQLAlchemy / Alembic", f"{_version('SQLAlchemy')} / {_version('alembic')}"),
        ("argon2-cffi", _version("argon2-cffi")),
        ("Code", _git()),
    ]
