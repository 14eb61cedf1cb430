"""``brreg-intake outbox send|list|hold|release|cancel``: deliver the due mails now, show the
outbox, or stop, let go or cancel one pending reply.

``send`` first withdraws the pending replies that no longer fit their order
(``bot.outbox.recheck``: a new request is planned where something is still missing), then runs
batches of ``bot.outbox.sender.deliver_due`` until nothing due is left (or a batch sends
nothing, e.g. the server is down) and prints one summary line. Its exit status is 0 when every
claimed mail was sent, 1 when some were deferred or failed.

``list`` prints a header and one line per mail, newest first: id, state, kind, attempts, when
it is due or was sent, its order's reference and last note (the SMTP server's words, or why it
was held or withdrawn, shown by ``rules.text_safety.shown``). No addresses, subjects or bodies.

``hold ID`` / ``release ID`` / ``cancel ID [--reason TEXT]`` act on one mail by its id (from
``list``), recorded in its order's events under ``--by`` (default ``$USER``).
"""

from __future__ import annotations

import argparse
import logging
import os

from sqlalchemy import select

from bot.cli import USAGE, CommandError
from bot.commands.common import add_config_option, app_from, staff_name_problem
from bot.outbox.recheck import withdraw_stale_replies
from bot.outbox.sender import DeliveryReport, deliver_due, smtp_connector
from bot.replies import ReplySettings
from rules.text_safety import shown, staff_text_problem
from storage import staff
from storage.models import OutboxMail, OutboxState

MAX_BATCHES = 100
HEADER = (
    f"{'ID':>6}  {'STATE':<9} {'KIND':<10} {'TRY':>3}  {'DUE/SENT (UTC)':<16}  {'ORDER':<13} NOTE"
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("outbox", help="deliver due mail now, list, hold or cancel")
    add_config_option(parser)
    actions = parser.add_subparsers(dest="action", required=True)
    send = actions.add_parser("send", help="deliver the mails that are due, then exit")
    send.add_argument("--limit", type=int, default=50, help="mails per batch (default 50)")
    show = actions.add_parser("list", help="list outbox mails, newest first")
    show.add_argument(
        "--state", choices=[s.value for s in OutboxState], help="only mails in this state"
    )
    show.add_argument("--limit", type=int, default=50, help="at most this many (default 50)")
    for name, text in (
        ("hold", "stop a pending mail for now"),
        ("release", "let a held mail go"),
        ("cancel", "cancel a pending or held mail: it is never sent"),
    ):
        action = actions.add_parser(name, help=text)
        action.add_argument("id", type=int, help="the outbox id from `outbox list`")
        action.add_argument("--by", default=os.environ.get("USER") or "staff", help="your name")
        if name == "cancel":
            action.add_argument("--reason", default="cancelled by staff", help="why (logged)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if getattr(args, "limit", 1) < 1:
        raise CommandError("outbox: --limit must be at least 1", USAGE)
    if args.action == "send":
        return _send(args)
    if args.action == "list":
        return _list(args)
    return _act(args)


def _send(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
    app = app_from(args)
    with app.sessions.begin() as session:
        withdrawn = withdraw_stale_replies(session, ReplySettings.from_config(app.config))
    if withdrawn:
        print(f"withdrawn {len(withdrawn)} reply(ies) that no longer fit their order")
    sent: list[int] = []
    deferred: list[int] = []
    failed: list[int] = []
    for _ in range(MAX_BATCHES):
        report = deliver_due(
            app.sessions,
            app.config.smtp,
            app.config.intake.our_address,
            limit=args.limit,
            connect=smtp_connector(app.config),
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
        print(HEADER)
        for row in rows:
            print(_line(row))
    return 0


def _line(row: OutboxMail) -> str:
    when = row.sent_at if row.state is OutboxState.SENT else row.next_attempt_at
    order = row.order.reference if row.order is not None else "-"
    note = shown(row.last_error or "", multiline=True).strip().splitlines()
    last = note[0][:80] if note and row.state is not OutboxState.SENT else ""
    return (
        f"{row.id:>6}  {row.state.value:<9} {shown(row.kind):<10} {row.attempts:>3}  "
        f"{when:%Y-%m-%d %H:%M}  {order:<13} {last}"
    ).rstrip()


def _act(args: argparse.Namespace) -> int:
    problem = staff_name_problem(args.by)
    if problem is not None:
        raise CommandError(f"outbox {args.action}: {problem}", USAGE)
    reason = getattr(args, "reason", "")
    problem = staff_text_problem(reason) if reason else None
    if problem is not None:
        raise CommandError(f"outbox {args.action}: --reason {problem}", USAGE)
    app = app_from(args)
    with app.sessions.begin() as session:
        try:
            mail = staff.mail_for(session, args.id)
            if args.action == "hold":
                staff.hold_mail(session, mail, args.by)
            elif args.action == "release":
                staff.release_mail(session, mail, args.by)
            else:
                staff.cancel_mail(session, mail, args.by, " ".join(args.reason.split()))
        except staff.StaffActionError as exc:
            raise CommandError(f"outbox {args.action}: {exc}") from None
        print(f"outbox {mail.id}: {mail.state.value} (by {shown(args.by.strip())})")
    return 0
