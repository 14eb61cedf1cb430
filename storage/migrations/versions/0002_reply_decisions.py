"""Reply decisions (sent or withheld, and why) and bounced addresses.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27

Written to match storage/replies.py (tests/storage/test_migrations.py compares them). Types
are spelled out here, as in 0001.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _time() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "reply_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=True),
        sa.Column("decided_at", _time(), nullable=False),
        sa.Column("decision", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.String(length=64), nullable=False),
        sa.Column("outbox_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["message_id"], ["messages.id"], name=op.f("fk_reply_decisions_message_id_messages")
        ),
        sa.ForeignKeyConstraint(
            ["order_id"], ["orders.id"], name=op.f("fk_reply_decisions_order_id_orders")
        ),
        sa.ForeignKeyConstraint(
            ["outbox_id"], ["outbox.id"], name=op.f("fk_reply_decisions_outbox_id_outbox")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reply_decisions")),
    )
    op.create_index(
        op.f("ix_reply_decisions_decided_at"), "reply_decisions", ["decided_at"]
    )
    op.create_index(
        op.f("ix_reply_decisions_message_id"), "reply_decisions", ["message_id"]
    )
    op.create_index(op.f("ix_reply_decisions_order_id"), "reply_decisions", ["order_id"])
    op.create_table(
        "bounced_addresses",
        sa.Column("address", sa.String(length=320), nullable=False),
        sa.Column("first_bounced_at", _time(), nullable=False),
        sa.Column("cleared_at", _time(), nullable=True),
        sa.Column("cleared_by", sa.String(length=255), nullable=True),
        sa.PrimaryKeyConstraint("address", name=op.f("pk_bounced_addresses")),
    )


def downgrade() -> None:
    op.drop_table("bounced_addresses")
    op.drop_table("reply_decisions")
