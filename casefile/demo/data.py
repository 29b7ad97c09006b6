"""Fixed content of the demo vault: fictional people, cases and texts (see demo.build).

Everyone and everything here is invented. The cases follow patterns monitors meet in
Kyrgyzstan (bloggers charged under Criminal Code art. 278 part 3, a media outlet's staff held
in СИЗО, a closed group trial), but no name belongs to a real person. Dates are day offsets
from "today" (negative = past), so the dashboard always has something to show.
"""

from __future__ import annotations

from typing import NamedTuple

# -- organisations -------------------------------------------------------------------------


class OrgSpec(NamedTuple):
    key: str
    name: str
    kind: str  # OrganisationKind
    notes: str | None = None


ORGANISATIONS: tuple[OrgSpec, ...] = (
    OrgSpec("ngo_kozomol", "ОФ «Көзөмөл-Укук» (Kozomol-Ukuk)", "ngo", "Monitoring NGO, Bishkek."),
    OrgSpec("ngo_adal", "ОО «Адал Сот» — trial monitoring", "ngo", "Volunteer court monitors."),
    OrgSpec("media_un", "«Үн-Пресс» (Ün-Press)", "media_outlet", "Online investigative outlet."),
    OrgSpec("media_baian", "YouTube channel «Ачык Баян»", "media_outlet", None),
    OrgSpec("bar_ukuk", "Адвокатское бюро «Укук жана Акыл»", "ngo", "Defence lawyers' office."),
    OrgSpec("court_pervo", "Первомайский районный суд г. Бишкек", "court"),
    OrgSpec("court_oct", "Октябрьский районный суд г. Бишкек", "court"),
    OrgSpec("court_lenin", "Ленинский районный суд г. Бишкек", "court"),
    OrgSpec("court_city", "Бишкекский городской суд", "court", "Appeal instance."),
    OrgSpec("court_supreme", "Верховный суд Кыргызской Республики", "court", "Cassation."),
    OrgSpec("court_osh", "Ошский городской суд", "court"),
    OrgSpec("court_sokuluk", "Сокулукский районный суд Чуйской области", "court"),
    OrgSpec("sizo1", "СИЗО-1 г. Бишкек", "detention_facility", "Pre-trial detention centre."),
    OrgSpec("sizo_gknb", "СИЗО ГКНБ КР", "detention_facility", "Security service remand."),
    OrgSpec("sizo5_osh", "СИЗО-5 г. Ош", "detention_facility"),
    OrgSpec("ivs_guvd", "ИВС ГУВД г. Бишкек", "detention_facility", "Police custody (<= 48 h)."),
    OrgSpec("ivs_gknb", "ИВС ГКНБ КР", "detention_facility"),
    OrgSpec("ivs_osh", "ИВС УВД г. Ош", "detention_facility"),
    OrgSpec("ivs_chui", "ИВС ОВД Сокулукского района", "detention_facility"),
    OrgSpec("colony3", "Исправительная колония №3", "detention_facility", "Medium security."),
    OrgSpec("akyikatchy", "Институт Акыйкатчы (Омбудсмена) КР", "state_body", "Ombudsperson; NPM."),
    OrgSpec("gknb", "ГКНБ КР (State Committee for National Security)", "state_body"),
    OrgSpec("gp", "Генеральная прокуратура КР", "state_body"),
)

# -- persons -------------------------------------------------------------------------------


class PersonSpec(NamedTuple):
    key: str
    full_name: str
    variants: tuple[str, ...]
    sex: str
    birth: str | None  # PartialDate storage form: "1986-09-14", "1994-03", "1975~"
    roles: tuple[str, ...]
    profession: str | None
    city: str | None = "Бишкек"  # None: no home address or document kept (officials)
    aliases: tuple[str, ...] = ()
    nationalities: tuple[str, ...] = ("KG",)
    risk: str | None = None


_J = ("journalist",)
_A = ("activist",)
_L = ("lawyer",)
_R = ("relative",)
_W = ("witness",)

