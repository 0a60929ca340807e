"""The fold that makes two spellings of one name the same comparison key.

:func:`normalize_name` folds the differences that do not distinguish one
name from another (width, case, macrons and other diacritics, spaces,
hyphens, dots, apostrophes, brackets and similar punctuation), so that
"Jichirōren", "JICHIROREN", "jichi roren" and "Ｊｉｃｈｉｒｏｒｅｎ" are the same key.
Japanese names fold too: half-width katakana, katakana and hiragana
("ＵＡｾﾞﾝｾﾝ", "UAゼンセン", "uaぜんせん"), the middle dot ・ and the long-vowel
mark ー with the dashes typed for it, and the old (kyūjitai) forms of kanji
that names are still printed in ("日本勞働組合總評議會" is "日本労働組合総評議会").
Kanji are otherwise kept as they are (voiced kana keep their marks).

:func:`without_article` and :func:`bracket_parts` give the other forms the
sources print a name in: without a leading article, and as a head with a
bracketed part ("Zenrōren (全労連)").
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

__all__ = ["bracket_parts", "fold_name", "is_japanese", "normalize_name", "without_article"]

# The patterns below are compiled on first use (re caches them), not at import:
# a lookup that matches a name as given needs none of them.
#: A leading English article, which a source may print before a name or leave out.
_ARTICLE: Final = r"(?i:the|an?)\s+(?=\S)"
#: The article a stored name may be indexed without ("A" may begin a real name).
_THE: Final = r"(?i:the)\s+(?=\S)"
#: A name followed by one bracketed part: "Zenrōren (全労連)", "Name(ABBR)", "Name [Alias]".
_BRACKETED: Final = r"(?s:(?P<head>.*?\S)\s*[(\[](?P<inner>[^()\[\]]+)[)\]]\s*)"
#: What separates the parts inside a bracket: "(日本共産党, JCP)".
_PART_SEPARATOR: Final = r"[,;、，]"
#: Kana voicing marks, which NFD splits off and which are part of the Japanese spelling.
_KANA_MARKS: Final = frozenset("\u3099\u309a")
#: Unicode categories dropped: punctuation, separators, controls and format characters.
_DROPPED_CATEGORIES: Final = frozenset("PZC")
#: Characters dropped besides those categories: the long-vowel mark ー and what is
#: typed for it (a minus sign, a tilde or a wave dash; hyphens and dashes are
#: punctuation), so that "センター", "センタ－" and "センタ" are one key.
_DROPPED_MARKS: Final = frozenset("\u30fc\u2212~\u301c")
#: The ASCII characters a key drops (the fold of pure-ASCII text needs nothing else).
_ASCII_DROPPED: Final = str.maketrans(
    "",
    "",
    "".join(
        c
        for c in map(chr, range(128))
        if unicodedata.category(c)[0] in _DROPPED_CATEGORIES or c in _DROPPED_MARKS
    ),
)
#: Old (kyūjitai) kanji -> their current (shinjitai) forms, pairwise by position.
_OLD_KANJI: Final = (
    "勞總聯會團體國縣鐵鑛氣學敎醫藝舊經濟發產從號圖廣擴賣營證變權黨關鬪鬭戰對將處觀靑專"
    "傳轉辯邊區驛樂實榮壓乘亞價繼輕檢驗險效收縱燒獎條狀讓觸眞盡數聲攝淺錢纖禪雙壯莊搜"
    "巢藏卽屬續帶滯臺擇澤擔彈斷遲晝廳聽鎭遞點當德獨讀廢拜麥髮拔濱拂佛竝寶豐每萬滿默"
    "譯藥與豫餘樣來賴亂覽龍兩綠勵禮靈齡爐灣"
)
_NEW_KANJI: Final = (
    "労総連会団体国県鉄鉱気学教医芸旧経済発産従号図広拡売営証変権党関闘闘戦対将処観青専"
    "伝転弁辺区駅楽実栄圧乗亜価継軽検験険効収縦焼奨条状譲触真尽数声摂浅銭繊禅双壮荘捜"
    "巣蔵即属続帯滞台択沢担弾断遅昼庁聴鎮逓点当徳独読廃拝麦髪抜浜払仏並宝豊毎万満黙"
    "訳薬与予余様来頼乱覧竜両緑励礼霊齢炉湾"
)
#: The fold of Japanese spellings applied to a key: katakana -> hiragana, old kanji -> new.
_JAPANESE_FOLD: Final = str.maketrans(
    {
        **{chr(code): chr(code - 0x60) for code in range(0x30A1, 0x30F7)},
        **dict(zip(_OLD_KANJI, _NEW_KANJI, strict=True)),
    }
)
#: Code point ranges of kana and kanji: a key holding any of them is a Japanese name.
#: (Compared directly: a regular expression over these ranges costs milliseconds to compile.)
_JAPANESE_RANGES: Final = ((0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))


def normalize_name(text: str) -> str:
    """The comparison key of a name.

    NFKC folds full- and half-width forms; the text is casefolded; macrons
    and other diacritics are stripped (NFD, then the combining marks dropped,
    except the kana voicing marks); spaces, hyphens, dots, apostrophes,
    brackets, quotes and other punctuation (the middle dot ・ too) are
    dropped, and so is the long-vowel mark ー. Katakana become hiragana and
    old kanji forms their current ones; other Japanese characters are kept.
    The function is idempotent.

    >>> normalize_name("Zenrōren Jichi-rōren")
    'zenrorenjichiroren'
    >>> normalize_name("ＪＩＣＨＩＲＯ")
    'jichiro'
    >>> normalize_name("ＵＡｾﾞﾝｾﾝ") == normalize_name("UAゼンセン")
    True
    """
    if text.isascii():  # most names: the same key as fold_name gives, in one cheap pass
        return text.lower().translate(_ASCII_DROPPED)
    return fold_name(text)


def fold_name(text: str) -> str:
    """The key :func:`normalize_name` defines, by the full Unicode fold alone.

    :func:`normalize_name` takes a shortcut for pure-ASCII text; this is the
    general fold it must agree with, for any text (the tests compare the two).
    Use :func:`normalize_name`, which is faster on the ASCII names most data holds.

    >>> fold_name("Rengō") == normalize_name("Rengō") == "rengo"
    True
    """
    key = _fold_once(text)
    # A few characters change again under a second pass (NFKC after casefolding
    # can make new foldable forms): repeat until the key is stable.
    while (again := _fold_once(key)) != key:
        key = again
    return key


def _fold_once(text: str) -> str:
    """One pass of the fold: width, case, marks, punctuation, kana and old kanji."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    kept = (
        char
        for char in unicodedata.normalize("NFD", folded)
        if (unicodedata.category(char) != "Mn" or char in _KANA_MARKS)
        and unicodedata.category(char)[0] not in _DROPPED_CATEGORIES
        and char not in _DROPPED_MARKS
    )
    return unicodedata.normalize("NFKC", "".join(kept)).translate(_JAPANESE_FOLD)


def without_article(text: str, *, only_the: bool = False) -> str | None:
    """*text* without a leading "The", "A" or "An" (only "The" if *only_the*), or None.

    A stored name is indexed without "The" only: "A" may begin a real name.
    """
    text = unicodedata.normalize("NFKC", text).strip()
    found = re.match(_THE if only_the else _ARTICLE, text)
    return text[found.end() :] if found else None


def bracket_parts(text: str) -> tuple[str, ...]:
    """("head", "part", ...) of "head (part, part)"; () when *text* is not of that form."""
    found = re.fullmatch(_BRACKETED, unicodedata.normalize("NFKC", text).strip())
    if found is None:
        return ()
    inner = [part for part in re.split(_PART_SEPARATOR, found["inner"]) if normalize_name(part)]
    return (found["head"], *inner) if inner else ()


def is_japanese(text: str) -> bool:
    """True when *text* holds a kana or a kanji."""
    return any(low <= ord(char) <= high for char in text for low, high in _JAPANESE_RANGES)
