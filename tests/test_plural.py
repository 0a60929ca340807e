"""Counts agree with their nouns everywhere they are printed: "1 error", "2 errors"."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import jplabour
from jplabour import cli
from jplabour.checks.findings import Report, error
from jplabour.cli import check as check_command
from jplabour.plural import agreeing, counted
from jplabour.validator.report import ERRORS_SHOWN

PACKAGE = Path(jplabour.__file__).parent


@pytest.mark.parametrize(
    ("count", "expected"),
    [(0, "0 errors"), (1, "1 error"), (2, "2 errors"), (1000, "1000 errors")],
)
def test_counted_is_singular_for_one_only(count: int, expected: str) -> None:
    """The boundary pair: one is singular, and zero and two are plural."""
    assert counted(count, "error") == expected


def test_counted_takes_an_irregular_plural_a_phrase_and_groups() -> None:
    """An irregular plural, a phrase whose last word agrees, and thousands separators."""
    assert counted(1, "entry", "entries") == "1 entry"
    assert counted(2, "entry", "entries") == "2 entries"
    assert counted(1, "more bad-date error") == "1 more bad-date error"
    assert counted(3, "more bad-date error") == "3 more bad-date errors"
    assert counted(1767000, "member", grouped=True) == "1,767,000 members"
    assert counted(1, "member", grouped=True) == "1 member"


@given(st.integers(min_value=0, max_value=10**12), st.from_regex(r"[a-z]{1,12}", fullmatch=True))
def test_counted_is_the_count_then_the_agreeing_noun(count: int, noun: str) -> None:
    """Whatever the count and noun, the text is the count, a space, and the agreeing noun."""
    text = counted(count, noun)
    assert text == f"{count} {agreeing(count, noun)}"
    assert text.endswith(f" {noun}") == (count == 1)
    assert text.endswith(f" {noun}s") == (count != 1)


def _rows(bad: int) -> list[dict[str, object]]:
    """One valid membership row, then *bad* rows with a value that is not a count."""
    good = {"org_id": "rengo", "value": 1000, "as_of": "2019"}
    return [good, *({"org_id": "rengo", "value": "x", "as_of": str(2000 + n)} for n in range(bad))]


def test_the_validator_summary_agrees_with_its_counts() -> None:
    """The summary: 1 row, 0 errors; 2 rows, 1 error; 3 rows, 2 errors (the pair at one)."""
    assert (
        jplabour.validate(_rows(0)[:1], "memberships")
        .render()
        .endswith(": memberships: 1 row, 0 errors, 0 warnings: valid")
    )
    assert (
        jplabour.validate(_rows(1), "memberships")
        .render()
        .endswith(": memberships: 2 rows, 1 error, 0 warnings: invalid")
    )
    assert (
        jplabour.validate(_rows(2), "memberships")
        .render()
        .endswith(": memberships: 3 rows, 2 errors, 0 warnings: invalid")
    )


def test_the_validators_more_lines_agree_with_their_counts() -> None:
    """The line for issues not shown says 1 more error; the totals line counts them all."""
    lines = jplabour.validate(_rows(ERRORS_SHOWN + 1), "memberships").render().splitlines()
    assert (
        "<rows>: ... and 1 more not-a-number error in column value (--format json lists them)"
        in lines
    )
    assert f"<rows>: {ERRORS_SHOWN + 1} not-a-number errors: value {ERRORS_SHOWN + 1}" in lines


def test_the_check_summary_agrees_with_its_counts(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`jplabour check` prints "1 error, 1 warning" for one of each."""
    one = attrs.evolve(error("organizations", ["x"], "an error"), check="unique_ids")
    warning = attrs.evolve(one, severity="warning")
    monkeypatch.setattr(check_command, "check", lambda *_: Report((one, warning)))
    assert cli.main(["check"]) == 1
    last = capsys.readouterr().out.splitlines()[-1]
    assert last.startswith("FAILED: 1 error, 1 warning, ")
    assert last.endswith(" checks")


def test_the_export_says_1_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """One file written is "1 file", ten are "10 files"."""
    assert cli.main(["export", "--out", str(tmp_path / "a.json")]) == 0
    assert capsys.readouterr().err.startswith("jplabour export: wrote 1 file to ")
    assert cli.main(["export", "--format", "csv", "--out", str(tmp_path / "csv")]) == 0
    assert "wrote 10 files to" in capsys.readouterr().err


#: A hedged plural in a text: "file(s)" (an "http(s)" URL is no plural).
HEDGED = re.compile(r"(?<!http)\(s\)")


def _plural_text(node: ast.expr) -> bool:
    """True when *node* is a text ending in "s": ``"s"``, ``"days"``, ``f"{n} days"``."""
    if isinstance(node, ast.JoinedStr) and node.values:
        node = node.values[-1]
    return (
        isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.endswith("s")
    )


def _hand_made_plurals(source: str) -> list[str]:
    """Texts that hedge ("file(s)") or choose a plural by hand (``"s" if n != 1``)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and HEDGED.search(node.value)
        ):
            found.append(f"line {node.lineno}: {node.value!r}")
        if isinstance(node, ast.IfExp) and isinstance(node.test, ast.Compare):
            compared = [node.test.left, *node.test.comparators]
            on_one = any(isinstance(c, ast.Constant) and c.value == 1 for c in compared)
            if on_one and (_plural_text(node.body) or _plural_text(node.orelse)):
                found.append(f"line {node.lineno}: a plural chosen on a count of 1")
    return found


def test_no_module_pluralises_by_hand() -> None:
    """Every count's noun comes from jplabour.plural: no "(s)", no "s" chosen on n == 1."""
    offenders = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "plural.py" or path.parent.name == "data":
            continue
        found = _hand_made_plurals(path.read_text(encoding="utf-8"))
        if found:
            offenders[str(path.relative_to(PACKAGE))] = found
    assert offenders == {}


@pytest.mark.parametrize(
    "source",
    [
        'f"{n} file(s)"',
        '"wrote %d file(s)" % n',
        'f"{n} day" + ("s" if n != 1 else "")',
        'f"{n} days" if n != 1 else "1 day"',
        '"s" if count > 1 else ""',
    ],
)
def test_the_scan_finds_hand_made_plurals(source: str) -> None:
    """The scan is not blind to the forms it forbids."""
    assert _hand_made_plurals(source)


@pytest.mark.parametrize(
    "source",
    [
        '"not an http(s) URL"',
        "f\"{kanji}{'元' if year == 1 else year}年\"",
        "paths[0] if len(paths) == 1 else paths[0].parent",
    ],
)
def test_the_scan_passes_what_is_no_plural(source: str) -> None:
    """A URL scheme, the era's first year (元年) and a choice of path are no plurals."""
    assert _hand_made_plurals(source) == []
