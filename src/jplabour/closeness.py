"""Close matches exactly as :mod:`difflib` finds them, without comparing every candidate.

:func:`difflib.get_close_matches` sets up a ``SequenceMatcher`` for every
candidate and counts the characters it shares with the word (its
``quick_ratio``, an upper bound on the ratio) in a Python loop: against the
hundreds of names jplabour knows, that loop is most of the cost of a "did you
mean". Here the candidates are indexed once per tuple of candidates (the
last few tuples are remembered): which candidates hold each character, once,
twice and so on. The characters a candidate shares with a word are then
counted from those lists at C speed, and only candidates whose bound reaches
the cutoff are compared, highest bound first, stopping when no bound left
can change the answer.

The bound is difflib's own (``quick_ratio``, which implies ``real_quick_ratio``),
computed with the same arithmetic, and each ratio comes from difflib's
``SequenceMatcher`` the same way round (the candidate as ``a``, the word as
``b``; a ratio can differ the other way round). So the answers are difflib's,
ties and duplicates included.
"""

from __future__ import annotations

import difflib
import functools
import heapq
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Final

__all__ = ["close_matches", "nearly_closest"]

#: How many tuples of candidates keep their index: the name index's keys, the
#: people's, the Japanese names among them, and a caller's own list or two.
_REMEMBERED: Final = 16


class _Candidates:
    """Candidates indexed for the bound on their ratio with any word.

    Which texts hold a character is found the first time a word holds it: a
    single "did you mean" reads only its own characters' lists, not all of them.
    Only the candidates' own characters are remembered, so words of any
    characters cannot grow the index past the candidates' alphabet.
    """

    __slots__ = ("_alphabet", "_holders", "lengths", "texts")

    def __init__(self, texts: tuple[str, ...]) -> None:
        self.texts = texts
        self.lengths = tuple(map(len, texts))
        self._alphabet = frozenset().union(*texts)
        self._holders: dict[str, tuple[tuple[int, ...], ...]] = {}

    def holders(self, char: str) -> tuple[tuple[int, ...], ...]:
        """(positions of the texts holding *char* at least once, at least twice, ...)."""
        if char not in self._alphabet:
            return ()
        found = self._holders.get(char)
        if found is None:
            counts = [(at, text.count(char)) for at, text in enumerate(self.texts) if char in text]
            most = max((count for _, count in counts), default=0)
            found = tuple(
                tuple(at for at, count in counts if count > times) for times in range(most)
            )
            self._holders[char] = found  # the same whichever thread stores it
        return found


@functools.lru_cache(maxsize=_REMEMBERED)
def _indexed(texts: tuple[str, ...]) -> _Candidates:
    """The index of *texts*, made once per tuple of them."""
    return _Candidates(texts)


def _ratio(matches: int, length: int) -> float:
    """The ratio difflib gives *matches* in two texts of total *length*: 1.0 for two empty ones."""
    return 2.0 * matches / length if length else 1.0


def _within(candidates: _Candidates, word: str, cutoff: float) -> list[tuple[float, int]]:
    """(bound, position) of each candidate whose ``quick_ratio`` with *word* reaches *cutoff*.

    Highest bound first. The bound counts the characters the two share as
    multisets, which no ratio exceeds.
    """
    shared: Counter[int] = Counter()
    for char, count in Counter(word).items():
        for holding in candidates.holders(char)[:count]:
            shared.update(holding)
    size = len(word)
    lengths = candidates.lengths
    # A candidate sharing no character is bounded by 0.0 (1.0 when both texts are
    # empty): only a cutoff of 0 (or an empty word) can keep one, so only then are
    # all visited.
    counted = (
        shared.items()
        if size and cutoff > 0.0
        else ((position, shared[position]) for position in range(len(lengths)))
    )
    bounded = [
        (bound, position)
        for position, count in counted
        if (bound := _ratio(count, lengths[position] + size)) >= cutoff
    ]
    bounded.sort(reverse=True)
    return bounded


