"""PLACEHOLDER: events, curated from the five sources.

Where it came from: seeds/ (see jplabour.data.sources). Every record cites
verbatim quotes. One record per literal, keyword arguments, sorted by id.
"""

from typing import Final

from jplabour.model import Event

EVENTS: Final[tuple[Event, ...]] = ()
