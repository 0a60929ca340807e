"""Tests of jplabour.export: the four formats, the data package, atomic writes, the API."""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest

from jplabour import cli, export
from jplabour.cli import export as export_command
from jplabour.data import DATASET
from jplabour.errors import UnusableInputError
from jplabour.model import (
    TABLES,
    Affiliation,
    AffiliationStatus,
    AmbiguousName,
    Citation,
    Counted,
    Dataset,
    Erratum,
    Event,
    EventKind,
    Membership,
    Organization,
    OrgKind,
    Person,
    Position,
    Role,
    Source,
    Succession,
    SuccessionKind,
    Unit,
)
from jplabour.serialize import dataset_to_document

_CITE = (Citation(source_id="src-a", quote='He said "yes", then, no; =1+1'),)

#: A small, referentially sound dataset with every table filled and awkward values:
#: E.164 numbers, texts that look like formulas or begin with quotes, an empty text,
#: line breaks, Japanese, empty and non-empty lists, dates of each precision.
SAMPLE = Dataset(
    sources=(
        Source(
            id="src-a",
            title='=HYPERLINK("http://evil.example")',
            file="a.md",
            language="en",
            covers="-everything, @all",
            publisher=" ",
            published="2019-10",
            url="https://example.org/a",
            urls_stated=("https://example.org/a", "https://example.org/b?x=1"),
        ),
        Source(id="src-b", title="'quoted'", file="b.md", language="ja", covers="\tTabbed\r\nCRLF"),
    ),
    organizations=(
        Organization(
            id="org-a",
            name_en="Japanese Trade Union Confederation",
            kind=OrgKind.NATIONAL_CENTRE,
            citations=_CITE,
            abbreviation="RENGO",
            aliases=("Rengō", "JTUC"),
            name_ja="日本労働組合総連合会",
            founded="1989-11-21",
            postal_code="101-0062",
            phone="+81352950526",
            fax="+81352950548",
            email="-info@example.org",
            websites=("https://example.org",),
            notes="'=already quoted",
        ),
        Organization(id="org-b", name_en="+Plus", kind=OrgKind.OTHER, citations=_CITE, notes="'"),
    ),
    ambiguous_names=(
        AmbiguousName(id="amb", name="Zenroren", org_ids=("org-a", "org-b"), citations=_CITE),
    ),
    affiliations=(
        Affiliation(
            id="aff",
            member_id="org-b",
            parent_id="org-a",
            status=AffiliationStatus.AFFILIATE,
            citations=_CITE,
            since="1990",
            rank=1,
            end_reason="@merged",
        ),
    ),
    memberships=(
        Membership(
            id="mem-a",
            org_id="org-a",
            value=7000000,
            unit=Unit.PERSONS,
            citations=_CITE,
            approximate=True,
            as_of="2019",
        ),
        Membership(
            id="mem-b",
            org_id="org-b",
            value=0,
            unit=Unit.ORGANISATIONS,
            citations=_CITE,
            counted=Counted.AFFILIATES,
        ),
    ),
    successions=(
        Succession(
            id="suc",
            predecessor_id="org-b",
            successor_id="org-a",
            kind=SuccessionKind.MERGER,
            citations=_CITE,
        ),
    ),
    people=(
        Person(
            id="kozu-rikio",
            family_name="Kozu",
            given_name="Rikio",
            citations=_CITE,
            title="Mr.",
            printed_as=("Rikio KOZU", "KOZU Rikio"),
        ),
    ),
    positions=(
        Position(
            id="pos",
            person_id="kozu-rikio",
            org_id="org-a",
            role=Role.PRESIDENT,
            citations=_CITE,
            home_org_id="org-b",
            sequence=2,
        ),
    ),
    events=(
        Event(
            id="evt",
            org_id="org-a",
            date="1989-11",
            kind=EventKind.FOUNDING,
            summary="Founded.\nSecond line",
            citations=_CITE,
            related_org_ids=("org-b",),
        ),
    ),
    errata=(
        Erratum(
            id="err",
            source_id="src-a",
            quote="RENGU",
            problem="A typo.",
            resolution="Kept as an alias.",
            record_ids=("org-a",),
        ),
    ),
)

_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def _namespace(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    export_command.configure(parser)
    return parser.parse_args(argv)


def _csv_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.reader(stream))


