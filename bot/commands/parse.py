"""``brreg-intake parse [--jsonl|--json] PATH...``: print the order in each email.

Needs no database, no config file and no network. A file that cannot be parsed gives an
object with an ``"error"`` key and the run goes on; a path that does not exist stops the run
before any output, naming it (exit status 2).
"""

from __future__ import annotations

import argparse
import json
import sys
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "parse",
        help="print the access order found in each email (.eml) file",
        description="Print the order in each email, in the shape of order.schema.json.",
    )
    form = parser.add_mutually_exclusive_group()
    form.add_argument(
        "--jsonl", action="store_true", help="one JSON object per line, with a 'file' key"
    )
    form.add_argument("--json", action="store_true", help="one JSON array of objects")
    parser.add_argument(
        "--evidence", action="store_true", help="show evidence in the readable summary"
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help=".eml files, or folders of them")
    parser.set_defaults(func=run)


def expand(paths: list[str]) -> list[Path]:
    """Files as given; a folder gives its *.eml files in name order. Raises FileNotFoundError."""
    missing = [p for p in paths if not Path(p).exists()]
    if missing:
        raise FileNotFoundError(", ".join(missing))
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        files.extend(sorted(path.glob("*.eml")) if path.is_dir() else [path])
    return files


def parse_file(path: Path) -> dict[str, Any]:
    """The order of one file as a dict with ``file``; ``error`` instead when it cannot be read."""
    from parsers.api import parse_email  # deferred: keeps `brreg-intake --help` fast

    try:
        raw = path.read_bytes()
    except OSError as exc:
        return {"file": str(path), "error": f"cannot read: {exc.strerror}"}
    try:
        extraction = parse_email(raw)
    except Exception as exc:  # one bad file must not stop the run; the traceback goes to stderr
        traceback.print_exc(file=sys.stderr)
        return {"file": str(path), "error": f"{type(exc).__name__}: {exc}"}
    if extraction.unreadable:
        return {
            "file": str(path),
            "error": extraction.unreadable,
            "defects": list(extraction.defects),
        }
    return {"file": str(path), **extraction.to_dict()}


def results(files: list[Path]) -> Iterator[dict[str, Any]]:
    for path in files:
        yield parse_file(path)


def run(args: argparse.Namespace) -> int:
    try:
        files = expand(args.paths)
    except FileNotFoundError as exc:
        print(f"brreg-intake parse: no such file or folder: {exc}", file=sys.stderr)
        return 2
    out = sys.stdout
    failed: list[dict[str, Any]] = []
    items = _noting_errors(results(files), failed)
    if args.jsonl:
        for item in items:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    elif args.json:
        json.dump(list(items), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        for item in items:
            write_summary(item, out, evidence=args.evidence)
    for item in failed:  # a binary or empty file is no email: say so, and fail
        print(f"brreg-intake parse: {item['file']}: {item['error']}", file=sys.stderr)
    return 1 if failed else 0


def _noting_errors(
    items: Iterator[dict[str, Any]], failed: list[dict[str, Any]]
) -> Iterator[dict[str, Any]]:
    """``items`` as they come, keeping those with an ``error`` in ``failed``."""
    for item in items:
        if "error" in item:
            failed.append(item)
        yield item


_FIELDS = (
    ("Søker org.nr.", "applicant.org_number"),
    ("Søker navn", "applicant.name"),
    ("Testansvarlig", "applicant.contact.name"),
    ("  e-post", "applicant.contact.email"),
    ("  telefon", "applicant.contact.phone"),
    ("Kunde org.nr.", "customer.org_number"),
    ("Kunde navn", "customer.name"),
    ("Kundens kontakt", "customer.contact.name"),
    ("  e-post", "customer.contact.email"),
    ("  telefon", "customer.contact.phone"),
    ("Produksjonsansvarlig", "production_contact.name"),
    ("  e-post", "production_contact.email"),
    ("  telefon", "production_contact.phone"),
    ("Grunnlag", "legal_basis"),
)


def _get(item: dict[str, Any], path: str) -> Any:
    value: Any = item
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def _bokmal(path: str, reason: str) -> str:
    """The English reason code as Bokmål words, so that a line is in one language (the JSON
    keeps the code)."""
    from bot.replies.language import Language, problem_words  # lazily: parse starts cold
    from rules.fields import FieldPath

    return problem_words(FieldPath(path), reason, Language.BOKMAL)


def write_summary(item: dict[str, Any], out: TextIO, *, evidence: bool = False) -> None:
    """A readable block for people: type, each field, what is missing or invalid."""
    out.write(f"== {item['file']}\n")
    if "error" in item:
        out.write(f"   FEIL: {item['error']}\n\n")
        return
    out.write(f"   type: {item['order_type']}\n")
    for label, path in _FIELDS:
        value = _get(item, path)
        reason = item["invalid_reasons"].get(path)
        mark = f" (ugyldig: {_bokmal(path, reason)})" if reason else ""
        if value is None and path not in item["missing"]:
            continue
        shown = value if value is not None else "— mangler"
        out.write(f"   {label:<22} {shown}{mark}\n")
        if evidence and path in item.get("evidence", {}):
            ev = item["evidence"][path]
            out.write(f"   {'':<22} ↳ {ev['rule']}: {ev['text']}\n")
    if item["flags"]:
        out.write(f"   flagg: {', '.join(item['flags'])}\n")
    if item["screening"]:
        out.write(f"   siling: {', '.join(item['screening'])}\n")
    out.write("\n")
