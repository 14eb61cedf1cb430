"""The content fingerprint of each message: a re-delivery (the same Message-ID, sender and
body, with other bytes: CRLF line endings, one more Received: header, re-folded headers) is
recognised as the mail already filed.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03

Written to match storage/models.py (tests/storage/test_migrations.py compares them). The
fingerprint of the messages stored before is computed here from their bytes, Message-ID and
sender, as storage.messages.content_fingerprint does (copied: a migration must not change
when the code does).
"""

import hashlib
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BATCH = 500


def _fingerprint(raw: bytes, message_id: str | None, sender: str | None) -> str | None:
    if not message_id:
        return None
    text = raw.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    _, blank, body = text.partition(b"\n\n")
    body = body.rstrip(b"\n") if blank else b""
    digest = hashlib.sha256()
    for piece in (message_id.encode("utf-8"), (sender or "").lower().encode("utf-8"), body):
        digest.update(len(piece).to_bytes(8, "big"))
        digest.update(piece)
    return digest.hexdigest()


def upgrade() -> None:
    op.add_column("messages", sa.Column("content_fingerprint", sa.String(length=64)))
    op.create_index(
        op.f("ix_messages_content_fingerprint"), "messages", ["content_fingerprint"]
    )
    messages = sa.table(
        "messages",
        sa.column("id", sa.Integer()),
        sa.column("raw", sa.LargeBinary()),
        sa.column("message_id", sa.String()),
        sa.column("sender", sa.String()),
        sa.column("content_fingerprint", sa.String()),
    )
    connection = op.get_bind()
    last = 0
    while True:
        rows = connection.execute(
            sa.select(messages.c.id, messages.c.raw, messages.c.message_id, messages.c.sender)
            .where(messages.c.id > last)
            .order_by(messages.c.id)
            .limit(_BATCH)
        ).all()
        if not rows:
            break
        for pk, raw, message_id, sender in rows:
            connection.execute(
                messages.update()
                .where(messages.c.id == pk)
                .values(content_fingerprint=_fingerprint(bytes(raw), message_id, sender))
            )
        last = rows[-1][0]


def downgrade() -> None:
    op.drop_index(op.f("ix_messages_content_fingerprint"), table_name="messages")
    op.drop_column("messages", "content_fingerprint")
