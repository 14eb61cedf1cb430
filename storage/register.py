"""Enhetsregisteret in the database: the local copy, cached answers, and the checks of orders.

Tables (on ``storage.models.Base``; storage.models imports this module):

- ``register_entities``: the local copy of the register, loaded from the bulk files
  (``import_entities``, in batches of Core inserts: a million rows must not become a million
  ORM objects) and kept current from the change feed (``upsert_entity``, ``forget_entity``).
  Register data is public; names still pass ``scrub_text`` like every stored text.
- ``register_answers``: the last answer per number from whichever register was asked, with
  when it was fetched (a cache: a fresh answer is not asked again).
- ``order_register_checks``: per order and org-number path, the answer last applied to the
  order and whether the vendor must still be asked about it.
- ``register_sync``: when the bulk file was last imported and the change feed's position.

Every function takes the caller's Session and never commits.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from itertools import islice
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    delete,
    select,
)
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship, validates

from rules import lifecycle
from rules.fields import FieldPath, get_value
from rules.register import (
    REGISTER_REASONS,
    Finding,
    Meaning,
    RegisterAnswer,
    RegisterStatus,
    is_register_flag,
)
from storage._sql import now_or, upsert
from storage.models import Base, OrderEvent, OrderRecord, OrderStatus, _enum
from storage.orders import BOT, order_of, update_order
from storage.scrub import scrub_text
from storage.types import utcnow

IMPORT_BATCH = 5_000  # rows per INSERT executemany: bounded memory, few round trips
SYNC_BULK = "bulk"
SYNC_SUB_UNITS = "bulk_sub_units"
SYNC_FEED = "feed"
LONG_AGO = datetime(2000, 1, 1, tzinfo=UTC)  # an applied_at that is always stale
CHECKED_ACTION = "register_checked"  # the OrderEvent when a number's register status changes


class RegisterEntity(Base):
    """One entity of the local copy: a main unit (``parent_number`` None) or a sub-unit."""

    __tablename__ = "register_entities"

    org_number: Mapped[str] = mapped_column(String(9), primary_key=True)
    status: Mapped[RegisterStatus] = mapped_column(_enum(RegisterStatus, "register_status"))
    name: Mapped[str | None] = mapped_column(Text)
    org_form: Mapped[str | None] = mapped_column(String(16))
    parent_number: Mapped[str | None] = mapped_column(String(9))
    deleted_on: Mapped[date | None] = mapped_column(Date)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    @validates("name")
    def _scrub_text(self, _key: str, value: str | None) -> str | None:
        return scrub_text(value)


class RegisterAnswerRecord(Base):
    """The latest answer for a number (not ``not_checked``: a failure is not an answer)."""

    __tablename__ = "register_answers"

    org_number: Mapped[str] = mapped_column(String(9), primary_key=True)
    status: Mapped[RegisterStatus] = mapped_column(_enum(RegisterStatus, "register_status"))
    name: Mapped[str | None] = mapped_column(Text)
    org_form: Mapped[str | None] = mapped_column(String(16))
    parent_number: Mapped[str | None] = mapped_column(String(9))
    parent_name: Mapped[str | None] = mapped_column(Text)
    deleted_on: Mapped[date | None] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(16))
    fetched_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)

    @validates("name", "parent_name")
    def _scrub_text(self, _key: str, value: str | None) -> str | None:
        return scrub_text(value)

    def answer(self) -> RegisterAnswer:
        return RegisterAnswer(
            self.org_number, self.status, self.name, self.org_form,
            self.parent_number, self.parent_name, self.deleted_on,
        )  # fmt: skip


class OrderRegisterCheck(Base):
    """The register's answer last applied to the number at ``path`` of an order."""

    __tablename__ = "order_register_checks"

    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), primary_key=True)
    path: Mapped[str] = mapped_column(String(64), primary_key=True)
    org_number: Mapped[str] = mapped_column(String(9))
    status: Mapped[RegisterStatus] = mapped_column(_enum(RegisterStatus, "register_status"))
    meaning: Mapped[Meaning] = mapped_column(_enum(Meaning, "register_meaning"))
    registered_name: Mapped[str | None] = mapped_column(Text)
    parent_number: Mapped[str | None] = mapped_column(String(9))
    parent_name: Mapped[str | None] = mapped_column(Text)
    name_score: Mapped[float | None] = mapped_column(Float)
    problem: Mapped[str | None] = mapped_column(String(255))
    applied_at: Mapped[datetime] = mapped_column(default=utcnow)
    ask_due: Mapped[bool] = mapped_column(Boolean, default=False)
    asked_at: Mapped[datetime | None]

    order: Mapped[OrderRecord] = relationship()

    @validates("registered_name", "parent_name", "problem")
    def _scrub_text(self, _key: str, value: str | None) -> str | None:
        return scrub_text(value)


