"""Smoke test of the PyInstaller folder: the frozen application run the way an administrator would.

    python packaging/smoke_test.py [dist/livcr-desktop]

Runs with any Python 3.11+ (the build venv's, for the archive check, which needs PyInstaller; the
check is skipped without it). Nothing of the user's is touched: every run gets a fresh data folder
(``LIVCR_DATA_DIR``) and fresh XDG folders. Prints one line per check, then the folder's size and file
count; exit status 0 when every check passed.

Checks: the version; a demo vault created, checked and exported to PDF through the command line
(SQLCipher, Alembic migrations shipped as files, Argon2, reportlab with the bundled fonts); pyHanko's
lazy import (``verify``); the keyring backends inside the archive; which system libraries the folder
still takes from the machine; the window started offscreen on the demo vault, and under Xvfb with
the xcb plugin when Xvfb is installed.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import bundle_rules  # noqa: E402  (packaging/, never ``packaging.bundle_rules``)

APP = "livcr-desktop"
PASSPHRASE = "rookproef-wachtwoordzin-2026"

# Libraries the folder may take from the machine (sonames without version). The C library, the
# graphics drivers' OpenGL/EGL (PyInstaller never bundles those), Wayland and libxcb, plus the
# desktop libraries that packaging/bundle_rules.py deliberately leaves out (DESKTOP_LIBRARIES).
SYSTEM_OK = re.compile(
    r"(ld-linux[\w.-]*|libc|libm|libdl|libpthread|librt|libutil|libresolv|libanl|libmvec"
    r"|libGL|libEGL|libGLX|libGLdispatch|libOpenGL|libgbm|libdrm|libwayland-[a-z]+|libxcb)$"
)

# Qt's harmless complaints under the offscreen and Xvfb platforms.
QT_NOISE = re.compile(
    r"This plugin does not support|propagateSizeHints|QStandardPaths|XDG_RUNTIME_DIR|qt\.qpa\.xcb|Fontconfig"
)


class CheckFailed(Exception):
    pass


@dataclass
class Smoke:
    dist: Path
    tmp: Path
    results: list[tuple[str, bool, str]] = field(default_factory=list)

    @property
    def exe(self) -> Path:
        return self.dist / APP

    @property
    def internal(self) -> Path:
        return self.dist / "_internal"

    def env(self, platform: str = "offscreen") -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_PLUGIN_PATH")}
        runtime = self.tmp / "runtime"
        runtime.mkdir(mode=0o700, exist_ok=True)
        env.update(
            QT_QPA_PLATFORM=platform,
            LIVCR_DATA_DIR=str(self.tmp / "data"),
            XDG_RUNTIME_DIR=str(runtime),
            XDG_CONFIG_HOME=str(self.tmp / "config"),
            XDG_CACHE_HOME=str(self.tmp / "cache"),
            XDG_DATA_HOME=str(self.tmp / "share"),
        )
        return env

    def run(self, *args: str, stdin: str = "", timeout: float = 180) -> subprocess.CompletedProcess[str]:
        proc = subprocess.run(
            [str(self.exe), *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=self.env(),
            timeout=timeout,
            check=False,
        )
        if "Traceback" in proc.stderr:
            raise CheckFailed(f"{' '.join(args)}: Python traceback\n{proc.stderr}")
        return proc

    def check(self, name: str, func: Callable[[], str]) -> None:
        start = time.monotonic()
        try:
            detail = func()
            ok = True
        except CheckFailed as exc:
            detail, ok = str(exc), False
        except (OSError, subprocess.SubprocessError) as exc:
            detail, ok = f"{type(exc).__name__}: {exc}", False
        detail = f"{detail} ({time.monotonic() - start:.1f} s)"
        self.results.append((name, ok, detail))
        print(f"[{'ok' if ok else 'FAIL'}] {name}: {detail}", flush=True)

    # -- the checks ----------------------------------------------------------------------------------

    def version(self) -> str:
        expected = f"{APP} {bundle_rules.read_version()}"
        proc = self.run("--version")
        if proc.returncode != 0 or proc.stdout.strip() != expected:
            raise CheckFailed(f"expected {expected!r}, got {proc.stdout.strip()!r} (exit {proc.returncode})")
        return proc.stdout.strip()

    def demo_vault(self) -> str:
        proc = self.run("demo", "--vault", str(self.tmp / "smoke.vault"), stdin=PASSPHRASE + "\n")
        if proc.returncode != 0 or "demo vault written" not in proc.stdout:
            raise CheckFailed(f"exit {proc.returncode}: {proc.stdout}{proc.stderr}")
        return proc.stdout.strip()

    def vault_check(self) -> str:
        proc = self.run("check", "--vault", str(self.tmp / "smoke.vault"), stdin=PASSPHRASE + "\n")
        lines = dict(line.split(": ", 1) for line in proc.stdout.splitlines() if ": " in line)
        if proc.returncode != 0 or lines.get("integrity_check") != "ok":
            raise CheckFailed(f"exit {proc.returncode}: {proc.stdout}{proc.stderr}")
        return (
            f"integrity_check ok, schema {lines.get('schema')}, sqlcipher {lines.get('sqlcipher')}, "
            f"{lines.get('cases')} cases"
        )

    def minutes_pdf(self) -> str:
        vault = str(self.tmp / "smoke.vault")
        listing = self.run("minutes", "--vault", vault, "--list", stdin=PASSPHRASE + "\n")
        rows = [line.split("\t") for line in listing.stdout.splitlines() if line.strip()]
        if listing.returncode != 0 or not rows:
            raise CheckFailed(f"minutes --list: exit {listing.returncode}: {listing.stdout}{listing.stderr}")
        closed = [r for r in rows if r[-1] == "closed"] or rows
        meeting = closed[-1][0]
        out = self.tmp / "minutes.pdf"
        proc = self.run("minutes", "--vault", vault, "--meeting", meeting, "--out", str(out), stdin=PASSPHRASE + "\n")
        if proc.returncode != 0 or not out.is_file() or not out.read_bytes().startswith(b"%PDF-"):
            raise CheckFailed(f"exit {proc.returncode}: {proc.stdout}{proc.stderr}")
        return f"meeting {meeting}: {proc.stdout.strip()}, {out.stat().st_size} bytes"

    def verify_pdf(self) -> str:
        proc = self.run("verify", str(self.tmp / "minutes.pdf"))
        if proc.returncode != 1 or "signatures: none" not in proc.stdout or "sha256: " not in proc.stdout:
            raise CheckFailed(
                f"expected exit 1 and 'signatures: none', got exit {proc.returncode}: {proc.stdout}{proc.stderr}"
            )
        return "pyHanko imported, unsigned file reported as such (exit 1, as expected)"

    def archive(self) -> str:
        try:
            from PyInstaller.archive.readers import CArchiveReader
        except ImportError:
            return "skipped (PyInstaller not importable here)"
        modules = set(CArchiveReader(str(self.exe)).open_embedded_archive("PYZ.pyz").toc)
        wanted = [
            "keyring.backends.SecretService",
            "keyring.backends.kwallet",
            "keyring.backends.chainer",
            "keyring.backends.fail",
            "keyring.backends.Windows",
            "keyring.backends.macOS",
            "secretstorage",
            "jeepney",
            "pyhanko.sign.validation",
            "pyhanko.sign.pkcs11",
            "alembic.op",
            "pypdfium2",
            "livcr_desktop.commands",
            "livcr_desktop.views.app",
        ]
        missing = [m for m in wanted if m not in modules]
        points = list(self.internal.glob("keyring-*.dist-info/entry_points.txt"))
        if not points or "keyring.backends" not in points[0].read_text(encoding="utf-8"):
            missing.append("keyring's entry_points.txt")
        for rel in (
            "livcr_desktop/storage/migrations/env.py",
            "ui/case_form.ui",
            "resources/fonts/DejaVuSans.ttf",
            "PySide6/Qt/plugins/platforms/libqxcb.so",
            "PySide6/Qt/plugins/platforms/libqoffscreen.so",
            "PySide6/Qt/plugins/imageformats/libqsvg.so",
            "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
            "pypdfium2_raw/libpdfium.so",
        ):
            if not (self.internal / rel).is_file():
                missing.append(rel)
        for ts in sorted((REPO / "resources/translations").glob("livcr_*.ts")):
            if not (self.internal / "resources/translations" / ts.with_suffix(".qm").name).is_file():
                missing.append(f"resources/translations/{ts.with_suffix('.qm').name}")
        versions = list((self.internal / "livcr_desktop/storage/migrations/versions").glob("0*.py"))
        if not versions:
            missing.append("migration scripts")
        if missing:
            raise CheckFailed("missing: " + ", ".join(missing))
        qms = len(list((self.internal / "resources/translations").glob("*.qm")))
        return (
            f"{len(modules)} modules; keyring backends, secretstorage, jeepney; {len(versions)} migrations, "
            f"{qms} translations"
        )

    def libraries(self) -> str:
        """ldd on every binary, with the search path the bootloader sets (``_internal`` first)."""
        env = dict(os.environ, LD_LIBRARY_PATH=str(self.internal))
        external: set[str] = set()
        problems: list[str] = []
        for path in sorted(self.dist.rglob("*")):
            if not path.is_file() or path.is_symlink() or not _is_elf(path):
                continue
            out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env, check=False).stdout
            for line in out.splitlines():
                m = re.match(r"\s*(\S+) => (.*?)(?: \(0x[0-9a-f]+\))?$", line)
                if not m:
                    continue
                soname, target = m.groups()
                base = soname.split(".so")[0]
                if target == "not found":
                    if not (SYSTEM_OK.match(base) or _desktop(soname)):
                        problems.append(f"{path.relative_to(self.dist)}: {soname} not found")
                    continue
                if Path(target).resolve().is_relative_to(self.dist.resolve()):
                    continue
                external.add(soname)
                if not (SYSTEM_OK.match(base) or _desktop(soname)):
                    problems.append(f"{path.relative_to(self.dist)}: {soname} taken from {target}")
        if problems:
            raise CheckFailed("\n  ".join(["binaries that would use the build machine's libraries:", *problems]))
        return "from the system: " + " ".join(sorted(external))

    def window(self, platform: str = "offscreen") -> str:
        """The window on the demo vault: the vault is opened, and the process is still alive 5 s later."""
        with _xvfb() if platform == "xcb" else _no_display() as display:
            if display is None and platform == "xcb":
                return "skipped (no Xvfb)"
            env = self.env(platform)
            plugin = f"libq{platform}.so"
            if display:
                env["DISPLAY"] = display
            log = self.tmp / f"window-{platform}.err"
            with open(log, "w", encoding="utf-8") as err:
                proc = subprocess.Popen(
                    [str(self.exe), "--demo", "--passphrase-stdin"],
                    stdin=subprocess.PIPE,
                    stdout=subprocess.DEVNULL,
                    stderr=err,
                    env=env,
                    text=True,
                )
                assert proc.stdin is not None
                proc.stdin.write(_demo_passphrase() + "\n")
                proc.stdin.close()
                try:
                    opened = _wait_for(lambda: _has_open(proc.pid, "demo.vault"), proc, timeout=90)
                    if not opened:
                        raise CheckFailed(f"the demo vault was not opened (exit {proc.poll()})")
                    time.sleep(5)
                    if proc.poll() is not None:
                        raise CheckFailed(f"exited with {proc.returncode} after opening the vault")
                    if plugin not in Path(f"/proc/{proc.pid}/maps").read_text(encoding="utf-8", errors="replace"):
                        raise CheckFailed(f"{plugin} is not loaded")
                finally:
                    if proc.poll() is None:
                        proc.send_signal(signal.SIGTERM)
                        try:
                            proc.wait(timeout=10)
                        except subprocess.TimeoutExpired:
                            proc.kill()
                            proc.wait()
            stderr = log.read_text(encoding="utf-8", errors="replace")
            if "Traceback" in stderr:
                raise CheckFailed(f"Python traceback:\n{stderr}")
            noise = [line for line in stderr.splitlines() if line.strip() and not QT_NOISE.search(line)]
            extra = f"; stderr: {' | '.join(noise[:5])}" if noise else ""
            return f"vault opened, {plugin} loaded, alive after 5 s{extra}"

    def size(self) -> str:
        files = [p for p in self.dist.rglob("*") if p.is_file() and not p.is_symlink()]
        links = [p for p in self.dist.rglob("*") if p.is_symlink()]
        apparent = sum(p.stat().st_size for p in files)
        du = subprocess.run(["du", "-sm", str(self.dist)], capture_output=True, text=True, check=False).stdout.split()
        return (
            f"{du[0] if du else '?'} MB on disk (du -sm), {apparent / 1_000_000:.1f} MB in files, "
            f"{len(files)} files and {len(links)} symlinks"
        )


def _is_elf(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(4) == b"\x7fELF"


def _desktop(soname: str) -> bool:
    return bundle_rules.desktop_library(soname)


def _demo_passphrase() -> str:
    tree = ast.parse((REPO / "livcr_desktop/services/demo/data.py").read_text(encoding="utf-8"))
    for node in tree.body:
        target = (
            node.target
            if isinstance(node, ast.AnnAssign)
            else (node.targets[0] if isinstance(node, ast.Assign) else None)
        )
        value = getattr(node, "value", None)
        if isinstance(target, ast.Name) and target.id == "DEMO_PASSPHRASE" and isinstance(value, ast.Constant):
            return str(value.value)
    raise CheckFailed("DEMO_PASSPHRASE not found in livcr_desktop/services/demo/data.py")


def _has_open(pid: int, name: str) -> bool:
    try:
        return any(os.readlink(fd).endswith(name) for fd in Path(f"/proc/{pid}/fd").iterdir())
    except OSError:
        return False


def _wait_for(condition: Callable[[], bool], proc: subprocess.Popen[str], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        if proc.poll() is not None:
            return False
        time.sleep(0.2)
    return False


@contextmanager
def _no_display() -> Iterator[str | None]:
    yield None


@contextmanager
def _xvfb() -> Iterator[str | None]:
    """A private Xvfb server (``-displayfd`` picks a free display number); None without Xvfb."""
    binary = shutil.which("Xvfb")
    if binary is None:
        yield None
        return
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        [binary, "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise CheckFailed("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def main(argv: list[str]) -> int:
    dist = Path(argv[1] if len(argv) > 1 else REPO / "dist" / APP).resolve()
    if not (dist / APP).is_file():
        print(f"smoke_test: no {APP} executable in {dist}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="livcr-smoke-") as tmp:
        smoke = Smoke(dist, Path(tmp))
        smoke.check("version", smoke.version)
        smoke.check("demo vault (SQLCipher, Alembic, Argon2)", smoke.demo_vault)
        smoke.check("vault check", smoke.vault_check)
        smoke.check("minutes PDF (reportlab, fonts)", smoke.minutes_pdf)
        smoke.check("verify (pyHanko)", smoke.verify_pdf)
        smoke.check("archive contents", smoke.archive)
        smoke.check("system libraries", smoke.libraries)
        smoke.check("window, offscreen", lambda: smoke.window("offscreen"))
        smoke.check("window, xcb under Xvfb", lambda: smoke.window("xcb"))
        smoke.check("size", smoke.size)
    failed = [name for name, ok, _ in smoke.results if not ok]
    print(f"smoke: {len(smoke.results) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
