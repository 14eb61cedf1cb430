"""The outbox remembers what a reply was about, and staff (or the re-check) can hold or cancel it.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03

``outbox.about``: the field paths (missing or invalid) a reply asked about when it was planned,
NULL for mail that asks nothing. ``outbox.state`` gains ``held`` and ``cancelled``.
Written to match storage/models.py (tests/storage/test_migrations.py compares them).
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_STATES = ("pending", "claimed", "sent", "failed")
NEW_STATES = (*OLD_STATES, "held", "cancelled")
CHECK = "outbox_state"  # named ck_outbox_outbox_state by the naming convention


def _json() -> sa.types.TypeEngine[Any]:
    return sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def _states(values: Sequence[str]) -> str:
    return "state IN (" + ", ".join(f"'{v}'" for v in values) + ")"


def upgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("about", _json(), nullable=True))
        batch.drop_constraint(op.f("ck_outbox_outbox_state"), type_="check")
        batch.create_check_constraint(CHECK, _states(NEW_STATES))


def downgrade() -> None:
    op.execute("UPDATE outbox SET state = 'failed' WHERE state IN ('held', 'cancelled')")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_constraint(op.f("ck_outbox_outbox_state"), type_="check")
        batch.create_check_constraint(CHECK, _states(OLD_STATES))
        batch.drop_column("about")
