"""``brreg-intake review list|accept ID|dismiss ID``: mail that needs a person's decision.

A mail the reader could not confidently call an order, though it holds order-like facts
(a request, an org number with a contact), is recorded as *needs review* and not answered.
``list`` shows each with its id, sender, subject and the reader's reasons; ``accept ID``
files it as an order from its best-guess reading (the vendor then gets the reply a new order
gets: what is missing, or a receipt); ``dismiss ID [--reason TEXT]`` records that it is no
order. Both are recorded under the staff member's name (``--by NAME``, default ``$USER``,
else ``staff``), checked before anything is opened as ``orders`` checks it
(``rules.text_safety.staff_text_problem``): a bad one is a one-line error, exit status 2.
Everything printed passes ``rules.text_safety.shown``.
"""

from __future__ import annotations

import argparse
import os
import sys

from bot.commands.common import add_config_option, app_from, staff_name_problem
from bot.intake import accept_reviewed, dismiss_reviewed
from bot.replies import ReplySettings
from rules.text_safety import shown, staff_text_problem
from storage.models import MessageRecord, MessageState
from storage.review import list_needs_review

USAGE_ERROR = 2


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("review", help="mail that needs a person: order or not")
    add_config_option(parser)
    actions = parser.add_subparsers(dest="action", required=True)
    actions.add_parser("list", help="one line per message waiting for a decision")
    accept = actions.add_parser("accept", help="file the message as an order")
    accept.add_argument("id", type=int, help="the message id (see review list)")
    dismiss = actions.add_parser("dismiss", help="record that the message is no order")
    dismiss.add_argument("id", type=int, help="the message id (see review list)")
    dismiss.add_argument("--reason", default=None, help="why, in a few words (kept)")
    for action in (accept, dismiss):
        action.add_argument(
            "--by",
            default=os.environ.get("USER") or "staff",
            help="the staff member's name for the record (default: $USER or 'staff')",
        )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.action != "list":
        problem = staff_input_problem(args)
        if problem is not None:
            print(f"brreg-intake review {args.action}: {problem}", file=sys.stderr)
            return USAGE_ERROR
    app = app_from(args)
    if args.action == "list":
        with app.sessions() as session:
            for waiting in list_needs_review(session):
                print(review_line(waiting))
        return 0
    with app.sessions() as session, session.begin():
        message = session.get(MessageRecord, args.id)
        if message is None or message.state is not MessageState.NEEDS_REVIEW:
            return _fail(args.action, f"no message {args.id} waiting for review")
        by = args.by.strip()
        if args.action == "accept":
            filed = accept_reviewed(
                session, message, actor=by, replies=ReplySettings.from_config(app.config)
            )
            print(f"message {args.id}: filed as order {filed.reference} (by {shown(by)})")
        else:
            reason = " ".join(args.reason.split()) if args.reason else None
            dismiss_reviewed(session, message, actor=by, reason=reason)
            print(f"message {args.id}: not an order (by {shown(by)})")
    return 0


def review_line(message: MessageRecord) -> str:
    """One message waiting for review: id, when, sender, subject, the reader's reasons."""
    reasons = (message.extraction or {}).get("review_reasons") or []
    at = message.received_at or message.created_at
    return (
        f"{message.id:>6}  {at:%Y-%m-%d %H:%M}  {shown(message.sender or '-')}  "
        f"{shown(message.subject or '-')}  [{shown('; '.join(map(str, reasons)))}]"
    )


def staff_input_problem(args: argparse.Namespace) -> str | None:
    """What is wrong with the name or reason staff typed, in one line, or None."""
    problem = staff_name_problem(args.by)
    if problem is not None:
        return problem
    if getattr(args, "reason", None):
        problem = staff_text_problem(args.reason)
        return None if problem is None else f"--reason {problem}"
    return None


def _fail(action: str, problem: str) -> int:
    print(f"brreg-intake review {action}: {problem}", file=sys.stderr)
    return 1
