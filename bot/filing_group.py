"""A group of messages filed in one transaction, with one flush, and filed again one by one
when any of them fails.

The poll's hot path (``bot.poll``). Each message of a group is filed with
``file_message(isolated=False)`` on a session without autoflush: no savepoint and no flush per
message, so the group's rows (messages, orders, events, reply decisions, outbox mail) go to
the database in one flush at the commit, with the checkpoint. Lookups that must see earlier
messages of the same group still do (``storage.messages`` and ``storage.replies`` look at the
session's pending rows; a message that may join a thread flushes first).

When filing a message or the commit raises, the transaction is rolled back and, at the
commit, every message of the group is filed again ``isolated``: each in a savepoint of its
own, so the failing message is quarantined with its traceback and the rest are filed, as if
the fast way had never been tried. If that raises too (the database is gone), the exception
propagates with nothing of the group recorded, and the next poll fetches it again. Nothing is
moved or sent before the commit, so the first, rolled-back attempt leaves no trace.
"""

from __future__ import annotations

import logging
from operator import attrgetter

from sqlalchemy.orm import Session, sessionmaker

from bot.budget import OverBudgetError, ParseBudget, Unparsed
from bot.intake import Outcome, Prepared, file_message
from bot.replies import ReplySettings
from storage.messages import Location, advance_checkpoint

log = logging.getLogger(__name__)


class FilingGroup:
    """The messages of one transaction (see the module docstring): ``file`` each, then
    ``commit``, which returns where each message was and what became of it."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        replies: ReplySettings | None,
        budget: ParseBudget | None = None,
    ) -> None:
        self._sessions = sessions
        self._replies = replies
        self._budget = budget
        self._session: Session | None = None
        self._mail: list[tuple[Location, bytes, Prepared | Unparsed | None]] = []
        self._filed: list[tuple[Location, Outcome]] = []
        self._failed = False

    def __len__(self) -> int:
        return len(self._mail)

    def file(self, location: Location, raw: bytes, ready: Prepared | Unparsed | None) -> None:
        """File one message in the group's transaction (``ready``: ``prepare_within(raw)`` or
        None). A failure is not raised: the group is filed again, one message at a time, at
        commit (a message that ran over its parse budget then is not parsed a second time)."""
        self._mail.append((location, raw, ready))
        if self._failed:
            return
        session = self._open(autoflush=False)
        try:
            filed = file_message(
                session, raw, location=location, prepared=ready, location_is_new=True,
                replies=self._replies, isolated=False, budget=self._budget,
            )  # fmt: skip
        except OverBudgetError as over:
            self._mail[-1] = (location, raw, Unparsed(str(over)))
            self._fail("filing a message over its budget")
            return
        except Exception:
            self._fail("filing a message")
            return
        self._filed.append((location, filed.outcome))

    def commit(self) -> list[tuple[Location, Outcome]]:
        """Commit the group with the checkpoint of its highest UID; returns each message's
        location and outcome, in order, and empties the group."""
        if not self._mail:
            self.close()
            return []
        if not self._failed:
            try:
                self._commit(self._open(autoflush=False))
            except Exception:
                self._fail("committing the group")
        if self._failed:
            self._filed = self._file_isolated()
        filed = self._filed
        self._mail, self._filed, self._failed = [], [], False
        return filed

    def close(self) -> None:
        """Roll back what is not committed and forget the group."""
        if self._session is not None:
            self._session.close()
            self._session = None
        self._mail, self._filed, self._failed = [], [], False

    def _open(self, *, autoflush: bool) -> Session:
        if self._session is None:
            self._session = self._sessions()
            self._session.autoflush = autoflush
            self._session.begin()
        return self._session

    def _commit(self, session: Session) -> None:
        advance_checkpoint(session, max((mail[0] for mail in self._mail), key=attrgetter("uid")))
        session.commit()
        self._session = None
        session.close()

    def _fail(self, doing: str) -> None:
        # The traceback is logged where the message is quarantined, on the isolated pass.
        log.warning("%s failed: the group of %d is filed again one by one", doing, len(self))
        self._failed = True
        if self._session is not None:
            self._session.rollback()
            self._session.close()
            self._session = None

    def _file_isolated(self) -> list[tuple[Location, Outcome]]:
        session = self._open(autoflush=True)
        filed = [
            (location, file_message(
                session, raw, location=location, prepared=ready, location_is_new=True,
                replies=self._replies, budget=self._budget,
            ).outcome)
            for location, raw, ready in self._mail
        ]  # fmt: skip
        self._commit(session)
        return filed
