<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG" sourcelanguage="en_GB">
<context>
    <name>reports</name>
    <message>
        <source>not recorded</source>
        <comment>value.not_recorded</comment>
        <translation>көрсөтүлгөн эмес</translation>
    </message>
    <message>
        <source>withheld in this copy</source>
        <comment>value.withheld</comment>
        <translation>бул нускада жашырылган</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>value.yes</comment>
        <translation>ооба</translation>
    </message>
    <message>
        <source>no</source>
        <comment>value.no</comment>
        <translation>жок</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <comment>value.none_recorded</comment>
        <translation>Эч нерсе катталган эмес.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <comment>mark.confidential</comment>
        <translation>КУПУЯ</translation>
    </message>
    <message>
        <source>INTERNAL — DO NOT SHARE</source>
        <comment>mark.internal</comment>
        <translation>ИЧКИ — БӨЛҮШПӨҢҮЗ</translation>
    </message>
    <message>
        <source>To: {recipient}</source>
        <comment>header.to</comment>
        <translation>Кимге: {recipient}</translation>
    </message>
    <message>
        <source>Ref. {reference}</source>
        <comment>header.reference</comment>
        <translation>Номер: {reference}</translation>
    </message>
    <message>
        <source>Generated {date}</source>
        <comment>footer.generated</comment>
        <translation>Түзүлгөн күнү: {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <comment>footer.page_of</comment>
        <translation>{pages} беттин {page}-бети</translation>
    </message>
    <message>
        <source>Embassy</source>
        <comment>recipient.embassy</comment>
        <translation>Элчилик</translation>
    </message>
    <message>
        <source>UN Working Group on Arbitrary Detention</source>
        <comment>recipient.wgad</comment>
        <translation>БУУнун Өзүм билемдик менен кармоо боюнча жумушчу тобу</translation>
    </message>
    <message>
        <source>UN Special Procedures</source>
        <comment>recipient.special-procedures</comment>
        <translation>БУУнун атайын процедуралары</translation>
    </message>
    <message>
        <source>UN Special Rapporteur on torture</source>
        <comment>recipient.ill-treatment.un</comment>
        <translation>БУУнун кыйноолор боюнча атайын баяндамачысы</translation>
    </message>
    <message>
        <source>Embassy</source>
        <comment>recipient.ill-treatment.embassy</comment>
        <translation>Элчилик</translation>
    </message>
    <message>
        <source>Internal use</source>
        <comment>recipient.ill-treatment.internal</comment>
        <translation>Ички колдонуу үчүн</translation>
    </message>
    <message>
        <source>Internal use</source>
        <comment>recipient.dossier</comment>
        <translation>Ички колдонуу үчүн</translation>
    </message>
    <message>
        <source>Embassy brief</source>
        <comment>template.embassy</comment>
        <translation>Элчилик үчүн маалымкат</translation>
    </message>
    <message>
        <source>WGAD questionnaire</source>
        <comment>template.wgad</comment>
        <translation>WGAD анкетасы</translation>
    </message>
    <message>
        <source>Special Procedures communication</source>
        <comment>template.special-procedures</comment>
        <translation>Атайын процедураларга билдирүү</translation>
    </message>
    <message>
        <source>Ill-treatment summary</source>
        <comment>template.ill-treatment</comment>
        <translation>Ырайымсыз мамиле тууралуу кыскача баян</translation>
    </message>
    <message>
        <source>Internal dossier</source>
        <comment>template.dossier</comment>
        <translation>Ички досье</translation>
    </message>
    <message>
        <source>Embassy briefs: people in detention</source>
        <comment>cover.title</comment>
        <translation>Элчиликтер үчүн маалымкаттар: камактагы адамдар</translation>
    </message>
    <message>
        <source>{count} briefs follow, each from a new page and numbered on its own.</source>
        <comment>cover.intro</comment>
        <translation>Андан ары {count} маалымкат берилет; ар бири жаңы беттен башталат жана өзүнчө номерленет.</translation>
    </message>
    <message>
        <source>{count} briefs</source>
        <comment>cover.reference</comment>
        <translation>Маалымкаттар: {count}</translation>
    </message>
    <message>
        <source>No.</source>
        <comment>cover.no</comment>
        <translation>№</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>cover.name</comment>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>cover.status</comment>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Pages in this file</source>
        <comment>cover.pages</comment>
        <translation>Бул файлдагы беттер</translation>
    </message>
    <message>
        <source>Redactions applied: {list}.</source>
        <comment>redaction.applied</comment>
        <translation>Бул нускада жашырылганы: {list}.</translation>
    </message>
    <message>
        <source>none (complete internal copy)</source>
        <comment>redaction.none</comment>
        <translation>эч нерсе (толук ички нуска)</translation>
    </message>
    <message>
        <source>sources</source>
        <comment>redaction.sources</comment>
        <translation>булактар</translation>
    </message>
    <message>
        <source>contact details and addresses</source>
        <comment>redaction.contacts</comment>
        <translation>байланыш маалыматтары жана даректер</translation>
    </message>
    <message>
        <source>initials for people who asked for them</source>
        <comment>redaction.initials</comment>
        <translation>суранган адамдар үчүн баш тамгалар гана</translation>
    </message>
    <message>
        <source>internal notes</source>
        <comment>redaction.notes</comment>
        <translation>ички эскертүүлөр</translation>
    </message>
    <message>
        <source>medical findings</source>
        <comment>redaction.medical</comment>
        <translation>медициналык корутундулар</translation>
    </message>
    <message>
        <source>age</source>
        <comment>label.age</comment>
        <translation>жашы</translation>
    </message>
    <message>
        <source>Age</source>
        <comment>label.age_head</comment>
        <translation>Жашы</translation>
    </message>
    <message>
        <source>Sex</source>
        <comment>label.sex</comment>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Nationality</source>
        <comment>label.nationality</comment>
        <translation>Жарандыгы</translation>
    </message>
    <message>
        <source>Profession or activity</source>
        <comment>label.profession</comment>
        <translation>Кесиби же ишмердүүлүгү</translation>
    </message>
    <message>
        <source>Role</source>
        <comment>label.roles</comment>
        <translation>Ролу</translation>
    </message>
    <message>
        <source>Organisation</source>
        <comment>label.organisations</comment>
        <translation>Уюм</translation>
    </message>
    <message>
        <source>Case numbers</source>
        <comment>label.case_numbers</comment>
        <translation>Иштердин номерлери</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>label.notes</comment>
        <translation>Эскертүүлөр</translation>
    </message>
    <message>
        <source>female</source>
        <comment>sex.female</comment>
        <translation>аял</translation>
    </message>
    <message>
        <source>male</source>
        <comment>sex.male</comment>
        <translation>эркек</translation>
    </message>
    <message>
        <source>other</source>
        <comment>sex.other</comment>
        <translation>башка</translation>
    </message>
    <message>
        <source>not recorded</source>
        <comment>sex.unknown</comment>
        <translation>көрсөтүлгөн эмес</translation>
    </message>
    <message>
        <source>human-rights defender</source>
        <comment>role.human_rights_defender</comment>
        <translation>укук коргоочу</translation>
    </message>
    <message>
        <source>journalist</source>
        <comment>role.journalist</comment>
        <translation>журналист</translation>
    </message>
    <message>
        <source>blogger</source>
        <comment>role.blogger</comment>
        <translation>блогер</translation>
    </message>
    <message>
        <source>lawyer</source>
        <comment>role.lawyer</comment>
        <translation>адвокат</translation>
    </message>
    <message>
        <source>activist</source>
        <comment>role.activist</comment>
        <translation>активист</translation>
    </message>
    <message>
        <source>relative</source>
        <comment>role.relative</comment>
        <translation>тууган</translation>
    </message>
    <message>
        <source>witness</source>
        <comment>role.witness</comment>
        <translation>күбө</translation>
    </message>
    <message>
        <source>No detention on record</source>
        <comment>status.no_record</comment>
        <translation>Эркинен ажыратуу катталган эмес</translation>
    </message>
    <message>
        <source>Disappeared</source>
        <comment>status.disappeared</comment>
        <translation>Дайынсыз жоголгон</translation>
    </message>
    <message>
        <source>In police custody</source>
        <comment>status.police_custody</comment>
        <translation>Милицияда кармалууда (ИВС)</translation>
    </message>
    <message>
        <source>In pre-trial detention</source>
        <comment>status.pretrial_detention</comment>
        <translation>Сотко чейин камакта</translation>
    </message>
    <message>
        <source>Imprisoned</source>
        <comment>status.imprisoned</comment>
        <translation>Эркинен ажыратылган</translation>
    </message>
    <message>
        <source>Under house arrest</source>
        <comment>status.house_arrest</comment>
        <translation>Үй камагында</translation>
    </message>
    <message>
        <source>Under a travel ban</source>
        <comment>status.travel_ban</comment>
        <translation>Чыгууга тыюу салынган</translation>
    </message>
    <message>
        <source>On probation</source>
        <comment>status.probation</comment>
        <translation>Шарттуу жазада</translation>
    </message>
    <message>
        <source>Expelled</source>
        <comment>status.expelled</comment>
        <translation>Өлкөдөн чыгарылган</translation>
    </message>
    <message>
        <source>Released</source>
        <comment>status.released</comment>
        <translation>Бошотулган</translation>
    </message>
    <message>
        <source>{days} days in custody</source>
        <comment>status.days_in_custody</comment>
        <translation>камакта {days} күн</translation>
    </message>
    <message>
        <source>since {date}</source>
        <comment>status.since</comment>
        <translation>{date:abl} бери</translation>
    </message>
    <message>
        <source>Held at {place}</source>
        <comment>status.held_at</comment>
        <translation>Кармалган жери: {place}</translation>
    </message>
    <message>
        <source>Current detention term until {date}</source>
        <comment>status.term_until</comment>
        <translation>Камактын учурдагы мөөнөтү {date:dat} чейин</translation>
    </message>
    <message>
        <source>pending</source>
        <comment>charge_status.pending</comment>
        <translation>каралууда</translation>
    </message>
    <message>
        <source>dropped</source>
        <comment>charge_status.dropped</comment>
        <translation>алынып салынган</translation>
    </message>
    <message>
        <source>acquitted</source>
        <comment>charge_status.acquitted</comment>
        <translation>акталган</translation>
    </message>
    <message>
        <source>convicted</source>
        <comment>charge_status.convicted</comment>
        <translation>соттолгон</translation>
    </message>
    <message>
        <source>investigation</source>
        <comment>case_status.investigation</comment>
        <translation>тергөө</translation>
    </message>
    <message>
        <source>trial</source>
        <comment>case_status.trial</comment>
        <translation>сот</translation>
    </message>
    <message>
        <source>appeal</source>
        <comment>case_status.appeal</comment>
        <translation>апелляция</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>case_status.closed</comment>
        <translation>жабылган</translation>
    </message>
    <message>
        <source>defendant</source>
        <comment>case_role.defendant</comment>
        <translation>айыпталуучу</translation>
    </message>
    <message>
        <source>victim</source>
        <comment>case_role.victim</comment>
        <translation>жабырлануучу</translation>
    </message>
    <message>
        <source>lawyer</source>
        <comment>case_role.lawyer</comment>
        <translation>адвокат</translation>
    </message>
    <message>
        <source>witness</source>
        <comment>case_role.witness</comment>
        <translation>күбө</translation>
    </message>
    <message>
        <source>judge</source>
        <comment>case_role.judge</comment>
        <translation>судья</translation>
    </message>
    <message>
        <source>prosecutor</source>
        <comment>case_role.prosecutor</comment>
        <translation>прокурор</translation>
    </message>
    <message>
        <source>held</source>
        <comment>outcome.held</comment>
        <translation>өткөрүлдү</translation>
    </message>
    <message>
        <source>postponed</source>
        <comment>outcome.postponed</comment>
        <translation>жылдырылды</translation>
    </message>
    <message>
        <source>verdict</source>
        <comment>outcome.verdict</comment>
        <translation>өкүм чыгарылды</translation>
    </message>
    <message>
        <source>detention extended</source>
        <comment>outcome.detention_extended</comment>
        <translation>камакта кармоо мөөнөтү узартылды</translation>
    </message>
    <message>
        <source>low</source>
        <comment>risk.low</comment>
        <translation>төмөн</translation>
    </message>
    <message>
        <source>medium</source>
        <comment>risk.medium</comment>
        <translation>орточо</translation>
    </message>
    <message>
        <source>high</source>
        <comment>risk.high</comment>
        <translation>жогору</translation>
    </message>
    <message>
        <source>critical</source>
        <comment>risk.critical</comment>
        <translation>өтө жогору</translation>
    </message>
    <message>
        <source>printed</source>
        <comment>medium.printed</comment>
        <translation>басылып чыгарылган</translation>
    </message>
    <message>
        <source>saved</source>
        <comment>medium.saved</comment>
        <translation>сакталган</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>timeline.when</comment>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Measure</source>
        <comment>timeline.measure</comment>
        <translation>Чара</translation>
    </message>
    <message>
        <source>Place and authority</source>
        <comment>timeline.where</comment>
        <translation>Жери жана орган</translation>
    </message>
    <message>
        <source>term until {date}</source>
        <comment>timeline.term_until</comment>
        <translation>{date:dat} чейин</translation>
    </message>
    <message>
        <source>ordered by {authority}</source>
        <comment>timeline.ordered_by</comment>
        <translation>чечим чыгарган орган: {authority}</translation>
    </message>
    <message>
        <source>Forces: {forces}</source>
        <comment>timeline.forces</comment>
        <translation>Кармагандар: {forces}</translation>
    </message>
    <message>
        <source>Reasons given: {reasons}</source>
        <comment>timeline.reasons</comment>
        <translation>Айтылган себептер: {reasons}</translation>
    </message>
    <message>
        <source>Legal basis: {basis}</source>
        <comment>timeline.legal_basis</comment>
        <translation>Укуктук негизи: {basis}</translation>
    </message>
    <message>
        <source>Warrant shown: {shown}</source>
        <comment>timeline.warrant</comment>
        <translation>Токтом көрсөтүлдүбү: {shown}</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <comment>timeline.notes</comment>
        <translation>Эскертүүлөр: {notes}</translation>
    </message>
    <message>
        <source>Art. {article}</source>
        <comment>charge.article</comment>
        <translation>{article}-берене</translation>
    </message>
    <message>
        <source>Article</source>
        <comment>charge.article_head</comment>
        <translation>Берене</translation>
    </message>
    <message>
        <source>Wording</source>
        <comment>charge.wording</comment>
        <translation>Айыптын мазмуну</translation>
    </message>
    <message>
        <source>Brought</source>
        <comment>charge.brought_on</comment>
        <translation>Коюлган күнү</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>charge.status</comment>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>no hearing scheduled</source>
        <comment>hearing.none_scheduled</comment>
        <translation>сот отуруму белгиленген эмес</translation>
    </message>
    <message>
        <source>Closed to the public</source>
        <comment>hearing.closed</comment>
        <translation>Жабык отурум</translation>
    </message>
    <message>
        <source>Complaint to {to}</source>
        <comment>ill.reported</comment>
        <translation>Арыз берилген орган: {to}</translation>
    </message>
    <message>
        <source>on {date}</source>
        <comment>ill.on</comment>
        <translation>({date})</translation>
    </message>
    <message>
        <source>Response: {response}</source>
        <comment>ill.response</comment>
        <translation>Жооп: {response}</translation>
    </message>
    <message>
        <source>No response recorded</source>
        <comment>ill.no_response</comment>
        <translation>Жооп катталган эмес</translation>
    </message>
    <message>
        <source>examined on {date}</source>
        <comment>ill.exam_on</comment>
        <translation>{date:loc} текшерилген</translation>
    </message>
    <message>
        <source>by {examiner}</source>
        <comment>ill.exam_by</comment>
        <translation>текшерген: {examiner}</translation>
    </message>
    <message>
        <source>Findings: {findings}</source>
        <comment>ill.findings</comment>
        <translation>Корутунду: {findings}</translation>
    </message>
    <message>
        <source>Findings withheld in this copy</source>
        <comment>ill.findings_withheld</comment>
        <translation>Корутунду бул нускада жашырылган</translation>
    </message>
    <message>
        <source>no medical examination recorded</source>
        <comment>ill.no_exam</comment>
        <translation>медициналык текшерүү катталган эмес</translation>
    </message>
    <message>
        <source>Injuries: {injuries}</source>
        <comment>ill.injuries_short</comment>
        <translation>Жаракаттар: {injuries}</translation>
    </message>
    <message>
        <source>Date and place</source>
        <comment>ill.when_where</comment>
        <translation>Күнү жана жери</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <comment>ill.circumstances</comment>
        <translation>Жагдайлар</translation>
    </message>
    <message>
        <source>People involved (unit, rank)</source>
        <comment>ill.perpetrators</comment>
        <translation>Катышкан адамдар (бөлүмү, наамы)</translation>
    </message>
    <message>
        <source>Methods</source>
        <comment>ill.methods</comment>
        <translation>Ыкмалар</translation>
    </message>
    <message>
        <source>Injuries and after-effects</source>
        <comment>ill.injuries</comment>
        <translation>Жаракаттар жана кесепеттер</translation>
    </message>
    <message>
        <source>Medical examination</source>
        <comment>ill.medical</comment>
        <translation>Медициналык текшерүү</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <comment>ill.witnesses</comment>
        <translation>Күбөлөр</translation>
    </message>
    <message>
        <source>Complaints and responses</source>
        <comment>ill.complaints</comment>
        <translation>Арыздар жана жооптор</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>ill.source</comment>
        <translation>Булак</translation>
    </message>
    <message>
        <source>Consent to submit given</source>
        <comment>consent.given</comment>
        <translation>Кайрылууга макулдук берилген</translation>
    </message>
    <message>
        <source>Informed that the State will be contacted</source>
        <comment>consent.informed_state</comment>
        <translation>Бийликке кат тууралуу кабардар</translation>
    </message>
    <message>
        <source>Consent to appear in a public report</source>
        <comment>consent.public</comment>
        <translation>Ачык баяндамада аталууга макулдук</translation>
    </message>
    <message>
        <source>Name to be used</source>
        <comment>consent.name_usage</comment>
        <translation>Кайсы ат колдонулат</translation>
    </message>
    <message>
        <source>full name</source>
        <comment>consent.full_name</comment>
        <translation>толук аты-жөнү</translation>
    </message>
    <message>
        <source>initials only</source>
        <comment>consent.initials</comment>
        <translation>баш тамгалар гана</translation>
    </message>
    <message>
        <source>No consent on record</source>
        <comment>consent.none</comment>
        <translation>Макулдук катталган эмес</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>submitter.name</comment>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <source>Organisation</source>
        <comment>submitter.organisation</comment>
        <translation>Уюм</translation>
    </message>
    <message>
        <source>Postal address</source>
        <comment>submitter.postal</comment>
        <translation>Почта дареги</translation>
    </message>
    <message>
        <source>E-mail</source>
        <comment>submitter.email</comment>
        <translation>Электрондук почта</translation>
    </message>
    <message>
        <source>Telephone</source>
        <comment>submitter.phone</comment>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>not set (vault setting “submitter”)</source>
        <comment>submitter.missing</comment>
        <translation>көрсөтүлгөн эмес (сактагычтын «жөнөтүүчү» жөндөөсү)</translation>
    </message>
    <message>
        <source>Case brief</source>
        <comment>embassy.title</comment>
        <translation>Иш боюнча маалымкат</translation>
    </message>
    <message>
        <source>For the attention of the embassy</source>
        <comment>embassy.subtitle</comment>
        <translation>Элчиликтин көңүлүнө</translation>
    </message>
    <message>
        <source>Status today</source>
        <comment>embassy.status</comment>
        <translation>Бүгүнкү абалы</translation>
    </message>
    <message>
        <source>Charges</source>
        <comment>embassy.charges</comment>
        <translation>Айыптар</translation>
    </message>
    <message>
        <source>Next hearing</source>
        <comment>embassy.next_hearing</comment>
        <translation>Кийинки сот отуруму</translation>
    </message>
    <message>
        <source>Who they are and why it matters</source>
        <comment>embassy.who</comment>
        <translation>Ал ким жана бул эмне үчүн маанилүү</translation>
    </message>
    <message>
        <source>Charges</source>
        <comment>embassy.charges_head</comment>
        <translation>Айыптар</translation>
    </message>
    <message>
        <source>Detention timeline (latest events)</source>
        <comment>embassy.timeline</comment>
        <translation>Эркинен ажыратуунун хронологиясы (акыркы окуялар)</translation>
    </message>
    <message>
        <source>{count} earlier events are not listed.</source>
        <comment>embassy.timeline_more</comment>
        <translation>Мурунку окуялар көрсөтүлгөн жок: {count}.</translation>
    </message>
    <message>
        <source>Ill-treatment concerns</source>
        <comment>embassy.ill_treatment</comment>
        <translation>Ырайымсыз мамиле боюнча кабатырлануулар</translation>
    </message>
    <message>
        <source>What we ask of the embassy</source>
        <comment>embassy.requests</comment>
        <translation>Элчиликтен эмнени суранабыз</translation>
    </message>
    <message>
        <source>Contact</source>
        <comment>embassy.contact</comment>
        <translation>Байланыш</translation>
    </message>
    <message>
        <source>Send an observer to the next hearing on {date} ({court}).</source>
        <comment>embassy.ask.observe</comment>
        <translation>Кийинки сот отурумуна ({date}, {court}) байкоочу жиберүү.</translation>
    </message>
    <message>
        <source>Send an observer to the hearings once they are scheduled.</source>
        <comment>embassy.ask.observe_any</comment>
        <translation>Сот отурумдары белгиленгенде аларга байкоочу жиберүү.</translation>
    </message>
    <message>
        <source>Raise the case with the authorities and ask that the proceedings meet international fair-trial standards.</source>
        <comment>embassy.ask.raise</comment>
        <translation>Бул ишти бийликтердин алдына коюп, сот териштирүүсү адилеттүү соттун эл аралык стандарттарына ылайык жүргүзүлүшүн талап кылуу.</translation>
    </message>
    <message>
        <source>Ask for access to the detained person and for an independent medical examination.</source>
        <comment>embassy.ask.visit</comment>
        <translation>Камактагы адамга жолугууга жана көз карандысыз медициналык текшерүүгө уруксат суроо.</translation>
    </message>
    <message>
        <source>Ask for a prompt, effective and impartial investigation of the allegations of ill-treatment.</source>
        <comment>embassy.ask.investigate</comment>
        <translation>Ырайымсыз мамиле тууралуу дооматтарды тез, натыйжалуу жана калыс териштирүүнү суроо.</translation>
    </message>
    <message>
        <source>Model questionnaire</source>
        <comment>wgad.title</comment>
        <translation>Үлгү анкета</translation>
    </message>
    <message>
        <source>To be completed by persons alleging arbitrary arrest or detention — UN Working Group on Arbitrary Detention</source>
        <comment>wgad.subtitle</comment>
        <translation>Өзүм билемдик менен кармалганын же камакка алынганын билдирген адамдар толтурат — БУУнун Өзүм билемдик менен кармоо боюнча жумушчу тобу</translation>
    </message>
    <message>
        <source>I. Identity</source>
        <comment>wgad.s1</comment>
        <translation>I. Инсандыгы</translation>
    </message>
    <message>
        <source>II. Arrest</source>
        <comment>wgad.s2</comment>
        <translation>II. Кармоо</translation>
    </message>
    <message>
        <source>III. Detention</source>
        <comment>wgad.s3</comment>
        <translation>III. Камакта кармоо</translation>
    </message>
    <message>
        <source>IV. Why the arrest or detention is considered arbitrary</source>
        <comment>wgad.s4</comment>
        <translation>IV. Эмне үчүн кармоо же камакта кармоо өзүм билемдик деп эсептелет</translation>
    </message>
    <message>
        <source>V. Domestic remedies and their results</source>
        <comment>wgad.s5</comment>
        <translation>V. Ички укуктук коргоо каражаттары жана алардын натыйжалары</translation>
    </message>
    <message>
        <source>VI. Person or organisation submitting</source>
        <comment>wgad.s6</comment>
        <translation>VI. Кайрылууну жөнөткөн адам же уюм</translation>
    </message>
    <message>
        <source>Family name</source>
        <comment>wgad.family_name</comment>
        <translation>Фамилиясы</translation>
    </message>
    <message>
        <source>First name</source>
        <comment>wgad.first_name</comment>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Date of birth or age</source>
        <comment>wgad.birth</comment>
        <translation>Туулган күнү же жашы</translation>
    </message>
    <message>
        <source>Identity document</source>
        <comment>wgad.document</comment>
        <translation>Инсандыгын күбөлөндүргөн документ</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>wgad.doc_type</comment>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Issued by</source>
        <comment>wgad.doc_issued_by</comment>
        <translation>Ким берген</translation>
    </message>
    <message>
        <source>Issued on</source>
        <comment>wgad.doc_issued_on</comment>
        <translation>Берилген күнү</translation>
    </message>
    <message>
        <source>Number</source>
        <comment>wgad.doc_number</comment>
        <translation>Номери</translation>
    </message>
    <message>
        <source>Profession and/or activity</source>
        <comment>wgad.profession</comment>
        <translation>Кесиби жана/же ишмердүүлүгү</translation>
    </message>
    <message>
        <source>Address of usual residence</source>
        <comment>wgad.address</comment>
        <translation>Туруктуу жашаган дареги</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>wgad.date</comment>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Place</source>
        <comment>wgad.place</comment>
        <translation>Жери</translation>
    </message>
    <message>
        <source>Forces that carried out the arrest</source>
        <comment>wgad.arrest_forces</comment>
        <translation>Кармоону ишке ашырган күчтөр</translation>
    </message>
    <message>
        <source>Warrant or other decision shown</source>
        <comment>wgad.warrant</comment>
        <translation>Токтом же башка чечим көрсөтүлдүбү</translation>
    </message>
    <message>
        <source>Authority that issued it</source>
        <comment>wgad.authority</comment>
        <translation>Аны чыгарган орган</translation>
    </message>
    <message>
        <source>Reasons given by the authorities</source>
        <comment>wgad.reasons</comment>
        <translation>Бийликтер айткан себептер</translation>
    </message>
    <message>
        <source>Legal basis, including the legislation applied</source>
        <comment>wgad.legal_basis</comment>
        <translation>Укуктук негизи, колдонулган мыйзамдар менен кошо</translation>
    </message>
    <message>
        <source>No arrest is recorded.</source>
        <comment>wgad.no_arrest</comment>
        <translation>Кармоо катталган эмес.</translation>
    </message>
    <message>
        <source>No detention is recorded.</source>
        <comment>wgad.no_detention</comment>
        <translation>Камакта кармоо катталган эмес.</translation>
    </message>
    <message>
        <source>Duration</source>
        <comment>wgad.duration</comment>
        <translation>Узактыгы</translation>
    </message>
    <message>
        <source>{days} days in custody as of {date}.</source>
        <comment>wgad.duration_now</comment>
        <translation>{date:dat} карата камакта {days} күн.</translation>
    </message>
    <message>
        <source>{days} days in custody in total.</source>
        <comment>wgad.duration_total</comment>
        <translation>Камакта бардыгы болуп {days} күн.</translation>
    </message>
    <message>
        <source>Current term until {date}.</source>
        <comment>wgad.term_until</comment>
        <translation>Учурдагы мөөнөтү {date:dat} чейин.</translation>
    </message>
    <message>
        <source>Forces holding the detainee</source>
        <comment>wgad.holding_forces</comment>
        <translation>Камакта кармап турган күчтөр</translation>
    </message>
    <message>
        <source>Places of detention, transfers and present place</source>
        <comment>wgad.places</comment>
        <translation>Кармалган жерлери, которулуулар жана азыркы жери</translation>
    </message>
    <message>
        <source>Present place: {place}</source>
        <comment>wgad.present_place</comment>
        <translation>Азыркы жери: {place}</translation>
    </message>
    <message>
        <source>Authorities that ordered the detention</source>
        <comment>wgad.ordered_by</comment>
        <translation>Камакка алуу тууралуу чечим чыгарган органдар</translation>
    </message>
    <message>
        <source>Category {number}</source>
        <comment>wgad.category</comment>
        <translation>{number}-категория</translation>
    </message>
    <message>
        <source>no legal basis can be invoked to justify the deprivation of liberty</source>
        <comment>wgad.category.I</comment>
        <translation>эркинен ажыратууну актаган эч кандай укуктук негизге шилтеме кылууга болбойт</translation>
    </message>
    <message>
        <source>deprivation of liberty for exercising rights guaranteed by the UDHR or the ICCPR (expression, assembly, association …)</source>
        <comment>wgad.category.II</comment>
        <translation>Адам укуктарынын жалпы декларациясында же Жарандык жана саясий укуктар жөнүндө эл аралык пактта кепилденген укуктарды (сөз, чогулуш, бирикме эркиндиги …) пайдаланганы үчүн эркинен ажыратуу</translation>
    </message>
    <message>
        <source>grave violation of the norms of a fair trial</source>
        <comment>wgad.category.III</comment>
        <translation>адилеттүү сот териштирүүнүн нормаларынын олуттуу бузулушу</translation>
    </message>
    <message>
        <source>prolonged administrative custody of migrants or asylum seekers</source>
        <comment>wgad.category.IV</comment>
        <translation>мигранттарды же башпаанек издегендерди узак убакыт административдик камакта кармоо</translation>
    </message>
    <message>
        <source>discrimination</source>
        <comment>wgad.category.V</comment>
        <translation>басмырлоо</translation>
    </message>
    <message>
        <source>Categories of arbitrary detention</source>
        <comment>wgad.categories</comment>
        <translation>Өзүм билемдик менен кармоонун категориялары</translation>
    </message>
    <message>
        <source>Circumstances and reasons</source>
        <comment>wgad.circumstances</comment>
        <translation>Жагдайлар жана себептер</translation>
    </message>
    <message>
        <source>pending</source>
        <comment>wgad.pending</comment>
        <translation>каралууда</translation>
    </message>
    <message>
        <source>Complaint</source>
        <comment>wgad.complaint</comment>
        <translation>Арыз</translation>
    </message>
    <message>
        <source>Step taken</source>
        <comment>wgad.step</comment>
        <translation>Көрүлгөн чара</translation>
    </message>
    <message>
        <source>Before</source>
        <comment>wgad.before</comment>
        <translation>Кайсы органга</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>wgad.result</comment>
        <translation>Натыйжасы</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>wgad.submission_date</comment>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Signature</source>
        <comment>wgad.signature</comment>
        <translation>Колу</translation>
    </message>
    <message>
        <source>Submission to the UN Special Procedures</source>
        <comment>sp.title</comment>
        <translation>БУУнун атайын процедураларына кайрылуу</translation>
    </message>
    <message>
        <source>Request for an urgent appeal (ongoing or imminent violation)</source>
        <comment>sp.urgent</comment>
        <translation>Шашылыш кайрылуу жөнөтүүнү суроо (уланып жаткан же жакындап калган бузуу)</translation>
    </message>
    <message>
        <source>Request for an allegation letter (past violation)</source>
        <comment>sp.allegation</comment>
        <translation>Доомат катын жөнөтүүнү суроо (өткөн бузуу)</translation>
    </message>
    <message>
        <source>1. Alleged victim</source>
        <comment>sp.s_victim</comment>
        <translation>1. Жабырлануучу</translation>
    </message>
    <message>
        <source>2. Consent</source>
        <comment>sp.s_consent</comment>
        <translation>2. Макулдук</translation>
    </message>
    <message>
        <source>3. Alleged perpetrators</source>
        <comment>sp.s_perpetrators</comment>
        <translation>3. Болжолдуу жасагандар</translation>
    </message>
    <message>
        <source>4. Facts</source>
        <comment>sp.s_facts</comment>
        <translation>4. Фактылар</translation>
    </message>
    <message>
        <source>5. Action taken domestically and the authorities' response</source>
        <comment>sp.s_domestic</comment>
        <translation>5. Өлкөнүн ичинде көрүлгөн чаралар жана бийликтердин жообу</translation>
    </message>
    <message>
        <source>6. Human-rights defender: activities and link to the violation</source>
        <comment>sp.s_defender</comment>
        <translation>6. Укук коргоочу: ишмердүүлүгү жана анын бузуу менен байланышы</translation>
    </message>
    <message>
        <source>7. Submitter</source>
        <comment>sp.s_submitter</comment>
        <translation>7. Жөнөтүүчү</translation>
    </message>
    <message>
        <source>The identity of the submitter is to be kept confidential.</source>
        <comment>sp.submitter_confidential</comment>
        <translation>Жөнөтүүчүнүн инсандыгы купуя сакталышы керек.</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>sp.victim_name</comment>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <source>Date of birth or age</source>
        <comment>sp.birth</comment>
        <translation>Туулган күнү же жашы</translation>
    </message>
    <message>
        <source>Occupation and activities</source>
        <comment>sp.occupation</comment>
        <translation>Кесиби жана ишмердүүлүгү</translation>
    </message>
    <message>
        <source>Residence</source>
        <comment>sp.residence</comment>
        <translation>Жашаган жери</translation>
    </message>
    <message>
        <source>Current situation</source>
        <comment>sp.status</comment>
        <translation>Азыркы абалы</translation>
    </message>
    <message>
        <source>Individual or group</source>
        <comment>sp.group</comment>
        <translation>Жеке адам же топ</translation>
    </message>
    <message>
        <source>individual (1 person)</source>
        <comment>sp.individual</comment>
        <translation>жеке адам (1 адам)</translation>
    </message>
    <message>
        <source>ill-treatment</source>
        <comment>sp.ill_treatment</comment>
        <translation>ырайымсыз мамиле</translation>
    </message>
    <message>
        <source>Date of arrest</source>
        <comment>sp.arrest_date</comment>
        <translation>Кармалган күнү</translation>
    </message>
    <message>
        <source>Place of arrest</source>
        <comment>sp.arrest_place</comment>
        <translation>Кармалган жери</translation>
    </message>
    <message>
        <source>Reasons given</source>
        <comment>sp.reasons</comment>
        <translation>Айтылган себептер</translation>
    </message>
    <message>
        <source>Charges</source>
        <comment>sp.charges</comment>
        <translation>Айыптар</translation>
    </message>
    <message>
        <source>Incident {number}</source>
        <comment>sp.incident</comment>
        <translation>{number}-окуя</translation>
    </message>
    <message>
        <source>Date and place</source>
        <comment>sp.incident_date</comment>
        <translation>Күнү жана жери</translation>
    </message>
    <message>
        <source>Description</source>
        <comment>sp.description</comment>
        <translation>Баяндама</translation>
    </message>
    <message>
        <source>Activities</source>
        <comment>sp.activities</comment>
        <translation>Ишмердүүлүгү</translation>
    </message>
    <message>
        <source>Link between the activities and the violation</source>
        <comment>sp.link</comment>
        <translation>Ишмердүүлүгү менен бузуунун ортосундагы байланыш</translation>
    </message>
    <message>
        <source>Fear of reprisals</source>
        <comment>sp.reprisals</comment>
        <translation>Өч алуудан коркуу</translation>
    </message>
    <message>
        <source>Ill-treatment account</source>
        <comment>ill.title</comment>
        <translation>Ырайымсыз мамиле тууралуу баян</translation>
    </message>
    <message>
        <source>Set out along the elements of the Istanbul Protocol</source>
        <comment>ill.subtitle</comment>
        <translation>Стамбул протоколунун элементтери боюнча баяндалды</translation>
    </message>
    <message>
        <source>The person</source>
        <comment>ill.s_victim</comment>
        <translation>Адам</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>ill.victim</comment>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <source>Incident {number}</source>
        <comment>ill.s_incident</comment>
        <translation>{number}-окуя</translation>
    </message>
    <message>
        <source>No ill-treatment report is recorded.</source>
        <comment>ill.none</comment>
        <translation>Ырайымсыз мамиле тууралуу билдирүү катталган эмес.</translation>
    </message>
    <message>
        <source>no ill-treatment report recorded</source>
        <comment>ill.none_short</comment>
        <translation>ырайымсыз мамиле тууралуу билдирүү катталган эмес</translation>
    </message>
    <message>
        <source>Informed consent and confidentiality</source>
        <comment>ill.s_consent</comment>
        <translation>Маалымдалган макулдук жана купуялуулук</translation>
    </message>
    <message>
        <source>This account is shared in confidence. It must not be forwarded to the authorities without the person's informed consent.</source>
        <comment>ill.confidentiality</comment>
        <translation>Бул баян ишеним менен берилип жатат. Адамдын маалымдалган макулдугусуз аны бийликтерге өткөрүп берүүгө болбойт.</translation>
    </message>
    <message>
        <source>Internal dossier</source>
        <comment>dossier.title</comment>
        <translation>Ички досье</translation>
    </message>
    <message>
        <source>Everything on record. Internal — do not share.</source>
        <comment>dossier.subtitle</comment>
        <translation>Катталгандын баары. Ички — бөлүшпөңүз.</translation>
    </message>
    <message>
        <source>Identity and contacts</source>
        <comment>dossier.s_identity</comment>
        <translation>Инсандыгы жана байланыштар</translation>
    </message>
    <message>
        <source>Full name</source>
        <comment>dossier.full_name</comment>
        <translation>Толук аты-жөнү</translation>
    </message>
    <message>
        <source>Other spellings and aliases</source>
        <comment>dossier.other_names</comment>
        <translation>Башка жазылыштары жана лакап аттары</translation>
    </message>
    <message>
        <source>Contact details</source>
        <comment>dossier.contacts</comment>
        <translation>Байланыш маалыматтары</translation>
    </message>
    <message>
        <source>Risk level</source>
        <comment>dossier.risk</comment>
        <translation>Коркунуч деңгээли</translation>
    </message>
    <message>
        <source>Status today</source>
        <comment>dossier.s_status</comment>
        <translation>Бүгүнкү абалы</translation>
    </message>
    <message>
        <source>Possibly held in police custody beyond the legal 48 hours: check.</source>
        <comment>dossier.over_48h</comment>
        <translation>Мыйзамдагы 48 сааттан ашык ИВСте кармалып жатышы мүмкүн: текшериңиз.</translation>
    </message>
    <message>
        <source>Consents</source>
        <comment>dossier.s_consent</comment>
        <translation>Макулдуктар</translation>
    </message>
    <message>
        <source>Given</source>
        <comment>dossier.consent_given_on</comment>
        <translation>Берилген күнү</translation>
    </message>
    <message>
        <source>Shared with</source>
        <comment>dossier.consent_scope</comment>
        <translation>Кимге берүүгө болот</translation>
    </message>
    <message>
        <source>UN</source>
        <comment>dossier.consent_un</comment>
        <translation>БУУ</translation>
    </message>
    <message>
        <source>embassies</source>
        <comment>dossier.consent_embassies</comment>
        <translation>элчиликтер</translation>
    </message>
    <message>
        <source>public</source>
        <comment>dossier.consent_public</comment>
        <translation>ачык</translation>
    </message>
    <message>
        <source>How obtained</source>
        <comment>dossier.consent_how</comment>
        <translation>Кантип алынган</translation>
    </message>
    <message>
        <source>State</source>
        <comment>dossier.consent_state</comment>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>current</source>
        <comment>dossier.consent_current</comment>
        <translation>күчүндө</translation>
    </message>
    <message>
        <source>withdrawn {date}</source>
        <comment>dossier.consent_withdrawn</comment>
        <translation>{date:loc} кайтарылып алынган</translation>
    </message>
    <message>
        <source>Cases</source>
        <comment>dossier.s_cases</comment>
        <translation>Иштер</translation>
    </message>
    <message>
        <source>role: {role}</source>
        <comment>dossier.role_in_case</comment>
        <translation>ролу: {role}</translation>
    </message>
    <message>
        <source>Detention timeline</source>
        <comment>dossier.s_detention</comment>
        <translation>Эркинен ажыратуунун хронологиясы</translation>
    </message>
    <message>
        <source>Hearings</source>
        <comment>dossier.s_hearings</comment>
        <translation>Сот отурумдары</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>dossier.kind</comment>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Court and judge</source>
        <comment>dossier.court</comment>
        <translation>Сот жана судья</translation>
    </message>
    <message>
        <source>Outcome</source>
        <comment>dossier.outcome</comment>
        <translation>Жыйынтык</translation>
    </message>
    <message>
        <source>Ill-treatment reports</source>
        <comment>dossier.s_ill_treatment</comment>
        <translation>Ырайымсыз мамиле тууралуу билдирүүлөр</translation>
    </message>
    <message>
        <source>Interventions</source>
        <comment>dossier.s_interventions</comment>
        <translation>Кайрылуулар</translation>
    </message>
    <message>
        <source>Recipient</source>
        <comment>dossier.recipient</comment>
        <translation>Алуучу</translation>
    </message>
    <message>
        <source>Summary</source>
        <comment>dossier.summary</comment>
        <translation>Кыскача мазмуну</translation>
    </message>
    <message>
        <source>Reply and outcome</source>
        <comment>dossier.reply</comment>
        <translation>Жооп жана жыйынтык</translation>
    </message>
    <message>
        <source>Sources</source>
        <comment>dossier.s_sources</comment>
        <translation>Булактар</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>dossier.source</comment>
        <translation>Булак</translation>
    </message>
    <message>
        <source>confidential</source>
        <comment>dossier.confidential</comment>
        <translation>купуя</translation>
    </message>
    <message>
        <source>Reliability</source>
        <comment>dossier.reliability</comment>
        <translation>Ишенимдүүлүгү</translation>
    </message>
    <message>
        <source>Documents given out</source>
        <comment>dossier.s_disclosures</comment>
        <translation>Берилген документтер</translation>
    </message>
    <message>
        <source>consent overridden: {reason}</source>
        <comment>dossier.override</comment>
        <translation>макулдукка карабастан берилди: {reason}</translation>
    </message>
    <message>
        <source>Document</source>
        <comment>dossier.template</comment>
        <translation>Документ</translation>
    </message>
    <message>
        <source>By</source>
        <comment>dossier.by</comment>
        <translation>Ким берди</translation>
    </message>
    <message>
        <source>Gaps</source>
        <comment>dossier.gaps_title</comment>
        <translation>Жетишпегендер</translation>
    </message>
    <message>
        <source>What each outgoing document still needs from this record.</source>
        <comment>dossier.gaps_intro</comment>
        <translation>Ар бир жөнөтүлүүчү документке бул жазуудан дагы эмне керек.</translation>
    </message>
    <message>
        <source>Nothing missing.</source>
        <comment>dossier.gaps_none</comment>
        <translation>Баары бар.</translation>
    </message>
    <message>
        <source>Court-day list</source>
        <comment>court_day.title_day</comment>
        <translation>Соттук күндүн тизмеси</translation>
    </message>
    <message>
        <source>Hearings of the week</source>
        <comment>court_day.title_week</comment>
        <translation>Жуманын сот отурумдары</translation>
    </message>
    <message>
        <source>Internal use</source>
        <comment>court_day.recipient</comment>
        <translation>Ички колдонуу үчүн</translation>
    </message>
    <message>
        <source>Hearings {period}</source>
        <comment>court_day.reference</comment>
        <translation>Сот отурумдары: {period}</translation>
    </message>
    <message>
        <source>Hearings: {hearings}, courts: {courts}</source>
        <comment>court_day.count</comment>
        <translation>Отурумдар: {hearings}, соттор: {courts}</translation>
    </message>
    <message>
        <source>No hearings in this period.</source>
        <comment>court_day.none</comment>
        <translation>Бул мезгилде сот отурумдары жок.</translation>
    </message>
    <message>
        <source>Names are left out of this copy: case references only.</source>
        <comment>court_day.without_names</comment>
        <translation>Бул нускада аты-жөндөр жок: иштердин номерлери гана.</translation>
    </message>
    <message>
        <source>Court not recorded</source>
        <comment>court_day.no_court</comment>
        <translation>Сот көрсөтүлгөн эмес</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>court_day.time</comment>
        <translation>Убактысы</translation>
    </message>
    <message>
        <source>Case</source>
        <comment>court_day.case</comment>
        <translation>Иш</translation>
    </message>
    <message>
        <source>Defendants</source>
        <comment>court_day.defendants</comment>
        <translation>Айыпталуучулар</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <comment>court_day.lawyer</comment>
        <translation>Адвокат</translation>
    </message>
    <message>
        <source>Judge</source>
        <comment>court_day.judge</comment>
        <translation>Судья</translation>
    </message>
    <message>
        <source>Hearing</source>
        <comment>court_day.notes</comment>
        <translation>Отурум</translation>
    </message>
    <message>
        <source>—</source>
        <comment>court_day.no_time</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>defendants: {count}</source>
        <comment>court_day.defendant_count</comment>
        <translation>айыпталуучулар: {count}</translation>
    </message>
    <message>
        <source>closed to the public</source>
        <comment>court_day.closed</comment>
        <translation>жабык отурум</translation>
    </message>
    <message>
        <source>postponed → {date}</source>
        <comment>court_day.postponed_to</comment>
        <translation>жылдырылды → {date}</translation>
    </message>
    <message>
        <source>postponed, no new date</source>
        <comment>court_day.postponed</comment>
        <translation>жылдырылды, жаңы күнү жок</translation>
    </message>
    <message>
        <source>Monday</source>
        <comment>weekday.0</comment>
        <translation>Дүйшөмбү</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <comment>weekday.1</comment>
        <translation>Шейшемби</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <comment>weekday.2</comment>
        <translation>Шаршемби</translation>
    </message>
    <message>
        <source>Thursday</source>
        <comment>weekday.3</comment>
        <translation>Бейшемби</translation>
    </message>
    <message>
        <source>Friday</source>
        <comment>weekday.4</comment>
        <translation>Жума</translation>
    </message>
    <message>
        <source>Saturday</source>
        <comment>weekday.5</comment>
        <translation>Ишемби</translation>
    </message>
    <message>
        <source>Sunday</source>
        <comment>weekday.6</comment>
        <translation>Жекшемби</translation>
    </message>
    <message>
        <source>For internal use</source>
        <comment>header.internal</comment>
        <translation>Ички колдонуу үчүн</translation>
    </message>
    <message>
        <source>UN Working Group on Enforced or Involuntary Disappearances</source>
        <comment>recipient.wgeid</comment>
        <translation>БУУнун Мажбурлап же ыктыярсыз жоголуулар боюнча жумушчу тобу</translation>
    </message>
    <message>
        <source>WGEID case submission</source>
        <comment>template.wgeid</comment>
        <translation>WGEIDге иш боюнча кайрылуу</translation>
    </message>
    <message>
        <source>Released</source>
        <comment>status.released.f</comment>
        <translation>Бошотулган</translation>
    </message>
    <message>
        <source>Disappeared</source>
        <comment>status.disappeared.f</comment>
        <translation>Дайынсыз жоголгон</translation>
    </message>
    <message>
        <source>Expelled</source>
        <comment>status.expelled.f</comment>
        <translation>Өлкөдөн чыгарылган</translation>
    </message>
    <message>
        <source>convicted</source>
        <comment>charge_status.convicted.f</comment>
        <translation>соттолгон</translation>
    </message>
    <message>
        <source>acquitted</source>
        <comment>charge_status.acquitted.f</comment>
        <translation>акталган</translation>
    </message>
    <message>
        <source>The person</source>
        <comment>ill.s_victim.f</comment>
        <translation>Адам</translation>
    </message>
    <message>
        <source>({days} days)</source>
        <comment>status.days_paren</comment>
        <translation>({days} күн)</translation>
    </message>
    <message>
        <source>term until {date}</source>
        <comment>status.measure_term</comment>
        <translation>мөөнөтү {date:dat} чейин</translation>
    </message>
    <message>
        <source>Whereabouts unknown</source>
        <comment>status.whereabouts_unknown</comment>
        <translation>Кайда экени белгисиз</translation>
    </message>
    <message>
        <source>Released on {date}</source>
        <comment>status.released_on</comment>
        <translation>{date:loc} бошотулган</translation>
    </message>
    <message>
        <source>Released on {date}</source>
        <comment>status.released_on.f</comment>
        <translation>{date:loc} бошотулган</translation>
    </message>
    <message>
        <source>{days} days in custody in total</source>
        <comment>status.custody_total</comment>
        <translation>Камакта бардыгы болуп {days} күн</translation>
    </message>
    <message>
        <source>house arrest extended</source>
        <comment>outcome.house_arrest_extended</comment>
        <translation>үй камагынын мөөнөтү узартылды</translation>
    </message>
    <message>
        <source>decision delivered</source>
        <comment>outcome.decision</comment>
        <translation>чечим чыгарылды</translation>
    </message>
    <message>
        <source>Convicted</source>
        <comment>verdict.convicted</comment>
        <translation>Соттолгон</translation>
    </message>
    <message>
        <source>Convicted</source>
        <comment>verdict.convicted.f</comment>
        <translation>Соттолгон</translation>
    </message>
    <message>
        <source>Acquitted</source>
        <comment>verdict.acquitted</comment>
        <translation>Акталган</translation>
    </message>
    <message>
        <source>Acquitted</source>
        <comment>verdict.acquitted.f</comment>
        <translation>Акталган</translation>
    </message>
    <message>
        <source>Charges dropped</source>
        <comment>verdict.dropped</comment>
        <translation>Айыптар алынып салынган</translation>
    </message>
    <message>
        <source>Charges dropped</source>
        <comment>verdict.dropped.f</comment>
        <translation>Айыптар алынып салынган</translation>
    </message>
    <message>
        <source>Verdict delivered (charges not yet updated)</source>
        <comment>verdict.pending</comment>
        <translation>Өкүм чыгарылды (айыптар али жаңыртыла элек)</translation>
    </message>
    <message>
        <source>Verdict delivered (charges not yet updated)</source>
        <comment>verdict.pending.f</comment>
        <translation>Өкүм чыгарылды (айыптар али жаңыртыла элек)</translation>
    </message>
    <message>
        <source>(on appeal)</source>
        <comment>verdict.on_appeal</comment>
        <translation>(апелляцияда)</translation>
    </message>
    <message>
        <source>on {date}</source>
        <comment>verdict.on</comment>
        <translation>{date:loc}</translation>
    </message>
    <message>
        <source>Sentence: {sentence}.</source>
        <comment>verdict.sentence</comment>
        <translation>Жаза: {sentence}.</translation>
    </message>
    <message>
        <source>decided on {date}</source>
        <comment>appeal.decided</comment>
        <translation>{date:loc} чечилген</translation>
    </message>
    <message>
        <source>pending</source>
        <comment>appeal.pending</comment>
        <translation>каралууда</translation>
    </message>
    <message>
        <source>pending, next hearing on {date}</source>
        <comment>appeal.pending_next</comment>
        <translation>каралууда, кийинки отурум {date:loc}</translation>
    </message>
    <message>
        <source>ref. {reference}</source>
        <comment>history.reference</comment>
        <translation>№ {reference}</translation>
    </message>
    <message>
        <source>Reply: {reply}</source>
        <comment>history.reply</comment>
        <translation>Жооп: {reply}</translation>
    </message>
    <message>
        <source>Result: {outcome}</source>
        <comment>history.outcome</comment>
        <translation>Натыйжасы: {outcome}</translation>
    </message>
    <message>
        <source>In custody</source>
        <comment>period.custody</comment>
        <translation>Камакта</translation>
    </message>
    <message>
        <source>Under house arrest</source>
        <comment>period.house_arrest</comment>
        <translation>Үй камагында</translation>
    </message>
    <message>
        <source>Disappeared</source>
        <comment>period.disappeared</comment>
        <translation>Дайынсыз жоголгон</translation>
    </message>
    <message>
        <source>ongoing</source>
        <comment>period.ongoing</comment>
        <translation>азыр да уланууда</translation>
    </message>
    <message>
        <source>{days} days</source>
        <comment>period.days</comment>
        <translation>{days} күн</translation>
    </message>
    <message>
        <source>Who gave it, and how</source>
        <comment>consent.given_by</comment>
        <translation>Ким жана кантип берген</translation>
    </message>
    <message>
        <source>Who gave the authorisation (consent: “How obtained”)</source>
        <comment>consent.given_by_field</comment>
        <translation>Макулдукту ким берген (макулдук: «Кантип алынган»)</translation>
    </message>
    <message>
        <source>Initials</source>
        <comment>consent.initials_scope_head</comment>
        <translation>Баш тамгалар</translation>
    </message>
    <message>
        <source>The person asks that only initials be used in anything made public; this copy uses them too.</source>
        <comment>consent.initials_here</comment>
        <translation>Адам жарыяланган материалдарда анын баш тамгалары гана колдонулушун суранат; бул нускада да баш тамгалар колдонулду.</translation>
    </message>
    <message>
        <source>The person asks that only initials be used in anything made public; the full name is given in this confidential submission.</source>
        <comment>consent.initials_scope</comment>
        <translation>Адам жарыяланган материалдарда анын баш тамгалары гана колдонулушун суранат; бул купуя кайрылууда толук аты-жөнү көрсөтүлдү.</translation>
    </message>
    <message>
        <source>Written in another language than this report: {field}</source>
        <comment>checklist.other_language</comment>
        <translation>Бул отчеттун тилинде жазылган эмес: {field}</translation>
    </message>
    <message>
        <source>Name in Latin letters (as in the passport)</source>
        <comment>wgad.latin_name</comment>
        <translation>Латын тамгалары менен аты-жөнү (паспорттогудай)</translation>
    </message>
    <message>
        <source>Name in Latin letters (person: “Other spellings”)</source>
        <comment>wgad.latin_name_field</comment>
        <translation>Латын тамгалары менен аты-жөнү (адам: «Башка жазылыштары»)</translation>
    </message>
    <message>
        <source>The person was taken and their whereabouts were not disclosed: an enforced disappearance (see the WGEID submission).</source>
        <comment>wgad.disappearance</comment>
        <translation>Адам кармалып кетип, анын кайда экени ачыкталган жок: бул мажбурлап жоготуу (WGEIDге кайрылууну караңыз).</translation>
    </message>
    <message>
        <source>Present situation</source>
        <comment>wgad.present</comment>
        <translation>Азыркы абалы</translation>
    </message>
    <message>
        <source>Verdict and sentence</source>
        <comment>wgad.verdict</comment>
        <translation>Өкүм жана жаза</translation>
    </message>
    <message>
        <source>Verdict and sentence (charge: “Sentence”)</source>
        <comment>wgad.verdict_field</comment>
        <translation>Өкүм жана жаза (айып: «Жаза»)</translation>
    </message>
    <message>
        <source>no verdict yet</source>
        <comment>wgad.no_verdict</comment>
        <translation>өкүм али чыга элек</translation>
    </message>
    <message>
        <source>Appeals</source>
        <comment>wgad.appeals</comment>
        <translation>Апелляциялар</translation>
    </message>
    <message>
        <source>Earlier submissions to UN bodies and their results</source>
        <comment>wgad.un_history</comment>
        <translation>БУУнун органдарына мурунку кайрылуулар жана алардын натыйжалары</translation>
    </message>
    <message>
        <source>No earlier submission to a UN body is recorded.</source>
        <comment>wgad.un_history_none</comment>
        <translation>БУУнун органдарына мурунку кайрылуу катталган эмес.</translation>
    </message>
    <message>
        <source>Authorisation by the person concerned or their family</source>
        <comment>wgad.authorisation</comment>
        <translation>Адамдын өзүнүн же үй-бүлөсүнүн макулдугу</translation>
    </message>
    <message>
        <source>Submitter</source>
        <comment>wgad.submitter</comment>
        <translation>Жөнөтүүчү</translation>
    </message>
    <message>
        <source>group of {count} people (this is person {number})</source>
        <comment>sp.group_of</comment>
        <translation>{count} адамдан турган топ (бул — {number}-адам)</translation>
    </message>
    <message>
        <source>One communication about {count} people in the same case: {names}.</source>
        <comment>sp.group_intro</comment>
        <translation>Бир эле иш боюнча {count} адам тууралуу бир билдирүү: {names}.</translation>
    </message>
    <message>
        <source>Person {number} of {count}</source>
        <comment>sp.group_member</comment>
        <translation>{count} адамдын {number}-адамы</translation>
    </message>
    <message>
        <source>Why urgent action is needed</source>
        <comment>sp.s_urgency</comment>
        <translation>Эмне үчүн шашылыш чара керек</translation>
    </message>
    <message>
        <source>Why it is urgent (the urgency text, or the person’s risk level)</source>
        <comment>sp.urgency_field</comment>
        <translation>Эмне үчүн шашылыш (шашылыштык тууралуу текст же адамдын коркунуч деңгээли)</translation>
    </message>
    <message>
        <source>Held in police custody possibly beyond the legal 48 hours without a court decision.</source>
        <comment>sp.urgent_48h</comment>
        <translation>Соттун чечимисиз мыйзамдагы 48 сааттан ашык ИВСте кармалып жатышы мүмкүн.</translation>
    </message>
    <message>
        <source>Risk level assessed by the submitter: {level}.</source>
        <comment>sp.urgent_risk</comment>
        <translation>Жөнөтүүчү баалаган коркунуч деңгээли: {level}.</translation>
    </message>
    <message>
        <source>Injuries reported ({date}): {injuries}</source>
        <comment>sp.urgent_health</comment>
        <translation>Билдирилген жаракаттар ({date}): {injuries}</translation>
    </message>
    <message>
        <source>Earlier communications (urgent appeals, allegation letters) and references</source>
        <comment>sp.earlier</comment>
        <translation>Мурунку билдирүүлөр (шашылыш кайрылуулар, доомат каттары) жана алардын номерлери</translation>
    </message>
    <message>
        <source>Alert</source>
        <comment>embassy.alert</comment>
        <translation>Көңүл буруңуз</translation>
    </message>
    <message>
        <source>Possibly held in police custody beyond the legal 48 hours.</source>
        <comment>embassy.over_48h</comment>
        <translation>Мыйзамдагы 48 сааттан ашык ИВСте кармалып жатышы мүмкүн.</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <comment>embassy.lawyer</comment>
        <translation>Адвокат</translation>
    </message>
    <message>
        <source>Lawyer (case participant with the role lawyer)</source>
        <comment>embassy.lawyer_field</comment>
        <translation>Адвокат (иштин «адвокат» ролундагы катышуучусу)</translation>
    </message>
    <message>
        <source>Public statement</source>
        <comment>embassy.public</comment>
        <translation>Ачык билдирүү</translation>
    </message>
    <message>
        <source>The person agrees to a public statement.</source>
        <comment>embassy.public_yes</comment>
        <translation>Адам ачык билдирүүгө макул.</translation>
    </message>
    <message>
        <source>No public statement: the person has not agreed to one.</source>
        <comment>embassy.public_no</comment>
        <translation>Ачык билдирүү жасалбасын: адам буга макулдук берген эмес.</translation>
    </message>
    <message>
        <source>Earlier interventions and their results</source>
        <comment>embassy.history</comment>
        <translation>Мурунку кайрылуулар жана алардын натыйжалары</translation>
    </message>
    <message>
        <source>Ask to visit the person under house arrest.</source>
        <comment>embassy.ask.visit_home</comment>
        <translation>Үй камагындагы адамга барууга уруксат суроо.</translation>
    </message>
    <message>
        <source>Ask the authorities to disclose the person’s fate and whereabouts.</source>
        <comment>embassy.ask.whereabouts</comment>
        <translation>Бийликтерден адамдын тагдыры жана кайда экени тууралуу маалымат берүүнү талап кылуу.</translation>
    </message>
    <message>
        <source>Consider an emergency visa or temporary relocation if the risk grows.</source>
        <comment>embassy.ask.visa</comment>
        <translation>Коркунуч күчөсө, шашылыш виза же убактылуу көчүрүү мүмкүнчүлүгүн карап чыгуу.</translation>
    </message>
    <message>
        <source>Stage</source>
        <comment>embassy.case_stage</comment>
        <translation>Баскычы</translation>
    </message>
    <message>
        <source>Court</source>
        <comment>embassy.court</comment>
        <translation>Сот</translation>
    </message>
    <message>
        <source>Articles</source>
        <comment>embassy.articles</comment>
        <translation>Беренелер</translation>
    </message>
    <message>
        <source>Defendants ({count})</source>
        <comment>embassy.defendants</comment>
        <translation>Айыпталуучулар ({count})</translation>
    </message>
    <message>
        <source>Name, role</source>
        <comment>embassy.col_name</comment>
        <translation>Аты-жөнү, ролу</translation>
    </message>
    <message>
        <source>Situation today</source>
        <comment>embassy.col_situation</comment>
        <translation>Бүгүнкү абалы</translation>
    </message>
    <message>
        <source>Days held</source>
        <comment>embassy.col_days</comment>
        <translation>Камакта (күн)</translation>
    </message>
    <message>
        <source>All defendants agree to a public statement.</source>
        <comment>embassy.case_public_all</comment>
        <translation>Бардык айыпталуучулар ачык билдирүүгө макул.</translation>
    </message>
    <message>
        <source>No public statement: none of the defendants has agreed to one.</source>
        <comment>embassy.case_public_none</comment>
        <translation>Ачык билдирүү жасалбасын: айыпталуучулардын бири да буга макулдук берген эмес.</translation>
    </message>
    <message>
        <source>No public statement about the case as a whole; only some defendants agree to one: {names}.</source>
        <comment>embassy.case_public_some</comment>
        <translation>Иш боюнча жалпы ачык билдирүү жасалбасын; ачык билдирүүгө айрым айыпталуучулар гана макул: {names}.</translation>
    </message>
    <message>
        <source>Ask the authorities to disclose the fate and whereabouts of {names}.</source>
        <comment>embassy.case_ask.whereabouts</comment>
        <translation>Бийликтерден төмөнкүлөрдүн тагдыры жана кайда экени тууралуу маалымат берүүнү талап кылуу: {names}.</translation>
    </message>
    <message>
        <source>Ask for access to the detained defendants ({names}) and for an independent medical examination.</source>
        <comment>embassy.case_ask.visit</comment>
        <translation>Камактагы айыпталуучуларга ({names}) жолугууга жана көз карандысыз медициналык текшерүүгө уруксат суроо.</translation>
    </message>
    <message>
        <source>Ask to visit the defendants under house arrest ({names}).</source>
        <comment>embassy.case_ask.visit_home</comment>
        <translation>Үй камагындагы айыпталуучуларга ({names}) барууга уруксат суроо.</translation>
    </message>
    <message>
        <source>Ask for a prompt, effective and impartial investigation of the allegations of ill-treatment ({names}).</source>
        <comment>embassy.case_ask.investigate</comment>
        <translation>Ырайымсыз мамиле тууралуу дооматтарды ({names}) тез, натыйжалуу жана калыс териштирүүнү суроо.</translation>
    </message>
    <message>
        <source>Consider an emergency visa or temporary relocation if the risk grows ({names}).</source>
        <comment>embassy.case_ask.visa</comment>
        <translation>Коркунуч күчөсө, шашылыш виза же убактылуу көчүрүү мүмкүнчүлүгүн карап чыгуу ({names}).</translation>
    </message>
    <message>
        <source>Annex: individual briefs</source>
        <comment>annex.individual</comment>
        <translation>Тиркеме: ар бир айыпталуучу боюнча маалымкаттар</translation>
    </message>
    <message>
        <source>Time of the incident</source>
        <comment>ill.time</comment>
        <translation>Окуянын убактысы</translation>
    </message>
    <message>
        <source>not recorded (no field: give it in the circumstances)</source>
        <comment>ill.time_missing</comment>
        <translation>көрсөтүлгөн эмес (талаа жок: жагдайларда көрсөтүңүз)</translation>
    </message>
    <message>
        <source>Time of the incident (no field: write it in “Circumstances”)</source>
        <comment>ill.time_field</comment>
        <translation>Окуянын убактысы (талаа жок: «Жагдайларда» жазыңыз)</translation>
    </message>
    <message>
        <source>Held at the time</source>
        <comment>ill.held_at</comment>
        <translation>Ошол учурда кармалган жери</translation>
    </message>
    <message>
        <source>Conditions and routine of detention</source>
        <comment>ill.conditions</comment>
        <translation>Камакта кармоонун шарттары жана тартиби</translation>
    </message>
    <message>
        <source>Conditions and routine of detention (no field: write them in “Circumstances”)</source>
        <comment>ill.conditions_field</comment>
        <translation>Камакта кармоонун шарттары жана тартиби (талаа жок: «Жагдайларда» жазыңыз)</translation>
    </message>
    <message>
        <source>Safeguards</source>
        <comment>ill.safeguards</comment>
        <translation>Кепилдиктер</translation>
    </message>
    <message>
        <source>Lawyer: {lawyer}</source>
        <comment>ill.safeguard_lawyer</comment>
        <translation>Адвокат: {lawyer}</translation>
    </message>
    <message>
        <source>Seen by a doctor: {doctor}</source>
        <comment>ill.safeguard_doctor</comment>
        <translation>Дарыгер караганбы: {doctor}</translation>
    </message>
    <message>
        <source>Family informed or allowed to visit: {family}</source>
        <comment>ill.safeguard_family</comment>
        <translation>Үй-бүлөсүнө кабарландыбы же жолугууга уруксат берилдиби: {family}</translation>
    </message>
    <message>
        <source>Family access (no field: write it in “Circumstances”)</source>
        <comment>ill.family_field</comment>
        <translation>Үй-бүлөнүн жолугушуусу (талаа жок: «Жагдайларда» жазыңыз)</translation>
    </message>
    <message>
        <source>Degree of consistency between findings and allegations (write it in the medical findings)</source>
        <comment>ill.consistency_field</comment>
        <translation>Корутундулар менен дооматтардын шайкештик даражасы (медициналык корутундуларда жазыңыз)</translation>
    </message>
    <message>
        <source>Photographs, medical certificates and other attachments</source>
        <comment>ill.s_attachments</comment>
        <translation>Сүрөттөр, медициналык маалымкаттар жана башка тиркемелер</translation>
    </message>
    <message>
        <source>No attachment is kept with this record.</source>
        <comment>ill.no_attachments</comment>
        <translation>Бул жазууга эч кандай файл тиркелген эмес.</translation>
    </message>
    <message>
        <source>Enforced or involuntary disappearance</source>
        <comment>wgeid.title</comment>
        <translation>Мажбурлап же ыктыярсыз жоготуу</translation>
    </message>
    <message>
        <source>Case submission to the UN Working Group on Enforced or Involuntary Disappearances</source>
        <comment>wgeid.subtitle</comment>
        <translation>БУУнун Мажбурлап же ыктыярсыз жоголуулар боюнча жумушчу тобуна иш боюнча кайрылуу</translation>
    </message>
    <message>
        <source>1. The disappeared person</source>
        <comment>wgeid.s1</comment>
        <translation>1. Дайынсыз жоголгон адам</translation>
    </message>
    <message>
        <source>2. The disappearance</source>
        <comment>wgeid.s2</comment>
        <translation>2. Жоголуу</translation>
    </message>
    <message>
        <source>3. Steps taken to find the person and domestic remedies</source>
        <comment>wgeid.s3</comment>
        <translation>3. Адамды табуу үчүн көрүлгөн чаралар жана ички укуктук коргоо каражаттары</translation>
    </message>
    <message>
        <source>4. Source of the information</source>
        <comment>wgeid.s4</comment>
        <translation>4. Маалыматтын булагы</translation>
    </message>
    <message>
        <source>5. Consent of the person or the family</source>
        <comment>wgeid.s5</comment>
        <translation>5. Адамдын же үй-бүлөнүн макулдугу</translation>
    </message>
    <message>
        <source>Full name</source>
        <comment>wgeid.name</comment>
        <translation>Толук аты-жөнү</translation>
    </message>
    <message>
        <source>Identity document number</source>
        <comment>wgeid.doc_number</comment>
        <translation>Инсандыгын күбөлөндүргөн документтин номери</translation>
    </message>
    <message>
        <source>Date (at least month and year)</source>
        <comment>wgeid.date</comment>
        <translation>Күнү (жок дегенде айы жана жылы)</translation>
    </message>
    <message>
        <source>Place of arrest or abduction, or where last seen</source>
        <comment>wgeid.place</comment>
        <translation>Кармалган же уурдалган жери, же акыркы жолу көрүнгөн жери</translation>
    </message>
    <message>
        <source>Forces believed responsible (State agents, or acting with the State’s support or acquiescence)</source>
        <comment>wgeid.forces</comment>
        <translation>Жооптуу деп эсептелгендер (мамлекеттин өкүлдөрү же мамлекеттин колдоосу же макулдугу менен аракеттенгендер)</translation>
    </message>
    <message>
        <source>What was said or is known of the authorities’ involvement</source>
        <comment>wgeid.state_link</comment>
        <translation>Бийликтердин катышуусу тууралуу эмне айтылган же белгилүү</translation>
    </message>
    <message>
        <source>Situation today</source>
        <comment>wgeid.present</comment>
        <translation>Бүгүнкү абалы</translation>
    </message>
    <message>
        <source>No disappearance is recorded for this person.</source>
        <comment>wgeid.none</comment>
        <translation>Бул адамдын жоголушу катталган эмес.</translation>
    </message>
    <message>
        <source>No step to find the person is recorded.</source>
        <comment>wgeid.no_steps</comment>
        <translation>Адамды табуу үчүн көрүлгөн чара катталган эмес.</translation>
    </message>
    <message>
        <source>The disappearance (detention event of type “disappearance”)</source>
        <comment>wgeid.event_field</comment>
        <translation>Жоголуу («жоголуу» түрүндөгү эркинен ажыратуу окуясы)</translation>
    </message>
    <message>
        <source>Embassy</source>
        <comment>recipient_to.embassy</comment>
        <translation>Элчилик</translation>
    </message>
    <message>
        <source>UN Working Group on Arbitrary Detention</source>
        <comment>recipient_to.wgad</comment>
        <translation>БУУнун Өзүм билемдик менен кармоо боюнча жумушчу тобу</translation>
    </message>
    <message>
        <source>UN Special Procedures</source>
        <comment>recipient_to.special-procedures</comment>
        <translation>БУУнун атайын процедуралары</translation>
    </message>
    <message>
        <source>UN Working Group on Enforced or Involuntary Disappearances</source>
        <comment>recipient_to.wgeid</comment>
        <translation>БУУнун Мажбурлап же ыктыярсыз жоголуулар боюнча жумушчу тобу</translation>
    </message>
    <message>
        <source>UN Special Rapporteur on torture</source>
        <comment>recipient_to.ill-treatment.un</comment>
        <translation>БУУнун кыйноолор боюнча атайын баяндамачысы</translation>
    </message>
    <message>
        <source>Embassy</source>
        <comment>recipient_to.ill-treatment.embassy</comment>
        <translation>Элчилик</translation>
    </message>
</context>
</TS>
