"""The review page as a Starlette application: server-rendered Norwegian pages, no JavaScript.

Every request must come from a known staff member (``bot.web.auth``: 401 otherwise); every
POST must carry that member's CSRF token (403 otherwise); every response carries a strict
Content-Security-Policy and refuses framing. Vendor text is escaped by Jinja2's autoescape and
passed through ``rules.text_safety.shown`` before it gets there.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy.orm import Session, sessionmaker
from starlette.applications import Starlette
from starlette.datastructures import FormData
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from bot.config import Config
from bot.digest.render import words
from bot.replies import ReplySettings
from bot.web import actions
from bot.web.auth import Authenticator, CsrfTokens
from bot.web.views import FIELD_LABELS, conversation_of, fields_of
from rules.text_safety import shown
from storage.models import MessageRecord, OrderRecord
from storage.orders import find_order_by_reference
from storage.queries import (
    OrderList,
    list_counts,
    list_rows,
    open_quarantine,
    order_story,
    quarantine_row,
    review_messages,
    search_rows,
)

log = logging.getLogger(__name__)
HERE = Path(__file__).parent
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
LIST_TITLES = {
    OrderList.READY: "Klare for TT02",
    OrderList.WAITING: "Venter på leverandøren",
    OrderList.ATTENTION: "Trenger oppmerksomhet",
    OrderList.DONE: "Ferdige",
    OrderList.REJECTED: "Avviste",
}

STATE_LABELS = {  # orders, received mail, outgoing mail: the words staff read
    "ready": "klar",
    "waiting_for_vendor": "venter på leverandøren",
    "done": "ferdig",
    "rejected": "avvist",
    "not_an_order": "ikke en bestilling",
    "filed": "lest",
    "screened": "sortert ut",
    "quarantined": "i karantene",
    "duplicate": "dublett",
    "pending": "venter på sending",
    "claimed": "sendes nå",
    "sent": "sendt",
    "failed": "kunne ikke sendes",
    "held": "holdt tilbake",
    "cancelled": "stoppet",
    "needs_review": "bør kontrolleres",
}


@dataclass(frozen=True)
class Site:
    """What the handlers share."""

    sessions: sessionmaker[Session]
    config: Config
    auth: Authenticator
    csrf: CsrfTokens
    templates: Environment
    zone: ZoneInfo

    def render(self, request: Request, name: str, status: int = 200, **context: Any) -> Response:
        staff: str = request.state.staff
        html = self.templates.get_template(name).render(
            staff=staff,
            csrf=self.csrf.token(staff),
            lists=LIST_TITLES,
            **context,
        )
        return HTMLResponse(html, status_code=status)

    def flash(self, text: str) -> str:
        """A query string carrying a message to show once, signed so no link can forge one."""
        signature = hmac.new(self.csrf.key, text.encode(), hashlib.sha256).hexdigest()[:32]
        return urlencode({"melding": text, "sig": signature})

    def flashed(self, request: Request) -> str | None:
        text = request.query_params.get("melding", "")
        signature = request.query_params.get("sig", "")
        wanted = hmac.new(self.csrf.key, text.encode(), hashlib.sha256).hexdigest()[:32]
        return shown(text) if text and hmac.compare_digest(signature, wanted) else None


def _templates() -> Environment:
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["time"] = lambda at: f"{at:%d.%m.%Y %H:%M}"
    env.filters["percent"] = lambda x: f"{round(100 * x)} %"
    env.filters["label"] = lambda state: STATE_LABELS.get(str(state), str(state))
    # The digest's words (bot/digest/templates/words.toml): one vocabulary for staff.
    env.filters["flag"] = lambda flag: shown(words()["flags"].get(flag, flag))
    env.filters["otype"] = lambda t: words()["order_types"].get(str(t), str(t))
    env.filters["field"] = lambda path: words()["fields"].get(str(path), str(path))
    return env


def create_app(
    config: Config, sessions: sessionmaker[Session], *, local_user: str | None = None
) -> Starlette:
    """The review page on ``sessions``, with ``config.web``'s identity rules; ``local_user``:
    every request from this machine (loopback) is that staff member, no other is served."""
    site = Site(
        sessions=sessions,
        config=config,
        auth=Authenticator.from_config(config.web, local_user),
        csrf=CsrfTokens.fresh(),
        templates=_templates(),
        zone=ZoneInfo(config.digest.timezone),
    )

    def page(handler: Callable[[Site, Request], Awaitable[Response]]) -> Any:
        async def endpoint(request: Request) -> Response:
            if request.method == "POST" and not await _token_ok(site, request):
                log.warning("POST without a valid CSRF token refused")
                return PlainTextResponse("Skjemaet mangler gyldig nøkkel.", status_code=403)
            return await handler(site, request)

        return endpoint

    routes = [
        Route("/", page(lists_page)),
        Route("/ordre/{reference}", page(order_page)),
        Route("/ordre/{reference}/felt", page(set_field), methods=["POST"]),
        Route("/ordre/{reference}/ferdig", page(mark_done), methods=["POST"]),
        Route("/ordre/{reference}/avvis", page(reject), methods=["POST"]),
        Route("/ordre/{reference}/svar/{mail:int}/hold", page(hold_reply), methods=["POST"]),
        Route("/ordre/{reference}/svar/{mail:int}/slipp", page(release_reply), methods=["POST"]),
        Route("/ordre/{reference}/svar/{mail:int}/stopp", page(cancel_reply), methods=["POST"]),
        Route("/kontroll/{mid:int}/godta", page(accept_review), methods=["POST"]),
        Route("/kontroll/{mid:int}/avvis", page(dismiss_review), methods=["POST"]),
        Route("/karantene/{qid:int}/les-igjen", page(replay), methods=["POST"]),
        Route("/karantene/{qid:int}/avvis", page(dismiss), methods=["POST"]),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    middleware = [Middleware(Guard, site=site)]
    return Starlette(routes=routes, middleware=middleware)


class Guard(BaseHTTPMiddleware):
    """Identity on every request and security headers on every response (the CSRF token is
    checked by each POST endpoint, see ``create_app``)."""

    def __init__(self, app: Any, site: Site) -> None:
        super().__init__(app)
        self.site = site

    async def dispatch(
        self, request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        peer = request.client.host if request.client else None
        staff = self.site.auth.staff(request.headers, peer)
        if staff is None:
            response: Response = PlainTextResponse("Ikke innlogget.", status_code=401)
            if self.site.auth.users:
                response.headers["WWW-Authenticate"] = 'Basic realm="brreg-intake", charset="UTF-8"'
        elif request.method not in ("GET", "HEAD", "POST"):
            response = PlainTextResponse("Metoden er ikke tillatt.", status_code=405)
        else:
            request.state.staff = staff
            response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers[name] = value
        return response



async def _token_ok(site: Site, request: Request) -> bool:
    """Whether a POST carries the staff member's CSRF token (read here, in the endpoint, so
    that the form parsed once is the handler's too)."""
    form = await request.form()
    token = form.get("csrf")
    return isinstance(token, str) and site.csrf.valid(request.state.staff, token)


