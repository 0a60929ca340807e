"""What an erratum's problem names that its quote must show: the people and the figures.

An erratum quotes the problematic span of its source; its ``problem`` says
what is wrong in our words. When the problem names a person or a figure of
the source, the quote must contain it, so that a reader sees the evidence
for every claim (an erratum about five undated leaders quotes all five).

- A person is named when one of their printed forms (``printed_as``, or the
  given and family names in either order) stands in the problem as whole
  words; the quote must then hold one of that person's forms. Case is
  ignored, so "Rikio KOZU" and "Rikio Kozu" are one name.
- A figure is a number of at least 100 written in the problem ("968",
  "1.2 million", "563,185") that the source itself states somewhere, years
  (1800 to 2099 written without a separator) and phone numbers and codes
  (digits joined by hyphens) aside. A number the source does
  not state is our own arithmetic (a sum, a count of rows) and needs no quote.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from jplabour.model import Erratum, Person
from jplabour.provenance import fold_space, numbers_in

__all__ = ["MIN_FIGURE", "missing_from_quote", "person_forms"]

#: The smallest number taken for a figure: smaller ones are ordinals and counts of rows.
MIN_FIGURE: Final = 100
_YEAR: Final = re.compile(r"(?<![0-9])(?<![0-9][,.])(1[89][0-9]{2}|20[0-9]{2})(?![0-9]|[,.][0-9])")
#: Digits joined by hyphens or brackets: a phone number or a code, not a figure.
_CODE: Final = re.compile(r"[0-9()+]+(?:-[0-9()]+)+")


def person_forms(person: Person) -> tuple[str, ...]:
    """Every way the person may be written: as printed, and given/family in either order."""
    forms = (
        *person.printed_as,
        f"{person.given_name} {person.family_name}",
        f"{person.family_name} {person.given_name}",
    )
    return tuple(dict.fromkeys(fold_space(form) for form in forms))


def _named(form: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text, re.IGNORECASE) is not None


def _figures(text: str) -> set[int]:
    """The numbers of at least :data:`MIN_FIGURE` in *text*, years written bare aside."""
    return {n for n in numbers_in(_YEAR.sub(" ", _CODE.sub(" ", text))) if n >= MIN_FIGURE}


def missing_from_quote(
    erratum: Erratum, people: Iterable[Person], source_text: str | None
) -> tuple[str, ...]:
    """The people and figures the problem names that the quote does not show.

    Figures are checked only against a known *source_text* (the figures it
    states); people always.
    """
    problem, quote = fold_space(erratum.problem), fold_space(erratum.quote)
    missing = []
    for person in people:
        forms = person_forms(person)
        named = [form for form in forms if _named(form, problem)]
        if named and not any(_named(form, quote) for form in forms):
            missing.append(named[0])
    if source_text is not None:
        stated = numbers_in(fold_space(source_text))
        shown = numbers_in(quote)
        missing += [f"{n:,}" for n in sorted(_figures(problem)) if n in stated and n not in shown]
    return tuple(missing)
