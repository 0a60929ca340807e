"""The domain rules that the checks, the validator, the API and the figures share.

- which affiliation statuses make a member counted in its parent's figures
  (:data:`COUNTED_STATUSES`), and which end a link (:data:`ENDED_STATUSES`);
- how far the true count may exceed an approximate figure
  (:func:`approximation_tolerance`);
- when organisations existed (:mod:`jplabour.lifetimes`: :class:`Lifetime`,
  :func:`lifetimes`, :func:`certainly_after`, re-exported here).

They are stated once, here, so that a rule and the code that reports its
breach cannot drift apart; nothing imports :mod:`jplabour.checks` for a
constant.
"""

from __future__ import annotations

from typing import Final

from jplabour.lifetimes import Lifetime, certainly_after, lifetimes
from jplabour.model import AffiliationStatus, Membership

__all__ = [
    "COUNTED_STATUSES",
    "ENDED_STATUSES",
    "Lifetime",
    "approximation_tolerance",
    "certainly_after",
    "lifetimes",
]

#: The statuses whose members a parent's membership figures include.
COUNTED_STATUSES: Final = frozenset({AffiliationStatus.AFFILIATE, AffiliationStatus.ASSOCIATED})
#: The statuses of links that are over: a former link has ended, and "established
#: by" is a one-time act, not a standing link.
ENDED_STATUSES: Final = frozenset({AffiliationStatus.FORMER, AffiliationStatus.ESTABLISHED_BY})


def approximation_tolerance(figure: Membership) -> int:
    """How far the true count may exceed a figure.

    For an approximate figure, half the unit of its last significant digit
    ('7 million' allows 500,000 more); for an exact one, nothing.
    """
    if not figure.approximate or figure.value == 0:
        return 0
    unit = 1
    while figure.value % (unit * 10) == 0:
        unit *= 10
    return unit // 2
