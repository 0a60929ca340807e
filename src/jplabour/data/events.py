"""Dated history of the organisations, curated from the five seed documents in seeds/.

Where it came from: the RENGO brochure "RENGO 2020-2021" (seeds/000: the path to
RENGO's birth 1976-1989, the "Major Events in RENGO's History" 1989-2019, the
RENGO Principles and the related organisations), the JILAF profile (001), the
Jichirōren entry (002), the Zenroren article (003) and the Kanagawa Workers'
Collective Federation's about page (004); see :mod:`jplabour.data.sources`.

How it was curated: one event per dated entry (each month of RENGO's history is
its own event, as is a second entry under the same month). Spans such as
"Jan.-Mar." give ``date`` and ``until``. Events of RENGO's history belong to
``rengo``; another body that has a record and takes part is named in
``related_org_ids``. The founding, formation or start of a body with a record is
a ``FOUNDING`` event of that body, except for an entry of RENGO's history, which
stays a ``BODY_ESTABLISHED`` event of ``rengo`` naming the body in
``related_org_ids`` (one entry, one event). Biennial conventions carry their printed
ordinal in ``number``. Summaries are the curators' own short words; every event
cites short verbatim spans which state its year and month (for a later entry of
a year, the month line plus the year's first line, which the ``_YEAR_*``
constants hold where several entries share it). Dates are kept as the
sources print them, including the 7th convention under 2002; problems of the
sources are recorded in :mod:`jplabour.data.errata`.
"""

from typing import Final

from jplabour.data.source_ids import (
    JICHIROREN_ENTRY,
    JILAF_PROFILE,
    KANAGAWA_WCF_ABOUT,
    RENGO_BROCHURE,
    ZENROREN_ARTICLE,
)
from jplabour.model import Citation, Event, EventKind

#: The first line of a year in "Major Events in RENGO's History": cited, for the
#: year, by the later entries printed under it.
_YEAR_1990: Final = (
    Citation(
        source_id=RENGO_BROCHURE, quote='1990** **January** "Labor Consultation Hotline" set up'
    ),
)
_YEAR_1991: Final = (
    Citation(
        source_id=RENGO_BROCHURE,
        quote=(
            '1991** **July** "National Campaign for Working Hour Reduction: Relaxation Caravan"'
        ),
    ),
)
_YEAR_1997: Final = (
    Citation(
        source_id=RENGO_BROCHURE,
        quote='1997** **February** "10-day Sit-in in front of the Diet" held',
    ),
)
_YEAR_2001: Final = (
    Citation(
        source_id=RENGO_BROCHURE,
        quote='2001** **January** "RENGO Declaration for the 21st Century" announced',
    ),
)
_YEAR_2005: Final = (
    Citation(source_id=RENGO_BROCHURE, quote="2005** **Jan.-Apr.** Signature-collection campaign"),
)
_YEAR_2007: Final = (
    Citation(
        source_id=RENGO_BROCHURE,
        quote="2007** **Jan.-Feb.** Public Dialogues on correcting disparities held nationwide",
    ),
)
_YEAR_2009: Final = (
    Citation(
        source_id=RENGO_BROCHURE,
        quote=(
            '2009** **March** "Tripartite Agreement for the Realization of Employment '
            'Stability and Job Creation" signed'
        ),
    ),
)
_YEAR_2012: Final = (
    Citation(
        source_id=RENGO_BROCHURE,
        quote=(
            '2012** **January** "RENGO Town Meetings: for a secure society based on work," held'
        ),
    ),
)
_YEAR_2018: Final = (
    Citation(
        source_id=RENGO_BROCHURE,
        quote=(
            "2018** **June** Nationwide campaign in response to Work Style Reform Laws launched"
        ),
    ),
)
_YEAR_2019: Final = (
    Citation(
        source_id=RENGO_BROCHURE,
        quote="2019** **June/August** G20 and L20 were held in Japan for the first time",
    ),
)

