"""The review page over plain HTTP: who may see it, what a forged form gets, how vendor text is
shown, and the staff actions recorded under the staff member's name."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from bot.config import WebAuth
from bot.web.app import create_app
from bot.web.auth import add_user
from storage.orders import find_order_by_reference
from tests.web.conftest import COMPLETE_ORDER, ORDER_WITHOUT_PHONE, STAFF, Desk, web_config


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([0-9a-f]+)"', html)
    assert found, "the page has a form with a CSRF token"
    return found.group(1)


def test_the_ready_list_shows_a_filed_order_and_links_to_it(desk: Desk, client: TestClient) -> None:
    filed = desk.receive(COMPLETE_ORDER, n=1)
    page = client.get("/")
    assert page.status_code == 200
    assert f'href="/ordre/{filed.reference}"' in page.text
    assert "Fjordkode AS" in page.text
    assert page.headers["Content-Security-Policy"].startswith("default-src 'self'")
    assert "<script" not in page.text


def test_search_finds_an_order_by_org_number_written_with_spaces_and_by_email(
    desk: Desk, client: TestClient
) -> None:
    filed = desk.receive(COMPLETE_ORDER, n=1)
    for query in ("974 760 673", "KARI.NORDMANN@eksempel", filed.reference or "", "fjordkode"):
        assert filed.reference in client.get("/", params={"q": query}).text, query
    assert filed.reference not in client.get("/", params={"q": "ingen-slik"}).text


def test_no_identity_from_the_proxy_no_page(desk: Desk) -> None:
    site = create_app(web_config(desk.app), desk.app.sessions)
    anonymous = TestClient(site, client=("127.0.0.1", 50000))
    assert anonymous.get("/").status_code == 401


def test_the_header_is_not_believed_from_an_address_that_is_not_the_proxy(desk: Desk) -> None:
    site = create_app(web_config(desk.app, trusted_proxies=("10.0.0.5",)), desk.app.sessions)
    outsider = TestClient(site, headers={"X-Remote-User": STAFF}, client=("127.0.0.1", 50000))
    assert outsider.get("/").status_code == 401


def test_a_post_without_the_csrf_token_is_refused_and_changes_nothing(
    desk: Desk, client: TestClient
) -> None:
    filed = desk.receive(COMPLETE_ORDER, n=1)
    forged = client.post(f"/ordre/{filed.reference}/ferdig", data={})
    assert forged.status_code == 403
    wrong = client.post(f"/ordre/{filed.reference}/ferdig", data={"csrf": "0" * 64})
    assert wrong.status_code == 403
    with desk.app.sessions() as session:
        record = find_order_by_reference(session, filed.reference or "")
        assert record is not None and record.status == "ready"


def test_a_phone_corrected_on_the_page_is_checked_stored_and_recorded_with_the_name(
    desk: Desk, client: TestClient
) -> None:
    filed = desk.receive(ORDER_WITHOUT_PHONE, n=1)
    page = client.get(f"/ordre/{filed.reference}")
    token = csrf_of(page.text)
    refused = client.post(
        f"/ordre/{filed.reference}/felt",
        data={"csrf": token, "felt": "applicant.contact.phone", "verdi": "12"},
    )
    assert "Ikke gjort" in refused.text
    saved = client.post(
        f"/ordre/{filed.reference}/felt",
        data={"csrf": token, "felt": "applicant.contact.phone", "verdi": "912 34 567"},
    )
    assert "lagret" in saved.text, re.findall(r"role=.status.>[^<]*", saved.text)
    assert "+4791234567" in saved.text
    with desk.app.sessions() as session:
        record = find_order_by_reference(session, filed.reference or "")
        assert record is not None
        change = [e for e in record.events if e.field_path == "applicant.contact.phone"][-1]
        assert (change.actor, change.new_value) == (STAFF, "+4791234567")


def test_rejecting_needs_a_reason_and_keeps_it(desk: Desk, client: TestClient) -> None:
    filed = desk.receive(COMPLETE_ORDER, n=1)
    token = csrf_of(client.get(f"/ordre/{filed.reference}").text)
    empty = client.post(f"/ordre/{filed.reference}/avvis", data={"csrf": token, "begrunnelse": " "})
    assert "Ikke gjort" in empty.text
    client.post(f"/ordre/{filed.reference}/avvis", data={"csrf": token, "begrunnelse": "Dublett"})
    page = client.get("/", params={"liste": "avviste"})
    assert filed.reference in page.text


def test_vendor_markup_is_shown_as_text_never_run(desk: Desk, client: TestClient) -> None:
    body = COMPLETE_ORDER.replace("Fjordkode AS", "Fjordkode <script>alert(1)</script> AS")
    filed = desk.receive(body, n=1)
    page = client.get(f"/ordre/{filed.reference}")
    assert "<script>alert(1)</script>" not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text


def test_a_national_id_in_the_mail_is_never_shown(desk: Desk, client: TestClient) -> None:
    body = COMPLETE_ORDER.replace("Med vennlig", "Mitt fødselsnummer er 15019000181.\n\nMed vennlig")
    filed = desk.receive(body, n=1)
    page = client.get(f"/ordre/{filed.reference}")
    assert "15019000181" not in page.text


def test_the_field_table_shows_the_text_each_value_came_from(desk: Desk, client: TestClient) -> None:
    filed = desk.receive(COMPLETE_ORDER, n=1)
    page = client.get(f"/ordre/{filed.reference}").text
    assert re.search(r"<mark[^>]*>[^<]*974 760 673", page), "the org number's text is marked"
    assert 'href="#epost-1"' in page


def test_a_quarantined_mail_is_listed_and_dismissed_by_name(
    desk: Desk, client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk.receive_broken(monkeypatch, n=1)
    page = client.get("/", params={"liste": "merknader"})
    assert "Karantene" in page.text
    qid = re.search(r'action="/karantene/(\d+)/avvis"', page.text)
    assert qid
    done = client.post(f"/karantene/{qid.group(1)}/avvis", data={"csrf": csrf_of(page.text)})
    assert "tatt ut av karantene" in done.text
    assert "Karantene" not in client.get("/", params={"liste": "merknader"}).text


def test_password_mode_asks_for_basic_credentials(desk: Desk, tmp_path: Path) -> None:
    users = tmp_path / "users"
    add_user(users, "Siri", "et langt passord")
    config = web_config(desk.app, auth=WebAuth.PASSWORD, password_file=users)
    site = create_app(config, desk.app.sessions)
    browser = TestClient(site)
    assert browser.get("/").status_code == 401
    assert "Basic" in browser.get("/").headers["WWW-Authenticate"]
    assert browser.get("/", auth=("Siri", "feil passord")).status_code == 401
    assert browser.get("/", auth=("Siri", "et langt passord")).status_code == 200


def test_a_local_user_is_served_only_from_this_machine(desk: Desk) -> None:
    site = create_app(web_config(desk.app), desk.app.sessions, local_user="Siri")
    here = TestClient(site, client=("127.0.0.1", 50000))
    assert "Innlogget: Siri" in here.get("/").text
    elsewhere = TestClient(site, client=("192.0.2.7", 50000))
    assert elsewhere.get("/").status_code == 401


def test_the_command_refuses_a_local_user_on_an_outside_address(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from bot.cli import main

    monkeypatch.chdir(tmp_path)  # the embedded defaults' database goes under var/ here
    monkeypatch.delenv("BRREG_INTAKE_DATABASE_URL", raising=False)
    code = main(["web", "--local-user", "Siri", "--host", "0.0.0.0"])
    assert code == 2
    assert capsys.readouterr().err.strip() == (
        "brreg-intake web: --local-user only on a loopback address, not 0.0.0.0"
    )


def test_two_open_orders_from_the_same_applicant_need_attention(
    desk: Desk, client: TestClient
) -> None:
    first = desk.receive(COMPLETE_ORDER, n=1)
    second = desk.receive(COMPLETE_ORDER.replace("Hei,", "Hei igjen,"), n=2, subject="Ny bestilling")
    assert first.reference != second.reference
    page = client.get("/", params={"liste": "merknader"}).text
    assert f"mulig dublett av {second.reference}" in page
    assert f"mulig dublett av {first.reference}" in page


def test_a_mail_the_reader_was_unsure_of_is_in_the_attention_list(
    desk: Desk, client: TestClient
) -> None:
    from bot.config import SAMPLE_MAIL
    from bot.intake import file_message

    raw = (SAMPLE_MAIL / "11_sporsmal.eml").read_bytes()  # a question near order words
    with desk.app.sessions() as session, session.begin():
        file_message(session, raw)
    page = client.get("/", params={"liste": "merknader"}).text
    assert "E-post som bør kontrolleres" in page
    assert "Dokumentasjon for API-ene i testmiljøet?" in page


def test_search_finds_a_name_with_norwegian_letters_in_any_case(
    desk: Desk, client: TestClient
) -> None:
    filed = desk.receive(COMPLETE_ORDER.replace("Fjordkode AS", "Blåbærkode AS"), n=1)
    assert filed.reference in client.get("/", params={"q": "BLÅBÆRKODE"}).text


def _unsure_mail(desk: Desk) -> None:
    """A mail the reader could not call an order: it waits in the attention list."""
    from bot.config import SAMPLE_MAIL
    from bot.intake import file_message

    raw = (SAMPLE_MAIL / "11_sporsmal.eml").read_bytes()  # a question near order words
    with desk.app.sessions() as session, session.begin():
        file_message(session, raw)


def _review_form(page: str, action: str) -> str:
    found = re.search(rf'action="(/kontroll/\d+/{action})"', page)
    assert found, f"the attention list has a {action} button"
    return found.group(1)


def test_a_mail_that_needs_review_accepted_becomes_an_order_under_the_staff_name(
    desk: Desk, client: TestClient
) -> None:
    _unsure_mail(desk)
    page = client.get("/", params={"liste": "merknader"}).text
    accepted = client.post(_review_form(page, "godta"), data={"csrf": csrf_of(page)})
    reference = re.search(r"<h1>(RRH-\d{4}-\d{4})", accepted.text)
    assert reference, "accepting lands on the new order's page"
    assert f"lagt inn som bestilling {reference.group(1)}" in accepted.text
    assert "E-post som bør kontrolleres" not in client.get("/?liste=merknader").text
    with desk.app.sessions() as session:
        record = find_order_by_reference(session, reference.group(1))
        assert record is not None
        assert any(e.actor == STAFF and e.action == "created" for e in record.events)
    again = client.post(_review_form(page, "godta"), data={"csrf": csrf_of(page)})
    assert "Ikke gjort: e-posten venter ikke lenger på kontroll" in again.text


def test_a_mail_that_needs_review_dismissed_leaves_the_list_with_the_reason_kept(
    desk: Desk, client: TestClient
) -> None:
    from sqlalchemy import select

    from storage.review import ReviewDecision

    _unsure_mail(desk)
    page = client.get("/", params={"liste": "merknader"}).text
    form = _review_form(page, "avvis")
    bad = client.post(form, data={"csrf": csrf_of(page), "begrunnelse": "x" * 501})
    assert "Ikke gjort: begrunnelsen kan ikke lagres: for lang" in bad.text
    done = client.post(form, data={"csrf": csrf_of(page), "begrunnelse": "Bare et spørsmål"})
    assert "registrert som ikke en bestilling" in done.text
    assert "E-post som bør kontrolleres" not in done.text
    with desk.app.sessions() as session:
        decision = session.scalars(select(ReviewDecision)).one()
        assert (decision.actor, decision.decision, decision.reason) == (
            STAFF, "not_an_order", "Bare et spørsmål"
        )  # fmt: skip
    again = client.post(form, data={"csrf": csrf_of(page)})
    assert "Ikke gjort: e-posten venter ikke lenger på kontroll" in again.text


def _reply_button(page: str, action: str) -> str:
    found = re.search(rf'action="(/ordre/[^"]+/svar/\d+/{action})"', page)
    assert found, f"the conversation has a {action} button"
    return found.group(1)


def test_a_pending_reply_is_held_released_and_cancelled_by_name(
    desk: Desk, client: TestClient
) -> None:
    from storage.models import OutboxMail, OutboxState

    filed = desk.receive(ORDER_WITHOUT_PHONE, n=1)  # the vendor is asked for the phone
    page = client.get(f"/ordre/{filed.reference}").text
    token = csrf_of(page)
    held = client.post(_reply_button(page, "hold"), data={"csrf": token})
    assert "svaret er holdt tilbake" in held.text
    assert "Send likevel" in held.text
    released = client.post(_reply_button(held.text, "slipp"), data={"csrf": token})
    assert "svaret sendes likevel" in released.text
    cancelled = client.post(_reply_button(released.text, "stopp"), data={"csrf": token})
    assert "svaret er stoppet og blir aldri sendt" in cancelled.text
    assert "Stopp svaret" not in cancelled.text
    again = client.post(_reply_button(page, "hold"), data={"csrf": token})
    assert "Ikke gjort: svaret er allerede stoppet" in again.text
    with desk.app.sessions() as session:
        record = find_order_by_reference(session, filed.reference or "")
        assert record is not None
        moves = [e.action for e in record.events if e.actor == STAFF]
        assert moves == ["reply_held", "reply_released", "reply_withdrawn"]
        mails = session.query(OutboxMail).filter_by(order_id=record.id).all()
        assert [m.state for m in mails] == [OutboxState.CANCELLED]


def test_a_reply_of_another_order_is_not_touched_from_this_page(
    desk: Desk, client: TestClient
) -> None:
    first = desk.receive(ORDER_WITHOUT_PHONE, n=1)
    second = desk.receive(COMPLETE_ORDER.replace("Fjordkode", "Havkode"), n=2, subject="Ny")
    page = client.get(f"/ordre/{first.reference}").text
    foreign = _reply_button(page, "hold").replace(first.reference or "", second.reference or "")
    refused = client.post(foreign, data={"csrf": csrf_of(page)})
    assert "Ikke gjort: fant ikke det svaret på denne bestillingen" in refused.text
