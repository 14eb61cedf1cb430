"""``brreg-intake web [--host H] [--port P]``: the review page (``bot.web``), served by uvicorn;
``web --add-user NAME``: add a staff member to ``web.password_file`` (asks for the password).

It binds to ``web.host`` (default 127.0.0.1); anything else must be asked for. A bad password
file or a name that cannot be logged is a one-line error, exit status 2.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from bot.commands.common import add_config_option, app_from
from bot.config import ConfigError, WebAuth, load_config
from bot.web.auth import PasswordFileError, add_user

USAGE_ERROR = 2


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("web", help="serve the review page for staff")
    add_config_option(parser)
    parser.add_argument("--host", help="address to listen on (default: web.host, 127.0.0.1)")
    parser.add_argument("--port", type=int, help="port (default: web.port, 8080)")
    parser.add_argument(
        "--add-user", metavar="NAME", help="add NAME to web.password_file and exit"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.add_user is not None:
        return _add_user(args)
    import uvicorn  # only this command needs the server

    from bot.web.app import create_app

    app = app_from(args)
    web = app.config.web
    try:
        site = create_app(app.config, app.sessions)
    except PasswordFileError as exc:
        print(f"brreg-intake web: {exc}", file=sys.stderr)
        return USAGE_ERROR
    host = args.host or web.host
    port = args.port or web.port
    print(f"Gjennomgangssiden: http://{host}:{port}/ (identitet: {web.auth})", file=sys.stderr)
    forwarded = list(web.trusted_proxies) if web.auth is WebAuth.PROXY else []
    uvicorn.run(
        site, host=host, port=port, proxy_headers=False, forwarded_allow_ips=forwarded or None,
        server_header=False, log_level="warning",
    )  # fmt: skip
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
