"""Fixed content of the demo vault, part 2: hearings, ill-treatment accounts, consents,
interventions and sources. All fictional; offsets are days from today (negative = past)."""

from __future__ import annotations

from typing import NamedTuple

# -- hearings ------------------------------------------------------------------------------


class ChainSpec(NamedTuple):
    """Hearings of one case in one court: `sessions` past ones between `first` and `last`, each
    postponed (with probability `p_postpone`) to the next, then the scheduled `future` ones.
    Without future hearings the last past one gets `final` as its outcome."""

    case: str
    court: str  # organisation key
    judge: str  # person key, or a literal panel description
    kind: str
    first: int
    last: int
    sessions: int
    future: tuple[int, ...] = ()
    final: str | None = None
    final_note: str | None = None
    p_postpone: float = 0.6
    closed: bool = False
    first_kind: str | None = "preliminary"
    unrecorded_last: bool = False  # leave the latest past hearing without an outcome


CITY_PANEL = "Panel: А. Жунушбеков (presiding), Н. Исаева, Б. Жусупов"
SUPREME_PANEL = "Panel of the Supreme Court: К. Орозова (presiding)"

CHAINS: tuple[ChainSpec, ...] = (
    ChainSpec("c_ensegenov", "court_oct", "seitkaziev", "trial_session", -40, -8, 4, (3,)),
    ChainSpec(
        "c_omurbekova",
        "court_lenin",
        "bakirova",
        "trial_session",
        -214,
        -150,
        8,
        final="verdict",
        final_note="Guilty; suspended sentence with probation.",
    ),
    ChainSpec(
        "c_omurbekova",
        "court_city",
        CITY_PANEL,
        "appeal",
        -125,
        -95,
        3,
        final="verdict",
        final_note="Appeal rejected.",
        first_kind=None,
    ),
    ChainSpec(
        "c_omurbekova",
        "court_supreme",
        SUPREME_PANEL,
        "cassation",
        -62,
        -62,
        1,
        final="verdict",
        final_note="Cassation complaint rejected.",
        first_kind=None,
    ),
    ChainSpec(
        "c_unpress",
        "court_pervo",
        "tursunova",
        "trial_session",
        -180,
        -5,
        26,
        (2, 9),
        p_postpone=0.65,
    ),
    ChainSpec(
        "c_pasture",
        "court_pervo",
        "duishonbiev",
        "trial_session",
        -300,
        -3,
        50,
        (1, 4),
        p_postpone=0.72,
        closed=True,
    ),
    ChainSpec("c_esengulova", "court_oct", "seitkaziev", "preliminary", -45, -12, 2, (15,)),
    ChainSpec(
        "c_rally",
        "court_oct",
        "seitkaziev",
        "preliminary",
        -1,
        -1,
        1,
        (1,),
        p_postpone=1.0,
        first_kind=None,
    ),
    ChainSpec(
        "c_mamasaliev",
        "court_oct",
        "seitkaziev",
        "trial_session",
        -540,
        -420,
        10,
        final="verdict",
        final_note="Guilty on both charges; 6 years.",
    ),
    ChainSpec(
        "c_mamasaliev",
        "court_city",
        CITY_PANEL,
        "appeal",
        -400,
        -330,
        4,
        final="verdict",
        final_note="Sentence upheld.",
        first_kind=None,
    ),
    ChainSpec(
        "c_mamasaliev",
        "court_supreme",
        SUPREME_PANEL,
        "cassation",
        -90,
        -30,
        3,
        (20,),
        first_kind=None,
        p_postpone=1.0,
    ),
    ChainSpec(
        "c_vetlugin",
        "court_pervo",
        "tursunova",
        "trial_session",
        -201,
        -201,
        1,
        final="verdict",
        final_note="Expulsion ordered; 5-year entry ban.",
        first_kind=None,
    ),
    ChainSpec(
        "c_amanbai",
        "court_sokuluk",
        "Судья Т. Бекмуратов",
        "trial_session",
        -70,
        -30,
        5,
        final="verdict",
        final_note="Prosecutor withdrew the charge; case closed.",
    ),
    ChainSpec(
        "c_osh_chat",
        "court_osh",
        "yusupov",
        "trial_session",
        -70,
        -5,
        8,
        (6,),
        unrecorded_last=True,
    ),
    ChainSpec(
        "c_abylkasymov",
        "court_city",
        CITY_PANEL,
        "appeal",
        -20,
        -13,
        2,
        (12,),
        first_kind=None,
        p_postpone=1.0,
    ),
)

