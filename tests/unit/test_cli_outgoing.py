"""``feedback-form`` and ``letter`` on the command line: the same refusals as the services, one line
each, nothing written; a complete consent gives the PDF."""

from __future__ import annotations

import io
import json
import logging
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from livcr_desktop import cli, hygiene
from livcr_desktop.domain.roles import Role
from livcr_desktop.services import feedback_form as ff
from livcr_desktop.services import feedback_log, users
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import models
from livcr_desktop.storage.keyslots import TEST_KDF
from tests.conftest import PASSPHRASE
from tests.helpers.outgoing import SIGNAL_GIVER, Scene, make_scene, set_signal_giver
from tests.helpers.recorded_meeting import pages_text


def run(
    capsys: pytest.CaptureFixture[str], *argv: str | Path | int, passphrase: str = PASSPHRASE
) -> tuple[int, str, str]:
    hook, level = sys.excepthook, logging.getLogger().level
    capsys.readouterr()
    try:
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(hygiene, "harden_process", lambda: hygiene.HardeningReport(False, False))
            mp.setattr(sys, "stdin", io.StringIO(passphrase + "\n"))
            code = cli.main([str(a) for a in argv])
    finally:
        hygiene.remove_logging()
        logging.getLogger().setLevel(level)
        sys.excepthook = hook
    out, err = capsys.readouterr()
    return code, out, err


def refused(code: int, err: str, contains: str) -> None:
    assert code == 1, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("livcr-desktop: ") and contains in lines[0], err


@pytest.fixture
def scene(ctx: ServiceContext) -> Scene:
    return make_scene(ctx)


def refusals(ctx: ServiceContext, entity: str = "feedback_form") -> list[tuple[str, str]]:
    """(user, reason) of each audited refusal."""
    ae = models.AuditEvent
    with ctx.vault.session() as s:
        rows = s.scalars(select(ae).where(ae.entity == entity, ae.action == "refused").order_by(ae.id))
        return [(r.user, json.loads(r.detail)["reason"]) for r in rows]


