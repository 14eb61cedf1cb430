"""``brreg-intake ingest PATH...``: file saved .eml files as if they had arrived.

A folder gives its ``*.eml`` files in name order. Feeding the same mail again files nothing
new (it is recognised by Message-ID and SHA-256).
"""

from __future__ import annotations

import argparse
import sys

from bot.budget import ParseBudget
from bot.commands.common import add_config_option, app_from
from bot.commands.parse import expand
from bot.poll import ingest_files
from bot.replies import ReplySettings


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("ingest", help="file saved .eml files through the intake")
    add_config_option(parser)
    parser.add_argument("paths", nargs="+", metavar="PATH", help=".eml files, or folders of them")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        files = expand(args.paths)
    except FileNotFoundError as exc:
        print(f"brreg-intake ingest: no such file or folder: {exc}", file=sys.stderr)
        return 2
    app = app_from(args)
    blobs = (f.read_bytes() for f in files)
    outcomes = ingest_files(
        app.sessions,
        blobs,
        ReplySettings.from_config(app.config),
        ParseBudget.from_config(app.config),
    )
    summary = " ".join(f"{k}={v}" for k, v in sorted(outcomes.items()))
    print(f"ingested {len(files)} file(s): {summary}")
    return 0
