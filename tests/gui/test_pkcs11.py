"""Signing minutes with a PKCS#11 token: a real token (SoftHSM2), no card, no mocks.

Tested with SoftHSM2 (tokens in a temp folder, see tests/helpers/softhsm.py), through the app's own
``signing.open_pkcs11`` / ``signing.open_beid`` and pyHanko's PKCS#11 signer:

* a token "LIVCR-TEST" with an RSA key and certificate labelled "Signature" (the label the app
  looks for by default, as on the eID card) signs the chair's field of finalised minutes; a token
  laid out like a Belgian eID card ("BELPIC": ECDSA P-384 "Signature" and "Authentication" pairs,
  "CA" and "Root" certificates) signs the secretary's field as a second incremental signature
  through the eID branch; ``verify_pdf`` finds both intact, trusted and unchanged, the eID one
  trusted from its root alone (so the "CA" certificate came from the token into the file);
* the eID branch is chosen by the library's file name: a copy of SoftHSM named
  ``libbeidpkcs11.so`` (loaded as a second, independent module) gets the "BELPIC" token and its
  chain without a token label; another label or another library gets the generic path. ECDSA keys
  on a token without hashing ECDSA mechanisms (SoftHSM, many cards) sign a hash made here;
* failures, each with its ``SigningError.code``: missing library or a file that is not a PKCS#11
  module (no_library, also for the eID middleware's name), unknown token label (no_token), two
  tokens with the same label, as two eID cards in two readers, or no label with several tokens
  (several_tokens), wrong or malformed PIN (wrong_pin), no key/certificate labelled "Signature"
  (no_key), no PIN on a token that hides its keys until login (pin_required), an expired or
  not-yet-valid certificate on the token (expired, not_yet_valid);
* nothing is written on failure: the caller gets an exception and no signer or PDF; the vault
  still holds the unsigned minutes with their hash; a failed attempt leaves no session logged in
  (the same call fails the same way again, and the right PIN works at once); a token that goes
  away between opening and signing (its session closed) makes ``sign_pdf`` fail with "failed".

NOT covered without a real card and reader:

* the eID middleware's own PIN dialog or a reader's PIN pad: with a card, ``open_beid`` (and
  ``open_pkcs11`` with ``pin=None``) does not log in and the middleware asks for the PIN when the
  card signs; SoftHSM has no such path, so the SoftHSM eID look-alike is opened with its PIN. The
  protected-authentication-path login (``pin=None`` on a generic token whose reader has a PIN pad,
  CKF_PROTECTED_AUTHENTICATION_PATH) is not exercised either;
* the BEID certificate chain from a real card (Belgium Root CA / Citizen CA, the real certificate
  profile and its revocation data): here a look-alike chain with the card's labels;
* the card's own mechanisms and timing (the middleware's ECDSA/RSA support, a PIN blocked after
  three tries: SoftHSM has no retry counter, so pin_locked is not reached), a card physically
  pulled out mid-signature (simulated by closing the session), a child's card without a
  "Signature" key (as the no_key token), and the middleware's file names on macOS and Windows
  (only the name matching is tested).
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import ec

from livcr_desktop.reports import signing
from livcr_desktop.services import attendance, meetings, minutes
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.minutes import MinutesDocumentInfo
from tests.helpers import softhsm
from tests.helpers.meeting_factory import make_cell, make_meeting
from tests.helpers.softhsm import USER_PIN, Credential, SoftHSM, make_credential

SOFTHSM_MISSING = softhsm.missing()
needs_softhsm = pytest.mark.skipif(SOFTHSM_MISSING is not None, reason=SOFTHSM_MISSING or "")

TOKEN = "LIVCR-TEST"


@dataclass(frozen=True)
class Tokens:
    library: Path
    eid_library: Path  # a copy of SoftHSM named as the eID middleware: open_pkcs11 takes the eID branch
    chair: Credential  # on LIVCR-TEST as "Signature"
    eid_root: Credential  # the BELPIC look-alike: "Root" -> "CA" -> "Signature" (and "Authentication")


@pytest.fixture(scope="module")
def tokens(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Tokens]:
    """Every token the tests use, made before SoftHSM is (re-)initialised (it scans its folder then)."""
    if SOFTHSM_MISSING:
        pytest.skip(SOFTHSM_MISSING)
    with pytest.MonkeyPatch.context() as patch:
        hsm = SoftHSM(tmp_path_factory.mktemp("softhsm"))
        patch.setenv("SOFTHSM2_CONF", str(hsm.conf))
        for label in (TOKEN, "LIVCR-OLD", "LIVCR-LATER", "LIVCR-NOKEY", "BELPIC", "TWIN", "TWIN"):
            hsm.init_token(label)
        lib = hsm.load()
        chair = make_credential("Voorzitter Token")
        hsm.put(lib, TOKEN, "Signature", chair)
        hsm.put(lib, "LIVCR-OLD", "Signature", make_credential("Verlopen", days_from=-400, days_to=-10))
        hsm.put(lib, "LIVCR-LATER", "Signature", make_credential("Nog niet", days_from=10, days_to=400))
        hsm.put(lib, "LIVCR-NOKEY", "Authentication", make_credential("Alleen authenticatie"))
        p384 = ec.SECP384R1()
        root = make_credential("Testland Root CA", curve=p384, ca=True, days_from=-30, days_to=3650)
        ca = make_credential("Testland Citizen CA", issuer=root, curve=p384, ca=True, days_from=-20, days_to=2000)
        hsm.put(
            lib,
            "BELPIC",
            "Authentication",
            make_credential("Secretaris eID (authenticatie)", issuer=ca, curve=p384),
            object_id=b"\x02",
        )
        hsm.put(
            lib,
            "BELPIC",
            "Signature",
            make_credential("Secretaris eID (handtekening)", issuer=ca, curve=p384),
            object_id=b"\x03",
        )
        hsm.put_certificate(lib, "BELPIC", "CA", ca.der, object_id=b"\x04")
        hsm.put_certificate(lib, "BELPIC", "Root", root.der, object_id=b"\x05")
        # Loaded as a second, independent module (another file), reading the same token folder.
        eid_library = hsm.directory / "libbeidpkcs11.so"
        shutil.copyfile(hsm.library, eid_library)
        yield Tokens(hsm.library, eid_library, chair, root)


@contextmanager
def opened(library: Path, **kwargs: Any) -> Iterator[Any]:
    """A signer from ``open_pkcs11``, its session closed afterwards (as the dialog must)."""
    signer = signing.open_pkcs11(library, **kwargs)
    try:
        yield signer
    finally:
        signing.close_signer(signer)


@contextmanager
def opened_beid(library: Path, pin: str | None) -> Iterator[Any]:
    signer = signing.open_beid(library, pin=pin)
    try:
        yield signer
    finally:
        signing.close_signer(signer)


@pytest.fixture
def finalised(ctx: ServiceContext) -> MinutesDocumentInfo:
    """Finalised minutes of a short meeting, ready for the chair's and the secretary's signatures."""
    cell = make_cell(ctx)
    mid = make_meeting(ctx, cell)
    meetings.start_meeting(ctx, mid)
    for key in ("chair", "secretary", "police"):
        attendance.acknowledge(ctx, mid, cell.members[key])
    meetings.close_meeting(ctx, mid, date(2026, 12, 16))
    return minutes.finalise(ctx, mid)


def test_eid_middleware_is_recognised_by_its_file_name() -> None:
    for name in (
        "/usr/lib/x86_64-linux-gnu/libbeidpkcs11.so.0",
        "/usr/lib/libbeidpkcs11.so",
        "/Library/Belgium Identity Card/Pkcs11/beid-pkcs11.bundle/Contents/MacOS/libbeidpkcs11.dylib",
        r"C:\Windows\System32\beidpkcs11.dll",
    ):
        assert signing.is_beid_library(Path(name.replace("\\", "/"))), name
    for name in (
        "/usr/lib/softhsm/libsofthsm2.so",
        "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so",
        "/usr/lib/libbeidpkcs11-helper.so",
    ):
        assert not signing.is_beid_library(Path(name)), name


def test_missing_or_unusable_library(tmp_path: Path) -> None:
    calls: list[Callable[[], Any]] = [
        lambda: signing.open_pkcs11(tmp_path / "no-such-library.so", token_label=TOKEN, pin=USER_PIN),
        lambda: signing.open_pkcs11(tmp_path / "libbeidpkcs11.so.0"),  # the eID branch
        lambda: signing.open_beid(tmp_path / "libbeidpkcs11.so"),
    ]
    for call in calls:
        with pytest.raises(signing.SigningError) as err:
            call()
        assert err.value.code == "no_library"
    pytest.importorskip("pkcs11", reason="python-pkcs11 is not installed")
    for name in ("not-pkcs11.so", "libbeidpkcs11.so"):
        (tmp_path / name).write_text("not a shared library\n")
        with pytest.raises(signing.SigningError) as err:
            signing.open_pkcs11(tmp_path / name)
        assert err.value.code == "no_library"
        assert name in str(err.value)


@needs_softhsm
def test_token_then_eid_shaped_token_sign_the_minutes(
    tokens: Tokens, ctx: ServiceContext, finalised: MinutesDocumentInfo
) -> None:
    pdf = minutes.document_pdf(ctx, finalised.id)
    boxes = {b.field_name: b for b in finalised.signature_boxes}
    with opened(tokens.library, token_label=TOKEN, pin=USER_PIN) as chair:
        once = signing.sign_pdf(pdf, chair, boxes["voorzitter"], "Voorzitter Token", location="Stadhuis")
    with opened_beid(tokens.library, pin=USER_PIN) as secretary:
        assert secretary.signing_cert.subject.native["common_name"] == "Secretaris eID (handtekening)"
        twice = signing.sign_pdf(once, secretary, boxes["secretaris"], "Secretaris eID")
    assert twice.startswith(once)  # the second signature is an incremental update
    reports = signing.verify_pdf(twice, [tokens.chair.der, tokens.eid_root.der])
    assert [r.field_name for r in reports] == ["voorzitter", "secretaris"]
    assert [r.signer for r in reports] == ["Voorzitter Token", "Secretaris eID (handtekening)"]
    assert all(r.bottom_line and r.unchanged_since_signing and r.intact and r.trusted for r in reports), [
        r.summary for r in reports
    ]
    # Only the chair's own certificate trusted: the eID signature is intact but not trusted.
    only_chair = signing.verify_pdf(twice, [tokens.chair.der])
    assert only_chair[0].bottom_line and not only_chair[1].trusted and only_chair[1].intact
    stored = minutes.store_signed(ctx, finalised.id, twice, "secretaris")
    assert minutes.find_by_hash(ctx, hashlib.sha256(twice).hexdigest()) == stored


@needs_softhsm
@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        pytest.param({"token_label": TOKEN, "pin": "000000"}, "wrong_pin", id="wrong-pin"),
        pytest.param({"token_label": TOKEN, "pin": "12"}, "wrong_pin", id="pin-too-short"),
        pytest.param({"token_label": "GEEN-KAART", "pin": USER_PIN}, "no_token", id="unknown-token"),
        pytest.param({"token_label": "TWIN", "pin": USER_PIN}, "several_tokens", id="two-tokens-same-label"),
        pytest.param({"pin": USER_PIN}, "several_tokens", id="no-label-several-tokens"),
        pytest.param({"token_label": "LIVCR-NOKEY", "pin": USER_PIN}, "no_key", id="no-signature-key"),
        pytest.param(
            {"token_label": TOKEN, "key_label": "Bestaat niet", "pin": USER_PIN}, "no_key", id="unknown-key-label"
        ),
        pytest.param({"token_label": TOKEN}, "pin_required", id="no-pin-keys-hidden"),
        pytest.param({"token_label": "LIVCR-OLD", "pin": USER_PIN}, "expired", id="expired"),
        pytest.param({"token_label": "LIVCR-LATER", "pin": USER_PIN}, "not_yet_valid", id="not-yet-valid"),
    ],
)
def test_opening_a_token_fails_with_a_clear_code(tokens: Tokens, kwargs: dict[str, Any], code: str) -> None:
    for _attempt in range(2):  # the same again: the failed attempt left no session logged in
        with pytest.raises(signing.SigningError) as err:
            signing.open_pkcs11(tokens.library, **kwargs)
        assert err.value.code == code, err.value
    with opened(tokens.library, token_label=TOKEN, pin=USER_PIN) as signer:  # the token works at once
        assert signer.signing_cert.subject.native["common_name"] == "Voorzitter Token"


@needs_softhsm
def test_eid_middleware_library_goes_through_the_eid_branch(tokens: Tokens) -> None:
    def chain(signer: Any) -> set[str]:
        return {c.subject.native["common_name"] for c in signer.cert_registry}

    eid_chain = {"Testland Root CA", "Testland Citizen CA"}
    with opened(tokens.eid_library, pin=USER_PIN) as signer:  # no token label: the eID's "BELPIC"
        assert signer.signing_cert.subject.native["common_name"] == "Secretaris eID (handtekening)"
        assert eid_chain <= chain(signer)  # the card's "Root" and "CA" come along
        assert signer.use_raw_mechanism  # SoftHSM signs ECDSA only on a hash made here
    with opened(tokens.library, token_label="BELPIC", pin=USER_PIN) as signer:  # another library: generic
        assert not eid_chain & chain(signer)
    with opened(tokens.eid_library, token_label=TOKEN, pin=USER_PIN) as signer:  # another token: generic
        assert signer.signing_cert.subject.native["common_name"] == "Voorzitter Token"
        assert not signer.use_raw_mechanism  # RSA: the token hashes and signs (CKM_SHA256_RSA_PKCS)
    with pytest.raises(signing.SigningError) as err:
        signing.open_pkcs11(tokens.eid_library, pin="000000")
    assert err.value.code == "wrong_pin"


@needs_softhsm
def test_failed_signing_writes_nothing(tokens: Tokens, ctx: ServiceContext, finalised: MinutesDocumentInfo) -> None:
    before = minutes.documents(ctx, finalised.meeting_id)
    pdf = minutes.document_pdf(ctx, finalised.id)
    box = finalised.signature_boxes[0]

    def sign_as_the_dialog_does(**kwargs: Any) -> None:
        """Open, sign, store; store only when signing worked (views/minutes_dialog.py)."""
        with opened(tokens.library, **kwargs) as signer:
            signed = signing.sign_pdf(pdf, signer, box, "Voorzitter Token")
        minutes.store_signed(ctx, finalised.id, signed, box.field_name)

    for kwargs, code in (
        ({"token_label": TOKEN, "pin": "000000"}, "wrong_pin"),
        ({"token_label": "GEEN-KAART", "pin": USER_PIN}, "no_token"),
        ({"token_label": "LIVCR-OLD", "pin": USER_PIN}, "expired"),
    ):
        with pytest.raises(signing.SigningError) as err:
            sign_as_the_dialog_does(**kwargs)
        assert err.value.code == code
    # The token goes away between opening and signing (its session closed): no signature, no output.
    with opened(tokens.library, token_label=TOKEN, pin=USER_PIN) as signer:
        signing.close_signer(signer)
        with pytest.raises(signing.SigningError) as err:
            signing.sign_pdf(pdf, signer, box, "Voorzitter Token")
        assert err.value.code == "failed"
    assert minutes.documents(ctx, finalised.meeting_id) == before
    assert hashlib.sha256(minutes.document_pdf(ctx, finalised.id)).hexdigest() == finalised.sha256
    assert not any(d.signed_by for d in before)
    sign_as_the_dialog_does(token_label=TOKEN, pin=USER_PIN)  # and after all that, signing works
    after = minutes.documents(ctx, finalised.meeting_id)
    assert len(after) == len(before) + 1 and after[-1].signed_by == "voorzitter"


def test_minutes_dialog_signs_with_a_token_then_an_eid(
    qtbot: Any, ctx: ServiceContext, tokens: Tokens, finalised: MinutesDocumentInfo
) -> None:
    """The chair signs with a token, the secretary with an eID card, through the minutes dialog."""
    from livcr_desktop.views.minutes.minutes_dialog import MinutesDialog

    dlg = MinutesDialog(ctx, finalised.meeting_id)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.token_button.isEnabled()
    from livcr_desktop.views import tasks

    def done(_task: object) -> bool:
        """Signing runs in the background: wait for it, then say whether it succeeded."""
        qtbot.waitUntil(lambda: tasks.running_tasks() == 0, timeout=30_000)
        return bool(dlg.outcome)

    assert not done(dlg.sign_with_token(tokens.library, pin="000000", token_label=TOKEN))
    assert "pincode klopt niet" in dlg.message.text()
    assert len(minutes.documents(ctx, finalised.meeting_id)) == 1  # nothing stored
    assert done(dlg.sign_with_token(tokens.library, pin=USER_PIN, token_label=TOKEN))
    assert done(dlg.sign_with_token(tokens.eid_library, pin=USER_PIN))  # the eID branch: "BELPIC", its chain
    latest = minutes.documents(ctx, finalised.meeting_id)[-1]
    assert latest.signed_by == "voorzitter,secretaris" and not dlg.token_button.isEnabled()
    reports = signing.verify_pdf(minutes.document_pdf(ctx, latest.id), [tokens.chair.der, tokens.eid_root.der])
    assert [r.field_name for r in reports] == ["voorzitter", "secretaris"]
    assert all(r.bottom_line and r.unchanged_since_signing for r in reports)