def test_feedback_form_from_compose_to_produce(
    ctx: ServiceContext, scene: Scene, vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ("feedback-form", "--vault", vault_path, "--meeting", scene.meeting_id, "--case", scene.due)
    out = tmp_path / "fiche.pdf"
    code, text, _err = run(capsys, *base, "compose")
    assert code == 0 and "consent\tincomplete" in text
    code, _text, err = run(capsys, *base, "produce", "--out", out)
    refused(code, err, "needs the agreement of every member present for that case")
    assert not out.exists()
    code, _text, err = run(capsys, *base, "consent", "--member", scene.cell.members["jh"])
    refused(code, err, "not present for case LIVC-2026-001")
    for key in ("chair", "secretary", "police"):
        assert run(capsys, *base, "consent", "--member", scene.cell.members[key])[0] == 0
    code, text, err = run(capsys, *base, "edit", "--direction", "Begeleiding door de preventiedienst.")
    assert code == 0 and "every consent given to the old text is void" in err and "consent\tincomplete" in text
    code, _text, err = run(capsys, *base, "edit", "--direction", "   ")
    refused(code, err, "--direction (required)")
    for key in ("chair", "secretary", "police"):
        assert run(capsys, *base, "consent", "--member", scene.cell.members[key])[0] == 0
    code, _text, err = run(capsys, *base, "withdraw", "--member", scene.cell.members["police"])
    assert code == 0
    refused(*run(capsys, *base, "produce", "--out", out)[::2], "needs the agreement")
    assert run(capsys, *base, "consent", "--member", scene.cell.members["police"])[0] == 0
    code, text, _err = run(capsys, *base, "produce", "--out", out)
    assert code == 0, _err
    assert "Begeleiding door de preventiedienst." in " ".join(pages_text(out.read_bytes()))
    form = ff.get_form(ctx, scene.meeting_id, scene.due)
    assert form is not None and form.produced_at is not None


def test_feedback_form_refusals(
    scene: Scene, vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    later = scene.cell.cases["later"]
    base = ("feedback-form", "--vault", vault_path, "--meeting", scene.meeting_id)
    refused(*run(capsys, *base, "--case", later, "compose")[::2], "not on the agenda of that meeting")
    refused(*run(capsys, *base, "--case", scene.due, "show")[::2], "no feedback form")
    refused(*run(capsys, *base, "--case", scene.due, "consent")[::2], "consent needs --member")
    refused(*run(capsys, *base, "--case", scene.due, "produce")[::2], "produce needs --out")
    refused(*run(capsys, *base, "--case", scene.due, "show", "--direction", "x")[::2], "go with edit only")


def test_letter_refusals_and_the_letter(
    ctx: ServiceContext, scene: Scene, vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "brief.pdf"
    base = ("letter", "--vault", vault_path, "--meeting", scene.meeting_id, "--out", out)
    refused(*run(capsys, *base, "--case", scene.pseudo)[::2], "chose anonymity: no letter")
    refused(*run(capsys, *base, "--case", scene.cell.cases["later"])[::2], "not on the agenda")
    set_signal_giver(ctx, scene.due, SIGNAL_GIVER, "")
    refused(*run(capsys, *base, "--case", scene.due)[::2], "left no contact details")
    assert not out.exists() and feedback_log.list_feedback(ctx, scene.due) == []
    set_signal_giver(ctx, scene.due, SIGNAL_GIVER, "signaal@example.invalid")
    code, _text, err = run(capsys, *base, "--case", scene.due, "--statement", "referred")
    assert code == 0, err
    pdf_text = " ".join(pages_text(out.read_bytes()))
    assert SIGNAL_GIVER in pdf_text and "LIVC-2026-001" not in pdf_text
    assert len(feedback_log.list_feedback(ctx, scene.due)) == 1


MANAGER_PASSPHRASE = "wachtwoordzin van de casemanager"


def test_a_role_that_may_not_edit_the_form_is_told_so_and_audited(
    ctx: ServiceContext, scene: Scene, vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    users.context_for(ctx.vault)  # whoever created the vault becomes its chair
    users.add_user(ctx, "casemanager", "Casemanager", Role.CASE_MANAGER, MANAGER_PASSPHRASE, kdf=TEST_KDF)
    form = ff.compose_form(ctx, scene.meeting_id, scene.due)
    base = ("feedback-form", "--vault", vault_path, "--meeting", scene.meeting_id, "--case", scene.due)
    as_manager = {"passphrase": MANAGER_PASSPHRASE}
    refused(*run(capsys, *base, "edit", "--direction", "Anders.", **as_manager)[::2], "not allowed: role ")
    code, _text, err = run(capsys, *base, "consent", "--member", scene.cell.members["chair"], **as_manager)
    refused(code, err, "may not run_meeting")
    assert ff.get_form(ctx, scene.meeting_id, scene.due) == form  # unchanged
    assert refusals(ctx) == [("casemanager", "not_allowed")] * 2
    code, text, _err = run(capsys, *base, "show", **as_manager)  # reading it is allowed
    assert code == 0 and "consent\tincomplete" in text


def test_show_or_edit_for_a_case_of_another_meeting_is_refused_and_audited(
    ctx: ServiceContext, scene: Scene, vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ("feedback-form", "--vault", vault_path, "--meeting", scene.meeting_id, "--case", scene.cell.cases["later"])
    refused(*run(capsys, *base, "show")[::2], "case LIVC-2026-002 is not on the agenda of that meeting")
    refused(*run(capsys, *base, "edit", "--direction", "Anders.")[::2], "not on the agenda of that meeting")
    assert [reason for _user, reason in refusals(ctx)] == ["case_not_in_meeting"] * 2
    due = ("feedback-form", "--vault", vault_path, "--meeting", scene.meeting_id, "--case", scene.due)
    refused(*run(capsys, *due, "show")[::2], "no feedback form for case LIVC-2026-001")  # on the agenda, none yet


@pytest.mark.parametrize(
    ("command", "says"),
    [
        ("feedback-form", "Every member present for that case agrees to its exact text"),
        ("letter", "never escalation, police or justice steps"),
    ],
)
def test_the_subcommands_explain_themselves(command: str, says: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        cli.build_parser().parse_args([command, "--help"])
    assert done.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    assert says in text and "--vault VAULT the vault file" in text