#: (reason, defendant absent, lawyer absent)
POSTPONEMENT_REASONS: tuple[tuple[str, bool, bool], ...] = (
    ("Defendants not brought from СИЗО: no convoy available", True, False),
    ("Judge taken ill", False, False),
    ("Judge sitting in another trial", False, False),
    ("Defence lawyer ill; defendant refused a state-appointed lawyer", False, True),
    ("Prosecutor asked for time to prepare", False, False),
    ("Prosecution witnesses did not appear", False, False),
    ("Forensic linguistic examination not yet returned", False, False),
    ("Defence motion to recuse the judge; recess to consider it", False, False),
    ("Interpreter into Uzbek not available", False, False),
    ("Defence not given access to the case file", False, True),
    ("Quarantine declared in СИЗО-1", True, False),
    ("Power cut in the court building", False, False),
)

HELD_NOTES: tuple[str, ...] = (
    "Prosecution witnesses examined; two said they had not read the posts.",
    "Forensic linguistic expert questioned; she said the examination took one day.",
    "Defence motions to exclude evidence refused.",
    "Videos shown in court; defendant gave evidence.",
    "Monitors asked to leave after the break.",
    "Defendants spoke of pressure during the investigation.",
    "Written materials read out; defence objected to the translation.",
    "Defendants kept in a glass cage; lawyers could not confer privately.",
)

# -- ill-treatment -------------------------------------------------------------------------


class IllTreatmentTemplate(NamedTuple):
    place: str
    circumstances: str
    perpetrators: str
    unit: str
    ranks: tuple[str, ...]
    methods: tuple[str, ...]  # ill_treatment_method vocabulary codes
    injuries: str
    examiner: str | None
    findings: str | None
    witnesses: str
    reported_to: str
    responses: tuple[str, ...]


