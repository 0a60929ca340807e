"""Ids: lowercase slugs of letters, digits and single hyphens, ``ＵＡ-Ｚｅｎｓｅｎ `` -> ``ua-zensen``."""

from __future__ import annotations

import re
from typing import Final

from jplabour.formats import InvalidFormat, predicate, prepare, show
from jplabour.model import ID_PATTERN

__all__ = ["compact", "format", "is_valid", "validate"]

_ID: Final = re.compile(ID_PATTERN)


def compact(text: str) -> str:
    """*text* NFKC-folded, stripped and lower-cased."""
    return prepare(text, 200).lower()


def validate(text: str) -> str:
    """The slug; InvalidFormat unless it is letters and digits joined by single hyphens."""
    slug = compact(text)
    if not _ID.match(slug):
        raise InvalidFormat(
            f"not an id (lowercase letters and digits joined by single hyphens): {show(text)}",
            "slug",
        )
    return slug


is_valid = predicate(validate)


def format(text: str) -> str:  # noqa: A001 -- the python-stdnum name
    """The display form, the same as :func:`validate`."""
    return validate(text)
