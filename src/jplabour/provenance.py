"""Finding quotes in source texts, and the numbers and dates they state.

Quotes are matched verbatim after folding runs of white space to one space,
because the source files wrap lines and indent freely.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Final

__all__ = ["fold_space", "numbers_in", "quote_found", "seed_texts_by_source"]

_SPACE: Final = re.compile(r"\s+")
_NUMBER: Final = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?")


def fold_space(text: str) -> str:
    """*text* with every run of white space folded to one space, and stripped."""
    return _SPACE.sub(" ", text).strip()


@cache
def _folded(text: str) -> str:
    return fold_space(text)


def quote_found(quote: str, source_text: str) -> bool:
    """True when *quote* stands verbatim in *source_text*, white space folded."""
    folded = fold_space(quote)
    return bool(folded) and folded in _folded(source_text)


def numbers_in(text: str) -> set[str]:
    """The numbers written in *text*, without thousands separators: '1,767,000' -> '1767000'."""
    found = set()
    for match in _NUMBER.finditer(text):
        number = match.group().rstrip(",").replace(",", "")
        found.add(number)
    return found


def seed_texts_by_source() -> Mapping[str, str]:
    """Source id -> full text, from the texts embedded in the package."""
    from jplabour.data import DATASET
    from jplabour.data.seed_texts import SEED_TEXTS

    return {source.id: SEED_TEXTS[source.file] for source in DATASET.sources}
