"""attrs converters and validators for jplabour's vocabulary, for users' ``@define`` classes.

::

    import attrs
    import jplabour.attrs

    @attrs.define
    class Row:
        union: str = jplabour.attrs.org_id()          # "UA ZENSEN" -> "ua-zensen"
        as_of: str = jplabour.attrs.partial_date()    # "令和元年10月" -> "2019-10"
        members: int = jplabour.attrs.member_count()  # "1,767,000人" -> 1767000

Each ``field`` function returns an ``attrs.field`` with a converter that
reads what people write and a validator that holds the stored form (so that
assigning to an ``@define`` class's attribute, which runs both, is checked
too). ``default=None`` or ``optional=True`` lets a field hold None, as
``attrs.converters.optional`` would. The converters and validators are public for use in a field of your
own: ``attrs.field(converter=to_org_id, validator=is_org_id)``. A refused
value raises :class:`jplabour.values.InvalidValue`, a ValueError whose
message lists the candidates of an ambiguous name or the ids closest to an
unknown one. The readers are :mod:`jplabour.values`, shared with
:mod:`jplabour.pydantic`.
"""

from __future__ import annotations

from typing import Any

import attrs

from jplabour import values
from jplabour.values import InvalidValue

__all__ = [
    "InvalidValue",
    "is_member_count",
    "is_org_id",
    "is_partial_date",
    "member_count",
    "org_id",
    "partial_date",
    "to_member_count",
    "to_org_id",
    "to_partial_date",
]


def to_org_id(value: object) -> str:
    """Converter: the id of the organisation an id, a record or a name means."""
    return values.org_id(value)


def to_partial_date(value: object) -> str:
    """Converter: *value* as ``YYYY[-MM[-DD]]``, from any spelling ``jplabour validate`` reads."""
    return values.partial_date_text(value)


def to_member_count(value: object) -> int:
    """Converter: *value* as a count, from an int or text such as ``1,767,000人``."""
    return values.member_count(value)


def _validator(read: Any, what: str) -> Any:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        del instance
        try:
            read(value, strict=True)
        except InvalidValue as error:
            raise error.prefixed(attribute.name) from None

    check.__doc__ = f"Validator: the value is {what}, as stored."
    return check


#: Validator: the value is an organisation id.
is_org_id = _validator(values.org_id, "an organisation id")
#: Validator: the value is a partial date ``YYYY[-MM[-DD]]``.
is_partial_date = _validator(values.partial_date_text, "a partial date YYYY[-MM[-DD]]")
#: Validator: the value is an int of at least 0.
is_member_count = _validator(values.member_count, "a count of at least 0")


def _field(convert: Any, check: Any, optional: bool, kwargs: dict[str, Any]) -> Any:
    """An ``attrs.field`` that converts and checks; one that may hold None if *optional*.

    ``default=None`` implies *optional*: attrs runs the converter on a default too.
    """
    if optional or ("default" in kwargs and kwargs["default"] is None):
        convert, check = attrs.converters.optional(convert), attrs.validators.optional(check)
    return attrs.field(converter=convert, validator=check, **kwargs)


def org_id(*, optional: bool = False, **kwargs: Any) -> Any:
    """An ``attrs.field`` of an organisation id, read from an id or a name; *kwargs* as attrs.field.

    With *optional* (implied by ``default=None``) the field may also hold None.
    """
    return _field(to_org_id, is_org_id, optional, kwargs)


def partial_date(*, optional: bool = False, **kwargs: Any) -> Any:
    """An ``attrs.field`` of a partial date ``YYYY[-MM[-DD]]``; *optional* and *kwargs* as :func:`org_id`."""
    return _field(to_partial_date, is_partial_date, optional, kwargs)


def member_count(*, optional: bool = False, **kwargs: Any) -> Any:
    """An ``attrs.field`` of a count of members; *optional* and *kwargs* as :func:`org_id`."""
    return _field(to_member_count, is_member_count, optional, kwargs)
