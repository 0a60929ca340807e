"""Link checks: every id a record names exists, and every citation's source too."""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from jplabour.checks.context import Context, all_records
from jplabour.checks.findings import Finding, error
from jplabour.model import (
    TABLES,
)

__all__ = ["citation_sources", "references"]


def references(ctx: Context) -> Iterator[Finding]:
    """Every *_id field names a record of the right table."""
    ids = {table: {r.id for r in ctx.dataset.table(table)} for table in TABLES}
    for table, record in all_records(ctx.dataset):
        for field in attrs.fields(type(record)):
            target = field.metadata.get("ref")
            value = getattr(record, field.name)
            if target is None or value is None:
                continue
            for ref in value if isinstance(value, tuple) else (value,):
                if ref not in ids[target]:
                    yield error(
                        table,
                        [record.id],
                        f"{field.name} names no record of {target}: {ref!r}",
                        field=field.name,
                        value=ref,
                    )


def citation_sources(ctx: Context) -> Iterator[Finding]:
    """Every citation names a known source."""
    known = {s.id for s in ctx.dataset.sources}
    for table, record in all_records(ctx.dataset):
        for citation in getattr(record, "citations", ()):
            if citation.source_id not in known:
                yield error(
                    table,
                    [record.id],
                    f"cites unknown source {citation.source_id!r}",
                    source_id=citation.source_id,
                )
