<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en_GB">
<context>
    <name>reports</name>
    <message>
        <source>not recorded</source>
        <comment>value.not_recorded</comment>
        <translation>не указано</translation>
    </message>
    <message>
        <source>withheld in this copy</source>
        <comment>value.withheld</comment>
        <translation>не раскрывается в этой копии</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>value.yes</comment>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <comment>value.no</comment>
        <translation>нет</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <comment>value.none_recorded</comment>
        <translation>Нет записей.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <comment>mark.confidential</comment>
        <translation>КОНФИДЕНЦИАЛЬНО</translation>
    </message>
    <message>
        <source>INTERNAL — DO NOT SHARE</source>
        <comment>mark.internal</comment>
        <translation>ДЛЯ ВНУТРЕННЕГО ПОЛЬЗОВАНИЯ — НЕ ПЕРЕДАВАТЬ</translation>
    </message>
    <message>
        <source>To: {recipient}</source>
        <comment>header.to</comment>
        <translation>Кому: {recipient}</translation>
    </message>
    <message>
        <source>Ref. {reference}</source>
        <comment>header.reference</comment>
        <translation>Номер: {reference}</translation>
    </message>
    <message>
        <source>Generated {date}</source>
        <comment>footer.generated</comment>
        <translation>Составлено {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <comment>footer.page_of</comment>
        <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
        <source>Embassy</source>
        <comment>recipient.embassy</comment>
        <translation>Посольство</translation>
    </message>
    <message>
        <source>UN Working Group on Arbitrary Detention</source>
        <comment>recipient.wgad</comment>
        <translation>Рабочая группа ООН по произвольным задержаниям</translation>
    </message>
    <message>
        <source>UN Special Procedures</source>
        <comment>recipient.special-procedures</comment>
        <translation>Специальные процедуры ООН</translation>
    </message>
    <message>
        <source>UN Special Rapporteur on torture</source>
        <comment>recipient.ill-treatment.un</comment>
        <translation>Специальный докладчик ООН по вопросу о пытках</translation>
    </message>
    <message>
        <source>Embassy</source>
        <comment>recipient.ill-treatment.embassy</comment>
        <translation>Посольство</translation>
    </message>
    <message>
        <source>Internal use</source>
        <comment>recipient.ill-treatment.internal</comment>
        <translation>Для внутреннего пользования</translation>
    </message>
    <message>
        <source>Internal use</source>
        <comment>recipient.dossier</comment>
        <translation>Для внутреннего пользования</translation>
    </message>
    <message>
        <source>Embassy brief</source>
        <comment>template.embassy</comment>
        <translation>Справка для посольства</translation>
    </message>
    <message>
        <source>WGAD questionnaire</source>
        <comment>template.wgad</comment>
        <translation>Вопросник РГПЗ</translation>
    </message>
    <message>
        <source>Special Procedures communication</source>
        <comment>template.special-procedures</comment>
        <translation>Сообщение в специальные процедуры</translation>
    </message>
    <message>
        <source>Ill-treatment summary</source>
        <comment>template.ill-treatment</comment>
        <translation>Справка о жестоком обращении</translation>
    </message>
    <message>
        <source>Internal dossier</source>
        <comment>template.dossier</comment>
        <translation>Внутреннее досье</translation>
    </message>
    <message>
        <source>Embassy briefs: people in detention</source>
        <comment>cover.title</comment>
        <translation>Справки для посольства: лица под стражей</translation>
    </message>
    <message>
        <source>{count} briefs follow, each from a new page and numbered on its own.</source>
        <comment>cover.intro</comment>
        <translation>Справок ниже: {count}; каждая начинается с новой страницы и нумеруется отдельно.</translation>
    </message>
    <message>
        <source>{count} briefs</source>
        <comment>cover.reference</comment>
        <translation>Справок: {count}</translation>
    </message>
    <message>
        <source>No.</source>
        <comment>cover.no</comment>
        <translation>№</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>cover.name</comment>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>cover.status</comment>
        <translation>Положение</translation>
    </message>
    <message>
        <source>Pages in this file</source>
        <comment>cover.pages</comment>
        <translation>Страницы в этом файле</translation>
    </message>
    <message>
        <source>Redactions applied: {list}.</source>
        <comment>redaction.applied</comment>
        <translation>Скрыто в этой копии: {list}.</translation>
    </message>
    <message>
        <source>none (complete internal copy)</source>
        <comment>redaction.none</comment>
        <translation>ничего (полная внутренняя копия)</translation>
    </message>
    <message>
        <source>sources</source>
        <comment>redaction.sources</comment>
        <translation>источники</translation>
    </message>
    <message>
        <source>contact details and addresses</source>
        <comment>redaction.contacts</comment>
        <translation>контакты и адреса</translation>
    </message>
    <message>
        <source>initials for people who asked for them</source>
        <comment>redaction.initials</comment>
        <translation>имена тех, кто просил, заменены инициалами</translation>
    </message>
    <message>
        <source>internal notes</source>
        <comment>redaction.notes</comment>
        <translation>внутренние заметки</translation>
    </message>
    <message>
        <source>medical findings</source>
        <comment>redaction.medical</comment>
        <translation>медицинские заключения</translation>
    </message>
    <message>
        <source>age</source>
        <comment>label.age</comment>
        <translation>возраст</translation>
    </message>
    <message>
        <source>Age</source>
        <comment>label.age_head</comment>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Sex</source>
        <comment>label.sex</comment>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Nationality</source>
        <comment>label.nationality</comment>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Profession or activity</source>
        <comment>label.profession</comment>
        <translation>Профессия или деятельность</translation>
    </message>
    <message>
        <source>Role</source>
        <comment>label.roles</comment>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Organisation</source>
        <comment>label.organisations</comment>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Case numbers</source>
        <comment>label.case_numbers</comment>
        <translation>Номера дел</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>label.notes</comment>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>female</source>
        <comment>sex.female</comment>
        <translation>женский</translation>
    </message>
    <message>
        <source>male</source>
        <comment>sex.male</comment>
        <translation>мужской</translation>
    </message>
    <message>
        <source>other</source>
        <comment>sex.other</comment>
        <translation>другой</translation>
    </message>
    <message>
        <source>not recorded</source>
        <comment>sex.unknown</comment>
        <translation>не указан</translation>
    </message>
    <message>
        <source>human-rights defender</source>
        <comment>role.human_rights_defender</comment>
        <translation>правозащитник</translation>
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
        <translation>родственник</translation>
    </message>
    <message>
        <source>witness</source>
        <comment>role.witness</comment>
        <translation>свидетель</translation>
    </message>
    <message>
        <source>No detention on record</source>
        <comment>status.no_record</comment>
        <translation>Сведений о задержании нет</translation>
    </message>
    <message>
        <source>Disappeared</source>
        <comment>status.disappeared</comment>
        <translation>Исчез</translation>
    </message>
    <message>
        <source>In police custody</source>
        <comment>status.police_custody</comment>
        <translation>В ИВС</translation>
    </message>
    <message>
        <source>In pre-trial detention</source>
        <comment>status.pretrial_detention</comment>
        <translation>Под стражей (СИЗО)</translation>
    </message>
    <message>
        <source>Imprisoned</source>
        <comment>status.imprisoned</comment>
        <translation>Отбывает наказание</translation>
    </message>
    <message>
        <source>Under house arrest</source>
        <comment>status.house_arrest</comment>
        <translation>Под домашним арестом</translation>
    </message>
    <message>
        <source>Under a travel ban</source>
        <comment>status.travel_ban</comment>
        <translation>Подписка о невыезде</translation>
    </message>
    <message>
        <source>On probation</source>
        <comment>status.probation</comment>
        <translation>Условное осуждение</translation>
    </message>
    <message>
        <source>Expelled</source>
        <comment>status.expelled</comment>
        <translation>Выдворен</translation>
    </message>
    <message>
        <source>Released</source>
        <comment>status.released</comment>
        <translation>Освобождён</translation>
    </message>
    <message>
        <source>{days} days in custody</source>
        <comment>status.days_in_custody</comment>
        <translation>{days} дн. под стражей</translation>
    </message>
    <message>
        <source>since {date}</source>
        <comment>status.since</comment>
        <translation>с {date}</translation>
    </message>
    <message>
        <source>Held at {place}</source>
        <comment>status.held_at</comment>
        <translation>Место содержания: {place}</translation>
    </message>
    <message>
        <source>Current detention term until {date}</source>
        <comment>status.term_until</comment>
        <translation>Срок содержания под стражей до {date}</translation>
    </message>
    <message>
        <source>pending</source>
        <comment>charge_status.pending</comment>
        <translation>на рассмотрении</translation>
    </message>
    <message>
        <source>dropped</source>
        <comment>charge_status.dropped</comment>
        <translation>снято</translation>
    </message>
    <message>
        <source>acquitted</source>
        <comment>charge_status.acquitted</comment>
        <translation>оправдан</translation>
    </message>
    <message>
        <source>convicted</source>
        <comment>charge_status.convicted</comment>
        <translation>осуждён</translation>
    </message>
    <message>
        <source>investigation</source>
        <comment>case_status.investigation</comment>
        <translation>следствие</translation>
    </message>
    <message>
        <source>trial</source>
        <comment>case_status.trial</comment>
        <translation>суд</translation>
    </message>
    <message>
        <source>appeal</source>
        <comment>case_status.appeal</comment>
        <translation>апелляция</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>case_status.closed</comment>
        <translation>закрыто</translation>
    </message>
    <message>
        <source>defendant</source>
        <comment>case_role.defendant</comment>
        <translation>обвиняемый</translation>
    </message>
    <message>
        <source>victim</source>
        <comment>case_role.victim</comment>
        <translation>потерпевший</translation>
    </message>
    <message>
        <source>lawyer</source>
        <comment>case_role.lawyer</comment>
        <translation>адвокат</translation>
    </message>
    <message>
        <source>witness</source>
        <comment>case_role.witness</comment>
        <translation>свидетель</translation>
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
        <translation>состоялось</translation>
    </message>
    <message>
        <source>postponed</source>
        <comment>outcome.postponed</comment>
        <translation>отложено</translation>
    </message>
    <message>
        <source>verdict</source>
        <comment>outcome.verdict</comment>
        <translation>приговор</translation>
    </message>
    <message>
        <source>detention extended</source>
        <comment>outcome.detention_extended</comment>
        <translation>срок содержания под стражей продлён</translation>
    </message>
    <message>
        <source>low</source>
        <comment>risk.low</comment>
        <translation>низкий</translation>
    </message>
    <message>
        <source>medium</source>
        <comment>risk.medium</comment>
        <translation>средний</translation>
    </message>
    <message>
        <source>high</source>
        <comment>risk.high</comment>
        <translation>высокий</translation>
    </message>
    <message>
        <source>critical</source>
        <comment>risk.critical</comment>
        <translation>критический</translation>
    </message>
    <message>
        <source>printed</source>
        <comment>medium.printed</comment>
        <translation>распечатано</translation>
    </message>
    <message>
        <source>saved</source>
        <comment>medium.saved</comment>
        <translation>сохранено</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>timeline.when</comment>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Measure</source>
        <comment>timeline.measure</comment>
        <translation>Мера</translation>
    </message>
    <message>
        <source>Place and authority</source>
        <comment>timeline.where</comment>
        <translation>Место и орган</translation>
    </message>
    <message>
        <source>term until {date}</source>
        <comment>timeline.term_until</comment>
        <translation>срок до {date}</translation>
    </message>
    <message>
        <source>ordered by {authority}</source>
        <comment>timeline.ordered_by</comment>
        <translation>решение: {authority}</translation>
    </message>
    <message>
        <source>Forces: {forces}</source>
        <comment>timeline.forces</comment>
        <translation>Кто задерживал: {forces}</translation>
    </message>
    <message>
        <source>Reasons given: {reasons}</source>
        <comment>timeline.reasons</comment>
        <translation>Названные причины: {reasons}</translation>
    </message>
    <message>
        <source>Legal basis: {basis}</source>
        <comment>timeline.legal_basis</comment>
        <translation>Правовое основание: {basis}</translation>
    </message>
    <message>
        <source>Warrant shown: {shown}</source>
        <comment>timeline.warrant</comment>
        <translation>Предъявлено постановление: {shown}</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <comment>timeline.notes</comment>
        <translation>Заметки: {notes}</translation>
    </message>
    <message>
        <source>Art. {article}</source>
        <comment>charge.article</comment>
        <translation>ст. {article}</translation>
    </message>
    <message>
        <source>Article</source>
        <comment>charge.article_head</comment>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Wording</source>
        <comment>charge.wording</comment>
        <translation>Формулировка</translation>
    </message>
    <message>
        <source>Brought</source>
        <comment>charge.brought_on</comment>
        <translation>Предъявлено</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>charge.status</comment>
        <translation>Статус</translation>
    </message>
    <message>
        <source>no hearing scheduled</source>
        <comment>hearing.none_scheduled</comment>
        <translation>заседание не назначено</translation>
    </message>
    <message>
        <source>Closed to the public</source>
        <comment>hearing.closed</comment>
        <translation>Закрытое заседание</translation>
    </message>
    <message>
        <source>Complaint to {to}</source>
        <comment>ill.reported</comment>
        <translation>Жалоба: {to}</translation>
    </message>
    <message>
        <source>on {date}</source>
        <comment>ill.on</comment>
        <translation>от {date}</translation>
    </message>
    <message>
        <source>Response: {response}</source>
        <comment>ill.response</comment>
        <translation>Ответ: {response}</translation>
    </message>
    <message>
        <source>No response recorded</source>
        <comment>ill.no_response</comment>
        <translation>Ответ не получен</translation>
    </message>
    <message>
        <source>examined on {date}</source>
        <comment>ill.exam_on</comment>
        <translation>осмотр {date}</translation>
    </message>
    <message>
        <source>by {examiner}</source>
        <comment>ill.exam_by</comment>
        <translation>провёл: {examiner}</translation>
    </message>
    <message>
        <source>Findings: {findings}</source>
        <comment>ill.findings</comment>
        <translation>Заключение: {findings}</translation>
    </message>
    <message>
        <source>Findings withheld in this copy</source>
        <comment>ill.findings_withheld</comment>
        <translation>Заключение в этой копии не раскрывается</translation>
    </message>
    <message>
        <source>no medical examination recorded</source>
        <comment>ill.no_exam</comment>
        <translation>медицинский осмотр не отмечен</translation>
    </message>
    <message>
        <source>Injuries: {injuries}</source>
        <comment>ill.injuries_short</comment>
        <translation>Телесные повреждения: {injuries}</translation>
    </message>
    <message>
        <source>Date and place</source>
        <comment>ill.when_where</comment>
        <translation>Дата и место</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <comment>ill.circumstances</comment>
        <translation>Обстоятельства</translation>
    </message>
    <message>
        <source>People involved (unit, rank)</source>
        <comment>ill.perpetrators</comment>
        <translation>Причастные лица (подразделение, звание)</translation>
    </message>
    <message>
        <source>Methods</source>
        <comment>ill.methods</comment>
        <translation>Методы</translation>
    </message>
    <message>
        <source>Injuries and after-effects</source>
        <comment>ill.injuries</comment>
        <translation>Повреждения и последствия</translation>
    </message>
    <message>
        <source>Medical examination</source>
        <comment>ill.medical</comment>
        <translation>Медицинский осмотр</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <comment>ill.witnesses</comment>
        <translation>Свидетели</translation>
    </message>
    <message>
        <source>Complaints and responses</source>
        <comment>ill.complaints</comment>
        <translation>Жалобы и ответы</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>ill.source</comment>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Consent to submit given</source>
        <comment>consent.given</comment>
        <translation>Согласие на подачу</translation>
    </message>
    <message>
        <source>Informed that the State will be contacted</source>
        <comment>consent.informed_state</comment>
        <translation>Знает, что государству направят запрос</translation>
    </message>
    <message>
        <source>Consent to appear in a public report</source>
        <comment>consent.public</comment>
        <translation>Согласие на упоминание в публичном докладе</translation>
    </message>
    <message>
        <source>Name to be used</source>
        <comment>consent.name_usage</comment>
        <translation>Как называть</translation>
    </message>
    <message>
        <source>full name</source>
        <comment>consent.full_name</comment>
        <translation>полное имя</translation>
    </message>
    <message>
        <source>initials only</source>
        <comment>consent.initials</comment>
        <translation>только инициалы</translation>
    </message>
    <message>
        <source>No consent on record</source>
        <comment>consent.none</comment>
        <translation>Согласие не записано</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>submitter.name</comment>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Organisation</source>
        <comment>submitter.organisation</comment>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Postal address</source>
        <comment>submitter.postal</comment>
        <translation>Почтовый адрес</translation>
    </message>
    <message>
        <source>E-mail</source>
        <comment>submitter.email</comment>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Telephone</source>
        <comment>submitter.phone</comment>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>not set (vault setting “submitter”)</source>
        <comment>submitter.missing</comment>
        <translation>не задано (настройка хранилища «submitter»)</translation>
    </message>
    <message>
        <source>Case brief</source>
        <comment>embassy.title</comment>
        <translation>Справка по делу</translation>
    </message>
    <message>
        <source>For the attention of the embassy</source>
        <comment>embassy.subtitle</comment>
        <translation>Для посольства</translation>
    </message>
    <message>
        <source>Status today</source>
        <comment>embassy.status</comment>
        <translation>Положение сегодня</translation>
    </message>
    <message>
        <source>Charges</source>
        <comment>embassy.charges</comment>
        <translation>Обвинения</translation>
    </message>
    <message>
        <source>Next hearing</source>
        <comment>embassy.next_hearing</comment>
        <translation>Следующее заседание</translation>
    </message>
    <message>
        <source>Who they are and why it matters</source>
        <comment>embassy.who</comment>
        <translation>Кто это и почему это важно</translation>
    </message>
    <message>
        <source>Charges</source>
        <comment>embassy.charges_head</comment>
        <translation>Обвинения</translation>
    </message>
    <message>
        <source>Detention timeline (latest events)</source>
        <comment>embassy.timeline</comment>
        <translation>Хронология задержания (последние события)</translation>
    </message>
    <message>
        <source>{count} earlier events are not listed.</source>
        <comment>embassy.timeline_more</comment>
        <translation>Более ранних событий не показано: {count}.</translation>
    </message>
    <message>
        <source>Ill-treatment concerns</source>
        <comment>embassy.ill_treatment</comment>
        <translation>Сведения о жестоком обращении</translation>
    </message>
    <message>
        <source>What we ask of the embassy</source>
        <comment>embassy.requests</comment>
        <translation>Наши просьбы к посольству</translation>
    </message>
    <message>
        <source>Contact</source>
        <comment>embassy.contact</comment>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Send an observer to the next hearing on {date} ({court}).</source>
        <comment>embassy.ask.observe</comment>
        <translation>Направить наблюдателя на следующее заседание {date} ({court}).</translation>
    </message>
    <message>
        <source>Send an observer to the hearings once they are scheduled.</source>
        <comment>embassy.ask.observe_any</comment>
        <translation>Направить наблюдателя на заседания, когда они будут назначены.</translation>
    </message>
    <message>
        <source>Raise the case with the authorities and ask that the proceedings meet international fair-trial standards.</source>
        <comment>embassy.ask.raise</comment>
        <translation>Поднять вопрос перед властями и добиваться соблюдения международных стандартов справедливого суда.</translation>
    </message>
    <message>
        <source>Ask for access to the detained person and for an independent medical examination.</source>
        <comment>embassy.ask.visit</comment>
        <translation>Добиваться доступа к задержанному и независимого медицинского осмотра.</translation>
    </message>
    <message>
        <source>Ask for a prompt, effective and impartial investigation of the allegations of ill-treatment.</source>
        <comment>embassy.ask.investigate</comment>
        <translation>Добиваться быстрого, эффективного и беспристрастного расследования сообщений о жестоком обращении.</translation>
    </message>
    <message>
        <source>Model questionnaire</source>
        <comment>wgad.title</comment>
        <translation>Типовой вопросник</translation>
    </message>
    <message>
        <source>To be completed by persons alleging arbitrary arrest or detention — UN Working Group on Arbitrary Detention</source>
        <comment>wgad.subtitle</comment>
        <translation>Для лиц, заявляющих о произвольном аресте или задержании — Рабочая группа ООН по произвольным задержаниям</translation>
    </message>
    <message>
        <source>I. Identity</source>
        <comment>wgad.s1</comment>
        <translation>I. Личность</translation>
    </message>
    <message>
        <source>II. Arrest</source>
        <comment>wgad.s2</comment>
        <translation>II. Арест</translation>
    </message>
    <message>
        <source>III. Detention</source>
        <comment>wgad.s3</comment>
        <translation>III. Содержание под стражей</translation>
    </message>
    <message>
        <source>IV. Why the arrest or detention is considered arbitrary</source>
        <comment>wgad.s4</comment>
        <translation>IV. Почему арест или задержание считается произвольным</translation>
    </message>
    <message>
        <source>V. Domestic remedies and their results</source>
        <comment>wgad.s5</comment>
        <translation>V. Внутренние средства защиты и их результаты</translation>
    </message>
    <message>
        <source>VI. Person or organisation submitting</source>
        <comment>wgad.s6</comment>
        <translation>VI. Лицо или организация, направляющие сообщение</translation>
    </message>
    <message>
        <source>Family name</source>
        <comment>wgad.family_name</comment>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>First name</source>
        <comment>wgad.first_name</comment>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Date of birth or age</source>
        <comment>wgad.birth</comment>
        <translation>Дата рождения или возраст</translation>
    </message>
    <message>
        <source>Identity document</source>
        <comment>wgad.document</comment>
        <translation>Документ, удостоверяющий личность</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>wgad.doc_type</comment>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Issued by</source>
        <comment>wgad.doc_issued_by</comment>
        <translation>Кем выдан</translation>
    </message>
    <message>
        <source>Issued on</source>
        <comment>wgad.doc_issued_on</comment>
        <translation>Когда выдан</translation>
    </message>
    <message>
        <source>Number</source>
        <comment>wgad.doc_number</comment>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Profession and/or activity</source>
        <comment>wgad.profession</comment>
        <translation>Профессия и/или деятельность</translation>
    </message>
    <message>
        <source>Address of usual residence</source>
        <comment>wgad.address</comment>
        <translation>Адрес постоянного проживания</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>wgad.date</comment>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Place</source>
        <comment>wgad.place</comment>
        <translation>Место</translation>
    </message>
    <message>
        <source>Forces that carried out the arrest</source>
        <comment>wgad.arrest_forces</comment>
        <translation>Кем произведён арест</translation>
    </message>
    <message>
        <source>Warrant or other decision shown</source>
        <comment>wgad.warrant</comment>
        <translation>Предъявлен ли ордер или иное решение</translation>
    </message>
    <message>
        <source>Authority that issued it</source>
        <comment>wgad.authority</comment>
        <translation>Орган, вынесший решение</translation>
    </message>
    <message>
        <source>Reasons given by the authorities</source>
        <comment>wgad.reasons</comment>
        <translation>Причины, названные властями</translation>
    </message>
    <message>
        <source>Legal basis, including the legislation applied</source>
        <comment>wgad.legal_basis</comment>
        <translation>Правовое основание, включая применённые нормы</translation>
    </message>
    <message>
        <source>No arrest is recorded.</source>
        <comment>wgad.no_arrest</comment>
        <translation>Арест не записан.</translation>
    </message>
    <message>
        <source>No detention is recorded.</source>
        <comment>wgad.no_detention</comment>
        <translation>Содержание под стражей не записано.</translation>
    </message>
    <message>
        <source>Duration</source>
        <comment>wgad.duration</comment>
        <translation>Продолжительность</translation>
    </message>
    <message>
        <source>{days} days in custody as of {date}.</source>
        <comment>wgad.duration_now</comment>
        <translation>Дней под стражей на {date}: {days}.</translation>
    </message>
    <message>
        <source>{days} days in custody in total.</source>
        <comment>wgad.duration_total</comment>
        <translation>Всего дней под стражей: {days}.</translation>
    </message>
    <message>
        <source>Current term until {date}.</source>
        <comment>wgad.term_until</comment>
        <translation>Текущий срок до {date}.</translation>
    </message>
    <message>
        <source>Forces holding the detainee</source>
        <comment>wgad.holding_forces</comment>
        <translation>Кто содержит под стражей</translation>
    </message>
    <message>
        <source>Places of detention, transfers and present place</source>
        <comment>wgad.places</comment>
        <translation>Места содержания, переводы и нынешнее место</translation>
    </message>
    <message>
        <source>Present place: {place}</source>
        <comment>wgad.present_place</comment>
        <translation>Сейчас: {place}</translation>
    </message>
    <message>
        <source>Authorities that ordered the detention</source>
        <comment>wgad.ordered_by</comment>
        <translation>Органы, принявшие решение о заключении</translation>
    </message>
    <message>
        <source>Category {number}</source>
        <comment>wgad.category</comment>
        <translation>Категория {number}</translation>
    </message>
    <message>
        <source>no legal basis can be invoked to justify the deprivation of liberty</source>
        <comment>wgad.category.I</comment>
        <translation>лишение свободы не имеет никакого правового основания</translation>
    </message>
    <message>
        <source>deprivation of liberty for exercising rights guaranteed by the UDHR or the ICCPR (expression, assembly, association …)</source>
        <comment>wgad.category.II</comment>
        <translation>лишение свободы за осуществление прав, гарантированных ВДПЧ или МПГПП (выражение мнений, собрания, объединения …)</translation>
    </message>
    <message>
        <source>grave violation of the norms of a fair trial</source>
        <comment>wgad.category.III</comment>
        <translation>грубое нарушение норм справедливого судебного разбирательства</translation>
    </message>
    <message>
        <source>prolonged administrative custody of migrants or asylum seekers</source>
        <comment>wgad.category.IV</comment>
        <translation>длительное административное задержание мигрантов или просителей убежища</translation>
    </message>
    <message>
        <source>discrimination</source>
        <comment>wgad.category.V</comment>
        <translation>дискриминация</translation>
    </message>
    <message>
        <source>Categories of arbitrary detention</source>
        <comment>wgad.categories</comment>
        <translation>Категории произвольного задержания</translation>
    </message>
    <message>
        <source>Circumstances and reasons</source>
        <comment>wgad.circumstances</comment>
        <translation>Обстоятельства и основания</translation>
    </message>
    <message>
        <source>pending</source>
        <comment>wgad.pending</comment>
        <translation>не рассмотрено</translation>
    </message>
    <message>
        <source>Complaint</source>
        <comment>wgad.complaint</comment>
        <translation>Жалоба</translation>
    </message>
    <message>
        <source>Step taken</source>
        <comment>wgad.step</comment>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Before</source>
        <comment>wgad.before</comment>
        <translation>Куда</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>wgad.result</comment>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>wgad.submission_date</comment>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Signature</source>
        <comment>wgad.signature</comment>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Submission to the UN Special Procedures</source>
        <comment>sp.title</comment>
        <translation>Сообщение в специальные процедуры ООН</translation>
    </message>
    <message>
        <source>Request for an urgent appeal (ongoing or imminent violation)</source>
        <comment>sp.urgent</comment>
        <translation>Просьба о срочном призыве (нарушение продолжается или неминуемо)</translation>
    </message>
    <message>
        <source>Request for an allegation letter (past violation)</source>
        <comment>sp.allegation</comment>
        <translation>Просьба о письме с утверждениями (нарушение в прошлом)</translation>
    </message>
    <message>
        <source>1. Alleged victim</source>
        <comment>sp.s_victim</comment>
        <translation>1. Предполагаемая жертва</translation>
    </message>
    <message>
        <source>2. Consent</source>
        <comment>sp.s_consent</comment>
        <translation>2. Согласие</translation>
    </message>
    <message>
        <source>3. Alleged perpetrators</source>
        <comment>sp.s_perpetrators</comment>
        <translation>3. Предполагаемые виновные</translation>
    </message>
    <message>
        <source>4. Facts</source>
        <comment>sp.s_facts</comment>
        <translation>4. Факты</translation>
    </message>
    <message>
        <source>5. Action taken domestically and the authorities' response</source>
        <comment>sp.s_domestic</comment>
        <translation>5. Меры, принятые внутри страны, и ответ властей</translation>
    </message>
    <message>
        <source>6. Human-rights defender: activities and link to the violation</source>
        <comment>sp.s_defender</comment>
        <translation>6. Правозащитник: деятельность и её связь с нарушением</translation>
    </message>
    <message>
        <source>7. Submitter</source>
        <comment>sp.s_submitter</comment>
        <translation>7. Отправитель</translation>
    </message>
    <message>
        <source>The identity of the submitter is to be kept confidential.</source>
        <comment>sp.submitter_confidential</comment>
        <translation>Личность отправителя просим сохранить в тайне.</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>sp.victim_name</comment>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Date of birth or age</source>
        <comment>sp.birth</comment>
        <translation>Дата рождения или возраст</translation>
    </message>
    <message>
        <source>Occupation and activities</source>
        <comment>sp.occupation</comment>
        <translation>Род занятий и деятельность</translation>
    </message>
    <message>
        <source>Residence</source>
        <comment>sp.residence</comment>
        <translation>Место жительства</translation>
    </message>
    <message>
        <source>Current situation</source>
        <comment>sp.status</comment>
        <translation>Положение сейчас</translation>
    </message>
    <message>
        <source>Individual or group</source>
        <comment>sp.group</comment>
        <translation>Лицо или группа</translation>
    </message>
    <message>
        <source>individual (1 person)</source>
        <comment>sp.individual</comment>
        <translation>одно лицо</translation>
    </message>
    <message>
        <source>ill-treatment</source>
        <comment>sp.ill_treatment</comment>
        <translation>жестокое обращение</translation>
    </message>
    <message>
        <source>Date of arrest</source>
        <comment>sp.arrest_date</comment>
        <translation>Дата ареста</translation>
    </message>
    <message>
        <source>Place of arrest</source>
        <comment>sp.arrest_place</comment>
        <translation>Место ареста</translation>
    </message>
    <message>
        <source>Reasons given</source>
        <comment>sp.reasons</comment>
        <translation>Названные причины</translation>
    </message>
    <message>
        <source>Charges</source>
        <comment>sp.charges</comment>
        <translation>Обвинения</translation>
    </message>
    <message>
        <source>Incident {number}</source>
        <comment>sp.incident</comment>
        <translation>Случай {number}</translation>
    </message>
    <message>
        <source>Date and place</source>
        <comment>sp.incident_date</comment>
        <translation>Дата и место</translation>
    </message>
    <message>
        <source>Description</source>
        <comment>sp.description</comment>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Activities</source>
        <comment>sp.activities</comment>
        <translation>Деятельность</translation>
    </message>
    <message>
        <source>Link between the activities and the violation</source>
        <comment>sp.link</comment>
        <translation>Связь деятельности с нарушением</translation>
    </message>
    <message>
        <source>Fear of reprisals</source>
        <comment>sp.reprisals</comment>
        <translation>Опасения репрессий</translation>
    </message>
    <message>
        <source>Ill-treatment account</source>
        <comment>ill.title</comment>
        <translation>Сообщение о жестоком обращении</translation>
    </message>
    <message>
        <source>Set out along the elements of the Istanbul Protocol</source>
        <comment>ill.subtitle</comment>
        <translation>Изложено по элементам Стамбульского протокола</translation>
    </message>
    <message>
        <source>The person</source>
        <comment>ill.s_victim</comment>
        <translation>Пострадавший</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>ill.victim</comment>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Incident {number}</source>
        <comment>ill.s_incident</comment>
        <translation>Случай {number}</translation>
    </message>
    <message>
        <source>No ill-treatment report is recorded.</source>
        <comment>ill.none</comment>
        <translation>Сообщений о жестоком обращении не записано.</translation>
    </message>
    <message>
        <source>no ill-treatment report recorded</source>
        <comment>ill.none_short</comment>
        <translation>нет записи о жестоком обращении</translation>
    </message>
    <message>
        <source>Informed consent and confidentiality</source>
        <comment>ill.s_consent</comment>
        <translation>Информированное согласие и конфиденциальность</translation>
    </message>
    <message>
        <source>This account is shared in confidence. It must not be forwarded to the authorities without the person's informed consent.</source>
        <comment>ill.confidentiality</comment>
        <translation>Сообщение передаётся конфиденциально. Без информированного согласия пострадавшего его нельзя пересылать властям.</translation>
    </message>
    <message>
        <source>Internal dossier</source>
        <comment>dossier.title</comment>
        <translation>Внутреннее досье</translation>
    </message>
    <message>
        <source>Everything on record. Internal — do not share.</source>
        <comment>dossier.subtitle</comment>
        <translation>Все сведения. Для внутреннего пользования — не передавать.</translation>
    </message>
    <message>
        <source>Identity and contacts</source>
        <comment>dossier.s_identity</comment>
        <translation>Личность и контакты</translation>
    </message>
    <message>
        <source>Full name</source>
        <comment>dossier.full_name</comment>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Other spellings and aliases</source>
        <comment>dossier.other_names</comment>
        <translation>Другие написания и псевдонимы</translation>
    </message>
    <message>
        <source>Contact details</source>
        <comment>dossier.contacts</comment>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Risk level</source>
        <comment>dossier.risk</comment>
        <translation>Уровень риска</translation>
    </message>
    <message>
        <source>Status today</source>
        <comment>dossier.s_status</comment>
        <translation>Положение сегодня</translation>
    </message>
    <message>
        <source>Possibly held in police custody beyond the legal 48 hours: check.</source>
        <comment>dossier.over_48h</comment>
        <translation>Возможно, содержится в ИВС дольше законных 48 часов: проверить.</translation>
    </message>
    <message>
        <source>Consents</source>
        <comment>dossier.s_consent</comment>
        <translation>Согласия</translation>
    </message>
    <message>
        <source>Given</source>
        <comment>dossier.consent_given_on</comment>
        <translation>Дано</translation>
    </message>
    <message>
        <source>Shared with</source>
        <comment>dossier.consent_scope</comment>
        <translation>Кому можно</translation>
    </message>
    <message>
        <source>UN</source>
        <comment>dossier.consent_un</comment>
        <translation>ООН</translation>
    </message>
    <message>
        <source>embassies</source>
        <comment>dossier.consent_embassies</comment>
        <translation>посольствам</translation>
    </message>
    <message>
        <source>public</source>
        <comment>dossier.consent_public</comment>
        <translation>публично</translation>
    </message>
    <message>
        <source>How obtained</source>
        <comment>dossier.consent_how</comment>
        <translation>Как получено</translation>
    </message>
    <message>
        <source>State</source>
        <comment>dossier.consent_state</comment>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>current</source>
        <comment>dossier.consent_current</comment>
        <translation>действует</translation>
    </message>
    <message>
        <source>withdrawn {date}</source>
        <comment>dossier.consent_withdrawn</comment>
        <translation>отозвано {date}</translation>
    </message>
    <message>
        <source>Cases</source>
        <comment>dossier.s_cases</comment>
        <translation>Дела</translation>
    </message>
    <message>
        <source>role: {role}</source>
        <comment>dossier.role_in_case</comment>
        <translation>роль: {role}</translation>
    </message>
    <message>
        <source>Detention timeline</source>
        <comment>dossier.s_detention</comment>
        <translation>Хронология задержания</translation>
    </message>
    <message>
        <source>Hearings</source>
        <comment>dossier.s_hearings</comment>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>dossier.kind</comment>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Court and judge</source>
        <comment>dossier.court</comment>
        <translation>Суд и судья</translation>
    </message>
    <message>
        <source>Outcome</source>
        <comment>dossier.outcome</comment>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Ill-treatment reports</source>
        <comment>dossier.s_ill_treatment</comment>
        <translation>Сообщения о жестоком обращении</translation>
    </message>
    <message>
        <source>Interventions</source>
        <comment>dossier.s_interventions</comment>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>Recipient</source>
        <comment>dossier.recipient</comment>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Summary</source>
        <comment>dossier.summary</comment>
        <translation>Суть</translation>
    </message>
    <message>
        <source>Reply and outcome</source>
        <comment>dossier.reply</comment>
        <translation>Ответ и итог</translation>
    </message>
    <message>
        <source>Sources</source>
        <comment>dossier.s_sources</comment>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>dossier.source</comment>
        <translation>Источник</translation>
    </message>
    <message>
        <source>confidential</source>
        <comment>dossier.confidential</comment>
        <translation>конфиденциально</translation>
    </message>
    <message>
        <source>Reliability</source>
        <comment>dossier.reliability</comment>
        <translation>Надёжность</translation>
    </message>
    <message>
        <source>Documents given out</source>
        <comment>dossier.s_disclosures</comment>
        <translation>Переданные документы</translation>
    </message>
    <message>
        <source>consent overridden: {reason}</source>
        <comment>dossier.override</comment>
        <translation>без согласия, причина: {reason}</translation>
    </message>
    <message>
        <source>Document</source>
        <comment>dossier.template</comment>
        <translation>Документ</translation>
    </message>
    <message>
        <source>By</source>
        <comment>dossier.by</comment>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Gaps</source>
        <comment>dossier.gaps_title</comment>
        <translation>Пробелы</translation>
    </message>
    <message>
        <source>What each outgoing document still needs from this record.</source>
        <comment>dossier.gaps_intro</comment>
        <translation>Чего ещё не хватает в записи для каждого исходящего документа.</translation>
    </message>
    <message>
        <source>Nothing missing.</source>
        <comment>dossier.gaps_none</comment>
        <translation>Всё заполнено.</translation>
    </message>
    <message>
        <source>Court-day list</source>
        <comment>court_day.title_day</comment>
        <translation>Список заседаний на день</translation>
    </message>
    <message>
        <source>Hearings of the week</source>
        <comment>court_day.title_week</comment>
        <translation>Заседания недели</translation>
    </message>
    <message>
        <source>Internal use</source>
        <comment>court_day.recipient</comment>
        <translation>Для внутреннего пользования</translation>
    </message>
    <message>
        <source>Hearings {period}</source>
        <comment>court_day.reference</comment>
        <translation>Заседания {period}</translation>
    </message>
    <message>
        <source>Hearings: {hearings}, courts: {courts}</source>
        <comment>court_day.count</comment>
        <translation>Заседаний: {hearings}, судов: {courts}</translation>
    </message>
    <message>
        <source>No hearings in this period.</source>
        <comment>court_day.none</comment>
        <translation>В этот период заседаний нет.</translation>
    </message>
    <message>
        <source>Names are left out of this copy: case references only.</source>
        <comment>court_day.without_names</comment>
        <translation>В этой копии нет имён: только номера дел.</translation>
    </message>
    <message>
        <source>Court not recorded</source>
        <comment>court_day.no_court</comment>
        <translation>Суд не указан</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>court_day.time</comment>
        <translation>Время</translation>
    </message>
    <message>
        <source>Case</source>
        <comment>court_day.case</comment>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Defendants</source>
        <comment>court_day.defendants</comment>
        <translation>Обвиняемые</translation>
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
        <translation>Заседание</translation>
    </message>
    <message>
        <source>—</source>
        <comment>court_day.no_time</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>defendants: {count}</source>
        <comment>court_day.defendant_count</comment>
        <translation>обвиняемых: {count}</translation>
    </message>
    <message>
        <source>closed to the public</source>
        <comment>court_day.closed</comment>
        <translation>закрытое заседание</translation>
    </message>
    <message>
        <source>postponed → {date}</source>
        <comment>court_day.postponed_to</comment>
        <translation>отложено → {date}</translation>
    </message>
    <message>
        <source>postponed, no new date</source>
        <comment>court_day.postponed</comment>
        <translation>отложено без новой даты</translation>
    </message>
    <message>
        <source>Monday</source>
        <comment>weekday.0</comment>
        <translation>понедельник</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <comment>weekday.1</comment>
        <translation>вторник</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <comment>weekday.2</comment>
        <translation>среда</translation>
    </message>
    <message>
        <source>Thursday</source>
        <comment>weekday.3</comment>
        <translation>четверг</translation>
    </message>
    <message>
        <source>Friday</source>
        <comment>weekday.4</comment>
        <translation>пятница</translation>
    </message>
    <message>
        <source>Saturday</source>
        <comment>weekday.5</comment>
        <translation>суббота</translation>
    </message>
    <message>
        <source>Sunday</source>
        <comment>weekday.6</comment>
        <translation>воскресенье</translation>
    </message>
    <message>
        <source>For internal use</source>
        <comment>header.internal</comment>
        <translation>Для внутреннего пользования</translation>
    </message>
    <message>
        <source>UN Working Group on Enforced or Involuntary Disappearances</source>
        <comment>recipient.wgeid</comment>
        <translation>Рабочая группа ООН по насильственным или недобровольным исчезновениям</translation>
    </message>
    <message>
        <source>WGEID case submission</source>
        <comment>template.wgeid</comment>
        <translation>Сообщение в РГНИ</translation>
    </message>
    <message>
        <source>Released</source>
        <comment>status.released.f</comment>
        <translation>Освобождена</translation>
    </message>
    <message>
        <source>Disappeared</source>
        <comment>status.disappeared.f</comment>
        <translation>Исчезла</translation>
    </message>
    <message>
        <source>Expelled</source>
        <comment>status.expelled.f</comment>
        <translation>Выдворена</translation>
    </message>
    <message>
        <source>convicted</source>
        <comment>charge_status.convicted.f</comment>
        <translation>осуждена</translation>
    </message>
    <message>
        <source>acquitted</source>
        <comment>charge_status.acquitted.f</comment>
        <translation>оправдана</translation>
    </message>
    <message>
        <source>The person</source>
        <comment>ill.s_victim.f</comment>
        <translation>Пострадавшая</translation>
    </message>
    <message>
        <source>({days} days)</source>
        <comment>status.days_paren</comment>
        <translation>({days} дн.)</translation>
    </message>
    <message>
        <source>term until {date}</source>
        <comment>status.measure_term</comment>
        <translation>срок до {date}</translation>
    </message>
    <message>
        <source>Whereabouts unknown</source>
        <comment>status.whereabouts_unknown</comment>
        <translation>Местонахождение неизвестно</translation>
    </message>
    <message>
        <source>Released on {date}</source>
        <comment>status.released_on</comment>
        <translation>Освобождён {date}</translation>
    </message>
    <message>
        <source>Released on {date}</source>
        <comment>status.released_on.f</comment>
        <translation>Освобождена {date}</translation>
    </message>
    <message>
        <source>{days} days in custody in total</source>
        <comment>status.custody_total</comment>
        <translation>всего {days} дн. под стражей</translation>
    </message>
    <message>
        <source>house arrest extended</source>
        <comment>outcome.house_arrest_extended</comment>
        <translation>срок домашнего ареста продлён</translation>
    </message>
    <message>
        <source>decision delivered</source>
        <comment>outcome.decision</comment>
        <translation>решение вынесено</translation>
    </message>
    <message>
        <source>Convicted</source>
        <comment>verdict.convicted</comment>
        <translation>Осуждён</translation>
    </message>
    <message>
        <source>Convicted</source>
        <comment>verdict.convicted.f</comment>
        <translation>Осуждена</translation>
    </message>
    <message>
        <source>Acquitted</source>
        <comment>verdict.acquitted</comment>
        <translation>Оправдан</translation>
    </message>
    <message>
        <source>Acquitted</source>
        <comment>verdict.acquitted.f</comment>
        <translation>Оправдана</translation>
    </message>
    <message>
        <source>Charges dropped</source>
        <comment>verdict.dropped</comment>
        <translation>Обвинение снято</translation>
    </message>
    <message>
        <source>Charges dropped</source>
        <comment>verdict.dropped.f</comment>
        <translation>Обвинение снято</translation>
    </message>
    <message>
        <source>Verdict delivered (charges not yet updated)</source>
        <comment>verdict.pending</comment>
        <translation>Приговор вынесен (обвинения ещё не обновлены)</translation>
    </message>
    <message>
        <source>Verdict delivered (charges not yet updated)</source>
        <comment>verdict.pending.f</comment>
        <translation>Приговор вынесен (обвинения ещё не обновлены)</translation>
    </message>
    <message>
        <source>(on appeal)</source>
        <comment>verdict.on_appeal</comment>
        <translation>(в апелляции)</translation>
    </message>
    <message>
        <source>on {date}</source>
        <comment>verdict.on</comment>
        <translation>{date}</translation>
    </message>
    <message>
        <source>Sentence: {sentence}.</source>
        <comment>verdict.sentence</comment>
        <translation>Наказание: {sentence}.</translation>
    </message>
    <message>
        <source>decided on {date}</source>
        <comment>appeal.decided</comment>
        <translation>решение вынесено {date}</translation>
    </message>
    <message>
        <source>pending</source>
        <comment>appeal.pending</comment>
        <translation>на рассмотрении</translation>
    </message>
    <message>
        <source>pending, next hearing on {date}</source>
        <comment>appeal.pending_next</comment>
        <translation>на рассмотрении, следующее заседание {date}</translation>
    </message>
    <message>
        <source>ref. {reference}</source>
        <comment>history.reference</comment>
        <translation>№ {reference}</translation>
    </message>
    <message>
        <source>Reply: {reply}</source>
        <comment>history.reply</comment>
        <translation>Ответ: {reply}</translation>
    </message>
    <message>
        <source>Result: {outcome}</source>
        <comment>history.outcome</comment>
        <translation>Результат: {outcome}</translation>
    </message>
    <message>
        <source>In custody</source>
        <comment>period.custody</comment>
        <translation>Под стражей</translation>
    </message>
    <message>
        <source>Under house arrest</source>
        <comment>period.house_arrest</comment>
        <translation>Под домашним арестом</translation>
    </message>
    <message>
        <source>Disappeared</source>
        <comment>period.disappeared</comment>
        <translation>Исчезновение</translation>
    </message>
    <message>
        <source>ongoing</source>
        <comment>period.ongoing</comment>
        <translation>по настоящее время</translation>
    </message>
    <message>
        <source>{days} days</source>
        <comment>period.days</comment>
        <translation>{days} дн.</translation>
    </message>
    <message>
        <source>Who gave it, and how</source>
        <comment>consent.given_by</comment>
        <translation>Кем и как дано</translation>
    </message>
    <message>
        <source>Who gave the authorisation (consent: “How obtained”)</source>
        <comment>consent.given_by_field</comment>
        <translation>Кем дано согласие (согласие: «Как получено»)</translation>
    </message>
    <message>
        <source>Initials</source>
        <comment>consent.initials_scope_head</comment>
        <translation>Инициалы</translation>
    </message>
    <message>
        <source>The person asks that only initials be used in anything made public; this copy uses them too.</source>
        <comment>consent.initials_here</comment>
        <translation>Лицо просит указывать в публичных документах только инициалы; в этой копии они тоже использованы.</translation>
    </message>
    <message>
        <source>The person asks that only initials be used in anything made public; the full name is given in this confidential submission.</source>
        <comment>consent.initials_scope</comment>
        <translation>Лицо просит указывать в публичных документах только инициалы; в этом конфиденциальном сообщении указано полное имя.</translation>
    </message>
    <message>
        <source>Written in another language than this report: {field}</source>
        <comment>checklist.other_language</comment>
        <translation>Написано не на языке отчёта: {field}</translation>
    </message>
    <message>
        <source>Name in Latin letters (as in the passport)</source>
        <comment>wgad.latin_name</comment>
        <translation>Имя латиницей (как в паспорте)</translation>
    </message>
    <message>
        <source>Name in Latin letters (person: “Other spellings”)</source>
        <comment>wgad.latin_name_field</comment>
        <translation>Имя латиницей (лицо: «Другие написания»)</translation>
    </message>
    <message>
        <source>The person was taken and their whereabouts were not disclosed: an enforced disappearance (see the WGEID submission).</source>
        <comment>wgad.disappearance</comment>
        <translation>Лицо было задержано, и его местонахождение не раскрывалось: насильственное исчезновение (см. сообщение в РГНИ).</translation>
    </message>
    <message>
        <source>Present situation</source>
        <comment>wgad.present</comment>
        <translation>Положение в настоящее время</translation>
    </message>
    <message>
        <source>Verdict and sentence</source>
        <comment>wgad.verdict</comment>
        <translation>Приговор и наказание</translation>
    </message>
    <message>
        <source>Verdict and sentence (charge: “Sentence”)</source>
        <comment>wgad.verdict_field</comment>
        <translation>Приговор и наказание (обвинение: «Наказание»)</translation>
    </message>
    <message>
        <source>no verdict yet</source>
        <comment>wgad.no_verdict</comment>
        <translation>приговора пока нет</translation>
    </message>
    <message>
        <source>Appeals</source>
        <comment>wgad.appeals</comment>
        <translation>Обжалование</translation>
    </message>
    <message>
        <source>Earlier submissions to UN bodies and their results</source>
        <comment>wgad.un_history</comment>
        <translation>Прежние обращения в органы ООН и их результаты</translation>
    </message>
    <message>
        <source>No earlier submission to a UN body is recorded.</source>
        <comment>wgad.un_history_none</comment>
        <translation>Прежних обращений в органы ООН не записано.</translation>
    </message>
    <message>
        <source>Authorisation by the person concerned or their family</source>
        <comment>wgad.authorisation</comment>
        <translation>Согласие лица или его семьи</translation>
    </message>
    <message>
        <source>Submitter</source>
        <comment>wgad.submitter</comment>
        <translation>Отправитель</translation>
    </message>
    <message>
        <source>group of {count} people (this is person {number})</source>
        <comment>sp.group_of</comment>
        <translation>группа из {count} чел. (это лицо № {number})</translation>
    </message>
    <message>
        <source>One communication about {count} people in the same case: {names}.</source>
        <comment>sp.group_intro</comment>
        <translation>Одно сообщение о {count} лицах по одному делу: {names}.</translation>
    </message>
    <message>
        <source>Person {number} of {count}</source>
        <comment>sp.group_member</comment>
        <translation>Лицо {number} из {count}</translation>
    </message>
    <message>
        <source>Why urgent action is needed</source>
        <comment>sp.s_urgency</comment>
        <translation>Почему нужны срочные меры</translation>
    </message>
    <message>
        <source>Why it is urgent (the urgency text, or the person’s risk level)</source>
        <comment>sp.urgency_field</comment>
        <translation>Почему срочно (текст о срочности или уровень риска лица)</translation>
    </message>
    <message>
        <source>Held in police custody possibly beyond the legal 48 hours without a court decision.</source>
        <comment>sp.urgent_48h</comment>
        <translation>Возможно, содержится в ИВС дольше законных 48 часов без решения суда.</translation>
    </message>
    <message>
        <source>Risk level assessed by the submitter: {level}.</source>
        <comment>sp.urgent_risk</comment>
        <translation>Уровень риска по оценке отправителя: {level}.</translation>
    </message>
    <message>
        <source>Injuries reported ({date}): {injuries}</source>
        <comment>sp.urgent_health</comment>
        <translation>Сообщённые травмы ({date}): {injuries}</translation>
    </message>
    <message>
        <source>Earlier communications (urgent appeals, allegation letters) and references</source>
        <comment>sp.earlier</comment>
        <translation>Прежние сообщения (срочные призывы, письма об утверждениях) и их номера</translation>
    </message>
    <message>
        <source>Alert</source>
        <comment>embassy.alert</comment>
        <translation>Внимание</translation>
    </message>
    <message>
        <source>Possibly held in police custody beyond the legal 48 hours.</source>
        <comment>embassy.over_48h</comment>
        <translation>Возможно, содержится в ИВС дольше законных 48 часов.</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <comment>embassy.lawyer</comment>
        <translation>Адвокат</translation>
    </message>
    <message>
        <source>Lawyer (case participant with the role lawyer)</source>
        <comment>embassy.lawyer_field</comment>
        <translation>Адвокат (участник дела с ролью «адвокат»)</translation>
    </message>
    <message>
        <source>Public statement</source>
        <comment>embassy.public</comment>
        <translation>Публичное заявление</translation>
    </message>
    <message>
        <source>The person agrees to a public statement.</source>
        <comment>embassy.public_yes</comment>
        <translation>Лицо согласно на публичное заявление.</translation>
    </message>
    <message>
        <source>No public statement: the person has not agreed to one.</source>
        <comment>embassy.public_no</comment>
        <translation>Без публичных заявлений: лицо на них не согласилось.</translation>
    </message>
    <message>
        <source>Earlier interventions and their results</source>
        <comment>embassy.history</comment>
        <translation>Прежние обращения и их результаты</translation>
    </message>
    <message>
        <source>Ask to visit the person under house arrest.</source>
        <comment>embassy.ask.visit_home</comment>
        <translation>Добиваться посещения лица, находящегося под домашним арестом.</translation>
    </message>
    <message>
        <source>Ask the authorities to disclose the person’s fate and whereabouts.</source>
        <comment>embassy.ask.whereabouts</comment>
        <translation>Требовать от властей сообщить о судьбе и местонахождении лица.</translation>
    </message>
    <message>
        <source>Consider an emergency visa or temporary relocation if the risk grows.</source>
        <comment>embassy.ask.visa</comment>
        <translation>Рассмотреть экстренную визу или временное перемещение, если риск возрастёт.</translation>
    </message>
    <message>
        <source>Stage</source>
        <comment>embassy.case_stage</comment>
        <translation>Стадия</translation>
    </message>
    <message>
        <source>Court</source>
        <comment>embassy.court</comment>
        <translation>Суд</translation>
    </message>
    <message>
        <source>Articles</source>
        <comment>embassy.articles</comment>
        <translation>Статьи</translation>
    </message>
    <message>
        <source>Defendants ({count})</source>
        <comment>embassy.defendants</comment>
        <translation>Обвиняемые ({count})</translation>
    </message>
    <message>
        <source>Name, role</source>
        <comment>embassy.col_name</comment>
        <translation>Имя, роль</translation>
    </message>
    <message>
        <source>Situation today</source>
        <comment>embassy.col_situation</comment>
        <translation>Положение сегодня</translation>
    </message>
    <message>
        <source>Days held</source>
        <comment>embassy.col_days</comment>
        <translation>Дней под стражей</translation>
    </message>
    <message>
        <source>All defendants agree to a public statement.</source>
        <comment>embassy.case_public_all</comment>
        <translation>Все обвиняемые согласны на публичное заявление.</translation>
    </message>
    <message>
        <source>No public statement: none of the defendants has agreed to one.</source>
        <comment>embassy.case_public_none</comment>
        <translation>Без публичных заявлений: никто из обвиняемых на них не согласился.</translation>
    </message>
    <message>
        <source>No public statement about the case as a whole; only some defendants agree to one: {names}.</source>
        <comment>embassy.case_public_some</comment>
        <translation>Без публичных заявлений о деле в целом; согласны на публичное заявление лишь некоторые обвиняемые: {names}.</translation>
    </message>
    <message>
        <source>Ask the authorities to disclose the fate and whereabouts of {names}.</source>
        <comment>embassy.case_ask.whereabouts</comment>
        <translation>Требовать от властей сообщить о судьбе и местонахождении: {names}.</translation>
    </message>
    <message>
        <source>Ask for access to the detained defendants ({names}) and for an independent medical examination.</source>
        <comment>embassy.case_ask.visit</comment>
        <translation>Добиваться доступа к задержанным обвиняемым ({names}) и независимого медицинского осмотра.</translation>
    </message>
    <message>
        <source>Ask to visit the defendants under house arrest ({names}).</source>
        <comment>embassy.case_ask.visit_home</comment>
        <translation>Добиваться посещения обвиняемых, находящихся под домашним арестом ({names}).</translation>
    </message>
    <message>
        <source>Ask for a prompt, effective and impartial investigation of the allegations of ill-treatment ({names}).</source>
        <comment>embassy.case_ask.investigate</comment>
        <translation>Добиваться быстрого, эффективного и беспристрастного расследования сообщений о жестоком обращении ({names}).</translation>
    </message>
    <message>
        <source>Consider an emergency visa or temporary relocation if the risk grows ({names}).</source>
        <comment>embassy.case_ask.visa</comment>
        <translation>Рассмотреть экстренную визу или временное перемещение, если риск возрастёт ({names}).</translation>
    </message>
    <message>
        <source>Annex: individual briefs</source>
        <comment>annex.individual</comment>
        <translation>Приложение: справки по каждому обвиняемому</translation>
    </message>
    <message>
        <source>Time of the incident</source>
        <comment>ill.time</comment>
        <translation>Время происшествия</translation>
    </message>
    <message>
        <source>not recorded (no field: give it in the circumstances)</source>
        <comment>ill.time_missing</comment>
        <translation>не указано (нет поля: укажите в обстоятельствах)</translation>
    </message>
    <message>
        <source>Time of the incident (no field: write it in “Circumstances”)</source>
        <comment>ill.time_field</comment>
        <translation>Время происшествия (нет поля: укажите в «Обстоятельствах»)</translation>
    </message>
    <message>
        <source>Held at the time</source>
        <comment>ill.held_at</comment>
        <translation>Где содержался в то время</translation>
    </message>
    <message>
        <source>Conditions and routine of detention</source>
        <comment>ill.conditions</comment>
        <translation>Условия и режим содержания</translation>
    </message>
    <message>
        <source>Conditions and routine of detention (no field: write them in “Circumstances”)</source>
        <comment>ill.conditions_field</comment>
        <translation>Условия и режим содержания (нет поля: укажите в «Обстоятельствах»)</translation>
    </message>
    <message>
        <source>Safeguards</source>
        <comment>ill.safeguards</comment>
        <translation>Гарантии</translation>
    </message>
    <message>
        <source>Lawyer: {lawyer}</source>
        <comment>ill.safeguard_lawyer</comment>
        <translation>Адвокат: {lawyer}</translation>
    </message>
    <message>
        <source>Seen by a doctor: {doctor}</source>
        <comment>ill.safeguard_doctor</comment>
        <translation>Осмотрен врачом: {doctor}</translation>
    </message>
    <message>
        <source>Family informed or allowed to visit: {family}</source>
        <comment>ill.safeguard_family</comment>
        <translation>Семья извещена или допущена: {family}</translation>
    </message>
    <message>
        <source>Family access (no field: write it in “Circumstances”)</source>
        <comment>ill.family_field</comment>
        <translation>Доступ семьи (нет поля: укажите в «Обстоятельствах»)</translation>
    </message>
    <message>
        <source>Degree of consistency between findings and allegations (write it in the medical findings)</source>
        <comment>ill.consistency_field</comment>
        <translation>Степень соответствия выводов и утверждений (укажите в медицинских выводах)</translation>
    </message>
    <message>
        <source>Photographs, medical certificates and other attachments</source>
        <comment>ill.s_attachments</comment>
        <translation>Фотографии, медицинские справки и другие вложения</translation>
    </message>
    <message>
        <source>No attachment is kept with this record.</source>
        <comment>ill.no_attachments</comment>
        <translation>К этой записи не приложено файлов.</translation>
    </message>
    <message>
        <source>Enforced or involuntary disappearance</source>
        <comment>wgeid.title</comment>
        <translation>Насильственное или недобровольное исчезновение</translation>
    </message>
    <message>
        <source>Case submission to the UN Working Group on Enforced or Involuntary Disappearances</source>
        <comment>wgeid.subtitle</comment>
        <translation>Сообщение в Рабочую группу ООН по насильственным или недобровольным исчезновениям</translation>
    </message>
    <message>
        <source>1. The disappeared person</source>
        <comment>wgeid.s1</comment>
        <translation>1. Исчезнувшее лицо</translation>
    </message>
    <message>
        <source>2. The disappearance</source>
        <comment>wgeid.s2</comment>
        <translation>2. Исчезновение</translation>
    </message>
    <message>
        <source>3. Steps taken to find the person and domestic remedies</source>
        <comment>wgeid.s3</comment>
        <translation>3. Меры по розыску и внутренние средства защиты</translation>
    </message>
    <message>
        <source>4. Source of the information</source>
        <comment>wgeid.s4</comment>
        <translation>4. Источник сведений</translation>
    </message>
    <message>
        <source>5. Consent of the person or the family</source>
        <comment>wgeid.s5</comment>
        <translation>5. Согласие лица или семьи</translation>
    </message>
    <message>
        <source>Full name</source>
        <comment>wgeid.name</comment>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Identity document number</source>
        <comment>wgeid.doc_number</comment>
        <translation>Номер документа, удостоверяющего личность</translation>
    </message>
    <message>
        <source>Date (at least month and year)</source>
        <comment>wgeid.date</comment>
        <translation>Дата (не менее месяца и года)</translation>
    </message>
    <message>
        <source>Place of arrest or abduction, or where last seen</source>
        <comment>wgeid.place</comment>
        <translation>Место задержания или похищения либо где лицо видели в последний раз</translation>
    </message>
    <message>
        <source>Forces believed responsible (State agents, or acting with the State’s support or acquiescence)</source>
        <comment>wgeid.forces</comment>
        <translation>Кто предположительно несёт ответственность (представители государства или лица, действующие с его поддержки или согласия)</translation>
    </message>
    <message>
        <source>What was said or is known of the authorities’ involvement</source>
        <comment>wgeid.state_link</comment>
        <translation>Что известно о причастности властей</translation>
    </message>
    <message>
        <source>Situation today</source>
        <comment>wgeid.present</comment>
        <translation>Положение сейчас</translation>
    </message>
    <message>
        <source>No disappearance is recorded for this person.</source>
        <comment>wgeid.none</comment>
        <translation>Исчезновение этого лица не записано.</translation>
    </message>
    <message>
        <source>No step to find the person is recorded.</source>
        <comment>wgeid.no_steps</comment>
        <translation>Мер по розыску не записано.</translation>
    </message>
    <message>
        <source>The disappearance (detention event of type “disappearance”)</source>
        <comment>wgeid.event_field</comment>
        <translation>Исчезновение (событие типа «исчезновение»)</translation>
    </message>
    <message>
        <source>Embassy</source>
        <comment>recipient_to.embassy</comment>
        <translation>Посольству</translation>
    </message>
    <message>
        <source>UN Working Group on Arbitrary Detention</source>
        <comment>recipient_to.wgad</comment>
        <translation>Рабочей группе ООН по произвольным задержаниям</translation>
    </message>
    <message>
        <source>UN Special Procedures</source>
        <comment>recipient_to.special-procedures</comment>
        <translation>Специальным процедурам ООН</translation>
    </message>
    <message>
        <source>UN Working Group on Enforced or Involuntary Disappearances</source>
        <comment>recipient_to.wgeid</comment>
        <translation>Рабочей группе ООН по насильственным или недобровольным исчезновениям</translation>
    </message>
    <message>
        <source>UN Special Rapporteur on torture</source>
        <comment>recipient_to.ill-treatment.un</comment>
        <translation>Специальному докладчику ООН по вопросу о пытках</translation>
    </message>
    <message>
        <source>Embassy</source>
        <comment>recipient_to.ill-treatment.embassy</comment>
        <translation>Посольству</translation>
    </message>
</context>
</TS>
