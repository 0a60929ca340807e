"""People: the office-holders the sources name, one record per person.

Where it came from: the Leadership section of the RENGO brochure (source
``rengo-brochure-2019``: the 22 officers, with the President's signature
under the Message from the President), the last line of the JILAF profile
(``jilaf-profile``: its President) and the Leadership section of the Zenroren
article (``zenroren-article``: its general secretaries and presidents).

Names: RENGO and JILAF print the family name in capitals ("Rikio KOZU"), so
the capitalised part is the family name, stored capitalised normally
("Kozu"). The Zenroren article prints no name in capitals and none of its
people appears in another source; there, "Matsumoto Michihiro", "Kobayashi
Yoji", "Obata Masako" and "Kurosawa Koichi" are taken as family name first
and the rest as given name first (see the erratum
``zenroren-article-name-order-inconsistent``). A person who appears twice in
the sources (Rikio Kozu; Kanemichi Kumagai and Mitsuo Bannai, each in both
Zenroren lists) is one record; ``printed_as`` keeps every printed form.
``title`` is set only where the source prints "Mr." or "Ms.".

Every record cites verbatim quotes. One record per literal, keyword
arguments, sorted by id.
"""

from typing import Final

from jplabour.data.source_ids import JILAF_PROFILE, RENGO_BROCHURE, ZENROREN_ARTICLE
from jplabour.model import Citation, Person

