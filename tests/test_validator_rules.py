"""Boundaries of `jplabour validate`: the cross-row rules, the encodings read, the cleaned copy.

Each rule is tested as a pair: the last valid value passes and the first
invalid one fails. The tests go through the public API (``jplabour.validate``
and the CLI) so that they hold whatever shape the validator's insides take.
"""

from __future__ import annotations

import codecs
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from jplabour import cli, validate
from jplabour.data import DATASET
from jplabour.errors import UnusableInputError
from jplabour.semantics import COUNTED_STATUSES, approximation_tolerance
from jplabour.validator import ValidationReport

Row = Mapping[str, Any]


def _found(rows: list[Row], table: str, code: str) -> list[tuple[int, str]]:
    """(line, column) of each error with *code* that *rows* give."""
    report = validate(rows, table)
    return [(issue.line, issue.column) for issue in report.errors if issue.code == code]


def _all_codes(report: ValidationReport) -> set[str]:
    return {issue.code for issue in (*report.errors, *report.warnings)}


# --- duplicate keys -------------------------------------------------------------


def _figure(as_of: str, value: int = 1, **more: str) -> Row:
    return {"org_id": "ua-zensen", "value": value, "as_of": as_of, **more}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("2019", "2019-01"),
        ("2019", "2019-01-01"),
        ("2019-01", "2019-01-01"),
        ("2019-01-01", "2019-01-02"),
        ("2019-12-31", "2020-01-01"),
        ("2019-01", "2019-02"),
    ],
)
def test_dates_of_different_precision_or_day_are_different_keys(first: str, second: str) -> None:
    """``2019`` and ``2019-01-01`` are different facts: a yearly and a daily figure are no duplicate."""
    assert _found([_figure(first), _figure(second)], "memberships", "duplicate-key") == []
    assert _found([_figure(first), _figure(first)], "memberships", "duplicate-key") == [
        (2, "org_id, unit, counted, as_of")
    ]


def test_the_same_date_written_two_ways_is_the_same_key() -> None:
    """Keys compare normalised values: ``2019-01`` and ``平成31年1月`` are the same month."""
    rows = [_figure("2019-01"), _figure("平成31年1月"), _figure("H31.1")]
    assert _found(rows, "memberships", "duplicate-key") == [
        (2, "org_id, unit, counted, as_of"),
        (3, "org_id, unit, counted, as_of"),
    ]


@pytest.mark.parametrize("column", ["unit", "counted"])
def test_rows_differing_in_one_key_column_are_no_duplicate(column: str) -> None:
    """A count of persons and one of organisations of the same date are two facts."""
    other = {"unit": "organisations", "counted": "affiliates"}[column]
    rows = [_figure("2019-10"), _figure("2019-10", **{column: other})]
    assert _found(rows, "memberships", "duplicate-key") == []
    rows = [_figure("2019-10", **{column: other}), _figure("2019-10", **{column: other})]
    assert _found(rows, "memberships", "duplicate-key") == [(2, "org_id, unit, counted, as_of")]


def test_a_missing_default_column_counts_as_its_default_in_the_key() -> None:
    """A file without ``unit`` means persons: an explicit ``persons`` row repeats it."""
    rows = [_figure("2019-10"), _figure("2019-10", unit="persons")]
    assert _found(rows, "memberships", "duplicate-key") == [(2, "org_id, unit, counted, as_of")]


@pytest.mark.parametrize(
    ("first", "second"),
    [("1600", "2100"), ("1600-01-01", "2099-12-31"), ("2019-01-01", "1700-06-30")],
)
def test_duplicates_are_found_however_far_apart_the_dates_of_a_key(first: str, second: str) -> None:
    """Dates centuries apart in one series: distinct dates pass, a repeat of either is found."""
    rows = [_figure(first), _figure(second), _figure(first), _figure(second)]
    assert _found(rows, "memberships", "duplicate-key") == [
        (3, "org_id, unit, counted, as_of"),
        (4, "org_id, unit, counted, as_of"),
    ]


def test_ids_repeat_only_when_equal() -> None:
    """Two rows with ids ``a`` and ``a-1`` pass; the same id twice is a duplicate ``id``."""
    rows = [
        {"id": "a", **_figure("2019")},
        {"id": "a-1", **_figure("2018")},
        {"id": "a", **_figure("2017")},
    ]
    assert _found(rows, "memberships", "duplicate-key") == [(3, "id")]


