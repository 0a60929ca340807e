"""Text formats of downstream tables, one module per format, in the python-stdnum style.

Every module offers the same four functions:

- ``compact(text) -> str``: the text with the noise stripped (full-width
  characters, spaces, separators), not yet checked;
- ``validate(text) -> str``: the normalised value, or :class:`InvalidFormat`
  with a one-line message and a ``code``;
- ``is_valid(text) -> bool``;
- ``format(text) -> str``: the display form (which raises like ``validate``).

The modules are :func:`module_names`; they import only the standard library,
this package, :mod:`jplabour.model` and attrs (to read the patterns the
model declares), and none is imported by ``import jplabour``.
"""

from __future__ import annotations

import pkgutil
import unicodedata
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Final

__all__ = [
    "DASHES",
    "MAX_LENGTH",
    "InvalidFormat",
    "module_names",
    "predicate",
    "prepare",
    "show",
]

#: The most characters :func:`prepare` reads when a format names no limit of
#: its own (URLs, for one, take more, dates fewer); longer text is rejected
#: unread.
MAX_LENGTH: Final = 1000

#: Hyphens, dashes, minus signs and the long-vowel mark that Japanese input
#: methods and spreadsheets put where an ASCII hyphen is meant.
DASHES: Final[Mapping[int, str]] = MappingProxyType(dict.fromkeys(map(ord, "‐‑‒–—―−ー－ｰ﹣"), "-"))


class InvalidFormat(ValueError):  # noqa: N818 -- the python-stdnum name
    """A value that does not have the format; ``code`` says how it fails."""

    def __init__(self, message: str, code: str) -> None:
        self.message = " ".join(message.split())
        self.code = code
        super().__init__(self.message)


def show(text: str) -> str:
    """*text* quoted for a one-line message, shortened when long."""
    shown = text if len(text) <= 40 else text[:37] + "..."
    return repr(shown)


def prepare(text: object, limit: int = MAX_LENGTH, *, dashes: bool = True) -> str:
    """*text* checked to be a string of at most *limit* characters, NFKC-folded and stripped.

    NFKC turns full-width digits, letters and punctuation (``１２３``, ``ＵＡ``,
    ``，``) and the era ligatures (``㍻``, ``㋿``) into their plain forms. With
    *dashes*, every kind of dash becomes an ASCII hyphen; formats whose text
    may hold words (URLs, e-mail addresses) pass False, so that the katakana
    long-vowel mark ー stays a letter.
    """
    if not isinstance(text, str):
        raise InvalidFormat(f"not text but {type(text).__name__}", "not-text")
    if len(text) > limit:
        raise InvalidFormat(f"longer than {limit} characters", "too-long")
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
        if dashes:
            text = text.translate(DASHES)
    return text.strip()


def module_names() -> tuple[str, ...]:
    """The names of the format modules of this package, sorted."""
    return tuple(
        sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))
    )


def predicate(validate: Callable[[str], str]) -> Callable[[str], bool]:
    """The ``is_valid`` of a format module: True when *validate* accepts the text."""

    def is_valid(text: str) -> bool:
        try:
            validate(text)
        except InvalidFormat:
            return False
        return True

    is_valid.__doc__ = "True when :func:`validate` accepts *text*."
    return is_valid
