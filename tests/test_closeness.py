"""Suggestions are difflib's, found sooner: jplabour.closeness and names.closest against difflib.

The references below are written from :mod:`difflib` directly, as
``names.closest`` was before it indexed its candidates: every answer must be
the same, order and ties included, for Latin and Japanese keys, candidate
lists with repeats and empty names, and every cutoff and n.
"""

from __future__ import annotations

import contextlib
import difflib
import math
from collections.abc import Callable, Iterable, Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jplabour.closeness import close_matches, nearly_closest
from jplabour.data import DATASET
from jplabour.folding import is_japanese
from jplabour.name_keys import name_keys
from jplabour.names import closest, normalize_name

#: Few characters, so that candidates share many and ratios tie often; 連合会労組 are Japanese.
LATIN = "abcde-1"
JAPANESE = "連合会労組全日"
TEXTS = st.text(alphabet=LATIN + JAPANESE, max_size=8)
CANDIDATES = st.lists(TEXTS, max_size=24)
#: The ratios two short texts can have (2m / (la + lb)), where a bound or a ratio equals the cutoff.
EXACT_RATIOS = st.builds(
    lambda matches, extra: 2.0 * matches / (2 * matches + extra),
    st.integers(0, 8),
    st.integers(1, 8),
)
CUTOFFS = st.one_of(st.sampled_from([0.0, 0.6, 1.0]), EXACT_RATIOS, st.floats(0.0, 1.0))
#: Every name key jplabour knows, Latin and Japanese: what lookup compares a miss with.
KEYS = tuple(name_keys(DATASET).orgs)


def reference_closest(
    key: str, candidates: Iterable[str], cutoff: float = 0.6, n: int = 5
) -> tuple[str, ...]:
    """``names.closest`` as it was: difflib over every candidate."""
    if not is_japanese(key):
        return tuple(difflib.get_close_matches(key, list(candidates), n, cutoff))
    matcher = difflib.SequenceMatcher()
    matcher.set_seq2(key)
    scored = []
    for candidate in candidates:
        if not is_japanese(candidate):
            continue
        matcher.set_seq1(candidate)
        if matcher.real_quick_ratio() >= cutoff and matcher.quick_ratio() >= cutoff:
            ratio = matcher.ratio()
            if ratio >= cutoff:
                scored.append((ratio, candidate))
    if not scored:
        return ()
    scored.sort(key=lambda pair: (-pair[0], pair[1]))
    floor = scored[0][0] * 0.95
    close = [candidate for ratio, candidate in scored if ratio >= floor]
    pairs = {key[at : at + 2] for at in range(len(key) - 1)}

    def shares_a_run(text: str) -> bool:
        return any(text[at : at + 2] in pairs for at in range(len(text) - 1))

    if any(map(shares_a_run, close)):
        close = [candidate for candidate in close if shares_a_run(candidate)]
    return tuple(close[:n])


def outcome(find: Callable[[], object]) -> object:
    """What *find* returns, or the type and message of what it raises."""
    try:
        return find()
    except ValueError as error:
        return (type(error), str(error))


@settings(max_examples=400)
@given(word=TEXTS, candidates=CANDIDATES, cutoff=CUTOFFS, n=st.integers(1, 30))
def test_close_matches_are_difflibs(
    word: str, candidates: list[str], cutoff: float, n: int
) -> None:
    """The same texts in the same order as difflib.get_close_matches, repeats and ties included."""
    assert close_matches(word, candidates, n, cutoff) == difflib.get_close_matches(
        word, candidates, n, cutoff
    )


@given(
    word=TEXTS,
    candidates=CANDIDATES,
    cutoff=st.one_of(CUTOFFS, st.floats(allow_nan=True)),
    n=st.integers(-2, 3),
)
def test_close_matches_refuse_what_difflib_refuses(
    word: str, candidates: list[str], cutoff: float, n: int
) -> None:
    """An n below 1 or a cutoff outside [0, 1] (NaN included) is difflib's ValueError, word for word."""
    ours = outcome(lambda: close_matches(word, candidates, n, cutoff))
    assert ours == outcome(lambda: difflib.get_close_matches(word, candidates, n, cutoff))


