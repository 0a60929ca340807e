"""``jplabour check [PATH] [--format text|json]``: run the integrity checks and print the report."""

from __future__ import annotations

import argparse
import json
import sys

import attrs

from jplabour.checks.findings import Finding, Report, error
from jplabour.checks.registry import CHECKS, check
from jplabour.errors import EXIT_FAILED, EXIT_OK
from jplabour.model import Dataset
from jplabour.plural import counted

__all__ = ["configure", "load_findings", "run"]


def configure(parser: argparse.ArgumentParser) -> None:
    """``jplabour check [PATH] [--format text|json]``."""
    parser.add_argument(
        "path",
        nargs="?",
        help="a dataset file (JSON export, JSONL or CSV directory, datapackage.json); the embedded data by default",
    )
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="the report's format"
    )


def load_findings(path: str) -> tuple[Dataset, list[Finding]]:
    """Load a dataset file; records that cannot be built become 'schema' findings."""
    from jplabour.load import load_dataset

    result = load_dataset(path)
    findings = [
        attrs.evolve(
            error(problem.table, [problem.record_id or "?"], problem.one_line()), check="schema"
        )
        for problem in result.problems
    ]
    return result.dataset, findings


def run(args: argparse.Namespace) -> int:
    """Run the checks and print the report; exit 1 when there is an error."""
    if args.path is None:
        report = check()
    else:
        dataset, unloadable = load_findings(args.path)
        checked = check(dataset)
        report = Report((*unloadable, *checked.findings))
    if args.format == "json":
        json.dump(report.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for finding in report.findings:
            sys.stdout.write(finding.one_line() + "\n")
        verdict = "ok" if report.ok else "FAILED"
        counts = ", ".join(
            (
                counted(report.errors, "error"),
                counted(report.warnings, "warning"),
                counted(len(CHECKS), "check"),
            )
        )
        sys.stdout.write(f"{verdict}: {counts}\n")
    return EXIT_OK if report.ok else EXIT_FAILED
