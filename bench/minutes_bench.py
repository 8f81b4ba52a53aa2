"""Item 5: minutes PDF and signing, where the app has them (``services.minutes``, ``reports.signing``).

The issue's meeting: 40 cases, 300 contributions and 200 actions (plus an assessment and a
decision per case), built deterministically through the app's own services on a copy of the demo
vault. Its full minutes are rendered with ``services.minutes.render_variant`` (data collection,
reportlab, audit event; target under 1 s), signed into the chair's box with
``reports.signing.sign_pdf`` (pyHanko, PAdES, visible field; target under 0.5 s) using a throw-away
self-signed certificate made here, and verified with ``reports.signing.verify_pdf``. The demo's
own last meeting is rendered too, for scale.
"""

from __future__ import annotations

import importlib.util
import time
import traceback
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bench import datagen
from bench.common import Config, fmt_s, median
from bench.report import Row, Status
from livcr_desktop.domain.enums import MeetingStatus
from livcr_desktop.services import unlock
from livcr_desktop.services.context import ServiceContext

P12_PASSWORD = "bench-only-p12"


def available() -> bool:
    return all(
        importlib.util.find_spec(m) is not None
        for m in ("livcr_desktop.services.minutes", "livcr_desktop.reports.signing")
    )


def make_p12(path: Path, name: str) -> bytes:
    """A throw-away self-signed signing certificate as PKCS#12 (benchmark scaffolding, not app logic)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    path.write_bytes(
        pkcs12.serialize_key_and_certificates(
            name.encode(), key, cert, None, serialization.BestAvailableEncryption(P12_PASSWORD.encode())
        )
    )
    return cert.public_bytes(serialization.Encoding.DER)


BIG_CASES, BIG_CONTRIBUTIONS, BIG_ACTIONS = 40, 300, 200


def build_big_meeting(ctx: ServiceContext) -> int:
    """The issue's meeting, through the services (deterministic: fixed texts, round-robin choices)."""
    from livcr_desktop.domain.entities import CaseDraft
    from livcr_desktop.domain.enums import DecisionType, Phenomenon, Qualification
    from livcr_desktop.domain.life_domains import DEFAULT_LIFE_DOMAINS
    from livcr_desktop.domain.meeting import ActionDraft, ContributionDraft, DecisionDraft, MeetingDraft
    from livcr_desktop.services import assessment, cases, decisions, meetings, reference

    orgs = [o.id for o in reference.list_organisations(ctx)]
    chair = reference.list_members(ctx)[0].id
    day = ctx.today() + timedelta(days=30)
    case_ids = [
        cases.create_case(
            ctx,
            CaseDraft(
                code=f"BENCH-{day.year}-{i + 1:03d}",
                pseudonym=f"Bench {i + 1}",
                phenomenon=Phenomenon.RADICALISM,
                registration_date=ctx.today() - timedelta(days=100 + i),
                next_review_date=day,
            ),
        )
        for i in range(BIG_CASES)
    ]
    mid = meetings.create_meeting(
        ctx, MeetingDraft(meeting_date=day, place="Stadhuis (benchmark)", chair_id=chair), propose=False
    )
    for cid in case_ids:
        meetings.add_agenda_item(ctx, mid, case_id=cid)
    for k in range(BIG_CONTRIBUTIONS):
        assessment.add_contribution(
            ctx,
            ContributionDraft(
                case_ids[k % BIG_CASES],
                mid,
                orgs[k % len(orgs)],
                DEFAULT_LIFE_DOMAINS[k % len(DEFAULT_LIFE_DOMAINS)],
                f"Bijdrage {k + 1}: wat deze organisatie weet over dit levensdomein, in twee of drie zinnen. "
                "Gesprekken met de betrokkene en het netwerk lopen; er zijn geen nieuwe signalen.",
                professional_secrecy=k % 7 == 0,
                confirmed=k % 3 == 0,
                in_minutes=k % 11 != 0,
            ),
        )
    for i, cid in enumerate(case_ids):
        assessment.set_assessment(
            ctx, cid, mid, summary=f"Samenvatting van de integrale inschatting {i + 1}.", qualification=Qualification.Q2
        )
        decisions.record_decision(
            ctx,
            DecisionDraft(
                cid,
                mid,
                DecisionType.CONTINUE_FOLLOW_UP,
                reasons="Het traject loopt; opvolging verderzetten.",
                expectations="Terugkoppeling over de acties.",
                next_review_date=day + timedelta(days=60),
            ),
        )
    for k in range(BIG_ACTIONS):
        decisions.add_action(
            ctx,
            ActionDraft(
                case_ids[k % BIG_CASES],
                mid,
                f"Actie {k + 1}: gesprek plannen en terugkoppelen aan de casemanager",
                orgs[k % len(orgs)],
                None,
                day + timedelta(days=14 + k % 30),
            ),
        )
    return mid


