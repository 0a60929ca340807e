"""Tests of jplabour.load: every export format reads back; junk is refused in one line."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jplabour import cli, export
from jplabour.checks import check
from jplabour.data import DATASET
from jplabour.errors import UnusableInputError
from jplabour.export import tables
from jplabour.load import MAX_LINE_CHARS, LoadResult, load_dataset
from jplabour.model import TABLES, Dataset
from jplabour.schema import RecordValidationError, record_from_dict
from jplabour.serialize import dataset_to_document
from strategies import datasets, mutated_record_dicts
from test_export import SAMPLE

#: Where load_dataset is pointed for each format, relative to the --out of the export.
_TARGETS = {"json": "export.json", "jsonl": ".", "csv": ".", "datapackage": "."}


def _round_trip(fmt: str, dataset: Dataset, directory: Path) -> LoadResult:
    out = directory / _TARGETS[fmt] if fmt == "json" else directory
    export.export(fmt, out, dataset)  # type: ignore[arg-type]
    return load_dataset(out)


def _has_empty_text(dataset: Dataset) -> bool:
    return any("" in row.values() for rows in tables(dataset).values() for row in rows)


def _exported(fmt: str, out: Path, dataset: Dataset) -> bool:
    """Export *dataset*; False when plain CSV refuses it, as it must when it holds an empty text."""
    if fmt in ("csv", "datapackage") and _has_empty_text(dataset):
        with pytest.raises(ValueError, match="an empty text, which plain CSV cannot tell"):
            export.export(fmt, out, dataset)  # type: ignore[arg-type]
        return False
    export.export(fmt, out, dataset)  # type: ignore[arg-type]
    return True


def _accepted(record_type: type[Any], data: dict[str, Any]) -> bool:
    try:
        record_from_dict(record_type, data)
    except RecordValidationError:
        return False
    return True


# --- Round trips ---------------------------------------------------------------


@pytest.mark.parametrize("fmt", export.FORMATS)
@pytest.mark.parametrize("name", ["embedded", "sample"])
def test_every_format_round_trips(tmp_path: Path, fmt: str, name: str) -> None:
    """Exporting the embedded data (and the awkward sample) and loading it back gives an equal Dataset."""
    dataset = DATASET if name == "embedded" else SAMPLE
    result = _round_trip(fmt, dataset, tmp_path)
    assert result.problems == ()
    assert result.ok
    assert result.format == fmt
    assert result.dataset == dataset


def test_datapackage_json_itself_loads(tmp_path: Path) -> None:
    """load_dataset accepts the datapackage.json path as well as its directory."""
    export.export("datapackage", tmp_path, SAMPLE)
    assert load_dataset(tmp_path / "datapackage.json").dataset == SAMPLE


@pytest.mark.parametrize("table", list(TABLES))
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_generated_datasets_round_trip_through_every_format(
    table: str, data: st.DataObject
) -> None:
    """Any valid records survive every format unchanged, and no --excel cell starts a formula.

    Plain CSV refuses a dataset with an empty text; spreadsheet-safe CSV takes any.
    """
    dataset = data.draw(datasets(table))
    with tempfile.TemporaryDirectory() as name:
        directory = Path(name)
        for fmt in export.FORMATS:
            out = directory / fmt / ("export.json" if fmt == "json" else "")
            if _exported(fmt, out, dataset):
                result = load_dataset(out)
                assert result.problems == (), fmt
                assert result.dataset == dataset, fmt
        export.export("csv", directory / "excel", dataset, excel=True)
        assert load_dataset(directory / "excel").dataset == dataset
        for csv_file in (directory / "excel").glob("*.csv"):
            with csv_file.open(encoding="utf-8-sig", newline="") as stream:
                for row in csv.reader(stream):
                    assert not [c for c in row if c.startswith(("=", "+", "-", "@", "\t", "\r"))]


@given(text=st.text())
def test_neutralisation_is_a_bijection(text: str) -> None:
    """Every text comes back from its --excel CSV cell; no cell starts with a formula character."""
    cell = export.encode_cell("string", text, excel=True)
    assert export.decode_cell("string", cell, excel=True) == text
    assert cell != ""
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))


# --- Record-level problems --------------------------------------------------


@pytest.mark.parametrize("table", list(TABLES))
@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_mutated_records_are_kept_or_reported_never_both(table: str, data: st.DataObject) -> None:
    """A record one change away from valid is either loaded as record_from_dict builds it or reported."""
    record = data.draw(mutated_record_dicts(TABLES[table]))
    with tempfile.TemporaryDirectory() as name:
        path = Path(name) / "d.json"
        path.write_text(json.dumps({"tables": {table: [record]}}), encoding="utf-8")
        result = load_dataset(path)
    if _accepted(TABLES[table], record):
        assert result.problems == ()
        assert result.dataset.table(table) == (record_from_dict(TABLES[table], record),)
    else:
        assert result.dataset == Dataset()
        assert result.problems
        assert {(p.table, p.index) for p in result.problems} == {(table, 0)}
        assert all("\n" not in p.one_line() for p in result.problems)


def _document(**tables: list[Any]) -> dict[str, Any]:
    document = dataset_to_document(SAMPLE)
    document["tables"].update(tables)
    return document


def _write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def test_invalid_records_become_problems(tmp_path: Path) -> None:
    """Valid records are kept; each invalid field of the others is one problem naming it."""
    people = dataset_to_document(SAMPLE)["tables"]["people"]
    bad = {**people[0], "id": "Bad Id", "given_name": ""}
    no_citations = {**people[0], "id": "ok-but-uncited", "citations": []}
    path = _write(tmp_path / "d.json", json.dumps(_document(people=[bad, *people, no_citations])))
    result = load_dataset(path)
    assert result.dataset.people == SAMPLE.people
    assert result.dataset.organizations == SAMPLE.organizations
    assert not result.ok
    found = {(p.table, p.index, p.record_id, p.field) for p in result.problems}
    assert found == {
        ("people", 0, "Bad Id", "id"),
        ("people", 0, "Bad Id", "given_name"),
        ("people", 2, "ok-but-uncited", "citations"),
    }
    line = result.problems[0].one_line()
    assert line.startswith(f"{path}: people[0] (Bad Id): id: ")
    assert "\n" not in line


def test_csv_problems_carry_the_line(tmp_path: Path) -> None:
    """A CSV cell that is not JSON, or a short row, is a problem with its file and line."""
    export.export("csv", tmp_path, SAMPLE)
    path = tmp_path / "people.csv"
    with path.open(encoding="utf-8", newline="") as stream:
        header, row = csv.reader(stream)
    row[header.index("printed_as")] = "[not json"
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream, lineterminator="\r\n").writerows([header, row, ["short", "row"]])
    result = load_dataset(tmp_path)
    assert [(p.index, p.line, p.field) for p in result.problems] == [
        (0, 2, "printed_as"),
        (1, 3, None),
    ]
    assert result.problems[0].message.startswith("the cell does not hold JSON")
    assert result.problems[1].record_id == "short"
    assert result.dataset.people == ()
    assert result.dataset.organizations == SAMPLE.organizations


def test_jsonl_problems_carry_the_line(tmp_path: Path) -> None:
    """A JSON Lines record with a wrong value is a problem with its line."""
    export.export("jsonl", tmp_path, SAMPLE)
    path = tmp_path / "memberships.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    record = json.loads(lines[1])
    record["value"] = "7"
    path.write_text(lines[0] + "\n\n" + json.dumps(record) + "\n", encoding="utf-8")
    (problem,) = load_dataset(tmp_path).problems
    assert (problem.table, problem.index, problem.line, problem.field) == (
        "memberships",
        1,
        3,
        "value",
    )


def test_missing_table_files_are_empty_tables(tmp_path: Path) -> None:
    """A directory with only some table files loads the others as empty."""
    export.export("jsonl", tmp_path, SAMPLE)
    for path in tmp_path.iterdir():
        if path.stem != "people":
            path.unlink()
    result = load_dataset(tmp_path)
    assert result.dataset == Dataset(people=SAMPLE.people)


# --- Unusable input --------------------------------------------------------------

_DEEP = "[" * 100_000 + "]" * 100_000


def _jsonl_dir(tmp_path: Path, line: str) -> Path:
    _write(tmp_path / "people.jsonl", line)
    return tmp_path


def _csv_dir(tmp_path: Path, content: str | bytes) -> Path:
    _write(tmp_path / "people.csv", content)
    return tmp_path


def _datapackage(tmp_path: Path, resources: Any) -> Path:
    export.export("datapackage", tmp_path, SAMPLE)
    descriptor = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    descriptor["resources"] = resources
    return _write(tmp_path / "datapackage.json", json.dumps(descriptor))


_PEOPLE_HEADER = "id,family_name,given_name,citations,title,printed_as"
#: (case, builder of the input under tmp_path, words the message must contain)
JUNK: list[tuple[str, Any, str]] = [
    ("missing", lambda d: d / "nothing.json", "no such file"),
    ("empty file", lambda d: _write(d / "e.json", ""), "empty file"),
    ("blank file", lambda d: _write(d / "e.json", " \n\t\n"), "empty file"),
    ("binary", lambda d: _write(d / "b.json", bytes(range(256)) * 4), "binary data"),
    ("not utf-8", lambda d: _write(d / "b.json", b'{"a": "\xff\xfe"}'), "not UTF-8"),
    (
        "truncated",
        lambda d: _write(d / "t.json", '{"dataset": "jplabour", "tables": {"peo'),
        "not JSON",
    ),
    ("deep nesting", lambda d: _write(d / "n.json", _DEEP), "nested too deeply"),
    (
        "deep nesting in a record",
        lambda d: _write(d / "n.json", '{"tables": {"people": [{"id": ' + _DEEP + "}]}}"),
        "nested too deeply",
    ),
    ("NaN", lambda d: _write(d / "n.json", '{"tables": {"memberships": [{"value": NaN}]}}'), "NaN"),
    ("duplicate key", lambda d: _write(d / "k.json", '{"tables": {}, "tables": {}}'), "twice"),
    (
        "number beyond a double",
        lambda d: _write(d / "n.json", '{"tables": {"memberships": [{"value": 1e999}]}}'),
        "not JSON: the number 1e999 is beyond the range of a double",
    ),
    (
        "half a surrogate pair",
        lambda d: _write(d / "s.json", '{"tables": {"people": [{"id": "\\udc80"}]}}'),
        "not JSON: half a surrogate pair (\\udc80) is not text",
    ),
    ("top-level array", lambda d: _write(d / "a.json", "[]"), "the top level is an array"),
    ("top-level string", lambda d: _write(d / "a.json", '"jplabour"'), "the top level is a string"),
    ("unknown key", lambda d: _write(d / "a.json", '{"tables": {}, "extra": 1}'), "extra"),
    (
        "key with a line break",
        lambda d: _write(d / "a.json", '{"tables": {}, "a\\nb": 1}'),
        "a\\nb",
    ),
    ("other dataset", lambda d: _write(d / "a.json", '{"dataset": "x", "tables": {}}'), "dataset"),
    ("no tables", lambda d: _write(d / "a.json", '{"dataset": "jplabour"}'), "tables: missing"),
    ("tables a list", lambda d: _write(d / "a.json", '{"tables": []}'), "an array, not an object"),
    (
        "table not a list",
        lambda d: _write(d / "a.json", '{"tables": {"people": {}}}'),
        "tables.people",
    ),
    (
        "record not an object",
        lambda d: _write(d / "a.json", '{"tables": {"people": [1]}}'),
        "tables.people[0]",
    ),
    (
        "unknown table",
        lambda d: _write(d / "a.json", '{"tables": {"unions": []}}'),
        "tables.unions",
    ),
    ("one csv file", lambda d: _write(d / "people.csv", _PEOPLE_HEADER), "holds one table"),
    ("empty directory", lambda d: d, "holds no datapackage.json"),
    (
        "unknown table file",
        lambda d: _write(d / "unions.csv", "id\r\n").parent,
        "not a jplabour table",
    ),
    (
        "csv and jsonl",
        lambda d: _write(_csv_dir(d, _PEOPLE_HEADER) / "errata.jsonl", "").parent,
        "both",
    ),
    ("empty csv", lambda d: _csv_dir(d, ""), "no header row"),
    ("wrong header", lambda d: _csv_dir(d, "id,name,name\r\n"), "wrong header"),
    ("unterminated quote", lambda d: _csv_dir(d, _PEOPLE_HEADER + '\r\n"x,y\r\n'), "not CSV"),
    (
        "huge cell",
        lambda d: _csv_dir(d, _PEOPLE_HEADER + "\r\n" + "x" * (MAX_LINE_CHARS + 1)),
        "a cell longer than 1,048,576 characters",
    ),
    (
        "huger cell",
        lambda d: _csv_dir(d, _PEOPLE_HEADER + "\r\n" + "界" * (2 * MAX_LINE_CHARS)),
        "a cell longer than 1,048,576 characters",
    ),
    ("binary csv", lambda d: _csv_dir(d, b"\x89PNG\r\n\x1a\n\0\0\0"), "not UTF-8"),
    ("nul in csv header", lambda d: _csv_dir(d, b"id\0,x\r\n"), "wrong header"),
    ("jsonl not json", lambda d: _jsonl_dir(d, '{"id": "a"}\n{"id": '), "not JSON"),
    ("jsonl array", lambda d: _jsonl_dir(d, "[1, 2]\n"), "not an array"),
    (
        "jsonl huge line",
        lambda d: _jsonl_dir(d, '"' + "x" * (MAX_LINE_CHARS + 1) + '"'),
        "line longer than 1,048,576 characters",
    ),
    ("jsonl deep", lambda d: _jsonl_dir(d, _DEEP), "nested too deeply"),
    ("resources not a list", lambda d: _datapackage(d, {}), "resources"),
    (
        "resource escapes",
        lambda d: _datapackage(d, [{"name": "people", "path": "../people.csv"}]),
        "relative local file",
    ),
    (
        "resource url",
        lambda d: _datapackage(d, [{"name": "people", "path": "https://x.test/p.csv"}]),
        "relative local file",
    ),
    (
        "resource inline",
        lambda d: _datapackage(d, [{"name": "people", "data": []}]),
        "relative local file",
    ),
    (
        "resource unknown",
        lambda d: _datapackage(d, [{"name": "unions", "path": "x.csv"}]),
        "not a jplabour table",
    ),
    (
        "resource twice",
        lambda d: _datapackage(d, [{"name": "people", "path": "people.csv"}] * 2),
        "listed twice",
    ),
    (
        "resource file missing",
        lambda d: _datapackage(d, [{"name": "people", "path": "gone.csv"}]),
        "cannot read",
    ),
]


@pytest.mark.parametrize(("case", "build", "words"), JUNK, ids=[case for case, _, _ in JUNK])
def test_unusable_input_is_one_clean_line(
    tmp_path: Path, case: str, build: Any, words: str
) -> None:
    """Junk raises UnusableInputError whose message is one line naming the path."""
    del case
    path = build(tmp_path)
    with pytest.raises(UnusableInputError) as caught:
        load_dataset(path)
    message = caught.value.one_line()
    assert "\n" not in message
    assert words in message
    assert str(tmp_path) in message
    assert len(message) < 400


# --- export, then `jplabour check` on the export, then load it back --------------------------


def _check_command(path: Path) -> tuple[int, dict[str, Any], str]:
    """`jplabour check PATH --format json`, in process: exit code, report, stderr."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = cli.main(["check", str(path), "--format", "json"])
    return status, json.loads(out.getvalue()) if out.getvalue() else {}, err.getvalue()


