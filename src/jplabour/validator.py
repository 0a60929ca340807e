"""``jplabour validate``: check a downstream table against jplabour's vocabulary and rules.

A downstream table is a user's own file (a membership series copied from
annual reports, a survey's list of unions) in CSV, TSV, JSON Lines or a JSON
array, in UTF-8 (with or without BOM), UTF-16 (with BOM) or Shift_JIS
(CP932). Its columns are the fields of one of jplabour's tables; which of
them a downstream file must have is :func:`required_columns`. Every cell is
checked against the field's metadata in :mod:`jplabour.model` (patterns,
enums, minimums, partial dates, references), Japanese spellings are read and
reported as normalisations (full-width digits, ``1,767,000``, era dates such
as ``令和元年10月``, names instead of ids), and cross-row rules are applied
(duplicate keys, dates in order, dates within the organisation's lifetime,
counts above the parent's known total).

The file is read as a stream: memory stays flat however long it is. See
docs/validator.md.
"""

from __future__ import annotations

import argparse
import codecs
import csv
import datetime as dt
import enum
import io
import itertools
import json
import math
import operator
import os
import re
import sys
import time
import types
import typing
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final, NamedTuple

import attrs

from jplabour import formulas
from jplabour._files import STDIN, AtomicBatch, open_for_reading, read_chunk
from jplabour.checks import COUNTED_STATUSES, approximation_tolerance
from jplabour.csv_limits import field_size_limit
from jplabour.data import DATASET
from jplabour.errors import EXIT_FAILED, EXIT_OK, UnusableInputError, require_text
from jplabour.formats import InvalidFormat, era_date, number, partial_date, show
from jplabour.formats import email as email_format
from jplabour.formats import phone as phone_format
from jplabour.formats import postal_code as postal_format
from jplabour.formats import slug as slug_format
from jplabour.formats import url as url_format
from jplabour.lifetimes import Lifetime, lifetimes
from jplabour.model import ID_PATTERN, TABLES, Dataset, Organization, PartialDate

__all__ = [
    "ALSO_REQUIRED",
    "DATE_ORDER",
    "DEFAULTS",
    "ERROR_LIMIT",
    "FIELD_LIMIT",
    "KEY_LIMIT",
    "LIFETIME_DATES",
    "LINE_LIMIT",
    "LIST_SEPARATOR",
    "LOOKUP_LIMIT",
    "MAX_ERRORS_CEILING",
    "NATURAL_KEYS",
    "PROVENANCE_FIELDS",
    "WARNINGS_SHOWN",
    "WARNING_LIMIT",
    "Issue",
    "ValidationReport",
    "configure_parser",
    "required_columns",
    "run_command",
    "validate",
]

# --- what a downstream table must have ---------------------------------------

#: Fields that record where a fact comes from, not the fact: optional downstream.
#: ``id`` is not generated when missing (an id is a curated, stable slug);
#: rows without one are told apart by their line numbers and natural keys.
PROVENANCE_FIELDS: Final = ("id", "citations")
#: Optional model fields a downstream file must nevertheless have: a count
#: without a date says nothing a series can use.
ALSO_REQUIRED: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType({"memberships": ("as_of",)})
#: Required model fields a downstream file may leave out (or leave empty), and
#: the value assumed then.
DEFAULTS: Final[Mapping[str, Mapping[str, str]]] = MappingProxyType(
    {"memberships": MappingProxyType({"unit": "persons"})}
)
#: Columns whose values together must not repeat, beyond ``id``. A column the
#: file does not have counts as its default, or as empty.
NATURAL_KEYS: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        "memberships": ("org_id", "unit", "counted", "as_of"),
        "affiliations": ("member_id", "parent_id", "status", "as_of"),
        "positions": ("person_id", "org_id", "role", "since", "as_of"),
        "successions": ("predecessor_id", "successor_id", "kind"),
    }
)
#: Date columns that must not be certainly after another of the same row.
DATE_ORDER: Final = (("since", "until"), ("date", "until"), ("founded", "dissolved"))
#: Date columns that must fall within the lifetime of the row's organisations.
LIFETIME_DATES: Final = ("as_of", "date")
#: The separator of list cells (``aliases``, ``org_ids``) in CSV and TSV.
LIST_SEPARATOR: Final = "|"
#: The longest field read, in characters; longer fields are errors.
FIELD_LIMIT: Final = 1 << 20
#: The longest line read, in characters; longer lines are errors, skipped unread.
LINE_LIMIT: Final = 2 * FIELD_LIMIT
#: How many warnings a report keeps; the rest are counted.
WARNING_LIMIT: Final = 1000
#: How many errors a report keeps without ``max_errors``; the rest are counted. A
#: file of ten million bad rows must not take ten million issues' memory.
ERROR_LIMIT: Final = 10_000
#: The most errors ``max_errors`` (``--max-errors``) may ask a report to keep
#: (about 50 MB of issues); the errors past it are still counted.
MAX_ERRORS_CEILING: Final = 100_000
#: How many warnings of one kind (column and code) the text report shows; the rest are counted.
WARNINGS_SHOWN: Final = 5
#: How many distinct keys of each kind (``id``, a natural key) are remembered to
#: find duplicates: about 36 MB each. Past it, a row is checked against the keys
#: remembered, and a ``keys-not-remembered`` warning says so.
KEY_LIMIT: Final = 1 << 19
#: How many distinct texts of a column are remembered with their verdict.
_CACHE_LIMIT: Final = 1 << 16
#: The longest text taken for a name or an id: longer cells are not looked up
#: as names nor remembered by the columns' caches, and issues show them cut.
_SHORT_TEXT: Final = 200
#: How many distinct names are looked up in one run; later ones are not.
LOOKUP_LIMIT: Final = 10_000
#: Bytes read at a time.
_CHUNK: Final = 1 << 20
#: Rows between two progress reports.
_PROGRESS_EVERY: Final = 1 << 16

_EXTENSIONS: Final = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
}
_ENCODING_ALIASES: Final = {
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "ms932": "cp932",
    "windows-31j": "cp932",
}
_NUL: Final = b"\x00"
_NEWLINE: Final = b"\n"
_TRUE: Final = frozenset({"true", "yes", "y", "1", "はい"})
_FALSE: Final = frozenset({"false", "no", "n", "0", "いいえ"})


class _Note(NamedTuple):
    """What a cell's check found: an error, or a warning (normalisations)."""

    code: str
    message: str
    hint: str = ""
    error: bool = True


#: A checked cell: (normalised text, typed value or None when invalid, note or None).
_Cell = tuple[str, Any, "_Note | None"]


@attrs.frozen
class Issue:
    """One finding: where (line, column), the cell's text, what (code, message), and a hint."""

    line: int
    column: str
    value: str
    code: str
    message: str
    hint: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The issue as JSON: line, column, value, code, message, hint."""
        return attrs.asdict(self)

    def one_line(self, path: str, prefix: str = "") -> str:
        """``PATH:LINE: COLUMN: message (code) — hint``, *prefix* (``warning: ``) before the message."""
        hint = f" — {self.hint}" if self.hint else ""
        column = f" {self.column}:" if self.column else ""
        message = " ".join(f"{prefix}{self.message}".split())
        return f"{path}:{self.line}:{column} {message} ({self.code}){hint}"


@attrs.frozen
class ValidationReport:
    """The outcome of :func:`validate`.

    ``errors`` holds at most ``max_errors`` errors (:data:`ERROR_LIMIT` when
    not given), and always the ``not-copied`` error of a ``--normalize`` that
    wrote no copy; ``warnings`` holds at most :data:`WARNING_LIMIT`;
    ``error_count`` and ``warning_count`` count all.
    """

    table: str
    rows: int
    errors: tuple[Issue, ...]
    warnings: tuple[Issue, ...]
    error_count: int
    warning_count: int
    path: str = ""

    @property
    def valid(self) -> bool:
        """True when no error was found."""
        return self.error_count == 0

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON (``--format json``)."""
        return {
            "valid": self.valid,
            "rows": self.rows,
            "errors": [issue.to_dict() for issue in self.errors],
            "warnings": [issue.to_dict() for issue in self.warnings],
            "error_count": self.error_count,
            "warning_count": self.warning_count,
        }

    def render(self) -> str:
        """The report as text: one line per issue, then a summary line."""
        path = self.path or "<rows>"
        lines = [issue.one_line(path) for issue in self.errors]
        # Warnings repeat (every cell of a column written with full-width digits):
        # the first few of each kind are shown, the others counted.
        shown: dict[tuple[str, str], int] = {}
        for issue in self.warnings:
            kind = (issue.column, issue.code)
            shown[kind] = shown.get(kind, 0) + 1
            if shown[kind] <= WARNINGS_SHOWN:
                lines.append(issue.one_line(path, "warning: "))
        lines += [
            f"{path}: warning: ... and {count - WARNINGS_SHOWN} more {code} warnings"
            f"{f' in column {column}' if column else ''} (--format json lists them)"
            for (column, code), count in shown.items()
            if count > WARNINGS_SHOWN
        ]
        for count, kept, what in (
            (self.error_count, self.errors, "errors"),
            (self.warning_count, self.warnings, "warnings"),
        ):
            if count > len(kept):
                lines.append(f"{path}: ... and {count - len(kept)} more {what}")
        verdict = "valid" if self.valid else "invalid"
        lines.append(
            f"{path}: {self.table}: {self.rows} rows, {self.error_count} errors, "
            f"{self.warning_count} warnings: {verdict}"
        )
        return "\n".join(lines)


