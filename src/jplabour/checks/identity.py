"""Identity checks: ids unique and well formed, names that tell organisations apart."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from typing import Final

from jplabour.checks.context import Context, all_records
from jplabour.checks.findings import Finding, error
from jplabour.model import (
    ID_PATTERN,
    TABLES,
)

__all__ = ["ambiguous_names", "id_format", "repeated_aliases", "unique_ids"]

_ID_RE: Final = re.compile(ID_PATTERN)


def unique_ids(ctx: Context) -> Iterator[Finding]:
    """Ids are unique within each table."""
    for table in TABLES:
        seen: set[str] = set()
        for record in ctx.dataset.table(table):
            if record.id in seen:
                yield error(table, [record.id], "id used twice", id=record.id)
            seen.add(record.id)


def id_format(ctx: Context) -> Iterator[Finding]:
    """Ids are lowercase slugs."""
    for table, record in all_records(ctx.dataset):
        if not _ID_RE.match(record.id):
            yield error(table, [record.id], "id is not a lowercase slug", id=record.id)


def ambiguous_names(ctx: Context) -> Iterator[Finding]:
    """A name shared by several organisations is declared in ambiguous_names."""
    from jplabour.folding import normalize_name
    from jplabour.name_keys import names_of

    declared = {
        normalize_name(entry.name): set(entry.org_ids) for entry in ctx.dataset.ambiguous_names
    }
    owners: dict[str, set[str]] = defaultdict(set)
    for org in ctx.dataset.organizations:
        for _, name in names_of(org):
            owners[normalize_name(name)].add(org.id)
    for name, org_ids in sorted(owners.items()):
        if len(org_ids) > 1 and not org_ids <= declared.get(name, set()):
            yield error(
                "organizations",
                sorted(org_ids),
                f"the name {name!r} matches several organisations and is not declared ambiguous",
                name=name,
            )


def repeated_aliases(ctx: Context) -> Iterator[Finding]:
    """An organisation lists each alias once."""
    for org in ctx.dataset.organizations:
        seen: set[str] = set()
        for alias in org.aliases:
            if alias in seen:
                yield error(
                    "organizations",
                    [org.id],
                    f"lists the alias {alias!r} twice",
                    alias=alias,
                )
            seen.add(alias)
