"""When organisations existed, as far as the data says.

The checks hold figures, events, links and offices to these lifetimes, and
the API's date queries leave out links of organisations that did not exist
at the date asked.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import attrs

from jplabour.model import Dataset, PartialDate

__all__ = ["Lifetime", "certainly_after", "lifetimes"]


def certainly_after(a: PartialDate | None, b: PartialDate | None) -> bool:
    """True when both dates are known and *a* is certainly after *b*."""
    return a is not None and b is not None and a.certainly_after(b)


@attrs.frozen
class Lifetime:
    """When an organisation existed, as far as the data says.

    It ends at its dissolution or, failing that, at the earliest succession
    (merger, unification, rename) it is the predecessor of: a predecessor has
    no records after its merger.
    """

    org_id: str
    founded: PartialDate | None
    ended: PartialDate | None
    #: "dissolved", or "succeeded by ID".
    how_ended: str = ""

    def excludes(self, date: PartialDate) -> str | None:
        """Why *date* certainly falls outside the lifetime, or None when it may fall within."""
        if certainly_after(self.founded, date):
            return f"{self.org_id} was founded in {self.founded}"
        if certainly_after(date, self.ended):
            return f"{self.org_id} was {self.how_ended} in {self.ended}"
        return None


def lifetimes(dataset: Dataset) -> Mapping[str, Lifetime]:
    """Organisation id -> its :class:`Lifetime` (the first of duplicate ids)."""
    endings: dict[str, tuple[PartialDate, str]] = {}
    dated = [(s.date, s) for s in dataset.successions if s.date is not None]
    for date, succession in sorted(dated, key=lambda pair: pair[0].sort_key):
        endings.setdefault(
            succession.predecessor_id, (date, f"succeeded by {succession.successor_id}")
        )
    found: dict[str, Lifetime] = {}
    for org in dataset.organizations:
        ended, how = (
            (org.dissolved, "dissolved")
            if org.dissolved is not None
            else endings.get(org.id, (None, ""))
        )
        found.setdefault(org.id, Lifetime(org.id, org.founded, ended, how))
    return MappingProxyType(found)
