"""``brreg-intake outbox send|list``: deliver the due mails now, or show the outbox.

``send`` runs batches of ``bot.outbox.sender.deliver_due`` until nothing due is left (or a
batch sends nothing, e.g. the server is down) and prints one summary line. Its exit status is
0 when every claimed mail was sent, 1 when some were deferred or failed.

``list`` prints one line per mail, newest first: id, state, kind, attempts, when it is due or
was sent, its order and last error (the SMTP server's words, shown by
``rules.text_safety.shown``). No addresses, subjects or bodies.
"""

from __future__ import annotations

import argparse
import logging

from sqlalchemy import select

from bot.commands.common import add_config_option, app_from
from bot.outbox.sender import DeliveryReport, deliver_due, smtp_connector
from rules.text_safety import shown
from storage.models import OutboxMail, OutboxState

MAX_BATCHES = 100


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("outbox", help="deliver due mail now, or list the outbox")
    actions = parser.add_subparsers(dest="action", required=True)
    send = actions.add_parser("send", help="deliver the mails that are due, then exit")
    add_config_option(send)
    send.add_argument("--limit", type=int, default=50, help="mails per batch (default 50)")
    show = actions.add_parser("list", help="list outbox mails, newest first")
    add_config_option(show)
    show.add_argument(
        "--state", choices=[s.value for s in OutboxState], help="only mails in this state"
    )
    show.add_argument("--limit", type=int, default=50, help="at most this many (default 50)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.limit < 1:
        print("brreg-intake outbox: --limit must be at least 1")
        return 2
    if args.action == "send":
        return _send(args)
    return _list(args)


def _send(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
    app = app_from(args)
    sent: list[int] = []
    deferred: list[int] = []
    failed: list[int] = []
    for _ in range(MAX_BATCHES):
        report = deliver_due(
            app.sessions,
            app.config.smtp,
            app.config.intake.our_address,
            limit=args.limit,
            connect=smtp_connector(app.config),  # issue 14: XOAUTH2 for Microsoft 365
        )
        sent += report.sent
        deferred += report.deferred
        failed += report.failed
        if not report.sent:  # nothing due, or nothing gets through: do not spin
            break
    total = DeliveryReport(tuple(sent), tuple(deferred), tuple(failed))
    print(total.line())
    return 0 if not (deferred or failed) else 1


def _list(args: argparse.Namespace) -> int:
    app = app_from(args)
    query = select(OutboxMail).order_by(OutboxMail.id.desc()).limit(args.limit)
    if args.state:
        query = query.where(OutboxMail.state == OutboxState(args.state))
    with app.sessions() as session:
        rows = session.scalars(query).all()
        for row in rows:
            print(_line(row))
    return 0


def _line(row: OutboxMail) -> str:
    when = row.sent_at if row.state is OutboxState.SENT else row.next_attempt_at
    order = f"order {row.order_id}" if row.order_id is not None else "-"
    error = shown(row.last_error or "", multiline=True).strip().splitlines()
    last = f"  {error[0][:80]}" if error and row.state is not OutboxState.SENT else ""
    return (
        f"{row.id:>6}  {row.state.value:<8} {shown(row.kind):<10} {row.attempts:>2}  "
        f"{when:%Y-%m-%d %H:%M}  {order}{last}"
    )
