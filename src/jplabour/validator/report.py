"""What a validation finds: notes on cells, issues at lines, and the report."""

from __future__ import annotations

from typing import Any, Final, NamedTuple

import attrs

__all__ = [
    "ERROR_LIMIT",
    "MAX_ERRORS_CEILING",
    "SHORT_TEXT",
    "WARNINGS_SHOWN",
    "WARNING_LIMIT",
    "Issue",
    "Note",
    "ValidationReport",
    "shortened",
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
    """The outcome of :func:`~jplabour.validator.validate`.

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
