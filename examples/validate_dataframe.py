"""Validate a pandas DataFrame against jplabour: your own column names, names for ids, spreadsheet habits.

Run: python examples/validate_dataframe.py [clean.csv]
A frame like the ones union staff keep is built here (Japanese column names,
counts typed as ``569,285人`` or read as floats, a missing figure, names
where jplabour has ids, emptied rows at the end). It is validated column by
column with a mapping of its columns to jplabour's fields; each issue names
the row's index label. With a path, the cleaned copy (jplabour's column
names, every row) is written there. Exits 0 when the frame is valid, 1 when
it is not.
"""

from __future__ import annotations

import sys

import pandas as pd

import jplabour

#: The frame's columns -> jplabour's memberships fields.
COLUMNS = {"組合名": "org_id", "組合員数": "value", "時点": "as_of"}


def sample() -> pd.DataFrame:
    """A membership table as a union's spreadsheet has it, indexed by the staff's own codes."""
    return pd.DataFrame(
        {
            "組合名": ["UA ZENSEN", "JAM", "Jichiroren", "全労連", None],
            "組合員数": ["1,767,000人", 341681.0, 138655.0, float("nan"), None],
            "時点": pd.to_datetime(["2019-10-01", "2019-10-01", "2019-01-01", "2019-01-01", None]),
            "備考": ["連合", None, "which one?", "no figure yet", None],
        },
        index=pd.Index(["U01", "U02", "U03", "U04", "U05"], name="code"),
    )


def main(argv: list[str]) -> int:
    """Validate the sample frame; write its cleaned copy to the path in *argv*, if any."""
    frame = sample()
    report = jplabour.validate(
        frame, "memberships", columns=COLUMNS, normalize=argv[0] if argv else None
    )
    print(report.render())
    for issue in report.errors:
        print(f"fix row {issue.label} ({issue.column}): {issue.hint or issue.message}")
    return 0 if report.valid else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
