"""Log set-up for the commands that run as a service: one line per event, text or JSON.

``--log-format json`` writes one JSON object per line (``time`` in UTC ISO 8601, ``level``,
``logger``, ``message``, and ``error`` with the exception's type when there is one; the
traceback only in text format), for journald or a log shipper. What is logged never holds
personal data: the modules log ids, counts, states and reply codes (DESIGN.md).
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime

TEXT_FORMAT = "%(asctime)s %(levelname)s %(message)s"


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info and record.exc_info[0] is not None:
            entry["error"] = record.exc_info[0].__name__
        return json.dumps(entry, ensure_ascii=False)


def setup_logging(log_format: str = "text", level: int = logging.INFO) -> None:
    """Configure the root logger once for the process (``text`` or ``json``)."""
    handler = logging.StreamHandler()
    json_lines = log_format == "json"
    handler.setFormatter(JsonFormatter() if json_lines else logging.Formatter(TEXT_FORMAT))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # Library chatter stays out: Alembic's per-run notes, imapclient's protocol log (it names
    # the login user), MSAL's request log, APScheduler's lines for every job run (each job
    # logs its own one line).
    for name in ("alembic", "imapclient", "msal", "urllib3", "apscheduler"):
        logging.getLogger(name).setLevel(logging.WARNING)