PERSONS: tuple[PersonSpec, ...] = (
    # Bloggers
    PersonSpec(
        "ensegenov",
        "Нурлан Эңсегенов",
        ("Nurlan Engsegenov", "Nurlan Ensegenov", "Нурлан Энсегенов"),
        "male",
        "1986-09-14",
        ("blogger", "activist"),
        "Blogger; former school teacher",
        aliases=("Нурик Ачык Сөз",),
        risk="high",
    ),
    PersonSpec(
        "omurbekova",
        "Гүлнара Өмүрбекова",
        ("Gulnara Omurbekova", "Gülnara Ömürbekova", "Гульнара Омурбекова"),
        "female",
        "1994-03",
        ("blogger",),
        "TikTok blogger; hairdresser",
        aliases=("gulya_omur",),
        risk="medium",
    ),
    # Үн-Пресс journalists
    PersonSpec(
        "tologonov",
        "Азамат Төлөгөнов",
        ("Azamat Tologonov", "Azamat Tölögönov", "Азамат Тологонов"),
        "male",
        "1981-11-02",
        _J,
        "Editor-in-chief, Үн-Пресс",
        risk="high",
    ),
    PersonSpec(
        "zhumabek",
        "Айпери Жумабек кызы",
        ("Aiperi Zhumabek kyzy", "Aiperi Jumabek kyzy", "Айпери Жумабекова"),
        "female",
        "1996-06-21",
        _J,
        "Investigative reporter, Үн-Пресс",
        risk="high",
    ),
    PersonSpec(
        "asylbek",
        "Бектур Асылбек уулу",
        ("Bektur Asylbek uulu", "Bektur Asylbekov", "Бектур Асылбеков"),
        "male",
        "1998-01",
        _J,
        "Camera operator, Үн-Пресс",
    ),
    PersonSpec(
        "rakhimova",
        "Дилноза Рахимова",
        ("Dilnoza Rakhimova", "Dilnoza Rahimova"),
        "female",
        "1990~",
        _J,
        "Osh correspondent, Үн-Пресс",
        city="Ош",
        risk="high",
    ),
    PersonSpec(
        "satkynbaeva",
        "Элмира Саткынбаева",
        ("Elmira Satkynbaeva", "Elmira Satkynbayeva"),
        "female",
        "1987-05-09",
        _J,
        "Producer, Үн-Пресс",
    ),
    # The pasture committee (closed group trial)
    PersonSpec(
        "abdykerimov",
        "Төлөн Абдыкеримов",
        ("Tolon Abdykerimov", "Tölön Abdykerimov"),
        "male",
        "1962-02-28",
        _A,
        "Retired engineer; chair of the pasture committee",
        city="Кара-Суу",
        aliases=("Төлөн ага",),
        risk="high",
    ),
    PersonSpec(
        "sydykova",
        "Жаңыл Сыдыкова",
        ("Zhanyl Sydykova", "Janyl Sydykova", "Жаныл Сыдыкова"),
        "female",
        "1971-08",
        _A,
        "Teacher of Kyrgyz literature",
        city="Кара-Суу",
    ),
    PersonSpec(
        "boobekov",
        "Мирлан Бообеков",
        ("Mirlan Boobekov",),
        "male",
        "1984-10-03",
        _A,
        "Agronomist",
        city="Кара-Суу",
    ),
    PersonSpec(
        "kenzhebaeva",
        "Үмүт Кенжебаева",
        ("Umut Kenzhebaeva", "Ümüt Kenjebaeva", "Умут Кенжебаева"),
        "female",
        "1979-12-19",
        ("human_rights_defender", "activist"),
        "Lawyer by training; local council member",
        city="Кара-Суу",
        risk="medium",
    ),
    PersonSpec(
        "zholdoshbekov",
        "Эрлан Жолдошбеков",
        ("Erlan Zholdoshbekov", "Erlan Joldoshbekov"),
        "male",
        "1975~",
        _A,
        "Farmer",
        city="Кара-Суу",
    ),
    PersonSpec(
        "abdyrazakova",
        "Чолпон Абдыразакова",
        ("Cholpon Abdyrazakova", "Čolpon Abdyrazakova"),
        "female",
        "1958-04-11",
        _A,
        "Retired doctor",
        city="Кара-Суу",
    ),
    PersonSpec(
        "bekbolotov",
        "Калыс Бекболотов",
        ("Kalys Bekbolotov",),
        "male",
        "1990-07-30",
        _A,
        "Driver",
        city="Кара-Суу",
        nationalities=("KG", "RU"),
    ),
    PersonSpec(
        "toktosunov",
        "Өмүрзак Токтосунов",
        ("Omurzak Toktosunov", "Ömürzak Toktosunov", "Омурзак Токтосунов"),
        "male",
        "1968",
        _A,
        "Former village head (айыл башчысы)",
        city="Кара-Суу",
    ),
    PersonSpec(
        "myrzakulov",
        "Санжар Мырзакулов",
        ("Sanzhar Myrzakulov", "Sanjar Myrzakulov"),
        "male",
        "1993-05",
        ("activist", "blogger"),
        "Civil engineer",
        city="Кара-Суу",
    ),
    # Human-rights defender under travel ban
    PersonSpec(
        "esengulova",
        "Айгүл Эсенгулова",
        ("Aigul Esengulova", "Aigül Esengulova", "Айгуль Эсенгулова"),
        "female",
        "1977-01-25",
        ("human_rights_defender",),
        "Director, ОФ «Көзөмөл-Укук»",
        risk="high",
    ),
    # Detained after a rally
    PersonSpec(
        "asanov",
        "Темирлан Асанов",
        ("Temirlan Asanov",),
        "male",
        "2001-09-09",
        _A,
        "University student",
        aliases=("Тимка",),
        risk="critical",
    ),
    PersonSpec(
        "abdieva",
        "Нуриза Абдиева",
        ("Nuriza Abdieva", "Nuriza Abdiyeva"),
        "female",
        "1999-02",
        _A,
        "University student",
    ),
    # Convicted journalist
    PersonSpec(
        "mamasaliev",
        "Талант Мамасалиев",
        ("Talant Mamasaliev", "Talant Mamasaliyev"),
        "male",
        "1979-06-01",
        _J,
        "Investigative journalist; founder of «Ачык Баян»",
        risk="critical",
    ),
    # Expelled foreign journalist (Latin primary)
    PersonSpec(
        "vetlugin",
        "Dmitry Vetlugin",
        ("Дмитрий Ветлугин", "Dmitrii Vetlugin"),
        "male",
        "1985~",
        _J,
        "Correspondent of a foreign news agency",
        nationalities=("RU",),
        risk="low",
    ),
    # Disappeared
    PersonSpec(
        "borubaev",
        "Адилет Борубаев",
        ("Adilet Borubaev", "Adilet Boruubaev"),
        "male",
        "1995-11-17",
        ("activist", "blogger"),
        "Blogger; former migrant worker",
        city="Ош",
        aliases=("Adik Osh",),
        risk="critical",
    ),
    # Ill-treatment confirmed by the Akyikatchy
    PersonSpec(
        "amanbai",
        "Бакыт Аманбай уулу",
        ("Bakyt Amanbai uulu", "Bakyt Amanbay uulu", "Бакыт Аманбаев"),
        "male",
        "1989-04",
        _A,
        "Taxi driver",
        city="Сокулук",
        risk="medium",
    ),
    # Osh Telegram chat
    PersonSpec(
        "yuldashev",
        "Sherzod Yuldashev",
        ("Шерзод Юлдашев", "Sherzod Yo'ldoshev"),
        "male",
        "1992-08-12",
        _A,
        "Shop owner; Telegram chat administrator",
        city="Ош",
    ),
    PersonSpec(
        "tashtanov",
        "Нуржигит Таштанов",
        ("Nurzhigit Tashtanov", "Nurjigit Tashtanov"),
        "male",
        "1997-03-03",
        _A,
        "University lecturer",
        city="Ош",
    ),
    # Lawyers
    PersonSpec(
        "abylkasymov",
        "Чыңгыз Абылкасымов",
        ("Chyngyz Abylkasymov", "Чингиз Абылкасымов"),
        "male",
        "1983-12",
        ("lawyer", "human_rights_defender"),
        "Defence lawyer (адвокат)",
        risk="high",
    ),
    PersonSpec(
        "toktogulova",
        "Мээрим Токтогулова",
        ("Meerim Toktogulova",),
        "female",
        "1985~",
        _L,
        "Defence lawyer (адвокат)",
    ),
    PersonSpec(
        "nematov",
        "Alisher Nematov",
        ("Алишер Нематов", "Alisher Ne'matov"),
        "male",
        "1980-07",
        _L,
        "Defence lawyer (адвокат)",
        city="Ош",
    ),
    PersonSpec(
        "osmonova",
        "Жылдыз Осмонова",
        ("Jyldyz Osmonova", "Zhyldyz Osmonova"),
        "female",
        "1976",
        _L,
        "Defence lawyer (адвокат)",
    ),
    # Judges and prosecutors (no private details kept)
    PersonSpec(
        "duishonbiev",
        "Канат Дүйшөнбиев",
        ("Kanat Duishonbiev", "Kanat Düyshönbiev", "Канат Дуйшонбиев"),
        "male",
        None,
        (),
        "Judge",
        city=None,
    ),
    PersonSpec(
        "bakirova", "Эльвира Бакирова", ("Elvira Bakirova",), "female", None, (), "Judge", city=None
    ),
    PersonSpec(
        "seitkaziev",
        "Марат Сейтказиев",
        ("Marat Seitkaziev",),
        "male",
        None,
        (),
        "Judge",
        city=None,
    ),
    PersonSpec(
        "tursunova",
        "Гульмира Турсунова",
        ("Gulmira Tursunova", "Гүлмира Турсунова"),
        "female",
        None,
        (),
        "Judge",
        city=None,
    ),
    PersonSpec(
        "yusupov", "Бахтияр Юсупов", ("Bakhtiyar Yusupov",), "male", None, (), "Judge", city=None
    ),
    PersonSpec(
        "abdykalykov",
        "Данияр Абдыкалыков",
        ("Daniyar Abdykalykov", "Daniiar Abdykalykov"),
        "male",
        None,
        (),
        "Prosecutor",
        city=None,
    ),
    PersonSpec(
        "torokulov",
        "Аскар Төрөкулов",
        ("Askar Torokulov", "Askar Törökulov"),
        "male",
        None,
        (),
        "Prosecutor",
        city=None,
    ),
    # Relatives and witnesses
    PersonSpec(
        "borubaeva",
        "Сайрагүл Борубаева",
        ("Sairagul Borubaeva", "Sayragül Borubaeva"),
        "female",
        "1968-03",
        _R,
        "Mother of Adilet Borubaev; market trader",
        city="Ош",
    ),
    PersonSpec(
        "mamasalieva",
        "Айнура Мамасалиева",
        ("Ainura Mamasalieva",),
        "female",
        "1983",
        _R,
        "Wife of Talant Mamasaliev",
    ),
    PersonSpec(
        "ensegenov_r",
        "Руслан Эңсегенов",
        ("Ruslan Engsegenov", "Ruslan Ensegenov"),
        "male",
        "1990-02-14",
        _R,
        "Brother of Nurlan Эңсегенов",
    ),
    PersonSpec(
        "abdykerimova",
        "Мадина Абдыкеримова",
        ("Madina Abdykerimova",),
        "female",
        "1987",
        ("relative", "witness"),
        "Daughter of Төлөн Абдыкеримов",
        city="Кара-Суу",
    ),
    PersonSpec(
        "satykeev",
        "Эрмек Сатыкеев",
        ("Ermek Satykeev",),
        "male",
        "1979~",
        _W,
        "Neighbour; saw the arrest",
    ),
    PersonSpec(
        "nurlanova",
        "Гүлзат Нурланова",
        ("Gulzat Nurlanova", "Гульзат Нурланова"),
        "female",
        "1993-10",
        _W,
        "Former detainee of the ИВС",
        city="Сокулук",
    ),
)

