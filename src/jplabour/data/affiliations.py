"""Affiliations from the five source documents in seeds/: who belongs to whom.

Where it came from (source ids in :mod:`jplabour.data.sources`): RENGO's
brochure (000) for its 46 affiliates and 2 associated organisations "as of
October 2019", its 8 related organisations and the bodies its history names;
the JILAF profile (001) for JILAF's founding by RENGO; the Jichirōren entry
(002) for the two Jichirōren federations and Tokyo Jichirōren; the Zenroren
article (003) for Zenroren's 20 current and 9 former affiliates. The Kanagawa
WCF page (004) states no link to a parent body (its WNJ list names
"Kanazawa", not Kanagawa, and Seikatsu club is named only as a source of
experience and of outsourced work).

Every record cites verbatim quotes. One record per literal, keyword
arguments, sorted by id. Citations that many records share (a list's heading or
date) are module constants, spread into each record next to its own quote.
Ranks are the printed numbers of RENGO's list; the Zenroren tables are
alphabetical and carry no rank. JILAF and ILEC have both
an ESTABLISHED_BY link and a RELATED link, because they are also listed among
RENGO's "Related Organizations". Zenroren's alignment with the JCP is not an
affiliation (the article says it "is not affiliated to any political party").
"""

from typing import Final

from jplabour.data.source_ids import (
    JICHIROREN_ENTRY,
    JILAF_PROFILE,
    RENGO_BROCHURE,
    ZENROREN_ARTICLE,
)
from jplabour.model import Affiliation, AffiliationStatus, Citation

#: Cited by every affiliate of RENGO's list (Nos. 01-46), with its own heading.
_RENGO_AFFILIATES: Final = (Citation(source_id=RENGO_BROCHURE, quote="as of October 2019"),)
#: Cited by the two associated organisations of RENGO's list (Nos. 47-48).
_RENGO_ASSOCIATED: Final = (
    Citation(source_id=RENGO_BROCHURE, quote="Associated Organizations"),
    *_RENGO_AFFILIATES,
)
#: Cited by each of RENGO's eight related organisations, listed as of the
#: brochure's date.
_RENGO_RELATED: Final = (
    Citation(source_id=RENGO_BROCHURE, quote="December 2019"),
    Citation(source_id=RENGO_BROCHURE, quote="## Related Organizations"),
)
#: Cited by each row of the Zenroren article's current-affiliates table.
_ZENROREN_CURRENT_AFFILIATES: Final = (
    Citation(source_id=ZENROREN_ARTICLE, quote="The following unions are affiliated:"),
    Citation(source_id=ZENROREN_ARTICLE, quote="Membership (2019)"),
)
#: Cited by each row of the Zenroren article's former-affiliates table.
_ZENROREN_FORMER_AFFILIATES: Final = (
    Citation(source_id=ZENROREN_ARTICLE, quote="===Former affiliates==="),
)

