"""``brreg-intake check``: is everything the service needs there? One line per check.

Checks, in order: the config loads; the database answers and its schema is at the newest
migration (nothing is migrated here); the Microsoft 365 token (when ``auth = "m365"``); the
mailbox (login, the inbox, whether the processed and quarantine folders exist: missing ones
are created by the first poll, so they are notes, not failures); SMTP (connect, EHLO, TLS,
AUTH). Nothing is changed and no mail is sent (only the bundled demo Maildir is seeded when it
is the configured mailbox and missing, as for every command that opens it). Exit status 1 if
any check failed, 2 if the config itself cannot be loaded. Lines name hosts and counts, never
a secret or a mail.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass

from bot.commands.common import add_config_option
from bot.config import DEFAULTS_SOURCE, Config, ConfigError, MailboxKind, load_config, uses_m365


@dataclass(frozen=True)
class Outcome:
    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        return f"{'ok  ' if self.ok else 'FAIL'} {self.name}: {self.detail}"


Check = Callable[[Config], str]
"""Returns what it found (one line); raises with a one-line message when the check fails."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    check = subparsers.add_parser(
        "check", help="check the config, database, mailbox and SMTP (changes nothing)"
    )
    add_config_option(check)
    check.add_argument("--skip-smtp", action="store_true", help="do not try the SMTP server")
    check.set_defaults(func=run_check)


def run_check(args: argparse.Namespace) -> int:
    source = str(args.config or DEFAULTS_SOURCE)
    try:
        config = load_config(args.config)
    except ConfigError as exc:
        print(Outcome("config", False, str(exc)).line())
        return 2
    print(Outcome("config", True, source).line())
    checks: list[tuple[str, Check]] = [("database", check_database)]
    if uses_m365(config):
        checks.append(("m365 token", check_token))
    checks.append(("mailbox", check_mailbox))
    if not args.skip_smtp:
        checks.append(("smtp", check_smtp))
    failed = False
    for name, check in checks:
        outcome = run_one(name, check, config)
        failed = failed or not outcome.ok
        print(outcome.line(), flush=True)
    return 1 if failed else 0


def run_one(name: str, check: Check, config: Config) -> Outcome:
    try:
        return Outcome(name, True, check(config))
    except Exception as exc:  # every failure is reported as one line, none stops the others
        text = " ".join(str(exc).split()) or type(exc).__name__
        return Outcome(name, False, text[:400])


def check_database(config: Config) -> str:
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    from storage.db import alembic_config, make_engine

    engine = make_engine(config.database.url)
    where = engine.url.render_as_string(hide_password=True)
    try:
        with engine.connect() as connection:
            current = MigrationContext.configure(connection).get_current_revision()
    finally:
        engine.dispose()
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if current != head:
        raise RuntimeError(
            f"{where} is at migration {current or 'none'}, the code needs {head}: "
            "run brreg-intake db upgrade"
        )
    return f"{where}, schema at {head}"


def check_token(config: Config) -> str:
    from bot.auth import shared_provider

    shared_provider(config.m365).token()
    return f"app-only token issued by tenant {config.m365.tenant_id} for {config.m365.scope}"


def check_mailbox(config: Config) -> str:
    from bot.mailbox import open_mailbox
    from bot.mailbox.imap import ImapMailbox

    box = config.mailbox
    with open_mailbox(box, config.m365) as mailbox:
        listing = mailbox.list_uids(box.inbox)
        notes = [f"{box.inbox}: {len(listing.uids)} messages"]
        if isinstance(mailbox, ImapMailbox):
            notes.insert(0, f"logged in to {box.imap.host} ({box.imap.auth.value})")
            notes.append(f"separator {mailbox.separator or 'none'!r}")
            for folder in (box.processed_folder, box.quarantine_folder):
                found = "exists" if mailbox.folder_exists(folder) else "missing (a poll creates it)"
                notes.append(f"{folder}: {found}")
        elif box.kind is MailboxKind.MAILDIR:
            notes.insert(0, f"Maildir {box.maildir.effective_path}")
    return "; ".join(notes)


def check_smtp(config: Config) -> str:
    from bot.outbox.sender import smtp_connector

    smtp = smtp_connector(config)(config.smtp)
    try:
        smtp.noop()
    finally:
        smtp.quit()
    cfg = config.smtp
    tls = "implicit TLS" if cfg.implicit_tls else "STARTTLS" if cfg.starttls else "plaintext"
    login = f"AUTH as configured ({cfg.auth.value})" if cfg.username else "no login configured"
    return f"{cfg.host}:{cfg.port}, EHLO, {tls}, {login}"
