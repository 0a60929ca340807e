"""Errors that the command line turns into one-line messages and exit codes."""

from __future__ import annotations

__all__ = [
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_UNUSABLE",
    "UnusableInputError",
    "escape_unprintable",
    "require_text",
]

#: Exit codes shared by every command.
EXIT_OK = 0
EXIT_FAILED = 1
EXIT_UNUSABLE = 2
#: The shell's code for a command stopped by Ctrl-C (128 + SIGINT).
EXIT_INTERRUPTED = 130


class UnusableInputError(Exception):
    """Input that cannot be read at all: a missing file, not JSON, the wrong shape.

    The message is one line and names the file and, where known, the line and field.
    """

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        self.path = path
        self.line = line
        self.field = field
        self.detail = message
        super().__init__(self.one_line())

    def one_line(self) -> str:
        """``PATH:LINE: FIELD: message`` on one line, leaving out what is unknown.

        Control characters in any part (a file name with a line break, say)
        are escaped, so the message never spans lines.
        """
        where = ":".join(
            part for part in (self.path, None if self.line is None else str(self.line)) if part
        )
        parts = [p for p in (where, self.field) if p]
        text = " ".join(self.detail.split())
        return escape_unprintable(": ".join([*parts, text]))


def escape_unprintable(text: str) -> str:
    """*text* with every non-printable character written as a backslash escape.

    Line and paragraph separators (U+2028, U+2029) are non-printable too, so
    the text stays on one line.
    """
    return "".join(
        char if char.isprintable() else char.encode("unicode_escape").decode("ascii")
        for char in text
    )


def require_text(value: object, parameter: str, function: str) -> None:
    """Raise TypeError naming *function*'s *parameter* unless *value* is a ``str``.

    ``get(None)`` says ``get() argument org_id must be a str, not NoneType``,
    rather than an error from deep inside the name matching.
    """
    if not isinstance(value, str):
        raise TypeError(
            f"{function}() argument {parameter} must be a str, not {type(value).__name__}"
        )