class RegisterSync(Base):
    """``bulk``: the last import (rows, when); ``feed``: the change feed's last update id."""

    __tablename__ = "register_sync"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    position: Mapped[int | None] = mapped_column(BigInteger)
    rows: Mapped[int | None] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(default=utcnow)


# ---------------------------------------------------------------------------- local copy


@dataclass(frozen=True, slots=True)
class EntityRow:
    """One entity as read from a bulk file or the change feed."""

    org_number: str
    status: RegisterStatus
    name: str | None
    org_form: str | None = None
    parent_number: str | None = None
    deleted_on: date | None = None


def import_entities(
    session: Session, rows: Iterable[EntityRow], *, sub_units: bool, now: datetime | None = None
) -> int:
    """Replace the main units (or, ``sub_units``, the sub-units) of the local copy by ``rows``
    in the caller's transaction; returns how many were read. Streams: ``IMPORT_BATCH`` rows at
    a time; a number given twice keeps its last row."""
    at = now_or(now)
    table = RegisterEntity.__table__
    kind = RegisterEntity.parent_number.is_not(None) if sub_units else (
        RegisterEntity.parent_number.is_(None)
    )
    session.execute(delete(RegisterEntity).where(kind))
    statement = upsert(session, table)
    statement = statement.on_conflict_do_update(
        index_elements=[table.c.org_number],
        set_={c: statement.excluded[c] for c in
              ("status", "name", "org_form", "parent_number", "deleted_on", "updated_at")},
    )  # fmt: skip
    count = 0
    for batch in _batches(rows, IMPORT_BATCH):
        session.connection().execute(statement, [_values(row, at) for row in batch])
        count += len(batch)
    record_sync(session, SYNC_SUB_UNITS if sub_units else SYNC_BULK, rows=count, now=at)
    return count


def _batches(rows: Iterable[EntityRow], size: int) -> Iterator[list[EntityRow]]:
    iterator = iter(rows)
    while batch := list(islice(iterator, size)):
        yield batch


def _values(row: EntityRow, at: datetime) -> dict[str, Any]:
    return {
        "org_number": row.org_number,
        "status": row.status.value,
        "name": scrub_text(row.name),
        "org_form": row.org_form,
        "parent_number": row.parent_number,
        "deleted_on": row.deleted_on,
        "updated_at": at,
    }


def upsert_entity(session: Session, row: EntityRow, *, now: datetime | None = None) -> None:
    """Add or replace one entity of the local copy (a change from the feed)."""
    existing = session.get(RegisterEntity, row.org_number)
    if existing is None:
        existing = RegisterEntity(org_number=row.org_number)
        session.add(existing)
    existing.status = row.status
    existing.name = row.name
    existing.org_form = row.org_form
    existing.parent_number = row.parent_number
    existing.deleted_on = row.deleted_on
    existing.updated_at = now_or(now)


def local_entity(session: Session, org_number: str) -> RegisterAnswer | None:
    """The local copy's answer for ``org_number`` (a sub-unit's parent name looked up too),
    or None when the copy does not hold it."""
    entity = session.get(RegisterEntity, org_number)
    if entity is None:
        return None
    parent_name = None
    if entity.parent_number:
        parent = session.get(RegisterEntity, entity.parent_number)
        parent_name = parent.name if parent is not None else None
    return RegisterAnswer(
        entity.org_number, entity.status, entity.name, entity.org_form,
        entity.parent_number, parent_name, entity.deleted_on,
    )  # fmt: skip


def record_sync(
    session: Session,
    name: str,
    *,
    position: int | None = None,
    rows: int | None = None,
    now: datetime | None = None,
) -> None:
    """Remember an import (``rows``) or the feed's ``position``."""
    sync = session.get(RegisterSync, name) or RegisterSync(name=name)
    session.add(sync)
    if position is not None:
        sync.position = position
    if rows is not None:
        sync.rows = rows
    sync.at = now_or(now)


def sync_position(session: Session, name: str) -> tuple[int | None, datetime | None]:
    """The feed's last position and when it was recorded (None, None: never)."""
    sync = session.get(RegisterSync, name)
    return (sync.position, sync.at) if sync is not None else (None, None)


# ---------------------------------------------------------------------------- answer cache