AFFILIATIONS: tuple[tuple[str, str, str], ...] = (
    ("tologonov", "media_un", "Editor-in-chief"),
    ("zhumabek", "media_un", "Reporter"),
    ("asylbek", "media_un", "Camera operator"),
    ("rakhimova", "media_un", "Osh correspondent"),
    ("satkynbaeva", "media_un", "Producer"),
    ("mamasaliev", "media_baian", "Founder and host"),
    ("esengulova", "ngo_kozomol", "Director"),
    ("kenzhebaeva", "ngo_kozomol", "Volunteer monitor, Osh region"),
    ("abylkasymov", "bar_ukuk", "Partner"),
    ("toktogulova", "bar_ukuk", "Advocate"),
    ("osmonova", "bar_ukuk", "Advocate"),
    ("duishonbiev", "court_pervo", "Judge"),
    ("tursunova", "court_pervo", "Judge"),
    ("bakirova", "court_lenin", "Judge"),
    ("seitkaziev", "court_oct", "Judge"),
    ("yusupov", "court_osh", "Judge"),
    ("abdykalykov", "gp", "Senior prosecutor"),
    ("torokulov", "gp", "Prosecutor"),
    ("satykeev", "ngo_adal", "Volunteer court monitor"),
)

# -- cases ---------------------------------------------------------------------------------


