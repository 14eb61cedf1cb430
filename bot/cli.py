"""The ``brreg-intake`` command line: one sub-command per module in ``bot.commands``.

Errors of the user or the environment (a bad option, an unreachable server, a database that
cannot be opened, a closed pipe) are one line on stderr, ``brreg-intake: <what>``, and exit
status 1 (2 for usage errors); only a bug shows a traceback. A command raises ``CommandError``
for its own; ``main`` translates the known library errors (``_environment_problem``).
``--config FILE`` is accepted anywhere on the line, before or after the sub-command.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

FAILURE = 1
USAGE = 2


class CommandError(Exception):
    """A problem of the user's input or the environment: printed as one line, no traceback.
    ``status``: the exit status (1, or 2 for a usage error)."""

    def __init__(self, message: str, status: int = FAILURE) -> None:
        super().__init__(message)
        self.status = status

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
    "token": "bot.commands.token",
    "check": "bot.commands.check",
    "review": "bot.commands.review",
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


def hoist_config(argv: Sequence[str]) -> tuple[str | None, list[str]]:
    """``--config FILE`` / ``--config=FILE`` taken out of ``argv`` wherever it stands (the
    last one wins), and the rest of the arguments. A value starting with '-' is no file."""
    config: str | None = None
    rest: list[str] = []
    items = iter(argv)
    for item in items:
        if item == "--":
            rest += [item, *items]
            break
        if item.startswith("--config="):
            config = item.partition("=")[2]
        elif item == "--config":
            value = next(items, None)
            if value is None or value.startswith("-"):
                raise CommandError("--config needs a FILE", USAGE)
            config = value
        else:
            rest.append(item)
    return config, rest


def main(argv: Sequence[str] | None = None) -> int:
    try:
        config, args_list = hoist_config(list(sys.argv[1:] if argv is None else argv))
        wanted = next((a for a in args_list if not a.startswith("-")), None)
        parser = build_parser(only=wanted)
        args = parser.parse_args(args_list)
        if config is not None:
            args.config = config
        result: int = args.func(args)
        sys.stdout.flush()  # a closed pipe shows here, inside the handler
        return result
    except CommandError as exc:
        return _fail(str(exc), exc.status)
    except BrokenPipeError:  # `brreg-intake orders list | head -1`: the reader has gone
        _silence_stdout()
        return FAILURE
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        problem = _environment_problem(exc)
        if problem is None:
            raise
        return _fail(problem, FAILURE)


def _fail(message: str, status: int) -> int:
    print(f"brreg-intake: {message}", file=sys.stderr)
    return status


def _silence_stdout() -> None:
    """Python flushes stdout again at exit; point it at /dev/null so that no second
    BrokenPipeError is printed (the Python docs' recipe, 'Note on SIGPIPE')."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _environment_problem(exc: BaseException) -> str | None:
    """One line for an error of the environment (database, network, files, config, secrets),
    None for anything else (a bug: its traceback is shown). Library classes are matched by
    module and name so that this module imports none of them (cold start)."""
    kind = type(exc)
    module = kind.__module__
    if module.startswith("sqlalchemy"):
        return _database_problem(exc)
    names = {c.__name__ for c in kind.__mro__}
    if names & {"ConfigError", "MailboxError", "SMTPException", "error"} and module.startswith(
        ("bot.", "smtplib", "imaplib")
    ):
        return _first_line(exc) or kind.__name__
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        return f"{exc.strerror or _first_line(exc) or kind.__name__}{where}"
    return None


def _database_problem(exc: BaseException) -> str | None:
    name = type(exc).__name__
    if name == "ArgumentError":  # the URL could not be parsed; it may hold a password
        return "the database URL is malformed (see BRREG_INTAKE_DATABASE_URL / [database] url)"
    if name == "NoSuchModuleError":
        return "the database URL names an unknown database kind (sqlite or postgresql)"
    if name in ("OperationalError", "InterfaceError"):
        original = getattr(exc, "orig", None)
        return f"the database cannot be used: {_first_line(original or exc)}"
    return None


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0].strip() if lines else ""


if __name__ == "__main__":
    sys.exit(main())
