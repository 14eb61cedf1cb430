"""The daily digest: the staff's morning list of orders to set up, orders waiting for vendors,
things that need a look, and the intake's health.

``content.gather`` reads the database into a frozen ``Digest``; ``render.render`` makes the
subject, plain text, HTML and the CSV of ready orders from Jinja2 templates (Norwegian Bokmål);
``schedule.send_digest`` queues it in the outbox once per local calendar day.
"""