def test_keys_without_a_date_repeat_only_when_every_column_is_equal() -> None:
    """Successions: the same pair of another kind is no duplicate, the same triple is."""
    link = {"predecessor_id": "jptuc-rengo", "successor_id": "rengo", "kind": "merger"}
    rows = [link, {**link, "kind": "rename"}, link]
    assert _found(rows, "successions", "duplicate-key") == [
        (3, "predecessor_id, successor_id, kind")
    ]


def test_an_empty_key_is_not_a_duplicate() -> None:
    """Rows whose key's first column is empty are reported as missing, not as duplicates."""
    rows = [{"org_id": "", "value": 1, "as_of": "2019"}] * 2
    report = validate(rows, "memberships")
    assert "duplicate-key" not in _all_codes(report)
    assert "missing-value" in _all_codes(report)


# --- dates in order ---------------------------------------------------------------

#: A table, its columns that must be in order, and the other cells of a valid row.
ORDERED = [
    (
        "affiliations",
        "since",
        "until",
        {"member_id": "ua-zensen", "parent_id": "rengo", "status": "former"},
    ),
    ("events", "date", "until", {"org_id": "ua-zensen", "kind": "campaign", "summary": "x"}),
    ("organizations", "founded", "dissolved", {"name_en": "A Union", "kind": "other"}),
]


@pytest.mark.parametrize("order", ORDERED, ids=[table for table, *_ in ORDERED])
@pytest.mark.parametrize(
    ("start", "end"),
    [
        ("2019-05-01", "2019-05-01"),
        ("2019", "2019"),
        ("2019", "2019-01"),
        ("2019-05", "2019-05-31"),
    ],
)
def test_a_same_day_or_overlapping_start_and_end_is_in_order(
    order: tuple[str, str, str, dict[str, str]], start: str, end: str
) -> None:
    """A one-day affiliation, event or organisation is valid: the end may equal the start."""
    table, early, late, row = order
    assert _found([{**row, early: start, late: end}], table, "date-order") == []


@pytest.mark.parametrize("order", ORDERED, ids=[table for table, *_ in ORDERED])
@pytest.mark.parametrize(
    ("start", "end"),
    [
        ("2019-05-02", "2019-05-01"),
        ("2020", "2019"),
        ("2019-06", "2019-05-31"),
        ("2019-05-01", "2019-04"),
    ],
)
def test_an_end_certainly_before_the_start_is_out_of_order(
    order: tuple[str, str, str, dict[str, str]], start: str, end: str
) -> None:
    """An end a day (or a month, or a year) before the start is ``date-order`` on the end column."""
    table, early, late, row = order
    assert _found([{**row, early: start, late: end}], table, "date-order") == [(1, late)]


# --- dates within a lifetime ------------------------------------------------------


def _lifetime(org_id: str) -> tuple[str | None, str | None]:
    from jplabour.lifetimes import lifetimes

    lifetime = lifetimes(DATASET)[org_id]
    return (
        None if lifetime.founded is None else str(lifetime.founded),
        None if lifetime.ended is None else str(lifetime.ended),
    )


def test_the_lifetimes_these_tests_rely_on() -> None:
    """RENGO was founded in November 1989; Zennokyororen's lifetime ends with its 1991 merger.

    (No source says JPTUC-RENGO became RENGO, so JPTUC-RENGO has no known end.)
    """
    assert _lifetime("rengo") == ("1989-11", None)
    assert _lifetime("zennokyororen") == ("1956", "1991")


@pytest.mark.parametrize("as_of", ["1989", "1989-11", "1989-11-01", "1990"])
def test_a_date_that_may_fall_after_the_founding_is_within_the_lifetime(as_of: str) -> None:
    """A year or month that contains the founding day is not outside: ``1989`` for a body of 1989-11."""
    assert (
        _found([{"org_id": "rengo", "value": 1, "as_of": as_of}], "memberships", "outside-lifetime")
        == []
    )


@pytest.mark.parametrize("as_of", ["1989-10-31", "1989-10", "1988"])
def test_a_date_certainly_before_the_founding_is_outside_the_lifetime(as_of: str) -> None:
    """The day, month or year before the founding month is ``outside-lifetime``."""
    assert _found(
        [{"org_id": "rengo", "value": 1, "as_of": as_of}], "memberships", "outside-lifetime"
    ) == [(1, "as_of")]


@pytest.mark.parametrize("as_of", ["1991", "1991-12", "1991-12-31", "1990"])
def test_a_date_that_may_fall_before_the_end_is_within_the_lifetime(as_of: str) -> None:
    """A month or day within a predecessor's last year is not outside its lifetime."""
    assert (
        _found(
            [{"org_id": "zennokyororen", "value": 1, "as_of": as_of}],
            "memberships",
            "outside-lifetime",
        )
        == []
    )


