"""``brreg-intake orders list|show REF|export --format jsonl|csv``: the filed orders."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from typing import Any

from sqlalchemy.orm import Session

from bot.commands.common import add_config_option, app_from
from storage.models import OrderRecord
from storage.orders import find_order_by_reference, list_orders

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
    parser.set_defaults(func=run)


def order_json(record: OrderRecord) -> dict[str, Any]:
    """order.schema.json's shape plus reference, status and the Message-IDs of its mail."""
    return {
        **record.order,
        "missing": sorted(record.missing),
        "invalid": sorted(record.invalid),
        "reference": record.reference,
        "status": str(record.status),
        "flags": list(record.flags),
        "message_ids": [m.message_id for m in record.messages if m.message_id],
    }


def _flat(item: dict[str, Any], path: str) -> str:
    value: Any = item
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    if isinstance(value, list):
        return " ".join(value)
    return "" if value is None else str(value)


def run(args: argparse.Namespace) -> int:
    app = app_from(args)
    with app.sessions() as session:
        if args.action == "show":
            return _show(session, args.reference)
        records = list_orders(session)
        if args.action == "list":
            for r in records:
                name = r.order["applicant"]["name"] or "-"
                print(f"{r.reference}  {r.status:<18} {r.order_type:<20} {name}")
        elif args.format == "jsonl":
            for r in records:
                print(json.dumps(order_json(r), ensure_ascii=False))
        else:
            writer = csv.writer(sys.stdout)
            writer.writerow(CSV_FIELDS)
            for r in records:
                item = order_json(r)
                writer.writerow([_flat(item, f) for f in CSV_FIELDS])
    return 0


def _show(session: Session, reference: str) -> int:
    record = find_order_by_reference(session, reference)
    if record is None:
        print(f"brreg-intake orders show: no order {reference}", file=sys.stderr)
        return 1
    print(json.dumps(order_json(record), ensure_ascii=False, indent=2))
    for event in record.events:
        change = (
            f"{event.field_path}: {event.old_value!r} -> {event.new_value!r}"
            if event.field_path
            else event.new_value
        )
        print(f"{event.at:%Y-%m-%d %H:%M} {event.actor:<10} {event.action:<16} {change}")
    return 0
