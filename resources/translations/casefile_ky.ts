<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../casefile/ui/shell/about.py"/>
        <source>About Casefile</source>
        <translation>Casefile жөнүндө</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/about.py"/>
        <source>Casefile %1

An offline, encrypted case-file manager for human-rights organisations.

Free software under the GNU General Public License, version 3 or later; it comes with no warranty. The licences of the components it includes are in the licenses folder of a packaged installation.

Python %2, Qt %3, PySide6 %4</source>
        <translation>Casefile %1

Укук коргоо уюмдары үчүн интернетсиз иштеген, шифрленген иштер картотекасы.

GNU General Public License 3-версиясынын же андан кийинки версиясынын шарттарындагы эркин программа; эч кандай кепилдиксиз берилет. Анын ичиндеги компоненттердин лицензиялары орнотулган жыйнактын licenses папкасында.

Python %2, Qt %3, PySide6 %4</translation>
    </message>
</context>
<context>
    <name>AgendaExports</name>
    <message>
        <location filename="../../casefile/ui/pages/agenda_exports.py"/>
        <source>&amp;Reminder:</source>
        <translation>&amp;Эскертме:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_exports.py"/>
        <source>1 day before</source>
        <translation>1 күн мурун</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_exports.py"/>
        <source>1 hour before</source>
        <translation>1 саат мурун</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_exports.py"/>
        <source>2 days before</source>
        <translation>2 күн мурун</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_exports.py"/>
        <source>A hearing with no time set reminds at 9:00.</source>
        <translation>Убактысы коюлбаган сот отуруму тууралуу саат 9:00дө эскертилет.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_exports.py"/>
        <source>All future hearings</source>
        <translation>Бардык келечектеги сот отурумдары</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_exports.py"/>
        <source>Every hearing from today on goes into one calendar file, whatever week is shown.</source>
        <translation>Бүгүндөн баштап бардык сот отурумдары, кайсы жума көрсөтүлбөсүн, бир календарь файлына кирет.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_exports.py"/>
        <source>Export all future hearings</source>
        <translation>Бардык келечектеги сот отурумдарын экспорттоо</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_exports.py"/>
        <source>Export every hearing from today on?</source>
        <translation>Бүгүндөн баштап бардык сот отурумдары экспорттолсунбу?</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_exports.py"/>
        <source>No reminder</source>
        <translation>Эскертмесиз</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_exports.py"/>
        <source>Save the hearings as</source>
        <translation>Сот отурумдарын мындай сактоо</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_exports.py"/>
        <source>With case titles and names</source>
        <translation>Иштердин аталыштары жана аттар менен</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_exports.py"/>
        <source>Without names (case references only)</source>
        <translation>Аттарсыз (иштин номерлери гана)</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../casefile/ui/pages/agenda_exports.py"/>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Hearing</source>
        <translation>Сот отуруму</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_exports.py"/>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Hearings exported: %1. Saved (not encrypted): %2</source>
        <translation>Экспорттолгон отурумдар: %1. Сакталды (шифрленбеген): %2</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_exports.py"/>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>It will contain case references, courts and dates only.</source>
        <translation>Файлда иштердин номерлери, соттор жана күндөр гана болот.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_exports.py"/>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>It will contain case titles, defendants' and judges' names. Choose the variant without names if the file may leave this computer.</source>
        <translation>Файлда иштердин аталыштары, айыпталуучулардын жана судьялардын аттары болот. Эгер файл бул компьютерден чыгышы мүмкүн болсо, атсыз вариантты тандаңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_exports.py"/>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>The calendar file is NOT encrypted: anyone who gets it (or the phone or computer it is synced to) can read it.</source>
        <translation>Календарь файлы шифрленбейт: аны алган ар бир адам (же ал шайкештирилген телефонго же компьютерге кире алган адам) окуй алат.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_exports.py"/>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar файлдары (*.ics)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>(outcome missing: %1)</source>
        <translation>(жыйынтыгы жок: %1)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <location filename="../../casefile/ui/shell/reminders.py"/>
        <source>+%1 more</source>
        <translation>дагы %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>All future hearings…</source>
        <translation>Бардык келечектеги сот отурумдары…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Case numbers</source>
        <translation>Иштердин номерлери</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Closed to the public</source>
        <translation>Жабык отурум</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Court-day list…</source>
        <translation>Соттук күндүн тизмеси…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Defendants</source>
        <translation>Айыпталуучулар</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Earlier</source>
        <translation>Мурунку</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Export agenda</source>
        <translation>Күн тартибин экспорттоо</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Export agenda (.ics)…</source>
        <translation>Күн тартибин экспорттоо (.ics)…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Export the hearings from %1 to %2?</source>
        <translation>%1 – %2 аралыгындагы отурумдар экспорттолсунбу?</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Fri</source>
        <translation>Жм</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Hearings agenda</source>
        <translation>Сот отурумдарынын күн тартиби</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Hearings: %1</source>
        <translation>Отурумдар: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Judge</source>
        <translation>Судья</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Later</source>
        <translation>Кийинки</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Mon</source>
        <translation>Дш</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>No hearings in this period.</source>
        <translation>Бул мезгилде отурумдар жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Open case</source>
        <translation>Ишти ачуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Outcome</source>
        <translation>Жыйынтык</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Please select a hearing first.</source>
        <translation>Адегенде отурумду тандаңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Postponed to…</source>
        <translation>Жылдырылды…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Print or save the hearings of the day or week shown, by court</source>
        <translation>Көрсөтүлгөн күндүн же жуманын сот отурумдарын соттор боюнча басып чыгаруу же сактоо</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Public</source>
        <translation>Ачык</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Record outcome…</source>
        <translation>Жыйынтыкты жазуу…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Sat</source>
        <translation>Иш</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Save the agenda as</source>
        <translation>Күн тартибин сактоо</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Select a hearing to see its details.</source>
        <translation>Чоо-жайын көрүү үчүн отурумду тандаңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Sun</source>
        <translation>Жк</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>The selected hearing was postponed: give the new date and the reason</source>
        <translation>Тандалган отурум жылдырылды: жаңы күнүн жана себебин көрсөтүңүз</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Thu</source>
        <translation>Бш</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Today</source>
        <translation>Бүгүн</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Tue</source>
        <translation>Шш</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Wed</source>
        <translation>Шр</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Week</source>
        <translation>Апта</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>With case titles and names…</source>
        <translation>Иштердин аталыштары жана аттар менен…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Without names (case references only)…</source>
        <translation>Атсыз (иштердин номерлери гана)…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>closed to the public</source>
        <translation>жабык</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>⚠ outcome missing</source>
        <translation>⚠ жыйынтыгы жок</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../casefile/ui/start/controller.py"/>
        <source>Automatic backup made in the vault's backups folder.</source>
        <translation>Автоматтык камдык көчүрмө сактагычтын камдык көчүрмөлөр папкасына сакталды.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/controller.py"/>
        <source>Building the demo vault with invented cases…</source>
        <translation>Ойдон чыгарылган иштер менен демо-сактагыч түзүлүүдө…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/controller.py"/>
        <source>The automatic backup failed: %1</source>
        <translation>Автоматтык камдык көчүрмө жасалган жок: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/controller.py"/>
        <source>This is the demo vault: every person and case in it is invented. Its passphrase is: %1</source>
        <translation>Бул демо-сактагыч: андагы бардык адамдар жана иштер ойдон чыгарылган. Анын сырсөзү: %1</translation>
    </message>
</context>
<context>
    <name>AttachmentsBox</name>
    <message>
        <location filename="../../casefile/ui/editors/attachments_box.py"/>
        <source>%1 — SHA-256 %2</source>
        <translation>%1 — SHA-256 хэши: %2</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/attachments_box.py"/>
        <source>Attach a file</source>
        <translation>Файл тиркөө</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/attachments_box.py"/>
        <source>Attached files</source>
        <translation>Тиркелген файлдар</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/editors/attachments_box.py"/>
        <source>Attaching %n file(s)…</source>
        <translation>
            <numerusform>%n файл тиркелүүдө…</numerusform>
            <numerusform>%n файл тиркелүүдө…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/attachments_box.py"/>
        <source>Attachment</source>
        <translation>Тиркеме</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/attachments_box.py"/>
        <source>Attach…</source>
        <translation>Тиркөө…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/attachments_box.py"/>
        <source>Copy a photo, scan or other file into the vault</source>
        <translation>Сүрөттү, сканды же башка файлды сактагычка көчүрүү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/attachments_box.py"/>
        <source>Drop photos or scans here to attach them. Double-click one to see it.</source>
        <translation>Тиркөө үчүн сүрөттөрдү же скандарды бул жерге сүйрөп таштаңыз. Көрүү үчүн эки жолу басыңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/attachments_box.py"/>
        <source>Files can be attached once the record is saved.</source>
        <translation>Жазуу сакталгандан кийин файлдарды тиркөөгө болот.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/attachments_box.py"/>
        <source>Photos, scans and other files</source>
        <translation>Сүрөттөр, скандар жана башка файлдар</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/attachments_box.py"/>
        <source>This file cannot be shown as a picture. Export it from the record's page to open it with another program.</source>
        <translation>Бул файлды сүрөт катары көрсөтүүгө болбойт. Аны башка программа менен ачуу үчүн жазуунун барагынан экспорттоңуз.</translation>
    </message>
</context>
<context>
    <name>AttachmentsSection</name>
    <message>
        <location filename="../../casefile/ui/pages/attachments_panel.py"/>
        <source>%1 bytes</source>
        <translation>%1 байт</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/attachments_panel.py"/>
        <source>Add a file</source>
        <translation>Файл кошуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/attachments_panel.py"/>
        <source>Add a file to the vault</source>
        <translation>Сактагычка файл кошуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/attachments_panel.py"/>
        <source>Add file…</source>
        <translation>Файл кошуу…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/attachments_panel.py"/>
        <source>Attachment</source>
        <translation>Тиркеме</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/attachments_panel.py"/>
        <source>Attachments</source>
        <translation>Тиркемелер</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/attachments_panel.py"/>
        <source>Casefile cannot show this kind of file (%1). Export it to open it with another program.</source>
        <translation>Casefile мындай түрдөгү файлды (%1) көрсөтө албайт. Башка программада ачуу үчүн аны экспорттоңуз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/attachments_panel.py"/>
        <source>Copy a file into the vault</source>
        <translation>Файлды сактагычка көчүрүү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/attachments_panel.py"/>
        <source>Export a file</source>
        <translation>Файлды экспорттоо</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/attachments_panel.py"/>
        <source>Export the file to</source>
        <translation>Файлды кайда экспорттоо</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/attachments_panel.py"/>
        <source>Export…</source>
        <translation>Экспорттоо…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/attachments_panel.py"/>
        <source>No files attached.</source>
        <translation>Тиркелген файлдар жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/attachments_panel.py"/>
        <source>Please select a file first.</source>
        <translation>Адегенде файлды тандаңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/attachments_panel.py"/>
        <source>Save an unencrypted copy of the file</source>
        <translation>Файлдын шифрленбеген көчүрмөсүн сактоо</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/attachments_panel.py"/>
        <source>Saved (not encrypted): %1</source>
        <translation>Сакталды (шифрленбеген): %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/attachments_panel.py"/>
        <source>The exported copy is NOT encrypted: anyone who can open the folder you save it in can read it. Delete it when you no longer need it.

Export the file?</source>
        <translation>Экспорттолгон көчүрмө шифрленбейт: аны сиз сактаган папканы ача алган ар бир адам окуй алат. Кереги жок болгондо аны өчүрүңүз.

Файлды экспорттойлубу?</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/attachments_panel.py"/>
        <source>Title of the file:</source>
        <translation>Файлдын аталышы:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/attachments_panel.py"/>
        <source>View</source>
        <translation>Көрүү</translation>
    </message>
</context>
<context>
    <name>BatchReports</name>
    <message numerus="yes">
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>%n brief(s) made and logged.</source>
        <translation>
            <numerusform>%n маалымкат даярдалып, журналга жазылды.</numerusform>
            <numerusform>%n маалымкат даярдалып, журналга жазылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>%n person(s) in detention today.</source>
        <translation>
            <numerusform>Бүгүн %n адам камакта.</numerusform>
            <numerusform>Бүгүн %n адам камакта.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>%n person(s) will be left out (no consent for embassies):</source>
        <translation>
            <numerusform>%n адам чыгарылып калат (элчиликтер үчүн макулдук жок):</numerusform>
            <numerusform>%n адам чыгарылып калат (элчиликтер үчүн макулдук жок):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>Cancelled: no file was written.</source>
        <translation>Жокко чыгарылды: бир да файл жазылган жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>Choose an empty folder for the briefs</source>
        <translation>Маалымкаттар үчүн бош папканы тандаңыз</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>Counting the people in detention…</source>
        <translation>Камактагы адамдар саналууда…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>Each brief uses the embassy profile (no sources, contacts, internal notes or medical findings; initials where consent asks). People whose consent does not cover embassies are left out.</source>
        <translation>Ар бир маалымкат элчиликтер үчүн профилди колдонот (булактарсыз, байланыштарсыз, ички эскертүүлөрсүз жана медициналык корутундуларсыз; макулдук талап кылган жерде баш тамгалар гана). Макулдугу элчиликтерге жайылбаган адамдар кошулбайт.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>Embassy briefs</source>
        <translation>Элчиликтер үчүн маалымкаттар</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>Embassy briefs for everyone detained</source>
        <translation>Камактагылардын баары боюнча элчиликтер үчүн маалымкаттар</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>Language</source>
        <translation>Тил</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>Left out (no consent for embassies):</source>
        <translation>Кошулган жок (элчиликтерге макулдук жок):</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>Make the briefs…</source>
        <translation>Маалымкаттарды даярдоо…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>Making the briefs…</source>
        <translation>Маалымкаттар даярдалууда…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>No brief was made.</source>
        <translation>Бир да маалымкат даярдалган жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>One PDF with a cover list</source>
        <translation>Мазмун тизмеси менен бир PDF</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>One file per person, in a folder</source>
        <translation>Ар бир адамга бир файл, папкада</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>Output</source>
        <translation>Жыйынтык файл</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>Recipient</source>
        <translation>Алуучу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>Save unencrypted copies</source>
        <translation>Шифрленбеген көчүрмөлөрдү сактоо</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>Saved to {path} (not encrypted).</source>
        <translation>{path} ичине сакталды (шифрленбеген).</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>The PDF files are NOT encrypted: anyone who can open them can read them. Keep them only as long as needed to send them.

Each brief saved is written to the disclosure log of the person it is about. Continue?</source>
        <translation>PDF файлдар шифрленбейт: аларды ача алган ар бир адам окуй алат. Аларды жөнөтүлгөнгө чейин гана сактаңыз.

Сакталган ар бир маалымкат ал тиешелүү адамдын маалымат берүү журналына жазылат. Улантасызбы?</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>Writing…</source>
        <translation>Жазылууда…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>consent does not include embassies</source>
        <translation>макулдук элчиликтерге жайылбайт</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>consent withdrawn</source>
        <translation>макулдук кайтарылып алынган</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>e.g. Embassy of … in Bishkek</source>
        <translation>мис. …нын Бишкектеги элчилиги</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>no consent recorded</source>
        <translation>макулдук катталган эмес</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>Add hearing…</source>
        <translation>Отурум кошуу…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>Add person…</source>
        <translation>Адам кошуу…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>Add…</source>
        <translation>Кошуу…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>Change history</source>
        <translation>Өзгөртүүлөрдүн тарыхы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>Charges</source>
        <translation>Айыптар</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>Defendants</source>
        <translation>Айыпталуучулар</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>Edit…</source>
        <translation>Түзөтүү…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>Hearings</source>
        <translation>Отурумдар</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>Ill-treatment reports</source>
        <translation>Ырайымсыз мамиле тууралуу билдирүүлөр</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>Interventions</source>
        <translation>Кайрылуулар</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>Lawyers, judges and others</source>
        <translation>Адвокаттар, судьялар жана башкалар</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>Please select a hearing first.</source>
        <translation>Адегенде отурумду тандаңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>Postponed to…</source>
        <translation>Жылдырылды…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>Record outcome…</source>
        <translation>Жыйынтыкты жазуу…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>Record that the selected hearing was postponed, and to when</source>
        <translation>Тандалган отурум жылдырылганын жана качанга жылдырылганын жазуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>Report…</source>
        <translation>Отчет…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>closed to the public</source>
        <translation>жабык</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>defendant</source>
        <translation>айыпталуучу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>defendants: %1</source>
        <translation>айыпталуучулар: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>held now: %1</source>
        <translation>азыр камакта: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>lawyer</source>
        <translation>адвокат</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>monitors</source>
        <translation>байкоочулар</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>next</source>
        <translation>кийинки</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>postponed, no new date</source>
        <translation type="vanished">жылдырылды, жаңы күнү белгилене элек</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>← from %1</source>
        <translation>← мурунку күнү: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>→ to %1</source>
        <translation>→ жаңы күнү: %1</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>%1 backup(s) had a key file for an even older passphrase: it was destroyed, so only the recovery key opens them.</source>
        <translation>Камдык көчүрмөлөрдүн (%1) андан да эски сырсөз үчүн ачкыч файлы бар эле: ал жок кылынды, эми аларды калыбына келтирүү ачкычы гана ачат.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Change passphrase</source>
        <translation>Сырсөздү алмаштыруу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Changing the passphrase…</source>
        <translation>Сырсөз алмаштырылууда…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Current passphrase</source>
        <translation>Учурдагы сырсөз</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>New passphrase</source>
        <translation>Жаңы сырсөз</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Only the key file is rewritten; the recovery key stays the same. Backups made earlier still open with the old passphrase.</source>
        <translation type="vanished">Ачкыч файлы гана кайра жазылат; калыбына келтирүү ачкычы ошол эле бойдон калат. Мурда жасалган камдык көчүрмөлөр эски сырсөз менен ачыла берет.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Passphrase changed</source>
        <translation>Сырсөз алмаштырылды</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>The current passphrase is not correct.</source>
        <translation>Учурдагы сырсөз туура эмес.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>The key file is rewritten, and so are those of the backups in the vault's folder: the old passphrase then opens none of them. The recovery key stays the same. Backups stored elsewhere still open with the old passphrase.</source>
        <translation>Ачкыч файлы кайра жазылат, сактагычтын папкасындагы камдык көчүрмөлөрдүкү да: эски сырсөз алардын бирин да ачпайт. Калыбына келтирүү ачкычы ошол бойдон калат. Башка жерде сакталган камдык көчүрмөлөр эски сырсөз менен ачыла берет.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>The passphrase was changed. Use the new one from now on. Backups made earlier still open with the old passphrase.</source>
        <translation type="vanished">Сырсөз алмаштырылды. Мындан ары жаңысын колдонуңуз. Мурда жасалган камдык көчүрмөлөр эски сырсөз менен ачыла берет.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>The passphrase was changed. Use the new one from now on. The old passphrase no longer opens the vault or the backups in its folder; backups stored elsewhere still open with it.</source>
        <translation>Сырсөз өзгөртүлдү. Мындан ары жаңысын колдонуңуз. Эски сырсөз сактагычты да, анын папкасындагы камдык көчүрмөлөрдү да ачпайт; башка жерде сакталган камдык көчүрмөлөр аны менен ачыла берет.</translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message numerus="yes">
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <source>%n record(s) added or changed.</source>
        <translation>
            <numerusform>%n жазуу кошулду же өзгөртүлдү.</numerusform>
            <numerusform>%n жазуу кошулду же өзгөртүлдү.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <source>Added or changed in the last</source>
        <translation>Акыркы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <source>Changes</source>
        <translation>Өзгөртүүлөр</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <source>Changes since…</source>
        <translation>Мезгилдеги өзгөрүүлөр…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <source>Days</source>
        <translation>Күндөр</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <source>Loading…</source>
        <translation>Жүктөлүүдө…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <source>Nothing was added or changed in this period.</source>
        <translation>Бул мезгилде эч нерсе кошулган да, өзгөртүлгөн да жок.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <source>The newest %n are listed.</source>
        <translation>
            <numerusform>Эң жаңы %n көрсөтүлдү.</numerusform>
            <numerusform>Эң жаңы %n көрсөтүлдү.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <source>added</source>
        <translation>кошулду</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <source>changed</source>
        <translation>өзгөртүлдү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <source>changed: %1</source>
        <translation>өзгөртүлдү: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <source>days</source>
        <translation>күндө кошулган же өзгөртүлгөн</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <source>deleted for good</source>
        <translation>биротоло өчүрүлдү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <source>moved to the trash</source>
        <translation>себетке жылдырылды</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <source>restored from the trash</source>
        <translation>себеттен калыбына келтирилди</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <source>this laptop</source>
        <translation>бул ноутбук</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <source>this laptop (%1)</source>
        <translation>бул ноутбук (%1)</translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <location filename="../../casefile/ui/editors/field_widgets.py"/>
        <source>— choose —</source>
        <translation>— тандаңыз —</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../casefile/ui/exchange/conflicts.py"/>
        <source>Edited</source>
        <translation>Түзөтүлгөн</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/conflicts.py"/>
        <source>Exchange conflicts</source>
        <translation>Алмашуудагы карама-каршылыктар</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/conflicts.py"/>
        <source>Keep the other's</source>
        <translation>Башка түзмөктөгүнү алуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/conflicts.py"/>
        <source>Keep this vault's</source>
        <translation>Бул сактагычтагыны калтыруу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/conflicts.py"/>
        <source>No open conflicts.</source>
        <translation>Ачык карама-каршылыктар жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/conflicts.py"/>
        <source>Other device</source>
        <translation>Башка түзмөк</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/conflicts.py"/>
        <source>This vault</source>
        <translation>Бул сактагыч</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/conflicts.py"/>
        <source>Use the edited value</source>
        <translation>Түзөтүлгөн маанини колдонуу</translation>
    </message>
