"""Provenance checks: every record cited, every quote verbatim, every stated value in its quotes."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Any, Final

import attrs

from jplabour.checks.context import Context, all_records
from jplabour.checks.findings import Finding, error
from jplabour.erratum_quotes import missing_from_quote
from jplabour.model import (
    PartialDate,
    SourceKind,
    name_fields,
    record_names,
)
from jplabour.provenance import date_stated, fold_space, numbers_in, quote_found

__all__ = [
    "NOT_STATED",
    "REFERENCE_ONLY_FIELDS",
    "cited",
    "erratum_quotes",
    "quotes_verbatim",
    "reference_quotes",
    "reference_sources",
    "references_name_only",
    "stated_values",
    "values_stated",
]

#: Fields whose value is not printed as such in the quotes, and why.
NOT_STATED: Final[Mapping[tuple[str, str], str]] = MappingProxyType(
    {
        ("positions", "sequence"): "the position in a printed list, not a printed number",
    }
)
#: Fields a record citing only references may still fill: its id and citations,
#: the curators' notes, and the kind of body it is (docs/curation.md).
REFERENCE_ONLY_FIELDS: Final = frozenset({"id", "citations", "notes", "kind"})


def cited(ctx: Context) -> Iterator[Finding]:
    """Every record of a table with citations carries at least one."""
    for table, record in all_records(ctx.dataset):
        if hasattr(record, "citations") and not record.citations:
            yield error(table, [record.id], "has no citation")


def quotes_verbatim(ctx: Context) -> Iterator[Finding]:
    """Every quote (of a citation or an erratum) stands verbatim (white space folded) in its source's text."""
    for table, record in all_records(ctx.dataset):
        for citation in getattr(record, "citations", ()):
            text = ctx.source_texts.get(citation.source_id)
            if text is not None and not quote_found(citation.quote, text):
                yield error(
                    table,
                    [record.id],
                    f"quote not found in {citation.source_id}",
                    quote=citation.quote,
                )
    for erratum in ctx.dataset.errata:
        text = ctx.source_texts.get(erratum.source_id)
        if text is not None and not quote_found(erratum.quote, text):
            yield error(
                "errata",
                [erratum.id],
                f"quote not found in {erratum.source_id}",
                quote=erratum.quote,
            )


def erratum_quotes(ctx: Context) -> Iterator[Finding]:
    """An erratum's quote shows the people and the figures its problem names."""
    for erratum in ctx.dataset.errata:
        missing = missing_from_quote(
            erratum, ctx.dataset.people, ctx.source_texts.get(erratum.source_id)
        )
        if missing:
            yield error(
                "errata",
                [erratum.id],
                f"the problem names what the quote does not show: {', '.join(missing)}",
                value=list(missing),
            )


def stated_values(table: str, record: Any) -> Iterator[tuple[str, int | PartialDate]]:
    """The numbers and dates of a record that its quotes must state."""
    for field in attrs.fields(type(record)):
        value = getattr(record, field.name)
        if (table, field.name) in NOT_STATED or isinstance(value, bool):
            continue
        if isinstance(value, (int, PartialDate)):
            yield field.name, value


def values_stated(ctx: Context) -> Iterator[Finding]:
    """A record's numbers and dates are stated in its quotes (quotes from references do not count).

    The quotes are part of the record, so this runs whether or not the source
    texts are available: a user's own source is held to the same rule.
    """
    for table, record in all_records(ctx.dataset):
        citations = getattr(record, "citations", ())
        if not citations:
            continue
        quotes = fold_space(
            " ".join(c.quote for c in citations if c.source_id not in ctx.reference_ids)
        )
        numbers = numbers_in(quotes)
        for name, value in stated_values(table, record):
            stated = (
                date_stated(value, quotes) if isinstance(value, PartialDate) else (value in numbers)
            )
            if not stated:
                yield error(
                    table,
                    [record.id],
                    f"{name} {value} is not stated in the record's quotes",
                    field=name,
                    value=value,
                )


def reference_quotes(ctx: Context) -> Iterator[Finding]:
    """A citation of a `reference` source quotes one of the record's names, exactly as the record stores it (a name field: `name_en`, `abbreviation`, `aliases`, `name_ja`, `name_romaji`, `short_names_ja`, `readings_ja`; `name` in ambiguous_names).

    A reference backs names only, and its citation quotes the name as the page
    prints it: anything else (a sentence, a figure, a name the record does not
    hold) is an error. Tables without name fields may not cite a reference.
    """
    for table, record in all_records(ctx.dataset):
        names = record_names(record)
        for citation in getattr(record, "citations", ()):
            if citation.source_id in ctx.reference_ids and citation.quote not in names:
                yield error(
                    table,
                    [record.id],
                    f"quotes reference {citation.source_id} for something that is not "
                    "one of its names",
                    quote=citation.quote,
                )


def references_name_only(ctx: Context) -> Iterator[Finding]:
    """A record whose citations are all references holds nothing but names, its `kind`, its `id` and the curators' `notes`.

    A record that cites references and nothing else may hold its names, its
    kind and the curators' notes; any other value needs a source that states it.
    """
    for table, record in all_records(ctx.dataset):
        citations = getattr(record, "citations", ())
        if not citations or any(c.source_id not in ctx.reference_ids for c in citations):
            continue
        named = set(name_fields(type(record))) | REFERENCE_ONLY_FIELDS
        for field in attrs.fields(type(record)):
            value = getattr(record, field.name)
            if field.name not in named and value not in (None, ()):
                yield error(
                    table,
                    [record.id],
                    f"{field.name} rests on references only, which back names only",
                    field=field.name,
                    value=value,
                )


def reference_sources(ctx: Context) -> Iterator[Finding]:
    """A `seed` source names its file; a `reference` names its url, its publisher and the day it was read (`accessed`), and no file."""
    for source in ctx.dataset.sources:
        if source.kind is SourceKind.REFERENCE:
            wanted = {"url": source.url, "publisher": source.publisher, "accessed": source.accessed}
            missing = [name for name, value in wanted.items() if value is None]
            if source.file is not None:
                yield error("sources", [source.id], "a reference ships no file", file=source.file)
        else:
            missing = [] if source.file else ["file"]
        for name in missing:
            yield error(
                "sources", [source.id], f"a {source.kind.value} source needs its {name}", field=name
            )
