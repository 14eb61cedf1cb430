"""Entry points and adapters: CLI, scheduler, mailboxes, outbox, intake use case, config."""