@pytest.mark.parametrize("as_of", ["1992-01-01", "1992-01", "1992"])
def test_a_date_certainly_after_the_end_is_outside_the_lifetime(as_of: str) -> None:
    """The day, month or year after a predecessor's last year is ``outside-lifetime``."""
    assert _found(
        [{"org_id": "zennokyororen", "value": 1, "as_of": as_of}],
        "memberships",
        "outside-lifetime",
    ) == [(1, "as_of")]


def test_event_dates_and_every_organisation_column_are_held_to_lifetimes() -> None:
    """Events' ``date`` and each organisation column of a row (positions' two) are checked."""
    event = {"org_id": "rengo", "kind": "campaign", "summary": "x"}
    assert _found([{**event, "date": "1989-11"}], "events", "outside-lifetime") == []
    assert _found([{**event, "date": "1989-10"}], "events", "outside-lifetime") == [(1, "date")]
    office = {"person_id": "x", "role": "president", "as_of": "1989-10"}
    found = _found(
        [{**office, "org_id": "ua-zensen", "home_org_id": "rengo"}], "positions", "outside-lifetime"
    )
    assert found == [(1, "as_of")]


# --- counts above the parent's --------------------------------------------------


def _rengo_members_2019() -> int:
    """The highest count of persons a RENGO affiliate may have in 2019: RENGO's, with its tolerance."""
    [figure] = [
        f
        for f in DATASET.memberships
        if f.org_id == "rengo"
        and f.as_of is not None
        and f.as_of.year == 2019
        and f.unit.value == "persons"
        and f.counted.value == "members"
    ]
    assert any(
        link.member_id == "ua-zensen"
        and link.parent_id == "rengo"
        and link.status in COUNTED_STATUSES
        for link in DATASET.affiliations
    )
    return figure.value + approximation_tolerance(figure)


def test_a_count_equal_to_the_parents_passes_and_one_more_is_above_it() -> None:
    """The parent's figure (with its approximation tolerance) is allowed; one person more is not."""
    limit = _rengo_members_2019()
    assert _found([_figure("2019-10", limit)], "memberships", "above-parent") == []
    assert _found([_figure("2019-10", limit + 1)], "memberships", "above-parent") == [(1, "value")]


def test_a_count_is_compared_only_with_the_parents_figure_of_its_unit_group_and_year() -> None:
    """48 affiliated organisations pass against RENGO's 48, 49 do not; other years are not compared."""
    affiliates = {"unit": "organisations", "counted": "affiliates"}
    assert _found([_figure("2019-12", 48, **affiliates)], "memberships", "above-parent") == []
    assert _found([_figure("2019-12", 49, **affiliates)], "memberships", "above-parent") == [
        (1, "value")
    ]
    locals_ = {"unit": "organisations", "counted": "locals"}
    assert _found([_figure("2019-12", 49, **locals_)], "memberships", "above-parent") == [
        (1, "value")
    ]
    assert _found([_figure("2018", 10**12)], "memberships", "above-parent") == []


# --- encodings and the cleaned copy ---------------------------------------------


@pytest.mark.parametrize("codec", ["utf-32-le", "utf-32-be"])
def test_utf_32_is_refused_with_advice_not_read_as_utf_16(tmp_path: Path, codec: str) -> None:
    """A UTF-32 file (whose LE byte order mark begins like UTF-16's) is refused by name."""
    path = tmp_path / "m.csv"
    path.write_bytes("\ufefforg_id,value,as_of\nrengo,1,2019\n".encode(codec))
    with pytest.raises(UnusableInputError, match="UTF-32 is not read; save the file as UTF-8"):
        validate(path, "memberships")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-8"])
def test_a_file_with_a_byte_order_mark_is_read_in_its_encoding(tmp_path: Path, codec: str) -> None:
    """UTF-8 and UTF-16 (both byte orders) with a BOM are read, names and all."""
    path = tmp_path / "m.csv"
    path.write_bytes("\ufefforg_id,value,as_of\n全労連,1,2019\n".encode(codec))
    report = validate(path, "memberships")
    assert report.rows == 1
    assert report.valid, report.render()


