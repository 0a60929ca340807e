"""The five source documents of jplabour 0.1.

Where it came from: seeds/INDEX.md and the documents themselves. A date or
URL is given only where the document states it.
"""

from typing import Final

from jplabour.data.source_ids import (
    JICHIROREN_ENTRY,
    JILAF_PROFILE,
    KANAGAWA_WCF_ABOUT,
    RENGO_BROCHURE,
    ZENROREN_ARTICLE,
)
from jplabour.model import Source

SOURCES: Final = (
    Source(
        id=JICHIROREN_ENTRY,
        title="Nihon Jichitai Rōdō Kumiai Sōrengō (Jichirōren)",
        file="002_406d756a2a1c85e4.txt",
        language="en",
        covers=(
            "Encyclopedia-style entry on the two federations called Jichirōren and on "
            "Tokyo Jichirōren, with Japanese names; the Kenpō Caravan campaign."
        ),
    ),
    Source(
        id=JILAF_PROFILE,
        title="Japan International Labour Foundation",
        file="001_b84f731338151e7c.txt",
        language="en",
        covers=("Profile of JILAF: founding by RENGO, programmes, contact details, president."),
        urls_stated=(
            "http://www.jilaf.or.jp/English-jilaf/index.html",
            "http://www.jilaf.or.jp/",
        ),
    ),
    Source(
        id=KANAGAWA_WCF_ABOUT,
        title="About Kanagawa Workers’ Collective Federation",
        file="004_206933c38646108c.txt",
        language="en",
        publisher="Kanagawa Workers’ Collective Federation",
        covers=("The federation's vision, activities, history 1982-1995, objectives and contacts."),
    ),
    Source(
        id=RENGO_BROCHURE,
        title="RENGO 2020-2021",
        file="000_bb0c280bcbe45483.txt",
        language="en",
        publisher="Japanese Trade Union Confederation (RENGO)",
        published="2019-12",
        covers=(
            "RENGO's English brochure: contacts, mission, organisation chart, vision, action "
            "policies, the path to RENGO 1976-1989, history 1989-2019, leadership, the 48 "
            "affiliated and associated federations with membership as of October 2019, and "
            "related organisations."
        ),
        urls_stated=(
            "https://www.jtuc-rengo.or.jp",
            "https://www.jtuc-rengo.org",
            "https://www.facebook.com/jtuc.rengo/",
            "https://twitter.com/unionion",
            "https://line.me/R/ti/p/l0g8YztQbx",
            "http://www.jtuc-rengo.org/about/action_policies.html",
            "http://rengo-socket.or.jp/english/",
            "http://www.jilaf.or.jp/English-jilaf/",
            "http://all.rokin.or.jp/english/index.html",
            "https://www.zenosai.coop/english/english.html",
        ),
    ),
    Source(
        id=ZENROREN_ARTICLE,
        title="Zenroren",
        file="003_182e1e0832048d23.txt",
        language="en",
        covers=(
            "Encyclopedia article on Zenroren: founding, size, headquarters, party alignment, "
            "20 current affiliates (2019 membership), 9 former affiliates (1990 membership), "
            "presidents and general secretaries."
        ),
    ),
)
