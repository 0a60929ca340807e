"""``validate`` keeps memory flat whatever the number of distinct ids, keys or errors.

A tester found that a million unique unknown ids used 313 MB (886 MB at three
million) and that ``--max-errors`` did not help; later, a million unique
*valid* ids (an ``id`` column, whose keys have no date and are hashed) peaked
at 104 MiB. This script writes, for each size N, a membership CSV of N rows
with N distinct unknown organisation ids, one with N distinct ``id`` values,
and an organisations CSV of N distinct valid ids and names, validates each
in a fresh interpreter (``--max-errors 10``), and prints the peak resident
set size of each run (``resource.getrusage`` in the child) and the CPU time
of the validation alone (the best of ``--repeat`` runs).
Flat means the peak stops growing once the limits are reached
(``KEY_LIMIT``, the day-set budget, the caches). It exits 1 when the largest
size's peak is more than 1.25 times the middle one's, or when a peak reaches
``--ceiling`` MiB.

Usage: ``python benchmarks/validate_memory.py [--sizes 250000 1000000 3000000]
[--kinds "unique valid ids"] [--repeat 3] [--ceiling 100]``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

#: Each kind of file: its table, header and row (``{index}`` is the row's number).
KINDS = {
    "unknown ids": ("memberships", "org_id,value,as_of\n", "unknown-org-{index},100,2019-10\n"),
    "unique id column": (
        "memberships",
        "id,org_id,value,as_of\n",
        "m-{index},rengo,{index},2019-10-01\n",
    ),
    "unique valid ids": (
        "organizations",
        "id,name_en,kind\n",
        "org-{index},Union {index},industrial_federation\n",
    ),
}


_CHILD = (
    "import resource, sys, time\n"
    "from jplabour import cli\n"
    "start = time.process_time()\n"
    "cli.main(['validate', sys.argv[1], '--table', sys.argv[2], '--max-errors', '10'])\n"
    "elapsed = time.process_time() - start\n"
    "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, elapsed, file=sys.stderr)\n"
)


def peak_and_time(path: Path, table: str) -> tuple[float, float]:
    """The peak RSS (MiB) and CPU seconds of ``jplabour validate PATH`` in a fresh interpreter.

    ``ru_maxrss`` is in KiB on Linux. CPU time, not wall time: the machines
    that run this are often shared, and waiting for a core is not our cost.
    """
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path), table],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=True,
    )
    peak, seconds = done.stderr.split()[-2:]
    return int(peak) / 1024, float(seconds)


def main() -> int:
    """Write each file, validate it, print the peaks; exit 1 if one grows or is over the ceiling."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[250_000, 1_000_000, 3_000_000])
    parser.add_argument("--kinds", nargs="+", choices=list(KINDS), default=list(KINDS))
    parser.add_argument("--repeat", type=int, default=1, help="runs of each file (best time)")
    parser.add_argument("--ceiling", type=float, default=100.0, help="highest peak allowed, MiB")
    args = parser.parse_args()
    failed = []
    with tempfile.TemporaryDirectory() as folder:
        for kind in args.kinds:
            table, header, row = KINDS[kind]
            peaks = []
            for size in args.sizes:
                path = Path(folder) / "table.csv"
                with path.open("w", encoding="utf-8") as stream:
                    stream.write(header)
                    stream.writelines(row.format(index=index) for index in range(size))
                runs = [peak_and_time(path, table) for _ in range(args.repeat)]
                peaks.append(max(peak for peak, _ in runs))
                best = min(seconds for _, seconds in runs)
                print(
                    f"{kind:17} {size:>10,} rows: peak RSS {peaks[-1]:7.1f} MiB, {best:6.2f} s CPU"
                )
            if len(peaks) >= 3 and peaks[-1] > 1.25 * peaks[-2]:
                failed.append(f"{kind}: memory still grows with the number of rows")
            if max(peaks) >= args.ceiling:
                failed.append(f"{kind}: a peak of {max(peaks):.1f} MiB (ceiling {args.ceiling:g})")
    print("\n".join(failed) or f"flat, and every peak under {args.ceiling:g} MiB")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