@settings(max_examples=400)
@given(
    key=TEXTS,
    candidates=CANDIDATES,
    cutoff=st.one_of(CUTOFFS, st.floats(-0.5, 1.5), st.just(math.nan)),
    n=st.integers(-2, 30),
)
def test_closest_is_the_difflib_reference(
    key: str, candidates: list[str], cutoff: float, n: int
) -> None:
    """names.closest answers as the plain difflib loop did, for Latin and Japanese keys alike."""
    assert outcome(lambda: closest(key, candidates, cutoff, n)) == outcome(
        lambda: reference_closest(key, candidates, cutoff, n)
    )


@settings(max_examples=150)
@given(
    data=st.data(),
    edit=st.sampled_from(["drop", "double", "swap", "add"]),
    cutoff=st.sampled_from([0.5, 0.6]),
    n=st.sampled_from([1, 5, 20]),
)
def test_closest_over_every_name_jplabour_knows_is_the_difflib_reference(
    data: st.DataObject, edit: str, cutoff: float, n: int
) -> None:
    """A misspelt name against the real name index (Latin and Japanese): difflib's answer."""
    name = data.draw(st.sampled_from(KEYS))
    at = data.draw(st.integers(0, max(len(name) - 2, 0)))
    typo = {
        "drop": name[:at] + name[at + 1 :],
        "double": name[: at + 1] + name[at:],
        "swap": name[:at] + name[at + 1 : at + 2] + name[at : at + 1] + name[at + 2 :],
        "add": name[:at] + data.draw(st.sampled_from("xq労")) + name[at:],
    }[edit]
    assert closest(typo, KEYS, cutoff, n) == reference_closest(typo, KEYS, cutoff, n)


@pytest.mark.parametrize("key", ["rengoo", "zenrorenx", "unknown-17", "連合会", "日教祖", ""])
def test_the_validators_misses_get_the_difflib_reference(key: str) -> None:
    """The keys of the performance measurements, at lookup's n (20) and the people's cutoff (0.5)."""
    folded = normalize_name(key)
    for cutoff, n in ((0.6, 20), (0.5, 5)):
        assert closest(folded, KEYS, cutoff, n) == reference_closest(folded, KEYS, cutoff, n)


def test_a_ratio_at_the_cutoff_is_kept_and_one_just_below_it_is_dropped() -> None:
    """'abcx' is 0.75 like 'abcd' (3 of 4 shared, as its bound says): kept at 0.75, not just above."""
    assert difflib.SequenceMatcher(None, "abcx", "abcd").ratio() == 0.75
    above = math.nextafter(0.75, 1.0)
    assert closest("abcd", ["abcx"], cutoff=0.75) == ("abcx",)
    assert closest("abcd", ["abcx"], cutoff=above) == ()
    assert closest("日本労組", ["日本労x"], cutoff=0.75) == ("日本労x",)
    assert closest("日本労組", ["日本労x"], cutoff=above) == ()


def test_a_length_at_the_bound_is_kept_and_one_character_longer_is_dropped() -> None:
    """'ab' is 2/3 of 'abxx' by length alone (real_quick_ratio): kept at 2/3; 'abxxx' is not."""
    cutoff = 2.0 * 2 / 6
    assert closest("ab", ["abxx", "abxxx"], cutoff=cutoff) == ("abxx",)
    assert closest("ab", ["abxx"], cutoff=math.nextafter(cutoff, 1.0)) == ()


def test_a_bound_at_the_cutoff_with_a_ratio_below_it_is_dropped() -> None:
    """'dcba' shares every character with 'abcd' (bound 1.0) but in order only one (ratio 0.25)."""
    assert closest("abcd", ["dcba"], cutoff=0.25) == ("dcba",)
    assert closest("abcd", ["dcba"], cutoff=math.nextafter(0.25, 1.0)) == ()


