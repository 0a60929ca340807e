"""Check your own membership table against jplabour before you merge it.

Run: python examples/validate_downstream_file.py my-memberships.csv
Without a file, a small sample with typical problems is checked. Exits 0
when the file is valid, 1 when it is not.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from jplabour.validator import validate

SAMPLE = """org_id,value,unit,as_of
kenkoro,19578,persons,2019
Zenkyo,６３３４９,persons,2019
Jichirōren,"138,655",persons,2019
"""


def main(argv: list[str]) -> int:
    """Validate the file named in *argv* (or the sample) as a memberships table."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(argv[0]) if argv else Path(folder) / "sample.csv"
        if not argv:
            path.write_text(SAMPLE, encoding="utf-8")
        report = validate(path, "memberships")
        print(report.render())
    return 0 if report.valid else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
