"""Date cells written as days (``YYYY-MM-DD``): the validator's quick reading agrees with the full parser."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from jplabour.data import DATASET
from jplabour.formats import InvalidFormat, any_date
from jplabour.validator.cells import Checkers
from jplabour.validator.columns import column_specs

CHECK = Checkers(DATASET).build(column_specs("memberships")["as_of"])


@given(
    text=st.from_regex(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", fullmatch=True)
    | st.from_regex(r"[0-9０-９]{4}[-/][0-9]{1,2}[-/][0-9]{1,2}\s?", fullmatch=True)
    | st.text(min_size=10, max_size=10)
)
@example("2019-02-29")
@example("2020-02-29")
@example("0000-01-01")
@example("2019-13-01")
@example("2019-10-01")
def test_a_day_is_read_as_the_full_parser_reads_it(text: str) -> None:
    """Valid exactly when any_date reads it, as the same first and last day; invalid ones say why."""
    _, value, note = CHECK(text)
    try:
        date, _ = any_date.read(text)
    except InvalidFormat:
        assert value is None
        assert note is not None
        assert note.error
        return
    assert value is not None
    assert (value[0], value[1], value[2]) == (
        date.earliest.toordinal(),
        date.latest.toordinal(),
        date.year,
    )
