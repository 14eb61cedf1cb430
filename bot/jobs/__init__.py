"""Scheduled jobs of ``brreg-intake run``: each module exposes ``register_job(scheduler, app,
stopping)``, which adds its job to an APScheduler scheduler."""
