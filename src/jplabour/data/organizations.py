"""Organisations, curated by hand from the five seed documents of jplabour 0.1.

Where it came from: the texts in seeds/ (see :mod:`jplabour.data.sources`): the
RENGO 2020-2021 brochure (000), the JILAF profile (001), the encyclopedia entry on
the two Jichirōren federations (002), the Zenroren article (003) and the Kanagawa
Workers' Collective Federation's "About" page (004). Every record cites short
verbatim quotes that state its values; a value no source states is ``None``.

The ids are the fixed ids of docs/curation.md. One organisation is one record
citing every source that names it; look-alikes (JICHIRO, RENGO's JICHI ROREN,
Zenrōren's Jichiroren, Tokyo Jichirōren; JPTUC-RENGO and RENGO) are separate
records with a note on the difference. Names the sources use for more than one
organisation are declared in :mod:`jplabour.data.ambiguous_names`. Phone and fax
numbers are stored in E.164; the address is kept as printed, without the postal
code and country. One record per literal, keyword arguments, sorted by id.
"""

from typing import Final

from jplabour.data.references import (
    REF_CERAMICS_RENGO,
    REF_CHIGINREN,
    REF_CHUO_ROFUKUKYO,
    REF_CRJAPAN_JICHIROREN,
    REF_CRJAPAN_RENGO,
    REF_DENKI_RENGO,
    REF_DENRYOKU_SOREN,
    REF_EIENSOREN,
    REF_FOOD_RENGO,
    REF_FUKUSHI_HOIKURO,
    REF_GOMU_RENGO,
    REF_GOMU_RENGO_WIKIPEDIA,
    REF_HEALTH_CARE_ROKYO,
    REF_ILEC,
    REF_ILEC_ENPEDIA,
    REF_INSATSU_ROREN,
    REF_JAM,
    REF_JEC_RENGO,
    REF_JICHIRO,
    REF_JIDOSHA_SOREN,
    REF_JIDOSHA_SOREN_KOTOBANK,
    REF_JILAF,
    REF_JMITU,
    REF_JMITU_WIKIPEDIA,
    REF_JOHO_ROREN,
    REF_JP_ROUSO,
    REF_JR_RENGO,
    REF_JR_SOREN,
    REF_KAIIN_KUMIAI,
    REF_KAMIPA_RENGO,
    REF_KENKORO,
    REF_KENSUROREN,
    REF_KIKAN_ROREN,
    REF_KINYUROREN,
    REF_KOKKO_RENGO,
    REF_KOKKOROREN,
    REF_KOKU_RENGO,
    REF_KOTSU_ROREN,
    REF_KOUN_DOMEI,
    REF_MEDIA_ROREN,
    REF_MINPOROREN,
    REF_NENKINSHA_KUMIA,
    REF_NIHONIROREN,
    REF_NIKKENKYO,
    REF_NIKKOKYO,
    REF_NIKKYOSO,
    REF_RENGO,
    REF_RENGO_ENPEDIA,
    REF_RENGO_MINIWIKI,
    REF_RENGO_RIALS,
    REF_ROKYO_ROREN,
    REF_ROSAI_ROREN,
    REF_SEIHO_ROREN,
    REF_SEIKYOROREN,
    REF_SERVICE_RENGO,
    REF_SHITETSU_SOREN,
    REF_SINRIN_ROREN,
    REF_SONPO_ROREN,
    REF_TAISHOKUSHA_RENGO,
    REF_UA_ZENSEN,
    REF_UNYU_ROREN,
    REF_YUSANRO,
    REF_ZEN_DENSEN,
    REF_ZEN_INSATSU,
    REF_ZEN_ROKIN,
    REF_ZEN_SUIDO,
    REF_ZENGIN_RENGO,
    REF_ZENINSOREN,
    REF_ZENJIKO_ROREN,
    REF_ZENKOKU_GAS,
    REF_ZENKOKU_NODANRO,
    REF_ZENKOKU_UNION,
    REF_ZENKYO,
    REF_ZENNICHIJIRO,
    REF_ZENNOKYOROREN,
    REF_ZENNOKYOROREN_TOPICS,
    REF_ZENROKYO,
    REF_ZENROKYO_EN,
    REF_ZENROREN,
    REF_ZENROREN_ZENKOKU_IPPAN,
    REF_ZENSHINRO,
)
from jplabour.data.sources import (
    JICHIROREN_ENTRY,
    JILAF_PROFILE,
    KANAGAWA_WCF_ABOUT,
    RENGO_BROCHURE,
    ZENROREN_ARTICLE,
)
from jplabour.model import Citation, Organization, OrgKind

