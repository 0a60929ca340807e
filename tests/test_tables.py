"""Tables lose nothing: every query command's table wraps long cells to the terminal's width."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jplabour import api, cli
from jplabour.cli.output import terminal_width
from jplabour.terminal import NARROWEST, WIDTH, display_width, table, wrap_cell

#: Every command that prints a table, with its arguments.
TABLE_COMMANDS = [
    ["officers", "rengo"],
    ["officers", "zenroren", "--as-of", "2019"],
    ["affiliates", "rengo", "--related"],
    ["affiliates", "zenroren", "--as-of", "2019"],
    ["search", "union"],
    ["members", "rengo"],
    ["members", "--all"],
    ["lineage", "kenkoro"],
]

_TEXT = st.text(alphabet=st.sampled_from("abcXYZ -全労連ー"), min_size=0, max_size=60)


def _ink(text: str) -> list[str]:
    """The characters of *text* but white space, sorted: what a rewrap must keep."""
    return sorted("".join(text.split()))


@given(_TEXT, st.integers(min_value=2, max_value=40))
def test_a_wrapped_cell_keeps_every_character_within_its_width(text: str, width: int) -> None:
    """Lines of at most *width* columns whose characters, in order, are the text's."""
    lines = wrap_cell(text, width)
    assert "".join("".join(lines).split()) == "".join(text.split())
    assert all(display_width(line) <= width for line in lines)


def test_a_cell_breaks_at_spaces_then_after_hyphens() -> None:
    """Words stay whole where they fit; an id breaks after a hyphen, not inside a word."""
    assert wrap_cell("Japan Federation of Medical Workers", 20) == [
        "Japan Federation of",
        "Medical Workers",
    ]
    assert wrap_cell("rengo-non-regular-employment-department", 20) == [
        "rengo-non-regular-",
        "employment-",
        "department",
    ]
    assert wrap_cell("全日本自治団体労働組合", 10) == ["全日本自治", "団体労働組", "合"]


_ROWS = st.lists(
    st.lists(st.text(alphabet="abc -", max_size=30), min_size=3, max_size=3),
    max_size=8,
)


@given(_ROWS, st.integers(min_value=3 * NARROWEST + 4, max_value=150))
def test_a_table_fits_its_width_and_loses_nothing(rows: list[list[str]], width: int) -> None:
    """Narrow headers and words of at most NARROWEST: every line fits, every character stays."""
    rows = [[" ".join(w[:NARROWEST] for w in cell.split()) for cell in row] for row in rows]
    headers = ["a", "bb", "c c"]
    text = table(headers, rows, width=width)
    assert _ink(text) == _ink(" ".join(headers + [cell for row in rows for cell in row]))
    assert all(display_width(line) <= width for line in text.splitlines())


def test_right_aligned_columns_are_never_narrowed() -> None:
    """Numbers stay whole on one line, right-aligned; the text column wraps instead."""
    text = table(
        ["n", "name"], [["1,767,000", "a long name " * 5], ["12", "x"]], width=30, right={0}
    )
    lines = text.splitlines()
    assert lines[1].startswith("1,767,000  a long name")
    assert lines[-1] == "       12  x"
    assert all(display_width(line) <= 30 for line in lines)


@pytest.mark.parametrize("argv", TABLE_COMMANDS, ids=" ".join)
@pytest.mark.parametrize("width", [60, 80, 120])
def test_every_table_command_fits_columns_and_cuts_nothing(
    argv: list[str], width: int, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """At COLUMNS=60, 80 and 120 a table holds what a table too wide to wrap holds.

    No ellipsis, the same characters, and lines that fit the width wherever
    the columns can narrow that far.
    """
    monkeypatch.setenv("COLUMNS", "1000")
    assert cli.main(argv) == 0
    whole = capsys.readouterr().out
    monkeypatch.setenv("COLUMNS", str(width))
    assert cli.main(argv) == 0
    out = capsys.readouterr().out
    assert "…" not in out
    assert _ink(out) == _ink(whole)
    header = out.splitlines()[0]
    narrowest = len(header.split()) * NARROWEST + 2 * (len(header.split()) - 1)
    if narrowest + 20 <= width:  # room for every column's floor and a right-aligned number
        assert max(display_width(line) for line in out.splitlines()) <= width


def test_the_officers_table_shows_every_name_and_home_in_full(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The walkthrough's case: `officers rengo` cut 'JIDOSHA SOR…' and 'assistant general secreta…'."""
    assert cli.main(["officers", "rengo"]) == 0
    out = capsys.readouterr().out
    assert "assistant general secretary" in out
    assert "JIDOSHA SOREN" in out
    assert "DENRYOKU SOREN" in out
    for position in api.officers("rengo"):
        person = api.person(position.person_id)
        assert person.given_name in out
        assert person.family_name.upper() in out
    assert max(display_width(line) for line in out.splitlines()) <= WIDTH


def test_terminal_width_honours_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    """COLUMNS when it is a positive number; otherwise 80 for output that is not a terminal."""
    monkeypatch.setenv("COLUMNS", "132")
    assert terminal_width() == 132
    for junk in ("", "0", "-5", "wide", "1e3"):
        monkeypatch.setenv("COLUMNS", junk)
        assert terminal_width() == WIDTH
    monkeypatch.delenv("COLUMNS")
    assert terminal_width() == WIDTH  # pytest's captured stdout is no terminal


@pytest.mark.parametrize("argv", [["lineage", "kenkoro"], ["affiliates", "rengo", "--related"]])
def test_a_reader_gone_away_ends_the_command_quietly(argv: list[str]) -> None:
    """Output into a pipe nobody reads (| head, closed at once) is no error and no message.

    A short table is written only at exit, when the interpreter flushes
    standard output: that flush too is inside the command's handling.
    """
    # Unbuffered output (PYTHONUNBUFFERED) would be written, and refused, during the run.
    env = {**os.environ, "COLUMNS": "80"}
    env.pop("PYTHONUNBUFFERED", None)
    with subprocess.Popen(
        [sys.executable, "-m", "jplabour", *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        process.stdout.close()
        err = process.stderr.read()
        assert process.wait(timeout=120) == 0
    assert err == b""
