"""Staff actions on an order (storage.staff): checked by rules.lifecycle, logged by name."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session, sessionmaker

from rules.evaluate import evaluate
from storage import staff
from storage.models import OrderStatus
from storage.orders import create_order, update_order
from tests.digest.builders import FICTITIOUS


def test_staff_reopen_a_rejected_order_and_the_bot_cannot(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        record = create_order(session, FICTITIOUS, evaluate(FICTITIOUS), status=OrderStatus.READY)
        staff.reject(session, record, "Ingrid", "Feil  avsender")
        update_order(session, record, status=OrderStatus.READY)  # a vendor's mail, as the bot
        assert record.status is OrderStatus.REJECTED
        with pytest.raises(staff.StaffActionError, match="cannot become done"):
            staff.mark_done(session, record, "Ingrid")
        staff.reopen(session, record, "Ingrid")
        assert record.status is OrderStatus.READY
        with pytest.raises(staff.StaffActionError, match="staff member's name"):
            staff.mark_done(session, record, "bot")
        actions = [(e.actor, e.action, e.new_value) for e in record.events]
        assert actions[-3:] == [
            ("Ingrid", "status_changed", "rejected"),
            ("Ingrid", "reject_reason", "Feil avsender"),
            ("Ingrid", "status_changed", "ready"),
        ]
