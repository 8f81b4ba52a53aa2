"""Use cases the views call: open a vault, keep the case register, run meetings, ...

Services speak in domain dataclasses; they own the transactions and write the audit trail.
"""