# --- columns, derived from the model ------------------------------------------


@attrs.frozen
class _Spec:
    """How one column of a table is read downstream."""

    name: str
    kind: str
    required: bool
    many: bool
    default: str | None
    metadata: Mapping[str, Any]
    choices: tuple[str, ...] = ()


def _specs(table: str) -> dict[str, _Spec]:
    """The columns of *table* and how each is read, from the record type's fields."""
    record_type = TABLES[table]
    hints = typing.get_type_hints(record_type)
    defaults = DEFAULTS.get(table, {})
    specs = {}
    for field in attrs.fields(record_type):
        base = hints[field.name]
        if typing.get_origin(base) in (typing.Union, types.UnionType):
            base = next(arg for arg in typing.get_args(base) if arg is not type(None))
        many = typing.get_origin(base) is tuple
        item = typing.get_args(base)[0] if many else base
        kind, choices = _kind(field.name, item, field.metadata)
        default = defaults.get(field.name, _model_default(field.default))
        required = (
            field.default is attrs.NOTHING
            and field.name not in PROVENANCE_FIELDS
            and field.name not in defaults
        ) or field.name in ALSO_REQUIRED.get(table, ())
        specs[field.name] = _Spec(
            field.name, kind, required, many, default, field.metadata, choices
        )
    return specs


def _model_default(default: Any) -> str | None:
    """The text of a model field's enum or boolean default: what an empty cell means."""
    if isinstance(default, enum.Enum) and default is not attrs.NOTHING:
        return str(default.value)
    if isinstance(default, bool):
        return "true" if default else "false"
    return None


def _kind(name: str, item: Any, metadata: Mapping[str, Any]) -> tuple[str, tuple[str, ...]]:  # noqa: PLR0911 -- one return per kind of column
    """The kind of checker a field needs, and its closed vocabulary if any."""
    if name == "citations":
        return "text", ()
    if metadata.get("ref") == "organizations":
        return "organization", ()
    if metadata.get("ref"):
        return "reference", ()
    if metadata.get("partial_date"):
        return "date", ()
    if item is bool:
        return "bool", ()
    if item is int:
        return "int", ()
    if isinstance(item, type) and issubclass(item, enum.Enum):
        return "enum", tuple(member.value for member in item)
    if "enum" in metadata:
        return "enum", tuple(metadata["enum"])
    if metadata.get("format") == "uri":
        return "url", ()
    return _PATTERN_KINDS.get(metadata.get("pattern", ""), "text"), ()


#: The format module that normalises the values of a model pattern; each gives
#: only text that matches its pattern (tests/test_formats.py checks it).
_PATTERN_KINDS: Final = {
    ID_PATTERN: "slug",
    attrs.fields(Organization).phone.metadata["pattern"]: "phone",
    attrs.fields(Organization).postal_code.metadata["pattern"]: "postal_code",
    attrs.fields(Organization).email.metadata["pattern"]: "email",
}
_FORMATS: Final[Mapping[str, Callable[[str], str]]] = {
    "slug": slug_format.validate,
    "phone": phone_format.validate,
    "postal_code": postal_format.validate,
    "email": email_format.validate,
    "url": url_format.validate,
}


def required_columns(table: str) -> tuple[str, ...]:
    """The columns a downstream file of *table* must have.

    They are the fields without a default in :mod:`jplabour.model`, except
    :data:`PROVENANCE_FIELDS` and the fields :data:`DEFAULTS` supplies, plus
    :data:`ALSO_REQUIRED`.
    """
    return tuple(name for name, spec in _specs(table).items() if spec.required)


# --- checking cells -------------------------------------------------------------


def _plain_date(date: PartialDate) -> tuple[int, int, int, int]:
    """(first day, last day, year, code) of a date: what the cross-row rules compare.

    The code tells dates of different precisions apart: ``1989``, ``1989-01``
    and ``1989-01-01`` share their first day.
    """
    first = date.earliest.toordinal()
    return (first, date.latest.toordinal(), date.year, first * 3 + _PRECISIONS[date.precision])


_PRECISIONS: Final = {"year": 0, "month": 1, "day": 2}


class _Checkers:
    """Builds the checker of each kind of column; holds what they share."""

    def __init__(self, dataset: Dataset) -> None:
        self.dataset = dataset
        self.org_ids = frozenset(org.id for org in dataset.organizations)
        self.lookups = 0

    def build(self, spec: _Spec) -> Callable[[str], _Cell]:
        """The checker of one cell of *spec*: text in, (normalised, typed, note) out."""
        one = self._one(spec)
        if spec.many:
            one = self._many(spec, one)
        missing = self._missing(spec, one)
        if spec.kind == "int" and not spec.many:
            return _integer(spec.metadata.get("minimum"), missing)

        def check(text: str) -> _Cell:
            if not text or text.isspace():
                return missing
            return one(text)

        return check

    @staticmethod
    def _missing(spec: _Spec, one: Callable[[str], _Cell]) -> _Cell:
        """The cell of an empty text: an error, nothing, or the column's default."""
        if spec.required:
            return ("", None, _Note("missing-value", "a value is required", "fill in the cell"))
        if spec.default is None:
            return ("", None, None)
        return (spec.default, one(spec.default)[1], None)

    @staticmethod
    def _many(spec: _Spec, one: Callable[[str], _Cell]) -> Callable[[str], _Cell]:
        least = spec.metadata.get("min_items", 0)

        def check(text: str) -> _Cell:
            cells = [one(part) for part in text.split(LIST_SEPARATOR) if part.strip()]
            notes = [cell[2] for cell in cells if cell[2] is not None]
            norm = LIST_SEPARATOR.join(cell[0] for cell in cells)
            if len(cells) < least:
                note = _Note(
                    "too-few-items",
                    f"{len(cells)} items, at least {least} needed",
                    f"separate items with {LIST_SEPARATOR}",
                )
                return (text, None, note)
            errors = [note for note in notes if note.error]
            if errors:
                return (text, None, errors[0])
            return (norm, tuple(cell[1] for cell in cells), notes[0] if notes else None)

        return check

    def _one(self, spec: _Spec) -> Callable[[str], _Cell]:  # noqa: PLR0911 -- one branch per kind
        kind = spec.kind
        if kind == "organization":
            return self._organization
        if kind == "reference":
            return self._reference(spec.metadata["ref"])
        if kind == "date":
            return _date
        if kind == "int":
            return _integer(spec.metadata.get("minimum"), _MISSING)
        if kind == "bool":
            return _boolean
        if kind == "enum":
            return _choice(spec.choices)
        if kind in _FORMATS:
            return _formatted(_FORMATS[kind])
        return _text(spec.metadata.get("pattern"), spec.metadata.get("min_length", 0))

    def _organization(self, text: str) -> _Cell:
        """An organisation: an id, or any name jplabour knows for one."""
        if text in self.org_ids:
            return (text, text, None)
        stripped = text.strip()
        if stripped in self.org_ids:
            return (stripped, stripped, _normalized(text, stripped))
        if len(stripped) > _SHORT_TEXT or self.lookups >= LOOKUP_LIMIT:
            why = "too long for a name" if len(stripped) > _SHORT_TEXT else "not an id"
            return (text, None, _Note("unknown-organization", f"{show(text)} is {why}"))
        self.lookups += 1
        from jplabour import names

        result = names.lookup(stripped, dataset=self.dataset)
        if result.unique:
            org_id = result.matches[0].id
            note = _Note(
                "name-resolved",
                f"read the name {show(text)} as the id {org_id}",
                "write the id (--normalize does)",
                error=False,
            )
            return (org_id, org_id, note)
        if result.ambiguous:
            candidates = ", ".join(org.id for org in result.matches)
            note = _Note(
                "ambiguous-name",
                f"{show(text)} names more than one organisation: {candidates}",
                "write the id of the one meant",
            )
            return (text, None, note)
        hint = (
            f"did you mean {', '.join(result.suggestions)}?"
            if result.suggestions
            else "see `jplabour search NAME`"
        )
        return (text, None, _Note("unknown-organization", f"no organisation {show(text)}", hint))

    def _reference(self, table: str) -> Callable[[str], _Cell]:
        known = frozenset(record.id for record in self.dataset.table(table))
        check_slug = _formatted(slug_format.validate)

        def check(text: str) -> _Cell:
            cell = check_slug(text)
            if cell[1] is not None and cell[1] not in known:
                return (text, None, _Note("unknown-reference", f"no {table} record {show(text)}"))
            return cell

        return check


