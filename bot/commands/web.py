"""``brreg-intake web [--host H] [--port P] [--local-user NAME]``: the review page
(``bot.web``), served by uvicorn; ``web --add-user NAME``: add a staff member to
``web.password_file`` (asks for the password). ``--local-user`` is for one person on their own
machine (the demo): it is refused unless the page listens on a loopback address.

It binds to ``web.host`` (default 127.0.0.1); anything else must be asked for. A bad password
file or a name that cannot be logged is a one-line error, exit status 2.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from bot.commands.common import add_config_option, app_from
from bot.config import ConfigError, is_loopback, load_config
from bot.web.auth import PasswordFileError, add_user, usable_name

USAGE_ERROR = 2


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("web", help="serve the review page for staff")
    add_config_option(parser)
    parser.add_argument("--host", help="address to listen on (default: web.host, 127.0.0.1)")
    parser.add_argument("--port", type=int, help="port (default: web.port, 8080)")
    parser.add_argument(
        "--add-user", metavar="NAME", help="add NAME to web.password_file and exit"
    )
    parser.add_argument(
        "--local-user",
        metavar="NAME",
        help="one person on their own machine: every request from loopback is NAME (no proxy, "
        "no password); refused unless the page listens on a loopback address",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.add_user is not None:
        return _add_user(args)
    import uvicorn  # only this command needs the server

    from bot.web.app import create_app

    app = app_from(args)
    web = app.config.web
    host = args.host or web.host
    port = args.port or web.port
    local = args.local_user
    problem = None if local is None else usable_name(local)
    if local is not None and problem is None and not is_loopback(host):
        problem = f"only on a loopback address, not {host}"
    if problem is not None:
        print(f"brreg-intake web: --local-user {problem}", file=sys.stderr)
        return USAGE_ERROR
    try:
        site = create_app(app.config, app.sessions, local_user=local)
    except PasswordFileError as exc:
        print(f"brreg-intake web: {exc}", file=sys.stderr)
        return USAGE_ERROR
    who = f"local user {local}" if local else f"auth = {web.auth}"
    print(f"brreg-intake web: http://{host}:{port}/ ({who})", file=sys.stderr)
    # proxy_headers off: the client address is the TCP peer, which auth compares with
    # web.trusted_proxies (X-Forwarded-For would let anyone claim to be the proxy).
    # No access log: its URLs hold search words (names, e-mail addresses).
    uvicorn.run(
        site, host=host, port=port, proxy_headers=False, server_header=False, access_log=False
    )
    return 0


def _add_user(args: argparse.Namespace) -> int:
    try:
        config = load_config(args.config)
    except ConfigError as exc:
        print(f"brreg-intake: {exc}", file=sys.stderr)
        return USAGE_ERROR
    path = config.web.password_file
    if path is None:
        print("brreg-intake web: set web.password_file in the config first", file=sys.stderr)
        return USAGE_ERROR
    password = getpass.getpass(f"Passord for {args.add_user}: ")
    if len(password) < 12 or password != getpass.getpass("Gjenta passordet: "):
        print("brreg-intake web: passwords differ or shorter than 12 characters", file=sys.stderr)
        return USAGE_ERROR
    try:
        add_user(path, args.add_user, password)
    except PasswordFileError as exc:
        print(f"brreg-intake web: {exc}", file=sys.stderr)
        return USAGE_ERROR
    print(f"added {args.add_user} to {path}")
    return 0
