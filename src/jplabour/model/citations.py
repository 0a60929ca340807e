"""Citations: the verbatim quotes every record rests on."""

from __future__ import annotations

from typing import Any

import attrs

from jplabour.model.declaring import required, to_tuple
from jplabour.model.patterns import ID_PATTERN

__all__ = ["Citation", "citations_field"]


@attrs.frozen(kw_only=True)
class Citation:
    """A verbatim quote from a source that states a fact of the record."""

    source_id: str = required("The id of the cited source.", pattern=ID_PATTERN, ref="sources")
    quote: str = required(
        "A short span copied verbatim from the source file (whitespace may differ).",
        min_length=1,
    )


def citations_field() -> Any:
    """The ``citations`` field of a record: at least one quote."""
    return attrs.field(
        converter=to_tuple,
        metadata={
            "description": "The quotes the record rests on: at least one (source_id, quote) pair.",
            "min_items": 1,
        },
    )
