"""Pydantic field types for jplabour's vocabulary, after pydantic-extra-types.

``import jplabour.pydantic`` in a model module (``import jplabour`` alone
does not load pydantic)::

    from typing import Annotated
    from pydantic import BaseModel
    from jplabour.model import OrgKind
    from jplabour.pydantic import AffiliateOf, Kind, MemberCount, OrgId, PartialDateStr

    class Report(BaseModel):
        union: OrgId                                        # "UA ZENSEN" -> "ua-zensen"
        federation: Annotated[OrgId, Kind(OrgKind.INDUSTRIAL_FEDERATION)]
        affiliate: Annotated[OrgId, AffiliateOf("rengo", on="2019-10")]
        as_of: PartialDateStr                               # "令和元年10月" -> "2019-10"
        members: MemberCount                                # "1,767,000人" -> 1767000

- :class:`OrgId` stores an organisation id (an :class:`OrgId`, which is a
  ``str``); it reads an id or any name :func:`jplabour.lookup` resolves to
  one organisation. A name that means several organisations, or none, is a
  ``ValidationError`` listing the candidates or the closest ids (also in the
  error's ``ctx``).
- :class:`Kind` and :class:`AffiliateOf` narrow an :class:`OrgId` to some
  kinds, or to the members of a parent (at a date).
- :data:`PartialDateStr` stores ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.
- :data:`MemberCount` stores an ``int`` of at least 0.

**Strict and lax.** As with pydantic's own types, lax mode (the default)
reads what people write and strict mode (``ConfigDict(strict=True)``,
``Field(strict=True)`` or ``model_validate(..., strict=True)``) takes only the
stored form: an id, ``YYYY[-MM[-DD]]``, an ``int``. In strict mode a name is
refused with the id to write instead. In both modes a bool is not a count.

**JSON Schema.** As for pydantic's own types, ``model_json_schema()``
describes the stored form: the enum of ids (narrowed by :class:`Kind` and
:class:`AffiliateOf`), the partial-date pattern, an integer of 0 to 18 digits.
The same vocabulary is published in ``schemas/`` (:mod:`jplabour.schema_vocabulary`).

The readers are :mod:`jplabour.values`, shared with :mod:`jplabour.attrs`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from typing import Annotated, Any, Final

import attrs
from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import PydanticCustomError, core_schema

from jplabour.api import MEMBER_STATUSES, DateLike, OrgRef, affiliates, get, resolve
from jplabour.data import DATASET
from jplabour.model import PARTIAL_DATE_PATTERN, AffiliationStatus, Organization, OrgKind
from jplabour.schema_vocabulary import org_id_schema, vocabulary_id
from jplabour.values import MAX_COUNT, InvalidValue, member_count, org_id, partial_date_text

__all__ = [
    "AffiliateOf",
    "Kind",
    "MemberCount",
    "OrgId",
    "PartialDateStr",
]


def _error(error: InvalidValue) -> PydanticCustomError:
    """*error* as pydantic's error: type ``jplabour_`` + its code, its candidates in ``ctx``."""
    context: dict[str, Any] = {}
    if error.candidates:
        context["candidates"] = list(error.candidates)
    if error.suggestions:
        context["suggestions"] = list(error.suggestions)
    # The message goes in last: pydantic fills the template key by key, in order.
    context["reason"] = error.message
    return PydanticCustomError(f"jplabour_{error.code.replace('-', '_')}", "{reason}", context)


def _schema(
    read: Callable[..., Any], serialization: core_schema.SerSchema | None = None
) -> core_schema.CoreSchema:
    """A core schema that reads with *read*, strict or lax as pydantic's mode says."""

    def lax(value: Any) -> Any:
        try:
            return read(value)
        except InvalidValue as error:
            raise _error(error) from None

    def strict(value: Any) -> Any:
        try:
            return read(value, strict=True)
        except InvalidValue as error:
            raise _error(error) from None

    return core_schema.lax_or_strict_schema(
        lax_schema=core_schema.no_info_plain_validator_function(lax),
        strict_schema=core_schema.no_info_plain_validator_function(strict),
        serialization=serialization,
    )


def _stored_org_id(value: object, *, strict: bool = False) -> OrgId:
    return OrgId(org_id(value, strict=strict))


class OrgId(str):
    """The id of an organisation in jplabour's data; reads an id or any name it knows.

    The stored value is an :class:`OrgId`, a ``str`` equal to the id, whose
    :attr:`organization` is the record.
    """

    __slots__ = ()

    @property
    def organization(self) -> Organization:
        """The organisation's record."""
        return get(self)

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: type[Any], handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        del source, handler
        return _schema(_stored_org_id, core_schema.to_string_ser_schema(when_used="always"))

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        del schema, handler
        return {
            "title": "OrgId",
            "description": f"A jplabour organisation id ({vocabulary_id('org-id')}). "
            "In lax mode any name jplabour knows for one organisation is read as its id.",
            **org_id_schema(),
        }


