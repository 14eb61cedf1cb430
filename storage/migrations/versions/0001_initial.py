"""The initial schema: orders, messages, events, outbox, quarantine, checkpoints, leases.

Revision ID: 0001
Revises:
Create Date: 2026-11-27

Written to match storage/models.py (tests/storage/test_migrations.py compares them). Types are
spelled out here instead of imported from the models, so that this revision stays as it is
when the models move on.
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _json() -> sa.types.TypeEngine[Any]:
    return sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def _time() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def _enum(table: str, name: str, *values: str) -> sa.Enum:
    check = op.f(f"ck_{table}_{name}")
    return sa.Enum(*values, name=check, native_enum=False, create_constraint=True, length=32)


def upgrade() -> None:
    _create_orders()
    _create_messages()
    _create_order_events()
    _create_outbox()
    _create_quarantine()
    _create_small_tables()


def _create_orders() -> None:
    order_types = (
        "fictitious_customer",
        "existing_customer",
        "direct_access",
        "unspecified",
        "not_an_order",
    )
    statuses = ("waiting_for_vendor", "ready", "done", "rejected", "not_an_order")
    op.create_table(
        "orders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=32), nullable=False),
        sa.Column("order_type", _enum("orders", "order_type", *order_types), nullable=False),
        sa.Column("status", _enum("orders", "order_status", *statuses), nullable=False),
        sa.Column("order", _json(), nullable=False),
        sa.Column("missing", _json(), nullable=False),
        sa.Column("invalid", _json(), nullable=False),
        sa.Column("flags", _json(), nullable=False),
        sa.Column("applicant_domain", sa.String(length=255), nullable=True),
        sa.Column("created_at", _time(), nullable=False),
        sa.Column("updated_at", _time(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_orders")),
        sa.UniqueConstraint("reference", name=op.f("uq_orders_reference")),
    )
    op.create_index(op.f("ix_orders_applicant_domain"), "orders", ["applicant_domain"])
    op.create_index(op.f("ix_orders_status"), "orders", ["status"])


def _create_messages() -> None:
    states = ("filed", "screened", "quarantined", "duplicate")
    op.create_table(
        "messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("raw", sa.LargeBinary(), nullable=False),
        sa.Column("message_id", sa.String(length=998), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("mailbox", sa.String(length=255), nullable=True),
        sa.Column("folder", sa.String(length=255), nullable=True),
        sa.Column("uidvalidity", sa.Integer(), nullable=True),
        sa.Column("uid", sa.Integer(), nullable=True),
        sa.Column("received_at", _time(), nullable=True),
        sa.Column("subject", sa.Text(), nullable=True),
        sa.Column("sender", sa.String(length=320), nullable=True),
        sa.Column("extraction", _json(), nullable=True),
        sa.Column("screening_hits", _json(), nullable=False),
        sa.Column("state", _enum("messages", "message_state", *states), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=True),
        sa.Column("created_at", _time(), nullable=False),
        sa.ForeignKeyConstraint(
            ["order_id"], ["orders.id"], name=op.f("fk_messages_order_id_orders")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_messages")),
        sa.UniqueConstraint(
            "mailbox",
            "folder",
            "uidvalidity",
            "uid",
            name=op.f("uq_messages_mailbox_folder_uidvalidity_uid"),
        ),
    )
    op.create_index(
        op.f("ix_messages_message_id_sha256"), "messages", ["message_id", "sha256"]
    )
    op.create_index(op.f("ix_messages_order_id"), "messages", ["order_id"])
    op.create_index(op.f("ix_messages_sender"), "messages", ["sender"])
    op.create_index(op.f("ix_messages_sha256"), "messages", ["sha256"])


def _create_order_events() -> None:
    op.create_table(
        "order_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("at", _time(), nullable=False),
        sa.Column("actor", sa.String(length=255), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("field_path", sa.String(length=64), nullable=True),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("source_message_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["order_id"], ["orders.id"], name=op.f("fk_order_events_order_id_orders")
        ),
        sa.ForeignKeyConstraint(
            ["source_message_id"],
            ["messages.id"],
            name=op.f("fk_order_events_source_message_id_messages"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_events")),
    )
    op.create_index(op.f("ix_order_events_order_id"), "order_events", ["order_id"])


def _create_outbox() -> None:
    states = ("pending", "claimed", "sent", "failed")
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("recipients", _json(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("headers", _json(), nullable=False),
        sa.Column("message_id", sa.String(length=998), nullable=False),
        sa.Column("state", _enum("outbox", "outbox_state", *states), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", _time(), nullable=False),
        sa.Column("claimed_at", _time(), nullable=True),
        sa.Column("sent_at", _time(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", _time(), nullable=False),
        sa.ForeignKeyConstraint(
            ["order_id"], ["orders.id"], name=op.f("fk_outbox_order_id_orders")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox")),
        sa.UniqueConstraint("message_id", name=op.f("uq_outbox_message_id")),
    )
    op.create_index(op.f("ix_outbox_order_id"), "outbox", ["order_id"])
    op.create_index(
        op.f("ix_outbox_state_next_attempt_at"), "outbox", ["state", "next_attempt_at"]
    )


def _create_quarantine() -> None:
    op.create_table(
        "quarantine",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("traceback", sa.Text(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("created_at", _time(), nullable=False),
        sa.Column("resolved_at", _time(), nullable=True),
        sa.ForeignKeyConstraint(
            ["message_id"], ["messages.id"], name=op.f("fk_quarantine_message_id_messages")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quarantine")),
    )
    op.create_index(op.f("ix_quarantine_message_id"), "quarantine", ["message_id"])


def _create_small_tables() -> None:
    op.create_table(
        "mailbox_checkpoints",
        sa.Column("mailbox", sa.String(length=255), nullable=False),
        sa.Column("folder", sa.String(length=255), nullable=False),
        sa.Column("uidvalidity", sa.Integer(), nullable=False),
        sa.Column("last_uid", sa.Integer(), nullable=False),
        sa.Column("updated_at", _time(), nullable=False),
        sa.PrimaryKeyConstraint("mailbox", "folder", name=op.f("pk_mailbox_checkpoints")),
    )
    op.create_table(
        "leases",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("holder", sa.String(length=255), nullable=False),
        sa.Column("expires_at", _time(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_leases")),
    )
    op.create_table(
        "reference_counters",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_reference_counters")),
    )


def downgrade() -> None:
    for table in (
        "reference_counters",
        "leases",
        "mailbox_checkpoints",
        "quarantine",
        "outbox",
        "order_events",
        "messages",
        "orders",
    ):
        op.drop_table(table)
