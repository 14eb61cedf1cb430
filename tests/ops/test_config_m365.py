"""The [m365] and [metrics] sections: what the strict loader refuses, in one line each."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from bot.config import ConfigError, ImapAuth, SmtpAuth, parse_config

IMAP_M365 = {
    "mailbox": {
        "kind": "imap",
        "imap": {"host": "outlook.office365.com", "username": "opendata.rrh@example.no",
                 "auth": "m365"},
    },
}  # fmt: skip
APP = {"tenant_id": "11111111-2222-3333-4444-555555555555", "client_id": "66666666-7777"}


def test_a_complete_m365_config_loads() -> None:
    table = {**IMAP_M365, "m365": {**APP, "certificate_file": "/etc/brreg-intake/m365.pem"},
             "smtp": {"host": "smtp.office365.com", "username": "opendata.rrh@example.no",
                      "auth": "m365"}}  # fmt: skip
    config = parse_config(table, "config.toml")
    assert config.mailbox.imap.auth is ImapAuth.M365 and config.smtp.auth is SmtpAuth.M365
    assert config.m365.authority == f"https://login.microsoftonline.com/{APP['tenant_id']}"


@pytest.mark.parametrize(
    ("m365", "key", "problem"),
    [
        ({}, "m365.tenant_id", "Overview page"),
        ({**APP}, "m365.certificate_file", "needs a certificate_file or a client secret"),
        ({**APP, "certificate_file": "a.pem", "client_secret_env": "X"}, "m365.certificate_file", "one of them"),
        ({**APP, "client_secret_env": "X", "client_secret_file": "s"}, "m365.client_secret_file", "not both"),
        ({**APP, "client_secret_env": "X", "authority_host": "http://login.example.no"}, "m365.authority_host", "https"),
    ],
)
def test_an_incomplete_m365_config_names_the_key(m365: dict[str, str], key: str, problem: str) -> None:
    with pytest.raises(ConfigError) as raised:
        parse_config({**IMAP_M365, "m365": m365}, "config.toml")
    assert raised.value.key == key and problem in raised.value.problem


def test_a_secret_in_the_m365_section_is_refused() -> None:
    with pytest.raises(ConfigError, match="secrets never go in the config file"):
        parse_config({"m365": {**APP, "secret": "hunter2"}}, "config.toml")


def test_the_metrics_endpoint_stays_on_loopback() -> None:
    with pytest.raises(ConfigError, match=r"metrics.host: must be a loopback address"):
        parse_config({"metrics": {"host": "0.0.0.0", "port": 9464}}, "config.toml")


def test_the_example_files_microsoft_365_block_loads() -> None:
    """The commented block at the end of config.example.toml is a working configuration."""
    text = (Path(__file__).parents[2] / "config.example.toml").read_text(encoding="utf-8")
    block = text.split("# A complete Microsoft 365 set-up")[1]
    lines = [line[4:] for line in block.splitlines() if line.startswith("#   ")]
    config = parse_config(tomllib.loads("\n".join(lines)), "config.example.toml")
    assert config.mailbox.imap.auth is ImapAuth.M365 and config.smtp.auth is SmtpAuth.M365
    assert config.metrics.port == 9464


def test_stuck_means_longer_than_one_poll_interval() -> None:
    table = {"intake": {"poll_interval_minutes": 30}, "metrics": {"port": 9464, "stuck_after_minutes": 30}}
    with pytest.raises(ConfigError, match=r"metrics\.stuck_after_minutes: must be longer"):
        parse_config(table, "config.toml")
