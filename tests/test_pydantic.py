"""jplabour.pydantic: field types that resolve names, read dates and counts, and describe themselves."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from fractions import Fraction
from typing import Annotated

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

import jplabour
from jplabour import strategies as js
from jplabour.formats import InvalidFormat, era_date, number
from jplabour.formats import count as count_format
from jplabour.model import PARTIAL_DATE_PATTERN, OrgKind, PartialDate
from jplabour.pydantic import AffiliateOf, Kind, MemberCount, OrgId, PartialDateStr
from jplabour.values import NAME_LIMIT

ORG = TypeAdapter(OrgId)
DATE = TypeAdapter(PartialDateStr)
COUNT = TypeAdapter(MemberCount)


class Union(BaseModel):
    """The issue's model: one field, union: OrgId."""

    union: OrgId


def _error(
    adapter: TypeAdapter[object], value: object, *, strict: bool = False
) -> dict[str, object]:
    with pytest.raises(ValidationError) as caught:
        adapter.validate_python(value, strict=strict)
    errors = caught.value.errors()
    assert len(errors) == 1
    return dict(errors[0])


# --------------------------------------------------------------------------- the issue's example


def test_a_name_becomes_the_id_and_an_ambiguous_name_lists_both_candidates() -> None:
    """The "Done when" of the issue: UA ZENSEN -> ua-zensen; Jichiroren refused naming both."""
    assert Union(union="UA ZENSEN").union == "ua-zensen"
    with pytest.raises(ValidationError) as caught:
        Union(union="Jichiroren")
    message = str(caught.value)
    assert "rengo-jichiroren" in message
    assert "zenroren-jichiroren" in message
    (error,) = caught.value.errors()
    assert error["type"] == "jplabour_ambiguous_name"
    assert error["loc"] == ("union",)
    assert error["ctx"]["candidates"] == ["rengo-jichiroren", "zenroren-jichiroren"]


def test_the_stored_value_is_an_org_id_with_its_record() -> None:
    """The field holds an OrgId (a str equal to the id) whose .organization is the record."""
    stored = Union(union="UA ZENSEN").union
    assert isinstance(stored, OrgId)
    assert isinstance(stored, str)
    assert stored.organization is jplabour.get("ua-zensen")
    assert Union(union="UA ZENSEN").model_dump() == {"union": "ua-zensen"}
    assert Union(union="UA ZENSEN").model_dump_json() == '{"union":"ua-zensen"}'
    assert type(Union(union="UA ZENSEN").model_dump()["union"]) is str


# --------------------------------------------------------------------------- OrgId


@given(name=js.organization_names())
def test_every_name_lookup_resolves_is_read_as_its_id(name: str) -> None:
    """OrgId reads whatever jplabour.lookup resolves to one organisation, in any spelling."""
    result = jplabour.lookup(name)
    assert ORG.validate_python(name) == result.matches[0].id


@given(name=js.ambiguous_names())
def test_every_ambiguous_name_is_refused_with_its_candidates(name: str) -> None:
    """A name that means several organisations is never resolved; ctx lists them all."""
    error = _error(ORG, name)
    expected = [org.id for org in jplabour.lookup(name).matches]
    assert error["ctx"]["candidates"] == expected  # type: ignore[index]
    for org_id in expected:
        assert org_id in str(error["msg"])


def test_an_unknown_name_suggests_the_closest_ids() -> None:
    """The suggestions are lookup's, in the message and in ctx."""
    error = _error(ORG, "Zenrorenn")
    assert error["type"] == "jplabour_unknown_organization"
    assert error["ctx"]["suggestions"] == list(jplabour.lookup("Zenrorenn").suggestions)  # type: ignore[index]
    assert "zenroren" in str(error["msg"])


@given(org_id=js.organization_ids())
def test_ids_pass_in_both_modes_and_records_in_lax_mode(org_id: str) -> None:
    """Every id is read as itself, strict or lax; a record gives its id in lax mode only."""
    assert ORG.validate_python(org_id) == org_id
    assert ORG.validate_python(org_id, strict=True) == org_id
    assert ORG.validate_json(json.dumps(org_id), strict=True) == org_id
    assert ORG.validate_python(jplabour.get(org_id)) == org_id
    assert _error(ORG, jplabour.get(org_id), strict=True)["type"] == "jplabour_wrong_type"


