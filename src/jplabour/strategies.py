"""Hypothesis strategies for users' property tests: real ids, names, dates and rows.

Needs Hypothesis: ``pip install "jplabour[testing]"``. ::

    from hypothesis import given
    from jplabour import strategies as js

    @given(js.organization_ids(kind="industrial_federation", alive_on="2019"))
    def test_my_loader_keeps_every_federation(org_id): ...

- :func:`organization_ids`: ids, of some kinds, of organisations that may exist at a date;
- :func:`organization_names`: every name jplabour resolves to one organisation,
  in the spellings people use (case, full width); :func:`ambiguous_names`:
  names that mean several;
- :func:`partial_dates`: ``YYYY[-MM[-DD]]``, optionally within an organisation's lifetime;
- :func:`era_dates`: Japanese era dates, valid (``令和元年10月``, ``H31.4.30``) or
  not (``平成32年``, ``令和元年度``); :func:`era_spellings` spells a given date;
- :func:`membership_rows`: rows of a membership table that ``jplabour validate``
  accepts as they are; :func:`messy_membership_rows` and :func:`messy_versions`:
  the same rows with the spreadsheet habits it reads (names for ids,
  ``1,767,000人``, full-width digits, era dates, stray spaces and capitals).

Everything is drawn from the embedded data, read on first use.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Collection, Mapping
from typing import Any, Final

try:
    from hypothesis import strategies as st
except ImportError as error:  # pragma: no cover - the message is the point
    raise ImportError(
        'jplabour.strategies needs Hypothesis: pip install "jplabour[testing]"'
    ) from error

from jplabour.api import DateLike, OrgRef, resolve
from jplabour.data import DATASET
from jplabour.formats import era_date
from jplabour.lifetimes import lifetimes
from jplabour.model import Counted, OrgKind, PartialDate, Unit
from jplabour.name_keys import names_of
from jplabour.names import lookup

__all__ = [
    "LATEST",
    "ambiguous_names",
    "era_dates",
    "era_spellings",
    "membership_rows",
    "messy_membership_rows",
    "messy_versions",
    "organization_ids",
    "organization_names",
    "partial_dates",
]

#: The last day :func:`membership_rows` dates a count (counts are not forecasts).
LATEST: Final = dt.date(2030, 12, 31)
#: The first day of a Japanese era date (the Meiji era's first day).
_MEIJI: Final = era_date.ERAS[0].first
#: The highest count :func:`membership_rows` gives an organisation without a parent's figure.
_MOST_MEMBERS: Final = 10_000_000
_PRECISIONS: Final = (4, 7, 10)  # the lengths of YYYY, YYYY-MM, YYYY-MM-DD


# --------------------------------------------------------------------------- organisations


def organization_ids(
    kind: OrgKind | str | Collection[OrgKind | str] | None = None,
    alive_on: DateLike | None = None,
) -> st.SearchStrategy[str]:
    """Ids of jplabour's organisations, sorted; shrinks towards the first.

    *kind* keeps one kind or several (:class:`~jplabour.model.OrgKind` or its
    value). *alive_on* keeps the organisations that may exist at that date:
    not founded certainly after it, nor dissolved or merged certainly before
    (:class:`~jplabour.lifetimes.Lifetime`). ValueError when none is left.
    """
    kinds = None
    if kind is not None:
        given = [kind] if isinstance(kind, OrgKind | str) else list(kind)
        kinds = {OrgKind(one) for one in given}
    date = None if alive_on is None else PartialDate.coerce(alive_on)
    spans = lifetimes(DATASET)
    ids = sorted(
        org.id
        for org in DATASET.organizations
        if (kinds is None or org.kind in kinds)
        and (date is None or spans[org.id].excludes(date) is None)
    )
    if not ids:
        raise ValueError(f"no organisation of kind {kind!r} alive on {alive_on!r}")
    return st.sampled_from(ids)


def _fullwidth(text: str) -> str:
    """*text* with its ASCII letters, digits and punctuation in full width (as IMEs type them)."""
    return "".join(chr(ord(char) + 0xFEE0) if "!" <= char <= "~" else char for char in text)


@functools.cache
def _unique_names() -> tuple[tuple[str, str], ...]:
    """(name, id) for every name of every organisation that lookup resolves to it alone."""
    found = []
    for org in DATASET.organizations:
        for _, name in names_of(org):
            result = lookup(name)
            if result.unique and result.matches[0].id == org.id:
                found.append((name, org.id))
    return tuple(dict.fromkeys(found))


def organization_names(org: OrgRef | None = None) -> st.SearchStrategy[str]:
    """Names that :func:`jplabour.lookup` resolves to exactly one organisation (*org*, if given).

    Every stored name (English, romanised, Japanese, abbreviations, aliases,
    ids, without a leading "The" or a trailing bracket), as printed, upper- or
    lower-cased, or in full-width letters.
    """
    wanted = None if org is None else resolve(org).id
    names = sorted(name for name, org_id in _unique_names() if wanted in (None, org_id))
    if not names:
        raise ValueError(f"jplabour knows no name that means {wanted} alone")
    return st.builds(
        lambda name, spell: spell(name),
        st.sampled_from(names),
        st.sampled_from([str, str.upper, str.lower, _fullwidth]),
    )


def ambiguous_names() -> st.SearchStrategy[str]:
    """Names that mean several organisations (the ``ambiguous_names`` table): never resolved."""
    return st.sampled_from(sorted({record.name for record in DATASET.ambiguous_names}))


# --------------------------------------------------------------------------- dates


def _lifetime_bounds(org: OrgRef) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day *org* certainly existed on, where the data says."""
    span = lifetimes(DATASET)[resolve(org).id]
    return (
        None if span.founded is None else span.founded.earliest,
        None if span.ended is None else span.ended.latest,
    )