def _normalized(text: str, norm: str, code: str = "normalized") -> _Note:
    return _Note(
        code, f"read {show(text)} as {norm}", "--normalize writes the plain form", error=False
    )


def _invalid(text: str, error: InvalidFormat) -> _Cell:
    return (text, None, _Note(error.code, error.message))


def _date(text: str) -> _Cell:
    """A partial date, Gregorian (:mod:`~jplabour.formats.partial_date`) or in a Japanese era (:mod:`~jplabour.formats.era_date`)."""
    gregorian = text.lstrip()[:1].isdigit()  # also full-width digits: era dates start with letters
    try:
        date = partial_date.parse(text) if gregorian else era_date.parse(text)
    except InvalidFormat as error:
        return _invalid(text, error)
    norm = str(date)
    if norm == text:
        return (norm, _plain_date(date), None)
    return (
        norm,
        _plain_date(date),
        _normalized(text, norm, "normalized" if gregorian else "era-date"),
    )


#: The empty cell of an integer checker that never meets one (the items of a
#: list, a default): :meth:`_Checkers.build` gives a column's checker its own.
_MISSING: Final[_Cell] = ("", None, _Note("missing-value", "a value is required"))


def _integer(minimum: int | None, missing: _Cell) -> Callable[[str], _Cell]:
    """The checker of a count: plain ASCII digits first, then :mod:`~jplabour.formats.number`."""
    least = 0 if minimum is None else minimum
    longest = number.MAX_DIGITS

    def check(text: str) -> _Cell:
        if (
            text.isdigit()
            and text.isascii()
            and len(text) <= longest
            and (text[0] != "0" or len(text) == 1)
        ):
            value = int(text)
            if value >= least:
                return (text, value, None)
        elif not text or text.isspace():
            return missing
        try:
            norm = number.validate(text)
        except InvalidFormat as error:
            return _invalid(text, error)
        value = int(norm)
        if value < least:
            return (text, None, _Note("minimum", f"{value} is less than {least}"))
        return (norm, value, None if norm == text else _normalized(text, norm))

    return check


_SEPARATORS: Final = re.compile(r"[\s-]+")


def _key(text: str) -> str:
    """*text* as a word of a closed vocabulary (column names, enum values, booleans).

    NFKC-folded, trimmed and lower-cased, with runs of spaces and hyphens as
    ``_``: ``Org ID``, ``org-id`` and ``ＯＲＧ＿ＩＤ`` are ``org_id``.
    """
    return _SEPARATORS.sub("_", unicodedata.normalize("NFKC", text).strip().lower())


def _boolean(text: str) -> _Cell:
    key = _key(text)
    if key in _TRUE or key in _FALSE:
        norm = "true" if key in _TRUE else "false"
        return (norm, norm == "true", None if norm == text else _normalized(text, norm))
    return (text, None, _Note("boolean", f"not true or false: {show(text)}", "write true or false"))


def _choice(choices: tuple[str, ...]) -> Callable[[str], _Cell]:
    folded = {_key(value): value for value in choices}
    listed = ", ".join(choices)

    def check(text: str) -> _Cell:
        if text in choices:
            return (text, text, None)
        value = folded.get(_key(text))
        if value is None:
            return (text, None, _Note("enum", f"not one of {listed}: {show(text)}"))
        return (value, value, _normalized(text, value))

    return check


def _formatted(validate_format: Callable[[str], str]) -> Callable[[str], _Cell]:
    """The checker of a column read by a format module (which gives text matching the model's pattern)."""

    def check(text: str) -> _Cell:
        try:
            norm = validate_format(text)
        except InvalidFormat as error:
            return _invalid(text, error)
        return (norm, norm, None if norm == text else _normalized(text, norm))

    return check


def _text(pattern: str | None, min_length: int) -> Callable[[str], _Cell]:
    expression = re.compile(pattern) if pattern else None

    def check(text: str) -> _Cell:
        norm = text.strip()
        if len(norm) < min_length:
            return (text, None, _Note("too-short", f"shorter than {min_length} characters"))
        if expression is not None and not expression.match(norm):
            return (text, None, _Note("pattern", f"does not match {pattern}: {show(text)}"))
        return (norm, norm, None)

    return check


def _cached(check: Callable[[str], _Cell]) -> tuple[dict[str, _Cell], Callable[[str], _Cell]]:
    """*check* remembering its verdict on up to :data:`_CACHE_LIMIT` texts, and its memory."""
    cache: dict[str, _Cell] = {}

    def remembered(text: str) -> _Cell:
        cell = check(text)
        if len(cache) >= _CACHE_LIMIT:
            cache.clear()
        if len(text) <= _SHORT_TEXT:
            cache[text] = cell
        return cell

    return cache, remembered


# --- reading files --------------------------------------------------------------


class _Source:
    """An opened input: its format, encoding, and the decoded text in chunks."""

    def __init__(self, path: Path, encoding: str | None) -> None:
        self.path = path
        self.name = str(path)
        # A regular file, or "-" for standard input; never a FIFO or a device by name.
        self.file = open_for_reading(path, stdin=True)
        try:
            first = read_chunk(self.file, _CHUNK)
            self.encoding, skip = self._encoding(first, encoding)
        except (OSError, UnusableInputError):
            self.file.close()
            raise
        self.first = first[skip:]
        #: Shift_JIS was guessed, not named: each line is checked for UTF-8 (mixed encodings).
        self.guessed_cp932 = encoding is None and skip == 0 and self.encoding == "cp932"
        self.offset = skip
        self.long_lines: set[int] = set()

    def close(self) -> None:
        """Close the file."""
        self.file.close()

    def _encoding(self, first: bytes, named: str | None) -> tuple[str, int]:
        """The codec of the file and the length of its byte order mark."""
        boms = (
            (codecs.BOM_UTF32_LE, None),
            (codecs.BOM_UTF32_BE, None),
            (codecs.BOM_UTF8, "utf-8"),
            (codecs.BOM_UTF16_LE, "utf-16-le"),
            (codecs.BOM_UTF16_BE, "utf-16-be"),
        )
        for bom, codec in boms:
            if first.startswith(bom):
                if codec is None:
                    raise UnusableInputError(
                        "UTF-32 is not read; save the file as UTF-8", path=self.name
                    )
                return codec, len(bom)
        if named is not None:
            return self._named(named), 0
        nul = first.find(_NUL)
        if nul >= 0:
            raise UnusableInputError(
                f"a NUL byte at byte offset {nul}: not a text table "
                "(UTF-16 needs a byte order mark, or --encoding utf-16-le)",
                path=self.name,
            )
        final = len(first) < _CHUNK
        utf8_error = _decode_error("utf-8", first, final)
        if utf8_error is None:
            return "utf-8", 0
        if _decode_error("cp932", first, final) is None:
            if _looks_like_euc_jp(first, final):
                raise UnusableInputError(
                    "the text looks like EUC-JP, which is not detected: name the encoding "
                    "with --encoding euc-jp (or --encoding shift_jis if it is Shift_JIS)",
                    path=self.name,
                )
            return "cp932", 0
        raise self._undecodable(utf8_error, 0, 0, "UTF-8, UTF-16 or Shift_JIS")

    def _undecodable(
        self, error: UnicodeDecodeError, offset: int, lines: int, encoding: str
    ) -> UnusableInputError:
        """The error of bytes that do not decode; *offset* and *lines* precede ``error.object``."""
        line = lines + error.object[: error.start].count(_NEWLINE) + 1
        return UnusableInputError(
            f"undecodable bytes at byte offset {offset + error.start} (line {line}): "
            f"not {encoding}; name the encoding with --encoding",
            path=self.name,
        )

    def _named(self, named: str) -> str:
        codec = _ENCODING_ALIASES.get(named.lower(), named)
        try:
            info = codecs.lookup(codec)
        except LookupError:
            raise UnusableInputError(f"unknown encoding {named!r}", path=self.name) from None
        if not getattr(info, "_is_text_encoding", True):
            raise UnusableInputError(f"{named!r} is not a text encoding", path=self.name)
        return info.name

    def texts(self) -> Iterator[str]:
        """The decoded text, a chunk at a time; UnusableInputError at undecodable bytes.

        A NUL character is an error whatever the encoding; so is a UTF-8 line
        in a file whose Shift_JIS was guessed (it would be read as mojibake).
        """
        try:
            decoder = codecs.getincrementaldecoder(self.encoding)(errors="strict")
        except LookupError as error:  # a codec that has no incremental decoder
            raise UnusableInputError(
                f"cannot read {self.encoding}: {error}", path=self.name
            ) from None
        mixed = _MixedEncodings(self.name) if self.guessed_cp932 else None
        chunk, lines, text_lines = self.first, 0, 0
        while True:
            final = not chunk
            if mixed is not None:
                mixed.check(chunk, final)
            pending = len(decoder.getstate()[0])
            try:
                text = decoder.decode(chunk, final)
            except UnicodeDecodeError as error:
                raise self._undecodable(
                    error, self.offset - pending, lines, self.encoding
                ) from None
            except UnicodeError as error:  # "UTF-16 stream does not start with BOM", "undefined"
                raise UnusableInputError(
                    f"cannot be read as {self.encoding}: {error}", path=self.name
                ) from None
            nul = text.find("\x00")
            if nul >= 0:
                raise UnusableInputError(
                    "a NUL character: not a text table",
                    path=self.name,
                    line=text_lines + text.count("\n", 0, nul) + 1,
                )
            self.offset += len(chunk)
            lines += chunk.count(_NEWLINE)
            text_lines += text.count("\n")
            if text:
                yield text
            if final:
                return
            chunk = read_chunk(self.file, _CHUNK)

    def lines(self, texts: Iterator[str]) -> Iterator[list[str]]:
        """The lines of *texts*, with their ends, in lists; over-long lines become empty ones."""
        first = next(texts, "")
        newline = "\r" if "\n" not in first and "\r" in first else "\n"
        tail, number, skipping = "", 0, False
        for text in itertools.chain((first,), texts):
            lines = io.StringIO(tail + text, newline=newline).readlines()
            tail = lines.pop() if lines and not lines[-1].endswith(newline) else ""
            if skipping and lines:
                lines[0], skipping = "", False
            number += len(lines)
            if len(tail) > LINE_LIMIT:
                if not skipping:
                    self.long_lines.add(number + 1)
                tail, skipping = "", True
            if any(len(line) > LINE_LIMIT for line in lines):
                start = number - len(lines) + 1
                for index, line in enumerate(lines):
                    if len(line) > LINE_LIMIT:
                        self.long_lines.add(start + index)
                        lines[index] = ""
            yield lines
        if skipping:
            yield [""]
        elif tail:
            yield [tail]

    def format(self, first_text: str) -> str:
        """csv, tsv, jsonl or json: from the extension, then from the content."""
        by_extension = _EXTENSIONS.get(self.path.suffix.lower())
        start = first_text.lstrip()[:1]
        if by_extension in ("json", "jsonl"):
            return "json" if start == "[" else "jsonl"
        if by_extension is None and start in ("[", "{"):
            return "json" if start == "[" else "jsonl"
        header = first_text.split("\n", 1)[0]
        if by_extension == "tsv" or ("\t" in header and "," not in header):
            return "tsv"
        return "csv"


