"""Render the review page's main views to PNGs, to look at them as staff will.

Files the bundled demo mail (``bot/sample_mail``) into a temporary SQLite database through the
real intake, checks its numbers against the demo register copy, serves the page on 127.0.0.1
(uvicorn, a free port) and screenshots it with Debian's Chromium driven by Playwright
(``apt-get install -y chromium-headless-shell``; nothing is loaded from the network):
the ready list, the waiting list, the attention list, and each order named with ``--order``
(default: the first order waiting for the vendor and the first ready one).

    .venv/bin/python scripts/render_review_png.py [--out-dir var/review]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from playwright.sync_api import sync_playwright  # noqa: E402

from bot.bootstrap import App, build_app  # noqa: E402
from bot.commands.register import check_now  # noqa: E402
from bot.config import SAMPLE_MAIL  # noqa: E402
from bot.intake import file_message  # noqa: E402
from bot.register.demo import load_sample_register  # noqa: E402
from bot.web.app import create_app  # noqa: E402
from storage.models import OrderStatus  # noqa: E402
from storage.orders import list_orders  # noqa: E402
from tests.web.browser import chromium_path, serving  # noqa: E402

STAFF = "Siri Saksbehandler"


def seed(app: App) -> list[str]:
    """The demo mail filed as ``brreg-intake ingest`` files it; the references to show."""
    load_sample_register(app)
    for path in sorted(SAMPLE_MAIL.glob("*.eml")):
        with app.sessions.begin() as session:
            file_message(session, path.read_bytes())
    check_now(app)
    with app.sessions() as session:
        records = list_orders(session)
        wanted = [
            next((r.reference for r in records if r.status is status), None)
            for status in (OrderStatus.WAITING_FOR_VENDOR, OrderStatus.READY)
        ]
    return [w for w in wanted if w]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", type=Path, default=REPO / "var" / "review")
    parser.add_argument("--order", action="append", default=[], help="a reference to render")
    parser.add_argument("--width", type=int, default=1280)
    args = parser.parse_args()
    browser_path = chromium_path()
    if browser_path is None:
        raise SystemExit("no Chromium: apt-get install -y chromium-headless-shell")
    args.out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as temp:
        config_file = Path(temp) / "config.toml"
        config_file.write_text(f'[database]\nurl = "sqlite:///{temp}/review.sqlite3"\n')
        app = build_app(config_file)
        references = args.order or seed(app)
        config = replace(app.config, web=replace(app.config.web, trusted_proxies=("127.0.0.1",)))
        pages = {
            "klare": "/?liste=klare",
            "venter": "/?liste=venter",
            "merknader": "/?liste=merknader",
            **{ref: f"/ordre/{ref}" for ref in references},
        }
        with serving(create_app(config, app.sessions)) as url, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=browser_path)
            context = browser.new_context(
                base_url=url,
                viewport={"width": args.width, "height": 900},
                extra_http_headers={"X-Remote-User": STAFF},
            )
            page = context.new_page()
            for name, path in pages.items():
                page.goto(path)
                out = args.out_dir / f"{name}.png"
                page.screenshot(path=str(out), full_page=True)
                print(out)
            browser.close()
        app.engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