def _measure(cfg: Config) -> list[Row]:
    from livcr_desktop.reports import signing
    from livcr_desktop.reports.model import Variant
    from livcr_desktop.services import meetings, minutes

    runs = 1 if cfg.quick else max(3, cfg.runs)
    path = datagen.checkout(datagen.demo_vault_cheap(), cfg.work / "minutes")
    vault = unlock.open_vault(path, datagen.PASSPHRASE)
    ctx = ServiceContext(vault, vault.unlocked_by.user)
    try:
        held = [m for m in meetings.list_meetings(ctx) if m.status is not MeetingStatus.PLANNED]
        if not held:
            raise RuntimeError("the demo vault has no held meeting")
        demo_renders: list[float] = []
        for _ in range(runs):
            t0 = time.perf_counter()
            demo_pdf: Any = minutes.render_variant(ctx, held[0].id, Variant.FULL)
            demo_renders.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        meeting_id = build_big_meeting(ctx)
        build_time = time.perf_counter() - t0
        t0 = time.perf_counter()
        rendered: Any = minutes.render_variant(ctx, meeting_id, Variant.FULL)
        first_render = time.perf_counter() - t0
        renders: list[float] = []
        for _ in range(runs):
            t0 = time.perf_counter()
            rendered = minutes.render_variant(ctx, meeting_id, Variant.FULL)
            renders.append(time.perf_counter() - t0)
    finally:
        vault.close()

    p12 = cfg.work / "minutes" / "signer.p12"
    cert = make_p12(p12, "Voorzitter (benchmark)")
    box = rendered.signature_boxes[0]
    t0 = time.perf_counter()
    signer = signing.load_pkcs12(p12, P12_PASSWORD)
    signed = signing.sign_pdf(rendered.pdf, signer, box, "Voorzitter (benchmark)")
    first_sign = time.perf_counter() - t0  # includes importing pyHanko
    signs: list[float] = []
    verifies: list[float] = []
    for _ in range(runs):
        t0 = time.perf_counter()
        signed = signing.sign_pdf(rendered.pdf, signer, box, "Voorzitter (benchmark)")
        signs.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        reports = signing.verify_pdf(signed, [cert])
        verifies.append(time.perf_counter() - t0)
    ok = bool(reports) and all(r.intact and r.trusted for r in reports)
    render_s, sign_s = median(renders), median(signs)
    return [
        Row(
            "5",
            f"Minutes PDF: {BIG_CASES} cases, {BIG_CONTRIBUTIONS} contributions, {BIG_ACTIONS} actions "
            f"({rendered.pages} pages, `services.minutes.render_variant`)",
            fmt_s(render_s),
            "< 1 s",
            Status.MET if render_s < 1.0 else Status.MISSED,
            note=f"Built through the services in {fmt_s(build_time)} (not counted); includes collecting the data "
            f"and the audit event. The first render in the process took {fmt_s(first_render)} (fonts, "
            "reportlab's caches).",
        ),
        Row(
            "5b",
            "Minutes PDF: sign it (`reports.signing.sign_pdf`, pyHanko PAdES, visible field)",
            fmt_s(sign_s),
            "< 0.5 s",
            Status.MET if sign_s < 0.5 else Status.MISSED,
            note=f"The first signature in the process took {fmt_s(first_sign)}, including importing pyHanko and "
            "loading the PKCS#12 (the app imports pyHanko only when signing). Self-signed benchmark "
            "certificate.",
        ),
        Row(
            "5c",
            "Minutes PDF: verify the signature (`reports.signing.verify_pdf`)",
            fmt_s(median(verifies)),
            note=f"Verdict on the benchmark's file: {'intact and trusted' if ok else 'NOT intact/trusted'}.",
        ),
        Row(
            "5d",
            f"Minutes PDF: the demo's last held meeting ({demo_pdf.pages} pages)",
            fmt_s(median(demo_renders)),
            note="For scale: an ordinary meeting of the demo vault.",
        ),
    ]


def rows(cfg: Config) -> list[Row]:
    if not available():
        return [
            Row("5", "Minutes PDF: generate", "not yet measurable (not built)", "—", Status.NOT_YET),
            Row("5b", "Minutes PDF: sign", "not yet measurable (not built)", "—", Status.NOT_YET),
        ]
    try:
        return _measure(cfg)
    except Exception as exc:  # new code, still changing: report, do not lose the other items
        traceback.print_exc()
        why = f"the benchmark of the minutes failed: {type(exc).__name__}: {exc}"
        return [
            Row("5", "Minutes PDF: generate", "not measured", "—", Status.NOT_YET, why),
            Row("5b", "Minutes PDF: sign", "not measured", "—", Status.NOT_YET, why),
        ]