TEMPLATES: dict[str, IllTreatmentTemplate] = {
    "ivs_confession": IllTreatmentTemplate(
        "ИВС ГУВД г. Бишкек",
        "On the first night after the arrest he was taken from the cell to an office, "
        "handcuffed and beaten to make him unlock his phone and sign a confession. A plastic "
        "bag was put over his head twice. No lawyer was present; the duty log shows no "
        "removal from the cell.",
        "Two officers in plain clothes; one called the other 'Азамат'",
        "Service for combating extremism, ГУВД г. Бишкек",
        ("майор милиции", "капитан милиции", "старший лейтенант милиции"),
        ("beating", "suffocation", "threats"),
        "Bruises on the ribs and back; pain in the left ear; headaches and sleeplessness",
        "Forensic medical expert, Republican Centre of Forensic Medicine",
        "Multiple bruises 2-4 days old consistent with blunt trauma; perforated left eardrum. "
        "Findings consistent with the account.",
        "Cellmate (asked not to be named); his lawyer saw the bruises at the first hearing",
        "Prosecutor's Office of the district",
        (
            "Refusal to open a criminal case: 'no evidence of a crime' (отказ в возбуждении "
            "уголовного дела)",
            "Internal inquiry by the ГУВД: officers acted lawfully",
        ),
    ),
    "gknb_nights": IllTreatmentTemplate(
        "СИЗО ГКНБ КР",
        "Questioned every night for about a week, from late evening to early morning, without "
        "a lawyer. Investigators said relatives would lose their jobs and that a daughter's "
        "university place would be cancelled unless a statement was signed. Made to stand "
        "facing the wall for hours.",
        "Investigators of the ГКНБ; names not given",
        "Investigation department, ГКНБ",
        ("подполковник", "майор"),
        ("sleep_deprivation", "threats", "stress_positions"),
        "No visible injuries; exhaustion, anxiety, raised blood pressure",
        "Psychologist of a partner NGO (visit during house arrest)",
        "Symptoms of acute stress consistent with the account of prolonged night questioning.",
        "Cellmates (not named); the lawyer recorded the complaint at the next hearing",
        "General Prosecutor's Office",
        ("Reply: questioning was conducted in accordance with the Code of Criminal Procedure",),
    ),
    "medical_denial": IllTreatmentTemplate(
        "СИЗО-1 г. Бишкек",
        "Has chronic hypertension. Medicines brought by relatives were not passed on for "
        "three weeks; requests to see a doctor were ignored until a hypertensive crisis.",
        "Administration of the facility",
        "Medical unit and duty shift of the facility",
        ("старший лейтенант внутренней службы",),
        ("denial_of_medical_care",),
        "Hypertensive crisis; worsening eyesight",
        "Independent doctor admitted after a court order",
        "Uncontrolled hypertension; lack of treatment consistent with the account.",
        "Relatives who brought the medicines; the lawyer",
        "Prison service (СИН) and the Akyikatchy",
        ("Prison service: medicines now given; no violation found",),
    ),
    "akyikatchy": IllTreatmentTemplate(
        "ИВС ОВД Сокулукского района",
        "Detained at home at night after posting a video of traffic police taking bribes. In "
        "an office on the second floor he was handcuffed to a radiator and beaten on the soles "
        "of the feet and the back with a rubber truncheon, to make him delete the video and "
        "name who filmed it. Electric shocks were applied to his thighs with a hand-held "
        "device. He was told he would be 'put with the convicts'.",
        "Two operational officers; one addressed as 'Бакай'",
        "Criminal investigation department, ОВД Сокулукского района",
        ("старший лейтенант милиции", "капитан милиции"),
        ("beating", "electric_shock", "threats", "humiliation"),
        "Haematomas on both soles and the lower back; paired burn-like marks on the thighs; "
        "pain on walking; fear of the police and sleeplessness",
        "Doctor of the Akyikatchy (Ombudsperson) preventive-visit team, during an unannounced "
        "visit to the ИВС; then the regional forensic bureau",
        "Bruises of the soles and lumbar region 2-4 days old; paired punctate marks on the "
        "thighs. Highly consistent with beating and electric shock (Istanbul Protocol).",
        "Гүлзат Нурланова, held in the neighbouring cell, heard screams; the Akyikatchy team",
        "Institute of Akyikatchy; Prosecutor's Office of Chui region",
        (
            "The Akyikatchy's visit confirmed the injuries. The regional prosecutor opened a "
            "criminal case for torture against two officers; both suspended.",
        ),
    ),
    "arrest_beating": IllTreatmentTemplate(
        "Place of arrest and the police bus",
        "Seized at a peaceful gathering, thrown to the ground, kicked and struck with "
        "truncheons, then dragged into a bus where officers kept hitting the detainees and "
        "insulting them.",
        "Officers of the special police unit in helmets, without name badges",
        "Special police unit",
        ("сержант милиции", "старший сержант милиции"),
        ("beating", "humiliation"),
        "Concussion; bruises on the head, arms and legs; broken finger",
        "Emergency department of the city trauma hospital",
        "Closed head injury (concussion), fracture of a finger, multiple bruises; consistent "
        "with the account.",
        "Other detainees; a journalist filmed part of the arrest",
        "Prosecutor's Office of the city",
        ("Refusal to open a criminal case: force was 'lawful and proportionate'",),
    ),
    "incommunicado": IllTreatmentTemplate(
        "ИВС ГКНБ КР",
        "Held for three days without any contact with family or a lawyer of choice. Relatives "
        "were told at the gate that nobody of that name was held. Interrogated with a "
        "state-appointed lawyer who advised confessing.",
        "Investigators of the ГКНБ",
        "ГКНБ",
        ("майор",),
        ("incommunicado", "threats"),
        "No physical injuries; acute anxiety",
        "Medical officer of the СИЗО at admission",
        "No injuries recorded at admission; later psychological assessment found anxiety "
        "consistent with the account.",
        "Relatives turned away at the gate; the lawyer of choice",
        "General Prosecutor's Office",
        ("Reply: access to a lawyer was ensured (state-appointed)",),
    ),
    "colony": IllTreatmentTemplate(
        "Исправительная колония №3",
        "During a 'search' by a special unit the prisoners of the block were made to squat "
        "with hands behind their heads for hours and were beaten with truncheons; he was then "
        "placed in a punishment cell for 15 days for 'not greeting staff'.",
        "Special-purpose unit of the prison service, masked",
        "Special unit of the prison service (СИН)",
        ("старший прапорщик", "лейтенант внутренней службы"),
        ("beating", "stress_positions", "humiliation"),
        "Bruises on the back and legs; knee injury",
        "Colony doctor; later an independent doctor at a visit by the Akyikatchy",
        "Bruises consistent with blows by a long blunt object; knee effusion.",
        "Other prisoners (fear reprisals); his wife saw the bruises at a visit",
        "Prison service and the Akyikatchy",
        ("Prison service: the search was lawful",),
    ),
    "threats_women": IllTreatmentTemplate(
        "ИВС ГУВД г. Бишкек",
        "During questioning a male officer threatened her with sexual violence and with being "
        "put in a cell with men if she did not name the authors of the texts. She was made to "
        "stand facing the wall and was filmed without consent.",
        "Male officers of the investigation unit; a female officer was absent throughout",
        "Investigation department, ГУВД г. Бишкек",
        ("капитан милиции", "лейтенант милиции"),
        ("sexual_violence", "threats", "humiliation", "stress_positions"),
        "No physical injuries; nightmares, fear of leaving home",
        "Psychologist of a partner NGO",
        "Post-traumatic stress symptoms consistent with the account.",
        "No direct witnesses; she told her lawyer at the first visit",
        "Prosecutor's Office of the city",
        ("Refusal to open a criminal case: 'no evidence of a crime'",),
    ),
    "convoy": IllTreatmentTemplate(
        "Convoy vehicle between the court and СИЗО-1",
        "After a hearing at which he complained about conditions, convoy officers beat him in "
        "the locked compartment of the vehicle and told him to 'keep quiet in court'.",
        "Convoy officers (names not known)",
        "Convoy regiment",
        ("сержант", "старший сержант"),
        ("beating", "threats"),
        "Bruises on the face and shoulder",
        "СИЗО-1 medical unit at return",
        "Fresh bruises on the face and left shoulder recorded at admission; consistent.",
        "Co-defendants in the same vehicle",
        "Prosecutor's Office of the district",
        ("Reply: inquiry under way",),
    ),
}