def test_strict_mode_refuses_a_name_and_says_which_id_to_write() -> None:
    """Strict mode reads ids only, like pydantic's own strict types."""
    error = _error(ORG, "UA ZENSEN", strict=True)
    assert error["type"] == "jplabour_name_not_id"
    assert "write ua-zensen" in str(error["msg"])
    assert _error(ORG, " rengo", strict=True)["type"] == "jplabour_name_not_id"
    ambiguous = _error(ORG, "Jichiroren", strict=True)
    assert ambiguous["type"] == "jplabour_ambiguous_name"
    candidates = ["rengo-jichiroren", "zenroren-jichiroren"]
    assert ambiguous["ctx"]["candidates"] == candidates  # type: ignore[index]
    unknown = _error(ORG, "Zenrorenn", strict=True)
    assert unknown["ctx"]["suggestions"] == list(jplabour.lookup("Zenrorenn").suggestions)  # type: ignore[index]

    class StrictUnion(BaseModel):
        model_config = ConfigDict(strict=True)
        union: OrgId

    assert StrictUnion(union="ua-zensen").union == "ua-zensen"
    with pytest.raises(ValidationError, match="write ua-zensen"):
        StrictUnion(union="UA ZENSEN")

    class FieldStrict(BaseModel):
        union: OrgId = Field(strict=True)

    with pytest.raises(ValidationError, match="strict mode"):
        FieldStrict(union="UA ZENSEN")


@pytest.mark.parametrize("value", [None, 1, 1.5, b"rengo", ["rengo"], {"id": "rengo"}])
def test_values_that_are_not_text_are_refused_in_both_modes(value: object) -> None:
    """Only text (or a record, in lax mode) is an organisation."""
    for strict in (False, True):
        assert _error(ORG, value, strict=strict)["type"] == "jplabour_wrong_type"


def test_name_length_boundary() -> None:
    """A name of NAME_LIMIT characters (after stripping) is looked up; one more is refused unread."""
    spaced = "r" + " " * (NAME_LIMIT - 5) + "engo"  # lookup ignores spaces
    assert ORG.validate_python(f"  {spaced}  ") == "rengo"
    error = _error(ORG, "r " + spaced[1:])
    assert error["type"] == "jplabour_unknown_organization"
    assert "longer than" in str(error["msg"])


def test_kind_narrows_the_ids_and_the_schema() -> None:
    """Kind(...) accepts organisations of the kinds given, by id or name, and lists only them."""
    federation = TypeAdapter(Annotated[OrgId, Kind(OrgKind.INDUSTRIAL_FEDERATION)])
    assert federation.validate_python("UA ZENSEN") == "ua-zensen"
    error = _error(federation, "rengo")
    assert error["type"] == "jplabour_organization_not_allowed"
    assert "industrial_federation" in str(error["msg"])
    enum = federation.json_schema()["enum"]
    assert enum == sorted(
        org.id
        for org in jplabour.DATASET.organizations
        if org.kind is OrgKind.INDUSTRIAL_FEDERATION
    )
    centres = TypeAdapter(Annotated[OrgId, Kind("national_centre", OrgKind.POLITICAL_PARTY)])
    assert centres.validate_python("rengo") == "rengo"
    with pytest.raises(ValueError, match="at least one"):
        Kind()
    with pytest.raises(ValueError, match="not_a_kind"):
        Kind("not_a_kind")


def test_affiliate_of_narrows_to_the_members_in_force_at_the_date() -> None:
    """AffiliateOf(parent, on=date) accepts what jplabour.affiliates lists then, and only that."""
    members = {link.member_id for link in jplabour.affiliates("rengo", "2019-10")}
    adapter = TypeAdapter(Annotated[OrgId, AffiliateOf("RENGO", on="2019-10")])
    assert set(adapter.json_schema()["enum"]) == members
    assert adapter.validate_python("UA ZENSEN") == "ua-zensen"
    error = _error(adapter, "zenroren")
    assert "not a member of rengo in 2019-10" in str(error["msg"])
    outside = sorted(org.id for org in jplabour.DATASET.organizations if org.id not in members)
    for org_id in outside:
        assert _error(adapter, org_id)["type"] == "jplabour_organization_not_allowed"
    ever_members = {link.member_id for link in jplabour.affiliates("zenroren")}
    ever = TypeAdapter(Annotated[OrgId, AffiliateOf("zenroren")])
    assert set(ever.json_schema()["enum"]) == ever_members
    # The date matters: a member Zenroren had at some time but not in October 2019 is refused.
    then = {link.member_id for link in jplabour.affiliates("zenroren", "2019-10")}
    dated = TypeAdapter(Annotated[OrgId, AffiliateOf("zenroren", on="2019-10")])
    assert set(dated.json_schema()["enum"]) == then
    not_then = sorted(ever_members - then)
    assert not_then, "the data should hold a Zenroren member not in force in 2019-10"
    assert ever.validate_python(not_then[0]) == not_then[0]
    assert _error(dated, not_then[0])["type"] == "jplabour_organization_not_allowed"