def _frictionless_errors(descriptor: Path) -> list[Any]:
    frictionless = pytest.importorskip("frictionless")
    report = frictionless.validate(str(descriptor))
    return [] if report.valid else report.flatten(["rowNumber", "fieldName", "type", "note"])


# --- JSON ---------------------------------------------------------------------


def test_json_to_stdout_is_the_document(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    """Without --out the document is printed: UTF-8, not ASCII-escaped, indent 2, one final newline."""
    assert export_command.run(_namespace("--format", "json")) == 0
    out = capsysbinary.readouterr().out
    assert out.endswith(b"}\n")
    assert not out.endswith(b"\n\n")
    document = json.loads(out.decode("utf-8"))
    assert document == dataset_to_document(DATASET)
    assert out.startswith(b'{\n  "dataset": "jplabour",\n')
    assert list(document["tables"]) == list(TABLES)


def test_json_file_keeps_japanese_unescaped(tmp_path: Path) -> None:
    """--out writes the same document to a file; Japanese stays as UTF-8, not escaped."""
    out = tmp_path / "export.json"
    assert export.export("json", out, SAMPLE) == [out]
    text = out.read_text(encoding="utf-8")
    assert "日本労働組合総連合会" in text
    assert "\\u" not in text
    assert json.loads(text) == dataset_to_document(SAMPLE)


def test_json_export_is_stable(tmp_path: Path) -> None:
    """Exporting twice gives byte-identical files."""
    first, second = tmp_path / "1.json", tmp_path / "2.json"
    export.export("json", first, SAMPLE)
    export.export("json", second, SAMPLE)
    assert first.read_bytes() == second.read_bytes()


# --- JSON Lines ------------------------------------------------------------


def test_jsonl_has_one_file_per_table_and_one_record_per_line(tmp_path: Path) -> None:
    """Each table is <table>.jsonl with one JSON object per line, the rows of the JSON export."""
    written = export.export("jsonl", tmp_path, SAMPLE)
    assert sorted(p.name for p in written) == sorted(f"{t}.jsonl" for t in TABLES)
    rows = export.tables(SAMPLE)
    for table in TABLES:
        lines = (tmp_path / f"{table}.jsonl").read_text(encoding="utf-8").splitlines()
        assert [json.loads(line) for line in lines] == rows[table]


# --- CSV -------------------------------------------------------------------


def test_csv_header_is_the_field_names_in_order(tmp_path: Path) -> None:
    """The header row of each table is its model's field names in declaration order."""
    export.export("csv", tmp_path, SAMPLE)
    for table, record_type in TABLES.items():
        rows = _csv_rows(tmp_path / f"{table}.csv")
        assert rows[0] == [f.name for f in attrs.fields(record_type)]
        assert len(rows) == 1 + len(SAMPLE.table(table))


def test_csv_is_utf8_without_bom_with_crlf(tmp_path: Path) -> None:
    """CSV files are UTF-8 without a BOM, and records end in CRLF."""
    export.export("csv", tmp_path, SAMPLE)
    data = (tmp_path / "organizations.csv").read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    assert data.endswith(b"\r\n")
    assert "日本労働組合総連合会".encode() in data


def test_csv_cell_encoding(tmp_path: Path) -> None:
    """Lists and citations are JSON arrays, None is empty, booleans are true/false."""
    export.export("csv", tmp_path, SAMPLE)
    header, rengo, other = _csv_rows(tmp_path / "organizations.csv")
    cells = dict(zip(header, rengo, strict=True))
    assert cells["aliases"] == '["Rengō", "JTUC"]'
    assert json.loads(cells["citations"]) == [attrs.asdict(c) for c in _CITE]
    assert cells["founded"] == "1989-11-21"
    assert cells["name_romaji"] == ""
    assert dict(zip(header, other, strict=True))["websites"] == "[]"
    header, first, second = _csv_rows(tmp_path / "memberships.csv")
    assert dict(zip(header, first, strict=True))["approximate"] == "true"
    assert dict(zip(header, second, strict=True))["approximate"] == "false"


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        ("+81352950526", "'+81352950526"),
        ("=SUM(A1:A2)", "'=SUM(A1:A2)"),
        ("-1", "'-1"),
        ("@all", "'@all"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("'=x", "''=x"),
        ("", "'"),
        ("'", "''"),
        ("O'Brien", "O'Brien"),
        ("'quoted'", "'quoted'"),
        ("a=b", "a=b"),
    ],
)
def test_formula_neutralisation_is_reversible(text: str, cell: str) -> None:
    """With --excel, a text that a spreadsheet could run gets one leading quote, which loading strips."""
    assert export.encode_cell("string", text, excel=True) == cell
    assert export.decode_cell("string", cell, excel=True) == text
    # Plain CSV writes and reads every text as it is.
    assert export.encode_cell("string", text) == text
    assert export.decode_cell("string", cell) == cell


