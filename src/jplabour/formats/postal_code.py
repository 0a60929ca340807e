"""Japanese postal codes: ``〒100-0005``, ``1000005``, ``１００－０００５`` -> ``100-0005``."""

from __future__ import annotations

import re
from typing import Final

from jplabour.formats import InvalidFormat, predicate, prepare, show

__all__ = ["compact", "format", "is_valid", "validate"]

_SEVEN_DIGITS: Final = re.compile(r"[0-9]{7}")


def compact(text: str) -> str:
    """The digits of *text*: the postal mark 〒, spaces and hyphens removed."""
    return re.sub(r"[\s\-〒]", "", prepare(text))


def validate(text: str) -> str:
    """The postal code as ``NNN-NNNN``; InvalidFormat unless it has seven digits."""
    digits = compact(text)
    if not _SEVEN_DIGITS.fullmatch(digits):
        raise InvalidFormat(
            f"not a postal code of seven digits (NNN-NNNN): {show(text)}", "postal-code"
        )
    return f"{digits[:3]}-{digits[3:]}"


is_valid = predicate(validate)


def format(text: str) -> str:  # noqa: A001 -- the python-stdnum name
    """The display form ``〒NNN-NNNN``."""
    return "〒" + validate(text)