class _MixedEncodings:
    """The check of a file read as guessed Shift_JIS for lines that are UTF-8 instead.

    A line that has non-ASCII bytes and decodes as UTF-8 is UTF-8: genuine
    Shift_JIS text almost never does. Decoded as CP932 it would be mojibake.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self.carry = b""
        self.line = 1

    def check(self, chunk: bytes, final: bool) -> None:
        """Check the complete lines of *chunk* (with the part line carried from the last)."""
        block = self.carry + chunk
        cut = len(block) if final else block.rfind(_NEWLINE) + 1
        complete, self.carry = block[:cut], block[cut:]
        if not complete.isascii():
            for offset, line in enumerate(complete.split(_NEWLINE)):
                if not line.isascii() and _decode_error("utf-8", line, final=True) is None:
                    raise UnusableInputError(
                        "this line is UTF-8 but the file was read as Shift_JIS (the encoding "
                        "detected from its start): mixed encodings; save the file in one",
                        path=self.name,
                        line=self.line + offset,
                    )
        self.line += complete.count(_NEWLINE)


def _looks_like_euc_jp(data: bytes, final: bool) -> bool:
    """True when *data*, which decodes as CP932, is more likely EUC-JP.

    EUC-JP kanji and kana are pairs of bytes from 0xA1 to 0xFE, which CP932
    mostly reads as half-width katakana: a text that is also valid EUC-JP and
    that CP932 reads as at least half half-width katakana is taken for EUC-JP.
    Genuine Shift_JIS text is mostly full-width.
    """
    if data.isascii() or _decode_error("euc_jp", data, final) is not None:
        return False
    text = codecs.getincrementaldecoder("cp932")().decode(data, final)
    wide = [char for char in text if not char.isascii()]
    halfwidth = sum(1 for char in wide if "\uff61" <= char <= "\uff9f")
    return 2 * halfwidth >= len(wide)


def _decode_error(codec: str, data: bytes, final: bool) -> UnicodeDecodeError | None:
    """Why *data* is not *codec*, or None when it is (or may be, when not *final*)."""
    try:
        codecs.getincrementaldecoder(codec)().decode(data, final)
    except UnicodeDecodeError as error:
        return error
    return None


def _cell_text(value: Any) -> str:  # noqa: PLR0911 -- one return per JSON type
    """A JSON value as the text of a cell."""
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, int):
        try:
            return str(value)
        except ValueError:  # more digits than sys.get_int_max_str_digits()
            return "[a number too long to read]"
    if isinstance(value, list):
        return LIST_SEPARATOR.join(
            _cell_text(item) if not isinstance(item, list | dict) else "[nested]" for item in value
        )
    if isinstance(value, Mapping):
        return "[object]"
    return str(value)


class _ObjectRows:
    """Rows of cells from JSON objects (one per line, or from an iterable of mappings).

    Like a :func:`csv.reader`, it has ``line_num``: here the line of the row read last.
    """

    def __init__(self, objects: Iterator[tuple[int, Any]], fields: tuple[str, ...]) -> None:
        self.objects = objects
        self.fields = fields
        self.line_num = 0
        #: The JSON object behind the current row, for --normalize.
        self.current: Mapping[str, Any] | None = None
        #: Why the current row is no object, or None.
        self.problem: _Note | None = None
        #: Keys that name no column, with the line each was first seen on.
        self.unknown: dict[str, int] = {}

    def __iter__(self) -> Iterator[list[str]]:
        return self

    def __next__(self) -> list[str]:
        line, value = next(self.objects)
        self.line_num = line
        if not isinstance(value, Mapping):
            self.problem = (
                value
                if isinstance(value, _Note)
                else _Note("not-an-object", f"a row is an object, not {type(value).__name__}")
            )
            self.current = None
            return [""] * len(self.fields)
        self.problem, self.current = None, value
        for key in value:
            if key not in self.fields and key not in self.unknown and len(self.unknown) < 100:
                self.unknown[str(key)] = line
        return [_cell_text(value.get(name)) for name in self.fields]


_TOO_LONG_LINE: Final = _Note("too-long", f"line longer than {LINE_LIMIT} characters")


def _json_lines(lines: Iterator[list[str]], long_lines: set[int]) -> Iterator[tuple[int, Any]]:
    """(line, object or note) per non-blank line of a JSON Lines text."""
    strict = _StrictJSON()
    for line_number, line in enumerate(itertools.chain.from_iterable(lines), start=1):
        if line_number in long_lines:
            yield line_number, _TOO_LONG_LINE
        elif line.strip():
            yield line_number, strict.value(line)


class _StrictJSON:
    """JSON read strictly: what parsers disagree on makes the value a ``bad-json`` note.

    A key given twice (Python keeps the last silently, other tools the first),
    NaN and Infinity (not JSON; written back they make invalid JSON), a number
    beyond a double's range, and an integer too long for Python to read, which
    is an error of its own row instead of the whole file's.
    """

    def __init__(self) -> None:
        self.flaws: list[str] = []
        hooks: dict[str, Any] = {
            "object_pairs_hook": self._object,
            "parse_constant": self._constant,
            "parse_float": self._float,
        }
        self.decoder = json.JSONDecoder(**hooks)
        # Used only when the fast decoder meets an integer Python refuses to read.
        self.integers = json.JSONDecoder(**hooks, parse_int=self._integer)

    def _object(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(pairs)
        if len(result) != len(pairs):
            seen: set[str] = set()
            twice = next(key for key, _ in pairs if key in seen or seen.add(key))  # type: ignore[func-returns-value]
            self.flaws.append(f"the key {show(twice)} appears twice in one object")
        return result

    def _constant(self, name: str) -> None:
        self.flaws.append(f"{name} is not a JSON value")

    def _float(self, text: str) -> float:
        value = float(text)
        if math.isinf(value):
            self.flaws.append(f"the number {text[:_SHORT_TEXT]} is beyond the range of a double")
        return value

    def _integer(self, text: str) -> int:
        digits = len(text.lstrip("-"))
        if digits > _MAX_DIGITS:
            self.flaws.append(f"an integer of {digits:,} digits")
            return 0
        return int(text)

    def raw_decode(self, text: str, position: int) -> tuple[Any, int]:
        """The value at *position* of *text* (or a note) and where it ends; ValueError as json's."""
        self.flaws.clear()
        try:
            value, end = self.decoder.raw_decode(text, position)
        except ValueError as error:
            if _INTEGER_TOO_LONG not in str(error):
                raise
            self.flaws.clear()
            value, end = self.integers.raw_decode(text, position)
        if self.flaws:
            return _Note("bad-json", f"not JSON: {self.flaws[0]}"), end
        return value, end

    def value(self, text: str) -> Any:
        """The JSON value of the whole *text*, or a note saying why it is not one."""
        try:
            start = _JSON_SPACE.match(text).end()  # type: ignore[union-attr]  # * matches ""
            value, end = self.raw_decode(text, start)
            if _JSON_SPACE.match(text, end).end() != len(text):  # type: ignore[union-attr]
                return _Note("bad-json", f"not JSON: extra data at column {end + 1}")
        except RecursionError:
            return _Note("bad-json", "JSON nested too deeply")
        except ValueError as error:
            return _Note("bad-json", f"not JSON: {error}")
        return value


