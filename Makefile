# The two commands of the README: `make demo` (the main job on the embedded defaults) and
# `make test` (lint, types, the import contract and the whole test suite).
.PHONY: demo test lint bootstrap bootstrap-dev bench

VENV := .venv/bin

bootstrap:
	./scripts/bootstrap.sh

bootstrap-dev:
	./scripts/bootstrap.sh --dev

demo: bootstrap
	$(VENV)/brreg-intake demo

lint: bootstrap-dev
	$(VENV)/ruff check bot parsers rules storage tests scripts benchmarks
	$(VENV)/mypy
	$(VENV)/lint-imports

test: lint
	$(VENV)/pytest

bench: bootstrap-dev
	$(VENV)/python benchmarks/parse_speed.py
