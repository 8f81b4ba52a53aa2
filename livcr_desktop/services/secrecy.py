"""Secrecy by default: what an organisation bound by professional secrecy brings starts as secret.

Each organisation says whether its members are bound by professional secrecy (art. 458 Sw.; OCMW,
CAW, CLB, CGG and the justitiehuis typically are). Their contributions start as "beroepsgeheim"
(``services.assessment``), and an action they own starts flagged (``action_starts_secret``, for
``services.decisions``). A flagged contribution, decision or action never reaches an outgoing
document (``docs/outgoing-documents.md``).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from livcr_desktop.storage import models


def organisation_bound(s: Session, organisation_id: int | None) -> bool:
    """The organisation's members are bound by professional secrecy."""
    if organisation_id is None:
        return False
    org = s.get(models.Organisation, organisation_id)
    return bool(org is not None and org.professional_secrecy)


def action_starts_secret(s: Session, owner_organisation_id: int | None, flagged: bool = False) -> bool:
    """The flag a new action starts with: set when asked, or when its owner is bound by secrecy."""
    return flagged or organisation_bound(s, owner_organisation_id)