</context>
<context>
    <name>CourtDayDialog</name>
    <message numerus="yes">
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <source>%n hearing(s), in memory only</source>
        <translation>
            <numerusform>%n сот отуруму, эс тутумда гана</numerusform>
            <numerusform>%n сот отуруму, эс тутумда гана</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <source>&amp;Day:</source>
        <translation>&amp;Күн:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <source>&amp;Language:</source>
        <translation>&amp;Тил:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <source>Continue?</source>
        <translation>Улантылсынбы?</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <source>Court-day list</source>
        <translation>Соттук күндүн тизмеси</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <source>Hearings</source>
        <translation>Отурумдар</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <source>It names defendants, lawyers and judges.</source>
        <translation>Анда айыпталуучулардын, адвокаттардын жана соттордун аттары бар.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <source>Language of the list</source>
        <translation>Тизменин тили</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <source>Names of defendants, lawyers and judges</source>
        <translation>Айыпталуучулардын, адвокаттардын жана соттордун аттары</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <source>One day</source>
        <translation>Бир күн</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <source>Period:</source>
        <translation>Мезгил:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <source>Saved.</source>
        <translation>Сакталды.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <source>Sent to the printer.</source>
        <translation>Принтерге жөнөтүлдү.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <source>The list was saved to %1. It is not encrypted: delete it when done.</source>
        <translation>Тизме %1 ичине сакталды. Ал шифрленген эмес: иш бүткөндө өчүрүңүз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <source>The saved PDF is NOT encrypted: anyone who can open the file can read it. Keep it only as long as it is needed.</source>
        <translation>Сакталган PDF шифрленген ЭМЕС: файлды ача алган ар бир адам аны окуй алат. Аны керек болгуча гана сактаңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <source>The week (Monday to Sunday)</source>
        <translation>Жума (дүйшөмбүдөн жекшембиге чейин)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <source>Type the day, for example 21.12.2026.</source>
        <translation>Күндү жазыңыз, мисалы 21.12.2026.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <source>Without names the list shows case numbers, courts and times.</source>
        <translation>Аттарсыз тизмеде иштердин номерлери, соттор жана убакыт көрсөтүлөт.</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <location filename="../../casefile/ui/start/create_vault.py"/>
        <source>&lt;p&gt;&lt;b&gt;If the passphrase is lost, nobody can open this vault&lt;/b&gt;: not you, not your organisation, not the makers of Casefile. There is no reset by e-mail. After creating the vault you will see a recovery key once: write it down or print it, and keep it apart from this computer.&lt;/p&gt;&lt;p&gt;The passphrase is asked whenever Casefile starts or has locked itself.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Сырсөз жоголсо, бул сактагычты эч ким ача албайт&lt;/b&gt;: сиз да, уюмуңуз да, Casefile'дын иштеп чыгуучулары да. Электрондук почта аркылуу калыбына келтирүү жок. Сактагыч түзүлгөндөн кийин сизге калыбына келтирүү ачкычы бир жолу гана көрсөтүлөт: аны жазып алыңыз же басып чыгарыңыз жана бул компьютерден өзүнчө сактаңыз.&lt;/p&gt;&lt;p&gt;Сырсөз Casefile ар бир ачылганда жана өзү кулпуланган сайын суралат.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/create_vault.py"/>
        <source>Choose…</source>
        <translation>Тандоо…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/create_vault.py"/>
        <source>Create a new vault</source>
        <translation>Жаңы сактагыч түзүү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/create_vault.py"/>
        <source>Create vault</source>
        <translation>Сактагыч түзүү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/create_vault.py"/>
        <source>Creating the vault. This takes a few seconds…</source>
        <translation>Сактагыч түзүлүүдө. Бул бир нече секундга созулат…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/create_vault.py"/>
        <source>Keep the vault in this folder:</source>
        <translation>Сактагычты ушул папкада сактоо:</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>(no name)</source>
        <translation>(аты жок)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>(not imported)</source>
        <translation>(импорттолбойт)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Action</source>
        <translation>Аракет</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV файлдары (*.csv *.txt);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Checking every row…</source>
        <translation>Ар бир сап текшерилүүдө…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Import from CSV</source>
        <translation>CSV'дан импорттоо</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Importing…</source>
        <translation>Импорттолууда…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Line</source>
        <translation>Сап</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>New</source>
        <translation>Жаңы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Reasons or changes</source>
        <translation>Себептер же өзгөртүүлөр</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Record</source>
        <translation>Жазуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Rejected</source>
        <translation>Четке кагылды</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Unchanged</source>
        <translation>Өзгөрүүсүз</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Update</source>
        <translation>Жаңыртуу</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>(no name)</source>
        <translation>(аты жок)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>(not imported)</source>
        <translation>(импорттолбойт)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Check (dry run)</source>
        <translation>Текшерүү (сыноо)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Check the columns, then press “Check (dry run)”. Nothing is written yet.</source>
        <translation>Мамычаларды текшерип, «Текшерүү (сыноо)» баскычын басыңыз. Азырынча эч нерсе жазылган жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Checking every row…</source>
        <translation>Ар бир сап текшерилүүдө…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Choose file…</source>
        <translation>Файл тандоо…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Columns</source>
        <translation>Мамычалар</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Encoding:</source>
        <translation>Коддолушу:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>File preview</source>
        <translation>Файлды алдын ала көрүү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Fix the rejected rows in the file, or tick “Skip rejected rows”, then Import.</source>
        <translation>Файлдагы четке кагылган саптарды оңдоңуз же «Четке кагылган саптарды өткөрүп…» дегенди белгилеңиз, андан кийин «Импорттоо» баскычын басыңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Hearings</source>
        <translation>Отурумдар</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Import</source>
        <translation>Импорттоо</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Import from CSV</source>
        <translation>CSV'дан импорттоо</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Import:</source>
        <translation>Импорттоо:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Imported: {created} new, {updated} updated, {skipped} rejected rows skipped. Each record's history shows the import.</source>
        <translation>Импорттолду: жаңы — {created}, жаңыртылган — {updated}, өткөрүлгөн четке кагылган саптар — {skipped}. Импорт ар бир жазуунун тарыхында көрүнөт.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Importing…</source>
        <translation>Импорттолууда…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>No file chosen.</source>
        <translation>Файл тандалган жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Nothing has been written yet.</source>
        <translation>Азырынча эч нерсе жазылган жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Read as Windows-1251</source>
        <translation>Windows-1251 катары окуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Read as Windows-1251: check that the names in the preview read correctly.</source>
        <translation>Windows-1251 катары окулду: алдын ала көрүнүштөгү аттар туура окулуп жатканын текшериңиз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Recognised as a KoboToolbox export: group/field columns are mapped to their fields, meta-columns (_uuid, _submission_time…) are not imported, and multi-select answers are split at spaces.</source>
        <translation>KoboToolbox экспорту катары таанылды: топ/талаа мамычалары өз талааларына дал келтирилди, мета-мамычалар (_uuid, _submission_time…) импорттолбойт, ал эми бир нече тандоолуу жооптор боштуктар боюнча бөлүнөт.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Skip rejected rows and import the others</source>
        <translation>Четке кагылган саптарды өткөрүп, калгандарын импорттоо</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>The file cannot be read: {reason}</source>
        <translation>Файлды окуу мүмкүн эмес: {reason}</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>Импорттоо жокко чыгарылды. Эч нерсе жазылган жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (кирилл жазуусу)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>{create} new, {update} to update, {unchanged} unchanged, {reject} rejected.</source>
        <translation>Жаңы: {create}, жаңыртыла турган: {update}, өзгөрүүсүз: {unchanged}, четке кагылган: {reject}.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>{name}: {rows} rows</source>
        <translation>{name}: {rows} сап</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>“{name}” cannot be imported: {reason}</source>
        <translation>«{name}» файлын импорттоо мүмкүн эмес: {reason}</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>“{name}” is not UTF-8 text. It looks like Windows-1251, as Russian Excel saves “CSV”. Read it as Windows-1251? Nothing is written yet.</source>
        <translation>«{name}» UTF-8 тексти эмес. Ал Windows-1251 сыяктуу: орусча Excel «CSV» файлын ушундай сактайт. Аны Windows-1251 катары окуйсузбу? Азырынча эч нерсе жазылган жок.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../casefile/ui/pages/dashboard.py"/>
        <source>%1 — since %2 (%3)</source>
        <translation>%1 — кармалган күнү: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dashboard.py"/>
        <source>%1 — term until %2 (%3)</source>
        <translation>%1 — мөөнөтү бүтөт: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/pages/dashboard.py"/>
        <source>%Ln more: open the full list</source>
        <translation>
            <numerusform>дагы %Ln: толук тизмени ачуу</numerusform>
            <numerusform>дагы %Ln: толук тизмени ачуу</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/pages/dashboard.py"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n күн калды</numerusform>
            <numerusform>%n күн калды</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dashboard.py"/>
        <source>&lt;h2&gt;Today, %1&lt;/h2&gt;</source>
        <translation type="vanished">&lt;h2&gt;Бүгүн, %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dashboard.py"/>
        <source>&lt;h2&gt;Today&lt;/h2&gt;</source>
        <translation type="vanished">&lt;h2&gt;Бүгүн&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dashboard.py"/>
        <source>Detention terms ending within 14 days</source>
        <translation>14 күндүн ичинде бүтүүчү камак мөөнөттөрү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dashboard.py"/>
        <source>Hearings in the next 7 days</source>
        <translation>Жакынкы 7 күндөгү сот отурумдары</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dashboard.py"/>
        <source>Ill-treatment reports without an official response</source>
        <translation>Расмий жообу жок ырайымсыз мамиле тууралуу билдирүүлөр</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dashboard.py"/>
        <source>In police custody for more than 48 hours</source>
        <translation>Милицияда 48 сааттан ашык кармалгандар</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dashboard.py"/>
        <source>Nothing here.</source>
        <translation>Бул жерде эч нерсе жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dashboard.py"/>
        <source>Show these people in the list</source>
        <translation>Бул адамдарды тизмеде көрсөтүү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dashboard.py"/>
        <source>Today</source>
        <translation>Бүгүн</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dashboard.py"/>
        <source>Today, %1</source>
        <translation>Бүгүн, %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dashboard.py"/>
        <source>ends today</source>
        <translation>бүгүн бүтөт</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/pages/dashboard.py"/>
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>%n күн мурун бүткөн</numerusform>
            <numerusform>%n күн мурун бүткөн</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dashboard.py"/>
        <source>reported to %1</source>
        <translation>кайда билдирилген: %1</translation>
    </message>
</context>
<context>
    <name>DateEntry</name>
    <message>
        <location filename="../../casefile/ui/editors/date_entry.py"/>
        <source>%1 ago</source>
        <translation>%1 мурун</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/date_entry.py"/>
        <source>+1 month</source>
        <translation>+1 ай</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/date_entry.py"/>
        <source>+2 months</source>
        <translation>+2 ай</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/date_entry.py"/>
        <source>+48 h</source>
        <translation>+48 саат</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/date_entry.py"/>
        <source>Term…</source>
        <translation>Мөөнөт…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/date_entry.py"/>
        <source>The end of a term counted from the start date</source>
        <translation>Башталган күндөн эсептелген мөөнөттүн аягы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/date_entry.py"/>
        <source>Tick if the date is not certain; it is then shown as "c. 2023".</source>
        <translation>Күн так болбосо белгилеңиз; анда «болжол менен 2023» деп көрсөтүлөт.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/date_entry.py"/>
        <source>Today</source>
        <translation>Бүгүн</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/date_entry.py"/>
        <source>Today's date (or type “today”)</source>
        <translation>Бүгүнкү күн (же «бүгүн» деп жазыңыз)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/date_entry.py"/>
        <source>Type the start date first.</source>
        <translation>Адегенде башталган күндү жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/date_entry.py"/>
        <source>approximate</source>
        <translation>болжол менен</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/date_entry.py"/>
        <source>e.g. 21.12.2026 18:30, 21.12.2026, 12.2026</source>
        <translation>мис. 21.12.2026 18:30, 21.12.2026, 12.2026</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/date_entry.py"/>
        <source>e.g. 21.12.2026 or 21.12.2026 14:30</source>
        <translation>мис. 21.12.2026 же 21.12.2026 14:30</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/date_entry.py"/>
        <source>e.g. 21.12.2026 or “today”</source>
        <translation>мис. 21.12.2026 же «бүгүн»</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/date_entry.py"/>
        <source>e.g. 21.12.2026, 12.2026, 2026</source>
        <translation>мис. 21.12.2026, 12.2026, 2026</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/date_entry.py"/>
        <source>in %1</source>
        <translation>%1 кийин</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/date_entry.py"/>
        <source>more than a year ahead: is the year right?</source>
        <translation>бир жылдан ашык алдыда: жыл туурабы?</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/date_entry.py"/>
        <source>today</source>
        <translation>бүгүн</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/date_entry.py"/>
        <source>tomorrow</source>
        <translation>эртең</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/date_entry.py"/>
        <source>yesterday</source>
        <translation>кечээ</translation>
    </message>
</context>
<context>
    <name>DetentionTimeline</name>
    <message>
        <location filename="../../casefile/ui/pages/detention_timeline.py"/>
        <source>No detention events recorded.</source>
        <translation>Эркинен ажыратуу окуялары катталган эмес.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/detention_timeline.py"/>
        <source>Today</source>
        <translation>Бүгүн</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/detention_timeline.py"/>
        <location filename="../../casefile/ui/pages/timeline_layout.py"/>
        <source>term ordered</source>
        <translation>белгиленген мөөнөт</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/timeline_layout.py"/>
        <source>Dates are approximate</source>
        <translation>Күндөрү болжолдуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/timeline_layout.py"/>
        <source>Days: %1</source>
        <translation>Күндөр: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/timeline_layout.py"/>
        <source>Place: %1</source>
        <translation>Жери: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/timeline_layout.py"/>
        <source>Term ordered until %1</source>
        <translation>Белгиленген мөөнөт бүтөт: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/timeline_layout.py"/>
        <source>date approximate</source>
        <translation>күнү болжолдуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/timeline_layout.py"/>
        <source>ongoing</source>
        <translation>уланууда</translation>
    </message>
</context>
<context>
    <name>DialogService</name>
    <message>
        <location filename="../../casefile/ui/kit/dialogs.py"/>
        <source>Casefile vault (*.casefile)</source>
        <translation>Casefile сактагычы (*.casefile)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/dialogs.py"/>
        <source>Open a vault: choose its folder or a file inside it</source>
        <translation>Сактагычты ачуу: анын папкасын же андагы файлды тандаңыз</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/dialogs.py"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/dialogs.py"/>
        <source>Save the PDF (not encrypted)</source>
        <translation>PDF сактоо (шифрленбеген)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/dialogs.py"/>
        <source>Unsaved changes</source>
        <translation>Сакталбаган өзгөртүүлөр</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/dialogs.py"/>
        <source>Where should the new vault be kept?</source>
        <translation>Жаңы сактагыч кайда сакталсын?</translation>
    </message>
</context>
<context>
    <name>DisclosureLog</name>
    <message numerus="yes">
        <location filename="../../casefile/ui/pages/disclosure_log_view.py"/>
        <source>%n document(s) given out.</source>
        <translation>
            <numerusform>%n документ берилди.</numerusform>
            <numerusform>%n документ берилди.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/disclosure_log_view.py"/>
        <source>(consent overridden)</source>
        <translation>(макулдукка карабастан)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/disclosure_log_view.py"/>
        <source>Disclosure log</source>
        <translation>Маалымат берүү журналы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/disclosure_log_view.py"/>
        <source>Every report saved or printed from Casefile, newest first. The SHA-256 identifies the exact file that was given out.</source>
        <translation>Casefile'дан сакталган же басып чыгарылган бардык отчеттор, жаңылары башында. SHA-256 берилген файлды так аныктайт.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/disclosure_log_view.py"/>
        <source>Filter by name, recipient, document…</source>
        <translation>Аты, алуучу, документ боюнча чыпкалоо…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/disclosure_log_view.py"/>
        <source>Loading…</source>
        <translation>Жүктөлүүдө…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/disclosure_log_view.py"/>
        <source>Nothing has been saved or printed yet.</source>
        <translation>Азырынча эч нерсе сакталган да, басылып чыккан да жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/disclosure_log_view.py"/>
        <source>printed</source>
        <translation>басып чыгарылды</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/disclosure_log_view.py"/>
        <source>saved</source>
        <translation>сакталды</translation>
    </message>
</context>
<context>
    <name>DossierPage</name>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Add this spelling to the person's other spellings</source>
        <translation>Бул жазылышты аттын башка жазылыштарына кошуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Add to a case…</source>
        <translation>Ишке кошуу…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Add…</source>
        <translation>Кошуу…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Also written</source>
        <translation>Башкача жазылышы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Born</source>
        <translation>Туулган жылы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Cases</source>
        <translation>Иштер</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Change history</source>
        <translation>Өзгөртүүлөрдүн тарыхы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Charges</source>
        <translation>Айыптар</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Consent</source>
        <translation>Макулдук</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Consent was withdrawn: do not share.</source>
        <translation>Макулдук кайтарылып алынды: бөлүшпөңүз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Contact</source>
        <translation>Байланыш</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Detention events</source>
        <translation>Эркинен ажыратуу окуялары</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Detention timeline</source>
        <translation>Эркинен ажыратуунун хронологиясы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Edit…</source>
        <translation>Түзөтүү…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Hearings in these cases</source>
        <translation>Бул иштер боюнча сот отурумдары</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Held in police custody for more than 48 hours.</source>
        <translation>Милицияда 48 сааттан ашык кармалууда.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Identity</source>
        <translation>Инсандыгы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Identity document</source>
        <translation>Инсандыгын тастыктаган документ</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Ill-treatment reports</source>
        <translation>Ырайымсыз мамиле тууралуу билдирүүлөр</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Interventions</source>
        <translation>Кайрылуулар</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Last changed</source>
        <translation>Акыркы өзгөртүү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Link this person to a case, with their role in it</source>
        <translation>Бул адамды ишке, андагы ролу менен байланыштыруу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Nationality</source>
        <translation>Жарандыгы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Notes</source>
        <translation>Эскертүүлөр</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Organisations</source>
        <translation>Уюмдар</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Profession</source>
        <translation>Кесиби</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Report…</source>
        <translation>Отчет…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Risk</source>
        <translation>Коркунуч</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Roles</source>
        <translation>Ролдору</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Suggested spellings:</source>
        <translation>Сунушталган жазылыштар:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>The detention term has expired.</source>
        <translation>Камакта кармоо мөөнөтү бүттү.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>UN</source>
        <translation>БУУ</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Usual address</source>
        <translation>Туруктуу дареги</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>embassies</source>
        <translation>элчиликтер</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>held since %1</source>
        <translation>камакка алынган күнү: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>no</source>
        <translation>жок</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>no reply</source>
        <translation>жооп жок</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>nobody</source>
        <translation>эч кимге</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>none recorded</source>
        <translation>эч нерсе катталган эмес</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>public</source>
        <translation>коомчулукка</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>term until %1</source>
        <translation>мөөнөтү бүтөт: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>withdrawn %1</source>
        <translation>кайтарылып алынган күнү: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>yes</source>
        <translation>ооба</translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <location filename="../../casefile/ui/shell/duress_dialog.py"/>
        <source>A duress passphrase is a second passphrase for when you are forced to unlock Casefile. Typed instead of the passphrase, it destroys this vault's key files (its backups' too, as Emergency erase does) and opens an empty vault, with nothing on screen to say so. Afterwards only the recovery key opens this vault.</source>
        <translation>Мажбурлоо сырсөзү — Casefile'ды ачууга мажбурлашкан учур үчүн экинчи сырсөз. Кадимки сырсөздүн ордуна терилсе, ал бул сактагычтын ачкыч файлдарын (шашылыш өчүрүүдөгүдөй эле камдык көчүрмөлөрдүкүн да) жок кылып, экранда эч нерсе билдирбей бош сактагычты ачат. Андан кийин бул сактагычты калыбына келтирүү ачкычы гана ачат.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/duress_dialog.py"/>
        <source>A duress passphrase is set.</source>
        <translation>Мажбурлоо сырсөзү коюлган.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/duress_dialog.py"/>
        <source>Checking…</source>
        <translation>Текшерилүүдө…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/duress_dialog.py"/>
        <source>Current passphrase</source>
        <translation>Учурдагы сырсөз</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/duress_dialog.py"/>
        <source>Duress passphrase</source>
        <translation>Мажбурлоо сырсөзү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/duress_dialog.py"/>
        <source>It does not hide everything. Someone who examines the disk can see that the key files were destroyed at that moment, and that the vault's files are much larger than the empty vault shown. Backups stored elsewhere still open with the passphrase. Keep the recovery sheet away from this computer.</source>
        <translation>Ал баарын жашырбайт. Дискти изилдеген адам ачкыч файлдары ошол учурда жок кылынганын жана сактагычтын файлдары көрсөтүлгөн бош сактагычтан алда канча чоң экенин көрө алат. Башка жерде сакталган камдык көчүрмөлөр дагы эле сырсөз менен ачылат. Калыбына келтирүү баракчасын бул компьютерден алыс сактаңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/duress_dialog.py"/>
        <source>No duress passphrase is set.</source>
        <translation>Мажбурлоо сырсөзү коюлган эмес.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/duress_dialog.py"/>
        <source>Protecting the vault key…</source>
        <translation>Сактагычтын ачкычы корголууда…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/duress_dialog.py"/>
        <source>Set duress passphrase</source>
        <translation>Мажбурлоо сырсөзүн коюу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/duress_dialog.py"/>
        <source>The current passphrase is not correct.</source>
        <translation>Учурдагы сырсөз туура эмес.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/duress_dialog.py"/>
        <source>The duress passphrase is set. Typed at unlock, it destroys this vault's key files and opens an empty vault. Your passphrase is unchanged.</source>
        <translation>Мажбурлоо сырсөзү коюлду. Ачууда терилсе, ал бул сактагычтын ачкыч файлдарын жок кылып, бош сактагычты ачат. Сиздин сырсөзүңүз өзгөргөн жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/duress_dialog.py"/>
        <source>The duress passphrase was turned off. Your passphrase is unchanged.</source>
        <translation>Мажбурлоо сырсөзү өчүрүлдү. Сиздин сырсөзүңүз өзгөргөн жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/duress_dialog.py"/>
        <source>Turn off</source>
        <translation>Өчүрүү</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../casefile/ui/exchange/actions.py"/>
        <source>Exchange conflicts…</source>
        <translation>Алмашуудагы карама-каршылыктар…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/actions.py"/>
        <source>Exchange…</source>
        <translation>Алмашуу…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/actions.py"/>
        <source>Receive changes…</source>
        <translation>Өзгөртүүлөрдү алуу…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/actions.py"/>
        <source>Send changes…</source>
        <translation>Өзгөртүүлөрдү жөнөтүү…</translation>
    </message>
</context>
<context>
    <name>ExchangeDialogs</name>
    <message>
        <location filename="../../casefile/ui/exchange/conflicts.py"/>
        <source>(empty)</source>
        <translation>(бош)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/conflicts.py"/>
        <source>Field</source>
        <translation>Талаа</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/conflicts.py"/>
        <source>Other device</source>
        <translation>Башка түзмөк</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/conflicts.py"/>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Record</source>
        <translation>Жазуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/conflicts.py"/>
        <source>This vault</source>
        <translation>Бул сактагыч</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/conflicts.py"/>
        <source>no</source>
        <translation>жок</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/conflicts.py"/>
        <source>yes</source>
        <translation>ооба</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Change</source>
        <translation>Өзгөртүү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Conflict</source>
        <translation>Карама-каршылык</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Deletion for good asked</source>
        <translation>Биротоло өчүрүү суралды</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Details</source>
        <translation>Чоо-жайы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Moved to the trash</source>
        <translation>Себетке жылдырылды</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>New</source>
        <translation>Жаңы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Restored</source>
        <translation>Калыбына келтирилди</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Skipped</source>
        <translation>Өткөрүлдү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Updated</source>
        <translation>Жаңыртылды</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>{field}: this vault “{mine}”, other device “{theirs}”</source>
        <translation>{field}: бул сактагычта «{mine}», башка түзмөктө «{theirs}»</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/files.py"/>
        <source>Casefile bundle (*.cfbundle)</source>
        <translation>Casefile пакети (*.cfbundle)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/files.py"/>
        <source>Casefile bundle (*.cfbundle);;All files (*)</source>
        <translation>Casefile пакети (*.cfbundle);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/files.py"/>
        <source>Open a bundle</source>
        <translation>Пакетти ачуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/files.py"/>
        <source>Save the bundle</source>
        <translation>Пакетти сактоо</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange_dialogs.py"/>
        <source>Deleted for good</source>
        <translation type="vanished">Биротоло өчүрүлдү</translation>
    </message>
