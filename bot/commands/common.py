"""What the sub-commands share: the --config option and building the app from it."""

from __future__ import annotations

import argparse

from bot.bootstrap import App, build_app
from bot.cli import USAGE, CommandError
from bot.config import ConfigError


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
