"""Edges of jplabour.names: which characters make a name Japanese, and the katakana fold.

Each is a boundary pair: the first and last code point of each range, and the
code points just outside it.
"""

from __future__ import annotations

import pytest

from jplabour.names import MAX_SUGGESTIONS, closest, lookup, normalize_name

#: The first and last code points of the kana and kanji blocks a Japanese name holds.
INSIDE = [0x3040, 0x30FF, 0x3400, 0x4DBF, 0x4E00, 0x9FFF, 0xF900, 0xFAFF]
#: The code points next to those blocks.
OUTSIDE = [0x303F, 0x3100, 0x33FF, 0x4DC0, 0xA000, 0xF8FF, 0xFB00]


@pytest.mark.parametrize("code", INSIDE + OUTSIDE, ids=hex)
def test_a_japanese_query_is_offered_only_the_names_nearly_as_close_as_the_best(code: int) -> None:
    """For a name of kana or kanji, a candidate much less close than the best is not offered."""
    char = chr(code)
    best, weaker = char * 4 + "1", char * 3 + "12"
    found = closest(char * 4, [best, weaker])
    assert found == ((best,) if code in INSIDE else (best, weaker))


@pytest.mark.parametrize(
    ("katakana", "folded"),
    [("ァ", "ぁ"), ("ア", "あ"), ("ヶ", "ゖ"), ("ヷ", "ヷ"), ("ヺ", "ヺ")],
)
def test_katakana_with_a_hiragana_letter_fold_to_it_and_the_others_stay(
    katakana: str, folded: str
) -> None:
    """ァ (the first) to ヶ (the last with a hiragana twin) fold; ヷ and ヺ have none and stay."""
    assert normalize_name(katakana) == folded


def test_an_unknown_name_gets_at_most_max_suggestions() -> None:
    """However many names are close, at most MAX_SUGGESTIONS (5) ids are offered."""
    assert MAX_SUGGESTIONS == 5
    result = lookup("Rengo X", suggest=True)
    assert not result.matches
    assert len(result.suggestions) == MAX_SUGGESTIONS


def test_a_misspelt_name_gets_the_closest_ids_as_suggestions() -> None:
    """`lookup` suggests by default: 'Zenroen' is closest to zenroren."""
    suggestions = lookup("Zenroen").suggestions
    assert suggestions[0] == "zenroren"