def test_n_names_are_all_offered_and_the_n_plus_first_is_not() -> None:
    """Equal ratios: a Latin key gets difflib's order (text descending), n at most."""
    tied = ["abx", "abz", "aby"]
    assert closest("abc", tied, n=3) == ("abz", "aby", "abx")
    assert closest("abc", tied, n=2) == ("abz", "aby")
    assert close_matches("abc", tied, 1) == ["abz"]


def test_a_japanese_key_orders_equal_ratios_by_text_and_keeps_n() -> None:
    """Equal ratios for a Japanese key come in order of text (the way closest always sorted them)."""
    tied = ["連合a", "連合x", "連合b"]
    assert closest("連合会", tied, n=3) == ("連合a", "連合b", "連合x")
    assert closest("連合会", tied, n=2) == ("連合a", "連合b")
    assert nearly_closest("連合会", tied, 0.6, 0.95) == ["連合a", "連合b", "連合x"]


def test_a_candidate_sharing_no_character_is_offered_only_at_a_cutoff_of_zero() -> None:
    """At cutoff 0 every candidate qualifies (ratio 0.0); above it, none that shares nothing."""
    assert close_matches("abc", ["xyz", "", "ab"], 3, 0.0) == ["ab", "xyz", ""]
    assert close_matches("abc", ["xyz", "", "ab"], 3, math.ulp(0.0)) == ["ab"]
    assert close_matches("", ["", "a"], 3, 1.0) == [""]


def test_a_repeated_candidate_is_offered_as_often_as_it_is_given() -> None:
    """Repeats are kept, as difflib keeps them: a list is not a set."""
    assert closest("abc", ["abd", "abd", "xyz"]) == ("abd", "abd")
    assert closest("連合会", ["連合", "連合"]) == ("連合", "連合")


def test_a_changed_list_of_candidates_is_not_answered_from_the_old_one() -> None:
    """The index of a list is remembered by its contents, so a list changed in place is re-read."""
    names = ["rengo", "zenroren"]
    assert closest("rengoo", names) == ("rengo",)
    names.append("rengoo-x")
    assert closest("rengoo", names) == ("rengo", "rengoo-x")
    names[:] = ["zenroren"]
    assert closest("rengoo", names) == ()


def test_candidates_may_be_any_iterable_read_once() -> None:
    """A generator, a dict's keys or a mapping serve as candidates, as a list does."""
    assert closest("rengoo", (name for name in ["rengo", "zenroren"])) == ("rengo",)
    assert closest("rengoo", {"rengo": 1, "zenroren": 2}) == ("rengo",)


def test_a_japanese_name_at_the_share_of_the_best_is_offered_and_one_below_is_not() -> None:
    """95% of the best ratio (1.0) is kept: 19 of 20 characters (0.95), not 19 of 20 and 21 (0.927)."""
    key = "全日本労働組合総連合会日本教職員組合全日"
    assert len(key) == 20
    at_share, below = key[:-1] + "労", key[:-1] + "労組"
    assert difflib.SequenceMatcher(None, at_share, key).ratio() == 1.0 * 0.95
    assert closest(key, [below, at_share, key]) == (key, at_share)


@contextlib.contextmanager
def compared() -> Iterator[list[str]]:
    """The candidates whose ratio difflib works out, in order: the work a search does."""
    texts: list[str] = []
    ratio = difflib.SequenceMatcher.ratio

    def counted(matcher: difflib.SequenceMatcher[str]) -> float:
        texts.append(matcher.a)
        return ratio(matcher)

    difflib.SequenceMatcher.ratio = counted  # type: ignore[method-assign]
    try:
        yield texts
    finally:
        difflib.SequenceMatcher.ratio = ratio  # type: ignore[method-assign]


