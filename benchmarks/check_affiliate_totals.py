"""``check`` stays near-linear in the memberships and affiliations of one parent.

A tester's 62 MB export with 170,000 memberships took 211 s and 1.57 GB in
``jplabour check``: ``affiliate_totals`` and ``affiliate_count`` went through
every affiliation of a parent, and every figure of each affiliate, for each
of the parent's figures. This script builds datasets in which one parent has
N affiliates, each with a figure and an affiliation for each of Y years (so
about 2*N*Y records), runs those two checks for Y doubling, and prints the
time per record: near-linear means that it stays about flat. It exits 1 when
the largest size costs more than three times the smallest per record.

Usage: ``python benchmarks/check_affiliate_totals.py [--affiliates 100] [--years 10 20 40 80]``.
"""

from __future__ import annotations

import argparse
import sys
import time

import attrs


def build(affiliates: int, years: int) -> object:
    """The embedded dataset plus one parent's *affiliates*, each with a figure and link a year."""
    from jplabour.data import DATASET
    from jplabour.model import Counted, PartialDate, Unit

    org = DATASET.organizations[0]
    link = next(a for a in DATASET.affiliations if a.as_of is not None)
    figure = next(
        m
        for m in DATASET.memberships
        if m.unit is Unit.PERSONS and m.counted is Counted.MEMBERS and m.as_of is not None
    )
    parent = "bench-parent"
    orgs = [attrs.evolve(org, id=parent)]
    links = []
    figures = [
        attrs.evolve(
            figure, id=f"{parent}-{year}", org_id=parent, as_of=PartialDate(year), value=10**9
        )
        for year in range(2000, 2000 + years)
    ]
    for index in range(affiliates):
        member = f"bench-member-{index}"
        orgs.append(attrs.evolve(org, id=member))
        for year in range(2000, 2000 + years):
            links.append(
                attrs.evolve(
                    link,
                    id=f"{member}-in-{year}",
                    member_id=member,
                    parent_id=parent,
                    as_of=PartialDate(year),
                )
            )
            figures.append(
                attrs.evolve(
                    figure, id=f"{member}-{year}", org_id=member, as_of=PartialDate(year), value=10
                )
            )
    return attrs.evolve(
        DATASET,
        organizations=(*DATASET.organizations, *orgs),
        affiliations=(*DATASET.affiliations, *links),
        memberships=(*DATASET.memberships, *figures),
    )


def main() -> int:
    """Time the two checks on each size; print seconds and microseconds per record."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--affiliates", type=int, default=100)
    parser.add_argument("--years", type=int, nargs="+", default=[10, 20, 40, 80])
    args = parser.parse_args()

    from jplabour.checks import run_checks

    per_record = []
    for years in args.years:
        dataset = build(args.affiliates, years)
        records = len(dataset.memberships) + len(dataset.affiliations)  # type: ignore[attr-defined]
        start = time.perf_counter()
        run_checks(dataset, None, ["affiliate_totals", "affiliate_count"])  # type: ignore[arg-type]
        seconds = time.perf_counter() - start
        per_record.append(seconds / records)
        print(
            f"{args.affiliates:6,} affiliates x {years:3} years: {records:9,} records, "
            f"{seconds:7.2f} s, {seconds / records * 1e6:6.1f} µs/record"
        )
    growth = per_record[-1] / per_record[0]
    print(f"time per record, largest / smallest size: {growth:.2f} (near-linear: under 3)")
    return 0 if growth < 3 else 1


if __name__ == "__main__":
    sys.exit(main())
