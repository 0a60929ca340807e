"""Write a parent's affiliates at a date, with their membership then, as CSV.

Run: python examples/membership_table_to_csv.py zenroren 2019 > zenroren-2019.csv
The parent may be any name that means one organisation ("Zenrōren (全労連)").
"""

from __future__ import annotations

import csv
import sys

import jplabour


def main(parent: str, as_of: str) -> None:
    """Write member id, abbreviation, status and the membership figure in force at *as_of*."""
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(
        ["member_id", "abbreviation", "status", "members", "members_approximate", "members_as_of"]
    )
    for entry in jplabour.roster(parent, as_of):
        figure = entry.figure
        writer.writerow(
            [
                entry.member.id,
                entry.member.abbreviation or "",
                entry.link.status.value,
                figure.value if figure else "",
                ("true" if figure.approximate else "false") if figure else "",
                figure.as_of if figure else "",
            ]
        )


if __name__ == "__main__":
    main(*(sys.argv[1:3] if len(sys.argv) >= 3 else ("zenroren", "2019")))
