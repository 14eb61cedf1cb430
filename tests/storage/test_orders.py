"""Orders: references, the audit trail, threading look-ups, listing, masking."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from rules.evaluate import evaluate
from rules.order import Contact, Order, OrderType, Party
from storage.messages import record_message
from storage.models import OrderEvent, OrderRecord, OrderStatus
from storage.orders import (
    allocate_reference,
    create_order,
    find_order_by_message_ids,
    find_order_by_reference,
    list_orders,
    order_of,
    update_order,
)
from storage.outbox import add_outbox
from tests.storage.helpers import FNR

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
ORDER = Order(
    order_type=OrderType.FICTITIOUS_CUSTOMER,
    applicant=Party(
        org_number="974760673",
        name="Leverandør Eksempel AS",
        contact=Contact("Kari Nordmann", "kari@leverandor.example.no", "+4791234567"),
    ),
)


def _create(session: Session, order: Order = ORDER, **options: Any) -> OrderRecord:
    return create_order(
        session, order, evaluate(order), status=OrderStatus.READY, now=NOW, **options
    )


def test_references_are_sequential_per_year_in_norway(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        first = allocate_reference(session, now=NOW)
        second = allocate_reference(session, now=NOW)
        new_year_in_oslo = allocate_reference(
            session, now=datetime(2026, 12, 31, 23, 30, tzinfo=UTC)
        )
    assert (first, second, new_year_in_oslo) == ("RRH-2026-0001", "RRH-2026-0002", "RRH-2027-0001")


def test_references_are_unique_under_concurrent_transactions(
    sessions: sessionmaker[Session],
) -> None:
    per_thread, threads = 15, 2
    barrier = threading.Barrier(threads)
    results: list[list[str]] = [[] for _ in range(threads)]
    errors: list[BaseException] = []

    def allocate(slot: int) -> None:
        try:
            barrier.wait()
            for _ in range(per_thread):
                with sessions.begin() as session:
                    results[slot].append(_create(session).reference)
        except BaseException as exc:  # reported below
            errors.append(exc)

    workers = [threading.Thread(target=allocate, args=(i,)) for i in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert errors == []
    everything = sorted(results[0] + results[1])
    assert everything == [f"RRH-2026-{n:04d}" for n in range(1, per_thread * threads + 1)]
    for mine in results:
        assert mine == sorted(mine)


def test_create_order_stores_the_schema_shape_masked(sessions: sessionmaker[Session]) -> None:
    order = Order(
        order_type=OrderType.FICTITIOUS_CUSTOMER,
        applicant=Party(name=f"Kari {FNR}", contact=Contact(email="kari@leverandor.example.no")),
    )
    with sessions.begin() as session:
        message = record_message(session, b"raw").message
        record = _create(
            session,
            order,
            flags=["national_id_seen"],
            source_message=message,
            applicant_domain="Leverandor.Example.NO",
        )
        record_id = record.id
    with sessions() as session:
        stored = session.get_one(OrderRecord, record_id)
        assert stored.reference == "RRH-2026-0001"
        assert stored.order_type is OrderType.FICTITIOUS_CUSTOMER
        assert stored.order["applicant"]["name"] == "Kari ***********"
        assert stored.order["customer"] is None
        assert "applicant.org_number" in stored.missing
        assert stored.flags == ["national_id_seen"]
        assert stored.applicant_domain == "leverandor.example.no"
        assert [m.id for m in stored.messages] == [message.id]
        assert [(e.action, e.actor) for e in stored.events] == [("created", "bot")]
        assert stored.created_at == NOW


def test_update_order_writes_one_event_per_change(sessions: sessionmaker[Session]) -> None:
    corrected = Order(
        order_type=ORDER.order_type,
        applicant=Party(
            org_number="974760673",
            name="Leverandør Eksempel AS",
            contact=Contact("Kari Nordmann", "kari@leverandor.example.no", "+4792345678"),
        ),
    )
    later = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)
    with sessions.begin() as session:
        record = _create(session)
        reply = record_message(session, b"reply").message
        events = update_order(
            session,
            record,
            order=corrected,
            evaluation=evaluate(corrected),
            status=OrderStatus.DONE,
            flags=["national_id_seen"],
            source_message=reply,
            actor="Ola Saksbehandler",
            now=later,
        )
        assert [(e.action, e.field_path, e.old_value, e.new_value) for e in events] == [
            ("field_changed", "applicant.contact.phone", "+4791234567", "+4792345678"),
            ("status_changed", None, "ready", "done"),
            ("flag_added", None, None, "national_id_seen"),
        ]
        assert {e.actor for e in events} == {"Ola Saksbehandler"}
        assert {e.source_message_id for e in events} == {reply.id}
        assert record.updated_at == later
        assert order_of(record) == corrected
        unchanged = update_order(
            session,
            record,
            order=corrected,
            evaluation=evaluate(corrected),
            status=OrderStatus.DONE,
            flags=["national_id_seen"],
            now=later + later.resolution,
        )
        assert unchanged == [] and record.updated_at == later
        assert len(session.scalars(select(OrderEvent)).all()) == 4


def test_find_by_reference_ignores_case_and_brackets(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        record = _create(session)
        assert find_order_by_reference(session, "[rrh-2026-0001]") is record
        assert find_order_by_reference(session, "RRH-2026-1") is None
        assert find_order_by_reference(session, "RRH-2026-0002") is None


def test_find_by_message_ids_follows_received_and_sent_mail(
    sessions: sessionmaker[Session],
) -> None:
    with sessions.begin() as session:
        first, second = _create(session), _create(session)
        received = record_message(session, b"a", message_id="<a@example.no>").message
        received.order = first
        add_outbox(
            session,
            kind="reply",
            recipients=["kari@leverandor.example.no"],
            subject="Re",
            body="Hei",
            message_id="<r@brreg.example.no>",
            order=second,
        )
        session.flush()
        assert find_order_by_message_ids(session, ["<a@example.no>"]) is first
        assert find_order_by_message_ids(session, ["r@brreg.example.no"]) is second
        both = ["<unknown@example.no>", "<r@brreg.example.no>", "<a@example.no>"]
        assert find_order_by_message_ids(session, both) is second
        assert find_order_by_message_ids(session, ["<unknown@example.no>"]) is None
        assert find_order_by_message_ids(session, []) is None


def test_list_orders_filters_by_status(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        ready, done = _create(session), _create(session)
        update_order(session, done, status=OrderStatus.DONE, actor="Ingrid")
        assert list(list_orders(session)) == [ready, done]
        assert list(list_orders(session, statuses=[OrderStatus.READY])) == [ready]
        assert list(list_orders(session, limit=1)) == [ready]
