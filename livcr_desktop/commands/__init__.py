"""Subcommands of ``livcr-desktop`` beyond the core ones in ``cli.py``.

Each module here defines ``register(subparsers) -> None`` that adds its subcommands (with
``set_defaults(func=...)``); ``cli.build_parser`` calls every one, in name order. Command functions
take the parsed arguments and return an exit code; they raise ``common.UserError`` or a ``VaultError``
for a one-line message and exit code 1. Modules without ``register`` (``common``: exit codes,
``UserError``, passphrase input, error wording) add no subcommand; command modules import from
``common``, never from ``cli``.

Modules: ``exchange`` (export, import, import-csv), ``minutes`` (minutes, sign), ``trust`` (audit,
backups, restore, passphrase and key, retention).
"""
