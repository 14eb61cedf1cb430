"""Automatic replies: ask for what is missing, thread the answer back, never loop.

``plan_reply`` (called by ``bot.intake`` for every filed message) decides by
``rules.reply_policy`` whether to answer, records the decision, and queues the reply in the
outbox in the intake's transaction. ``circuit_breaker_tripped`` tells the digest whether the
hourly limit stopped all replies. ``language`` picks Bokmål, Nynorsk or English and names the
fields; ``render`` fills the templates.
"""

from bot.replies.plan import ReplySettings, circuit_breaker_tripped, plan_reply

__all__ = ["ReplySettings", "circuit_breaker_tripped", "plan_reply"]
