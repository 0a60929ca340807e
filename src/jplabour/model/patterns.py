r"""The patterns of the model's text fields, shared by every derived schema.

Every pattern is anchored at both ends and reads the same in Python's re, in
ECMA-262 (ajv, browsers) and in Rust's regex (jsonschema-rs): no ``\s``, ``\w`` or ``\d``,
whose meaning differs between them, and an end that Python's ``$`` alone does
not give, since it also matches before a final newline. They are plain
strings: nothing here compiles them, which ``import jplabour`` would pay for.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "E164_PATTERN",
    "EMAIL_PATTERN",
    "ID_PATTERN",
    "LANGUAGE_PATTERN",
    "PARTIAL_DATE_PATTERN",
    "PATTERN_END",
    "POSTAL_CODE_PATTERN",
    "URI_PATTERN",
]

#: The end of every pattern: the end of the text, and not before a final newline.
PATTERN_END: Final = r"$(?!\n)"

#: Stable lowercase slugs: letters, digits and single hyphens.
ID_PATTERN: Final = r"^[a-z0-9]+(?:-[a-z0-9]+)*" + PATTERN_END

#: International telephone numbers: "+", a country code, at most 15 digits.
E164_PATTERN: Final = r"^\+[1-9][0-9]{6,14}" + PATTERN_END

#: Japanese postal codes: NNN-NNNN.
POSTAL_CODE_PATTERN: Final = r"^[0-9]{3}-[0-9]{4}" + PATTERN_END

#: A lowercase ISO 639 language code, the first subtag of a BCP 47 tag.
LANGUAGE_PATTERN: Final = r"^[a-z]{2,3}" + PATTERN_END

#: E-mail addresses: a local part of the printable ASCII characters RFC 5322
#: allows unquoted (so no space or control character), "@", and a domain of
#: ASCII labels.
EMAIL_PATTERN: Final = (
    r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+" + PATTERN_END
)

#: Absolute URIs of RFC 3986: a scheme, a colon, then URI characters only
#: (unreserved, reserved and percent-encoded), so no space or control character.
URI_PATTERN: Final = (
    r"^[A-Za-z][A-Za-z0-9+.-]*:(?:[A-Za-z0-9._~:/?#\[\]@!$&'()*+,;=-]|%[0-9A-Fa-f]{2})+"
    + PATTERN_END
)

# The parts of a partial date. A year is 0001 to 9999; each month has its own
# last day; 29 February needs a leap year of the Gregorian calendar: a multiple
# of 4 that is not a multiple of 100 (the last two digits), or a multiple of 400.
_YEAR: Final = r"(?:[0-9]{3}[1-9]|[0-9]{2}[1-9]0|[0-9][1-9]00|[1-9]000)"
_LEAP_YEAR: Final = (
    r"(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)"
)
_MONTH_DAY: Final = (
    r"(?:(?:0[13578]|1[02])(?:-(?:0[1-9]|[12][0-9]|3[01]))?"
    r"|(?:0[469]|11)(?:-(?:0[1-9]|[12][0-9]|30))?"
    r"|02(?:-(?:0[1-9]|1[0-9]|2[0-8]))?)"
)
#: The pattern of a partial date: YYYY, YYYY-MM or YYYY-MM-DD, a date of the
#: Gregorian calendar (no year 0000, no 2019-02-29, no 2019-04-31).
#: :meth:`jplabour.model.PartialDate.parse` accepts exactly what it matches.
PARTIAL_DATE_PATTERN: Final = rf"^(?:{_YEAR}(?:-{_MONTH_DAY})?|{_LEAP_YEAR}-02-29)" + PATTERN_END
