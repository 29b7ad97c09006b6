"""Icons come from the bundled SVG set (resources/icons), render offscreen, follow the palette."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication, QStyle
from pytestqt.qtbot import QtBot

from casefile.assets import resources_dir
from casefile.errors import BugError
from casefile.ui.kit import icons
from casefile.ui.kit.dialogs import DialogService
from casefile.ui.kit.icons import icon, icon_names, render
from casefile.ui.kit.locking import ClipboardGuard
from casefile.ui.kit.settings import UiSettings
from casefile.ui.kit.style import application_style
from casefile.ui.kit.tasks import TaskRunner
from casefile.ui.shell.main_window import MainWindow
from casefile.ui.start.unlock import UnlockDialog
from casefile.ui.start.welcome import WelcomeWindow
from tests.ui.ui_helpers import FakeDialogs

UI_DIR = Path(icons.__file__).resolve().parents[1]  # casefile/ui
USED = re.compile(r"""\bicon\(\s*["']([a-z_]+)["']\s*\)""")
#: The navigation list names its pages' icons: main_window._add_page(title, "name", page).
NAV = re.compile(r"""_add_page\([^,]+,\s*["']([a-z_]+)["']""")


def names_used_by_the_ui() -> set[str]:
    """Every literal icon("…") name in casefile/ui, and the navigation list's."""
    found: set[str] = set()
    for path in UI_DIR.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        found.update(USED.findall(text))
        found.update(NAV.findall(text))
    return found


def inked(image: QImage) -> list[QColor]:
    """The colours of the pixels that are drawn (alpha above half)."""
    colours = []
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.alpha() > 128:
                colours.append(colour)
    return colours


@pytest.fixture
def palette_restored(qtbot: QtBot) -> Iterator[None]:
    saved = QApplication.palette()
    yield
    QApplication.setPalette(saved)


def test_every_icon_the_ui_names_is_a_bundled_svg_that_renders(qtbot: QtBot) -> None:
    used = names_used_by_the_ui()
    assert {"lock", "unlock", "search", "dashboard", "people", "trash", "help"} <= used
    bundled = set(icon_names())
    assert used <= bundled, used - bundled
    for name in sorted(used):
        assert (resources_dir() / "icons" / f"{name}.svg").is_file()
        made = icon(name)
        assert not made.isNull(), name
        assert made.name() == name  # drawn by the bundled-set engine, not a theme or Qt's set
        for size in (16, 20, 24, 48):
            pixmap = made.pixmap(size, size)
            assert (pixmap.width(), pixmap.height()) == (size, size), name
            assert inked(pixmap.toImage()), f"{name} at {size} px is blank"


def test_every_bundled_file_is_a_24_pixel_stroke_icon_in_current_colour(qtbot: QtBot) -> None:
    for name in icon_names():
        text = (resources_dir() / "icons" / f"{name}.svg").read_text(encoding="utf-8")
        assert 'viewBox="0 0 24 24"' in text, name
        assert 'stroke="currentColor"' in text, name
        assert inked(icons.render(name, 24, "#000000").toImage()), name


def test_icons_take_the_palette_text_colour(qtbot: QtBot, palette_restored: None) -> None:
    palette = QPalette(QApplication.palette())
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#e0e0e0"))  # a dark theme's text
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#00ff00"))
    QApplication.setPalette(palette)

    normal = inked(icon("lock").pixmap(24, 24).toImage())
    assert normal and all(c.red() > 200 and c.green() > 200 and c.blue() > 200 for c in normal)
    selected = inked(icon("lock").pixmap(24, 24, QIcon.Mode.Selected).toImage())
    assert selected and all(c.green() > 200 and c.red() < 60 for c in selected)


def test_an_unknown_icon_name_is_a_bug(qtbot: QtBot) -> None:
    with pytest.raises(BugError):
        icon("no_such_icon")


def test_main_window_navigation_and_toolbar_use_the_bundled_icons(
    qtbot: QtBot, dialogs: FakeDialogs, ui_settings: UiSettings, runner: TaskRunner
) -> None:
    window = MainWindow(runner, cast(DialogService, dialogs), ui_settings, ClipboardGuard())
    qtbot.addWidget(window)
    names = [window.nav.item(row).icon().name() for row in range(window.nav.count())]
    assert names == [
        "dashboard",
        "people",
        "cases",
        "hearings",
        "agenda",
        "ill_treatment",
        "interventions",
        "trash",
    ]
    assert window.lock_action.icon().name() == "lock"
    assert window.new_action.icon().name() == "new"
    assert window.find_action.icon().name() == "search"
    assert window.help_action.icon().name() == "help"
    assert window.back_action.icon().name() == "back"
    assert window.maintenance.backup_action.icon().name() == "backup"
    assert window.open_formats.import_action.icon().name() == "import"
    assert window.exchange.send_action.icon().name() == "send_changes"
    assert window.exchange.receive_action.icon().name() == "receive_changes"


def test_start_windows_use_the_bundled_icons(
    qtbot: QtBot, dialogs: FakeDialogs, ui_settings: UiSettings, runner: TaskRunner, tmp_path: Path
) -> None:
    welcome = WelcomeWindow(ui_settings)
    qtbot.addWidget(welcome)
    assert welcome.create_button.icon().name() == "folder_new"
    assert welcome.open_button.icon().name() == "folder_open"
    unlock = UnlockDialog(
        tmp_path / "v.casefile", runner, cast(DialogService, dialogs), ui_settings
    )
    qtbot.addWidget(unlock)
    assert unlock.unlock_button.icon().name() == "unlock"
    assert not unlock.unlock_button.icon().pixmap(16, 16).isNull()


def test_the_application_style_draws_standard_icons_from_the_bundled_set(qtbot: QtBot) -> None:
    style = application_style()
    sp = QStyle.StandardPixmap
    assert style.standardIcon(sp.SP_DialogCancelButton).name() == "close"
    assert style.standardIcon(sp.SP_DialogSaveButton).name() == "save"
    assert style.standardIcon(sp.SP_ArrowBack).name() == "back"
    assert not style.standardIcon(sp.SP_DialogSaveButton).pixmap(16, 16).isNull()
    # What the set has no drawing for stays Qt's.
    assert not style.standardIcon(sp.SP_DriveHDIcon).isNull()
    assert style.standardIcon(sp.SP_DriveHDIcon).name() == ""


def test_message_boxes_show_the_sets_icons_in_their_colours(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QMessageBox

    style = application_style()
    for kind, name, colour in (
        (QMessageBox.Icon.Warning, "msg_warning", "#b45309"),
        (QMessageBox.Icon.Critical, "msg_critical", "#c62828"),
        (QMessageBox.Icon.Information, "msg_information", "#1e6bb8"),
        (QMessageBox.Icon.Question, "msg_question", "#1e6bb8"),
    ):
        box = QMessageBox()
        qtbot.addWidget(box)
        box.setStyle(style)
        box.setIcon(kind)
        shown = box.iconPixmap().toImage()
        assert not shown.isNull()
        drawn = render(name, shown.width(), colour).toImage()
        assert shown.convertToFormat(drawn.format()) == drawn, name
