"""Needs review: a message state for mail that waits for a person, and staff decisions on it.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03

Written to match storage/models.py (MessageState) and storage/review.py
(tests/storage/test_migrations.py compares them). The state's CHECK constraint is replaced
(in batch mode, so that SQLite copies the table); types are spelled out, as in 0001.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_STATES = ("filed", "screened", "quarantined", "duplicate")
NEW_STATES = (*OLD_STATES, "needs_review")


def _time() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def _state_check(states: Sequence[str]) -> None:
    condition = "state IN ({})".format(", ".join(f"'{s}'" for s in states))
    with op.batch_alter_table("messages") as batch:
        batch.drop_constraint(op.f("ck_messages_message_state"), type_="check")
        batch.create_check_constraint(op.f("ck_messages_message_state"), condition)


def upgrade() -> None:
    _state_check(NEW_STATES)
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
    _state_check(OLD_STATES)
