"""The application never opens a network connection.

Three checks: no module of the application imports a networking library; a whole session (command
line and window, signing and verifying a PDF) run under a Python audit hook attempts no network
socket, name lookup or URL; and the command line and the window give the same results inside a
network namespace with no network at all (``unshare -n``) as outside it.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import keyring.backend
import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
PACKAGE = REPO_ROOT / "livcr_desktop"
PASSPHRASE = "geen netwerk wachtwoordzin 2026"
NETWORK_MODULES = (
    "socket",
    "ssl",
    "http",
    "urllib.request",
    "urllib3",
    "requests",
    "httpx",
    "aiohttp",
    "ftplib",
    "smtplib",
    "poplib",
    "imaplib",
    "telnetlib",
    "xmlrpc",
    "websocket",
    "websockets",
    "asyncio",
    "socketserver",
    "PySide6.QtNetwork",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebSockets",
    "PySide6.QtHttpServer",
)


def _imports(tree: ast.AST) -> list[str]:
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names += [node.module] + [f"{node.module}.{a.name}" for a in node.names]
    return names


def test_no_module_imports_a_network_library() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for name in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            if any(name == m or name.startswith(m + ".") for m in NETWORK_MODULES):
                offenders.append(f"{path.relative_to(REPO_ROOT)}: {name}")
    assert offenders == []


def test_keyring_backends_are_local() -> None:
    """Every backend keyring may choose is an OS store on this machine (no keyrings.alt, no remote store)."""
    local = (
        "keyring.backends.SecretService",
        "keyring.backends.kwallet",
        "keyring.backends.macOS",
        "keyring.backends.Windows",
        "keyring.backends.libsecret",
        "keyring.backends.chainer",
        "keyring.backends.fail",
        "keyring.backends.null",
    )
    modules = {type(b).__module__ for b in keyring.backend.get_all_keyring()}
    assert all(m.startswith(local) or m.startswith("tests.") for m in modules), modules


# -- a whole session under an audit hook ---------------------------------------------------------

HOOKED_SESSION = r"""
import socket, sys
attempts = []

def hook(event, args):
    if event == "socket.connect":
        sock = args[0]
        if getattr(sock, "family", None) != socket.AF_UNIX:
            attempts.append((event, repr(args[1])))
    elif event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr", "socket.sendto",
                   "socket.sendmsg", "urllib.Request", "http.client.connect", "ftplib.connect", "smtplib.connect"):
        attempts.append((event, repr(args[:2])))

sys.addaudithook(hook)
import io, os, tempfile
from pathlib import Path
sys.stdin = io.StringIO((sys.argv[2] + "\n") * 20)
from livcr_desktop.cli import main

vault = Path(sys.argv[1]) / "net.vault"
for argv in (["demo", "--vault", str(vault)], ["check", "--vault", str(vault)],
             ["minutes", "--vault", str(vault), "--list"], ["backup", "--vault", str(vault)],
             ["audit", "verify", "--vault", str(vault)]):
    assert main(argv) == 0, argv

from livcr_desktop.reports import signing
from livcr_desktop.reports.model import Variant
from livcr_desktop.services import meetings, minutes, unlock, users
from livcr_desktop.views.admin import admin_menu
from livcr_desktop.views.app import make_application
from livcr_desktop.views.main_window import MainWindow
sys.path.insert(0, sys.argv[3])
from tests.helpers.certs import make_p12

app = make_application(["net"])
v = unlock.open_vault(vault, sys.argv[2])
ctx = users.context_for(v)
window = MainWindow(ctx)
window.show()
admin_menu.admin_actions(admin_menu.install_admin_menu(window, ctx)).open_audit()
app.processEvents()
closed = next(m for m in meetings.list_meetings(ctx) if m.status.value == "closed")
doc = minutes.finalise(ctx, closed.id)
pdf = minutes.document_pdf(ctx, doc.id)
cert = make_p12(Path(sys.argv[1]) / "t.p12", "Voorzitter Test", "p12-wachtwoord")
signed = signing.sign_pdf(pdf, signing.load_pkcs12(Path(sys.argv[1]) / "t.p12", "p12-wachtwoord"),
                          doc.signature_boxes[0], "Voorzitter Test")
