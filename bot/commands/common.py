"""What the sub-commands share: the --config option, building the app from it, and the check
of the staff name every staff command takes (--by)."""

from __future__ import annotations

import argparse

from bot.bootstrap import App, build_app
from bot.cli import USAGE, CommandError
from bot.config import ConfigError
from rules.text_safety import staff_text_problem
from storage.orders import BOT

NAME_MAX = 100  # characters of a --by name (the actor columns hold 255)


def add_config_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config",
        metavar="FILE",
        default=None,
        help="TOML config (default: the embedded defaults; see config.example.toml)",
    )


def app_from(args: argparse.Namespace) -> App:
    """The app for ``--config``; a bad config stops the program naming the file and key."""
    try:
        return build_app(args.config)
    except ConfigError as exc:
        raise CommandError(str(exc), USAGE) from None


def staff_name_problem(by: str) -> str | None:
    """What is wrong with the staff name given as ``--by``, in one line, or None: it must be
    visible, one line, at most ``NAME_MAX`` characters and not the bot's own name."""
    name = by.strip()
    problem = staff_text_problem(name)
    if problem is None and len(name) > NAME_MAX:
        problem = f"must be at most {NAME_MAX} characters"
    if problem is None and name.lower() == BOT:
        problem = f"{BOT!r} is the bot's own name"
    return None if problem is None else f"--by {problem}"
