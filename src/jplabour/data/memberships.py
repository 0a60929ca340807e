"""Memberships from the five source documents in seeds/: dated counts of members and bodies.

Where it came from (source ids in :mod:`jplabour.data.sources`): RENGO's
brochure (000), dated "December 2019", for RENGO's 7 million members, its 48
industrial federations and 47 locals, each affiliate's and associated
organisation's membership "as of October 2019", the federation and member
counts on the path to RENGO's birth (1976-1989), the RENGO Diet Members
Council and the RENGO Forum on Policy and Politics; the JILAF profile (001)
for the union leaders it invites each year; the Zenroren article (003) for
Zenroren's 1.2 million members (no date given), the 2019 membership of its
current affiliates (blank cells have no record) and the 1990 membership of
its former affiliates; the Kanagawa WCF page (004) for WNJ.

Not recorded, because no quote says it: a count of Zenroren's prefectural
federations ("prefectural Federations in all 47 prefectures" gives the
prefectures, not how many federations), and the Kanagawa WCF's own size at
its foundation ("when the number of organizations reached 25 and the number
of members 968" does not say whose organisations and members they were).

Every record cites verbatim quotes that state its number and date. Figures
printed as "N million" or "approximately N" are ``approximate=True``. One
record per literal, keyword arguments, sorted by id.
Citations that many records share (a list's heading or date) are module
constants, spread into each record next to its own quote.
"""

from typing import Final

from jplabour.data.source_ids import (
    JILAF_PROFILE,
    KANAGAWA_WCF_ABOUT,
    RENGO_BROCHURE,
    ZENROREN_ARTICLE,
)
from jplabour.model import Citation, Counted, Membership, Unit

#: Cited by the membership of every affiliate and associated organisation of
#: RENGO's list, with the row's own heading and figure.
_RENGO_AFFILIATES: Final = (Citation(source_id=RENGO_BROCHURE, quote="as of October 2019"),)
#: Cited by each figure of the Zenroren article's current-affiliates table.
_ZENROREN_CURRENT_AFFILIATES: Final = (
    Citation(source_id=ZENROREN_ARTICLE, quote="Membership (2019)"),
)
#: Cited by each figure of the Zenroren article's former-affiliates table.
_ZENROREN_FORMER_AFFILIATES: Final = (
    Citation(source_id=ZENROREN_ARTICLE, quote="Membership (1990)"),
)

