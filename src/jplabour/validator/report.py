"""What a validation finds: notes on cells, issues at lines, and the report."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Final, NamedTuple

import attrs

from jplabour.formats import show
from jplabour.plural import counted

__all__ = [
    "ERRORS_SHOWN",
    "ERROR_LIMIT",
    "MAX_ERRORS_CEILING",
    "SHORT_TEXT",
    "TOTALS_AFTER",
    "WARNINGS_SHOWN",
    "WARNING_LIMIT",
    "Issue",
    "Note",
    "Total",
    "ValidationReport",
    "shortened",
    "sorted_totals",
]

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
#: The longest text taken for a name or an id: longer cells are not looked up
#: as names nor remembered by the columns' caches, and issues show them cut.
SHORT_TEXT: Final = 200


class Note(NamedTuple):
    """What a check found in a cell or a row: an error, or a warning (normalisations)."""

    code: str
    message: str
    hint: str = ""
    error: bool = True


def shortened(value: str) -> str:
    """*value* cut to :data:`SHORT_TEXT` characters, as an issue shows it."""
    return value if len(value) <= SHORT_TEXT else value[:SHORT_TEXT] + "..."


@attrs.frozen
class Issue:
    """One finding: where (line, column), the cell's text, what (code, message), and a hint.

    ``line`` is the file's line (a sheet's row number), or the row's position
    from 1 for rows and DataFrames, 0 for their header; ``label`` is a
    DataFrame row's index label, as text.
    """

    line: int
    column: str
    value: str
    code: str
    message: str
    hint: str = ""
    label: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The issue as JSON: line, column, value, code, message, hint (and label, when set)."""
        found = attrs.asdict(self)
        if not self.label:
            del found["label"]
        return found

    def one_line(self, path: str, prefix: str = "") -> str:
        """``PATH:LINE: COLUMN: message (code) — hint``, *prefix* (``warning: ``) before the message.

        A DataFrame row's label follows its position: ``PATH:3 [index 'b']:``.
        """
        hint = f" — {self.hint}" if self.hint else ""
        column = f" {self.column}:" if self.column else ""
        message = " ".join(f"{prefix}{self.message}".split())
        where = "header" if self.line == 0 else str(self.line)
        label = f" [index {show(self.label)}]" if self.label else ""
        return f"{path}:{where}{label}:{column} {message} ({self.code}){hint}"


#: How many errors of one kind (column and code) the text report shows; the rest are counted.
ERRORS_SHOWN: Final = 50
#: How many issues the text report lists before it ends with totals per code and column.
TOTALS_AFTER: Final = 10


@attrs.frozen
class Total:
    """How many issues of one code a column had (``column`` is empty for a row's or a file's)."""

    code: str
    column: str
    error: bool
    count: int