# --------------------------------------------------------------------------- PartialDateStr


@given(text=js.partial_dates())
def test_stored_dates_pass_in_both_modes(text: str) -> None:
    """YYYY[-MM[-DD]] of a calendar date is stored as it is, strict or lax."""
    assert DATE.validate_python(text) == text
    assert DATE.validate_python(text, strict=True) == text


@given(text=js.era_dates())
def test_era_dates_are_read_in_lax_mode_only(text: str) -> None:
    """An era date is the Gregorian date era_date reads; strict mode refuses it."""
    assert DATE.validate_python(text) == era_date.validate(text)
    assert _error(DATE, text, strict=True)["type"] == "jplabour_date"


@given(text=js.era_dates(valid=False))
def test_impossible_era_dates_are_refused(text: str) -> None:
    """An era date outside its era, year 0 or a fiscal year is a ValidationError."""
    _error(DATE, text)


@pytest.mark.parametrize(
    ("value", "stored"),
    [
        ("2019/10/1", "2019-10-01"),
        ("２０１９年１０月", "2019-10"),
        ("20191001", "2019-10-01"),
        ("2019/10/01 0:00", "2019-10-01"),
        ("令和元年10月", "2019-10"),
        ("H31.4.30", "2019-04-30"),
        (dt.date(2019, 10, 1), "2019-10-01"),
        (PartialDate(2019, 10), "2019-10"),
        (2019, "2019"),
    ],
)
def test_lax_mode_reads_what_the_validator_reads(value: object, stored: str) -> None:
    """Every spelling, a date, a PartialDate and a year as an int; strict mode refuses them."""
    assert DATE.validate_python(value) == stored
    _error(DATE, value, strict=True)


@pytest.mark.parametrize(
    "value",
    [
        "2019-02-29",
        "2019-13",
        "0000",
        "平成31年5月",
        "令和元年度",
        "",
        True,
        2019.0,
        None,
        dt.datetime(2019, 10, 1, tzinfo=dt.timezone.utc),
    ],
)
def test_dates_that_are_not_dates_are_refused(value: object) -> None:
    """No such day, no such era date, a fiscal year, a bool, a float, a datetime."""
    _error(DATE, value)


def test_date_boundaries() -> None:
    """2020-02-29 exists and 2019-02-29 does not; 平成31年4月30日 is Heisei's last day, 5月1日 is not."""
    assert DATE.validate_python("2020-02-29", strict=True) == "2020-02-29"
    _error(DATE, "2019-02-29", strict=True)
    assert DATE.validate_python("平成31年4月30日") == "2019-04-30"
    _error(DATE, "平成31年5月1日")
    assert DATE.validate_python("令和元年5月1日") == "2019-05-01"
    _error(DATE, "令和元年4月30日")
    assert DATE.validate_python("昭和64年1月7日") == "1989-01-07"
    _error(DATE, "昭和64年1月8日")
    for strict in (False, True):
        assert DATE.validate_python("0001", strict=strict) == "0001"
        _error(DATE, "0000", strict=strict)
        assert DATE.validate_python("9999-12-31", strict=strict) == "9999-12-31"
        _error(DATE, "10000", strict=strict)


# --------------------------------------------------------------------------- MemberCount


@pytest.mark.parametrize(
    ("value", "stored"),
    [
        ("1,767,000", 1767000),
        ("１，７６７，０００", 1767000),
        ("1,767,000人", 1767000),
        ("１７６７０００ 人", 1767000),
        ("48名", 48),
        (3.0, 3),
        (0, 0),
    ],
)
def test_counts_are_read_as_reports_print_them(value: object, stored: int) -> None:
    """Separators, full-width digits and 人 in lax mode; strict mode wants an int."""
    assert COUNT.validate_python(value) == stored
    if not isinstance(value, int):
        assert _error(COUNT, value, strict=True)["type"] == "jplabour_wrong_type"