ORGANIZATIONS: Final[tuple[Organization, ...]] = (
    Organization(
        id="acftu",
        name_en="All-China Federation of Trade Unions",
        abbreviation="ACFTU",
        kind=OrgKind.FOREIGN_TRADE_UNION_CENTRE,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="Official talks with the All-China Federation of Trade Unions (ACFTU) resumed",
            ),
        ),
    ),
    Organization(
        id="article-9-association",
        name_en="Article 9 Association",
        name_ja="九条の会",
        kind=OrgKind.CAMPAIGN_OR_COUNCIL,
        citations=(
            Citation(
                source_id=JICHIROREN_ENTRY,
                quote="various anti-constitutional revision groups, such as the Article 9 Association (九条の会)",
            ),
        ),
    ),
    Organization(
        id="burma-office-japan",
        name_en="Burma Office Japan",
        kind=OrgKind.OTHER,
        founded="2001-04",
        notes="The source says only that it was established; it does not say what kind of body it is.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote='2001** **January** "RENGO Declaration for the 21st Century" announced, aiming at the development of a welfare society centered on labor **April** Burma Office Japan established',
            ),
        ),
    ),
    Organization(
        id="ceramics-rengo",
        name_en="All Japan Federation of Ceramics Industry Workers",
        abbreviation="CERAMICS RENGO",
        name_ja="セラミックス産業労働組合連合会",
        short_names_ja=("セラミックス連合",),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 29. CERAMICS RENGO All Japan Federation of Ceramics Industry Workers",
            ),
            Citation(source_id=REF_CERAMICS_RENGO, quote="セラミックス産業労働組合連合会"),
            Citation(source_id=REF_CERAMICS_RENGO, quote="セラミックス連合"),
        ),
    ),
    Organization(
        id="chiginren",
        name_en="National Federation of Local Bank Employees' Unions",
        abbreviation="Chiginren",
        short_names_ja=("地銀連",),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        founded="1956",
        dissolved="2006",
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| National Federation of Local Bank Employees' Unions | Chiginren | 1956 | 2006 | Merged into Kinyuroren |",
            ),
            Citation(source_id=REF_CHIGINREN, quote="地銀連"),
        ),
    ),
    Organization(
        id="chuo-rofukukyo",
        name_en="Central Council of Worker Welfare Associations",
        abbreviation="Chuo-Rofukukyo",
        name_ja="労働者福祉中央協議会",
        short_names_ja=("中央労福協",),
        kind=OrgKind.WELFARE_COUNCIL,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="**Chuo-Rofukukyo**"),
            Citation(
                source_id=RENGO_BROCHURE,
                quote="The Central Council of Worker Welfare Associations is a liaison council composed of worker welfare organizations",
            ),
            Citation(source_id=REF_CHUO_ROFUKUKYO, quote="労働者福祉中央協議会"),
            Citation(source_id=REF_CHUO_ROFUKUKYO, quote="中央労福協"),
        ),
    ),
    Organization(
        id="churitsu-roren",
        name_en="CHURITSU ROREN",
        name_ja="中立労働組合連絡会議",
        short_names_ja=("中立労連",),
        kind=OrgKind.TRADE_UNION_BODY,
        notes="Named only as a body whose private-sector unions JPTUC-RENGO unified; the source does not say what kind of body it is or give a longer name.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="unifying private sector trade unions of SOHYO, DOMEI, CHURITSU ROREN, SHIN-SANBETSU and other independent federations",
            ),
            Citation(source_id=REF_RENGO_MINIWIKI, quote="中立労働組合連絡会議"),
            Citation(source_id=REF_RENGO_MINIWIKI, quote="中立労連"),
        ),
    ),
    Organization(
        id="denki-rengo",
        name_en="Japanese Electrical Electronic & Information Union",
        abbreviation="DENKI RENGO",
        name_ja="全日本電機・電子・情報関連産業労働組合連合会",
        short_names_ja=("電機連合",),
        readings_ja=(
            "ぜんにほんでんき・でんし・じょうほうかんれんさんぎょうろうどうくみあいれんごうかい",
            "でんきれんごう",
        ),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 04. DENKI RENGO Japanese Electrical Electronic & Information Union",
            ),
            Citation(
                source_id=REF_DENKI_RENGO, quote="全日本電機・電子・情報関連産業労働組合連合会"
            ),
            Citation(source_id=REF_DENKI_RENGO, quote="電機連合"),
            Citation(
                source_id=REF_DENKI_RENGO,
                quote="ぜんにほんでんき・でんし・じょうほうかんれんさんぎょうろうどうくみあいれんごうかい",
            ),
            Citation(source_id=REF_DENKI_RENGO, quote="でんきれんごう"),
        ),
    ),
    Organization(
        id="denryoku-soren",
        name_en="The Federation of Electric Power Related Industry Workers' Unions of Japan",
        abbreviation="DENRYOKU SOREN",
        name_ja="全国電力関連産業労働組合総連合",
        short_names_ja=("電力総連",),
        readings_ja=(
            "ぜんこくでんりょくかんれんさんぎょうろうどうくみあいそうれんごう",
            "でんりょくそうれん",
        ),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 10. DENRYOKU SOREN The Federation of Electric Power Related Industry Workers' Unions of Japan",
            ),
            Citation(source_id=REF_DENRYOKU_SOREN, quote="全国電力関連産業労働組合総連合"),
            Citation(source_id=REF_DENRYOKU_SOREN, quote="電力総連"),
            Citation(
                source_id=REF_DENRYOKU_SOREN,
                quote="ぜんこくでんりょくかんれんさんぎょうろうどうくみあいそうれんごう",
            ),
            Citation(source_id=REF_DENRYOKU_SOREN, quote="でんりょくそうれん"),
        ),
    ),
    Organization(
        id="domei",
        name_en="DOMEI",
        name_ja="全日本労働総同盟",
        short_names_ja=("同盟",),
        kind=OrgKind.TRADE_UNION_BODY,
        notes="Named only as a body whose private-sector unions JPTUC-RENGO unified; the source does not say what kind of body it is or give a longer name.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="unifying private sector trade unions of SOHYO, DOMEI, CHURITSU ROREN, SHIN-SANBETSU and other independent federations",
            ),
            Citation(source_id=REF_RENGO_MINIWIKI, quote="全日本労働総同盟"),
            Citation(source_id=REF_RENGO_MINIWIKI, quote="同盟"),
        ),
    ),
    Organization(
        id="dpj",
        name_en="Democratic Party of Japan",
        abbreviation="DPJ",
        kind=OrgKind.POLITICAL_PARTY,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="The Democratic Party of Japan (DPJ) won the Upper House election",
            ),
            Citation(
                source_id=RENGO_BROCHURE,
                quote="the Democratic Party of Japan (DPJ) landslide victory",
            ),
        ),
    ),
    Organization(
        id="eiensoren",
        name_en="General Federation of Cinema and Theatrical Workers' Unions of Japan",
        abbreviation="Eiensoren",
        aliases=("映画演劇労働組合総連合",),
        name_ja="映画演劇労働組合連合会",
        short_names_ja=("映演労連", "映演総連"),
        readings_ja=(
            "えいがえんげきろうどうくみあいれんごうかい",
            "えいえんろうれん",
            "えいえんそうれん",
        ),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        founded="1952",
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| General Federation of Cinema and Theatrical Workers' Unions of Japan | Eiensoren | 1952 |",
            ),
            Citation(source_id=REF_EIENSOREN, quote="映画演劇労働組合連合会"),
            Citation(source_id=REF_EIENSOREN, quote="映演労連"),
            Citation(source_id=REF_EIENSOREN, quote="映演総連"),
            Citation(source_id=REF_EIENSOREN, quote="映画演劇労働組合総連合"),
            Citation(source_id=REF_EIENSOREN, quote="えいがえんげきろうどうくみあいれんごうかい"),
            Citation(source_id=REF_EIENSOREN, quote="えいえんろうれん"),
            Citation(source_id=REF_EIENSOREN, quote="えいえんそうれん"),
        ),
    ),
    Organization(
        id="eisanro",
        name_en="Film and Allied Industry Workers' Unions",
        abbreviation="Eisanro",
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| Film and Allied Industry Workers' Unions | Eisanro |",
            ),
        ),
    ),
    Organization(
        id="food-rengo",
        name_en="Federation of All Japan Foods and Tobacco Workers' Unions (JFU)",
        abbreviation="FOOD RENGO",
        aliases=("JFU",),
        name_ja="日本食品関連産業労働組合総連合会",
        short_names_ja=("フード連合",),
        readings_ja=(
            "にほんしょくひんかんれんさんぎょうろうどうくみあいそうれんごうかい",
            "フードれんごう",
        ),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 14. FOOD RENGO Federation of All Japan Foods and Tobacco Workers' Unions (JFU)",
            ),
            Citation(source_id=REF_FOOD_RENGO, quote="日本食品関連産業労働組合総連合会"),
            Citation(source_id=REF_FOOD_RENGO, quote="フード連合"),
            Citation(
                source_id=REF_FOOD_RENGO,
                quote="にほんしょくひんかんれんさんぎょうろうどうくみあいそうれんごうかい",
            ),
            Citation(source_id=REF_FOOD_RENGO, quote="フードれんごう"),
        ),
    ),
    Organization(
        id="fukushi-hoikuro",
        name_en="National Union of Welfare and Childcare Workers",
        abbreviation="Fukushi-hoikuro",
        name_ja="全国福祉保育労働組合",
        short_names_ja=("福祉保育労",),
        readings_ja=("ぜんこくふくしほいくろうどうくみあい", "ふくしほいくろう"),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| National Union of Welfare and Childcare Workers | Fukushi-hoikuro |",
            ),
            Citation(source_id=REF_FUKUSHI_HOIKURO, quote="全国福祉保育労働組合"),
            Citation(source_id=REF_FUKUSHI_HOIKURO, quote="福祉保育労"),
            Citation(source_id=REF_FUKUSHI_HOIKURO, quote="ぜんこくふくしほいくろうどうくみあい"),
            Citation(source_id=REF_FUKUSHI_HOIKURO, quote="ふくしほいくろう"),
        ),
    ),
    Organization(
        id="gomu-rengo",
        name_en="Japanese Rubber Workers' Union Confederation",
        abbreviation="GOMU RENGO",
        aliases=("全日本ゴム産業労働組合総連合",),
        name_ja="日本ゴム産業労働組合連合",
        short_names_ja=("ゴム連合",),
        readings_ja=("ゴムれんごう",),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 23. GOMU RENGO Japanese Rubber Workers' Union Confederation",
            ),
            Citation(source_id=REF_GOMU_RENGO, quote="日本ゴム産業労働組合連合"),
            Citation(source_id=REF_GOMU_RENGO, quote="ゴム連合"),
            Citation(source_id=REF_GOMU_RENGO_WIKIPEDIA, quote="全日本ゴム産業労働組合総連合"),
            Citation(source_id=REF_GOMU_RENGO_WIKIPEDIA, quote="ゴムれんごう"),
        ),
    ),
    Organization(
        id="health-care-rokyo",
        name_en="Japanese Health Care Workers' Union",
        abbreviation="HEALTH CARE ROKYO",
        name_ja="保健医療福祉労働組合協議会",
        short_names_ja=("ヘルスケア労協",),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 36. HEALTH CARE ROKYO Japanese Health Care Workers' Union",
            ),
            Citation(source_id=REF_HEALTH_CARE_ROKYO, quote="保健医療福祉労働組合協議会"),
            Citation(source_id=REF_HEALTH_CARE_ROKYO, quote="ヘルスケア労協"),
        ),
    ),
    Organization(
        id="hosei-university",
        name_en="Hosei University",
        kind=OrgKind.UNIVERSITY,
        notes="Named only as the university of ISS-HU.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="Institute for Solidarity-based Society of Hosei University (ISS-HU)",
            ),
        ),
    ),
    Organization(
        id="icftu",
        name_en="ICFTU",
        kind=OrgKind.INTERNATIONAL_TRADE_UNION_BODY,
        notes="The source gives only the acronym. Distinct from its regional body ICFTU-APRO and from ITUC-AP.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE, quote="Hosted ICFTU 18th World Congress in Miyazaki"
            ),
        ),
    ),
    Organization(
        id="icftu-apro",
        name_en="ICFTU-APRO",
        kind=OrgKind.INTERNATIONAL_TRADE_UNION_BODY,
        notes="The source gives only the acronym; it held a Regional Congress. Distinct from ICFTU and ITUC-AP.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE, quote="Hosted ICFTU-APRO 15th Regional Congress in Tokyo"
            ),
        ),
    ),
    Organization(
        id="ilec",
        name_en="Institute of Labor Education and Culture",
        abbreviation="ILEC",
        name_ja="教育文化協会",
        readings_ja=("アイレック", "きょういくぶんかきょうかい"),
        kind=OrgKind.EDUCATION_ASSOCIATION,
        founded="1995-12",
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="**ILEC**"),
            Citation(
                source_id=RENGO_BROCHURE,
                quote="The Institute of Labor Education and Culture is an incorporated association established by RENGO in December 1995",
            ),
            Citation(source_id=REF_ILEC, quote="教育文化協会"),
            Citation(source_id=REF_ILEC, quote="アイレック"),
            Citation(source_id=REF_ILEC_ENPEDIA, quote="きょういくぶんかきょうかい"),
        ),
    ),
    Organization(
        id="insatsu-roren",
        name_en="Federation of Printing Information Media Workers' Unions",
        abbreviation="INSATSU ROREN",
        name_ja="印刷情報メディア産業労働組合連合会",
        short_names_ja=("印刷労連",),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 28. INSATSU ROREN Federation of Printing Information Media Workers' Unions",
            ),
            Citation(source_id=REF_INSATSU_ROREN, quote="印刷情報メディア産業労働組合連合会"),
            Citation(source_id=REF_INSATSU_ROREN, quote="印刷労連"),
        ),
    ),
    Organization(
        id="iss-hu",
        name_en="Institute for Solidarity-based Society of Hosei University",
        abbreviation="ISS-HU",
        aliases=("RENGO Graduate School",),
        kind=OrgKind.RESEARCH_INSTITUTE,
        founded="2015-04",
        notes="An institute of Hosei University (a separate record), commonly called the RENGO Graduate School.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote='2015** **April** Institute for Solidarity-based Society of Hosei University (ISS-HU) commonly known as "RENGO Graduate School" launched',
            ),
        ),
    ),
    Organization(
        id="ituc-ap",
        name_en="ITUC-Asia Pacific",
        abbreviation="ITUC-AP",
        kind=OrgKind.INTERNATIONAL_TRADE_UNION_BODY,
        notes="The brochure prints 'ITUC-Asia Pacific' in a 2010 event line; the JILAF profile prints 'ITUC-AP'. Distinct from ICFTU-APRO.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="2010** **September** ITUC-Asia Pacific Labour Network",
            ),
            Citation(
                source_id=JILAF_PROFILE,
                quote="international seminars in collaboration with ITUC-AP",
            ),
        ),
    ),
    Organization(
        id="ja-rengo",
        name_en="All Japan Agriculture Cooperative Staff Members' Union",
        abbreviation="JA RENGO",
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 44. JA RENGO All Japan Agriculture Cooperative Staff Members' Union",
            ),
        ),
    ),
    Organization(
        id="jam",
        name_en="Japanese Association of Metal, Machinery and Manufacturing Workers",
        abbreviation="JAM",
        aliases=("ものづくり産業労働組合",),
        name_ja="産業別労働組合ジェイ・エイ・エム",
        readings_ja=("ジャム",),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 05. JAM Japanese Association of Metal, Machinery and Manufacturing Workers",
            ),
            Citation(source_id=REF_JAM, quote="産業別労働組合ジェイ・エイ・エム"),
            Citation(source_id=REF_JAM, quote="ものづくり産業労働組合"),
            Citation(source_id=REF_JAM, quote="ジャム"),
        ),
    ),
    Organization(
        id="japan-labour-culture-foundation",
        name_en="Japan Labour Culture Foundation",
        name_ja="日本労働文化財団",
        kind=OrgKind.FOUNDATION_OR_NGO,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="**Japan Labour Culture Foundation**"),
            Citation(
                source_id=RENGO_BROCHURE,
                quote="The foundation aims to support and improve workers' welfare activities",
            ),
            Citation(source_id=REF_ILEC_ENPEDIA, quote="日本労働文化財団"),
        ),
    ),
    Organization(
        id="jcp",
        name_en="Japanese Communist Party",
        abbreviation="JCP",
        aliases=("Japan Communist Party",),
        name_ja="日本共産党",
        kind=OrgKind.POLITICAL_PARTY,
        notes="The Jichirōren entry prints 'Japanese Communist Party', the Zenroren article 'Japan Communist Party'.",
        citations=(
            Citation(
                source_id=JICHIROREN_ENTRY, quote="the Japanese Communist Party (日本共産党, JCP)"
            ),
            Citation(
                source_id=ZENROREN_ARTICLE, quote="generally aligned with the Japan Communist Party"
            ),
        ),
    ),
    Organization(
        id="jec-rengo",
        name_en="Japan Federation of Energy and Chemistry Workers Unions",
        abbreviation="JEC RENGO",
        name_ja="日本化学エネルギー産業労働組合連合会",
        short_names_ja=("JEC連合",),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 15. JEC RENGO Japan Federation of Energy and Chemistry Workers Unions",
            ),
            Citation(source_id=REF_JEC_RENGO, quote="日本化学エネルギー産業労働組合連合会"),
            Citation(source_id=REF_JEC_RENGO, quote="JEC連合"),
        ),
    ),
    Organization(
        id="jichiro",
        name_en="All-Japan Prefectural and Municipal Workers Union",
        abbreviation="JICHIRO",
        name_ja="全日本自治団体労働組合",
        short_names_ja=("自治労",),
        readings_ja=("ぜんにほんじちだんたいろうどうくみあい", "じちろう"),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        notes="RENGO affiliate No. 02. Not a Jichirōren: distinct from JICHI ROREN (rengo-jichiroren, another RENGO affiliate) and from Zenrōren's Jichiroren (zenroren-jichiroren).",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 02. JICHIRO All-Japan Prefectural and Municipal Workers Union",
            ),
            Citation(source_id=REF_JICHIRO, quote="全日本自治団体労働組合"),
            Citation(source_id=REF_JICHIRO, quote="自治労"),
            Citation(source_id=REF_JICHIRO, quote="ぜんにほんじちだんたいろうどうくみあい"),
            Citation(source_id=REF_JICHIRO, quote="じちろう"),
        ),
    ),
    Organization(
        id="jidosha-soren",
        name_en="Confederation of Japan Automobile Workers' Unions (JAW)",
        abbreviation="JIDOSHA SOREN",
        aliases=("JAW",),
        name_ja="全日本自動車産業労働組合総連合会",
        short_names_ja=("自動車総連",),
        readings_ja=(
            "じどうしゃそうれん",
            "ぜんにほんじどうしゃさんぎょうろうどうくみあいそうれんごうかい",
        ),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 03. JIDOSHA SOREN Confederation of Japan Automobile Workers' Unions (JAW)",
            ),
            Citation(source_id=REF_JIDOSHA_SOREN, quote="全日本自動車産業労働組合総連合会"),
            Citation(source_id=REF_JIDOSHA_SOREN, quote="自動車総連"),
            Citation(source_id=REF_JIDOSHA_SOREN, quote="じどうしゃそうれん"),
            Citation(
                source_id=REF_JIDOSHA_SOREN_KOTOBANK,
                quote="ぜんにほんじどうしゃさんぎょうろうどうくみあいそうれんごうかい",
            ),
        ),
    ),
    Organization(
        id="jikosoren",
        name_en="All Japan Federation of Automobile Transport Workers' Unions",
        abbreviation="Jikosoren",
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        founded="1978",
        notes="Zenroren affiliate; distinct from RENGO's ZENJIKO ROREN.",
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| All Japan Federation of Automobile Transport Workers' Unions | Jikosoren | 1978 |",
            ),
        ),
    ),
    Organization(
        id="jilaf",
        name_en="Japan International Labour Foundation",
        abbreviation="JILAF",
        name_ja="国際労働財団",
        readings_ja=("こくさいろうどうざいだん", "ジラフ"),
        kind=OrgKind.FOUNDATION_OR_NGO,
        founded="1989-05",
        postal_code="101-0051",
        prefecture="Tokyo",
        address="5th Fl., Kinmei BLDG., 3-23-2 Kanda-jinbocho, Chiyoda-ku, Tokyo",
        phone="+81332884188",
        fax="+81332884155",
        websites=(
            "http://www.jilaf.or.jp/English-jilaf/index.html",
            "http://www.jilaf.or.jp/",
            "http://www.jilaf.or.jp/English-jilaf/",
        ),
        notes="An NGO and NPO set up by RENGO. Its programmes, as the JILAF profile lists them: inviting young union leaders from developing countries to Japan (about 100 a year; from 2003 also from industrialized countries), field projects initiated chiefly by unions abroad, overseas labour research missions and education programmes, and international seminars with ITUC-AP (ituc-ap).",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="**JILAF** [<English> http://www.jilaf.or.jp/English-jilaf/](http://www.jilaf.or.jp/English-jilaf/)",
            ),
            Citation(
                source_id=RENGO_BROCHURE,
                quote="The Japan International Labour Foundation was established by RENGO in May 1989",
            ),
            Citation(
                source_id=JILAF_PROFILE,
                quote="JILAF is an NGO (non-governmental organization) and NPO (non-profit organization) set up by RENGO in May 1989",
            ),
            Citation(
                source_id=JILAF_PROFILE,
                quote="Address 5th Fl., Kinmei BLDG., 3-23-2 Kanda-jinbocho, Chiyoda-ku, Tokyo 101-0051",
            ),
            Citation(
                source_id=JILAF_PROFILE,
                quote="the first is inviting young trade union leaders from developing countries to come to Japan",
            ),
            Citation(
                source_id=JILAF_PROFILE,
                quote="Approximately 100 union leaders are invited each year. Starting from 2003, invitation programs are expanded to cover industrialized countries",
            ),
            Citation(
                source_id=JILAF_PROFILE,
                quote='The second pillar is "field projects," in which the Foundation sending personnel or financing to assist in the operation of projects initiated principally by trade unions in those countries.',
            ),
            Citation(
                source_id=JILAF_PROFILE,
                quote="Thirdly, the Foundation conducts overseas labor research missions and provides education programs targeting at union leaders both overseas and in Japan.",
            ),
            Citation(
                source_id=JILAF_PROFILE,
                quote="It also organizes various international seminars in collaboration with ITUC-AP.",
            ),
            Citation(source_id=JILAF_PROFILE, quote="Telephone +81-3-3288-4188"),
            Citation(source_id=JILAF_PROFILE, quote="Facsimile +81-3-3288-4155"),
            Citation(
                source_id=JILAF_PROFILE,
                quote="Website http://www.jilaf.or.jp/English-jilaf/index.html (English) http://www.jilaf.or.jp/ (Japanese)",
            ),
            Citation(source_id=REF_JILAF, quote="国際労働財団"),
            Citation(source_id=REF_JILAF, quote="こくさいろうどうざいだん"),
            Citation(source_id=REF_JILAF, quote="ジラフ"),
        ),
    ),
    Organization(
        id="jmitu",
        name_en="Japan Metal Manufacturing, Information and Telecommunication Workers' Union",
        abbreviation="JMITU",
        name_ja="日本金属製造情報通信労働組合",
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        founded="2016",
        notes="Zenroren affiliate founded in 2016; distinct from JMIU, one of the unions merged into it.",
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| Japan Metal Manufacturing, Information and Telecommunication Workers' Union | JMITU | 2016 |",
            ),
            Citation(
                source_id=ZENROREN_ARTICLE, quote="| JMIU | 1989 | 2016 | Merged into JMITU |"
            ),
            Citation(source_id=REF_JMITU, quote="日本金属製造情報通信労働組合"),
        ),
    ),
    Organization(
        id="jmiu",
        name_en="All Japan Metal and Machinery Information Workers' Union",
        abbreviation="JMIU",
        name_ja="全日本金属情報機器労働組合",
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        founded="1989",
        dissolved="2016",
        notes="Former Zenroren affiliate, merged into JMITU (a separate record) in 2016.",
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| All Japan Metal and Machinery Information Workers' Union | JMIU | 1989 | 2016 | Merged into JMITU |",
            ),
            Citation(source_id=REF_JMITU_WIKIPEDIA, quote="全日本金属情報機器労働組合"),
        ),
    ),
    Organization(
        id="joho-roren",
        name_en="The Federation of Information and Communication Technology Service Workers of Japan",
        abbreviation="JOHO-ROREN",
        aliases=("JOHO ROREN",),
        name_ja="情報産業労働組合連合会",
        short_names_ja=("情報労連",),
        readings_ja=("じょうほうさんぎょうろうどうくみあいれんごうかい", "じょうほうろうれん"),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        notes="The affiliate list prints JOHO-ROREN, the officers list JOHO ROREN.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 11. JOHO-ROREN The Federation of Information and Communication Technology Service Workers of Japan",
            ),
            Citation(source_id=RENGO_BROCHURE, quote="Takao YASUNAGA, Mr. JOHO ROREN"),
            Citation(source_id=REF_JOHO_ROREN, quote="情報産業労働組合連合会"),
            Citation(source_id=REF_JOHO_ROREN, quote="情報労連"),
            Citation(
                source_id=REF_JOHO_ROREN, quote="じょうほうさんぎょうろうどうくみあいれんごうかい"
            ),
            Citation(source_id=REF_JOHO_ROREN, quote="じょうほうろうれん"),
        ),
    ),
    Organization(
        id="joint-study-group-new-industries",
        name_en="Joint Study Group for the Creation of New Industries and Employment",
        kind=OrgKind.CAMPAIGN_OR_COUNCIL,
        founded="1994-12",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote='1994** **July** "RENGO Forum on Policy and Politics" formed (274 policy makers attended) **December** "Joint Study Group for the Creation of New Industries and Employment" launched in collaboration with Nikkeiren',
            ),
        ),
    ),
    Organization(
        id="jp-rouso",
        name_en="Japan Postal Group Union",
        abbreviation="JP ROUSO",
        name_ja="日本郵政グループ労働組合",
        short_names_ja=("JP労組",),
        readings_ja=("にっぽんゆうせいグループろうどうくみあい", "ジェイピーろうそ"),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 07. JP ROUSO Japan Postal Group Union"),
            Citation(source_id=REF_JP_ROUSO, quote="日本郵政グループ労働組合"),
            Citation(source_id=REF_JP_ROUSO, quote="JP労組"),
            Citation(source_id=REF_JP_ROUSO, quote="にっぽんゆうせいグループろうどうくみあい"),
            Citation(source_id=REF_JP_ROUSO, quote="ジェイピーろうそ"),
        ),
    ),
    Organization(
        id="jptuc-rengo",
        name_en="Japanese Private Sector Trade Union Confederation",
        abbreviation="JPTUC-RENGO",
        name_ja="全日本民間労働組合連合会",
        short_names_ja=("民間連合", "全民労連"),
        kind=OrgKind.PRIVATE_SECTOR_COUNCIL,
        founded="1987",
        notes="The private-sector confederation inaugurated in 1987; distinct from RENGO, inaugurated later to unify private and public sector unions.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="1987** Japanese Private Sector Trade Union Confederation (JPTUC-RENGO) inaugurated, unifying private sector trade unions",
            ),
            Citation(
                source_id=RENGO_BROCHURE,
                quote="1989** Japanese Trade Union Confederation (RENGO) inaugurated, achieving the unification between private and public sector trade unions.",
            ),
            Citation(source_id=REF_RENGO_ENPEDIA, quote="全日本民間労働組合連合会"),
            Citation(source_id=REF_RENGO_ENPEDIA, quote="民間連合"),
            Citation(source_id=REF_RENGO_ENPEDIA, quote="全民労連"),
        ),
    ),
    Organization(
        id="jr-rengo",
        name_en="Japan Railway Trade Unions Confederation (JRTU)",
        abbreviation="JR RENGO",
        aliases=("JRTU",),
        name_ja="日本鉄道労働組合連合会",
        short_names_ja=("JR連合",),
        readings_ja=("にほんてつどうろうどうくみあいれんごうかい", "ジェイアールれんごう"),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 18. JR RENGO Japan Railway Trade Unions Confederation (JRTU)",
            ),
            Citation(source_id=REF_JR_RENGO, quote="日本鉄道労働組合連合会"),
            Citation(source_id=REF_JR_RENGO, quote="JR連合"),
            Citation(source_id=REF_JR_RENGO, quote="にほんてつどうろうどうくみあいれんごうかい"),
            Citation(source_id=REF_JR_RENGO, quote="ジェイアールれんごう"),
        ),
    ),
    Organization(
        id="jr-soren",
        name_en="Japan Confederation of Railway Workers' Unions (JRU)",
        abbreviation="JR SOREN",
        aliases=("JRU",),
        name_ja="全日本鉄道労働組合総連合会",
        short_names_ja=("JR総連",),
        readings_ja=("ぜんにほんてつどうろうどうくみあいそうれんごうかい", "ジェイアールそうれん"),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 27. JR SOREN Japan Confederation of Railway Workers' Unions (JRU)",
            ),
            Citation(source_id=REF_JR_SOREN, quote="全日本鉄道労働組合総連合会"),
            Citation(source_id=REF_JR_SOREN, quote="JR総連"),
            Citation(
                source_id=REF_JR_SOREN, quote="ぜんにほんてつどうろうどうくみあいそうれんごうかい"
            ),
            Citation(source_id=REF_JR_SOREN, quote="ジェイアールそうれん"),
        ),
    ),
    Organization(
        id="kaiin-kumiai",
        name_en="All Japan Seamen's Union (JSU)",
        abbreviation="KAIIN KUMIAI",
        aliases=("JSU",),
        name_ja="全日本海員組合",
        short_names_ja=("海員組合", "海員"),
        readings_ja=("ぜんにほんかいいんくみあい", "かいいん"),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 21. KAIIN KUMIAI All Japan Seamen's Union (JSU)",
            ),
            Citation(source_id=REF_KAIIN_KUMIAI, quote="全日本海員組合"),
            Citation(source_id=REF_KAIIN_KUMIAI, quote="海員組合"),
            Citation(source_id=REF_KAIIN_KUMIAI, quote="海員"),
            Citation(source_id=REF_KAIIN_KUMIAI, quote="ぜんにほんかいいんくみあい"),
            Citation(source_id=REF_KAIIN_KUMIAI, quote="かいいん"),
        ),
    ),
    Organization(
        id="kamipa-rengo",
        name_en="Japanese Federation of Pulp and Paper Workers' Unions",
        abbreviation="KAMIPA RENGO",
        name_ja="日本紙パルプ紙加工産業労働組合連合会",
        short_names_ja=("紙パ連合",),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 24. KAMIPA RENGO Japanese Federation of Pulp and Paper Workers' Unions",
            ),
            Citation(source_id=REF_KAMIPA_RENGO, quote="日本紙パルプ紙加工産業労働組合連合会"),
            Citation(source_id=REF_KAMIPA_RENGO, quote="紙パ連合"),
        ),
    ),
    Organization(
        id="kanagawa-wcf",
        name_en="Kanagawa Workers’ Collective Federation",
        kind=OrgKind.WORKERS_COLLECTIVE_FEDERATION,
        founded="1989-09",
        postal_code="231-0006",
        prefecture="Kanagawa",
        address="Ishibashi Build. 4F, 4-39 Minami-Nakadori, Naka-ku, Yokohama-shi, Kanagawa",
        phone="+81456624303",
        fax="+81456624306",
        notes="The source prints the phone number without the leading '+'; it is stored in E.164 form. Distinct from the national network WNJ. The page says the federation supports the workers' collectives active in Kanagawa: help with starting new businesses, lectures, training and consultation for its members, and public relations and advocacy; its objectives include driving the workers' collective movement forward, expanding the civil sector and establishing a 'participatory system'.",
        citations=(
            Citation(
                source_id=KANAGAWA_WCF_ABOUT, quote="About Kanagawa Workers’ Collective Federation"
            ),
            Citation(source_id=KANAGAWA_WCF_ABOUT, quote="Foundation September 1989"),
            Citation(
                source_id=KANAGAWA_WCF_ABOUT,
                quote="The Federation supports the workers’ collective groups that are active in Kanagawa",
            ),
            Citation(source_id=KANAGAWA_WCF_ABOUT, quote="Support for starting up new business"),
            Citation(
                source_id=KANAGAWA_WCF_ABOUT,
                quote="Lectures and training for taxes and organizational operations Consultation on business operations",
            ),
            Citation(source_id=KANAGAWA_WCF_ABOUT, quote="Public relations"),
            Citation(source_id=KANAGAWA_WCF_ABOUT, quote="Advocacy activities"),
            Citation(
                source_id=KANAGAWA_WCF_ABOUT,
                quote="Objectives * Drive forward the workers’ collective movement and develop businesses within the movements. * Expand and enhance the civil sector. * Establish a ‘participatory system’.",
            ),
            Citation(
                source_id=KANAGAWA_WCF_ABOUT,
                quote="Location Ishibashi Build. 4F, 4-39 Minami-Nakadori, Naka-ku, Yokohama-shi, Kanagawa 231-0006, Japan",
            ),
            Citation(
                source_id=KANAGAWA_WCF_ABOUT,
                quote="Phone: 81-(0)45-662-4303 /FAX: +81-(0)45-662-4306",
            ),
        ),
    ),
    Organization(
        id="kenkoro",
        name_en="All Japan Construction, Transport and General Workers' Union",
        abbreviation="Kenkoro",
        name_ja="全日本建設交運一般労働組合",
        short_names_ja=("建交労",),
        readings_ja=("ぜんにほんけんせつこううんいっぱんろうどうくみあい", "けんこうろう"),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        founded="1999",
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| All Japan Construction, Transport and General Workers' Union | Kenkoro | 1999 |",
            ),
            Citation(source_id=REF_KENKORO, quote="全日本建設交運一般労働組合"),
            Citation(source_id=REF_KENKORO, quote="建交労"),
            Citation(
                source_id=REF_KENKORO, quote="ぜんにほんけんせつこううんいっぱんろうどうくみあい"
            ),
            Citation(source_id=REF_KENKORO, quote="けんこうろう"),
        ),
    ),
    Organization(
        id="kenpo-caravan",
        name_en="Kenpō Caravan",
        kind=OrgKind.CAMPAIGN_OR_COUNCIL,
        notes="A campaign that Jichirōren proposed in 2007; the source does not say when it started, so founded is empty.",
        citations=(
            Citation(
                source_id=JICHIROREN_ENTRY,
                quote="In 2007, Jichirōren proposed to develop a nation-wide campaign for protection of the constitution, “Kenpō Caravan”, jointly with Zenrōren",
            ),
        ),
    ),
    Organization(
        id="kensuroren",
        name_en="National Federation of Ship Cargo Checkers' Unions",
        abbreviation="Kensuroren",
        short_names_ja=("検数労連",),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| National Federation of Ship Cargo Checkers' Unions | Kensuroren |",
            ),
            Citation(source_id=REF_KENSUROREN, quote="検数労連"),
        ),
    ),
    Organization(
        id="kikan-roren",
        name_en="Japan Federation of Basic Industry Workers' Unions (JBU)",
        abbreviation="KIKAN ROREN",
        aliases=("JBU",),
        name_ja="日本基幹産業労働組合連合会",
        short_names_ja=("基幹労連",),
        readings_ja=("にほんきかんさんぎょうろうどうくみあいれんごうかい", "きかんろうれん"),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 06. KIKAN ROREN Japan Federation of Basic Industry Workers' Unions (JBU)",
            ),
            Citation(source_id=REF_KIKAN_ROREN, quote="日本基幹産業労働組合連合会"),
            Citation(source_id=REF_KIKAN_ROREN, quote="基幹労連"),
            Citation(
                source_id=REF_KIKAN_ROREN,
                quote="にほんきかんさんぎょうろうどうくみあいれんごうかい",
            ),
            Citation(source_id=REF_KIKAN_ROREN, quote="きかんろうれん"),
        ),
    ),
    Organization(
        id="kinyuroren",
        name_en="National Federation of Finance Workers' Unions",
        abbreviation="Kinyuroren",
        short_names_ja=("金融労連",),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        founded="2006",
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| National Federation of Finance Workers' Unions | Kinyuroren | 2006 |",
            ),
            Citation(source_id=REF_KINYUROREN, quote="金融労連"),
        ),
    ),
    Organization(
        id="kokko-rengo",
        name_en="Japan Public Sector Union",
        abbreviation="KOKKO RENGO",
        name_ja="国公関連労働組合連合会",
        short_names_ja=("国公連合",),
        readings_ja=("こっこうかんれんろうどうくみあいれんごうかい", "こっこうれんごう"),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        notes="RENGO affiliate No. 17; distinct from Zenroren's Kokkororen.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE, quote="### 17. KOKKO RENGO Japan Public Sector Union"
            ),
            Citation(source_id=REF_KOKKO_RENGO, quote="国公関連労働組合連合会"),
            Citation(source_id=REF_KOKKO_RENGO, quote="国公連合"),
            Citation(
                source_id=REF_KOKKO_RENGO, quote="こっこうかんれんろうどうくみあいれんごうかい"
            ),
            Citation(source_id=REF_KOKKO_RENGO, quote="こっこうれんごう"),
        ),
    ),
    Organization(
        id="kokkororen",
        name_en="Japan Federation of National Public Service Employees' Unions",
        abbreviation="Kokkororen",
        name_ja="日本国家公務員労働組合連合会",
        short_names_ja=("国公労連",),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        founded="1975",
        notes="Zenroren affiliate; distinct from RENGO's KOKKO RENGO.",
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| Japan Federation of National Public Service Employees' Unions | Kokkororen | 1975 |",
            ),
            Citation(source_id=REF_KOKKOROREN, quote="日本国家公務員労働組合連合会"),
            Citation(source_id=REF_KOKKOROREN, quote="国公労連"),
        ),
    ),
    Organization(
        id="koku-rengo",
        name_en="Japan Federation of Aviation Industry Unions (JFAIU)",
        abbreviation="KOKU RENGO",
        aliases=("JFAIU",),
        name_ja="航空連合",
        readings_ja=("こうくうれんごう",),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 22. KOKU RENGO Japan Federation of Aviation Industry Unions (JFAIU)",
            ),
            Citation(source_id=REF_KOKU_RENGO, quote="航空連合"),
            Citation(source_id=REF_KOKU_RENGO, quote="こうくうれんごう"),
        ),
    ),
    Organization(
        id="kokumin-kyosai-coop",
        name_en="National Federation of Workers and Consumers Kyosai Cooperatives",
        abbreviation="Kokumin Kyosai co-op",
        name_ja="全国労働者共済生活協同組合連合会",
        short_names_ja=("こくみん共済 coop",),
        kind=OrgKind.COOPERATIVE,
        websites=("https://www.zenosai.coop/english/english.html",),
        notes="Rebranded from Zenosai (a separate record, linked by a succession).",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="**Kokumin Kyosai co-op** [<English> https://www.zenosai.coop/english/english.html](https://www.zenosai.coop/english/english.html)",
            ),
            Citation(
                source_id=RENGO_BROCHURE,
                quote="Kokumin Kyosai co-op stands for the National Federation of Workers and Consumers Kyosai Cooperatives, rebranded from Zenosai",
            ),
            Citation(source_id=REF_ROSAI_ROREN, quote="全国労働者共済生活協同組合連合会"),
            Citation(source_id=REF_ROSAI_ROREN, quote="こくみん共済 coop"),
        ),
    ),
    Organization(
        id="komeito",
        name_en="Komeito",
        kind=OrgKind.POLITICAL_PARTY,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE, quote="Coalition government of LDP and Komeito formed"
            ),
        ),
    ),
    Organization(
        id="kotsu-roren",
        name_en="Japan Federation of Transport Workers' Unions (JFT)",
        abbreviation="KOTSU ROREN",
        aliases=("JFT",),
        name_ja="全国交通運輸労働組合総連合",
        short_names_ja=("交通労連",),
        readings_ja=("こうつうろうれん",),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 20. KOTSU ROREN Japan Federation of Transport Workers' Unions (JFT)",
            ),
            Citation(source_id=REF_KOTSU_ROREN, quote="全国交通運輸労働組合総連合"),
            Citation(source_id=REF_KOTSU_ROREN, quote="交通労連"),
            Citation(source_id=REF_KOTSU_ROREN, quote="こうつうろうれん"),
        ),
    ),
    Organization(
        id="koun-domei",
        name_en="Japanese Confederation of Port and Transport Workers' Unions",
        abbreviation="KOUN DOMEI",
        name_ja="全日本港湾運輸労働組合同盟",
        short_names_ja=("港運同盟",),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 45. KOUN DOMEI Japanese Confederation of Port and Transport Workers' Unions",
            ),
            Citation(source_id=REF_KOUN_DOMEI, quote="全日本港湾運輸労働組合同盟"),
            Citation(source_id=REF_KOUN_DOMEI, quote="港運同盟"),
        ),
    ),
    Organization(
        id="labour-bank",
        name_en="Labour Bank",
        aliases=("Labour Banks",),
        kind=OrgKind.FINANCIAL_COOPERATIVE,
        founded="1950",
        websites=("http://all.rokin.or.jp/english/index.html",),
        notes="The Labour Banks as one body, as the brochure lists them. Distinct from ZEN ROKIN, the federation of Labour Bank workers' unions.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="**Labour Bank** [<English> http://all.rokin.or.jp/english/index.html](http://all.rokin.or.jp/english/index.html)",
            ),
            Citation(
                source_id=RENGO_BROCHURE,
                quote="Labour Banks, started in 1950, are financial cooperatives",
            ),
        ),
    ),
    Organization(
        id="ldp",
        name_en="Liberal Democratic Party",
        abbreviation="LDP",
        kind=OrgKind.POLITICAL_PARTY,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE, quote="Coalition government of LDP and Komeito formed"
            ),
            Citation(source_id=JICHIROREN_ENTRY, quote="under the LDP government"),
            Citation(
                source_id=JICHIROREN_ENTRY,
                quote="constitutional revision proposed by the Liberal Democratic Party",
            ),
        ),
    ),
    Organization(
        id="media-roren",
        name_en="Japan Federation of Media, Advertising, Motion picture, and Theater Labor Unions",
        abbreviation="MEDIA ROREN",
        name_ja="メディア・広告・映画演劇労働組合連合会",
        short_names_ja=("メディア労連",),
        readings_ja=(
            "メディア・こうこく・えいがえんげきろうどうくみあいれんごうかい",
            "メディアろうれん",
        ),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 33. MEDIA ROREN Japan Federation of Media, Advertising, Motion picture, and Theater Labor Unions",
            ),
            Citation(source_id=REF_MEDIA_ROREN, quote="メディア・広告・映画演劇労働組合連合会"),
            Citation(source_id=REF_MEDIA_ROREN, quote="メディア労連"),
            Citation(
                source_id=REF_MEDIA_ROREN,
                quote="メディア・こうこく・えいがえんげきろうどうくみあいれんごうかい",
            ),
            Citation(source_id=REF_MEDIA_ROREN, quote="メディアろうれん"),
        ),
    ),
    Organization(
        id="minpororen",
        name_en="Japan Federation of Commercial Broadcasting Workers' Unions",
        abbreviation="Minpororen",
        name_ja="日本民間放送労働組合連合会",
        short_names_ja=("民放労連",),
        readings_ja=("にほんみんかんほうそうろうどうくみあいれんごうかい",),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        founded="1953",
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| Japan Federation of Commercial Broadcasting Workers' Unions | Minpororen | 1953 |",
            ),
            Citation(source_id=REF_MINPOROREN, quote="日本民間放送労働組合連合会"),
            Citation(source_id=REF_MINPOROREN, quote="民放労連"),
            Citation(
                source_id=REF_MINPOROREN, quote="にほんみんかんほうそうろうどうくみあいれんごうかい"
            ),
        ),
    ),
    Organization(
        id="nenkinsha-kumia",
        name_en="All Japan Pensioners' Union",
        abbreviation="Nenkinsha-kumia",
        name_ja="全日本年金者組合",
        short_names_ja=("年金者組合",),
        readings_ja=("ぜんにほんねんきんしゃくみあい",),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        founded="1989",
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| All Japan Pensioners' Union | Nenkinsha-kumia | 1989 |",
            ),
            Citation(source_id=REF_NENKINSHA_KUMIA, quote="全日本年金者組合"),
            Citation(source_id=REF_NENKINSHA_KUMIA, quote="年金者組合"),
            Citation(source_id=REF_NENKINSHA_KUMIA, quote="ぜんにほんねんきんしゃくみあい"),
        ),
    ),
    Organization(
        id="nihoniroren",
        name_en="Japan Federation of Medical Workers' Unions",
        abbreviation="Nihoniroren",
        name_ja="日本医療労働組合連合会",
        short_names_ja=("日本医労連", "医労連"),
        readings_ja=("にほんいりょうろうどうくみあいれんごうかい",),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        founded="1957",
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| Japan Federation of Medical Workers' Unions | Nihoniroren | 1957 |",
            ),
            Citation(source_id=REF_NIHONIROREN, quote="日本医療労働組合連合会"),
            Citation(source_id=REF_NIHONIROREN, quote="日本医労連"),
            Citation(source_id=REF_NIHONIROREN, quote="医労連"),
            Citation(source_id=REF_NIHONIROREN, quote="にほんいりょうろうどうくみあいれんごうかい"),
        ),
    ),
    Organization(
        id="nikkeiren",
        name_en="Japan Federation of Employers' Associations",
        abbreviation="Nikkeiren",
        kind=OrgKind.EMPLOYERS_ORGANISATION,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="in collaboration with Nikkeiren (Japan Federation of Employers' Associations)",
            ),
        ),
    ),
    Organization(
        id="nikkenkyo",
        name_en="Council of Japan Construction Industry Employee's Unions",
        abbreviation="NIKKENKYO",
        name_ja="日本建設産業職員労働組合協議会",
        short_names_ja=("日建協",),
        readings_ja=("にっけんきょう",),
        kind=OrgKind.ASSOCIATED_ORGANISATION,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 47. NIKKENKYO Council of Japan Construction Industry Employee's Unions",
            ),
            Citation(source_id=REF_NIKKENKYO, quote="日本建設産業職員労働組合協議会"),
            Citation(source_id=REF_NIKKENKYO, quote="日建協"),
            Citation(source_id=REF_NIKKENKYO, quote="にっけんきょう"),
        ),
    ),
    Organization(
        id="nikkokyo",
        name_en="Japan Senior High School Teachers Union (JSTU)",
        abbreviation="NIKKOKYO",
        aliases=("JSTU",),
        name_ja="日本高等学校教職員組合",
        short_names_ja=("日高教",),
        readings_ja=("にほんこうとうがっこうきょうしょくいんくみあい", "にっこうきょう"),
        kind=OrgKind.ASSOCIATED_ORGANISATION,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 48. NIKKOKYO Japan Senior High School Teachers Union (JSTU)",
            ),
            Citation(source_id=REF_NIKKOKYO, quote="日本高等学校教職員組合"),
            Citation(source_id=REF_NIKKOKYO, quote="日高教"),
            Citation(
                source_id=REF_NIKKOKYO, quote="にほんこうとうがっこうきょうしょくいんくみあい"
            ),
            Citation(source_id=REF_NIKKOKYO, quote="にっこうきょう"),
        ),
    ),
    Organization(
        id="nikkyoso",
        name_en="Japan Teachers' Union (JTU)",
        abbreviation="NIKKYOSO",
        aliases=("JTU",),
        name_ja="日本教職員組合",
        short_names_ja=("日教組",),
        readings_ja=("にほんきょうしょくいんくみあい", "にっきょうそ"),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE, quote="### 09. NIKKYOSO Japan Teachers' Union (JTU)"
            ),
            Citation(source_id=REF_NIKKYOSO, quote="日本教職員組合"),
            Citation(source_id=REF_NIKKYOSO, quote="日教組"),
            Citation(source_id=REF_NIKKYOSO, quote="にほんきょうしょくいんくみあい"),
            Citation(source_id=REF_NIKKYOSO, quote="にっきょうそ"),
        ),
    ),
    Organization(
        id="rengo",
        name_en="Japanese Trade Union Confederation",
        abbreviation="RENGO",
        aliases=("Rengō", "Rengo", "RENGU", "RENO"),
        name_ja="日本労働組合総連合会",
        name_romaji="Nihon Rōdō Kumiai Sōrengōkai",
        short_names_ja=("連合",),
        readings_ja=("にっぽんろうどうくみあいそうれんごうかい", "れんごう"),
        kind=OrgKind.NATIONAL_CENTRE,
        founded="1989-11",
        postal_code="101-0062",
        prefecture="Tokyo",
        address="3-2-11 Kanda-Surugadai, Chiyoda-ku, Tokyo",
        phone="+81352950526",
        fax="+81352950548",
        email="jtuc-kokusai@sv.rengo-net.or.jp",
        websites=(
            "https://www.jtuc-rengo.or.jp",
            "https://www.jtuc-rengo.org",
            "https://www.facebook.com/jtuc.rengo/",
            "https://twitter.com/unionion",
            "https://line.me/R/ti/p/l0g8YztQbx",
        ),
        notes="The national centre inaugurated in November 1989. Not to be confused with its private-sector forerunner JPTUC-RENGO. 'RENGU' and 'RENO' are the brochure's misprints of RENGO.",
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="Japanese Trade Union Confederation(RENGO)"),
            Citation(
                source_id=RENGO_BROCHURE,
                quote="The Japanese Trade Union Confederation, RENGO, is a trade union national center in Japan",
            ),
            Citation(source_id=RENGO_BROCHURE, quote="Since its inception in 1989, RENGO"),
            Citation(
                source_id=RENGO_BROCHURE,
                quote="1989** **November** Japanese Trade Union Confederation (RENGO) inaugurated",
            ),
            Citation(
                source_id=RENGO_BROCHURE,
                quote="3-2-11 Kanda-Surugadai, Chiyoda-ku, Tokyo 101-0062 JAPAN",
            ),
            Citation(source_id=RENGO_BROCHURE, quote="**Tel** +81(0)3-5295-0526"),
            Citation(source_id=RENGO_BROCHURE, quote="**Fax** +81(0)3-5295-0548"),
            Citation(source_id=RENGO_BROCHURE, quote="**E-mail** jtuc-kokusai@sv.rengo-net.or.jp"),
            Citation(source_id=RENGO_BROCHURE, quote="Japanese: <https://www.jtuc-rengo.or.jp>"),
            Citation(source_id=RENGO_BROCHURE, quote="English: <https://www.jtuc-rengo.org>"),
            Citation(
                source_id=RENGO_BROCHURE,
                quote="RENGO Official Facebook Account <https://www.facebook.com/jtuc.rengo/>",
            ),
            Citation(
                source_id=RENGO_BROCHURE,
                quote="RENGO Official Twitter Account <https://twitter.com/unionion>",
            ),
            Citation(
                source_id=RENGO_BROCHURE,
                quote="RENGO Official LINE Account <https://line.me/R/ti/p/l0g8YztQbx>",
            ),
            Citation(
                source_id=RENGO_BROCHURE,
                quote="Rengo supported volunteer activities and fund-raising",
            ),
            Citation(source_id=RENGO_BROCHURE, quote="The society we RENO aim"),
            Citation(source_id=RENGO_BROCHURE, quote="RENGU has established new RENGU Vision"),
            Citation(source_id=JILAF_PROFILE, quote="set up by RENGO in May 1989"),
            Citation(
                source_id=JICHIROREN_ENTRY,
                quote="which is affiliated with a different national center, Rengō, is also shortly called",
            ),
            Citation(source_id=REF_RENGO, quote="日本労働組合総連合会"),
            Citation(source_id=REF_RENGO, quote="連合"),
            Citation(source_id=REF_RENGO, quote="にっぽんろうどうくみあいそうれんごうかい"),
            Citation(source_id=REF_RENGO, quote="れんごう"),
            Citation(source_id=REF_CRJAPAN_RENGO, quote="Nihon Rōdō Kumiai Sōrengōkai"),
        ),
    ),
    Organization(
        id="rengo-diet-members-council",
        name_en="RENGO Diet Members Council",
        kind=OrgKind.CAMPAIGN_OR_COUNCIL,
        founded="1991-09",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote='1991** **July** "National Campaign for Working Hour Reduction: Relaxation Caravan" **September** RENGO Diet Members Council launched with 141 Diet members',
            ),
        ),
    ),
    Organization(
        id="rengo-forum-policy-politics",
        name_en="RENGO Forum on Policy and Politics",
        kind=OrgKind.CAMPAIGN_OR_COUNCIL,
        founded="1994-07",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote='1994** **July** "RENGO Forum on Policy and Politics" formed (274 policy makers attended)',
            ),
        ),
    ),
    Organization(
        id="rengo-international-cooperation-center",
        name_en="RENGO International Cooperation Center",
        kind=OrgKind.OTHER,
        founded="1995-11",
        notes="The source says only that it was launched; it does not say what kind of body it is.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote='1995** **Jan.-Mar.** Support activities and fund-raising for victims of the Hanshin-Awaji Earthquake **October** RENGO held the 4th Biennial Convention **November** "RENGO International Cooperation Center" launched',
            ),
        ),
    ),
    Organization(
        id="rengo-jichiroren",
        name_en="National Federation of Prefectural and Municipal Workers' Unions",
        abbreviation="JICHI ROREN",
        aliases=("Jichirōren", "Rengō Jichirōren", "連合・自治労連"),
        name_ja="全国自治団体労働組合連合",
        name_romaji="Zenkoku Jichi Dantai Rōdō Kumiai Rengō",
        short_names_ja=("自治労連",),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        notes="RENGO affiliate No. 41, identified with the Rengō-affiliated Jichirōren of the Jichirōren entry. Distinct from Zenrōren's Jichirōren (zenroren-jichiroren) and from RENGO's JICHIRO (jichiro).",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 41. JICHI ROREN National Federation of Prefectural and Municipal Workers' Unions",
            ),
            Citation(
                source_id=JICHIROREN_ENTRY,
                quote="Another federation for unions of local government workers, Zenkoku Jichi Dantai Rōdō Kumiai Rengō (全国自治団体労働組合連合), which is affiliated with a different national center, Rengō, is also shortly called “Jichirōren” (自治労連).",
            ),
            Citation(
                source_id=JICHIROREN_ENTRY,
                quote="“Rengō Jichirōren” (for Zenkoku Jichi Dantai Rōdō Kumiai Rengō)",
            ),
            Citation(source_id=REF_CRJAPAN_JICHIROREN, quote="連合・自治労連"),
        ),
    ),
    Organization(
        id="rengo-locals",
        name_en="Local RENGOs",
        aliases=("RENGO locals", "RENGU locals"),
        kind=OrgKind.PREFECTURAL_OR_LOCAL_BODY,
        founded="1990-05",
        notes="The 47 prefectural RENGO locals, kept as one record; the sources name none of them singly.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote='1990** **January** "Labor Consultation Hotline" set up for workers in smaller businesses and part-time workers **May** Local RENGOs formed in all 47 prefectures',
            ),
            Citation(source_id=RENGO_BROCHURE, quote="there are 47 RENGO locals"),
            Citation(
                source_id=RENGO_BROCHURE,
                quote="RENGU headquarter, affiliated organizations, RENGU locals, and local councils",
            ),
            Citation(source_id=RENGO_BROCHURE, quote="47 Locals in 47 Prefectures (Regions)"),
        ),
    ),
    Organization(
        id="rengo-non-regular-employment-department",
        name_en="Department of Non-Regular Employment",
        kind=OrgKind.OTHER,
        founded="2007-10",
        notes="A department established at RENGO's headquarters (the HQ); the source says no more about it.",
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
    Organization(
        id="rengo-rials",
        name_en="RENGO Research Institute for Advancement of Living Standards",
        abbreviation="RENGO-RIALS",
        name_ja="連合総合生活開発研究所",
        short_names_ja=("連合総研",),
        readings_ja=("れんごうそうごうせいかつかいはつけんきゅうじょ",),
        kind=OrgKind.RESEARCH_INSTITUTE,
        founded="1987-12",
        websites=("http://rengo-socket.or.jp/english/",),
        notes="連合総研 is printed beside the acronym as a Japanese short name; the brochure gives no full Japanese name (the full name rests on a reference).",
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="**連合総研 RENGO-RIALS**"),
            Citation(
                source_id=RENGO_BROCHURE,
                quote="[<English> http://rengo-socket.or.jp/english/](http://rengo-socket.or.jp/english/)",
            ),
            Citation(
                source_id=RENGO_BROCHURE,
                quote="RENGO Research Institute for Advancement of Living Standards, the RENGO think-tank, started in December 1987",
            ),
            Citation(source_id=REF_RENGO_RIALS, quote="連合総合生活開発研究所"),
            Citation(source_id=REF_RENGO_RIALS, quote="連合総研"),
            Citation(
                source_id=REF_RENGO_RIALS, quote="れんごうそうごうせいかつかいはつけんきゅうじょ"
            ),
        ),
    ),
    Organization(
        id="rokyo-roren",
        name_en="Confederation of Labour Supply Trade Unions",
        abbreviation="ROKYO ROREN",
        name_ja="全国労供事業労働組合連合会",
        short_names_ja=("労供労連",),
        readings_ja=(
            "ぜんこくろうきょうじぎょうろうどうくみあいれんごうかい",
            "ろうきょうろうれん",
        ),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 39. ROKYO ROREN Confederation of Labour Supply Trade Unions",
            ),
            Citation(source_id=REF_ROKYO_ROREN, quote="全国労供事業労働組合連合会"),
            Citation(source_id=REF_ROKYO_ROREN, quote="労供労連"),
            Citation(
                source_id=REF_ROKYO_ROREN,
                quote="ぜんこくろうきょうじぎょうろうどうくみあいれんごうかい",
            ),
            Citation(source_id=REF_ROKYO_ROREN, quote="ろうきょうろうれん"),
        ),
    ),
    Organization(
        id="rosai-roren",
        name_en="Federation of ZENROSAI Trade Unions",
        abbreviation="ROSAI ROREN",
        name_ja="全国労済労働組合連合会",
        short_names_ja=("労済労連",),
        readings_ja=("ろうさいろうれん",),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 38. ROSAI ROREN Federation of ZENROSAI Trade Unions",
            ),
            Citation(source_id=REF_ROSAI_ROREN, quote="全国労済労働組合連合会"),
            Citation(source_id=REF_ROSAI_ROREN, quote="労済労連"),
            Citation(source_id=REF_ROSAI_ROREN, quote="ろうさいろうれん"),
        ),
    ),
    Organization(
        id="seiho-roren",
        name_en="National Federation of Life Insurance Workers' Unions",
        abbreviation="SEIHO ROREN",
        name_ja="全国生命保険労働組合連合会",
        short_names_ja=("生保労連",),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 08. SEIHO ROREN National Federation of Life Insurance Workers' Unions",
            ),
            Citation(source_id=REF_SEIHO_ROREN, quote="全国生命保険労働組合連合会"),
            Citation(source_id=REF_SEIHO_ROREN, quote="生保労連"),
        ),
    ),
    Organization(
        id="seikatsu-club",
        name_en="Seikatsu club cooperative association",
        aliases=("Seikatsu club",),
        kind=OrgKind.COOPERATIVE,
        citations=(
            Citation(
                source_id=KANAGAWA_WCF_ABOUT,
                quote="many activities of Seikatsu club cooperative association",
            ),
            Citation(source_id=KANAGAWA_WCF_ABOUT, quote="the outsourcing works by Seikatsu club"),
        ),
    ),
    Organization(
        id="seikyororen",
        name_en="National Federation of Consumers' Cooperatives Workers' Unions",
        abbreviation="Seikyororen",
        name_ja="全国生協労働組合連合会",
        short_names_ja=("生協労連",),
        readings_ja=("ぜんこくせいきょうろうどうくみあいれんごうかい", "せいきょうろうれん"),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        founded="1968",
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| National Federation of Consumers' Cooperatives Workers' Unions | Seikyororen | 1968 |",
            ),
            Citation(source_id=REF_SEIKYOROREN, quote="全国生協労働組合連合会"),
            Citation(source_id=REF_SEIKYOROREN, quote="生協労連"),
            Citation(
                source_id=REF_SEIKYOROREN, quote="ぜんこくせいきょうろうどうくみあいれんごうかい"
            ),
            Citation(source_id=REF_SEIKYOROREN, quote="せいきょうろうれん"),
        ),
    ),
    Organization(
        id="seisui-kaigi",
        name_en="Conference of Trade Unions for the Furtherance of Policies",
        abbreviation="SEISUI KAIGI",
        name_ja="政策推進労組会議",
        kind=OrgKind.CAMPAIGN_OR_COUNCIL,
        founded="1976",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="1976** A Conference of Trade Unions for the Furtherance of Policies (SEISUI KAIGI) formed by 16 industrial federations",
            ),
            Citation(source_id=REF_RENGO_ENPEDIA, quote="政策推進労組会議"),
        ),
    ),
    Organization(
        id="seni-sanro",
        name_en="Textile and Clothing Industries Workers' Union",
        abbreviation="Seni-sanro",
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| Textile and Clothing Industries Workers' Union | Seni-sanro |",
            ),
        ),
    ),
    Organization(
        id="service-rengo",
        name_en="Japan Federation of Service & Tourism Industries Workers' Unions",
        abbreviation="SERVICE RENGO",
        name_ja="サービス・ツーリズム産業労働組合連合会",
        short_names_ja=("サービス連合",),
        readings_ja=(
            "サービス・ツーリズムさんぎょうろうどうくみあいれんごうかい",
            "サービスれんごう",
        ),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 19. SERVICE RENGO Japan Federation of Service & Tourism Industries Workers' Unions",
            ),
            Citation(source_id=REF_SERVICE_RENGO, quote="サービス・ツーリズム産業労働組合連合会"),
            Citation(source_id=REF_SERVICE_RENGO, quote="サービス連合"),
            Citation(
                source_id=REF_SERVICE_RENGO,
                quote="サービス・ツーリズムさんぎょうろうどうくみあいれんごうかい",
            ),
            Citation(source_id=REF_SERVICE_RENGO, quote="サービスれんごう"),
        ),
    ),
    Organization(
        id="sharyorokyo",
        name_en="Federation of Rolling Stock Industry Workers' Unions",
        abbreviation="Sharyorokyo",
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        founded="1972",
        notes="Former Zenroren affiliate; the source gives no year or reason for leaving.",
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| Federation of Rolling Stock Industry Workers' Unions | Sharyorokyo | 1972 |",
            ),
        ),
    ),
    Organization(
        id="shin-sanbetsu",
        name_en="SHIN-SANBETSU",
        name_ja="全国産業別労働組合連合",
        short_names_ja=("新産別",),
        kind=OrgKind.TRADE_UNION_BODY,
        notes="Named only as a body whose private-sector unions JPTUC-RENGO unified; the source does not say what kind of body it is or give a longer name.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="unifying private sector trade unions of SOHYO, DOMEI, CHURITSU ROREN, SHIN-SANBETSU and other independent federations",
            ),
            Citation(source_id=REF_RENGO_MINIWIKI, quote="全国産業別労働組合連合"),
            Citation(source_id=REF_RENGO_MINIWIKI, quote="新産別"),
        ),
    ),
    Organization(
        id="shitetsu-soren",
        name_en="General Federation of Private Railway & Bus Workers' Unions of Japan",
        abbreviation="SHITETSU SOREN",
        name_ja="日本私鉄労働組合総連合会",
        short_names_ja=("私鉄総連",),
        readings_ja=("にほんしてつろうどうくみあいそうれんごうかい", "してつそうれん"),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 13. SHITETSU SOREN General Federation of Private Railway & Bus Workers' Unions of Japan",
            ),
            Citation(source_id=REF_SHITETSU_SOREN, quote="日本私鉄労働組合総連合会"),
            Citation(source_id=REF_SHITETSU_SOREN, quote="私鉄総連"),
            Citation(
                source_id=REF_SHITETSU_SOREN, quote="にほんしてつろうどうくみあいそうれんごうかい"
            ),
            Citation(source_id=REF_SHITETSU_SOREN, quote="してつそうれん"),
        ),
    ),
    Organization(
        id="sinrin-roren",
        name_en="Japanese Federation of Forest and Wood Workers Union",
        abbreviation="SINRIN ROREN",
        name_ja="全日本森林林業木材関連産業労働組合連合会",
        short_names_ja=("森林労連",),
        readings_ja=(
            "ぜんにほんしんりんりんぎょうもくざいかんれんさんぎょうろうどうくみあいれんごうかい",
            "しんりんろうれん",
        ),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 37. SINRIN ROREN Japanese Federation of Forest and Wood Workers Union",
            ),
            Citation(source_id=REF_SINRIN_ROREN, quote="全日本森林林業木材関連産業労働組合連合会"),
            Citation(source_id=REF_SINRIN_ROREN, quote="森林労連"),
            Citation(
                source_id=REF_SINRIN_ROREN,
                quote="ぜんにほんしんりんりんぎょうもくざいかんれんさんぎょうろうどうくみあいれんごうかい",
            ),
            Citation(source_id=REF_SINRIN_ROREN, quote="しんりんろうれん"),
        ),
    ),
    Organization(
        id="sohyo",
        name_en="SOHYO",
        name_ja="日本労働組合総評議会",
        short_names_ja=("総評",),
        kind=OrgKind.TRADE_UNION_BODY,
        notes="Named only as a body whose private-sector unions JPTUC-RENGO unified; the source does not say what kind of body it is or give a longer name.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="unifying private sector trade unions of SOHYO, DOMEI, CHURITSU ROREN, SHIN-SANBETSU and other independent federations",
            ),
            Citation(source_id=REF_RENGO_MINIWIKI, quote="日本労働組合総評議会"),
            Citation(source_id=REF_RENGO_MINIWIKI, quote="総評"),
        ),
    ),
    Organization(
        id="sonpo-roren",
        name_en="Federation of Non-Life Insurance Workers' Unions of Japan (FNIU)",
        abbreviation="SONPO ROREN",
        aliases=("FNIU",),
        name_ja="損害保険労働組合連合会",
        short_names_ja=("損保労連",),
        readings_ja=("そんぽろうれん",),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 16. SONPO ROREN Federation of Non-Life Insurance Workers' Unions of Japan (FNIU)",
            ),
            Citation(source_id=REF_SONPO_ROREN, quote="損害保険労働組合連合会"),
            Citation(source_id=REF_SONPO_ROREN, quote="損保労連"),
            Citation(source_id=REF_SONPO_ROREN, quote="そんぽろうれん"),
        ),
    ),
    Organization(
        id="taishokusha-rengo",
        name_en="Japanese Confederation of Retired Persons(JCRP)",
        abbreviation="Taishokusha-RENGO",
        aliases=("JCRP", "日本高齢・退職者団体連合"),
        name_ja="日本退職者連合",
        short_names_ja=("退職者連合",),
        readings_ja=("にほんたいしょくしゃれんごう",),
        kind=OrgKind.PENSIONERS_ORGANISATION,
        founded="1991",
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="**Taishokusha-RENGO**"),
            Citation(
                source_id=RENGO_BROCHURE,
                quote="Japanese Confederation of Retired Persons(JCRP), founded in 1991",
            ),
            Citation(source_id=REF_TAISHOKUSHA_RENGO, quote="日本退職者連合"),
            Citation(source_id=REF_TAISHOKUSHA_RENGO, quote="退職者連合"),
            Citation(source_id=REF_TAISHOKUSHA_RENGO, quote="日本高齢・退職者団体連合"),
            Citation(source_id=REF_TAISHOKUSHA_RENGO, quote="にほんたいしょくしゃれんごう"),
        ),
    ),
    Organization(
        id="tokushuhojin-roren",
        name_en="Liaison Council of Labor Unions in Public Corporations",
        abbreviation="Tokushuhojin-roren",
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| Liaison Council of Labor Unions in Public Corporations | Tokushuhojin-roren |",
            ),
        ),
    ),
    Organization(
        id="tokyo-jichiroren",
        name_en="Tokyo Jichitai Rōdō Kumiai Sōrengō",
        aliases=("Jichirōren Tokyo",),
        name_ja="東京自治体労働組合総連合",
        name_romaji="Tokyo Jichitai Rōdō Kumiai Sōrengō",
        kind=OrgKind.PREFECTURAL_OR_LOCAL_BODY,
        notes="A Tokyo federation associated with Zenrōren's Jichirōren (zenroren-jichiroren), from which it is distinct. The source gives no English name, so name_en is its romanised name.",
        citations=(
            Citation(
                source_id=JICHIROREN_ENTRY,
                quote="Tokyo Jichitai Rōdō Kumiai Sōrengō [Jichirōren Tokyo]",
            ),
            Citation(
                source_id=JICHIROREN_ENTRY,
                quote="Tokyo Jichitai Rōdō Kumiai Sōrengō (東京自治体労働組合総連合) has opposed constitutional revision",
            ),
            Citation(
                source_id=JICHIROREN_ENTRY,
                quote="Associated with Nihon Jichitai Rōdō Kumiai Sōrengō (日本自治体労働組合総連合)",
            ),
        ),
    ),
    Organization(
        id="tokyo-jichiroren-anti-revision-hq",
        name_en="anti-constitutional corruption department",
        name_ja="東京自治労連憲法改悪阻止闘争本部",
        kind=OrgKind.CAMPAIGN_OR_COUNCIL,
        founded="2015-05",
        notes="Set up by Tokyo Jichirōren (tokyo-jichiroren) against the 2015 security bills. name_en is the source's own English rendering of the Japanese name.",
        citations=(
            Citation(
                source_id=JICHIROREN_ENTRY,
                quote="In 2015, protesting the security bills, this association established an anti-constitutional corruption department (東京自治労連憲法改悪阻止闘争本部) in May",
            ),
        ),
    ),
    Organization(
        id="tsushinroso",
        name_en="Telecommunication Workers' Union",
        abbreviation="Tsushinroso",
        name_ja="通信産業労働組合",
        short_names_ja=("通産労", "通信労組"),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        founded="1989",
        dissolved="2016",
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| Telecommunication Workers' Union | Tsushinroso | 1989 | 2016 | Merged into JMITU |",
            ),
            Citation(source_id=REF_JMITU_WIKIPEDIA, quote="通信産業労働組合"),
            Citation(source_id=REF_JMITU_WIKIPEDIA, quote="通産労"),
            Citation(source_id=REF_JMITU_WIKIPEDIA, quote="通信労組"),
        ),
    ),
    Organization(
        id="ua-zensen",
        name_en="The Japanese Federation of Textile, Chemical, Food, Commercial, Service, and General Worker's Unions",
        abbreviation="UA ZENSEN",
        name_ja="全国繊維化学食品流通サービス一般労働組合同盟",
        short_names_ja=("UAゼンセン",),
        readings_ja=("ユーエーゼンセン",),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 01. UA ZENSEN The Japanese Federation of Textile, Chemical, Food, Commercial, Service, and General Worker's Unions",
            ),
            Citation(source_id=REF_UA_ZENSEN, quote="全国繊維化学食品流通サービス一般労働組合同盟"),
            Citation(source_id=REF_UA_ZENSEN, quote="UAゼンセン"),
            Citation(source_id=REF_UA_ZENSEN, quote="ユーエーゼンセン"),
        ),
    ),
    Organization(
        id="unification-preparatory-committee",
        name_en="Preparatory Committee for the Unification of Laborers",
        name_ja="労働戦線統一準備会",
        kind=OrgKind.PRIVATE_SECTOR_COUNCIL,
        founded="1981",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote='1981** A private sector-based "Preparatory Committee for the Unification of Laborers" formed by 39 industrial federations',
            ),
            Citation(source_id=REF_RENGO_ENPEDIA, quote="労働戦線統一準備会"),
        ),
    ),
    Organization(
        id="unyu-roren",
        name_en="All Japan Federation of Transport Workers' Unions",
        abbreviation="UNYU ROREN",
        name_ja="全日本運輸産業労働組合連合会",
        short_names_ja=("運輸労連",),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 12. UNYU ROREN All Japan Federation of Transport Workers' Unions",
            ),
            Citation(source_id=REF_UNYU_ROREN, quote="全日本運輸産業労働組合連合会"),
            Citation(source_id=REF_UNYU_ROREN, quote="運輸労連"),
        ),
    ),
    Organization(
        id="unyuippan",
        name_en="All Japan Transport and General Workers' Union",
        abbreviation="Unyuippan",
        name_ja="全日本運輸一般労働組合",
        short_names_ja=("運輸一般",),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        founded="1946",
        dissolved="1999",
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| All Japan Transport and General Workers' Union | Unyuippan | 1946 | 1999 | Merged into Kenkoro |",
            ),
            Citation(source_id=REF_KENKORO, quote="全日本運輸一般労働組合"),
            Citation(source_id=REF_KENKORO, quote="運輸一般"),
        ),
    ),
    Organization(
        id="wnj",
        name_en="Workers’ Collective Network Japan",
        abbreviation="WNJ",
        kind=OrgKind.NETWORK,
        founded="1995",
        notes="The national network of workers' collective organisations; distinct from the Kanagawa federation.",
        citations=(
            Citation(
                source_id=KANAGAWA_WCF_ABOUT,
                quote="In 1995, Workers’ Collective Network Japan (WNJ) was established as a national organization.",
            ),
        ),
    ),
    Organization(
        id="worknet",
        name_en="WORKNET Co. Ltd.",
        kind=OrgKind.COMPANY,
        founded="2000-11",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="2000** **Jan.-Mar.** Petition drive of 10 million signatures calling for pension reform, the reduction of healthcare costs and job creation **November** WORKNET Co. Ltd. established, a RENGO-funded corporation offering job placement and worker-dispatch services",
            ),
        ),
    ),
    Organization(
        id="yusanro",
        name_en="Postal Industry Workers' Union",
        abbreviation="Yusanro",
        aliases=("郵政産業労働組合",),
        name_ja="郵政産業労働者ユニオン",
        short_names_ja=("郵政ユニオン", "郵産労"),
        readings_ja=("ゆうせいさんぎょうろうどうしゃユニオン", "ゆうせいユニオン"),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        founded="2012",
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| Postal Industry Workers' Union | Yusanro | 2012 |",
            ),
            Citation(source_id=REF_YUSANRO, quote="郵政産業労働者ユニオン"),
            Citation(source_id=REF_YUSANRO, quote="郵政ユニオン"),
            Citation(source_id=REF_YUSANRO, quote="郵政産業労働組合"),
            Citation(source_id=REF_YUSANRO, quote="郵産労"),
            Citation(source_id=REF_YUSANRO, quote="ゆうせいさんぎょうろうどうしゃユニオン"),
            Citation(source_id=REF_YUSANRO, quote="ゆうせいユニオン"),
        ),
    ),
    Organization(
        id="zen-densen",
        name_en="Japan Federation of Electric Wire Workers' Unions (JEWU)",
        abbreviation="ZEN DENSEN",
        aliases=("JEWU",),
        name_ja="全日本電線関連産業労働組合連合会",
        short_names_ja=("全電線",),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 25. ZEN DENSEN Japan Federation of Electric Wire Workers' Unions (JEWU)",
            ),
            Citation(source_id=REF_ZEN_DENSEN, quote="全日本電線関連産業労働組合連合会"),
            Citation(source_id=REF_ZEN_DENSEN, quote="全電線"),
        ),
    ),
    Organization(
        id="zen-insatsu",
        name_en="All Printing Bureau Labour Union",
        abbreviation="ZEN INSATSU",
        name_ja="全印刷局労働組合",
        short_names_ja=("全印刷",),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 40. ZEN INSATSU All Printing Bureau Labour Union",
            ),
            Citation(source_id=REF_ZEN_INSATSU, quote="全印刷局労働組合"),
            Citation(source_id=REF_ZEN_INSATSU, quote="全印刷"),
        ),
    ),
    Organization(
        id="zen-rokin",
        name_en="Federation of Labour Bank Workers Unions of Japan",
        abbreviation="ZEN ROKIN",
        name_ja="全国労働金庫労働組合連合会",
        short_names_ja=("全労金",),
        readings_ja=("ぜんこくろうどうきんころうどうくみあいれんごうかい", "ぜんろうきん"),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        notes="The federation of Labour Bank workers' unions; distinct from the Labour Bank itself.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 35. ZEN ROKIN Federation of Labour Bank Workers Unions of Japan",
            ),
            Citation(source_id=REF_ZEN_ROKIN, quote="全国労働金庫労働組合連合会"),
            Citation(source_id=REF_ZEN_ROKIN, quote="全労金"),
            Citation(
                source_id=REF_ZEN_ROKIN, quote="ぜんこくろうどうきんころうどうくみあいれんごうかい"
            ),
            Citation(source_id=REF_ZEN_ROKIN, quote="ぜんろうきん"),
        ),
    ),
    Organization(
        id="zen-suido",
        name_en="All-Japan Water Supply Workers' Union",
        abbreviation="ZEN SUIDO",
        name_ja="全日本水道労働組合",
        short_names_ja=("全水道",),
        readings_ja=("ぜんにほんすいどうろうどうくみあい", "ぜんすいどう"),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 30. ZEN SUIDO All-Japan Water Supply Workers' Union",
            ),
            Citation(source_id=REF_ZEN_SUIDO, quote="全日本水道労働組合"),
            Citation(source_id=REF_ZEN_SUIDO, quote="全水道"),
            Citation(source_id=REF_ZEN_SUIDO, quote="ぜんにほんすいどうろうどうくみあい"),
            Citation(source_id=REF_ZEN_SUIDO, quote="ぜんすいどう"),
        ),
    ),
    Organization(
        id="zen-zohei",
        name_en="All Mint Labour Union",
        abbreviation="ZEN ZOHEI",
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        citations=(
            Citation(source_id=RENGO_BROCHURE, quote="### 46. ZEN ZOHEI All Mint Labour Union"),
        ),
    ),
    Organization(
        id="zendoro",
        name_en="All Japan National Railway Locomotive Engineers' Union",
        abbreviation="Zendoro",
        name_ja="全国鉄動力車労働組合",
        short_names_ja=("全動労",),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        founded="1974",
        dissolved="1999",
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| All Japan National Railway Locomotive Engineers' Union | Zendoro | 1974 | 1999 | Merged into Kenkoro |",
            ),
            Citation(source_id=REF_KENKORO, quote="全国鉄動力車労働組合"),
            Citation(source_id=REF_KENKORO, quote="全動労"),
        ),
    ),
    Organization(
        id="zengin-rengo",
        name_en="All Japan Federative Council of Bank Labours' Unions",
        abbreviation="ZENGIN RENGO",
        name_ja="全国銀行員組合連合会議",
        short_names_ja=("全銀連合",),
        readings_ja=("ぜんこくぎんこういんくみあいれんごうかいぎ", "ぜんぎんれんごう"),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 31. ZENGIN RENGO All Japan Federative Council of Bank Labours' Unions",
            ),
            Citation(source_id=REF_ZENGIN_RENGO, quote="全国銀行員組合連合会議"),
            Citation(source_id=REF_ZENGIN_RENGO, quote="全銀連合"),
            Citation(
                source_id=REF_ZENGIN_RENGO, quote="ぜんこくぎんこういんくみあいれんごうかいぎ"
            ),
            Citation(source_id=REF_ZENGIN_RENGO, quote="ぜんぎんれんごう"),
        ),
    ),
    Organization(
        id="zeninsoren",
        name_en="General Federation of Japan Printing and Publishing Workers' Unions",
        abbreviation="Zeninsoren",
        name_ja="全国印刷出版産業労働組合総連合会",
        short_names_ja=("全印総連",),
        readings_ja=("ぜんこくいんさつしゅっぱんさんぎょうろうどうくみあいそうれんごうかい",),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        founded="1953",
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| General Federation of Japan Printing and Publishing Workers' Unions | Zeninsoren | 1953 |",
            ),
            Citation(source_id=REF_ZENINSOREN, quote="全国印刷出版産業労働組合総連合会"),
            Citation(source_id=REF_ZENINSOREN, quote="全印総連"),
            Citation(
                source_id=REF_ZENINSOREN,
                quote="ぜんこくいんさつしゅっぱんさんぎょうろうどうくみあいそうれんごうかい",
            ),
        ),
    ),
    Organization(
        id="zenjiko-roren",
        name_en="National Federation of Automobile Transport Workers Unions",
        abbreviation="ZENJIKO ROREN",
        name_ja="全国自動車交通労働組合連合会",
        short_names_ja=("全自交労連",),
        readings_ja=(
            "ぜんこくじどうしゃこうつうろうどうくみあいれんごうかい",
            "ぜんじこうろうれん",
        ),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        notes="RENGO affiliate No. 34; distinct from Zenroren's Jikosoren.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 34. ZENJIKO ROREN National Federation of Automobile Transport Workers Unions",
            ),
            Citation(source_id=REF_ZENJIKO_ROREN, quote="全国自動車交通労働組合連合会"),
            Citation(source_id=REF_ZENJIKO_ROREN, quote="全自交労連"),
            Citation(
                source_id=REF_ZENJIKO_ROREN,
                quote="ぜんこくじどうしゃこうつうろうどうくみあいれんごうかい",
            ),
            Citation(source_id=REF_ZENJIKO_ROREN, quote="ぜんじこうろうれん"),
        ),
    ),
    Organization(
        id="zenkoku-gas",
        name_en="The Federation of Gas Workers' Unions of Japan",
        abbreviation="ZENKOKU GAS",
        name_ja="全国ガス労働組合連合会",
        short_names_ja=("全国ガス",),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 26. ZENKOKU GAS The Federation of Gas Workers' Unions of Japan",
            ),
            Citation(source_id=REF_ZENKOKU_GAS, quote="全国ガス労働組合連合会"),
            Citation(source_id=REF_ZENKOKU_GAS, quote="全国ガス"),
        ),
    ),
    Organization(
        id="zenkoku-keiba-rengo",
        name_en="National Federation of Horse-racing Workers",
        abbreviation="ZENKOKU KEIBA RENGO",
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 43. ZENKOKU KEIBA RENGO National Federation of Horse-racing Workers",
            ),
        ),
    ),
    Organization(
        id="zenkoku-nodanro",
        name_en="National Federation of Agricultural, Forestry and Fishery",
        abbreviation="ZENKOKU NODANRO",
        short_names_ja=("全国農団労",),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        notes="The name is printed as it stands in the source, apparently cut short.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 32. ZENKOKU NODANRO National Federation of Agricultural, Forestry and Fishery",
            ),
            Citation(source_id=REF_ZENKOKU_NODANRO, quote="全国農団労"),
        ),
    ),
    Organization(
        id="zenkoku-union",
        name_en="Japan Community Workers Union Federation",
        abbreviation="ZENKOKU UNION",
        name_ja="全国コミュニティ・ユニオン連合会",
        short_names_ja=("全国ユニオン",),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="### 42. ZENKOKU UNION Japan Community Workers Union Federation",
            ),
            Citation(source_id=REF_ZENKOKU_UNION, quote="全国コミュニティ・ユニオン連合会"),
            Citation(source_id=REF_ZENKOKU_UNION, quote="全国ユニオン"),
        ),
    ),
    Organization(
        id="zenkyo",
        name_en="All Japan Federation of Teachers' and Staff Unions",
        abbreviation="Zenkyo",
        name_ja="全日本教職員組合",
        short_names_ja=("全教",),
        readings_ja=("ぜんにほんきょうしょくいんくみあい", "ぜんきょう"),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        founded="1991",
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| All Japan Federation of Teachers' and Staff Unions | Zenkyo | 1991 |",
            ),
            Citation(source_id=REF_ZENKYO, quote="全日本教職員組合"),
            Citation(source_id=REF_ZENKYO, quote="全教"),
            Citation(source_id=REF_ZENKYO, quote="ぜんにほんきょうしょくいんくみあい"),
            Citation(source_id=REF_ZENKYO, quote="ぜんきょう"),
        ),
    ),
    Organization(
        id="zenmin-rokyo",
        name_en="National Council of Trade Unions in the Private Sector",
        abbreviation="ZENMIN ROKYO",
        name_ja="全日本民間労働組合協議会",
        short_names_ja=("全民労協",),
        kind=OrgKind.PRIVATE_SECTOR_COUNCIL,
        founded="1982",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="1982** National Council of Trade Unions in the Private Sector (ZENMIN ROKYO) formed by 41 industrial federations",
            ),
            Citation(source_id=REF_RENGO_ENPEDIA, quote="全日本民間労働組合協議会"),
            Citation(source_id=REF_RENGO_ENPEDIA, quote="全民労協"),
        ),
    ),
    Organization(
        id="zennichijiro",
        name_en="Construction and Rural and General Workers' Union",
        abbreviation="Zennichijiro",
        name_ja="全日自労建設農林一般労働組合",
        short_names_ja=("全日自労",),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        founded="1947",
        dissolved="1999",
        notes="Former Zenroren affiliate that merged into Kenkoro in 1999; Zennokyororen had merged into it.",
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| Construction and Rural and General Workers' Union | Zennichijiro | 1947 | 1999 | Merged into Kenkoro |",
            ),
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| Zennokyororen | 1956 | 1991 | Merged into Zennichijiro |",
            ),
            Citation(source_id=REF_ZENNICHIJIRO, quote="全日自労建設農林一般労働組合"),
            Citation(source_id=REF_ZENNICHIJIRO, quote="全日自労"),
        ),
    ),
    Organization(
        id="zennokyororen",
        name_en="National Federation of Agricultural Mutual Aid Societies Employees' Unions",
        abbreviation="Zennokyororen",
        name_ja="全国農業協同組合労働組合連合会",
        short_names_ja=("全農協労連",),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        founded="1956",
        dissolved="1991",
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| National Federation of Agricultural Mutual Aid Societies Employees' Unions | Zennokyororen | 1956 | 1991 | Merged into Zennichijiro |",
            ),
            Citation(source_id=REF_ZENNOKYOROREN_TOPICS, quote="全国農業協同組合労働組合連合会"),
            Citation(source_id=REF_ZENNOKYOROREN, quote="全農協労連"),
        ),
    ),
    Organization(
        id="zenosai",
        name_en="Zenosai",
        short_names_ja=("全労済",),
        kind=OrgKind.COOPERATIVE,
        notes="The name the Kokumin Kyosai co-op was rebranded from; the source gives no date.",
        citations=(
            Citation(
                source_id=RENGO_BROCHURE,
                quote="Kokumin Kyosai co-op stands for the National Federation of Workers and Consumers Kyosai Cooperatives, rebranded from Zenosai",
            ),
            Citation(source_id=REF_ROSAI_ROREN, quote="全労済"),
        ),
    ),
    Organization(
        id="zenrokyo",
        name_en="National Trade Union Council",
        aliases=("Zenrōkyō",),
        name_ja="全国労働組合連絡協議会",
        name_romaji="Zenkoku Rōdōkumiai Renraku Kyōgi-kai",
        short_names_ja=("全労協",),
        readings_ja=("ぜんこくろうどうくみあいれんらくきょうぎかい",),
        kind=OrgKind.NATIONAL_CENTRE,
        notes="Recorded with its names and kind only, so that 全労協 and Zenrōkyō find this body and never Zenroren (全労連); no seed mentions it.",
        citations=(
            Citation(source_id=REF_ZENROKYO, quote="全国労働組合連絡協議会"),
            Citation(source_id=REF_ZENROKYO, quote="全労協"),
            Citation(source_id=REF_ZENROKYO, quote="ぜんこくろうどうくみあいれんらくきょうぎかい"),
            Citation(source_id=REF_ZENROKYO_EN, quote="National Trade Union Council"),
            Citation(source_id=REF_ZENROKYO_EN, quote="Zenkoku Rōdōkumiai Renraku Kyōgi-kai"),
            Citation(source_id=REF_ZENROKYO_EN, quote="Zenrōkyō"),
        ),
    ),
    Organization(
        id="zenroren",
        name_en="National Confederation of Trade Unions",
        abbreviation="Zenroren",
        name_ja="全国労働組合総連合",
        name_romaji="Zenrōren",
        short_names_ja=("全労連",),
        readings_ja=("ぜんこくろうどうくみあいそうれんごう", "ぜんろうれん"),
        kind=OrgKind.NATIONAL_CENTRE,
        founded="1989-11-21",
        prefecture="Tokyo",
        address="4F, 2-4-4, Yushima, Bunkyo, Tokyo",
        notes="The national centre founded in 1989. The Jichirōren entry's sentence applying “Zenrōren” to the larger Jichirōren federation is not taken as a name of zenroren-jichiroren (erratum jichiroren-entry-zenroren-for-larger-organization); 'Zenrōren' names only this national centre. The Zenroren article says it belongs to no political party but is generally aligned with the Japan Communist Party (jcp); the Jichirōren entry says it has worked closely with the JCP.",
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="= Zenroren = National Confederation of Trade Unions",
            ),
            Citation(source_id=ZENROREN_ARTICLE, quote="is a national trade union center."),
            Citation(source_id=ZENROREN_ARTICLE, quote="- Founded: November 21, 1989"),
            Citation(
                source_id=ZENROREN_ARTICLE, quote="Zenroren was founded on November 21, 1989."
            ),
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="- Headquarters: 4F, 2-4-4, Yushima, Bunkyo, Tokyo",
            ),
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="Zenroren is not affiliated to any political party, but is generally aligned with the Japan Communist Party.",
            ),
            Citation(
                source_id=JICHIROREN_ENTRY,
                quote="Zenrōren (全労連), which has worked closely with the Japanese Communist Party",
            ),
            Citation(
                source_id=JICHIROREN_ENTRY,
                quote="this group is affiliated with a national center, Zenrōren (全労連)",
            ),
            Citation(
                source_id=JICHIROREN_ENTRY,
                quote="Associated with Nihon Jichitai Rōdō Kumiai Sōrengō (日本自治体労働組合総連合) and Zenrōren (全労連)",
            ),
            Citation(source_id=REF_ZENROREN, quote="全国労働組合総連合"),
            Citation(source_id=REF_ZENROREN, quote="全労連"),
            Citation(source_id=REF_ZENROREN, quote="ぜんこくろうどうくみあいそうれんごう"),
            Citation(source_id=REF_ZENROREN, quote="ぜんろうれん"),
        ),
    ),
    Organization(
        id="zenroren-jichiroren",
        name_en="Japan Federation of Prefectural and Municipal Workers' Unions",
        abbreviation="Jichiroren",
        aliases=("Jichirōren", "Zenrōren Jichirōren", "Jichrōren", "全労連・自治労連"),
        name_ja="日本自治体労働組合総連合",
        name_romaji="Nihon Jichitai Rōdō Kumiai Sōrengō",
        short_names_ja=("自治労連",),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        founded="1989",
        notes="Zenrōren's federation of local government workers' unions (1989). Also called Jichirōren, like RENGO's JICHI ROREN (rengo-jichiroren), from which it is distinct; the Jichirōren entry calls it the larger of the two. Not RENGO's JICHIRO and not Tokyo Jichirōren (tokyo-jichiroren). 'Jichrōren' is a misprint in the Jichirōren entry. The entry writes the shared short name Jichirōren as 自治労連 (\"also shortly called\"), so 自治労連 is an alias of both federations. The entry says it opposes constitutional revision, together with Zenrōren and groups such as the Article 9 Association (article-9-association), and opposes neo-liberal structural reform of local governance under the LDP government.",
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| Japan Federation of Prefectural and Municipal Workers' Unions | Jichiroren | 1989 |",
            ),
            Citation(
                source_id=JICHIROREN_ENTRY,
                quote="Nihon Jichitai Rōdō Kumiai Sōrengō (日本自治体労働組合総連合, abbreviated Jichirōren) was formed in 1989 as a federation for unions of local government workers",
            ),
            Citation(
                source_id=JICHIROREN_ENTRY,
                quote="“Zenrōren Jichirōren” (for Nihon Jichitai Rōdō Kumiai Sōrengō)",
            ),
            Citation(
                source_id=JICHIROREN_ENTRY,
                quote="However, “Zenrōren” is generally applied for the larger organization, Nihon Jichitai Rōdō Kumiai Sōrengō.",
            ),
            Citation(
                source_id=JICHIROREN_ENTRY,
                quote="This organization has been opposed to constitutional revision in association with Zenrōren and various anti-constitutional revision groups, such as the Article 9 Association",
            ),
            Citation(
                source_id=JICHIROREN_ENTRY,
                quote="Jichrōren has also been against neo-liberal structural reform for local governance under the LDP government.",
            ),
            Citation(
                source_id=JICHIROREN_ENTRY,
                quote="is also shortly called “Jichirōren” (自治労連)",
            ),
            Citation(source_id=REF_CRJAPAN_JICHIROREN, quote="全労連・自治労連"),
        ),
    ),
    Organization(
        id="zenroren-prefectural-federations",
        name_en="prefectural Federations",
        kind=OrgKind.PREFECTURAL_OR_LOCAL_BODY,
        notes="Zenroren's prefectural federations in all 47 prefectures, kept as one record. Distinct from the RENGO locals.",
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="There are also prefectural Federations in all 47 prefectures of Japan.",
            ),
        ),
    ),
    Organization(
        id="zenroren-zenkoku-ippan",
        name_en="Zenroren National Union of General Workers",
        abbreviation="Zenroren Zenkoku-ippan",
        name_ja="全労連・全国一般労働組合",
        short_names_ja=("全労連・全国一般",),
        readings_ja=("ぜんろうれん・ぜんこくいっぱんろうどうくみあい",),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        founded="1989",
        notes="Zenroren affiliate; distinct from RENGO's ZENKOKU UNION and from Zenroren itself.",
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| Zenroren National Union of General Workers | Zenroren Zenkoku-ippan | 1989 |",
            ),
            Citation(source_id=REF_ZENROREN_ZENKOKU_IPPAN, quote="全労連・全国一般労働組合"),
            Citation(source_id=REF_ZENROREN_ZENKOKU_IPPAN, quote="全労連・全国一般"),
            Citation(
                source_id=REF_ZENROREN_ZENKOKU_IPPAN,
                quote="ぜんろうれん・ぜんこくいっぱんろうどうくみあい",
            ),
        ),
    ),
    Organization(
        id="zenshinro",
        name_en="National Federation of Credit Association Workers' Unions",
        abbreviation="Zenshinro",
        name_ja="全国信用金庫信用組合労働組合連合会",
        short_names_ja=("全信労",),
        kind=OrgKind.INDUSTRIAL_FEDERATION,
        founded="1954",
        dissolved="2006",
        citations=(
            Citation(
                source_id=ZENROREN_ARTICLE,
                quote="| National Federation of Credit Association Workers' Unions | Zenshinro | 1954 | 2006 | Merged into Kinyuroren |",
            ),
            Citation(source_id=REF_ZENSHINRO, quote="全国信用金庫信用組合労働組合連合会"),
            Citation(source_id=REF_ZENSHINRO, quote="全信労"),
        ),
    ),
)
