"""Tests of jplabour.errors: one-line messages naming file, line and field."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from jplabour.errors import UnusableInputError


def test_message_names_file_line_and_field() -> None:
    """The message reads PATH:LINE: FIELD: detail."""
    error = UnusableInputError("not JSON", path="data.json", line=3, field="tables")
    assert error.one_line() == "data.json:3: tables: not JSON"


def test_unknown_parts_are_left_out() -> None:
    """Without a line or field, only what is known is shown."""
    assert UnusableInputError("missing", path="x.csv").one_line() == "x.csv: missing"


@given(st.text(), st.text(), st.text(), st.none() | st.integers(min_value=1))
def test_message_is_always_one_line(detail: str, path: str, field: str, line: int | None) -> None:
    """Whatever the parts contain, the message has no line break or control character."""
    text = UnusableInputError(detail, path=path, line=line, field=field).one_line()
    assert len(text.splitlines()) <= 1
    assert text.isprintable()
