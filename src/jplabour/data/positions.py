"""Positions: the offices the sources name, one record per person and office.

Where it came from: the Leadership section of the RENGO brochure (source
``rengo-brochure-2019``), the last line of the JILAF profile
(``jilaf-profile``) and the Leadership section of the Zenroren article
(``zenroren-article``).

- RENGO: the 22 officers. ``home_org_id`` is the federation printed next to
  the name, resolved to the affiliate ids ("JOHO ROREN" is the affiliate
  printed "JOHO-ROREN" in the affiliate list). The Leadership section states
  no date of its own, so ``as_of`` is the brochure's date, December 2019
  ("December 2019" is cited with "## Leadership"): the officers as the
  brochure lists them, not a start of office. Vice
  presidents and assistant general secretaries are not an ordered
  succession: ``sequence`` is None.
- JILAF: its President, undated.
- Zenroren: the general secretaries and the presidents in the order the
  article lists them (``sequence`` 1, 2, ...), ``since`` the year printed
  before the name where there is one. No end year is printed, and none is
  inferred from the next holder's start: ``until`` is None.

Every record cites verbatim quotes. One record per literal, keyword
arguments, sorted by id.
Citations that many records share (a list's heading or date) are module
constants, spread into each record next to its own quote.
"""

from typing import Final

from jplabour.data.source_ids import JILAF_PROFILE, RENGO_BROCHURE, ZENROREN_ARTICLE
from jplabour.model import Citation, Position, Role

#: Cited by every RENGO officer: the Leadership section, listed as of the
#: brochure's date.
_RENGO_LEADERSHIP: Final = (
    Citation(source_id=RENGO_BROCHURE, quote="December 2019"),
    Citation(source_id=RENGO_BROCHURE, quote="## Leadership"),
)
#: Cited by every RENGO vice president, with the officer's own line.
_RENGO_VICE_PRESIDENTS: Final = (
    *_RENGO_LEADERSHIP,
    Citation(source_id=RENGO_BROCHURE, quote="## Vice Presidents"),
)
#: Cited by every RENGO assistant general secretary, with the officer's own line.
_RENGO_ASSISTANT_GENERAL_SECRETARIES: Final = (
    *_RENGO_LEADERSHIP,
    Citation(source_id=RENGO_BROCHURE, quote="## Assistant General Secretaries"),
)
#: The heading of the Zenroren article's list of general secretaries.
_ZENROREN_GENERAL_SECRETARIES: Final = (
    Citation(source_id=ZENROREN_ARTICLE, quote="===General Secretaries==="),
)
#: The heading of the Zenroren article's list of presidents.
_ZENROREN_PRESIDENTS: Final = (Citation(source_id=ZENROREN_ARTICLE, quote="===Presidents==="),)

