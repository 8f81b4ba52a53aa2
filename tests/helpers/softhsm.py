"""A real PKCS#11 token for tests: SoftHSM2 with its token store in a temp folder.

SoftHSM2 reads ``SOFTHSM2_CONF`` and scans its token folder when the library is initialised
(C_Initialize), and python-pkcs11 keeps one loaded library per path for the whole process. So:
write the configuration, set ``SOFTHSM2_CONF``, create every token with ``softhsm2-util`` (there is
no C_InitToken in python-pkcs11), and only then :meth:`SoftHSM.load` the library, which
re-initialises it if it was loaded already. Keys and certificates are put on the tokens through
python-pkcs11 (C_CreateObject), as a card personalisation would.

Debian 12 packages: ``softhsm2`` (softhsm2-util; pulls ``libsofthsm2`` with
/usr/lib/softhsm/libsofthsm2.so). ``opensc`` (pkcs11-tool) is handy to look at a token by hand but
not needed here.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

SOFTHSM_LIBRARY = Path("/usr/lib/softhsm/libsofthsm2.so")
SO_PIN = "87654321"
USER_PIN = "123456"

SigningKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey


def missing() -> str | None:
    """Why the SoftHSM tests cannot run on this machine, or None if they can."""
    if not SOFTHSM_LIBRARY.exists():
        return f"{SOFTHSM_LIBRARY} is absent: install the Debian package softhsm2 (it pulls libsofthsm2)"
    if shutil.which("softhsm2-util") is None:
        return "softhsm2-util is absent: install the Debian package softhsm2"
    try:
        import pkcs11  # noqa: F401
    except ImportError:
        return "python-pkcs11 is not installed (the 'eid'/'test' extra)"
    return None


@dataclass(frozen=True)
class Credential:
    """A private key and its certificate (made with ``cryptography``, like tests/helpers/certs.py)."""

    key: SigningKey
    cert: x509.Certificate

    @property
    def der(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.DER)


def make_credential(
    name: str,
    *,
    issuer: Credential | None = None,
    curve: ec.EllipticCurve | None = None,
    days_from: int = -1,
    days_to: int = 365,
    ca: bool = False,
) -> Credential:
    """A fresh key (RSA 2048, or EC on ``curve``) and a certificate, self-signed or by ``issuer``.

    A signing (end-entity) certificate has the key usage of the eID's "Signature" certificate:
    non-repudiation only.
    """
    key: SigningKey = (
        ec.generate_private_key(curve)
        if curve is not None
        else rsa.generate_private_key(public_exponent=65537, key_size=2048)
    )
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, name),
            x509.NameAttribute(NameOID.COUNTRY_NAME, "BE"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Testgemeente (fictief)"),
        ]
    )
    now = datetime.now(UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer.cert.subject if issuer else subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now + timedelta(days=days_from))
        .not_valid_after(now + timedelta(days=days_to))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=not ca,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=ca,
                crl_sign=ca,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
    )
    cert = builder.sign(issuer.key if issuer else key, hashes.SHA256())
    return Credential(key, cert)


class SoftHSM:
    """A SoftHSM2 configuration and token folder under ``directory``."""

    library = SOFTHSM_LIBRARY

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.tokens = directory / "tokens"
        self.tokens.mkdir(parents=True, exist_ok=True)
        self.conf = directory / "softhsm2.conf"
        self.conf.write_text(
            f"directories.tokendir = {self.tokens}\n"
            "objectstore.backend = file\n"
            "log.level = ERROR\n"
            "slots.removable = false\n",
            encoding="utf-8",
        )

    def init_token(self, label: str, user_pin: str = USER_PIN, so_pin: str = SO_PIN) -> None:
        """A new, empty token in the next free slot (before :meth:`load`: SoftHSM scans only then)."""
        subprocess.run(
            ["softhsm2-util", "--init-token", "--free", "--label", label, "--so-pin", so_pin, "--pin", user_pin],
            env={"SOFTHSM2_CONF": str(self.conf), "PATH": "/usr/bin:/bin"},
            check=True,
            capture_output=True,
            timeout=30,
        )

    def load(self) -> Any:
        """The library, (re-)initialised so that it reads this configuration and sees every token.

        ``SOFTHSM2_CONF`` must point at :attr:`conf` in this process's environment.
        """
        import pkcs11

        lib = pkcs11.lib(str(self.library))
        lib.reinitialize()  # a no-op in effect on first load; otherwise re-reads the conf and the tokens
        return lib

    def put(
        self,
        lib: Any,
        token_label: str,
        object_label: str,
        credential: Credential,
        *,
        object_id: bytes = b"\x01",
        pin: str = USER_PIN,
    ) -> None:
        """Store ``credential`` on the token: a private key and its certificate, both ``object_label``."""
        import pkcs11
        from pkcs11.util.ec import decode_ec_private_key
        from pkcs11.util.rsa import decode_rsa_private_key

        key = credential.key
        if isinstance(key, rsa.RSAPrivateKey):
            attributes = decode_rsa_private_key(
                key.private_bytes(
                    serialization.Encoding.DER,
                    serialization.PrivateFormat.TraditionalOpenSSL,
                    serialization.NoEncryption(),
                )
            )
        else:
            attributes = decode_ec_private_key(
                key.private_bytes(
                    serialization.Encoding.DER,
                    serialization.PrivateFormat.TraditionalOpenSSL,
                    serialization.NoEncryption(),
                )
            )
        attributes.update(
            {
                pkcs11.Attribute.LABEL: object_label,
                pkcs11.Attribute.ID: object_id,
                pkcs11.Attribute.TOKEN: True,
                pkcs11.Attribute.PRIVATE: True,
                pkcs11.Attribute.SENSITIVE: True,
                pkcs11.Attribute.EXTRACTABLE: False,
                pkcs11.Attribute.SIGN: True,
                pkcs11.Attribute.DECRYPT: False,
                pkcs11.Attribute.UNWRAP: False,
            }
        )
        with self._session(lib, token_label, pin) as session:
            session.create_object(attributes)
            session.create_object(self._cert_attributes(credential.der, object_label, object_id))

    def put_certificate(
        self,
        lib: Any,
        token_label: str,
        object_label: str,
        der: bytes,
        *,
        object_id: bytes = b"\x02",
        pin: str = USER_PIN,
    ) -> None:
        """Store a certificate alone (the eID card's "CA" and "Root")."""
        with self._session(lib, token_label, pin) as session:
            session.create_object(self._cert_attributes(der, object_label, object_id))

    @staticmethod
    def _cert_attributes(der: bytes, label: str, object_id: bytes) -> dict[Any, Any]:
        import pkcs11
        from pkcs11.util.x509 import decode_x509_certificate

        attributes = decode_x509_certificate(der)
        attributes.update(
            {
                pkcs11.Attribute.LABEL: label,
                pkcs11.Attribute.ID: object_id,
                pkcs11.Attribute.TOKEN: True,
                pkcs11.Attribute.PRIVATE: False,
            }
        )
        return attributes

    @staticmethod
    def _session(lib: Any, token_label: str, pin: str) -> Any:
        token = lib.get_token(token_label=token_label)
        return token.open(rw=True, user_pin=pin)
