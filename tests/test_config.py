"""The config: embedded defaults, the strict TOML loader, the example file, secrets."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from pathlib import Path

import pytest

from bot.config import (
    DATABASE_URL_ENV,
    DEMO_MAILBOX,
    SAMPLE_MAIL,
    AfterProcessing,
    Config,
    ConfigError,
    ImapAuth,
    MailboxKind,
    TlsMode,
    Weekday,
    dataclass_keys,
    is_loopback,
    load_config,
    read_secret,
)

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "config.example.toml"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "brreg-intake.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_no_config_file_gives_the_embedded_defaults() -> None:
    config = load_config(None, environ={})
    assert config == Config()
    assert config.database.url == "sqlite:///var/brreg-intake.sqlite3"
    assert config.mailbox.kind is MailboxKind.MAILDIR
    assert config.mailbox.maildir.effective_path == DEMO_MAILBOX
    assert SAMPLE_MAIL.parent == REPO / "bot"
    assert config.intake.our_address == "opendata.rrh@brreg.no"
    assert config.intake.poll_interval_minutes == 5
    assert (config.mailbox.processed_folder, config.mailbox.quarantine_folder) == (
        "INBOX/processed",
        "INBOX/quarantine",
    )
    assert config.mailbox.after_processing is AfterProcessing.MOVE
    assert config.digest.time == dt.time(7, 0)
    assert config.digest.days == tuple(Weekday)[:5]
    assert config.digest.timezone == "Europe/Oslo"
    assert config.mailbox.imap.security is TlsMode.TLS


def test_the_example_file_loads_and_states_exactly_the_defaults() -> None:
    assert load_config(EXAMPLE, environ={}) == Config()


def _documented_keys(text: str) -> dict[str, int]:
    """Dotted key -> line number, for every ``key =`` or ``# key =`` line under a [table]."""
    keys: dict[str, int] = {}
    table = ""
    for number, line in enumerate(text.splitlines(), 1):
        header = re.fullmatch(r"\[([a-z0-9_.]+)\]", line.strip())
        if header:
            table = header.group(1)
            keys[table] = number
            continue
        assignment = re.fullmatch(r"#? ?([a-z_]+) = .*", line.strip())
        if assignment and table:
            keys[f"{table}.{assignment.group(1)}"] = number
    return keys


def test_the_example_file_documents_every_key_with_a_comment() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    lines = text.splitlines()
    documented = _documented_keys(text)
    fields = dataclass_keys(Config)
    assert sorted(set(fields) - set(documented)) == [], "fields missing from the example"
    assert sorted(set(documented) - set(fields)) == [], "example keys that are not fields"
    for key, number in documented.items():
        above = lines[number - 2].strip()
        if "." in key and not lines[number - 1].startswith("["):
            # a key is preceded by its comment, or shares one with the key just above it
            assert above.startswith("#") or re.match(r"[a-z_]+ = ", above), key


