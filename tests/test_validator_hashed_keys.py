"""The hashed keys of the duplicate-key rule: the compact store against a dict, and its limits.

:class:`~jplabour.validator.hashed_keys.HashedKeys` replaced a dict of
hashes and first lines. Hash collisions cannot be made through the
validator, so the store is tested directly, against a plain dict, with keys
crowded onto few slots (probing, wrapping around, growing); the rule is
tested through :func:`jplabour.validator.validate_columns`, each limit as a
pair, with a chunk of all the rows (checked row by row) and chunks of two
(checked at once while they are new).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jplabour.validator import rules, validate_columns
from jplabour.validator.hashed_keys import Absent, HashedKeys

Found = list[tuple[int, str, str]]

#: Keys crowded onto few slots (the low bits pick a key's first slot), and any 64-bit ints.
KEYS = st.one_of(
    st.builds(lambda high, low: (high << 20) | low, st.integers(-3, 3), st.integers(0, 3)),
    st.integers(-(2**63), 2**63 - 1),
)
#: Lines: small ones, the array's edges and its two markers, and ones past 32 or 64 bits.
LINES = st.one_of(
    st.integers(-2, 10),
    st.sampled_from([-(2**31), -(2**31) + 1, -(2**31) + 2, 2**31 - 1, 2**31, 2**63, -(2**70)]),
    st.integers(),
)
OPERATIONS = st.lists(
    st.one_of(
        st.tuples(
            st.just("add_new"),
            st.lists(KEYS, max_size=12),
            st.lists(LINES, min_size=12, max_size=12),
            st.integers(-1, 13),
        ),
        st.tuples(
            st.just("update"), st.dictionaries(KEYS, st.one_of(st.none(), LINES), max_size=8)
        ),
        st.tuples(st.just("set"), KEYS, st.one_of(st.none(), LINES)),
    ),
    max_size=30,
)


def _model_add_new(
    model: dict[int, int | None], keys: list[int], lines: list[int], named: int
) -> bool:
    """What add_new promises, on a dict: all or nothing."""
    if len(set(keys)) != len(keys) or any(key in model for key in keys):
        return False
    for index, key in enumerate(keys):
        model[key] = lines[index] if index < named else None
    return True


@settings(max_examples=300, deadline=None)
@given(limit=st.integers(0, 6), operations=OPERATIONS, probes=st.lists(KEYS, max_size=10))
def test_hashed_keys_answer_as_a_dict_does(
    limit: int, operations: list[tuple[Any, ...]], probes: list[int]
) -> None:
    """Every answer, after any mix of chunk and single additions, is the dict's."""
    store, model = HashedKeys(limit), {}
    for operation, *arguments in operations:
        if operation == "add_new":
            keys, lines, named = arguments
            assert store.add_new(keys, lines, named) == _model_add_new(model, keys, lines, named)
        elif operation == "update":
            store.update(arguments[0])
            model.update(arguments[0])
        else:
            key, line = arguments
            store[key] = line
            model[key] = line
        assert len(store) == len(model)
    asked = [*probes, *model]
    assert store.firsts(asked) == [model.get(key, Absent.ABSENT) for key in asked]
    assert [store.item(key) for key in asked] == [
        (key, model.get(key, Absent.ABSENT)) for key in asked
    ]
    assert [key in store for key in asked] == [key in model for key in asked]
    assert store.isdisjoint(probes) == model.keys().isdisjoint(probes)
    for key, line in model.items():
        assert store[key] == line
    with pytest.raises(KeyError):
        store[next(key for key in range(-1, 10**6) if key not in model)]


def test_a_chunk_with_a_key_held_or_repeated_adds_nothing() -> None:
    """add_new is all or nothing: one key held, or one key twice, leaves the store as it was."""
    store = HashedKeys(8)
    assert store.add_new([1, 2], [10, 20], 2)
    assert not store.add_new([3, 2], [30, 40], 2)
    assert not store.add_new([4, 4], [50, 60], 2)
    assert (len(store), 3 in store, 4 in store) == (2, False, False)
    assert store.firsts([1, 2, 3]) == [10, 20, Absent.ABSENT]