async def lists_page(site: Site, request: Request) -> Response:
    query = request.query_params.get("q", "").strip()
    chosen_name = request.query_params.get("liste", OrderList.READY.value)
    chosen = OrderList(chosen_name) if chosen_name in OrderList._value2member_map_ else None
    if chosen is None:
        return PlainTextResponse("Ukjent liste.", status_code=404)
    with site.sessions() as session:
        counts = list_counts(session)
        rows = search_rows(session, query) if query else list_rows(session, chosen)
        quarantined = open_quarantine(session) if chosen is OrderList.ATTENTION else []
        reviews = review_messages(session) if chosen is OrderList.ATTENTION else []
        return site.render(
            request,
            "lists.html.j2",
            chosen=chosen,
            query=shown(query),
            counts=counts,
            rows=rows,
            quarantined=quarantined,
            reviews=reviews,
            zone=site.zone,
            message=site.flashed(request),
            shown=shown,
        )


async def order_page(site: Site, request: Request) -> Response:
    with site.sessions() as session:
        story = order_story(session, request.path_params["reference"])
        if story is None:
            return PlainTextResponse("Fant ingen slik bestilling.", status_code=404)
        turns, numbers = conversation_of(story, site.zone)
        return site.render(
            request,
            "order.html.j2",
            record=story.record,
            fields=fields_of(story, numbers),
            turns=turns,
            events=story.record.events,
            quarantined=story.quarantined,
            labels={p.value: label for p, label in FIELD_LABELS.items()},
            zone=site.zone,
            message=site.flashed(request),
            shown=shown,
        )


Action = Callable[[Session, OrderRecord, FormData, str], str]


async def _on_order(site: Site, request: Request, action: Action) -> Response:
    reference = request.path_params["reference"]
    form = await request.form()
    staff: str = request.state.staff
    with site.sessions() as session, session.begin():
        record = find_order_by_reference(session, reference)
        if record is None:
            return PlainTextResponse("Fant ingen slik bestilling.", status_code=404)
        try:
            outcome = action(session, record, form, staff)
        except actions.ActionRefusedError as refused:  # refused before anything was written
            outcome = f"Ikke gjort: {refused}"
        reference = record.reference
    return RedirectResponse(f"/ordre/{reference}?{site.flash(outcome)}", status_code=303)


