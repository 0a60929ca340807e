"""The shared command line of the generators in tools/: write a file, or check it is current."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def write_or_check(
    target: Path, render: Callable[[], str], description: str, argv: Sequence[str] | None
) -> int:
    """Write *render()* to *target*, or with ``--check`` exit 1 if *target* differs."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--check", action="store_true", help="write nothing; fail if stale")
    args = parser.parse_args(argv)
    text = render()
    shown = target.relative_to(ROOT)
    if args.check:
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            print(f"{shown} is stale: regenerate it with the tool that writes it")
            return 1
        return 0
    target.write_text(text, encoding="utf-8")
    print(f"wrote {shown}")
    return 0
