"""``init``, ``org`` and ``member`` on the command line (issue 16, point 1): a cell set up by a script.

The CLI runs in this process (``cli.main``, stdin replaced); ``init`` makes its slot with the app's
default key derivation, as ``demo`` does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from livcr_desktop.domain.enums import OrganisationSector
from livcr_desktop.services import reference, unlock, users
from livcr_desktop.services.context import ServiceContext
from tests.conftest import PASSPHRASE
from tests.unit.test_cli_minutes import one_line_error, run

NEW = "een lange nieuwe wachtwoordzin"


def test_init_then_organisations_and_members(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cel.vault"
    code, out, err = run(
        capsys, "init", "--vault", path, "--municipality", "Fictiefdonk", "--cell", "LIVC-R F", stdin=(NEW,)
    )
    assert code == 0, err
    assert "LIVC-R F" in out

    def cli(*argv: str) -> tuple[int, str, str]:
        return run(capsys, argv[0], "--vault", path, *argv[1:], stdin=(NEW,))

    code, out, err = cli("org", "add", "--name", "Politiezone Fictiefdonk", "--short", "PZ", "--sector", "police")
    assert code == 0, err
    pz = out.split("\t")[0]
    code, out, err = cli(
        "org", "add", "--name", "CAW Fictiefdonk", "--short", "CAW", "--sector", "welfare", "--secrecy"
    )
    caw = out.split("\t")[0]
    code, out, err = cli(
        "member", "add", "--name", "An Peeters", "--org", pz, "--kind", "core", "--function", "inspecteur"
    )
    assert code == 0, err
    an = out.split("\t")[0]
    code, out, _ = cli("org", "list")
    assert out.splitlines() == [
        f"{caw}\tCAW\tCAW Fictiefdonk\twelfare\tprofessional secrecy",
        f"{pz}\tPZ\tPolitiezone Fictiefdonk\tpolice",
    ]
    code, out, _ = cli("member", "list")
    assert out.splitlines()[0].startswith(f"{an}\tAn Peeters\tPZ\tcore\tinspecteur")
    assert cli("member", "retire", an)[0] == 0
    assert cli("member", "list")[1] == ""
    assert "retired" in cli("member", "list", "--all")[1]
    assert cli("org", "retire", caw)[0] == 0
    assert [line.split("\t")[0] for line in cli("org", "list")[1].splitlines()] == [pz]

    vault = unlock.open_vault(path, NEW)
    try:
        ctx = users.context_for(vault)
        assert reference.cell_identity(ctx) == reference.CellIdentity("Fictiefdonk", "LIVC-R F")
        assert [m.name for m in reference.member_records(ctx, include_retired=True)] == ["An Peeters"]
    finally:
        vault.close()


def test_refusals_are_one_english_line(
    ctx: ServiceContext, vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pz = reference.add_organisation(ctx, "Politiezone", "PZ", OrganisationSector.POLICE)
    base = ("--vault", vault_path)
    code, _, err = run(capsys, "org", *base, "add", "--name", "Andere", "--short", "PZ", "--sector", "police")
    one_line_error(code, err, "an organisation with that short name already exists")
    code, _, err = run(
        capsys, "member", *base, "add", "--name", "X", "--org", "99", "--kind", "core", "--function", "f"
    )
    one_line_error(code, err, "no such organisation")
    code, _, err = run(
        capsys, "member", *base, "add", "--name", " ", "--org", str(pz), "--kind", "core", "--function", "f"
    )
    one_line_error(code, err, "the name is empty")
    code, _, err = run(capsys, "org", *base, "retire", "99")
    one_line_error(code, err, "no organisation with ID 99")
    code, _, err = run(capsys, "init", *base, "--municipality", "X", "--cell", "Y", stdin=(PASSPHRASE,))
    one_line_error(code, err, "a vault already exists")
    code, _, err = run(
        capsys, "init", "--vault", vault_path.with_name("n.vault"), "--municipality", "X", "--cell", " ", stdin=(NEW,)
    )
    one_line_error(code, err, "the cell name is empty")
    assert not vault_path.with_name("n.vault").exists()


def test_member_add_kernteam_and_list(
    ctx: ServiceContext, vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 16 point 3: ``member add --kernteam`` puts the member in the kernteam; ``member list`` says so."""
    pz = str(reference.add_organisation(ctx, "Politiezone", "PZ", OrganisationSector.POLICE))
    base = ("--vault", vault_path)
    add = ("add", "--org", pz, "--kind", "invited", "--function", "inspecteur")
    code, out, err = run(capsys, "member", *base, *add, "--name", "Kim Kern", "--kernteam")
    assert code == 0, err
    kim = int(out.split("\t")[0])
    code, out, err = run(capsys, "member", *base, *add, "--name", "Lou Los")
    assert code == 0, err
    lou = int(out.split("\t")[0])
    code, out, _ = run(capsys, "member", *base, "list")
    assert out.splitlines() == [
        f"{kim}\tKim Kern\tPZ\tinvited\tinspecteur\t\tkernteam",
        f"{lou}\tLou Los\tPZ\tinvited\tinspecteur\t",
    ]
    assert {m.id: m.kernteam for m in reference.member_records(ctx)} == {kim: True, lou: False}
