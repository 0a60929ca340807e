"""Which of a table's fields each column of a user's table holds.

A user's header says ``組合名,組合員数,時点`` or ``Organisation,Members,As of``
where jplabour's memberships table has ``org_id,value,as_of``. The user says
which is which, on the command line (``--column 組合名=org_id``, see
:func:`parse_option`) or in Python (``columns={"組合名": "org_id"}``);
:func:`rename` gives the header as jplabour reads it.

Nothing is mapped silently. When a required column is missing,
:func:`suggest` names the likely sources among the header's unmapped columns
(a close spelling of a field, or a header that tables commonly use for it,
:data:`COMMON_HEADERS`), and :func:`as_options` / :func:`as_argument` write
them ready to paste.
"""

from __future__ import annotations

import difflib
import shlex
from collections.abc import Collection, Mapping, Sequence
from types import MappingProxyType
from typing import Final

from jplabour.errors import UnusableInputError
from jplabour.vocabulary import key

__all__ = [
    "COMMON_HEADERS",
    "as_argument",
    "as_options",
    "check_mapping",
    "parse_option",
    "rename",
    "suggest",
]

#: Headers that tables commonly give a field, folded by :func:`~jplabour.vocabulary.key`:
#: Japanese ones first, then English. They are only ever suggested, never applied.
COMMON_HEADERS: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        "org_id": (
            "組合名",
            "組織名",
            "団体名",
            "組合",
            "労働組合",
            "労組",
            "産別",
            "産別名",
            "単組",
            "単組名",
            "organisation",
            "organization",
            "organisation_name",
            "organization_name",
            "org",
            "org_name",
            "union",
            "union_name",
            "trade_union",
            "federation",
            "name",
        ),
        "value": (
            "組合員数",
            "組合員",
            "人数",
            "人員",
            "組織人員",
            "加盟人員",
            "構成人員",
            "会員数",
            "員数",
            "members",
            "membership",
            "member_count",
            "number_of_members",
            "count",
            "number",
            "total",
            "figure",
            "headcount",
        ),
        "as_of": (
            "時点",
            "年月",
            "年月日",
            "日付",
            "年",
            "調査時点",
            "基準日",
            "時期",
            "date",
            "year",
            "as_at",
            "asof",
            "period",
        ),
        "unit": ("単位",),
        "counted": ("対象", "集計対象"),
        "approximate": ("概数", "概算", "approx", "approximately", "estimate", "estimated"),
        "member_id": ("加盟組織", "加盟組合", "加盟団体", "member", "affiliate"),
        "parent_id": ("上部団体", "加盟先", "所属", "ナショナルセンター", "parent", "centre"),
        "status": ("加盟状況", "状態", "関係"),
        "since": ("開始", "就任", "就任年", "from", "start"),
        "until": ("終了", "退任", "退任年", "to", "end"),
        "person_id": ("氏名", "人物", "person", "officer"),
        "role": ("役職", "役職名", "position"),
        "date": ("年月日", "日付", "日時"),
        "kind": ("種別", "種類", "区分", "type"),
        "summary": ("概要", "内容", "説明", "description"),
        "name_en": ("英語名", "英文名", "英語名称", "english_name", "name_in_english"),
        "name_ja": ("名称", "正式名称", "日本語名", "japanese_name"),
        "founded": ("結成", "結成年", "結成日", "設立", "設立年", "創立", "established"),
        "dissolved": ("解散", "解散年", "解散日", "dissolution"),
        "family_name": ("姓", "名字", "surname", "last_name"),
        "given_name": ("名前", "first_name", "forename"),
    }
)
#: How close a header's spelling must be to a field's to be suggested (difflib's ratio).
_CLOSE: Final = 0.8


def parse_option(text: str) -> tuple[str, str]:
    """``SOURCE=FIELD`` of ``--column`` as (source, field); ValueError when malformed.

    The last ``=`` separates them: a source header may hold one, a field never does.
    """
    source, separator, field = text.rpartition("=")
    if not separator or not source.strip() or not field.strip():
        raise ValueError(f"--column takes SOURCE=FIELD (e.g. 組合名=org_id), not {text!r}")
    return source, field.strip()


def check_mapping(mapping: Mapping[object, str], fields: Sequence[str], table: str) -> None:
    """Refuse a mapping onto a field *table* does not have, or onto one field twice."""
    targets: dict[str, object] = {}
    for source, field in mapping.items():
        if not isinstance(field, str) or field not in fields:
            close = difflib.get_close_matches(str(field), fields, n=1)
            hint = (
                f" (did you mean {close[0]}?)" if close else f"; its columns: {', '.join(fields)}"
            )
            raise UnusableInputError(
                f"--column {source}={field}: {table} has no column {field!r}{hint}"
            )
        if field in targets:
            raise UnusableInputError(
                f"--column: both {targets[field]!r} and {source!r} are mapped to {field}"
            )
        targets[field] = source


def rename(header: Sequence[str], mapping: Mapping[object, str], *, path: str = "") -> list[str]:
    """*header* with each mapped column named by its field; the others as they are.

    A source matches a header cell as written, or else folded like a column
    name (``As of`` is ``as_of``). A source that matches no column is an
    UnusableInputError that lists what the header has.
    """
    renamed = list(header)
    by_text = {text: position for position, text in reversed(list(enumerate(header)))}
    by_key = {key(text): position for position, text in reversed(list(enumerate(header)))}
    for source, field in mapping.items():
        text = str(source)
        position = by_text.get(text, by_key.get(key(text)))
        if position is None:
            shown = ", ".join(repr(cell) for cell in header[:12])
            raise UnusableInputError(
                f"--column {text}={field}: no column {text!r} in the header (it has {shown}"
                f"{', ...' if len(header) > 12 else ''})",
                path=path or None,
            )
        renamed[position] = field
    return renamed


def suggest(
    header: Sequence[str], fields: Collection[str], present: Collection[str]
) -> list[tuple[str, str]]:
    """(source, field) pairs likely meant: *header*'s unmapped columns for absent *fields*.

    A column is likely a field when its folded name is one of the field's
    :data:`COMMON_HEADERS` or a close spelling of the field's name. Each
    field and each column is suggested at most once, in header order.
    """
    absent = [field for field in fields if field not in present]
    taken: set[str] = set()
    pairs = []
    for text in header:
        folded = key(text)
        if not folded or folded in fields:
            continue
        field = next(
            (f for f in absent if f not in taken and folded in COMMON_HEADERS.get(f, ())), None
        ) or next(
            iter(
                difflib.get_close_matches(folded, [f for f in absent if f not in taken], 1, _CLOSE)
            ),
            None,
        )
        if field is not None:
            taken.add(field)
            pairs.append((text, field))
    return pairs


def as_options(pairs: Sequence[tuple[str, str]]) -> str:
    """``--column SOURCE=FIELD ...``, quoted for a shell where needed (``組合名`` is not)."""
    return " ".join(f"--column {_shell_word(f'{source}={field}')}" for source, field in pairs)


def _shell_word(text: str) -> str:
    """*text* as one shell word: as it is when letters, digits and ``_-.=/:@%+,`` only."""
    if text and all(char.isalnum() or char in "_-.=/:@%+," for char in text):
        return text
    return shlex.quote(text)


def as_argument(pairs: Sequence[tuple[str, str]]) -> str:
    """``columns={'SOURCE': 'FIELD', ...}``: the same mapping for :func:`jplabour.validate`."""
    return f"columns={dict(pairs)!r}"
