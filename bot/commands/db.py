"""``brreg-intake db upgrade``: bring the database to the newest migration."""

from __future__ import annotations

import argparse

from bot.commands.common import add_config_option, app_from


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("db", help="database maintenance")
    add_config_option(parser)
    actions = parser.add_subparsers(dest="action", required=True)
    actions.add_parser("upgrade", help="apply the Alembic migrations (idempotent)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    app = app_from(args)  # migrates on start
    where = app.engine.url.render_as_string(hide_password=True)
    print(f"database is at the newest migration ({where})")
    return 0
