"""Import cost of jplabour, measured as whole processes against baselines in the same run.

Runs each command N times (interleaved, so that machine load affects all
alike) and reports the median wall time:

- bare Python: ``python -c pass``
- pydantic alone: ``python -c "import pydantic"``
- jplabour: ``python -c "import jplabour; jplabour.lookup('RENGO')"``, the
  import and a first lookup by name

Target: jplabour's extra cost over bare Python is at most pydantic's extra
cost (ratio <= 1.0; moonshot <= 0.5), and ``import jplabour`` imports neither
pydantic nor jsonschema.

The package is byte-compiled first, as pip does when it installs a wheel:
with PYTHONDONTWRITEBYTECODE set, an editable checkout would otherwise be
compiled from source on every run, which no installed user ever pays.

Usage: ``python benchmarks/import_cost.py [--runs N]``. Exit 1 if the target
is missed.
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import statistics
import subprocess
import sys
import time

COMMANDS = {
    "bare python": "pass",
    "import pydantic": "import pydantic",
    "import jplabour + lookup": "import jplabour; jplabour.lookup('RENGO')",
}
PROBE = (
    "import sys, jplabour; jplabour.lookup('RENGO'); "
    "print(','.join(m for m in ('pydantic', 'jsonschema') if m in sys.modules))"
)


def time_once(code: str) -> float:
    """Seconds one fresh interpreter takes to run *code*."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - start


def main() -> int:
    """Measure, print the medians and the ratio, and return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    spec = importlib.util.find_spec("jplabour")
    if spec is None or not spec.submodule_search_locations:
        parser.error("jplabour is not installed")
    for location in spec.submodule_search_locations:
        compileall.compile_dir(location, quiet=1)
    for code in COMMANDS.values():  # warm the file cache
        time_once(code)
    samples: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(args.runs):
        for name, code in COMMANDS.items():
            samples[name].append(time_once(code))
    median = {name: statistics.median(values) for name, values in samples.items()}
    bare = median["bare python"]
    print(f"median of {args.runs} runs each (seconds):")
    for name, value in median.items():
        print(
            f"  {name:<24} {value * 1000:7.1f} ms   extra over bare {(value - bare) * 1000:6.1f} ms"
        )
    extra_jplabour = median["import jplabour + lookup"] - bare
    extra_pydantic = median["import pydantic"] - bare
    ratio = extra_jplabour / extra_pydantic
    print(f"jplabour extra / pydantic extra = {ratio:.2f} (target <= 1.00, moonshot <= 0.50)")
    loaded = subprocess.run(
        [sys.executable, "-c", PROBE], check=True, capture_output=True, text=True
    ).stdout.strip()
    print(f"heavy modules loaded by import jplabour: {loaded or 'none'} (target: none)")
    return 0 if ratio <= 1.0 and not loaded else 1


if __name__ == "__main__":
    sys.exit(main())
