"""Tests of jplabour.column_mapping: the user's headers and jplabour's fields."""

from __future__ import annotations

import shlex

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from jplabour import column_mapping
from jplabour.errors import UnusableInputError
from jplabour.model import TABLES


def _fields(table: str) -> list[str]:
    return [field.name for field in attrs.fields(TABLES[table])]


MEMBERSHIPS = _fields("memberships")


def test_parse_option_splits_at_the_last_equals_sign() -> None:
    """SOURCE=FIELD; a source may hold '=' (a field never does)."""
    assert column_mapping.parse_option("組合名=org_id") == ("組合名", "org_id")
    assert column_mapping.parse_option("a=b=value") == ("a=b", "value")
    for bad in ("org_id", "=org_id", "組合名=", " = "):
        with pytest.raises(ValueError, match="SOURCE=FIELD"):
            column_mapping.parse_option(bad)


def test_check_mapping_refuses_unknown_fields_and_fields_mapped_twice() -> None:
    """A field the table lacks names the closest one; two sources for one field are refused."""
    column_mapping.check_mapping({"組合名": "org_id", "数": "value"}, MEMBERSHIPS, "memberships")
    with pytest.raises(UnusableInputError, match="did you mean org_id"):
        column_mapping.check_mapping({"組合名": "orgid"}, MEMBERSHIPS, "memberships")
    with pytest.raises(UnusableInputError, match="both '組合名' and '団体' are mapped to org_id"):
        column_mapping.check_mapping(
            {"組合名": "org_id", "団体": "org_id"}, MEMBERSHIPS, "memberships"
        )


def test_rename_matches_sources_as_written_or_folded() -> None:
    """A source matches its header cell exactly, or folded like a column name; others stay."""
    header = ["組合名", "備考", "As of", "Members"]
    renamed = column_mapping.rename(
        header, {"組合名": "org_id", "as of": "as_of", "Members": "value"}
    )
    assert renamed == ["org_id", "備考", "as_of", "value"]
    assert header == ["組合名", "備考", "As of", "Members"]  # the input is not changed


def test_rename_can_swap_columns() -> None:
    """Columns named like fields can be mapped to other fields: each takes its mapping."""
    assert column_mapping.rename(["value", "org_id"], {"value": "org_id", "org_id": "value"}) == [
        "org_id",
        "value",
    ]


def test_rename_of_a_source_the_header_lacks_lists_the_header() -> None:
    """A mapping naming no column of the header is an error that shows the header."""
    with pytest.raises(
        UnusableInputError, match=r"no column '組合' in the header \(it has '組合名'"
    ):
        column_mapping.rename(["組合名", "数"], {"組合": "org_id"}, path="a.csv")


@pytest.mark.parametrize(
    ("header", "present", "expected"),
    [
        (
            ["組合名", "組合員数", "時点", "備考"],
            set(),
            [("組合名", "org_id"), ("組合員数", "value"), ("時点", "as_of")],
        ),
        (
            ["Organisation", "Members", "As of"],
            {"as_of"},
            [("Organisation", "org_id"), ("Members", "value")],
        ),
        (
            ["orgid", "valeu", "asof"],
            set(),
            [("orgid", "org_id"), ("valeu", "value"), ("asof", "as_of")],
        ),
        (["組合名", "団体名"], set(), [("組合名", "org_id")]),  # one source per field
        (["組合名"], {"org_id"}, []),  # a present field is not suggested again
        (["備考", "xyz"], set(), []),
        (["概数"], set(), [("概数", "approximate")]),
    ],
)
def test_suggestions(header: list[str], present: set[str], expected: list[tuple[str, str]]) -> None:
    """Common Japanese and English headers and close spellings are suggested, once each."""
    assert column_mapping.suggest(header, MEMBERSHIPS, present) == expected


def test_suggestions_are_only_for_fields_of_the_table() -> None:
    """A header common for another table's field is not suggested for this one."""
    assert column_mapping.suggest(["役職"], MEMBERSHIPS, set()) == []
    assert column_mapping.suggest(["役職"], _fields("positions"), set()) == [("役職", "role")]


def test_every_common_header_is_for_a_real_field() -> None:
    """COMMON_HEADERS names fields of the model's tables, folded, each header once per field."""
    from jplabour.vocabulary import key

    fields = {name for table in TABLES for name in _fields(table)}
    for field, headers in column_mapping.COMMON_HEADERS.items():
        assert field in fields
        assert all(key(header) == header for header in headers)
        assert len(set(headers)) == len(headers)


@given(
    pairs=st.lists(
        st.tuples(st.text(max_size=12).filter(str.strip), st.sampled_from(MEMBERSHIPS)),
        max_size=4,
    )
)
def test_options_paste_back_into_a_shell(pairs: list[tuple[str, str]]) -> None:
    """as_options quotes what a shell would split; shlex reads back each SOURCE=FIELD."""
    words = shlex.split(column_mapping.as_options(pairs))
    assert words[::2] == ["--column"] * len(pairs)
    assert [column_mapping.parse_option(word) for word in words[1::2]] == [
        (source, field) for source, field in pairs
    ]


def test_plain_sources_are_not_quoted() -> None:
    """組合名=org_id is pasted as written, the way the docs show it."""
    pairs = [("組合名", "org_id"), ("As of", "as_of")]
    assert column_mapping.as_options(pairs) == "--column 組合名=org_id --column 'As of=as_of'"
    assert column_mapping.as_argument(pairs) == "columns={'組合名': 'org_id', 'As of': 'as_of'}"
