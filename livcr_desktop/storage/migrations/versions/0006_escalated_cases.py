"""cases "opgeschaald" of an older vault become "in opvolging" with the escalation flag

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04

Since 0005 an escalation to the LTF or the parket is a flag on the case (``escalated_to``,
``escalated_on``) beside the cell's own follow-up (``domain/decision_rules.py``, ``docs/decisions.md``);
0005 left the status "escalated" of older cases as it was. For every case with that status:

- When the case has a decision "opschalen" with a target, the most recent one (by ``decided_at``, then
  id, as ``services/decision_effects.restore_escalation`` orders them) sets the flag: ``escalated_to``
  its target, ``escalated_on`` its escalation date or else its meeting's date; the status becomes
  "follow_up".
- Else, when the case already carries the flag (a vault at 0005 that imported it), the status becomes
  "follow_up" and the flag stays as it is.
- Else the case keeps the status "escalated": no record says to whom it was escalated, and the
  target is not invented (the domain knows only "LTF" and "parket", ``EscalationTarget``; an empty
  ``escalated_to`` means "not escalated"). The status still shows "opgeschaald" and the cell sets the
  flag with its next decision "opschalen".

The next review date and ``updated_at`` are left as they were. Each changed case gets one audit
event, appended through ``storage.audit.append`` in this migration's transaction (so the hash chain
holds): action "update", entity "case", by the pseudo-user ``(migratie 0006)`` (no user name can
contain brackets or spaces), detail as a decision's: the status and the escalation before and after,
the decision it came from and the migration. ``audit.append`` writes through the ORM model
``AuditEvent``; should a later revision change the ``audit_event`` table, this migration must write
its events with plain SQL in the columns it has here.

Downgrade is a no-op: revision 0005 reads "in opvolging" with the flag as well, and the audit events
name the cases that were changed.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

from livcr_desktop.storage.audit import append as append_audit_event

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

MIGRATION_USER = "(migratie 0006)"

_ESCALATED_CASES = sa.text(
    "SELECT id, escalated_to, escalated_on FROM case_file WHERE status = 'escalated' ORDER BY id"
)
_LATEST_ESCALATION = sa.text(
    "SELECT d.id, trim(d.escalation_target), coalesce(d.escalation_date, m.meeting_date)"
    " FROM decision d JOIN meeting m ON m.id = d.meeting_id"
    " WHERE d.case_id = :case_id AND d.decision_type = 'escalate' AND trim(d.escalation_target) <> ''"
    " ORDER BY d.decided_at DESC, d.id DESC LIMIT 1"
)
_SET_FOLLOW_UP = sa.text(
    "UPDATE case_file SET status = 'follow_up', escalated_to = :target, escalated_on = :on WHERE id = :case_id"
)


def upgrade() -> None:
    conn = op.get_bind()
    with Session(bind=conn) as session:
        for case_id, escalated_to, escalated_on in conn.execute(_ESCALATED_CASES).all():
            latest = conn.execute(_LATEST_ESCALATION, {"case_id": case_id}).first()
            if latest is not None:
                decision_id, target, on = latest
            elif escalated_to.strip():
                decision_id, target, on = None, escalated_to, escalated_on
            else:
                continue  # no target on record: stays "escalated" (see above)
            conn.execute(_SET_FOLLOW_UP, {"case_id": case_id, "target": target, "on": on})
            detail: dict[str, object] = {
                "status": {"before": "escalated", "after": "follow_up"},
                "migration": revision,
            }
            if (escalated_to, escalated_on) != (target, on):
                detail["escalation"] = {"before": [escalated_to, escalated_on], "after": [target, on]}
            if decision_id is not None:
                detail["decision"] = decision_id
            append_audit_event(session, MIGRATION_USER, "update", "case", case_id, detail)
            session.flush()  # the next event chains on this one


def downgrade() -> None:
    pass  # see the docstring: 0005 reads "in opvolging" with the flag too