def test_unknown_key_names_the_file_and_dotted_key(tmp_path: Path) -> None:
    path = write(tmp_path, '[mailbox.imap]\nhostname = "imap.example.no"\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path, environ={})
    message = str(caught.value)
    assert message.startswith(f"{path}: mailbox.imap.hostname: unknown key")
    assert "host" in message  # the allowed keys are listed
    assert (caught.value.source, caught.value.key) == (str(path), "mailbox.imap.hostname")


def test_unknown_table_at_top_level(tmp_path: Path) -> None:
    path = write(tmp_path, "[mailboxes]\n")
    with pytest.raises(ConfigError, match=r": mailboxes: unknown key"):
        load_config(path, environ={})


@pytest.mark.parametrize(
    ("toml", "key", "problem"),
    [
        ('[mailbox.imap]\nport = "993"\n', "mailbox.imap.port", "an integer, got a string"),
        ("[smtp]\nport = true\n", "smtp.port", "expected an integer, got a boolean"),
        ("[smtp]\nstarttls = 1\n", "smtp.starttls", "expected true or false"),
        ("[intake]\npoll_interval_minutes = 2.5\n", "intake.poll_interval_minutes", "integer"),
        ('[mailbox]\nkind = "pop3"\n', "mailbox.kind", "expected one of 'maildir', 'imap'"),
        ('[digest]\ndays = ["mon", "someday"]\n', "digest.days[1]", "expected one of"),
        ('[digest]\nstaff_addresses = "staff@example.no"\n', "digest.staff_addresses", "array"),
        ("[mailbox]\nimap = 3\n", "mailbox.imap", "expected a table"),
        ('[digest]\ntime = "7 o\'clock"\n', "digest.time", "expected a time"),
        ("intake = []\n", "intake", "expected a table"),
    ],
)
def test_wrong_type_names_the_file_and_dotted_key(
    tmp_path: Path, toml: str, key: str, problem: str
) -> None:
    path = write(tmp_path, toml)
    with pytest.raises(ConfigError) as caught:
        load_config(path, environ={})
    assert str(caught.value).startswith(f"{path}: {key}: ")
    assert problem in str(caught.value)


@pytest.mark.parametrize(
    ("toml", "key"),
    [
        ("[intake]\npoll_interval_minutes = 0\n", "intake.poll_interval_minutes"),
        ('[intake]\nour_address = "opendata"\n', "intake.our_address"),
        ('[mailbox]\nprocessed_folder = "INBOX"\n', "mailbox.processed_folder"),
        ("[mailbox.imap]\nport = 70000\n", "mailbox.imap.port"),
        ('[digest]\ntimezone = "Europe/Bergen"\n', "digest.timezone"),
        ('[digest]\ntime = "02:30"\n', "digest.time"),  # skipped/repeated in Europe/Oslo
        ("[digest]\ndays = []\n", "digest.days"),
        ('[digest]\ndays = ["mon", "mon"]\n', "digest.days"),
        ('[digest]\nstaff_addresses = ["not an address"]\n', "digest.staff_addresses[0]"),
        ("[replies]\ndaily_cap_per_sender = 0\n", "replies.daily_cap_per_sender"),
        ('[mailbox]\nkind = "imap"\n', "mailbox.imap.host"),
        ('[mailbox]\nkind = "imap"\n[mailbox.imap]\nhost = "imap.example.no"\n',
         "mailbox.imap.username"),
        ('[mailbox]\nkind = "imap"\n[mailbox.imap]\nhost = "imap.example.no"\n'
         'username = "intake@example.no"\n', "mailbox.imap.password_env"),
        ('[mailbox]\nkind = "imap"\n[mailbox.imap]\nhost = "imap.example.no"\n'
         'username = "intake@example.no"\nauth = "xoauth2"\n', "mailbox.imap.token_command"),
        ('[mailbox.imap]\nhost = "imap.example.no"\nsecurity = "plaintext"\n',
         "mailbox.imap.security"),
        ('[smtp]\npassword_env = "A"\npassword_file = "b"\n', "smtp.password_file"),
    ],
)
def test_invalid_values_name_the_key(tmp_path: Path, toml: str, key: str) -> None:
    path = write(tmp_path, toml)
    with pytest.raises(ConfigError) as caught:
        load_config(path, environ={})
    assert caught.value.key == key, str(caught.value)
    assert str(caught.value).startswith(f"{path}: {key}: ")


def test_a_secret_in_the_file_is_refused_with_advice(tmp_path: Path) -> None:
    path = write(tmp_path, '[mailbox.imap]\npassword = "hunter2"\n')
    with pytest.raises(ConfigError, match="password_env") as caught:
        load_config(path, environ={})
    assert caught.value.key == "mailbox.imap.password"
    assert "hunter2" not in str(caught.value)


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.toml"
    with pytest.raises(ConfigError, match="config file not found") as caught:
        load_config(missing, environ={})
    assert str(caught.value).startswith(str(missing))


def test_invalid_toml_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(write(tmp_path, "[intake\n"), environ={})


def test_a_full_imap_config_loads(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
[mailbox]
kind = "imap"
processed_folder = "INBOX/Behandlet"
[mailbox.imap]
host = "outlook.office365.com"
username = "opendata.rrh@example.no"
auth = "xoauth2"
token_command = ["/usr/local/bin/m365-token", "--tenant", "example"]
timeout_seconds = 30
[digest]
time = 06:45:00
days = ["mon", "wed"]
staff_addresses = ["kari.nordmann@example.no"]
""",
    )
    config = load_config(path, environ={})
    imap = config.mailbox.imap
    assert (imap.auth, imap.effective_port, imap.timeout_seconds) == (ImapAuth.XOAUTH2, 993, 30.0)
    assert imap.token_command == ("/usr/local/bin/m365-token", "--tenant", "example")
    assert config.mailbox.processed_folder == "INBOX/Behandlet"
    assert config.digest.time == dt.time(6, 45)  # a TOML local time works too
    assert config.digest.days == (Weekday.MON, Weekday.WED)
    assert config.mailbox.quarantine_folder == "INBOX/quarantine"  # untouched keys: defaults


def test_environment_overrides_the_database_url(tmp_path: Path) -> None:
    url = "postgresql+psycopg://intake@127.0.0.1:5432/test"
    path = write(tmp_path, '[database]\nurl = "sqlite:///elsewhere.sqlite3"\n')
    assert load_config(path, environ={DATABASE_URL_ENV: url}).database.url == url
    assert load_config(None, environ={DATABASE_URL_ENV: url}).database.url == url
    assert load_config(path, environ={}).database.url == "sqlite:///elsewhere.sqlite3"
    with pytest.raises(ConfigError, match=DATABASE_URL_ENV):
        load_config(None, environ={DATABASE_URL_ENV: "  "})


def test_read_secret_from_environment_or_file(tmp_path: Path) -> None:
    assert read_secret("smtp", "SMTP_PW", None, environ={"SMTP_PW": "s3cret"}) == "s3cret"
    secret = tmp_path / "pw"
    secret.write_text("from-file\nignored\n", encoding="utf-8")
    assert read_secret("smtp", None, secret, environ={}) == "from-file"
    with pytest.raises(ConfigError, match="SMTP_PW is not set") as caught:
        read_secret("smtp", "SMTP_PW", None, environ={})
    assert caught.value.key == "smtp.password_env"
    with pytest.raises(ConfigError, match="cannot be read"):
        read_secret("mailbox.imap", None, tmp_path / "absent", environ={})
    (tmp_path / "empty").write_text("\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="empty"):
        read_secret("mailbox.imap", None, tmp_path / "empty", environ={})


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.0.0.2", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        ("LOCALHOST.", True),
        ("10.0.0.1", False),
        ("localhost.example.no", False),
        ("imap.example.no", False),
        ("", False),
    ],
)
def test_is_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_example_is_valid_toml_without_secrets() -> None:
    table = tomllib.loads(EXAMPLE.read_text(encoding="utf-8"))
    flat = str(table).lower()
    assert "password =" not in flat and "hunter" not in flat