AFFILIATIONS: Final[tuple[Affiliation, ...]] = (
    Affiliation(
        id="ceramics-rengo-rengo-affiliate",
        member_id="ceramics-rengo",
        parent_id="rengo",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 29. CERAMICS RENGO"),
            *_RENGO_AFFILIATES,
        ),
        rank=29,
        as_of="2019-10",
    ),
    Affiliation(
        id="chiginren-zenroren-former",
        member_id="chiginren",
        parent_id="zenroren",
        status=AffiliationStatus.FORMER,
        citations=(
            *_ZENROREN_FORMER_AFFILIATES,
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| Chiginren | 1956 | 2006 | Merged into Kinyuroren | 471 |",
            ),
        ),
        until="2006",
        end_reason="Merged into Kinyuroren",
    ),
    Affiliation(
        id="chuo-rofukukyo-rengo-related",
        member_id="chuo-rofukukyo",
        parent_id="rengo",
        status=AffiliationStatus.RELATED,
        as_of="2019-12",
        citations=(
            *_RENGO_RELATED,
            Citation(source_id=RENGO_BROCHURE, quote="**Chuo-Rofukukyo**"),
        ),
    ),
    Affiliation(
        id="denki-rengo-rengo-affiliate",
        member_id="denki-rengo",
        parent_id="rengo",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 04. DENKI RENGO"),
            *_RENGO_AFFILIATES,
        ),
        rank=4,
        as_of="2019-10",
    ),
    Affiliation(
        id="denryoku-soren-rengo-affiliate",
        member_id="denryoku-soren",
        parent_id="rengo",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 10. DENRYOKU SOREN"),
            *_RENGO_AFFILIATES,
        ),
        rank=10,
        as_of="2019-10",
    ),
    Affiliation(
        id="eiensoren-zenroren-affiliate",
        member_id="eiensoren",
        parent_id="zenroren",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            *_ZENROREN_CURRENT_AFFILIATES,
            Citation(source_id=ZENROREN_ARTICLE, quote="| Eiensoren | 1952 | 1,275 |"),
        ),
        as_of="2019",
    ),
    Affiliation(
        id="eisanro-zenroren-affiliate",
        member_id="eisanro",
        parent_id="zenroren",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            *_ZENROREN_CURRENT_AFFILIATES,
            Citation(source_id=ZENROREN_ARTICLE, quote="| Eisanro | | |"),
        ),
        as_of="2019",
    ),
    Affiliation(
        id="food-rengo-rengo-affiliate",
        member_id="food-rengo",
        parent_id="rengo",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 14. FOOD RENGO"),
            *_RENGO_AFFILIATES,
        ),
        rank=14,
        as_of="2019-10",
    ),
    Affiliation(
        id="fukushi-hoikuro-zenroren-affiliate",
        member_id="fukushi-hoikuro",
        parent_id="zenroren",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            *_ZENROREN_CURRENT_AFFILIATES,
            Citation(source_id=ZENROREN_ARTICLE, quote="| Fukushi-hoikuro | | 10,920 |"),
        ),
        as_of="2019",
    ),
    Affiliation(
        id="gomu-rengo-rengo-affiliate",
        member_id="gomu-rengo",
        parent_id="rengo",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 23. GOMU RENGO"),
            *_RENGO_AFFILIATES,
        ),
        rank=23,
        as_of="2019-10",
    ),
    Affiliation(
        id="health-care-rokyo-rengo-affiliate",
        member_id="health-care-rokyo",
        parent_id="rengo",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 36. HEALTH CARE ROKYO"),
            *_RENGO_AFFILIATES,
        ),
        rank=36,
        as_of="2019-10",
    ),
    Affiliation(
        id="ilec-rengo-established-by",
        member_id="ilec",
        parent_id="rengo",
        status=AffiliationStatus.ESTABLISHED_BY,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="The Institute of Labor Education and Culture is an incorporated association established by RENGO in December 1995",
            ),
        ),
        since="1995-12",
    ),
    Affiliation(
        id="ilec-rengo-related",
        member_id="ilec",
        parent_id="rengo",
        status=AffiliationStatus.RELATED,
        as_of="2019-12",
        citations=(
            *_RENGO_RELATED,
            Citation(source_id=RENGO_BROCHURE, quote="**ILEC**"),
        ),
    ),
    Affiliation(
        id="insatsu-roren-rengo-affiliate",
        member_id="insatsu-roren",
        parent_id="rengo",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 28. INSATSU ROREN"),
            *_RENGO_AFFILIATES,
        ),
        rank=28,
        as_of="2019-10",
    ),
    Affiliation(
        id="iss-hu-hosei-university-part-of",
        member_id="iss-hu",
        parent_id="hosei-university",
        status=AffiliationStatus.PART_OF,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="Institute for Solidarity-based Society of Hosei University (ISS-HU)",
            ),
        ),
    ),
    Affiliation(
        id="ja-rengo-rengo-affiliate",
        member_id="ja-rengo",
        parent_id="rengo",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 44. JA RENGO"),
            *_RENGO_AFFILIATES,
        ),
        rank=44,
        as_of="2019-10",
    ),
    Affiliation(
        id="jam-rengo-affiliate",
        member_id="jam",
        parent_id="rengo",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 05. JAM"),
            *_RENGO_AFFILIATES,
        ),
        rank=5,
        as_of="2019-10",
    ),
    Affiliation(
        id="japan-labour-culture-foundation-rengo-related",
        member_id="japan-labour-culture-foundation",
        parent_id="rengo",
        status=AffiliationStatus.RELATED,
        as_of="2019-12",
        citations=(
            *_RENGO_RELATED,
            Citation(source_id=RENGO_BROCHURE, quote="**Japan Labour Culture Foundation**"),
        ),
    ),
    Affiliation(
        id="jec-rengo-rengo-affiliate",
        member_id="jec-rengo",
        parent_id="rengo",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 15. JEC RENGO"),
            *_RENGO_AFFILIATES,
        ),
        rank=15,
        as_of="2019-10",
    ),
    Affiliation(
        id="jichiro-rengo-affiliate",
        member_id="jichiro",
        parent_id="rengo",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 02. JICHIRO"),
            *_RENGO_AFFILIATES,
        ),
        rank=2,
        as_of="2019-10",
    ),
    Affiliation(
        id="jidosha-soren-rengo-affiliate",
        member_id="jidosha-soren",
        parent_id="rengo",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 03. JIDOSHA SOREN"),
            *_RENGO_AFFILIATES,
        ),
        rank=3,
        as_of="2019-10",
    ),
    Affiliation(
        id="jikosoren-zenroren-affiliate",
        member_id="jikosoren",
        parent_id="zenroren",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            *_ZENROREN_CURRENT_AFFILIATES,
            Citation(source_id=ZENROREN_ARTICLE, quote="| Jikosoren | 1978 | 12,068 |"),
        ),
        as_of="2019",
    ),
    Affiliation(
        id="jilaf-rengo-established-by",
        member_id="jilaf",
        parent_id="rengo",
        status=AffiliationStatus.ESTABLISHED_BY,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="The Japan International Labour Foundation was established by RENGO in May 1989",
            ),
            Citation(source_id=JILAF_PROFILE, quote="set up by RENGO in May 1989"),
        ),
        since="1989-05",
    ),
    Affiliation(
        id="jilaf-rengo-related",
        member_id="jilaf",
        parent_id="rengo",
        status=AffiliationStatus.RELATED,
        as_of="2019-12",
        citations=(
            *_RENGO_RELATED,
            Citation(source_id=RENGO_BROCHURE, quote="**JILAF**"),
        ),
    ),
    Affiliation(
        id="jmitu-zenroren-affiliate",
        member_id="jmitu",
        parent_id="zenroren",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            *_ZENROREN_CURRENT_AFFILIATES,
            Citation(source_id=ZENROREN_ARTICLE, quote="| JMITU | 2016 | 5,397 |"),
        ),
        as_of="2019",
    ),
    Affiliation(
        id="jmiu-zenroren-former",
        member_id="jmiu",
        parent_id="zenroren",
        status=AffiliationStatus.FORMER,
        citations=(
            *_ZENROREN_FORMER_AFFILIATES,
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| JMIU | 1989 | 2016 | Merged into JMITU | 11,098 |",
            ),
        ),
        until="2016",
        end_reason="Merged into JMITU",
    ),
    Affiliation(
        id="joho-roren-rengo-affiliate",
        member_id="joho-roren",
        parent_id="rengo",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 11. JOHO-ROREN"),
            *_RENGO_AFFILIATES,
        ),
        rank=11,
        as_of="2019-10",
    ),
    Affiliation(
        id="joint-study-group-new-industries-nikkeiren-related",
        member_id="joint-study-group-new-industries",
        parent_id="nikkeiren",
        status=AffiliationStatus.RELATED,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote='"Joint Study Group for the Creation of New Industries and Employment" launched in collaboration with Nikkeiren',
            ),
        ),
    ),
    Affiliation(
        id="joint-study-group-new-industries-rengo-related",
        member_id="joint-study-group-new-industries",
        parent_id="rengo",
        status=AffiliationStatus.RELATED,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote='"Joint Study Group for the Creation of New Industries and Employment" launched in collaboration with Nikkeiren',
            ),
        ),
    ),
    Affiliation(
        id="jp-rouso-rengo-affiliate",
        member_id="jp-rouso",
        parent_id="rengo",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 07. JP ROUSO"),
            *_RENGO_AFFILIATES,
        ),
        rank=7,
        as_of="2019-10",
    ),
    Affiliation(
        id="jr-rengo-rengo-affiliate",
        member_id="jr-rengo",
        parent_id="rengo",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 18. JR RENGO"),
            *_RENGO_AFFILIATES,
        ),
        rank=18,
        as_of="2019-10",
    ),
    Affiliation(
        id="jr-soren-rengo-affiliate",
        member_id="jr-soren",
        parent_id="rengo",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 27. JR SOREN"),
            *_RENGO_AFFILIATES,
        ),
        rank=27,
        as_of="2019-10",
    ),
    Affiliation(
        id="kaiin-kumiai-rengo-affiliate",
        member_id="kaiin-kumiai",
        parent_id="rengo",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 21. KAIIN KUMIAI"),
            *_RENGO_AFFILIATES,
        ),
        rank=21,
        as_of="2019-10",
    ),
    Affiliation(
        id="kamipa-rengo-rengo-affiliate",
        member_id="kamipa-rengo",
        parent_id="rengo",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 24. KAMIPA RENGO"),
            *_RENGO_AFFILIATES,
        ),
        rank=24,
        as_of="2019-10",
    ),
    Affiliation(
        id="kenkoro-zenroren-affiliate",
        member_id="kenkoro",
        parent_id="zenroren",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            *_ZENROREN_CURRENT_AFFILIATES,
            Citation(source_id=ZENROREN_ARTICLE, quote="| Kenkoro | 1999 | 19,578 |"),
        ),
        as_of="2019",
    ),
    Affiliation(
        id="kensuroren-zenroren-affiliate",
        member_id="kensuroren",
        parent_id="zenroren",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            *_ZENROREN_CURRENT_AFFILIATES,
            Citation(source_id=ZENROREN_ARTICLE, quote="| Kensuroren | | 1,042 |"),
        ),
        as_of="2019",
    ),
    Affiliation(
        id="kikan-roren-rengo-affiliate",
        member_id="kikan-roren",
        parent_id="rengo",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 06. KIKAN ROREN"),
            *_RENGO_AFFILIATES,
        ),
        rank=6,
        as_of="2019-10",
    ),
    Affiliation(
        id="kinyuroren-zenroren-affiliate",
        member_id="kinyuroren",
        parent_id="zenroren",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            *_ZENROREN_CURRENT_AFFILIATES,
            Citation(source_id=ZENROREN_ARTICLE, quote="| Kinyuroren | 2006 | 3,921 |"),
        ),
        as_of="2019",
    ),
    Affiliation(
        id="kokko-rengo-rengo-affiliate",
        member_id="kokko-rengo",
        parent_id="rengo",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 17. KOKKO RENGO"),
            *_RENGO_AFFILIATES,
        ),
        rank=17,
        as_of="2019-10",
    ),
    Affiliation(
        id="kokkororen-zenroren-affiliate",
        member_id="kokkororen",
        parent_id="zenroren",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            *_ZENROREN_CURRENT_AFFILIATES,
            Citation(source_id=ZENROREN_ARTICLE, quote="| Kokkororen | 1975 | 60,454 |"),
        ),
        as_of="2019",
    ),
    Affiliation(
        id="koku-rengo-rengo-affiliate",
        member_id="koku-rengo",
        parent_id="rengo",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 22. KOKU RENGO"),
            *_RENGO_AFFILIATES,
        ),
        rank=22,
        as_of="2019-10",
    ),
    Affiliation(
        id="kokumin-kyosai-coop-rengo-related",
        member_id="kokumin-kyosai-coop",
        parent_id="rengo",
        status=AffiliationStatus.RELATED,
        as_of="2019-12",
        citations=(
            *_RENGO_RELATED,
            Citation(source_id=RENGO_BROCHURE, quote="**Kokumin Kyosai co-op**"),
        ),
    ),
    Affiliation(
        id="kotsu-roren-rengo-affiliate",
        member_id="kotsu-roren",
        parent_id="rengo",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 20. KOTSU ROREN"),
            *_RENGO_AFFILIATES,
        ),
        rank=20,
        as_of="2019-10",
    ),
    Affiliation(
        id="koun-domei-rengo-affiliate",
        member_id="koun-domei",
        parent_id="rengo",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 45. KOUN DOMEI"),
            *_RENGO_AFFILIATES,
        ),
        rank=45,
        as_of="2019-10",
    ),
    Affiliation(
        id="labour-bank-rengo-related",
        member_id="labour-bank",
        parent_id="rengo",
        status=AffiliationStatus.RELATED,
        as_of="2019-12",
        citations=(
            *_RENGO_RELATED,
            Citation(source_id=RENGO_BROCHURE, quote="**Labour Bank**"),
        ),
    ),
    Affiliation(
        id="media-roren-rengo-affiliate",
        member_id="media-roren",
        parent_id="rengo",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 33. MEDIA ROREN"),
            *_RENGO_AFFILIATES,
        ),
        rank=33,
        as_of="2019-10",
    ),
    Affiliation(
        id="minpororen-zenroren-affiliate",
        member_id="minpororen",
        parent_id="zenroren",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            *_ZENROREN_CURRENT_AFFILIATES,
            Citation(source_id=ZENROREN_ARTICLE, quote="| Minpororen | 1953 | |"),
        ),
        as_of="2019",
    ),
    Affiliation(
        id="nenkinsha-kumia-zenroren-affiliate",
        member_id="nenkinsha-kumia",
        parent_id="zenroren",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            *_ZENROREN_CURRENT_AFFILIATES,
            Citation(source_id=ZENROREN_ARTICLE, quote="| Nenkinsha-kumia | 1989 | |"),
        ),
        as_of="2019",
    ),
    Affiliation(
        id="nihoniroren-zenroren-affiliate",
        member_id="nihoniroren",
        parent_id="zenroren",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            *_ZENROREN_CURRENT_AFFILIATES,
            Citation(source_id=ZENROREN_ARTICLE, quote="| Nihoniroren | 1957 | 154,379 |"),
        ),
        as_of="2019",
    ),
    Affiliation(
        id="nikkenkyo-rengo-associated",
        member_id="nikkenkyo",
        parent_id="rengo",
        status=AffiliationStatus.ASSOCIATED,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 47. NIKKENKYO"),
            *_RENGO_ASSOCIATED,
        ),
        rank=47,
        as_of="2019-10",
    ),
    Affiliation(
        id="nikkokyo-rengo-associated",
        member_id="nikkokyo",
        parent_id="rengo",
        status=AffiliationStatus.ASSOCIATED,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 48. NIKKOKYO"),
            *_RENGO_ASSOCIATED,
        ),
        rank=48,
        as_of="2019-10",
    ),
    Affiliation(
        id="nikkyoso-rengo-affiliate",
        member_id="nikkyoso",
        parent_id="rengo",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 09. NIKKYOSO"),
            *_RENGO_AFFILIATES,
        ),
        rank=9,
        as_of="2019-10",
    ),
    Affiliation(
        id="rengo-diet-members-council-rengo-related",
        member_id="rengo-diet-members-council",
        parent_id="rengo",
        status=AffiliationStatus.RELATED,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="RENGO Diet Members Council launched"),
        ),
    ),
    Affiliation(
        id="rengo-forum-policy-politics-rengo-related",
        member_id="rengo-forum-policy-politics",
        parent_id="rengo",
        status=AffiliationStatus.RELATED,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote='"RENGO Forum on Policy and Politics" formed'),
        ),
    ),
    Affiliation(
        id="rengo-international-cooperation-center-rengo-related",
        member_id="rengo-international-cooperation-center",
        parent_id="rengo",
        status=AffiliationStatus.RELATED,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote='"RENGO International Cooperation Center" launched',
            ),
        ),
    ),
    Affiliation(
        id="rengo-jichiroren-rengo-affiliate",
        member_id="rengo-jichiroren",
        parent_id="rengo",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 41. JICHI ROREN"),
            *_RENGO_AFFILIATES,
            Citation(
                source_id=JICHIROREN_ENTRY,
                quote="Zenkoku Jichi Dantai Rōdō Kumiai Rengō (全国自治団体労働組合連合), which is affiliated with a different national center, Rengō",
            ),
        ),
        rank=41,
        as_of="2019-10",
    ),
    Affiliation(
        id="rengo-locals-rengo-part-of",
        member_id="rengo-locals",
        parent_id="rengo",
        status=AffiliationStatus.PART_OF,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="there are 47 RENGO locals"),
            Citation(
                source_id=RENGO_BROCHURE,
                quote="**May** Local RENGOs formed in all 47 prefectures",
            ),
        ),
    ),
    Affiliation(
        id="rengo-non-regular-employment-department-rengo-part-of",
        member_id="rengo-non-regular-employment-department",
        parent_id="rengo",
        status=AffiliationStatus.PART_OF,
        since="2007-10",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="**October** The Department of Non-Regular Employment established at the HQ",
            ),
            Citation(
                source_id=RENGO_BROCHURE,
                quote="2007** **Jan.-Feb.** Public Dialogues on correcting disparities held nationwide",
            ),
        ),
    ),
    Affiliation(
        id="rengo-rials-rengo-related",
        member_id="rengo-rials",
        parent_id="rengo",
        status=AffiliationStatus.RELATED,
        as_of="2019-12",
        citations=(
            *_RENGO_RELATED,
            Citation(source_id=RENGO_BROCHURE, quote="**連合総研 RENGO-RIALS**"),
            Citation(
                source_id=RENGO_BROCHURE,
                quote="RENGO Research Institute for Advancement of Living Standards, the RENGO think-tank",
            ),
        ),
    ),
    Affiliation(
        id="rokyo-roren-rengo-affiliate",
        member_id="rokyo-roren",
        parent_id="rengo",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 39. ROKYO ROREN"),
            *_RENGO_AFFILIATES,
        ),
        rank=39,
        as_of="2019-10",
    ),
    Affiliation(
        id="rosai-roren-rengo-affiliate",
        member_id="rosai-roren",
        parent_id="rengo",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 38. ROSAI ROREN"),
            *_RENGO_AFFILIATES,
        ),
        rank=38,
        as_of="2019-10",
    ),
    Affiliation(
        id="seiho-roren-rengo-affiliate",
        member_id="seiho-roren",
        parent_id="rengo",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 08. SEIHO ROREN"),
            *_RENGO_AFFILIATES,
        ),
        rank=8,
        as_of="2019-10",
    ),
    Affiliation(
        id="seikyororen-zenroren-affiliate",
        member_id="seikyororen",
        parent_id="zenroren",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            *_ZENROREN_CURRENT_AFFILIATES,
            Citation(source_id=ZENROREN_ARTICLE, quote="| Seikyororen | 1968 | 63,135 |"),
        ),
        as_of="2019",
    ),
    Affiliation(
        id="seni-sanro-zenroren-affiliate",
        member_id="seni-sanro",
        parent_id="zenroren",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            *_ZENROREN_CURRENT_AFFILIATES,
            Citation(source_id=ZENROREN_ARTICLE, quote="| Seni-sanro | | 216 |"),
        ),
        as_of="2019",
    ),
    Affiliation(
        id="service-rengo-rengo-affiliate",
        member_id="service-rengo",
        parent_id="rengo",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 19. SERVICE RENGO"),
            *_RENGO_AFFILIATES,
        ),
        rank=19,
        as_of="2019-10",
    ),
    Affiliation(
        id="sharyorokyo-zenroren-former",
        member_id="sharyorokyo",
        parent_id="zenroren",
        status=AffiliationStatus.FORMER,
        citations=(
            *_ZENROREN_FORMER_AFFILIATES,
            Citation(source_id=ZENROREN_ARTICLE, quote="| Sharyorokyo | 1972 | | | 10,000 |"),
        ),
    ),
    Affiliation(
        id="shitetsu-soren-rengo-affiliate",
        member_id="shitetsu-soren",
        parent_id="rengo",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 13. SHITETSU SOREN"),
            *_RENGO_AFFILIATES,
        ),
        rank=13,
        as_of="2019-10",
    ),
    Affiliation(
        id="sinrin-roren-rengo-affiliate",
        member_id="sinrin-roren",
        parent_id="rengo",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 37. SINRIN ROREN"),
            *_RENGO_AFFILIATES,
        ),
        rank=37,
        as_of="2019-10",
    ),
    Affiliation(
        id="sonpo-roren-rengo-affiliate",
        member_id="sonpo-roren",
        parent_id="rengo",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 16. SONPO ROREN"),
            *_RENGO_AFFILIATES,
        ),
        rank=16,
        as_of="2019-10",
    ),
    Affiliation(
        id="taishokusha-rengo-rengo-related",
        member_id="taishokusha-rengo",
        parent_id="rengo",
        status=AffiliationStatus.RELATED,
        as_of="2019-12",
        citations=(
            *_RENGO_RELATED,
            Citation(source_id=RENGO_BROCHURE, quote="**Taishokusha-RENGO**"),
            Citation(
                source_id=RENGO_BROCHURE,
                quote="building a welfare society together with RENGO",
            ),
        ),
    ),
    Affiliation(
        id="tokushuhojin-roren-zenroren-affiliate",
        member_id="tokushuhojin-roren",
        parent_id="zenroren",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            *_ZENROREN_CURRENT_AFFILIATES,
            Citation(source_id=ZENROREN_ARTICLE, quote="| Tokushuhojin-roren | | 992 |"),
        ),
        as_of="2019",
    ),
    Affiliation(
        id="tokyo-jichiroren-anti-revision-hq-established-by",
        member_id="tokyo-jichiroren-anti-revision-hq",
        parent_id="tokyo-jichiroren",
        status=AffiliationStatus.ESTABLISHED_BY,
        citations=(
            Citation(
                source_id=JICHIROREN_ENTRY,
                quote="In 2015, protesting the security bills, this association established an anti-constitutional corruption department (東京自治労連憲法改悪阻止闘争本部) in May",
            ),
        ),
        since="2015-05",
    ),
    Affiliation(
        id="tokyo-jichiroren-zenroren-associated",
        member_id="tokyo-jichiroren",
        parent_id="zenroren",
        status=AffiliationStatus.ASSOCIATED,
        citations=(
            Citation(
                source_id=JICHIROREN_ENTRY,
                quote="Associated with Nihon Jichitai Rōdō Kumiai Sōrengō (日本自治体労働組合総連合) and Zenrōren (全労連), Tokyo Jichitai Rōdō Kumiai Sōrengō",
            ),
        ),
    ),
    Affiliation(
        id="tokyo-jichiroren-zenroren-jichiroren-associated",
        member_id="tokyo-jichiroren",
        parent_id="zenroren-jichiroren",
        status=AffiliationStatus.ASSOCIATED,
        citations=(
            Citation(
                source_id=JICHIROREN_ENTRY,
                quote="Associated with Nihon Jichitai Rōdō Kumiai Sōrengō (日本自治体労働組合総連合) and Zenrōren (全労連), Tokyo Jichitai Rōdō Kumiai Sōrengō",
            ),
        ),
    ),
    Affiliation(
        id="tsushinroso-zenroren-former",
        member_id="tsushinroso",
        parent_id="zenroren",
        status=AffiliationStatus.FORMER,
        citations=(
            *_ZENROREN_FORMER_AFFILIATES,
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| Tsushinroso | 1989 | 2016 | Merged into JMITU | 1,086 |",
            ),
        ),
        until="2016",
        end_reason="Merged into JMITU",
    ),
    Affiliation(
        id="ua-zensen-rengo-affiliate",
        member_id="ua-zensen",
        parent_id="rengo",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 01. UA ZENSEN"),
            *_RENGO_AFFILIATES,
        ),
        rank=1,
        as_of="2019-10",
    ),
    Affiliation(
        id="unyu-roren-rengo-affiliate",
        member_id="unyu-roren",
        parent_id="rengo",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 12. UNYU ROREN"),
            *_RENGO_AFFILIATES,
        ),
        rank=12,
        as_of="2019-10",
    ),
    Affiliation(
        id="unyuippan-zenroren-former",
        member_id="unyuippan",
        parent_id="zenroren",
        status=AffiliationStatus.FORMER,
        citations=(
            *_ZENROREN_FORMER_AFFILIATES,
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| Unyuippan | 1946 | 1999 | Merged into Kenkoro | 16,176 |",
            ),
        ),
        until="1999",
        end_reason="Merged into Kenkoro",
    ),
    Affiliation(
        id="worknet-rengo-related",
        member_id="worknet",
        parent_id="rengo",
        status=AffiliationStatus.RELATED,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="WORKNET Co. Ltd. established, a RENGO-funded corporation",
            ),
        ),
    ),
    Affiliation(
        id="yusanro-zenroren-affiliate",
        member_id="yusanro",
        parent_id="zenroren",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            *_ZENROREN_CURRENT_AFFILIATES,
            Citation(source_id=ZENROREN_ARTICLE, quote="| Yusanro | 2012 | 2,466 |"),
        ),
        as_of="2019",
    ),
    Affiliation(
        id="zen-densen-rengo-affiliate",
        member_id="zen-densen",
        parent_id="rengo",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 25. ZEN DENSEN"),
            *_RENGO_AFFILIATES,
        ),
        rank=25,
        as_of="2019-10",
    ),
    Affiliation(
        id="zen-insatsu-rengo-affiliate",
        member_id="zen-insatsu",
        parent_id="rengo",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 40. ZEN INSATSU"),
            *_RENGO_AFFILIATES,
        ),
        rank=40,
        as_of="2019-10",
    ),
    Affiliation(
        id="zen-rokin-rengo-affiliate",
        member_id="zen-rokin",
        parent_id="rengo",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 35. ZEN ROKIN"),
            *_RENGO_AFFILIATES,
        ),
        rank=35,
        as_of="2019-10",
    ),
    Affiliation(
        id="zen-suido-rengo-affiliate",
        member_id="zen-suido",
        parent_id="rengo",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 30. ZEN SUIDO"),
            *_RENGO_AFFILIATES,
        ),
        rank=30,
        as_of="2019-10",
    ),
    Affiliation(
        id="zen-zohei-rengo-affiliate",
        member_id="zen-zohei",
        parent_id="rengo",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 46. ZEN ZOHEI"),
            *_RENGO_AFFILIATES,
        ),
        rank=46,
        as_of="2019-10",
    ),
    Affiliation(
        id="zendoro-zenroren-former",
        member_id="zendoro",
        parent_id="zenroren",
        status=AffiliationStatus.FORMER,
        citations=(
            *_ZENROREN_FORMER_AFFILIATES,
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| Zendoro | 1974 | 1999 | Merged into Kenkoro | 1,401 |",
            ),
        ),
        until="1999",
        end_reason="Merged into Kenkoro",
    ),
    Affiliation(
        id="zengin-rengo-rengo-affiliate",
        member_id="zengin-rengo",
        parent_id="rengo",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 31. ZENGIN RENGO"),
            *_RENGO_AFFILIATES,
        ),
        rank=31,
        as_of="2019-10",
    ),
    Affiliation(
        id="zeninsoren-zenroren-affiliate",
        member_id="zeninsoren",
        parent_id="zenroren",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            *_ZENROREN_CURRENT_AFFILIATES,
            Citation(source_id=ZENROREN_ARTICLE, quote="| Zeninsoren | 1953 | 3,286 |"),
        ),
        as_of="2019",
    ),
    Affiliation(
        id="zenjiko-roren-rengo-affiliate",
        member_id="zenjiko-roren",
        parent_id="rengo",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 34. ZENJIKO ROREN"),
            *_RENGO_AFFILIATES,
        ),
        rank=34,
        as_of="2019-10",
    ),
    Affiliation(
        id="zenkoku-gas-rengo-affiliate",
        member_id="zenkoku-gas",
        parent_id="rengo",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 26. ZENKOKU GAS"),
            *_RENGO_AFFILIATES,
        ),
        rank=26,
        as_of="2019-10",
    ),
    Affiliation(
        id="zenkoku-keiba-rengo-rengo-affiliate",
        member_id="zenkoku-keiba-rengo",
        parent_id="rengo",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 43. ZENKOKU KEIBA RENGO"),
            *_RENGO_AFFILIATES,
        ),
        rank=43,
        as_of="2019-10",
    ),
    Affiliation(
        id="zenkoku-nodanro-rengo-affiliate",
        member_id="zenkoku-nodanro",
        parent_id="rengo",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 32. ZENKOKU NODANRO"),
            *_RENGO_AFFILIATES,
        ),
        rank=32,
        as_of="2019-10",
    ),
    Affiliation(
        id="zenkoku-union-rengo-affiliate",
        member_id="zenkoku-union",
        parent_id="rengo",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 42. ZENKOKU UNION"),
            *_RENGO_AFFILIATES,
        ),
        rank=42,
        as_of="2019-10",
    ),
    Affiliation(
        id="zenkyo-zenroren-affiliate",
        member_id="zenkyo",
        parent_id="zenroren",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            *_ZENROREN_CURRENT_AFFILIATES,
            Citation(source_id=ZENROREN_ARTICLE, quote="| Zenkyo | 1991 | 63,349 |"),
        ),
        as_of="2019",
    ),
    Affiliation(
        id="zennichijiro-zenroren-former",
        member_id="zennichijiro",
        parent_id="zenroren",
        status=AffiliationStatus.FORMER,
        citations=(
            *_ZENROREN_FORMER_AFFILIATES,
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| Zennichijiro | 1947 | 1999 | Merged into Kenkoro | 38,495 |",
            ),
        ),
        until="1999",
        end_reason="Merged into Kenkoro",
    ),
    Affiliation(
        id="zennokyororen-zenroren-former",
        member_id="zennokyororen",
        parent_id="zenroren",
        status=AffiliationStatus.FORMER,
        citations=(
            *_ZENROREN_FORMER_AFFILIATES,
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| Zennokyororen | 1956 | 1991 | Merged into Zennichijiro | 68,423 |",
            ),
        ),
        until="1991",
        end_reason="Merged into Zennichijiro",
    ),
    Affiliation(
        id="zenroren-jichiroren-zenroren-affiliate",
        member_id="zenroren-jichiroren",
        parent_id="zenroren",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            Citation(
                source_id=JICHIROREN_ENTRY,
                quote="this group is affiliated with a national center, Zenrōren (全労連)",
            ),
            *_ZENROREN_CURRENT_AFFILIATES,
            Citation(source_id=ZENROREN_ARTICLE, quote="| Jichiroren | 1989 | 138,655 |"),
        ),
        as_of="2019",
    ),
    Affiliation(
        id="zenroren-prefectural-federations-zenroren-part-of",
        member_id="zenroren-prefectural-federations",
        parent_id="zenroren",
        status=AffiliationStatus.PART_OF,
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="There are also prefectural Federations in all 47 prefectures of Japan.",
            ),
        ),
    ),
    Affiliation(
        id="zenroren-zenkoku-ippan-zenroren-affiliate",
        member_id="zenroren-zenkoku-ippan",
        parent_id="zenroren",
        status=AffiliationStatus.AFFILIATE,
        citations=(
            *_ZENROREN_CURRENT_AFFILIATES,
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| Zenroren Zenkoku-ippan | 1989 | 22,052 |",
            ),
        ),
        as_of="2019",
    ),
    Affiliation(
        id="zenshinro-zenroren-former",
        member_id="zenshinro",
        parent_id="zenroren",
        status=AffiliationStatus.FORMER,
        citations=(
            *_ZENROREN_FORMER_AFFILIATES,
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| Zenshinro | 1954 | 2006 | Merged into Kinyuroren | 13,098 |",
            ),
        ),
        until="2006",
        end_reason="Merged into Kinyuroren",
    ),
)
