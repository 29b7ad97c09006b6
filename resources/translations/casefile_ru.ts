<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../casefile/ui/shell/about.py"/>
        <source>About Casefile</source>
        <translation>О программе Casefile</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/about.py"/>
        <source>Casefile %1

An offline, encrypted case-file manager for human-rights organisations.

Free software under the GNU General Public License, version 3 or later; it comes with no warranty. The licences of the components it includes are in the licenses folder of a packaged installation.

Python %2, Qt %3, PySide6 %4</source>
        <translation>Casefile %1

Автономная зашифрованная картотека дел для правозащитных организаций.

Свободная программа на условиях GNU General Public License версии 3 или более поздней; поставляется без каких-либо гарантий. Лицензии входящих в неё компонентов — в папке licenses установленной сборки.

Python %2, Qt %3, PySide6 %4</translation>
    </message>
</context>
<context>
    <name>AgendaExports</name>
    <message>
        <location filename="../../casefile/ui/pages/agenda_exports.py"/>
        <source>&amp;Reminder:</source>
        <translation>&amp;Напоминание:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_exports.py"/>
        <source>1 day before</source>
        <translation>За 1 день</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_exports.py"/>
        <source>1 hour before</source>
        <translation>За 1 час</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_exports.py"/>
        <source>2 days before</source>
        <translation>За 2 дня</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_exports.py"/>
        <source>A hearing with no time set reminds at 9:00.</source>
        <translation>О заседании без указанного времени напоминание придёт в 9:00.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_exports.py"/>
        <source>All future hearings</source>
        <translation>Все будущие заседания</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_exports.py"/>
        <source>Every hearing from today on goes into one calendar file, whatever week is shown.</source>
        <translation>Все заседания начиная с сегодняшнего дня попадут в один файл календаря, какая бы неделя ни была показана.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_exports.py"/>
        <source>Export all future hearings</source>
        <translation>Экспорт всех будущих заседаний</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_exports.py"/>
        <source>Export every hearing from today on?</source>
        <translation>Экспортировать все заседания начиная с сегодняшнего дня?</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_exports.py"/>
        <source>No reminder</source>
        <translation>Без напоминания</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_exports.py"/>
        <source>Save the hearings as</source>
        <translation>Сохранить заседания как</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_exports.py"/>
        <source>With case titles and names</source>
        <translation>С названиями дел и именами</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_exports.py"/>
        <source>Without names (case references only)</source>
        <translation>Без имён (только номера дел)</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../casefile/ui/pages/agenda_exports.py"/>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Hearing</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_exports.py"/>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Hearings exported: %1. Saved (not encrypted): %2</source>
        <translation>Экспортировано заседаний: %1. Сохранено (без шифрования): %2</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_exports.py"/>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>It will contain case references, courts and dates only.</source>
        <translation>В файле будут только номера дел, суды и даты.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_exports.py"/>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>It will contain case titles, defendants' and judges' names. Choose the variant without names if the file may leave this computer.</source>
        <translation>В файле будут названия дел, имена обвиняемых и судей. Если файл может покинуть этот компьютер, выберите вариант без имён.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_exports.py"/>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>The calendar file is NOT encrypted: anyone who gets it (or the phone or computer it is synced to) can read it.</source>
        <translation>Файл календаря НЕ зашифрован: его сможет прочитать любой, кто его получит (или получит доступ к телефону или компьютеру, с которым он синхронизирован).</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_exports.py"/>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>iCalendar files (*.ics)</source>
        <translation>Файлы iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>(outcome missing: %1)</source>
        <translation>(нет итога: %1)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <location filename="../../casefile/ui/shell/reminders.py"/>
        <source>+%1 more</source>
        <translation>ещё %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>All future hearings…</source>
        <translation>Все будущие заседания…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Case numbers</source>
        <translation>Номера дел</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Closed to the public</source>
        <translation>Закрытое заседание</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Court-day list…</source>
        <translation>Список на судебный день…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Defendants</source>
        <translation>Обвиняемые</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Earlier</source>
        <translation>Раньше</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Export agenda</source>
        <translation>Экспорт расписания</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Export agenda (.ics)…</source>
        <translation>Экспорт расписания (.ics)…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Export the hearings from %1 to %2?</source>
        <translation>Экспортировать заседания с %1 по %2?</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Fri</source>
        <translation>Пт</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Hearings agenda</source>
        <translation>Расписание заседаний</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Hearings: %1</source>
        <translation>Заседаний: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Judge</source>
        <translation>Судья</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Mon</source>
        <translation>Пн</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>No hearings in this period.</source>
        <translation>В этот период заседаний нет.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Open case</source>
        <translation>Открыть дело</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Please select a hearing first.</source>
        <translation>Сначала выберите заседание.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Postponed to…</source>
        <translation>Отложено на…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Print or save the hearings of the day or week shown, by court</source>
        <translation>Напечатать или сохранить заседания показанного дня или недели по судам</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Public</source>
        <translation>Открытое</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Record outcome…</source>
        <translation>Записать итог…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Sat</source>
        <translation>Сб</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Save the agenda as</source>
        <translation>Сохранить расписание как</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Select a hearing to see its details.</source>
        <translation>Выберите заседание, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Sun</source>
        <translation>Вс</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>The selected hearing was postponed: give the new date and the reason</source>
        <translation>Выбранное заседание отложено: укажите новую дату и причину</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Thu</source>
        <translation>Чт</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Tue</source>
        <translation>Вт</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>With case titles and names…</source>
        <translation>С названиями дел и именами…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>Without names (case references only)…</source>
        <translation>Без имён (только номера дел)…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>closed to the public</source>
        <translation>закрытое</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <source>⚠ outcome missing</source>
        <translation>⚠ нет итога</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../casefile/ui/start/controller.py"/>
        <source>Automatic backup made in the vault's backups folder.</source>
        <translation>Автоматическая резервная копия сохранена в папке резервных копий хранилища.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/controller.py"/>
        <source>Building the demo vault with invented cases…</source>
        <translation>Создаётся демо-хранилище с вымышленными делами…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/controller.py"/>
        <source>The automatic backup failed: %1</source>
        <translation>Автоматическое резервное копирование не удалось: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/controller.py"/>
        <source>This is the demo vault: every person and case in it is invented. Its passphrase is: %1</source>
        <translation>Это демо-хранилище: все люди и дела в нём вымышлены. Его парольная фраза: %1</translation>
    </message>
</context>
<context>
    <name>AttachmentsBox</name>
    <message>
        <location filename="../../casefile/ui/editors/attachments_box.py"/>
        <source>%1 — SHA-256 %2</source>
        <translation>%1 — SHA-256 %2</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/attachments_box.py"/>
        <source>Attach a file</source>
        <translation>Прикрепить файл</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/attachments_box.py"/>
        <source>Attached files</source>
        <translation>Прикреплённые файлы</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/editors/attachments_box.py"/>
        <source>Attaching %n file(s)…</source>
        <translation>
            <numerusform>Прикрепляется %n файл…</numerusform>
            <numerusform>Прикрепляются %n файла…</numerusform>
            <numerusform>Прикрепляются %n файлов…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/attachments_box.py"/>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/attachments_box.py"/>
        <source>Attach…</source>
        <translation>Прикрепить…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/attachments_box.py"/>
        <source>Copy a photo, scan or other file into the vault</source>
        <translation>Скопировать фото, скан или другой файл в хранилище</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/attachments_box.py"/>
        <source>Drop photos or scans here to attach them. Double-click one to see it.</source>
        <translation>Перетащите сюда фото или сканы, чтобы прикрепить их. Двойной щелчок — просмотр.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/attachments_box.py"/>
        <source>Files can be attached once the record is saved.</source>
        <translation>Файлы можно прикрепить после сохранения записи.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/attachments_box.py"/>
        <source>Photos, scans and other files</source>
        <translation>Фото, сканы и другие файлы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/attachments_box.py"/>
        <source>This file cannot be shown as a picture. Export it from the record's page to open it with another program.</source>
        <translation>Этот файл нельзя показать как изображение. Экспортируйте его со страницы записи, чтобы открыть в другой программе.</translation>
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
        <translation>Добавить файл</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/attachments_panel.py"/>
        <source>Add a file to the vault</source>
        <translation>Добавить файл в хранилище</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/attachments_panel.py"/>
        <source>Add file…</source>
        <translation>Добавить файл…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/attachments_panel.py"/>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/attachments_panel.py"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/attachments_panel.py"/>
        <source>Casefile cannot show this kind of file (%1). Export it to open it with another program.</source>
        <translation>Casefile не умеет показывать файлы этого типа (%1). Экспортируйте файл, чтобы открыть его в другой программе.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/attachments_panel.py"/>
        <source>Copy a file into the vault</source>
        <translation>Скопировать файл в хранилище</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/attachments_panel.py"/>
        <source>Export a file</source>
        <translation>Экспорт файла</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/attachments_panel.py"/>
        <source>Export the file to</source>
        <translation>Куда экспортировать файл</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/attachments_panel.py"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/attachments_panel.py"/>
        <source>No files attached.</source>
        <translation>Файлов нет.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/attachments_panel.py"/>
        <source>Please select a file first.</source>
        <translation>Сначала выберите файл.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/attachments_panel.py"/>
        <source>Save an unencrypted copy of the file</source>
        <translation>Сохранить незашифрованную копию файла</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/attachments_panel.py"/>
        <source>Saved (not encrypted): %1</source>
        <translation>Сохранено (без шифрования): %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/attachments_panel.py"/>
        <source>The exported copy is NOT encrypted: anyone who can open the folder you save it in can read it. Delete it when you no longer need it.

Export the file?</source>
        <translation>Экспортированная копия НЕ зашифрована: её сможет прочитать любой, кто может открыть папку, куда вы её сохраните. Удалите её, когда она станет не нужна.

Экспортировать файл?</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/attachments_panel.py"/>
        <source>Title of the file:</source>
        <translation>Название файла:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/attachments_panel.py"/>
        <source>View</source>
        <translation>Просмотр</translation>
    </message>
</context>
<context>
    <name>BatchReports</name>
    <message numerus="yes">
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>%n brief(s) made and logged.</source>
        <translation>
            <numerusform>Подготовлена и записана в журнал %n справка.</numerusform>
            <numerusform>Подготовлены и записаны в журнал %n справки.</numerusform>
            <numerusform>Подготовлено и записано в журнал %n справок.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>%n person(s) in detention today.</source>
        <translation>
            <numerusform>Сегодня под стражей %n человек.</numerusform>
            <numerusform>Сегодня под стражей %n человека.</numerusform>
            <numerusform>Сегодня под стражей %n человек.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>%n person(s) will be left out (no consent for embassies):</source>
        <translation>
            <numerusform>%n человек будет исключён (нет согласия для посольств):</numerusform>
            <numerusform>%n человека будут исключены (нет согласия для посольств):</numerusform>
            <numerusform>%n человек будут исключены (нет согласия для посольств):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>Cancelled: no file was written.</source>
        <translation>Отменено: ни один файл не записан.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>Choose an empty folder for the briefs</source>
        <translation>Выберите пустую папку для справок</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>Counting the people in detention…</source>
        <translation>Подсчёт людей под стражей…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>Each brief uses the embassy profile (no sources, contacts, internal notes or medical findings; initials where consent asks). People whose consent does not cover embassies are left out.</source>
        <translation>Каждая справка использует профиль для посольств (без источников, контактов, внутренних заметок и медицинских заключений; инициалы, где этого требует согласие). Люди, чьё согласие не распространяется на посольства, не включаются.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>Embassy briefs</source>
        <translation>Справки для посольств</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>Embassy briefs for everyone detained</source>
        <translation>Справки для посольств обо всех задержанных</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>Left out (no consent for embassies):</source>
        <translation>Не включены (нет согласия на передачу посольствам):</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>Make the briefs…</source>
        <translation>Подготовить справки…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>Making the briefs…</source>
        <translation>Подготовка справок…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>No brief was made.</source>
        <translation>Ни одной справки не подготовлено.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>One PDF with a cover list</source>
        <translation>Один PDF со списком на первой странице</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>One file per person, in a folder</source>
        <translation>По файлу на человека, в папке</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>Output</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>Save unencrypted copies</source>
        <translation>Сохранить незашифрованные копии</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>Saved to {path} (not encrypted).</source>
        <translation>Сохранено в {path} (без шифрования).</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>The PDF files are NOT encrypted: anyone who can open them can read them. Keep them only as long as needed to send them.

Each brief saved is written to the disclosure log of the person it is about. Continue?</source>
        <translation>PDF-файлы НЕ зашифрованы: их может прочитать любой, кто сможет их открыть. Храните их только до отправки.

Каждая сохранённая справка записывается в журнал передачи сведений о человеке, которому она посвящена. Продолжить?</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>Writing…</source>
        <translation>Запись…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>consent does not include embassies</source>
        <translation>согласие не распространяется на посольства</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>consent withdrawn</source>
        <translation>согласие отозвано</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>e.g. Embassy of … in Bishkek</source>
        <translation>напр. Посольство … в Бишкеке</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>no consent recorded</source>
        <translation>согласие не записано</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>Add hearing…</source>
        <translation>Добавить заседание…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>Add person…</source>
        <translation>Добавить человека…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>Change history</source>
        <translation>История изменений</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>Charges</source>
        <translation>Обвинения</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>Defendants</source>
        <translation>Обвиняемые</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>Hearings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>Ill-treatment reports</source>
        <translation>Сообщения о жестоком обращении</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>Interventions</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>Lawyers, judges and others</source>
        <translation>Адвокаты, судьи и другие</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>Please select a hearing first.</source>
        <translation>Сначала выберите заседание.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>Postponed to…</source>
        <translation>Отложено на…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>Record outcome…</source>
        <translation>Записать итог…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>Record that the selected hearing was postponed, and to when</source>
        <translation>Записать, что выбранное заседание отложено и на какую дату</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>Report…</source>
        <translation>Отчёт…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>closed to the public</source>
        <translation>закрытое</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>defendant</source>
        <translation>обвиняемый</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>defendants: %1</source>
        <translation>обвиняемых: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>held now: %1</source>
        <translation>сейчас под стражей: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>lawyer</source>
        <translation>адвокат</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>monitors</source>
        <translation>наблюдатели</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>next</source>
        <translation>следующее</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>postponed, no new date</source>
        <translation type="vanished">отложено, новая дата не назначена</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>← from %1</source>
        <translation>← с %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>→ to %1</source>
        <translation>→ на %1</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>%1 backup(s) had a key file for an even older passphrase: it was destroyed, so only the recovery key opens them.</source>
        <translation>Резервные копии (%1) имели файл ключа для ещё более старой парольной фразы: он уничтожен, теперь их открывает только ключ восстановления.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Change passphrase</source>
        <translation>Сменить парольную фразу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Changing the passphrase…</source>
        <translation>Смена парольной фразы…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Only the key file is rewritten; the recovery key stays the same. Backups made earlier still open with the old passphrase.</source>
        <translation type="vanished">Перезаписывается только файл ключей; ключ восстановления остаётся прежним. Резервные копии, сделанные раньше, по-прежнему открываются старой парольной фразой.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Passphrase changed</source>
        <translation>Парольная фраза изменена</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>The current passphrase is not correct.</source>
        <translation>Текущая парольная фраза неверна.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>The key file is rewritten, and so are those of the backups in the vault's folder: the old passphrase then opens none of them. The recovery key stays the same. Backups stored elsewhere still open with the old passphrase.</source>
        <translation>Файл ключа перезаписывается, как и файлы ключей резервных копий в папке хранилища: старая парольная фраза больше не откроет ни одну из них. Ключ восстановления остаётся прежним. Резервные копии, хранящиеся в другом месте, по-прежнему открываются старой парольной фразой.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>The passphrase was changed. Use the new one from now on. Backups made earlier still open with the old passphrase.</source>
        <translation type="vanished">Парольная фраза изменена. Теперь используйте новую. Резервные копии, сделанные раньше, по-прежнему открываются старой парольной фразой.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>The passphrase was changed. Use the new one from now on. The old passphrase no longer opens the vault or the backups in its folder; backups stored elsewhere still open with it.</source>
        <translation>Парольная фраза изменена. Теперь используйте новую. Старая больше не открывает хранилище и резервные копии в его папке; резервные копии в других местах по-прежнему открываются ею.</translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message numerus="yes">
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <source>%n record(s) added or changed.</source>
        <translation>
            <numerusform>%n запись добавлена или изменена.</numerusform>
            <numerusform>%n записи добавлены или изменены.</numerusform>
            <numerusform>%n записей добавлено или изменено.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <source>Added or changed in the last</source>
        <translation>Добавлено или изменено за последние</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <source>Changes since…</source>
        <translation>Изменения за период…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <source>Nothing was added or changed in this period.</source>
        <translation>За этот период ничего не добавлено и не изменено.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <source>The newest %n are listed.</source>
        <translation>
            <numerusform>Показана %n самая новая.</numerusform>
            <numerusform>Показаны %n самые новые.</numerusform>
            <numerusform>Показаны %n самых новых.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <source>changed: %1</source>
        <translation>изменено: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <source>days</source>
        <translation>дн.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <source>deleted for good</source>
        <translation>удалено навсегда</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <source>moved to the trash</source>
        <translation>перемещено в корзину</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <source>restored from the trash</source>
        <translation>восстановлено из корзины</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <source>this laptop</source>
        <translation>этот ноутбук</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <source>this laptop (%1)</source>
        <translation>этот ноутбук (%1)</translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <location filename="../../casefile/ui/editors/field_widgets.py"/>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../casefile/ui/exchange/conflicts.py"/>
        <source>Edited</source>
        <translation>Исправлено</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/conflicts.py"/>
        <source>Exchange conflicts</source>
        <translation>Конфликты обмена</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/conflicts.py"/>
        <source>Keep the other's</source>
        <translation>Взять с другого устройства</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/conflicts.py"/>
        <source>Keep this vault's</source>
        <translation>Оставить из этого хранилища</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/conflicts.py"/>
        <source>No open conflicts.</source>
        <translation>Открытых конфликтов нет.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/conflicts.py"/>
        <source>Other device</source>
        <translation>Другое устройство</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/conflicts.py"/>
        <source>This vault</source>
        <translation>Это хранилище</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/conflicts.py"/>
        <source>Use the edited value</source>
        <translation>Использовать исправленное значение</translation>
    </message>
