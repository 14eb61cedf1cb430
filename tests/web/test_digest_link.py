"""The daily digest links each order to its page on the review page (``web.base_url``)."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.config import DigestConfig
from bot.digest.content import gather
from bot.digest.render import render
from tests.web.conftest import COMPLETE_ORDER, Desk


def test_the_digest_links_a_ready_order_to_its_page(desk: Desk) -> None:
    filed = desk.receive(COMPLETE_ORDER, n=1)
    with desk.app.sessions() as session:
        digest = gather(session, DigestConfig(), now=datetime.now(UTC))
    rendered = render(digest, page_url="https://rrh.example.no/inntak/")
    link = f"https://rrh.example.no/inntak/ordre/{filed.reference}"
    assert f'href="{link}"' in rendered.html
    assert link in rendered.text
    assert "/ordre/" not in render(digest).html, "no base URL, no link"
