"""Orders and messages in the database: SQLAlchemy 2 typed models and Alembic migrations.

Modules: ``db`` (engines, sessions, ``upgrade``), ``models`` (the tables), ``messages``
(recording received mail once, quarantine, mailbox checkpoint), ``orders`` (references,
create/update with an audit trail, look-ups), ``outbox`` (mail to send, claimed by one sender),
``leases`` (one poller at a time), ``scrub`` (masking applied to every stored text and JSON).
Repository functions take the caller's Session and never commit. Imports ``rules`` only.
"""

# The tables of reply decisions, the register and review decisions live beside their
# repository functions but belong to one metadata: importing them here (after the models,
# before any of them is used) completes ``Base.metadata`` whichever storage module is imported
# first, without an import circle (storage.register uses storage.orders, which uses models).
import storage.models
import storage.register
import storage.replies
import storage.review  # noqa: F401