def partial_dates(
    within: OrgRef | None = None,
    *,
    min_value: dt.date | None = None,
    max_value: dt.date | None = None,
) -> st.SearchStrategy[str]:
    """Partial dates ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` from *min_value* to *max_value*.

    With *within* (an id, name or record), only dates that lie wholly within
    the organisation's lifetime as far as the data knows it (from its
    founding to its dissolution or merger), so that no check finds them
    outside it; an open end is bounded by the Meiji era's first day
    (1868-10-23) or :data:`LATEST`. Without, the range defaults to every
    year from 0001 to 9999. A year or a month that sticks out of the range
    is given to the day instead. ValueError when the range is empty.
    """
    default_low, default_high = (
        (_MEIJI, LATEST) if within is not None else (dt.date.min, dt.date.max)
    )
    low = default_low if min_value is None else min_value
    high = default_high if max_value is None else max_value
    if within is not None:
        founded, ended = _lifetime_bounds(within)
        low, high = max(low, founded or low), min(high, ended or high)
    if low > high:
        raise ValueError(f"no day from {low} to {high}")

    def truncate(day: dt.date, size: int) -> str:
        for length in _PRECISIONS[_PRECISIONS.index(size) :]:
            date = PartialDate.parse(day.isoformat()[:length])
            if low <= date.earliest and date.latest <= high:
                return str(date)
        return day.isoformat()  # pragma: no cover - a day always fits

    return st.builds(
        truncate, st.dates(min_value=low, max_value=high), st.sampled_from(_PRECISIONS)
    )


def _digits(draw: st.DrawFn, number: int) -> str:
    text = str(number)
    return _fullwidth(text) if draw(st.booleans()) else text


def era_spellings(date: PartialDate | str) -> st.SearchStrategy[str]:
    """Ways of writing the partial *date* as a Japanese era date: ``令和元年10月``, ``r1.10``, ``㋿1年10月``.

    The era is any whose span the date overlaps (``2019`` is ``平成31年`` or
    ``令和元年``); the year ``1`` is ``元`` or ``1``; digits are ASCII or full
    width; letters either case; separators ``.``, ``/`` or ``-``. ValueError
    for a date before the Meiji era.
    """
    partial = PartialDate.coerce(date)
    eras = tuple(
        era for era in era_date.ERAS if partial.latest >= era.first and partial.earliest <= era.last
    )
    if not eras:
        raise ValueError(f"{partial} is in no Japanese era (they start on {_MEIJI})")
    return _era_spelling(partial, eras)