class CaseSpec(NamedTuple):
    key: str
    title: str
    summary: str
    status: str  # CaseStatus
    start: int  # day offset the case began (for its numbers)
    participants: tuple[tuple[str, str], ...]  # (person key, CaseRole)


def _defendants(*keys: str) -> tuple[tuple[str, str], ...]:
    return tuple((key, "defendant") for key in keys)


UN_PRESS = ("tologonov", "zhumabek", "asylbek", "rakhimova", "satkynbaeva")
PASTURE_IN_SIZO = ("abdykerimov", "boobekov", "zholdoshbekov", "bekbolotov", "myrzakulov")
PASTURE_HOUSE_ARREST = ("sydykova", "kenzhebaeva", "toktosunov")
PASTURE = (*PASTURE_IN_SIZO, *PASTURE_HOUSE_ARREST, "abdyrazakova")

CASES: tuple[CaseSpec, ...] = (
    CaseSpec(
        "c_ensegenov",
        "Эңсегенов: Facebook posts on tariffs (art. 278.3)",
        "A blogger arrested for three Facebook posts criticising the rise in electricity tariffs "
        "and inviting readers to a rally. Held in СИЗО-1; detention extended twice.",
        "trial",
        -118,
        (
            *_defendants("ensegenov"),
            ("toktogulova", "lawyer"),
            ("seitkaziev", "judge"),
            ("abdykalykov", "prosecutor"),
        ),
    ),
    CaseSpec(
        "c_omurbekova",
        "Өмүрбекова: TikTok video (art. 278.3)",
        "A TikTok blogger charged over a video mocking officials. Moved from СИЗО to house "
        "arrest, then given a suspended sentence with probation and a social-media ban.",
        "closed",
        -262,
        (
            *_defendants("omurbekova"),
            ("osmonova", "lawyer"),
            ("bakirova", "judge"),
            ("torokulov", "prosecutor"),
        ),
    ),
    CaseSpec(
        "c_unpress",
        "Үн-Пресс journalists (art. 278.3)",
        "Five staff of an investigative outlet detained after searches of the newsroom. The "
        "prosecution says the outlet's videos on state procurement were calls to mass unrest. "
        "Repeated detention extensions; three moved to house arrest.",
        "trial",
        -300,
        (
            *_defendants(*UN_PRESS),
            ("abylkasymov", "lawyer"),
            ("toktogulova", "lawyer"),
            ("tursunova", "judge"),
            ("abdykalykov", "prosecutor"),
            ("satykeev", "witness"),
        ),
    ),
    CaseSpec(
        "c_pasture",
        "Pasture committee group case (art. 278.1), closed trial",
        "Nine members of a village committee opposing the transfer of common pastures, accused "
        "of preparing mass unrest. The trial is closed to the public; most hearings have been "
        "postponed.",
        "trial",
        -430,
        (
            *_defendants(*PASTURE),
            ("abylkasymov", "lawyer"),
            ("nematov", "lawyer"),
            ("osmonova", "lawyer"),
            ("duishonbiev", "judge"),
            ("abdykalykov", "prosecutor"),
            ("torokulov", "prosecutor"),
            ("abdykerimova", "witness"),
        ),
    ),
    CaseSpec(
        "c_esengulova",
        "Эсенгулова: interview on displaced families (art. 330)",
        "The director of a monitoring NGO charged with incitement to hatred over an interview "
        "about displaced families. Under a travel ban; cannot attend a UN session abroad.",
        "investigation",
        -91,
        (*_defendants("esengulova"), ("nematov", "lawyer")),
    ),
    CaseSpec(
        "c_rally",
        "Rally against the media law: two students detained",
        "Two students detained at a peaceful rally. One released the next day; the other is "
        "still held in the ИВС without a court decision, beyond the 48-hour limit.",
        "investigation",
        -3,
        (
            *_defendants("asanov", "abdieva"),
            ("toktogulova", "lawyer"),
            ("seitkaziev", "judge"),
            ("satykeev", "witness"),
        ),
    ),
    CaseSpec(
        "c_mamasaliev",
        "Мамасалиев: investigative videos (art. 278.3, 330)",
        "An investigative journalist sentenced to six years for videos on corruption in "
        "customs. Appeal rejected; a cassation complaint is pending at the Supreme Court.",
        "appeal",
        -700,
        (
            *_defendants("mamasaliev"),
            ("osmonova", "lawyer"),
            ("seitkaziev", "judge"),
            ("torokulov", "prosecutor"),
        ),
    ),
    CaseSpec(
        "c_vetlugin",
        "Expulsion of a foreign correspondent",
        "A foreign correspondent detained at home and expelled within two days for alleged "
        "breaches of accreditation rules, with a five-year entry ban.",
        "closed",
        -202,
        (*_defendants("vetlugin"), ("nematov", "lawyer"), ("tursunova", "judge")),
    ),
    CaseSpec(
        "c_borubaev",
        "Disappearance of Адилет Борубаев (Osh)",
        "A blogger taken by unidentified men near the Osh bazaar. The police deny holding him; "
        "his mother's complaint has not been registered as a criminal case.",
        "investigation",
        -45,
        (("borubaev", "victim"), ("borubaeva", "witness")),
    ),
    CaseSpec(
        "c_amanbai",
        "Аманбай уулу: video of police extortion; torture complaint",
        "A taxi driver detained after posting a video of traffic police taking bribes. Beaten "
        "in the ИВС; an Akyikatchy visit confirmed his injuries. Charge later dropped.",
        "closed",
        -92,
        (
            *_defendants("amanbai"),
            ("amanbai", "victim"),
            ("toktogulova", "lawyer"),
            ("nurlanova", "witness"),
        ),
    ),
    CaseSpec(
        "c_osh_chat",
        "Osh Telegram chat on power cuts (art. 278.3, 330)",
        "Two administrators of a neighbourhood Telegram chat about electricity cuts, charged "
        "with calls to mass unrest. Released from СИЗО under a travel ban; trial in Osh.",
        "trial",
        -160,
        (*_defendants("yuldashev", "tashtanov"), ("nematov", "lawyer"), ("yusupov", "judge")),
    ),
    CaseSpec(
        "c_abylkasymov",
        "Lawyer Абылкасымов: post on his client's torture (art. 278.3)",
        "A defence lawyer in the pasture case charged after describing his client's torture on "
        "Facebook and asking people to come to the court. Under house arrest.",
        "investigation",
        -35,
        (*_defendants("abylkasymov"), ("osmonova", "lawyer"), ("seitkaziev", "judge")),
    ),
)