reports = signing.verify_pdf(signed, [cert])
assert reports and reports[-1].intact
window.close()
print("ATTEMPTS", attempts)
"""


def test_a_session_attempts_no_network_connection(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "LIVCR_DATA_DIR": str(tmp_path),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(REPO_ROOT),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    env.pop("PYTHONWARNINGS", None)
    proc = subprocess.run(
        [sys.executable, "-c", HOOKED_SESSION, str(tmp_path), PASSPHRASE, str(REPO_ROOT)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-3000:]
    assert "ATTEMPTS []" in proc.stdout, proc.stdout[-2000:]


# -- the same results without any network --------------------------------------------------------


def _unshare_prefix() -> tuple[list[str] | None, str]:
    tool = shutil.which("unshare")
    if tool is None:
        return None, "unshare(1) is not installed"
    for prefix in ([tool, "-n"], [tool, "-rn"]):
        try:
            ok = subprocess.run([*prefix, "true"], capture_output=True, timeout=30, check=False).returncode == 0
        except OSError:
            ok = False
        if ok:
            return prefix, ""
    return None, "this machine does not allow a network namespace (unshare -n and unshare -rn both fail)"


UNSHARE, UNSHARE_REASON = _unshare_prefix()

WINDOW_SCRIPT = r"""
import sys
from pathlib import Path
from livcr_desktop.services import audit_log, unlock, users
from livcr_desktop.views.admin import admin_menu
from livcr_desktop.views.app import make_application
from livcr_desktop.views.main_window import MainWindow
app = make_application(["net"])
v = unlock.open_vault(Path(sys.argv[1]), sys.stdin.readline().rstrip("\n"))
ctx = users.context_for(v)
w = MainWindow(ctx)
w.show()
app.processEvents()
print("window:", w.windowTitle())
print("rows:", w.model.rowCount(), "of", w.model.total_count())
dialog = admin_menu.admin_actions(admin_menu.install_admin_menu(w, ctx)).open_backups()
app.processEvents()
print("backups listed:", dialog.model.rowCount())
check = audit_log.check_chain(ctx)
print("audit ok:", check.ok)
w.close()
"""


def _run_all(prefix: list[str], folder: Path) -> str:
    """Every command, then the window; their output with the folder and times made neutral."""
    env = {
        **os.environ,
        "LIVCR_DATA_DIR": str(folder),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(REPO_ROOT),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    env.pop("PYTHONWARNINGS", None)
    vault = folder / "net.vault"
    steps = [
        ["-m", "livcr_desktop", "demo", "--vault", str(vault)],
        ["-m", "livcr_desktop", "check", "--vault", str(vault)],
        ["-m", "livcr_desktop", "minutes", "--vault", str(vault), "--list"],
        ["-m", "livcr_desktop", "minutes", "--vault", str(vault), "--meeting", "1", "--out", str(folder / "m.pdf")],
        ["-m", "livcr_desktop", "backup", "--vault", str(vault)],
        ["-m", "livcr_desktop", "backups", "--vault", str(vault)],
        ["-m", "livcr_desktop", "audit", "verify", "--vault", str(vault)],
        ["-c", WINDOW_SCRIPT, str(vault)],
    ]
    out = []
    for step in steps:
        proc = subprocess.run(
            [*prefix, sys.executable, *step],
            input=PASSPHRASE + "\n",
            capture_output=True,
            text=True,
            env=env,
            cwd=REPO_ROOT,
            timeout=300,
            check=False,
        )
        out.append(f"$ {' '.join(step[:4])} -> {proc.returncode}\n{proc.stdout}{proc.stderr}")
    text = "\n".join(out).replace(str(folder), "<DIR>")
    text = re.sub(r"\d{8}T\d{6}Z(-\d+)?", "<STAMP>", text)
    text = re.sub(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00", "<TIME>", text)
    return re.sub(r"\t\d+\t", "\t<SIZE>\t", text)


@pytest.mark.slow
@pytest.mark.skipif(UNSHARE is None, reason=UNSHARE_REASON or "-")
def test_same_results_without_a_network(tmp_path: Path) -> None:
    assert UNSHARE is not None
    isolated = subprocess.run(
        [*UNSHARE, "cat", "/proc/net/dev"], capture_output=True, text=True, timeout=30, check=True
    ).stdout
    assert "eth" not in isolated and "wlan" not in isolated  # only a (down) loopback inside
    normal_dir, cut_dir = tmp_path / "a", tmp_path / "b"
    normal_dir.mkdir()
    cut_dir.mkdir()
    normal = _run_all([], normal_dir)
    cut_off = _run_all(UNSHARE, cut_dir)
    assert "-> 1" not in normal and "-> 2" not in normal, normal
    assert "demo vault written" in normal and "integrity_check: ok" in normal and "audit ok: True" in normal
    assert cut_off == normal
    assert (cut_dir / "m.pdf").read_bytes()[:5] == b"%PDF-"
