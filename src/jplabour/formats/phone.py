"""Telephone and fax numbers, Japanese or international, to E.164: ``03-5295-0526`` -> ``+81352950526``.

A Japanese number is written with its leading trunk ``0`` (``03-5295-0526``,
``(03)5295-0526``, ``０３－５２９５－０５２６``) or with the country code
(``+81-3-5295-0526``, ``+81 (0)3 5295 0526``). Japanese national numbers
have ten digits with the ``0``, or eleven for mobile, IP and M2M numbers
(``090``, ``080``, ``070``, ``050``, ``020``, ``060``) and ``0800``. Other
countries' numbers must be given in international form (``+44 20 ...``).
"""

from __future__ import annotations

import re
from typing import Final

from jplabour.formats import InvalidFormat, predicate, prepare, show
from jplabour.model import E164_PATTERN

__all__ = ["compact", "format", "is_valid", "validate"]

_NOISE: Final = re.compile(r"[\s\-.()/]")
_PREFIX: Final = re.compile(r"^(?:tel|fax|phone|電話|tel\.|fax\.)[:：]?", re.IGNORECASE)
_DIGITS: Final = re.compile(r"[0-9]+")
#: The stored form, as the model declares it for phone and fax.
_E164: Final = re.compile(E164_PATTERN)
_ELEVEN_DIGIT: Final = ("020", "050", "060", "070", "080", "090", "0800")


def compact(text: str) -> str:
    """*text* without a ``TEL:`` label, spaces, hyphens, dots and parentheses."""
    return _NOISE.sub("", _PREFIX.sub("", prepare(text)))


def _japanese(national: str, text: str) -> str:
    """The E.164 form of a Japanese number given with its trunk 0."""
    if not _DIGITS.fullmatch(national):
        raise InvalidFormat(f"not a telephone number: {show(text)}", "phone")
    expected = 11 if national.startswith(_ELEVEN_DIGIT) else 10
    if len(national) != expected or national.startswith("00"):
        raise InvalidFormat(
            f"a Japanese number starting {national[:4]} has {expected} digits, not "
            f"{len(national)}: {show(text)}",
            "phone-length",
        )
    return "+81" + national[1:]


def validate(text: str) -> str:
    """The number in E.164 form, ``+`` and digits."""
    number = compact(text)
    if number.startswith("+810"):
        return _japanese(number[3:], text)
    if number.startswith("+81"):
        return _japanese("0" + number[3:], text)
    if number.startswith("+"):
        if not _E164.fullmatch(number):
            raise InvalidFormat(
                f"not an international number (+ and 7 to 15 digits): {show(text)}", "phone"
            )
        return number
    if number.startswith("0"):
        return _japanese(number, text)
    raise InvalidFormat(
        f"no area code: {show(text)}; write the number with its leading 0 or with +81", "phone-area"
    )


is_valid = predicate(validate)


def format(text: str) -> str:  # noqa: A001 -- the python-stdnum name
    """The display form: Japanese numbers as dialled in Japan (``03-5295-0526``), others in E.164.

    Area codes of other lengths than Tokyo's and Osaka's cannot be told from
    the digits alone; such numbers are shown in E.164.
    """
    number = validate(text)
    if not number.startswith("+81"):
        return number
    national = "0" + number[3:]
    # 0800 before 080: a freephone number is not a mobile one.
    if national.startswith(("0120", "0800")):
        return f"{national[:4]}-{national[4:7]}-{national[7:]}"
    if national.startswith(_ELEVEN_DIGIT[:-1]):
        return f"{national[:3]}-{national[3:7]}-{national[7:]}"
    if national.startswith(("03", "06")):
        return f"{national[:2]}-{national[2:6]}-{national[6:]}"
    return number