def test_no_excel_csv_cell_starts_a_formula(tmp_path: Path) -> None:
    """No cell of the --excel CSV export of the awkward sample starts with =, +, -, @, tab or CR."""
    export.export("csv", tmp_path, SAMPLE, excel=True)
    for table in TABLES:
        path = tmp_path / f"{table}.csv"
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # so that Excel reads UTF-8
        with path.open(encoding="utf-8-sig", newline="") as stream:
            for row in csv.reader(stream):
                assert not [cell for cell in row if cell.startswith(_TRIGGERS)], table
    with (tmp_path / "organizations.csv").open(encoding="utf-8-sig", newline="") as stream:
        header, rengo, other = list(csv.reader(stream))
    assert dict(zip(header, rengo, strict=True))["phone"] == "'+81352950526"
    assert dict(zip(header, other, strict=True))["notes"] == "''"


def test_plain_csv_keeps_every_text_as_it_is(tmp_path: Path) -> None:
    """The default CSV holds the values themselves: the phone number, not a quoted form."""
    export.export("csv", tmp_path, SAMPLE)
    header, rengo, other = _csv_rows(tmp_path / "organizations.csv")
    assert dict(zip(header, rengo, strict=True))["phone"] == "+81352950526"
    assert dict(zip(header, other, strict=True))["notes"] == "'"


def test_plain_csv_refuses_an_empty_text(tmp_path: Path) -> None:
    """An empty text would read back as no value: plain CSV refuses it, --excel writes it."""
    dataset = attrs.evolve(SAMPLE, sources=(attrs.evolve(SAMPLE.sources[0], publisher=""),))
    with pytest.raises(ValueError, match=r"sources.csv: src-a, field publisher: an empty text"):
        export.export("csv", tmp_path / "plain", dataset)
    assert not (tmp_path / "plain").exists()
    export.export("csv", tmp_path / "excel", dataset, excel=True)
    with (tmp_path / "excel" / "sources.csv").open(encoding="utf-8-sig", newline="") as stream:
        header, row = list(csv.reader(stream))
    assert dict(zip(header, row, strict=True))["publisher"] == "'"


