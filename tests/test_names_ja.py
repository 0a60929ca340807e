"""Japanese names: lookups by official and short name, folding, suggestions, the validator.

The names come from cited references (docs/curation.md); these tests pin what a
Japanese user types and what each reader of names answers.
"""

from __future__ import annotations

import difflib
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jplabour import names
from jplabour.api import AmbiguousNameError, resolve
from jplabour.cli import main
from jplabour.data import DATASET
from jplabour.model import OrgKind, SourceKind
from jplabour.names import closest, fold_name, lookup, normalize_name, search
from jplabour.validator import validate

ROOT = Path(__file__).parent.parent

#: Short and official names a Japanese user types, with the organisation each means.
KNOWN = [
    ("連合", "rengo"),
    ("日本労働組合総連合会", "rengo"),
    ("自治労", "jichiro"),
    ("全日本自治団体労働組合", "jichiro"),
    ("日教組", "nikkyoso"),
    ("日本教職員組合", "nikkyoso"),
    ("UAゼンセン", "ua-zensen"),
    ("全国繊維化学食品流通サービス一般労働組合同盟", "ua-zensen"),
    ("全労連", "zenroren"),
    ("全国労働組合総連合", "zenroren"),
    ("自動車総連", "jidosha-soren"),
    ("全日本自動車産業労働組合総連合会", "jidosha-soren"),
    ("電機連合", "denki-rengo"),
    ("全教", "zenkyo"),
    ("建交労", "kenkoro"),
    ("全労協", "zenrokyo"),
    ("れんごう", "rengo"),
    ("総評", "sohyo"),
    ("東京自治労連", "tokyo-jichiroren"),
    ("東京自治体労働組合総連合", "tokyo-jichiroren"),
    ("全國労働組合總聯合", "zenroren"),
    ("ｼﾞﾁﾛｳ", "jichiro"),
]


def _japanese_names() -> list[tuple[str, str]]:
    """(name, org id) for every Japanese name in the data."""
    found = []
    for org in DATASET.organizations:
        for field, name in names.names_of(org):
            if field in ("name_ja", "short_names_ja", "readings_ja") or any(
                unicodedata.name(c, "").startswith(("CJK", "HIRAGANA", "KATAKANA")) for c in name
            ):
                found.append((name, org.id))
    return found


JAPANESE = _japanese_names()


@pytest.mark.parametrize(("name", "org_id"), KNOWN)
def test_a_japanese_name_finds_its_organisation(name: str, org_id: str) -> None:
    """Each official or short name means exactly its organisation."""
    found = lookup(name)
    assert [o.id for o in found.matches] == [org_id]
    assert resolve(name).id == org_id


def test_jichiroren_stays_ambiguous() -> None:
    """自治労連 names both Jichirōren federations and is never picked silently."""
    found = lookup("自治労連")
    assert [o.id for o in found.matches] == ["rengo-jichiroren", "zenroren-jichiroren"]
    with pytest.raises(AmbiguousNameError):
        resolve("自治労連")


def test_zenrokyo_is_not_zenroren() -> None:
    """全労協 (Zenrōkyō) and 全労連 (Zenroren) are different bodies; neither suggests the other."""
    assert [o.id for o in lookup("全労協").matches] == ["zenrokyo"]
    assert [o.id for o in lookup("Zenrōkyō").matches] == ["zenrokyo"]
    assert [o.id for o in lookup("全労連").matches] == ["zenroren"]
    zenrokyo = next(o for o in DATASET.organizations if o.id == "zenrokyo")
    assert zenrokyo.kind is OrgKind.NATIONAL_CENTRE
    assert {c.source_id for c in zenrokyo.citations} <= {
        s.id for s in DATASET.sources if s.kind is SourceKind.REFERENCE
    }


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("ＵＡｾﾞﾝｾﾝ", "UAゼンセン"),  # half-width katakana, full-width Latin
        ("uaぜんせん", "UAゼンセン"),  # hiragana for katakana
        ("サービスレンゴウ", "サービスれんごう"),
        ("日本勞働組合總評議會", "日本労働組合総評議会"),  # old kanji forms
        (
            "全日本電機電子情報関連産業労働組合連合会",
            "全日本電機・電子・情報関連産業労働組合連合会",
        ),
        (
            "全日本電機･電子･情報関連産業労働組合連合会",
            "全日本電機・電子・情報関連産業労働組合連合会",
        ),
        ("サ－ビス連合", "サービス連合"),  # a full-width hyphen typed for ー
        ("サ-ビス連合", "サービス連合"),
        ("サビス連合", "サービス連合"),
    ],
)
def test_japanese_spellings_fold_to_one_key(typed: str, stored: str) -> None:
    """Width, kana script, the middle dot, the long-vowel mark and old kanji do not matter."""
    assert normalize_name(typed) == normalize_name(stored)
    assert lookup(typed).matches == lookup(stored).matches != ()


