"""The SASL XOAUTH2 initial client response (Google's and Microsoft's documented format).

``user=<user>^Aauth=Bearer <token>^A^A`` (``^A`` is byte 0x01), base64-encoded on the wire;
IMAP (``AUTHENTICATE XOAUTH2``, done by imapclient) and SMTP (``AUTH XOAUTH2``, RFC 4954) carry
the same string.
"""

from __future__ import annotations


def xoauth2_string(user: str, token: str) -> str:
    """The unencoded XOAUTH2 response for ``user`` (the mailbox address) and ``token``."""
    if any(c in user for c in "\x01\r\n") or any(c.isspace() or c == "\x01" for c in token):
        raise ValueError("the user or the token contains a control character or white space")
    return f"user={user}\x01auth=Bearer {token}\x01\x01"