POSITIONS: Final[tuple[Position, ...]] = (
    Position(
        id="jilaf-president-takagi-tsuyoshi",
        person_id="takagi-tsuyoshi",
        org_id="jilaf",
        role=Role.PRESIDENT,
        citations=(
            Citation(source_id=JILAF_PROFILE, quote="Representative Tsuyoshi TAKAGI, President"),
        ),
    ),
    Position(
        id="rengo-assistant-general-secretary-ishida-akihiro",
        person_id="ishida-akihiro",
        org_id="rengo",
        role=Role.ASSISTANT_GENERAL_SECRETARY,
        as_of="2019-12",
        citations=(
            *_RENGO_ASSISTANT_GENERAL_SECRETARIES,
            Citation(source_id=RENGO_BROCHURE, quote="Akihiro ISHIDA, Mr. DENRYOKU SOREN"),
        ),
        home_org_id="denryoku-soren",
    ),
    Position(
        id="rengo-assistant-general-secretary-ishigami-chihiro",
        person_id="ishigami-chihiro",
        org_id="rengo",
        role=Role.ASSISTANT_GENERAL_SECRETARY,
        as_of="2019-12",
        citations=(
            *_RENGO_ASSISTANT_GENERAL_SECRETARIES,
            Citation(source_id=RENGO_BROCHURE, quote="Chihiro ISHIGAMI, Mr. JICHIRO"),
        ),
        home_org_id="jichiro",
    ),
    Position(
        id="rengo-assistant-general-secretary-yagi-takayuki",
        person_id="yagi-takayuki",
        org_id="rengo",
        role=Role.ASSISTANT_GENERAL_SECRETARY,
        as_of="2019-12",
        citations=(
            *_RENGO_ASSISTANT_GENERAL_SECRETARIES,
            Citation(source_id=RENGO_BROCHURE, quote="Takayuki YAGI, Mr. DENKI RENGO"),
        ),
        home_org_id="denki-rengo",
    ),
    Position(
        id="rengo-assistant-general-secretary-yamamoto-kazuyo",
        person_id="yamamoto-kazuyo",
        org_id="rengo",
        role=Role.ASSISTANT_GENERAL_SECRETARY,
        as_of="2019-12",
        citations=(
            *_RENGO_ASSISTANT_GENERAL_SECRETARIES,
            Citation(source_id=RENGO_BROCHURE, quote="Kazuyo YAMAMOTO, Ms. NIKKYOSO"),
        ),
        home_org_id="nikkyoso",
    ),
    Position(
        id="rengo-assistant-general-secretary-yasunaga-takao",
        person_id="yasunaga-takao",
        org_id="rengo",
        role=Role.ASSISTANT_GENERAL_SECRETARY,
        as_of="2019-12",
        citations=(
            *_RENGO_ASSISTANT_GENERAL_SECRETARIES,
            Citation(source_id=RENGO_BROCHURE, quote="Takao YASUNAGA, Mr. JOHO ROREN"),
        ),
        home_org_id="joho-roren",
    ),
    Position(
        id="rengo-deputy-president-kawamoto-atsushi",
        person_id="kawamoto-atsushi",
        org_id="rengo",
        role=Role.DEPUTY_PRESIDENT,
        as_of="2019-12",
        citations=(
            *_RENGO_LEADERSHIP,
            Citation(
                source_id=RENGO_BROCHURE, quote="## Deputy Presidents Atsushi KAWAMOTO, Mr. JICHIRO"
            ),
        ),
        home_org_id="jichiro",
    ),
    Position(
        id="rengo-executive-deputy-president-ohmi-naoto",
        person_id="ohmi-naoto",
        org_id="rengo",
        role=Role.EXECUTIVE_DEPUTY_PRESIDENT,
        as_of="2019-12",
        citations=(
            *_RENGO_LEADERSHIP,
            Citation(
                source_id=RENGO_BROCHURE,
                quote="**Naoto OHMI, Mr.** Executive Deputy President UA ZENSEN",
            ),
        ),
        home_org_id="ua-zensen",
    ),
    Position(
        id="rengo-general-secretary-aihara-yasunobu",
        person_id="aihara-yasunobu",
        org_id="rengo",
        role=Role.GENERAL_SECRETARY,
        as_of="2019-12",
        citations=(
            *_RENGO_LEADERSHIP,
            Citation(
                source_id=RENGO_BROCHURE,
                quote="**Yasunobu AIHARA, Mr.** General Secretary JIDOSHA SOREN",
            ),
        ),
        home_org_id="jidosha-soren",
    ),
    Position(
        id="rengo-president-kozu-rikio",
        person_id="kozu-rikio",
        org_id="rengo",
        role=Role.PRESIDENT,
        as_of="2019-12",
        citations=(
            *_RENGO_LEADERSHIP,
            Citation(source_id=RENGO_BROCHURE, quote="**Rikio KOZU, Mr.** President KIKAN ROREN"),
        ),
        home_org_id="kikan-roren",
    ),
    Position(
        id="rengo-vice-president-ito-toshiyuki",
        person_id="ito-toshiyuki",
        org_id="rengo",
        role=Role.VICE_PRESIDENT,
        as_of="2019-12",
        citations=(
            *_RENGO_VICE_PRESIDENTS,
            Citation(source_id=RENGO_BROCHURE, quote="Toshiyuki ITO, Mr. FOOD RENGO"),
        ),
        home_org_id="food-rengo",
    ),
    Position(
        id="rengo-vice-president-kanda-kenichi",
        person_id="kanda-kenichi",
        org_id="rengo",
        role=Role.VICE_PRESIDENT,
        as_of="2019-12",
        citations=(
            *_RENGO_VICE_PRESIDENTS,
            Citation(source_id=RENGO_BROCHURE, quote="Kenichi KANDA, Mr. KIKAN ROREN"),
        ),
        home_org_id="kikan-roren",
    ),
    Position(
        id="rengo-vice-president-masuda-mitsugi",
        person_id="masuda-mitsugi",
        org_id="rengo",
        role=Role.VICE_PRESIDENT,
        as_of="2019-12",
        citations=(
            *_RENGO_VICE_PRESIDENTS,
            Citation(source_id=RENGO_BROCHURE, quote="Mitsugi MASUDA, Mr. JP ROUSO"),
        ),
        home_org_id="jp-rouso",
    ),
    Position(
        id="rengo-vice-president-matsuura-akihiko",
        person_id="matsuura-akihiko",
        org_id="rengo",
        role=Role.VICE_PRESIDENT,
        as_of="2019-12",
        citations=(
            *_RENGO_VICE_PRESIDENTS,
            Citation(source_id=RENGO_BROCHURE, quote="Akihiko MATSUURA, Mr. UA ZENSEN"),
        ),
        home_org_id="ua-zensen",
    ),
    Position(
        id="rengo-vice-president-namba-junsuke",
        person_id="namba-junsuke",
        org_id="rengo",
        role=Role.VICE_PRESIDENT,
        as_of="2019-12",
        citations=(
            *_RENGO_VICE_PRESIDENTS,
            Citation(source_id=RENGO_BROCHURE, quote="Junsuke NAMBA, Mr. UNYU ROREN"),
        ),
        home_org_id="unyu-roren",
    ),
    Position(
        id="rengo-vice-president-noda-minao",
        person_id="noda-minao",
        org_id="rengo",
        role=Role.VICE_PRESIDENT,
        as_of="2019-12",
        citations=(
            *_RENGO_VICE_PRESIDENTS,
            Citation(source_id=RENGO_BROCHURE, quote="Minao NODA, Mr. JOHO ROREN"),
        ),
        home_org_id="joho-roren",
    ),
    Position(
        id="rengo-vice-president-nonaka-takahiro",
        person_id="nonaka-takahiro",
        org_id="rengo",
        role=Role.VICE_PRESIDENT,
        as_of="2019-12",
        citations=(
            *_RENGO_VICE_PRESIDENTS,
            Citation(source_id=RENGO_BROCHURE, quote="Takahiro NONAKA, Mr. DENKI RENGO"),
        ),
        home_org_id="denki-rengo",
    ),
    Position(
        id="rengo-vice-president-okajima-masaki",
        person_id="okajima-masaki",
        org_id="rengo",
        role=Role.VICE_PRESIDENT,
        as_of="2019-12",
        citations=(
            *_RENGO_VICE_PRESIDENTS,
            Citation(source_id=RENGO_BROCHURE, quote="Masaki OKAJIMA, Mr. NIKKYOSO"),
        ),
        home_org_id="nikkyoso",
    ),
    Position(
        id="rengo-vice-president-sakata-koji",
        person_id="sakata-koji",
        org_id="rengo",
        role=Role.VICE_PRESIDENT,
        as_of="2019-12",
        citations=(
            *_RENGO_VICE_PRESIDENTS,
            Citation(source_id=RENGO_BROCHURE, quote="Koji SAKATA, Mr. DENRYOKU SOREN"),
        ),
        home_org_id="denryoku-soren",
    ),
    Position(
        id="rengo-vice-president-sako-kiyoshi",
        person_id="sako-kiyoshi",
        org_id="rengo",
        role=Role.VICE_PRESIDENT,
        as_of="2019-12",
        citations=(
            *_RENGO_VICE_PRESIDENTS,
            Citation(source_id=RENGO_BROCHURE, quote="Kiyoshi SAKO, Mr. JEC RENGO"),
        ),
        home_org_id="jec-rengo",
    ),
    Position(
        id="rengo-vice-president-takakura-akira",
        person_id="takakura-akira",
        org_id="rengo",
        role=Role.VICE_PRESIDENT,
        as_of="2019-12",
        citations=(
            *_RENGO_VICE_PRESIDENTS,
            Citation(source_id=RENGO_BROCHURE, quote="Akira TAKAKURA, Mr. JIDOSHA SOREN"),
        ),
        home_org_id="jidosha-soren",
    ),
    Position(
        id="rengo-vice-president-yasukouchi-katahiro",
        person_id="yasukouchi-katahiro",
        org_id="rengo",
        role=Role.VICE_PRESIDENT,
        as_of="2019-12",
        citations=(
            *_RENGO_VICE_PRESIDENTS,
            Citation(source_id=RENGO_BROCHURE, quote="Katahiro YASUKOUCHI, Mr. JAM"),
        ),
        home_org_id="jam",
    ),
    Position(
        id="rengo-vice-president-yoshino-tomoko",
        person_id="yoshino-tomoko",
        org_id="rengo",
        role=Role.VICE_PRESIDENT,
        as_of="2019-12",
        citations=(
            *_RENGO_VICE_PRESIDENTS,
            Citation(source_id=RENGO_BROCHURE, quote="Tomoko YOSHINO, Ms. JAM"),
        ),
        home_org_id="jam",
    ),
    Position(
        id="zenroren-general-secretary-1-kumagai-kanemichi",
        person_id="kumagai-kanemichi",
        org_id="zenroren",
        role=Role.GENERAL_SECRETARY,
        citations=(
            *_ZENROREN_GENERAL_SECRETARIES,
            Citation(source_id=ZENROREN_ARTICLE, quote="1989: Kanemichi Kumagai"),
        ),
        since="1989",
        sequence=1,
    ),
    Position(
        id="zenroren-general-secretary-2-bannai-mitsuo",
        person_id="bannai-mitsuo",
        org_id="zenroren",
        role=Role.GENERAL_SECRETARY,
        citations=(
            *_ZENROREN_GENERAL_SECRETARIES,
            Citation(source_id=ZENROREN_ARTICLE, quote="1998: Mitsuo Bannai"),
        ),
        since="1998",
        sequence=2,
    ),
    Position(
        id="zenroren-general-secretary-3-daikoku-sakuji",
        person_id="daikoku-sakuji",
        org_id="zenroren",
        role=Role.GENERAL_SECRETARY,
        citations=(
            *_ZENROREN_GENERAL_SECRETARIES,
            Citation(source_id=ZENROREN_ARTICLE, quote="2006: Sakuji Daikoku"),
        ),
        since="2006",
        sequence=3,
    ),
    Position(
        id="zenroren-general-secretary-4-inoue-hisashi",
        person_id="inoue-hisashi",
        org_id="zenroren",
        role=Role.GENERAL_SECRETARY,
        citations=(
            *_ZENROREN_GENERAL_SECRETARIES,
            Citation(source_id=ZENROREN_ARTICLE, quote="Sakuji Daikoku Hisashi Inoue"),
        ),
        sequence=4,
    ),
    Position(
        id="zenroren-general-secretary-5-nomura-yukihiro",
        person_id="nomura-yukihiro",
        org_id="zenroren",
        role=Role.GENERAL_SECRETARY,
        citations=(
            *_ZENROREN_GENERAL_SECRETARIES,
            Citation(source_id=ZENROREN_ARTICLE, quote="2017: Yukihiro Nomura"),
        ),
        since="2017",
        sequence=5,
    ),
    Position(
        id="zenroren-general-secretary-6-kurosawa-koichi",
        person_id="kurosawa-koichi",
        org_id="zenroren",
        role=Role.GENERAL_SECRETARY,
        citations=(
            *_ZENROREN_GENERAL_SECRETARIES,
            Citation(source_id=ZENROREN_ARTICLE, quote="2020: Kurosawa Koichi"),
        ),
        since="2020",
        sequence=6,
    ),
    Position(
        id="zenroren-president-1-matsumoto-michihiro",
        person_id="matsumoto-michihiro",
        org_id="zenroren",
        role=Role.PRESIDENT,
        citations=(
            *_ZENROREN_PRESIDENTS,
            Citation(source_id=ZENROREN_ARTICLE, quote="1989: Matsumoto Michihiro"),
        ),
        since="1989",
        sequence=1,
    ),
    Position(
        id="zenroren-president-2-ooe-takeshi",
        person_id="ooe-takeshi",
        org_id="zenroren",
        role=Role.PRESIDENT,
        citations=(
            *_ZENROREN_PRESIDENTS,
            Citation(source_id=ZENROREN_ARTICLE, quote="Matsumoto Michihiro Takeshi Ooe"),
        ),
        sequence=2,
    ),
    Position(
        id="zenroren-president-3-mikami-mitsuru",
        person_id="mikami-mitsuru",
        org_id="zenroren",
        role=Role.PRESIDENT,
        citations=(
            *_ZENROREN_PRESIDENTS,
            Citation(source_id=ZENROREN_ARTICLE, quote="Takeshi Ooe Mitsuru Mikami"),
        ),
        sequence=3,
    ),
    Position(
        id="zenroren-president-4-kumagai-kanemichi",
        person_id="kumagai-kanemichi",
        org_id="zenroren",
        role=Role.PRESIDENT,
        citations=(
            *_ZENROREN_PRESIDENTS,
            Citation(source_id=ZENROREN_ARTICLE, quote="Mitsuru Mikami Kanemichi Kumagai"),
        ),
        sequence=4,
    ),
    Position(
        id="zenroren-president-5-kobayashi-yoji",
        person_id="kobayashi-yoji",
        org_id="zenroren",
        role=Role.PRESIDENT,
        citations=(
            *_ZENROREN_PRESIDENTS,
            Citation(source_id=ZENROREN_ARTICLE, quote="Kanemichi Kumagai Kobayashi Yoji"),
        ),
        sequence=5,
    ),
    Position(
        id="zenroren-president-6-bannai-mitsuo",
        person_id="bannai-mitsuo",
        org_id="zenroren",
        role=Role.PRESIDENT,
        citations=(
            *_ZENROREN_PRESIDENTS,
            Citation(source_id=ZENROREN_ARTICLE, quote="2006: Mitsuo Bannai"),
        ),
        since="2006",
        sequence=6,
    ),
    Position(
        id="zenroren-president-7-odagawa-yoshikazu",
        person_id="odagawa-yoshikazu",
        org_id="zenroren",
        role=Role.PRESIDENT,
        citations=(
            *_ZENROREN_PRESIDENTS,
            Citation(source_id=ZENROREN_ARTICLE, quote="2008: Yoshikazu Odagawa"),
        ),
        since="2008",
        sequence=7,
    ),
    Position(
        id="zenroren-president-8-obata-masako",
        person_id="obata-masako",
        org_id="zenroren",
        role=Role.PRESIDENT,
        citations=(
            *_ZENROREN_PRESIDENTS,
            Citation(source_id=ZENROREN_ARTICLE, quote="2020: Obata Masako"),
        ),
        since="2020",
        sequence=8,
    ),
)
