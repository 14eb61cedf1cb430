"""``brreg-intake quarantine list|replay ID``: messages that broke the code, and a retry.

A traceback's last line and an exception's message may quote vendor text: they are printed
through ``rules.text_safety.shown``."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from bot.budget import ParseBudget
from bot.commands.common import add_config_option, app_from
from bot.intake import Outcome, refile_message
from bot.replies import ReplySettings
from rules.text_safety import shown
from storage.messages import list_quarantined, resolve_quarantine
from storage.models import QuarantineRecord


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("quarantine", help="list quarantined messages or replay one")
    add_config_option(parser)
    actions = parser.add_subparsers(dest="action", required=True)
    actions.add_parser("list", help="unresolved quarantined messages")
    replay = actions.add_parser("replay", help="file a quarantined message again")
    replay.add_argument("id", type=int, help="the quarantine id from `quarantine list`")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    app = app_from(args)
    with app.sessions() as session, session.begin():
        rows = list_quarantined(session)
        if args.action == "list":
            for row in rows:
                _print_row(row)
            return 0
        chosen = next((r for r in rows if r.id == args.id), None)
        if chosen is None:
            print(f"brreg-intake quarantine replay: no open quarantine {args.id}", file=sys.stderr)
            return 1
        budget = ParseBudget.from_config(app.config)
        return _replay(session, chosen, ReplySettings.from_config(app.config), budget)


def _print_row(row: QuarantineRecord) -> None:
    lines = shown(row.traceback, multiline=True).strip().splitlines()
    when = f"{row.created_at:%Y-%m-%d %H:%M}"
    print(f"{row.id:>5}  message {row.message_id:>6}  {when}  {lines[-1] if lines else ''}")


def _replay(
    session: Session, row: QuarantineRecord, settings: ReplySettings, budget: ParseBudget
) -> int:
    try:
        filed = refile_message(session, row.message, replies=settings, budget=budget)
    except Exception as exc:  # still broken: keep it quarantined, count the attempt
        row.attempts += 1
        print(f"replay failed again: {type(exc).__name__}: {shown(str(exc))}", file=sys.stderr)
        return 1
    reference = f" ({filed.reference})" if filed.reference else ""
    if filed.outcome is Outcome.QUARANTINED:  # still unreadable: it stays open, for staff
        print(f"quarantine {row.id}: still quarantined{reference}", file=sys.stderr)
        return 1
    resolve_quarantine(session, row, row.message.state, now=datetime.now(UTC))
    print(f"replayed quarantine {row.id}: {filed.outcome}{reference}")
    return 0
