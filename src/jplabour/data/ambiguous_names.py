"""Names the sources use for more than one organisation, curated by hand from seeds/.

Where it came from: the encyclopedia entry on the two Jichirōren federations
(002), with the Zenroren article (003) and the RENGO brochure (000); see
:mod:`jplabour.data.sources`. Each record lists the organisations a name may
mean and cites the spans that use it for each. An alias or abbreviation shared
by several organisations (after normalising case, width, macrons, spaces and
hyphens) must be declared here. One record per literal, sorted by id.
"""

from typing import Final

from jplabour.data.source_ids import (
    JICHIROREN_ENTRY,
    RENGO_BROCHURE,
    ZENROREN_ARTICLE,
)
from jplabour.model import AmbiguousName, Citation

AMBIGUOUS_NAMES: Final[tuple[AmbiguousName, ...]] = (
    AmbiguousName(
        id="jichiroren",
        name="Jichirōren",
        org_ids=("rengo-jichiroren", "zenroren-jichiroren"),
        citations=(
            Citation(
                source_id=JICHIROREN_ENTRY,
                quote="Nihon Jichitai Rōdō Kumiai Sōrengō (日本自治体労働組合総連合, abbreviated Jichirōren)",
            ),
            Citation(
                source_id=JICHIROREN_ENTRY,
                quote="Zenkoku Jichi Dantai Rōdō Kumiai Rengō (全国自治団体労働組合連合), which is affiliated with a different national center, Rengō, is also shortly called “Jichirōren” (自治労連).",
            ),
            Citation(
                source_id=JICHIROREN_ENTRY,
                quote="To distinguish the two from each other, “Zenrōren Jichirōren” (for Nihon Jichitai Rōdō Kumiai Sōrengō) and “Rengō Jichirōren” (for Zenkoku Jichi Dantai Rōdō Kumiai Rengō) are used.",
            ),
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| Japan Federation of Prefectural and Municipal Workers' Unions | Jichiroren |",
            ),
            Citation(source_id=RENGO_BROCHURE, quote="### 41. JICHI ROREN"),
        ),
    ),
    AmbiguousName(
        id="jichiroren-kanji",
        name="自治労連",
        org_ids=("rengo-jichiroren", "zenroren-jichiroren"),
        citations=(
            Citation(
                source_id=JICHIROREN_ENTRY,
                quote="Nihon Jichitai Rōdō Kumiai Sōrengō (日本自治体労働組合総連合, abbreviated Jichirōren)",
            ),
            Citation(
                source_id=JICHIROREN_ENTRY,
                quote="Zenkoku Jichi Dantai Rōdō Kumiai Rengō (全国自治団体労働組合連合), which is affiliated with a different national center, Rengō, is also shortly called “Jichirōren” (自治労連).",
            ),
        ),
    ),
)
