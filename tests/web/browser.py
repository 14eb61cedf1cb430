"""The review page served for real (uvicorn in a thread on 127.0.0.1, a free port) and Debian's
Chromium driven by Playwright through ``executable_path`` (Playwright's own browser builds
cannot be downloaded here). ``BRREG_INTAKE_CHROMIUM`` names another browser binary."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from starlette.applications import Starlette

CANDIDATES = ("chromium-headless-shell", "chromium", "/usr/lib/chromium/chromium")


def chromium_path() -> str | None:
    """The browser to drive, or None when none is installed (``scripts/bootstrap.sh --dev``)."""
    named = os.environ.get("BRREG_INTAKE_CHROMIUM")
    if named:
        return named
    for candidate in CANDIDATES:
        found = shutil.which(candidate) or (candidate if os.access(candidate, os.X_OK) else None)
        if found:
            return found
    return None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def serving(app: Starlette) -> Iterator[str]:
    """``app`` on http://127.0.0.1:PORT until the block ends; yields the base URL."""
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the review page did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
