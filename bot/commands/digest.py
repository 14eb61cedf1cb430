"""``brreg-intake digest --preview [--out DIR]`` and ``brreg-intake digest --send``.

``--preview`` gathers and renders today's digest without sending anything: the plain text on
stdout, or ``digest.html``, ``digest.txt`` and the CSV (named as the mail's attachment,
``klare-bestillinger.csv``) written to DIR; a file already there is not overwritten.
``--send`` queues today's digest in the outbox now, under the once-per-day rule (a second
``--send`` the same day says whether the first was sent or still waits, and queues nothing);
``--force-again`` queues another one deliberately.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

from bot.cli import CommandError
from bot.commands.common import add_config_option, app_from
from bot.digest.content import gather
from bot.digest.render import CSV_FILENAME, render
from bot.digest.schedule import send_digest


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("digest", help="preview or send the staff's daily digest")
    add_config_option(parser)
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--preview", action="store_true", help="render today's digest, send nothing")
    mode.add_argument("--send", action="store_true", help="queue today's digest in the outbox now")
    parser.add_argument(
        "--out",
        metavar="DIR",
        type=Path,
        help=f"with --preview: write digest.html/.txt, {CSV_FILENAME}",
    )
    parser.add_argument(
        "--force-again",
        action="store_true",
        help="with --send: queue another digest even though today's was sent",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.out is not None and not args.preview:
        print("brreg-intake digest: --out goes with --preview", file=sys.stderr)
        return 2
    if args.force_again and not args.send:
        print("brreg-intake digest: --force-again goes with --send", file=sys.stderr)
        return 2
    app = app_from(args)
    now = datetime.now(UTC)
    if args.send:
        try:
            result = send_digest(app.sessions, app.config, now=now, force_again=args.force_again)
        except ValueError as exc:
            print(f"brreg-intake digest: {exc}", file=sys.stderr)
            return 2
        print(result.line())
        return 0
    with app.sessions() as session:
        digest = gather(session, app.config.digest, now=now)
        rendered = render(digest, page_url=app.config.web.base_url)
    if args.out is None:
        sys.stdout.write(f"Emne: {rendered.subject}\n\n{rendered.text}")
        return 0
    files = {"digest.html": rendered.html, "digest.txt": rendered.text, CSV_FILENAME: rendered.csv}
    if args.out.exists() and not args.out.is_dir():
        raise CommandError(f"digest --out {args.out}: exists and is not a folder")
    there = [name for name in files if (args.out / name).exists()]
    if there:
        raise CommandError(f"digest --out {args.out}: {', '.join(there)} already there (kept)")
    args.out.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        (args.out / name).write_text(content, encoding="utf-8")
        print(args.out / name)
    return 0
