"""The words of jplabour's closed vocabularies (column names, enum values) as users write them.

:func:`key` folds case, width, spaces and hyphens: ``Org ID``, ``org-id``
and ``ＯＲＧ＿ＩＤ`` are ``org_id``.

jplabour's enum values are British (``organisations``, ``programme``,
``national_centre``); American tables write ``organizations``, ``program``,
``national_center``. :func:`american` folds a word to one spelling, so that
two spellings of the same word fold alike; the validator reads a value whose
fold matches one of a vocabulary's, and says so.

The rules are the regular pairs: -ise/-ize (and -isation, -ised, -ising),
-yse/-yze, -our/-or, -tre/-ter, -mme/-m, -ogue/-og, -ence/-ense (defence,
licence), and a doubled l before -ed, -ing, -er (travelled). Folding both
sides means no word is changed unless both spellings exist in the rules.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Final

__all__ = ["EXACT", "FOLDED", "SPELLING", "Vocabulary", "american", "key"]

#: How :meth:`Vocabulary.read` found a value.
EXACT: Final = "exact"
FOLDED: Final = "folded"
SPELLING: Final = "spelling"

_SEPARATORS: Final = re.compile(r"[\s-]+")


def key(text: str) -> str:
    """*text* as a word of a closed vocabulary (column names, enum values, booleans).

    NFKC-folded, trimmed and lower-cased, with runs of spaces and hyphens as
    ``_``: ``Org ID``, ``org-id`` and ``ＯＲＧ＿ＩＤ`` are ``org_id``.
    """
    return _SEPARATORS.sub("_", unicodedata.normalize("NFKC", text).strip().lower())


_RULES: Final = (
    (re.compile(r"(?<=[a-z]{2})is(?=e[sd]?$|ing$|ation)"), "iz"),
    (re.compile(r"(?<=[a-z])ys(?=e[sd]?$|ing$)"), "yz"),
    (re.compile(r"(?<=[a-z]{2})our(?=s?$|ed$|ing$|ite|able)"), "or"),
    (re.compile(r"(?<=[a-z]{2})tre(?=s?$)"), "ter"),
    (re.compile(r"(?<=[a-z]{3})mme(?=s?$)"), "m"),
    (re.compile(r"(?<=[a-z]{2})ogue(?=s?$)"), "og"),
    (re.compile(r"(?<=[a-z]{2}[cf])ence(?=s?$)"), "ense"),
    (re.compile(r"(?<=[aeiou])ll(?=ed$|ing$|er$)"), "l"),
)
_WORDS: Final = re.compile(r"[a-z]+")


def american(text: str) -> str:
    """*text* with each word in its American spelling: ``national_centre`` -> ``national_center``.

    Words are runs of ASCII letters; *text* is expected lower-case (the
    validator folds case first). Everything else is kept.
    """
    return _WORDS.sub(lambda match: _word(match[0]), text)


def _word(word: str) -> str:
    for expression, replacement in _RULES:
        word = expression.sub(replacement, word)
    return word


class Vocabulary:
    """A closed list of values, read from the spellings users write.

    :meth:`read` gives the value and how it was found: ``exact``, ``folded``
    (:func:`key`: case, width, spaces, hyphens) or ``spelling`` (British or
    American, :func:`american`).
    """

    def __init__(self, values: Iterable[str]) -> None:
        self.values = tuple(values)
        self._exact = frozenset(self.values)
        self._folded = {key(value): value for value in self.values}
        self._spelled = {american(folded): value for folded, value in self._folded.items()}

    def read(self, text: str) -> tuple[str, str] | None:
        """(value, how) of *text*, or None when it is none of the values."""
        if text in self._exact:
            return text, EXACT
        folded = key(text)
        value = self._folded.get(folded)
        if value is not None:
            return value, FOLDED
        value = self._spelled.get(american(folded))
        if value is not None:
            return value, SPELLING
        return None