@pytest.mark.parametrize("fmt", export.FORMATS)
@pytest.mark.parametrize("name", ["embedded", "sample"])
def test_export_check_load_is_identical(tmp_path: Path, fmt: str, name: str) -> None:
    """Each format: export, `jplabour check` on it reports the data's own findings, load is equal.

    The embedded data passes (exit 0); no record fails to load (no 'schema' finding).
    """
    dataset = DATASET if name == "embedded" else SAMPLE
    out = tmp_path / _TARGETS[fmt] if fmt == "json" else tmp_path
    if name == "embedded":
        assert cli.main(["export", "--format", fmt, "--out", str(out)]) == 0
    else:
        export.export(fmt, out, dataset)  # type: ignore[arg-type]
    status, report, err = _check_command(out)
    assert err == ""
    expected = check(dataset).to_dict()
    assert report == expected
    assert status == (0 if expected["ok"] else 1)
    if name == "embedded":
        assert status == 0
    assert not [f for f in report["findings"] if f["check"] == "schema"]
    assert load_dataset(out).dataset == dataset


@pytest.mark.parametrize("table", ["memberships", "organizations", "events"])
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_generated_datasets_export_check_load(table: str, data: st.DataObject) -> None:
    """Any valid records: `jplabour check` on each export reports what check() does, load is equal."""
    dataset = data.draw(datasets(table))
    expected = check(dataset).to_dict()
    with tempfile.TemporaryDirectory() as name:
        for fmt in export.FORMATS:
            out = Path(name) / fmt / ("export.json" if fmt == "json" else "")
            if not _exported(fmt, out, dataset):
                continue
            status, report, err = _check_command(out)
            assert (status, err) == (0 if expected["ok"] else 1, ""), fmt
            assert report == expected, fmt
            assert load_dataset(out).dataset == dataset, fmt


