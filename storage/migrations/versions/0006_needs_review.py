"""Needs review: a message state for mail that waits for a person, and staff decisions on it.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03

Written to match storage/models.py (MessageState) and storage/review.py
(tests/storage/test_migrations.py compares them). The state's CHECK constraint is replaced
(on SQLite its stored definition is rewritten: see ``_sqlite_rewrite_check``); types are
spelled out, as in 0001.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_STATES = ("filed", "screened", "quarantined", "duplicate")
NEW_STATES = (*OLD_STATES, "needs_review")


def _time() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def _in_list(states: Sequence[str]) -> str:
    return "state IN ({})".format(", ".join(f"'{s}'" for s in states))


def _state_check(old: Sequence[str], new: Sequence[str]) -> None:
    """Let the state column hold ``new`` instead of ``old``; rows must already fit ``new``."""
    name = op.f("ck_messages_message_state")
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint(name, "messages", type_="check")
        op.create_check_constraint(name, "messages", _in_list(new))
        return
    _sqlite_rewrite_check(f"CHECK ({_in_list(old)})", f"CHECK ({_in_list(new)})")


def _sqlite_rewrite_check(old: str, new: str) -> None:
    """SQLite cannot alter a CHECK. Batch mode would copy ``messages`` and drop the old table,
    but rows of quarantine, order_events and reply_decisions reference it, and with
    foreign_keys=ON the DROP fails (the pragma cannot be switched off inside a transaction,
    and deferred checks still count the dropped parents at commit). The rows stay as they
    are, so the table's stored definition is rewritten instead, by SQLite's documented
    procedure for changes that leave the stored content valid
    (https://www.sqlite.org/lang_altertable.html#otheralter, "writable_schema")."""
    bind = op.get_bind()
    version = bind.exec_driver_sql("PRAGMA schema_version").scalar_one()
    bind.exec_driver_sql("PRAGMA writable_schema = ON")
    try:
        changed = bind.exec_driver_sql(
            "UPDATE sqlite_master SET sql = replace(sql, ?, ?) "
            "WHERE type = 'table' AND name = 'messages' AND instr(sql, ?) > 0",
            (old, new, old),
        ).rowcount
        if changed != 1:
            raise RuntimeError(f"messages: the state CHECK is not {old!r} as expected")
        bind.exec_driver_sql(f"PRAGMA schema_version = {int(version) + 1}")
    finally:
        bind.exec_driver_sql("PRAGMA writable_schema = OFF")


def upgrade() -> None:
    _state_check(OLD_STATES, NEW_STATES)
    op.create_table(
        "review_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=True),
        sa.Column("decided_at", _time(), nullable=False),
        sa.Column("actor", sa.String(length=255), nullable=False),
        sa.Column("decision", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["message_id"], ["messages.id"], name=op.f("fk_review_decisions_message_id_messages")
        ),
        sa.ForeignKeyConstraint(
            ["order_id"], ["orders.id"], name=op.f("fk_review_decisions_order_id_orders")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_decisions")),
        sa.UniqueConstraint("message_id", name=op.f("uq_review_decisions_message_id")),
    )
    op.create_index(
        op.f("ix_review_decisions_decided_at"), "review_decisions", ["decided_at"]
    )
    op.create_index(op.f("ix_review_decisions_order_id"), "review_decisions", ["order_id"])


def downgrade() -> None:
    op.drop_table("review_decisions")
    # A message still waiting for review cannot keep a state the old schema lacks: it is
    # filed (its extraction is kept; the decision is lost with the table).
    op.execute("UPDATE messages SET state = 'filed' WHERE state = 'needs_review'")
    _state_check(NEW_STATES, OLD_STATES)