EVENTS: Final[tuple[Event, ...]] = (
    Event(
        id="ilec-1995-12-established",
        org_id="ilec",
        date="1995-12",
        kind=EventKind.FOUNDING,
        summary="Set up by RENGO as an incorporated association.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="is an incorporated association established by RENGO in December 1995",
            ),
        ),
        related_org_ids=("rengo",),
    ),
    Event(
        id="jilaf-1989-05-established",
        org_id="jilaf",
        date="1989-05",
        kind=EventKind.FOUNDING,
        summary="Foundation for international labour exchange and cooperation set up by RENGO.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    "The Japan International Labour Foundation was established by RENGO in May 1989"
                ),
            ),
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    "as an organization to promote international exchange and cooperation in "
                    "the field of labour"
                ),
            ),
            Citation(
                source_id=JILAF_PROFILE,
                quote="set up by RENGO in May 1989",
            ),
        ),
        related_org_ids=("rengo",),
    ),
    Event(
        id="jilaf-2003-invitation-programmes-industrialized-countries",
        org_id="jilaf",
        date="2003",
        kind=EventKind.PROGRAMME,
        summary="Invitation programmes extended to industrialized countries.",
        citations=(
            Citation(
                source_id=JILAF_PROFILE,
                quote=(
                    "Starting from 2003, invitation programs are expanded to cover industrialized "
                    "countries"
                ),
            ),
        ),
    ),
    Event(
        id="jptuc-rengo-1987-inaugurated",
        org_id="jptuc-rengo",
        date="1987",
        kind=EventKind.FOUNDING,
        summary=(
            "Private-sector confederation inaugurated, unifying the private-sector unions of Sohyo, "
            "Domei, Churitsu Roren, Shin-Sanbetsu and other independent federations (62 affiliates, "
            "5.55 million members)."
        ),
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    "1987** Japanese Private Sector Trade Union Confederation (JPTUC-RENGO) "
                    "inaugurated, unifying private sector trade unions of SOHYO, DOMEI, CHURITSU "
                    "ROREN, SHIN-SANBETSU and other independent federations. (62 affiliates with "
                    "5.55 million members)"
                ),
            ),
        ),
        related_org_ids=("churitsu-roren", "domei", "shin-sanbetsu", "sohyo"),
    ),
    Event(
        id="kanagawa-wcf-1982-first-workers-collective",
        org_id="kanagawa-wcf",
        date="1982",
        kind=EventKind.BACKGROUND,
        summary="Japan's first workers' collective began in Yokohama.",
        citations=(
            Citation(
                source_id=KANAGAWA_WCF_ABOUT,
                quote="In 1982, the first workers’ collective was born in Yokohama, Kanagawa.",
            ),
            Citation(
                source_id=KANAGAWA_WCF_ABOUT,
                quote="Since 1982 when the first workers’ collective was established in Japan",
            ),
        ),
    ),
    Event(
        id="kanagawa-wcf-1989-09-founded",
        org_id="kanagawa-wcf",
        date="1989-09",
        kind=EventKind.FOUNDING,
        summary=(
            "Federation set up when the count of organisations reached 25 and of members 968 "
            "(the source does not say whose)."
        ),
        citations=(
            Citation(
                source_id=KANAGAWA_WCF_ABOUT,
                quote="Foundation September 1989",
            ),
            Citation(
                source_id=KANAGAWA_WCF_ABOUT,
                quote=(
                    "The Federation was established when the number of organizations reached 25 "
                    "and the number of members 968"
                ),
            ),
        ),
    ),
    Event(
        id="kenpo-caravan-2019-local-governments-visited",
        org_id="kenpo-caravan",
        date="2019",
        kind=EventKind.CAMPAIGN,
        summary=(
            "By spring 2019 the campaign car had called at 1,184 local government bodies, about "
            "two thirds of them (spring is not a month, so only the year is recorded)."
        ),
        citations=(
            Citation(
                source_id=JICHIROREN_ENTRY,
                quote=(
                    "the campaign car traveled throughout Japan and visited 1,184, approximately "
                    "two thirds of local governmental institutes as of spring 2019"
                ),
            ),
        ),
    ),
    Event(
        id="labour-bank-1950-started",
        org_id="labour-bank",
        date="1950",
        kind=EventKind.FOUNDING,
        summary="The labour banks began.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="Labour Banks, started in 1950",
            ),
        ),
    ),
    Event(
        id="rengo-1989-11-inaugurated",
        org_id="rengo",
        date="1989-11",
        kind=EventKind.FOUNDING,
        summary=(
            "Confederation launched, joining private- and public-sector unions (78 affiliates, 8 "
            "million members)."
        ),
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="1989** **November** Japanese Trade Union Confederation (RENGO) inaugurated",
            ),
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    "1989** Japanese Trade Union Confederation (RENGO) inaugurated, achieving the "
                    "unification between private and public sector trade unions. (78 affiliates "
                    "with 8 million members)"
                ),
            ),
        ),
    ),
    Event(
        id="rengo-1990-01-labor-consultation-hotline",
        org_id="rengo",
        date="1990-01",
        kind=EventKind.SERVICE,
        summary="Opened a consultation hotline for workers in small firms and part-timers.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote='1990** **January** "Labor Consultation Hotline" set up',
            ),
            Citation(
                source_id=RENGO_BROCHURE,
                quote="set up for workers in smaller businesses and part-time workers",
            ),
        ),
    ),
    Event(
        id="rengo-1990-05-local-rengos-formed",
        org_id="rengo",
        date="1990-05",
        kind=EventKind.BODY_ESTABLISHED,
        summary="Regional RENGO bodies in place in each of the 47 prefectures.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="**May** Local RENGOs formed in all 47 prefectures",
            ),
            *_YEAR_1990,
        ),
        related_org_ids=("rengo-locals",),
    ),
    Event(
        id="rengo-1990-09-archipelago-cleaning-campaign",
        org_id="rengo",
        date="1990-09",
        kind=EventKind.CAMPAIGN,
        summary="Started a country-wide joint clean-up action.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote='**September** "Japanese Archipelago Cleaning Campaign" launched',
            ),
            Citation(source_id=RENGO_BROCHURE, quote="launched as a nationwide united action"),
            *_YEAR_1990,
        ),
    ),
    Event(
        id="rengo-1991-07-relaxation-caravan",
        org_id="rengo",
        date="1991-07",
        kind=EventKind.CAMPAIGN,
        summary=(
            "National caravan campaign for shorter working hours (the entry names the campaign "
            "without saying what happened)."
        ),
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    '1991** **July** "National Campaign for Working Hour Reduction: Relaxation '
                    'Caravan"'
                ),
            ),
        ),
    ),
    Event(
        id="rengo-1991-09-diet-members-council",
        org_id="rengo",
        date="1991-09",
        kind=EventKind.BODY_ESTABLISHED,
        summary="RENGO's council of Diet members launched, with 141 members.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="**September** RENGO Diet Members Council launched with 141 Diet members",
            ),
            *_YEAR_1991,
        ),
        related_org_ids=("rengo-diet-members-council",),
    ),
    Event(
        id="rengo-1991-11-2nd-biennial-convention",
        org_id="rengo",
        date="1991-11",
        kind=EventKind.CONVENTION,
        summary="Second biennial convention.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="**November** RENGO held the 2nd Biennial Convention",
            ),
            *_YEAR_1991,
        ),
        number=2,
    ),
    Event(
        id="rengo-1992-05-acftu-talks-resumed",
        org_id="rengo",
        date="1992-05",
        kind=EventKind.INTERNATIONAL,
        summary="Formal talks with the Chinese trade union federation taken up again.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    "1992** **May** Official talks with the All-China Federation of Trade Unions "
                    "(ACFTU) resumed"
                ),
            ),
        ),
        related_org_ids=("acftu",),
    ),
    Event(
        id="rengo-1992-12-icftu-apro-regional-congress",
        org_id="rengo",
        date="1992-12",
        kind=EventKind.INTERNATIONAL,
        summary="Host in Tokyo of the 15th regional congress of ICFTU-APRO.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="**December** Hosted ICFTU-APRO 15th Regional Congress in Tokyo",
            ),
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    "1992** **May** Official talks with the All-China Federation of Trade Unions "
                    "(ACFTU) resumed"
                ),
            ),
        ),
        related_org_ids=("icftu-apro",),
    ),
    Event(
        id="rengo-1993-05-political-reform-human-chain",
        org_id="rengo",
        date="1993-05",
        kind=EventKind.RALLY,
        summary="Mass action for political reform, with a human chain encircling the Diet.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    "1993** **May** Mass action, \"Let's Go to the Diet to Realize Political "
                    'Reform"'
                ),
            ),
            Citation(
                source_id=RENGO_BROCHURE,
                quote="human chain around the Diet building",
            ),
        ),
    ),
    Event(
        id="rengo-1993-10-3rd-biennial-convention",
        org_id="rengo",
        date="1993-10",
        kind=EventKind.CONVENTION,
        summary="Third biennial convention.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="**October** RENGO held the 3rd Biennial Convention",
            ),
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    "1993** **May** Mass action, \"Let's Go to the Diet to Realize Political "
                    'Reform"'
                ),
            ),
        ),
        number=3,
    ),
    Event(
        id="rengo-1994-07-forum-on-policy-and-politics",
        org_id="rengo",
        date="1994-07",
        kind=EventKind.POLITICAL,
        summary="Policy and politics forum set up; 274 policy makers took part.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    '1994** **July** "RENGO Forum on Policy and Politics" formed (274 policy '
                    "makers attended)"
                ),
            ),
        ),
        related_org_ids=("rengo-forum-policy-politics",),
    ),
    Event(
        id="rengo-1994-12-joint-study-group",
        org_id="rengo",
        date="1994-12",
        kind=EventKind.RESEARCH,
        summary=(
            "Joint study group with the employers' federation on new industries and jobs started."
        ),
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    '**December** "Joint Study Group for the Creation of New Industries and '
                    'Employment" launched in collaboration with Nikkeiren'
                ),
            ),
            Citation(
                source_id=RENGO_BROCHURE,
                quote="Nikkeiren (Japan Federation of Employers' Associations)",
            ),
            Citation(
                source_id=RENGO_BROCHURE,
                quote='1994** **July** "RENGO Forum on Policy and Politics" formed',
            ),
        ),
        related_org_ids=("joint-study-group-new-industries", "nikkeiren"),
    ),
    Event(
        id="rengo-1995-01-hanshin-awaji-earthquake-relief",
        org_id="rengo",
        date="1995-01",
        kind=EventKind.DISASTER_RESPONSE,
        summary="Aid and fund-raising for people hit by the Hanshin-Awaji earthquake.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    "1995** **Jan.-Mar.** Support activities and fund-raising for victims of the "
                    "Hanshin-Awaji Earthquake"
                ),
            ),
        ),
        until="1995-03",
    ),
    Event(
        id="rengo-1995-10-4th-biennial-convention",
        org_id="rengo",
        date="1995-10",
        kind=EventKind.CONVENTION,
        summary="Fourth biennial convention.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="**October** RENGO held the 4th Biennial Convention",
            ),
            Citation(
                source_id=RENGO_BROCHURE,
                quote="1995** **Jan.-Mar.** Support activities and fund-raising",
            ),
        ),
        number=4,
    ),
    Event(
        id="rengo-1995-11-international-cooperation-center",
        org_id="rengo",
        date="1995-11",
        kind=EventKind.BODY_ESTABLISHED,
        summary="International cooperation centre started.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote='**November** "RENGO International Cooperation Center" launched',
            ),
            Citation(
                source_id=RENGO_BROCHURE,
                quote="1995** **Jan.-Mar.** Support activities and fund-raising",
            ),
        ),
        related_org_ids=("rengo-international-cooperation-center",),
    ),
    Event(
        id="rengo-1996-02-atomic-bomb-exhibition-paris",
        org_id="rengo",
        date="1996-02",
        kind=EventKind.INTERNATIONAL,
        summary=(
            "Exhibition on the Hiroshima and Nagasaki bombings shown abroad for the first time, in "
            "Paris."
        ),
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    '1996** **February** First overseas showing of "Hiroshima-Nagasaki Atomic Bomb '
                    'Exhibition" in Paris'
                ),
            ),
        ),
    ),
    Event(
        id="rengo-1996-06-gender-equality-legislation-action",
        org_id="rengo",
        date="1996-06",
        kind=EventKind.CAMPAIGN,
        summary="Joint action across the country for laws on equality of the sexes.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="**June** Nationwide united action for gender equality legislation",
            ),
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    '1996** **February** First overseas showing of "Hiroshima-Nagasaki Atomic Bomb '
                    'Exhibition" in Paris'
                ),
            ),
        ),
    ),
    Event(
        id="rengo-1997-02-diet-sit-in-medical-reform",
        org_id="rengo",
        date="1997-02",
        kind=EventKind.RALLY,
        summary="Ten-day sit-in outside the Diet against the planned medical reform.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote='1997** **February** "10-day Sit-in in front of the Diet" held',
            ),
            Citation(
                source_id=RENGO_BROCHURE,
                quote="to protest the proposed medical reform plan",
            ),
        ),
    ),
    Event(
        id="rengo-1997-07-forum-womens-participation",
        org_id="rengo",
        date="1997-07",
        kind=EventKind.OTHER,
        summary="Forum on women's participation and shorter hours.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote='**July** "Forum on Women\'s Participation and Shorter Working Hours" held',
            ),
            *_YEAR_1997,
        ),
    ),
    Event(
        id="rengo-1997-10-5th-biennial-convention",
        org_id="rengo",
        date="1997-10",
        kind=EventKind.CONVENTION,
        summary="Fifth biennial convention.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="**October** RENGO held the 5th Biennial Convention",
            ),
            *_YEAR_1997,
        ),
        number=5,
    ),
    Event(
        id="rengo-1998-01-smaller-unions-gathering",
        org_id="rengo",
        date="1998-01",
        kind=EventKind.OTHER,
        summary="Meeting of small unions on narrowing disparities.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    '1998** **January** "Gathering of Smaller Unions - Forum to Rectify '
                    'Disparities" held'
                ),
            ),
        ),
    ),
    Event(
        id="rengo-1998-10-labor-standards-law-walk-in",
        org_id="rengo",
        date="1998-10",
        kind=EventKind.RALLY,
        summary=(
            "Some 10 thousand petitioners lobbied against planned changes to the Labor Standards "
            "Law."
        ),
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    "**October** Walk-in by 10 thousand petitioners to block proposed revisions of "
                    "the Labor Standards Law"
                ),
            ),
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    '1998** **January** "Gathering of Smaller Unions - Forum to Rectify '
                    'Disparities" held'
                ),
            ),
        ),
    ),
    Event(
        id="rengo-1999-10-10th-anniversary",
        org_id="rengo",
        date="1999-10",
        kind=EventKind.ANNIVERSARY,
        summary="Ceremony marking ten years of RENGO, held with the 6th convention.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    "1999** **October** RENGO held the 6th Biennial Convention, and ceremony to "
                    "commemorate 10th Anniversary"
                ),
            ),
        ),
        number=10,
    ),
    Event(
        id="rengo-1999-10-6th-biennial-convention",
        org_id="rengo",
        date="1999-10",
        kind=EventKind.CONVENTION,
        summary="Sixth biennial convention.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="1999** **October** RENGO held the 6th Biennial Convention",
            ),
        ),
        number=6,
    ),
    Event(
        id="rengo-2000-01-pension-reform-petition",
        org_id="rengo",
        date="2000-01",
        kind=EventKind.CAMPAIGN,
        summary="Drive for 10 million signatures on pensions, health-care costs and jobs.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    "2000** **Jan.-Mar.** Petition drive of 10 million signatures calling for "
                    "pension reform, the reduction of healthcare costs and job creation"
                ),
            ),
        ),
        until="2000-03",
    ),
    Event(
        id="rengo-2000-11-worknet-established",
        org_id="rengo",
        date="2000-11",
        kind=EventKind.BODY_ESTABLISHED,
        summary="Company funded by RENGO for job placement and worker dispatch set up.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="**November** WORKNET Co. Ltd. established, a RENGO-funded corporation",
            ),
            Citation(
                source_id=RENGO_BROCHURE,
                quote="offering job placement and worker-dispatch services",
            ),
            Citation(
                source_id=RENGO_BROCHURE,
                quote="2000** **Jan.-Mar.** Petition drive of 10 million signatures",
            ),
        ),
        related_org_ids=("worknet",),
    ),
    Event(
        id="rengo-2001-01-declaration-21st-century",
        org_id="rengo",
        date="2001-01",
        kind=EventKind.POLICY,
        summary=(
            "Declaration for the 21st century issued, aiming at a labour-centred welfare society."
        ),
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote='2001** **January** "RENGO Declaration for the 21st Century" announced',
            ),
            Citation(
                source_id=RENGO_BROCHURE,
                quote="aiming at the development of a welfare society centered on labor",
            ),
        ),
    ),
    Event(
        id="rengo-2001-04-burma-office-japan",
        org_id="rengo",
        date="2001-04",
        kind=EventKind.BODY_ESTABLISHED,
        summary="Burma Office Japan set up.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="**April** Burma Office Japan established",
            ),
            *_YEAR_2001,
        ),
        related_org_ids=("burma-office-japan",),
    ),
    Event(
        id="rengo-2001-05-mass-action-employment-crisis",
        org_id="rengo",
        date="2001-05",
        kind=EventKind.RALLY,
        summary="Mass action, billed as one of 10 million workers, on the crisis in jobs and livelihoods (the entry breaks off).",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    '**May** Mass action by 10 Million Workers "Breaking through the Crisis of '
                    "Employment and Workers' Lives:"
                ),
            ),
            *_YEAR_2001,
        ),
    ),
    Event(
        id="rengo-2002-04-mass-action",
        org_id="rengo",
        date="2002-04",
        kind=EventKind.RALLY,
        summary="Mass action under a slogan of protest.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    '2002** **April** Mass action "We Can No Longer Endure—We Won\'t be Deceived" '
                    "staged"
                ),
            ),
        ),
    ),
    Event(
        id="rengo-2002-10-7th-biennial-convention",
        org_id="rengo",
        date="2002-10",
        kind=EventKind.CONVENTION,
        summary="Seventh biennial convention (printed under 2002).",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="**October** RENGO held the 7th Biennial Convention",
            ),
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    '2002** **April** Mass action "We Can No Longer Endure—We Won\'t be Deceived" '
                    "staged"
                ),
            ),
        ),
        number=7,
    ),
    Event(
        id="rengo-2003-10-8th-biennial-convention",
        org_id="rengo",
        date="2003-10",
        kind=EventKind.CONVENTION,
        summary="Eighth biennial convention.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="2003** **October** RENGO held the 8th Biennial Convention",
            ),
        ),
        number=8,
    ),
    Event(
        id="rengo-2003-11-unpaid-overtime-campaign",
        org_id="rengo",
        date="2003-11",
        kind=EventKind.CAMPAIGN,
        summary="Campaign across Japan to end unpaid overtime work.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="**November** Nationwide campaign to eliminate unpaid overtime launched",
            ),
            Citation(
                source_id=RENGO_BROCHURE,
                quote="2003** **October** RENGO held the 8th Biennial Convention",
            ),
        ),
    ),
    Event(
        id="rengo-2004-10-mid-niigata-earthquake-relief",
        org_id="rengo",
        date="2004-10",
        kind=EventKind.DISASTER_RESPONSE,
        summary="Relief work and fund-raising after the Mid-Niigata earthquake.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    "2004** **October** Relief activities and fund-raising for the Mid-Niigata "
                    "Prefecture Earthquake implemented"
                ),
            ),
        ),
    ),
    Event(
        id="rengo-2004-12-icftu-world-congress",
        org_id="rengo",
        date="2004-12",
        kind=EventKind.INTERNATIONAL,
        summary="Host in Miyazaki of the 18th ICFTU World Congress.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="**December** Hosted ICFTU 18th World Congress in Miyazaki",
            ),
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    "2004** **October** Relief activities and fund-raising for the Mid-Niigata "
                    "Prefecture Earthquake implemented"
                ),
            ),
        ),
        related_org_ids=("icftu",),
    ),
    Event(
        id="rengo-2005-01-npt-signature-campaign",
        org_id="rengo",
        date="2005-01",
        kind=EventKind.CAMPAIGN,
        summary="Signature drive ahead of the 2005 NPT Review Conference.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    "2005** **Jan.-Apr.** Signature-collection campaign aimed at the 2005 Review "
                    "Conference on the Parties to the Treaty on NPT"
                ),
            ),
        ),
        until="2005-04",
    ),
    Event(
        id="rengo-2005-05-nuclear-disarmament-action-un",
        org_id="rengo",
        date="2005-05",
        kind=EventKind.INTERNATIONAL,
        summary="Action for nuclear disarmament held at the UN General Assembly Hall.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    '**May** "Action calling for Nuclear Disarmament at UN General Assembly Hall" '
                    "organized"
                ),
            ),
            *_YEAR_2005,
        ),
    ),
    Event(
        id="rengo-2005-08-employee-tax-increase-campaign",
        org_id="rengo",
        date="2005-08",
        kind=EventKind.CAMPAIGN,
        summary="Campaign against a tax rise aimed at salaried workers started.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    '**August** "Campaign to oppose a tax increase targeted at employed workers" '
                    "launched"
                ),
            ),
            *_YEAR_2005,
        ),
    ),
    Event(
        id="rengo-2005-10-06-9th-biennial-convention",
        org_id="rengo",
        date="2005-10-06",
        kind=EventKind.CONVENTION,
        summary="Ninth biennial convention.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="**October** RENGO held the 9th Biennial Convention",
            ),
            *_YEAR_2005,
            Citation(
                source_id=RENGO_BROCHURE,
                quote="(Established during the 9th RENGO Biennial Convention on 6 October 2005)",
            ),
        ),
        number=9,
    ),
    Event(
        id="rengo-2005-10-06-rengo-principles-adopted",
        org_id="rengo",
        date="2005-10-06",
        kind=EventKind.POLICY,
        summary="The RENGO Principles adopted at the 9th convention.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    "in accordance with these RENGO Principles. (Established during the 9th RENGO "
                    "Biennial Convention on 6 October 2005)"
                ),
            ),
        ),
    ),
    Event(
        id="rengo-2006-01-simultaneous-tax-increase-campaign",
        org_id="rengo",
        date="2006-01",
        kind=EventKind.CAMPAIGN,
        summary=(
            "Campaign held at the same time across the country against a tax rise on salaried "
            "workers."
        ),
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    '2006** **January** "Simultaneous nationwide campaign to oppose a tax increase '
                    'targeted at employed workers" started'
                ),
            ),
        ),
    ),
    Event(
        id="rengo-2006-06-tokyo-rally-disparities",
        org_id="rengo",
        date="2006-06",
        kind=EventKind.RALLY,
        summary="Rally in Tokyo against widening disparities, 4,600 taking part.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote='**June** "TOKYO Rally to correct disparities" held with 4,600 participants',
            ),
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    '2006** **January** "Simultaneous nationwide campaign to oppose a tax increase '
                    'targeted at employed workers" started'
                ),
            ),
        ),
    ),
    Event(
        id="rengo-2007-01-public-dialogues-disparities",
        org_id="rengo",
        date="2007-01",
        kind=EventKind.CAMPAIGN,
        summary="Public dialogue meetings on reducing disparities held around the country.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    "2007** **Jan.-Feb.** Public Dialogues on correcting disparities held "
                    "nationwide"
                ),
            ),
        ),
        until="2007-02",
    ),
    Event(
        id="rengo-2007-07-dpj-upper-house-victory",
        org_id="rengo",
        date="2007-07",
        kind=EventKind.POLITICAL,
        summary="Election to the House of Councillors won by the DPJ.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="**July** The Democratic Party of Japan (DPJ) won the Upper House election",
            ),
            *_YEAR_2007,
        ),
        related_org_ids=("dpj",),
    ),
    Event(
        id="rengo-2007-10-10th-biennial-convention",
        org_id="rengo",
        date="2007-10",
        kind=EventKind.CONVENTION,
        summary="Tenth biennial convention.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    "**October** The Department of Non-Regular Employment established at the HQ "
                    "RENGO held the 10th Biennial Convention"
                ),
            ),
            *_YEAR_2007,
        ),
        number=10,
    ),
    Event(
        id="rengo-2007-10-non-regular-employment-department",
        org_id="rengo",
        date="2007-10",
        kind=EventKind.BODY_ESTABLISHED,
        summary="Headquarters department for non-regular workers created.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="**October** The Department of Non-Regular Employment established at the HQ",
            ),
            *_YEAR_2007,
        ),
        related_org_ids=("rengo-non-regular-employment-department",),
    ),
    Event(
        id="rengo-2008-10-world-day-decent-work-rally",
        org_id="rengo",
        date="2008-10",
        kind=EventKind.RALLY,
        summary="Decent-work day rally in Tokyo with 2,000 workers.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote='2008** **October** "World Day for Decent Work" rally organized',
            ),
            Citation(
                source_id=RENGO_BROCHURE,
                quote="rally organized with 2,000 workers participating in Tokyo",
            ),
        ),
    ),
    Event(
        id="rengo-2008-12-year-end-hotline",
        org_id="rengo",
        date="2008-12",
        kind=EventKind.SERVICE,
        summary="Hotline at the year's end for workers who had lost their jobs.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="**December** Year-end hotline for laid-off workers",
            ),
            Citation(
                source_id=RENGO_BROCHURE,
                quote='2008** **October** "World Day for Decent Work" rally organized',
            ),
        ),
    ),
    Event(
        id="rengo-2009-03-tripartite-agreement",
        org_id="rengo",
        date="2009-03",
        kind=EventKind.POLICY,
        summary="Three-party agreement on job stability and job creation signed.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    '2009** **March** "Tripartite Agreement for the Realization of Employment '
                    'Stability and Job Creation" signed'
                ),
            ),
        ),
    ),
    Event(
        id="rengo-2009-05-aung-san-suu-kyi-rally",
        org_id="rengo",
        date="2009-05",
        kind=EventKind.RALLY,
        summary="Urgent rally calling for the release of Aung San Suu Kyi and fellow pro-democracy activists.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    '**May** "Urgent Rally to free Daw Aung San Suu Kyi and other democratic '
                    'activists" held'
                ),
            ),
            *_YEAR_2009,
        ),
    ),
    Event(
        id="rengo-2009-08-dpj-change-of-government",
        org_id="rengo",
        date="2009-08",
        kind=EventKind.POLITICAL,
        summary="The DPJ won the general election by a wide margin and took office.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    "**August** Change of government following the Democratic Party of Japan (DPJ) "
                    "landslide victory in the general election"
                ),
            ),
            *_YEAR_2009,
        ),
        related_org_ids=("dpj",),
    ),
    Event(
        id="rengo-2009-10-11th-biennial-convention",
        org_id="rengo",
        date="2009-10",
        kind=EventKind.CONVENTION,
        summary="Eleventh biennial convention.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="**October** RENGO held the 11th Biennial Convention",
            ),
            *_YEAR_2009,
        ),
        number=11,
    ),
    Event(
        id="rengo-2010-09-ituc-asia-pacific-labour-network",
        org_id="rengo",
        date="2010-09",
        kind=EventKind.INTERNATIONAL,
        summary=(
            "Entry naming an ITUC-Asia Pacific labour network; the source does not say what "
            "happened."
        ),
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="2010** **September** ITUC-Asia Pacific Labour Network",
            ),
        ),
    ),
    Event(
        id="rengo-2011-03-great-east-japan-earthquake",
        org_id="rengo",
        date="2011-03",
        kind=EventKind.DISASTER_RESPONSE,
        summary="Volunteer dispatch to the regions hit by the Great East Japan Earthquake.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="2011** **March** The Great East Japan Earthquake hit",
            ),
            Citation(
                source_id=RENGO_BROCHURE,
                quote="RENGO sent volunteer workers to the affected areas",
            ),
        ),
    ),
    Event(
        id="rengo-2011-10-12th-biennial-convention",
        org_id="rengo",
        date="2011-10",
        kind=EventKind.CONVENTION,
        summary="Twelfth biennial convention.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="**October** RENGO held the 12th Biennial Convention",
            ),
            Citation(
                source_id=RENGO_BROCHURE,
                quote="2011** **March** The Great East Japan Earthquake hit",
            ),
        ),
        number=12,
    ),
    Event(
        id="rengo-2012-01-town-meetings",
        org_id="rengo",
        date="2012-01",
        kind=EventKind.OTHER,
        summary="Town meetings on a society secured by work.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    '2012** **January** "RENGO Town Meetings: for a secure society based on work," '
                    "held"
                ),
            ),
        ),
    ),
    Event(
        id="rengo-2012-05-10-million-members-plan",
        org_id="rengo",
        date="2012-05",
        kind=EventKind.POLICY,
        summary="Plan to grow to 10 million members approved.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote='**May** Plan for "RENGO with 10 million members" endorsed',
            ),
            *_YEAR_2012,
        ),
    ),
    Event(
        id="rengo-2012-09-new-energy-strategy",
        org_id="rengo",
        date="2012-09",
        kind=EventKind.POLICY,
        summary="New energy strategy approved.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote='**September** "RENGO New Energy Strategy" endorsed',
            ),
            *_YEAR_2012,
        ),
    ),
    Event(
        id="rengo-2012-12-ldp-komeito-coalition",
        org_id="rengo",
        date="2012-12",
        kind=EventKind.POLITICAL,
        summary="Government formed jointly by the LDP and Komeito.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="**December** Coalition government of LDP and Komeito formed",
            ),
            *_YEAR_2012,
        ),
        related_org_ids=("komeito", "ldp"),
    ),
    Event(
        id="rengo-2013-04-stop-unequal-society-campaign",
        org_id="rengo",
        date="2013-04",
        kind=EventKind.CAMPAIGN,
        summary="Campaign against an unequal society and for better living started.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    '2013** **April** "STOP unequal society! Campaign for a better living" launched'
                ),
            ),
        ),
    ),
    Event(
        id="rengo-2013-10-13th-biennial-convention",
        org_id="rengo",
        date="2013-10",
        kind=EventKind.CONVENTION,
        summary="Thirteenth biennial convention.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="**October** RENGO held the 13th Biennial Convention",
            ),
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    '2013** **April** "STOP unequal society! Campaign for a better living" launched'
                ),
            ),
        ),
        number=13,
    ),
    Event(
        id="rengo-2014-09-relay-campaign-against-deregulation",
        org_id="rengo",
        date="2014-09",
        kind=EventKind.CAMPAIGN,
        summary="Relay campaign through every prefecture against loosening worker protection.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    "2014** **Sep.-Dec.** Relayed campaign traveling through all prefectures of "
                    "Japan against deregulation of worker's protection"
                ),
            ),
        ),
        until="2014-12",
    ),
    Event(
        id="rengo-2015-04-iss-hu-launched",
        org_id="rengo",
        date="2015-04",
        kind=EventKind.BODY_ESTABLISHED,
        summary="An institute at Hosei University, commonly called the RENGO Graduate School, opened.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    "2015** **April** Institute for Solidarity-based Society of Hosei University "
                    '(ISS-HU) commonly known as "RENGO Graduate School" launched'
                ),
            ),
        ),
        related_org_ids=("hosei-university", "iss-hu"),
    ),
    Event(
        id="rengo-2015-08-diet-rally-human-chain",
        org_id="rengo",
        date="2015-08",
        kind=EventKind.RALLY,
        summary="Large rally with a chain of 14000 people around the Diet against the government.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="**August** Big rally and surround the Diet by chain of 14000 people",
            ),
            Citation(
                source_id=RENGO_BROCHURE,
                quote='with the strong voice, "No to current administration"',
            ),
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    "2015** **April** Institute for Solidarity-based Society of Hosei University "
                    "(ISS-HU)"
                ),
            ),
        ),
    ),
    Event(
        id="rengo-2015-10-14th-biennial-convention",
        org_id="rengo",
        date="2015-10",
        kind=EventKind.CONVENTION,
        summary="Fourteenth biennial convention.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="**October** RENGO held the 14th Biennial Convention",
            ),
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    "2015** **April** Institute for Solidarity-based Society of Hosei University "
                    "(ISS-HU)"
                ),
            ),
        ),
        number=14,
    ),
    Event(
        id="rengo-2016-04-kumamoto-earthquake",
        org_id="rengo",
        date="2016-04",
        kind=EventKind.DISASTER_RESPONSE,
        summary="Volunteer work and fund-raising after the Kumamoto earthquake.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    "2016** **Apr.-May** The Kumamoto Earthquake hit; Rengo supported volunteer "
                    "activities and fund-raising"
                ),
            ),
        ),
        until="2016-05",
    ),
    Event(
        id="rengo-2016-08-lgbt-workplace-survey",
        org_id="rengo",
        date="2016-08",
        kind=EventKind.RESEARCH,
        summary="Conducted Japan's first workplace survey on LGBT issues.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote='**August** First survey in Japan for "LGBT in workplace"',
            ),
            Citation(
                source_id=RENGO_BROCHURE,
                quote="2016** **Apr.-May** The Kumamoto Earthquake hit",
            ),
        ),
    ),
    Event(
        id="rengo-2017-09-work-style-reform-symposium",
        org_id="rengo",
        date="2017-09",
        kind=EventKind.OTHER,
        summary=(
            "Symposium on work-style reform held jointly with 4 leading business organisations."
        ),
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    '2017** **September** "Labour-Management Symposium for Work Style Reforms" was '
                    "co-hosted by RENGO and major 4 economic organizations"
                ),
            ),
        ),
    ),
    Event(
        id="rengo-2017-10-15th-biennial-convention",
        org_id="rengo",
        date="2017-10",
        kind=EventKind.CONVENTION,
        summary="Fifteenth biennial convention.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="**October** RENGO held the 15th Biennial Convention",
            ),
            Citation(
                source_id=RENGO_BROCHURE,
                quote='2017** **September** "Labour-Management Symposium for Work Style Reforms"',
            ),
        ),
        number=15,
    ),
    Event(
        id="rengo-2018-06-work-style-reform-laws-campaign",
        org_id="rengo",
        date="2018-06",
        kind=EventKind.CAMPAIGN,
        summary="Country-wide campaign on the work-style reform laws started.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    "2018** **June** Nationwide campaign in response to Work Style Reform Laws "
                    "launched"
                ),
            ),
        ),
    ),
    Event(
        id="rengo-2018-07-western-japan-torrential-rain",
        org_id="rengo",
        date="2018-07",
        kind=EventKind.DISASTER_RESPONSE,
        summary="Volunteer work and fund-raising after heavy rain struck western Japan.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    "**July** Torrential Rain Disaster wreaked havoc in western Japan: RENGO "
                    "supported volunteer activities and fund-raising"
                ),
            ),
            *_YEAR_2018,
        ),
    ),
    Event(
        id="rengo-2018-11-sns-labour-consultation",
        org_id="rengo",
        date="2018-11",
        kind=EventKind.SERVICE,
        summary="Labour consultation offered over a social network (LINE), a first.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="**November** First labour consulting service through SNS (LINE)",
            ),
            *_YEAR_2018,
        ),
    ),
    Event(
        id="rengo-2019-06-g20-l20-japan",
        org_id="rengo",
        date="2019",
        kind=EventKind.INTERNATIONAL,
        summary=(
            "Japan was host to the G20 and the L20, the first time either met there; the source "
            "gives the months as 'June/August', which months are not a span, so only the year is "
            "stored."
        ),
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="2019** **June/August** G20 and L20 were held in Japan for the first time",
            ),
        ),
    ),
    Event(
        id="rengo-2019-10-16th-biennial-convention",
        org_id="rengo",
        date="2019-10",
        kind=EventKind.CONVENTION,
        summary="Sixteenth biennial convention.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="**October** RENGO held the 16th Biennial Convention",
            ),
            *_YEAR_2019,
        ),
        number=16,
    ),
    Event(
        id="rengo-2019-10-rengo-vision",
        org_id="rengo",
        date="2019-10",
        kind=EventKind.POLICY,
        summary="New RENGO Vision on protecting, connecting and creating adopted.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    '**October** "RENGO Vision -Protecting, Connecting, and Creating-" was '
                    "established"
                ),
            ),
            *_YEAR_2019,
        ),
    ),
    Event(
        id="rengo-rials-1987-12-started",
        org_id="rengo-rials",
        date="1987-12",
        kind=EventKind.FOUNDING,
        summary=(
            "RENGO's research institute began work, the first full-scale research body of the "
            "union movement."
        ),
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    "the RENGO think-tank, started in December 1987 as the first full-scale "
                    "research body for the trade union movement"
                ),
            ),
        ),
    ),
    Event(
        id="seisui-kaigi-1976-formed",
        org_id="seisui-kaigi",
        date="1976",
        kind=EventKind.FOUNDING,
        summary="Policy-promotion council of 16 industrial federations (3 million members) set up.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    "1976** A Conference of Trade Unions for the Furtherance of Policies (SEISUI "
                    "KAIGI) formed by 16 industrial federations with 3 million members"
                ),
            ),
        ),
    ),
    Event(
        id="taishokusha-rengo-1991-founded",
        org_id="taishokusha-rengo",
        date="1991",
        kind=EventKind.FOUNDING,
        summary="Confederation of retired persons founded.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="Japanese Confederation of Retired Persons(JCRP), founded in 1991",
            ),
        ),
    ),
    Event(
        id="tokyo-jichiroren-2009-campaign-policy",
        org_id="tokyo-jichiroren",
        date="2009",
        kind=EventKind.POLICY,
        summary=(
            "Campaign policy against revising the constitution, defending its pacifism, labour "
            "rights and local autonomy."
        ),
        citations=(
            Citation(
                source_id=JICHIROREN_ENTRY,
                quote=(
                    "has opposed constitutional revision proposed by the Liberal Democratic Party, "
                    "upholding the concepts of pacifism, labor rights, and local autonomy"
                ),
            ),
            Citation(
                source_id=JICHIROREN_ENTRY,
                quote="which are determined in the current constitution (2009 campaign policy)",
            ),
        ),
    ),
    Event(
        id="tokyo-jichiroren-2015-05-anti-revision-hq",
        org_id="tokyo-jichiroren",
        date="2015-05",
        kind=EventKind.BODY_ESTABLISHED,
        summary=(
            "Set up a headquarters to fight constitutional revision, in protest at the security "
            "bills."
        ),
        citations=(
            Citation(
                source_id=JICHIROREN_ENTRY,
                quote=(
                    "In 2015, protesting the security bills, this association established an "
                    "anti-constitutional corruption department (東京自治労連憲法改悪阻止闘争本部) in May"
                ),
            ),
        ),
        related_org_ids=("tokyo-jichiroren-anti-revision-hq",),
    ),
    Event(
        id="tokyo-jichiroren-2015-08-security-bills-resolution",
        org_id="tokyo-jichiroren",
        date="2015-08",
        kind=EventKind.POLITICAL,
        summary="Passed a resolution demanding that the security bills be withdrawn.",
        citations=(
            Citation(
                source_id=JICHIROREN_ENTRY,
                quote="adopted a resolution to call for cancellation of the bills in August",
            ),
            Citation(
                source_id=JICHIROREN_ENTRY,
                quote="In 2015, protesting the security bills",
            ),
        ),
    ),
    Event(
        id="unification-preparatory-committee-1981-formed",
        org_id="unification-preparatory-committee",
        date="1981",
        kind=EventKind.FOUNDING,
        summary=(
            "Private-sector committee preparing labour unification set up by 39 industrial "
            "federations (3.8 million members)."
        ),
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    '1981** A private sector-based "Preparatory Committee for the Unification of '
                    'Laborers" formed by 39 industrial federations with 3.8 million members'
                ),
            ),
        ),
    ),
    Event(
        id="wnj-1995-established",
        org_id="wnj",
        date="1995",
        kind=EventKind.FOUNDING,
        summary="National network of workers' collectives created.",
        citations=(
            Citation(
                source_id=KANAGAWA_WCF_ABOUT,
                quote=(
                    "In 1995, Workers’ Collective Network Japan (WNJ) was established as a "
                    "national organization."
                ),
            ),
        ),
    ),
    Event(
        id="zenmin-rokyo-1982-formed",
        org_id="zenmin-rokyo",
        date="1982",
        kind=EventKind.FOUNDING,
        summary=(
            "Private-sector national council of 41 industrial federations (4.25 million members) "
            "set up, preparing the ground for RENGO."
        ),
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote=(
                    "1982** National Council of Trade Unions in the Private Sector (ZENMIN ROKYO) "
                    "formed by 41 industrial federations with 4.25 million members, setting the "
                    "stage for the foundation of RENGO"
                ),
            ),
        ),
        related_org_ids=("rengo",),
    ),
    Event(
        id="zenroren-1989-11-21-founded",
        org_id="zenroren",
        date="1989-11-21",
        kind=EventKind.FOUNDING,
        summary="National trade union centre founded.",
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="Zenroren was founded on November 21, 1989.",
            ),
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="Founded: November 21, 1989",
            ),
        ),
    ),
    Event(
        id="zenroren-jichiroren-1989-formed",
        org_id="zenroren-jichiroren",
        date="1989",
        kind=EventKind.FOUNDING,
        summary="Federation of local government workers' unions created.",
        citations=(
            Citation(
                source_id=JICHIROREN_ENTRY,
                quote=(
                    "abbreviated Jichirōren) was formed in 1989 as a federation for unions of "
                    "local government workers"
                ),
            ),
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote=(
                    "| Japan Federation of Prefectural and Municipal Workers' Unions | Jichiroren "
                    "| 1989 |"
                ),
            ),
        ),
    ),
    Event(
        id="zenroren-jichiroren-2007-kenpo-caravan-proposed",
        org_id="zenroren-jichiroren",
        date="2007",
        kind=EventKind.CAMPAIGN,
        summary=(
            "Proposed a nationwide campaign to defend the constitution, to be run together with "
            "Zenrōren."
        ),
        citations=(
            Citation(
                source_id=JICHIROREN_ENTRY,
                quote=(
                    "In 2007, Jichirōren proposed to develop a nation-wide campaign for protection "
                    "of the constitution, “Kenpō Caravan”, jointly with Zenrōren"
                ),
            ),
        ),
        related_org_ids=("kenpo-caravan", "zenroren"),
    ),
)
