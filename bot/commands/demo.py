"""``brreg-intake demo``: the main job on the embedded defaults, then the filed orders.

Polls the sample Maildir (var/sample-mailbox, seeded from the bundled sample mail on first
use) into the SQLite file var/brreg-intake.sqlite3, checks the org numbers against the sample
register (bot/sample_mail/register, loaded once) and prints the orders as a table. Running
it again files nothing new: the mail has been moved to the processed folder and recorded.
"""

from __future__ import annotations

import argparse
import logging

from bot.commands.common import add_config_option, app_from
from bot.commands.poll import poll_with_progress, quiet
from bot.commands.register import check_now
from bot.register.demo import check_lines, load_sample_register
from rules.text_safety import shown
from storage.orders import list_orders


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("demo", help="poll the sample mailbox and print the orders")
    add_config_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    quiet()
    app = app_from(args)
    load_sample_register(app)
    poll_with_progress(app)
    check_now(app)
    with app.sessions() as session:
        records = list_orders(session)
        print(f"\n{'referanse':<15} {'status':<19} {'type':<20} {'søker':<32} mangler")
        for r in records:
            applicant = r.order["applicant"]
            name = shown(applicant["name"] or "-")[:31]
            gaps = ", ".join(r.missing + sorted(r.invalid)) or "-"
            print(f"{r.reference:<15} {r.status:<19} {r.order_type:<20} {name:<32} {gaps}")
        print(f"\n{len(records)} order(s) in {app.engine.url.render_as_string(hide_password=True)}")
    lines = check_lines(app)
    if lines:
        print(f"\nEnhetsregisteret ({app.config.register.source}):")
        print("\n".join(shown(line) for line in lines))
    print("\nReview page: .venv/bin/brreg-intake web --local-user \"$USER\", open http://127.0.0.1:8080/")
    return 0