class IllTreatmentSpec(NamedTuple):
    victim: str
    case: str | None
    template: str
    incident: int  # day offset
    precision: str = "day"  # day | month | approx
    responded: bool = True
    source: str | None = None
    place: str | None = None


ILL_TREATMENT: tuple[IllTreatmentSpec, ...] = (
    IllTreatmentSpec("asanov", "c_rally", "ivs_confession", -3, responded=False, source="s_mother"),
    IllTreatmentSpec("abdieva", "c_rally", "arrest_beating", -3, responded=False),
    IllTreatmentSpec("amanbai", "c_amanbai", "akyikatchy", -92, source="s_former_detainee"),
    IllTreatmentSpec("abdykerimov", "c_pasture", "gknb_nights", -425, "approx"),
    IllTreatmentSpec(
        "sydykova", "c_pasture", "threats_women", -429, responded=False, place="ИВС ГКНБ КР"
    ),
    IllTreatmentSpec("boobekov", "c_pasture", "ivs_confession", -429, place="ИВС ГКНБ КР"),
    IllTreatmentSpec("kenzhebaeva", "c_pasture", "medical_denial", -330, "month", False),
    IllTreatmentSpec("zholdoshbekov", "c_pasture", "incommunicado", -430),
    IllTreatmentSpec(
        "toktosunov", "c_pasture", "convoy", -240, responded=False, source="s_monitor"
    ),
    IllTreatmentSpec("bekbolotov", "c_pasture", "convoy", -240, source="s_monitor"),
    IllTreatmentSpec("tologonov", "c_unpress", "gknb_nights", -295),
    IllTreatmentSpec("zhumabek", "c_unpress", "incommunicado", -300),
    IllTreatmentSpec("asylbek", "c_unpress", "ivs_confession", -299, place="ИВС ГКНБ КР"),
    IllTreatmentSpec("ensegenov", "c_ensegenov", "ivs_confession", -117, responded=False),
    IllTreatmentSpec("ensegenov", "c_ensegenov", "medical_denial", -40, responded=False),
    IllTreatmentSpec(
        "mamasaliev", "c_mamasaliev", "colony", -150, "approx", source="s_former_detainee"
    ),
    IllTreatmentSpec("mamasaliev", "c_mamasaliev", "medical_denial", -600, "month"),
    IllTreatmentSpec(
        "yuldashev",
        "c_osh_chat",
        "arrest_beating",
        -160,
        source="s_osh_lawyer",
        place="Place of arrest and ИВС УВД г. Ош",
    ),
    IllTreatmentSpec(
        "tashtanov",
        "c_osh_chat",
        "ivs_confession",
        -159,
        responded=False,
        source="s_osh_lawyer",
        place="ИВС УВД г. Ош",
    ),
    IllTreatmentSpec("omurbekova", "c_omurbekova", "threats_women", -261),
)

# -- consents ------------------------------------------------------------------------------


