"""Edges of jplabour.load_dataset: how a path is recognised, headers, and the ids problems name.

Found by tools/mutation_score.py where test_load.py was silent; each test goes
through :func:`jplabour.load.load_dataset` only.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from jplabour import export
from jplabour.errors import UnusableInputError
from jplabour.load import load_dataset
from jplabour.serialize import dataset_to_document
from test_export import SAMPLE


def test_a_descriptor_under_another_name_is_still_read_as_a_data_package(tmp_path: Path) -> None:
    """A JSON file with ``resources`` is a data package descriptor whatever its name."""
    export.export("datapackage", tmp_path, SAMPLE)
    renamed = tmp_path / "jplabour-package.json"
    (tmp_path / "datapackage.json").rename(renamed)
    result = load_dataset(renamed)
    assert result.format == "datapackage"
    assert result.ok
    assert result.dataset.people == SAMPLE.people


def test_a_datapackage_json_without_resources_says_what_it_lacks(tmp_path: Path) -> None:
    """A file named ``datapackage.json`` is read as a descriptor, not as an export document."""
    path = tmp_path / "datapackage.json"
    path.write_text(json.dumps({"name": "jplabour"}), encoding="utf-8")
    with pytest.raises(
        UnusableInputError, match="a data package descriptor has a list of resources"
    ):
        load_dataset(path)


def test_a_json_document_is_read_as_json_not_as_a_data_package(tmp_path: Path) -> None:
    """An export document (no ``resources``) under any name is the ``json`` format."""
    path = tmp_path / "export.json"
    path.write_text(json.dumps(dataset_to_document(SAMPLE)), encoding="utf-8")
    result = load_dataset(path)
    assert result.format == "json"
    assert result.ok


@pytest.mark.parametrize("name", ["people.csv", "people.jsonl"])
def test_one_table_file_is_refused_pointing_at_its_directory(tmp_path: Path, name: str) -> None:
    """A single CSV or JSON Lines table file is not an export: give its directory."""
    export.export("jsonl" if name.endswith("jsonl") else "csv", tmp_path, SAMPLE)
    with pytest.raises(UnusableInputError, match="holds one table; give the directory"):
        load_dataset(tmp_path / name)
    assert load_dataset(tmp_path).ok


def test_a_csv_header_naming_a_column_twice_is_refused_as_a_duplicate(tmp_path: Path) -> None:
    """Each field is named exactly once: twice is ``duplicate``, with the expected header."""
    export.export("csv", tmp_path, SAMPLE)
    path = tmp_path / "people.csv"
    with path.open(encoding="utf-8", newline="") as stream:
        header, *rows = list(csv.reader(stream))
    doubled = [*header, "title"]
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream, lineterminator="\r\n").writerows(
            [doubled, *([*row, row[header.index("title")]] for row in rows)]
        )
    with pytest.raises(UnusableInputError, match=r"wrong header \(duplicate 'title'\)") as caught:
        load_dataset(tmp_path)
    assert str(caught.value).startswith(f"{path}:1: wrong header")


@pytest.mark.parametrize("bad_id", ["", 12, None])
def test_a_problem_names_only_a_string_id(tmp_path: Path, bad_id: object) -> None:
    """A record whose id is empty or not a string is reported without an id, never ``12`` or ``''``."""
    people = dataset_to_document(SAMPLE)["tables"]["people"]
    path = tmp_path / "d.json"
    document = {"dataset": "jplabour", "tables": {"people": [{**people[0], "id": bad_id}]}}
    path.write_text(json.dumps(document), encoding="utf-8")
    result = load_dataset(path)
    assert result.problems
    assert {problem.record_id for problem in result.problems} == {None}
    assert all("(" not in problem.one_line().split(": ")[1] for problem in result.problems)


@pytest.mark.parametrize("fmt", ["json", "jsonl", "datapackage"])
def test_json_files_saved_with_a_utf8_bom_load(tmp_path: Path, fmt: str) -> None:
    """Editors on Windows add a BOM to JSON and JSON Lines files: it is not part of the text."""
    out = tmp_path / "export.json" if fmt == "json" else tmp_path
    export.export(fmt, out, SAMPLE)  # type: ignore[arg-type]
    for path in [out] if fmt == "json" else [*tmp_path.glob("*.json"), *tmp_path.glob("*.jsonl")]:
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    result = load_dataset(out)
    assert result.ok, result.problems
    assert result.dataset.people == SAMPLE.people


def _error(path: Path) -> str:
    with pytest.raises(UnusableInputError) as caught:
        load_dataset(path)
    return str(caught.value)


def test_an_unusable_file_names_the_line_of_its_fault(tmp_path: Path) -> None:
    """A NUL byte, bytes that are not UTF-8 and broken JSON are each reported at their own line."""
    nul = tmp_path / "nul.json"
    nul.write_bytes(b'{\n"tables":\n{"people": [\x00]}}\n')
    assert _error(nul).startswith(f"{nul}:3: binary data")
    latin = tmp_path / "latin.json"
    latin.write_bytes(b'{\n"tables": {},\n"dataset": "caf\xe9"}\n')
    assert _error(latin).startswith(f"{latin}:3: not UTF-8")
    broken = tmp_path / "broken.json"
    broken.write_text('{\n"tables": {\n"people": [,]}}\n', encoding="utf-8")
    assert _error(broken).startswith(f"{broken}:3: not JSON")


def test_a_jsonl_line_that_is_not_json_is_named_by_its_line(tmp_path: Path) -> None:
    """The line of a JSON Lines file, not the line inside the one-line JSON text."""
    export.export("jsonl", tmp_path, SAMPLE)
    path = tmp_path / "people.jsonl"
    first = path.read_text(encoding="utf-8").splitlines()[0]
    path.write_text(f"{first}\n\n{{broken\n", encoding="utf-8")
    assert _error(tmp_path).startswith(f"{path}:3: not JSON")


def test_a_csv_quoting_error_is_named_by_its_line(tmp_path: Path) -> None:
    """A stray quote in a CSV cell is ``not CSV`` at the line the csv module stopped on."""
    export.export("csv", tmp_path, SAMPLE)
    path = tmp_path / "people.csv"
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    path.write_text("\r\n".join([lines[0], lines[1], 'a"b,"c"d', ""]), encoding="utf-8")
    assert _error(tmp_path).startswith(f"{path}:3: not CSV")


def test_a_spreadsheet_safe_csv_export_reads_back_exactly(tmp_path: Path) -> None:
    """The CSV export (with its BOM, and formulas neutralised) loads back as the same records."""
    export.export("csv", tmp_path, SAMPLE)
    assert load_dataset(tmp_path).dataset == SAMPLE
