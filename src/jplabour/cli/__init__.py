"""The ``jplabour`` command: ``python -m jplabour`` or the console script.

Each subcommand has its own module in this package, named in :data:`COMMANDS`,
and every one offers the same two functions: ``configure(parser)`` adds its
arguments and ``run(args) -> int`` runs it. Heavy imports happen inside
``run``, and only the command being run is imported, so that
``jplabour --help`` stays fast.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Collection, Mapping, Sequence
from types import MappingProxyType
from typing import Final, NoReturn, Protocol, cast

from jplabour._version import __version__
from jplabour.data_version import DATA_VERSION
from jplabour.errors import EXIT_INTERRUPTED, EXIT_OK, EXIT_UNUSABLE, UnusableInputError
from jplabour.plural import agreeing

__all__ = [
    "COMMANDS",
    "CommandModule",
    "build_parsers",
    "command_module",
    "main",
]


class CommandModule(Protocol):
    """What a subcommand's module provides."""

    def configure(self, parser: argparse.ArgumentParser) -> None:
        """Add the subcommand's arguments."""

    def run(self, args: argparse.Namespace) -> int:
        """Run the subcommand and return its exit code."""


#: Subcommand -> (its module, one-line help). ``summary`` is the default.
COMMANDS: Final[Mapping[str, tuple[str, str]]] = MappingProxyType(
    {
        "summary": ("jplabour.cli.summary", "what the dataset holds (the default command)"),
        "export": (
            "jplabour.cli.export",
            "export the dataset as JSON, JSON Lines, CSV or a data package",
        ),
        "check": (
            "jplabour.cli.check",
            "run the integrity checks on the data or a dataset file",
        ),
        "validate": (
            "jplabour.cli.validate",
            "validate a downstream table (CSV, TSV, JSON Lines, JSON, .xlsx)",
        ),
        "schema": ("jplabour.cli.schema", "write the JSON Schemas"),
        "show": ("jplabour.cli.show", "everything the data knows about one organisation"),
        "search": ("jplabour.cli.search", "find organisations by name, abbreviation or alias"),
        "affiliates": ("jplabour.cli.affiliates", "a parent's affiliates, optionally at a date"),
        "officers": ("jplabour.cli.officers", "who held office in an organisation, at a date"),
        "lineage": ("jplabour.cli.lineage", "what an organisation merged from and became"),
        "errata": ("jplabour.cli.errata", "what is wrong in the sources, and how it is kept"),
        "members": ("jplabour.cli.members", "membership figures: a series, at a date, or all"),
        "cite": ("jplabour.cli.cite", "how to cite jplabour and its sources (BibTeX, APA, CFF)"),
    }
)


def command_module(command: str) -> CommandModule:
    """The module of *command*, imported on first use."""
    return cast("CommandModule", importlib.import_module(COMMANDS[command][0]))


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
    for command, (_, help_text) in COMMANDS.items():
        sub = subparsers.add_parser(command, help=help_text, description=help_text)
        if configure is None or command in configure:
            command_module(command).configure(sub)
        commands[command] = sub
    return parser, commands


def _refuse(
    parser: argparse.ArgumentParser,
    commands: Mapping[str, argparse.ArgumentParser],
    command: str | None,
    arguments: Sequence[str],
    extra: Sequence[str],
) -> NoReturn:
    """Exit 2 on *extra*, the arguments no parser took, naming them and the usage that applies.

    Arguments after the command's name were given to the command: its own
    usage line shows what it takes, and the message names the option it does
    not have (``show`` has no ``--format``). Before it, they are the top
    level's. Exits with 2, as argparse does.
    """
    unknown = f"unrecognized arguments: {' '.join(extra)}"
    if command is None or arguments.index(command) > arguments.index(extra[0]):
        parser.error(unknown)
    options = [word.split("=", 1)[0] for word in extra if word.startswith("-") and word != "-"]
    if options:
        what = agreeing(len(options), "option")
        commands[command].error(f"{command} has no {what} {', '.join(options)} ({unknown})")
    commands[command].error(unknown)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    # The first word that is not an option names the command (summary when none does).
    command = next((word for word in arguments if not word.startswith("-")), "summary")
    parser, commands = build_parsers(configure={command})
    args, extra = parser.parse_known_args(arguments)
    if extra:
        _refuse(parser, commands, args.command, arguments, extra)
    if args.command is None:
        args = parser.parse_args(["summary"])
    try:
        code = int(command_module(args.command).run(args))
        sys.stdout.flush()  # inside the try: a reader gone away (| head) is handled below
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
    return code