</context>
<context>
    <name>CourtDayDialog</name>
    <message numerus="yes">
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <source>%n hearing(s), in memory only</source>
        <translation>
            <numerusform>%n заседание, только в памяти</numerusform>
            <numerusform>%n заседания, только в памяти</numerusform>
            <numerusform>%n заседаний, только в памяти</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <source>&amp;Day:</source>
        <translation>&amp;День:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <source>Continue?</source>
        <translation>Продолжить?</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <source>Court-day list</source>
        <translation>Список на судебный день</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <source>Hearings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <source>It names defendants, lawyers and judges.</source>
        <translation>В нём названы подсудимые, адвокаты и судьи.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <source>Language of the list</source>
        <translation>Язык списка</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <source>Names of defendants, lawyers and judges</source>
        <translation>Имена подсудимых, адвокатов и судей</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <source>One day</source>
        <translation>Один день</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <source>Sent to the printer.</source>
        <translation>Отправлено на принтер.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <source>The list was saved to %1. It is not encrypted: delete it when done.</source>
        <translation>Список сохранён в %1. Он не зашифрован: удалите его, когда он больше не нужен.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <source>The saved PDF is NOT encrypted: anyone who can open the file can read it. Keep it only as long as it is needed.</source>
        <translation>Сохранённый PDF НЕ зашифрован: его может прочитать любой, кто откроет файл. Храните его только пока он нужен.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <source>The week (Monday to Sunday)</source>
        <translation>Неделя (с понедельника по воскресенье)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <source>Type the day, for example 21.12.2026.</source>
        <translation>Введите день, например 21.12.2026.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <source>Without names the list shows case numbers, courts and times.</source>
        <translation>Без имён в списке видны номера дел, суды и время.</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <location filename="../../casefile/ui/start/create_vault.py"/>
        <source>&lt;p&gt;&lt;b&gt;If the passphrase is lost, nobody can open this vault&lt;/b&gt;: not you, not your organisation, not the makers of Casefile. There is no reset by e-mail. After creating the vault you will see a recovery key once: write it down or print it, and keep it apart from this computer.&lt;/p&gt;&lt;p&gt;The passphrase is asked whenever Casefile starts or has locked itself.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Если парольная фраза потеряна, это хранилище не откроет никто&lt;/b&gt;: ни вы, ни ваша организация, ни разработчики Casefile. Сброса по электронной почте нет. После создания хранилища вам один раз покажут ключ восстановления: запишите или распечатайте его и храните отдельно от этого компьютера.&lt;/p&gt;&lt;p&gt;Парольная фраза запрашивается при каждом запуске Casefile и после автоматической блокировки.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/create_vault.py"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/create_vault.py"/>
        <source>Create a new vault</source>
        <translation>Создать новое хранилище</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/create_vault.py"/>
        <source>Create vault</source>
        <translation>Создать хранилище</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/create_vault.py"/>
        <source>Creating the vault. This takes a few seconds…</source>
        <translation>Создаётся хранилище. Это займёт несколько секунд…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/create_vault.py"/>
        <source>Keep the vault in this folder:</source>
        <translation>Хранить хранилище в этой папке:</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>(not imported)</source>
        <translation>(не импортируется)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Checking every row…</source>
        <translation>Проверка каждой строки…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Import from CSV</source>
        <translation>Импорт из CSV</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>New</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Reasons or changes</source>
        <translation>Причины или изменения</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Update</source>
        <translation>Обновить</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>(not imported)</source>
        <translation>(не импортируется)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Check (dry run)</source>
        <translation>Проверить (пробный прогон)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Check the columns, then press “Check (dry run)”. Nothing is written yet.</source>
        <translation>Проверьте столбцы и нажмите «Проверить (пробный прогон)». Пока ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Checking every row…</source>
        <translation>Проверка каждой строки…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Encoding:</source>
        <translation>Кодировка:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>File preview</source>
        <translation>Просмотр файла</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Fix the rejected rows in the file, or tick “Skip rejected rows”, then Import.</source>
        <translation>Исправьте отклонённые строки в файле или отметьте «Пропустить отклонённые строки», затем нажмите «Импортировать».</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Hearings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Import from CSV</source>
        <translation>Импорт из CSV</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Import:</source>
        <translation>Импорт:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Imported: {created} new, {updated} updated, {skipped} rejected rows skipped. Each record's history shows the import.</source>
        <translation>Импортировано: новых — {created}, обновлено — {updated}, пропущено отклонённых строк — {skipped}. Импорт виден в истории каждой записи.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>No file chosen.</source>
        <translation>Файл не выбран.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Nothing has been written yet.</source>
        <translation>Пока ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Read as Windows-1251</source>
        <translation>Прочитать как Windows-1251</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Read as Windows-1251: check that the names in the preview read correctly.</source>
        <translation>Прочитано как Windows-1251: проверьте, что имена в предпросмотре читаются правильно.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Recognised as a KoboToolbox export: group/field columns are mapped to their fields, meta-columns (_uuid, _submission_time…) are not imported, and multi-select answers are split at spaces.</source>
        <translation>Распознан экспорт из KoboToolbox: столбцы вида группа/поле сопоставлены со своими полями, служебные столбцы (_uuid, _submission_time…) не импортируются, а ответы с множественным выбором разделяются по пробелам.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Skip rejected rows and import the others</source>
        <translation>Пропустить отклонённые строки и импортировать остальные</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>The file cannot be read: {reason}</source>
        <translation>Не удаётся прочитать файл: {reason}</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>Импорт отменён. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (кириллица)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>{create} new, {update} to update, {unchanged} unchanged, {reject} rejected.</source>
        <translation>Новых: {create}, к обновлению: {update}, без изменений: {unchanged}, отклонено: {reject}.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>{name}: {rows} rows</source>
        <translation>{name}: строк — {rows}</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>“{name}” cannot be imported: {reason}</source>
        <translation>Файл «{name}» нельзя импортировать: {reason}</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/csv_import_dialog.py"/>
        <source>“{name}” is not UTF-8 text. It looks like Windows-1251, as Russian Excel saves “CSV”. Read it as Windows-1251? Nothing is written yet.</source>
        <translation>Файл «{name}» не в кодировке UTF-8. Похоже, это Windows-1251 — так русскоязычный Excel сохраняет «CSV». Прочитать его как Windows-1251? Пока ничего не записано.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../casefile/ui/pages/dashboard.py"/>
        <source>%1 — since %2 (%3)</source>
        <translation>%1 — с %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dashboard.py"/>
        <source>%1 — term until %2 (%3)</source>
        <translation>%1 — срок до %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/pages/dashboard.py"/>
        <source>%Ln more: open the full list</source>
        <translation>
            <numerusform>ещё %Ln: открыть весь список</numerusform>
            <numerusform>ещё %Ln: открыть весь список</numerusform>
            <numerusform>ещё %Ln: открыть весь список</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/pages/dashboard.py"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>остался %n день</numerusform>
            <numerusform>осталось %n дня</numerusform>
            <numerusform>осталось %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dashboard.py"/>
        <source>&lt;h2&gt;Today, %1&lt;/h2&gt;</source>
        <translation type="vanished">&lt;h2&gt;Сегодня, %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dashboard.py"/>
        <source>&lt;h2&gt;Today&lt;/h2&gt;</source>
        <translation type="vanished">&lt;h2&gt;Сегодня&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dashboard.py"/>
        <source>Detention terms ending within 14 days</source>
        <translation>Сроки содержания под стражей, истекающие в ближайшие 14 дней</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dashboard.py"/>
        <source>Hearings in the next 7 days</source>
        <translation>Заседания в ближайшие 7 дней</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dashboard.py"/>
        <source>Ill-treatment reports without an official response</source>
        <translation>Сообщения о жестоком обращении без официального ответа</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dashboard.py"/>
        <source>In police custody for more than 48 hours</source>
        <translation>В полиции дольше 48 часов</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dashboard.py"/>
        <source>Nothing here.</source>
        <translation>Здесь пусто.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dashboard.py"/>
        <source>Show these people in the list</source>
        <translation>Показать этих людей в списке</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dashboard.py"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dashboard.py"/>
        <source>Today, %1</source>
        <translation>Сегодня, %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dashboard.py"/>
        <source>ends today</source>
        <translation>истекает сегодня</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/pages/dashboard.py"/>
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>истёк %n день назад</numerusform>
            <numerusform>истёк %n дня назад</numerusform>
            <numerusform>истёк %n дней назад</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dashboard.py"/>
        <source>reported to %1</source>
        <translation>куда сообщено: %1</translation>
    </message>
</context>
<context>
    <name>DateEntry</name>
    <message>
        <location filename="../../casefile/ui/editors/date_entry.py"/>
        <source>%1 ago</source>
        <translation>%1 назад</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/date_entry.py"/>
        <source>+1 month</source>
        <translation>+1 месяц</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/date_entry.py"/>
        <source>+2 months</source>
        <translation>+2 месяца</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/date_entry.py"/>
        <source>+48 h</source>
        <translation>+48 ч</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/date_entry.py"/>
        <source>Term…</source>
        <translation>Срок…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/date_entry.py"/>
        <source>The end of a term counted from the start date</source>
        <translation>Окончание срока, отсчитанное от даты начала</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/date_entry.py"/>
        <source>Tick if the date is not certain; it is then shown as "c. 2023".</source>
        <translation>Отметьте, если дата неточная; тогда она показывается как «ок. 2023».</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/date_entry.py"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/date_entry.py"/>
        <source>Today's date (or type “today”)</source>
        <translation>Сегодняшняя дата (или введите «сегодня»)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/date_entry.py"/>
        <source>Type the start date first.</source>
        <translation>Сначала введите дату начала.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/date_entry.py"/>
        <source>approximate</source>
        <translation>примерно</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/date_entry.py"/>
        <source>e.g. 21.12.2026 18:30, 21.12.2026, 12.2026</source>
        <translation>напр. 21.12.2026 18:30, 21.12.2026, 12.2026</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/date_entry.py"/>
        <source>e.g. 21.12.2026 or 21.12.2026 14:30</source>
        <translation>напр. 21.12.2026 или 21.12.2026 14:30</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/date_entry.py"/>
        <source>e.g. 21.12.2026 or “today”</source>
        <translation>напр. 21.12.2026 или «сегодня»</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/date_entry.py"/>
        <source>e.g. 21.12.2026, 12.2026, 2026</source>
        <translation>напр. 21.12.2026, 12.2026, 2026</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/date_entry.py"/>
        <source>in %1</source>
        <translation>через %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/date_entry.py"/>
        <source>more than a year ahead: is the year right?</source>
        <translation>больше чем через год: год указан верно?</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/date_entry.py"/>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/date_entry.py"/>
        <source>tomorrow</source>
        <translation>завтра</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/date_entry.py"/>
        <source>yesterday</source>
        <translation>вчера</translation>
    </message>
</context>
<context>
    <name>DetentionTimeline</name>
    <message>
        <location filename="../../casefile/ui/pages/detention_timeline.py"/>
        <source>No detention events recorded.</source>
        <translation>Событий лишения свободы не записано.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/detention_timeline.py"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/detention_timeline.py"/>
        <location filename="../../casefile/ui/pages/timeline_layout.py"/>
        <source>term ordered</source>
        <translation>назначенный срок</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/timeline_layout.py"/>
        <source>Dates are approximate</source>
        <translation>Даты приблизительные</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/timeline_layout.py"/>
        <source>Days: %1</source>
        <translation>Дней: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/timeline_layout.py"/>
        <source>Place: %1</source>
        <translation>Место: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/timeline_layout.py"/>
        <source>Term ordered until %1</source>
        <translation>Срок назначен до %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/timeline_layout.py"/>
        <source>date approximate</source>
        <translation>дата приблизительная</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/timeline_layout.py"/>
        <source>ongoing</source>
        <translation>продолжается</translation>
    </message>
</context>
<context>
    <name>DialogService</name>
    <message>
        <location filename="../../casefile/ui/kit/dialogs.py"/>
        <source>Casefile vault (*.casefile)</source>
        <translation>Хранилище Casefile (*.casefile)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/dialogs.py"/>
        <source>Open a vault: choose its folder or a file inside it</source>
        <translation>Открыть хранилище: выберите его папку или файл в ней</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/dialogs.py"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/dialogs.py"/>
        <source>Save the PDF (not encrypted)</source>
        <translation>Сохранить PDF (без шифрования)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/dialogs.py"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/dialogs.py"/>
        <source>Where should the new vault be kept?</source>
        <translation>Где хранить новое хранилище?</translation>
    </message>
</context>
<context>
    <name>DisclosureLog</name>
    <message numerus="yes">
        <location filename="../../casefile/ui/pages/disclosure_log_view.py"/>
        <source>%n document(s) given out.</source>
        <translation>
            <numerusform>Передан %n документ.</numerusform>
            <numerusform>Передано %n документа.</numerusform>
            <numerusform>Передано %n документов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/disclosure_log_view.py"/>
        <source>(consent overridden)</source>
        <translation>(без учёта согласия)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/disclosure_log_view.py"/>
        <source>Disclosure log</source>
        <translation>Журнал передачи сведений</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/disclosure_log_view.py"/>
        <source>Every report saved or printed from Casefile, newest first. The SHA-256 identifies the exact file that was given out.</source>
        <translation>Все отчёты, сохранённые или распечатанные из Casefile, сначала новые. SHA-256 однозначно определяет переданный файл.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/disclosure_log_view.py"/>
        <source>Filter by name, recipient, document…</source>
        <translation>Фильтр по имени, получателю, документу…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/disclosure_log_view.py"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/disclosure_log_view.py"/>
        <source>Nothing has been saved or printed yet.</source>
        <translation>Пока ничего не сохранялось и не печаталось.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/disclosure_log_view.py"/>
        <source>printed</source>
        <translation>распечатан</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/disclosure_log_view.py"/>
        <source>saved</source>
        <translation>сохранён</translation>
    </message>
</context>
<context>
    <name>DossierPage</name>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Add this spelling to the person's other spellings</source>
        <translation>Добавить это написание к другим написаниям имени</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Add to a case…</source>
        <translation>Добавить в дело…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Also written</source>
        <translation>Другие написания</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Born</source>
        <translation>Год рождения</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Change history</source>
        <translation>История изменений</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Charges</source>
        <translation>Обвинения</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Consent was withdrawn: do not share.</source>
        <translation>Согласие отозвано: не передавать.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Detention events</source>
        <translation>События лишения свободы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Detention timeline</source>
        <translation>Хронология лишения свободы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Hearings in these cases</source>
        <translation>Заседания по этим делам</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Held in police custody for more than 48 hours.</source>
        <translation>Находится в полиции дольше 48 часов.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Identity</source>
        <translation>Личность</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Identity document</source>
        <translation>Документ, удостоверяющий личность</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Ill-treatment reports</source>
        <translation>Сообщения о жестоком обращении</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Interventions</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Last changed</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Link this person to a case, with their role in it</source>
        <translation>Связать этого человека с делом и указать его роль в нём</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Profession</source>
        <translation>Профессия</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Report…</source>
        <translation>Отчёт…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Suggested spellings:</source>
        <translation>Возможные написания:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>The detention term has expired.</source>
        <translation>Срок содержания под стражей истёк.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>UN</source>
        <translation>ООН</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Usual address</source>
        <translation>Постоянный адрес</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>embassies</source>
        <translation>посольства</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>held since %1</source>
        <translation>под стражей с %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>no reply</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>nobody</source>
        <translation>никому</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>none recorded</source>
        <translation>ничего не записано</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>public</source>
        <translation>публично</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>term until %1</source>
        <translation>срок до %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>withdrawn %1</source>
        <translation>отозвано %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <location filename="../../casefile/ui/shell/duress_dialog.py"/>
        <source>A duress passphrase is a second passphrase for when you are forced to unlock Casefile. Typed instead of the passphrase, it destroys this vault's key files (its backups' too, as Emergency erase does) and opens an empty vault, with nothing on screen to say so. Afterwards only the recovery key opens this vault.</source>
        <translation>Парольная фраза под принуждением — это вторая парольная фраза на случай, если вас заставят разблокировать Casefile. Введённая вместо обычной, она уничтожает файлы ключей этого хранилища (и его резервных копий, как при экстренном уничтожении) и открывает пустое хранилище, ничем не показывая этого на экране. После этого хранилище откроет только ключ восстановления.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/duress_dialog.py"/>
        <source>A duress passphrase is set.</source>
        <translation>Парольная фраза под принуждением задана.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/duress_dialog.py"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/duress_dialog.py"/>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/duress_dialog.py"/>
        <source>Duress passphrase</source>
        <translation>Парольная фраза под принуждением</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/duress_dialog.py"/>
        <source>It does not hide everything. Someone who examines the disk can see that the key files were destroyed at that moment, and that the vault's files are much larger than the empty vault shown. Backups stored elsewhere still open with the passphrase. Keep the recovery sheet away from this computer.</source>
        <translation>Она скрывает не всё. Тот, кто исследует диск, может увидеть, что файлы ключей были уничтожены в этот момент и что файлы хранилища намного больше показанного пустого хранилища. Резервные копии, хранящиеся в другом месте, по-прежнему открываются парольной фразой. Храните лист восстановления вдали от этого компьютера.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/duress_dialog.py"/>
        <source>No duress passphrase is set.</source>
        <translation>Парольная фраза под принуждением не задана.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/duress_dialog.py"/>
        <source>Protecting the vault key…</source>
        <translation>Защита ключа хранилища…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/duress_dialog.py"/>
        <source>Set duress passphrase</source>
        <translation>Задать фразу под принуждением</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/duress_dialog.py"/>
        <source>The current passphrase is not correct.</source>
        <translation>Текущая парольная фраза неверна.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/duress_dialog.py"/>
        <source>The duress passphrase is set. Typed at unlock, it destroys this vault's key files and opens an empty vault. Your passphrase is unchanged.</source>
        <translation>Парольная фраза под принуждением задана. Введённая при разблокировке, она уничтожает файлы ключей этого хранилища и открывает пустое хранилище. Ваша парольная фраза не изменилась.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/duress_dialog.py"/>
        <source>The duress passphrase was turned off. Your passphrase is unchanged.</source>
        <translation>Парольная фраза под принуждением отключена. Ваша парольная фраза не изменилась.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/duress_dialog.py"/>
        <source>Turn off</source>
        <translation>Отключить</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../casefile/ui/exchange/actions.py"/>
        <source>Exchange conflicts…</source>
        <translation>Конфликты обмена…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/actions.py"/>
        <source>Exchange…</source>
        <translation>Обмен…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/actions.py"/>
        <source>Receive changes…</source>
        <translation>Получить изменения…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/actions.py"/>
        <source>Send changes…</source>
        <translation>Отправить изменения…</translation>
    </message>