def test_excel_is_for_csv_only(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """--excel with another format is a one-line usage error."""
    from jplabour import cli

    assert cli.main(["export", "--format", "jsonl", "--excel", "--out", str(tmp_path)]) == 2
    assert capsys.readouterr().err == (
        "jplabour export: error: --excel applies to --format csv only\n"
    )
    assert list(tmp_path.iterdir()) == []


# --- Data package ------------------------------------------------------------


def test_datapackage_of_the_embedded_data_validates(tmp_path: Path) -> None:
    """Frictionless validate passes on the data package of the embedded data."""
    export.export("datapackage", tmp_path)
    assert _frictionless_errors(tmp_path / export.DATAPACKAGE_FILE) == []


def test_datapackage_of_the_sample_validates(tmp_path: Path) -> None:
    """Frictionless validate passes on the sample: neutralised phones, empty texts, foreign keys."""
    export.export("datapackage", tmp_path, SAMPLE)
    assert _frictionless_errors(tmp_path / export.DATAPACKAGE_FILE) == []


def test_frictionless_catches_a_broken_foreign_key_and_pattern(tmp_path: Path) -> None:
    """The table schemas have teeth: a dangling person_id and a bad phone are reported."""
    export.export("datapackage", tmp_path, SAMPLE)
    for name, column, value in (
        ("positions", "person_id", "nobody"),
        ("organizations", "phone", "+0"),
    ):
        rows = _csv_rows(tmp_path / f"{name}.csv")
        rows[1][rows[0].index(column)] = value
        with (tmp_path / f"{name}.csv").open("w", encoding="utf-8", newline="") as stream:
            csv.writer(stream, lineterminator="\r\n").writerows(rows)
    kinds = {error[2] for error in _frictionless_errors(tmp_path / export.DATAPACKAGE_FILE)}
    assert kinds == {"foreign-key", "constraint-error"}


def test_table_schemas_follow_the_model() -> None:
    """Types, constraints, keys and descriptions come from the model metadata."""
    resources = {r["name"]: r for r in export.datapackage_descriptor(SAMPLE)["resources"]}
    assert list(resources) == list(TABLES)
    fields = {f["name"]: f for f in resources["memberships"]["schema"]["fields"]}
    assert fields["value"]["type"] == "integer"
    assert fields["value"]["constraints"] == {"required": True, "minimum": 0}
    assert fields["approximate"]["type"] == "boolean"
    assert fields["as_of"]["constraints"]["pattern"]
    date = fields["as_of"]["constraints"]["pattern"]  # Table Schema patterns match whole cells
    assert all(re.fullmatch(date, cell) for cell in ("1989", "1989-11", "1989-11-21"))
    assert not any(re.fullmatch(date, cell) for cell in ("1989-13", "x1989", "1989x", "89"))
    assert "required" not in fields["as_of"].get("constraints", {})
    assert fields["unit"]["constraints"]["enum"] == [u.value for u in Unit]
    assert "JSON array of objects" in fields["citations"]["description"]
    positions = resources["positions"]["schema"]
    assert positions["primaryKey"] == ["id"]
    assert {fk["fields"][0] for fk in positions["foreignKeys"]} == {
        "person_id",
        "org_id",
        "home_org_id",
    }
    events = {f["name"]: f for f in resources["events"]["schema"]["fields"]}
    assert "cannot be foreign keys" in events["related_org_ids"]["description"]
    assert "foreignKeys" not in resources["ambiguous_names"]["schema"]


# --- Atomic writes and refusals ----------------------------------------------


def _no_temporaries(directory: Path) -> bool:
    return not [p for p in directory.iterdir() if p.name.endswith(".tmp")]


def test_a_failed_write_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failure while writing the fourth file names it, and leaves no target and no temporary."""
    calls = []

    def failing_fsync(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 4:
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    out = tmp_path / "out"
    with pytest.raises(UnusableInputError, match=r"/out/\w+\.csv: cannot write: No space left"):
        export.export("csv", out, SAMPLE)
    assert list(out.iterdir()) == []


def test_a_failed_write_keeps_the_previous_export(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Over a previous export, a failed write leaves every old file as it was."""
    export.export("datapackage", tmp_path, SAMPLE)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}

    def failing_fsync(fd: int) -> None:
        raise OSError(5, f"Input/output error on {fd}")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(UnusableInputError, match="cannot write: Input/output"):
        export.export("datapackage", tmp_path, Dataset())
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_a_failed_replace_removes_the_remaining_temporaries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If moving a file into place fails, no temporary file is left behind."""
    real_replace = Path.replace
    moved = []

    def failing_replace(self: Path, target: Path) -> Path:
        if moved:
            raise OSError(18, "Invalid cross-device link")
        moved.append(target)
        return real_replace(self, target)

    monkeypatch.setattr(Path, "replace", failing_replace)
    with pytest.raises(UnusableInputError, match="cannot write: Invalid cross-device"):
        export.export("jsonl", tmp_path, SAMPLE)
    assert _no_temporaries(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == [moved[0].name]


def test_a_foreign_file_is_never_overwritten(tmp_path: Path) -> None:
    """An existing file that is not a previous export of the same file is refused and kept."""
    foreign = tmp_path / "notes.json"
    foreign.write_text('{"mine": true}\n', encoding="utf-8")
    with pytest.raises(UnusableInputError, match="not written by jplabour: refusing to replace"):
        export.export("json", foreign, SAMPLE)
    assert foreign.read_text(encoding="utf-8") == '{"mine": true}\n'
    (tmp_path / "people.csv").write_text("name,phone\r\n", encoding="utf-8")
    with pytest.raises(UnusableInputError, match=r"people\.csv"):
        export.export("csv", tmp_path, SAMPLE)
    assert not (tmp_path / "sources.csv").exists()


def test_a_previous_export_is_overwritten(tmp_path: Path) -> None:
    """Exporting again over an export, or into empty files, works for every format."""
    for fmt in ("jsonl", "csv", "datapackage"):
        (tmp_path / fmt).mkdir()
        (tmp_path / fmt / "people.csv").touch()
        export.export(fmt, tmp_path / fmt, Dataset())
        export.export(fmt, tmp_path / fmt, SAMPLE)
        assert _no_temporaries(tmp_path / fmt)
    export.export("json", tmp_path / "x.json", Dataset())
    export.export("json", tmp_path / "x.json", SAMPLE)
    assert json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))["tables"]["errata"]


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "datapackage"])
def test_directory_formats_need_a_directory(
    tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """jsonl, csv and datapackage refuse a missing --out and a file as --out."""
    assert cli.main(["export", "--format", fmt]) == 2
    assert capsys.readouterr().err == (
        f"jplabour export: error: --format {fmt} writes one file per table: give --out DIRECTORY\n"
    )
    file = tmp_path / "file"
    file.write_text("x", encoding="utf-8")
    with pytest.raises(UnusableInputError, match="needs a directory"):
        export.export(fmt, file, SAMPLE)


# --- Command line and Python API ---------------------------------------------


@pytest.mark.parametrize("fmt", export.FORMATS)
def test_run_command_writes_the_files(tmp_path: Path, fmt: str) -> None:
    """Export --format F --out PATH exits 0 and writes the format's files."""
    out = tmp_path / ("export.json" if fmt == "json" else "out")
    assert export_command.run(_namespace("--format", fmt, "--out", str(out))) == 0
    expected = {
        "json": {"export.json"},
        "jsonl": {f"{t}.jsonl" for t in TABLES},
        "csv": {f"{t}.csv" for t in TABLES},
        "datapackage": {f"{t}.csv" for t in TABLES} | {"datapackage.json"},
    }[fmt]
    found = {out.name} if fmt == "json" else {p.name for p in out.iterdir()}
    assert found == expected


