"""Leak test: a whole scripted session leaves the canary nowhere in plain text, UTF-16 or base64.

The session runs in a child process (``python -m tests.unit.test_leaks SESSION``) whose every writable
place is inside the test's folder: ``HOME``, ``XDG_*`` (Qt's settings and caches), ``TMPDIR`` and
the data folder (vault, backups, logs). It creates a vault, fills it with the demo data, adds a
case whose identity holds the canary, holds a meeting with a restricted contribution holding a
second canary, renders and finalises the minutes (with the identity), makes backups, shows the
main window, the case form with the identity revealed and the admin screens, copies the identity
to the clipboard, logs it (as the app would, through the redacting log) and locks.

The test then searches every file below its folder (the data folder, the temp folder, the logs,
Qt's settings) and the child's output for each canary and the passphrase: zero hits.
"""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from datetime import date, time, timedelta
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
CANARY_IDENTITY = "Xylofoonkanarie-3f9d"
CANARY_CONTRIBUTION = "Beroepsgeheimkanarie-81ac"
SESSION_PASSPHRASE = "lekkage-test wachtwoordzin 2026"


def forms(secret: str) -> list[bytes]:
    """Plain UTF-8, UTF-16 (LE and BE) and base64 at the three alignments, whole groups only."""
    raw = secret.encode("utf-8")
    found = [raw, secret.encode("utf-16-le"), secret.encode("utf-16-be")]
    for shift in range(3):
        tail = raw[shift:]
        found.append(base64.b64encode(tail)[: (len(tail) // 3) * 4])
    return found


def search(folder: Path, secrets: list[str]) -> list[str]:
    hits = []
    for p in sorted(folder.rglob("*")):
        if not p.is_file() or p.is_symlink():
            continue
        content = p.read_bytes()
        for secret in secrets:
            for form in forms(secret):
                if form in content:
                    hits.append(f"{p.relative_to(folder)}: {form[:32]!r}")
    return hits


# -- the child: one scripted session -------------------------------------------------------------


def session(data_dir: Path) -> None:  # pragma: no cover - runs in the child process
    os.umask(0o077)
    from livcr_desktop import hygiene

    report = hygiene.harden_process()
    assert report.core_limit_zero
    log_path = hygiene.install_logging()
    import logging

    from PySide6.QtCore import QSettings

    from livcr_desktop.domain.entities import CaseDraft
    from livcr_desktop.domain.enums import DecisionType, Phenomenon
    from livcr_desktop.domain.meeting import ContributionDraft, DecisionDraft, MeetingDraft
    from livcr_desktop.reports.model import Variant
    from livcr_desktop.services import (
        assessment,
        audit_log,
        backup,
        cases,
        decisions,
        demo,
        meetings,
        minutes,
        reference,
        unlock,
        users,
    )
    from livcr_desktop.storage.keyslots import TEST_KDF
    from livcr_desktop.views.admin import admin_menu
    from livcr_desktop.views.app import make_application
    from livcr_desktop.views.cases.case_form import CaseFormDialog
    from livcr_desktop.views.main_window import MainWindow
    from livcr_desktop.views.widgets import clipboard

    app = make_application(["leak-session"])
    log = logging.getLogger("livcr_desktop.session")
    path = data_dir / "leak.vault"
    vault = unlock.create_vault(path, SESSION_PASSPHRASE, kdf=TEST_KDF)
    demo.populate(demo.demo_context(vault))
    ctx = users.context_for(vault)
    today = ctx.today()
    case_id = cases.create_case(
        ctx,
        CaseDraft(
            code=f"LIVC-{today.year}-901",
            pseudonym="Lekvogel",
            first_name=CANARY_IDENTITY,
            last_name="Testpersoon",
            birth_date=date(2005, 5, 5),
            phenomenon=Phenomenon.RADICALISM,
            registration_date=today,
        ),
    )
    members = reference.list_members(ctx)
    orgs = reference.list_organisations(ctx)
    mid = meetings.create_meeting(
        ctx,
        MeetingDraft(
            meeting_date=today + timedelta(days=2),
            start_time=time(9, 0),
            place="Zaal 1",
            chair_id=members[0].id,
            secretary_id=members[1].id,
        ),
        propose=False,
    )
    meetings.add_agenda_item(ctx, mid, case_id=case_id)
    meetings.start_meeting(ctx, mid)
    restricted = f"Vertrouwelijk: {CANARY_CONTRIBUTION}"
    assessment.add_contribution(
        ctx,
        ContributionDraft(
            case_id,
            mid,
            orgs[0].id,
            "family",
            restricted,
            professional_secrecy=True,
            no_projection=True,
            in_minutes=False,
        ),
    )
    hygiene.register_sensitive(restricted)  # what the app does with a restricted text it shows
    decisions.record_decision(
        ctx,
        DecisionDraft(
            case_id, mid, DecisionType.START_FOLLOW_UP, reasons="Traject", next_review_date=today + timedelta(days=60)
        ),
    )
    meetings.close_meeting(ctx, mid, today + timedelta(days=30))
    pdf = minutes.render_variant(ctx, mid, Variant.FULL, include_identity=True).pdf
    assert CANARY_IDENTITY.encode() in pdf or len(pdf) > 1000  # in memory only
    minutes.finalise(ctx, mid, include_identity=True)
    assert backup.backup_after_finalise(ctx, mid) is not None
    backup.create_backup(ctx)
    # The windows, as a chair would open them.
    window = MainWindow(ctx)
    window.show()
    admin = admin_menu.admin_actions(admin_menu.install_admin_menu(window, ctx))
    form = CaseFormDialog(ctx, case_id, window)
    form.show()
    form.reveal_identity()
    assert form.first_name.text() == CANARY_IDENTITY
    hygiene.register_sensitive(form.first_name.text())  # what the app does with a revealed identity
    log.info("identity of case %s shown: %s", case_id, form.first_name.text())
    log.warning(f"oops, formatted into the message: {CANARY_IDENTITY} / {CANARY_CONTRIBUTION}")
    clipboard.copy_sensitive(form.first_name.text(), seconds=30)
    for opener in (admin.open_audit, admin.open_backups, admin.open_retention):
        dialog = opener()
        app.processEvents()
        dialog.close()
    form.close()
    settings = QSettings()
    settings.setValue("mainWindow/geometry", window.saveGeometry())
    settings.sync()
    # Lock: record it, clear the clipboard, close the vault.
    audit_log.record_lock(ctx)
    clipboard.clear_now()
    window.close()  # the main window closes the vault
    app.processEvents()
    hygiene.remove_logging()
    print(f"SESSION DONE log={log_path} settings={settings.fileName()}")


if __name__ == "__main__":  # pragma: no cover
    session(Path(os.environ["LIVCR_DATA_DIR"]))


# -- the test ------------------------------------------------------------------------------------


def test_scripted_session_leaks_nothing(tmp_path: Path) -> None:
    root = tmp_path / "session"
    dirs = {name: root / name for name in ("home", "config", "cache", "share", "runtime", "tmp", "data")}
    for d in dirs.values():
        d.mkdir(parents=True, mode=0o700)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "LIVCR_", "PYTHONWARNINGS"))}
    env.update(
        {
            "HOME": str(dirs["home"]),
            "XDG_CONFIG_HOME": str(dirs["config"]),
            "XDG_CACHE_HOME": str(dirs["cache"]),
            "XDG_DATA_HOME": str(dirs["share"]),
            "XDG_RUNTIME_DIR": str(dirs["runtime"]),
            "TMPDIR": str(dirs["tmp"]),
            "LIVCR_DATA_DIR": str(dirs["data"]),
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": str(REPO_ROOT),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        }
    )
    proc = subprocess.run(
        [sys.executable, "-m", "tests.unit.test_leaks"],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        timeout=300,
        check=False,
    )
    out, err = proc.stdout.decode(errors="replace"), proc.stderr.decode(errors="replace")
    assert proc.returncode == 0, f"{out}\n{err}"
    assert "SESSION DONE" in out
    # What the session left is where the test looks (positive controls of the search's scope).
    data = dirs["data"]
    log_file = data / "logs" / "livcr-desktop.log"
    assert (data / "leak.vault").exists() and (data / "leak.vault.keys").exists()
    # two made on demand, one made by finalising the minutes
    assert len(list((data / "backups" / "leak").glob("*.vault"))) == 3
    assert "[verborgen]" in log_file.read_text(encoding="utf-8")  # the canary was logged, and redacted
    settings_file = Path(out.split("settings=")[1].strip())
    assert settings_file.exists() and root in settings_file.parents  # Qt's settings were isolated here
    secrets = [CANARY_IDENTITY, CANARY_CONTRIBUTION, SESSION_PASSPHRASE]
    # The search itself finds a planted canary in each form.
    probe = dirs["tmp"] / "probe"
    for form in forms(CANARY_IDENTITY):
        probe.write_bytes(b"\x00" + form + b"\x00")
        assert search(dirs["tmp"], [CANARY_IDENTITY]), form
    probe.unlink()
    assert search(root, secrets) == []
    for stream in (proc.stdout, proc.stderr):
        assert [f for s in secrets for f in forms(s) if f in stream] == []