</context>
<context>
    <name>ExchangeDialogs</name>
    <message>
        <location filename="../../casefile/ui/exchange/conflicts.py"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/conflicts.py"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/conflicts.py"/>
        <source>Other device</source>
        <translation>Другое устройство</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/conflicts.py"/>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/conflicts.py"/>
        <source>This vault</source>
        <translation>Это хранилище</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/conflicts.py"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/conflicts.py"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Deletion for good asked</source>
        <translation>Запрошено удаление навсегда</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Moved to the trash</source>
        <translation>Перемещено в корзину</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>New</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Restored</source>
        <translation>Восстановлено</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>{field}: this vault “{mine}”, other device “{theirs}”</source>
        <translation>{field}: в этом хранилище «{mine}», на другом устройстве «{theirs}»</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/files.py"/>
        <source>Casefile bundle (*.cfbundle)</source>
        <translation>Пакет Casefile (*.cfbundle)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/files.py"/>
        <source>Casefile bundle (*.cfbundle);;All files (*)</source>
        <translation>Пакет Casefile (*.cfbundle);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/files.py"/>
        <source>Open a bundle</source>
        <translation>Открыть пакет</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/files.py"/>
        <source>Save the bundle</source>
        <translation>Сохранить пакет</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange_dialogs.py"/>
        <source>Deleted for good</source>
        <translation type="vanished">Удалено навсегда</translation>
    </message>
</context>
<context>
    <name>ExchangeSync</name>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>%1 sends this vault only what it needs to know: %2 people, %3 cases (%4).</source>
        <translation>%1 отправляет этому хранилищу только то, что ему нужно знать: людей — %2, дел — %3 (%4).</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>&amp;Bundles received:</source>
        <translation>&amp;Полученные пакеты:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>&amp;Undo import…</source>
        <translation>&amp;Отменить импорт…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>Acknowledged</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>Bundles received</source>
        <translation>Полученные пакеты</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>Choose the sync folder</source>
        <translation>Выберите папку синхронизации</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>Last received</source>
        <translation>Последний полученный</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>Last sent</source>
        <translation>Последний отправленный</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>None: bundles are sent and received by hand</source>
        <translation>Нет: пакеты отправляются и принимаются вручную</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>Pending</source>
        <translation>Не рассмотрено</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>Received</source>
        <translation>Получен</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>Sync folder:</source>
        <translation>Папка синхронизации:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>Take back the bundle from %1 received %2? Every field it changed gets its earlier value back and every record it added goes to the trash. Your next bundles pass this on to your partners.</source>
        <translation>Отменить импорт пакета от %1, полученного %2? Каждое поле, которое он изменил, получит прежнее значение, а каждая добавленная им запись попадёт в корзину. Ваши следующие пакеты передадут это партнёрам.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>This vault receives everything its partners send it.</source>
        <translation>Это хранилище получает всё, что отправляют ему партнёры.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>Undo import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>What it brought</source>
        <translation>Что в нём было</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>Why skipped</source>
        <translation>Почему пропущен</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>changed: %1</source>
        <translation>изменено: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>conflicts: %1</source>
        <translation>конфликтов: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>could not be read</source>
        <translation>не удалось прочитать</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>everything</source>
        <translation>всё</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>files: %1</source>
        <translation>файлов: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>from a device this vault does not trust</source>
        <translation>от устройства, которому это хранилище не доверяет</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>made by a newer Casefile</source>
        <translation>создан более новой версией Casefile</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>made by this vault</source>
        <translation>создан этим хранилищем</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>needs a person's confirmation (import it by hand)</source>
        <translation>нужно подтверждение человека (импортируйте вручную)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>new: %1</source>
        <translation>новых: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>not for this device</source>
        <translation>не для этого устройства</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>not possible</source>
        <translation>невозможна</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>not yet</source>
        <translation>ещё нет</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>nothing new</source>
        <translation>ничего нового</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>possible</source>
        <translation>возможна</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>replayed</source>
        <translation>повтор</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>to the trash: %1</source>
        <translation>в корзину: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>torn or damaged (may still be arriving)</source>
        <translation>оборван или повреждён (возможно, ещё копируется)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/sync_panel.py"/>
        <source>undone %1</source>
        <translation>отменён %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../casefile/ui/open_formats/export_dialog.py"/>
        <source>CSV: one file per kind of record, for spreadsheets</source>
        <translation>CSV: по файлу на каждый вид записей, для электронных таблиц</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/export_dialog.py"/>
        <source>Choose folder…</source>
        <translation>Выбрать папку…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/export_dialog.py"/>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/export_dialog.py"/>
        <source>Export finished</source>
        <translation>Экспорт завершён</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/export_dialog.py"/>
        <source>Export into which folder?</source>
        <translation>В какую папку экспортировать?</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/export_dialog.py"/>
        <source>Export to open formats</source>
        <translation>Экспорт в открытые форматы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/export_dialog.py"/>
        <source>Include attached files</source>
        <translation>Включить прикреплённые файлы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/export_dialog.py"/>
        <source>Include records in the trash</source>
        <translation>Включить записи из корзины</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/export_dialog.py"/>
        <source>JSON: one file with every record</source>
        <translation>JSON: один файл со всеми записями</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/export_dialog.py"/>
        <source>No folder chosen.</source>
        <translation>Папка не выбрана.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/export_dialog.py"/>
        <source>Replace the earlier export?</source>
        <translation>Заменить прежний экспорт?</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/export_dialog.py"/>
        <source>These files are NOT encrypted. Anyone who can read them can read every record in them. Keep them on an encrypted disk, share them only with people who may see the records, and delete them when they are no longer needed.</source>
        <translation>Эти файлы НЕ зашифрованы. Любой, кто может их прочитать, прочтёт все записи в них. Храните их на зашифрованном диске, передавайте только тем, кому можно видеть эти записи, и удалите, когда они станут не нужны.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/export_dialog.py"/>
        <source>This folder already holds an export. Replace its files?</source>
        <translation>В этой папке уже есть экспорт. Заменить его файлы?</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/export_dialog.py"/>
        <source>Writing files…</source>
        <translation>Запись файлов…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/export_dialog.py"/>
        <source>Writing the files…</source>
        <translation>Запись файлов…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/export_dialog.py"/>
        <source>{records} records were written to {folder}.</source>
        <translation>Записей сохранено в {folder}: {records}.</translation>
    </message>
</context>
<context>
    <name>FlagField</name>
    <message>
        <location filename="../../casefile/ui/editors/field_widgets.py"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/field_widgets.py"/>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/field_widgets.py"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
</context>
<context>
    <name>HearingActions</name>
    <message>
        <location filename="../../casefile/ui/pages/hearing_actions.py"/>
        <source>Postponed to…</source>
        <translation>Отложено на…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/hearing_actions.py"/>
        <source>Record outcome</source>
        <translation>Записать итог</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/hearing_actions.py"/>
        <source>This hearing was already postponed. Postpone the new hearing instead.</source>
        <translation>Это заседание уже отложено. Откладывайте новое заседание.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/hearing_actions.py"/>
        <source>This hearing was postponed to a new date. Record the outcome of the new one.</source>
        <translation>Это заседание перенесено на новую дату. Запишите итог нового заседания.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/hearing_actions.py"/>
        <source>postponed → %1</source>
        <translation>отложено → %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/hearing_actions.py"/>
        <source>postponed, no new date</source>
        <translation>отложено, новая дата не назначена</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../casefile/ui/i18n/language.py"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
</context>
<context>
    <name>ListField</name>
    <message>
        <location filename="../../casefile/ui/editors/field_widgets.py"/>
        <source>One per line</source>
        <translation>По одному в строке</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../casefile/ui/pages/list_page.py"/>
        <source>%1 of %2 shown</source>
        <translation>Показано %1 из %2</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/list_page.py"/>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/list_page.py"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/list_page.py"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/list_page.py"/>
        <source>Filter this list…</source>
        <translation>Фильтр списка…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/list_page.py"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/list_page.py"/>
        <source>Move to the trash</source>
        <translation>Переместить в корзину</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/list_page.py"/>
        <source>Records: %1</source>
        <translation>Записей: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/list_page.py"/>
        <source>Sort by this column</source>
        <translation>Сортировать по этому столбцу</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>&amp;Reports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>&amp;Tools</source>
        <translation>С&amp;ервис</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>Agenda</source>
        <translation>Расписание</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>Casefile</source>
        <translation>Casefile</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>Casefile help</source>
        <translation>Справка Casefile</translation>
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
        <translation>Casefile хранит материалы дел в зашифрованном хранилище на этом компьютере.

Ctrl+F  поиск людей, дел, мест и другого
Ctrl+L  заблокировать сейчас (Casefile блокируется и сам после нескольких минут бездействия)
Ctrl+N  новая запись
F1      эта справка

В списке: вводите текст в поле фильтра, чтобы сузить список; щелчок по заголовку столбца сортирует; правый щелчок по заголовку позволяет выбрать столбцы; Enter открывает выбранную запись.

