"""Generate docs/cli-reference.md from the command line's own argument parser.

The reference is rendered from ``jplabour.cli.build_parsers()``, so it cannot
drift from the options the commands accept. Usage:
``python tools/make_cli_reference.py [--check]`` (``--check`` writes nothing
and exits 1 when the committed page is stale).
"""

from __future__ import annotations

import os
import sys

from generated_file import ROOT, write_or_check

TARGET = ROOT / "docs" / "cli-reference.md"
HEADER = """# CLI reference

Generated from the command line's own parser by
`python tools/make_cli_reference.py`; do not edit by hand. The guide to
`show`, `search` and `affiliates` is in [Command line](cli.md); the checks,
exports and validator have their own pages.

Every command exits 0 on success, 1 when it found a problem (a failed
check, an invalid table, an unknown or ambiguous name) and 2 for unusable
input, with a one-line message on standard error.
"""


def render() -> str:
    """The reference page for the current parser."""
    os.environ["COLUMNS"] = "80"  # argparse wraps help to the terminal width
    from jplabour.cli import build_parsers

    _, commands = build_parsers()
    parts = [HEADER]
    for command, command_parser in commands.items():
        help_text = command_parser.format_help().rstrip()
        parts.append(f"\n## `jplabour {command}`\n\n```text\n{help_text}\n```\n")
    return "".join(parts)


def main(argv: list[str] | None = None) -> int:
    """Write the file, or with --check report whether it is stale."""
    return write_or_check(TARGET, render, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    sys.exit(main())