@pytest.mark.parametrize(("name", "separator"), [("clean.csv", ","), ("clean.tsv", "\t")])
def test_the_cleaned_table_starts_with_a_utf_8_bom_for_spreadsheets(
    tmp_path: Path, name: str, separator: str
) -> None:
    """Excel opens a CSV as UTF-8 only with a BOM: the cleaned CSV and TSV have one, once."""
    source = tmp_path / ("m.csv" if separator == "," else "m.tsv")
    source.write_text(
        separator.join(["org_id", "value", "as_of"])
        + "\n"
        + separator.join(["全労連", "1", "R1.10"])
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / name
    assert (
        cli.main(["validate", str(source), "--table", "memberships", "--normalize", str(out)]) == 0
    )
    data = out.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    assert not data[3:].startswith(codecs.BOM_UTF8)
    assert (
        data[3:].decode("utf-8")
        == separator.join(["org_id", "value", "as_of"])
        + "\n"
        + separator.join(["zenroren", "1", "2019-10"])
        + "\n"
    )


@pytest.mark.parametrize("name", ["m.json", "m.jsonl"])
def test_the_cleaned_json_has_no_bom(tmp_path: Path, name: str) -> None:
    """JSON forbids a BOM: the cleaned JSON and JSON Lines start with their first character."""
    source = tmp_path / name
    row = '{"org_id": "全労連", "value": 1, "as_of": "R1.10"}'
    source.write_text(f"[{row}]" if name.endswith(".json") else row + "\n", encoding="utf-8")
    out = tmp_path / ("clean" + source.suffix)
    validate(source, "memberships", normalize=out)
    data = out.read_bytes()
    assert data[:1] in (b"[", b"{")
    assert b'"zenroren"' in data
    assert b'"2019-10"' in data


# --- list cells -------------------------------------------------------------------


def test_a_list_cell_is_checked_item_by_item_and_normalised_as_a_whole(tmp_path: Path) -> None:
    """``HTTPS://A.Example.JP| https://b.jp`` is valid, reported as normalised, written cleaned."""
    source = tmp_path / "orgs.csv"
    source.write_text(
        "name_en,kind,websites\nA Union,other,HTTPS://A.Example.JP| https://b.jp\n"
        "B Union,other,https://c.jp\n",
        encoding="utf-8",
    )
    out = tmp_path / "clean.csv"
    report = validate(source, "organizations", normalize=out)
    assert report.valid, report.render()
    assert [(w.line, w.column, w.code) for w in report.warnings] == [(2, "websites", "normalized")]
    rows = out.read_text(encoding="utf-8-sig").splitlines()
    assert rows[1] == "A Union,other,https://a.example.jp|https://b.jp"
    assert rows[2] == "B Union,other,https://c.jp"


def test_a_list_cell_reports_its_first_bad_item() -> None:
    """With several bad items, the first is reported; names in a list resolve like single ids."""
    report = validate(
        [
            {
                "org_id": "rengo",
                "date": "2019",
                "kind": "campaign",
                "summary": "x",
                "related_org_ids": "全労連|UA ZENSEN",
            },
            {
                "org_id": "rengo",
                "date": "2019",
                "kind": "campaign",
                "summary": "y",
                "related_org_ids": "rengo|no-such-union|nor-this-one",
            },
        ],
        "events",
    )
    assert [(w.line, w.code) for w in report.warnings] == [(1, "name-resolved")]
    assert [(e.line, e.column, e.code) for e in report.errors] == [
        (2, "related_org_ids", "unknown-organization")
    ]
    assert report.errors[0].message == "no organisation 'no-such-union'"


# --- booleans ---------------------------------------------------------------------


def test_every_spelling_of_a_boolean_is_normalised_to_true_or_false(tmp_path: Path) -> None:
    """``yes``, ``Y``, ``1``, ``はい`` are true and ``no``, ``N``, ``0``, ``いいえ`` false; ``maybe`` is an error."""
    spellings = {
        "true": "true",
        "Yes": "true",
        "y": "true",
        "1": "true",
        "はい": "true",
        "FALSE": "false",
        "no": "false",
        "N": "false",
        "0": "false",
        "いいえ": "false",
    }
    source = tmp_path / "m.csv"
    source.write_text(
        "org_id,value,as_of,approximate\n"
        + "".join(f"rengo,{n},{2000 + n},{text}\n" for n, text in enumerate(spellings, start=1)),
        encoding="utf-8",
    )
    out = tmp_path / "clean.csv"
    report = validate(source, "memberships", normalize=out)
    assert report.valid, report.render()
    cleaned = [
        row.rsplit(",", 1)[1] for row in out.read_text(encoding="utf-8-sig").splitlines()[1:]
    ]
    assert cleaned == list(spellings.values())
    warned = {w.line for w in report.warnings if w.column == "approximate"}
    assert warned == {n for n, text in enumerate(spellings, start=2) if text != spellings[text]}
    bad = validate(
        [{"org_id": "rengo", "value": 1, "as_of": "2019", "approximate": "maybe"}], "memberships"
    )
    assert [(e.column, e.code) for e in bad.errors] == [("approximate", "boolean")]