Ничто не покидает этот компьютер, если вы сами не экспортируете или не распечатаете это.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>Changes since…</source>
        <translation>Изменения за период…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>Find people, cases, places… (Ctrl+F)</source>
        <translation>Поиск людей, дел, мест… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>Hearings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>Ill-treatment</source>
        <translation>Жестокое обращение</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>Interventions</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>Lock Casefile now (Ctrl+L)</source>
        <translation>Заблокировать Casefile сейчас (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>New</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>New record (Ctrl+N)</source>
        <translation>Новая запись (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>Open another vault…</source>
        <translation>Открыть другое хранилище…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>This record no longer exists or is in the trash.</source>
        <translation>Этой записи больше нет, или она в корзине.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>Undo</source>
        <translation type="vanished">Отменить</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/main_window.py"/>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Back up</source>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Back up now</source>
        <translation>Сделать резервную копию</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Back up to a folder…</source>
        <translation>Резервная копия в папку…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Backup made</source>
        <translation>Резервная копия сделана</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Change passphrase…</source>
        <translation>Сменить парольную фразу…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Check vault integrity</source>
        <translation>Проверить целостность хранилища</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Checking the vault…</source>
        <translation>Проверка хранилища…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Copying and verifying the encrypted vault…</source>
        <translation>Копирование и проверка зашифрованного хранилища…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Duress passphrase…</source>
        <translation>Парольная фраза под принуждением…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Making a backup…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Protecting the vault key with the new passphrase…</source>
        <translation>Ключ хранилища защищается новой парольной фразой…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Reading and authenticating every page…</source>
        <translation>Чтение и проверка подлинности каждой страницы…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>The backup was made and verified:
%1
Size: %2

It is encrypted and opens with the passphrase the vault has now.</source>
        <translation>Резервная копия сделана и проверена:
%1
Размер: %2

Она зашифрована и открывается текущей парольной фразой хранилища.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>The vault is intact: all %1 pages pass their authentication check.</source>
        <translation>Хранилище цело: все страницы (%1) прошли проверку подлинности.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Vault integrity</source>
        <translation>Целостность хранилища</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Where should the backup go?</source>
        <translation>Куда сохранить резервную копию?</translation>
    </message>
</context>
<context>
    <name>MassChangesDialog</name>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Import anyway</source>
        <translation>Всё равно импортировать</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Many records would change</source>
        <translation>Изменится много записей</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../casefile/ui/shell/navigator.py"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/navigator.py"/>
        <source>Back to where you were (Alt+Left)</source>
        <translation>Вернуться туда, где вы были (Alt+Влево)</translation>
    </message>
</context>
<context>
    <name>NewArrest</name>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source> (born %1)</source>
        <translation> (род. %1)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Add a new person</source>
        <translation>Добавить нового человека</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Already in the vault</source>
        <translation>Уже в хранилище</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Already in the vault with a similar name (choose one to use it):</source>
        <translation>Уже в хранилище с похожим именем (выберите, чтобы использовать):</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Arrest</source>
        <translation>Арест</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Arrested by</source>
        <translation>Кем задержан</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Article(s)</source>
        <translation>Статья(и)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Case (optional)</source>
        <translation>Дело (необязательно)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Case in the vault</source>
        <translation>Дело в хранилище</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Charges belong to a case: choose the case or give the new case a title.</source>
        <translation>Обвинения относятся к делу: выберите дело или дайте новому делу название.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Choose the person.</source>
        <translation>Выберите человека.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Close the form? What you typed is not saved.</source>
        <translation>Закрыть форму? Введённое не сохранено.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Close without saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Date of the decision</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>First court decision (optional)</source>
        <translation>Первое решение суда (необязательно)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>New arrest</source>
        <translation>Новый арест</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>New person</source>
        <translation>Новый человек</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>No one in the vault has a similar name.</source>
        <translation>В хранилище нет никого с похожим именем.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>None yet</source>
        <translation>Пока нет</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>People with a similar name are already in the vault. Add a new person anyway?</source>
        <translation>Люди с похожим именем уже есть в хранилище. Всё равно добавить нового человека?</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>People with a similar name are listed here.</source>
        <translation>Здесь перечислены люди с похожим именем.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Place of arrest</source>
        <translation>Место задержания</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Police custody at</source>
        <translation>Место содержания под стражей в полиции</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Possible duplicates</source>
        <translation>Возможные дубликаты</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Ready to save.</source>
        <translation>Готово к сохранению.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Term ends</source>
        <translation>Срок истекает</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>The 48 hours end on %1 at %2.</source>
        <translation>48 часов истекают %1 в %2.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Type the date of arrest (and the time, if known).</source>
        <translation>Введите дату задержания (и время, если известно).</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Type the date of the court decision.</source>
        <translation>Введите дату решения суда.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Type the person's name, or choose a person already in the vault.</source>
        <translation>Введите имя человека или выберите человека, уже находящегося в хранилище.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>Use this person</source>
        <translation>Использовать этого человека</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>a title, if the case is not in the vault</source>
        <translation>название, если дела нет в хранилище</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>e.g. 278 part 3, 329</source>
        <translation>напр. 278 ч. 3, 329</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>e.g. IVS of the city police; empty if not held</source>
        <translation>напр. ИВС городского УВД; пусто, если не задерживался</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>e.g. police, GKNB</source>
        <translation>напр. милиция, ГКНБ</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <source>or a new case</source>
        <translation>или новое дело</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../casefile/ui/kit/passphrase_fields.py"/>
        <source>Choose a new passphrase</source>
        <translation>Выберите новую парольную фразу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/passphrase_fields.py"/>
        <source>Set passphrase</source>
        <translation>Задать парольную фразу</translation>
    </message>
</context>
<context>
    <name>NewTermDialog</name>
    <message>
        <location filename="../../casefile/ui/editors/new_term.py"/>
        <source>A new choice for “%1”. It is added to the list for every record.</source>
        <translation>Новый вариант для поля «%1». Он добавляется в список для всех записей.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_term.py"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_term.py"/>
        <source>In English:</source>
        <translation>По-английски:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_term.py"/>
        <source>In Kyrgyz:</source>
        <translation>По-киргизски:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_term.py"/>
        <source>In Russian:</source>
        <translation>По-русски:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_term.py"/>
        <source>New term</source>
        <translation>Новый термин</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_term.py"/>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
</context>
<context>
    <name>OpenFormatActions</name>
    <message>
        <location filename="../../casefile/ui/open_formats/actions.py"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/open_formats/actions.py"/>
        <source>Import from CSV…</source>
        <translation>Импорт из CSV…</translation>
    </message>
</context>
<context>
    <name>PanicErase</name>
    <message>
        <location filename="../../casefile/ui/shell/panic.py"/>
        <source>Destroy the keys of this vault now and close Casefile?

Afterwards the passphrase no longer opens the vault, here or in its backups folder. Only the recovery key does. Backups stored elsewhere are not touched.</source>
        <translation>Уничтожить ключи этого хранилища сейчас и закрыть Casefile?

После этого парольная фраза больше не откроет хранилище ни здесь, ни в его папке резервных копий. Откроет только ключ восстановления. Резервные копии, хранящиеся в другом месте, не затрагиваются.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/panic.py"/>
        <source>Destroy this vault's keys now; only the recovery key opens it afterwards</source>
        <translation>Уничтожить ключи этого хранилища сейчас; после этого его откроет только ключ восстановления</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/panic.py"/>
        <source>Emergency erase</source>
        <translation>Экстренное уничтожение</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/panic.py"/>
        <source>Emergency erase…</source>
        <translation>Экстренное уничтожение…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/panic.py"/>
        <source>Erase now</source>
        <translation>Уничтожить сейчас</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <location filename="../../casefile/ui/editors/partial_date_edit.py"/>
        <source>Tick if the date is not certain; it is then shown as "c. 2023".</source>
        <translation type="vanished">Отметьте, если дата неточная; тогда она показывается как «ок. 2023».</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/partial_date_edit.py"/>
        <source>approximate</source>
        <translation type="vanished">приблизительно</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/partial_date_edit.py"/>
        <source>e.g. 12.04.2024, 04.2024, 2024</source>
        <translation type="vanished">напр. 12.04.2024, 04.2024, 2024</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../casefile/ui/kit/passphrase_fields.py"/>
        <source>Both match.</source>
        <translation>Совпадают.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/passphrase_fields.py"/>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/passphrase_fields.py"/>
        <source>Repeat it:</source>
        <translation>Повторите её:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/passphrase_fields.py"/>
        <source>Show passphrase</source>
        <translation>Показать парольную фразу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/passphrase_fields.py"/>
        <source>Strong enough.</source>
        <translation>Достаточно надёжная.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/passphrase_fields.py"/>
        <source>The two passphrases differ.</source>
        <translation>Фразы не совпадают.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/passphrase_fields.py"/>
        <source>Too easy to guess: use six random words, or add unusual words.</source>
        <translation>Слишком легко угадать: используйте шесть случайных слов или добавьте необычные слова.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/passphrase_fields.py"/>
        <source>Too short: use at least 16 characters, or better, six random words.</source>
        <translation>Слишком коротко: не меньше 16 символов, а лучше шесть случайных слов.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/passphrase_fields.py"/>
        <source>Use six or more random words.</source>
        <translation>Используйте шесть или больше случайных слов.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/passphrase_fields.py"/>
        <source>Use six or more random words: long is stronger than complicated.</source>
        <translation>Используйте шесть или больше случайных слов: длинная фраза надёжнее сложной.</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../casefile/ui/kit/tasks.py"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/tasks.py"/>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
</context>
<context>
    <name>ReceiveChangesDialog</name>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Bundle passphrase:</source>
        <translation>Парольная фраза пакета:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Does the sender read out the same fingerprint?
{fingerprint}
Only trust the device if every digit matches.</source>
        <translation>Отправитель называет тот же отпечаток?
{fingerprint}
Доверяйте устройству, только если совпадает каждая цифра.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>From a device this vault does not trust yet. Its fingerprint is
{fingerprint}
Compare it with the sender, by phone, before trusting it.</source>
        <translation>С устройства, которому это хранилище пока не доверяет. Его отпечаток:
{fingerprint}
Прежде чем доверять, сверьте его с отправителем по телефону.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>From {name}, a trusted device. Made {created} UTC.</source>
        <translation>От {name}, доверенное устройство. Создан {created} UTC.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Imported. </source>
        <translation>Импортировано. </translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Receive changes</source>
        <translation>Получение изменений</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>This bundle is protected by a passphrase. Type it and press Open to see who sent it.</source>
        <translation>Этот пакет защищён парольной фразой. Введите её и нажмите «Открыть», чтобы увидеть, кто его отправил.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>This bundle was imported before. Importing it again changes nothing.</source>
        <translation>Этот пакет уже импортировался. Повторный импорт ничего не изменит.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Trust this device</source>
        <translation>Доверять этому устройству</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Trust this device?</source>
        <translation>Доверять этому устройству?</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Trust this device…</source>
        <translation>Доверять этому устройству…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>What should this partner be called?</source>
        <translation>Как назвать этого партнёра?</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>as a contributor (adds records, changes only its own)</source>
        <translation>как участника (добавляет записи, меняет только свои)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>as a partner (full trust)</source>
        <translation>как партнёра (полное доверие)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>{new} new, {updated} updated, {deleted} moved to the trash, {restored} restored, {purged} asked to be deleted for good (they wait in the trash for your yes), {conflicts} conflicts, {files} files.</source>
        <translation>Новых: {new}, обновлено: {updated}, в корзину: {deleted}, восстановлено: {restored}, запрошено удаление навсегда: {purged} (ждут в корзине вашего согласия), конфликтов: {conflicts}, файлов: {files}.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange_dialogs.py"/>
        <source>{new} new, {updated} updated, {deleted} moved to the trash, {restored} restored, {purged} deleted for good, {conflicts} conflicts, {files} files.</source>
        <translation type="vanished">Новых: {new}, обновлено: {updated}, в корзину: {deleted}, восстановлено: {restored}, удалено навсегда: {purged}, конфликтов: {conflicts}, файлов: {files}.</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>%1 open form(s) have changes that are not saved. Save them?</source>
        <translation>В открытых формах (%1) есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>Arrest saved. Ctrl+Z takes it back.</source>
        <translation>Арест сохранён. Ctrl+Z отменит это.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>Charge</source>
        <translation>Обвинение</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>Detention event</source>
        <translation>Событие лишения свободы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>Hearing</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>Ill-treatment report</source>
        <translation>Сообщение о жестоком обращении</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>Intervention</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>Move to the trash</source>
        <translation>Переместить в корзину</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>Moved to the trash: %1. Ctrl+Z puts it back.</source>
        <translation>Перемещено в корзину: %1. Ctrl+Z вернёт обратно.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>New arrest…</source>
        <translation>Новый арест…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>Person in a case</source>
        <translation>Участник дела</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>Person in an organisation</source>
        <translation>Член организации</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>There is nothing to undo.</source>
        <translation type="vanished">Отменять нечего.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>Undo</source>
        <translation type="vanished">Отменить</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>Undo changes to %1 “%2”</source>
        <translation type="vanished">Отменить изменения: %1 «%2»</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>Undo move to the trash</source>
        <translation type="vanished">Вернуть из корзины</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>Undo new %1 “%2”</source>
        <translation type="vanished">Отменить создание: %1 «%2»</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>Undone: the last change to %1.</source>
        <translation type="vanished">Отменено последнее изменение: %1.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>Undone: the new %1 is in the trash; it can be restored from there.</source>
        <translation type="vanished">Отменено: новая запись (%1) в корзине; её можно восстановить оттуда.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/record_actions.py"/>
        <source>Undone: the record is back from the trash.</source>
        <translation type="vanished">Отменено: запись возвращена из корзины.</translation>
    </message>
</context>
<context>
    <name>RecordDialogs</name>
    <message>
        <location filename="../../casefile/ui/pages/record_dialogs.py"/>
        <source>Detention extended until</source>
        <translation>Срок содержания под стражей продлён до</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/record_dialogs.py"/>
        <source>New date</source>
        <translation>Новая дата</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/record_dialogs.py"/>
        <source>Not known yet</source>
        <translation>Пока неизвестно</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/record_dialogs.py"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/record_dialogs.py"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/record_dialogs.py"/>
        <source>Postponed to…</source>
        <translation>Отложено на…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/record_dialogs.py"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/record_dialogs.py"/>
        <source>Record outcome</source>
        <translation>Записать итог</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/record_dialogs.py"/>
        <source>The date cannot be before the hearing.</source>
        <translation>Дата не может быть раньше заседания.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/record_dialogs.py"/>
        <source>The new date cannot be before the date of the postponed hearing.</source>
        <translation>Новая дата не может быть раньше даты отложенного заседания.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/record_dialogs.py"/>
        <source>Time</source>
        <translation type="vanished">Время</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/record_dialogs.py"/>
        <source>What happened (optional)</source>
        <translation>Что произошло (необязательно)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/record_dialogs.py"/>
        <source>e.g. the judge is ill; the prosecutor did not appear</source>
        <translation>напр. судья болен; прокурор не явился</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <location filename="../../casefile/ui/editors/record_form.py"/>
        <source>Discard</source>
        <translation>Отбросить</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/new_arrest.py"/>
        <location filename="../../casefile/ui/editors/record_form.py"/>
        <source>This form holds text typed before the vault was locked, not yet saved. Save it, or discard it.</source>
        <translation>В этой форме текст, набранный до блокировки хранилища и ещё не сохранённый. Сохраните его или отбросьте.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/record_form.py"/>
        <source>Add a choice missing from this list</source>
        <translation>Добавить недостающий вариант в этот список</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/record_form.py"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/record_form.py"/>
        <source>Edit record: %1</source>
        <translation>Изменение записи: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/record_form.py"/>
        <source>Fields marked * are required.</source>
        <translation>Поля, отмеченные *, обязательны.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/record_form.py"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/record_form.py"/>
        <source>Move to the trash</source>
        <translation>Переместить в корзину</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/record_form.py"/>
        <source>New record: %1</source>
        <translation>Новая запись: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/record_form.py"/>
        <source>New term…</source>
        <translation>Новый термин…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/record_form.py"/>
        <source>Open the existing dossier instead? Choose No to save a new person.</source>
        <translation>Открыть существующее досье? Выберите «Нет», чтобы сохранить нового человека.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/record_form.py"/>
        <source>Please correct the fields marked in red.</source>
        <translation>Исправьте поля, отмеченные красным.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/record_form.py"/>
        <source>Possible duplicate</source>
        <translation>Возможный дубликат</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/record_form.py"/>
        <source>Required</source>
        <translation>Обязательно</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/record_form.py"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/record_form.py"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/record_form.py"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/record_form.py"/>
        <source>Still needed: %1</source>
        <translation>Ещё нужно: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/record_form.py"/>
        <source>The trash keeps it: it can be restored from there.</source>
        <translation>Запись останется в корзине: её можно будет восстановить оттуда.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/record_form.py"/>
        <source>This person may already be in the vault:</source>
        <translation>Возможно, этот человек уже есть в хранилище:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/record_form.py"/>
        <source>This record has changes that are not saved. Save them?</source>
        <translation>В этой записи есть несохранённые изменения. Сохранить их?</translation>
    </message>
</context>
<context>
    <name>RecoveryFlow</name>
    <message>
        <location filename="../../casefile/ui/start/recovery_flow.py"/>
        <source>No new passphrase</source>
        <translation>Новая парольная фраза не задана</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/recovery_flow.py"/>
        <source>The recovery key opened the vault. Choose a new passphrase: it replaces the old one (or the lost key file). The recovery key stays the same.</source>
        <translation>Ключ восстановления открыл хранилище. Выберите новую парольную фразу: она заменит старую (или потерянный файл ключей). Ключ восстановления останется прежним.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/recovery_flow.py"/>
        <source>The vault is open, but its passphrase was not changed. Next time it will again need the recovery key (or the old passphrase, if the key file is there).</source>
        <translation>Хранилище открыто, но его парольная фраза не изменена. В следующий раз снова понадобится ключ восстановления (или старая парольная фраза, если файл ключей на месте).</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/recovery_flow.py"/>
        <source>Type the vault's recovery key, as written down or printed when the vault was made (groups of letters and digits; dashes and spaces do not matter):</source>
        <translation>Введите ключ восстановления хранилища, как его записали или распечатали при создании хранилища (группы букв и цифр; дефисы и пробелы не важны):</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/recovery_flow.py"/>
        <source>Use recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../casefile/ui/start/recovery_key.py"/>
        <source>&lt;p&gt;&lt;b&gt;Write this recovery key on paper, or print it, and keep it somewhere safe and away from this computer.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;It opens the vault if the passphrase is forgotten or the key file is lost. Anyone who has it can open the vault, so treat it like the passphrase itself. Casefile shows it only now and does not save it anywhere.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Запишите этот ключ восстановления на бумаге или распечатайте его и храните в надёжном месте отдельно от этого компьютера.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Он открывает хранилище, если парольная фраза забыта или файл ключей потерян. Любой, у кого он есть, может открыть хранилище, поэтому обращайтесь с ним как с самой парольной фразой. Casefile показывает его только сейчас и нигде не сохраняет.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/recovery_key.py"/>
        <source>Casefile recovery key</source>
        <translation>Ключ восстановления Casefile</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/recovery_key.py"/>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/recovery_key.py"/>
        <source>I have written down or printed the recovery key</source>
        <translation>Я записал(а) или распечатал(а) ключ восстановления</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/recovery_key.py"/>
        <source>Keep this paper safe. Anyone holding it can open the vault it belongs to.</source>
        <translation>Храните этот лист в надёжном месте. Любой, у кого он окажется, сможет открыть хранилище.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/recovery_key.py"/>
        <source>Print the recovery key</source>
        <translation type="vanished">Печать ключа восстановления</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/recovery_key.py"/>
        <source>Print the recovery key to a file?</source>
        <translation>Напечатать ключ восстановления в файл?</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/recovery_key.py"/>
        <source>Printed</source>
        <translation>Напечатано</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/recovery_key.py"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/recovery_key.py"/>
        <source>This does not print on paper: it writes the recovery key into the file %1, unencrypted. Anyone who gets that file, or a copy of it, can open the vault. Print it on paper instead, if you can.

Write the file anyway?</source>
        <translation>Это не печать на бумаге: ключ восстановления будет записан в файл %1 без шифрования. Любой, кто получит этот файл или его копию, сможет открыть хранилище. Если можете, напечатайте его на бумаге.

Всё равно записать файл?</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/recovery_key.py"/>
        <source>Vault</source>
        <translation>Хранилище</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/recovery_key.py"/>
        <source>Vault id</source>
        <translation>Идентификатор хранилища</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/recovery_key.py"/>
        <source>Your recovery key</source>
        <translation>Ваш ключ восстановления</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <location filename="../../casefile/ui/shell/reminders.py"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/shell/reminders.py"/>
        <source>%n detention term(s) ending within 3 days or ended</source>
        <translation>
            <numerusform>%n срок содержания под стражей истекает в течение 3 дней или истёк</numerusform>
            <numerusform>%n срока содержания под стражей истекают в течение 3 дней или истекли</numerusform>
            <numerusform>%n сроков содержания под стражей истекают в течение 3 дней или истекли</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/shell/reminders.py"/>
        <source>%n hearing(s) tomorrow</source>
        <translation>
            <numerusform>%n заседание завтра</numerusform>
            <numerusform>%n заседания завтра</numerusform>
            <numerusform>%n заседаний завтра</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/shell/reminders.py"/>
        <source>%n person(s) in police custody for over 48 hours</source>
        <translation>
            <numerusform>%n человек в ИВС дольше 48 часов</numerusform>
            <numerusform>%n человека в ИВС дольше 48 часов</numerusform>
            <numerusform>%n человек в ИВС дольше 48 часов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/reminders.py"/>
        <source>Casefile reminders</source>
        <translation>Напоминания Casefile</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/reminders.py"/>
        <source>Detention term ended %1, still held: %2</source>
        <translation>Срок содержания под стражей истёк %1, человек всё ещё под стражей: %2</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/reminders.py"/>
        <source>Detention term ends %1: %2</source>
        <translation>Срок содержания под стражей истекает %1: %2</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/reminders.py"/>
        <source>Hearing tomorrow at %1: %2</source>
        <translation>Заседание завтра в %1: %2</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/reminders.py"/>
        <source>Hearing tomorrow: %1</source>
        <translation>Заседание завтра: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/reminders.py"/>
        <source>In police custody since %1 (%2): %3</source>
        <translation>В ИВС с %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../casefile/ui/reports/actions.py"/>
        <source>Court-day list…</source>
        <translation>Список на судебный день…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/actions.py"/>
        <source>Disclosure log</source>
        <translation>Журнал передачи сведений</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/actions.py"/>
        <source>Embassy briefs for everyone detained…</source>
        <translation>Справки для посольств обо всех задержанных…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/actions.py"/>
        <source>Report for this person or case…</source>
        <translation>Отчёт по этому человеку или делу…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/actions.py"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/actions.py"/>
        <source>Submitter details…</source>
        <translation>Данные отправителя…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/actions.py"/>
        <source>Unlock a vault first.</source>
        <translation>Сначала разблокируйте хранилище.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../casefile/ui/reports/checklist.py"/>
        <source>Before it leaves</source>
        <translation>Перед передачей</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/checklist.py"/>
        <source>Consent covers {audience}.</source>
        <translation>Согласие распространяется на: {audience}.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/checklist.py"/>
        <source>Consent does not cover {audience}.</source>
        <translation>Согласие не распространяется на: {audience}.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/checklist.py"/>
        <source>Consent does not cover {audience}. Overridden with the reason “{reason}”; the override is written to the person's history.</source>
        <translation>Согласие не распространяется на: {audience}. Отменено по причине «{reason}»; это записано в историю человека.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/checklist.py"/>
        <source>Internal document: no consent needed.</source>
        <translation>Внутренний документ: согласие не нужно.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/checklist.py"/>
        <source>Left out of this copy:</source>
        <translation>Исключено из этого экземпляра:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/checklist.py"/>
        <source>Nothing is left out of this copy.</source>
        <translation>В этом экземпляре ничего не скрыто.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/checklist.py"/>
        <source>Nothing the template needs is missing.</source>
        <translation>Для шаблона всё заполнено.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/checklist.py"/>
        <source>Still needed for the {template}</source>
        <translation>Ещё нужно для документа «{template}»</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/checklist.py"/>
        <source>The submitter is not set (a name or organisation, and an e-mail, postal address or phone): Reports ▸ Submitter details…</source>
        <translation>Отправитель не указан (имя или организация, а также эл. почта, почтовый адрес или телефон): Отчёты ▸ Данные отправителя…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/checklist.py"/>
        <source>This document cannot be printed or saved: it goes to {audience}, and consent does not cover that.
{people}
Record the consent first, or override with a reason; the override is written to the person's history.</source>
        <translation>Этот документ нельзя напечатать или сохранить: он предназначен для получателя «{audience}», а согласие на это не распространяется.
{people}
Сначала запишите согласие или действуйте без него, указав причину; это будет записано в историю человека.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/checklist.py"/>
        <source>no consent is recorded</source>
        <translation>согласие не записано</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/checklist.py"/>
        <source>their consent does not include {audience}</source>
        <translation>согласие не распространяется на: {audience}</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/checklist.py"/>
        <source>their consent has been withdrawn</source>
        <translation>согласие отозвано</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Building the preview…</source>
        <translation>Подготовка предпросмотра…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>No preview could be made.</source>
        <translation>Не удалось подготовить предпросмотр.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Not printed</source>
        <translation>Не напечатано</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Save an unencrypted copy</source>
        <translation>Сохранить незашифрованную копию</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>The printer could not be started.</source>
        <translation>Не удалось запустить печать.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Updating the preview…</source>
        <translation>Обновление предпросмотра…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>%n page(s), in memory only</source>
        <translation>
            <numerusform>%n страница, только в памяти</numerusform>
            <numerusform>%n страницы, только в памяти</numerusform>
            <numerusform>%n страниц, только в памяти</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>A document for a UN body must say who submits it: a name or organisation, and an e-mail, postal address or phone. Set them once in Reports ▸ Submitter details…</source>
        <translation>В документе для органа ООН должно быть указано, кто его направляет: имя или организация, а также эл. почта, почтовый адрес или телефон. Укажите их один раз в меню Отчёты ▸ Данные отправителя…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>About: &lt;b&gt;{subject}&lt;/b&gt;</source>
        <translation>О ком: &lt;b&gt;{subject}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>An editable copy (.docx) with the same content</source>
        <translation>Редактируемая копия (.docx) с тем же содержанием</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Case summary</source>
        <translation>Сводка по делу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Checklist</source>
        <translation>Проверочный список</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Leave nothing out?</source>
        <translation>Ничего не исключать?</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>No preview: consent does not cover this recipient (see above).</source>
        <translation>Предпросмотра нет: согласие не распространяется на этого получателя (см. выше).</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Override a withdrawn consent</source>
        <translation>Обойти отозванное согласие</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Override consent</source>
        <translation>Действовать без согласия</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Override with a reason…</source>
        <translation>Без согласия, указав причину…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>PDF (*.pdf)</source>
        <translation type="vanished">PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Save an editable copy (not encrypted)</source>
        <translation>Сохранить редактируемую копию (не зашифрована)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Save as Word…</source>
        <translation>Сохранить как Word…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Save the PDF (not encrypted)</source>
        <translation type="vanished">Сохранить PDF (без шифрования)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Saved, and written to the disclosure log.</source>
        <translation>Сохранено и записано в журнал передачи сведений.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Sent to the printer, and written to the disclosure log.</source>
        <translation>Отправлено на печать и записано в журнал передачи сведений.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Submitter details missing</source>
        <translation>Нет данных отправителя</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>The PDF was saved to {path}. It is not encrypted: delete it once it is sent.</source>
        <translation type="vanished">PDF сохранён в {path}. Он не зашифрован: удалите его после отправки.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>The Word file is NOT encrypted: anyone who can open it can read it. Keep it only as long as needed to edit and send it.

Saving is written to the disclosure log of each person in it. Continue?</source>
        <translation>Файл Word НЕ зашифрован: его может прочитать любой, кто сможет его открыть. Храните его только пока нужно отредактировать и отправить.

Сохранение записывается в журнал передачи сведений каждого упомянутого в нём человека. Продолжить?</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>The file could not be written: {error}</source>
        <translation>Не удалось записать файл: {error}</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>The file was saved to {path}. It is not encrypted: delete it once it is sent.</source>
        <translation>Файл сохранён в {path}. Он не зашифрован: удалите его после отправки.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>The saved PDF is NOT encrypted: anyone who can open the file can read it. Keep it only as long as needed to send it.

Saving is written to the disclosure log of each person in it. Continue?</source>
        <translation>Сохранённый PDF НЕ зашифрован: его может прочитать любой, кто сможет открыть файл. Храните его только до отправки.

Сохранение записывается в журнал передачи сведений каждого упомянутого человека. Продолжить?</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>This copy goes to {audience}, but the profile “Internal: leave out nothing” keeps the home address, contact details, sources, internal notes and medical findings in it. Send all of that to {audience}?</source>
        <translation>Эта копия предназначена для адресата «{audience}», но профиль «Внутренний: ничего не исключать» оставляет в ней домашний адрес, контакты, источники, внутренние заметки и медицинские данные. Отправить всё это адресату «{audience}»?</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Why must this document go without the person's consent? The reason is kept in their history.</source>
        <translation>Почему этот документ нужно передать без согласия человека? Причина сохранится в его истории.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>Word document (*.docx)</source>
        <translation>Документ Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>{names} withdrew their consent to share this. Send the document all the same, for this reason?

“{reason}”

The override and the reason are written to their history and to the list of documents given out.</source>
        <translation>{names} отозвали согласие на передачу этих сведений. Всё равно отправить документ по этой причине?

«{reason}»

Обход согласия и его причина записываются в их историю и в список переданных документов.</translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Addressed to</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Allegation letter</source>
        <translation>Письмо о предполагаемом нарушении</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>As the template names it</source>
        <translation>Как в шаблоне</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Asylum seekers, immigrants or refugees held in prolonged administrative custody without review or remedy.</source>
        <translation>Просители убежища, иммигранты или беженцы длительно содержатся под административным арестом без пересмотра и средств правовой защиты.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Consent binds every document that leaves the organisation.</source>
        <translation>Согласие действует для каждого документа, который покидает организацию.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Contact details and addresses</source>
        <translation>Контакты и адреса</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Custom: as ticked below</source>
        <translation>Выборочно: как отмечено ниже</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Discrimination on grounds of birth, origin, language, religion, economic condition, opinion, gender, sexual orientation or disability.</source>
        <translation>Дискриминация по признаку рождения, происхождения, языка, религии, имущественного положения, убеждений, пола, сексуальной ориентации или инвалидности.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Domestic remedies tried and their results (WGAD V)</source>
        <translation>Использованные внутренние средства защиты и их результаты (РГПЗ, V)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Embassy brief</source>
        <translation>Справка для посольства</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Embassy: leave out everything below</source>
        <translation>Посольство: исключить всё перечисленное ниже</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Full internal dossier (do not share)</source>
        <translation>Полное внутреннее досье (не передавать)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>How the violation is linked to that work</source>
        <translation>Как нарушение связано с этой деятельностью</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>I: no legal basis</source>
        <translation>I: нет правового основания</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>II: for exercising rights and freedoms</source>
        <translation>II: за осуществление прав и свобод</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>III: fair-trial norms gravely breached</source>
        <translation>III: грубое нарушение норм справедливого суда</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>IV: asylum seekers, migrants, refugees</source>
        <translation>IV: просители убежища, мигранты, беженцы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Ill-treatment summary (Istanbul Protocol)</source>
        <translation>Сводка о жестоком обращении (Стамбульский протокол)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Initials only for people who asked for it</source>
        <translation>Только инициалы для тех, кто об этом просил</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Internal notes</source>
        <translation>Внутренние заметки</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Internal: leave out nothing</source>
        <translation>Внутреннее: ничего не исключать</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>It is clearly impossible to invoke any legal basis justifying it.</source>
        <translation>Очевидно, что невозможно сослаться на какое-либо правовое основание, оправдывающее его.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>It results from the exercise of rights or freedoms (expression, assembly, association, belief, …).</source>
        <translation>Оно вызвано осуществлением прав или свобод (выражения мнений, собраний, ассоциации, убеждений, …).</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Leave out of this copy</source>
        <translation>Исключить из этого экземпляра</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Medical findings</source>
        <translation>Медицинские заключения</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>One request per line; left empty, the standard requests are printed</source>
        <translation>По одной просьбе в строке; если пусто, печатаются стандартные просьбы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Risk of reprisals</source>
        <translation>Риск преследований</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Special Procedures</source>
        <translation>Специальные процедуры</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>The facts that make it arbitrary</source>
        <translation>Факты, делающие задержание произвольным</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>The norms of a fair trial were so gravely breached that it is arbitrary.</source>
        <translation>Нормы справедливого судебного разбирательства нарушены настолько грубо, что лишение свободы является произвольным.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>The template's usual profile</source>
        <translation>Обычный профиль шаблона</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Their human-rights work (for a defender)</source>
        <translation>Правозащитная деятельность (для правозащитника)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>UN Special Procedures communication</source>
        <translation>Сообщение в специальные процедуры ООН</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>UN Working Group on Arbitrary Detention</source>
        <translation>Рабочая группа ООН по произвольным задержаниям</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>UN Working Group on Enforced Disappearances</source>
        <translation>Рабочая группа ООН по насильственным или недобровольным исчезновениям</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>UN: leave out everything below</source>
        <translation>ООН: исключить всё перечисленное ниже</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Urgent appeal (ongoing or imminent harm)</source>
        <translation>Срочное обращение (вред причиняется или неминуем)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>V: discrimination</source>
        <translation>V: дискриминация</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>What is asked of the embassy</source>
        <translation>О чём просят посольство</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Why it is urgent: risk, health, deadlines (urgent appeal)</source>
        <translation>Почему это срочно: риск, здоровье, сроки (срочное обращение)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>Why the detention is arbitrary (WGAD IV)</source>
        <translation>Почему задержание произвольно (РГПЗ, IV)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>a UN body</source>
        <translation>орган ООН</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>an embassy</source>
        <translation>посольство</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/options.py"/>
        <source>internal use only</source>
        <translation>только для внутреннего использования</translation>
    </message>
</context>
<context>
    <name>ReportPicker</name>
    <message>
        <location filename="../../casefile/ui/reports/picker.py"/>
        <source>Case: {title}</source>
        <translation>Дело: {title}</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/picker.py"/>
        <source>Make a report</source>
        <translation>Подготовить отчёт</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/picker.py"/>
        <source>Nothing found.</source>
        <translation type="vanished">Ничего не найдено.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/picker.py"/>
        <source>Person: {name}</source>
        <translation>Человек: {name}</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/picker.py"/>
        <source>Report about whom?</source>
        <translation>Отчёт о ком?</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/picker.py"/>
        <source>Searching…</source>
        <translation type="vanished">Поиск…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/picker.py"/>
        <source>The search failed.</source>
        <translation type="vanished">Поиск не удался.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/picker.py"/>
        <source>Type part of a name, a case title or number</source>
        <translation>Введите часть имени, названия или номера дела</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../casefile/ui/shell/search_panel.py"/>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/search_panel.py"/>
        <source>Nothing found. Try fewer or shorter words.</source>
        <translation>Ничего не найдено. Попробуйте меньше слов или слова покороче.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/search_panel.py"/>
        <source>Results: %1</source>
        <translation>Найдено: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/search_panel.py"/>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/search_panel.py"/>
        <source>Type in the search box: names in any case and script, case numbers, places.</source>
        <translation>Вводите в поле поиска имена (любыми буквами и в любом регистре), номера дел, места.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/search_panel.py"/>
        <source>similar spelling</source>
        <translation>похожее написание</translation>
    </message>
</context>
<context>
    <name>SearchPicker</name>
    <message>
        <location filename="../../casefile/ui/kit/search_picker.py"/>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/search_picker.py"/>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/search_picker.py"/>
        <source>The search failed.</source>
        <translation>Поиск не удался.</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../casefile/ui/pages/record_page.py"/>
        <source>None recorded.</source>
        <translation>Ничего не записано.</translation>
    </message>
</context>
<context>
    <name>SendChangesDialog</name>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Bundle passphrase:</source>
        <translation>Парольная фраза пакета:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Bundle saved</source>
        <translation>Пакет сохранён</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Changes since the last bundle to them</source>
        <translation>Изменения после последнего пакета для них</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Choose a partner to send to.</source>
        <translation>Выберите партнёра, которому отправить.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Encrypted to the partner's own key (no passphrase)</source>
        <translation>Зашифровать ключом партнёра (без парольной фразы)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Everything in this vault</source>
        <translation>Всё содержимое хранилища</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Fingerprint: {fingerprint}
Card: {card}</source>
        <translation>Отпечаток: {fingerprint}
Карточка: {card}</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>I have written the passphrase down; it is not shown again.</source>
        <translation>Я записал(а) парольную фразу; больше она не показывается.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>It is encrypted to their key: only their vault can open it.</source>
        <translation>Пакет зашифрован их ключом: открыть его может только их хранилище.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>It is encrypted; give the passphrase to them another way than the file.</source>
        <translation>Пакет зашифрован; передайте им парольную фразу иначе, чем сам файл.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>No trusted partner yet. Open a bundle from them with Receive changes…, or trust their device card with the casefile device trust command.</source>
        <translation>Доверенных партнёров пока нет. Откройте их пакет через «Получить изменения…» или добавьте карточку их устройства командой casefile device trust.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Other words</source>
        <translation>Другие слова</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Protection:</source>
        <translation>Защита:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Send changes</source>
        <translation>Отправка изменений</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Send to:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>This device (give its card to partners)</source>
        <translation>Это устройство (передайте его карточку партнёрам)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>What:</source>
        <translation>Что:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>With a bundle passphrase</source>
        <translation>С парольной фразой пакета</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>Write the passphrase down and tick the box: it is not shown again, and the partner needs it to open the bundle.</source>
        <translation>Запишите парольную фразу и отметьте поле: больше она не показывается, а партнёру она нужна, чтобы открыть пакет.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange/dialogs.py"/>
        <source>{path} holds {records} records, {purges} deletions and {files} files for {partner}.</source>
        <translation>В {path} для {partner}: записей — {records}, удалений — {purges}, файлов — {files}.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange_dialogs.py"/>
        <source>Again:</source>
        <translation type="vanished">Ещё раз:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange_dialogs.py"/>
        <source>The bundle passphrase needs at least 10 characters.</source>
        <translation type="vanished">Парольная фраза пакета должна содержать не меньше 10 символов.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange_dialogs.py"/>
        <source>The two passphrases differ.</source>
        <translation type="vanished">Фразы не совпадают.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/exchange_dialogs.py"/>
        <source>{path} holds {records} records, {purges} deletions and {files} files for {partner}. It is encrypted; give the passphrase to them another way.</source>
        <translation type="vanished">В {path} для {partner}: записей — {records}, удалений — {purges}, файлов — {files}. Пакет зашифрован; передайте парольную фразу другим способом.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Automatic backups to keep:</source>
        <translation>Сколько автоматических копий хранить:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Lock after idle for:</source>
        <translation>Блокировать после бездействия:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Older automatic backups are deleted; backups you make are always kept.</source>
        <translation>Более старые автоматические копии удаляются; копии, сделанные вами, хранятся всегда.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Remember the vaults I open (paths only)</source>
        <translation>Запоминать открытые хранилища (только пути)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Reminders show over other windows and stay in the system's notification list. Without names they give counts, times and case numbers only.</source>
        <translation>Напоминания появляются поверх других окон и остаются в списке уведомлений системы. Без имён в них только количество, время и номера дел.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Reports:</source>
        <translation>Отчёты:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Show names in reminders</source>
        <translation>Показывать имена в напоминаниях</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Show reminders: hearings tomorrow, terms ending, custody over 48 h</source>
        <translation>Показывать напоминания: заседания завтра, истекающие сроки, задержание дольше 48 ч</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>Submitter of UN documents…</source>
        <translation>Отправитель документов в ООН…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/maintenance.py"/>
        <source>These settings describe only how Casefile behaves on this computer; nothing about people or cases is stored outside the encrypted vault.</source>
        <translation>Эти настройки определяют только поведение Casefile на этом компьютере; ничего о людях и делах не хранится вне зашифрованного хранилища.</translation>
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
        <translation>Имя отправителя</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/submitter_dialog.py"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/submitter_dialog.py"/>
        <source>Postal address</source>
        <translation>Почтовый адрес</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/submitter_dialog.py"/>
        <source>Printed in section VI of a WGAD submission, with a signature line. Stored inside the encrypted vault. Contact redaction does not remove it: it is the sender's own address.</source>
        <translation>Печатается в разделе VI обращения в РГПЗ, со строкой для подписи. Хранится в зашифрованном хранилище. Скрытие контактов его не удаляет: это адрес самого отправителя.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/reports/submitter_dialog.py"/>
        <source>Submitter details for reports</source>
        <translation>Данные отправителя для отчётов</translation>
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
        <translation>Принять удаление</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/trash_page.py"/>
        <source>Accept partner's deletion…</source>
        <translation>Принять удаление партнёра…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/trash_page.py"/>
        <source>Delete for good the %1 selected records that %2 deleted for good? They are erased from this vault too, and the deletion is passed on to your other partners. This cannot be undone; only the backups made before recent imports still hold them.</source>
        <translation>Удалить навсегда выбранные записи (%1)? Их удалили навсегда: %2. Они будут стёрты и из этого хранилища, а удаление будет передано другим вашим партнёрам. Это нельзя отменить; записи останутся только в резервных копиях, сделанных перед недавними импортами.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/trash_page.py"/>
        <source>Delete for good the selected records a partner deleted for good</source>
        <translation>Удалить навсегда выбранные записи, которые партнёр удалил навсегда</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/trash_page.py"/>
        <source>Delete forever</source>
        <translation>Удалить навсегда</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/trash_page.py"/>
        <source>Delete forever…</source>
        <translation>Удалить навсегда…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/trash_page.py"/>
        <source>Delete the selected records forever (%1)? This cannot be undone: the records and their attached files are erased from the vault, and their history keeps only that they were deleted.</source>
        <translation>Удалить выбранные записи навсегда (%1)? Это нельзя отменить: записи и прикреплённые к ним файлы будут стёрты из хранилища, а в их истории останется только отметка об удалении.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/trash_page.py"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
</context>
<context>
    <name>TrashQuestion</name>
    <message>
        <location filename="../../casefile/ui/shell/trash_question.py"/>
        <source>%1 and %2</source>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/trash_question.py"/>
        <source>%1 records (%2)</source>
        <translation>%1 записей (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/shell/trash_question.py"/>
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n прикреплённый файл</numerusform>
            <numerusform>%n прикреплённых файла</numerusform>
            <numerusform>%n прикреплённых файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/shell/trash_question.py"/>
        <source>%n charge(s)</source>
        <translation>
            <numerusform>%n обвинение</numerusform>
            <numerusform>%n обвинения</numerusform>
            <numerusform>%n обвинений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/shell/trash_question.py"/>
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n согласие</numerusform>
            <numerusform>%n согласия</numerusform>
            <numerusform>%n согласий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/shell/trash_question.py"/>
        <source>%n detention event(s)</source>
        <translation>
            <numerusform>%n событие содержания под стражей</numerusform>
            <numerusform>%n события содержания под стражей</numerusform>
            <numerusform>%n событий содержания под стражей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/shell/trash_question.py"/>
        <source>%n hearing(s)</source>
        <translation>
            <numerusform>%n заседание</numerusform>
            <numerusform>%n заседания</numerusform>
            <numerusform>%n заседаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/shell/trash_question.py"/>
        <source>%n ill-treatment report(s)</source>
        <translation>
            <numerusform>%n сообщение о жестоком обращении</numerusform>
            <numerusform>%n сообщения о жестоком обращении</numerusform>
            <numerusform>%n сообщений о жестоком обращении</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/shell/trash_question.py"/>
        <source>%n intervention(s)</source>
        <translation>
            <numerusform>%n обращение</numerusform>
            <numerusform>%n обращения</numerusform>
            <numerusform>%n обращений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/shell/trash_question.py"/>
        <source>%n link(s) to organisations</source>
        <translation>
            <numerusform>%n связь с организациями</numerusform>
            <numerusform>%n связи с организациями</numerusform>
            <numerusform>%n связей с организациями</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/shell/trash_question.py"/>
        <source>%n other record(s)</source>
        <translation>
            <numerusform>%n другая запись</numerusform>
            <numerusform>%n другие записи</numerusform>
            <numerusform>%n других записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/shell/trash_question.py"/>
        <source>%n person(s) in the case</source>
        <translation>
            <numerusform>%n человек в деле</numerusform>
            <numerusform>%n человека в деле</numerusform>
            <numerusform>%n человек в деле</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/trash_question.py"/>
        <source>Move %1 to the trash, with %2?</source>
        <translation>Переместить %1 в корзину вместе с: %2?</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/trash_question.py"/>
        <source>Move %1 to the trash?</source>
        <translation>Переместить %1 в корзину?</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/trash_question.py"/>
        <source>What goes with it leaves every page, list and search until it is restored. Ctrl+Z, or the Trash, brings it all back.</source>
        <translation>Всё связанное исчезнет со всех страниц, из списков и поиска, пока запись не будет восстановлена. Ctrl+Z или корзина вернут всё обратно.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/shell/trash_question.py"/>
        <source>a part in %n case(s)</source>
        <translation>
            <numerusform>участие в %n деле</numerusform>
            <numerusform>участие в %n делах</numerusform>
            <numerusform>участие в %n делах</numerusform>
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
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/undo_stack.py"/>
        <source>Redo: %1</source>
        <translation>Повторить: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/undo_stack.py"/>
        <source>Redone: %1.</source>
        <translation>Повторено: %1.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/undo_stack.py"/>
        <source>There is nothing to redo.</source>
        <translation>Нечего повторять.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/undo_stack.py"/>
        <source>There is nothing to undo.</source>
        <translation>Отменять нечего.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/undo_stack.py"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/undo_stack.py"/>
        <source>Undo: %1</source>
        <translation>Отменить: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/undo_stack.py"/>
        <source>Undone: %1.</source>
        <translation>Отменено: %1.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/undo_stack.py"/>
        <source>Undone: %1. The record is in the trash, and can be restored.</source>
        <translation>Отменено: %1. Запись в корзине, её можно восстановить.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/undo_stack.py"/>
        <source>adding %1</source>
        <translation>добавление: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/undo_stack.py"/>
        <source>changes to %1</source>
        <translation>изменения: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/undo_stack.py"/>
        <source>import of %1 records</source>
        <translation>импорт %1 записей</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/undo_stack.py"/>
        <source>moving %1 records to the trash</source>
        <translation>перемещение %1 записей в корзину</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/undo_stack.py"/>
        <source>moving %1 to the trash</source>
        <translation>перемещение в корзину: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/undo_stack.py"/>
        <source>outcome of %1</source>
        <translation>итог %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/undo_stack.py"/>
        <source>postponement of %1</source>
        <translation>отложение %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/undo_stack.py"/>
        <source>restoring %1 from the trash</source>
        <translation>восстановление из корзины: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/undo_stack.py"/>
        <source>restoring %1 records from the trash</source>
        <translation>восстановление %1 записей из корзины</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/undo_stack.py"/>
        <source>the %1 hearing, case %2</source>
        <translation>заседания %1, дело %2</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/undo_stack.py"/>
        <source>“%1” can no longer be redone: a record it changed was changed again since (perhaps through an import or a bundle), or deleted for good. It was taken off the Redo list, and nothing was changed.</source>
        <translation>«%1» больше нельзя повторить: изменённую запись с тех пор снова изменили (возможно, при импорте или из пакета) или удалили навсегда. Действие убрано из списка повтора, ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/shell/undo_stack.py"/>
        <source>“%1” can no longer be undone: a record it changed was changed again since (perhaps through an import or a bundle), or deleted for good. It was taken off the Undo list, and nothing was changed.</source>
        <translation>«%1» больше нельзя отменить: изменённую запись с тех пор снова изменили (возможно, при импорте или из пакета) или удалили навсегда. Действие убрано из списка отмены, ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../casefile/ui/start/unlock.py"/>
        <source>&lt;h2&gt;Casefile is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Casefile заблокирован&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/unlock.py"/>
        <source>Caps Lock is on.</source>
        <translation>Включён Caps Lock.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/unlock.py"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/unlock.py"/>
        <source>Only folder paths are remembered, never names or other record contents.</source>
        <translation>Запоминаются только пути к папкам, но не имена и не содержимое записей.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/unlock.py"/>
        <source>Other vault…</source>
        <translation>Другое хранилище…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/unlock.py"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/unlock.py"/>
        <source>Rebuilding the search index for this version of Casefile (once)…</source>
        <translation>Поисковый индекс перестраивается для этой версии Casefile (один раз)…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/unlock.py"/>
        <source>Remember the places of recently opened vaults</source>
        <translation>Запоминать, где лежат недавно открытые хранилища</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/unlock.py"/>
        <source>Show passphrase</source>
        <translation>Показать парольную фразу</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/unlock.py"/>
        <source>The vault to unlock</source>
        <translation>Хранилище для разблокировки</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/unlock.py"/>
        <source>Type the vault's passphrase.</source>
        <translation>Введите парольную фразу хранилища.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/unlock.py"/>
        <source>Typing Cyrillic letters.</source>
        <translation>Ввод кириллицей.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/unlock.py"/>
        <source>Typing Latin letters.</source>
        <translation>Ввод латиницей.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/unlock.py"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/unlock.py"/>
        <source>Unlock Casefile</source>
        <translation>Разблокировать Casefile</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/unlock.py"/>
        <source>Unlocking…</source>
        <translation>Разблокировка…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/unlock.py"/>
        <source>Updating the vault for this version (a backup is made first)…</source>
        <translation>Хранилище обновляется для этой версии (сначала делается резервная копия)…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/unlock.py"/>
        <source>Use recovery key…</source>
        <translation>Ключ восстановления…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/unlock.py"/>
        <source>Vault:</source>
        <translation>Хранилище:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/unlock.py"/>
        <source>Wait %1 s</source>
        <translation>Подождите %1 с</translation>
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
        <translation>Casefile хранит материалы дел о людях, которым угрожает опасность (задержания, обвинения, заседания, жестокое обращение, обращения), в одном зашифрованном хранилище на этом компьютере. Программа работает полностью без интернета и ничего никуда не отправляет.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/welcome.py"/>
        <source>Choose a vault folder (its name ends in .casefile), for example one copied from another computer or restored from a backup.</source>
        <translation>Выберите папку хранилища (её имя оканчивается на .casefile), например скопированную с другого компьютера или восстановленную из резервной копии.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/welcome.py"/>
        <source>Create a new vault</source>
        <translation>Создать новое хранилище</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/welcome.py"/>
        <source>Explore the demo vault</source>
        <translation>Посмотреть демо-хранилище</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/welcome.py"/>
        <source>Look around with invented people and cases before entering real ones. The demo is kept apart from your own vault.</source>
        <translation>Осмотритесь на вымышленных людях и делах, прежде чем вводить настоящие. Демо хранится отдельно от вашего хранилища.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/welcome.py"/>
        <source>Open an existing vault</source>
        <translation>Открыть существующее хранилище</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/welcome.py"/>
        <source>Start an empty, encrypted vault protected by a passphrase you choose. You will get a recovery key to write down.</source>
        <translation>Создать пустое зашифрованное хранилище, защищённое выбранной вами парольной фразой. Вы получите ключ восстановления, который нужно записать.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/start/welcome.py"/>
        <source>Welcome to Casefile</source>
        <translation>Добро пожаловать в Casefile</translation>
    </message>
</context>
<context>
    <name>_BlankableDateEdit</name>
    <message>
        <location filename="../../casefile/ui/editors/field_widgets.py"/>
        <source>not set</source>
        <translation type="vanished">не задано</translation>
    </message>
</context>
<context>
    <name>_BlankableTimeEdit</name>
    <message>
        <location filename="../../casefile/ui/editors/field_widgets.py"/>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
</context>
<context>
    <name>_ClearableField</name>
    <message>
        <location filename="../../casefile/ui/editors/field_widgets.py"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Defendants</source>
        <translation>Обвиняемые</translation>
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
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/agenda_page.py"/>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Current status</source>
        <translation>Текущий статус</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Days in custody</source>
        <translation>Дней под стражей</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>Defendant</source>
        <translation>Обвиняемый</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>Held since</source>
        <translation>Под стражей с</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>Postponement</source>
        <translation>Перенос</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <source>Present</source>
        <translation>Присутствовали</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/case_page.py"/>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Term until</source>
        <translation>Срок до</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <location filename="../../casefile/ui/pages/trash_page.py"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <source>Times</source>
        <translation>Раз</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <location filename="../../casefile/ui/pages/disclosure_log_view.py"/>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/disclosure_log_view.py"/>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>About</source>
        <translation>О ком</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/disclosure_log_view.py"/>
        <location filename="../../casefile/ui/pages/trash_page.py"/>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/disclosure_log_view.py"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/disclosure_log_view.py"/>
        <source>Given to</source>
        <translation>Кому передано</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/disclosure_log_view.py"/>
        <source>How</source>
        <translation>Как</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/disclosure_log_view.py"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/disclosure_log_view.py"/>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/disclosure_log_view.py"/>
        <source>SHA-256 of the PDF</source>
        <translation>SHA-256 файла PDF</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Brought on</source>
        <translation>Дата обвинения</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Case numbers</source>
        <translation>Номера дел</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Code</source>
        <translation>Кодекс</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Given</source>
        <translation>Дано</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>How obtained</source>
        <translation>Как получено</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>In force</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Incident</source>
        <translation>Инцидент</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>May be shared with</source>
        <translation>Можно передавать</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Methods</source>
        <translation>Методы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Name use</source>
        <translation>Имя в документах</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Official response</source>
        <translation>Официальный ответ</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Reported to</source>
        <translation>Куда сообщено</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Sentence</source>
        <translation>Приговор</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Stage</source>
        <translation>Стадия</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Summary</source>
        <translation>Кратко</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/dossier_page.py"/>
        <source>Wording</source>
        <translation>Формулировка</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Born</source>
        <translation>Год рождения</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>Victim</source>
        <translation>Пострадавший</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/trash_page.py"/>
        <source>Deletion for good asked by</source>
        <translation>Кто запросил удаление навсегда</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/trash_page.py"/>
        <source>Moved to trash</source>
        <translation>Перемещено в корзину</translation>
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
        <translation>Casefile: внутренняя ошибка</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/errors.py"/>
        <source>Part of the vault's database could not be read: it is damaged. What you were doing was stopped and nothing was changed. Choose Tools › Check vault integrity to see what is damaged, then restore the newest backup that passes its check.</source>
        <translation>Часть базы данных хранилища не удалось прочитать: она повреждена. Начатое действие остановлено, ничего не изменено. Выберите Сервис › Проверить целостность хранилища, чтобы узнать, что повреждено, затем восстановите самую новую резервную копию, которая проходит проверку.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/errors.py"/>
        <source>Something went wrong inside Casefile. This is our fault, not yours.

Your records are safe: every save either finished completely or did not happen. If this keeps happening, tell the person who supports Casefile in your organisation what you were doing, and quote this line:

{summary}</source>
        <translation>Внутри Casefile что-то пошло не так. Это наша ошибка, а не ваша.

Ваши записи в сохранности: каждое сохранение либо завершилось полностью, либо не произошло вовсе. Если это повторяется, расскажите тому, кто поддерживает Casefile в вашей организации, что вы делали, и приведите эту строку:

{summary}</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/errors.py"/>
        <source>That passphrase is not correct. Check the keyboard layout and Caps Lock.</source>
        <translation>Парольная фраза неверна. Проверьте раскладку клавиатуры и Caps Lock.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/errors.py"/>
        <source>That recovery key is not valid. Check it character by character.</source>
        <translation>Ключ восстановления недействителен. Проверьте его знак за знаком.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/errors.py"/>
        <source>The vault's database is damaged and cannot be opened. Restore it from a backup (each backup is a complete copy in the vault's “backups” folder).</source>
        <translation>База данных хранилища повреждена и не может быть открыта. Восстановите её из резервной копии (каждая резервная копия — полная копия в папке хранилища «backups»).</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/errors.py"/>
        <source>The vault's key file (vault.keys) is damaged. Restore it from a backup, or open the vault with its recovery key: choose “Use recovery key…”.</source>
        <translation>Файл ключей хранилища (vault.keys) повреждён. Восстановите его из резервной копии или откройте хранилище ключом восстановления: выберите «Ключ восстановления…».</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/errors.py"/>
        <source>The vault's key file (vault.keys) is missing, so the passphrase cannot open it. You can still open the vault with its recovery key: choose “Use recovery key…”.</source>
        <translation>Файл ключей хранилища (vault.keys) отсутствует, поэтому парольная фраза не может его открыть. Хранилище всё ещё можно открыть ключом восстановления: выберите «Ключ восстановления…».</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/errors.py"/>
        <source>This is not a Casefile vault. Choose the vault's folder (its name ends in .casefile) or a file inside it.</source>
        <translation>Это не хранилище Casefile. Выберите папку хранилища (её имя оканчивается на .casefile) или файл в ней.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/errors.py"/>
        <source>This vault is already open in another Casefile window or on another account. Close it there first, then try again.</source>
        <translation>Это хранилище уже открыто в другом окне Casefile или под другой учётной записью. Сначала закройте его там, затем попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/kit/errors.py"/>
        <source>This vault was saved by a newer version of Casefile. Install the newer version to open it.</source>
        <translation>Это хранилище сохранено более новой версией Casefile. Чтобы открыть его, установите новую версию.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Aliases</source>
        <translation>Другие имена</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Arrested or held by</source>
        <translation>Кто задержал или удерживает</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Case numbers</source>
        <translation>Номера дел</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Charged on</source>
        <translation>Дата обвинения</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Circumstances</source>
        <translation>Обстоятельства</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Closed to the public</source>
        <translation>Закрытое заседание</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Code (law)</source>
        <translation>Кодекс</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Confidential</source>
        <translation>Конфиденциально</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Consent given on</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Consent withdrawn on</source>
        <translation>Дата отзыва согласия</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Contact details</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Date of the incident</source>
        <translation>Дата инцидента</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Date of the medical examination</source>
        <translation>Дата медицинского освидетельствования</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Defendant present</source>
        <translation>Обвиняемый присутствовал</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Detention term ends</source>
        <translation>Окончание срока содержания под стражей</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>How consent was obtained</source>
        <translation>Как получено согласие</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>ID document issued by</source>
        <translation>Кем выдан документ</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>ID document issued on</source>
        <translation>Дата выдачи документа</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>ID document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>ID document type</source>
        <translation>Вид документа</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Informed that state bodies may be contacted</source>
        <translation>Знает, что могут обратиться в госорганы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Injuries</source>
        <translation>Травмы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Judge</source>
        <translation>Судья</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Lawyer present</source>
        <translation>Адвокат присутствовал</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Legal basis</source>
        <translation>Правовое основание</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>May be made public</source>
        <translation>Можно публиковать</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>May be shared with embassies</source>
        <translation>Можно передавать посольствам</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>May be shared with the UN</source>
        <translation>Можно передавать в ООН</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Medical examiner</source>
        <translation>Кто проводил освидетельствование</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Medical findings</source>
        <translation>Медицинские заключения</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Methods</source>
        <translation>Методы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Monitors present</source>
        <translation>Наблюдатели присутствовали</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Name in documents sent out</source>
        <translation>Имя в отправляемых документах</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Nationalities</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Official response</source>
        <translation>Официальный ответ</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Ordered by</source>
        <translation>Кем назначено</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Other spellings of the name</source>
        <translation>Другие написания имени</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Perpetrators</source>
        <translation>Исполнители</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Perpetrators' rank</source>
        <translation>Звание исполнителей</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Perpetrators' unit</source>
        <translation>Подразделение исполнителей</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Profession</source>
        <translation>Профессия</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Reason for postponement</source>
        <translation>Причина переноса</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Reasons given</source>
        <translation>Названные причины</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Record kind</source>
        <translation>Вид записи</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Reliability</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Reported on</source>
        <translation>Дата сообщения</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Reported to</source>
        <translation>Куда сообщено</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Response received on</source>
        <translation>Дата ответа</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Risk level</source>
        <translation>Уровень риска</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Sent on</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Sentence</source>
        <translation>Приговор</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Start time</source>
        <translation>Время начала</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Summary</source>
        <translation>Кратко</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Usual address</source>
        <translation>Постоянный адрес</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Victim</source>
        <translation>Пострадавший</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Warrant shown</source>
        <translation>Предъявлено постановление</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Witnesses</source>
        <translation>Свидетели</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Wording</source>
        <translation>Формулировка</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/messages.py"/>
        <source>Date of arrest</source>
        <translation>Дата задержания</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/messages.py"/>
        <source>Date of the court decision</source>
        <translation>Дата решения суда</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/messages.py"/>
        <source>Date of the hearing</source>
        <translation>Дата заседания</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/messages.py"/>
        <source>End of the term</source>
        <translation>Окончание срока</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message numerus="yes">
        <location filename="../../casefile/ui/i18n/language.py"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/i18n/language.py"/>
        <source>%n day(s) in custody</source>
        <translation>
            <numerusform>%n день под стражей</numerusform>
            <numerusform>%n дня под стражей</numerusform>
            <numerusform>%n дней под стражей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Acquitted</source>
        <translation>Оправдан</translation>
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
        <translation>Вложение</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Blogger</source>
        <translation>Блогер</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Case participant</source>
        <translation>Участник дела</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Cassation</source>
        <translation>Кассация</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Charge</source>
        <translation>Обвинение</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Charges</source>
        <translation>Обвинения</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Convicted</source>
        <translation>Осуждён</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Critical</source>
        <translation>Критический</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Defendant</source>
        <translation>Обвиняемый</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Detention</source>
        <translation>Лишение свободы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Detention event</source>
        <translation>Событие лишения свободы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Detention extended</source>
        <translation>Мера пресечения продлена</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Detention extension</source>
        <translation>Продление меры пресечения</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Detention facility</source>
        <translation>Место содержания</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Disappeared</source>
        <translation>Пропал без вести</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Dropped</source>
        <translation>Снято</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Expelled</source>
        <translation>Выслан</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Hearing</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Hearings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Held</source>
        <translation>Состоялось</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>House arrest</source>
        <translation>Домашний арест</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Human rights defender</source>
        <translation>Правозащитник</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Ill-treatment</source>
        <translation>Жестокое обращение</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Ill-treatment report</source>
        <translation>Сообщение о жестоком обращении</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Imprisoned</source>
        <translation>В заключении</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Initials only</source>
        <translation>Только инициалы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Intervention</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Interventions</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Investigation</source>
        <translation>Следствие</translation>
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
        <translation>Низкий</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Media outlet</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Membership</source>
        <translation>Членство</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>NGO</source>
        <translation>НКО</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>No detention record</source>
        <translation>Нет данных</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Pending</source>
        <translation>Не рассмотрено</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Police custody</source>
        <translation>Задержан полицией</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Postponed</source>
        <translation>Отложено</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Pre-trial detention</source>
        <translation>Под стражей до суда</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Preliminary hearing</source>
        <translation>Предварительное слушание</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Probation</source>
        <translation>Условный срок</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Prosecutor</source>
        <translation>Прокурор</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Relative</source>
        <translation>Родственник</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Released</source>
        <translation>Освобождён</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Source link</source>
        <translation>Ссылка на источник</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>State body</source>
        <translation>Государственный орган</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Travel ban</source>
        <translation>Запрет на выезд</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Trial</source>
        <translation>Суд</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Trial session</source>
        <translation>Судебное заседание</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Verdict</source>
        <translation>Приговор</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Victim</source>
        <translation>Пострадавший</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/labels.py"/>
        <source>Witness</source>
        <translation>Свидетель</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source> and %1 more</source>
        <translation> и ещё %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>"%1" is not a redaction profile. Use one of: %2 (several redactions may be joined with commas).</source>
        <translation>«%1» — не профиль скрытия. Используйте один из: %2 (несколько можно перечислить через запятую).</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>"%1" is not a report format. Use one of: %2.</source>
        <translation>«%1» — не формат отчёта. Используйте один из: %2.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>"%1" is not a report template. Use one of: %2.</source>
        <translation>«%1» — не шаблон отчёта. Используйте один из: %2.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 %2 has no day %3</source>
        <translation>в месяце %1 %2 года нет %3-го числа</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 %2 has no day %3.</source>
        <translation>В месяце %1 %2 нет %3-го числа.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 already exists. Choose another name or place.</source>
        <translation>%1 уже существует. Выберите другое имя или место.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 already exists; choose an empty folder or allow replacing it. Nothing was written.</source>
        <translation>%1 уже существует; выберите пустую папку или разрешите замену. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 already holds %2; choose an empty folder so nothing is replaced.</source>
        <translation>В %1 уже есть %2; выберите пустую папку, чтобы ничего не заменить.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 cannot be written: permission denied. Choose another place, or ask for access to that folder. Nothing was written.</source>
        <translation>Не удалось записать %1: нет доступа. Выберите другое место или попросите доступ к этой папке. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 could not be made (%2). Choose another place. Nothing was written.</source>
        <translation>Не удалось создать %1 (%2). Выберите другое место. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 could not be written (%2). Choose another place, or try again. Nothing was written.</source>
        <translation>Не удалось записать %1 (%2). Выберите другое место или попробуйте снова. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 is a file, not a folder. Choose a folder.</source>
        <translation>%1 — файл, а не папка. Выберите папку.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 is a folder, not a bundle file.</source>
        <translation>%1 — это папка, а не файл пакета.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 is a folder. Give a file name instead. Nothing was written.</source>
        <translation>%1 — это папка. Укажите вместо неё имя файла. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 is a link, and Casefile does not write through links (it could lead anywhere). Remove it or choose an empty folder. Nothing was written there.</source>
        <translation>%1 — ссылка, а Casefile не записывает через ссылки (ссылка может вести куда угодно). Удалите её или выберите пустую папку. Туда ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 is a link, and Casefile does not write through links. Remove it or choose an empty folder. Nothing was written.</source>
        <translation>%1 — ссылка, а Casefile не записывает через ссылки. Удалите её или выберите пустую папку. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 is in the way: it is not a folder. Remove it or choose an empty folder. Nothing was written there.</source>
        <translation>%1 мешает: это не папка. Удалите это или выберите пустую папку. Туда ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 is not a Casefile backup (vault.db and vault.keys).</source>
        <translation>%1 — не резервная копия Casefile (vault.db и vault.keys).</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 is not a Casefile vault: it has no %2. Choose the vault's folder (NAME.casefile) or a file inside it.</source>
        <translation>%1 — не хранилище Casefile: в нём нет %2. Выберите папку хранилища (ИМЯ.casefile) или файл в ней.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 is not a folder, so no backup was made. Choose a folder.</source>
        <translation>%1 — не папка, поэтому резервная копия не сделана. Выберите папку.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 is not a folder.</source>
        <translation>%1 — не папка.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 is not a real date: %2.</source>
        <translation>%1 — несуществующая дата: %2.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 is not a record id.</source>
        <translation>%1 — не идентификатор записи.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 is on a read-only disk. Choose another place. Nothing was written.</source>
        <translation>%1 находится на диске только для чтения. Выберите другое место. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 is required.</source>
        <translation>Поле «%1» обязательно.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 is too long: at most %2 characters.</source>
        <translation>Поле «%1» слишком длинное: не больше %2 символов.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 needs an exact date with day, month and year, like 12.04.2024.</source>
        <translation>Для поля «%1» нужна точная дата с днём, месяцем и годом, например 12.04.2024.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 of %2 pages are damaged (they fail their authentication check): page %3%4. They were changed outside Casefile or by a disk fault. Restore from a backup.</source>
        <translation>Повреждено страниц: %1 из %2 (они не проходят проверку подлинности): страница %3%4. Они изменены вне Casefile или из-за сбоя диска. Восстановите хранилище из резервной копии.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 of %2 pages are damaged (they fail their authentication check): pages %3%4. They were changed outside Casefile or by a disk fault. Restore from a backup.</source>
        <translation>Повреждено страниц: %1 из %2 (они не проходят проверку подлинности): страницы %3%4. Они изменены вне Casefile или из-за сбоя диска. Восстановите хранилище из резервной копии.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 of %2 rows cannot be imported (the first on line %3). Nothing was imported. Run a dry run to see why, then fix the file or skip those rows.</source>
        <translation>Строк, которые нельзя импортировать: %1 из %2 (первая — в строке %3). Ничего не импортировано. Сделайте пробный прогон, чтобы узнать причину, затем исправьте файл или пропустите эти строки.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 was written, but its folder could not be flushed to disk (%2). Check the file, and write it again if it is incomplete.</source>
        <translation>%1 записан, но содержимое его папки не удалось сбросить на диск (%2). Проверьте файл и запишите его заново, если он неполный.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1 would lie outside %2, so it was not written. Choose an empty folder.</source>
        <translation>%1 оказался бы вне %2, поэтому он не записан. Выберите пустую папку.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1: "%2" is not one of the choices. Pick one from the list.</source>
        <translation>%1: «%2» нет среди вариантов. Выберите значение из списка.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>%1: type the time like 10:30 (hours and minutes).</source>
        <translation>%1: введите время в виде 10:30 (часы и минуты).</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>A bundle is sealed to between 1 and %1 devices.</source>
        <translation>Пакет шифруется для числа устройств от 1 до %1.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>A bundle passphrase is needed.</source>
        <translation>Нужна парольная фраза пакета.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>A date is required.</source>
        <translation>Нужна дата.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>A day cannot be given without a month.</source>
        <translation>Нельзя указать день без месяца.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>A device is trusted as a partner or as a contributor.</source>
        <translation>Устройству можно доверять как партнёру или как участнику.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>A document for a UN body is written in English or Russian, not in %1.</source>
        <translation>Документ для органа ООН составляется на английском или русском языке, а не на языке «%1».</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>A file in this vault does not match its checksum; run the integrity check. No bundle was made.</source>
        <translation>Файл в этом хранилище не совпадает со своей контрольной суммой; запустите проверку целостности. Пакет не создан.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>A label may have at most %1 characters.</source>
        <translation>Название может содержать не больше %1 символов.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>A new term needs an English and a Russian label.</source>
        <translation>Новому термину нужны английское и русское названия.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>A scope may name at most %1 people and cases.</source>
        <translation>Область может включать не более %1 людей и дел.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>An attached file's stored copy does not match the one added, so it was not exported. Check the vault (casefile check), then restore it from a backup to get the file back.</source>
        <translation>Сохранённая копия прикреплённого файла не совпадает с добавленной, поэтому он не экспортирован. Проверьте хранилище (casefile check), затем восстановите его из резервной копии, чтобы вернуть файл.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>At most %1 articles at once.</source>
        <translation>Не более %1 статей за раз.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Cannot read "%1" as a date. %2</source>
        <translation>Не удаётся прочитать «%1» как дату. %2</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Cannot read "%1" as a date: "%2" is not a month name. %3</source>
        <translation>Не удаётся прочитать «%1» как дату: «%2» — не название месяца. %3</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Cannot read "%1" as a date: %2.</source>
        <translation>Не удаётся прочитать «%1» как дату: %2.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Cannot read "%1" as a date: please type the year in full, for example 12.04.2024.</source>
        <translation>Не удаётся прочитать «%1» как дату: введите год полностью, например 12.04.2024.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Casefile reads CSV files in UTF-8 or Windows-1251 (cp1251), not “%1”.</source>
        <translation>Casefile читает CSV-файлы в кодировке UTF-8 или Windows-1251 (cp1251), а не «%1».</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Casefile refused to make a file name in %1 from the data it was given. Nothing was written there.</source>
        <translation>Casefile отказался составлять имя файла в %1 из переданных ему данных. Туда ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Charges belong to a case: choose the case or give the new case a title.</source>
        <translation>Обвинения относятся к делу: выберите дело или дайте новому делу название.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Choose at least one partner.</source>
        <translation>Выберите хотя бы одного партнёра.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Choose mine, theirs or edit.</source>
        <translation>Выберите: моё, их или правка.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Demo cases can only be added to an empty vault.</source>
        <translation>Демо-дела можно добавить только в пустое хранилище.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Every page is authentic, but the database's structure is inconsistent. Restore from a backup. Details:</source>
        <translation>Все страницы подлинные, но структура базы данных нарушена. Восстановите хранилище из резервной копии. Подробности:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Line %1 has %2 cells but the header has %3. Every row must have the same columns as the header.</source>
        <translation>В строке %1 ячеек: %2, а в заголовке: %3. Во всех строках должны быть те же столбцы, что и в заголовке.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Line %1 has a cell longer than %2 characters. Shorten it, or leave that column out, and import again.</source>
        <translation>В строке %1 есть ячейка длиннее %2 символов. Сократите её или исключите этот столбец и повторите импорт.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Line %1 has more than %2 cells; Casefile reads at most %3 columns. Delete the columns you do not import, or export only the ones you need, and import again.</source>
        <translation>В строке %1 больше %2 ячеек; Casefile читает не больше %3 столбцов. Удалите столбцы, которые вы не импортируете, или экспортируйте только нужные и повторите импорт.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Line %1: the CSV is malformed (%2).</source>
        <translation>Строка %1: ошибка формата CSV (%2).</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>No column is mapped to full_name.</source>
        <translation>Ни один столбец не сопоставлен с full_name.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>No column is mapped to scheduled_date.</source>
        <translation>Ни один столбец не сопоставлен с scheduled_date.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>No column is mapped to the case (case_id or case).</source>
        <translation>Ни один столбец не сопоставлен с делом (case_id или case).</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>No column matches a field. The first row must be the header, with field names such as full_name, or give a column mapping.</source>
        <translation>Ни один столбец не соответствует полю. Первая строка должна быть заголовком с именами полей, например full_name, или задайте сопоставление столбцов.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>No defendant of this case is recorded in pre-trial detention: add the detention to the person first.</source>
        <translation>Ни один обвиняемый по этому делу не записан как находящийся под стражей: сначала добавьте человеку содержание под стражей.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>No partner device "%1". Add it as a trusted device first.</source>
        <translation>Нет устройства-партнёра «%1». Сначала добавьте его как доверенное.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>No person or case with this id (or it is in the trash).</source>
        <translation>Нет человека или дела с таким идентификатором (или запись в корзине).</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>No person with this id (or it is in the trash).</source>
        <translation>Нет человека с таким идентификатором (или запись в корзине).</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>No person with this id.</source>
        <translation>Нет человека с таким идентификатором.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>No purge of this record is waiting.</source>
        <translation>Для этой записи нет ожидающего удаления навсегда.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>No sync folder is set for this vault.</source>
        <translation>Для этого хранилища не задана папка синхронизации.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Not a date. Type it like 21.12.2026, 12.2026 or 2026.</source>
        <translation>Это не дата. Введите её так: 21.12.2026, 12.2026 или 2026.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Not a date. Type it like 21.12.2026.</source>
        <translation>Это не дата. Введите её так: 21.12.2026.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Not a time. Type it like 14:30.</source>
        <translation>Это не время. Введите его так: 14:30.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Other records still refer to this one (%1). Delete those and empty them from the trash first.</source>
        <translation>На эту запись ещё ссылаются другие (%1). Сначала удалите их и очистите их из корзины.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Please choose an outcome from the list.</source>
        <translation>Выберите итог из списка.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Please choose the %1.</source>
        <translation>Выберите: %1.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Please choose the person or the case this intervention is about.</source>
        <translation>Выберите человека или дело, которых касается обращение.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Please choose the person or type a new person's name.</source>
        <translation>Выберите человека или введите имя нового.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Please give the device a name.</source>
        <translation>Дайте устройству имя.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Please give the file a title.</source>
        <translation>Дайте файлу название.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>SQLCipher is not available, so the vault cannot be encrypted. Casefile refuses to start. Reinstall Casefile.</source>
        <translation>SQLCipher недоступен, поэтому хранилище нельзя зашифровать. Casefile не будет запускаться. Переустановите Casefile.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Several partners are called "%1"; use the device id.</source>
        <translation>Несколько партнёров называются «%1»; используйте идентификатор устройства.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Strong enough.</source>
        <translation>Достаточно надёжная.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Strong: a passphrase of many words.</source>
        <translation>Надёжная: парольная фраза из многих слов.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>That folder is the vault itself, not one of its backups.</source>
        <translation>Эта папка — само хранилище, а не его резервная копия.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>That is this vault's own device.</source>
        <translation>Это устройство самого хранилища.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The %1 about this case was not made because %2 of the %3 defendants have no consent in force that covers %4. Record their consent first, or give a reason to override it; the override is kept in the person's history.</source>
        <translation>Документ «%1» по этому делу не подготовлен: у %2 из %3 подсудимых нет действующего согласия, которое распространяется на %4. Сначала внесите их согласие или укажите причину, чтобы действовать без него; это решение сохраняется в истории человека.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The %1 about this person was not made because %2. Record their consent first, or give a reason to override it; the override is kept in the person's history.</source>
        <translation>Документ «%1» об этом человеке не подготовлен: %2. Сначала внесите согласие или укажите причину, чтобы действовать без него; это решение сохраняется в истории человека.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The %1 cannot be before the %2.</source>
        <translation>«%1» не может быть раньше, чем «%2».</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The English label needs at least one letter or digit.</source>
        <translation>В английском названии должна быть хотя бы одна буква или цифра.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The backup could not be copied into the vault: %1</source>
        <translation>Не удалось скопировать резервную копию в хранилище: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The backup could not be written to %1: %2</source>
        <translation>Не удалось записать резервную копию в %1: %2</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The backup failed its check and was removed: %1</source>
        <translation>Резервная копия не прошла проверку и удалена: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The backup is damaged and was not restored: %1</source>
        <translation>Резервная копия повреждена и не восстановлена: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The bundle passphrase is not correct.</source>
        <translation>Парольная фраза пакета неверна.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The bundle refers to records that are not in this vault, so nothing was imported. Ask the sender for a bundle with everything.</source>
        <translation>Пакет ссылается на записи, которых нет в этом хранилище, поэтому ничего не импортировано. Попросите отправителя прислать полный пакет.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The chosen %1 no longer exists or is in the trash. Choose another.</source>
        <translation>Выбранная запись (%1) больше не существует или находится в корзине. Выберите другую.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The current passphrase is not correct.</source>
        <translation>Текущая парольная фраза неверна.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The disk holding %1 is full, so no backup was made. Free space there, or choose another place.</source>
        <translation>Диск, на котором находится %1, заполнен, поэтому резервная копия не сделана. Освободите на нём место или выберите другое расположение.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The disk holding %1 is full; free space or choose another place. Nothing was written.</source>
        <translation>Диск, на котором находится %1, заполнен; освободите место или выберите другое расположение. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The disk holding the vault %1 is full; free space and try again. Nothing was changed.</source>
        <translation>Диск с хранилищем %1 заполнен; освободите место и попробуйте снова. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The duress passphrase must be different from the vault's passphrase.</source>
        <translation>Парольная фраза под принуждением должна отличаться от парольной фразы хранилища.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The file has more than %1 cells (rows × columns). Split it into smaller files, or delete the columns you do not import.</source>
        <translation>В файле больше %1 ячеек (строки × столбцы). Разделите его на файлы поменьше или удалите столбцы, которые вы не импортируете.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The file has more than %1 rows. Split it into smaller files and import each.</source>
        <translation>В файле больше %1 строк. Разделите его на файлы поменьше и импортируйте каждый.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The file holds binary data; it does not look like a CSV file.</source>
        <translation>В файле двоичные данные; он не похож на CSV.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The file is UTF-8 text, not %1. Read it as UTF-8.</source>
        <translation>Файл в кодировке UTF-8, а не %1. Прочитайте его как UTF-8.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The file is larger than %1 MB. Split it into smaller files and import each.</source>
        <translation>Файл больше %1 МБ. Разделите его на файлы поменьше и импортируйте каждый.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The file is not %1 text (unreadable byte at position %2). Save it again as “CSV UTF-8” and import that.</source>
        <translation>Файл не в кодировке %1 (нечитаемый байт в позиции %2). Сохраните его заново как «CSV UTF-8» и импортируйте.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The file is not UTF-8 text (unreadable byte at position %1). It looks like Windows-1251, as Russian Excel saves “CSV”: read it as Windows-1251, or save it again as “CSV UTF-8”.</source>
        <translation>Файл не в кодировке UTF-8 (нечитаемый байт в позиции %1). Похоже, это Windows-1251 — так русскоязычный Excel сохраняет «CSV»: прочитайте его как Windows-1251 или сохраните заново как «CSV UTF-8».</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The file is not UTF-8 text (unreadable byte at position %1). Save it again as “CSV UTF-8” and import that.</source>
        <translation>Файл не в кодировке UTF-8 (нечитаемый байт в позиции %1). Сохраните его заново как «CSV UTF-8» и импортируйте.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The file is saved as UTF-16. Save it again as “CSV UTF-8” and import that.</source>
        <translation>Файл сохранён в UTF-16. Сохраните его заново как «CSV UTF-8» и импортируйте.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The file “%1” is larger than %2 MB. Split it into smaller files and import each.</source>
        <translation>Файл «%1» больше %2 МБ. Разделите его на файлы поменьше и импортируйте каждый.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The folder %1 does not exist (is the disk or USB stick still connected?). Choose another place. Nothing was written.</source>
        <translation>Папки %1 не существует (подключён ли ещё диск или USB-флешка?). Выберите другое место. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The folder %1 does not exist, so no backup was made. If it is on a USB stick or another disk, connect and open it first; otherwise create the folder, or choose one that exists.</source>
        <translation>Папки %1 не существует, поэтому резервная копия не сделана. Если она на USB-флешке или другом диске, сначала подключите и откройте его; иначе создайте папку или выберите существующую.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The header names the column “%1” twice.</source>
        <translation>В заголовке столбец «%1» указан дважды.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The key file of this vault is damaged. Open the vault with its recovery key.</source>
        <translation>Файл ключей этого хранилища повреждён. Откройте хранилище ключом восстановления.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The key file of this vault was written by a newer version of Casefile. Install the newer version to open this vault.</source>
        <translation>Файл ключей этого хранилища записан более новой версией Casefile. Установите новую версию, чтобы открыть это хранилище.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The list already has this term (“%1”).</source>
        <translation>В списке уже есть этот термин («%1»).</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The list “%1” is fixed; it cannot take new terms.</source>
        <translation>Список «%1» фиксированный; в него нельзя добавлять термины.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The mapping file is not valid JSON. Write it like {"Name": "full_name"}.</source>
        <translation>Файл сопоставления — не корректный JSON. Пишите так: {"Name": "full_name"}.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The mapping must be a JSON object of column names to field names, like {"Name": "full_name", "Born": "birth_date"}.</source>
        <translation>Сопоставление должно быть JSON-объектом «столбец → поле», например {"Name": "full_name", "Born": "birth_date"}.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The mapping names a column “%1” that the file does not have.</source>
        <translation>В сопоставлении указан столбец «%1», которого нет в файле.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The medium must be one of %1.</source>
        <translation>Способ должен быть одним из: %1.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The name %1 is too long. Choose a shorter one. Nothing was written.</source>
        <translation>Имя %1 слишком длинное. Выберите более короткое. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The new date cannot be before the date of the postponed hearing.</source>
        <translation>Новая дата не может быть раньше даты отложенного заседания.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The passphrase is not correct.</source>
        <translation>Парольная фраза неверна.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The passphrase is not correct. A change of the vault's key was interrupted after it took effect: open the vault with the new passphrase chosen then.</source>
        <translation>Парольная фраза неверна. Смена ключа хранилища была прервана уже после того, как вступила в силу: откройте хранилище новой парольной фразой, выбранной тогда.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The passphrase is not correct. A change of the vault's key was interrupted before it took effect, so the vault still opens with the passphrase it had before.</source>
        <translation>Парольная фраза неверна. Смена ключа хранилища была прервана до того, как вступила в силу, поэтому хранилище по-прежнему открывается прежней парольной фразой.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The person withdrew their consent to share this. Overriding a withdrawal needs a second, explicit confirmation.</source>
        <translation>Человек отозвал согласие на передачу этих сведений. Чтобы обойти отзыв, нужно второе, явное подтверждение.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The person withdrew their consent. To send this document all the same, say why in at least %1 characters and %2 words; the reason is kept in their history.</source>
        <translation>Человек отозвал согласие. Чтобы всё равно отправить документ, объясните причину не менее чем в %1 символах и %2 словах; причина сохраняется в его истории.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The record of this conflict no longer exists.</source>
        <translation>Записи этого конфликта больше нет.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The recovery key is not valid. Check it for typing mistakes.</source>
        <translation>Ключ восстановления недействителен. Проверьте, нет ли в нём опечаток.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The source must be linked to a record.</source>
        <translation>Источник должен быть связан с записью.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The sync folder %1 does not exist or is not a folder.</source>
        <translation>Папка синхронизации %1 не существует или не является папкой.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The vault has tables but no schema version. It is damaged.</source>
        <translation>В хранилище есть таблицы, но нет версии схемы. Оно повреждено.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The vault is intact: all %1 pages pass their authentication check.</source>
        <translation>Хранилище цело: все страницы (%1) прошли проверку подлинности.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The vault's database cannot be decrypted: the file is damaged, or the key does not belong to it. Restore it from a backup, or use its recovery key.</source>
        <translation>Базу данных хранилища не удаётся расшифровать: файл повреждён или ключ к нему не подходит. Восстановите её из резервной копии или используйте ключ восстановления.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The vault's database file is empty. Restore it from a backup.</source>
        <translation>Файл базы данных хранилища пуст. Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The vault's database file is truncated (it ends in the middle of a page). Restore it from a backup.</source>
        <translation>Файл базы данных хранилища обрезан (обрывается посреди страницы). Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The vault's database is damaged and cannot be read. %1</source>
        <translation>База данных хранилища повреждена и не читается. %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The vault's database is damaged and cannot be read. Restore it from a backup.</source>
        <translation>База данных хранилища повреждена и не читается. Восстановите её из резервной копии.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The vault's database is damaged, so no backup was made (it would carry the damage). Check the vault (casefile check) to see which pages are damaged, then restore the newest backup that passes its check.</source>
        <translation>База данных хранилища повреждена, поэтому резервная копия не сделана (повреждение перешло бы в неё). Проверьте хранилище (casefile check), чтобы узнать, какие страницы повреждены, затем восстановите самую новую резервную копию, которая проходит проверку.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The vault's database is damaged: part of it could not be read, so this was stopped and nothing was changed. Check the vault (casefile check, or Tools › Check vault integrity) to see which pages are damaged, then restore the newest backup that passes its check (casefile restore BACKUP_FOLDER).</source>
        <translation>База данных хранилища повреждена: часть её не удалось прочитать, поэтому действие остановлено и ничего не изменено. Проверьте хранилище (casefile check или Сервис › Проверить целостность хранилища), чтобы узнать, какие страницы повреждены, затем восстановите самую новую резервную копию, которая проходит проверку (casefile restore BACKUP_FOLDER).</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The vault's database is empty. Restore it from a backup.</source>
        <translation>База данных хранилища пуста. Восстановите её из резервной копии.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The year %1 is outside the range Casefile accepts (%2 to %3).</source>
        <translation>Год %1 вне допустимого в Casefile диапазона (от %2 до %3).</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>The year must be between %1 and %2.</source>
        <translation>Год должен быть между %1 и %2.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>There is no brief to put together: nobody could be included.</source>
        <translation>Справку составить не из чего: никого нельзя включить.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>There is no list called “%1”.</source>
        <translation>Списка «%1» нет.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>There is no month %1.</source>
        <translation>Месяца %1 не существует.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>There is no open conflict number %1.</source>
        <translation>Нет открытого конфликта номер %1.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>There is no vault at %1.</source>
        <translation>В %1 нет хранилища.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>There is nobody to report on.</source>
        <translation>Отчитываться не о ком.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This bundle carries dates far in the future, so it was refused and nothing was imported. Check the date and time on the laptop that made it, then ask for a new bundle. If the date there is right, the bundle may have been altered.</source>
        <translation>В этом пакете есть даты из далёкого будущего, поэтому он отклонён и ничего не импортировано. Проверьте дату и время на ноутбуке, где он был сделан, затем попросите новый пакет. Если дата там верна, пакет мог быть изменён.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This bundle contains record ids or references that are not valid ids. It may have been altered by its sender. Nothing was imported; ask the sender for a new bundle, and tell the person who looks after your laptops.</source>
        <translation>В этом пакете есть идентификаторы записей или ссылки, которые не являются допустимыми идентификаторами. Возможно, его изменил отправитель. Ничего не импортировано; попросите отправителя прислать новый пакет и сообщите тому, кто обслуживает ваши ноутбуки.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This bundle from %1 would delete or change %2 records (more than %3). Nothing was imported. Look through the list; if these changes are expected, import it again and confirm them. If not, do not import it, and ask the sender what happened.</source>
        <translation>Этот пакет (отправитель — %1) удалил бы или изменил записей: %2 (больше %3). Ничего не импортировано. Просмотрите список; если эти изменения ожидаемы, импортируйте пакет снова и подтвердите их. Если нет, не импортируйте его и спросите отправителя, что случилось.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This bundle holds more changes than one bundle may. Nothing was imported. Ask the sender to send the people or cases in several bundles.</source>
        <translation>В этом пакете больше изменений, чем допускается в одном пакете. Ничего не импортировано. Попросите отправителя прислать людей или дела несколькими пакетами.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This bundle is in an old format that must be read whole, and it is larger than %1 MiB. Ask the sender to update Casefile and send it again.</source>
        <translation>Этот пакет в старом формате, который читается целиком, и он больше %1 МиБ. Попросите отправителя обновить Casefile и отправить пакет снова.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This bundle needs its passphrase.</source>
        <translation>Для этого пакета нужна его парольная фраза.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This bundle was encrypted for another vault.</source>
        <translation>Этот пакет зашифрован для другого хранилища.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This bundle was made by a newer version of Casefile. Update Casefile to import it.</source>
        <translation>Этот пакет создан более новой версией Casefile. Обновите Casefile, чтобы импортировать его.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This bundle was made by this vault itself; there is nothing to import.</source>
        <translation>Этот пакет создан этим же хранилищем; импортировать нечего.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This bundle was made for another device (%1), not this vault. Nothing was imported; ask the sender for a bundle made for this vault.</source>
        <translation>Этот пакет сделан для другого устройства (%1), а не для этого хранилища. Ничего не импортировано; попросите отправителя сделать пакет для этого хранилища.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This bundle was signed by a device this vault does not trust (fingerprint %1). Compare the fingerprint with the sender, by phone for example, and add the device as trusted before importing. Nothing was imported.</source>
        <translation>Этот пакет подписан устройством, которому это хранилище не доверяет (отпечаток %1). Сверьте отпечаток с отправителем, например по телефону, и добавьте устройство как доверенное перед импортом. Ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This bundle would hold too many changes for one file. Send the people or cases in several bundles.</source>
        <translation>Для одного файла изменений слишком много. Отправьте людей или дела несколькими пакетами.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This case has no defendants to report on.</source>
        <translation>В этом деле нет обвиняемых, о которых можно отчитаться.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This change cannot be undone: a record it referred to was deleted for good.</source>
        <translation>Это изменение нельзя отменить: запись, на которую оно ссылалось, удалена навсегда.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This device card is incomplete or mistyped.</source>
        <translation>Карточка устройства неполная или содержит опечатку.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This device's keys differ from the ones known for it.</source>
        <translation>Ключи этого устройства отличаются от известных.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This field needs a full date, like 21.12.2026.</source>
        <translation>В этом поле нужна полная дата, например 21.12.2026.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This field needs an exact date, without “c.”.</source>
        <translation>В этом поле нужна точная дата, без «ок.».</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This file is larger than %1 MiB, the most Casefile keeps in a vault.</source>
        <translation>Этот файл больше %1 МиБ — наибольшего размера, который Casefile хранит в хранилище.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This file is not a Casefile bundle, or it was altered or cut short after it was made. Nothing was imported; ask the sender for a new copy.</source>
        <translation>Этот файл — не пакет Casefile, или он был изменён или обрезан после создания. Ничего не импортировано; попросите отправителя прислать новую копию.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This file is too large to show here. Export it to open it with another program.</source>
        <translation>Этот файл слишком большой, чтобы показать его здесь. Экспортируйте его, чтобы открыть в другой программе.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This file no longer exists or is in the trash.</source>
        <translation>Этого файла больше нет, или он в корзине.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This file was removed while it was being read.</source>
        <translation>Файл был удалён во время чтения.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This hearing has already been postponed.</source>
        <translation>Это заседание уже отложено.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This hearing was postponed to a new date. Undo the postponement to change its outcome.</source>
        <translation>Это заседание перенесено на новую дату. Чтобы изменить его итог, отмените перенос.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This import cannot be undone: it is not in this vault's list of received bundles, was undone already, or was made by an older Casefile. Restore a backup from before it instead.</source>
        <translation>Этот импорт нельзя отменить: его нет в списке полученных пакетов этого хранилища, он уже отменён или сделан старой версией Casefile. Восстановите вместо этого резервную копию, сделанную до него.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This is not a Casefile device card (one starts with %1).</source>
        <translation>Это не карточка устройства Casefile (она начинается с %1).</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This person is already in this case with this role.</source>
        <translation>Этот человек уже участвует в деле в этой роли.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This record belongs to "%1", which is also in the trash. Restore that first.</source>
        <translation>Эта запись относится к «%1», которая тоже в корзине. Сначала восстановите её.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This record is not in the trash.</source>
        <translation>Этой записи нет в корзине.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This record no longer exists or is in the trash.</source>
        <translation>Этой записи больше нет, или она в корзине.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This record was changed in another window since you opened it. Close this editor and open the record again.</source>
        <translation>Эту запись изменили в другом окне после того, как вы её открыли. Закройте редактор и откройте запись снова.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This record was deleted for good on another laptop. It stays in the trash only while other records refer to it, and cannot be restored.</source>
        <translation>Эта запись удалена навсегда на другом ноутбуке. Она остаётся в корзине, только пока на неё ссылаются другие записи, и её нельзя восстановить.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This recovery key does not open this vault, or the vault's database is damaged. Check that it is the recovery key of this vault, and the newest one: a recovery key that was replaced no longer opens it.</source>
        <translation>Этот ключ восстановления не открывает это хранилище, или база данных хранилища повреждена. Проверьте, что это ключ восстановления именно этого хранилища и самый новый: заменённый ключ восстановления его больше не открывает.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This recovery key does not open this vault, or the vault's database is damaged. Check that it is the recovery key of this vault.</source>
        <translation type="vanished">Этот ключ восстановления не открывает хранилище, или база данных хранилища повреждена. Проверьте, что это ключ восстановления именно этого хранилища.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This recovery key does not open this vault.</source>
        <translation>Этот ключ восстановления не открывает это хранилище.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This step cannot be undone or redone any more: a record it changed was changed again since, or deleted for good.</source>
        <translation>Этот шаг больше нельзя отменить или повторить: изменённую им запись с тех пор снова изменили или удалили навсегда.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This value does not fit the field: %1</source>
        <translation>Значение не подходит для поля: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This vault is open in another window or process. Close it there first, then try again.</source>
        <translation>Это хранилище открыто в другом окне или процессе. Сначала закройте его там, затем попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This vault was written by a newer version of Casefile. Update Casefile to open it; the vault has not been changed.</source>
        <translation>Это хранилище записано более новой версией Casefile. Обновите Casefile, чтобы открыть его; хранилище не изменено.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This vault's database is not encrypted. Casefile refuses to open it, so that nothing is ever written in plaintext.</source>
        <translation>База данных этого хранилища не зашифрована. Casefile не станет её открывать, чтобы ничего не записывалось открытым текстом.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This vault's key file is missing. It may have been erased. Open the vault with its recovery key.</source>
        <translation>Файл ключей этого хранилища отсутствует. Возможно, он был стёрт. Откройте хранилище ключом восстановления.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>This vault's recovery file (vault.recovery) is damaged, so the recovery key cannot open it. Copy vault.recovery from a recent backup of this vault into the vault's folder.</source>
        <translation>Файл восстановления этого хранилища (vault.recovery) повреждён, поэтому ключ восстановления не может его открыть. Скопируйте vault.recovery из недавней резервной копии этого хранилища в папку хранилища.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Too easy to guess. Use %1 random words, or add unusual words.</source>
        <translation>Слишком легко угадать. Используйте %1 случайных слов или добавьте необычные слова.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Too easy to guess: use the generated words.</source>
        <translation>Слишком легко угадать: используйте сгенерированные слова.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Too short: use at least %1 characters, or better, %2 random words.</source>
        <translation>Слишком коротко: не меньше %1 символов, а лучше %2 случайных слов.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Too short: use at least %1 characters, or the generated words.</source>
        <translation>Слишком коротко: не меньше %1 символов или сгенерированные слова.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Two columns are mapped to the field “%1”.</source>
        <translation>С полем «%1» сопоставлены два столбца.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Type it like 12.04.2024, 04.2024 or 2024, with "c." in front if it is approximate.</source>
        <translation>Пишите так: 12.04.2024, 04.2024 или 2024, а если дата приблизительная — с «ок.» в начале.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Type the year too, like 21.12.2026.</source>
        <translation>Введите и год, например 21.12.2026.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>UN bodies</source>
        <translation>органы ООН</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>Words repeat: use %1 different random words.</source>
        <translation>Слова повторяются: используйте %1 разных случайных слов.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>a day cannot be given without a month</source>
        <translation>день нельзя указать без месяца</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>embassies</source>
        <translation>посольства</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>no consent is recorded for them</source>
        <translation>согласие не записано</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>the year must be between %1 and %2</source>
        <translation>год должен быть от %1 до %2</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>their consent does not include %1</source>
        <translation>согласие не распространяется на %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>their consent has been withdrawn</source>
        <translation>согласие отозвано</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>there is no month %1</source>
        <translation>месяца %1 не бывает</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/i18n/message_catalog.py"/>
        <source>“%1” is not a field of %2. Fields: %3.</source>
        <translation>«%1» — не поле записи «%2». Поля: %3.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/message_catalog.py"/>
        <source>%1 already exists; choose an empty folder or allow replacing.</source>
        <translation type="vanished">%1 уже существует; выберите пустую папку или разрешите замену.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/message_catalog.py"/>
        <source>%1 is a file, not a folder.</source>
        <translation type="vanished">%1 — файл, а не папка.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/message_catalog.py"/>
        <source>This file's stored copy does not match the one added: it was not exported. Restore the vault from a backup to get it back.</source>
        <translation type="vanished">Сохранённая копия этого файла не совпадает с добавленной: он не экспортирован. Чтобы вернуть его, восстановите хранилище из резервной копии.</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>no reply yet</source>
        <translation>ответа пока нет</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/pages/record_lists.py"/>
        <source>none recorded</source>
        <translation>ничего не записано</translation>
    </message>
</context>
<context>
    <name>pickers</name>
    <message>
        <location filename="../../casefile/ui/editors/pickers.py"/>
        <source>(in the trash or deleted)</source>
        <translation>(в корзине или удалено)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/pickers.py"/>
        <source>Choose</source>
        <translation>Выбрать</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/pickers.py"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/pickers.py"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/pickers.py"/>
        <source>Not chosen</source>
        <translation>Не выбрано</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/pickers.py"/>
        <source>Not chosen: type a name or press “Choose…”</source>
        <translation>Не выбрано: введите имя или нажмите «Выбрать…»</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/pickers.py"/>
        <source>Nothing found.</source>
        <translation type="vanished">Ничего не найдено.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/pickers.py"/>
        <source>Searching…</source>
        <translation type="vanished">Поиск…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/pickers.py"/>
        <source>The search failed.</source>
        <translation type="vanished">Поиск не удался.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/pickers.py"/>
        <source>Type part of a name, in Cyrillic or Latin letters</source>
        <translation>Введите часть имени кириллицей или латиницей</translation>
    </message>
</context>
<context>
    <name>sections</name>
    <message>
        <location filename="../../casefile/ui/editors/sections.py"/>
        <source>Address and contacts</source>
        <translation>Адрес и контакты</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/sections.py"/>
        <source>Charge</source>
        <translation>Обвинение</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/sections.py"/>
        <source>Circumstances</source>
        <translation>Обстоятельства</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/sections.py"/>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/sections.py"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/sections.py"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/sections.py"/>
        <source>Detention event</source>
        <translation>Событие лишения свободы</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/sections.py"/>
        <source>Hearing</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/sections.py"/>
        <source>Identity document</source>
        <translation>Документ, удостоверяющий личность</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/sections.py"/>
        <source>Incident</source>
        <translation>Инцидент</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/sections.py"/>
        <source>Intervention</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/sections.py"/>
        <source>Medical examination</source>
        <translation>Медицинское освидетельствование</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/sections.py"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/sections.py"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/sections.py"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/sections.py"/>
        <source>Perpetrators</source>
        <translation>Исполнители</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/sections.py"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/sections.py"/>
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/sections.py"/>
        <source>Source and notes</source>
        <translation>Источник и примечания</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/sections.py"/>
        <source>What may be shared</source>
        <translation>Что можно передавать</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/editors/sections.py"/>
        <source>Who was present</source>
        <translation>Кто присутствовал</translation>
    </message>
</context>
</TS>