@st.composite
def _era_spelling(draw: st.DrawFn, partial: PartialDate, eras: tuple[era_date.Era, ...]) -> str:
    era = draw(st.sampled_from(eras))
    number = partial.year - era.first.year + 1
    year = "元" if number == 1 and draw(st.booleans()) else _digits(draw, number)
    parts = [part for part in (partial.month, partial.day) if part is not None]
    if draw(st.booleans()):  # kanji
        name = draw(st.sampled_from([era.kanji, *era_date.LIGATURES[era.kanji]]))
        text = f"{name}{year}年" + "".join(
            _digits(draw, part) + unit for part, unit in zip(parts, "月日", strict=False)
        )
    else:  # letters
        letter = draw(st.sampled_from([era.letter, era.letter.lower()]))
        separator = draw(st.sampled_from("./-"))
        text = letter + separator.join([year, *(_digits(draw, part) for part in parts)])
    return text


def _impossible_era_dates() -> st.SearchStrategy[str]:
    """Era dates of the right form that denote no day of their era, and fiscal years."""
    ended = [era for era in era_date.ERAS if era.last != dt.date.max]

    def after_end(era: era_date.Era, extra: int) -> str:
        return f"{era.kanji}{era.last.year - era.first.year + 1 + extra}年"

    def month_after_end(era: era_date.Era) -> str:
        return f"{era.kanji}{era.last.year - era.first.year + 1}年{era.last.month + 1}月"

    @st.composite
    def month_before_start(draw: st.DrawFn) -> str:
        era = draw(st.sampled_from([era for era in era_date.ERAS if era.first.month > 1]))
        return f"{era.letter}1.{draw(st.integers(1, era.first.month - 1))}"

    def day_after_end(era: era_date.Era) -> str:
        after = era.last + dt.timedelta(days=1)
        return f"{era.letter}{era.last.year - era.first.year + 1}.{after.month}.{after.day}"

    return st.one_of(
        st.builds(after_end, st.sampled_from(ended), st.integers(1, 50)),
        st.builds(month_after_end, st.sampled_from([e for e in ended if e.last.month < 12])),
        month_before_start(),
        st.builds(day_after_end, st.sampled_from(ended)),
        st.builds("{}0年".format, st.sampled_from([era.kanji for era in era_date.ERAS])),
        st.builds("{}元年度".format, st.sampled_from([era.kanji for era in era_date.ERAS])),
        st.builds("令和{}年2月{}日".format, st.integers(2, 40), st.integers(30, 31)),
        st.builds("H{}.{}".format, st.integers(2, 30), st.integers(13, 99)),
    )


def era_dates(valid: bool = True) -> st.SearchStrategy[str]:
    """Japanese era dates: valid ones (:func:`era_spellings` of a date from 1868-10-23 to 2099) or invalid ones.

    Invalid ones have the form of an era date but name no day of their era
    (``平成32年``, ``平成31年5月``, ``令和元年4月`` as ``R1.4``, ``昭和0年``,
    ``令和3年2月30日``, ``H5.13``) or a fiscal year (``令和元年度``):
    :mod:`jplabour.formats.era_date` refuses each.
    """
    if not valid:
        return _impossible_era_dates()
    return partial_dates(min_value=_MEIJI, max_value=dt.date(2099, 12, 31)).flatmap(era_spellings)


# --------------------------------------------------------------------------- membership rows


@functools.cache
def _count_caps() -> Mapping[str, int]:
    """Organisation id -> the smallest dated figure of any of its parents.

    No generated count exceeds it, so that no row is above a parent's total.
    """
    parents: dict[str, set[str]] = {}
    for link in DATASET.affiliations:
        parents.setdefault(link.member_id, set()).add(link.parent_id)
    figures: dict[str, int] = {}
    for figure in DATASET.memberships:
        if figure.as_of is not None:
            figures[figure.org_id] = min(figures.get(figure.org_id, figure.value), figure.value)
    return {
        org_id: min((figures[p] for p in above if p in figures), default=_MOST_MEMBERS)
        for org_id, above in parents.items()
    }


