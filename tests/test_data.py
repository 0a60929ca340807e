"""Tests of the curated records in jplabour.data: provenance, identity, references."""

from __future__ import annotations

import attrs
import pytest

from jplabour.data import DATASET
from jplabour.model import TABLES
from jplabour.provenance import quote_found, source_texts

TEXTS = source_texts()
ALL_RECORDS = [(name, r) for name in TABLES for r in DATASET.table(name)]
CITED = [(name, r) for name, r in ALL_RECORDS if hasattr(r, "citations")]


def _rid(item: tuple[str, object]) -> str:
    return f"{item[0]}:{getattr(item[1], 'id', '?')}"


@pytest.mark.parametrize(("table", "record"), CITED, ids=[_rid(i) for i in CITED])
def test_every_quote_is_verbatim_in_its_source(table: str, record: object) -> None:
    """Each citation's quote stands verbatim (white space folded) in the cited file."""
    for citation in record.citations:  # type: ignore[attr-defined]
        assert citation.source_id in TEXTS, (
            f"{table}:{record.id} cites unknown {citation.source_id}"
        )  # type: ignore[attr-defined]
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


def test_embedded_source_texts_are_current() -> None:
    """src/jplabour/data/seed_texts.py matches seeds/ byte for byte (run tools/embed_seeds.py)."""
    import subprocess
    import sys
    from pathlib import Path

    tool = Path(__file__).parent.parent / "tools" / "embed_seeds.py"
    result = subprocess.run(
        [sys.executable, str(tool), "--check"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout


def test_every_source_file_is_embedded() -> None:
    """Each source's file is among the embedded texts."""
    from jplabour.data.seed_texts import SEED_TEXTS

    assert {s.file for s in DATASET.sources} == set(SEED_TEXTS)


def test_every_number_and_date_is_stated_in_the_records_quotes() -> None:
    """Each record's numbers and dates appear in its own quotes.

    positions.sequence is exempt: it is a position in a printed list, not a
    printed number (jplabour.checks.NOT_STATED says so).
    """
    from jplabour.checks import run_checks

    report = run_checks(DATASET, TEXTS, ["values_stated"])
    assert [f.one_line() for f in report.findings] == []


def test_event_summaries_are_not_copied_from_the_source() -> None:
    """Summaries are our own words: no run of six words of a summary stands in its sources."""
    for event in DATASET.events:
        words = event.summary.split()
        for citation in event.citations:
            for start in range(max(0, len(words) - 5)):
                assert not quote_found(
                    " ".join(words[start : start + 6]), TEXTS[citation.source_id]
                ), event.id
