"""Make the documentation's screenshots of the real windows on a (virtual) X screen.

Run under Xvfb, for example:
    ../shared/tools/xshot -s 1920x1080 -w 25 -o /tmp/x.png -- .venv/bin/python docs/screenshots.py docs/img 1920x1080
It builds a fresh demo vault in a temp folder, drives the windows through their own methods and
saves a grab of the whole screen at each step. Not part of the application.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from livcr_desktop.services import demo, meetings, unlock
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage.keyslots import TEST_KDF
from livcr_desktop.views.app import install_language, make_application
from livcr_desktop.views.main_window import MainWindow


def settle(app: QApplication, ms: int = 400) -> None:
    loop_end = QTimer()
    loop_end.setSingleShot(True)
    loop_end.start(ms)
    while loop_end.isActive():
        app.processEvents()


def shoot(app: QApplication, out: Path) -> None:
    settle(app)
    screen = app.primaryScreen()
    screen.grabWindow(0).save(str(out))
    print(out)


def main() -> None:
    out_dir = Path(sys.argv[1])
    tag = sys.argv[2] if len(sys.argv) > 2 else "shot"
    lang = sys.argv[3] if len(sys.argv) > 3 else "nl"
    out_dir.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("LIVCR_DATA_DIR", tempfile.mkdtemp())
    app = make_application()
    install_language(app, lang)
    path = Path(os.environ["LIVCR_DATA_DIR"]) / "screens.vault"
    vault = unlock.create_vault(path, demo.DEMO_PASSPHRASE, kdf=TEST_KDF)
    ctx = demo.demo_context(vault)
    demo.populate(ctx)
    ctx = ServiceContext(vault, "demo-voorzitter", today=ctx.today, now=ctx.now)
    window = MainWindow(ctx)
    window.showMaximized()
    shoot(app, out_dir / f"main-{tag}.png")
    planned = next(m for m in meetings.list_meetings(ctx) if m.status.value == "planned")
    live = window.open_meeting(planned.id)
    live.showMaximized()
    live.attendance_page.acknowledge_all_present()
    shoot(app, out_dir / f"attendance-{tag}.png")
    live.next_item()
    shoot(app, out_dir / f"review-{tag}.png")
    live.next_item()
    page = live.case_page
    orgs = {o.short_name: o.id for o in page.organisations}
    for org, domain, text, secrecy, no_projection in (
        ("PZ", "online", "Deelt extreemrechtse memes in een besloten groep", False, True),
        ("OCMW", "finance_housing", "Huurachterstand, begeleiding loopt", True, False),
        ("CAW", "family", "Conflict met vader, moeder is bezorgd", False, False),
        ("PREV", "social_network", "Nieuwe vriendengroep rond sportclub", False, False),
        ("PZ", "intent_behaviour", "Geen signalen van geweld", False, False),
    ):
        page.contribution_form.organisation.setCurrentIndex(page.contribution_form.organisation.findData(orgs[org]))
        page.contribution_form.domain.setCurrentIndex(page.contribution_form.domain.findData(domain))
        page.contribution_form.secrecy.setChecked(secrecy)
        page.contribution_form.no_projection.setChecked(no_projection)
        page.contribution_form.text.setText(text)
        page.contribution_form.add()
    page.grid.setCurrentIndex(page.grid_model.index(5, 2))
    shoot(app, out_dir / f"assessment-{tag}.png")
    page.focus_new_decision()
    shoot(app, out_dir / f"decision-{tag}.png")
    page.focus_new_action()
    shoot(app, out_dir / f"actions-{tag}.png")
    live.close()
    window.close()
    app.quit()


if __name__ == "__main__":
    main()