#: The most digits of an integer read (Python's default limit for reading one).
_MAX_DIGITS: Final = 4300
#: What Python's error says of an integer beyond its limit of digits.
_INTEGER_TOO_LONG: Final = "integer string conversion"


def _json_array(texts: Iterator[str], name: str) -> Iterator[tuple[int, Any]]:  # noqa: C901, PLR0912, PLR0915 -- a streaming parser reads best as one function
    """(line, element or note) per element of a JSON array text, parsed as the text streams in."""
    decoder = _StrictJSON()
    buffer, position, line, exhausted = "", 0, 1, False

    def need(count: int = 1) -> bool:
        """Read on until *count* characters are buffered; False when the text ends first."""
        nonlocal buffer, position, exhausted
        while len(buffer) - position < count and not exhausted:
            text = next(texts, None)
            if text is None:
                exhausted = True
            else:
                buffer, position = buffer[position:] + text, 0
        return len(buffer) - position >= count

    def skip_space() -> None:
        nonlocal position, line
        while need():
            end = _JSON_SPACE.match(buffer, position).end()  # type: ignore[union-attr]  # * matches ""
            line += buffer.count("\n", position, end)
            position = end
            if position < len(buffer):
                return

    def unusable(message: str) -> UnusableInputError:
        return UnusableInputError(message, path=name, line=line)

    skip_space()
    if not need() or buffer[position] != "[":
        raise unusable("not a JSON array")
    position += 1
    skip_space()
    if need() and buffer[position] == "]":
        position += 1
    else:
        while True:
            skip_space()
            while True:
                try:
                    value, end = decoder.raw_decode(buffer, position)
                except RecursionError:
                    raise unusable("JSON nested too deeply") from None
                except ValueError as error:
                    if len(buffer) - position > LINE_LIMIT or not need(len(buffer) - position + 1):
                        raise unusable(f"not JSON: {error}") from None
                    continue
                if end < len(buffer) or not need(len(buffer) - position + 1):
                    break
            start = line
            line += buffer.count("\n", position, end)
            position = end
            yield start, value
            skip_space()
            if not need():
                raise unusable("the JSON array does not end")
            position += 1
            if buffer[position - 1] == "]":
                break
            if buffer[position - 1] != ",":
                raise unusable("expected , or ] in the JSON array")
    skip_space()
    if need():
        raise unusable("text after the end of the JSON array")


_JSON_SPACE: Final = re.compile(r"[ \t\r\n]*")


# --- the run --------------------------------------------------------------------


class _Run:
    """One validation: the checks of a table's columns, and the issues found."""

    def __init__(
        self,
        table: str,
        dataset: Dataset,
        max_errors: int | None,
        progress: Callable[[int], None] | None,
    ) -> None:
        if table not in TABLES:
            raise UnusableInputError(f"no table {table!r}; tables: {', '.join(TABLES)}")
        self.table = table
        self.dataset = dataset
        self.specs = _specs(table)
        self.checkers = _Checkers(dataset)
        self.max_errors = ERROR_LIMIT if max_errors is None else max_errors
        self.progress = progress
        self.errors: list[Issue] = []
        self.warnings: list[Issue] = []
        self.error_count = 0
        self.warning_count = 0
        self.rows = 0
        #: Rows that could not be carried into a cleaned copy, and the line of the first.
        self.uncopied_rows = 0
        self.first_uncopied = 0

    def add(self, line: int, column: str, value: str, note: _Note) -> None:
        """Record an issue, keeping it if the limits allow."""
        shown = value if len(value) <= _SHORT_TEXT else value[:_SHORT_TEXT] + "..."
        if note.error:
            self.error_count += 1
            if len(self.errors) < self.max_errors:
                self.errors.append(Issue(line, column, shown, note.code, note.message, note.hint))
        else:
            self.warning_count += 1
            if len(self.warnings) < WARNING_LIMIT:
                self.warnings.append(Issue(line, column, shown, note.code, note.message, note.hint))

    def add_always(self, line: int, note: _Note) -> None:
        """Record an error and keep it, whatever the limits (the one error a report must show)."""
        self.error_count += 1
        self.errors.append(Issue(line, "", "", note.code, note.message, note.hint))

    def uncopied(self, line: int) -> None:
        """Count a row that a cleaned copy could not hold as it was read."""
        if not self.uncopied_rows:
            self.first_uncopied = line
        self.uncopied_rows += 1

    def header(self, names: list[str], line: int) -> list[tuple[int, str]]:
        """(position, field) of the known columns of a header; the header's problems reported."""
        columns: list[tuple[int, str]] = []
        seen: set[str] = set()
        for position, raw in enumerate(names):
            name = _key(raw)
            if not name:
                note = _Note(
                    "unknown-column",
                    f"column {position + 1} has no name; it is not checked",
                    error=False,
                )
                self.add(line, "", raw, note)
            elif name in seen:
                note = _Note("duplicate-column", f"column {name!r} again", "the first is read")
                self.add(line, name, raw, note)
            elif name in self.specs:
                columns.append((position, name))
            else:
                self.add(line, name, raw, _unknown_column(self.table, name))
            seen.add(name)
        present = {name for _, name in columns}
        hint = f"a {self.table} table needs {', '.join(required_columns(self.table))}"
        first_hint = hint
        if not columns:
            shown = ", ".join(show(name) for name in names[:5]) + (
                ", ..." if len(names) > 5 else ""
            )
            first_hint += (
                f"; line {line} is read as the header but names none of them ({shown}): "
                "the first line must name the columns"
            )
        for name, spec in self.specs.items():
            if spec.required and name not in present:
                self.add(line, name, "", _Note("missing-column", f"no {name} column", first_hint))
                first_hint = hint
        return columns

    def check(  # noqa: C901, PLR0912, PLR0915 -- the hot loop stays one function: calls cost time per row
        self,
        reader: Any,
        columns: list[tuple[int, str]],
        width: int | None,
        write: Callable[[list[str], list[str]], None] | None,
        long_lines: Collection[int],
    ) -> None:
        """Check every row of *reader*; *write* gets each row's cells and normalised cells.

        *reader* is a :func:`csv.reader` or :class:`_ObjectRows`: rows of
        cells, with ``line_num``; *width* is the header's, for a table;
        *long_lines* are the lines skipped unread.
        """
        plan = []
        for position, name in columns:
            spec = self.specs[name]
            check = self.checkers.build(spec)
            cache: dict[str, _Cell] = {}
            if spec.kind != "int":
                cache, check = _cached(check)
            plan.append((position, name, cache, check))
        rules = _Rules(self, [name for _, name in columns])
        # Rows of objects know their line; a csv reader's line_num is the last line of a row.
        objects = reader if isinstance(reader, _ObjectRows) else None
        previous = reader.line_num
        add = self.add
        row_rules = rules.compile()
        progress = self.progress
        rows = 0
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                break
            except csv.Error as error:
                line = previous + 1
                previous = reader.line_num
                rows += 1
                add(line, "", "", _unreadable(error, line, previous))
                self.uncopied(line)
                continue
            line = previous + 1
            previous = reader.line_num
            if objects is not None:
                line = previous
            if not cells:
                if line in long_lines:
                    rows += 1
                    add(line, "", "", _TOO_LONG_LINE)
                    self.uncopied(line)
                continue
            rows += 1
            if objects is not None and objects.problem is not None:
                add(line, "", "", objects.problem)
                self.uncopied(line)
                continue
            if objects is None and previous > line:
                add(line, "", "", _multi_line(line, previous))
            if width is not None and len(cells) != width:
                add(line, "", "", _ragged(len(cells), width))
                cells += [""] * (width - len(cells))
            norms = []
            typed = []
            for position, name, cache, check in plan:
                text = cells[position]
                cell = cache.get(text) or check(text)
                norm, value, note = cell
                if note is not None:
                    add(line, name, text, note)
                norms.append(norm)
                typed.append(value)
            row_rules(line, norms, typed)
            if write is not None:
                write(cells, norms)
            if progress is not None and not rows % _PROGRESS_EVERY:
                progress(rows)
        self.rows = rows

    def report(self, path: str) -> ValidationReport:
        """The report of the run."""
        return ValidationReport(
            table=self.table,
            rows=self.rows,
            errors=tuple(self.errors),
            warnings=tuple(self.warnings),
            error_count=self.error_count,
            warning_count=self.warning_count,
            path=path,
        )


