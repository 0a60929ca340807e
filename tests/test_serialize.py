"""Tests of jplabour.serialize: the JSON export contract."""

from __future__ import annotations

import json

import attrs

from jplabour.data import DATASET
from jplabour.model import TABLES, Citation, PartialDate, Unit
from jplabour.serialize import DATASET_NAME, dataset_to_document, json_value, record_to_dict


def test_document_has_the_contract_keys_and_every_table() -> None:
    """The document is {"dataset", "version", "data_version", "tables": {every table}}."""
    document = dataset_to_document(DATASET)
    assert document["dataset"] == DATASET_NAME
    assert set(document) == {"dataset", "version", "data_version", "tables"}
    assert list(document["tables"]) == list(TABLES)


def test_every_field_is_present_in_declaration_order() -> None:
    """Each record dict has every field of its type, in the model's order, null where unknown."""
    for name, record_type in TABLES.items():
        for record in DATASET.table(name):
            assert list(record_to_dict(record)) == [f.name for f in attrs.fields(record_type)]


def test_values_are_plain_json() -> None:
    """Dates are strings, enums their values, tuples lists, citations objects."""
    org = DATASET.organizations[0]
    row = record_to_dict(org)
    assert isinstance(row["kind"], str)
    assert type(row["kind"]) is str  # the enums are str subclasses: their value, not the member
    assert isinstance(row["citations"], list)
    assert set(row["citations"][0]) == {"source_id", "quote"}
    dated = next(o for o in DATASET.organizations if o.founded)
    assert record_to_dict(dated)["founded"] == str(dated.founded)
    assert json.loads(json.dumps(dataset_to_document(DATASET))) == dataset_to_document(DATASET)


def test_partial_dates_keep_their_precision() -> None:
    """A year stays '1989', a month '1989-11', a day '1989-11-21'."""
    for text in ("1989", "1989-11", "1989-11-21"):
        event = attrs.evolve(DATASET.events[0], date=PartialDate.parse(text))
        assert record_to_dict(event)["date"] == text


def test_json_value_converts_every_kind_of_field_value() -> None:
    """json_value: dates and enums as strings, tuples as lists, records as dicts, the rest as is."""
    citation = Citation(source_id="s", quote="q")
    assert json_value(PartialDate.parse("1989-11")) == "1989-11"
    assert json_value(Unit.PERSONS) == "persons"
    assert type(json_value(Unit.PERSONS)) is str  # Unit is a str subclass: == alone proves nothing
    assert json_value((Unit.PERSONS, (citation,))) == [
        "persons",
        [{"source_id": "s", "quote": "q"}],
    ]
    assert json_value(()) == []
    assert [json_value(v) for v in (None, 7, True, "x")] == [None, 7, True, "x"]