def test_cli_main_exports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`jplabour export --format csv --out DIR` through the dispatcher exits 0; a bad --out exits 2."""
    from jplabour import cli

    assert cli.main(["export", "--format", "csv", "--out", str(tmp_path)]) == 0
    assert (tmp_path / "organizations.csv").is_file()
    assert cli.main(["export", "--format", "csv"]) == 2
    assert "--out DIRECTORY" in capsys.readouterr().err


def test_tables_are_the_rows_of_the_json_export() -> None:
    """tables() gives each table's rows exactly as the JSON document holds them."""
    assert export.tables() == dataset_to_document(DATASET)["tables"]
    assert export.tables(SAMPLE) == dataset_to_document(SAMPLE)["tables"]


def test_to_pandas_builds_a_frame() -> None:
    """With pandas installed, to_pandas gives one column per field and nullable integers."""
    pytest.importorskip("pandas")
    frame = export.to_pandas("affiliations", SAMPLE)
    assert list(frame.columns) == [f.name for f in attrs.fields(Affiliation)]
    assert str(frame["rank"].dtype) == "Int64"
    assert frame.loc[0, "member_id"] == "org-b"
    assert len(export.to_pandas("errata")) == len(DATASET.errata)


def test_to_pandas_without_pandas_names_the_dependency(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without pandas, to_pandas raises an ImportError that says to install pandas."""
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"optional dependency.*pip install 'jplabour\[pandas\]'"):
        export.to_pandas("organizations", SAMPLE)


def test_to_polars_without_polars_names_the_dependency(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without polars, to_polars raises an ImportError that says to install the extra."""
    monkeypatch.setitem(sys.modules, "polars", None)
    with pytest.raises(ImportError, match=r"optional dependency.*pip install 'jplabour\[polars\]'"):
        export.to_polars("organizations", SAMPLE)


def test_stdout_without_a_binary_buffer(monkeypatch: pytest.MonkeyPatch) -> None:
    """The JSON document is printed also to a text stream without a byte buffer."""
    stream = io.StringIO()
    monkeypatch.setattr(sys, "stdout", stream)
    assert cli.main(["export"]) == 0
    assert json.loads(stream.getvalue()) == dataset_to_document(DATASET)
