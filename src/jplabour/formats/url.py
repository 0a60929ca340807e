"""Web addresses: ``HTTPS://WWW.Example.JP/a`` -> ``https://www.example.jp/a``.

Only absolute ``http`` and ``https`` URLs with a host are accepted; the scheme
and host are lower-cased, the rest (a ``user@`` part, the path, the query,
the fragment) kept as written.
"""

from __future__ import annotations

import re
import urllib.parse
from typing import Final

from jplabour.formats import InvalidFormat, predicate, prepare, show

__all__ = ["compact", "format", "is_valid", "validate"]

#: A host name; a trailing dot (the absolute form, "ja.wikipedia.org.") is allowed.
_HOST: Final = re.compile(
    r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.?"
)
_BAD: Final = re.compile(r"[\s<>\"{}|\\^`\x00-\x1f\x7f]")


def compact(text: str) -> str:
    """*text* NFKC-folded and stripped."""
    return prepare(text, 2000, dashes=False)


def validate(text: str) -> str:
    """The URL with its scheme and host lower-cased."""
    url = compact(text)
    if _BAD.search(url):
        raise InvalidFormat(f"spaces or control characters in a URL: {show(text)}", "url")
    try:
        parts = urllib.parse.urlsplit(url)
        port = parts.port
    except ValueError as error:
        raise InvalidFormat(f"not a URL ({error}): {show(text)}", "url") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise InvalidFormat(
            f"not an http or https URL: {show(text)}; write it with https://", "url-scheme"
        )
    host = (parts.hostname or "").lower()
    if not _HOST.fullmatch(host) or "." not in host.rstrip("."):
        raise InvalidFormat(f"no valid host name in the URL: {show(text)}", "url-host")
    userinfo, at, _ = parts.netloc.rpartition("@")
    netloc = f"{userinfo}{at}{host}" if port is None else f"{userinfo}{at}{host}:{port}"
    return urllib.parse.urlunsplit(
        (parts.scheme.lower(), netloc, parts.path, parts.query, parts.fragment)
    )


is_valid = predicate(validate)


def format(text: str) -> str:  # noqa: A001 -- the python-stdnum name
    """The display form, the same as :func:`validate`."""
    return validate(text)
