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
}


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="brreg-intake",
        description="Email intake for test access orders to the RRH APIs (Brønnøysundregistrene).",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, module in COMMANDS.items():
        if only is not None and name != only:
            subparsers.add_parser(name, help=f"(see brreg-intake {name} --help)", add_help=False)
            continue
        importlib.import_module(module).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    wanted = next((a for a in args_list if not a.startswith("-")), None)
    parser = build_parser(only=wanted if wanted in COMMANDS else None)
    args = parser.parse_args(args_list)
    result: int = args.func(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
