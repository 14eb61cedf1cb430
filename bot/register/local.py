"""The local copy of Enhetsregisteret in the database as a ``Register``.

A number the copy does not hold is unknown only when both bulk files (main units and
sub-units) were imported; before that the answer is "not checked" (an empty copy must never
make every number invalid).
"""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from rules.register import RegisterAnswer, RegisterStatus, not_checked
from storage.register import SYNC_BULK, SYNC_SUB_UNITS, local_entity, sync_position


class LocalRegister:
    source = "local"

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def lookup(self, org_number: str) -> RegisterAnswer:
        with self._sessions() as session:
            found = local_entity(session, org_number)
            if found is not None:
                return found
            loaded = all(sync_position(session, name)[1] for name in (SYNC_BULK, SYNC_SUB_UNITS))
        if not loaded:
            return not_checked(
                org_number, "the local copy lacks a bulk file: run brreg-intake register import"
            )
        return RegisterAnswer(org_number, RegisterStatus.UNKNOWN)