# -- charges -------------------------------------------------------------------------------


class ChargeSpec(NamedTuple):
    person: str
    case: str
    article: str
    wording: str
    status: str  # ChargeStatus
    sentence: str | None = None
    code: str = "Criminal Code of the Kyrgyz Republic"


W_2783_POSTS = (
    "Public calls for active disobedience to lawful demands of the authorities and for mass "
    "unrest: three Facebook posts on electricity tariffs inviting readers to a rally"
)
W_2783_OUTLET = (
    "Public calls for mass unrest: the outlet's videos on state procurement and readers' "
    "comments under them (prosecution's forensic linguistic report)"
)
W_2781 = (
    "Preparing to organise mass unrest: alleged plan to block the highway and occupy the "
    "district administration in protest against the transfer of the pastures"
)
W_2783_CHAT = (
    "Public calls for mass unrest: messages in a neighbourhood Telegram chat about power cuts"
)

CHARGES: tuple[ChargeSpec, ...] = (
    ChargeSpec("ensegenov", "c_ensegenov", "278.3", W_2783_POSTS, "pending"),
    ChargeSpec(
        "omurbekova",
        "c_omurbekova",
        "278.3",
        "Public calls for disobedience: a satirical TikTok video about officials",
        "convicted",
        "2 years' imprisonment suspended, with 3 years' probation and a 2-year ban on "
        "using social networks",
    ),
    *(ChargeSpec(key, "c_unpress", "278.3", W_2783_OUTLET, "pending") for key in UN_PRESS),
    *(ChargeSpec(key, "c_pasture", "278.1", W_2781, "pending") for key in PASTURE),
    ChargeSpec(
        "myrzakulov",
        "c_pasture",
        "278.3",
        "Public calls for mass unrest: a video address to villagers",
        "pending",
    ),
    ChargeSpec(
        "esengulova",
        "c_esengulova",
        "330.1",
        "Incitement to interregional hatred: an interview about displaced families",
        "pending",
    ),
    ChargeSpec(
        "asanov",
        "c_rally",
        "278.3",
        "Public calls for mass unrest: slogans on a poster at a rally",
        "pending",
    ),
    ChargeSpec(
        "abdieva",
        "c_rally",
        "278.3",
        "Public calls for mass unrest: slogans at a rally",
        "dropped",
    ),
    ChargeSpec(
        "mamasaliev",
        "c_mamasaliev",
        "278.3",
        "Public calls for mass unrest: videos on corruption in customs",
        "convicted",
        "6 years' imprisonment in a medium-security colony (total, both charges)",
    ),
    ChargeSpec(
        "mamasaliev",
        "c_mamasaliev",
        "330.2",
        "Incitement to hatred committed using the media",
        "convicted",
        "Absorbed into the total sentence",
    ),
    ChargeSpec(
        "vetlugin",
        "c_vetlugin",
        "394",
        "Breach of the rules of stay of foreign citizens (accreditation said to be invalid)",
        "convicted",
        "Fine and administrative expulsion with a 5-year entry ban",
        code="Code of Offences of the Kyrgyz Republic",
    ),
    ChargeSpec(
        "amanbai",
        "c_amanbai",
        "278.3",
        "Public calls for mass unrest: a video asking neighbours to come to the police post",
        "dropped",
    ),
    ChargeSpec("yuldashev", "c_osh_chat", "278.3", W_2783_CHAT, "pending"),
    ChargeSpec(
        "yuldashev",
        "c_osh_chat",
        "330.1",
        "Incitement to ethnic hatred (messages in Uzbek, as translated by the investigator)",
        "pending",
    ),
    ChargeSpec("tashtanov", "c_osh_chat", "278.3", W_2783_CHAT, "pending"),
    ChargeSpec(
        "abylkasymov",
        "c_abylkasymov",
        "278.3",
        "Public calls for mass unrest: a Facebook post asking people to come to the court",
        "pending",
    ),
)

