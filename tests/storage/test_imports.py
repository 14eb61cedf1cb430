"""Every storage module can be the first one a program imports (a command imports only what
it needs): no import circle, and the metadata holds every table whichever comes first."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import pytest

import storage

MODULES = sorted(m.name for m in pkgutil.iter_modules(storage.__path__) if m.name != "migrations")
SCRIPT = (
    "import importlib, sys; importlib.import_module(sys.argv[1]); "
    "from storage.models import Base; print(len(Base.metadata.tables))"
)


@pytest.mark.parametrize("module", MODULES)
def test_the_module_imports_first_with_all_tables(module: str) -> None:
    run = subprocess.run(
        [sys.executable, "-c", SCRIPT, f"storage.{module}"], capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr
    assert int(run.stdout) == len(storage.models.Base.metadata.tables)