def common_subsequence(a: str, b: str) -> int:
    """The length of the longest common subsequence of *a* and *b*, by the textbook table."""
    row = [0] * (len(b) + 1)
    for char in a:
        diagonal = 0
        for at, other in enumerate(b):
            diagonal, row[at + 1] = (
                row[at + 1],
                (diagonal + 1 if char == other else max(row[at + 1], row[at])),
            )
    return row[-1]


@given(word=TEXTS, candidates=CANDIDATES, cutoff=CUTOFFS, n=st.integers(1, 30))
def test_a_candidate_is_compared_only_when_both_its_bounds_reach_the_cutoff(
    word: str, candidates: list[str], cutoff: float, n: int
) -> None:
    """No ratio is worked out for a candidate whose shared characters or common subsequence fall short."""
    with compared() as texts:
        close_matches(word, candidates, n, cutoff)
    for text in texts:
        matcher = difflib.SequenceMatcher(None, text, word)
        assert matcher.quick_ratio() >= cutoff
        total = len(text) + len(word)
        assert (2.0 * common_subsequence(text, word) / total if total else 1.0) >= cutoff


def test_only_candidates_whose_shared_characters_reach_the_cutoff_are_compared() -> None:
    """'abxy' shares a and b once with 'aabb' (bound 0.5): at 0.6 it is never compared."""
    with compared() as texts:
        assert close_matches("aabb", ["abxy"] * 50 + ["aabx"], 3, 0.6) == ["aabx"]
    assert texts == ["aabx"]


def test_a_candidate_with_its_characters_out_of_order_is_not_compared() -> None:
    """'dcba' shares every character with 'abcd' but only one in order (bound 0.25): never at 0.6."""
    with compared() as texts:
        assert close_matches("abcd", ["dcba"] * 50 + ["abcx"], 3, 0.6) == ["abcx"]
    assert texts == ["abcx"]


def test_the_search_stops_when_no_bound_left_reaches_the_nth_best() -> None:
    """With n=1, once 'abcx' (0.75) is found no 'abxy' (bound 0.5) is compared; 'dcba' (bound 1.0) is."""
    with compared() as texts:
        assert close_matches("abcd", ["abxy"] * 50 + ["dcba", "abcx"], 1, 0.25) == ["abcx"]
    assert texts == ["dcba", "abcx"]


def test_a_japanese_search_stops_below_the_share_of_the_best() -> None:
    """Once 連合会 itself (1.0) is found, no 連合x (bound 0.67, below 95% of it) is compared."""
    with compared() as texts:
        assert nearly_closest("連合会", ["連合x"] * 50 + ["連合会"], 0.6, 0.95) == ["連合会"]
    assert texts == ["連合会"]


def test_the_benchmark_runs_and_finds_difflibs_answers() -> None:
    """benchmarks/suggest_names.py races difflib on each kind of miss (timings are not asserted)."""
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parent.parent / "benchmarks" / "suggest_names.py"
    done = subprocess.run(
        [sys.executable, str(script), "--names", "10", "--repeats", "1"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode in (0, 1), done.stderr
    for kind in ("Latin typos", "Japanese typos", "unknown ids"):
        assert f"| {kind} | 10 |" in done.stdout
    assert "differ from difflib" not in done.stdout


@pytest.mark.parametrize("length", [199, 200, 201])
def test_a_key_as_long_as_difflibs_junk_threshold_gets_difflibs_answer(length: int) -> None:
    """From 200 characters difflib treats a key's most frequent characters as junk: still its answer."""
    key = ("rengo" * 60)[: length - 1] + "x"
    near = [key[:at] + key[at + 1 :] for at in range(0, length, 37)]
    candidates = [*near, key[::-1], "rengo" * 50, "", key[: length // 2]]
    for cutoff in (0.0, 0.3, 0.6, 0.95):
        found = closest(key, candidates, cutoff, n=4)
        assert found == reference_closest(key, candidates, cutoff, n=4)
    assert closest(key, candidates, 0.6, n=len(candidates))