# --- random bytes ----------------------------------------------------------------------------


@settings(max_examples=80, deadline=None)
@given(
    data=st.one_of(
        st.binary(max_size=2000),
        st.binary(max_size=200).map(lambda junk: b'{"tables": {"people": [' + junk),
        st.binary(max_size=200).map(lambda junk: b"id,family_name,given_name\r\n" + junk),
    ),
    name=st.sampled_from(["x.json", "datapackage.json", "people.csv", "people.jsonl"]),
    as_directory=st.booleans(),
)
def test_random_bytes_never_crash_load_or_check(data: bytes, name: str, as_directory: bool) -> None:
    """load_dataset and `jplabour check` on any bytes: a result or one clean line, exit 0/1/2."""
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / name
        path.write_bytes(data)
        target = Path(directory) if as_directory else path
        try:
            lines = [problem.one_line() for problem in load_dataset(target).problems]
        except UnusableInputError as error:
            lines = [error.one_line()]
        assert all("\n" not in line for line in lines)
        status, _, err = _check_command(target)
        assert status in (0, 1, 2)
        assert "Traceback" not in err
        assert err.count("\n") == (1 if status == 2 else 0)
        assert path.read_bytes() == data


def test_csv_cells_beyond_the_csv_modules_default_limit_load(tmp_path: Path) -> None:
    """A 200,000-character cell (above csv's default 131,072) loads, and the limit is restored."""
    import csv

    export.export("csv", tmp_path, DATASET)
    path = tmp_path / "organizations.csv"
    with path.open(newline="", encoding="utf-8") as stream:
        rows = list(csv.reader(stream))
    rows[1][rows[0].index("notes")] = "x" * 200_000
    with path.open("w", newline="", encoding="utf-8") as stream:
        csv.writer(stream, lineterminator="\r\n").writerows(rows)
    before = csv.field_size_limit()
    result = load_dataset(tmp_path)
    assert csv.field_size_limit() == before
    assert result.problems == ()
    assert result.dataset.organizations[0].notes == "x" * 200_000


def test_the_csv_limit_is_restored_before_records_are_validated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The process-wide csv field limit is raised only while a file is parsed, not meanwhile."""
    from jplabour import schema

    export.export("csv", tmp_path, SAMPLE)
    before = csv.field_size_limit()
    seen = []
    real = schema.record_from_dict

    def spying(record_type: type[Any], data: Any) -> Any:
        seen.append(csv.field_size_limit())
        return real(record_type, data)

    monkeypatch.setattr(schema, "record_from_dict", spying)
    assert load_dataset(tmp_path).dataset == SAMPLE
    assert seen
    assert set(seen) == {before}