def _unreadable(error: csv.Error, line: int, last: int) -> _Note:
    """The error of a row the csv module could not read, over lines *line* to *last*."""
    if "field larger" in str(error):
        return _Note(
            "too-long",
            f"unreadable row over lines {line}-{last}: a cell longer than {FIELD_LIMIT:,} "
            "characters",
            "a quote that is never closed makes the following lines one cell",
        )
    span = f" over lines {line}-{last}" if last > line else ""
    return _Note("csv", f"unreadable row{span}: {error}")


def _multi_line(line: int, last: int) -> _Note:
    """The warning of a row whose quoted cells hold line breaks."""
    return _Note(
        "multi-line-row",
        f"one row over lines {line}-{last}: a quoted cell holds line breaks",
        "if it should not, a quote is left open",
        error=False,
    )


def _unknown_column(table: str, name: str) -> _Note:
    return _Note(
        "unknown-column", f"{table} has no column {name!r}; it is not checked", error=False
    )


def _ragged(found: int, width: int) -> _Note:
    if found > width:
        return _Note(
            "extra-cells", f"{found} cells, the header has {width}", "quote cells with commas"
        )
    return _Note(
        "missing-cells",
        f"{found} cells, the header has {width}",
        "the missing cells are read as empty",
    )


class _Rules:
    """The cross-row rules of one table, over the columns a file has.

    They keep only what they need: the keys seen, and the lifetimes and
    parents' figures of jplabour's organisations. A key with a date is kept
    as a bit in a bitmap of its other columns' values (:class:`_DaySets`); a
    key without one as its 64-bit hash (a false duplicate needs two keys with
    the same hash, about one chance in 10^7 at ten million rows).
    """

    def __init__(self, run: _Run, names: list[str]) -> None:
        self.run = run
        position = {name: index for index, name in enumerate(names)}
        specs = run.specs
        self.keys: list[tuple[str, int, Callable[[list[str]], Any], int, set[int], _DaySets]] = []
        for key in (("id",), NATURAL_KEYS.get(run.table, ())):
            if any(name in position for name in key) and all(
                name in position or not specs[name].required for name in key
            ):
                dated = [name for name in key if name in position and specs[name].kind == "date"]
                day = dated[-1] if dated else ""
                # Key columns the file lacks are left out: their value is the same in every row.
                group = [position[name] for name in key if name != day and name in position]
                self.keys.append(
                    (
                        ", ".join(key),
                        group[0],
                        operator.itemgetter(*group),
                        position.get(day, -1),
                        set(),
                        _DaySets(),
                    )
                )
        self.orders = [
            (early, late, position[early], position[late])
            for early, late in DATE_ORDER
            if early in position and late in position
        ]
        dates = [name for name in LIFETIME_DATES if name in position]
        orgs = [
            name for name in names if specs[name].kind == "organization" and not specs[name].many
        ]
        self.dated_orgs = [(o, d, position[o], position[d]) for o in orgs for d in dates]
        self.lifespans = _lifespans(run.dataset)
        self.parents = (
            (
                position["org_id"],
                position["value"],
                position["as_of"],
                _typed_getter(specs["unit"], position),
                _typed_getter(specs["counted"], position),
            )
            if run.table == "memberships" and {"org_id", "value", "as_of"} <= position.keys()
            else None
        )
        self.figures = _parent_figures(run.dataset)
        #: The keys whose memory is full.
        self.forgotten: set[str] = set()

    def compile(self) -> Callable[[int, list[str], list[Any]], None]:  # noqa: C901, PLR0915 -- the rules run per row: one closure, no calls on the happy path
        """The function applying the rules to one row: (line, normalised cells, typed cells)."""
        keys, orders = self.keys, self.orders
        lifespans, figures, parents = self.lifespans, self.figures, self.parents
        org_at, date_at = (-1, -1) if parents is None else (parents[0], parents[2])
        duplicate, unremembered = self.duplicate, self.unremembered

        keyed = [(*key, key[5].maps) for key in keys]
        spans = [(columns[2], columns[3], columns) for columns in self.dated_orgs]
        disorder, outside, above_parent = self.disorder, self.outside, self.above_parent

        def row(line: int, norms: list[str], typed: list[Any]) -> None:  # noqa: C901, PLR0912 -- inlined for speed
            for label, first_at, getter, day_at, seen, days, maps in keyed:
                if not norms[first_at]:
                    continue
                group = getter(norms)
                day = typed[day_at] if day_at >= 0 else None
                if day is not None:
                    # The fast path of _DaySets.add, inlined: the group's bitmap covers the day.
                    code = day[3]
                    entry = maps.get(group)
                    if entry is not None:
                        offset = code - entry[0]
                        index = offset >> 3
                        bits = entry[1]
                        if 0 <= index < len(bits):
                            mask = 1 << (offset & 7)
                            if bits[index] & mask:
                                duplicate(line, label)
                            else:
                                bits[index] |= mask
                            continue
                    new = days.add(group, code)
                    if new is not None:
                        if not new:
                            duplicate(line, label)
                        continue
                key = hash((group, norms[day_at] if day_at >= 0 else ""))
                if key in seen:
                    duplicate(line, label)
                elif len(seen) < KEY_LIMIT:
                    seen.add(key)
                else:
                    unremembered(line, label)
            for order in orders:
                early, late = typed[order[2]], typed[order[3]]
                if early is not None and late is not None and early[0] > late[1]:
                    disorder(line, order, norms)
            for span_org_at, span_date_at, columns in spans:
                span = lifespans.get(typed[span_org_at])
                if span is not None:
                    date = typed[span_date_at]
                    if date is not None and (date[1] < span[0] or date[0] > span[1]):
                        outside(line, columns, norms, span)
            if org_at >= 0:
                years = figures.get(typed[org_at])
                if years is not None:
                    date = typed[date_at]
                    if date is not None and date[2] in years:
                        above_parent(line, typed, years[date[2]])

        return row

    def unremembered(self, line: int, label: str) -> None:
        """Warn, once per key, that its keys from *line* on are no longer remembered."""
        if label in self.forgotten:
            return
        self.forgotten.add(label)
        note = _Note(
            "keys-not-remembered",
            f"{KEY_LIMIT:,} distinct keys ({label}) are remembered: from this line on, a row is "
            "a duplicate only of one of those",
            "split the file to check every key",
            error=False,
        )
        self.run.add(line, label, "", note)

    def duplicate(self, line: int, label: str) -> None:
        """Report a key seen before."""
        self.run.add(line, label, "", _Note("duplicate-key", f"the same {label} as an earlier row"))

    def disorder(self, line: int, order: tuple[str, str, int, int], norms: list[str]) -> None:
        """Report two dates of a row in the wrong order."""
        early, late, first, second = order
        message = f"{late} {norms[second]} is before {early} {norms[first]}"
        self.run.add(line, late, norms[second], _Note("date-order", message))

    def outside(
        self,
        line: int,
        columns: tuple[str, str, int, int],
        norms: list[str],
        span: tuple[int, int, Lifetime],
    ) -> None:
        """Report a date outside the lifetime of the row's organisation, saying why as the checks do."""
        org_column, date_column, _, date_at = columns
        date = norms[date_at]
        reason = span[2].excludes(PartialDate.parse(date))
        note = _Note(
            "outside-lifetime",
            f"{date_column} {date} is outside a lifetime: {reason}",
            f"check the {org_column} and the {date_column}",
        )
        self.run.add(line, date_column, date, note)

    def above_parent(self, line: int, typed: list[Any], figures: tuple[_Figure, ...]) -> None:
        """Report a count above a parent's count of the same year (*figures*), unit and group."""
        if self.parents is None:  # a table without the columns has no such rule
            return
        _, value_at, date_at, unit_of, counted_of = self.parents
        value, year = typed[value_at], typed[date_at][2]
        if value is None:
            return
        unit, counted = unit_of(typed), counted_of(typed)
        for parent_id, figure_unit, figure_counted, limit, shown in figures:
            if figure_unit == unit and figure_counted == counted and value > limit:
                note = _Note(
                    "above-parent",
                    f"{value} is more than the {shown} {unit} jplabour records for the parent "
                    f"{parent_id} in {year}",
                    "check the count, its unit and the organisation",
                )
                self.run.add(line, "value", str(value), note)


