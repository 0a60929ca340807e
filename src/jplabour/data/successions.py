"""Successions from the five source documents in seeds/: mergers, a unification and a rebrand.

Where it came from (source ids in :mod:`jplabour.data.sources`): the Zenroren
article (003) for the eight mergers in its former-affiliates table (the date
is the "Left" year of the merged union's row; the successor's row in the
current-affiliates table is cited as well where it exists); RENGO's brochure
(000) for Kokumin Kyosai co-op being "rebranded from Zenosai" (no date given).

Only successions a source states are recorded: the brochure's path from
SEISUI KAIGI (1976) through ZENMIN ROKYO (1982) to RENGO says that one body
set "the stage for the foundation" of the next, not that it became it;
JPTUC-RENGO unified the private-sector unions of SOHYO, DOMEI, CHURITSU
ROREN and SHIN-SANBETSU, not those bodies themselves; and the brochure says
that JPTUC-RENGO (1987) and RENGO (1989) were each inaugurated, not that
one became the other. One record per
literal, keyword arguments, sorted by id.
"""

from typing import Final

from jplabour.data.source_ids import (
    RENGO_BROCHURE,
    ZENROREN_ARTICLE,
)
from jplabour.model import Citation, Succession, SuccessionKind

SUCCESSIONS: Final[tuple[Succession, ...]] = (
    Succession(
        id="chiginren-kinyuroren-merger",
        predecessor_id="chiginren",
        successor_id="kinyuroren",
        kind=SuccessionKind.MERGER,
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| Chiginren | 1956 | 2006 | Merged into Kinyuroren | 471 |",
            ),
            Citation(source_id=ZENROREN_ARTICLE, quote="| Kinyuroren | 2006 | 3,921 |"),
        ),
        date="2006",
    ),
    Succession(
        id="jmiu-jmitu-merger",
        predecessor_id="jmiu",
        successor_id="jmitu",
        kind=SuccessionKind.MERGER,
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| JMIU | 1989 | 2016 | Merged into JMITU | 11,098 |",
            ),
            Citation(source_id=ZENROREN_ARTICLE, quote="| JMITU | 2016 | 5,397 |"),
        ),
        date="2016",
    ),
    Succession(
        id="tsushinroso-jmitu-merger",
        predecessor_id="tsushinroso",
        successor_id="jmitu",
        kind=SuccessionKind.MERGER,
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| Tsushinroso | 1989 | 2016 | Merged into JMITU | 1,086 |",
            ),
            Citation(source_id=ZENROREN_ARTICLE, quote="| JMITU | 2016 | 5,397 |"),
        ),
        date="2016",
    ),
    Succession(
        id="unyuippan-kenkoro-merger",
        predecessor_id="unyuippan",
        successor_id="kenkoro",
        kind=SuccessionKind.MERGER,
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| Unyuippan | 1946 | 1999 | Merged into Kenkoro | 16,176 |",
            ),
            Citation(source_id=ZENROREN_ARTICLE, quote="| Kenkoro | 1999 | 19,578 |"),
        ),
        date="1999",
    ),
    Succession(
        id="zendoro-kenkoro-merger",
        predecessor_id="zendoro",
        successor_id="kenkoro",
        kind=SuccessionKind.MERGER,
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| Zendoro | 1974 | 1999 | Merged into Kenkoro | 1,401 |",
            ),
            Citation(source_id=ZENROREN_ARTICLE, quote="| Kenkoro | 1999 | 19,578 |"),
        ),
        date="1999",
    ),
    Succession(
        id="zennichijiro-kenkoro-merger",
        predecessor_id="zennichijiro",
        successor_id="kenkoro",
        kind=SuccessionKind.MERGER,
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| Zennichijiro | 1947 | 1999 | Merged into Kenkoro | 38,495 |",
            ),
            Citation(source_id=ZENROREN_ARTICLE, quote="| Kenkoro | 1999 | 19,578 |"),
        ),
        date="1999",
    ),
    Succession(
        id="zennokyororen-zennichijiro-merger",
        predecessor_id="zennokyororen",
        successor_id="zennichijiro",
        kind=SuccessionKind.MERGER,
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| Zennokyororen | 1956 | 1991 | Merged into Zennichijiro | 68,423 |",
            ),
        ),
        date="1991",
    ),
    Succession(
        id="zenosai-kokumin-kyosai-coop-rebrand",
        predecessor_id="zenosai",
        successor_id="kokumin-kyosai-coop",
        kind=SuccessionKind.REBRAND,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="Kokumin Kyosai co-op stands for the National Federation of Workers and Consumers Kyosai Cooperatives, rebranded from Zenosai.",
            ),
        ),
    ),
    Succession(
        id="zenshinro-kinyuroren-merger",
        predecessor_id="zenshinro",
        successor_id="kinyuroren",
        kind=SuccessionKind.MERGER,
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| Zenshinro | 1954 | 2006 | Merged into Kinyuroren | 13,098 |",
            ),
            Citation(source_id=ZENROREN_ARTICLE, quote="| Kinyuroren | 2006 | 3,921 |"),
        ),
        date="2006",
    ),
)