MEMBERSHIPS: Final[tuple[Membership, ...]] = (
    Membership(
        id="ceramics-rengo-2019-10",
        org_id="ceramics-rengo",
        value=19610,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 29. CERAMICS RENGO All Japan Federation of Ceramics Industry Workers 19,610",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="chiginren-1990",
        org_id="chiginren",
        value=471,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| Chiginren | 1956 | 2006 | Merged into Kinyuroren | 471 |",
            ),
            *_ZENROREN_FORMER_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="1990",
    ),
    Membership(
        id="denki-rengo-2019-10",
        org_id="denki-rengo",
        value=569285,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 04. DENKI RENGO Japanese Electrical Electronic & Information Union 569,285",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="denryoku-soren-2019-10",
        org_id="denryoku-soren",
        value=208996,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 10. DENRYOKU SOREN The Federation of Electric Power Related Industry Workers' Unions of Japan 208,996",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="eiensoren-2019",
        org_id="eiensoren",
        value=1275,
        unit=Unit.PERSONS,
        citations=(
            Citation(source_id=ZENROREN_ARTICLE, quote="| Eiensoren | 1952 | 1,275 |"),
            *_ZENROREN_CURRENT_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019",
    ),
    Membership(
        id="food-rengo-2019-10",
        org_id="food-rengo",
        value=105909,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 14. FOOD RENGO Federation of All Japan Foods and Tobacco Workers' Unions (JFU) 105,909",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="fukushi-hoikuro-2019",
        org_id="fukushi-hoikuro",
        value=10920,
        unit=Unit.PERSONS,
        citations=(
            Citation(source_id=ZENROREN_ARTICLE, quote="| Fukushi-hoikuro | | 10,920 |"),
            *_ZENROREN_CURRENT_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019",
    ),
    Membership(
        id="gomu-rengo-2019-10",
        org_id="gomu-rengo",
        value=41023,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 23. GOMU RENGO Japanese Rubber Workers' Union Confederation 41,023",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="health-care-rokyo-2019-10",
        org_id="health-care-rokyo",
        value=8500,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 36. HEALTH CARE ROKYO Japanese Health Care Workers' Union 8,500",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="insatsu-roren-2019-10",
        org_id="insatsu-roren",
        value=20730,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 28. INSATSU ROREN Federation of Printing Information Media Workers' Unions 20,730",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="ja-rengo-2019-10",
        org_id="ja-rengo",
        value=1354,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 44. JA RENGO All Japan Agriculture Cooperative Staff Members' Union 1,354",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="jam-2019-10",
        org_id="jam",
        value=341681,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 05. JAM Japanese Association of Metal, Machinery and Manufacturing Workers 341,681",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="jec-rengo-2019-10",
        org_id="jec-rengo",
        value=104038,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 15. JEC RENGO Japan Federation of Energy and Chemistry Workers Unions 104,038",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="jichiro-2019-10",
        org_id="jichiro",
        value=785445,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 02. JICHIRO All-Japan Prefectural and Municipal Workers Union 785,445",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="jidosha-soren-2019-10",
        org_id="jidosha-soren",
        value=784777,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 03. JIDOSHA SOREN Confederation of Japan Automobile Workers' Unions (JAW) 784,777",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="jikosoren-2019",
        org_id="jikosoren",
        value=12068,
        unit=Unit.PERSONS,
        citations=(
            Citation(source_id=ZENROREN_ARTICLE, quote="| Jikosoren | 1978 | 12,068 |"),
            *_ZENROREN_CURRENT_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019",
    ),
    Membership(
        id="jilaf-invited-union-leaders",
        org_id="jilaf",
        value=100,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=JILAF_PROFILE,
                quote="Approximately 100 union leaders are invited each year.",
            ),
        ),
        counted=Counted.PARTICIPANTS,
        approximate=True,
        covers="union leaders are invited each year",
    ),
    Membership(
        id="jmitu-2019",
        org_id="jmitu",
        value=5397,
        unit=Unit.PERSONS,
        citations=(
            Citation(source_id=ZENROREN_ARTICLE, quote="| JMITU | 2016 | 5,397 |"),
            *_ZENROREN_CURRENT_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019",
    ),
    Membership(
        id="jmiu-1990",
        org_id="jmiu",
        value=11098,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| JMIU | 1989 | 2016 | Merged into JMITU | 11,098 |",
            ),
            *_ZENROREN_FORMER_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="1990",
    ),
    Membership(
        id="joho-roren-2019-10",
        org_id="joho-roren",
        value=199135,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 11. JOHO-ROREN The Federation of Information and Communication Technology Service Workers of Japan 199,135",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="jp-rouso-2019-10",
        org_id="jp-rouso",
        value=243754,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 07. JP ROUSO Japan Postal Group Union 243,754",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="jptuc-rengo-1987",
        org_id="jptuc-rengo",
        value=5550000,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="1987** Japanese Private Sector Trade Union Confederation (JPTUC-RENGO) inaugurated, unifying private sector trade unions of SOHYO, DOMEI, CHURITSU ROREN, SHIN-SANBETSU and other independent federations. (62 affiliates with 5.55 million members)",
            ),
        ),
        counted=Counted.MEMBERS,
        approximate=True,
        as_of="1987",
        covers="members",
    ),
    Membership(
        id="jptuc-rengo-1987-affiliates",
        org_id="jptuc-rengo",
        value=62,
        unit=Unit.ORGANISATIONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="1987** Japanese Private Sector Trade Union Confederation (JPTUC-RENGO) inaugurated, unifying private sector trade unions of SOHYO, DOMEI, CHURITSU ROREN, SHIN-SANBETSU and other independent federations. (62 affiliates with 5.55 million members)",
            ),
        ),
        counted=Counted.AFFILIATES,
        as_of="1987",
        covers="affiliates",
    ),
    Membership(
        id="jr-rengo-2019-10",
        org_id="jr-rengo",
        value=74602,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 18. JR RENGO Japan Railway Trade Unions Confederation (JRTU) 74,602",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="jr-soren-2019-10",
        org_id="jr-soren",
        value=22561,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 27. JR SOREN Japan Confederation of Railway Workers' Unions (JRU) 22,561",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="kaiin-kumiai-2019-10",
        org_id="kaiin-kumiai",
        value=45000,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 21. KAIIN KUMIAI All Japan Seamen's Union (JSU) 45,000",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="kamipa-rengo-2019-10",
        org_id="kamipa-rengo",
        value=25453,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 24. KAMIPA RENGO Japanese Federation of Pulp and Paper Workers' Unions 25,453",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="kenkoro-2019",
        org_id="kenkoro",
        value=19578,
        unit=Unit.PERSONS,
        citations=(
            Citation(source_id=ZENROREN_ARTICLE, quote="| Kenkoro | 1999 | 19,578 |"),
            *_ZENROREN_CURRENT_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019",
    ),
    Membership(
        id="kensuroren-2019",
        org_id="kensuroren",
        value=1042,
        unit=Unit.PERSONS,
        citations=(
            Citation(source_id=ZENROREN_ARTICLE, quote="| Kensuroren | | 1,042 |"),
            *_ZENROREN_CURRENT_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019",
    ),
    Membership(
        id="kikan-roren-2019-10",
        org_id="kikan-roren",
        value=265130,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 06. KIKAN ROREN Japan Federation of Basic Industry Workers' Unions (JBU) 265,130",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="kinyuroren-2019",
        org_id="kinyuroren",
        value=3921,
        unit=Unit.PERSONS,
        citations=(
            Citation(source_id=ZENROREN_ARTICLE, quote="| Kinyuroren | 2006 | 3,921 |"),
            *_ZENROREN_CURRENT_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019",
    ),
    Membership(
        id="kokko-rengo-2019-10",
        org_id="kokko-rengo",
        value=79621,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 17. KOKKO RENGO Japan Public Sector Union 79,621",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="kokkororen-2019",
        org_id="kokkororen",
        value=60454,
        unit=Unit.PERSONS,
        citations=(
            Citation(source_id=ZENROREN_ARTICLE, quote="| Kokkororen | 1975 | 60,454 |"),
            *_ZENROREN_CURRENT_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019",
    ),
    Membership(
        id="koku-rengo-2019-10",
        org_id="koku-rengo",
        value=41419,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 22. KOKU RENGO Japan Federation of Aviation Industry Unions (JFAIU) 41,419",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="kotsu-roren-2019-10",
        org_id="kotsu-roren",
        value=45579,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 20. KOTSU ROREN Japan Federation of Transport Workers' Unions (JFT) 45,579",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="koun-domei-2019-10",
        org_id="koun-domei",
        value=1200,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 45. KOUN DOMEI Japanese Confederation of Port and Transport Workers' Unions 1,200",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="media-roren-2019-10",
        org_id="media-roren",
        value=9577,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 33. MEDIA ROREN Japan Federation of Media, Advertising, Motion picture, and Theater Labor Unions 9,577",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="nihoniroren-2019",
        org_id="nihoniroren",
        value=154379,
        unit=Unit.PERSONS,
        citations=(
            Citation(source_id=ZENROREN_ARTICLE, quote="| Nihoniroren | 1957 | 154,379 |"),
            *_ZENROREN_CURRENT_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019",
    ),
    Membership(
        id="nikkenkyo-2019-10",
        org_id="nikkenkyo",
        value=33465,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 47. NIKKENKYO Council of Japan Construction Industry Employee's Unions 33,465",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="nikkokyo-2019-10",
        org_id="nikkokyo",
        value=5815,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 48. NIKKOKYO Japan Senior High School Teachers Union (JSTU) 5,815",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="nikkyoso-2019-10",
        org_id="nikkyoso",
        value=230475,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 09. NIKKYOSO Japan Teachers' Union (JTU) 230,475",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="rengo-1989",
        org_id="rengo",
        value=8000000,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="1989** Japanese Trade Union Confederation (RENGO) inaugurated, achieving the unification between private and public sector trade unions. (78 affiliates with 8 million members)",
            ),
        ),
        counted=Counted.MEMBERS,
        approximate=True,
        as_of="1989",
        covers="members",
    ),
    Membership(
        id="rengo-1989-affiliates",
        org_id="rengo",
        value=78,
        unit=Unit.ORGANISATIONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="1989** Japanese Trade Union Confederation (RENGO) inaugurated, achieving the unification between private and public sector trade unions. (78 affiliates with 8 million members)",
            ),
        ),
        counted=Counted.AFFILIATES,
        as_of="1989",
        covers="affiliates",
    ),
    Membership(
        id="rengo-2019-12",
        org_id="rengo",
        value=7000000,
        unit=Unit.PERSONS,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="December 2019"),
            Citation(
                source_id=RENGO_BROCHURE,
                quote="RENGO, is a trade union national center in Japan with the membership of 7 million",
            ),
            Citation(source_id=RENGO_BROCHURE, quote="with 7 million memberships"),
        ),
        counted=Counted.MEMBERS,
        approximate=True,
        as_of="2019-12",
        covers="membership",
    ),
    Membership(
        id="rengo-2019-12-affiliates",
        org_id="rengo",
        value=48,
        unit=Unit.ORGANISATIONS,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="December 2019"),
            Citation(
                source_id=RENGO_BROCHURE,
                quote="48 Industrial federations are affiliated to RENGO",
            ),
        ),
        counted=Counted.AFFILIATES,
        as_of="2019-12",
        covers="Industrial federations",
    ),
    Membership(
        id="rengo-2019-12-locals",
        org_id="rengo",
        value=47,
        unit=Unit.ORGANISATIONS,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="December 2019"),
            Citation(source_id=RENGO_BROCHURE, quote="there are 47 RENGO locals"),
            Citation(source_id=RENGO_BROCHURE, quote="47 Locals in 47 Prefectures (Regions)"),
        ),
        counted=Counted.LOCALS,
        as_of="2019-12",
        covers="RENGO locals",
    ),
    Membership(
        id="rengo-diet-members-council-1991-09",
        org_id="rengo-diet-members-council",
        value=141,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote='1991** **July** "National Campaign for Working Hour Reduction: Relaxation Caravan" **September** RENGO Diet Members Council launched with 141 Diet members',
            ),
        ),
        counted=Counted.MEMBERS,
        as_of="1991-09",
        covers="Diet members",
    ),
    Membership(
        id="rengo-forum-policy-politics-1994-07",
        org_id="rengo-forum-policy-politics",
        value=274,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote='1994** **July** "RENGO Forum on Policy and Politics" formed (274 policy makers attended)',
            ),
        ),
        counted=Counted.PARTICIPANTS,
        as_of="1994-07",
        covers="policy makers attended",
    ),
    Membership(
        id="rengo-jichiroren-2019-10",
        org_id="rengo-jichiroren",
        value=2970,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 41. JICHI ROREN National Federation of Prefectural and Municipal Workers' Unions 2,970",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="rokyo-roren-2019-10",
        org_id="rokyo-roren",
        value=4228,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 39. ROKYO ROREN Confederation of Labour Supply Trade Unions 4,228",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="rosai-roren-2019-10",
        org_id="rosai-roren",
        value=4296,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 38. ROSAI ROREN Federation of ZENROSAI Trade Unions 4,296",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="seiho-roren-2019-10",
        org_id="seiho-roren",
        value=233614,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 08. SEIHO ROREN National Federation of Life Insurance Workers' Unions 233,614",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="seikyororen-2019",
        org_id="seikyororen",
        value=63135,
        unit=Unit.PERSONS,
        citations=(
            Citation(source_id=ZENROREN_ARTICLE, quote="| Seikyororen | 1968 | 63,135 |"),
            *_ZENROREN_CURRENT_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019",
    ),
    Membership(
        id="seisui-kaigi-1976",
        org_id="seisui-kaigi",
        value=3000000,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="1976** A Conference of Trade Unions for the Furtherance of Policies (SEISUI KAIGI) formed by 16 industrial federations with 3 million members",
            ),
        ),
        counted=Counted.MEMBERS,
        approximate=True,
        as_of="1976",
        covers="members",
    ),
    Membership(
        id="seisui-kaigi-1976-affiliates",
        org_id="seisui-kaigi",
        value=16,
        unit=Unit.ORGANISATIONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="1976** A Conference of Trade Unions for the Furtherance of Policies (SEISUI KAIGI) formed by 16 industrial federations with 3 million members",
            ),
        ),
        counted=Counted.AFFILIATES,
        as_of="1976",
        covers="industrial federations",
    ),
    Membership(
        id="seni-sanro-2019",
        org_id="seni-sanro",
        value=216,
        unit=Unit.PERSONS,
        citations=(
            Citation(source_id=ZENROREN_ARTICLE, quote="| Seni-sanro | | 216 |"),
            *_ZENROREN_CURRENT_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019",
    ),
    Membership(
        id="service-rengo-2019-10",
        org_id="service-rengo",
        value=47454,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 19. SERVICE RENGO Japan Federation of Service & Tourism Industries Workers' Unions 47,454",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="sharyorokyo-1990",
        org_id="sharyorokyo",
        value=10000,
        unit=Unit.PERSONS,
        citations=(
            Citation(source_id=ZENROREN_ARTICLE, quote="| Sharyorokyo | 1972 | | | 10,000 |"),
            *_ZENROREN_FORMER_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="1990",
    ),
    Membership(
        id="shitetsu-soren-2019-10",
        org_id="shitetsu-soren",
        value=113253,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 13. SHITETSU SOREN General Federation of Private Railway & Bus Workers' Unions of Japan 113,253",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="sinrin-roren-2019-10",
        org_id="sinrin-roren",
        value=5362,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 37. SINRIN ROREN Japanese Federation of Forest and Wood Workers Union 5,362",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="sonpo-roren-2019-10",
        org_id="sonpo-roren",
        value=94696,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 16. SONPO ROREN Federation of Non-Life Insurance Workers' Unions of Japan (FNIU) 94,696",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="tokushuhojin-roren-2019",
        org_id="tokushuhojin-roren",
        value=992,
        unit=Unit.PERSONS,
        citations=(
            Citation(source_id=ZENROREN_ARTICLE, quote="| Tokushuhojin-roren | | 992 |"),
            *_ZENROREN_CURRENT_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019",
    ),
    Membership(
        id="tsushinroso-1990",
        org_id="tsushinroso",
        value=1086,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| Tsushinroso | 1989 | 2016 | Merged into JMITU | 1,086 |",
            ),
            *_ZENROREN_FORMER_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="1990",
    ),
    Membership(
        id="ua-zensen-2019-10",
        org_id="ua-zensen",
        value=1767000,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 01. UA ZENSEN The Japanese Federation of Textile, Chemical, Food, Commercial, Service, and General Worker's Unions (Membership) 1,767,000",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="unification-preparatory-committee-1981",
        org_id="unification-preparatory-committee",
        value=3800000,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote='1981** A private sector-based "Preparatory Committee for the Unification of Laborers" formed by 39 industrial federations with 3.8 million members',
            ),
        ),
        counted=Counted.MEMBERS,
        approximate=True,
        as_of="1981",
        covers="members",
    ),
    Membership(
        id="unification-preparatory-committee-1981-affiliates",
        org_id="unification-preparatory-committee",
        value=39,
        unit=Unit.ORGANISATIONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote='1981** A private sector-based "Preparatory Committee for the Unification of Laborers" formed by 39 industrial federations with 3.8 million members',
            ),
        ),
        counted=Counted.AFFILIATES,
        as_of="1981",
        covers="industrial federations",
    ),
    Membership(
        id="unyu-roren-2019-10",
        org_id="unyu-roren",
        value=128095,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 12. UNYU ROREN All Japan Federation of Transport Workers' Unions 128,095",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="unyuippan-1990",
        org_id="unyuippan",
        value=16176,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| Unyuippan | 1946 | 1999 | Merged into Kenkoro | 16,176 |",
            ),
            *_ZENROREN_FORMER_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="1990",
    ),
    Membership(
        id="wnj-affiliates",
        org_id="wnj",
        value=8,
        unit=Unit.ORGANISATIONS,
        citations=(
            Citation(
                source_id=KANAGAWA_WCF_ABOUT,
                quote="WNJ comprises 8 Workers’ Collective organizations",
            ),
        ),
        counted=Counted.AFFILIATES,
        covers="Workers’ Collective organizations",
    ),
    Membership(
        id="yusanro-2019",
        org_id="yusanro",
        value=2466,
        unit=Unit.PERSONS,
        citations=(
            Citation(source_id=ZENROREN_ARTICLE, quote="| Yusanro | 2012 | 2,466 |"),
            *_ZENROREN_CURRENT_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019",
    ),
    Membership(
        id="zen-densen-2019-10",
        org_id="zen-densen",
        value=24757,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 25. ZEN DENSEN Japan Federation of Electric Wire Workers' Unions (JEWU) 24,757",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="zen-insatsu-2019-10",
        org_id="zen-insatsu",
        value=4060,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 40. ZEN INSATSU All Printing Bureau Labour Union 4,060",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="zen-rokin-2019-10",
        org_id="zen-rokin",
        value=8871,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 35. ZEN ROKIN Federation of Labour Bank Workers Unions of Japan 8,871",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="zen-suido-2019-10",
        org_id="zen-suido",
        value=16281,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 30. ZEN SUIDO All-Japan Water Supply Workers' Union 16,281",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="zen-zohei-2019-10",
        org_id="zen-zohei",
        value=766,
        unit=Unit.PERSONS,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 46. ZEN ZOHEI All Mint Labour Union 766"),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="zendoro-1990",
        org_id="zendoro",
        value=1401,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| Zendoro | 1974 | 1999 | Merged into Kenkoro | 1,401 |",
            ),
            *_ZENROREN_FORMER_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="1990",
    ),
    Membership(
        id="zengin-rengo-2019-10",
        org_id="zengin-rengo",
        value=15008,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 31. ZENGIN RENGO All Japan Federative Council of Bank Labours' Unions 15,008",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="zeninsoren-2019",
        org_id="zeninsoren",
        value=3286,
        unit=Unit.PERSONS,
        citations=(
            Citation(source_id=ZENROREN_ARTICLE, quote="| Zeninsoren | 1953 | 3,286 |"),
            *_ZENROREN_CURRENT_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019",
    ),
    Membership(
        id="zenjiko-roren-2019-10",
        org_id="zenjiko-roren",
        value=9515,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 34. ZENJIKO ROREN National Federation of Automobile Transport Workers Unions 9,515",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="zenkoku-gas-2019-10",
        org_id="zenkoku-gas",
        value=23248,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 26. ZENKOKU GAS The Federation of Gas Workers' Unions of Japan 23,248",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="zenkoku-keiba-rengo-2019-10",
        org_id="zenkoku-keiba-rengo",
        value=2599,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 43. ZENKOKU KEIBA RENGO National Federation of Horse-racing Workers 2,599",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="zenkoku-nodanro-2019-10",
        org_id="zenkoku-nodanro",
        value=13725,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 32. ZENKOKU NODANRO National Federation of Agricultural, Forestry and Fishery 13,725",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="zenkoku-union-2019-10",
        org_id="zenkoku-union",
        value=2800,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 42. ZENKOKU UNION Japan Community Workers Union Federation 2,800",
            ),
            *_RENGO_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019-10",
    ),
    Membership(
        id="zenkyo-2019",
        org_id="zenkyo",
        value=63349,
        unit=Unit.PERSONS,
        citations=(
            Citation(source_id=ZENROREN_ARTICLE, quote="| Zenkyo | 1991 | 63,349 |"),
            *_ZENROREN_CURRENT_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019",
    ),
    Membership(
        id="zenmin-rokyo-1982",
        org_id="zenmin-rokyo",
        value=4250000,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="1982** National Council of Trade Unions in the Private Sector (ZENMIN ROKYO) formed by 41 industrial federations with 4.25 million members",
            ),
        ),
        counted=Counted.MEMBERS,
        approximate=True,
        as_of="1982",
        covers="members",
    ),
    Membership(
        id="zenmin-rokyo-1982-affiliates",
        org_id="zenmin-rokyo",
        value=41,
        unit=Unit.ORGANISATIONS,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="1982** National Council of Trade Unions in the Private Sector (ZENMIN ROKYO) formed by 41 industrial federations with 4.25 million members",
            ),
        ),
        counted=Counted.AFFILIATES,
        as_of="1982",
        covers="industrial federations",
    ),
    Membership(
        id="zennichijiro-1990",
        org_id="zennichijiro",
        value=38495,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| Zennichijiro | 1947 | 1999 | Merged into Kenkoro | 38,495 |",
            ),
            *_ZENROREN_FORMER_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="1990",
    ),
    Membership(
        id="zennokyororen-1990",
        org_id="zennokyororen",
        value=68423,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| Zennokyororen | 1956 | 1991 | Merged into Zennichijiro | 68,423 |",
            ),
            *_ZENROREN_FORMER_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="1990",
    ),
    Membership(
        id="zenroren-jichiroren-2019",
        org_id="zenroren-jichiroren",
        value=138655,
        unit=Unit.PERSONS,
        citations=(
            Citation(source_id=ZENROREN_ARTICLE, quote="| Jichiroren | 1989 | 138,655 |"),
            *_ZENROREN_CURRENT_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019",
    ),
    Membership(
        id="zenroren-members",
        org_id="zenroren",
        value=1200000,
        unit=Unit.PERSONS,
        citations=(Citation(source_id=ZENROREN_ARTICLE, quote="Members: 1.2 million"),),
        counted=Counted.MEMBERS,
        approximate=True,
    ),
    Membership(
        id="zenroren-zenkoku-ippan-2019",
        org_id="zenroren-zenkoku-ippan",
        value=22052,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| Zenroren Zenkoku-ippan | 1989 | 22,052 |",
            ),
            *_ZENROREN_CURRENT_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="2019",
    ),
    Membership(
        id="zenshinro-1990",
        org_id="zenshinro",
        value=13098,
        unit=Unit.PERSONS,
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| Zenshinro | 1954 | 2006 | Merged into Kinyuroren | 13,098 |",
            ),
            *_ZENROREN_FORMER_AFFILIATES,
        ),
        counted=Counted.MEMBERS,
        as_of="1990",
    ),
)