def cached_answers(
    session: Session, org_numbers: Iterable[str], *, fetched_since: datetime
) -> dict[str, RegisterAnswer]:
    """The cached answers for ``org_numbers`` fetched at or after ``fetched_since``."""
    wanted = sorted(set(org_numbers))
    if not wanted:
        return {}
    rows = session.scalars(
        select(RegisterAnswerRecord).where(
            RegisterAnswerRecord.org_number.in_(wanted),
            RegisterAnswerRecord.fetched_at >= fetched_since,
        )
    )
    return {row.org_number: row.answer() for row in rows}


def store_answer(
    session: Session, answer: RegisterAnswer, *, source: str, now: datetime | None = None
) -> None:
    """Cache ``answer`` (a ``not_checked`` one is not an answer and is not stored)."""
    if not answer.checked:
        return
    row = session.get(RegisterAnswerRecord, answer.org_number)
    if row is None:
        row = RegisterAnswerRecord(org_number=answer.org_number)
        session.add(row)
    row.status, row.name, row.org_form = answer.status, answer.name, answer.org_form
    row.parent_number, row.parent_name = answer.parent_number, answer.parent_name
    row.deleted_on, row.source, row.fetched_at = answer.deleted_on, source, now_or(now)


# ---------------------------------------------------------------------------- orders


@dataclass(frozen=True, slots=True)
class NumberToCheck:
    path: FieldPath
    org_number: str
    written_name: str | None


@dataclass(frozen=True, slots=True)
class DueOrder:
    """An open order whose register checks must be (re)done, with its numbers now."""

    order_id: int
    reference: str
    numbers: tuple[NumberToCheck, ...]


def numbers_of(record: OrderRecord, paths: Sequence[FieldPath]) -> tuple[NumberToCheck, ...]:
    """The org numbers of ``record`` at ``paths`` that are not invalid for another reason."""
    order = order_of(record)
    found = []
    for path in paths:
        number = get_value(order, path)
        reason = record.invalid.get(path.value)
        if number and (reason is None or reason in REGISTER_REASONS):
            name_path = FieldPath(path.value.replace("org_number", "name"))
            found.append(NumberToCheck(path, number, get_value(order, name_path)))
    return tuple(found)


def orders_due(
    session: Session,
    paths: Sequence[FieldPath],
    *,
    stale_before: datetime,
    limit: int | None = None,
) -> list[DueOrder]:
    """Open orders whose numbers were never checked, changed, were not checked (the register
    did not answer), were checked before ``stale_before``, whose order changed after the last
    check was applied, or whose vendor must still be asked. Oldest order first."""
    checks: dict[int, dict[str, OrderRegisterCheck]] = {}
    open_checks = (
        select(OrderRegisterCheck)
        .join(OrderRecord, OrderRecord.id == OrderRegisterCheck.order_id)
        .where(OrderRecord.status.in_(lifecycle.OPEN))
    )
    for check in session.scalars(open_checks):
        checks.setdefault(check.order_id, {})[check.path] = check
    due = []
    query = (
        select(OrderRecord).where(OrderRecord.status.in_(lifecycle.OPEN)).order_by(OrderRecord.id)
    )
    for record in session.scalars(query):
        numbers = numbers_of(record, paths)
        mine = checks.get(record.id, {})
        if _is_due(record, numbers, mine, stale_before):
            due.append(DueOrder(record.id, record.reference, numbers))
            if limit is not None and len(due) >= limit:
                break
    return due


def _is_due(
    record: OrderRecord,
    numbers: Sequence[NumberToCheck],
    checks: Mapping[str, OrderRegisterCheck],
    stale_before: datetime,
) -> bool:
    if {(n.path.value, n.org_number) for n in numbers} != {
        (c.path, c.org_number) for c in checks.values()
    }:
        return True
    return any(
        c.status is RegisterStatus.NOT_CHECKED
        or c.applied_at < stale_before
        or c.applied_at < record.updated_at
        or c.ask_due
        for c in checks.values()
    )


def checks_of(session: Session, order_ids: Iterable[int]) -> dict[int, list[OrderRegisterCheck]]:
    """The applied checks of these orders, by order id, in path order."""
    wanted = sorted(set(order_ids))
    result: dict[int, list[OrderRegisterCheck]] = {i: [] for i in wanted}
    if wanted:
        query = select(OrderRegisterCheck).where(OrderRegisterCheck.order_id.in_(wanted))
        for check in session.scalars(query.order_by(OrderRegisterCheck.path)):
            result[check.order_id].append(check)
    return result


