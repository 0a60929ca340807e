"""Tests of jplabour.cli: dispatch, exit codes, and quiet pipes."""

from __future__ import annotations

import subprocess
import sys

import pytest

from jplabour.cli import COMMANDS, build_parsers, main


def test_every_command_has_a_parser() -> None:
    """Each subcommand in COMMANDS builds its parser from its module."""
    _, commands = build_parsers()
    assert list(commands) == list(COMMANDS)
    _, bare = build_parsers(configure=())
    for command, parser in commands.items():
        _, alone = build_parsers(configure={command})
        assert parser.format_help() == alone[command].format_help(), command
    configured = [c for c in commands if commands[c].format_help() != bare[c].format_help()]
    assert configured == [c for c in COMMANDS if c != "summary"]  # summary takes no arguments
    assert commands["affiliates"].parse_args(["rengo", "--as-of", "2019"]).parent == "rengo"


def test_no_command_runs_the_summary(capsys: pytest.CaptureFixture[str]) -> None:
    """Plain `jplabour` prints the summary."""
    assert main([]) == 0
    assert "Tables:" in capsys.readouterr().out


def test_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown subcommand exits 2 with argparse's usage message."""
    with pytest.raises(SystemExit) as exit_:
        main(["frobnicate"])
    assert exit_.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


_BROKEN_PIPE_SCRIPT = """
import sys
import jplabour.cli.summary
from jplabour.cli import main

def reader_gone(args):
    raise BrokenPipeError

jplabour.cli.summary.run = reader_gone
sys.exit(main(["summary"]))
"""


def test_reader_going_away_is_quiet_and_not_a_failure() -> None:
    """`jplabour ... | head -1`: when the reader leaves, exit 0 with nothing on stderr.

    The pipe is simulated: some sandboxes never report EPIPE on a real one.
    """
    result = subprocess.run(
        [sys.executable, "-c", _BROKEN_PIPE_SCRIPT], capture_output=True, text=True, check=False
    )
    assert (result.returncode, result.stderr) == (0, "")


def test_a_command_loads_only_its_own_module() -> None:
    """`jplabour summary` imports neither pydantic, jsonschema nor other commands' modules."""
    probe = (
        "import sys; from jplabour.cli import main; main(['summary']); "
        "print(sorted(m for m in sys.modules if m.startswith(('pydantic', 'jsonschema', "
        "'jplabour.validator', 'jplabour.export', 'jplabour.schema'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip().splitlines()[-1] == "[]"