# -- detention -----------------------------------------------------------------------------


class Step(NamedTuple):
    """One detention event: offsets in days from today; place is an organisation key or text."""

    type: str
    start: int
    end: int | None = None
    term: int | None = None
    place: str | None = None
    note: str | None = None


class ArrestContext(NamedTuple):
    forces: str
    warrant_shown: bool | None
    reasons: str
    legal_basis: str
    court: str  # orders pre-trial measures


ARREST_CONTEXT: dict[str, ArrestContext] = {
    "c_ensegenov": ArrestContext(
        "Officers of the ГУВД г. Бишкек in plain clothes",
        False,
        "Told he was wanted 'for a talk' about his posts",
        "Criminal Code art. 278 part 3",
        "court_oct",
    ),
    "c_omurbekova": ArrestContext(
        "ГУВД г. Бишкек, cyber-crime unit",
        True,
        "Suspected of calls to disobedience",
        "Criminal Code art. 278 part 3",
        "court_lenin",
    ),
    "c_unpress": ArrestContext(
        "ГКНБ special unit during a search of the newsroom",
        True,
        "Publications allegedly calling for mass unrest",
        "Criminal Code art. 278 part 3",
        "court_pervo",
    ),
    "c_pasture": ArrestContext(
        "ГКНБ with the special police unit (dawn raids in three villages)",
        False,
        "Allegedly preparing mass unrest",
        "Criminal Code art. 278 part 1",
        "court_pervo",
    ),
    "c_esengulova": ArrestContext(
        "ГКНБ investigators",
        True,
        "Summoned for questioning, then detained for 9 hours",
        "Criminal Code art. 330 part 1",
        "court_oct",
    ),
    "c_rally": ArrestContext(
        "Patrol police and the special police unit",
        False,
        "None given at the time; later 'calls to mass unrest'",
        "Criminal Code art. 278 part 3",
        "court_oct",
    ),
    "c_mamasaliev": ArrestContext(
        "ГКНБ",
        True,
        "Videos allegedly calling for mass unrest and inciting hatred",
        "Criminal Code art. 278 part 3, art. 330 part 2",
        "court_oct",
    ),
    "c_vetlugin": ArrestContext(
        "Police with migration officers, at his rented flat",
        False,
        "'Checking documents'; accreditation said to be invalid",
        "Code of Offences (rules of stay of foreign citizens)",
        "court_pervo",
    ),
    "c_borubaev": ArrestContext(
        "Unidentified men in civilian clothes, dark minivan without number plates",
        False,
        "None",
        "None known",
        "court_osh",
    ),
    "c_amanbai": ArrestContext(
        "Officers of the ОВД Сокулукского района",
        False,
        "Told to 'come and explain' his video",
        "Criminal Code art. 278 part 3",
        "court_sokuluk",
    ),
    "c_osh_chat": ArrestContext(
        "УВД г. Ош with ГКНБ officers",
        True,
        "Messages in a Telegram chat",
        "Criminal Code art. 278 part 3, art. 330 part 1",
        "court_osh",
    ),
    "c_abylkasymov": ArrestContext(
        "ГУВД г. Бишкек",
        True,
        "His Facebook post about his client's torture",
        "Criminal Code art. 278 part 3",
        "court_oct",
    ),
}

