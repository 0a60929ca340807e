"""Tests of the curated records in jplabour.data: provenance, identity, references."""

from __future__ import annotations

import attrs
import pytest

from jplabour.data import DATASET
from jplabour.model import TABLES
from jplabour.provenance import quote_found, seed_texts_by_source

TEXTS = seed_texts_by_source()
ALL_RECORDS = [(name, r) for name in TABLES for r in DATASET.table(name)]
CITED = [(name, r) for name, r in ALL_RECORDS if hasattr(r, "citations")]


def _rid(item: tuple[str, object]) -> str:
    return f"{item[0]}:{getattr(item[1], 'id', '?')}"


@pytest.mark.parametrize(("table", "record"), CITED, ids=[_rid(i) for i in CITED])
def test_every_quote_is_verbatim_in_its_source(table: str, record: object) -> None:
    """Each citation's quote stands verbatim (white space folded) in the cited file."""
    for citation in record.citations:  # type: ignore[attr-defined]
        assert citation.source_id in TEXTS, f"{table}:{record.id} cites unknown {citation.source_id}"  # type: ignore[attr-defined]
        assert quote_found(citation.quote, TEXTS[citation.source_id]), (
            f"{table}:{record.id}: quote not in {citation.source_id}: {citation.quote!r}"  # type: ignore[attr-defined]
        )


@pytest.mark.parametrize("table", list(TABLES))
def test_ids_are_unique_and_sorted(table: str) -> None:
    """Every table is sorted by id, with no id twice."""
    ids = [r.id for r in DATASET.table(table)]
    assert ids == sorted(set(ids))


def test_every_reference_resolves() -> None:
    """Every *_id field names a record of the table its metadata says."""
    ids = {name: {r.id for r in DATASET.table(name)} for name in TABLES}
    for table, record in ALL_RECORDS:
        for field in attrs.fields(type(record)):
            target = field.metadata.get("ref")
            if target is None:
                continue
            value = getattr(record, field.name)
            values = value if isinstance(value, tuple) else (value,)
            for v in values:
                if v is not None:
                    assert v in ids[target], f"{table}:{record.id}.{field.name} -> {v!r}"
