"""``jplabour cite``: how to cite jplabour and the sources its facts rest on.

``jplabour cite [--format bibtex|apa|cff] [SOURCE...]`` prints jplabour with
its package and data versions, then each source (all of them, or those named)
with the title, publisher, date and URL the dataset records for it: a
publisher, date or URL appears only where the document states it. The ``cff``
form is a Citation File Format 1.2.0 document; ``CITATION.cff`` in the
repository is its output, and docs/citing.md shows all three
(``python tools/make_citing.py``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Final, Literal, get_args

from jplabour._version import __version__
from jplabour.about import (
    AUTHORS,
    CODE_LICENSE,
    DOCS_URL,
    LICENSE_EXPRESSION,
    REPOSITORY_URL,
    SOURCE_TEXTS_LICENSE_FILE,
    SOURCE_TEXTS_STATUS,
    TITLE,
)
from jplabour.data import DATASET
from jplabour.data_version import DATA_VERSION
from jplabour.errors import UnusableInputError
from jplabour.formats.partial_date import MONTH_NAMES
from jplabour.model import PartialDate, Source, SourceKind

__all__ = [
    "CITE_FORMATS",
    "CiteFormat",
    "apa",
    "bibtex",
    "cff",
    "cite",
    "sources_named",
]

#: A format of ``jplabour cite --format``.
CiteFormat = Literal["bibtex", "apa", "cff"]
#: The formats of ``jplabour cite --format``, the default first.
CITE_FORMATS: Final[tuple[CiteFormat, ...]] = get_args(CiteFormat)

#: The year of the data version (YEAR.MONTH.SERIAL), the year the data was last changed.
_DATA_YEAR: Final = DATA_VERSION.split(".")[0]


def sources_named(ids: Sequence[str]) -> tuple[Source, ...]:
    """The sources with the ids *ids*, in that order; with none, the five seed documents.

    The public references consulted for names only are cited when named: they
    back no fact but a name.

    Raises:
        UnusableInputError: naming an unknown id and the known ones.
    """
    by_id = {source.id: source for source in DATASET.sources}
    unknown = [source_id for source_id in ids if source_id not in by_id]
    if unknown:
        raise UnusableInputError(f"no source {unknown[0]!r}; sources: {', '.join(sorted(by_id))}")
    if ids:
        return tuple(by_id[source_id] for source_id in ids)
    return tuple(source for source in DATASET.sources if source.kind is SourceKind.SEED)


# --------------------------------------------------------------------------- BibTeX


def _bibtex_text(text: str, *, corporate: bool = False) -> str:
    """*text* for a BibTeX field: braces around it, its own braces and specials escaped.

    A *corporate* author gets a second pair of braces, so that BibTeX does not
    read "The jplabour developers" as a person whose last name is "developers".
    """
    for char in "\\{}&%$#_":
        text = text.replace(char, "\\" + char)
    return "{{" + text + "}}" if corporate else "{" + text + "}"


def _bibtex_entry(kind: str, key: str, fields: Sequence[tuple[str, str | None]]) -> str:
    lines = [f"@{kind}{{{key},"]
    lines += [f"  {name:<9}= {value}," for name, value in fields if value is not None]
    return "\n".join([*lines, "}"])


def _bibtex_date(date: PartialDate | None) -> list[tuple[str, str | None]]:
    if date is None:
        return []
    month = None if date.month is None else MONTH_NAMES[date.month - 1][:3].lower()
    return [("year", f"{{{date.year}}}"), ("month", month)]


def bibtex(sources: Sequence[Source]) -> str:
    """The citations of jplabour and *sources*, as BibTeX entries (biblatex ``@software``/``@misc``)."""
    entries = [
        _bibtex_entry(
            "software",
            "jplabour",
            [
                ("author", _bibtex_text(AUTHORS, corporate=True)),
                ("title", _bibtex_text(TITLE)),
                ("version", _bibtex_text(__version__)),
                ("year", f"{{{_DATA_YEAR}}}"),
                ("url", _bibtex_text(DOCS_URL)),
                ("note", _bibtex_text(f"Data version {DATA_VERSION}")),
                ("license", _bibtex_text(LICENSE_EXPRESSION)),
            ],
        )
    ]
    for source in sources:
        author = (
            None if source.publisher is None else _bibtex_text(source.publisher, corporate=True)
        )
        entries.append(
            _bibtex_entry(
                "misc",
                source.id,
                [
                    ("author", author),
                    ("title", _bibtex_text(source.title)),
                    *_bibtex_date(source.published),
                    ("url", None if source.url is None else _bibtex_text(source.url)),
                    ("note", _bibtex_text(f"Source text shipped with jplabour as {source.file}")),
                ],
            )
        )
    return "\n\n".join(entries) + "\n"


# --------------------------------------------------------------------------- APA


def _apa_date(date: PartialDate | None) -> str:
    if date is None:
        return "(n.d.)"
    if date.month is None:
        return f"({date.year})"
    day = "" if date.day is None else f" {date.day}"
    return f"({date.year}, {MONTH_NAMES[date.month - 1]}{day})"


def apa(sources: Sequence[Source]) -> str:
    """The citations of jplabour and *sources*, as APA (7th edition) references, italics in Markdown."""
    lines = [
        (
            f"{AUTHORS}. ({_DATA_YEAR}). *{TITLE}* (Version {__version__}; data version "
            f"{DATA_VERSION}) [Data set]. {DOCS_URL}"
        )
    ]
    for source in sources:
        # Without an author, the title takes the author's place.
        head = (
            f"*{source.title}*. {_apa_date(source.published)}."
            if source.publisher is None
            else f"{source.publisher}. {_apa_date(source.published)}. *{source.title}*."
        )
        lines.append(head + ("" if source.url is None else f" {source.url}"))
    return "\n\n".join(lines) + "\n"


# --------------------------------------------------------------------------- CFF


def _yaml(value: str) -> str:
    """*value* as a YAML scalar: a JSON string is a YAML double-quoted scalar."""
    return json.dumps(value, ensure_ascii=False)


def _cff_date(date: PartialDate | None) -> list[str]:
    if date is None:
        return []
    lines = [f"    year: {date.year}"]
    if date.month is not None:
        lines.append(f"    month: {date.month}")
    return lines


#: What the CFF document says of the versions and of the licence, which its fields cannot.
_ABSTRACT: Final = (
    f"jplabour {__version__}, data version {DATA_VERSION}. Licence: {LICENSE_EXPRESSION}. "
    f"The code and the curated records are under the {CODE_LICENSE} License. {SOURCE_TEXTS_STATUS}"
)


def cff(sources: Sequence[Source]) -> str:
    """The citations of jplabour and *sources*, as a Citation File Format 1.2.0 document (YAML)."""
    lines = [
        "# Generated by `jplabour cite --format cff`. Do not edit.",
        "cff-version: 1.2.0",
        (
            'message: "If you use jplabour, please cite it, and the sources the facts you use '
            'rest on, as below."'
        ),
        "type: dataset",
        f"title: {_yaml(TITLE)}",
        f"version: {_yaml(__version__)}",
        "authors:",
        f"  - name: {_yaml(AUTHORS)}",
        # CFF takes SPDX identifiers only: the standard part here, the source texts'
        # reference by its URL (LICENSE_EXPRESSION is both).
        f"license: {_yaml(CODE_LICENSE)}",
        f"license-url: {_yaml(f'{REPOSITORY_URL}/blob/main/{SOURCE_TEXTS_LICENSE_FILE}')}",
        f"url: {_yaml(DOCS_URL)}",
        f"repository-code: {_yaml(REPOSITORY_URL)}",
        "keywords:",
        *(f"  - {_yaml(word)}" for word in ("Japan", "labour", "trade unions", "dataset")),
        f"abstract: {_yaml(_ABSTRACT)}",
    ]
    if sources:
        lines.append("references:")
    for source in sources:
        publisher = source.publisher or "Publisher not stated"
        lines += [
            "  - type: generic",
            f"    title: {_yaml(source.title)}",
            "    authors:",
            f"      - name: {_yaml(publisher)}",
            *_cff_date(source.published),
            *([] if source.url is None else [f"    url: {_yaml(source.url)}"]),
            f"    notes: {_yaml(f'Source text shipped with jplabour as {source.file}.')}",
        ]
    return "\n".join(lines) + "\n"


_RENDER: Final = {"bibtex": bibtex, "apa": apa, "cff": cff}


def cite(fmt: CiteFormat = "bibtex", source_ids: Sequence[str] = ()) -> str:
    """The citations of jplabour and of the sources *source_ids* (all by default) in *fmt*."""
    return _RENDER[fmt](sources_named(source_ids))
