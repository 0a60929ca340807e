r"""JSON read strictly: what JSON parsers disagree on is a flaw, never a value taken silently.

A key given twice (Python keeps the last silently, other tools the first),
NaN and Infinity (not JSON; written back they make invalid JSON), a number
beyond a double's range, an integer too long for Python to read, and half a
surrogate pair (``"\udc80"``: no text, and no UTF encoding can write it). Both
readers of users' JSON use it: the validator reports a flaw as its row's
``bad-json`` issue, and :func:`jplabour.load.load_dataset` refuses the file.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any, Final

from jplabour.formats import show

__all__ = ["MAX_DIGITS", "StrictJSON"]

#: The most digits of an integer read (Python's default limit for reading one).
MAX_DIGITS: Final = 4300
#: What Python's error says of an integer beyond its limit of digits.
_INTEGER_TOO_LONG: Final = "integer string conversion"
#: How much of a number out of range a flaw shows.
_NUMBER_SHOWN: Final = 200
#: The escape of a surrogate, which only a pair of them makes a character.
_SURROGATE_ESCAPE: Final = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE: Final = re.compile("[\ud800-\udfff]")


class StrictJSON:
    """A JSON decoder that notes each flaw (:attr:`flaws`) instead of taking the value silently."""

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
            self.flaws.append(f"the number {text[:_NUMBER_SHOWN]} is beyond the range of a double")
        return value

    def _integer(self, text: str) -> int:
        digits = len(text.lstrip("-"))
        if digits > MAX_DIGITS:
            self.flaws.append(f"an integer of {digits:,} digits")
            return 0
        return int(text)

    def raw_decode(self, text: str, position: int) -> tuple[Any, int, str | None]:
        """The value at *position* of *text*, where it ends, and its first flaw (None: none).

        JSON's own errors are raised as :meth:`json.JSONDecoder.raw_decode` raises them.
        """
        self.flaws.clear()
        try:
            value, end = self.decoder.raw_decode(text, position)
        except ValueError as error:
            if _INTEGER_TOO_LONG not in str(error):
                raise
            self.flaws.clear()
            value, end = self.integers.raw_decode(text, position)
        self._surrogates(text, position, end, value)
        return value, end, self.flaws[0] if self.flaws else None

    def decode(self, text: str) -> tuple[Any, str | None]:
        """The value of the whole *text* and its first flaw; JSON's errors as :func:`json.loads`'s."""
        self.flaws.clear()
        value = self.decoder.decode(text)
        self._surrogates(text, 0, len(text), value)
        return value, self.flaws[0] if self.flaws else None

    def _surrogates(self, text: str, start: int, end: int, value: Any) -> None:
        """Note half a surrogate pair in *value*, decoded from ``text[start:end]``."""
        if _SURROGATE_ESCAPE.search(text, start, end):  # a lone one comes only from an escape
            lone = _lone_surrogate(value)
            if lone is not None:
                self.flaws.append(f"half a surrogate pair (\\u{ord(lone):04x}) is not text")


def _lone_surrogate(value: Any) -> str | None:
    """The first half of a surrogate pair in the texts of a decoded JSON *value*, or None."""
    if isinstance(value, str):
        found = _SURROGATE.search(value)
        return None if found is None else found.group()
    if isinstance(value, dict):
        items: Any = (part for pair in value.items() for part in pair)
    elif isinstance(value, list):
        items = value
    else:
        return None
    return next((lone for item in items if (lone := _lone_surrogate(item)) is not None), None)
