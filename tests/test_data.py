"""Tests of the curated records in jplabour.data: provenance, identity, references."""

from __future__ import annotations

import pytest

from jplabour.checks import run_checks
from jplabour.data import DATASET
from jplabour.data.seed_texts import SEED_TEXTS
from jplabour.model import TABLES, SourceKind
from jplabour.provenance import quote_found, source_texts

TEXTS = source_texts()


def _findings(*names: str) -> list[str]:
    """The shipped data's findings of the named checks, one line each."""
    return [f.one_line() for f in run_checks(DATASET, TEXTS, names).findings]


def test_every_quote_is_verbatim_in_its_source() -> None:
    """Each citation names a known source and its quote stands verbatim (white space folded) in it.

    The rule lives in jplabour.checks (quotes_verbatim, citation_sources), whose
    mutation tests prove it catches an edited quote or an unknown source.
    """
    assert {s.file for s in DATASET.sources if s.file} == set(SEED_TEXTS)  # every text is there
    assert _findings("citation_sources", "quotes_verbatim") == []


@pytest.mark.parametrize("table", list(TABLES))
def test_ids_are_unique_and_sorted(table: str) -> None:
    """Every table is sorted by id, with no id twice."""
    ids = [r.id for r in DATASET.table(table)]
    assert ids == sorted(set(ids))


def test_every_reference_resolves() -> None:
    """Every *_id field names a record of the table its metadata says (checks.references)."""
    assert _findings("references", "erratum_records") == []


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
    """Each seed's file is among the embedded texts; a reference ships no file."""
    assert {s.file for s in DATASET.sources if s.kind is SourceKind.SEED} == set(SEED_TEXTS)
    assert all(s.file is None for s in DATASET.sources if s.kind is SourceKind.REFERENCE)


def test_every_number_and_date_is_stated_in_the_records_quotes() -> None:
    """Each record's numbers and dates appear in its own quotes.

    positions.sequence is exempt: it is a position in a printed list, not a
    printed number (jplabour.checks.NOT_STATED says so).
    """
    assert _findings("values_stated") == []


def test_event_summaries_are_not_copied_from_the_source() -> None:
    """Summaries are our own words: no run of six words of a summary stands in its sources."""
    for event in DATASET.events:
        words = event.summary.split()
        for citation in event.citations:
            for start in range(max(0, len(words) - 5)):
                assert not quote_found(
                    " ".join(words[start : start + 6]), TEXTS[citation.source_id]
                ), event.id
