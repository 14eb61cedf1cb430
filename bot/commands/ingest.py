"""``brreg-intake ingest PATH...``: file saved .eml files as if they had arrived.

A folder gives its ``*.eml`` files in name order. Feeding the same mail again files nothing
new (it is recognised by Message-ID and SHA-256). One line per file says what became of it
and, when it made or joined an order, the order's reference; then a summary line. A file that
is no email at all (binary, empty, no header) is not filed: it is named on stderr and the exit
status is 1.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from bot.budget import ParseBudget
from bot.cli import USAGE, CommandError
from bot.commands.common import add_config_option, app_from
from bot.commands.parse import expand
from bot.intake import file_message
from bot.replies import ReplySettings
from parsers.extract import unreadable_reason
from parsers.mime import read_letter
from rules.text_safety import shown


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("ingest", help="file saved .eml files through the intake")
    add_config_option(parser)
    parser.add_argument("paths", nargs="+", metavar="PATH", help=".eml files, or folders of them")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        files = expand(args.paths)
    except FileNotFoundError as exc:
        raise CommandError(f"ingest: no such file or folder: {exc}", USAGE) from None
    app = app_from(args)
    settings = ReplySettings.from_config(app.config)
    budget = ParseBudget.from_config(app.config)
    outcomes: Counter[str] = Counter()
    refused = 0
    for path in files:
        raw = path.read_bytes()
        problem = unreadable_reason(read_letter(raw))
        if problem is not None:
            name = shown(str(path))
            print(f"brreg-intake ingest: {name}: {problem} (not filed)", file=sys.stderr)
            refused += 1
            continue
        with app.sessions() as session, session.begin():
            filed = file_message(session, raw, replies=settings, budget=budget)
        outcomes[filed.outcome] += 1
        reference = f" {filed.reference}" if filed.reference else ""
        print(f"{shown(str(path))}: {filed.outcome}{reference}")
    parts = [f"{k}={v}" for k, v in sorted(outcomes.items())]
    parts += [f"({refused} not filed)"] if refused else []
    print(f"ingested {len(files) - refused} file(s): {' '.join(parts)}".rstrip())
    return 1 if refused else 0
