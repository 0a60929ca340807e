"""Wrong-typed arguments of the Python API: a TypeError or ValueError naming the parameter.

`get(None)` and `lookup(None)` raised `TypeError: normalize() argument 2 must
be str`, from deep inside the name matching; `validate(..., max_errors=-1)`
was accepted.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import jplabour
from jplabour.validator import validate

CALLS: list[tuple[Callable[[Any], Any], str]] = [
    (jplabour.get, "get() argument org_id"),
    (jplabour.lookup, "lookup() argument name"),
    (jplabour.search, "search() argument text"),
    (jplabour.resolve, "resolve() argument org"),
    (jplabour.person, "person() argument who"),
]


@pytest.mark.parametrize(("function", "names"), CALLS)
@pytest.mark.parametrize("value", [None, 1, b"rengo", ["rengo"], 1.5])
def test_a_non_text_is_a_type_error_naming_the_parameter(
    function: Callable[[Any], Any], names: str, value: object
) -> None:
    """Each look-up by text refuses a non-text with a message naming its parameter."""
    with pytest.raises(TypeError, match=f"^{names.replace('(', '[(]').replace(')', '[)]')}"):
        function(value)


def test_lookup_of_a_text_never_raises() -> None:
    """The documented promise holds for any text, even one that names nothing."""
    for text in ("", " ", "\x00", "rengoo", "連合" * 500):
        assert isinstance(jplabour.lookup(text), jplabour.LookupResult)


@pytest.mark.parametrize(
    ("arguments", "error", "says"),
    [
        ({"rows_or_path": 5}, TypeError, "rows_or_path must be a path or an iterable"),
        ({"rows_or_path": b"m.csv"}, TypeError, "rows_or_path must be a path"),
        ({"rows_or_path": {"org_id": "x"}}, TypeError, "rows_or_path must be a path"),
        ({"table": None}, TypeError, "validate() argument table must be a str"),
        ({"encoding": 8}, TypeError, "argument encoding must be a str"),
        ({"normalize": 3}, TypeError, "argument normalize must be a path"),
        ({"progress": "yes"}, TypeError, "argument progress must be callable"),
        ({"max_errors": -1}, ValueError, "argument max_errors must be from 0"),
        ({"max_errors": "5"}, TypeError, "argument max_errors must be an int"),
    ],
)
def test_validate_names_a_wrong_argument(
    tmp_path: Path, arguments: dict[str, Any], error: type[Exception], says: str
) -> None:
    """validate() checks its arguments before it reads or writes anything."""
    path = tmp_path / "m.csv"
    path.write_text("org_id,value,as_of\nrengo,1,2019\n", encoding="utf-8")
    call: dict[str, Any] = {"rows_or_path": path, "table": "memberships", **arguments}
    with pytest.raises(error) as caught:
        validate(**call)
    assert says in str(caught.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.csv"]


def test_max_errors_boundaries() -> None:
    """0 is the last valid value below; -1 the first invalid one."""
    rows = [{"org_id": "nobody", "value": "1", "as_of": "2019"}] * 3
    assert validate(rows, "memberships", max_errors=0).errors == ()
    with pytest.raises(ValueError, match="max_errors"):
        validate(rows, "memberships", max_errors=-1)
