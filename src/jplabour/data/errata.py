"""Errata: the problems found in the five sources, and how the records treat them.

Where it came from: a reading in full of the five files in seeds/ (see
jplabour.data.sources): the RENGO brochure (``rengo-brochure-2019``), the
JILAF profile (``jilaf-profile``), the Jichirōren entry
(``jichiroren-entry``), the Zenroren article (``zenroren-article``) and the
Kanagawa Workers' Collective Federation page (``kanagawa-wcf-about``).

Each erratum quotes the problematic span verbatim (white space folded), says
what is wrong in neutral words and how the records treat it. The records
keep what the sources print; nothing is corrected silently. ``check`` names
the integrity check that fires on the problem, whose findings on the
``record_ids`` are then reported as warnings. One record per literal, keyword
arguments, sorted by id.
"""

from typing import Final

from jplabour.data.source_ids import (
    JICHIROREN_ENTRY,
    JILAF_PROFILE,
    KANAGAWA_WCF_ABOUT,
    RENGO_BROCHURE,
    ZENROREN_ARTICLE,
)
from jplabour.model import Erratum

ERRATA: Final[tuple[Erratum, ...]] = (
    Erratum(
        id="jichiroren-entry-anti-constitutional-department",
        source_id=JICHIROREN_ENTRY,
        quote="established an anti-constitutional corruption department (東京自治労連憲法改悪阻止闘争本部)",
        problem=(
            "The English rendering 'anti-constitutional corruption department' says the body is "
            "against the constitution, while the same paragraph says the association opposes "
            "constitutional revision and upholds the current constitution. The Japanese name "
            "printed with it (東京自治労連憲法改悪阻止闘争本部) names a body to stop a revision "
            "(改悪阻止) and ends in 本部 (headquarters), not a word for department."
        ),
        resolution=(
            "The organisation keeps the printed English and Japanese names, cited. Its id, "
            "tokyo-jichiroren-anti-revision-hq, follows the Japanese name and the paragraph, "
            "not the English rendering. A reader should not take 'anti-constitutional' as the "
            "body's aim."
        ),
        record_ids=(
            "tokyo-jichiroren-anti-revision-hq",
            "tokyo-jichiroren-2015-05-anti-revision-hq",
        ),
    ),
    Erratum(
        id="jichiroren-entry-jichroren-misspelling",
        source_id=JICHIROREN_ENTRY,
        quote="Jichrōren has also been against",
        problem=(
            "'Jichrōren' lacks the 'i' of 'Jichirōren', the spelling the entry uses everywhere "
            "else for the same federation (the sentence continues the paragraph on Nihon "
            "Jichitai Rōdō Kumiai Sōrengō)."
        ),
        resolution=(
            "Read as Jichirōren, i.e. zenroren-jichiroren; the misspelt form is kept as "
            "printed and is an alias of zenroren-jichiroren so that it can be found."
        ),
        record_ids=("zenroren-jichiroren",),
    ),
    Erratum(
        id="jichiroren-entry-zenroren-for-larger-organization",
        source_id=JICHIROREN_ENTRY,
        quote="However, “Zenrōren” is generally applied for the larger organization",
        problem=(
            "The sentence says the name “Zenrōren” is generally applied to the larger "
            "federation, Nihon Jichitai Rōdō Kumiai Sōrengō. This contradicts the preceding "
            "sentence, which says the two federations are told apart as “Zenrōren Jichirōren” "
            "and “Rengō Jichirōren”, and the entry's own use of Zenrōren (全労連) for the "
            "national centre that federation is affiliated with. The entry does not show what "
            "name was meant."
        ),
        resolution=(
            "The sentence is cited, not corrected, and not taken as evidence of a name: "
            "“Zenrōren” stays the name of the national centre (zenroren) and is not an alias "
            "of zenroren-jichiroren, which is called “Zenrōren Jichirōren” as the preceding "
            "sentence says. No word is supplied for the one the sentence may have meant."
        ),
        record_ids=("zenroren-jichiroren", "zenroren"),
    ),
    Erratum(
        id="jilaf-profile-set-up-before-rengo",
        source_id=JILAF_PROFILE,
        quote="set up by RENGO in May 1989",
        problem=(
            "The profile says RENGO set JILAF up in May 1989, but the RENGO brochure "
            "(rengo-brochure-2019) dates RENGO's inauguration to November 1989: in May 1989 "
            "the establishing body did not yet exist under that name. The profile does not "
            "say which body is meant."
        ),
        resolution=(
            "The link is kept as printed (established by RENGO, May 1989) and cited; the "
            "relation_dates check reports the link dated before RENGO's founding as a warning. "
            "No link to another body is made, because no source states one."
        ),
        record_ids=("jilaf-rengo-established-by", "jilaf", "jilaf-1989-05-established"),
        check="relation_dates",
    ),
    Erratum(
        id="kanagawa-wcf-about-kanazawa-place-name",
        source_id=KANAGAWA_WCF_ABOUT,
        quote="(from Kanazawa, Tokyo, Chiba, Saitama, Hokkaido, Kinki and Kumamoto)",
        problem=(
            "The places of WNJ's member organisations include 'Kanazawa', which does not "
            "match Kanagawa, where the federation publishing the page is "
            "('Yokohama-shi, Kanagawa'); Kanagawa is not in the list. The page does not say "
            "which place is meant."
        ),
        resolution=(
            "The place names are kept as printed, in this erratum; no record asserts which "
            "place is meant, and no membership of kanagawa-wcf in wnj is derived from the list."
        ),
        record_ids=("wnj", "kanagawa-wcf"),
    ),
    Erratum(
        id="kanagawa-wcf-about-phone-without-plus",
        source_id=KANAGAWA_WCF_ABOUT,
        quote="Phone: 81-(0)45-662-4303",
        problem=(
            "The phone number is printed without the leading '+' that the fax number on the "
            "same line has ('+81-(0)45-662-4306'), so as printed it is not an international "
            "number."
        ),
        resolution=(
            "The phone number is normalised to E.164 (+81456624303) in the same way as the fax "
            "number: country code 81, the trunk prefix (0) dropped. The printed form is kept "
            "in this erratum."
        ),
        record_ids=("kanagawa-wcf",),
    ),
    Erratum(
        id="kanagawa-wcf-about-wnj-count-places",
        source_id=KANAGAWA_WCF_ABOUT,
        quote="WNJ comprises 8 Workers’ Collective organizations (from Kanazawa, Tokyo, Chiba, Saitama, Hokkaido, Kinki and Kumamoto)",
        problem=("WNJ is said to comprise 8 organisations, but only 7 places are listed."),
        resolution=(
            "The count 8 is kept as printed and cited (wnj-affiliates); the list is not completed and no "
            "eighth place is supplied. A reader should not expect the places to add up to "
            "the count."
        ),
        record_ids=("wnj", "wnj-affiliates"),
    ),
    Erratum(
        id="rengo-brochure-1991-07-event-without-verb",
        source_id=RENGO_BROCHURE,
        quote='1991** **July** "National Campaign for Working Hour Reduction: Relaxation Caravan"',
        problem=(
            "The July 1991 entry gives only the title of a campaign, with no verb: it does not "
            "say whether the campaign was launched, held or ended that month."
        ),
        resolution=(
            "The event is kept for July 1991 as a campaign with the title as printed; its "
            "summary says that the entry does not state what happened."
        ),
        record_ids=("rengo-1991-07-relaxation-caravan",),
    ),
    Erratum(
        id="rengo-brochure-2001-05-event-cut-off",
        source_id=RENGO_BROCHURE,
        quote="**May** Mass action by 10 Million Workers \"Breaking through the Crisis of Employment and Workers' Lives:",
        problem=(
            "The May 2001 entry breaks off after a colon: the quoted title is never closed, and "
            "the rest of the title, and what was done, are not printed."
        ),
        resolution=(
            "The event is kept for May 2001 as a mass action by 10 million workers on the crisis "
            "of employment and workers' lives, with only what is printed; the missing part of "
            "the title is not supplied."
        ),
        record_ids=("rengo-2001-05-mass-action-employment-crisis",),
    ),
    Erratum(
        id="rengo-brochure-2010-09-event-without-verb",
        source_id=RENGO_BROCHURE,
        quote="**September** ITUC-Asia Pacific Labour Network",
        problem=(
            "The only entry for 2010 names 'ITUC-Asia Pacific Labour Network' and nothing "
            "else: it does not say what happened (whether it was founded, joined, launched or "
            "met)."
        ),
        resolution=(
            "The event is kept for September 2010 with the name as printed; its summary does "
            "not state what happened, because the source does not."
        ),
        record_ids=("rengo-2010-09-ituc-asia-pacific-labour-network",),
    ),
    Erratum(
        id="rengo-brochure-48-federations-count",
        source_id=RENGO_BROCHURE,
        quote="48 Industrial federations are affiliated to RENGO",
        problem=(
            "The organisation chart says 48 industrial federations are affiliated, but the "
            "brochure's affiliate list numbers 46 affiliates (01-46) and lists Nos. 47-48 "
            "(NIKKENKYO, NIKKOKYO) apart, as 'Associated Organizations': 48 is the total of "
            "affiliates and associated organisations."
        ),
        resolution=(
            "The figure 48 is kept as printed and cited (rengo-2019-12-affiliates). The "
            "affiliations follow the list: 46 links with status affiliate and 2 with status "
            "associated; a reader should not take 48 as the number of affiliates proper."
        ),
        record_ids=("rengo", "rengo-2019-12-affiliates", "nikkenkyo", "nikkokyo"),
    ),
    Erratum(
        id="rengo-brochure-7th-convention-2002",
        source_id=RENGO_BROCHURE,
        quote="RENGO held the 7th Biennial Convention - 2003** **October** RENGO held the 8th Biennial Convention",
        problem=(
            "The conventions are called biennial, and the 2nd to 6th (November 1991 to October "
            "1999) and the 8th to 16th (October 2003 to October 2019) are two years apart, but "
            "the 7th is dated October 2002 (in the 2002 entry): three years after the 6th and "
            "one year before the 8th, which a biennial series cannot be."
        ),
        resolution=(
            "The 7th convention keeps the printed date, October 2002, cited; the source gives "
            "no other. The numbered_events check reports the irregular spacing as a warning. "
            "A reader should not take 2002 as confirmed."
        ),
        record_ids=(
            "rengo-1999-10-6th-biennial-convention",
            "rengo-2002-10-7th-biennial-convention",
            "rengo-2003-10-8th-biennial-convention",
        ),
        check="numbered_events",
    ),
    Erratum(
        id="rengo-brochure-affiliate-figures-sum",
        source_id=RENGO_BROCHURE,
        quote="is a trade union national center in Japan with the membership of 7 million",
        problem=(
            "The brochure gives RENGO 'the membership of 7 million' in its December 2019 "
            "edition, while the figures it prints for its 48 affiliates and associated "
            "organisations 'as of October 2019' add up to 6,836,732. The difference is within "
            "the rounding of '7 million', but the brochure does not say whether the two count "
            "the same members."
        ),
        resolution=(
            "Both are kept as printed: rengo-2019-12 as approximately 7,000,000 members, each "
            "federation's figure as printed; they are not reconciled. A reader comparing them "
            "should not expect the sum to equal the headline."
        ),
        record_ids=("rengo", "rengo-2019-12"),
    ),
    Erratum(
        id="rengo-brochure-jilaf-established-before-rengo",
        source_id=RENGO_BROCHURE,
        quote="The Japan International Labour Foundation was established by RENGO in May 1989",
        problem=(
            "The brochure says RENGO established JILAF in May 1989, but dates RENGO's own "
            "inauguration to November 1989 ('1989** **November** Japanese Trade Union "
            "Confederation (RENGO) inaugurated'): in May 1989 the establishing body did not "
            "yet exist under that name. The brochure does not say which body is meant."
        ),
        resolution=(
            "The link is kept as printed (established by RENGO, May 1989) and cited; the "
            "relation_dates check reports the link dated before RENGO's founding as a warning. "
            "No link to another body (such as jptuc-rengo) is made, because no source states one."
        ),
        record_ids=("jilaf-rengo-established-by", "jilaf", "jilaf-1989-05-established"),
        check="relation_dates",
    ),
    Erratum(
        id="rengo-brochure-joho-roren-two-spellings",
        source_id=RENGO_BROCHURE,
        quote="### 11. JOHO-ROREN",
        problem=(
            "The affiliate list prints the abbreviation 'JOHO-ROREN' with a hyphen, while the "
            "Leadership section prints 'JOHO ROREN' without one (as the federation of two "
            "officers)."
        ),
        resolution=(
            "Both spellings are taken as the one federation joho-roren: the abbreviation as "
            "the list prints it, 'JOHO ROREN' an alias. The two officers' positions have "
            "home_org_id joho-roren."
        ),
        record_ids=(
            "joho-roren",
            "rengo-assistant-general-secretary-yasunaga-takao",
            "rengo-vice-president-noda-minao",
        ),
    ),
    Erratum(
        id="rengo-brochure-nikkenkyo-employee-s-unions",
        source_id=RENGO_BROCHURE,
        quote="Council of Japan Construction Industry Employee's Unions",
        problem=(
            "The singular possessive 'Employee's' does not fit unions of many employees and "
            "differs from the plural possessive the list uses elsewhere ('Workers' Unions'); "
            "the source gives no other spelling."
        ),
        resolution="name_en is kept as printed; no corrected form is supplied.",
        record_ids=("nikkenkyo",),
    ),
    Erratum(
        id="rengo-brochure-rengu-misprint",
        source_id=RENGO_BROCHURE,
        quote="RENGU has established new RENGU Vision",
        problem=(
            "'RENGU' (printed 8 times, in the Vision and Action Policies pages, e.g. 'RENGU "
            "headquarter', 'RENGU locals') is a misprint of RENGO."
        ),
        resolution=(
            "Read as RENGO: the text is kept as printed, and 'RENGU' is an alias of rengo so "
            "that the printed form can be found."
        ),
        record_ids=("rengo",),
    ),
    Erratum(
        id="rengo-brochure-reno-misprint",
        source_id=RENGO_BROCHURE,
        quote="The society we RENO aim is",
        problem="'RENO' is a misprint of RENGO, the brochure's name for itself.",
        resolution=(
            "Read as RENGO; the text is kept as printed, and 'RENO' is an alias of rengo so "
            "that the printed form can be found."
        ),
        record_ids=("rengo",),
    ),
    Erratum(
        id="rengo-brochure-sinrin-roren-romanisation",
        source_id=RENGO_BROCHURE,
        quote="37. SINRIN ROREN",
        problem=(
            "The abbreviation is romanised 'SINRIN' with 'si', while the brochure's other "
            "romanised names write 'shi' (SHITETSU SOREN, SHIN-SANBETSU). The source gives no "
            "other spelling, so whether this is the federation's own spelling or a misprint is "
            "not stated."
        ),
        resolution=(
            "Kept as printed, the source spelling: abbreviation 'SINRIN ROREN', id "
            "sinrin-roren. No other spelling is supplied."
        ),
        record_ids=("sinrin-roren",),
    ),
    Erratum(
        id="rengo-brochure-ua-zensen-worker-s-unions",
        source_id=RENGO_BROCHURE,
        quote="Service, and General Worker's Unions",
        problem=(
            "The singular possessive 'Worker's' does not fit unions of many workers and "
            "differs from the plural possessive 'Workers' Unions' used in the other names of "
            "the list; the source gives no other spelling."
        ),
        resolution="name_en is kept as printed; no corrected form is supplied.",
        record_ids=("ua-zensen",),
    ),
    Erratum(
        id="rengo-brochure-zenkoku-nodanro-name-cut-off",
        source_id=RENGO_BROCHURE,
        quote="National Federation of Agricultural, Forestry and Fishery",
        problem=(
            "The English name ends with the adjectives 'Agricultural, Forestry and Fishery' "
            "and names no noun after them (such as the 'Workers' or 'Unions' of the other "
            "names in the list): it looks cut off."
        ),
        resolution=("name_en is kept as printed; the missing words are not supplied."),
        record_ids=("zenkoku-nodanro",),
    ),
    Erratum(
        id="zenroren-article-affiliate-figures-blank",
        source_id=ZENROREN_ARTICLE,
        quote=(
            "| All Japan Pensioners' Union | Nenkinsha-kumia | 1989 | | | Film and Allied "
            "Industry Workers' Unions | Eisanro | | | | General Federation of Cinema and "
            "Theatrical Workers' Unions of Japan | Eiensoren | 1952 | 1,275 | | General "
            "Federation of Japan Printing and Publishing Workers' Unions | Zeninsoren | 1953 | "
            "3,286 | | Japan Federation of Commercial Broadcasting Workers' Unions | Minpororen "
            "| 1953 | |"
        ),
        problem=(
            "Three current affiliates, Nenkinsha-kumia, Eisanro and Minpororen, have a blank "
            "cell under the table's heading 'Membership (2019)'. The article dates nothing "
            "else about the table, so for these three the year 2019 comes only from the heading "
            "of a column they have no figure in."
        ),
        resolution=(
            "Their affiliations keep as_of 2019 like the other rows of the same table, which "
            "the article lists as its current affiliates; the date rests on the column heading "
            "alone, not on a figure. No membership figure is recorded for the three."
        ),
        record_ids=(
            "eisanro-zenroren-affiliate",
            "minpororen-zenroren-affiliate",
            "nenkinsha-kumia-zenroren-affiliate",
        ),
    ),
    Erratum(
        id="zenroren-article-infobox-names-missing",
        source_id=ZENROREN_ARTICLE,
        quote="The , commonly known in Japanese as , is a national trade union center.",
        problem=(
            "The opening sentence has lost the names it introduces: the full name and the "
            "name commonly used in Japanese are empty."
        ),
        resolution=(
            "Nothing is taken from the sentence but that Zenroren is a national trade union "
            "centre; the names come from the infobox ('National Confederation of Trade "
            "Unions'), the title and source jichiroren-entry (Zenrōren, 全労連)."
        ),
        record_ids=("zenroren",),
    ),
    Erratum(
        id="zenroren-article-leadership-years-missing",
        source_id=ZENROREN_ARTICLE,
        quote=(
            "1989: Kanemichi Kumagai 1998: Mitsuo Bannai 2006: Sakuji Daikoku Hisashi Inoue "
            "2017: Yukihiro Nomura 2020: Kurosawa Koichi ===Presidents=== 1989: Matsumoto "
            "Michihiro Takeshi Ooe Mitsuru Mikami Kanemichi Kumagai Kobayashi Yoji 2006: Mitsuo "
            "Bannai"
        ),
        problem=(
            "Five entries of the leadership lists have no year: four presidents listed between "
            "1989 and 2006 (Takeshi Ooe, Mitsuru Mikami, Kanemichi Kumagai, Kobayashi Yoji) and "
            "one general secretary listed between 2006 and 2017 (Hisashi Inoue). Kanemichi "
            "Kumagai, general secretary from 1989, is also one of the undated presidents, so "
            "when he moved from one office to the other is not stated. No entry has an end year."
        ),
        resolution=(
            "The five undated entries are kept with no start date (since), and Kanemichi "
            "Kumagai's general-secretary entry with its printed 1989; sequence is the position "
            "in the printed list. No position has an end date: none is printed, and none is "
            "inferred from the next holder's start."
        ),
        record_ids=(
            "zenroren-general-secretary-1-kumagai-kanemichi",
            "zenroren-general-secretary-4-inoue-hisashi",
            "zenroren-president-2-ooe-takeshi",
            "zenroren-president-3-mikami-mitsuru",
            "zenroren-president-4-kumagai-kanemichi",
            "zenroren-president-5-kobayashi-yoji",
        ),
    ),
    Erratum(
        id="zenroren-article-members-undated",
        source_id=ZENROREN_ARTICLE,
        quote="- Members: 1.2 million",
        problem=(
            "The infobox gives 1.2 million members without a date, while the affiliate table "
            "states its figures for 2019 ('Membership (2019)'). The table's figures, where "
            "given (17 of 20 affiliates), add up to 563,185; the article does not say what the "
            "1.2 million covers."
        ),
        resolution=(
            "The figure is kept as printed, approximate and with no as_of date; it is not "
            "combined with or checked against the table."
        ),
        record_ids=("zenroren", "zenroren-members"),
    ),
    Erratum(
        id="zenroren-article-name-order-inconsistent",
        source_id=ZENROREN_ARTICLE,
        quote="2017: Yukihiro Nomura 2020: Kurosawa Koichi",
        problem=(
            "The leadership lists print Japanese names in inconsistent order, with nothing "
            "(capitals, a comma) marking the family name: 'Yukihiro Nomura' and, on the next "
            "line, 'Kurosawa Koichi' put the family name in different places. Which part is the "
            "family name is not evident from the page."
        ),
        resolution=(
            "None of these people appears in another source, and the two who appear twice "
            "(Kanemichi Kumagai, Mitsuo Bannai) are printed in the same order both times, so the "
            "sources give no evidence. By convention, the four entries 'Matsumoto Michihiro', "
            "'Kobayashi Yoji', 'Obata Masako' and 'Kurosawa Koichi' are taken as family name "
            "first, and the other eight (Kanemichi Kumagai, Mitsuo Bannai, Sakuji Daikoku, "
            "Hisashi Inoue, Yukihiro Nomura, Takeshi Ooe, Mitsuru Mikami, Yoshikazu Odagawa) as "
            "given name first. family_name and given_name of these 12 people are an inference, "
            "not a statement of the source; printed_as keeps each name as printed."
        ),
        record_ids=(
            "bannai-mitsuo",
            "daikoku-sakuji",
            "inoue-hisashi",
            "kobayashi-yoji",
            "kumagai-kanemichi",
            "kurosawa-koichi",
            "matsumoto-michihiro",
            "mikami-mitsuru",
            "nomura-yukihiro",
            "obata-masako",
            "odagawa-yoshikazu",
            "ooe-takeshi",
        ),
    ),
    Erratum(
        id="zenroren-article-nenkinsha-kumia-truncated",
        source_id=ZENROREN_ARTICLE,
        quote="| All Japan Pensioners' Union | Nenkinsha-kumia |",
        problem=(
            "The abbreviation 'Nenkinsha-kumia' looks cut short: the word for union is "
            "'kumiai' (as in 'Rōdō Kumiai', source jichiroren-entry), and no other form is "
            "printed."
        ),
        resolution=(
            "Kept as printed: abbreviation 'Nenkinsha-kumia', id nenkinsha-kumia. No "
            "corrected spelling is supplied."
        ),
        record_ids=("nenkinsha-kumia",),
    ),
    Erratum(
        id="zenroren-article-sharyorokyo-left-undated",
        source_id=ZENROREN_ARTICLE,
        quote="| Sharyorokyo | 1972 | | | 10,000 |",
        problem=(
            "Sharyorokyo is listed among the former affiliates, but its 'Left' and 'Reason not "
            "affiliated' cells are empty: when and why it left is not stated."
        ),
        resolution=("The former-affiliate link is kept with no until date and no end_reason."),
        record_ids=("sharyorokyo", "sharyorokyo-zenroren-former"),
    ),
)