class _DaySets:
    """Sets of date codes, one per group of other key values, as growable bitmaps.

    Their memory grows with the span of dates per group, not with the rows.
    A bitmap grows to :data:`_BITMAP_LIMIT` bytes and all of them to
    :data:`_BITMAPS_LIMIT`; :meth:`add` returns None for codes beyond.
    """

    def __init__(self) -> None:
        self.maps: dict[Any, tuple[int, bytearray]] = {}
        self.size = 0

    def add(self, group: Any, code: int) -> bool | None:
        """Add *code* to *group*'s set: True when new, False when seen, None when not kept."""
        entry = self.maps.get(group)
        if entry is None:
            if self.size >= _BITMAPS_LIMIT:
                return None
            entry = self.maps[group] = (code - code % 8, bytearray(1))
            self.size += _GROUP_BYTES
        base, bits = entry
        offset = code - base
        index = offset >> 3
        if not 0 <= index < len(bits):
            entry = self._grow(group, entry, index)
            if entry is None:
                return None
            base, bits = entry
            offset = code - base
            index = offset >> 3
        mask = 1 << (offset & 7)
        if bits[index] & mask:
            return False
        bits[index] |= mask
        return True

    def _grow(
        self, group: Any, entry: tuple[int, bytearray], index: int
    ) -> tuple[int, bytearray] | None:
        """*group*'s bitmap grown to cover byte *index* (and more), or None past the limits."""
        base, bits = entry
        lower = min(index, 0)
        upper = max(index + 1, len(bits))
        if (
            upper - lower > _BITMAP_LIMIT
            or self.size + (upper - lower) - len(bits) > _BITMAPS_LIMIT
        ):
            return None
        slack = min(len(bits), _BITMAP_LIMIT - (upper - lower))
        before = -lower + (slack // 2 if lower < 0 else 0)
        after = upper - len(bits) + (slack if index >= len(bits) else 0)
        grown = bytearray(before) + bits + bytearray(max(after, 0))
        self.size += len(grown) - len(bits)
        entry = self.maps[group] = (base - 8 * before, grown)
        return entry


#: The most bytes one bitmap of :class:`_DaySets` takes (about 478 years of days).
_BITMAP_LIMIT: Final = 1 << 16
#: The most bytes all of them take.
_BITMAPS_LIMIT: Final = 1 << 25
#: What a group's entry costs beyond its bitmap (its key, tuple and dict slot), roughly:
#: a million distinct groups (unknown organisations, say) must not take 300 MB.
_GROUP_BYTES: Final = 256


def _typed_getter(spec: _Spec, position: Mapping[str, int]) -> Callable[[list[Any]], Any]:
    """The function picking a column's typed value, its default when the file lacks the column."""
    if spec.name not in position:
        return lambda _typed: spec.default
    at = position[spec.name]
    return lambda typed: typed[at]


def _lifespans(dataset: Dataset) -> dict[str, tuple[int, int, Lifetime]]:
    """Organisation id -> (first day, last day, lifetime) of its known lifetime, where one is known.

    The lifetimes of :func:`jplabour.lifetimes.lifetimes` (which end at a
    dissolution or a succession), as day ordinals for the per-row rule: a
    date is outside when it is certainly before the first or after the last
    day, as :meth:`~jplabour.lifetimes.Lifetime.excludes` has it.
    """
    spans = {}
    for lifetime in lifetimes(dataset).values():
        if lifetime.founded is None and lifetime.ended is None:
            continue
        first = lifetime.founded.earliest.toordinal() if lifetime.founded else 0
        last = (lifetime.ended.latest if lifetime.ended else dt.date.max).toordinal()
        spans[lifetime.org_id] = (first, last, lifetime)
    return spans


#: A parent's figure as the rule compares it: (parent, unit, counted, highest count allowed, shown).
_Figure = tuple[str, str, str, int, str]


def _parent_figures(dataset: Dataset) -> dict[str, dict[int, tuple[_Figure, ...]]]:
    """Member id -> year -> the figures of its parents dated in that year.

    A parent's figure counts when the member is an affiliate or associated
    organisation of it (:data:`~jplabour.checks.COUNTED_STATUSES`) and the
    figure is dated; an approximate figure allows
    :func:`~jplabour.checks.approximation_tolerance` more.
    """
    by_org: dict[str, list[Any]] = {}
    for figure in dataset.memberships:
        if figure.as_of is not None:
            by_org.setdefault(figure.org_id, []).append(figure)
    found: dict[str, dict[int, list[_Figure]]] = {}
    for link in dataset.affiliations:
        if link.status not in COUNTED_STATUSES:
            continue
        for figure in by_org.get(link.parent_id, ()):
            found.setdefault(link.member_id, {}).setdefault(figure.as_of.year, []).append(
                (
                    link.parent_id,
                    figure.unit.value,
                    figure.counted.value,
                    figure.value + approximation_tolerance(figure),
                    f"{figure.value:,}{' (approximately)' if figure.approximate else ''}",
                )
            )
    return {
        member: {year: tuple(dict.fromkeys(items)) for year, items in years.items()}
        for member, years in found.items()
    }


# --- writing the normalised copy --------------------------------------------------


class _Output:
    """The --normalize copy, written through *batch* (:class:`~jplabour._files.AtomicBatch`).

    The batch moves it into place when the run ends, and removes it on an
    error or a signal: there is a complete copy or none.
    """

    def __init__(
        self, batch: AtomicBatch, target: Path, source: Path, kind: str, force: bool
    ) -> None:
        if str(source) != STDIN and (
            target.resolve() == source.resolve() or (target.exists() and target.samefile(source))
        ):
            raise UnusableInputError(
                "--normalize must name a new file, not the input", path=str(target)
            )
        self.kind = kind
        encoding = "utf-8-sig" if kind in ("csv", "tsv") else "utf-8"
        self.file = io.TextIOWrapper(batch.open(target, force=force), encoding=encoding, newline="")
        self.writer = csv.writer(
            self.file, delimiter="\t" if kind == "tsv" else ",", lineterminator="\n"
        )
        self.rows = 0

    def discard(self) -> None:
        """Let go of the copy: the batch removes it."""
        self.file.detach()

    def finish(self) -> None:
        """End the copy; the batch moves it into place."""
        if self.kind == "json":
            self.file.write("\n]\n" if self.rows else "[]\n")
        self.file.flush()
        self.file.detach()

    def object(self, value: Mapping[str, Any]) -> None:
        """Write one JSON object."""
        text = json.dumps(value, ensure_ascii=False)
        if self.kind == "json":
            text = ("[\n" if not self.rows else ",\n") + text
        else:
            text += "\n"
        self.file.write(text)
        self.rows += 1


def _table_writer(
    output: _Output, header: list[str], columns: list[tuple[int, str]]
) -> Callable[[list[str], list[str]], None]:
    """The row writer of a CSV or TSV copy: known columns normalised, others as read.

    Formula-like cells are neutralised as the CSV export neutralises them
    (:mod:`jplabour.formulas`): a spreadsheet shows them as text, and
    :func:`jplabour.formulas.restore` gives the text back.
    """
    writerow = output.writer.writerow
    writerow(_neutralized(header))
    positions = [position for position, _ in columns]

    def write(cells: list[str], norms: list[str]) -> None:
        row = list(cells)
        for position, norm in zip(positions, norms, strict=True):
            row[position] = norm
        writerow(_neutralized(row))

    return write


def _neutralized(cells: list[str]) -> list[str]:
    """*cells* with the formula-like ones neutralised; empty cells stay empty."""
    return [formulas.neutralize(cell) if cell[:1] in _FORMULA_STARTS else cell for cell in cells]


#: The first characters of the texts :func:`jplabour.formulas.neutralize` may mark.
_FORMULA_STARTS: Final = frozenset("=+-@\t\r'")


def _object_writer(
    output: _Output, reader: _ObjectRows, specs: Mapping[str, _Spec]
) -> Callable[[list[str], list[str]], None]:
    """The row writer of a JSON copy: the object's keys, known ones normalised."""
    fields = reader.fields

    def write(cells: list[str], norms: list[str]) -> None:
        del cells
        original = reader.current
        if original is None:
            return
        normalised = dict(zip(fields, norms, strict=True))
        output.object(
            {
                key: _json_cell(specs[key], normalised[key], value) if key in specs else value
                for key, value in original.items()
            }
        )

    return write


def _json_cell(spec: _Spec, norm: str, original: Any) -> Any:
    """A normalised cell as the JSON value of its kind; an unreadable one as it was."""
    if not norm:
        return None if original in ("", None) else original
    try:
        if spec.many:
            return norm.split(LIST_SEPARATOR)
        if spec.kind == "int":
            return int(norm)
        if spec.kind == "bool":
            return {"true": True, "false": False}.get(norm, original)
    except ValueError:
        return original
    return norm


# --- the entry points ---------------------------------------------------------------


def validate(  # noqa: PLR0913 -- the documented signature
    rows_or_path: str | os.PathLike[str] | Iterable[Mapping[str, Any]],
    table: str,
    encoding: str | None = None,
    max_errors: int | None = None,
    *,
    dataset: Dataset | None = None,
    normalize: str | os.PathLike[str] | None = None,
    progress: Callable[[int], None] | None = None,
    force: bool = False,
) -> ValidationReport:
    """Validate a downstream table of *table* rows against jplabour.

    *rows_or_path* is a file (CSV, TSV, JSON Lines or a JSON array, told
    apart by extension and content) or an iterable of mappings, whose line
    numbers are their positions from 1. *encoding* names the file's
    encoding instead of detecting it. *max_errors* caps the errors kept
    (default :data:`ERROR_LIMIT`; all are counted). *normalize* writes a cleaned copy of the file there:
    a new file, or with *force* a regular file to replace (never a link, FIFO or device).
    *progress* is called with the rows done every 65,536 rows.

    Raises UnusableInputError for input that cannot be read at all, and
    ValueError when *encoding* or *normalize* is given with rows, or when
    *max_errors* is below 0 or above :data:`MAX_ERRORS_CEILING`. An argument
    of the wrong type is a TypeError naming it.
    """
    _check_arguments(
        rows_or_path,
        table,
        encoding=encoding,
        max_errors=max_errors,
        normalize=normalize,
        progress=progress,
    )
    run = _Run(table, DATASET if dataset is None else dataset, max_errors, progress)
    if isinstance(rows_or_path, str | os.PathLike):
        path = Path(rows_or_path)
        with field_size_limit(FIELD_LIMIT):
            _validate_file(
                run, path, encoding, None if normalize is None else Path(normalize), force
            )
        return run.report(str(path))
    if encoding is not None or normalize is not None:
        raise ValueError("encoding and normalize apply to a file, not to rows given in Python")
    _check_objects(run, enumerate(rows_or_path, start=1), None)
    return run.report("")


def _check_arguments(  # noqa: PLR0913 -- the arguments of validate
    rows_or_path: object,
    table: object,
    *,
    encoding: object,
    max_errors: object,
    normalize: object,
    progress: object,
) -> None:
    """TypeError or ValueError, naming the argument, for what validate cannot take."""
    if isinstance(rows_or_path, bytes | bytearray | Mapping) or not isinstance(
        rows_or_path, str | os.PathLike | Iterable
    ):
        raise TypeError(
            "validate() argument rows_or_path must be a path or an iterable of mappings, "
            f"not {type(rows_or_path).__name__}"
        )
    require_text(table, "table", "validate")
    if encoding is not None:
        require_text(encoding, "encoding", "validate")
    if normalize is not None and not isinstance(normalize, str | os.PathLike):
        raise TypeError(
            f"validate() argument normalize must be a path, not {type(normalize).__name__}"
        )
    if progress is not None and not callable(progress):
        raise TypeError("validate() argument progress must be callable")
    if max_errors is None:
        return
    if isinstance(max_errors, bool) or not isinstance(max_errors, int):
        raise TypeError(
            f"validate() argument max_errors must be an int, not {type(max_errors).__name__}"
        )
    if not 0 <= max_errors <= MAX_ERRORS_CEILING:
        raise ValueError(
            f"validate() argument max_errors must be from 0 to {MAX_ERRORS_CEILING:,}, "
            f"not {max_errors:,} (the errors past it are counted all the same)"
        )


def _validate_file(
    run: _Run, path: Path, encoding: str | None, target: Path | None, force: bool
) -> None:
    source = _Source(path, encoding)
    batch = AtomicBatch()
    try:
        with batch:
            texts = source.texts()
            first = next(texts, "")
            kind = source.format(first)
            texts = itertools.chain((first,), texts)
            output = None if target is None else _Output(batch, target, path, kind, force)
            if kind in ("csv", "tsv"):
                _check_table(run, source, texts, kind, output)
            elif kind == "json":
                _check_objects(run, _json_array(texts, source.name), output)
            else:
                _check_objects(run, _json_lines(source.lines(texts), source.long_lines), output)
            if output is not None and run.uncopied_rows:
                # The copy holds every row or is not written: no row is lost silently.
                output.discard()
                batch.abort()
                run.add_always(run.first_uncopied, _not_copied(run.uncopied_rows))
            elif output is not None:
                output.finish()
    finally:
        source.close()


def _not_copied(rows: int) -> _Note:
    return _Note(
        "not-copied",
        f"--normalize wrote no copy: {rows:,} rows cannot be carried into it as read, "
        "the first on this line",
        "fix the rows reported as unreadable, too long or not JSON, then run again",
    )


def _check_objects(run: _Run, objects: Iterator[tuple[int, Any]], output: _Output | None) -> None:
    """Check rows of JSON objects, (line, object or note) in *objects*; their keys name the columns."""
    reader = _ObjectRows(objects, tuple(run.specs))
    write = None if output is None else _object_writer(output, reader, run.specs)
    # No row of objects is empty: a line too long to read is a note of its row.
    run.check(reader, list(enumerate(reader.fields)), None, write, frozenset())
    for key, line in reader.unknown.items():
        run.add(line, key, "", _unknown_column(run.table, key))


def _check_table(
    run: _Run, source: _Source, texts: Iterator[str], kind: str, output: _Output | None
) -> None:
    """Check a CSV or TSV table: a header row, then rows of cells."""
    reader = csv.reader(
        itertools.chain.from_iterable(source.lines(texts)), delimiter="\t" if kind == "tsv" else ","
    )
    header: list[str] | None = None
    try:
        while not header:
            header = next(reader)
    except StopIteration:
        if source.long_lines:  # the only lines were skipped as too long: not an empty file
            raise UnusableInputError(
                f"the header line is longer than {LINE_LIMIT:,} characters",
                path=source.name,
                line=min(source.long_lines),
            ) from None
        raise UnusableInputError("the file is empty: no header row", path=source.name) from None
    except csv.Error as error:
        raise UnusableInputError(
            f"unreadable header: {error}", path=source.name, line=reader.line_num
        ) from None
    too_long = [line for line in source.long_lines if line <= reader.line_num]
    if too_long:
        # Skipped unread, it would leave the next line to be taken for the header.
        raise UnusableInputError(
            f"the header line is longer than {LINE_LIMIT:,} characters",
            path=source.name,
            line=min(too_long),
        )
    columns = run.header(header, reader.line_num)
    write = None if output is None else _table_writer(output, header, columns)
    run.check(reader, columns, len(header), write, source.long_lines)


# --- the command ---------------------------------------------------------------------


def configure_parser(parser: argparse.ArgumentParser) -> None:
    """``validate PATH --table TABLE [--encoding ENC] [--format text|json] [--max-errors N] [--normalize OUT]``."""
    parser.add_argument(
        "path", metavar="PATH", help="the CSV, TSV, JSON Lines or JSON file; - for standard input"
    )
    parser.add_argument(
        "--table", required=True, choices=tuple(TABLES), help="the table its rows belong to"
    )
    parser.add_argument(
        "--encoding",
        metavar="ENC",
        help="the file's encoding (default: detect UTF-8, UTF-16 with BOM, Shift_JIS)",
    )
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="the report's format"
    )
    parser.add_argument(
        "--max-errors",
        metavar="N",
        type=_count,
        help=f"keep the first N errors, at most {MAX_ERRORS_CEILING:,} (all are counted)",
    )
    parser.add_argument(
        "--normalize", metavar="OUT", help="write a cleaned copy to OUT (a new file)"
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="let --normalize replace an existing regular file (never a link, FIFO or device)",
    )


