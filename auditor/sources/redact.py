"""Keeps Hub credentials out of what we write: endpoints shown without userinfo, logs scrubbed.

Part of the Hub source: an endpoint such as `http://user:token@mirror/` reaches the client as
given, but results, caches, history, messages and logs only ever see `http://***@mirror/`.
"""

from __future__ import annotations

import base64
import logging
import threading
from collections.abc import Iterable
from urllib.parse import unquote, urlsplit

from auditor.fileio.lazy_pattern import lazy_pattern

MASK = "***"

_USERINFO = lazy_pattern(r"(?i)(\b[a-z][a-z0-9+.-]*://)[^/?#@\s]*@")
_AUTH_VALUE = lazy_pattern(r"(?i)\b(bearer|basic|token)(\s+|=)[A-Za-z0-9._~+/=:-]{4,}")
_HF_TOKEN = lazy_pattern(r"\bhf_[A-Za-z0-9]{16,}")
_secrets: set[str] = set()
_lock = threading.Lock()
_installed = False


def redact_url(url: str) -> str:
    """`url` with any `user:password@` replaced by `***@`; other URLs unchanged."""
    return _USERINFO.sub(lambda m: f"{m.group(1)}{MASK}@", url)


def redact(text: str) -> str:
    """`text` without URL credentials, registered secrets, auth header values or Hub tokens."""
    text = redact_url(text)
    for secret in sorted(_secrets, key=len, reverse=True):
        if secret in text:
            text = text.replace(secret, MASK)
    text = _AUTH_VALUE.sub(lambda m: f"{m.group(1)}{m.group(2)}{MASK}", text)
    return _HF_TOKEN.sub(f"hf_{MASK}", text)


def register_secrets(token: str | None, endpoint: str | None) -> None:
    """Remember a token and an endpoint's credentials, so logs never show them."""
    found: list[str] = []
    if token:
        found.append(token)
    if endpoint:
        found.extend(_endpoint_secrets(endpoint))
    with _lock:
        _secrets.update(s for s in found if len(s) >= 4)


def _endpoint_secrets(endpoint: str) -> Iterable[str]:
    try:
        parts = urlsplit(endpoint)
    except ValueError:
        return []
    userinfo = parts.netloc.rpartition("@")[0] if "@" in parts.netloc else ""
    if not userinfo:
        return []
    user, _, password = userinfo.partition(":")
    found = [userinfo, unquote(userinfo)]
    if password:
        found += [password, unquote(password)]
        plain = f"{unquote(user)}:{unquote(password)}".encode()
        found.append(base64.b64encode(plain).decode("ascii"))
    return found


def install_log_redaction() -> None:
    """Scrub every log record as it is made: the HTTP libraries' debug logs print URLs and
    headers (urllib3, httpx, huggingface_hub's curl lines), and handlers come and go."""
    global _installed
    with _lock:
        if _installed:
            return
        _installed = True
    previous = logging.getLogRecordFactory()

    def factory(*args: object, **kwargs: object) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        try:
            message = record.getMessage()
        except Exception:
            return record
        cleaned = redact(message)
        if cleaned != message:
            record.msg = cleaned
            record.args = None
        return record

    logging.setLogRecordFactory(factory)
