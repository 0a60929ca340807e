"""What a run of the checks reports: findings, one per thing that does not add up, and the report."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final, Literal

import attrs

__all__ = ["Finding", "Report", "Severity", "error"]

Severity = Literal["error", "warning"]
#: How many record ids a one-line finding shows; JSON output lists them all.
_IDS_SHOWN: Final = 4


@attrs.frozen(kw_only=True)
class Finding:
    """One thing that does not add up."""

    check: str
    severity: Severity
    table: str
    record_ids: tuple[str, ...]
    message: str
    values: tuple[tuple[str, str], ...] = ()
    #: The errata that declare this finding a known problem of a source.
    erratum_ids: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The finding as JSON values."""
        return {
            "check": self.check,
            "severity": self.severity,
            "table": self.table,
            "record_ids": list(self.record_ids),
            "message": self.message,
            "values": dict(self.values),
            "erratum_ids": list(self.erratum_ids),
        }

    def one_line(self) -> str:
        """``SEVERITY check table:id[,id]: message``; past four ids, how many more."""
        hidden = len(self.record_ids) - _IDS_SHOWN
        shown = ",".join(self.record_ids[:_IDS_SHOWN]) + (f",… (+{hidden})" if hidden > 0 else "")
        tail = f" (erratum {', '.join(self.erratum_ids)})" if self.erratum_ids else ""
        return f"{self.severity.upper()} {self.check} {self.table}:{shown}: {self.message}{tail}"


@attrs.frozen
class Report:
    """The findings of a run of the checks."""

    findings: tuple[Finding, ...]

    @property
    def errors(self) -> int:
        """How many findings are errors."""
        return sum(f.severity == "error" for f in self.findings)

    @property
    def warnings(self) -> int:
        """How many findings are warnings."""
        return sum(f.severity == "warning" for f in self.findings)

    @property
    def ok(self) -> bool:
        """True when there is no error."""
        return self.errors == 0

    def to_dict(self) -> dict[str, Any]:
        """The report as the JSON document of ``jplabour check --format json``."""
        return {
            "ok": self.ok,
            "errors": self.errors,
            "warnings": self.warnings,
            "findings": [f.to_dict() for f in self.findings],
        }


def error(table: str, record_ids: Sequence[str], message: str, **values: object) -> Finding:
    """An error finding; :func:`run_checks` stamps it with the name of the check that made it."""
    return Finding(
        check="",
        severity="error",
        table=table,
        record_ids=tuple(record_ids),
        message=message,
        values=tuple((k, str(v)) for k, v in values.items()),
    )
