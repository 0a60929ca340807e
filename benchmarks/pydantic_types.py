"""The cost of jplabour.pydantic's field types, raced against pydantic in the same run.

Validates the same rows (repeating values, as tables have) with four models:

- ``plain``: ``union: str, as_of: str, members: int``, pydantic checking types only;
- ``hand-written``: the same with an ``AfterValidator`` checking the id against
  a set, what a user writes without jplabour (no names, no era dates);
- ``jplabour``: ``OrgId``, ``PartialDateStr``, ``MemberCount`` on stored forms (ids,
  ``YYYY-MM``, ints) and on messy ones (names, era dates, ``1,767,000人``);
- and ``jplabour.validate`` on the messy rows, the validator's own path.

Target: on stored forms, the jplabour model costs at most 3 times the
hand-written one; on messy rows, at most the validator's time (each distinct
value is read once, then remembered).

Usage: ``python benchmarks/pydantic_types.py [--rows N]``. Exit 1 if a target is missed.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, TypeAdapter

import jplabour
from jplabour.pydantic import MemberCount, OrgId, PartialDateStr

IDS = frozenset(org.id for org in jplabour.DATASET.organizations)


def _known(value: str) -> str:
    if value not in IDS:
        raise ValueError(f"no organisation {value!r}")
    return value


class Plain(BaseModel):
    """Types only."""

    union: str
    as_of: str
    members: int


class HandWritten(BaseModel):
    """An id checked against a set, as a user would write it."""

    union: Annotated[str, AfterValidator(_known)]
    as_of: str
    members: int


class Typed(BaseModel):
    """jplabour's field types."""

    union: OrgId
    as_of: PartialDateStr
    members: MemberCount


STORED = [
    {"union": "ua-zensen", "as_of": "2019-10", "members": 1767000},
    {"union": "zenroren", "as_of": "2019", "members": 1000000},
    {"union": "jichiro", "as_of": "2019-10", "members": 790000},
]
MESSY = [
    {"union": "UA ZENSEN", "as_of": "令和元年10月", "members": "1,767,000人"},
    {"union": "Zenrōren", "as_of": "2019年", "members": "１，０００，０００"},
    {"union": "JICHIRO", "as_of": "R1.10", "members": "790,000"},
]


def _best(run: Callable[[], Any], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    """Race the models and print per-row times and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    rows = parser.parse_args(argv).rows
    stored = STORED * (rows // len(STORED))
    messy = MESSY * (rows // len(MESSY))
    plain, hand, typed = (TypeAdapter(list[model]) for model in (Plain, HandWritten, Typed))
    results = {
        "plain, stored": _best(lambda: plain.validate_python(stored)),
        "hand-written, stored": _best(lambda: hand.validate_python(stored)),
        "jplabour, stored": _best(lambda: typed.validate_python(stored)),
        "jplabour, messy": _best(lambda: typed.validate_python(messy)),
        "jplabour.validate, messy": _best(
            lambda: jplabour.validate(
                [{"org_id": r["union"], "value": r["members"], "as_of": r["as_of"]} for r in messy],
                "memberships",
            ),
            repeat=1,
        ),
    }
    for label, seconds in results.items():
        print(f"{label:26} {seconds:7.3f} s  {seconds / len(stored) * 1e6:6.2f} µs/row")
    stored_ratio = results["jplabour, stored"] / results["hand-written, stored"]
    messy_ratio = results["jplabour, messy"] / results["jplabour.validate, messy"]
    print(f"jplabour / hand-written on stored forms: {stored_ratio:.2f} (target <= 3)")
    print(f"jplabour model / jplabour.validate on messy rows: {messy_ratio:.2f} (target <= 1)")
    return 0 if stored_ratio <= 3 and messy_ratio <= 1 else 1


if __name__ == "__main__":
    sys.exit(main())
