"""Contact checks: phone, fax, postal codes, e-mail, URLs and prefectures well formed."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Final

import attrs

from jplabour.checks.context import Context
from jplabour.checks.findings import Finding, error
from jplabour.model import (
    Organization,
)

__all__ = ["contact_formats"]

_PREFECTURES: Final = frozenset(
    (
        "Hokkaido",
        "Aomori",
        "Iwate",
        "Miyagi",
        "Akita",
        "Yamagata",
        "Fukushima",
        "Ibaraki",
        "Tochigi",
        "Gunma",
        "Saitama",
        "Chiba",
        "Tokyo",
        "Kanagawa",
        "Niigata",
        "Toyama",
        "Ishikawa",
        "Fukui",
        "Yamanashi",
        "Nagano",
        "Gifu",
        "Shizuoka",
        "Aichi",
        "Mie",
        "Shiga",
        "Kyoto",
        "Osaka",
        "Hyogo",
        "Nara",
        "Wakayama",
        "Tottori",
        "Shimane",
        "Okayama",
        "Hiroshima",
        "Yamaguchi",
        "Tokushima",
        "Kagawa",
        "Ehime",
        "Kochi",
        "Fukuoka",
        "Saga",
        "Nagasaki",
        "Kumamoto",
        "Oita",
        "Miyazaki",
        "Kagoshima",
        "Okinawa",
    )
)


def contact_formats(ctx: Context) -> Iterator[Finding]:
    """Phone and fax in E.164, postal codes NNN-NNNN, e-mail, URLs, prefecture names.

    URLs are checked wherever the data holds them: organisations' web sites,
    and the sources' own address and the addresses they state.
    """
    # The patterns are the ones the model declares for each contact field; the
    # web sites, a list, are checked as URLs below.
    rules: list[tuple[str, Callable[[str], bool]]] = [
        (field.name, re.compile(field.metadata["pattern"]).fullmatch)  # type: ignore[misc]
        for field in attrs.fields(Organization)
        if "pattern" in field.metadata and field.name not in ("id", "websites")
    ]
    rules.append(("prefecture", _PREFECTURES.__contains__))
    for org in ctx.dataset.organizations:
        for name, valid in rules:
            value = getattr(org, name)
            if value is not None and not valid(value):
                yield error(
                    "organizations",
                    [org.id],
                    f"{name} {value!r} is not well formed",
                    field=name,
                    value=value,
                )
        yield from _malformed_urls("organizations", org.id, "websites", org.websites)
    for source in ctx.dataset.sources:
        yield from _malformed_urls("sources", source.id, "url", (source.url,) if source.url else ())
        yield from _malformed_urls("sources", source.id, "urls_stated", source.urls_stated)


def _malformed_urls(
    table: str, record_id: str, field: str, urls: Iterable[str]
) -> Iterator[Finding]:
    """A contact_formats finding for each of *urls* that is not an http(s) URL."""
    from jplabour.formats import url as url_format

    for url in urls:
        if not url_format.is_valid(url):
            yield error(
                table,
                [record_id],
                f"{field} {url!r} is not an http(s) URL",
                field=field,
                value=url,
            )
