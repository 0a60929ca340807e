"""``validate`` keeps memory flat whatever the number of distinct ids, keys or errors.

A tester found that a million unique unknown ids used 313 MB (886 MB at three
million) and that ``--max-errors`` did not help. This script writes, for each
size N, a membership CSV of N rows with N distinct unknown organisation ids,
and one with N distinct ``id`` values, validates each in a fresh interpreter
(``--max-errors 10``), and prints the peak resident set size of each run
(``resource.getrusage`` in the child). Flat means the peak stops growing once
the limits are reached (``KEY_LIMIT``, the day-set budget, the caches). It
exits 1 when the largest size's peak is more than 1.25 times the middle one's.

Usage: ``python benchmarks/validate_memory.py [--sizes 250000 1000000 3000000]``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

KINDS = {
    "unknown ids": ("org_id,value,as_of\n", "unknown-org-{index},100,2019-10\n"),
    "unique id column": ("id,org_id,value,as_of\n", "m-{index},rengo,{index},2019-10-01\n"),
}


_CHILD = (
    "import resource, sys\n"
    "from jplabour import cli\n"
    "cli.main(['validate', sys.argv[1], '--table', 'memberships', '--max-errors', '10'])\n"
    "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
)


def peak_mib(path: Path) -> float:
    """The peak RSS, in MiB, of ``jplabour validate PATH`` in a fresh interpreter (Linux: KiB)."""
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=True,
    )
    return int(done.stderr.split()[-1]) / 1024


def main() -> int:
    """Write each file, validate it, print the peaks; exit 1 if the largest still grows."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[250_000, 1_000_000, 3_000_000])
    args = parser.parse_args()
    growing = False
    with tempfile.TemporaryDirectory() as folder:
        for kind, (header, row) in KINDS.items():
            peaks = []
            for size in args.sizes:
                path = Path(folder) / "table.csv"
                with path.open("w", encoding="utf-8") as stream:
                    stream.write(header)
                    stream.writelines(row.format(index=index) for index in range(size))
                peaks.append(peak_mib(path))
                print(f"{kind:17} {size:>10,} rows: peak RSS {peaks[-1]:7.1f} MiB")
            if len(peaks) >= 3 and peaks[-1] > 1.25 * peaks[-2]:
                growing = True
    print("flat" if not growing else "memory still grows with the number of rows")
    return 1 if growing else 0


if __name__ == "__main__":
    sys.exit(main())