class ConsentSpec(NamedTuple):
    person: str
    un: bool
    embassies: bool
    public: bool
    initials: bool
    informed_state: bool
    given: int
    how: str
    month_only: bool = False
    withdrawn: int | None = None


CONSENTS: tuple[ConsentSpec, ...] = (
    ConsentSpec(
        "ensegenov",
        True,
        True,
        True,
        False,
        True,
        -100,
        "Through his brother; confirmed in writing via his lawyer at СИЗО-1",
    ),
    ConsentSpec(
        "omurbekova",
        True,
        False,
        False,
        True,
        True,
        -140,
        "In person after the verdict; no public reports",
        month_only=True,
    ),
    ConsentSpec(
        "tologonov", True, True, True, False, True, -250, "Written form passed through his lawyer"
    ),
    ConsentSpec("zhumabek", True, True, False, False, True, -110, "In person, at home"),
    ConsentSpec(
        "asylbek",
        True,
        False,
        False,
        True,
        False,
        -110,
        "Oral, by phone from house arrest; written form to follow",
    ),
    ConsentSpec(
        "rakhimova",
        True,
        True,
        False,
        False,
        True,
        -250,
        "Written form passed through her lawyer",
        withdrawn=-20,
    ),
    ConsentSpec(
        "satkynbaeva",
        False,
        True,
        False,
        False,
        False,
        -100,
        "Embassies only: wants observers at the hearings",
    ),
    ConsentSpec(
        "abdykerimov",
        True,
        True,
        True,
        False,
        True,
        -380,
        "Given by his daughter, then confirmed by him in court",
    ),
    ConsentSpec("sydykova", True, False, False, True, True, -300, "Signed form", True),
    ConsentSpec("kenzhebaeva", True, True, False, False, True, -280, "Signed form"),
    ConsentSpec("esengulova", True, True, True, False, True, -80, "In person, signed form"),
    ConsentSpec(
        "asanov",
        True,
        False,
        False,
        False,
        False,
        -2,
        "Given orally by his mother by phone; to confirm with him",
    ),
    ConsentSpec("mamasaliev", True, True, True, False, True, -500, "Signed form via his wife"),
    ConsentSpec("vetlugin", True, True, True, False, True, -199, "By e-mail after expulsion"),
    ConsentSpec(
        "borubaev",
        True,
        False,
        True,
        False,
        True,
        -40,
        "Given by his mother on his behalf: he cannot be reached",
    ),
    ConsentSpec(
        "amanbai", True, False, False, True, True, -85, "Signed form after the Akyikatchy visit"
    ),
    ConsentSpec("yuldashev", False, True, False, False, False, -90, "Oral, in court", True),
    ConsentSpec("abylkasymov", True, True, True, False, True, -30, "In person, signed form"),
)

# -- interventions -------------------------------------------------------------------------


class InterventionSpec(NamedTuple):
    person: str | None
    case: str
    recipient: str  # recipient vocabulary code
    sent: int
    reference: str | None  # "{n}" and "{year}" are filled in
    summary: str
    reply: str | None = None
    outcome: str | None = None


