"""Compare RENGO and Zenroren: founding, size, and their largest affiliates.

Run: python examples/compare_national_centres.py
"""

from __future__ import annotations

import jplabour

#: Each centre with the date its source lists its affiliates at.
CENTRES = {"rengo": "2019-10", "zenroren": "2019"}
TOP = 5


def _count(figure: jplabour.Membership) -> str:
    """The value as the command line prints it: "~" before an approximate figure."""
    return f"{'~' if figure.approximate else ''}{figure.value:,}"


def main() -> None:
    """Print one block per national centre."""
    for centre_id, as_of in CENTRES.items():
        centre = jplabour.get(centre_id)
        # The centre's size at the list's date, by the one as-of rule, with its evidence.
        answer = jplabour.members_at(centre, as_of)
        if answer.records:
            size = f"{_count(answer.records[0])} members ({answer.describe()})"
        elif answer.undated:
            size = f"{_count(answer.undated[-1])} members (undated)"
        else:
            size = "size unknown"
        print(f"{centre.abbreviation} ({centre.name_en}), founded {centre.founded}: {size}")
        entries = jplabour.roster(centre, as_of)
        sized = [(e.figure, e.member) for e in entries if e.figure is not None]
        total = sum(figure.value for figure, _ in sized)
        print(
            f"  {len(entries)} links in force at {as_of}, {len(sized)} with a figure "
            f"({total:,} members in all); largest affiliates:"
        )
        for figure, member in sorted(sized, key=lambda pair: -pair[0].value)[:TOP]:
            name = member.abbreviation or member.id
            print(f"    {name:<20} {_count(figure):>10} ({figure.as_of or 'undated'})")


if __name__ == "__main__":
    main()
