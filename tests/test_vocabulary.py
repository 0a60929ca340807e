"""Tests of jplabour.vocabulary: column names and enum values as users write them."""

from __future__ import annotations

import enum

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jplabour import model
from jplabour.vocabulary import EXACT, FOLDED, SPELLING, Vocabulary, american, key


def test_key_folds_case_width_spaces_and_hyphens() -> None:
    """Org ID, org-id and ＯＲＧ＿ＩＤ are org_id."""
    assert {key("Org ID"), key("org-id"), key("ＯＲＧ＿ＩＤ"), key("  org  id ")} == {"org_id"}


@pytest.mark.parametrize(
    ("british", "american_spelling"),
    [
        ("organisations", "organizations"),
        ("associated_organisation", "associated_organization"),
        ("programme", "program"),
        ("national_centre", "national_center"),
        ("labour", "labor"),
        ("defence", "defense"),
        ("licence", "license"),
        ("travelled", "traveled"),
        ("analyse", "analyze"),
        ("catalogue", "catalog"),
    ],
)
def test_british_and_american_spellings_fold_alike(british: str, american_spelling: str) -> None:
    """The regular pairs fold to the same word."""
    assert american(british) == american(american_spelling) == american_spelling


@pytest.mark.parametrize(
    "word", ["persons", "members", "since", "fence", "audience", "hour", "tree", "rise"]
)
def test_words_without_a_pair_are_kept(word: str) -> None:
    """Words the rules do not concern fold to themselves."""
    assert american(word) == word


@given(st.text(alphabet="abcdeilmnorstuyz_", max_size=30))
def test_american_is_idempotent(text: str) -> None:
    """Folding twice is folding once: the fold is a normal form."""
    assert american(american(text)) == american(text)


#: The model's vocabularies (its package loads each name on first use, so vars() lacks them).
MODEL_VALUES = [getattr(model, name) for name in model.__all__]
ENUMS = [
    member.value
    for value in MODEL_VALUES
    if isinstance(value, type) and issubclass(value, enum.Enum) and value is not enum.Enum
    for member in value
]


@pytest.mark.parametrize("value", ENUMS)
def test_every_enum_value_reads_from_its_other_spelling(value: str) -> None:
    """Each value of the model's vocabularies reads from itself, folded, and in the other spelling."""
    vocabulary = Vocabulary(ENUMS)
    assert vocabulary.read(value) == (value, EXACT)
    assert vocabulary.read(value.upper().replace("_", " ")) == (value, FOLDED)
    other = american(value)
    if other != value:
        assert vocabulary.read(other) == (value, SPELLING)


def test_vocabularies_have_no_two_values_of_one_spelling() -> None:
    """No two values of one enum fold alike: reading a spelling never has to pick one of two."""
    for value in MODEL_VALUES:
        if isinstance(value, type) and issubclass(value, enum.Enum) and value is not enum.Enum:
            folded = [american(key(member.value)) for member in value]
            assert len(folded) == len(set(folded)), value


def test_a_value_of_no_spelling_is_none() -> None:
    """An unknown word is not read as the nearest value."""
    assert Vocabulary(["persons", "organisations"]).read("orgs") is None