@st.composite
def _membership_row(draw: st.DrawFn, org_id: str) -> dict[str, Any]:
    row: dict[str, Any] = {
        "org_id": org_id,
        "value": draw(st.integers(0, _count_caps().get(org_id, _MOST_MEMBERS))),
        "unit": draw(st.sampled_from([unit.value for unit in Unit])),
        "as_of": draw(partial_dates(within=org_id, min_value=_MEIJI, max_value=LATEST)),
    }
    if draw(st.booleans()):
        row["counted"] = draw(st.sampled_from([counted.value for counted in Counted]))
    if draw(st.booleans()):
        row["approximate"] = draw(st.booleans())
    return row


def _datable_ids() -> list[str]:
    """The organisations with at least one day from Meiji to :data:`LATEST` in their lifetime."""
    ids = []
    for org in DATASET.organizations:
        founded, ended = _lifetime_bounds(org)
        if (founded or _MEIJI) <= LATEST and (ended or LATEST) >= _MEIJI:
            ids.append(org.id)
    return sorted(ids)


def membership_rows(org: OrgRef | None = None) -> st.SearchStrategy[dict[str, Any]]:
    """Rows of a membership table, as ``jplabour validate`` writes them, that it accepts.

    ``org_id``, ``value`` (an int), ``unit`` and ``as_of`` (within the
    organisation's lifetime), and sometimes ``counted`` and ``approximate``.
    Counts stay at or below every parent's figure. *org* fixes the
    organisation. Rows drawn together may repeat a key: deduplicate on
    ``(org_id, unit, counted, as_of)`` for a table.
    """
    ids = [resolve(org).id] if org is not None else _datable_ids()
    return st.sampled_from(ids).flatmap(_membership_row)


def _messy_count(draw: st.DrawFn, value: int) -> str:
    text = draw(st.sampled_from([str(value), f"{value:,}"]))
    if draw(st.booleans()):
        text = _fullwidth(text).replace("，", draw(st.sampled_from([",", "，"])))
    return text + draw(st.sampled_from(["", "人", "名", " 人"]))


def _messy_date(draw: st.DrawFn, text: str) -> str:
    date = PartialDate.parse(text)
    if date.earliest >= _MEIJI and draw(st.booleans()):
        return draw(era_spellings(date))
    parts = [str(date.year), *(str(p) for p in (date.month, date.day) if p is not None)]
    if draw(st.booleans()):  # 2019年10月1日
        spelt = "".join(part + unit for part, unit in zip(parts, "年月日", strict=False))
    else:
        separator = draw(st.sampled_from(["-", "/", "."]))
        padded = [parts[0], *(part.zfill(draw(st.sampled_from([1, 2]))) for part in parts[1:])]
        spelt = separator.join(padded)
    return _fullwidth(spelt) if draw(st.booleans()) else spelt


def _messy_word(draw: st.DrawFn, word: str) -> str:
    spelt = draw(st.sampled_from([word, word.upper(), word.title()]))
    return draw(st.sampled_from([spelt, f" {spelt} ", _fullwidth(spelt)]))


@st.composite
def messy_versions(draw: st.DrawFn, row: Mapping[str, Any]) -> dict[str, Any]:
    """*row* (of :func:`membership_rows`) as a spreadsheet might hold it; it reads back as *row*.

    A name instead of the id, the count as text (``1,767,000``, full-width
    digits, ``人``), the date in another spelling or a Japanese era, the unit
    and group in capitals or with spaces, the flag as ``TRUE`` or ``yes``.
    Each cell is left as it was, sometimes.
    """
    messy = dict(row)
    if draw(st.booleans()):
        messy["org_id"] = draw(organization_names(row["org_id"]))
    if draw(st.booleans()):
        messy["value"] = _messy_count(draw, row["value"])
    if draw(st.booleans()):
        messy["as_of"] = _messy_date(draw, row["as_of"])
    for word in ("unit", "counted"):
        if word in row and draw(st.booleans()):
            messy[word] = _messy_word(draw, row[word])
    if "approximate" in row and draw(st.booleans()):
        messy["approximate"] = draw(
            st.sampled_from(["TRUE", "yes", "1"] if row["approximate"] else ["FALSE", "no", "0"])
        )
    return messy


def messy_membership_rows() -> st.SearchStrategy[dict[str, Any]]:
    """Rows of :func:`membership_rows` with the spreadsheet habits of :func:`messy_versions`."""
    return membership_rows().flatmap(messy_versions)