_UN_COMMON = (
    Step("arrest", -300, place="Newsroom of Үн-Пресс, Bishkek"),
    Step("police_custody", -300, -298, place="ivs_gknb"),
    Step("pretrial_detention", -298, term=-238, place="sizo_gknb"),
    Step("pretrial_extension", -241, term=-178, place="sizo_gknb"),
    Step("pretrial_extension", -180, term=-118, place="sizo_gknb"),
)
_UN_HOUSE = (
    Step("house_arrest", -121, term=-31, note="Measure changed by the trial court"),
    Step("house_arrest", -33, term=57),
)
_UN_SIZO = (
    Step("pretrial_extension", -121, term=-58, place="sizo_gknb"),
    Step("pretrial_extension", -60, term=4, place="sizo1", note="Transferred to СИЗО-1"),
)
_PASTURE_COMMON = (
    Step("arrest", -430, place="Homes in the villages of the district (dawn raids)"),
    Step("police_custody", -430, -428, place="ivs_gknb"),
    Step("pretrial_detention", -428, term=-368, place="sizo_gknb"),
    Step("pretrial_extension", -370, term=-308, place="sizo_gknb"),
    Step("pretrial_extension", -310, term=-248, place="sizo_gknb"),
)
_PASTURE_SIZO = (
    Step("pretrial_extension", -250, term=-160, place="sizo1", note="Moved to СИЗО-1"),
    Step("pretrial_extension", -162, term=-70, place="sizo1"),
    Step("pretrial_extension", -72, term=20, place="sizo1"),
)
_PASTURE_HOUSE = (
    Step("pretrial_extension", -250, term=-160, place="sizo1"),
    Step("house_arrest", -162, term=-70, note="Measure changed on health grounds"),
    Step("house_arrest", -72, term=20),
)
_PASTURE_BAN = (Step("travel_ban", -250, note="Released under an undertaking not to leave"),)