def test_distinct_japanese_names_stay_distinct() -> None:
    """Folding never merges two different Japanese names of the data into one key."""
    keys: dict[str, set[str]] = {}
    for name, org_id in JAPANESE:
        keys.setdefault(normalize_name(name), set()).add(org_id)
    declared = {normalize_name(a.name) for a in DATASET.ambiguous_names}
    merged = {k: v for k, v in keys.items() if len(v) > 1 and k not in declared}
    assert merged == {}


_HALF_WIDTH = {
    unicodedata.normalize("NFKC", chr(code)): chr(code)
    for code in range(0xFF66, 0xFF9E)
    if len(unicodedata.normalize("NFKC", chr(code))) == 1
}


def _to_half_width(text: str) -> str:
    """Katakana written in half-width forms, voiced ones as base + ﾞ or ﾟ."""
    out = []
    for char in text:
        base = unicodedata.normalize("NFD", char)
        if base[0] in _HALF_WIDTH:
            out.append(_HALF_WIDTH[base[0]])
            out += ["ﾞ" if m == "\u3099" else "ﾟ" for m in base[1:]]
        else:
            out.append(char)
    return "".join(out)


@settings(max_examples=60, deadline=None)
@given(pair=st.sampled_from(JAPANESE), data=st.data())
def test_every_japanese_name_survives_typing_variants(
    pair: tuple[str, str], data: st.DataObject
) -> None:
    """Any stored Japanese name, typed in half-width, hiragana or with a ・ inserted, finds it."""
    name, org_id = pair
    hiragana = "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in name)
    at = data.draw(st.integers(0, len(name)))
    variants = [_to_half_width(name), hiragana, name[:at] + "・" + name[at:], name + "ー"]
    for variant in variants:
        assert org_id in {o.id for o in lookup(variant).matches}, variant


@settings(max_examples=100, deadline=None)
@given(text=st.text(alphabet=st.sampled_from("連合労働組合全日本ゼンセンｾﾞﾝ・ー－勞總ぁあア漢 a-")))
def test_normalize_name_is_idempotent_on_japanese(text: str) -> None:
    """Folding a folded key changes nothing."""
    key = normalize_name(text)
    assert normalize_name(key) == key


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.characters(max_codepoint=127)))
def test_the_ascii_fast_path_agrees_with_the_full_fold(text: str) -> None:
    """Differential: pure-ASCII text folds to the key the full Unicode fold gives."""
    assert normalize_name(text) == fold_name(text)


def _ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, normalize_name(a), normalize_name(b)).ratio()


@settings(max_examples=60, deadline=None)
@given(pair=st.sampled_from([p for p in JAPANESE if len(p[0]) >= 5]), data=st.data())
def test_a_japanese_near_miss_suggests_only_the_closest_names(
    pair: tuple[str, str], data: st.DataObject
) -> None:
    """A name with one character dropped suggests names nearly as close as the closest.

    A name that merely shares characters (far below the closest) is never offered.
    """
    name, _ = pair
    at = data.draw(st.integers(1, len(name) - 2))
    query = name[:at] + name[at + 1 :]
    found = lookup(query)
    if found.found:
        return  # the shorter form is itself a name
    assert found.suggestions
    best = max(_ratio(query, other) for other, _ in JAPANESE)
    for org_id in found.suggestions:
        own = max(_ratio(query, other) for other, owner in JAPANESE if owner == org_id)
        assert own >= 0.95 * best


@pytest.mark.parametrize(
    ("query", "suggested"),
    [
        ("自治労本部", ("jichiro",)),  # not the two 自治労連, which merely share characters
        ("日本労働組合総連合", ("rengo",)),  # not Zenroren's 日本自治体労働組合総連合
        ("日教組み", ("nikkyoso",)),
        ("電気連合", ("denki-rengo",)),
        ("日教祖", ("nikkyoso",)),  # as close by ratio, but 日高教 shares no run with it
    ],
)
def test_a_japanese_typo_suggests_the_closest_organisation(
    query: str, suggested: tuple[str, ...]
) -> None:
    """A near miss is offered the organisation it nearly names, and nothing farther."""
    found = lookup(query)
    assert not found.found
    assert found.suggestions == suggested