def test_a_full_table_grows_past_its_limit() -> None:
    """The limit only sizes the table: keys past it are still held (the rule never adds them)."""
    store = HashedKeys(1)
    assert store.add_new(list(range(0, 1 << 16, 1 << 12)), range(16), 16)
    store.update(dict.fromkeys(range(1, 40)))
    assert len(store) == 55
    assert store.firsts([0, 1 << 12, 39, 40]) == [0, 1, None, Absent.ABSENT]


# --- the rule, through validate_columns ---------------------------------------------------


@pytest.fixture(params=[2, 4096], ids=["chunks of 2", "one chunk"])
def chunk_rows(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> int:
    """Rows checked at a time: chunks of new keys are stored at once, others row by row."""
    monkeypatch.setattr("jplabour.validator.run.CHUNK_ROWS", request.param)
    monkeypatch.setattr("jplabour.validator.objects.CHUNK_ROWS", request.param)
    rows: int = request.param
    return rows


def _people(ids: Sequence[str], lines: Sequence[int] | None = None) -> Found:
    """(line, code, message) of each issue of a people table with these ids."""
    names = ["Sato"] * len(ids)
    report = validate_columns(
        {"id": ids, "family_name": names, "given_name": names}, "people", lines
    )
    return [(i.line, i.code, i.message) for i in (*report.errors, *report.warnings)]


@pytest.mark.usefixtures("chunk_rows")
def test_the_last_key_remembered_is_caught_and_the_first_past_the_limit_is_warned(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """KEY_LIMIT 4: the fourth id's repeat is found; the fifth id warns, and its repeat is not.

    Past the limit, a chunk of ids none of which is remembered says nothing,
    and a repeat of a remembered id is still found.
    """
    monkeypatch.setattr(rules, "KEY_LIMIT", 4)
    ids = ["p-0", "p-1", "p-2", "p-3", "p-3", "p-4", "p-4", "p-0", "p-5", "p-6"]
    found = _people(ids)
    assert [(line, code) for line, code, _ in found] == [
        (5, "duplicate-key"),
        (8, "duplicate-key"),
        (6, "keys-not-remembered"),
    ]
    assert [message for _, _, message in found[:2]] == [
        "the same id as line 4",
        "the same id as line 1",
    ]


@pytest.mark.usefixtures("chunk_rows")
def test_a_repeat_names_the_line_of_the_last_key_named_and_not_the_next(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """FIRST_LINES 3: the third id's repeat names its line, the fourth's "an earlier row"."""
    monkeypatch.setattr(rules, "FIRST_LINES", 3)
    found = _people(["p-a", "p-b", "p-c", "p-d", "p-d", "p-c", "p-b", "p-a"])
    assert [(line, message) for line, _, message in found] == [
        (5, "the same id as an earlier row"),
        (6, "the same id as line 3"),
        (7, "the same id as line 2"),
        (8, "the same id as line 1"),
    ]


@pytest.mark.usefixtures("chunk_rows")
@pytest.mark.parametrize(
    "first", [2**31 - 1, 2**31, 2**40, -(2**31), -(2**31) + 1, -(2**31) + 2, 0]
)
def test_a_repeat_names_any_line_the_caller_gives(first: int) -> None:
    """Lines past 32 bits (and the two the store keeps for itself) are named as given."""
    found = _people(["p-1", "p-2", "p-1", "p-2"], [first, first + 1, first + 2, first + 3])
    assert [(line, message) for line, _, message in found] == [
        (first + 2, f"the same id as line {first}"),
        (first + 3, f"the same id as line {first + 1}"),
    ]


@pytest.mark.usefixtures("chunk_rows")
def test_repeats_of_many_ids_are_each_found_with_their_first_line() -> None:
    """300 ids, then the same ids backwards: every repeat names the line of its first row."""
    ids = [f"p-{n}" for n in range(300)]
    found = _people([*ids, *reversed(ids)])
    assert found == [
        (601 - n, "duplicate-key", f"the same id as line {n}") for n in range(300, 0, -1)
    ]