def _text(form: FormData, name: str) -> str:
    value = form.get(name, "")
    return value if isinstance(value, str) else ""


async def set_field(site: Site, request: Request) -> Response:
    def change(session: Session, record: OrderRecord, form: FormData, staff: str) -> str:
        force = _text(form, "tving") == "ja"
        field, value = _text(form, "felt"), _text(form, "verdi")
        return actions.set_field(session, record, field, value, staff=staff, force=force)

    return await _on_order(site, request, change)


async def mark_done(site: Site, request: Request) -> Response:
    return await _on_order(
        site,
        request,
        lambda session, record, form, staff: actions.mark_done(
            session, record, staff=staff, force=_text(form, "tving") == "ja"
        ),
    )


async def reject(site: Site, request: Request) -> Response:
    return await _on_order(
        site,
        request,
        lambda session, record, form, staff: actions.reject(
            session, record, _text(form, "begrunnelse"), staff=staff
        ),
    )


def _reply_action(
    act: Callable[..., str],
) -> Callable[[Site, Request], Awaitable[Response]]:
    """A handler for one of the order's pending replies (``actions.hold_reply`` and kin)."""

    async def handler(site: Site, request: Request) -> Response:
        mail_id: int = request.path_params["mail"]
        return await _on_order(
            site,
            request,
            lambda session, record, _form, staff: act(session, record, mail_id, staff=staff),
        )

    return handler


hold_reply = _reply_action(actions.hold_reply)
release_reply = _reply_action(actions.release_reply)
cancel_reply = _reply_action(actions.cancel_reply)


async def accept_review(site: Site, request: Request) -> Response:
    """File a mail that needs review as an order; on to the new order's page."""
    settings = ReplySettings.from_config(site.config)
    staff: str = request.state.staff
    with site.sessions() as session, session.begin():
        message = session.get(MessageRecord, request.path_params["mid"])
        if message is None:
            return PlainTextResponse("Fant ingen slik e-post.", status_code=404)
        try:
            outcome, reference = actions.accept_reviewed(session, message, settings, staff=staff)
        except actions.ActionRefusedError as refused:
            outcome, reference = f"Ikke gjort: {refused}", ""
    if not reference:
        back = f"/?liste={OrderList.ATTENTION.value}&{site.flash(outcome)}"
        return RedirectResponse(back, status_code=303)
    return RedirectResponse(f"/ordre/{reference}?{site.flash(outcome)}", status_code=303)


async def dismiss_review(site: Site, request: Request) -> Response:
    """Record that a mail that needs review is no order; back to the attention list."""
    form = await request.form()
    staff: str = request.state.staff
    with site.sessions() as session, session.begin():
        message = session.get(MessageRecord, request.path_params["mid"])
        if message is None:
            return PlainTextResponse("Fant ingen slik e-post.", status_code=404)
        try:
            reason = _text(form, "begrunnelse")
            outcome = actions.dismiss_reviewed(session, message, reason, staff=staff)
        except actions.ActionRefusedError as refused:
            outcome = f"Ikke gjort: {refused}"
    back = f"/?liste={OrderList.ATTENTION.value}&{site.flash(outcome)}"
    return RedirectResponse(back, status_code=303)


async def replay(site: Site, request: Request) -> Response:
    settings = ReplySettings.from_config(site.config)
    return await _on_quarantine(
        site,
        request,
        lambda session, row, staff: actions.replay_quarantined(session, row, settings, staff=staff),
    )


async def dismiss(site: Site, request: Request) -> Response:
    return await _on_quarantine(
        site,
        request,
        lambda session, row, staff: actions.dismiss_quarantined(session, row, staff=staff),
    )


async def _on_quarantine(
    site: Site, request: Request, action: Callable[[Session, Any, str], str]
) -> Response:
    staff: str = request.state.staff
    with site.sessions() as session, session.begin():
        row = quarantine_row(session, request.path_params["qid"])
        if row is None:
            return PlainTextResponse("Fant ingen åpen karantene med det nummeret.", 404)
        try:
            outcome = action(session, row, staff)
        except actions.ActionRefusedError as refused:
            outcome = f"Ikke gjort: {refused}"  # the attempt is counted: commit it
    back = f"/?liste={OrderList.ATTENTION.value}&{site.flash(outcome)}"
    return RedirectResponse(back, status_code=303)
