"""``brreg-intake token``: get a Microsoft 365 app-only access token with the [m365] section.

Prints the token on stdout (so the command can serve as another program's token command), or
with ``--check`` one line saying that a token was issued and for how long, never the token.
A failure prints one line saying what to fix (``bot.auth.m365.HINTS``) and exits 1.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace

from bot.commands.common import add_config_option
from bot.config import DEFAULTS_SOURCE, ConfigError, load_config, require_m365


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    token = subparsers.add_parser(
        "token", help="get a Microsoft 365 app-only access token ([m365] in the config)"
    )
    add_config_option(token)
    token.add_argument(
        "--check", action="store_true", help="only say whether a token was issued (not printed)"
    )
    token.set_defaults(func=run_token)


def run_token(args: argparse.Namespace) -> int:
    from bot.auth import M365TokenProvider, TokenError

    try:
        config = load_config(args.config)
        require_m365(config.m365, str(args.config or DEFAULTS_SOURCE))
    except ConfigError as exc:
        print(f"brreg-intake token: {exc}", file=sys.stderr)
        return 1
    tokens = M365TokenProvider(replace(config.m365, refresh_margin_seconds=0))
    try:
        token = tokens.token()
    except TokenError as exc:
        print(f"brreg-intake token: {exc}", file=sys.stderr)
        return 1
    if args.check:
        print(f"token ok: app-only token for {config.m365.scope} issued by the tenant")
    else:
        print(token)
    return 0
