"""jplabour.model as a package of record families, loaded on first use.

A first lookup by name creates the classes of organisations, citations and
partial dates only; every name keeps its address ``jplabour.model.X``; the
records are the same real attrs records, pickled and compared as before.
"""

from __future__ import annotations

import datetime as dt
import pickle
import subprocess
import sys

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import jplabour
from jplabour import model, name_keys, names
from jplabour.data import DATASET
from jplabour.model import PartialDate

#: What a first lookup by name must not load: the other record families, the
#: other tables' data, the people's index, the name folding of other datasets.
NOT_FOR_A_LOOKUP = (
    "datetime",
    "jplabour.api",
    "jplabour.data.people",
    "jplabour.data.references",
    "jplabour.data.sources",
    "jplabour.model.ambiguous_names",
    "jplabour.model.dataset",
    "jplabour.model.events",
    "jplabour.model.links",
    "jplabour.model.memberships",
    "jplabour.model.people",
    "jplabour.model.sources",
    "jplabour.name_keys",
)


def _loaded_after(code: str) -> set[str]:
    probe = f"import sys\n{code}\nprint(' '.join(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return set(done.stdout.split())


def test_a_first_lookup_creates_only_the_classes_it_returns() -> None:
    """``jplabour.lookup`` loads organisations, citations and partial dates, nothing else."""
    loaded = _loaded_after(
        "import jplabour\n"
        "result = jplabour.lookup('RENGO')\n"
        "assert result.matches[0].name_en == 'Japanese Trade Union Confederation'"
    )
    assert {
        "jplabour.model.organizations",
        "jplabour.model.citations",
        "jplabour.model.partial_date",
    } <= loaded
    assert sorted(loaded.intersection(NOT_FOR_A_LOOKUP)) == []


def test_import_jplabour_alone_loads_no_library() -> None:
    """``import jplabour`` loads its version modules only: not typing, attrs or the model."""
    loaded = _loaded_after("import jplabour\nassert jplabour.DATA_VERSION and jplabour.__version__")
    assert sorted(loaded & {"typing", "attr", "attrs", "collections", "jplabour.model"}) == []
    assert "TYPE_CHECKING" not in dir(jplabour)


def test_a_lookup_returns_real_records_not_proxies() -> None:
    """The result holds the model's own attrs records, equal to the dataset's."""
    result = jplabour.lookup("RENGO")
    (org,) = result.matches
    assert type(org) is model.Organization
    assert attrs.has(type(org))
    assert type(org.citations[0]) is model.Citation
    assert type(org.founded) is PartialDate
    assert org in DATASET.organizations


def test_find_people_loads_the_people_on_first_use() -> None:
    """People are indexed on the first search for a person, from the same generated keys."""
    loaded = _loaded_after("import jplabour.names as n\nn.find_people('Rikio KOZU')")
    assert {"jplabour.data.people", "jplabour.model.people"} <= loaded
    assert [p.id for p in names.find_people("Kozu Rikio")] == ["kozu-rikio"]


def test_every_model_name_is_listed_by_dir() -> None:
    """``dir(jplabour.model)`` lists every name, loaded or not (tab completion sees them)."""
    assert set(dir(model)) >= set(model.__all__)


def test_an_unknown_model_name_is_an_attribute_error() -> None:
    """The lazy package answers an unknown name as any module does."""
    with pytest.raises(AttributeError, match=r"jplabour\.model.*Organisation"):
        model.Organisation  # noqa: B018 -- the attribute access is the test


@pytest.mark.parametrize("table", [f.name for f in attrs.fields(model.Dataset)])
def test_records_pickle_and_a_pickle_naming_the_old_module_still_loads(table: str) -> None:
    """A record round-trips; one pickled when the classes lived in jplabour.model loads too."""
    record = DATASET.table(table)[0]
    assert pickle.loads(pickle.dumps(record)) == record  # noqa: S301 -- our own bytes
    module = type(record).__module__
    assert module.startswith("jplabour.model.")
    # Protocol 2 names a class in a text line: rewrite it to the former module.
    old = pickle.dumps(record, protocol=2).replace(f"c{module}\n".encode(), b"cjplabour.model\n")
    assert f"c{module}\n".encode() not in old
    assert pickle.loads(old) == record  # noqa: S301 -- our own bytes


def test_the_names_that_moved_out_of_names_are_still_importable_there() -> None:
    """NAME_FIELDS, NameKeys, name_keys and names_of moved to jplabour.name_keys."""
    from jplabour.names import NAME_FIELDS, NameKeys, names_of
    from jplabour.names import name_keys as keys

    assert (NAME_FIELDS, NameKeys, keys, names_of) == (
        name_keys.NAME_FIELDS,
        name_keys.NameKeys,
        name_keys.name_keys,
        name_keys.names_of,
    )
    with pytest.raises(AttributeError, match=r"jplabour\.names"):
        names.no_such_name  # noqa: B018 -- the attribute access is the test


DATES = st.builds(
    lambda year, month, day: PartialDate(
        year,
        month,
        None if month is None or day is None else min(day, 28),
    ),
    st.integers(1, 9999),
    st.none() | st.integers(1, 12),
    st.none() | st.integers(1, 31),
)


@given(DATES, DATES)
def test_partial_dates_compare_as_the_intervals_of_days_they_denote(
    a: PartialDate, b: PartialDate
) -> None:
    """The comparisons agree with the first and last days as ``datetime.date`` objects."""
    assert isinstance(a.earliest, dt.date)
    assert a.certainly_before(b) == (a.latest < b.earliest)
    assert a.certainly_after(b) == (a.earliest > b.latest)
    assert a.overlaps(b) == (a.earliest <= b.latest and b.earliest <= a.latest)
    assert a.contains(b) == (a.earliest <= b.earliest and b.latest <= a.latest)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2019", dt.date(2019, 1, 1), dt.date(2019, 12, 31)),
        ("2019-02", dt.date(2019, 2, 1), dt.date(2019, 2, 28)),
        ("2020-02", dt.date(2020, 2, 1), dt.date(2020, 2, 29)),
        ("1900-02", dt.date(1900, 2, 1), dt.date(1900, 2, 28)),
        ("2000-02", dt.date(2000, 2, 1), dt.date(2000, 2, 29)),
        ("2019-04", dt.date(2019, 4, 1), dt.date(2019, 4, 30)),
        ("2019-11-21", dt.date(2019, 11, 21), dt.date(2019, 11, 21)),
    ],
)
def test_the_first_and_last_days_of_a_partial_date(
    text: str, first: dt.date, last: dt.date
) -> None:
    """A year runs from 1 January to 31 December; a month to its own last day, leap years too."""
    date = PartialDate.parse(text)
    assert (date.earliest, date.latest) == (first, last)