DETENTION: dict[str, tuple[str, tuple[Step, ...]]] = {
    "ensegenov": (
        "c_ensegenov",
        (
            Step("arrest", -118, place="Outside his home, Bishkek"),
            Step("police_custody", -118, -116, place="ivs_guvd"),
            Step("pretrial_detention", -116, term=-56, place="sizo1"),
            Step("pretrial_extension", -58, term=9, place="sizo1"),
        ),
    ),
    "omurbekova": (
        "c_omurbekova",
        (
            Step("arrest", -262, place="Her salon, Bishkek"),
            Step("police_custody", -262, -260, place="ivs_guvd"),
            Step("pretrial_detention", -260, term=-200, place="sizo1"),
            Step("house_arrest", -215, -150, term=-155),
            Step("conviction", -150, place="court_lenin"),
            Step("probation", -150, note="3 years; reports to the probation office monthly"),
        ),
    ),
    **{
        key: ("c_unpress", _UN_COMMON + _UN_HOUSE) for key in ("zhumabek", "asylbek", "satkynbaeva")
    },
    **{key: ("c_unpress", _UN_COMMON + _UN_SIZO) for key in ("tologonov", "rakhimova")},
    **{key: ("c_pasture", _PASTURE_COMMON + _PASTURE_SIZO) for key in PASTURE_IN_SIZO},
    **{key: ("c_pasture", _PASTURE_COMMON + _PASTURE_HOUSE) for key in PASTURE_HOUSE_ARREST},
    "abdyrazakova": ("c_pasture", _PASTURE_COMMON + _PASTURE_BAN),
    "esengulova": (
        "c_esengulova",
        (
            Step("arrest", -91, -91, place="ГКНБ building, Bishkek", note="Questioned for 9 hours"),
            Step("travel_ban", -91, note="Cannot travel to a UN session she was invited to"),
        ),
    ),
    "asanov": (
        "c_rally",
        (
            Step("arrest", -3, place="Ала-Тоо square, Bishkek"),
            Step("police_custody", -3, place="ivs_guvd", note="No court decision on a measure yet"),
        ),
    ),
    "abdieva": (
        "c_rally",
        (
            Step("arrest", -3, place="Ала-Тоо square, Bishkek"),
            Step("police_custody", -3, -2, place="ivs_guvd"),
            Step("release", -2, note="Released without charge after 26 hours"),
        ),
    ),
    "mamasaliev": (
        "c_mamasaliev",
        (
            Step("arrest", -700, place="His home, Bishkek"),
            Step("police_custody", -700, -698, place="ivs_gknb"),
            Step("pretrial_detention", -698, term=-638, place="sizo_gknb"),
            Step("pretrial_extension", -640, term=-578, place="sizo_gknb"),
            Step("pretrial_extension", -580, term=-520, place="sizo1"),
            Step("pretrial_extension", -522, term=-430, place="sizo1"),
            Step("conviction", -420, place="court_oct"),
            Step("imprisonment", -420, place="sizo1", note="Held in СИЗО-1 pending appeal"),
            Step("imprisonment", -300, place="colony3", note="Transferred after the appeal"),
        ),
    ),
    "vetlugin": (
        "c_vetlugin",
        (
            Step("arrest", -202, place="His rented flat, Bishkek"),
            Step("police_custody", -202, -200, place="ivs_guvd"),
            Step("expulsion", -200, place="Manas airport", note="Entry ban for 5 years"),
        ),
    ),
    "borubaev": (
        "c_borubaev",
        (
            Step(
                "disappearance",
                -45,
                place="Near the central bazaar, Osh (last seen)",
                note="Police deny holding him; phone switched off since that evening",
            ),
        ),
    ),
    "amanbai": (
        "c_amanbai",
        (
            Step("arrest", -92, place="His home, Сокулук"),
            Step("police_custody", -92, -90, place="ivs_chui"),
            Step("travel_ban", -90),
            Step("release", -30, note="Charge dropped; undertaking lifted"),
        ),
    ),
    **{
        key: (
            "c_osh_chat",
            (
                Step("arrest", -160, place="Their homes, Osh"),
                Step("police_custody", -160, -158, place="ivs_osh"),
                Step("pretrial_detention", -158, term=-98, place="sizo5_osh"),
                Step(
                    "travel_ban",
                    -100,
                    note="Released from СИЗО by the trial court on an undertaking",
                ),
            ),
        )
        for key in ("yuldashev", "tashtanov")
    },
    "abylkasymov": (
        "c_abylkasymov",
        (
            Step("arrest", -35, -35, place="Outside the court building, Bishkek"),
            Step("police_custody", -35, -33, place="ivs_guvd"),
            Step("house_arrest", -33, term=27),
        ),
    ),
}

#: Sensitive notes kept on a few persons (redacted in exports by Person.SENSITIVE).
PERSON_NOTES: dict[str, str] = {
    "asanov": "Asthma; his inhaler was taken from him at the ИВС.",
    "mamasaliev": "Chronic hypertension. His wife visits once a month.",
    "borubaev": "Received threats after his videos about local officials.",
    "esengulova": "Invited to speak at a UN session in Geneva; cannot travel.",
    "rakhimova": "Withdrew consent after investigators visited her parents. Do not share.",
}
