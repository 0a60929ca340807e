"""An argument a command does not take gets that command's usage line and names the argument."""

from __future__ import annotations

import pytest

from jplabour import cli

#: The least each command needs before an unknown option (its required arguments).
NEEDS: dict[str, list[str]] = {
    "validate": ["members.csv", "--table", "memberships"],
    "show": ["rengo"],
    "search": ["rengo"],
    "affiliates": ["rengo"],
    "officers": ["rengo"],
    "lineage": ["rengo"],
}


def _refused(capsys: pytest.CaptureFixture[str], *argv: str) -> list[str]:
    """The lines on stderr of a run that argparse refuses, after checking the exit code 2."""
    with pytest.raises(SystemExit) as stopped:
        cli.main(list(argv))
    assert stopped.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    return captured.err.splitlines()


def test_show_with_format_names_show_and_the_option(capsys: pytest.CaptureFixture[str]) -> None:
    """The walkthrough's case: `show rengo --format json`."""
    lines = _refused(capsys, "show", "rengo", "--format", "json")
    assert lines[0] == "usage: jplabour show [-h] [--events] [--quotes] [--brief] NAME_OR_ID"
    assert lines[-1] == (
        "jplabour show: error: show has no option --format (unrecognized arguments: --format json)"
    )


@pytest.mark.parametrize("command", list(cli.COMMANDS))
def test_every_command_refuses_an_unknown_option_with_its_own_usage(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each command: its usage (not the top level's), its name, the option, exit 2."""
    lines = _refused(capsys, command, *NEEDS.get(command, []), "--no-such-option")
    assert lines[0].startswith(f"usage: jplabour {command} ")
    assert lines[-1] == (
        f"jplabour {command}: error: {command} has no option --no-such-option "
        "(unrecognized arguments: --no-such-option)"
    )


def test_an_option_with_its_value_is_named_without_the_value(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`--formt=json` is the option --formt; two unknown options are both named."""
    lines = _refused(capsys, "officers", "rengo", "--formt=json")
    assert lines[-1].endswith(
        "officers has no option --formt (unrecognized arguments: --formt=json)"
    )
    lines = _refused(capsys, "show", "rengo", "-x", "--yy")
    assert lines[-1].endswith("show has no options -x, --yy (unrecognized arguments: -x --yy)")


def test_an_extra_word_gets_the_commands_usage(capsys: pytest.CaptureFixture[str]) -> None:
    """A second name is no option: the command's usage and argparse's own words."""
    lines = _refused(capsys, "show", "rengo", "zenroren")
    assert lines[0].startswith("usage: jplabour show ")
    assert lines[-1] == "jplabour show: error: unrecognized arguments: zenroren"


def test_an_unknown_option_before_the_command_is_the_top_levels(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Before the command's name, the top level's usage applies, with or without a command."""
    for argv in (["--bogus", "show", "rengo"], ["--bogus"]):
        lines = _refused(capsys, *argv)
        assert lines[0] == "usage: jplabour [-h] [--version] COMMAND ..."
        assert lines[-1] == "jplabour: error: unrecognized arguments: --bogus"


def test_a_known_option_still_works(capsys: pytest.CaptureFixture[str]) -> None:
    """The check does not refuse what the command takes."""
    assert cli.main(["show", "rengo", "--brief"]) == 0
    assert "rengo" in capsys.readouterr().out
