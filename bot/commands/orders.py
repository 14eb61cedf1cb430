"""``brreg-intake orders list|show REF|export --format jsonl|csv``: the filed orders, and the
staff's actions on one: ``done REF``, ``reject REF --reason TEXT``, ``set REF FIELD VALUE``.

Each action is written to the order's event log under the staff member's name (``--by NAME``,
default ``$USER``, else ``staff``). ``set`` takes a value as the extractor would: org numbers
to nine digits, phones to E.164, emails lower-cased; a value failing its check is refused with
the reason unless ``--force``; an empty VALUE clears the field. Missing and invalid fields and
the status (ready or waiting for the vendor) are evaluated again; a done or rejected order
keeps its status. ``done`` on an order that still lacks something needs ``--force``.

Staff text is checked before anything is opened (``rules.text_safety.staff_text_problem``):
``--by`` a visible one-line name that is not the bot's, a reason and a value one line without
control or bidi characters and not invisible; a bad one is a one-line error, exit status 2.
Everything printed passes ``rules.text_safety`` (vendor text is shown, never obeyed by the
terminal; national ids masked), and a CSV cell cannot start a formula.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from bot.commands.common import add_config_option, app_from, staff_name_problem
from rules.fields import FieldPath
from rules.text_safety import shown, shown_json, spreadsheet_cell, staff_text_problem
from storage import staff
from storage.models import OrderEvent, OrderRecord
from storage.orders import find_order_by_reference, list_orders

UTC_ZONE = ZoneInfo("UTC")
USAGE_ERROR = 2

CSV_FIELDS = (
    "reference",
    "status",
    "order_type",
    "applicant.org_number",
    "applicant.name",
    "applicant.contact.name",
    "applicant.contact.email",
    "applicant.contact.phone",
    "customer.org_number",
    "customer.name",
    "customer.contact.name",
    "customer.contact.email",
    "customer.contact.phone",
    "production_contact.name",
    "production_contact.email",
    "production_contact.phone",
    "legal_basis",
    "missing",
    "invalid",
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("orders", help="list, show or export filed orders")
    add_config_option(parser)
    actions = parser.add_subparsers(dest="action", required=True)
    actions.add_parser("list", help="one line per order")
    show = actions.add_parser("show", help="one order with its messages and events")
    show.add_argument("reference")
    export = actions.add_parser("export", help="every order, as JSON Lines or CSV")
    export.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    done = actions.add_parser("done", help="mark an order as set up in TT02")
    done.add_argument("reference")
    done.add_argument("--force", action="store_true", help="even though it still lacks something")
    reject = actions.add_parser("reject", help="reject an order, with the reason")
    reject.add_argument("reference")
    reject.add_argument("--reason", required=True, help="why, in a few words (kept in the log)")
    change = actions.add_parser("set", help="set one field of an order (checked, normalised)")
    change.add_argument("reference")
    change.add_argument("field", choices=[p.value for p in FieldPath], metavar="FIELD")
    change.add_argument("value", help="the value as written; empty to clear the field")
    change.add_argument("--force", action="store_true", help="store a value that fails its check")
    reopen = actions.add_parser("reopen", help="reopen a done or rejected order")
    reopen.add_argument("reference")
    for action in (done, reject, reopen, change):
        action.add_argument(
            "--by",
            default=os.environ.get("USER") or "staff",
            help="the staff member's name for the event log (default: $USER or 'staff')",
        )
    parser.set_defaults(func=run)


def order_json(record: OrderRecord) -> dict[str, Any]:
    """order.schema.json's shape plus reference, status and the Message-IDs of its mail, every
    string as it may be shown (``rules.text_safety.shown``)."""
    item: dict[str, Any] = shown_json(
        {
            **record.order,
            "missing": sorted(record.missing),
            "invalid": sorted(record.invalid),
            "reference": record.reference,
            "status": str(record.status),
            "flags": list(record.flags),
            "message_ids": [m.message_id for m in record.messages if m.message_id],
        }
    )
    return item


def _flat(item: dict[str, Any], path: str) -> str:
    value: Any = item
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    if isinstance(value, list):
        return " ".join(value)
    return "" if value is None else str(value)


def run(args: argparse.Namespace) -> int:
    if args.action in STAFF_ACTIONS:
        problem = staff_input_problem(args)
        if problem is not None:
            _fail(args.action, problem)
            return USAGE_ERROR
    app = app_from(args)
    if args.action in STAFF_ACTIONS:
        with app.sessions() as session, session.begin():
            record = find_order_by_reference(session, args.reference)
            if record is None:
                return _fail(args.action, f"no order {args.reference}")
            try:
                return STAFF_ACTIONS[args.action](session, record, args)
            except staff.StaffActionError as exc:  # raised before anything changed
                return _fail(args.action, str(exc))
    with app.sessions() as session:
        if args.action == "show":
            return _show(session, args.reference, ZoneInfo(app.config.digest.timezone))
        records = list_orders(session)
        if args.action == "list":
            for r in records:
                name = shown(r.order["applicant"]["name"] or "-")
                print(f"{r.reference}  {r.status:<18} {r.order_type:<20} {name}")
        elif args.format == "jsonl":
            for r in records:
                print(json.dumps(order_json(r), ensure_ascii=False))
        else:
            writer = csv.writer(sys.stdout)
            writer.writerow(CSV_FIELDS)
            for r in records:
                item = order_json(r)
                writer.writerow([spreadsheet_cell(_flat(item, f)) for f in CSV_FIELDS])
    return 0


def _show(session: Session, reference: str, zone: ZoneInfo) -> int:
    """The order as JSON, then its events with times in ``zone`` (the digest's), said once."""
    record = find_order_by_reference(session, reference)
    if record is None:
        print(f"brreg-intake orders show: no order {shown(reference)}", file=sys.stderr)
        return 1
    print(json.dumps(order_json(record), ensure_ascii=False, indent=2))
    print(f"events (times in {zone.key}):")
    for event in record.events:
        print(event_line(event, zone))
    return 0


def event_line(event: OrderEvent, zone: ZoneInfo = UTC_ZONE) -> str:
    """One line of the audit trail, its time in ``zone`` with the zone's abbreviation (CET,
    CEST, UTC); its actor and values shown, never obeyed, by the terminal."""
    old, new = (shown(v) if v is not None else None for v in (event.old_value, event.new_value))
    change = f"{event.field_path}: {old!r} -> {new!r}" if event.field_path else new or ""
    at = event.at.astimezone(zone)
    return f"{at:%Y-%m-%d %H:%M %Z} {shown(event.actor):<10} {shown(event.action):<16} {change}"


def staff_input_problem(args: argparse.Namespace) -> str | None:
    """What is wrong with the name, reason or value staff typed, in one line, or None."""
    problem = staff_name_problem(args.by)
    if problem is not None:
        return problem
    if args.action == "reject":
        problem = staff_text_problem(args.reason)
        return None if problem is None else f"--reason {problem}"
    if args.action == "set" and args.value.strip():  # empty clears the field
        problem = staff_text_problem(args.value)
        return None if problem is None else f"VALUE {problem}"
    return None


def _fail(action: str, problem: str) -> int:
    print(f"brreg-intake orders {action}: {shown(problem)}", file=sys.stderr)
    return 1


def _done(session: Session, record: OrderRecord, args: argparse.Namespace) -> int:
    staff.mark_done(session, record, args.by, force=args.force)
    print(f"{record.reference}: done (by {shown(args.by.strip())})")
    return 0


def _reject(session: Session, record: OrderRecord, args: argparse.Namespace) -> int:
    staff.reject(session, record, args.by, args.reason)
    reason = " ".join(args.reason.split())
    print(f"{record.reference}: rejected (by {shown(args.by.strip())}): {shown(reason)}")
    return 0


def _reopen(session: Session, record: OrderRecord, args: argparse.Namespace) -> int:
    staff.reopen(session, record, args.by)
    print(f"{record.reference}: reopened, now {record.status} (by {shown(args.by.strip())})")
    return 0


def _set(session: Session, record: OrderRecord, args: argparse.Namespace) -> int:
    path = FieldPath(args.field)
    old = staff.current_value(record, path)
    change = staff.set_field(session, record, args.by, path, args.value, force=args.force)
    if not change.events:
        print(f"{record.reference}: {path.value} is already {_shown(old)!r}")
        return 0
    by = shown(args.by.strip())
    new = staff.current_value(record, path)
    print(f"{record.reference}: {path.value} = {_shown(new)!r} (by {by})")
    if change.problem:
        print(f"  stored despite: {change.problem}")
    lacking = [*change.checked.missing_paths(), *change.checked.invalid_paths()]
    print(f"  status: {record.status}" + (f"; lacking: {', '.join(lacking)}" if lacking else ""))
    return 0


def _shown(value: str | None) -> str | None:
    return None if value is None else shown(value)


STAFF_ACTIONS = {"done": _done, "reject": _reject, "reopen": _reopen, "set": _set}