def apply_findings(
    session: Session,
    record: OrderRecord,
    results: Sequence[tuple[Finding, RegisterAnswer]],
    *,
    now: datetime | None = None,
) -> list[OrderRegisterCheck]:
    """Apply what the register's answers mean to an open order, in the caller's transaction.

    The register's invalid reasons replace the earlier register reasons in ``invalid``; the
    ``register_*`` flags replace the earlier ones; the status follows (ready only with
    nothing missing or invalid). Numbers not checked leave what an earlier answer applied.
    A ``register_checked`` event records each number whose register status changed. Returns
    the check rows; ``ask_due`` is set on a number that newly became invalid."""
    at = now_or(now)
    old = {c.path: c for c in checks_of(session, [record.id])[record.id]}
    # An earlier answer for the same number still holds until a new one comes; its row keeps
    # its applied_at, so the order stays due and the number is asked again next run.
    keep_old: set[str] = {
        f.path.value
        for f, a in results
        if f.meaning is Meaning.PENDING
        and f.path.value in old
        and old[f.path.value].org_number == a.org_number
        and old[f.path.value].meaning is not Meaning.PENDING
    }
    invalid = {
        p: r for p, r in record.invalid.items() if r not in REGISTER_REASONS or p in keep_old
    }
    flags = {f for f in record.flags if not is_register_flag(f) or _flag_path_in(f, keep_old)}
    for finding, _answer in results:
        if finding.meaning is Meaning.INVALID and finding.reason:
            invalid[finding.path.value] = finding.reason
        flags.update(finding.flags)
    rows = []
    for finding, answer in results:
        if finding.path.value in keep_old:
            continue
        rows.append(_check_row(session, record, old.get(finding.path.value), finding, answer, at))
    current = {f.path.value for f, _ in results}
    for path, check in old.items():
        if path not in current:
            session.delete(check)
    status = None
    if lifecycle.is_open(record.status):
        complete = not record.missing and not invalid
        status = OrderStatus.READY if complete else OrderStatus.WAITING_FOR_VENDOR
    if invalid != record.invalid:
        record.invalid = invalid
        record.updated_at = at
    update_order(session, record, status=status, flags=flags, now=at)
    for row in rows:
        row.applied_at = max(at, record.updated_at)
    session.flush()
    return rows


def _flag_path_in(flag: str, paths: set[str]) -> bool:
    return any(flag.endswith("_" + path.split(".", 1)[0]) for path in paths)


def _check_row(
    session: Session,
    record: OrderRecord,
    row: OrderRegisterCheck | None,
    finding: Finding,
    answer: RegisterAnswer,
    at: datetime,
) -> OrderRegisterCheck:
    same_number = row is not None and row.org_number == answer.org_number
    was_invalid = same_number and row is not None and row.meaning is Meaning.INVALID
    if row is None:
        row = OrderRegisterCheck(order_id=record.id, path=finding.path.value)
        session.add(row)
    if not same_number or row.status is not answer.status:
        session.add(OrderEvent(
            order=record, at=at, actor=BOT, action=CHECKED_ACTION,
            field_path=finding.path.value, old_value=None if not same_number else str(row.status),
            new_value=str(answer.status),
        ))  # fmt: skip
    if finding.meaning is Meaning.INVALID:
        row.ask_due = row.ask_due if was_invalid else True
    else:
        row.ask_due = False
    if not same_number:
        row.asked_at = None
    row.org_number, row.status, row.meaning = answer.org_number, answer.status, finding.meaning
    row.registered_name, row.parent_number = answer.name, answer.parent_number
    row.parent_name, row.name_score, row.problem = answer.parent_name, finding.name_score, (
        answer.problem
    )
    return row


def mark_asked(
    session: Session, order_id: int, *, asked: bool, now: datetime | None = None
) -> None:
    """The vendor was asked about the order's invalid numbers (``asked``), or will never be
    (a reply rule withholds it for good): either way nothing more is due."""
    at = now_or(now)
    for check in checks_of(session, [order_id])[order_id]:
        if check.ask_due:
            check.ask_due = False
            check.asked_at = at if asked else None


def asking_due(session: Session, order_id: int) -> bool:
    return any(c.ask_due for c in checks_of(session, [order_id])[order_id])


def forget_numbers(session: Session, org_numbers: Iterable[str]) -> None:
    """The register changed these numbers: drop their cached answers and make the orders'
    checks of them stale, so that the check job asks again."""
    wanted = sorted(set(org_numbers))
    if not wanted:
        return
    session.execute(delete(RegisterAnswerRecord).where(RegisterAnswerRecord.org_number.in_(wanted)))
    for check in session.scalars(
        select(OrderRegisterCheck).where(OrderRegisterCheck.org_number.in_(wanted))
    ):
        check.applied_at = LONG_AGO