PEOPLE: Final[tuple[Person, ...]] = (
    Person(
        id="aihara-yasunobu",
        family_name="Aihara",
        given_name="Yasunobu",
        citations=(Citation(source_id=RENGO_BROCHURE, quote="**Yasunobu AIHARA, Mr.**"),),
        title="Mr.",
        printed_as=("Yasunobu AIHARA",),
    ),
    Person(
        id="bannai-mitsuo",
        family_name="Bannai",
        given_name="Mitsuo",
        citations=(
            Citation(source_id=ZENROREN_ARTICLE, quote="1998: Mitsuo Bannai"),
            Citation(source_id=ZENROREN_ARTICLE, quote="2006: Mitsuo Bannai"),
        ),
        printed_as=("Mitsuo Bannai",),
    ),
    Person(
        id="daikoku-sakuji",
        family_name="Daikoku",
        given_name="Sakuji",
        citations=(Citation(source_id=ZENROREN_ARTICLE, quote="2006: Sakuji Daikoku"),),
        printed_as=("Sakuji Daikoku",),
    ),
    Person(
        id="inoue-hisashi",
        family_name="Inoue",
        given_name="Hisashi",
        citations=(Citation(source_id=ZENROREN_ARTICLE, quote="Sakuji Daikoku Hisashi Inoue"),),
        printed_as=("Hisashi Inoue",),
    ),
    Person(
        id="ishida-akihiro",
        family_name="Ishida",
        given_name="Akihiro",
        citations=(Citation(source_id=RENGO_BROCHURE, quote="Akihiro ISHIDA, Mr."),),
        title="Mr.",
        printed_as=("Akihiro ISHIDA",),
    ),
    Person(
        id="ishigami-chihiro",
        family_name="Ishigami",
        given_name="Chihiro",
        citations=(Citation(source_id=RENGO_BROCHURE, quote="Chihiro ISHIGAMI, Mr."),),
        title="Mr.",
        printed_as=("Chihiro ISHIGAMI",),
    ),
    Person(
        id="ito-toshiyuki",
        family_name="Ito",
        given_name="Toshiyuki",
        citations=(Citation(source_id=RENGO_BROCHURE, quote="Toshiyuki ITO, Mr."),),
        title="Mr.",
        printed_as=("Toshiyuki ITO",),
    ),
    Person(
        id="kanda-kenichi",
        family_name="Kanda",
        given_name="Kenichi",
        citations=(Citation(source_id=RENGO_BROCHURE, quote="Kenichi KANDA, Mr."),),
        title="Mr.",
        printed_as=("Kenichi KANDA",),
    ),
    Person(
        id="kawamoto-atsushi",
        family_name="Kawamoto",
        given_name="Atsushi",
        citations=(Citation(source_id=RENGO_BROCHURE, quote="Atsushi KAWAMOTO, Mr."),),
        title="Mr.",
        printed_as=("Atsushi KAWAMOTO",),
    ),
    Person(
        id="kobayashi-yoji",
        family_name="Kobayashi",
        given_name="Yoji",
        citations=(Citation(source_id=ZENROREN_ARTICLE, quote="Kanemichi Kumagai Kobayashi Yoji"),),
        printed_as=("Kobayashi Yoji",),
    ),
    Person(
        id="kozu-rikio",
        family_name="Kozu",
        given_name="Rikio",
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="**Rikio KOZU, Mr.**"),
            Citation(source_id=RENGO_BROCHURE, quote="President Rikio Kozu"),
        ),
        title="Mr.",
        printed_as=("Rikio KOZU", "Rikio Kozu"),
    ),
    Person(
        id="kumagai-kanemichi",
        family_name="Kumagai",
        given_name="Kanemichi",
        citations=(
            Citation(source_id=ZENROREN_ARTICLE, quote="1989: Kanemichi Kumagai"),
            Citation(source_id=ZENROREN_ARTICLE, quote="Mitsuru Mikami Kanemichi Kumagai"),
        ),
        printed_as=("Kanemichi Kumagai",),
    ),
    Person(
        id="kurosawa-koichi",
        family_name="Kurosawa",
        given_name="Koichi",
        citations=(Citation(source_id=ZENROREN_ARTICLE, quote="2020: Kurosawa Koichi"),),
        printed_as=("Kurosawa Koichi",),
    ),
    Person(
        id="masuda-mitsugi",
        family_name="Masuda",
        given_name="Mitsugi",
        citations=(Citation(source_id=RENGO_BROCHURE, quote="Mitsugi MASUDA, Mr."),),
        title="Mr.",
        printed_as=("Mitsugi MASUDA",),
    ),
    Person(
        id="matsumoto-michihiro",
        family_name="Matsumoto",
        given_name="Michihiro",
        citations=(Citation(source_id=ZENROREN_ARTICLE, quote="1989: Matsumoto Michihiro"),),
        printed_as=("Matsumoto Michihiro",),
    ),
    Person(
        id="matsuura-akihiko",
        family_name="Matsuura",
        given_name="Akihiko",
        citations=(Citation(source_id=RENGO_BROCHURE, quote="Akihiko MATSUURA, Mr."),),
        title="Mr.",
        printed_as=("Akihiko MATSUURA",),
    ),
    Person(
        id="mikami-mitsuru",
        family_name="Mikami",
        given_name="Mitsuru",
        citations=(Citation(source_id=ZENROREN_ARTICLE, quote="Takeshi Ooe Mitsuru Mikami"),),
        printed_as=("Mitsuru Mikami",),
    ),
    Person(
        id="namba-junsuke",
        family_name="Namba",
        given_name="Junsuke",
        citations=(Citation(source_id=RENGO_BROCHURE, quote="Junsuke NAMBA, Mr."),),
        title="Mr.",
        printed_as=("Junsuke NAMBA",),
    ),
    Person(
        id="noda-minao",
        family_name="Noda",
        given_name="Minao",
        citations=(Citation(source_id=RENGO_BROCHURE, quote="Minao NODA, Mr."),),
        title="Mr.",
        printed_as=("Minao NODA",),
    ),
    Person(
        id="nomura-yukihiro",
        family_name="Nomura",
        given_name="Yukihiro",
        citations=(Citation(source_id=ZENROREN_ARTICLE, quote="2017: Yukihiro Nomura"),),
        printed_as=("Yukihiro Nomura",),
    ),
    Person(
        id="nonaka-takahiro",
        family_name="Nonaka",
        given_name="Takahiro",
        citations=(Citation(source_id=RENGO_BROCHURE, quote="Takahiro NONAKA, Mr."),),
        title="Mr.",
        printed_as=("Takahiro NONAKA",),
    ),
    Person(
        id="obata-masako",
        family_name="Obata",
        given_name="Masako",
        citations=(Citation(source_id=ZENROREN_ARTICLE, quote="2020: Obata Masako"),),
        printed_as=("Obata Masako",),
    ),
    Person(
        id="odagawa-yoshikazu",
        family_name="Odagawa",
        given_name="Yoshikazu",
        citations=(Citation(source_id=ZENROREN_ARTICLE, quote="2008: Yoshikazu Odagawa"),),
        printed_as=("Yoshikazu Odagawa",),
    ),
    Person(
        id="ohmi-naoto",
        family_name="Ohmi",
        given_name="Naoto",
        citations=(Citation(source_id=RENGO_BROCHURE, quote="**Naoto OHMI, Mr.**"),),
        title="Mr.",
        printed_as=("Naoto OHMI",),
    ),
    Person(
        id="okajima-masaki",
        family_name="Okajima",
        given_name="Masaki",
        citations=(Citation(source_id=RENGO_BROCHURE, quote="Masaki OKAJIMA, Mr."),),
        title="Mr.",
        printed_as=("Masaki OKAJIMA",),
    ),
    Person(
        id="ooe-takeshi",
        family_name="Ooe",
        given_name="Takeshi",
        citations=(Citation(source_id=ZENROREN_ARTICLE, quote="Matsumoto Michihiro Takeshi Ooe"),),
        printed_as=("Takeshi Ooe",),
    ),
    Person(
        id="sakata-koji",
        family_name="Sakata",
        given_name="Koji",
        citations=(Citation(source_id=RENGO_BROCHURE, quote="Koji SAKATA, Mr."),),
        title="Mr.",
        printed_as=("Koji SAKATA",),
    ),
    Person(
        id="sako-kiyoshi",
        family_name="Sako",
        given_name="Kiyoshi",
        citations=(Citation(source_id=RENGO_BROCHURE, quote="Kiyoshi SAKO, Mr."),),
        title="Mr.",
        printed_as=("Kiyoshi SAKO",),
    ),
    Person(
        id="takagi-tsuyoshi",
        family_name="Takagi",
        given_name="Tsuyoshi",
        citations=(
            Citation(source_id=JILAF_PROFILE, quote="Representative Tsuyoshi TAKAGI, President"),
        ),
        printed_as=("Tsuyoshi TAKAGI",),
    ),
    Person(
        id="takakura-akira",
        family_name="Takakura",
        given_name="Akira",
        citations=(Citation(source_id=RENGO_BROCHURE, quote="Akira TAKAKURA, Mr."),),
        title="Mr.",
        printed_as=("Akira TAKAKURA",),
    ),
    Person(
        id="yagi-takayuki",
        family_name="Yagi",
        given_name="Takayuki",
        citations=(Citation(source_id=RENGO_BROCHURE, quote="Takayuki YAGI, Mr."),),
        title="Mr.",
        printed_as=("Takayuki YAGI",),
    ),
    Person(
        id="yamamoto-kazuyo",
        family_name="Yamamoto",
        given_name="Kazuyo",
        citations=(Citation(source_id=RENGO_BROCHURE, quote="Kazuyo YAMAMOTO, Ms."),),
        title="Ms.",
        printed_as=("Kazuyo YAMAMOTO",),
    ),
    Person(
        id="yasukouchi-katahiro",
        family_name="Yasukouchi",
        given_name="Katahiro",
        citations=(Citation(source_id=RENGO_BROCHURE, quote="Katahiro YASUKOUCHI, Mr."),),
        title="Mr.",
        printed_as=("Katahiro YASUKOUCHI",),
    ),
    Person(
        id="yasunaga-takao",
        family_name="Yasunaga",
        given_name="Takao",
        citations=(Citation(source_id=RENGO_BROCHURE, quote="Takao YASUNAGA, Mr."),),
        title="Mr.",
        printed_as=("Takao YASUNAGA",),
    ),
    Person(
        id="yoshino-tomoko",
        family_name="Yoshino",
        given_name="Tomoko",
        citations=(Citation(source_id=RENGO_BROCHURE, quote="Tomoko YOSHINO, Ms."),),
        title="Ms.",
        printed_as=("Tomoko YOSHINO",),
    ),
)
