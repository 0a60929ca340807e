"""Compare RENGO and Zenroren: founding, size, and their largest affiliates.

Run: python examples/compare_national_centres.py
"""

from __future__ import annotations

import jplabour

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
        links = jplabour.affiliates(centre, as_of)
        sized = []
        for link in links:
            figure = jplabour.members(link.member_id, as_of)
            if figure is not None:
                sized.append((figure.value, jplabour.get(link.member_id)))
        print(f"  {len(links)} links in force at {as_of}; largest affiliates:")
        for value, member in sorted(sized, key=lambda item: -item[0])[:TOP]:
            print(f"    {member.abbreviation or member.id:<20} {value:>10,}")


if __name__ == "__main__":
    main()