@attrs.frozen
class _Narrowing:
    """The ids an :class:`OrgId` narrowed by a :class:`Kind` or :class:`AffiliateOf` accepts."""

    ids: frozenset[str] = attrs.field(repr=False, eq=False)
    why: str = attrs.field(repr=False, eq=False)

    def __get_pydantic_core_schema__(
        self, source: type[Any], handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        def check(value: OrgId) -> OrgId:
            if value not in self.ids:
                raise PydanticCustomError(
                    "jplabour_organization_not_allowed",
                    "{reason}",
                    {"reason": f"{value} is not {self.why}"},
                )
            return value

        return core_schema.no_info_after_validator_function(check, handler(source))

    def __get_pydantic_json_schema__(
        self, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        json_schema = handler.resolve_ref_schema(handler(schema))
        if "enum" in json_schema:
            json_schema["enum"] = [value for value in json_schema["enum"] if value in self.ids]
        json_schema["description"] = f"{json_schema.get('description', '')} It is {self.why}."
        return json_schema


@attrs.frozen(init=False)
class Kind(_Narrowing):
    """Narrows an :class:`OrgId` to organisations of some kinds.

    ``Annotated[OrgId, Kind(OrgKind.INDUSTRIAL_FEDERATION)]``; several kinds
    accept any of them.
    """

    kinds: tuple[OrgKind, ...]

    def __init__(self, *kinds: OrgKind | str) -> None:
        if not kinds:
            raise ValueError("Kind() needs at least one OrgKind")
        wanted = tuple(OrgKind(kind) for kind in kinds)
        ids = frozenset(org.id for org in DATASET.organizations if org.kind in wanted)
        why = "of the kind " + " or ".join(kind.value for kind in wanted)
        self.__attrs_init__(ids, why, wanted)


@attrs.frozen(init=False)
class AffiliateOf(_Narrowing):
    """Narrows an :class:`OrgId` to the members of a parent, at a date if given.

    ``Annotated[OrgId, AffiliateOf("rengo", on="2019-10")]`` accepts the
    organisations :func:`jplabour.affiliates` lists for RENGO in force in
    October 2019 (affiliated, associated or former members by default;
    *statuses* as there). Without *on*, every member the data links to the
    parent, current and former.
    """

    parent: str
    on: str | None
    statuses: frozenset[AffiliationStatus] | None

    def __init__(
        self,
        parent: OrgRef,
        on: DateLike | None = None,
        *,
        statuses: Collection[AffiliationStatus] | None = MEMBER_STATUSES,
    ) -> None:
        parent_id = resolve(parent).id
        links = affiliates(parent_id, on, statuses=statuses)
        why = f"a member of {parent_id}" + (f" in {on}" if on is not None else "")
        self.__attrs_init__(
            frozenset(link.member_id for link in links),
            why,
            parent_id,
            None if on is None else str(on),
            None if statuses is None else frozenset(statuses),
        )


#: The JSON Schema of a :data:`PartialDateStr`: its stored form.
_PARTIAL_DATE_JSON_SCHEMA: Final = {
    "type": "string",
    "pattern": PARTIAL_DATE_PATTERN,
    "description": f"A partial date YYYY, YYYY-MM or YYYY-MM-DD ({vocabulary_id('partial-date')}). "
    "In lax mode other spellings and Japanese era dates (令和元年10月) are read too.",
}
#: The JSON Schema of a :data:`MemberCount`: its stored form.
_MEMBER_COUNT_JSON_SCHEMA: Final = {
    "type": "integer",
    "minimum": 0,
    "maximum": MAX_COUNT,
    "description": "A count of members. In lax mode its text is read too "
    f"(1,767,000, full-width digits, 人; {vocabulary_id('member-count')}).",
}


class _Reader:
    """The pydantic hooks of an ``Annotated`` type read by one of :mod:`jplabour.values`."""

    def __init__(self, read: Callable[..., Any], json_schema: Mapping[str, Any]) -> None:
        self.read = read
        self.json_schema = json_schema

    def __get_pydantic_core_schema__(
        self, source: type[Any], handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        del source, handler
        return _schema(self.read)

    def __get_pydantic_json_schema__(
        self, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        del schema, handler
        return dict(self.json_schema)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.read.__name__})"


#: A partial date, stored as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.
PartialDateStr = Annotated[str, _Reader(partial_date_text, _PARTIAL_DATE_JSON_SCHEMA)]
#: A count of members, stored as an ``int`` of at least 0.
MemberCount = Annotated[int, _Reader(member_count, _MEMBER_COUNT_JSON_SCHEMA)]
