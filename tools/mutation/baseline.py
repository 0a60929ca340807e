"""The traced run of the targets' tests without mutants: which test executed which line, and its time.

It is cached in :data:`CACHE` under a hash of the targets, ``src/`` and ``tests/``.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final

from .forking import fork, kill_group, wait
from .sandbox import copy_sources, run_pytest
from .targets import ROOT, Target
from .tracing import Tracer, executed, start_tracer

#: Where traced baselines are kept, one per state of the sources and tests.
CACHE: Final = ROOT / ".mutation_cache"
#: The version of the baseline's contents, part of its cache key.
BASELINE_FORMAT: Final = 1


def _trace(
    source_root: Path, targets: Sequence[Target], tests: list[str], output: Path
) -> int:  # pragma: no cover -- runs in a forked child
    paths = [t.path for t in targets]
    tracer = start_tracer(source_root, paths)
    plugin = Tracer(tracer)
    try:
        code = run_pytest(source_root, ["-x", *tests], [plugin], quiet=True)
    finally:
        tracer.stop()
    lines = {
        path: {
            line: sorted({int(c) for c in contexts if c.isdigit()})
            for line, contexts in by_line.items()
        }
        for path, by_line in executed(tracer, source_root, paths).items()
    }
    output.write_text(
        json.dumps({"code": code, "failed": plugin.failed, "tests": plugin.tests, "lines": lines}),
        encoding="utf-8",
    )
    return 0


def _split(files: Sequence[str], parts: int) -> list[list[str]]:
    """*files* in *parts* groups of about the same size, the largest files first."""
    groups: list[list[str]] = [[] for _ in range(max(1, parts))]
    sizes = [0] * len(groups)
    for file in sorted(files, key=lambda name: -(ROOT / name).stat().st_size):
        lightest = sizes.index(min(sizes))
        groups[lightest].append(file)
        sizes[lightest] += (ROOT / file).stat().st_size
    return [group for group in groups if group]


def baseline_file(targets: Sequence[Target]) -> Path:
    """The cache file of the baseline of *targets*: named by a hash of them, src/ and tests/.

    :data:`BASELINE_FORMAT` is part of the hash: change it when the tracing changes.
    """
    digest = hashlib.sha256(f"{BASELINE_FORMAT}\n".encode())
    for target in targets:
        digest.update(f"{target}\n".encode())
    for folder in ("src", "tests"):
        for file in sorted(
            p for p in (ROOT / folder).rglob("*") if p.is_file() and "__pycache__" not in p.parts
        ):
            digest.update(f"{file.relative_to(ROOT)}\n".encode())
            digest.update(file.read_bytes())
    return CACHE / f"baseline-{digest.hexdigest()[:16]}.json"


def run_baseline(targets: Sequence[Target], jobs: int) -> dict[str, Any] | None:
    """The traced run of the targets' tests without mutants (in *jobs* parts), or None when it fails."""
    files = sorted({test for target in targets for test in target.tests})
    merged: dict[str, Any] = {"tests": [], "lines": {}}
    failed: list[str] = []
    with tempfile.TemporaryDirectory(prefix="jplabour-baseline-") as folder:
        source_root = copy_sources(Path(folder))
        runs = []
        try:
            for number, group in enumerate(_split(files, jobs)):
                output = Path(folder) / f"baseline-{number}.json"
                pid = fork(_trace, source_root, targets, group, output)
                runs.append((pid, output))
            for pid, _ in runs:
                wait(pid, time.monotonic(), None)
        except BaseException:  # interrupted: no part of the baseline is left running
            for pid, _ in runs:
                kill_group(pid)
            raise
        for _, output in runs:
            part = json.loads(output.read_text(encoding="utf-8")) if output.exists() else None
            if part is None or part["code"] != 0:
                failed.extend(part["failed"] if part else ["no report"])
                continue
            offset = len(merged["tests"])
            merged["tests"].extend(part["tests"])
            for path, lines in part["lines"].items():
                into = merged["lines"].setdefault(path, {})
                for line, indices in lines.items():
                    into.setdefault(line, []).extend(offset + index for index in indices)
    if failed:
        print(f"the tests fail without mutants ({', '.join(failed)}); fix them first")
        return None
    return merged