def _common_subsequence(text: str, masks: Mapping[str, int], width: int) -> int:
    """How long the longest common subsequence of *text* and a word is.

    The word is given as *width* (its length) and *masks* (each character ->
    the bits of its positions). Bit-parallel (Crochemore et al., 2001): a few
    integer operations per character of *text*.
    """
    row = (1 << width) - 1
    for char in text:
        matched = row & masks.get(char, 0)
        row = (row + matched) | (row - matched)
    return width - (row & ((1 << width) - 1)).bit_count()


def _scored(
    candidates: _Candidates, word: str, cutoff: float, floor: Callable[[], float]
) -> Iterator[tuple[float, str]]:
    """(ratio, text) of the candidates whose difflib ratio with *word* reaches *cutoff*.

    Only those that can reach ``floor()`` are compared: a floor at least the
    cutoff, which the caller raises as answers come in. Two bounds spare the
    comparisons: the characters shared (all candidates at once, and the visiting
    order: once it is below the floor, so is every later one), then the longest
    common subsequence, which no ratio exceeds either (difflib's matching blocks
    are one common subsequence). Each costs a fraction of a ratio.
    """
    matcher = difflib.SequenceMatcher()
    matcher.set_seq2(word)
    masks: dict[str, int] = {}
    for at, char in enumerate(word):
        masks[char] = masks.get(char, 0) | 1 << at
    size = len(word)
    for bound, position in _within(candidates, word, cutoff):
        least = floor()
        if bound < least:
            return
        text = candidates.texts[position]
        common = _common_subsequence(text, masks, size)
        if _ratio(common, candidates.lengths[position] + size) < least:
            continue
        matcher.set_seq1(text)
        ratio = matcher.ratio()
        if ratio >= cutoff:
            yield ratio, text


def close_matches(
    word: str, possibilities: Sequence[str], n: int = 3, cutoff: float = 0.6
) -> list[str]:
    """What ``difflib.get_close_matches(word, possibilities, n, cutoff)`` returns, found sooner.

    The best *n* possibilities whose ratio with *word* reaches *cutoff*, best
    first; equal ratios come in reverse order of text, as difflib's
    ``heapq.nlargest`` of (ratio, text) puts them. Like difflib, an *n* below 1
    or a *cutoff* outside [0, 1] is a ValueError.
    """
    if not n > 0:
        raise ValueError(f"n must be > 0: {n!r}")
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError(f"cutoff must be in [0.0, 1.0]: {cutoff!r}")
    best: list[float] = []  # the n best ratios so far, as a heap: best[0] is the n-th best

    def nth_best() -> float:
        # A ratio below the n-th best cannot displace it; one equal to it can (by its text).
        return best[0] if len(best) >= n else cutoff

    scored = []
    for ratio, text in _scored(_indexed(tuple(possibilities)), word, cutoff, nth_best):
        scored.append((ratio, text))
        heapq.heappush(best, ratio)
        if len(best) > n:
            heapq.heappop(best)
    return [text for _, text in heapq.nlargest(n, scored)]


def nearly_closest(
    word: str, possibilities: Sequence[str], cutoff: float, share: float
) -> list[str]:
    """The possibilities whose difflib ratio with *word* reaches *cutoff* and *share* of the best.

    Best first, equal ratios in order of text. The ratio is
    ``difflib.SequenceMatcher(None, possibility, word).ratio()``; *share* is at
    most 1 and not negative (at 0.95, those at least 95% as close as the closest).
    """
    top = 0.0

    def share_of_top() -> float:
        # Never more than the share of the best ratio, which only grows.
        return max(cutoff, top * share)

    scored = []
    for ratio, text in _scored(_indexed(tuple(possibilities)), word, cutoff, share_of_top):
        top = max(top, ratio)
        scored.append((ratio, text))
    floor = top * share
    close = sorted((pair for pair in scored if pair[0] >= floor), key=lambda p: (-p[0], p[1]))
    return [text for _, text in close]
