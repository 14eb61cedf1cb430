"""Orders and messages in the database: SQLAlchemy 2 typed models and Alembic migrations.

Modules: ``db`` (engines, sessions, ``upgrade``), ``models`` (the tables), ``messages``
(recording received mail once, quarantine, mailbox checkpoint), ``orders`` (references,
create/update with an audit trail, look-ups), ``outbox`` (mail to send, claimed by one sender),
``leases`` (one poller at a time), ``scrub`` (masking applied to every stored text and JSON).
Repository functions take the caller's Session and never commit. Imports ``rules`` only.
"""
