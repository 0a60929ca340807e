"""``jplabour summary``: what the dataset holds (the default command)."""

from __future__ import annotations

import argparse
import sys

from jplabour.errors import EXIT_OK
from jplabour.summary import render_summary

__all__ = ["configure", "run"]


def configure(parser: argparse.ArgumentParser) -> None:
    """``summary`` takes no arguments."""
    del parser


def run(args: argparse.Namespace) -> int:
    """Print the summary."""
    del args
    sys.stdout.write(render_summary() + "\n")
    return EXIT_OK