</context>
<context>
    <name>ExchangeSync</name>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>%1 sends this vault only what it needs to know: %2 people, %3 cases (%4).</source>
        <translation>%1 бул сактагычка билиши керек болгонду гана жөнөтөт: адамдар — %2, иштер — %3 (%4).</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>&amp;Bundles received:</source>
        <translation>&amp;Алынган пакеттер:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>&amp;Undo import…</source>
        <translation>&amp;Импортту жокко чыгаруу…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>Acknowledged</source>
        <translation>Ырасталды</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>Bundles received</source>
        <translation>Алынган пакеттер</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>Choose the sync folder</source>
        <translation>Шайкештештирүү папкасын тандаңыз</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>Choose…</source>
        <translation>Тандоо…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>Exchange</source>
        <translation>Алмашуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>From</source>
        <translation>Башталышы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>Last received</source>
        <translation>Акыркы алынганы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>Last sent</source>
        <translation>Акыркы жөнөтүлгөнү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>None: bundles are sent and received by hand</source>
        <translation>Жок: пакеттер кол менен жөнөтүлөт жана алынат</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>Partner</source>
        <translation>Өнөктөш</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>Pending</source>
        <translation>Каралган эмес</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>Received</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>Sync folder:</source>
        <translation>Шайкештештирүү папкасы:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>Sync now</source>
        <translation>Азыр шайкештештирүү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>Take back the bundle from %1 received %2? Every field it changed gets its earlier value back and every record it added goes to the trash. Your next bundles pass this on to your partners.</source>
        <translation>%1 жиберген, %2 алынган пакеттин импортун жокко чыгарасызбы? Ал өзгөрткөн ар бир талаа мурунку маанисине кайтат, ал кошкон ар бир жазуу себетке түшөт. Кийинки пакеттериңиз муну өнөктөштөрүңүзгө жеткирет.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>This vault receives everything its partners send it.</source>
        <translation>Бул сактагыч өнөктөштөрү жөнөткөндүн баарын алат.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>Undo</source>
        <translation>Артка кайтаруу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>Undo import</source>
        <translation>Импортту жокко чыгаруу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>What it brought</source>
        <translation>Эмне алып келди</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>When</source>
        <translation>Качан</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>Why skipped</source>
        <translation>Эмне үчүн өткөрүлдү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>changed: %1</source>
        <translation>өзгөртүлдү: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>conflicts: %1</source>
        <translation>карама-каршылыктар: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>could not be read</source>
        <translation>окулган жок</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>everything</source>
        <translation>баары</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>files: %1</source>
        <translation>файлдар: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>from a device this vault does not trust</source>
        <translation>бул сактагыч ишенбеген түзмөктөн</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>made by a newer Casefile</source>
        <translation>Casefile'дын жаңыраак версиясы жасаган</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>made by this vault</source>
        <translation>бул сактагыч жасаган</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>needs a person's confirmation (import it by hand)</source>
        <translation>адамдын ырастоосу керек (кол менен импорттоңуз)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>never</source>
        <translation>эч качан</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>new: %1</source>
        <translation>жаңы: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>not for this device</source>
        <translation>бул түзмөк үчүн эмес</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>not possible</source>
        <translation>мүмкүн эмес</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>not yet</source>
        <translation>азырынча жок</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>nothing new</source>
        <translation>жаңы эч нерсе жок</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>possible</source>
        <translation>мүмкүн</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>replayed</source>
        <translation>кайталанган</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>to the trash: %1</source>
        <translation>себетке: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>torn or damaged (may still be arriving)</source>
        <translation>үзүлгөн же бузулган (дагы эле келе жатышы мүмкүн)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>undone %1</source>
        <translation>жокко чыгарылды %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../casefile/ui/open_formats/export_dialog.py"/>
        <source>CSV: one file per kind of record, for spreadsheets</source>
        <translation>CSV: жазуунун ар бир түрүнө бир файл, электрондук таблицалар үчүн</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/export_dialog.py"/>
        <source>Choose folder…</source>
        <translation>Папка тандоо…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/export_dialog.py"/>
        <source>Export</source>
        <translation>Экспорттоо</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/export_dialog.py"/>
        <source>Export finished</source>
        <translation>Экспорт аяктады</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/export_dialog.py"/>
        <source>Export into which folder?</source>
        <translation>Кайсы папкага экспорттоо керек?</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/export_dialog.py"/>
        <source>Export to open formats</source>
        <translation>Ачык форматтарга экспорттоо</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/export_dialog.py"/>
        <source>Include attached files</source>
        <translation>Тиркелген файлдарды кошуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/export_dialog.py"/>
        <source>Include records in the trash</source>
        <translation>Себеттеги жазууларды кошуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/export_dialog.py"/>
        <source>JSON: one file with every record</source>
        <translation>JSON: бардык жазуулар менен бир файл</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/export_dialog.py"/>
        <source>No folder chosen.</source>
        <translation>Папка тандалган жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/export_dialog.py"/>
        <source>Replace the earlier export?</source>
        <translation>Мурунку экспорттун ордуна жазылсынбы?</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/export_dialog.py"/>
        <source>These files are NOT encrypted. Anyone who can read them can read every record in them. Keep them on an encrypted disk, share them only with people who may see the records, and delete them when they are no longer needed.</source>
        <translation>Бул файлдар шифрленбейт. Аларды окуй алган ар бир адам андагы бардык жазууларды окуйт. Аларды шифрленген дискте сактаңыз, жазууларды көрүүгө уруксаты бар адамдар менен гана бөлүшүңүз жана кереги жок болгондо өчүрүңүз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/export_dialog.py"/>
        <source>This folder already holds an export. Replace its files?</source>
        <translation>Бул папкада экспорт мурунтан бар. Анын файлдарын алмаштырасызбы?</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/export_dialog.py"/>
        <source>Writing files…</source>
        <translation>Файлдар жазылууда…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/export_dialog.py"/>
        <source>Writing the files…</source>
        <translation>Файлдар жазылууда…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/export_dialog.py"/>
        <source>{records} records were written to {folder}.</source>
        <translation>{folder} ичине {records} жазуу жазылды.</translation>
    </message>
</context>
<context>
    <name>FlagField</name>
    <message>
        <location filename="../../casefile/ui/editors/field_widgets.py"/>
        <source>No</source>
        <translation>Жок</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/field_widgets.py"/>
        <source>Unknown</source>
        <translation>Белгисиз</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/field_widgets.py"/>
        <source>Yes</source>
        <translation>Ооба</translation>
    </message>
</context>
<context>
    <name>HearingActions</name>
    <message>
        <location filename="../../casefile/ui/pages/hearing_actions.py"/>
        <source>Postponed to…</source>
        <translation>Жылдырылды…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/hearing_actions.py"/>
        <source>Record outcome</source>
        <translation>Жыйынтыкты жазуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/hearing_actions.py"/>
        <source>This hearing was already postponed. Postpone the new hearing instead.</source>
        <translation>Бул отурум буга чейин жылдырылган. Анын ордуна жаңы отурумду жылдырыңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/hearing_actions.py"/>
        <source>This hearing was postponed to a new date. Record the outcome of the new one.</source>
        <translation>Бул сот отуруму жаңы күнгө жылдырылган. Жаңысынын жыйынтыгын жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/hearing_actions.py"/>
        <source>postponed → %1</source>
        <translation>жылдырылды → %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/hearing_actions.py"/>
        <source>postponed, no new date</source>
        <translation>жылдырылды, жаңы күнү белгилене элек</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../casefile/ui/i18n/language.py"/>
        <source>&amp;Language</source>
        <translation>&amp;Тил</translation>
    </message>
</context>
<context>
    <name>ListField</name>
    <message>
        <location filename="../../casefile/ui/editors/field_widgets.py"/>
        <source>One per line</source>
        <translation>Ар бир сапка бирден</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../casefile/ui/pages/list_page.py"/>
        <source>%1 of %2 shown</source>
        <translation>%2 ичинен %1 көрсөтүлдү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/list_page.py"/>
        <source>Columns</source>
        <translation>Мамычалар</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/list_page.py"/>
        <source>Copy</source>
        <translation>Көчүрүү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/list_page.py"/>
        <source>Edit…</source>
        <translation>Түзөтүү…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/list_page.py"/>
        <source>Filter this list…</source>
        <translation>Тизмени чыпкалоо…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/list_page.py"/>
        <source>Loading…</source>
        <translation>Жүктөлүүдө…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/list_page.py"/>
        <source>Move to the trash</source>
        <translation>Себетке жылдыруу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/list_page.py"/>
        <source>Records: %1</source>
        <translation>Жазуулар: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/list_page.py"/>
        <source>Sort by this column</source>
        <translation>Ушул тилке боюнча иреттөө</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>&amp;Edit</source>
        <translation>&amp;Түзөтүү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>&amp;Help</source>
        <translation>&amp;Жардам</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>&amp;Quit</source>
        <translation>&amp;Чыгуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>&amp;Reports</source>
        <translation>&amp;Отчеттор</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>&amp;Tools</source>
        <translation>&amp;Куралдар</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>&amp;View</source>
        <translation>&amp;Көрүнүш</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>Agenda</source>
        <translation>Күн тартиби</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>Casefile</source>
        <translation>Casefile</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>Casefile help</source>
        <translation>Casefile боюнча жардам</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>Casefile keeps case files in an encrypted vault on this computer.

Ctrl+F  find people, cases, places and more
Ctrl+L  lock now (Casefile also locks itself after a few idle minutes)
Ctrl+N  new record
F1      this help

In a list: type in the filter box to narrow it, click a column header to sort, right-click a header to choose columns, Enter opens the selected record.

Nothing leaves this computer unless you export or print it.</source>
        <translation>Casefile иш материалдарын ушул компьютердеги шифрленген сактагычта сактайт.

Ctrl+F  адамдарды, иштерди, жерлерди жана башкаларды издөө
Ctrl+L  азыр кулпулоо (Casefile бир нече мүнөт колдонулбаса, өзү да кулпуланат)
Ctrl+N  жаңы жазуу
F1      ушул жардам

Тизмеде: тизмени тарытуу үчүн чыпка талаасына жазыңыз; иреттөө үчүн мамычанын башын басыңыз; мамычаларды тандоо үчүн баштын үстүнөн оң баскычты басыңыз; Enter тандалган жазууну ачат.

