"""The review page as staff use it, in Chromium: a morning's work, a needs-review mail
accepted as an order, a quarantined mail read again, a forged form from another site, a visitor the proxy did not name, and vendor markup
that stays text."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect, sync_playwright

from bot.web.app import create_app
from storage.orders import find_order_by_reference
from tests.web.browser import chromium_path, serving
from tests.web.conftest import COMPLETE_ORDER, STAFF, Desk, web_config


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    path = chromium_path()
    if path is None:
        pytest.skip("no Chromium installed (scripts/bootstrap.sh --dev installs it)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=path)
        yield launched
        launched.close()


@pytest.fixture
def site_url(desk: Desk) -> Iterator[str]:
    """The page behind a proxy on this machine (127.0.0.1 is the trusted proxy)."""
    app = create_app(web_config(desk.app, trusted_proxies=("127.0.0.1",)), desk.app.sessions)
    with serving(app) as url:
        yield url


@pytest.fixture
def staff(browser: Browser, site_url: str) -> Iterator[Page]:
    """A browser tab of a member of staff, named by the proxy in X-Remote-User."""
    context: BrowserContext = browser.new_context(
        base_url=site_url, extra_http_headers={"X-Remote-User": STAFF}
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def test_a_mornings_work_correct_a_phone_and_mark_the_order_done(desk: Desk, staff: Page) -> None:
    filed = desk.receive(COMPLETE_ORDER, n=1)
    staff.goto("/")
    expect(staff.get_by_role("heading", name="Klare for TT02")).to_be_visible()
    staff.get_by_role("link", name=filed.reference).click()
    expect(staff.get_by_role("heading", level=1)).to_contain_text(filed.reference or "")

    phone = staff.get_by_label("Ny verdi for Søkers kontakt: telefon")
    phone.fill("+47 913 45 678")
    staff.locator("#felt-applicant\\.contact\\.phone").get_by_role("button", name="Lagre").click()
    expect(staff.get_by_role("status")).to_contain_text("applicant.contact.phone lagret")
    expect(staff.locator("#felt-applicant\\.contact\\.phone .value")).to_have_text("+4791345678")

    staff.get_by_role("button", name="Marker som ferdig").click()
    expect(staff.get_by_role("status")).to_contain_text("markert som ferdig")
    staff.get_by_role("link", name="Til listene").click()
    staff.get_by_role("link", name=re.compile("^Ferdige")).click()
    expect(staff.get_by_role("link", name=filed.reference)).to_be_visible()

    with desk.app.sessions() as session:
        record = find_order_by_reference(session, filed.reference or "")
        assert record is not None and record.status == "done"
        assert {e.actor for e in record.events if e.actor != "bot"} == {STAFF}


def test_a_quarantined_mail_is_read_again_once_the_bug_is_fixed(
    desk: Desk, staff: Page, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk.receive_broken(monkeypatch, n=1)
    staff.goto("/?liste=merknader")
    expect(staff.get_by_role("heading", name=re.compile("Karantene"))).to_be_visible()
    staff.get_by_role("button", name="Les på nytt").click()
    expect(staff.get_by_role("status")).to_contain_text("lest på nytt: new_order")
    expect(staff.get_by_role("heading", name=re.compile("Karantene"))).to_have_count(0)
    staff.goto("/")
    expect(staff.get_by_role("link", name=re.compile(r"^RRH-"))).to_have_count(1)


def test_a_needs_review_mail_accepted_as_an_order(desk: Desk, staff: Page) -> None:
    from bot.config import SAMPLE_MAIL
    from bot.intake import file_message

    raw = (SAMPLE_MAIL / "11_sporsmal.eml").read_bytes()  # a question near order words
    with desk.app.sessions() as session, session.begin():
        file_message(session, raw)
    staff.goto("/")
    staff.get_by_role("link", name=re.compile("^Trenger oppmerksomhet")).click()
    reviews = staff.locator("table.reviews")
    expect(reviews).to_contain_text("Dokumentasjon for API-ene i testmiljøet?")
    reviews.get_by_role("button", name="Legg inn som bestilling").click()

    heading = staff.get_by_role("heading", level=1)
    expect(heading).to_contain_text(re.compile(r"RRH-\d{4}-\d{4}"))
    reference = (heading.text_content() or "").split()[0]
    expect(staff.get_by_role("status")).to_contain_text(f"lagt inn som bestilling {reference}")
    with desk.app.sessions() as session:
        record = find_order_by_reference(session, reference)
        assert record is not None
        assert any(e.actor == STAFF and e.action == "created" for e in record.events)


def test_a_form_forged_on_another_site_is_refused(
    desk: Desk, staff: Page, site_url: str
) -> None:
    filed = desk.receive(COMPLETE_ORDER, n=1)
    staff.set_content(
        f'<form method="post" action="{site_url}/ordre/{filed.reference}/ferdig">'
        '<button type="submit">Vinn en premie</button></form>'
    )
    with staff.expect_navigation() as navigation:
        staff.get_by_role("button", name="Vinn en premie").click()
    response = navigation.value
    assert response is not None and response.status == 403
    with desk.app.sessions() as session:
        record = find_order_by_reference(session, filed.reference or "")
        assert record is not None and record.status == "ready"


def test_a_visitor_the_proxy_did_not_name_sees_nothing(browser: Browser, site_url: str) -> None:
    context = browser.new_context(base_url=site_url)
    page = context.new_page()
    response = page.goto("/")
    assert response is not None and response.status == 401
    expect(page.locator("body")).to_have_text("Ikke innlogget.")
    context.close()


def test_vendor_markup_is_shown_as_text_and_never_runs(desk: Desk, staff: Page) -> None:
    body = COMPLETE_ORDER.replace("Fjordkode AS", "Fjordkode <script>alert(1)</script> AS")
    filed = desk.receive(body, n=1)
    dialogs: list[str] = []
    staff.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    staff.goto(f"/ordre/{filed.reference}")
    expect(staff.locator("article.mail").first).to_contain_text("<script>alert(1)</script>")
    assert dialogs == []
    assert staff.locator("script").count() == 0
