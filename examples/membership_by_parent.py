"""Members per national centre and year, from the tidy membership table.

Run: python examples/membership_by_parent.py

Built on :func:`jplabour.membership_table`: one row per figure, with the
organisation's parents at the figure's date beside it, so no merge is
needed. Only counts of persons of members are summed; counts of
organisations (RENGO's 48 federations) are listed apart, each with its unit.
A sum that includes an approximate figure is printed with "~".
"""

from __future__ import annotations

from collections import defaultdict

import jplabour
from jplabour.membership import MembershipRow


def main() -> None:
    """Print, per parent and date, the number of figures and their sum."""
    sums: dict[tuple[str, str], list[MembershipRow]] = defaultdict(list)
    organisations = []
    for row in jplabour.membership_table():
        if row.unit != "persons":
            organisations.append(row)
        elif row.counted == "members" and row.parent_ids is not None:
            sums[(row.parents or row.parent_ids, row.as_of or "undated")].append(row)
    print("Members of affiliates, by parent at the figure's date")
    for (parent, as_of), rows in sorted(sums.items()):
        mark = "~" if any(row.approximate for row in rows) else ""
        total = sum(row.value for row in rows)
        print(f"  {parent:<10} {as_of:<8} {len(rows):>3} figures  {mark}{total:>10,} persons")
    print("Counts of organisations (never added to persons)")
    for row in organisations:
        mark = "~" if row.approximate else ""
        name = (row.abbreviation or row.org_id)[:20]
        as_of = row.as_of or "undated"
        print(f"  {name:<20} {as_of:<8} {mark}{row.value:>6,} {row.unit} ({row.counted})")


if __name__ == "__main__":
    main()
