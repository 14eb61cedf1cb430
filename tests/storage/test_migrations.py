"""The migrations describe exactly the models, on every backend."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import IntegrityError

from storage.db import alembic_config, make_engine, upgrade
from storage.models import Base

CHECKS = {
    "messages": {"ck_messages_message_state"},
    "orders": {"ck_orders_order_status", "ck_orders_order_type"},
    "outbox": {"ck_outbox_outbox_state"},
    "register_entities": {"ck_register_entities_register_status"},
    "register_answers": {"ck_register_answers_register_status"},
    "order_register_checks": {
        "ck_order_register_checks_register_status",
        "ck_order_register_checks_register_meaning",
    },
}


def _differences(engine: Engine) -> list[Any]:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return list(compare_metadata(context, Base.metadata))


def test_upgraded_database_matches_the_models(engine: Engine) -> None:
    assert _differences(engine) == []


def test_check_constraints_are_named_as_the_models_name_them(engine: Engine) -> None:
    inspector = inspect(engine)
    for table in Base.metadata.tables:
        names = {c["name"] for c in inspector.get_check_constraints(table)}
        assert names == CHECKS.get(table, set()), table


def test_the_comparison_sees_a_difference(engine: Engine) -> None:
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP INDEX ix_messages_sender")
    [difference] = _differences(engine)
    assert difference[0] == "add_index"


def test_upgrade_is_idempotent_and_downgrade_removes_everything(database_url: str) -> None:
    upgrade(database_url)
    upgrade(database_url)
    engine = make_engine(database_url)
    try:
        assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "base")
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    finally:
        engine.dispose()


def _insert_message(engine: Engine, state: str) -> None:
    # Bound values, not literals: X'00' is a blob in SQLite but a bit string in PostgreSQL.
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO messages (raw, sha256, screening_hits, state, created_at) "
                "VALUES (:raw, 'abc', '[]', :state, :created_at)"
            ),
            {"raw": b"\x00", "state": state, "created_at": datetime(2026, 12, 3, 7, tzinfo=UTC)},
        )


def test_the_state_check_admits_needs_review_and_still_refuses_an_unknown_state(
    engine: Engine,
) -> None:
    _insert_message(engine, "needs_review")
    try:
        _insert_message(engine, "lost")
    except IntegrityError:
        pass
    else:
        raise AssertionError("the CHECK constraint let an unknown state in")


def test_needs_review_arrives_on_a_database_with_mail_referenced_by_other_tables(
    database_url: str,
) -> None:
    """0006 changes the messages table that quarantine rows point at: nothing is lost."""
    engine = make_engine(database_url)
    try:
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "0005")
        _insert_message(engine, "quarantined")
        with engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO quarantine (message_id, traceback, attempts, created_at) "
                "SELECT id, 'Traceback', 1, created_at FROM messages"
            )
        upgrade(database_url)
        _insert_message(engine, "needs_review")
        with engine.connect() as connection:
            states = connection.exec_driver_sql("SELECT state FROM messages ORDER BY id")
            assert [s for (s,) in states] == ["quarantined", "needs_review"]
            assert connection.exec_driver_sql("SELECT count(*) FROM quarantine").scalar() == 1
    finally:
        engine.dispose()
