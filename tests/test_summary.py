"""Tests of jplabour.summary: the package's main job."""

from __future__ import annotations

import attrs
import pytest

from jplabour import DATA_VERSION, __version__
from jplabour.data import DATASET
from jplabour.model import TABLES, Source, SourceKind
from jplabour.summary import render_summary


def test_summary_names_versions_tables_counts_and_sources() -> None:
    """The summary states the versions, each table with its row count, and each source with its date."""
    text = render_summary()
    assert __version__ in text
    assert DATA_VERSION in text
    for name in TABLES:
        line = next(line for line in text.splitlines() if line.strip().startswith(name + " "))
        assert f"{len(DATASET.table(name))} rows" in line
    for source in DATASET.sources:
        if source.kind is SourceKind.REFERENCE:
            continue  # counted, not listed
        line = next(line for line in text.splitlines() if source.id in line)
        assert (str(source.published) if source.published else "undated") in line


def test_summary_fits_an_80_column_terminal() -> None:
    """No line of the summary is wider than 80 columns."""
    assert max(len(line) for line in render_summary().splitlines()) <= 80


def test_summary_source_dates_start_in_one_column(monkeypatch: pytest.MonkeyPatch) -> None:
    """A source id longer than the others pushes the date column, never one line out of it."""
    import jplabour.summary

    long = Source(
        id="a-source-id-longer-than-twenty-characters",
        title="Long",
        file="long.txt",
        language="en",
        covers="all",
    )
    monkeypatch.setattr(
        jplabour.summary, "DATASET", attrs.evolve(DATASET, sources=(*DATASET.sources, long))
    )
    text = render_summary()
    seeds = [s for s in DATASET.sources if s.kind is SourceKind.SEED]
    listed = text.split("Sources:\n")[1].split("\n\n")[0].splitlines()[: len(seeds) + 1]
    dates = [str(s.published) if s.published else "undated" for s in (*seeds, long)]
    columns = {line.index(f"  {date} ") for line, date in zip(listed, dates, strict=True)}
    assert columns == {2 + len(long.id)}


def test_summary_counts_the_references_without_listing_them() -> None:
    """The references consulted for names are one line, not 81."""
    text = render_summary()
    references = [s for s in DATASET.sources if s.kind is SourceKind.REFERENCE]
    assert f"and {len(references)} references consulted for names only" in text
    assert not any(s.id in text for s in references)
