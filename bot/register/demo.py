"""The demo's register: fictitious entities matching the sample mail's numbers, in the bulk
files' format (bot/sample_mail/register), loaded into an empty local copy."""

from __future__ import annotations

import logging

from bot.bootstrap import App
from bot.config import SAMPLE_MAIL, RegisterSource
from bot.register.bulk import BulkFile
from rules.register import is_register_flag
from storage.orders import list_orders
from storage.register import SYNC_BULK, checks_of, import_entities, sync_position

log = logging.getLogger(__name__)

SAMPLE_REGISTER = SAMPLE_MAIL / "register"
FILES = (("enheter.json", False), ("underenheter.json", True))


def load_sample_register(app: App) -> int:
    """Import the sample register when the source is the local copy and no bulk file was
    imported; returns the entities imported (0 when nothing was done)."""
    if app.config.register.source is not RegisterSource.LOCAL:
        return 0
    with app.sessions() as session:
        if sync_position(session, SYNC_BULK)[1] is not None:
            return 0
    total = 0
    for name, sub_units in FILES:
        with app.sessions.begin() as session:
            rows = BulkFile(SAMPLE_REGISTER / name).rows()
            total += import_entities(session, rows, sub_units=sub_units)
    log.info("register: the sample register (%s fictitious entities) is loaded", total)
    return total


def check_lines(app: App) -> list[str]:
    """One line per checked number: reference, party, number, the register's status and name,
    and the order's register flags (for the demo's printout)."""
    lines = []
    with app.sessions() as session:
        records = list_orders(session)
        checks = checks_of(session, [r.id for r in records])
        for record in records:
            flags = ", ".join(f for f in record.flags if is_register_flag(f))
            for check in checks[record.id]:
                party = check.path.split(".", 1)[0]
                name = check.registered_name or "-"
                lines.append(
                    f"{record.reference:<15} {party:<10} {check.org_number}  "
                    f"{check.status:<18} {name[:32]:<32} {flags}".rstrip()
                )
    return lines