def _count(text: str) -> int:
    """A --max-errors value: a whole number from 0 to :data:`MAX_ERRORS_CEILING`."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 0 <= value <= MAX_ERRORS_CEILING:
        raise argparse.ArgumentTypeError(
            f"must be from 0 to {MAX_ERRORS_CEILING:,} (the errors past it are still counted)"
        )
    return value


def _progress() -> Callable[[int], None]:
    """Reports of rows done and rows per second, on stderr."""
    started = time.monotonic()

    def report(rows: int) -> None:
        elapsed = max(time.monotonic() - started, 1e-9)
        sys.stderr.write(f"\r{rows:,} rows, {rows / elapsed:,.0f} rows/s")
        sys.stderr.flush()

    return report


def run_command(args: argparse.Namespace) -> int:
    """Validate the file and print the report; 0 when valid, 1 when not."""
    terminal = sys.stderr.isatty()
    report = validate(
        args.path,
        args.table,
        encoding=args.encoding,
        max_errors=args.max_errors,
        normalize=args.normalize,
        progress=_progress() if terminal else None,
        force=args.force,
    )
    if terminal and report.rows >= _PROGRESS_EVERY:
        sys.stderr.write("\n")
    if args.format == "json":
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(report.render() + "\n")
    return EXIT_OK if report.valid else EXIT_FAILED
