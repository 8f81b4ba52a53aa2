"""The projector on a demo meeting, in a process of its own (two screens need their own QApplication).

    python tests/helpers/projector_demo.py check            # prints JSON about where the audience window is
    python tests/helpers/projector_demo.py grab OUT_DIR     # saves the audience window at 1024×768 and 1920×1080
    python tests/helpers/projector_demo.py show SECONDS     # chair window + projector, for ../shared/tools/xshot -2

``check`` is run by tests/gui/test_projector_gui.py under
``QT_QPA_PLATFORM=offscreen:configfile=tests/helpers/screens.json`` (screens "main" and "projector").
Screenshots for docs/img:
    ../shared/tools/xshot -s 1280x800 -2 1920x1080 -w 25 -o /tmp/p.png -- \
        /tmp/venv/bin/python tests/helpers/projector_demo.py show 40
Builds a fresh demo vault (fictional data) in a temp folder. Not part of the application.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QElapsedTimer, QSize, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from livcr_desktop.domain.enums import DecisionType, Qualification
from livcr_desktop.domain.meeting import ActionDraft, DecisionDraft
from livcr_desktop.services import assessment, decisions, demo, meetings, unlock
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage.keyslots import TEST_KDF
from livcr_desktop.views.app import install_language
from livcr_desktop.views.meeting.live_meeting import LiveMeetingWindow
from livcr_desktop.views.projector.screens import screen_key


def settle(app: QApplication, ms: int = 300) -> None:
    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < ms:
        app.processEvents()


def open_demo_meeting(app: QApplication) -> LiveMeetingWindow:
    """A demo meeting on its first case, with a few contributions (three restricted: the OCMW and the CAW are
    bound by professional secrecy), a decision and an action."""
    os.environ.setdefault("LIVCR_DATA_DIR", tempfile.mkdtemp())
    path = Path(os.environ["LIVCR_DATA_DIR"]) / "projector.vault"
    vault = unlock.create_vault(path, demo.DEMO_PASSPHRASE, kdf=TEST_KDF)
    ctx = demo.demo_context(vault)
    demo.populate(ctx)
    ctx = ServiceContext(vault, "demo-voorzitter", today=ctx.today, now=ctx.now)
    planned = next(m for m in meetings.list_meetings(ctx) if m.status.value == "planned")
    live = LiveMeetingWindow(ctx, planned.id)
    live.showMaximized()
    live.attendance_page.acknowledge_all_present()
    live.next_item()
    live.next_item()
    page = live.case_page
    assert page.case_id is not None
    orgs = {o.short_name: o.id for o in page.organisations}
    for org, domain, text, secrecy, no_projection in (
        ("PZ", "online", "Deelt extreemrechtse memes in een besloten groep", False, True),
        ("OCMW", "finance_housing", "Huurachterstand, begeleiding loopt", True, False),
        ("CAW", "family", "Conflict met vader, moeder is bezorgd", True, False),
        ("PREV", "social_network", "Nieuwe vriendengroep rond sportclub", False, False),
        ("PZ", "intent_behaviour", "Geen signalen van geweld", False, False),
    ):
        page.contribution_form.organisation.setCurrentIndex(page.contribution_form.organisation.findData(orgs[org]))
        page.contribution_form.domain.setCurrentIndex(page.contribution_form.domain.findData(domain))
        page.contribution_form.secrecy.setChecked(secrecy)
        page.contribution_form.no_projection.setChecked(no_projection)
        page.contribution_form.text.setText(text)
        page.contribution_form.add()
    mid, cid = live.meeting_id, page.case_id
    assessment.set_domain_assessment(ctx, cid, mid, "online", concern_level=2)
    assessment.set_domain_assessment(ctx, cid, mid, "family", concern_level=1)
    assessment.set_assessment(ctx, cid, mid, qualification=Qualification.Q2)
    meeting_day = live.meeting.meeting_date
    decisions.record_decision(
        ctx,
        DecisionDraft(
            cid,
            mid,
            DecisionType.CONTINUE_FOLLOW_UP,
            "Traject loopt, nieuwe vriendengroep is een kans",
            "Contact met de sportclub gelegd",
            next_review_date=meeting_day.replace(day=1).replace(
                month=meeting_day.month % 12 + 1, year=meeting_day.year + (meeting_day.month == 12)
            ),
        ),
    )
    decisions.add_action(
        ctx,
        ActionDraft(
            cid,
            mid,
            "Gesprek met de trainer van de sportclub",
            orgs["PREV"],
            None,
            ctx.today()
            .replace(day=1)
            .replace(month=ctx.today().month % 12 + 1, year=ctx.today().year + (ctx.today().month == 12)),
        ),
    )
    page.reload()
    live.changed.emit()
    return live


def check(app: QApplication) -> None:
    live = open_demo_meeting(app)
    live.projector.set_enabled(True)
    settle(app)
    a = live.projector.audience
    out: dict[str, object] = {
        "screens": [s.name() for s in QGuiApplication.screens()],
        "chair_screen": live.screen().name(),
        "audience_screen": a.screen().name(),
        "full_screen": bool(a.isFullScreen()),
        "audience_geometry": [a.geometry().x(), a.geometry().y(), a.width(), a.height()],
        "body_px": a.body_px(),
        "preview_null": live.projector.preview.pixmap().isNull(),
    }
    projector_screen = a.screen()
    live.projector._screen_removed(projector_screen)  # as if the cable were pulled
    settle(app, 100)
    out["after_removal_screen"] = a.screen().name()
    out["after_removal_full_screen"] = bool(a.isFullScreen())
    out["after_removal_visible"] = a.isVisible()
    live.projector._screen_added(projector_screen)  # and plugged back in
    settle(app, 100)
    out["after_return_screen"] = a.screen().name()
    out["after_return_full_screen"] = bool(a.isFullScreen())
    combo = live.projector.panel.screens
    combo.setCurrentIndex(combo.findData(screen_key(live.screen())))  # the chair picks their own screen
    combo.activated.emit(combo.currentIndex())
    settle(app, 100)
    out["chosen_main_screen"] = a.screen().name()
    out["chosen_main_full_screen"] = bool(a.isFullScreen())
    out["combo"] = [combo.itemText(i) for i in range(combo.count())]
    out["status"] = live.projector.panel.status.text()
    print(json.dumps(out))
    live.close()


def grab(app: QApplication, out_dir: Path) -> None:
    live = open_demo_meeting(app)
    a = live.projector.audience
    out_dir.mkdir(parents=True, exist_ok=True)
    for w, h in ((1024, 768), (1920, 1080)):
        a.resize(QSize(w, h))
        live.projector.refresh()
        settle(app, 200)
        name = out_dir / f"projector-wall-{w}x{h}.png"
        a.grab().save(str(name))
        print(name, a.body_px())
    live.close()


def show(app: QApplication, seconds: float) -> None:
    live = open_demo_meeting(app)
    live.setGeometry(live.screen().availableGeometry())  # no window manager under Xvfb to maximise it
    live.projector.set_enabled(True)
    QTimer.singleShot(int(seconds * 1000), app.quit)
    print(
        "screens:",
        [(s.name(), s.geometry().getRect()) for s in QGuiApplication.screens()],
        "audience on",
        live.projector.audience.screen().name(),
        flush=True,
    )
    app.exec()
    live.close()


def main() -> None:
    app = QApplication(sys.argv[:1])
    install_language(app, "nl")
    mode = sys.argv[1] if len(sys.argv) > 1 else "check"
    if mode == "check":
        check(app)
    elif mode == "grab":
        grab(app, Path(sys.argv[2]))
    elif mode == "show":
        show(app, float(sys.argv[2]) if len(sys.argv) > 2 else 30)
    else:
        raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    main()