@settings(max_examples=150, deadline=None)
@given(
    name=st.sampled_from([n for n, _ in JAPANESE if 3 <= len(n) <= 4]),
    at=st.integers(0, 3),
    typo=st.sampled_from("祖連合労働組全日本教職員自治総国交通電機高"),
)
def test_a_suggestion_sharing_no_run_stands_only_where_none_shares_one(
    name: str, at: int, typo: str
) -> None:
    """Among the suggestions for a short name with a typo, all or none share a run of two."""
    at %= len(name)
    key = normalize_name(name[:at] + typo + name[at + 1 :])
    pairs = {key[at : at + 2] for at in range(len(key) - 1)}
    keys = [normalize_name(name) for name, _ in JAPANESE]
    suggested = closest(key, keys)
    sharing = [bool(pairs & {k[at : at + 2] for at in range(len(k) - 1)}) for k in suggested]
    assert all(sharing) or not any(sharing)


def test_closest_keeps_latin_queries_as_before() -> None:
    """A Latin query is compared with every key, as difflib does."""
    assert closest("rengoo", ["rengo", "jam"]) == ("rengo",)
    assert closest("連合会", ["連合", "電機連合", "rengo"]) == ("連合",)


def test_search_finds_names_containing_a_japanese_text() -> None:
    """search() finds the named organisation first, then those whose names contain the text."""
    found = [o.id for o in search("全労連")]
    assert found[0] == "zenroren"
    assert "zenroren-zenkoku-ippan" in found


def test_show_prints_short_names_and_readings(capsys: pytest.CaptureFixture[str]) -> None:
    """The card shows the official name, the short names and the readings."""
    assert main(["show", "連合"]) == 0
    out = capsys.readouterr().out
    assert "日本労働組合総連合会" in out
    assert "short names   連合" in out
    assert "れんごう" in out


def test_show_lists_both_jichiroren_candidates(capsys: pytest.CaptureFixture[str]) -> None:
    """The card for 自治労連 lists both candidates with their Japanese names and exits non-zero."""
    assert main(["show", "自治労連"]) != 0
    err = capsys.readouterr().err
    assert "rengo-jichiroren" in err
    assert "zenroren-jichiroren" in err
    assert "全国自治団体労働組合連合" in err
    assert "日本自治体労働組合総連合" in err


def test_validator_reads_japanese_short_names(tmp_path: Path) -> None:
    """A table naming unions by Japanese short name validates with name-resolved warnings."""
    path = tmp_path / "members.csv"
    path.write_text(
        "org_id,value,as_of\n連合,7000000,2019\n自治労,790000,2019\n日教組,200000,2019\n"
        "ＵＡｾﾞﾝｾﾝ,1790000,2019\n全労連,560000,2019\n",
        encoding="utf-8",
    )
    report = validate(path, "memberships")
    assert report.valid, report.errors
    assert [w.code for w in report.warnings] == ["name-resolved"] * 5
    ambiguous = validate([{"org_id": "自治労連", "value": 1, "as_of": "2019"}], "memberships")
    assert [e.code for e in ambiguous.errors] == ["ambiguous-name"]


def test_every_japanese_name_cites_a_page_that_prints_it() -> None:
    """Each Japanese name is the quote of a reference citation, or stands in a seed's quote."""
    references = {s.id for s in DATASET.sources if s.kind is SourceKind.REFERENCE}
    for org in DATASET.organizations:
        quotes = {c.quote for c in org.citations if c.source_id in references}
        seed_quotes = " ".join(c.quote for c in org.citations if c.source_id not in references)
        for field in ("name_ja", "short_names_ja", "readings_ja"):
            value = getattr(org, field)
            for name in value if isinstance(value, tuple) else (value,) if value else ():
                assert name in quotes or name in seed_quotes, (org.id, field, name)


def test_seeds_readme_lists_every_reference() -> None:
    """seeds/README.md lists each reference beside the five documents."""
    text = (ROOT / "seeds" / "README.md").read_text(encoding="utf-8")
    for source in DATASET.sources:
        if source.kind is SourceKind.REFERENCE:
            assert f"`{source.id}`" in text
            assert source.url is not None
            assert source.url in text
