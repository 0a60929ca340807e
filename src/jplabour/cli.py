"""The ``jplabour`` command: ``python -m jplabour`` or the console script.

Each subcommand lives in the module that does its work. A command module
offers ``configure_parser(parser)`` and ``run_command(args) -> int``; heavy
imports happen inside ``run_command``, so that ``jplabour --help`` stays fast.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Collection, Mapping, Sequence
from types import MappingProxyType
from typing import Any, Final, Protocol, cast

from jplabour._version import __version__
from jplabour.data_version import DATA_VERSION
from jplabour.errors import EXIT_INTERRUPTED, EXIT_OK, EXIT_UNUSABLE, UnusableInputError

__all__ = [
    "COMMANDS",
    "CommandModule",
    "build_parsers",
    "main",
]


class CommandModule(Protocol):
    """What a subcommand's module provides."""

    def configure_parser(self, parser: argparse.ArgumentParser) -> None:
        """Add the subcommand's arguments."""

    def run_command(self, args: argparse.Namespace) -> int:
        """Run the subcommand and return its exit code."""


#: Subcommand -> (module, one-line help). ``summary`` is the default.
COMMANDS: Final[Mapping[str, tuple[str, str]]] = MappingProxyType(
    {
        "summary": ("jplabour.summary", "what the dataset holds (the default command)"),
        "export": (
            "jplabour.export",
            "export the dataset as JSON, JSON Lines, CSV or a data package",
        ),
        "check": (
            "jplabour.commands.check",
            "run the integrity checks on the data or a dataset file",
        ),
        "validate": (
            "jplabour.validator",
            "validate a downstream table (CSV, TSV, JSON Lines, JSON)",
        ),
        "schema": ("jplabour.schema", "write the JSON Schemas"),
        "show": ("jplabour.show", "everything the data knows about one organisation"),
        "search": ("jplabour.show", "find organisations by name, abbreviation or alias"),
        "affiliates": ("jplabour.show", "a parent's affiliates, optionally at a date"),
        "officers": ("jplabour.commands.officers", "who held office in an organisation, at a date"),
        "lineage": ("jplabour.commands.lineage", "what an organisation merged from and became"),
        "errata": ("jplabour.commands.errata", "what is wrong in the sources, and how it is kept"),
        "members": ("jplabour.commands.members", "membership figures: a series, at a date, or all"),
        "cite": ("jplabour.cite", "how to cite jplabour and its sources (BibTeX, APA, CFF)"),
    }
)


def _module(name: str) -> CommandModule:
    return cast("CommandModule", importlib.import_module(name))


def _entry(module: CommandModule, command: str, specific: str, generic: str) -> Any:
    """The module's function for *command*: ``specific`` if it has one, else ``generic``.

    A module serving several subcommands (show, search, affiliates) names its
    functions after each; a module serving one uses the generic names.
    """
    return getattr(module, specific.format(command), None) or getattr(module, generic)


def build_parsers(
    configure: Collection[str] | None = None,
) -> tuple[argparse.ArgumentParser, dict[str, argparse.ArgumentParser]]:
    """The argument parser, and each subcommand's parser by name.

    Only the subcommands named in *configure* (all by default) get their
    arguments, so that running one command imports only its own module.
    """
    parser = argparse.ArgumentParser(
        prog="jplabour",
        description="A hand-curated, validated dataset of Japanese labour organisations.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"jplabour {__version__}, data version {DATA_VERSION}",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands: dict[str, argparse.ArgumentParser] = {}
    for command, (module_name, help_text) in COMMANDS.items():
        sub = subparsers.add_parser(command, help=help_text, description=help_text)
        sub.set_defaults(module=module_name)
        if configure is None or command in configure:
            _entry(_module(module_name), command, "configure_{}_parser", "configure_parser")(sub)
        commands[command] = sub
    return parser, commands


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    # The first word that is not an option names the command (summary when none does).
    command = next((word for word in arguments if not word.startswith("-")), "summary")
    parser, _ = build_parsers(configure={command})
    args = parser.parse_args(arguments)
    if args.command is None:
        args = parser.parse_args(["summary"])
    run = _entry(_module(args.module), args.command, "run_{}_command", "run_command")
    try:
        return int(run(args))
    except UnusableInputError as error:
        sys.stderr.write(f"jplabour {args.command}: error: {error.one_line()}\n")
        return EXIT_UNUSABLE
    except BrokenPipeError:
        # The reader went away (``| head``): it has all it wanted, which is no
        # failure of ours. Point stdout at devnull so the interpreter's final
        # flush cannot raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as error:
        # A file that cannot be read or written (a missing folder, no permission).
        unusable = UnusableInputError(
            error.strerror or str(error),
            path=None if error.filename is None else str(error.filename),
        )
        sys.stderr.write(f"jplabour {args.command}: error: {unusable.one_line()}\n")
        return EXIT_UNUSABLE
    except KeyboardInterrupt:
        sys.stderr.write(f"jplabour {args.command}: interrupted\n")
        return EXIT_INTERRUPTED
