"""``brreg-intake register import|update|check|lookup``: Enhetsregisteret.

``import FILE``: replace the local copy's main units (or, for an ``underenheter`` file or with
``--sub-units``, its sub-units) by the bulk file (gzip JSON or CSV), streaming.
``update``: follow the change feeds from the last run (needs the network).
``check``: one run of the check job over the open orders (as ``run`` does on a schedule).
``lookup NUMBER``: what the configured register says about one number.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

from bot.bootstrap import App
from bot.commands.common import add_config_option, app_from
from bot.register.api import ApiRegister
from bot.register.bulk import BulkFile, BulkFileError
from bot.register.check import run_checks
from bot.register.choose import open_register
from bot.register.entity import NotAnEntityError
from bot.register.feed import update_from_feeds
from bot.replies import ReplySettings
from storage.register import import_entities

log = logging.getLogger("brreg_intake")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("register", help="Enhetsregisteret: import, update, check")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    load = actions.add_parser("import", help="load a bulk file into the local copy")
    add_config_option(load)
    load.add_argument("file", type=Path, help="enheter or underenheter (.json.gz, .json, .csv)")
    load.add_argument(
        "--sub-units",
        action="store_true",
        default=None,
        help="the file holds sub-units (default: 'underenhet' in its name)",
    )
    load.set_defaults(func=run_import)
    update = actions.add_parser("update", help="apply the change feeds to the local copy")
    add_config_option(update)
    update.set_defaults(func=run_update)
    check = actions.add_parser("check", help="check the org numbers of open orders now")
    add_config_option(check)
    check.set_defaults(func=run_check)
    lookup = actions.add_parser("lookup", help="what the register says about one number")
    add_config_option(lookup)
    lookup.add_argument("number")
    lookup.set_defaults(func=run_lookup)


def _logging() -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)
    logging.getLogger("httpx").setLevel(logging.WARNING)  # its request log names numbers


def import_file(app: App, path: Path, *, sub_units: bool | None = None) -> int:
    """Import one bulk file in one transaction; returns the rows read."""
    if sub_units is None:
        sub_units = "underenhet" in path.name.lower()
    bulk = BulkFile(path)
    with app.sessions.begin() as session:
        count = import_entities(session, bulk.rows(), sub_units=sub_units)
    if bulk.skipped:
        log.warning("register import: %s record(s) were no entity and were skipped", bulk.skipped)
    return count


def run_import(args: argparse.Namespace) -> int:
    _logging()
    app = app_from(args)
    if not args.file.is_file():
        print(f"brreg-intake: {args.file}: no such file", file=sys.stderr)
        return 2
    started = time.perf_counter()
    try:
        count = import_file(app, args.file, sub_units=args.sub_units)
    except (BulkFileError, NotAnEntityError, OSError) as exc:  # bad gzip, JSON, CSV header
        print(f"brreg-intake: {args.file}: cannot be imported: {exc}", file=sys.stderr)
        return 1
    seconds = time.perf_counter() - started
    log.info("register import: %s entities in %.1f s", count, seconds)
    return 0


def run_update(args: argparse.Namespace) -> int:
    _logging()
    app = app_from(args)
    with ApiRegister(app.config.register) as api:
        report = update_from_feeds(app.sessions, api, concurrency=app.config.register.concurrency)
    log.info(report.line())
    return 1 if report.error and not report.changes else 0


def check_now(app: App) -> int:
    register = open_register(app.config.register, app.sessions)
    if register is None:
        log.info("register check: register.source is 'off'")
        return 0
    report = run_checks(
        app.sessions,
        register,
        concurrency=app.config.register.concurrency,
        recheck_after_hours=app.config.register.recheck_after_hours,
        replies=ReplySettings.from_config(app.config),
    )
    log.info(report.line())
    return report.orders


def run_check(args: argparse.Namespace) -> int:
    _logging()
    check_now(app_from(args))
    return 0


def run_lookup(args: argparse.Namespace) -> int:
    _logging()
    app = app_from(args)
    register = open_register(app.config.register, app.sessions)
    if register is None:
        print("register.source is 'off'", file=sys.stderr)
        return 2
    answer = register.lookup(args.number.replace(" ", ""))
    print(f"{answer.org_number} {answer.status} {answer.name or '-'}"
          + (f" (under {answer.parent_number} {answer.parent_name or ''})"
             if answer.parent_number else "")
          + (f" [{answer.problem}]" if answer.problem else ""))  # fmt: skip
    return 0