@attrs.frozen
class ValidationReport:
    """The outcome of :func:`~jplabour.validator.validate`.

    ``errors`` holds at most ``max_errors`` errors (:data:`ERROR_LIMIT` when
    not given), and always the ``not-copied`` error of a ``--normalize`` that
    wrote no copy; ``warnings`` holds at most :data:`WARNING_LIMIT`;
    ``error_count`` and ``warning_count`` count all, and ``totals`` count
    all per code and column.
    """

    table: str
    rows: int
    errors: tuple[Issue, ...]
    warnings: tuple[Issue, ...]
    error_count: int
    warning_count: int
    path: str = ""
    totals: tuple[Total, ...] = ()

    @property
    def valid(self) -> bool:
        """True when no error was found."""
        return self.error_count == 0

    @property
    def counts(self) -> dict[str, int]:
        """Code -> how many issues of that code were found (all, kept or not)."""
        counts: dict[str, int] = {}
        for total in self.totals:
            counts[total.code] = counts.get(total.code, 0) + total.count
        return counts

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON (``--format json``)."""
        return {
            "valid": self.valid,
            "rows": self.rows,
            "errors": [issue.to_dict() for issue in self.errors],
            "warnings": [issue.to_dict() for issue in self.warnings],
            "error_count": self.error_count,
            "warning_count": self.warning_count,
            "counts": self.counts,
            "totals": [attrs.asdict(total) for total in self.totals],
        }

    def render(self) -> str:
        """The report as text: issues, a few of each kind; totals per code and column; a summary."""
        path = self.path or "<rows>"
        lines: list[str] = []
        # Issues repeat (every cell of a column written with full-width digits):
        # the first few of each kind are shown, the others counted.
        for issues, limit, prefix in (
            (self.errors, ERRORS_SHOWN, ""),
            (self.warnings, WARNINGS_SHOWN, "warning: "),
        ):
            shown: dict[tuple[str, str], int] = {}
            for issue in issues:
                kind = (issue.column, issue.code)
                shown[kind] = shown.get(kind, 0) + 1
                if shown[kind] <= limit:
                    lines.append(issue.one_line(path, prefix))
            what = "warning" if prefix else "error"
            lines += [
                f"{path}: {prefix}... and {counted(count - limit, f'more {code} {what}')}"
                f"{f' in column {column}' if column else ''} (--format json lists them)"
                for (column, code), count in shown.items()
                if count > limit
            ]
        for count, kept, what in (
            (self.error_count, self.errors, "error"),
            (self.warning_count, self.warnings, "warning"),
        ):
            if count > len(kept):
                more = counted(count - len(kept), f"more {what}")
                lines.append(f"{path}: ... and {more} (totals below)")
        lines += self._totals(path)
        verdict = "valid" if self.valid else "invalid"
        lines.append(
            f"{path}: {self.table}: {counted(self.rows, 'row')}, "
            f"{counted(self.error_count, 'error')}, {counted(self.warning_count, 'warning')}: "
            f"{verdict}"
        )
        return "\n".join(lines)

    def _totals(self, path: str) -> list[str]:
        """One line per code, errors first, most frequent first: ``PATH: 5 normalized warnings: value 4, as_of 1``.

        Shown when some issues are not listed above them, or more than
        :data:`TOTALS_AFTER` are.
        """
        listed = sum(min(n, ERRORS_SHOWN) for n in _kinds(self.errors).values()) + sum(
            min(n, WARNINGS_SHOWN) for n in _kinds(self.warnings).values()
        )
        if listed == self.error_count + self.warning_count <= TOTALS_AFTER:
            return []
        by_code: dict[tuple[bool, str], list[Total]] = {}
        for total in self.totals:
            by_code.setdefault((total.error, total.code), []).append(total)
        lines = []
        for (error, code), totals in sorted(
            by_code.items(), key=lambda item: (not item[0][0], -sum(t.count for t in item[1]))
        ):
            count = sum(total.count for total in totals)
            what = counted(count, f"{code} {'error' if error else 'warning'}")
            columns = ", ".join(
                f"{total.column or '(row)'} {total.count}"
                for total in sorted(totals, key=lambda total: -total.count)
            )
            lines.append(f"{path}: {what}: {columns}")
        return lines

    @classmethod
    def merge(cls, reports: Iterable[ValidationReport], *, path: str = "") -> ValidationReport:
        """One report of several, each of one partition of a table, in the table's order.

        Row positions (``line``) become positions in the whole: each partition's
        are offset by the rows before it. Index labels are kept as they are. A
        header problem every partition reports (line 0) is reported once.
        Errors and warnings are kept up to :data:`ERROR_LIMIT` and
        :data:`WARNING_LIMIT`; every count stays exact. Duplicate keys across
        partitions are a second step: see docs/validator.md.
        """
        reports = list(reports)
        if not reports:
            raise ValueError("no reports to merge")
        tables = {report.table for report in reports}
        if len(tables) > 1:
            raise ValueError(f"reports of different tables: {', '.join(sorted(tables))}")
        errors: list[Issue] = []
        warnings: list[Issue] = []
        counts: dict[tuple[str, str, bool], int] = {}
        seen_header: set[Issue] = set()
        offset = 0
        error_count = warning_count = 0
        for report in reports:
            for total in report.totals:
                kind = (total.code, total.column, total.error)
                counts[kind] = counts.get(kind, 0) + total.count
            error_count += report.error_count
            warning_count += report.warning_count
            for issues, merged, limit in (
                (report.errors, errors, ERROR_LIMIT),
                (report.warnings, warnings, WARNING_LIMIT),
            ):
                for issue in issues:
                    if issue.line == 0:
                        if issue in seen_header:  # the same header problem: counted once
                            counts[(issue.code, issue.column, issue in report.errors)] -= 1
                            error_count -= issue in report.errors
                            warning_count -= issue not in report.errors
                            continue
                        seen_header.add(issue)
                    if len(merged) < limit:
                        line = issue.line + offset if issue.line else 0
                        merged.append(attrs.evolve(issue, line=line))
            offset += report.rows
        return cls(
            table=reports[0].table,
            rows=offset,
            errors=tuple(errors),
            warnings=tuple(warnings),
            error_count=error_count,
            warning_count=warning_count,
            path=path or reports[0].path,
            totals=sorted_totals(counts),
        )


def _kinds(issues: Iterable[Issue]) -> dict[tuple[str, str], int]:
    kinds: dict[tuple[str, str], int] = {}
    for issue in issues:
        kinds[(issue.column, issue.code)] = kinds.get((issue.column, issue.code), 0) + 1
    return kinds


def sorted_totals(counts: Mapping[tuple[str, str, bool], int]) -> tuple[Total, ...]:
    """The totals of *counts* ((code, column, error) -> n), errors first, then by code and column."""
    return tuple(
        Total(code, column, error, count)
        for (code, column, error), count in sorted(
            counts.items(), key=lambda item: (not item[0][2], item[0][0], item[0][1])
        )
        if count
    )
