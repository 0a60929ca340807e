"""Compare RENGO and Zenroren: founding, size, and their largest affiliates.

Run: python examples/compare_national_centres.py
"""

from __future__ import annotations

import jplabour

#: Each centre with the date its source lists its affiliates at.
CENTRES = {"rengo": "2019-10", "zenroren": "2019"}
TOP = 5


def main() -> None:
    """Print one block per national centre."""
    for centre_id, as_of in CENTRES.items():
        centre = jplabour.get(centre_id)
        figures = jplabour.members(centre)
        latest = figures[-1] if figures else None
        size = (
            f"{latest.value:,} members ({latest.as_of or 'undated'})" if latest else "size unknown"
        )
        print(f"{centre.abbreviation} ({centre.name_en}), founded {centre.founded}: {size}")
        entries = jplabour.roster(centre, as_of)
        sized = [(e.figure.value, e.member) for e in entries if e.figure is not None]
        total = sum(value for value, _ in sized)
        print(
            f"  {len(entries)} links in force at {as_of}, {len(sized)} with a figure "
            f"({total:,} members in all); largest affiliates:"
        )
        for value, member in sorted(sized, key=lambda pair: -pair[0])[:TOP]:
            print(f"    {member.abbreviation or member.id:<20} {value:>10,}")


if __name__ == "__main__":
    main()
