"""Enhetsregisteret: the local copy, cached answers, the checks applied to orders, sync state.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03

Written to match storage/register.py (tests/storage/test_migrations.py compares them).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STATUSES = (
    "active", "deleted", "removed", "unknown", "sub_unit", "bankrupt", "under_liquidation",
    "not_checked",
)
MEANINGS = ("fine", "invalid", "flag", "pending")


def _time() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def _enum(table: str, name: str, *values: str) -> sa.Enum:
    check = op.f(f"ck_{table}_{name}")
    return sa.Enum(*values, name=check, native_enum=False, create_constraint=True, length=32)


def _status(table: str) -> sa.Enum:
    return _enum(table, "register_status", *STATUSES)


def upgrade() -> None:
    op.create_table(
        "register_entities",
        sa.Column("org_number", sa.String(length=9), nullable=False),
        sa.Column("status", _status("register_entities"), nullable=False),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("org_form", sa.String(length=16), nullable=True),
        sa.Column("parent_number", sa.String(length=9), nullable=True),
        sa.Column("deleted_on", sa.Date(), nullable=True),
        sa.Column("updated_at", _time(), nullable=False),
        sa.PrimaryKeyConstraint("org_number", name=op.f("pk_register_entities")),
    )
    op.create_table(
        "register_answers",
        sa.Column("org_number", sa.String(length=9), nullable=False),
        sa.Column("status", _status("register_answers"), nullable=False),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("org_form", sa.String(length=16), nullable=True),
        sa.Column("parent_number", sa.String(length=9), nullable=True),
        sa.Column("parent_name", sa.Text(), nullable=True),
        sa.Column("deleted_on", sa.Date(), nullable=True),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("fetched_at", _time(), nullable=False),
        sa.PrimaryKeyConstraint("org_number", name=op.f("pk_register_answers")),
    )
    op.create_index(
        op.f("ix_register_answers_fetched_at"), "register_answers", ["fetched_at"]
    )
    op.create_table(
        "order_register_checks",
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("path", sa.String(length=64), nullable=False),
        sa.Column("org_number", sa.String(length=9), nullable=False),
        sa.Column("status", _status("order_register_checks"), nullable=False),
        sa.Column(
            "meaning",
            _enum("order_register_checks", "register_meaning", *MEANINGS),
            nullable=False,
        ),
        sa.Column("registered_name", sa.Text(), nullable=True),
        sa.Column("parent_number", sa.String(length=9), nullable=True),
        sa.Column("parent_name", sa.Text(), nullable=True),
        sa.Column("name_score", sa.Float(), nullable=True),
        sa.Column("problem", sa.String(length=255), nullable=True),
        sa.Column("applied_at", _time(), nullable=False),
        sa.Column("ask_due", sa.Boolean(), nullable=False),
        sa.Column("asked_at", _time(), nullable=True),
        sa.ForeignKeyConstraint(
            ["order_id"], ["orders.id"], name=op.f("fk_order_register_checks_order_id_orders")
        ),
        sa.PrimaryKeyConstraint("order_id", "path", name=op.f("pk_order_register_checks")),
    )
    op.create_table(
        "register_sync",
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("position", sa.BigInteger(), nullable=True),
        sa.Column("rows", sa.Integer(), nullable=True),
        sa.Column("at", _time(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_register_sync")),
    )


def downgrade() -> None:
    op.drop_table("register_sync")
    op.drop_table("order_register_checks")
    op.drop_index(op.f("ix_register_answers_fetched_at"), table_name="register_answers")
    op.drop_table("register_answers")
    op.drop_table("register_entities")
