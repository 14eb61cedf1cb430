"""The SMTP side of the conversation: the outbox's mails built (``message``), delivered over
SMTP with retries (``sender``), and their bounces linked back to the order (``bounces``).

The intake writes an outbox row in the same transaction as the order (``storage.outbox``);
only after that commit does ``sender.deliver_due`` send it (DESIGN.md, step 8).
"""