INTERVENTIONS: tuple[InterventionSpec, ...] = (
    InterventionSpec(
        "tologonov",
        "c_unpress",
        "wgad",
        -200,
        "WGAD/KGZ/{year}/{n}",
        "Request for an opinion on the detention of five Үн-Пресс journalists (categories I, "
        "II and III).",
        "Acknowledged; transmitted to the Government under the regular procedure.",
    ),
    InterventionSpec(
        None,
        "c_unpress",
        "embassy",
        -170,
        None,
        "Joint letter to the EU Delegation, UK and US embassies asking for trial monitoring.",
        "Diplomats attended two hearings.",
        "Observers not admitted once the session was closed.",
    ),
    InterventionSpec(
        "ensegenov",
        "c_ensegenov",
        "special_rapporteur",
        -90,
        "UA KGZ {n}/{year}",
        "Urgent appeal to the Special Rapporteur on freedom of expression.",
    ),
    InterventionSpec(
        None,
        "c_pasture",
        "special_rapporteur",
        -360,
        "AL KGZ {n}/{year}",
        "Allegation letter to the Special Rapporteur on human rights defenders about the "
        "arrest of the pasture committee.",
        "Government reply: the defendants are charged with crimes, not for their opinions.",
    ),
    InterventionSpec(
        None,
        "c_pasture",
        "embassy",
        -200,
        None,
        "Embassy of Germany: request to observe the closed hearings.",
        "Access refused by the court.",
        "The embassy raised the closed trial with the MFA.",
    ),
    InterventionSpec(
        "abdykerimov",
        "c_pasture",
        "wgad",
        -150,
        "WGAD/KGZ/{year}/{n}",
        "Request for an opinion on Төлөн Абдыкеримов's detention (categories II and III).",
    ),
    InterventionSpec(
        "amanbai",
        "c_amanbai",
        "special_rapporteur",
        -80,
        "AL KGZ {n}/{year}",
        "Allegation letter to the Special Rapporteur on torture.",
        "Government reply: a criminal case was opened against two officers.",
    ),
    InterventionSpec(
        "esengulova",
        "c_esengulova",
        "special_rapporteur",
        -60,
        "UA KGZ {n}/{year}",
        "Urgent appeal to the Special Rapporteur on human rights defenders: travel ban "
        "prevents her attending a UN session.",
    ),
    InterventionSpec(
        "vetlugin",
        "c_vetlugin",
        "osce",
        -199,
        None,
        "Letter to the OSCE Representative on Freedom of the Media about the expulsion.",
        "Public statement issued.",
    ),
    InterventionSpec(
        "borubaev",
        "c_borubaev",
        "wgeid",
        -40,
        "WGEID case {n}",
        "Urgent action request: whereabouts unknown since he was taken in Osh.",
        "Transmitted to the Government under the urgent procedure.",
    ),
    InterventionSpec(
        "omurbekova",
        "c_omurbekova",
        "human_rights_committee",
        -45,
        "Communication No. {n}/{year}",
        "Individual communication under the Optional Protocol (ICCPR arts. 9, 14, 19).",
        "Registered; the State party asked to submit observations within six months.",
    ),
    InterventionSpec(
        "mamasaliev",
        "c_mamasaliev",
        "wgad",
        -380,
        "Opinion No. {n}/{year}",
        "Request for an opinion on Талант Мамасалиев's detention.",
        "Opinion adopted: detention arbitrary (categories II and III); release requested.",
        "Not implemented by the Government.",
    ),
    InterventionSpec(
        "mamasaliev",
        "c_mamasaliev",
        "embassy",
        -100,
        None,
        "British Embassy: request to raise his medical care with the prison service.",
    ),
    InterventionSpec(
        "asanov",
        "c_rally",
        "special_rapporteur",
        -1,
        "UA KGZ {n}/{year}",
        "Urgent appeal: held beyond 48 hours without a court decision, ill-treatment alleged.",
    ),
)

WGEID_TERM = (
    "recipient",
    "wgeid",
    "UN Working Group on Enforced or Involuntary Disappearances",
    "Рабочая группа ООН по насильственным или недобровольным исчезновениям",
    "БУУнун Күч менен же эрксизден дайынсыз жоголуулар боюнча жумушчу тобу",
)

# -- sources -------------------------------------------------------------------------------


class SourceSpec(NamedTuple):
    key: str
    name: str
    confidential: bool
    reliability: str
    contact: str | None
    notes: str | None
    links: tuple[tuple[str, str], ...]  # (kind, key): person / case


SOURCES: tuple[SourceSpec, ...] = (
    SourceSpec(
        "s_mother",
        "Mother of a detained student (Bishkek)",
        True,
        "reliable",
        "Signal only; number kept on paper",
        "Met at the ИВС gate.",
        (("person", "asanov"), ("case", "c_rally")),
    ),
    SourceSpec(
        "s_monitor",
        "Volunteer court monitor",
        True,
        "reliable",
        "Through the «Адал Сот» coordinator",
        None,
        (("case", "c_pasture"), ("case", "c_unpress")),
    ),
    SourceSpec(
        "s_former_detainee",
        "Former detainee of the Сокулук ИВС",
        True,
        "usually reliable",
        None,
        "Afraid of reprisals; never name.",
        (("person", "amanbai"), ("person", "mamasaliev")),
    ),
    SourceSpec(
        "s_osh_lawyer",
        "Defence lawyer in Osh",
        True,
        "reliable",
        "Via the NGO office",
        None,
        (("case", "c_osh_chat"), ("person", "yuldashev"), ("person", "tashtanov")),
    ),
    SourceSpec(
        "s_outlet",
        "Үн-Пресс public statements (website)",
        False,
        "public",
        None,
        None,
        (("case", "c_unpress"),),
    ),
)
