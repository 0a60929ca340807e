"""E-mail addresses: ``ｉｎｆｏ＠ｅｘａｍｐｌｅ．ｊｐ``, ``mailto:Info@Example.JP`` -> ``Info@example.jp``.

The address must match the pattern of :attr:`jplabour.model.Organization.email`;
the domain is lower-cased, the local part kept as written.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from jplabour.formats import InvalidFormat, predicate, prepare, show
from jplabour.model import Organization

__all__ = ["compact", "format", "is_valid", "validate"]

_PATTERN: Final = re.compile(attrs.fields(Organization).email.metadata["pattern"])
_MAILTO: Final = re.compile(r"^mailto:", re.IGNORECASE)


def compact(text: str) -> str:
    """*text* NFKC-folded, stripped, without a ``mailto:`` prefix."""
    return _MAILTO.sub("", prepare(text, 320, dashes=False)).strip()


def validate(text: str) -> str:
    """The address with its domain lower-cased."""
    address = compact(text)
    if not _PATTERN.match(address):
        raise InvalidFormat(f"not an e-mail address: {show(text)}", "email")
    local, _, domain = address.rpartition("@")
    return f"{local}@{domain.lower()}"


is_valid = predicate(validate)


def format(text: str) -> str:  # noqa: A001 -- the python-stdnum name
    """The display form, the same as :func:`validate`."""
    return validate(text)
