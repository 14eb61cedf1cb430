"""The bot's configuration: typed frozen dataclasses, embedded defaults, a strict TOML loader.

Contracts:

- Every command works with no config file: ``load_config(None)`` gives the embedded defaults
  (SQLite file ``var/brreg-intake.sqlite3`` under the current directory, the bundled sample
  Maildir, a poll every 5 minutes, ...). ``config.example.toml`` documents every key.
- The loader is strict: an unknown key, a wrong type or an invalid value raises ``ConfigError``
  whose message starts with the file and the dotted key (``config.toml: mailbox.imap.port: ...``).
  A key left out takes its default.
- Secrets never live in the TOML file. A section names where to find one: ``password_env`` (an
  environment variable), ``password_file`` (a file whose first line is the secret) or, for
  XOAUTH2, ``token_command`` (a program that prints an access token). They are read only when
  needed (``read_secret``), so commands that never connect need none.
- ``BRREG_INTAKE_DATABASE_URL``, when set, overrides ``database.url``.
- Relative paths (``mailbox.maildir.path``, ``*.password_file``, ``*.ca_file``) and
  the default SQLite URL are relative to the current directory, like the database URL.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import re
import tomllib
import types
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, is_dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar, Union, get_args, get_origin, get_type_hints
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from rules.identity import DEFAULT_ADDRESS, Identity

DATABASE_URL_ENV = "BRREG_INTAKE_DATABASE_URL"
DEFAULT_DATABASE_URL = "sqlite:///var/brreg-intake.sqlite3"
SAMPLE_MAIL = Path(__file__).parent / "sample_mail"  # bundled .eml files for the demo
DEMO_MAILBOX = Path("var") / "sample-mailbox"  # a Maildir seeded from SAMPLE_MAIL
"""The bundled demo Maildir (package data), the mailbox when ``mailbox.maildir.path`` is unset."""

DEFAULTS_SOURCE = "<embedded defaults>"
_SECRET_KEYS = frozenset({"password", "secret", "token", "access_token", "api_key"})


class ConfigError(ValueError):
    """The configuration is unusable. ``str()`` is ``"<file>: <dotted.key>: <problem>"``."""

    def __init__(self, source: Path | str, key: str, problem: str) -> None:
        super().__init__(f"{source}: {key}: {problem}")
        self.source = str(source)
        self.key = key
        self.problem = problem


class MailboxKind(StrEnum):
    MAILDIR = "maildir"
    IMAP = "imap"


class TlsMode(StrEnum):
    TLS = "tls"  # implicit TLS, port 993 (RFC 8314)
    STARTTLS = "starttls"  # plain connection upgraded by STARTTLS, port 143 (RFC 3501 6.2.1)
    PLAINTEXT = "plaintext"  # no TLS at all: only to a loopback address, for tests


class ImapAuth(StrEnum):
    PASSWORD = "password"
    XOAUTH2 = "xoauth2"  # an access token printed by token_command (any provider)
    M365 = "m365"  # XOAUTH2 with an app-only token from Microsoft Entra ID ([m365])


class SmtpAuth(StrEnum):
    PASSWORD = "password"  # AUTH with password_env or password_file (RFC 4954)
    M365 = "m365"  # AUTH XOAUTH2 with an app-only token from Microsoft Entra ID ([m365])


class AfterProcessing(StrEnum):
    MOVE = "move"
    LEAVE = "leave"


class Weekday(StrEnum):
    MON = "mon"
    TUE = "tue"
    WED = "wed"
    THU = "thu"
    FRI = "fri"
    SAT = "sat"
    SUN = "sun"


@dataclass(frozen=True)
class DatabaseConfig:
    url: str = DEFAULT_DATABASE_URL


@dataclass(frozen=True)
class IntakeConfig:
    our_address: str = DEFAULT_ADDRESS
    other_addresses: tuple[str, ...] = ()  # aliases of our mailbox: their mail is ours too
    poll_interval_minutes: int = 5

    @property
    def identity(self) -> Identity:
        """Who we are, for screening, extraction and the reply rules."""
        return Identity.of(self.our_address, self.other_addresses)


@dataclass(frozen=True)
class MaildirConfig:
    path: Path | None = None  # None: var/sample-mailbox, seeded with the bundled sample mail

    @property
    def effective_path(self) -> Path:
        return DEMO_MAILBOX if self.path is None else self.path


@dataclass(frozen=True)
class ImapConfig:
    host: str = ""
    port: int = 0  # 0: the standard port of ``security`` (993 for tls, else 143)
    security: TlsMode = TlsMode.TLS
    ca_file: Path | None = None
    username: str = ""
    auth: ImapAuth = ImapAuth.PASSWORD
    password_env: str | None = None
    password_file: Path | None = None
    token_command: tuple[str, ...] = ()
    timeout_seconds: float = 60.0

    @property
    def effective_port(self) -> int:
        if self.port:
            return self.port
        return 993 if self.security is TlsMode.TLS else 143


@dataclass(frozen=True)
class MailboxConfig:
    kind: MailboxKind = MailboxKind.MAILDIR
    inbox: str = "INBOX"
    # "/" separates levels; each adapter maps it to its store's separator (issue 14)
    processed_folder: str = "INBOX/processed"
    quarantine_folder: str = "INBOX/quarantine"
    after_processing: AfterProcessing = AfterProcessing.MOVE
    maildir: MaildirConfig = field(default_factory=MaildirConfig)
    imap: ImapConfig = field(default_factory=ImapConfig)


@dataclass(frozen=True)
class RepliesConfig:
    grace_period_hours: int = 1
    daily_cap_per_sender: int = 3
    hourly_circuit_breaker: int = 20


@dataclass(frozen=True)
class SmtpConfig:
    """SMTP submission (RFC 6409) for the outbox. ``starttls`` upgrades a plain connection
    (RFC 3207); ``implicit_tls`` speaks TLS from the first byte (port 465, RFC 8314); with
    neither the connection is plaintext, which is allowed only to a loopback host (tests)."""

    host: str = "localhost"
    port: int = 587
    starttls: bool = True
    implicit_tls: bool = False
    ca_file: Path | None = None
    username: str = ""
    auth: SmtpAuth = SmtpAuth.PASSWORD
    password_env: str | None = None
    password_file: Path | None = None
    timeout_seconds: float = 30.0
    max_attempts: int = 10
    stale_claim_minutes: int = 15

    @property
    def plaintext(self) -> bool:
        return not (self.starttls or self.implicit_tls)


@dataclass(frozen=True)
class DigestConfig:
    staff_addresses: tuple[str, ...] = ()
    time: dt.time = dt.time(7, 0)
    days: tuple[Weekday, ...] = (Weekday.MON, Weekday.TUE, Weekday.WED, Weekday.THU, Weekday.FRI)
    timezone: str = "Europe/Oslo"
    quiet_warning_hours: int = 96


class RegisterSource(StrEnum):
    LOCAL = "local"  # the local copy in the database (bulk file + change feed), no network
    API = "api"  # the open API of Enhetsregisteret, one request per number
    OFF = "off"  # no checks: every number stays "not checked"


@dataclass(frozen=True)
class RegisterConfig:
    """Checks of org numbers against Enhetsregisteret (``bot.register``)."""

    source: RegisterSource = RegisterSource.LOCAL
    api_url: str = "https://data.brreg.no/enhetsregisteret/api"
    timeout_seconds: float = 5.0
    retries: int = 3
    backoff_seconds: float = 1.0
    max_retry_after_seconds: float = 60.0
    breaker_failures: int = 5
    breaker_cooldown_seconds: float = 300.0
    concurrency: int = 4
    check_interval_minutes: int = 10
    recheck_after_hours: int = 168
    feed_interval_minutes: int = 60


# ---- [m365] and [metrics]: Microsoft 365 app-only tokens (bot.auth) and the ops endpoint


M365_AUTHORITY_HOST = "https://login.microsoftonline.com"
M365_SCOPE = "https://outlook.office365.com/.default"  # IMAP.AccessAsApp and SMTP.SendAsApp


@dataclass(frozen=True)
class M365Config:
    """An app registration in Microsoft Entra ID that gets app-only tokens (client credentials).

    The credential is a certificate (``certificate_file``: PEM with the private key and the
    certificate) or a client secret (``client_secret_env`` or ``client_secret_file``), never
    the TOML file itself.
    """

    tenant_id: str = ""
    client_id: str = ""
    authority_host: str = M365_AUTHORITY_HOST
    scope: str = M365_SCOPE
    certificate_file: Path | None = None
    client_secret_env: str | None = None
    client_secret_file: Path | None = None
    refresh_margin_seconds: int = 300
    timeout_seconds: float = 30.0

    @property
    def authority(self) -> str:
        return f"{self.authority_host.rstrip('/')}/{self.tenant_id}"


@dataclass(frozen=True)
class MetricsConfig:
    """The health endpoint and Prometheus metrics served by ``run`` (``port = 0``: off)."""

    host: str = "127.0.0.1"
    port: int = 0
    stuck_after_minutes: int = 30


@dataclass(frozen=True)
class BudgetConfig:
    """The work one mail may cost (``bot.budget``): over it, recorded and quarantined."""

    parse_seconds: float = 10.0
    max_message_bytes: int = 25 * 1024 * 1024

class WebAuth(StrEnum):
    PROXY = "proxy"  # a trusted reverse proxy names the staff member in a header (single sign-on)
    PASSWORD = "password"  # HTTP Basic against a local file of hashed passwords (one machine)


@dataclass(frozen=True)
class WebConfig:
    """``brreg-intake web``, the review page (``bot.web``). It binds to loopback unless told
    otherwise; ``user_header`` is believed only from a client address in ``trusted_proxies``."""

    host: str = "127.0.0.1"
    port: int = 8080
    auth: WebAuth = WebAuth.PROXY
    user_header: str = "X-Remote-User"
    trusted_proxies: tuple[str, ...] = ("127.0.0.1", "::1")
    password_file: Path | None = None  # lines "name:scrypt$n$r$p$salt-hex$hash-hex"
    base_url: str = ""  # how staff reach the page; the digest links to it (empty: no links)


@dataclass(frozen=True)
class Config:
    database: DatabaseConfig = field(default_factory=DatabaseConfig)
    intake: IntakeConfig = field(default_factory=IntakeConfig)
    mailbox: MailboxConfig = field(default_factory=MailboxConfig)
    replies: RepliesConfig = field(default_factory=RepliesConfig)
    smtp: SmtpConfig = field(default_factory=SmtpConfig)
    digest: DigestConfig = field(default_factory=DigestConfig)
    register: RegisterConfig = field(default_factory=RegisterConfig)
    m365: M365Config = field(default_factory=M365Config)
    metrics: MetricsConfig = field(default_factory=MetricsConfig)
    budget: BudgetConfig = field(default_factory=BudgetConfig)
    web: WebConfig = field(default_factory=WebConfig)


# --------------------------------------------------------------------------- loading


def load_config(path: Path | str | None = None, environ: Mapping[str, str] | None = None) -> Config:
    """Load ``path`` strictly (``None``: the embedded defaults), then apply the environment.

    Raises ``ConfigError`` naming the file and dotted key for any problem, including a file
    that does not exist or is not valid TOML.
    """
    env = os.environ if environ is None else environ
    if path is None:
        config = Config()
        _validate(config, DEFAULTS_SOURCE)
    else:
        config = parse_config(_read_toml(Path(path)), str(path))
    url = env.get(DATABASE_URL_ENV)
    if url is not None:
        if not url.strip():
            raise ConfigError(f"environment variable {DATABASE_URL_ENV}", "database.url", "empty")
        config = replace(config, database=DatabaseConfig(url=url.strip()))
    return config


def parse_config(table: Mapping[str, Any], source: str) -> Config:
    """Build a ``Config`` from a parsed TOML table; ``source`` names it in errors."""
    config = _build(Config, table, "", source)
    _validate(config, source)
    return config


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(path, "<file>", "config file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(path, "<file>", f"not valid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(path, "<file>", f"cannot be read: {exc.strerror}") from None


_T = TypeVar("_T")


def _build(cls: type[_T], table: Any, prefix: str, source: str) -> _T:
    """Construct dataclass ``cls`` from ``table``, rejecting unknown keys and wrong types."""
    where = prefix.rstrip(".") or "<top level>"
    if not isinstance(table, Mapping):
        raise ConfigError(source, where, f"expected a table, got {_describe(table)}")
    hints = get_type_hints(cls)
    known = {f.name: f for f in fields(cls)}  # type: ignore[arg-type]
    for key in table:
        if key not in known:
            problem = "unknown key"
            if key in _SECRET_KEYS:
                problem = (
                    "secrets never go in the config file; name an environment variable with "
                    "password_env or a file with password_file"
                )
            raise ConfigError(source, prefix + key, f"{problem} (allowed: {', '.join(known)})")
    values = {
        name: _convert(table[name], hints[name], prefix + name, source)
        for name in known
        if name in table
    }
    return cls(**values)


def _convert(value: Any, tp: Any, key: str, source: str) -> Any:
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):  # only ``X | None``: TOML has no null, so it is X
        (inner,) = [arg for arg in get_args(tp) if arg is not type(None)]
        return _convert(value, inner, key, source)
    if is_dataclass(tp):
        return _build(tp, value, key + ".", source)  # type: ignore[arg-type]
    if origin is tuple:
        if not isinstance(value, list):
            raise ConfigError(source, key, f"expected an array, got {_describe(value)}")
        item_type = get_args(tp)[0]
        return tuple(_convert(v, item_type, f"{key}[{i}]", source) for i, v in enumerate(value))
    if isinstance(tp, type) and issubclass(tp, StrEnum):
        allowed = ", ".join(repr(m.value) for m in tp)
        if not isinstance(value, str) or value not in {m.value for m in tp}:
            raise ConfigError(source, key, f"expected one of {allowed}, got {_describe(value)}")
        return tp(value)
    if tp is bool:
        if not isinstance(value, bool):
            raise ConfigError(source, key, f"expected true or false, got {_describe(value)}")
        return value
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(source, key, f"expected an integer, got {_describe(value)}")
        return value
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ConfigError(source, key, f"expected a number, got {_describe(value)}")
        return float(value)
    if tp is str or tp is Path:
        if not isinstance(value, str):
            raise ConfigError(source, key, f"expected a string, got {_describe(value)}")
        return Path(value) if tp is Path else value
    if tp is dt.time:
        return _parse_time(value, key, source)
    raise TypeError(f"config field {key} has an unsupported type {tp!r}")  # a bug in this module


def _parse_time(value: Any, key: str, source: str) -> dt.time:
    if isinstance(value, dt.time):  # a TOML local time, 07:00:00
        return value
    if isinstance(value, str):
        try:
            parsed = dt.time.fromisoformat(value)
        except ValueError:
            pass
        else:
            if parsed.tzinfo is None:
                return parsed
    raise ConfigError(source, key, f'expected a time like "07:00", got {_describe(value)}')


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return f"a boolean ({value!r})"
    if isinstance(value, int | float | str):
        kind = {int: "an integer", float: "a number"}.get(type(value), "a string")
        return f"{kind} ({value!r})"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "a table"
    return type(value).__name__


# --------------------------------------------------------------------------- validation


def _validate(config: Config, source: str) -> None:
    _positive(config.intake.poll_interval_minutes, "intake.poll_interval_minutes", source)
    _positive(config.budget.parse_seconds, "budget.parse_seconds", source)
    _positive(config.budget.max_message_bytes, "budget.max_message_bytes", source)
    _address(config.intake.our_address, "intake.our_address", source)
    for i, other in enumerate(config.intake.other_addresses):
        _address(other, f"intake.other_addresses[{i}]", source)
    _validate_mailbox(config.mailbox, source)
    replies = config.replies
    if replies.grace_period_hours < 0:
        raise ConfigError(source, "replies.grace_period_hours", "must not be negative")
    _positive(replies.daily_cap_per_sender, "replies.daily_cap_per_sender", source)
    _positive(replies.hourly_circuit_breaker, "replies.hourly_circuit_breaker", source)
    _port(config.smtp.port, "smtp.port", source, allow_zero=False)
    _positive(config.smtp.timeout_seconds, "smtp.timeout_seconds", source)
    _validate_smtp(config.smtp, source)
    _validate_digest(config.digest, source)
    _validate_register(config.register, source)
    _validate_m365(config, source)
    _validate_metrics(config.metrics, source)
    _validate_web(config.web, source)
    metrics = config.metrics
    if metrics.port and metrics.stuck_after_minutes <= config.intake.poll_interval_minutes:
        problem = "must be longer than intake.poll_interval_minutes (else every wait looks stuck)"
        raise ConfigError(source, "metrics.stuck_after_minutes", problem)


def uses_m365(config: Config) -> bool:
    """True if the mailbox or SMTP logs in with a Microsoft 365 app-only token."""
    imap = config.mailbox.kind is MailboxKind.IMAP and config.mailbox.imap.auth is ImapAuth.M365
    return imap or config.smtp.auth is SmtpAuth.M365


def _validate_m365(config: Config, source: str) -> None:
    m365 = config.m365
    if m365.client_secret_env is not None and m365.client_secret_file is not None:
        problem = "set client_secret_env or client_secret_file, not both"
        raise ConfigError(source, "m365.client_secret_file", problem)
    _positive(m365.timeout_seconds, "m365.timeout_seconds", source)
    if m365.refresh_margin_seconds < 0:
        raise ConfigError(source, "m365.refresh_margin_seconds", "must not be negative")
    if not m365.authority_host.startswith("https://"):
        host = m365.authority_host.split("/", 3)[2] if "//" in m365.authority_host else ""
        if not (m365.authority_host.startswith("http://") and is_loopback(host.split(":")[0])):
            raise ConfigError(source, "m365.authority_host", "must be an https URL")
    if uses_m365(config):
        require_m365(m365, source)


def require_m365(m365: M365Config, source: str) -> None:
    """Raise ``ConfigError`` unless ``m365`` names a tenant, an app and one credential."""
    for key in ("tenant_id", "client_id"):
        if not getattr(m365, key).strip():
            problem = "required for auth 'm365' (the app registration's Overview page shows it)"
            raise ConfigError(source, f"m365.{key}", problem)
    secret = m365.client_secret_env is not None or m365.client_secret_file is not None
    if secret == (m365.certificate_file is not None):
        problem = "auth 'm365' needs a certificate_file or a client secret (one of them)"
        raise ConfigError(source, "m365.certificate_file", problem)


def _validate_metrics(metrics: MetricsConfig, source: str) -> None:
    _port(metrics.port, "metrics.port", source, allow_zero=True)
    _positive(metrics.stuck_after_minutes, "metrics.stuck_after_minutes", source)
    if not is_loopback(metrics.host):
        # The endpoint has no authentication; a reverse proxy can publish it deliberately.
        raise ConfigError(source, "metrics.host", "must be a loopback address")


def _validate_web(web: WebConfig, source: str) -> None:
    _port(web.port, "web.port", source, allow_zero=False)
    if not web.host.strip():
        raise ConfigError(source, "web.host", "must not be empty")
    if web.base_url and not web.base_url.startswith(("https://", "http://")):
        raise ConfigError(source, "web.base_url", "must be an http(s) URL")
    if not re.fullmatch(r"[A-Za-z0-9-]+", web.user_header):
        raise ConfigError(source, "web.user_header", "must be a header name (letters, digits, -)")
    for i, proxy in enumerate(web.trusted_proxies):
        try:
            ipaddress.ip_network(proxy, strict=False)
        except ValueError:
            raise ConfigError(source, f"web.trusted_proxies[{i}]", "not an IP address") from None
    if web.auth is WebAuth.PASSWORD and web.password_file is None:
        raise ConfigError(source, "web.password_file", "is required when web.auth is 'password'")


def _validate_register(register: RegisterConfig, source: str) -> None:
    if not register.api_url.startswith(("https://", "http://")):
        raise ConfigError(source, "register.api_url", "must be an http(s) URL")
    if register.api_url.startswith("http://"):
        host = register.api_url.split("/", 3)[2].rsplit(":", 1)[0]
        if not is_loopback(host):
            raise ConfigError(source, "register.api_url", "plain http only to a loopback host")
    for key in ("timeout_seconds", "breaker_cooldown_seconds", "max_retry_after_seconds",
                "breaker_failures", "concurrency", "check_interval_minutes",
                "recheck_after_hours", "feed_interval_minutes"):  # fmt: skip
        _positive(getattr(register, key), f"register.{key}", source)
    if register.retries < 0 or register.backoff_seconds < 0:
        raise ConfigError(source, "register.retries", "retries and backoff must not be negative")


def _validate_smtp(smtp: SmtpConfig, source: str) -> None:
    _one_secret_source(smtp.password_env, smtp.password_file, "smtp", source)
    if smtp.auth is SmtpAuth.M365 and not smtp.username:
        problem = "auth 'm365' needs the mailbox address to send as (the XOAUTH2 user)"
        raise ConfigError(source, "smtp.username", problem)
    if smtp.starttls and smtp.implicit_tls:
        raise ConfigError(source, "smtp.implicit_tls", "set starttls or implicit_tls, not both")
    if smtp.plaintext and not is_loopback(smtp.host):
        raise ConfigError(
            source,
            "smtp.starttls",
            "plaintext (starttls and implicit_tls both false) is allowed only to a loopback "
            "address",
        )
    _positive(smtp.max_attempts, "smtp.max_attempts", source)
    _positive(smtp.stale_claim_minutes, "smtp.stale_claim_minutes", source)
    if smtp.stale_claim_minutes * 60 < 10 * smtp.timeout_seconds:
        # A sender stops a batch at half of this (bot.outbox.sender); one slow command must
        # not eat the margin, or another sender could take over a mail still being sent.
        raise ConfigError(
            source, "smtp.stale_claim_minutes", "must be at least 10 x smtp.timeout_seconds"
        )


def _validate_mailbox(mailbox: MailboxConfig, source: str) -> None:
    names = {
        "mailbox.inbox": mailbox.inbox,
        "mailbox.processed_folder": mailbox.processed_folder,
        "mailbox.quarantine_folder": mailbox.quarantine_folder,
    }
    seen: dict[str, str] = {}
    for key, name in names.items():
        if not name.strip():
            raise ConfigError(source, key, "must not be empty")
        if name in seen:
            raise ConfigError(source, key, f"is the same folder as {seen[name]}")
        seen[name] = key
    imap = mailbox.imap
    _port(imap.port, "mailbox.imap.port", source, allow_zero=True)
    _positive(imap.timeout_seconds, "mailbox.imap.timeout_seconds", source)
    _one_secret_source(imap.password_env, imap.password_file, "mailbox.imap", source)
    if imap.security is TlsMode.PLAINTEXT and imap.host and not is_loopback(imap.host):
        raise ConfigError(
            source, "mailbox.imap.security", "plaintext is allowed only to a loopback address"
        )
    if mailbox.kind is not MailboxKind.IMAP:
        return
    if not imap.host:
        raise ConfigError(source, "mailbox.imap.host", "required when mailbox.kind is 'imap'")
    if not imap.username:
        raise ConfigError(source, "mailbox.imap.username", "required when mailbox.kind is 'imap'")
    if imap.auth is ImapAuth.XOAUTH2 and not imap.token_command:
        raise ConfigError(source, "mailbox.imap.token_command", "is required for auth 'xoauth2'")
    if imap.auth is ImapAuth.PASSWORD and not (imap.password_env or imap.password_file):
        raise ConfigError(
            source, "mailbox.imap.password_env", "auth 'password' needs this or password_file"
        )


def _validate_digest(digest: DigestConfig, source: str) -> None:
    for i, address in enumerate(digest.staff_addresses):
        _address(address, f"digest.staff_addresses[{i}]", source)
    if not digest.days:
        raise ConfigError(source, "digest.days", "must name at least one day")
    if len(set(digest.days)) != len(digest.days):
        raise ConfigError(source, "digest.days", "names a day twice")
    try:
        zone = ZoneInfo(digest.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        problem = f"unknown time zone {digest.timezone!r}"
        raise ConfigError(source, "digest.timezone", problem) from None
    if _skipped_or_repeated(digest.time, zone):
        # facts.md: APScheduler 3 cron jobs in that hour fire at a non-existent time on the
        # spring change and twice on the autumn change.
        raise ConfigError(
            source,
            "digest.time",
            f"{digest.time:%H:%M} does not exist or occurs twice on the "
            f"daylight-saving changes in {digest.timezone}; choose another time",
        )
    _positive(digest.quiet_warning_hours, "digest.quiet_warning_hours", source)


def _skipped_or_repeated(at: dt.time, zone: ZoneInfo) -> bool:
    """True if wall-clock ``at`` is skipped or repeated on some day of this or next year."""
    year = dt.date.today().year
    day = dt.date(year, 1, 1)
    while day.year <= year + 1:
        early = dt.datetime.combine(day, at, tzinfo=zone)
        if early.utcoffset() != early.replace(fold=1).utcoffset():
            return True
        day += dt.timedelta(days=1)
    return False


def _positive(value: float, key: str, source: str) -> None:
    if value <= 0:
        raise ConfigError(source, key, "must be greater than zero")


def _port(value: int, key: str, source: str, *, allow_zero: bool) -> None:
    low = 0 if allow_zero else 1
    if not low <= value <= 65535:
        raise ConfigError(source, key, f"must be a TCP port ({low}-65535)")


def _address(value: str, key: str, source: str) -> None:
    local, at, domain = value.rpartition("@")
    if not (at and local and "." in domain) or any(c.isspace() for c in value):
        raise ConfigError(source, key, "is not an email address")


def _one_secret_source(env: str | None, file: Path | None, section: str, source: str) -> None:
    if env is not None and file is not None:
        problem = "set password_env or password_file, not both"
        raise ConfigError(source, f"{section}.password_file", problem)
    if env is not None and not env.strip():
        raise ConfigError(source, f"{section}.password_env", "must name an environment variable")


def is_loopback(host: str) -> bool:
    """True for ``localhost`` and literal loopback addresses (127.0.0.0/8, ::1). No DNS."""
    if host.lower().rstrip(".") == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


# --------------------------------------------------------------------------- secrets


def read_secret(
    section: str,
    password_env: str | None,
    password_file: Path | None,
    environ: Mapping[str, str] | None = None,
) -> str:
    """The secret a config section points at: an environment variable or a file's first line.

    ``section`` is the dotted section name (``"mailbox.imap"``), used in errors. Raises
    ``ConfigError`` if neither is configured, the variable is unset or empty, or the file
    cannot be read or is empty. The secret itself never appears in an error.
    """
    env = os.environ if environ is None else environ
    if password_env:
        value = env.get(password_env, "")
        if not value:
            raise ConfigError(
                "environment", f"{section}.password_env", f"variable {password_env} is not set"
            )
        return value
    if password_file is not None:
        try:
            text = password_file.read_text(encoding="utf-8")
        except OSError as exc:
            problem = f"cannot be read: {exc.strerror}"
            raise ConfigError(password_file, f"{section}.password_file", problem) from None
        first = text.splitlines()[0].strip() if text.strip() else ""
        if not first:
            raise ConfigError(password_file, f"{section}.password_file", "the file is empty")
        return first
    raise ConfigError(DEFAULTS_SOURCE, f"{section}.password_env", "neither this nor password_file")


def dataclass_keys(cls: type[Any] = Config, prefix: str = "") -> list[str]:
    """Every dotted key of ``cls`` (tables included), in declaration order. For docs and tests."""
    keys: list[str] = []
    hints = get_type_hints(cls)
    for f in fields(cls):
        dotted = prefix + f.name
        keys.append(dotted)
        if is_dataclass(hints[f.name]):
            keys.extend(dataclass_keys(hints[f.name], dotted + "."))
    return keys
