<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AttachmentsBox</name>
    <message numerus="yes">
        <location filename="../../casefile/ui/editors/attachments_box.py"/>
        <source>Attaching %n file(s)…</source>
        <translation>
            <numerusform>Attaching %n file…</numerusform>
            <numerusform>Attaching %n files…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchReports</name>
    <message numerus="yes">
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>%n brief(s) made and logged.</source>
        <translation>
            <numerusform>%n brief made and logged.</numerusform>
            <numerusform>%n briefs made and logged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>%n person(s) in detention today.</source>
        <translation>
            <numerusform>%n person in detention today.</numerusform>
            <numerusform>%n people in detention today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/reports/batch.py"/>
        <source>%n person(s) will be left out (no consent for embassies):</source>
        <translation>
            <numerusform>%n person will be left out (no consent for embassies):</numerusform>
            <numerusform>%n people will be left out (no consent for embassies):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message numerus="yes">
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <source>%n record(s) added or changed.</source>
        <translation>
            <numerusform>%n record added or changed.</numerusform>
            <numerusform>%n records added or changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/pages/changes_view.py"/>
        <source>The newest %n are listed.</source>
        <translation>
            <numerusform>The newest %n is listed.</numerusform>
            <numerusform>The newest %n are listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CourtDayDialog</name>
    <message numerus="yes">
        <location filename="../../casefile/ui/reports/court_day.py"/>
        <source>%n hearing(s), in memory only</source>
        <translation>
            <numerusform>%n hearing, in memory only</numerusform>
            <numerusform>%n hearings, in memory only</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <location filename="../../casefile/ui/pages/dashboard.py"/>
        <source>%Ln more: open the full list</source>
        <translation>
            <numerusform>%Ln more: open the full list</numerusform>
            <numerusform>%Ln more: open the full list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/pages/dashboard.py"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/pages/dashboard.py"/>
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisclosureLog</name>
    <message numerus="yes">
        <location filename="../../casefile/ui/pages/disclosure_log_view.py"/>
        <source>%n document(s) given out.</source>
        <translation>
            <numerusform>%n document given out.</numerusform>
            <numerusform>%n documents given out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <location filename="../../casefile/ui/shell/reminders.py"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/shell/reminders.py"/>
        <source>%n detention term(s) ending within 3 days or ended</source>
        <translation>
            <numerusform>%n detention term ending within 3 days or ended</numerusform>
            <numerusform>%n detention terms ending within 3 days or ended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/shell/reminders.py"/>
        <source>%n hearing(s) tomorrow</source>
        <translation>
            <numerusform>%n hearing tomorrow</numerusform>
            <numerusform>%n hearings tomorrow</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/shell/reminders.py"/>
        <source>%n person(s) in police custody for over 48 hours</source>
        <translation>
            <numerusform>%n person in police custody for over 48 hours</numerusform>
            <numerusform>%n people in police custody for over 48 hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <location filename="../../casefile/ui/reports/dialog.py"/>
        <source>%n page(s), in memory only</source>
        <translation>
            <numerusform>%n page, in memory only</numerusform>
            <numerusform>%n pages, in memory only</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashQuestion</name>
    <message numerus="yes">
        <location filename="../../casefile/ui/shell/trash_question.py"/>
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n attached file</numerusform>
            <numerusform>%n attached files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/shell/trash_question.py"/>
        <source>%n charge(s)</source>
        <translation>
            <numerusform>%n charge</numerusform>
            <numerusform>%n charges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/shell/trash_question.py"/>
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n consent</numerusform>
            <numerusform>%n consents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/shell/trash_question.py"/>
        <source>%n detention event(s)</source>
        <translation>
            <numerusform>%n detention event</numerusform>
            <numerusform>%n detention events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/shell/trash_question.py"/>
        <source>%n hearing(s)</source>
        <translation>
            <numerusform>%n hearing</numerusform>
            <numerusform>%n hearings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/shell/trash_question.py"/>
        <source>%n ill-treatment report(s)</source>
        <translation>
            <numerusform>%n ill-treatment report</numerusform>
            <numerusform>%n ill-treatment reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/shell/trash_question.py"/>
        <source>%n intervention(s)</source>
        <translation>
            <numerusform>%n intervention</numerusform>
            <numerusform>%n interventions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/shell/trash_question.py"/>
        <source>%n link(s) to organisations</source>
        <translation>
            <numerusform>%n link to organisations</numerusform>
            <numerusform>%n links to organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/shell/trash_question.py"/>
        <source>%n other record(s)</source>
        <translation>
            <numerusform>%n other record</numerusform>
            <numerusform>%n other records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/shell/trash_question.py"/>
        <source>%n person(s) in the case</source>
        <translation>
            <numerusform>%n person in the case</numerusform>
            <numerusform>%n people in the case</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/shell/trash_question.py"/>
        <source>a part in %n case(s)</source>
        <translation>
            <numerusform>a part in %n case</numerusform>
            <numerusform>a part in %n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message numerus="yes">
        <location filename="../../casefile/ui/i18n/language.py"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/i18n/language.py"/>
        <source>%n day(s) in custody</source>
        <translation>
            <numerusform>%n day in custody</numerusform>
            <numerusform>%n days in custody</numerusform>
        </translation>
    </message>
</context>
</TS>
