"""Once a day: queue the digest in the outbox with a Message-ID that names the local day.

The row *is* the record of which day was sent. ``<digest-2026-03-02@brreg.no>`` is unique in
``outbox.message_id``, so of two schedulers, a restart, or a daylight-saving change that fires
the job twice, exactly one insert succeeds: the others fail with IntegrityError inside a
savepoint and report "already sent". The day is the date of ``now`` in the digest's time zone,
never the trigger's idea of it. A deliberate second send (``--force-again``) uses a suffixed
Message-ID (``<digest-2026-03-02-2@brreg.no>``) and counts up.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from bot.config import Config
from bot.digest.content import DIGEST_KIND, gather
from bot.digest.render import render
from storage.models import OutboxMail, OutboxState
from storage.outbox import add_outbox

log = logging.getLogger(__name__)

DEFAULT_DOMAIN = "brreg.no"
MAX_EXTRA_SENDS = 99


@dataclass(frozen=True, slots=True)
class SendResult:
    day: date
    message_id: str
    sent: bool  # False: the digest of this day was queued before
    outbox_id: int | None = None
    earlier_state: OutboxState | None = None  # the earlier row's state, when ``sent`` is False

    def line(self) -> str:
        """What happened, truthfully: queued now, or the earlier digest sent or still waiting."""
        if self.sent:
            return f"digest {self.day} queued as {self.message_id} (outbox {self.outbox_id})"
        if self.earlier_state is OutboxState.SENT or self.earlier_state is None:
            return f"digest {self.day}: already sent today ({self.message_id})"
        return (
            f"digest {self.day}: already queued today, not sent yet "
            f"(outbox {self.outbox_id}: {self.earlier_state.value}; {self.message_id})"
        )


def digest_message_id(day: date, domain: str = DEFAULT_DOMAIN, extra: int = 0) -> str:
    """``<digest-2026-03-02@brreg.no>``; the ``extra``-th deliberate resend gets ``-<n+1>``."""
    suffix = f"-{extra + 1}" if extra else ""
    return f"<digest-{day.isoformat()}{suffix}@{domain}>"


def local_day(now: datetime, timezone: str) -> date:
    """The calendar date of ``now`` (aware) in ``timezone``."""
    if now.tzinfo is None:
        raise ValueError("local_day needs an aware datetime")
    return now.astimezone(ZoneInfo(timezone)).date()


def domain_of(address: str) -> str:
    """The domain of our own address, for Message-IDs (``brreg.no`` when it has none)."""
    return address.rpartition("@")[2].strip().lower() or DEFAULT_DOMAIN


def sent_on(session: Session, day: date, domain: str = DEFAULT_DOMAIN) -> OutboxMail | None:
    """The digest row of ``day``, if one was queued."""
    return session.scalars(
        select(OutboxMail).where(OutboxMail.message_id == digest_message_id(day, domain))
    ).one_or_none()


def send_digest(
    sessions: sessionmaker[Session],
    config: Config,
    *,
    now: datetime | None = None,
    force_again: bool = False,
) -> SendResult:
    """Queue today's digest unless it was queued already; commits its own transaction.

    ``force_again`` queues another one for today under the next free suffixed Message-ID.
    Raises ValueError when no staff addresses are configured.
    """
    recipients = config.digest.staff_addresses
    if not recipients:
        raise ValueError("digest.staff_addresses is empty: nobody to send the digest to")
    at = (now or datetime.now(UTC)).astimezone(UTC)
    day = local_day(at, config.digest.timezone)
    domain = domain_of(config.intake.our_address)
    with sessions() as session, session.begin():
        if force_again:
            return _send_again(session, config, at, day, domain)
        message_id = digest_message_id(day, domain)
        earlier = sent_on(session, day, domain)
        if earlier is None:
            queued = _queue(session, config, at, message_id)
            if queued is not None:
                return queued
            earlier = sent_on(session, day, domain)
        return SendResult(
            day, message_id, sent=False, outbox_id=earlier.id if earlier else None,
            earlier_state=earlier.state if earlier else None,
        )  # fmt: skip


def _send_again(
    session: Session, config: Config, at: datetime, day: date, domain: str
) -> SendResult:
    for extra in range(1, MAX_EXTRA_SENDS + 1):
        message_id = digest_message_id(day, domain, extra)
        taken = session.scalar(select(OutboxMail.id).where(OutboxMail.message_id == message_id))
        if taken is None:
            result = _queue(session, config, at, message_id)
            if result is not None:
                return result
    raise RuntimeError(f"more than {MAX_EXTRA_SENDS} extra digests on {day}")


def _queue(session: Session, config: Config, at: datetime, message_id: str) -> SendResult | None:
    """Gather, render and insert; None when another transaction inserted ``message_id``."""
    digest = gather(session, config.digest, now=at)
    rendered = render(digest, page_url=config.web.base_url)
    try:
        with session.begin_nested():
            mail = add_outbox(
                session,
                kind=DIGEST_KIND,
                recipients=config.digest.staff_addresses,
                subject=rendered.subject,
                body=rendered.outbox_body(),
                message_id=message_id,
                headers={"Auto-Submitted": "auto-generated"},
                now=at,
            )
    except IntegrityError:
        log.info("digest %s was queued by someone else meanwhile", message_id)
        return None
    return SendResult(digest.day, message_id, sent=True, outbox_id=mail.id)
