"""The ``brreg-intake`` command line: one sub-command per module in ``bot.commands``."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# Each module defines ``register(subparsers)``, which adds its sub-command and sets
# ``func(args) -> int``. Modules are imported lazily per sub-command name so that
# ``parse`` never pays for SQLAlchemy or IMAP imports (cold start matters).
COMMANDS: dict[str, str] = {
    "parse": "bot.commands.parse",
    "ingest": "bot.commands.ingest",
    "orders": "bot.commands.orders",
    "db": "bot.commands.db",
    "poll": "bot.commands.poll",
    "run": "bot.commands.poll",
    "quarantine": "bot.commands.quarantine",
    "demo": "bot.commands.demo",
    "outbox": "bot.commands.outbox",
    "digest": "bot.commands.digest",
    "register": "bot.commands.register",
    "web": "bot.commands.web",
}


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser; with ``only``, just that command's module is imported (the rest are listed)."""
    parser = argparse.ArgumentParser(
        prog="brreg-intake",
        description="Email intake for test access orders to the RRH APIs (Brønnøysundregistrene).",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    modules = {COMMANDS[only]} if only in COMMANDS else set(COMMANDS.values())
    for module in dict.fromkeys(COMMANDS.values()):
        if module in modules:
            importlib.import_module(module).register(subparsers)
    for name, module in COMMANDS.items():
        if module not in modules:
            subparsers.add_parser(name, help=f"(see brreg-intake {name} --help)", add_help=False)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    wanted = next((a for a in args_list if not a.startswith("-")), None)
    parser = build_parser(only=wanted)
    args = parser.parse_args(args_list)
    result: int = args.func(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