Сиз өзүңүз экспорттобосоңуз же басып чыгарбасаңыз, эч нерсе бул компьютерден чыкпайт.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>Cases</source>
        <translation>Иштер</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>Changes since…</source>
        <translation>Мезгилдеги өзгөрүүлөр…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>Dashboard</source>
        <translation>Кыскача маалымат</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>Find</source>
        <translation>Издөө</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>Find people, cases, places… (Ctrl+F)</source>
        <translation>Адамдарды, иштерди, жерлерди издөө… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>Hearings</source>
        <translation>Отурумдар</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>Help</source>
        <translation>Жардам</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>Ill-treatment</source>
        <translation>Ырайымсыз мамиле</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>Interventions</source>
        <translation>Кайрылуулар</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>Lock</source>
        <translation>Кулпулоо</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>Lock Casefile now (Ctrl+L)</source>
        <translation>Casefile'ды азыр кулпулоо (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>Main</source>
        <translation>Негизги</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>New</source>
        <translation>Жаңы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>New record (Ctrl+N)</source>
        <translation>Жаңы жазуу (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>Open another vault…</source>
        <translation>Башка сактагычты ачуу…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>Pages</source>
        <translation>Барактар</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>This record no longer exists or is in the trash.</source>
        <translation>Бул жазуу мындан ары жок же себетте турат.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>Trash</source>
        <translation>Себет</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>Undo</source>
        <translation type="vanished">Артка кайтаруу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>Working…</source>
        <translation>Аткарылууда…</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Back up</source>
        <translation>Камдык көчүрмө</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Back up now</source>
        <translation>Азыр камдык көчүрмө жасоо</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Back up to a folder…</source>
        <translation>Папкага камдык көчүрмө…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Backup made</source>
        <translation>Камдык көчүрмө жасалды</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Change passphrase…</source>
        <translation>Сырсөздү алмаштыруу…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Check vault integrity</source>
        <translation>Сактагычтын бүтүндүгүн текшерүү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Checking the vault…</source>
        <translation>Сактагыч текшерилүүдө…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Copying and verifying the encrypted vault…</source>
        <translation>Шифрленген сактагыч көчүрүлүп, текшерилүүдө…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Duress passphrase…</source>
        <translation>Мажбурлоо сырсөзү…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Making a backup…</source>
        <translation>Камдык көчүрмө жасалууда…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Protecting the vault key with the new passphrase…</source>
        <translation>Сактагычтын ачкычы жаңы сырсөз менен корголууда…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Reading and authenticating every page…</source>
        <translation>Ар бир барак окулуп, аныктыгы текшерилүүдө…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Settings…</source>
        <translation>Жөндөөлөр…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>The backup was made and verified:
%1
Size: %2

It is encrypted and opens with the passphrase the vault has now.</source>
        <translation>Камдык көчүрмө жасалып, текшерилди:
%1
Көлөмү: %2

Ал шифрленген жана сактагычтын учурдагы сырсөзү менен ачылат.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>The vault is intact: all %1 pages pass their authentication check.</source>
        <translation>Сактагыч бүтүн: бардык барактар (%1) аныктык текшерүүсүнөн өттү.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Vault integrity</source>
        <translation>Сактагычтын бүтүндүгү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Where should the backup go?</source>
        <translation>Камдык көчүрмө кайда сакталсын?</translation>
    </message>
</context>
<context>
    <name>MassChangesDialog</name>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Import anyway</source>
        <translation>Баары бир импорттоо</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Many records would change</source>
        <translation>Көп жазуу өзгөрөт</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../casefile/ui/shell/navigator.py"/>
        <source>Back</source>
        <translation>Артка</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/navigator.py"/>
        <source>Back to where you were (Alt+Left)</source>
        <translation>Мурунку жерге кайтуу (Alt+Солго)</translation>
    </message>
</context>
<context>
    <name>NewArrest</name>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source> (born %1)</source>
        <translation> (туулган %1)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Add a new person</source>
        <translation>Жаңы адам кошуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Already in the vault</source>
        <translation>Сактагычта бар</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Already in the vault with a similar name (choose one to use it):</source>
        <translation>Окшош ысым менен сактагычта бар (колдонуу үчүн бирин тандаңыз):</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Arrest</source>
        <translation>Камакка алуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Arrested by</source>
        <translation>Ким кармады</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Article(s)</source>
        <translation>Берене(лер)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Case (optional)</source>
        <translation>Иш (милдеттүү эмес)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Case in the vault</source>
        <translation>Сактагычтагы иш</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Case number</source>
        <translation>Иштин номери</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Charges belong to a case: choose the case or give the new case a title.</source>
        <translation>Айыптар ишке тиешелүү: ишти тандаңыз же жаңы ишке аталыш бериңиз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Choose the person.</source>
        <translation>Адамды тандаңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Close the form? What you typed is not saved.</source>
        <translation>Форманы жабасызбы? Терилгендер сакталган жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Close without saving</source>
        <translation>Сактабай жабуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Date and time</source>
        <translation>Күнү жана убактысы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Date of birth</source>
        <translation>Туулган күнү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Date of the decision</source>
        <translation>Чечимдин күнү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Decision</source>
        <translation>Чечим</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>First court decision (optional)</source>
        <translation>Соттун биринчи чечими (милдеттүү эмес)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Full name</source>
        <translation>Толук аты-жөнү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>New arrest</source>
        <translation>Жаңы камакка алуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>New person</source>
        <translation>Жаңы адам</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>No one in the vault has a similar name.</source>
        <translation>Сактагычта окшош ысымдуу эч ким жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>None yet</source>
        <translation>Азырынча жок</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>People with a similar name are already in the vault. Add a new person anyway?</source>
        <translation>Окшош ысымдуу адамдар сактагычта бар. Баары бир жаңы адам кошосузбу?</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>People with a similar name are listed here.</source>
        <translation>Окшош ысымдуу адамдар бул жерде көрсөтүлөт.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Place of arrest</source>
        <translation>Кармалган жери</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Police custody at</source>
        <translation>Милицияда кармалган жери</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Possible duplicates</source>
        <translation>Мүмкүн болгон кайталоолор</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Ready to save.</source>
        <translation>Сактоого даяр.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сактоо (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Saving…</source>
        <translation>Сакталууда…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Term ends</source>
        <translation>Мөөнөтү бүтөт</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>The 48 hours end on %1 at %2.</source>
        <translation>48 саат %1 саат %2де бүтөт.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Type the date of arrest (and the time, if known).</source>
        <translation>Кармалган күндү (белгилүү болсо, убактысын да) териңиз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Type the date of the court decision.</source>
        <translation>Соттун чечиминин күнүн териңиз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Type the person's name, or choose a person already in the vault.</source>
        <translation>Адамдын ысмын териңиз же сактагычтагы адамды тандаңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Use this person</source>
        <translation>Бул адамды колдонуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>a title, if the case is not in the vault</source>
        <translation>иш сактагычта жок болсо, аталышы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>e.g. 278 part 3, 329</source>
        <translation>мис. 278-берене 3-бөлүк, 329</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>e.g. IVS of the city police; empty if not held</source>
        <translation>мис. шаардык милициянын УКЖ; кармалбаса бош</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>e.g. police, GKNB</source>
        <translation>мис. милиция, УКМК</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>or a new case</source>
        <translation>же жаңы иш</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../casefile/ui/kit/passphrase_fields.py"/>
        <source>Choose a new passphrase</source>
        <translation>Жаңы сырсөз тандаңыз</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/passphrase_fields.py"/>
        <source>Set passphrase</source>
        <translation>Сырсөздү коюу</translation>
    </message>
</context>
<context>
    <name>NewTermDialog</name>
    <message>
        <location filename="../../casefile/ui/editors/new_term.py"/>
        <source>A new choice for “%1”. It is added to the list for every record.</source>
        <translation>«%1» талаасы үчүн жаңы тандоо. Ал бардык жазуулар үчүн тизмеге кошулат.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_term.py"/>
        <source>Add</source>
        <translation>Кошуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_term.py"/>
        <source>In English:</source>
        <translation>Англисче:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_term.py"/>
        <source>In Kyrgyz:</source>
        <translation>Кыргызча:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_term.py"/>
        <source>In Russian:</source>
        <translation>Орусча:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_term.py"/>
        <source>New term</source>
        <translation>Жаңы термин</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_term.py"/>
        <source>optional</source>
        <translation>милдеттүү эмес</translation>
    </message>
</context>
<context>
    <name>OpenFormatActions</name>
    <message>
        <location filename="../../casefile/ui/open_formats/actions.py"/>
        <source>Export…</source>
        <translation>Экспорттоо…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/actions.py"/>
        <source>Import from CSV…</source>
        <translation>CSV'дан импорттоо…</translation>
    </message>
</context>
<context>
    <name>PanicErase</name>
    <message>
        <location filename="../../casefile/ui/shell/panic.py"/>
        <source>Destroy the keys of this vault now and close Casefile?

Afterwards the passphrase no longer opens the vault, here or in its backups folder. Only the recovery key does. Backups stored elsewhere are not touched.</source>
        <translation>Бул сактагычтын ачкычтарын азыр жок кылып, Casefile'ды жабасызбы?

Андан кийин сырсөз сактагычты бул жерде да, анын камдык көчүрмөлөр папкасында да ачпайт. Калыбына келтирүү ачкычы гана ачат. Башка жерде сакталган камдык көчүрмөлөргө тийбейт.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/panic.py"/>
        <source>Destroy this vault's keys now; only the recovery key opens it afterwards</source>
        <translation>Бул сактагычтын ачкычтарын азыр жок кылуу; андан кийин аны калыбына келтирүү ачкычы гана ачат</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/panic.py"/>
        <source>Emergency erase</source>
        <translation>Шашылыш өчүрүү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/panic.py"/>
        <source>Emergency erase…</source>
        <translation>Шашылыш өчүрүү…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/panic.py"/>
        <source>Erase now</source>
        <translation>Азыр өчүрүү</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <location filename="../../casefile/ui/editors/partial_date_edit.py"/>
        <source>Tick if the date is not certain; it is then shown as "c. 2023".</source>
        <translation type="vanished">Күнү так эмес болсо белгилеңиз; анда ал «болжол менен 2023» деп көрсөтүлөт.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/partial_date_edit.py"/>
        <source>approximate</source>
        <translation type="vanished">болжол менен</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/partial_date_edit.py"/>
        <source>e.g. 12.04.2024, 04.2024, 2024</source>
        <translation type="vanished">мис. 12.04.2024, 04.2024, 2024</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../casefile/ui/kit/passphrase_fields.py"/>
        <source>Both match.</source>
        <translation>Экөө дал келет.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/passphrase_fields.py"/>
        <source>Passphrase:</source>
        <translation>Сырсөз:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/passphrase_fields.py"/>
        <source>Repeat it:</source>
        <translation>Кайталаңыз:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/passphrase_fields.py"/>
        <source>Show passphrase</source>
        <translation>Сырсөздү көрсөтүү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/passphrase_fields.py"/>
        <source>Strong enough.</source>
        <translation>Жетиштүү бекем.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/passphrase_fields.py"/>
        <source>The two passphrases differ.</source>
        <translation>Эки сырсөз дал келбейт.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/passphrase_fields.py"/>
        <source>Too easy to guess: use six random words, or add unusual words.</source>
        <translation>Табуу өтө оңой: алты кокус сөз колдонуңуз же адаттан тыш сөздөрдү кошуңуз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/passphrase_fields.py"/>
        <source>Too short: use at least 16 characters, or better, six random words.</source>
        <translation>Өтө кыска: кеминде 16 белги, андан да жакшысы алты кокус сөз колдонуңуз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/passphrase_fields.py"/>
        <source>Use six or more random words.</source>
        <translation>Алты же андан көп кокус сөз колдонуңуз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/passphrase_fields.py"/>
        <source>Use six or more random words: long is stronger than complicated.</source>
        <translation>Алты же андан көп кокус сөз колдонуңуз: узун сырсөз татаалынан бекем.</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../casefile/ui/kit/tasks.py"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/tasks.py"/>
        <source>Stopping…</source>
        <translation>Токтотулууда…</translation>
    </message>
</context>
<context>
    <name>ReceiveChangesDialog</name>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Bundle passphrase:</source>
        <translation>Пакеттин сырсөзү:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Does the sender read out the same fingerprint?
{fingerprint}
Only trust the device if every digit matches.</source>
        <translation>Жөнөтүүчү ушул эле манжа изин окуп жатабы?
{fingerprint}
Ар бир сан дал келсе гана түзмөккө ишениңиз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>From a device this vault does not trust yet. Its fingerprint is
{fingerprint}
Compare it with the sender, by phone, before trusting it.</source>
        <translation>Бул сактагыч азырынча ишенбеген түзмөктөн. Анын манжа изи:
{fingerprint}
Ишенүүдөн мурун аны жөнөтүүчү менен телефон аркылуу салыштырыңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>From {name}, a trusted device. Made {created} UTC.</source>
        <translation>{name} ишенимдүү түзмөгүнөн. Түзүлгөн: {created} UTC.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Import</source>
        <translation>Импорттоо</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Imported. </source>
        <translation>Импорттолду. </translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Open</source>
        <translation>Ачуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Preview</source>
        <translation>Алдын ала көрүү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Receive changes</source>
        <translation>Өзгөртүүлөрдү алуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>This bundle is protected by a passphrase. Type it and press Open to see who sent it.</source>
        <translation>Бул пакет сырсөз менен корголгон. Аны ким жөнөткөнүн көрүү үчүн сырсөздү жазып, «Ачуу» баскычын басыңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>This bundle was imported before. Importing it again changes nothing.</source>
        <translation>Бул пакет мурда импорттолгон. Кайра импорттоо эч нерсени өзгөртпөйт.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Trust this device</source>
        <translation>Бул түзмөккө ишенүү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Trust this device?</source>
        <translation>Бул түзмөккө ишенесизби?</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Trust this device…</source>
        <translation>Бул түзмөккө ишенүү…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>What should this partner be called?</source>
        <translation>Бул өнөктөштү кандай атаса болот?</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>as a contributor (adds records, changes only its own)</source>
        <translation>катышуучу катары (жазуу кошот, өзүнүкүн гана өзгөртөт)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>as a partner (full trust)</source>
        <translation>өнөктөш катары (толук ишеним)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>{new} new, {updated} updated, {deleted} moved to the trash, {restored} restored, {purged} asked to be deleted for good (they wait in the trash for your yes), {conflicts} conflicts, {files} files.</source>
        <translation>Жаңы: {new}, жаңыртылган: {updated}, себетке: {deleted}, калыбына келтирилген: {restored}, биротоло өчүрүү суралган: {purged} (алар себетте сиздин макулдугуңузду күтөт), карама-каршылыктар: {conflicts}, файлдар: {files}.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange_dialogs.py"/>
        <source>{new} new, {updated} updated, {deleted} moved to the trash, {restored} restored, {purged} deleted for good, {conflicts} conflicts, {files} files.</source>
        <translation type="vanished">Жаңы: {new}, жаңыртылган: {updated}, себетке: {deleted}, калыбына келтирилген: {restored}, биротоло өчүрүлгөн: {purged}, карама-каршылыктар: {conflicts}, файлдар: {files}.</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>%1 open form(s) have changes that are not saved. Save them?</source>
        <translation>Ачык формаларда (%1) сакталбаган өзгөртүүлөр бар. Сактайлыбы?</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>Arrest saved. Ctrl+Z takes it back.</source>
        <translation>Камакка алуу сакталды. Ctrl+Z аны артка кайтарат.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>Case</source>
        <translation>Иш</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>Charge</source>
        <translation>Айып</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>Consent</source>
        <translation>Макулдук</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>Detention event</source>
        <translation>Эркинен ажыратуу окуясы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>Hearing</source>
        <translation>Сот отуруму</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>Ill-treatment report</source>
        <translation>Ырайымсыз мамиле тууралуу билдирүү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>Intervention</source>
        <translation>Кайрылуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>Move to the trash</source>
        <translation>Себетке жылдыруу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>Moved to the trash: %1. Ctrl+Z puts it back.</source>
        <translation>Себетке жылдырылды: %1. Ctrl+Z кайра кайтарат.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>New arrest…</source>
        <translation>Жаңы камакка алуу…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>Organisation</source>
        <translation>Уюм</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>Person in a case</source>
        <translation>Иштин катышуучусу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>Person in an organisation</source>
        <translation>Уюмдун мүчөсү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>Saved.</source>
        <translation>Сакталды.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>Source</source>
        <translation>Булак</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>There is nothing to undo.</source>
        <translation type="vanished">Артка кайтара турган эч нерсе жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>Undo</source>
        <translation type="vanished">Артка кайтаруу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>Undo changes to %1 “%2”</source>
        <translation type="vanished">Өзгөртүүлөрдү артка кайтаруу: %1 «%2»</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>Undo move to the trash</source>
        <translation type="vanished">Себеттен кайтаруу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>Undo new %1 “%2”</source>
        <translation type="vanished">Түзүүнү артка кайтаруу: %1 «%2»</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>Undone: the last change to %1.</source>
        <translation type="vanished">Акыркы өзгөртүү артка кайтарылды: %1.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>Undone: the new %1 is in the trash; it can be restored from there.</source>
        <translation type="vanished">Артка кайтарылды: жаңы жазуу (%1) себетте; аны ошол жерден калыбына келтирсе болот.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>Undone: the record is back from the trash.</source>
        <translation type="vanished">Артка кайтарылды: жазуу себеттен кайтарылды.</translation>
    </message>
</context>
<context>
    <name>RecordDialogs</name>
    <message>
        <location filename="../../casefile/ui/pages/record_dialogs.py"/>
        <source>Detention extended until</source>
        <translation>Узартылган камак мөөнөтүнүн акыры</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/record_dialogs.py"/>
        <source>New date</source>
        <translation>Жаңы күн</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/record_dialogs.py"/>
        <source>Not known yet</source>
        <translation>Азырынча белгисиз</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/record_dialogs.py"/>
        <source>Notes</source>
        <translation>Эскертүүлөр</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/record_dialogs.py"/>
        <source>Outcome</source>
        <translation>Жыйынтык</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/record_dialogs.py"/>
        <source>Postponed to…</source>
        <translation>Жылдырылды…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/record_dialogs.py"/>
        <source>Reason</source>
        <translation>Себеби</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/record_dialogs.py"/>
        <source>Record outcome</source>
        <translation>Жыйынтыкты жазуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/record_dialogs.py"/>
        <source>The date cannot be before the hearing.</source>
        <translation>Күн сот отурумунан мурун боло албайт.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/record_dialogs.py"/>
        <source>The new date cannot be before the date of the postponed hearing.</source>
        <translation>Жаңы күн жылдырылган отурумдун күнүнөн мурун боло албайт.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/record_dialogs.py"/>
        <source>Time</source>
        <translation type="vanished">Убакыт</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/record_dialogs.py"/>
        <source>What happened (optional)</source>
        <translation>Эмне болду (милдеттүү эмес)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/record_dialogs.py"/>
        <source>e.g. the judge is ill; the prosecutor did not appear</source>
        <translation>мис. судья ооруп калды; прокурор келген жок</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <location filename="../../casefile/ui/editors/record_form.py"/>
        <source>Discard</source>
        <translation>Таштоо</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <location filename="../../casefile/ui/editors/record_form.py"/>
        <source>This form holds text typed before the vault was locked, not yet saved. Save it, or discard it.</source>
        <translation>Бул формада сактагыч кулпулана электе терилген, азырынча сакталбаган текст бар. Аны сактаңыз же таштаңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/record_form.py"/>
        <source>Add a choice missing from this list</source>
        <translation>Бул тизмеде жок тандоону кошуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/record_form.py"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/record_form.py"/>
        <source>Edit record: %1</source>
        <translation>Жазууну түзөтүү: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/record_form.py"/>
        <source>Fields marked * are required.</source>
        <translation>* белгиси бар талаалар милдеттүү.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/record_form.py"/>
        <source>Loading…</source>
        <translation>Жүктөлүүдө…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/record_form.py"/>
        <source>Move to the trash</source>
        <translation>Себетке жылдыруу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/record_form.py"/>
        <source>New record: %1</source>
        <translation>Жаңы жазуу: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/record_form.py"/>
        <source>New term…</source>
        <translation>Жаңы термин…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/record_form.py"/>
        <source>Open the existing dossier instead? Choose No to save a new person.</source>
        <translation>Анын ордуна бар досьени ачасызбы? Жаңы адамды сактоо үчүн «Жок» дегенди тандаңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/record_form.py"/>
        <source>Please correct the fields marked in red.</source>
        <translation>Кызыл менен белгиленген талааларды оңдоңуз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/record_form.py"/>
        <source>Possible duplicate</source>
        <translation>Кайталануу болушу мүмкүн</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/record_form.py"/>
        <source>Required</source>
        <translation>Милдеттүү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/record_form.py"/>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/record_form.py"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сактоо (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/record_form.py"/>
        <source>Saving…</source>
        <translation>Сакталууда…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/record_form.py"/>
        <source>Still needed: %1</source>
        <translation>Дагы керек: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/record_form.py"/>
        <source>The trash keeps it: it can be restored from there.</source>
        <translation>Жазуу себетте сакталат: аны ошол жерден калыбына келтирсе болот.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/record_form.py"/>
        <source>This person may already be in the vault:</source>
        <translation>Бул адам сактагычта мурунтан бар болушу мүмкүн:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/record_form.py"/>
        <source>This record has changes that are not saved. Save them?</source>
        <translation>Бул жазууда сакталбаган өзгөртүүлөр бар. Сактайлыбы?</translation>
    </message>
</context>
<context>
    <name>RecoveryFlow</name>
    <message>
        <location filename="../../casefile/ui/start/recovery_flow.py"/>
        <source>No new passphrase</source>
        <translation>Жаңы сырсөз коюлган жок</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/recovery_flow.py"/>
        <source>The recovery key opened the vault. Choose a new passphrase: it replaces the old one (or the lost key file). The recovery key stays the same.</source>
        <translation>Калыбына келтирүү ачкычы сактагычты ачты. Жаңы сырсөз тандаңыз: ал эскисинин (же жоголгон ачкыч файлынын) ордун басат. Калыбына келтирүү ачкычы ошол эле бойдон калат.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/recovery_flow.py"/>
        <source>The vault is open, but its passphrase was not changed. Next time it will again need the recovery key (or the old passphrase, if the key file is there).</source>
        <translation>Сактагыч ачык, бирок анын сырсөзү өзгөртүлгөн жок. Кийинки жолу кайра калыбына келтирүү ачкычы (же ачкыч файлы ордунда болсо, эски сырсөз) керек болот.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/recovery_flow.py"/>
        <source>Type the vault's recovery key, as written down or printed when the vault was made (groups of letters and digits; dashes and spaces do not matter):</source>
        <translation>Сактагыч түзүлгөндө жазылып алынган же басып чыгарылган калыбына келтирүү ачкычын териңиз (тамгалардын жана сандардын топтору; сызычалар менен боштуктардын мааниси жок):</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/recovery_flow.py"/>
        <source>Use recovery key</source>
        <translation>Калыбына келтирүү ачкычы</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../casefile/ui/start/recovery_key.py"/>
        <source>&lt;p&gt;&lt;b&gt;Write this recovery key on paper, or print it, and keep it somewhere safe and away from this computer.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;It opens the vault if the passphrase is forgotten or the key file is lost. Anyone who has it can open the vault, so treat it like the passphrase itself. Casefile shows it only now and does not save it anywhere.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Бул калыбына келтирүү ачкычын кагазга жазып алыңыз же басып чыгарыңыз жана аны бул компьютерден алыс, коопсуз жерде сактаңыз.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Сырсөз унутулса же ачкыч файлы жоголсо, ал сактагычты ачат. Ал кимде болсо, ошол сактагычты ача алат, ошондуктан ага сырсөздүн өзүндөй мамиле кылыңыз. Casefile аны азыр гана көрсөтөт жана эч жерге сактабайт.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/recovery_key.py"/>
        <source>Casefile recovery key</source>
        <translation>Casefile калыбына келтирүү ачкычы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/recovery_key.py"/>
        <source>Continue</source>
        <translation>Улантуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/recovery_key.py"/>
        <source>I have written down or printed the recovery key</source>
        <translation>Мен калыбына келтирүү ачкычын жазып алдым же басып чыгардым</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/recovery_key.py"/>
        <source>Keep this paper safe. Anyone holding it can open the vault it belongs to.</source>
        <translation>Бул баракты коопсуз жерде сактаңыз. Ал кимдин колунда болсо, ошол сактагычты ача алат.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/recovery_key.py"/>
        <source>Print the recovery key</source>
        <translation type="vanished">Калыбына келтирүү ачкычын басып чыгаруу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/recovery_key.py"/>
        <source>Print the recovery key to a file?</source>
        <translation>Калыбына келтирүү ачкычы файлга басылсынбы?</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/recovery_key.py"/>
        <source>Printed</source>
        <translation>Басылды</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/recovery_key.py"/>
        <source>Print…</source>
        <translation>Басып чыгаруу…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/recovery_key.py"/>
        <source>This does not print on paper: it writes the recovery key into the file %1, unencrypted. Anyone who gets that file, or a copy of it, can open the vault. Print it on paper instead, if you can.

Write the file anyway?</source>
        <translation>Бул кагазга басуу эмес: калыбына келтирүү ачкычы %1 файлына шифрленбей жазылат. Ошол файлды же анын көчүрмөсүн алган ар бир адам сактагычты ача алат. Мүмкүн болсо, кагазга басыңыз.

Баары бир файл жазылсынбы?</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/recovery_key.py"/>
        <source>Vault</source>
        <translation>Сактагыч</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/recovery_key.py"/>
        <source>Vault id</source>
        <translation>Сактагычтын идентификатору</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/recovery_key.py"/>
        <source>Your recovery key</source>
        <translation>Сиздин калыбына келтирүү ачкычыңыз</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <location filename="../../casefile/ui/shell/reminders.py"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n күн</numerusform>
            <numerusform>%n күн</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/shell/reminders.py"/>
        <source>%n detention term(s) ending within 3 days or ended</source>
        <translation>
            <numerusform>%n кармоо мөөнөтү 3 күндүн ичинде бүтөт же бүткөн</numerusform>
            <numerusform>%n кармоо мөөнөтү 3 күндүн ичинде бүтөт же бүткөн</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/shell/reminders.py"/>
        <source>%n hearing(s) tomorrow</source>
        <translation>
            <numerusform>эртең %n сот отуруму</numerusform>
            <numerusform>эртең %n сот отуруму</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/shell/reminders.py"/>
        <source>%n person(s) in police custody for over 48 hours</source>
        <translation>
            <numerusform>%n адам ИВСте 48 сааттан ашык</numerusform>
            <numerusform>%n адам ИВСте 48 сааттан ашык</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/reminders.py"/>
        <source>Casefile reminders</source>
        <translation>Casefile эскертмелери</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/reminders.py"/>
        <source>Detention term ended %1, still held: %2</source>
        <translation>Камакта кармоо мөөнөтү %1 бүткөн, адам дагы эле камакта: %2</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/reminders.py"/>
        <source>Detention term ends %1: %2</source>
        <translation>Камакта кармоо мөөнөтү %1 бүтөт: %2</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/reminders.py"/>
        <source>Hearing tomorrow at %1: %2</source>
        <translation>Эртең саат %1 сот отуруму: %2</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/reminders.py"/>
        <source>Hearing tomorrow: %1</source>
        <translation>Эртең сот отуруму: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/reminders.py"/>
        <source>In police custody since %1 (%2): %3</source>
        <translation>%1 бери ИВСте (%2): %3</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../casefile/ui/reports/actions.py"/>
        <source>Court-day list…</source>
        <translation>Соттук күндүн тизмеси…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/actions.py"/>
        <source>Disclosure log</source>
        <translation>Маалымат берүү журналы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/actions.py"/>
        <source>Embassy briefs for everyone detained…</source>
        <translation>Камактагылардын баары боюнча элчиликтер үчүн маалымкаттар…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/actions.py"/>
        <source>Report for this person or case…</source>
        <translation>Бул адам же иш боюнча отчет…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/actions.py"/>
        <source>Reports</source>
        <translation>Отчеттор</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/actions.py"/>
        <source>Submitter details…</source>
        <translation>Жөнөтүүчүнүн маалыматтары…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/actions.py"/>
        <source>Unlock a vault first.</source>
        <translation>Адегенде сактагычтын кулпусун ачыңыз.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../casefile/ui/reports/checklist.py"/>
        <source>Before it leaves</source>
        <translation>Берүүдөн мурун</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/checklist.py"/>
        <source>Consent covers {audience}.</source>
        <translation>Макулдук төмөнкүлөргө жайылат: {audience}.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/checklist.py"/>
        <source>Consent does not cover {audience}.</source>
        <translation>Макулдук төмөнкүлөргө жайылбайт: {audience}.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/checklist.py"/>
        <source>Consent does not cover {audience}. Overridden with the reason “{reason}”; the override is written to the person's history.</source>
        <translation>Макулдук төмөнкүлөргө жайылбайт: {audience}. «{reason}» деген себеп менен эске алынган жок; бул адамдын тарыхына жазылды.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/checklist.py"/>
        <source>Internal document: no consent needed.</source>
        <translation>Ички документ: макулдук керек эмес.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/checklist.py"/>
        <source>Left out of this copy:</source>
        <translation>Бул нускадан алынып салынды:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/checklist.py"/>
        <source>Nothing is left out of this copy.</source>
        <translation>Бул нускадан эч нерсе алынып салынган жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/checklist.py"/>
        <source>Nothing the template needs is missing.</source>
        <translation>Үлгүгө керектүүнүн баары бар.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/checklist.py"/>
        <source>Still needed for the {template}</source>
        <translation>«{template}» документу үчүн дагы керек</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/checklist.py"/>
        <source>The submitter is not set (a name or organisation, and an e-mail, postal address or phone): Reports ▸ Submitter details…</source>
        <translation>Жөнөтүүчү көрсөтүлгөн эмес (аты же уюм, ошондой эле эл. почта, почта дареги же телефон): Отчеттор ▸ Жөнөтүүчүнүн маалыматтары…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/checklist.py"/>
        <source>This document cannot be printed or saved: it goes to {audience}, and consent does not cover that.
{people}
Record the consent first, or override with a reason; the override is written to the person's history.</source>
        <translation>Бул документти басып чыгарууга же сактоого болбойт: ал «{audience}» үчүн, ал эми макулдук буга жайылбайт.
{people}
Адегенде макулдукту жазыңыз же себебин көрсөтүп, макулдуксуз аракеттениңиз; бул адамдын тарыхына жазылат.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/checklist.py"/>
        <source>no consent is recorded</source>
        <translation>макулдук катталган эмес</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/checklist.py"/>
        <source>their consent does not include {audience}</source>
        <translation>макулдук төмөнкүлөргө жайылбайт: {audience}</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/checklist.py"/>
        <source>their consent has been withdrawn</source>
        <translation>макулдук кайтарылып алынган</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Building the preview…</source>
        <translation>Алдын ала көрүнүш даярдалууда…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>No preview could be made.</source>
        <translation>Алдын ала көрүнүштү даярдоо мүмкүн болгон жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Not printed</source>
        <translation>Басылып чыккан жок</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Print…</source>
        <translation>Басып чыгаруу…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Save PDF…</source>
        <translation>PDF сактоо…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Save an unencrypted copy</source>
        <translation>Шифрленбеген көчүрмөнү сактоо</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Saved</source>
        <translation>Сакталды</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Saving…</source>
        <translation>Сакталууда…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>The printer could not be started.</source>
        <translation>Басып чыгарууну баштоо мүмкүн болгон жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Updating the preview…</source>
        <translation>Алдын ала көрүнүш жаңыланууда…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>%n page(s), in memory only</source>
        <translation>
            <numerusform>%n барак, эс тутумда гана</numerusform>
            <numerusform>%n барак, эс тутумда гана</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>A document for a UN body must say who submits it: a name or organisation, and an e-mail, postal address or phone. Set them once in Reports ▸ Submitter details…</source>
        <translation>БУУнун органына документте аны ким жөнөткөнү көрсөтүлүшү керек: аты же уюм, ошондой эле эл. почта, почта дареги же телефон. Аларды бир жолу Отчеттор ▸ Жөнөтүүчүнүн маалыматтары… менюсунда көрсөтүңүз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>About: &lt;b&gt;{subject}&lt;/b&gt;</source>
        <translation>Ким тууралуу: &lt;b&gt;{subject}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>An editable copy (.docx) with the same content</source>
        <translation>Ошол эле мазмундагы оңдоого боло турган көчүрмө (.docx)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Case summary</source>
        <translation>Иш боюнча кыскача маалымат</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Checklist</source>
        <translation>Текшерүү тизмеси</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Leave nothing out?</source>
        <translation>Эч нерсе чыгарылбасынбы?</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>No preview: consent does not cover this recipient (see above).</source>
        <translation>Алдын ала көрүнүш жок: макулдук бул алуучуга жайылбайт (жогоруну караңыз).</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Not saved</source>
        <translation>Сакталган жок</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Override a withdrawn consent</source>
        <translation>Кайтарылып алынган макулдукту айланып өтүү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Override consent</source>
        <translation>Макулдукка карабай аракеттенүү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Override with a reason…</source>
        <translation>Себебин көрсөтүп, макулдуксуз…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>PDF (*.pdf)</source>
        <translation type="vanished">PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Preview</source>
        <translation>Алдын ала көрүү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Report</source>
        <translation>Отчет</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Save an editable copy (not encrypted)</source>
        <translation>Оңдоого боло турган көчүрмөнү сактоо (шифрленбеген)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Save as Word…</source>
        <translation>Word катары сактоо…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Save the PDF (not encrypted)</source>
        <translation type="vanished">PDF сактоо (шифрленбеген)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Saved, and written to the disclosure log.</source>
        <translation>Сакталды жана маалымат берүү журналына жазылды.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Sent to the printer, and written to the disclosure log.</source>
        <translation>Басып чыгарууга жөнөтүлдү жана маалымат берүү журналына жазылды.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Submitter details missing</source>
        <translation>Жөнөтүүчүнүн маалыматтары жок</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>The PDF was saved to {path}. It is not encrypted: delete it once it is sent.</source>
        <translation type="vanished">PDF {path} ичине сакталды. Ал шифрленген эмес: жөнөтүлгөндөн кийин аны өчүрүңүз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>The Word file is NOT encrypted: anyone who can open it can read it. Keep it only as long as needed to edit and send it.

Saving is written to the disclosure log of each person in it. Continue?</source>
        <translation>Word файлы шифрленген ЭМЕС: аны ача алган ар ким окуй алат. Аны оңдоп жөнөтүү үчүн керек болгончо гана сактаңыз.

Сактоо андагы ар бир адамдын маалымат берүү журналына жазылат. Улантасызбы?</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>The file could not be written: {error}</source>
        <translation>Файлды жазуу мүмкүн болгон жок: {error}</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>The file was saved to {path}. It is not encrypted: delete it once it is sent.</source>
        <translation>Файл {path} ичине сакталды. Ал шифрленген эмес: жөнөткөндөн кийин аны өчүрүңүз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>The saved PDF is NOT encrypted: anyone who can open the file can read it. Keep it only as long as needed to send it.

Saving is written to the disclosure log of each person in it. Continue?</source>
        <translation>Сакталган PDF шифрленбейт: файлды ача алган ар бир адам аны окуй алат. Аны жөнөтүлгөнгө чейин гана сактаңыз.

Сактоо андагы ар бир адамдын маалымат берүү журналына жазылат. Улантасызбы?</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>This copy goes to {audience}, but the profile “Internal: leave out nothing” keeps the home address, contact details, sources, internal notes and medical findings in it. Send all of that to {audience}?</source>
        <translation>Бул көчүрмө «{audience}» дарегине барат, бирок «Ички: эч нерсе чыгарылбайт» профили анда үй дарегин, байланыштарды, булактарды, ички эскертүүлөрдү жана медициналык маалыматтарды калтырат. Мунун баарын «{audience}» дарегине жөнөтөсүзбү?</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Why must this document go without the person's consent? The reason is kept in their history.</source>
        <translation>Эмне үчүн бул документ адамдын макулдугусуз берилиши керек? Себеби анын тарыхында сакталат.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Word document (*.docx)</source>
        <translation>Word документи (*.docx)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>{names} withdrew their consent to share this. Send the document all the same, for this reason?

“{reason}”

The override and the reason are written to their history and to the list of documents given out.</source>
        <translation>{names} бул маалыматты берүүгө макулдугун кайтарып алган. Баары бир документти ушул себеп менен жөнөтөсүзбү?

«{reason}»

Айланып өтүү жана анын себеби алардын тарыхына жана берилген документтердин тизмесине жазылат.</translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Addressed to</source>
        <translation>Кимге</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Allegation letter</source>
        <translation>Болжолдонгон укук бузуу тууралуу кат</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>As the template names it</source>
        <translation>Үлгүдөгүдөй</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Asylum seekers, immigrants or refugees held in prolonged administrative custody without review or remedy.</source>
        <translation>Башпаанек издегендер, иммигранттар же качкындар кайра кароосуз жана укуктук коргоо каражатысыз узак убакыт административдик камакта кармалууда.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Consent binds every document that leaves the organisation.</source>
        <translation>Макулдук уюмдан чыккан ар бир документке тиешелүү.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Contact details and addresses</source>
        <translation>Байланыш маалыматтары жана даректер</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Custom: as ticked below</source>
        <translation>Тандалгандай: төмөндө белгиленгендей</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Discrimination on grounds of birth, origin, language, religion, economic condition, opinion, gender, sexual orientation or disability.</source>
        <translation>Туулган жери, теги, тили, дини, мүлктүк абалы, ой-пикири, жынысы, сексуалдык багыты же майыптыгы боюнча басмырлоо.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Domestic remedies tried and their results (WGAD V)</source>
        <translation>Колдонулган ички укуктук коргоо каражаттары жана алардын жыйынтыктары (WGAD, V)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Embassy brief</source>
        <translation>Элчилик үчүн маалымкат</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Embassy: leave out everything below</source>
        <translation>Элчилик: төмөндөгүлөрдүн баарын алып салуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Full internal dossier (do not share)</source>
        <translation>Толук ички досье (бөлүшпөңүз)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>How the violation is linked to that work</source>
        <translation>Укук бузуу ошол иш менен кандай байланышта</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>I: no legal basis</source>
        <translation>I: укуктук негизи жок</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>II: for exercising rights and freedoms</source>
        <translation>II: укуктарды жана эркиндиктерди пайдаланганы үчүн</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>III: fair-trial norms gravely breached</source>
        <translation>III: адилеттүү сот нормалары олуттуу бузулган</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>IV: asylum seekers, migrants, refugees</source>
        <translation>IV: башпаанек издегендер, мигранттар, качкындар</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Ill-treatment summary (Istanbul Protocol)</source>
        <translation>Ырайымсыз мамиле боюнча кыскача маалымат (Стамбул протоколу)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Initials only for people who asked for it</source>
        <translation>Ушуну суранган адамдар үчүн баш тамгалар гана</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Internal notes</source>
        <translation>Ички эскертүүлөр</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Internal: leave out nothing</source>
        <translation>Ички: эч нерсе алынып салынбайт</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>It is clearly impossible to invoke any legal basis justifying it.</source>
        <translation>Аны актаган кандайдыр бир укуктук негизге шилтеме кылуу мүмкүн эмес экени айдан ачык.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>It results from the exercise of rights or freedoms (expression, assembly, association, belief, …).</source>
        <translation>Ал укуктарды же эркиндиктерди (пикир билдирүү, чогулуштар, бирикмелер, ишеним, …) пайдалануунун натыйжасы.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Language</source>
        <translation>Тил</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Leave out of this copy</source>
        <translation>Бул нускадан алып салуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Medical findings</source>
        <translation>Медициналык корутундулар</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>One request per line; left empty, the standard requests are printed</source>
        <translation>Ар бир сапка бир өтүнүч; бош калса, стандарттуу өтүнүчтөр басылат</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Recipient</source>
        <translation>Алуучу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Risk of reprisals</source>
        <translation>Куугунтук коркунучу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Sources</source>
        <translation>Булактар</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Special Procedures</source>
        <translation>Атайын процедуралар</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Template</source>
        <translation>Үлгү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>The facts that make it arbitrary</source>
        <translation>Камакты өзүм билемдик кылган фактылар</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>The norms of a fair trial were so gravely breached that it is arbitrary.</source>
        <translation>Адилеттүү сот териштирүүнүн нормалары ушунчалык олуттуу бузулгандыктан, эркинен ажыратуу өзүм билемдик болуп саналат.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>The template's usual profile</source>
        <translation>Үлгүнүн адаттагы профили</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Their human-rights work (for a defender)</source>
        <translation>Укук коргоо ишмердүүлүгү (укук коргоочу үчүн)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>UN Special Procedures communication</source>
        <translation>БУУнун атайын процедураларына билдирүү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>UN Working Group on Arbitrary Detention</source>
        <translation>БУУнун Өзүм билемдик менен кармоо боюнча жумушчу тобу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>UN Working Group on Enforced Disappearances</source>
        <translation>БУУнун Мажбурлап же ыктыярсыз жоголуулар боюнча жумушчу тобу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>UN: leave out everything below</source>
        <translation>БУУ: төмөндөгүлөрдүн баарын алып салуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Urgent appeal (ongoing or imminent harm)</source>
        <translation>Шашылыш кайрылуу (зыян келтирилүүдө же жакында келтирилиши мүмкүн)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>V: discrimination</source>
        <translation>V: басмырлоо</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>What is asked of the embassy</source>
        <translation>Элчиликтен эмне суралат</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Why it is urgent: risk, health, deadlines (urgent appeal)</source>
        <translation>Эмне үчүн шашылыш: коркунуч, ден соолук, мөөнөттөр (шашылыш кайрылуу)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Why the detention is arbitrary (WGAD IV)</source>
        <translation>Эмне үчүн камак өзүм билемдик менен жүргүзүлгөн (WGAD, IV)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>a UN body</source>
        <translation>БУУнун органы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>an embassy</source>
        <translation>элчилик</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>internal use only</source>
        <translation>ички колдонуу үчүн гана</translation>
    </message>
</context>
<context>
    <name>ReportPicker</name>
    <message>
        <location filename="../../casefile/ui/reports/picker.py"/>
        <source>Case: {title}</source>
        <translation>Иш: {title}</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/picker.py"/>
        <source>Make a report</source>
        <translation>Отчет даярдоо</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/picker.py"/>
        <source>Nothing found.</source>
        <translation type="vanished">Эч нерсе табылган жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/picker.py"/>
        <source>Person: {name}</source>
        <translation>Адам: {name}</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/picker.py"/>
        <source>Report about whom?</source>
        <translation>Отчет ким тууралуу?</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/picker.py"/>
        <source>Searching…</source>
        <translation type="vanished">Изделүүдө…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/picker.py"/>
        <source>The search failed.</source>
        <translation type="vanished">Издөө ишке ашкан жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/picker.py"/>
        <source>Type part of a name, a case title or number</source>
        <translation>Аттын, иштин аталышынын же номеринин бир бөлүгүн териңиз</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../casefile/ui/shell/search_panel.py"/>
        <source>(untitled)</source>
        <translation>(аталышы жок)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/search_panel.py"/>
        <source>Nothing found. Try fewer or shorter words.</source>
        <translation>Эч нерсе табылган жок. Азыраак же кыскараак сөздөрдү колдонуп көрүңүз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/search_panel.py"/>
        <source>Results: %1</source>
        <translation>Табылды: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/search_panel.py"/>
        <source>Searching…</source>
        <translation>Изделүүдө…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/search_panel.py"/>
        <source>Type in the search box: names in any case and script, case numbers, places.</source>
        <translation>Издөө талаасына жазыңыз: аттарды (каалаган тамгалар менен, чоң же кичине), иштердин номерлерин, жерлерди.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/search_panel.py"/>
        <source>similar spelling</source>
        <translation>окшош жазылыш</translation>
    </message>
</context>
<context>
    <name>SearchPicker</name>
    <message>
        <location filename="../../casefile/ui/kit/search_picker.py"/>
        <source>Nothing found.</source>
        <translation>Эч нерсе табылган жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/search_picker.py"/>
        <source>Searching…</source>
        <translation>Изделүүдө…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/search_picker.py"/>
        <source>The search failed.</source>
        <translation>Издөө ишке ашкан жок.</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../casefile/ui/pages/record_page.py"/>
        <source>None recorded.</source>
        <translation>Эч нерсе катталган эмес.</translation>
    </message>
</context>
<context>
    <name>SendChangesDialog</name>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Bundle passphrase:</source>
        <translation>Пакеттин сырсөзү:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Bundle saved</source>
        <translation>Пакет сакталды</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Changes since the last bundle to them</source>
        <translation>Аларга акыркы пакеттен берки өзгөртүүлөр</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Choose a partner to send to.</source>
        <translation>Кимге жөнөтүүнү тандаңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Encrypted to the partner's own key (no passphrase)</source>
        <translation>Өнөктөштүн өз ачкычы менен шифрлөө (сырсөзсүз)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Everything in this vault</source>
        <translation>Бул сактагычтагынын баары</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Fingerprint: {fingerprint}
Card: {card}</source>
        <translation>Манжа изи: {fingerprint}
Карточка: {card}</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>I have written the passphrase down; it is not shown again.</source>
        <translation>Сырсөздү жазып алдым; ал кайра көрсөтүлбөйт.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>It is encrypted to their key: only their vault can open it.</source>
        <translation>Пакет алардын ачкычы менен шифрленген: аны алардын сактагычы гана ача алат.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>It is encrypted; give the passphrase to them another way than the file.</source>
        <translation>Пакет шифрленген; сырсөздү аларга файлдан башка жол менен бериңиз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>No trusted partner yet. Open a bundle from them with Receive changes…, or trust their device card with the casefile device trust command.</source>
        <translation>Азырынча ишенимдүү өнөктөш жок. Алардын пакетин «Өзгөртүүлөрдү алуу…» аркылуу ачыңыз же алардын түзмөк карточкасын casefile device trust буйругу менен кошуңуз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Other words</source>
        <translation>Башка сөздөр</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Protection:</source>
        <translation>Коргоо:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Send changes</source>
        <translation>Өзгөртүүлөрдү жөнөтүү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Send to:</source>
        <translation>Кимге:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>This device (give its card to partners)</source>
        <translation>Бул түзмөк (анын карточкасын өнөктөштөргө бериңиз)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>What:</source>
        <translation>Эмне:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>With a bundle passphrase</source>
        <translation>Пакеттин сырсөзү менен</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Write the passphrase down and tick the box: it is not shown again, and the partner needs it to open the bundle.</source>
        <translation>Сырсөздү жазып алып, белги коюңуз: ал кайра көрсөтүлбөйт, ал эми өнөктөшкө пакетти ачуу үчүн керек.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>{path} holds {records} records, {purges} deletions and {files} files for {partner}.</source>
        <translation>{path} ичинде {partner} үчүн: {records} жазуу, {purges} өчүрүү жана {files} файл.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange_dialogs.py"/>
        <source>Again:</source>
        <translation type="vanished">Кайрадан:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange_dialogs.py"/>
        <source>The bundle passphrase needs at least 10 characters.</source>
        <translation type="vanished">Пакеттин сырсөзүндө кеминде 10 белги болушу керек.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange_dialogs.py"/>
        <source>The two passphrases differ.</source>
        <translation type="vanished">Эки сырсөз дал келбейт.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange_dialogs.py"/>
        <source>{path} holds {records} records, {purges} deletions and {files} files for {partner}. It is encrypted; give the passphrase to them another way.</source>
        <translation type="vanished">{path} ичинде {partner} үчүн: {records} жазуу, {purges} өчүрүү жана {files} файл. Пакет шифрленген; сырсөздү аларга башка жол менен бериңиз.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source> min</source>
        <translation> мүн</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Automatic backups to keep:</source>
        <translation>Канча автоматтык көчүрмө сакталсын:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Language:</source>
        <translation>Тил:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Lock after idle for:</source>
        <translation>Колдонулбай калгандан кийин кулпулоо:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Older automatic backups are deleted; backups you make are always kept.</source>
        <translation>Эски автоматтык көчүрмөлөр өчүрүлөт; сиз жасаган көчүрмөлөр дайыма сакталат.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Remember the vaults I open (paths only)</source>
        <translation>Мен ачкан сактагычтарды эстеп калуу (жолдору гана)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Reminders show over other windows and stay in the system's notification list. Without names they give counts, times and case numbers only.</source>
        <translation>Эскертмелер башка терезелердин үстүнөн чыгат жана системанын билдирүүлөр тизмесинде калат. Аттарсыз аларда саны, убакыт жана иштердин номерлери гана болот.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Reports:</source>
        <translation>Отчеттор:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Settings</source>
        <translation>Жөндөөлөр</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Show names in reminders</source>
        <translation>Эскертмелерде аттарды көрсөтүү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Show reminders: hearings tomorrow, terms ending, custody over 48 h</source>
        <translation>Эскертмелерди көрсөтүү: эртеңки сот отурумдары, бүтүп жаткан мөөнөттөр, 48 сааттан ашык кармоо</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Submitter of UN documents…</source>
        <translation>БУУга документтерди жөнөтүүчү…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>These settings describe only how Casefile behaves on this computer; nothing about people or cases is stored outside the encrypted vault.</source>
        <translation>Бул жөндөөлөр Casefile ушул компьютерде кантип иштээрин гана аныктайт; адамдар же иштер тууралуу эч нерсе шифрленген сактагычтан тышкары сакталбайт.</translation>
    </message>
</context>
<context>
    <name>SubmitterDialog</name>
    <message>
        <location filename="../../casefile/ui/reports/submitter_dialog.py"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/submitter_dialog.py"/>
        <source>Name of the person submitting</source>
        <translation>Жөнөтүүчүнүн аты-жөнү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/submitter_dialog.py"/>
        <source>Organisation</source>
        <translation>Уюм</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/submitter_dialog.py"/>
        <source>Postal address</source>
        <translation>Почта дареги</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/submitter_dialog.py"/>
        <source>Printed in section VI of a WGAD submission, with a signature line. Stored inside the encrypted vault. Contact redaction does not remove it: it is the sender's own address.</source>
        <translation>БУУнун Өзүм билемдик менен кармоо боюнча жумушчу тобуна (WGAD) кайрылуунун VI бөлүмүндө кол коюучу сап менен басылат. Шифрленген сактагычта сакталат. Байланыштарды жашыруу аны алып салбайт: бул жөнөтүүчүнүн өз дареги.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/submitter_dialog.py"/>
        <source>Submitter details for reports</source>
        <translation>Отчеттор үчүн жөнөтүүчүнүн маалыматтары</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/submitter_dialog.py"/>
        <source>Telephone</source>
        <translation>Телефон</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../../casefile/ui/pages/trash_page.py"/>
        <source>Accept deletion</source>
        <translation>Өчүрүүнү кабыл алуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/trash_page.py"/>
        <source>Accept partner's deletion…</source>
        <translation>Өнөктөштүн өчүрүүсүн кабыл алуу…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/trash_page.py"/>
        <source>Delete for good the %1 selected records that %2 deleted for good? They are erased from this vault too, and the deletion is passed on to your other partners. This cannot be undone; only the backups made before recent imports still hold them.</source>
        <translation>Тандалган жазуулар биротоло өчүрүлсүнбү (%1)? Аларды биротоло өчүргөн: %2. Алар бул сактагычтан да өчүрүлөт жана өчүрүү башка өнөктөштөрүңүзгө берилет. Муну артка кайтаруу мүмкүн эмес; жазуулар акыркы импорттордон мурун жасалган камдык көчүрмөлөрдө гана калат.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/trash_page.py"/>
        <source>Delete for good the selected records a partner deleted for good</source>
        <translation>Өнөктөш биротоло өчүргөн тандалган жазууларды биротоло өчүрүү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/trash_page.py"/>
        <source>Delete forever</source>
        <translation>Биротоло өчүрүү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/trash_page.py"/>
        <source>Delete forever…</source>
        <translation>Биротоло өчүрүү…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/trash_page.py"/>
        <source>Delete the selected records forever (%1)? This cannot be undone: the records and their attached files are erased from the vault, and their history keeps only that they were deleted.</source>
        <translation>Тандалган жазуулар биротоло өчүрүлсүнбү (%1)? Муну артка кайтаруу мүмкүн эмес: жазуулар жана аларга тиркелген файлдар сактагычтан өчүрүлөт, алардын тарыхында өчүрүлгөнү гана калат.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/trash_page.py"/>
        <source>Restore</source>
        <translation>Калыбына келтирүү</translation>
    </message>
</context>
<context>
    <name>TrashQuestion</name>
    <message>
        <location filename="../../casefile/ui/shell/trash_question.py"/>
        <source>%1 and %2</source>
        <translation>%1 жана %2</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/trash_question.py"/>
        <source>%1 records (%2)</source>
        <translation>%1 жазуу (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/shell/trash_question.py"/>
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n тиркелген файл</numerusform>
            <numerusform>%n тиркелген файл</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/shell/trash_question.py"/>
        <source>%n charge(s)</source>
        <translation>
            <numerusform>%n айып</numerusform>
            <numerusform>%n айып</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/shell/trash_question.py"/>
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n макулдук</numerusform>
            <numerusform>%n макулдук</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/shell/trash_question.py"/>
        <source>%n detention event(s)</source>
        <translation>
            <numerusform>%n кармоо окуясы</numerusform>
            <numerusform>%n кармоо окуясы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/shell/trash_question.py"/>
        <source>%n hearing(s)</source>
        <translation>
            <numerusform>%n сот отуруму</numerusform>
            <numerusform>%n сот отуруму</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/shell/trash_question.py"/>
        <source>%n ill-treatment report(s)</source>
        <translation>
            <numerusform>катаал мамиле тууралуу %n билдирүү</numerusform>
            <numerusform>катаал мамиле тууралуу %n билдирүү</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/shell/trash_question.py"/>
        <source>%n intervention(s)</source>
        <translation>
            <numerusform>%n кайрылуу</numerusform>
            <numerusform>%n кайрылуу</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/shell/trash_question.py"/>
        <source>%n link(s) to organisations</source>
        <translation>
            <numerusform>уюмдар менен %n байланыш</numerusform>
            <numerusform>уюмдар менен %n байланыш</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/shell/trash_question.py"/>
        <source>%n other record(s)</source>
        <translation>
            <numerusform>%n башка жазуу</numerusform>
            <numerusform>%n башка жазуу</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/shell/trash_question.py"/>
        <source>%n person(s) in the case</source>
        <translation>
            <numerusform>иште %n адам</numerusform>
            <numerusform>иште %n адам</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/trash_question.py"/>
        <source>Move %1 to the trash, with %2?</source>
        <translation>%1 себетке жылдырылсынбы, аны менен бирге: %2?</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/trash_question.py"/>
        <source>Move %1 to the trash?</source>
        <translation>%1 себетке жылдырылсынбы?</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/trash_question.py"/>
        <source>What goes with it leaves every page, list and search until it is restored. Ctrl+Z, or the Trash, brings it all back.</source>
        <translation>Аны менен байланышкандын баары калыбына келтирилгенге чейин бардык барактардан, тизмелерден жана издөөдөн чыгат. Ctrl+Z же себет баарын кайтарат.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/shell/trash_question.py"/>
        <source>a part in %n case(s)</source>
        <translation>
            <numerusform>%n иште катышуу</numerusform>
            <numerusform>%n иште катышуу</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoStack</name>
    <message>
        <location filename="../../casefile/ui/shell/undo_stack.py"/>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/undo_stack.py"/>
        <source>Redo</source>
        <translation>Кайталоо</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/undo_stack.py"/>
        <source>Redo: %1</source>
        <translation>Кайталоо: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/undo_stack.py"/>
        <source>Redone: %1.</source>
        <translation>Кайталанды: %1.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/undo_stack.py"/>
        <source>There is nothing to redo.</source>
        <translation>Кайталай турган эч нерсе жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/undo_stack.py"/>
        <source>There is nothing to undo.</source>
        <translation>Артка кайтара турган эч нерсе жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/undo_stack.py"/>
        <source>Undo</source>
        <translation>Артка кайтаруу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/undo_stack.py"/>
        <source>Undo: %1</source>
        <translation>Жокко чыгаруу: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/undo_stack.py"/>
        <source>Undone: %1.</source>
        <translation>Жокко чыгарылды: %1.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/undo_stack.py"/>
        <source>Undone: %1. The record is in the trash, and can be restored.</source>
        <translation>Жокко чыгарылды: %1. Жазуу себетте, аны калыбына келтирсе болот.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/undo_stack.py"/>
        <source>adding %1</source>
        <translation>кошуу: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/undo_stack.py"/>
        <source>changes to %1</source>
        <translation>өзгөртүүлөр: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/undo_stack.py"/>
        <source>import of %1 records</source>
        <translation>%1 жазууну импорттоо</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/undo_stack.py"/>
        <source>moving %1 records to the trash</source>
        <translation>%1 жазууну себетке жылдыруу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/undo_stack.py"/>
        <source>moving %1 to the trash</source>
        <translation>себетке жылдыруу: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/undo_stack.py"/>
        <source>outcome of %1</source>
        <translation>жыйынтык: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/undo_stack.py"/>
        <source>postponement of %1</source>
        <translation>жылдыруу: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/undo_stack.py"/>
        <source>restoring %1 from the trash</source>
        <translation>себеттен калыбына келтирүү: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/undo_stack.py"/>
        <source>restoring %1 records from the trash</source>
        <translation>%1 жазууну себеттен калыбына келтирүү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/undo_stack.py"/>
        <source>the %1 hearing, case %2</source>
        <translation>%1 сот отуруму, иш %2</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/undo_stack.py"/>
        <source>“%1” can no longer be redone: a record it changed was changed again since (perhaps through an import or a bundle), or deleted for good. It was taken off the Redo list, and nothing was changed.</source>
        <translation>«%1» мындан ары кайталанбайт: ал өзгөрткөн жазуу андан бери кайра өзгөртүлгөн (балким импорт же пакет аркылуу) же биротоло өчүрүлгөн. Ал кайталоо тизмесинен алынды, эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/undo_stack.py"/>
        <source>“%1” can no longer be undone: a record it changed was changed again since (perhaps through an import or a bundle), or deleted for good. It was taken off the Undo list, and nothing was changed.</source>
        <translation>«%1» мындан ары жокко чыгарылбайт: ал өзгөрткөн жазуу андан бери кайра өзгөртүлгөн (балким импорт же пакет аркылуу) же биротоло өчүрүлгөн. Ал жокко чыгаруу тизмесинен алынды, эч нерсе өзгөргөн жок.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../casefile/ui/start/unlock.py"/>
        <source>&lt;h2&gt;Casefile is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Casefile кулпуланган&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/unlock.py"/>
        <source>Caps Lock is on.</source>
        <translation>Caps Lock күйүк.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/unlock.py"/>
        <source>Message</source>
        <translation>Билдирүү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/unlock.py"/>
        <source>Only folder paths are remembered, never names or other record contents.</source>
        <translation>Папкалардын жолдору гана эстелет, аттар же жазуулардын мазмуну эч качан эстелбейт.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/unlock.py"/>
        <source>Other vault…</source>
        <translation>Башка сактагыч…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/unlock.py"/>
        <source>Passphrase</source>
        <translation>Сырсөз</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/unlock.py"/>
        <source>Rebuilding the search index for this version of Casefile (once)…</source>
        <translation>Издөө индекси Casefileдын ушул версиясы үчүн кайра түзүлүүдө (бир жолу)…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/unlock.py"/>
        <source>Remember the places of recently opened vaults</source>
        <translation>Акыркы ачылган сактагычтардын жайгашкан жерин эстеп калуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/unlock.py"/>
        <source>Show passphrase</source>
        <translation>Сырсөздү көрсөтүү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/unlock.py"/>
        <source>The vault to unlock</source>
        <translation>Кулпусу ачыла турган сактагыч</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/unlock.py"/>
        <source>Type the vault's passphrase.</source>
        <translation>Сактагычтын сырсөзүн териңиз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/unlock.py"/>
        <source>Typing Cyrillic letters.</source>
        <translation>Кириллица менен терилүүдө.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/unlock.py"/>
        <source>Typing Latin letters.</source>
        <translation>Латын тамгалары менен терилүүдө.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/unlock.py"/>
        <source>Unlock</source>
        <translation>Кулпусун ачуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/unlock.py"/>
        <source>Unlock Casefile</source>
        <translation>Casefile'дын кулпусун ачуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/unlock.py"/>
        <source>Unlocking…</source>
        <translation>Кулпусу ачылууда…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/unlock.py"/>
        <source>Updating the vault for this version (a backup is made first)…</source>
        <translation>Сактагыч ушул версия үчүн жаңыртылууда (адегенде камдык көчүрмө жасалат)…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/unlock.py"/>
        <source>Use recovery key…</source>
        <translation>Калыбына келтирүү ачкычы…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/unlock.py"/>
        <source>Vault:</source>
        <translation>Сактагыч:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/unlock.py"/>
        <source>Wait %1 s</source>
        <translation>%1 сек күтүңүз</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../casefile/ui/start/welcome.py"/>
        <source>Casefile</source>
        <translation>Casefile</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/welcome.py"/>
        <source>Casefile keeps case files on people at risk (detentions, charges, hearings, ill-treatment, interventions) in one encrypted vault on this computer. It works fully offline; nothing is sent anywhere.</source>
        <translation>Casefile коркунучта турган адамдар тууралуу иш материалдарын (кармоолор, айыптар, сот отурумдары, ырайымсыз мамиле, кайрылуулар) ушул компьютердеги бир шифрленген сактагычта сактайт. Программа толугу менен интернетсиз иштейт; эч нерсе эч жакка жөнөтүлбөйт.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/welcome.py"/>
        <source>Choose a vault folder (its name ends in .casefile), for example one copied from another computer or restored from a backup.</source>
        <translation>Сактагычтын папкасын тандаңыз (анын аты .casefile менен бүтөт), мисалы, башка компьютерден көчүрүлгөн же камдык көчүрмөдөн калыбына келтирилген папканы.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/welcome.py"/>
        <source>Create a new vault</source>
        <translation>Жаңы сактагыч түзүү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/welcome.py"/>
        <source>Explore the demo vault</source>
        <translation>Демо-сактагычты карап чыгуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/welcome.py"/>
        <source>Look around with invented people and cases before entering real ones. The demo is kept apart from your own vault.</source>
        <translation>Чыныгы маалыматтарды киргизүүдөн мурун ойдон чыгарылган адамдар жана иштер менен таанышып чыгыңыз. Демо сиздин сактагычыңыздан өзүнчө сакталат.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/welcome.py"/>
        <source>Open an existing vault</source>
        <translation>Бар сактагычты ачуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/welcome.py"/>
        <source>Start an empty, encrypted vault protected by a passphrase you choose. You will get a recovery key to write down.</source>
        <translation>Сиз тандаган сырсөз менен корголгон бош, шифрленген сактагыч түзүү. Сиз жазып ала турган калыбына келтирүү ачкычын аласыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/welcome.py"/>
        <source>Welcome to Casefile</source>
        <translation>Casefile'га кош келиңиз</translation>
    </message>
</context>
<context>
    <name>_BlankableDateEdit</name>
    <message>
        <location filename="../../casefile/ui/editors/field_widgets.py"/>
        <source>not set</source>
        <translation type="vanished">коюлган эмес</translation>
    </message>
</context>
<context>
    <name>_BlankableTimeEdit</name>
    <message>
        <location filename="../../casefile/ui/editors/field_widgets.py"/>
        <source>not set</source>
        <translation>коюлган эмес</translation>
    </message>
</context>
<context>
    <name>_ClearableField</name>
    <message>
        <location filename="../../casefile/ui/editors/field_widgets.py"/>
        <source>Clear</source>
        <translation>Тазалоо</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Case</source>
        <translation>Иш</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Defendants</source>
        <translation>Айыпталуучулар</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Judge</source>
        <translation>Судья</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <location filename="../../casefile/ui/pages/trash_page.py"/>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Outcome</source>
        <translation>Жыйынтык</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Time</source>
        <translation>Убакыт</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Current status</source>
        <translation>Учурдагы абалы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Days in custody</source>
        <translation>Камакта күн</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>Defendant</source>
        <translation>Айыпталуучу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>Held since</source>
        <translation>Камакта качантан бери</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>Postponement</source>
        <translation>Жылдыруу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>Present</source>
        <translation>Катышкандар</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Role</source>
        <translation>Ролу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Term until</source>
        <translation>Мөөнөтү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <source>Change</source>
        <translation>Өзгөртүү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <source>Device</source>
        <translation>Түзмөк</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <location filename="../../casefile/ui/pages/trash_page.py"/>
        <source>Record</source>
        <translation>Жазуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <source>Times</source>
        <translation>Жолу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <location filename="../../casefile/ui/pages/disclosure_log_view.py"/>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>When</source>
        <translation>Качан</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/disclosure_log_view.py"/>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>About</source>
        <translation>Ким тууралуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/disclosure_log_view.py"/>
        <location filename="../../casefile/ui/pages/trash_page.py"/>
        <source>By</source>
        <translation>Ким</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/disclosure_log_view.py"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/disclosure_log_view.py"/>
        <source>Given to</source>
        <translation>Кимге берилди</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/disclosure_log_view.py"/>
        <source>How</source>
        <translation>Кантип</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/disclosure_log_view.py"/>
        <source>Language</source>
        <translation>Тил</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/disclosure_log_view.py"/>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/disclosure_log_view.py"/>
        <source>SHA-256 of the PDF</source>
        <translation>PDF файлдын SHA-256</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Article</source>
        <translation>Берене</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Brought on</source>
        <translation>Айып коюлган күн</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Case numbers</source>
        <translation>Иштердин номерлери</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Changes</source>
        <translation>Өзгөртүүлөр</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Code</source>
        <translation>Кодекс</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Event</source>
        <translation>Окуя</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>From</source>
        <translation>Башталышы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Given</source>
        <translation>Берилген</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>How obtained</source>
        <translation>Кантип алынган</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>In force</source>
        <translation>Күчүндө</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Incident</source>
        <translation>Окуя</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>May be shared with</source>
        <translation>Кимге берүүгө болот</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Methods</source>
        <translation>Ыкмалар</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Name use</source>
        <translation>Документтердеги аты</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Notes</source>
        <translation>Эскертүүлөр</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Official response</source>
        <translation>Расмий жооп</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Place</source>
        <translation>Жери</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Reason</source>
        <translation>Себеби</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Recipient</source>
        <translation>Алуучу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Reference</source>
        <translation>Номери</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Reply</source>
        <translation>Жооп</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Reported to</source>
        <translation>Кайда билдирилген</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Sent</source>
        <translation>Жөнөтүлгөн</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Sentence</source>
        <translation>Өкүм</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Stage</source>
        <translation>Баскычы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Summary</source>
        <translation>Кыскача</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>To</source>
        <translation>Аягы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>What</source>
        <translation>Эмне</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Who</source>
        <translation>Ким</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Wording</source>
        <translation>Тексти</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Born</source>
        <translation>Туулган жылы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Risk</source>
        <translation>Коркунуч</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Victim</source>
        <translation>Жабырлануучу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/trash_page.py"/>
        <source>Deletion for good asked by</source>
        <translation>Биротоло өчүрүүнү ким сураган</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/trash_page.py"/>
        <source>Moved to trash</source>
        <translation>Себетке жылдырылган</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../casefile/ui/kit/errors.py"/>
        <source>Casefile</source>
        <translation>Casefile</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/errors.py"/>
        <source>Casefile: internal error</source>
        <translation>Casefile: ички ката</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/errors.py"/>
        <source>Part of the vault's database could not be read: it is damaged. What you were doing was stopped and nothing was changed. Choose Tools › Check vault integrity to see what is damaged, then restore the newest backup that passes its check.</source>
        <translation>Сактагычтын маалымат базасынын бир бөлүгүн окуу мүмкүн болгон жок: ал бузулган. Аткарып жаткан ишиңиз токтотулду жана эч нерсе өзгөргөн жок. Эмне бузулганын көрүү үчүн Куралдар › Сактагычтын бүтүндүгүн текшерүү дегенди тандаңыз, андан кийин текшерүүдөн өткөн эң жаңы камдык көчүрмөнү калыбына келтириңиз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/errors.py"/>
        <source>Something went wrong inside Casefile. This is our fault, not yours.

Your records are safe: every save either finished completely or did not happen. If this keeps happening, tell the person who supports Casefile in your organisation what you were doing, and quote this line:

{summary}</source>
        <translation>Casefile'дын ичинде бир нерсе туура эмес болду. Бул сиздин эмес, биздин ката.

Жазууларыңыз коопсуз: ар бир сактоо же толук аяктады, же такыр болгон жок. Эгер бул кайталана берсе, уюмуңузда Casefile'ды колдогон адамга эмне кылып жатканыңызды айтып, бул сапты келтириңиз:

{summary}</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/errors.py"/>
        <source>That passphrase is not correct. Check the keyboard layout and Caps Lock.</source>
        <translation>Сырсөз туура эмес. Баскычтоптун тилин жана Caps Lock'ту текшериңиз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/errors.py"/>
        <source>That recovery key is not valid. Check it character by character.</source>
        <translation>Калыбына келтирүү ачкычы жараксыз. Аны белгиден белгиге текшериңиз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/errors.py"/>
        <source>The vault's database is damaged and cannot be opened. Restore it from a backup (each backup is a complete copy in the vault's “backups” folder).</source>
        <translation>Сактагычтын маалымат базасы бузулган жана ачылбайт. Аны камдык көчүрмөдөн калыбына келтириңиз (ар бир камдык көчүрмө сактагычтын «backups» папкасындагы толук көчүрмө).</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/errors.py"/>
        <source>The vault's key file (vault.keys) is damaged. Restore it from a backup, or open the vault with its recovery key: choose “Use recovery key…”.</source>
        <translation>Сактагычтын ачкыч файлы (vault.keys) бузулган. Аны камдык көчүрмөдөн калыбына келтириңиз же сактагычты калыбына келтирүү ачкычы менен ачыңыз: «Калыбына келтирүү ачкычы…» дегенди тандаңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/errors.py"/>
        <source>The vault's key file (vault.keys) is missing, so the passphrase cannot open it. You can still open the vault with its recovery key: choose “Use recovery key…”.</source>
        <translation>Сактагычтын ачкыч файлы (vault.keys) жок, ошондуктан сырсөз аны ача албайт. Сактагычты калыбына келтирүү ачкычы менен ачсаңыз болот: «Калыбына келтирүү ачкычы…» дегенди тандаңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/errors.py"/>
        <source>This is not a Casefile vault. Choose the vault's folder (its name ends in .casefile) or a file inside it.</source>
        <translation>Бул Casefile сактагычы эмес. Сактагычтын папкасын (анын аты .casefile менен бүтөт) же андагы файлды тандаңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/errors.py"/>
        <source>This vault is already open in another Casefile window or on another account. Close it there first, then try again.</source>
        <translation>Бул сактагыч Casefile'дын башка терезесинде же башка эсептик жазууда ачык турат. Адегенде аны ошол жерден жабыңыз, андан кийин кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/errors.py"/>
        <source>This vault was saved by a newer version of Casefile. Install the newer version to open it.</source>
        <translation>Бул сактагыч Casefile'дын жаңыраак версиясы менен сакталган. Аны ачуу үчүн жаңы версияны орнотуңуз.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Aliases</source>
        <translation>Башка аттары</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Arrested or held by</source>
        <translation>Ким кармаган же кармап турат</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Article</source>
        <translation>Берене</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Case</source>
        <translation>Иш</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Case numbers</source>
        <translation>Иштердин номерлери</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Charged on</source>
        <translation>Айып коюлган күн</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Circumstances</source>
        <translation>Жагдайлар</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Closed to the public</source>
        <translation>Жабык отурум</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Code (law)</source>
        <translation>Кодекс</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Confidential</source>
        <translation>Купуя</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Consent given on</source>
        <translation>Макулдук берилген күн</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Consent withdrawn on</source>
        <translation>Макулдук кайтарылып алынган күн</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Contact details</source>
        <translation>Байланыш маалыматтары</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Date of birth</source>
        <translation>Туулган күнү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Date of the incident</source>
        <translation>Окуянын күнү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Date of the medical examination</source>
        <translation>Медициналык текшерүүнүн күнү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Defendant present</source>
        <translation>Айыпталуучу катышты</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Detention term ends</source>
        <translation>Камак мөөнөтүнүн аягы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>End</source>
        <translation>Аягы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>File name</source>
        <translation>Файлдын аты</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Full name</source>
        <translation>Толук аты-жөнү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>How consent was obtained</source>
        <translation>Макулдук кантип алынган</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>ID document issued by</source>
        <translation>Документти ким берген</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>ID document issued on</source>
        <translation>Документ берилген күн</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>ID document number</source>
        <translation>Документтин номери</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>ID document type</source>
        <translation>Документтин түрү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Informed that state bodies may be contacted</source>
        <translation>Мамлекеттик органдарга кайрылышы мүмкүн экенин билет</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Injuries</source>
        <translation>Жаракаттар</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Judge</source>
        <translation>Судья</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Lawyer present</source>
        <translation>Адвокат катышты</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Legal basis</source>
        <translation>Укуктук негизи</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>May be made public</source>
        <translation>Жарыялоого болот</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>May be shared with embassies</source>
        <translation>Элчиликтерге берүүгө болот</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>May be shared with the UN</source>
        <translation>БУУга берүүгө болот</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Medical examiner</source>
        <translation>Медициналык текшерүүнү ким жүргүзгөн</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Medical findings</source>
        <translation>Медициналык корутундулар</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Methods</source>
        <translation>Ыкмалар</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Monitors present</source>
        <translation>Байкоочулар катышты</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Name in documents sent out</source>
        <translation>Жөнөтүлгөн документтердеги аты</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Nationalities</source>
        <translation>Жарандыгы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Notes</source>
        <translation>Эскертүүлөр</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Official response</source>
        <translation>Расмий жооп</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Ordered by</source>
        <translation>Ким дайындаган</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Organisation</source>
        <translation>Уюм</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Other spellings of the name</source>
        <translation>Аттын башкача жазылыштары</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Outcome</source>
        <translation>Жыйынтык</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Perpetrators</source>
        <translation>Жасагандар</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Perpetrators' rank</source>
        <translation>Жасагандардын наамы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Perpetrators' unit</source>
        <translation>Жасагандардын бөлүмү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Place</source>
        <translation>Жери</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Position</source>
        <translation>Кызматы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Profession</source>
        <translation>Кесиби</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Reason for postponement</source>
        <translation>Жылдыруунун себеби</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Reasons given</source>
        <translation>Айтылган себептер</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Recipient</source>
        <translation>Алуучу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Record</source>
        <translation>Жазуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Record kind</source>
        <translation>Жазуунун түрү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Reference</source>
        <translation>Номери</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Reliability</source>
        <translation>Ишенимдүүлүгү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Reply</source>
        <translation>Жооп</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Reported on</source>
        <translation>Билдирилген күн</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Reported to</source>
        <translation>Кайда билдирилген</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Response received on</source>
        <translation>Жооп алынган күн</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Risk level</source>
        <translation>Коркунуч деңгээли</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Role</source>
        <translation>Ролу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Roles</source>
        <translation>Ролдору</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Sent on</source>
        <translation>Жөнөтүлгөн күн</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Sentence</source>
        <translation>Өкүм</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Source</source>
        <translation>Булак</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Start</source>
        <translation>Башталышы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Start time</source>
        <translation>Башталган убакыт</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Summary</source>
        <translation>Кыскача</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Time</source>
        <translation>Убакыт</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Type</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Usual address</source>
        <translation>Туруктуу дареги</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Victim</source>
        <translation>Жабырлануучу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Warrant shown</source>
        <translation>Токтом көрсөтүлдү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Witnesses</source>
        <translation>Күбөлөр</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Wording</source>
        <translation>Тексти</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/messages.py"/>
        <source>Date of arrest</source>
        <translation>Кармалган күнү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/messages.py"/>
        <source>Date of the court decision</source>
        <translation>Соттун чечиминин күнү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/messages.py"/>
        <source>Date of the hearing</source>
        <translation>Сот отурумунун күнү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/messages.py"/>
        <source>End of the term</source>
        <translation>Мөөнөттүн акыры</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message numerus="yes">
        <location filename="../../casefile/ui/i18n/language.py"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n күн</numerusform>
            <numerusform>%n күн</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/i18n/language.py"/>
        <source>%n day(s) in custody</source>
        <translation>
            <numerusform>камакта %n күн</numerusform>
            <numerusform>камакта %n күн</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Acquitted</source>
        <translation>Акталган</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Activist</source>
        <translation>Активист</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Appeal</source>
        <translation>Апелляция</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Attachment</source>
        <translation>Тиркеме</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Blogger</source>
        <translation>Блогер</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Case</source>
        <translation>Иш</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Case participant</source>
        <translation>Иштин катышуучусу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Cases</source>
        <translation>Иштер</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Cassation</source>
        <translation>Кассация</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Charge</source>
        <translation>Айып</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Charges</source>
        <translation>Айыптар</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Closed</source>
        <translation>Жабылган</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Consent</source>
        <translation>Макулдук</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Convicted</source>
        <translation>Соттолгон</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Critical</source>
        <translation>Өтө жогору</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Defendant</source>
        <translation>Айыпталуучу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Detention</source>
        <translation>Эркинен ажыратуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Detention event</source>
        <translation>Эркинен ажыратуу окуясы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Detention extended</source>
        <translation>Камак мөөнөтү узартылды</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Detention extension</source>
        <translation>Камак мөөнөтүн узартуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Detention facility</source>
        <translation>Кармоо жайы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Disappeared</source>
        <translation>Дайынсыз жоголгон</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Dropped</source>
        <translation>Алынып салынган</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Expelled</source>
        <translation>Өлкөдөн чыгарылган</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Female</source>
        <translation>Аял</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Full name</source>
        <translation>Толук аты-жөнү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Hearing</source>
        <translation>Сот отуруму</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Hearings</source>
        <translation>Отурумдар</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Held</source>
        <translation>Өткөрүлдү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>High</source>
        <translation>Жогору</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>House arrest</source>
        <translation>Үй камагы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Human rights defender</source>
        <translation>Укук коргоочу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Ill-treatment</source>
        <translation>Ырайымсыз мамиле</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Ill-treatment report</source>
        <translation>Ырайымсыз мамиле тууралуу билдирүү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Imprisoned</source>
        <translation>Эркинен ажыратылган</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Initials only</source>
        <translation>Баш тамгалар гана</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Intervention</source>
        <translation>Кайрылуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Interventions</source>
        <translation>Кайрылуулар</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Investigation</source>
        <translation>Тергөө</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Journalist</source>
        <translation>Журналист</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Judge</source>
        <translation>Судья</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Lawyer</source>
        <translation>Адвокат</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Low</source>
        <translation>Төмөн</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Male</source>
        <translation>Эркек</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Media outlet</source>
        <translation>ЖМК</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Medium</source>
        <translation>Орточо</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Membership</source>
        <translation>Мүчөлүк</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>NGO</source>
        <translation>КЭУ</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>No detention record</source>
        <translation>Маалымат жок</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Organisation</source>
        <translation>Уюм</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Other</source>
        <translation>Башка</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Pending</source>
        <translation>Каралган эмес</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Police custody</source>
        <translation>Милицияда кармалууда</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Postponed</source>
        <translation>Жылдырылды</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Pre-trial detention</source>
        <translation>Сотко чейин камакта</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Preliminary hearing</source>
        <translation>Алдын ала угуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Probation</source>
        <translation>Шарттуу жаза</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Prosecutor</source>
        <translation>Прокурор</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Relative</source>
        <translation>Тууган</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Released</source>
        <translation>Бошотулган</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Source</source>
        <translation>Булак</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Source link</source>
        <translation>Булакка шилтеме</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>State body</source>
        <translation>Мамлекеттик орган</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Travel ban</source>
        <translation>Чыгууга тыюу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Trial</source>
        <translation>Сот</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Trial session</source>
        <translation>Сот отуруму</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Unknown</source>
        <translation>Белгисиз</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Verdict</source>
        <translation>Өкүм</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Victim</source>
        <translation>Жабырлануучу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Witness</source>
        <translation>Күбө</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source> and %1 more</source>
        <translation> жана дагы %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>"%1" is not a redaction profile. Use one of: %2 (several redactions may be joined with commas).</source>
        <translation>«%1» — жашыруу профили эмес. Булардын бирин колдонуңуз: %2 (бир нечесин үтүр менен бириктирсе болот).</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>"%1" is not a report format. Use one of: %2.</source>
        <translation>«%1» отчет форматы эмес. Булардын бирин колдонуңуз: %2.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>"%1" is not a report template. Use one of: %2.</source>
        <translation>«%1» — отчеттун үлгүсү эмес. Булардын бирин колдонуңуз: %2.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 %2 has no day %3</source>
        <translation>%2-жылдын %1 айында %3-күн жок</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 %2 has no day %3.</source>
        <translation>%2-жылдын %1 айында %3-күн жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 already exists. Choose another name or place.</source>
        <translation>%1 мурунтан бар. Башка ат же жер тандаңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 already exists; choose an empty folder or allow replacing it. Nothing was written.</source>
        <translation>%1 мурунтан бар; бош папканы тандаңыз же алмаштырууга уруксат бериңиз. Эч нерсе жазылган жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 already holds %2; choose an empty folder so nothing is replaced.</source>
        <translation>%1 ичинде %2 мурунтан бар; эч нерсе алмашпашы үчүн бош папканы тандаңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 cannot be written: permission denied. Choose another place, or ask for access to that folder. Nothing was written.</source>
        <translation>%1 жазуу мүмкүн эмес: уруксат жок. Башка жер тандаңыз же ал папкага кирүү уруксатын сураңыз. Эч нерсе жазылган жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 could not be made (%2). Choose another place. Nothing was written.</source>
        <translation>%1 түзүү мүмкүн болгон жок (%2). Башка жер тандаңыз. Эч нерсе жазылган жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 could not be written (%2). Choose another place, or try again. Nothing was written.</source>
        <translation>%1 жазуу мүмкүн болгон жок (%2). Башка жер тандаңыз же кайра аракет кылыңыз. Эч нерсе жазылган жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 is a file, not a folder. Choose a folder.</source>
        <translation>%1 — папка эмес, файл. Папканы тандаңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 is a folder, not a bundle file.</source>
        <translation>%1 — бул папка, пакет файлы эмес.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 is a folder. Give a file name instead. Nothing was written.</source>
        <translation>%1 — бул папка. Анын ордуна файлдын атын бериңиз. Эч нерсе жазылган жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 is a link, and Casefile does not write through links (it could lead anywhere). Remove it or choose an empty folder. Nothing was written there.</source>
        <translation>%1 — шилтеме, ал эми Casefile шилтемелер аркылуу жазбайт (шилтеме каалаган жерге алып барышы мүмкүн). Аны өчүрүңүз же бош папканы тандаңыз. Ал жерге эч нерсе жазылган жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 is a link, and Casefile does not write through links. Remove it or choose an empty folder. Nothing was written.</source>
        <translation>%1 — шилтеме, ал эми Casefile шилтемелер аркылуу жазбайт. Аны өчүрүңүз же бош папканы тандаңыз. Эч нерсе жазылган жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 is in the way: it is not a folder. Remove it or choose an empty folder. Nothing was written there.</source>
        <translation>%1 тоскоол болуп жатат: ал папка эмес. Аны өчүрүңүз же бош папканы тандаңыз. Ал жерге эч нерсе жазылган жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 is not a Casefile backup (vault.db and vault.keys).</source>
        <translation>%1 — Casefile камдык көчүрмөсү эмес (vault.db жана vault.keys).</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 is not a Casefile vault: it has no %2. Choose the vault's folder (NAME.casefile) or a file inside it.</source>
        <translation>%1 — Casefile сактагычы эмес: анда %2 жок. Сактагычтын папкасын (АТЫ.casefile) же андагы файлды тандаңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 is not a folder, so no backup was made. Choose a folder.</source>
        <translation>%1 папка эмес, ошондуктан камдык көчүрмө жасалган жок. Папка тандаңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 is not a folder.</source>
        <translation>%1 — папка эмес.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 is not a real date: %2.</source>
        <translation>%1 — мындай күн жок: %2.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 is not a record id.</source>
        <translation>%1 жазуунун идентификатору эмес.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 is on a read-only disk. Choose another place. Nothing was written.</source>
        <translation>%1 окуу үчүн гана диске турат. Башка жер тандаңыз. Эч нерсе жазылган жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 is required.</source>
        <translation>«%1» талаасы милдеттүү.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 is too long: at most %2 characters.</source>
        <translation>«%1» талаасы өтө узун: %2 белгиден ашпашы керек.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 needs an exact date with day, month and year, like 12.04.2024.</source>
        <translation>«%1» талаасына күнү, айы жана жылы менен так күн керек, мисалы 12.04.2024.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 of %2 pages are damaged (they fail their authentication check): page %3%4. They were changed outside Casefile or by a disk fault. Restore from a backup.</source>
        <translation>%2 барактын %1 бузулган (алар аныктык текшерүүсүнөн өтпөйт): барак %3%4. Алар Casefile'дан тышкары же диск бузулгандыктан өзгөргөн. Камдык көчүрмөдөн калыбына келтириңиз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 of %2 pages are damaged (they fail their authentication check): pages %3%4. They were changed outside Casefile or by a disk fault. Restore from a backup.</source>
        <translation>%2 барактын %1 бузулган (алар аныктык текшерүүсүнөн өтпөйт): барактар %3%4. Алар Casefile'дан тышкары же диск бузулгандыктан өзгөргөн. Камдык көчүрмөдөн калыбына келтириңиз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 of %2 rows cannot be imported (the first on line %3). Nothing was imported. Run a dry run to see why, then fix the file or skip those rows.</source>
        <translation>%2 саптын %1 импорттолбойт (биринчиси %3-сапта). Эч нерсе импорттолгон жок. Себебин билүү үчүн сыноо иретинде иштетип көрүңүз, андан кийин файлды оңдоңуз же ал саптарды өткөрүп жибериңиз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 was written, but its folder could not be flushed to disk (%2). Check the file, and write it again if it is incomplete.</source>
        <translation>%1 жазылды, бирок анын папкасын дискке акыркысына чейин жазуу мүмкүн болгон жок (%2). Файлды текшериңиз жана ал толук эмес болсо, кайра жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 would lie outside %2, so it was not written. Choose an empty folder.</source>
        <translation>%1 %2 папкасынан тышкары калмак, ошондуктан ал жазылган жок. Бош папканы тандаңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1: "%2" is not one of the choices. Pick one from the list.</source>
        <translation>%1: «%2» тандоолордун ичинде жок. Тизмеден тандаңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1: type the time like 10:30 (hours and minutes).</source>
        <translation>%1: убакытты 10:30 түрүндө териңиз (саат жана мүнөт).</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>A bundle is sealed to between 1 and %1 devices.</source>
        <translation>Пакет 1ден %1ге чейинки түзмөк үчүн шифрленет.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>A bundle passphrase is needed.</source>
        <translation>Пакеттин сырсөзү керек.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>A date is required.</source>
        <translation>Күнү керек.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>A day cannot be given without a month.</source>
        <translation>Айы жок күндү көрсөтүүгө болбойт.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>A device is trusted as a partner or as a contributor.</source>
        <translation>Түзмөккө өнөктөш катары же катышуучу катары ишенүүгө болот.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>A document for a UN body is written in English or Russian, not in %1.</source>
        <translation>БУУнун органына документ англис же орус тилинде жазылат, «%1» тилинде эмес.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>A file in this vault does not match its checksum; run the integrity check. No bundle was made.</source>
        <translation>Бул сактагычтагы файл өзүнүн текшерүү суммасына дал келбейт; бүтүндүктү текшериңиз. Пакет жасалган жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>A label may have at most %1 characters.</source>
        <translation>Аталышы %1 белгиден ашпашы керек.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>A new term needs an English and a Russian label.</source>
        <translation>Жаңы терминге англисче жана орусча аталыш керек.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>A scope may name at most %1 people and cases.</source>
        <translation>Чөйрө эң көп %1 адамды жана ишти камтый алат.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>An attached file's stored copy does not match the one added, so it was not exported. Check the vault (casefile check), then restore it from a backup to get the file back.</source>
        <translation>Тиркелген файлдын сакталган көчүрмөсү кошулгандагысына дал келбейт, ошондуктан ал экспорттолгон жок. Сактагычты текшериңиз (casefile check), андан кийин файлды кайтаруу үчүн сактагычты камдык көчүрмөдөн калыбына келтириңиз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>At most %1 articles at once.</source>
        <translation>Бир жолу эң көп %1 берене.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Cannot read "%1" as a date. %2</source>
        <translation>«%1» күн катары окулбайт. %2</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Cannot read "%1" as a date: "%2" is not a month name. %3</source>
        <translation>«%1» күн катары окулбайт: «%2» — айдын аты эмес. %3</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Cannot read "%1" as a date: %2.</source>
        <translation>«%1» күн катары окулбайт: %2.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Cannot read "%1" as a date: please type the year in full, for example 12.04.2024.</source>
        <translation>«%1» күн катары окулбайт: жылды толук териңиз, мисалы 12.04.2024.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Casefile reads CSV files in UTF-8 or Windows-1251 (cp1251), not “%1”.</source>
        <translation>Casefile CSV файлдарын «%1» эмес, UTF-8 же Windows-1251 (cp1251) коддолушунда окуйт.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Casefile refused to make a file name in %1 from the data it was given. Nothing was written there.</source>
        <translation>Casefile ага берилген маалыматтардан %1 ичинде файлдын атын түзүүдөн баш тартты. Ал жерге эч нерсе жазылган жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Charges belong to a case: choose the case or give the new case a title.</source>
        <translation>Айыптар ишке тиешелүү: ишти тандаңыз же жаңы ишке аталыш бериңиз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Choose at least one partner.</source>
        <translation>Жок дегенде бир өнөктөштү тандаңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Choose mine, theirs or edit.</source>
        <translation>Тандаңыз: меники, алардыкы же түзөтүү.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Demo cases can only be added to an empty vault.</source>
        <translation>Демо-иштерди бош сактагычка гана кошууга болот.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Every page is authentic, but the database's structure is inconsistent. Restore from a backup. Details:</source>
        <translation>Бардык барактар аныктыгын тастыктады, бирок маалымат базасынын түзүлүшү бузулган. Камдык көчүрмөдөн калыбына келтириңиз. Кененирээк:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Line %1 has %2 cells but the header has %3. Every row must have the same columns as the header.</source>
        <translation>%1-сапта %2 уяча бар, ал эми баш сапта %3. Ар бир сапта баш саптагыдай эле мамычалар болушу керек.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Line %1 has a cell longer than %2 characters. Shorten it, or leave that column out, and import again.</source>
        <translation>%1-сапта %2 белгиден узун уяча бар. Аны кыскартыңыз же ал мамычаны чыгарып салып, кайра импорттоңуз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Line %1 has more than %2 cells; Casefile reads at most %3 columns. Delete the columns you do not import, or export only the ones you need, and import again.</source>
        <translation>%1-сапта %2 уячадан ашык; Casefile эң көп %3 мамычаны окуйт. Импорттобой турган мамычаларды өчүрүңүз же керектүүлөрүн гана экспорттоп, кайра импорттоңуз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Line %1: the CSV is malformed (%2).</source>
        <translation>%1-сап: CSV форматы бузулган (%2).</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>No column is mapped to full_name.</source>
        <translation>Бир да мамыча full_name менен дал келтирилген эмес.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>No column is mapped to scheduled_date.</source>
        <translation>Бир да мамыча scheduled_date менен дал келтирилген эмес.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>No column is mapped to the case (case_id or case).</source>
        <translation>Бир да мамыча иш менен (case_id же case) дал келтирилген эмес.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>No column matches a field. The first row must be the header, with field names such as full_name, or give a column mapping.</source>
        <translation>Бир да мамыча талаага дал келбейт. Биринчи сап full_name сыяктуу талаалардын аттары менен баш сап болушу керек, же мамычалардын дал келтирилишин бериңиз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>No defendant of this case is recorded in pre-trial detention: add the detention to the person first.</source>
        <translation>Бул иш боюнча эч бир айыпталуучу камакта деп жазылган эмес: адегенде адамга камакты кошуңуз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>No partner device "%1". Add it as a trusted device first.</source>
        <translation>«%1» өнөктөш түзмөгү жок. Адегенде аны ишенимдүү түзмөк катары кошуңуз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>No person or case with this id (or it is in the trash).</source>
        <translation>Мындай идентификатору бар адам же иш жок (же ал себетте).</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>No person with this id (or it is in the trash).</source>
        <translation>Мындай идентификатору бар адам жок (же ал себетте).</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>No person with this id.</source>
        <translation>Мындай идентификатору бар адам жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>No purge of this record is waiting.</source>
        <translation>Бул жазууну биротоло өчүрүү күтүлүп турган жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>No sync folder is set for this vault.</source>
        <translation>Бул сактагыч үчүн шайкештештирүү папкасы коюлган эмес.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Not a date. Type it like 21.12.2026, 12.2026 or 2026.</source>
        <translation>Бул дата эмес. Мындай жазыңыз: 21.12.2026, 12.2026 же 2026.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Not a date. Type it like 21.12.2026.</source>
        <translation>Бул дата эмес. Мындай жазыңыз: 21.12.2026.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Not a time. Type it like 14:30.</source>
        <translation>Бул убакыт эмес. Мындай жазыңыз: 14:30.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Other records still refer to this one (%1). Delete those and empty them from the trash first.</source>
        <translation>Бул жазууга дагы башка жазуулар шилтеме кылат (%1). Адегенде аларды өчүрүп, себеттен тазалаңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Please choose an outcome from the list.</source>
        <translation>Жыйынтыкты тизмеден тандаңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Please choose the %1.</source>
        <translation>Тандаңыз: %1.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Please choose the person or the case this intervention is about.</source>
        <translation>Бул кайрылуу тиешелүү адамды же ишти тандаңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Please choose the person or type a new person's name.</source>
        <translation>Адамды тандаңыз же жаңы адамдын ысмын териңиз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Please give the device a name.</source>
        <translation>Түзмөккө ат бериңиз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Please give the file a title.</source>
        <translation>Файлга аталыш бериңиз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>SQLCipher is not available, so the vault cannot be encrypted. Casefile refuses to start. Reinstall Casefile.</source>
        <translation>SQLCipher жеткиликсиз, ошондуктан сактагычты шифрлөөгө болбойт. Casefile иштебейт. Casefile'ды кайра орнотуңуз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Several partners are called "%1"; use the device id.</source>
        <translation>Бир нече өнөктөш «%1» деп аталат; түзмөктүн идентификаторун колдонуңуз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Strong enough.</source>
        <translation>Жетиштүү бекем.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Strong: a passphrase of many words.</source>
        <translation>Бекем: көп сөздөн турган сырсөз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>That folder is the vault itself, not one of its backups.</source>
        <translation>Бул папка — сактагычтын өзү, анын камдык көчүрмөсү эмес.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>That is this vault's own device.</source>
        <translation>Бул сактагычтын өз түзмөгү.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The %1 about this case was not made because %2 of the %3 defendants have no consent in force that covers %4. Record their consent first, or give a reason to override it; the override is kept in the person's history.</source>
        <translation>Бул иш боюнча «%1» даярдалган жок: %3 айыпталуучунун %2 адамынын %4 камтыган күчүндөгү макулдугу жок. Адегенде алардын макулдугун жазыңыз же аны айланып өтүүнүн себебин көрсөтүңүз; бул чечим адамдын тарыхында сакталат.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The %1 about this person was not made because %2. Record their consent first, or give a reason to override it; the override is kept in the person's history.</source>
        <translation>Бул адам тууралуу «%1» даярдалган жок: %2. Адегенде макулдугун жазыңыз же аны айланып өтүүнүн себебин көрсөтүңүз; бул чечим адамдын тарыхында сакталат.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The %1 cannot be before the %2.</source>
        <translation>«%1» «%2» дегенден мурун боло албайт.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The English label needs at least one letter or digit.</source>
        <translation>Англисче аталышта жок дегенде бир тамга же сан болушу керек.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The backup could not be copied into the vault: %1</source>
        <translation>Камдык көчүрмөнү сактагычка көчүрүү мүмкүн болгон жок: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The backup could not be written to %1: %2</source>
        <translation>Камдык көчүрмөнү %1 ичине жазуу мүмкүн болгон жок: %2</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The backup failed its check and was removed: %1</source>
        <translation>Камдык көчүрмө текшерүүдөн өткөн жок жана өчүрүлдү: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The backup is damaged and was not restored: %1</source>
        <translation>Камдык көчүрмө бузулган жана калыбына келтирилген жок: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The bundle passphrase is not correct.</source>
        <translation>Пакеттин сырсөзү туура эмес.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The bundle refers to records that are not in this vault, so nothing was imported. Ask the sender for a bundle with everything.</source>
        <translation>Пакет бул сактагычта жок жазууларга шилтеме кылат, ошондуктан эч нерсе импорттолгон жок. Жөнөтүүчүдөн баарын камтыган пакетти сураңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The chosen %1 no longer exists or is in the trash. Choose another.</source>
        <translation>Тандалган жазуу (%1) мындан ары жок же себетте турат. Башкасын тандаңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The current passphrase is not correct.</source>
        <translation>Учурдагы сырсөз туура эмес.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The disk holding %1 is full, so no backup was made. Free space there, or choose another place.</source>
        <translation>%1 турган диск толуп калган, ошондуктан камдык көчүрмө жасалган жок. Ал дисктен орун бошотуңуз же башка жер тандаңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The disk holding %1 is full; free space or choose another place. Nothing was written.</source>
        <translation>%1 турган диск толуп калган; орун бошотуңуз же башка жер тандаңыз. Эч нерсе жазылган жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The disk holding the vault %1 is full; free space and try again. Nothing was changed.</source>
        <translation>%1 сактагычы турган диск толуп калган; орун бошотуп, кайра аракет кылыңыз. Эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The duress passphrase must be different from the vault's passphrase.</source>
        <translation>Мажбурлоо сырсөзү сактагычтын сырсөзүнөн айырмаланышы керек.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The file has more than %1 cells (rows × columns). Split it into smaller files, or delete the columns you do not import.</source>
        <translation>Файлда %1 уячадан ашык (саптар × мамычалар). Аны кичирээк файлдарга бөлүңүз же импорттобой турган мамычаларды өчүрүңүз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The file has more than %1 rows. Split it into smaller files and import each.</source>
        <translation>Файлда %1 саптан ашык. Аны кичирээк файлдарга бөлүп, ар бирин импорттоңуз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The file holds binary data; it does not look like a CSV file.</source>
        <translation>Файлда бинардык маалыматтар бар; ал CSV файлга окшобойт.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The file is UTF-8 text, not %1. Read it as UTF-8.</source>
        <translation>Файл %1 эмес, UTF-8 тексти. Аны UTF-8 катары окуңуз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The file is empty.</source>
        <translation>Файл бош.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The file is larger than %1 MB. Split it into smaller files and import each.</source>
        <translation>Файл %1 МБдан чоң. Аны кичирээк файлдарга бөлүп, ар бирин импорттоңуз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The file is not %1 text (unreadable byte at position %2). Save it again as “CSV UTF-8” and import that.</source>
        <translation>Файл %1 тексти эмес (%2-орунда окулбаган байт). Аны кайра «CSV UTF-8» катары сактап, ошону импорттоңуз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The file is not UTF-8 text (unreadable byte at position %1). It looks like Windows-1251, as Russian Excel saves “CSV”: read it as Windows-1251, or save it again as “CSV UTF-8”.</source>
        <translation>Файл UTF-8 тексти эмес (%1-орунда окулбаган байт). Ал Windows-1251 сыяктуу: орусча Excel «CSV» файлын ушундай сактайт. Аны Windows-1251 катары окуңуз же кайра «CSV UTF-8» катары сактаңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The file is not UTF-8 text (unreadable byte at position %1). Save it again as “CSV UTF-8” and import that.</source>
        <translation>Файл UTF-8 тексти эмес (%1-орунда окулбаган байт). Аны кайра «CSV UTF-8» катары сактап, ошону импорттоңуз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The file is saved as UTF-16. Save it again as “CSV UTF-8” and import that.</source>
        <translation>Файл UTF-16 катары сакталган. Аны кайра «CSV UTF-8» катары сактап, ошону импорттоңуз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The file “%1” is larger than %2 MB. Split it into smaller files and import each.</source>
        <translation>«%1» файлы %2 МБдан чоң. Аны кичирээк файлдарга бөлүп, ар бирин импорттоңуз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The folder %1 does not exist (is the disk or USB stick still connected?). Choose another place. Nothing was written.</source>
        <translation>%1 папкасы жок (диск же USB флешка дагы эле туташтырылганбы?). Башка жер тандаңыз. Эч нерсе жазылган жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The folder %1 does not exist, so no backup was made. If it is on a USB stick or another disk, connect and open it first; otherwise create the folder, or choose one that exists.</source>
        <translation>%1 папкасы жок, ошондуктан камдык көчүрмө жасалган жок. Эгер ал USB флешкада же башка дискте болсо, адегенде аны туташтырып ачыңыз; болбосо папканы түзүңүз же бар папканы тандаңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The header names the column “%1” twice.</source>
        <translation>Баш сапта «%1» мамычасы эки жолу көрсөтүлгөн.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The key file of this vault is damaged. Open the vault with its recovery key.</source>
        <translation>Бул сактагычтын ачкыч файлы бузулган. Сактагычты калыбына келтирүү ачкычы менен ачыңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The key file of this vault was written by a newer version of Casefile. Install the newer version to open this vault.</source>
        <translation>Бул сактагычтын ачкыч файлы Casefile'дын жаңыраак версиясы менен жазылган. Бул сактагычты ачуу үчүн жаңыраак версияны орнотуңуз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The list already has this term (“%1”).</source>
        <translation>Тизмеде бул термин мурунтан бар («%1»).</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The list “%1” is fixed; it cannot take new terms.</source>
        <translation>«%1» тизмеси туруктуу; ага жаңы терминдерди кошууга болбойт.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The mapping file is not valid JSON. Write it like {"Name": "full_name"}.</source>
        <translation>Дал келтирүү файлы туура JSON эмес. Мындай жазыңыз: {"Name": "full_name"}.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The mapping must be a JSON object of column names to field names, like {"Name": "full_name", "Born": "birth_date"}.</source>
        <translation>Дал келтирүү «мамыча → талаа» түрүндөгү JSON объекти болушу керек, мисалы {"Name": "full_name", "Born": "birth_date"}.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The mapping names a column “%1” that the file does not have.</source>
        <translation>Дал келтирүүдө файлда жок «%1» мамычасы көрсөтүлгөн.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The medium must be one of %1.</source>
        <translation>Ыкма булардын бири болушу керек: %1.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The name %1 is too long. Choose a shorter one. Nothing was written.</source>
        <translation>%1 деген ат өтө узун. Кыскараагын тандаңыз. Эч нерсе жазылган жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The new date cannot be before the date of the postponed hearing.</source>
        <translation>Жаңы күн жылдырылган отурумдун күнүнөн мурун боло албайт.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The passphrase is not correct.</source>
        <translation>Сырсөз туура эмес.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The passphrase is not correct. A change of the vault's key was interrupted after it took effect: open the vault with the new passphrase chosen then.</source>
        <translation>Сырсөз туура эмес. Сактагычтын ачкычын алмаштыруу күчүнө киргенден кийин үзгүлтүккө учурады: сактагычты ошондо тандалган жаңы сырсөз менен ачыңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The passphrase is not correct. A change of the vault's key was interrupted before it took effect, so the vault still opens with the passphrase it had before.</source>
        <translation>Сырсөз туура эмес. Сактагычтын ачкычын алмаштыруу күчүнө кирерден мурун үзгүлтүккө учурады, ошондуктан сактагыч мурунку сырсөз менен ачыла берет.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The person withdrew their consent to share this. Overriding a withdrawal needs a second, explicit confirmation.</source>
        <translation>Адам бул маалыматты берүүгө макулдугун кайтарып алган. Кайтарып алууну айланып өтүү үчүн экинчи, ачык ырастоо керек.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The person withdrew their consent. To send this document all the same, say why in at least %1 characters and %2 words; the reason is kept in their history.</source>
        <translation>Адам макулдугун кайтарып алган. Баары бир документти жөнөтүү үчүн себебин кеминде %1 белги жана %2 сөз менен түшүндүрүңүз; себеп анын тарыхында сакталат.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The record of this conflict no longer exists.</source>
        <translation>Бул карама-каршылыктын жазуусу мындан ары жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The recovery key is not valid. Check it for typing mistakes.</source>
        <translation>Калыбына келтирүү ачкычы жараксыз. Анда ката терилбегенин текшериңиз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The source must be linked to a record.</source>
        <translation>Булак жазуу менен байланышкан болушу керек.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The sync folder %1 does not exist or is not a folder.</source>
        <translation>%1 шайкештештирүү папкасы жок же папка эмес.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The vault has tables but no schema version. It is damaged.</source>
        <translation>Сактагычта таблицалар бар, бирок схеманын версиясы жок. Ал бузулган.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The vault is intact: all %1 pages pass their authentication check.</source>
        <translation>Сактагыч бүтүн: бардык барактар (%1) аныктык текшерүүсүнөн өттү.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The vault's database cannot be decrypted: the file is damaged, or the key does not belong to it. Restore it from a backup, or use its recovery key.</source>
        <translation>Сактагычтын маалымат базасын чечмелөө мүмкүн эмес: файл бузулган же ачкыч ага туура келбейт. Аны камдык көчүрмөдөн калыбына келтириңиз же калыбына келтирүү ачкычын колдонуңуз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The vault's database file is empty. Restore it from a backup.</source>
        <translation>Сактагычтын маалымат базасынын файлы бош. Аны камдык көчүрмөдөн калыбына келтириңиз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The vault's database file is truncated (it ends in the middle of a page). Restore it from a backup.</source>
        <translation>Сактагычтын маалымат базасынын файлы кесилген (барактын ортосунда бүтөт). Аны камдык көчүрмөдөн калыбына келтириңиз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The vault's database is damaged and cannot be read. %1</source>
        <translation>Сактагычтын маалымат базасы бузулган жана окулбайт. %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The vault's database is damaged and cannot be read. Restore it from a backup.</source>
        <translation>Сактагычтын маалымат базасы бузулган жана окулбайт. Аны камдык көчүрмөдөн калыбына келтириңиз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The vault's database is damaged, so no backup was made (it would carry the damage). Check the vault (casefile check) to see which pages are damaged, then restore the newest backup that passes its check.</source>
        <translation>Сактагычтын маалымат базасы бузулган, ошондуктан камдык көчүрмө жасалган жок (бузулуу ага да өтмөк). Кайсы барактар бузулганын көрүү үчүн сактагычты текшериңиз (casefile check), андан кийин текшерүүдөн өткөн эң жаңы камдык көчүрмөнү калыбына келтириңиз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The vault's database is damaged: part of it could not be read, so this was stopped and nothing was changed. Check the vault (casefile check, or Tools › Check vault integrity) to see which pages are damaged, then restore the newest backup that passes its check (casefile restore BACKUP_FOLDER).</source>
        <translation>Сактагычтын маалымат базасы бузулган: анын бир бөлүгүн окуу мүмкүн болгон жок, ошондуктан иш токтотулду жана эч нерсе өзгөргөн жок. Кайсы барактар бузулганын көрүү үчүн сактагычты текшериңиз (casefile check же Куралдар › Сактагычтын бүтүндүгүн текшерүү), андан кийин текшерүүдөн өткөн эң жаңы камдык көчүрмөнү калыбына келтириңиз (casefile restore BACKUP_FOLDER).</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The vault's database is empty. Restore it from a backup.</source>
        <translation>Сактагычтын маалымат базасы бош. Аны камдык көчүрмөдөн калыбына келтириңиз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The year %1 is outside the range Casefile accepts (%2 to %3).</source>
        <translation>%1-жыл Casefile кабыл алган чектен тышкары (%2 – %3).</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The year must be between %1 and %2.</source>
        <translation>Жыл %1 менен %2 ортосунда болушу керек.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>There is no brief to put together: nobody could be included.</source>
        <translation>Маалымкат түзүүгө эч нерсе жок: эч кимди кошууга мүмкүн эмес.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>There is no list called “%1”.</source>
        <translation>«%1» деген тизме жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>There is no month %1.</source>
        <translation>%1-ай жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>There is no open conflict number %1.</source>
        <translation>%1-номердеги ачык карама-каршылык жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>There is no vault at %1.</source>
        <translation>%1 ичинде сактагыч жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>There is nobody to report on.</source>
        <translation>Отчет бере турган эч ким жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This bundle carries dates far in the future, so it was refused and nothing was imported. Check the date and time on the laptop that made it, then ask for a new bundle. If the date there is right, the bundle may have been altered.</source>
        <translation>Бул пакетте алыскы келечектеги даталар бар, ошондуктан ал четке кагылды жана эч нерсе импорттолгон жок. Аны түзгөн ноутбуктагы күндү жана убакытты текшериңиз, андан кийин жаңы пакет сураңыз. Эгер ал жердеги дата туура болсо, пакет өзгөртүлгөн болушу мүмкүн.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This bundle contains record ids or references that are not valid ids. It may have been altered by its sender. Nothing was imported; ask the sender for a new bundle, and tell the person who looks after your laptops.</source>
        <translation>Бул пакетте жарактуу идентификатор болбогон жазуу идентификаторлору же шилтемелер бар. Аны жөнөтүүчү өзгөрткөн болушу мүмкүн. Эч нерсе импорттолгон жок; жөнөтүүчүдөн жаңы пакет сураңыз жана ноутбуктарыңызды тейлеген адамга кабарлаңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This bundle from %1 would delete or change %2 records (more than %3). Nothing was imported. Look through the list; if these changes are expected, import it again and confirm them. If not, do not import it, and ask the sender what happened.</source>
        <translation>%1 жөнөткөн бул пакет %2 жазууну өчүрмөк же өзгөртмөк (%3 жазуудан ашык). Эч нерсе импорттолгон жок. Тизмени карап чыгыңыз; эгер бул өзгөртүүлөр күтүлгөн болсо, пакетти кайра импорттоп, аларды ырастаңыз. Андай болбосо, аны импорттобоңуз жана жөнөтүүчүдөн эмне болгонун сураңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This bundle holds more changes than one bundle may. Nothing was imported. Ask the sender to send the people or cases in several bundles.</source>
        <translation>Бул пакетте бир пакетке уруксат берилгенден көп өзгөртүү бар. Эч нерсе импорттолгон жок. Жөнөтүүчүдөн адамдарды же иштерди бир нече пакет менен жөнөтүүнү сураныңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This bundle is in an old format that must be read whole, and it is larger than %1 MiB. Ask the sender to update Casefile and send it again.</source>
        <translation>Бул пакет толугу менен окулуучу эски форматта жана %1 МиБдан чоң. Жөнөтүүчүдөн Casefile'ды жаңыртып, пакетти кайра жөнөтүүнү сураныңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This bundle needs its passphrase.</source>
        <translation>Бул пакетке анын сырсөзү керек.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This bundle was encrypted for another vault.</source>
        <translation>Бул пакет башка сактагыч үчүн шифрленген.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This bundle was made by a newer version of Casefile. Update Casefile to import it.</source>
        <translation>Бул пакет Casefile'дын жаңыраак версиясы менен түзүлгөн. Аны импорттоо үчүн Casefile'ды жаңыртыңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This bundle was made by this vault itself; there is nothing to import.</source>
        <translation>Бул пакетти ушул сактагычтын өзү түзгөн; импорттой турган эч нерсе жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This bundle was made for another device (%1), not this vault. Nothing was imported; ask the sender for a bundle made for this vault.</source>
        <translation>Бул пакет бул сактагыч үчүн эмес, башка түзмөк (%1) үчүн түзүлгөн. Эч нерсе импорттолгон жок; жөнөтүүчүдөн бул сактагыч үчүн пакет сураныңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This bundle was signed by a device this vault does not trust (fingerprint %1). Compare the fingerprint with the sender, by phone for example, and add the device as trusted before importing. Nothing was imported.</source>
        <translation>Бул пакетке ушул сактагыч ишенбеген түзмөк кол койгон (манжа изи %1). Манжа изин жөнөтүүчү менен, мисалы, телефон аркылуу салыштырып, импорттоодон мурун түзмөктү ишенимдүү катары кошуңуз. Эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This bundle would hold too many changes for one file. Send the people or cases in several bundles.</source>
        <translation>Бир файл үчүн өзгөртүүлөр өтө көп. Адамдарды же иштерди бир нече пакет менен жөнөтүңүз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This case has no defendants to report on.</source>
        <translation>Бул иште отчет бере турган айыпталуучулар жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This change cannot be undone: a record it referred to was deleted for good.</source>
        <translation>Бул өзгөртүүнү артка кайтарууга болбойт: ал шилтеме кылган жазуу биротоло өчүрүлгөн.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This device card is incomplete or mistyped.</source>
        <translation>Түзмөктүн карточкасы толук эмес же ката терилген.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This device's keys differ from the ones known for it.</source>
        <translation>Бул түзмөктүн ачкычтары белгилүү болгондордон айырмаланат.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This field needs a full date, like 21.12.2026.</source>
        <translation>Бул талаага толук дата керек, мисалы 21.12.2026.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This field needs an exact date, without “c.”.</source>
        <translation>Бул талаага «болжол менен» эмес, так дата керек.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This file is larger than %1 MiB, the most Casefile keeps in a vault.</source>
        <translation>Бул файл %1 МиБден чоң — Casefile сактагычта сактай турган эң чоң өлчөм.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This file is not a Casefile bundle, or it was altered or cut short after it was made. Nothing was imported; ask the sender for a new copy.</source>
        <translation>Бул файл Casefile пакети эмес, же ал түзүлгөндөн кийин өзгөртүлгөн же кесилген. Эч нерсе импорттолгон жок; жөнөтүүчүдөн жаңы көчүрмө сураңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This file is too large to show here. Export it to open it with another program.</source>
        <translation>Бул файл бул жерде көрсөтүү үчүн өтө чоң. Башка программада ачуу үчүн аны экспорттоңуз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This file no longer exists or is in the trash.</source>
        <translation>Бул файл мындан ары жок же себетте турат.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This file was removed while it was being read.</source>
        <translation>Файл окулуп жатканда өчүрүлдү.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This hearing has already been postponed.</source>
        <translation>Бул отурум буга чейин жылдырылган.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This hearing was postponed to a new date. Undo the postponement to change its outcome.</source>
        <translation>Бул отурум жаңы күнгө жылдырылган. Анын жыйынтыгын өзгөртүү үчүн жылдырууну артка кайтарыңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This import cannot be undone: it is not in this vault's list of received bundles, was undone already, or was made by an older Casefile. Restore a backup from before it instead.</source>
        <translation>Бул импортту жокко чыгарууга болбойт: ал бул сактагычтын алынган пакеттер тизмесинде жок, мурун жокко чыгарылган же Casefile'дын эски версиясы менен жасалган. Анын ордуна андан мурунку камдык көчүрмөнү калыбына келтириңиз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This is not a Casefile device card (one starts with %1).</source>
        <translation>Бул Casefile түзмөк карточкасы эмес (ал %1 менен башталат).</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This person is already in this case with this role.</source>
        <translation>Бул адам бул ишке ушул ролдо мурунтан катышат.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This record belongs to "%1", which is also in the trash. Restore that first.</source>
        <translation>Бул жазуу «%1» жазуусуна тиешелүү, ал дагы себетте турат. Адегенде аны калыбына келтириңиз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This record is not in the trash.</source>
        <translation>Бул жазуу себетте жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This record no longer exists or is in the trash.</source>
        <translation>Бул жазуу мындан ары жок же себетте турат.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This record was changed in another window since you opened it. Close this editor and open the record again.</source>
        <translation>Бул жазууну сиз ачкандан кийин башка терезеде өзгөртүшкөн. Бул редакторду жаап, жазууну кайра ачыңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This record was deleted for good on another laptop. It stays in the trash only while other records refer to it, and cannot be restored.</source>
        <translation>Бул жазуу башка ноутбукта биротоло өчүрүлгөн. Ага башка жазуулар шилтеме кылып турганда гана ал себетте калат жана аны калыбына келтирүүгө болбойт.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This recovery key does not open this vault, or the vault's database is damaged. Check that it is the recovery key of this vault, and the newest one: a recovery key that was replaced no longer opens it.</source>
        <translation>Бул калыбына келтирүү ачкычы бул сактагычты ачпайт, же сактагычтын маалымат базасы бузулган. Бул ушул сактагычтын эң жаңы калыбына келтирүү ачкычы экенин текшериңиз: алмаштырылган ачкыч аны мындан ары ачпайт.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This recovery key does not open this vault, or the vault's database is damaged. Check that it is the recovery key of this vault.</source>
        <translation type="vanished">Бул калыбына келтирүү ачкычы сактагычты ачпайт же сактагычтын маалымат базасы бузулган. Бул так ушул сактагычтын калыбына келтирүү ачкычы экенин текшериңиз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This recovery key does not open this vault.</source>
        <translation>Бул калыбына келтирүү ачкычы бул сактагычты ачпайт.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This step cannot be undone or redone any more: a record it changed was changed again since, or deleted for good.</source>
        <translation>Бул кадамды мындан ары жокко чыгарууга же кайталоого болбойт: ал өзгөрткөн жазуу андан бери кайра өзгөртүлгөн же биротоло өчүрүлгөн.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This value does not fit the field: %1</source>
        <translation>Бул маани талаага туура келбейт: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This vault is open in another window or process. Close it there first, then try again.</source>
        <translation>Бул сактагыч башка терезеде же процессте ачык. Адегенде аны ошол жерден жаап, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This vault was written by a newer version of Casefile. Update Casefile to open it; the vault has not been changed.</source>
        <translation>Бул сактагыч Casefile'дын жаңыраак версиясы менен жазылган. Аны ачуу үчүн Casefile'ды жаңыртыңыз; сактагыч өзгөртүлгөн жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This vault's database is not encrypted. Casefile refuses to open it, so that nothing is ever written in plaintext.</source>
        <translation>Бул сактагычтын маалымат базасы шифрленген эмес. Эч нерсе ачык текст менен жазылбашы үчүн Casefile аны ачпайт.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This vault's key file is missing. It may have been erased. Open the vault with its recovery key.</source>
        <translation>Бул сактагычтын ачкыч файлы жок. Ал өчүрүлгөн болушу мүмкүн. Сактагычты калыбына келтирүү ачкычы менен ачыңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This vault's recovery file (vault.recovery) is damaged, so the recovery key cannot open it. Copy vault.recovery from a recent backup of this vault into the vault's folder.</source>
        <translation>Бул сактагычтын калыбына келтирүү файлы (vault.recovery) бузулган, ошондуктан калыбына келтирүү ачкычы аны ача албайт. vault.recovery файлын бул сактагычтын жакынкы камдык көчүрмөсүнөн сактагычтын папкасына көчүрүңүз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Too easy to guess. Use %1 random words, or add unusual words.</source>
        <translation>Табуу өтө оңой. %1 кокус сөз колдонуңуз же адаттан тыш сөздөрдү кошуңуз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Too easy to guess: use the generated words.</source>
        <translation>Табуу өтө оңой: түзүлгөн сөздөрдү колдонуңуз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Too short: use at least %1 characters, or better, %2 random words.</source>
        <translation>Өтө кыска: кеминде %1 белги, андан да жакшысы %2 кокус сөз колдонуңуз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Too short: use at least %1 characters, or the generated words.</source>
        <translation>Өтө кыска: кеминде %1 белги колдонуңуз же түзүлгөн сөздөрдү алыңыз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Two columns are mapped to the field “%1”.</source>
        <translation>«%1» талаасы менен эки мамыча дал келтирилген.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Type it like 12.04.2024, 04.2024 or 2024, with "c." in front if it is approximate.</source>
        <translation>Мындай жазыңыз: 12.04.2024, 04.2024 же 2024; болжолдуу болсо, алдына «c.» кошуңуз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Type the year too, like 21.12.2026.</source>
        <translation>Жылды да жазыңыз, мисалы 21.12.2026.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>UN bodies</source>
        <translation>БУУ органдарын</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Words repeat: use %1 different random words.</source>
        <translation>Сөздөр кайталанат: %1 башка кокус сөз колдонуңуз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>a day cannot be given without a month</source>
        <translation>айсыз күндү көрсөтүүгө болбойт</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>embassies</source>
        <translation>элчиликтер</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>no consent is recorded for them</source>
        <translation>макулдугу жазылган эмес</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>the year must be between %1 and %2</source>
        <translation>жыл %1 менен %2 ортосунда болушу керек</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>their consent does not include %1</source>
        <translation>макулдугу %1 камтыбайт</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>their consent has been withdrawn</source>
        <translation>макулдук кайтарылып алынган</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>there is no month %1</source>
        <translation>%1-ай деген ай жок</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>“%1” is not a field of %2. Fields: %3.</source>
        <translation>«%1» — «%2» жазуусунун талаасы эмес. Талаалар: %3.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/message_catalog.py"/>
        <source>%1 already exists; choose an empty folder or allow replacing.</source>
        <translation type="vanished">%1 мурунтан бар; бош папканы тандаңыз же алмаштырууга уруксат бериңиз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/message_catalog.py"/>
        <source>%1 is a file, not a folder.</source>
        <translation type="vanished">%1 — папка эмес, файл.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/message_catalog.py"/>
        <source>This file's stored copy does not match the one added: it was not exported. Restore the vault from a backup to get it back.</source>
        <translation type="vanished">Бул файлдын сакталган көчүрмөсү кошулгандагысына дал келбейт: ал экспорттолгон жок. Аны кайтаруу үчүн сактагычты камдык көчүрмөдөн калыбына келтириңиз.</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>no reply yet</source>
        <translation>азырынча жооп жок</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>none recorded</source>
        <translation>эч нерсе катталган эмес</translation>
    </message>
</context>
<context>
    <name>pickers</name>
    <message>
        <location filename="../../casefile/ui/editors/pickers.py"/>
        <source>(in the trash or deleted)</source>
        <translation>(себетте же өчүрүлгөн)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/pickers.py"/>
        <source>Choose</source>
        <translation>Тандоо</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/pickers.py"/>
        <source>Choose…</source>
        <translation>Тандоо…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/pickers.py"/>
        <source>Clear</source>
        <translation>Тазалоо</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/pickers.py"/>
        <source>Not chosen</source>
        <translation>Тандалган жок</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/pickers.py"/>
        <source>Not chosen: type a name or press “Choose…”</source>
        <translation>Тандалган жок: атын териңиз же «Тандоо…» баскычын басыңыз</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/pickers.py"/>
        <source>Nothing found.</source>
        <translation type="vanished">Эч нерсе табылган жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/pickers.py"/>
        <source>Searching…</source>
        <translation type="vanished">Изделүүдө…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/pickers.py"/>
        <source>The search failed.</source>
        <translation type="vanished">Издөө ишке ашкан жок.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/pickers.py"/>
        <source>Type part of a name, in Cyrillic or Latin letters</source>
        <translation>Аттын бир бөлүгүн кирилл же латын тамгалары менен териңиз</translation>
    </message>
</context>
<context>
    <name>sections</name>
    <message>
        <location filename="../../casefile/ui/editors/sections.py"/>
        <source>Address and contacts</source>
        <translation>Дареги жана байланыштар</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/sections.py"/>
        <source>Charge</source>
        <translation>Айып</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/sections.py"/>
        <source>Circumstances</source>
        <translation>Жагдайлар</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/sections.py"/>
        <source>Complaint</source>
        <translation>Арыз</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/sections.py"/>
        <source>Consent</source>
        <translation>Макулдук</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/sections.py"/>
        <source>Details</source>
        <translation>Чоо-жайы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/sections.py"/>
        <source>Detention event</source>
        <translation>Эркинен ажыратуу окуясы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/sections.py"/>
        <source>Hearing</source>
        <translation>Сот отуруму</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/sections.py"/>
        <source>Identity document</source>
        <translation>Инсандыгын тастыктаган документ</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/sections.py"/>
        <source>Incident</source>
        <translation>Окуя</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/sections.py"/>
        <source>Intervention</source>
        <translation>Кайрылуу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/sections.py"/>
        <source>Medical examination</source>
        <translation>Медициналык текшерүү</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/sections.py"/>
        <source>Notes</source>
        <translation>Эскертүүлөр</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/sections.py"/>
        <source>Other</source>
        <translation>Башка</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/sections.py"/>
        <source>Outcome</source>
        <translation>Жыйынтык</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/sections.py"/>
        <source>Perpetrators</source>
        <translation>Жасагандар</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/sections.py"/>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/sections.py"/>
        <source>Reply</source>
        <translation>Жооп</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/sections.py"/>
        <source>Source and notes</source>
        <translation>Булак жана эскертүүлөр</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/sections.py"/>
        <source>What may be shared</source>
        <translation>Эмнени бөлүшүүгө болот</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/sections.py"/>
        <source>Who was present</source>
        <translation>Ким катышты</translation>
    </message>
</context>
</TS>
