"""The one page header: the dossier, the case page, the agenda and the dashboard open with it."""

from __future__ import annotations

from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from casefile.ui.kit.page_header import PageHeader
from casefile.ui.kit.tasks import TaskRunner
from casefile.ui.pages.agenda_page import AgendaPage
from casefile.ui.pages.case_page import CasePage
from casefile.ui.pages.dashboard import DashboardPage
from casefile.ui.pages.dossier_page import DossierPage
from tests.ui.ui_helpers import FakeDialogs


def test_every_page_heading_is_the_page_header(qtbot: QtBot, runner: TaskRunner) -> None:
    dialogs = FakeDialogs()
    dossier = DossierPage(runner, dialogs)  # type: ignore[arg-type]
    case = CasePage(runner, dialogs)  # type: ignore[arg-type]
    agenda = AgendaPage(runner, dialogs)  # type: ignore[arg-type]
    dashboard = DashboardPage(runner)
    for page in (dossier, case, agenda, dashboard):
        qtbot.addWidget(page)
    headers = [dossier.header, case.header, agenda.header, dashboard.heading]
    assert all(isinstance(header, PageHeader) for header in headers)
    assert dossier.name_label is dossier.header.title
    assert case.title_label is case.header.title
    assert agenda.range_label is agenda.header.title
    # The same title font everywhere but in the agenda, whose title is a date range.
    sizes = {header.title.font().pointSizeF() for header in headers if header is not agenda.header}
    assert len(sizes) == 1 and all(header.title.font().bold() for header in headers)


def test_texts_are_plain_buttons_right_and_leading_widgets_left(qtbot: QtBot) -> None:
    header = PageHeader("test")
    qtbot.addWidget(header)
    header.title.setText("<b>Not markup</b>")
    line = header.add_line("testLine", selectable=True)
    line.setText("a line")
    clicked: list[bool] = []
    button = header.add_button("edit", "Edit…", lambda: clicked.append(True))
    lead = QToolButton(header)
    header.add_leading(lead)
    header.resize(600, 80)
    header.show()
    qtbot.waitExposed(header)
    assert header.title.objectName() == "testTitle"
    assert header.title.text() == "<b>Not markup</b>"  # shown as typed, tags and all
    assert lead.geometry().right() < header.title.geometry().left()
    assert button.geometry().left() > line.geometry().right()
    button.click()
    assert clicked == [True]