def test_count_boundaries() -> None:
    """0 passes and -1 fails; the largest 18-digit count passes and the next fails; bools never."""
    assert COUNT.validate_python(0, strict=True) == 0
    assert _error(COUNT, -1)["type"] == "jplabour_signed"
    largest = 10**number.MAX_DIGITS - 1
    assert COUNT.validate_python(largest) == largest
    assert COUNT.validate_python(str(largest)) == largest
    assert _error(COUNT, largest + 1)["type"] == "jplabour_too_large"
    assert _error(COUNT, str(largest + 1))["type"] == "jplabour_too_large"
    for strict in (False, True):
        assert _error(COUNT, value=True, strict=strict)["type"] == "jplabour_wrong_type"
    assert _error(COUNT, 3.5)["type"] == "jplabour_wrong_type"
    assert _error(COUNT, "約1,000")["type"] == "jplabour_approximate"
    # The JSON Schema draws the same lines as the reader.
    schema = jsonschema.Draft202012Validator(COUNT.json_schema())
    assert [schema.is_valid(count) for count in (-1, 0, largest, largest + 1)] == [
        False,
        True,
        True,
        False,
    ]


def test_lax_mode_reads_whole_numbers_of_any_numeric_type() -> None:
    """As pydantic's int does: numpy's ints and floats, Decimal and Fraction, when whole.

    Rows from pandas and database drivers hold these; strict mode still wants an int.
    """
    numpy = pytest.importorskip("numpy")
    whole = [numpy.int64(5), numpy.uint8(5), numpy.float64(5.0), numpy.float32(5.0)]
    whole += [Decimal(5), Decimal("5.000"), Fraction(10, 2)]
    for value in whole:
        assert COUNT.validate_python(value) == 5, value
        assert type(COUNT.validate_python(value)) is int
        assert _error(COUNT, value, strict=True)["type"] == "jplabour_wrong_type"
    assert DATE.validate_python(numpy.int64(2019)) == "2019"
    for value in [numpy.int64(-1), Decimal(-1)]:
        assert _error(COUNT, value)["type"] == "jplabour_signed"
    assert _error(COUNT, numpy.int64(10**number.MAX_DIGITS))["type"] == "jplabour_too_large"
    for value in [
        numpy.True_,
        numpy.float64("nan"),
        numpy.float32("inf"),
        Decimal("5.5"),
        Decimal("NaN"),
        Decimal("sNaN"),
        Decimal("-Infinity"),
        Fraction(1, 2),
    ]:
        assert _error(COUNT, value)["type"] == "jplabour_wrong_type", value


@given(value=st.integers(min_value=0, max_value=10**number.MAX_DIGITS - 1))
def test_every_count_reads_back_from_its_printed_forms(value: int) -> None:
    """A count printed with separators, in full width and with 人 reads back as itself."""
    printed = f"{value:,}"
    for text in (
        printed,
        printed + "人",
        printed.translate(str.maketrans("0123456789,", "０１２３４５６７８９，")),
    ):
        assert COUNT.validate_python(text) == value


# --------------------------------------------------------------------------- JSON Schema


class Report(BaseModel):
    """A model as a user writes it."""

    union: OrgId
    federation: Annotated[OrgId, Kind(OrgKind.INDUSTRIAL_FEDERATION)] | None = None
    as_of: PartialDateStr
    members: MemberCount


def test_model_json_schema_describes_the_stored_forms() -> None:
    """The id enum, the partial-date pattern and a non-negative integer, with descriptions."""
    schema = Report.model_json_schema()
    properties = schema["properties"]
    assert properties["union"]["enum"] == sorted(org.id for org in jplabour.DATASET.organizations)
    assert properties["union"]["type"] == "string"
    assert "urn:jplabour:schema:vocabulary:org-id" in properties["union"]["description"]
    assert properties["as_of"]["pattern"] == PARTIAL_DATE_PATTERN
    assert properties["members"] == properties["members"] | {"type": "integer", "minimum": 0}
    assert schema["required"] == ["union", "as_of", "members"]
    jsonschema.Draft202012Validator.check_schema(schema)
    assert Report.model_json_schema(mode="serialization")["properties"]["union"]["enum"]


@given(
    union=js.organization_names(),
    as_of=js.era_dates() | js.partial_dates(),
    members=st.integers(0, 10**9).map("{:,}人".format),
)
def test_what_a_model_stores_is_valid_against_its_own_schema(
    union: str, as_of: str, members: str
) -> None:
    """A model read in lax mode dumps JSON that its schema accepts and strict mode reads back."""
    report = Report(union=union, as_of=as_of, members=members)
    dumped = report.model_dump(mode="json")
    jsonschema.validate(dumped, Report.model_json_schema())
    assert Report.model_validate_json(report.model_dump_json(), strict=True) == report


