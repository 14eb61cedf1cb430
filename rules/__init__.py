"""The domain of brreg-intake, pure: orders, field paths, what each order type needs, value checks.

This package imports no other project package and no I/O library (import-linter enforces it).
"""