# --------------------------------------------------------------------------- junk and agreement

JUNK = st.one_of(
    st.text(max_size=30),
    st.text(alphabet="０１２３4,，人名年月日元令和平成HR./- 　約", max_size=12),
    st.binary(max_size=8),
    st.integers(),
    st.floats(),
    st.none(),
    st.booleans(),
    st.lists(st.integers(), max_size=2),
    st.dates(),
    st.datetimes(),
)


@given(value=JUNK, strict=st.booleans())
def test_junk_is_a_validation_error_never_a_crash(value: object, *, strict: bool) -> None:
    """Any Python value gives a stored value or a ValidationError, in either mode, for each type."""
    types = [_outcome(adapter, value, strict=strict) for adapter in (ORG, DATE, COUNT)]
    assert all(kind == "stored" or kind.startswith("jplabour_") for kind in types)


def _outcome(adapter: TypeAdapter[object], value: object, *, strict: bool) -> str:
    """The word stored, or the types of the pydantic errors, joined."""
    try:
        adapter.validate_python(value, strict=strict)
    except ValidationError as error:
        return " ".join(problem["type"] for problem in error.errors())
    return "stored"


@given(text=js.organization_names() | js.ambiguous_names() | st.text(max_size=12))
def test_org_id_agrees_with_the_validator(text: str) -> None:
    """OrgId reads a text as the id the validator's org_id column reads it as, or both refuse it."""
    report = jplabour.validate([{"org_id": text, "value": "1"}], "memberships")
    refused = any(issue.column == "org_id" for issue in report.errors)
    try:
        stored = ORG.validate_python(text)
    except ValidationError:
        assert refused or not text.strip()
    else:
        assert not refused
        named = [i for i in report.warnings if i.column == "org_id" and i.code == "name-resolved"]
        assert stored == text.strip() or (named and stored in named[0].message)


def test_the_benchmark_runs() -> None:
    """benchmarks/pydantic_types.py runs and prints both ratios (timings are not asserted)."""
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parent.parent / "benchmarks" / "pydantic_types.py"
    done = subprocess.run(
        [sys.executable, str(script), "--rows", "30"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode in (0, 1), done.stderr
    assert "on stored forms" in done.stdout
    assert "on messy rows" in done.stdout


def _validator_reading(table: str, row: dict[str, object], column: str) -> str | None:
    """What ``jplabour validate --normalize`` writes for the *column* cell of *row*, or None when it refuses it."""
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        source, target = Path(folder) / "in.jsonl", Path(folder) / "out.jsonl"
        source.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
        report = jplabour.validate(source, table, normalize=target)
        if any(issue.column == column for issue in report.errors):
            return None
        return str(json.loads(target.read_text(encoding="utf-8"))[column])


@given(
    text=js.era_dates()
    | js.era_dates(valid=False)
    | js.partial_dates()
    | st.text(alphabet="0123456789０１/-.年月日元令和平成度HRShr: ", max_size=14)
)
def test_partial_date_str_reads_what_the_validator_reads(text: str) -> None:
    """PartialDateStr accepts a text exactly when the validator's date columns do, as the same date."""
    row = {"id": "x", "name_en": "X", "kind": "other", "founded": text}
    expected = _validator_reading("organizations", row, "founded") if text.strip() else None
    try:
        stored = DATE.validate_python(text)
    except ValidationError:
        stored = None
    assert stored == expected


@given(
    text=st.integers(0, 10**19).map("{:,}".format)
    | st.integers(0, 10**6).map(str)
    | st.text(alphabet="0123456789０１,，人名約万. -", max_size=12)
)
def test_member_count_reads_what_the_validator_reads(text: str) -> None:
    """MemberCount accepts a text exactly when the validator's count column does, as the same count.

    Except an approximate figure (``約100``): the validator reads it into the
    table's ``approximate`` column, while an int cannot say so and is refused.
    """
    row = {"org_id": "zenroren", "value": text, "as_of": "2019"}
    expected = _validator_reading("memberships", row, "value") if text.strip() else None
    try:
        stored: int | None = COUNT.validate_python(text)
    except ValidationError:
        stored = None
    try:
        approximate = count_format.parse(text).approximate
    except InvalidFormat:
        approximate = False
    if approximate:
        assert stored is None
        return
    assert stored == (None if expected is None else int(expected))
