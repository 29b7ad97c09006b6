"""Interface translations: complete .ts files, fresh .qm files, live switching, plural forms."""

from __future__ import annotations

import ast
import importlib.util
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from casefile.ui.i18n import language as i18n
from casefile.ui.i18n.labels import label
from casefile.ui.kit.settings import UiSettings
from casefile.ui.kit.tasks import TaskRunner
from casefile.ui.pages.dashboard import _custody
from casefile.ui.start.controller import AppController
from casefile.vault.keyfile import KdfCost
from tests.ui.ui_helpers import FakeDialogs, unlock

ROOT = Path(__file__).resolve().parents[2]
CODES = ("en", "ru", "ky")
PLURAL_FORMS = {"en": 2, "ru": 3, "ky": 2}


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while decorating
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


@pytest.fixture(scope="module")
def extracted() -> dict[str, object]:
    """What lupdate finds in the code now, per language (into a temporary folder)."""
    return {code: tool.extract(tool.LANGUAGES[code]) for code in CODES}


@pytest.fixture
def restore_english() -> Iterator[None]:
    yield
    i18n.set_language("en")


# -- the files ----------------------------------------------------------------------------------


@pytest.mark.parametrize("code", CODES)
def test_every_string_in_the_code_is_translated(code: str, extracted: dict) -> None:
    extraction = extracted[code]
    assert not extraction.unmapped, (
        "strings marked with a tr() whose context the tool cannot tell (they would never "
        f"translate): {[(sorted(m.files), m.source) for m in extraction.unmapped]}"
    )
    committed = {m.key: m for m in tool.read_ts(tool.ts_path(code)) if not m.vanished}
    missing = [m.key for m in extraction.messages if m.key not in committed]
    unfinished = [
        m.key for m in extraction.messages if m.key in committed and not committed[m.key].is_done()
    ]
    hint = "run: .venv/bin/python tools/update_translations.py, then translate the new strings"
    assert not missing, f"{code}: not in the .ts ({hint}): {missing}"
    assert not unfinished, f"{code}: not translated ({hint}): {unfinished}"
    for key, message in committed.items():
        if message.numerus:
            assert len(message.forms) == PLURAL_FORMS[code], (code, key)


# reports_*.ts are read as they are, without Qt (tests/reports/test_report_translations.py).
@pytest.mark.parametrize(
    "name", sorted(p.stem for p in tool.TS_DIR.glob("*.ts") if not p.stem.startswith("reports_"))
)
def test_compiled_qm_is_fresh(name: str, tmp_path: Path) -> None:
    ts = tool.TS_DIR / f"{name}.ts"
    fresh = tmp_path / f"{name}.qm"
    tool.compile_qm(ts, fresh)
    assert ts.with_suffix(".qm").read_bytes() == fresh.read_bytes(), (
        f"{ts.with_suffix('.qm').name} is stale: run tools/update_translations.py"
    )


def test_kyrgyz_is_not_russian() -> None:
    russian = {m.key: m for m in tool.read_ts(tool.ts_path("ru"))}
    kyrgyz = tool.read_ts(tool.ts_path("ky"))
    # Sentences of a few words cannot be the same in both languages.
    same = [
        m.source
        for m in kyrgyz
        if len(m.source.split()) >= 4
        and m.is_done()
        and m.key in russian
        and m.forms == russian[m.key].forms
    ]
    assert not same
    kyrgyz_letters = sum(1 for m in kyrgyz for form in m.forms if set(form) & set("өүңӨҮҢ"))
    assert kyrgyz_letters > len([m for m in kyrgyz if m.is_done()]) // 3


# -- switching --------------------------------------------------------------------------------


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    from casefile.demo.build import build_demo_vault

    fast = KdfCost(memory_kib=8, time_cost=1, parallelism=1)
    created = build_demo_vault(tmp_path / "demo", kdf_cost=fast)
    created.vault.close()
    return created.vault.paths.root


def _menu_titles(window: object) -> list[str]:
    bar = window.menuBar()  # type: ignore[attr-defined]
    return [action.text() for action in bar.actions()]


def _menu_action_texts(window: object) -> list[str]:
    """Every action in the menu bar's menus and submenus, except the language names."""
    texts = []
    menus = [a.menu() for a in window.menuBar().actions() if a.menu()]  # type: ignore[attr-defined]
    while menus:
        menu = menus.pop(0)
        for action in menu.actions():
            if action.menu() is not None:
                menus.append(action.menu())
            if not action.isSeparator() and action.data() not in i18n.CODES:
                texts.append(action.text())
    return texts


def _tile_text(dashboard: object) -> str:
    # Tiles are rebuilt on every load; the old ones go at the next event loop turn.
    tiles = [
        tile
        for tile in dashboard.findChildren(QPushButton, "tile_pretrial_detention")  # type: ignore[attr-defined]
        if tile.isVisibleTo(dashboard)  # type: ignore[arg-type]
    ]
    return tiles[-1].text() if tiles else ""


def _nav_texts(window: object) -> list[str]:
    nav = window.nav  # type: ignore[attr-defined]
    return [nav.item(row).text() for row in range(nav.count())]


def test_switching_language_relabels_menus_and_dashboard(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    demo_path: Path,
    ui_settings: UiSettings,
    dialogs: FakeDialogs,
    restore_english: None,
) -> None:
    from casefile.demo.build import DEMO_PASSPHRASE

    controller = make_controller()
    controller.start(demo_path)
    unlock(qtbot, controller, DEMO_PASSPHRASE)
    window = controller.main_window
    assert window is not None
    dashboard = window.dashboard
    qtbot.waitUntil(lambda: dashboard.lists["police"].count() > 0, timeout=10_000)
    assert _menu_titles(window)[:2] == ["&File", "&Edit"]
    assert window.language_menu.language_actions["en"].isChecked()

    english_nav, english_actions = _nav_texts(window), _menu_action_texts(window)
    window.language_menu.language_actions["ru"].trigger()
    qtbot.waitUntil(lambda: _nav_texts(window)[0] == "Сводка", timeout=5_000)
    assert _menu_titles(window) == ["&Файл", "&Правка", "&Вид", "&Отчёты", "С&ервис", "&Справка"]
    assert _nav_texts(window)[:4] == ["Сводка", "Люди", "Дела", "Заседания"]
    # Every navigation entry and every menu item, whoever added it, changes language.
    assert not set(english_nav) & set(_nav_texts(window))
    same = [
        old
        for old, new in zip(english_actions, _menu_action_texts(window), strict=True)
        if old == new
    ]
    assert not same, f"menu items left in English: {same}"
    assert window.lock_action.text() == "Заблокировать"
    assert window.search_box.placeholderText().startswith("Поиск людей")
    assert window.language_menu.title() == "&Язык"
    assert window.language_menu.language_actions["ru"].isChecked()
    box = dashboard.boxes["police"]
    qtbot.waitUntil(lambda: box.title().startswith("В полиции дольше 48 часов ("), timeout=10_000)
    assert dashboard.heading.title.text().startswith("Сегодня, ")
    qtbot.waitUntil(lambda: "под стражей" in dashboard.lists["police"].item(0).text())
    qtbot.waitUntil(lambda: _tile_text(dashboard).endswith("\nПод стражей до суда"))
    assert window.people.model.headerData(0, Qt.Orientation.Horizontal) == "Имя"

    window.language_menu.language_actions["ky"].trigger()
    qtbot.waitUntil(lambda: _nav_texts(window)[0] == "Кыскача маалымат")
    assert _menu_titles(window)[-1] == "&Жардам"
    assert _nav_texts(window)[:4] == ["Кыскача маалымат", "Адамдар", "Иштер", "Отурумдар"]
    qtbot.waitUntil(lambda: dashboard.boxes["police"].title().startswith("Милицияда 48 сааттан"))
    qtbot.waitUntil(lambda: "камакта" in dashboard.lists["police"].item(0).text())
    assert dashboard.heading.title.text().startswith("Бүгүн, ")
    # Only the language code is kept on disk.
    assert ui_settings.language == "ky"

    window.language_menu.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: _nav_texts(window)[0] == "Dashboard")
    qtbot.waitUntil(lambda: dashboard.boxes["police"].title().startswith("In police custody"))
    assert not [kind for kind in dialogs.kinds() if kind == "error"]


# -- plurals, dates, numbers --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        (1, "1 день под стражей"),
        (2, "2 дня под стражей"),
        (4, "4 дня под стражей"),
        (5, "5 дней под стражей"),
        (11, "11 дней под стражей"),
        (14, "14 дней под стражей"),
        (21, "21 день под стражей"),
        (22, "22 дня под стражей"),
        (25, "25 дней под стражей"),
        (101, "101 день под стражей"),
    ],
)
def test_russian_plural_forms_of_days_in_custody(
    qtbot: QtBot, restore_english: None, days: int, expected: str
) -> None:
    i18n.set_language("ru")
    assert i18n.days_in_custody(days) == expected
    alert = SimpleNamespace(id="p1", full_name="Тест", custody_started=date(2026, 3, 4), days=days)
    assert _custody(alert).text == f"Тест — с 04.03.2026 ({expected})"


def test_english_and_kyrgyz_days_in_custody(qtbot: QtBot, restore_english: None) -> None:
    i18n.set_language("en")
    assert [i18n.days_in_custody(n) for n in (1, 3)] == [
        "1 day in custody",
        "3 days in custody",
    ]
    i18n.set_language("ky")
    # Kyrgyz nouns stay singular after a number.
    assert [i18n.days_in_custody(n) for n in (1, 3, 21)] == [
        "камакта 1 күн",
        "камакта 3 күн",
        "камакта 21 күн",
    ]


def test_qt_standard_buttons_are_translated(qtbot: QtBot, restore_english: None) -> None:
    def cancel_text() -> str:
        return QCoreApplication.translate("QPlatformTheme", "Cancel")

    i18n.set_language("ru")
    assert cancel_text() == "Отмена"  # PySide6's own qtbase_ru
    i18n.set_language("ky")
    assert cancel_text() == "Жокко чыгаруу"  # ours: resources/translations/qtbase_ky.ts
    assert QCoreApplication.translate("QPlatformTheme", "OK") == "Макул"


def test_dates_numbers_and_labels_follow_the_language(qtbot: QtBot, restore_english: None) -> None:
    day = date(2026, 3, 4)
    i18n.set_language("en")
    assert (i18n.format_date(day), i18n.format_number(12345)) == ("04.03.2026", "12,345")
    assert label("pretrial_detention") == "Pre-trial detention"
    i18n.set_language("ru")
    assert (i18n.format_date(day), i18n.format_number(12345)) == ("04.03.2026", "12\u00a0345")
    assert label("pretrial_detention") == "Под стражей до суда"
    i18n.set_language("ky")
    assert i18n.format_date(day) == "04.03.2026"
    assert label("pretrial_detention") == "Сотко чейин камакта"
    from casefile.domain.dates import PartialDate

    assert i18n.format_partial_date(PartialDate(2024, 12, 23)) == "23.12.2024"
    assert i18n.format_partial_date(PartialDate(2024, 12)) == "декабрь 2024"
    assert i18n.format_partial_date(PartialDate(2023, approximate=True)) == "болжол менен 2023"
    i18n.set_language("ru")
    assert i18n.format_partial_date(PartialDate(2024, 12, 23)) == "23.12.2024"


def test_stored_language_is_normalised(qtbot: QtBot) -> None:
    assert i18n.normalise("ru") == "ru"
    assert i18n.normalise("ky_KG") == "ky"
    assert i18n.normalise("") in i18n.CODES
    assert i18n.normalise("xx") in i18n.CODES


_TR_NAMES = ("tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP")


def _tr_calls(tree: ast.AST) -> Iterator[ast.Call]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            if name in _TR_NAMES:
                yield node


def _text_argument(call: ast.Call) -> ast.expr | None:
    name = getattr(call.func, "attr", None) or getattr(call.func, "id", None)
    index = 1 if name in ("translate", "QT_TRANSLATE_NOOP") else 0
    return call.args[index] if len(call.args) > index else None


def test_translated_texts_are_visible_to_lupdate() -> None:
    """lupdate reads literal arguments only: not inside f-strings, not in unmarked tables."""
    hidden, unmarked = [], []
    for path in tool.source_files(ROOT):
        tree = ast.parse(path.read_text("utf-8"))
        where = path.relative_to(ROOT)
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):
                for call in _tr_calls(node):
                    if isinstance(_text_argument(call), ast.Constant):
                        hidden.append(f"{where}:{call.lineno}")
        # tr(TABLE[key]) needs TABLE's texts wrapped in QT_TRANSLATE_NOOP.
        tables = {
            target.id: node.value
            for node in tree.body
            if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None
            for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
            if isinstance(target, ast.Name)
        }
        for call in _tr_calls(tree):
            argument = _text_argument(call)
            if isinstance(argument, ast.Subscript) and isinstance(argument.value, ast.Name):
                table = tables.get(argument.value.id)
                if isinstance(table, ast.Dict | ast.Tuple | ast.List):
                    values = table.values if isinstance(table, ast.Dict) else table.elts
                    if any(
                        isinstance(v, ast.Constant) and isinstance(v.value, str) for v in values
                    ):
                        unmarked.append(f"{where}:{call.lineno} {argument.value.id}")
    assert not hidden, f"tr() of a literal inside an f-string (use %1 and i18n.fill): {hidden}"
    assert not unmarked, f"tables translated without QT_TRANSLATE_NOOP: {unmarked}"


def test_settings_dialog_switches_the_language(
    qtbot: QtBot, runner: TaskRunner, ui_settings: UiSettings, restore_english: None
) -> None:
    from casefile.ui.shell.maintenance import SettingsDialog

    i18n.set_language("en")
    dialog = SettingsDialog(runner, ui_settings, None, None)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "en"
    dialog.language.setCurrentIndex(dialog.language.findData("ky"))
    dialog.accept()
    assert i18n.current_language() == "ky"
    assert ui_settings.language == "ky"
    assert label("released") == "Бошотулган"


# -- messages from below the UI ---------------------------------------------------------------


def test_message_catalogue_is_up_to_date() -> None:
    import casefile.ui.i18n.message_catalog as catalog

    assert list(catalog.MESSAGES) == tool.known_error_messages(ROOT), (
        "run tools/update_translations.py: KnownError messages changed"
    )
    assert list(catalog.FIELDS) == tool.field_labels()


def test_service_messages_are_shown_in_the_interface_language(
    qtbot: QtBot, restore_english: None
) -> None:
    from casefile.domain.dates import PartialDate
    from casefile.errors import ValidationError
    from casefile.services.records.drafts import check_draft
    from casefile.ui.i18n.messages import translate
    from casefile.ui.kit.errors import describe_known

    problems = check_draft("detention_events", {"start": "2024-05-01", "end": "2024-04-01"})
    with pytest.raises(ValidationError) as caught:
        PartialDate.parse("31.02.2024")
    i18n.set_language("en")
    assert translate(problems["end"]) == "The end cannot be before the start."

    i18n.set_language("ru")
    assert translate(problems["person_id"]) == "Выберите: человек."
    assert translate(problems["type"]) == "Поле «Вид» обязательно."
    assert translate(problems["end"]) == "«окончание» не может быть раньше, чем «начало»."
    assert describe_known(caught.value) == (
        "Не удаётся прочитать «31.02.2024» как дату: в месяце февраль 2024 года нет 31-го числа."
    )
    # The New arrest form's dates are named in the interface language too.
    arrest = ValidationError(
        "The %1 cannot be before the %2.", "date of the court decision", "date of arrest"
    )
    assert translate(arrest.message) == (
        "«дата решения суда» не может быть раньше, чем «дата задержания»."
    )
    # A plain text that is no message's template stays as it is (an editor's own, translated).
    assert translate("Something new happened.") == "Something new happened."

    i18n.set_language("ky")
    assert translate(problems["type"]) == "«Түрү» талаасы милдеттүү."
    assert describe_known(ValidationError("Please give the file a title.")) == (
        "Файлга аталыш бериңиз."
    )


def test_a_phrase_inside_a_message_is_translated_too(qtbot: QtBot, restore_english: None) -> None:
    from casefile.services.records.drafts import check_draft
    from casefile.ui.i18n.messages import translate

    # A validation message holding the date parser's message holding its problem's phrase.
    problem = check_draft("persons", {"birth_date": "31.02.2024"})["birth_date"]
    assert str(problem) == (
        'Date of birth: Cannot read "31.02.2024" as a date: February 2024 has no day 31.'
    )
    i18n.set_language("ru")
    text = translate(problem)
    assert text == (
        "Дата рождения: Не удаётся прочитать «31.02.2024» как дату: "
        "в месяце февраль 2024 года нет 31-го числа."
    )
    assert not any("a" <= ch.lower() <= "z" for ch in text), text


def test_a_value_holding_a_placeholder_is_not_filled_in(
    qtbot: QtBot, restore_english: None
) -> None:
    from casefile.errors import FileWriteError
    from casefile.ui.i18n.messages import translate_error

    error = FileWriteError(
        "%1 could not be written (%2). Choose another place, or try again. Nothing was written.",
        Path("/media/%2 stick"),
        "reason %1",
    )
    assert str(error).startswith("/media/%2 stick could not be written (reason %1).")
    i18n.set_language("ru")
    assert translate_error(error) == (
        "Не удалось записать /media/%2 stick (reason %1). Выберите другое место или "
        "попробуйте снова. Ничего не записано."
    )


def test_message_templates_below_the_ui_are_literals() -> None:
    assert tool.composed_templates(ROOT) == [], (
        "write these templates with %1, %2… and pass the values to the error or message()"
    )


def test_a_template_built_from_its_values_fails_the_tool(tmp_path: Path) -> None:
    services = tmp_path / "casefile" / "services"
    services.mkdir(parents=True)
    (tmp_path / "casefile" / "errors.py").write_text(
        "class KnownError(Exception): ...\nclass ValidationError(KnownError): ...\n"
    )
    (services / "rules.py").write_text(
        "from casefile.errors import ValidationError, message\n"
        "NAME_HINT = 'Type it %1.'\n"
        "def check(name, path, n):\n"
        "    ok = ValidationError('%1 is not a folder.', path)\n"
        "    hint = message(NAME_HINT, n)\n"
        "    raise ValidationError(f'{name} is required.')\n"
        "def other(name):\n"
        "    raise ValidationError('The ' + name + ' is missing.')\n"
        "def third(name):\n"
        "    return message('{} is wrong.'.format(name))\n"
    )
    assert [line.split(": ", 1)[0] for line in tool.composed_templates(tmp_path)] == [
        "casefile/services/rules.py:6",
        "casefile/services/rules.py:8",
        "casefile/services/rules.py:10",
    ]
    assert tool.known_error_messages(tmp_path) == ["%1 is not a folder.", "Type it %1."]


def test_a_string_that_leaves_the_code_keeps_its_translation_until_pruned(tmp_path: Path) -> None:
    done = tool.Message("Ctx", "Gone for now", forms=["Пока нет"], finished=True)
    kept, dropped = tool.merge([], [done])
    assert dropped == ["Ctx: 'Gone for now'"]
    assert [(m.source, m.vanished) for m in kept] == [("Gone for now", True)]
    ts = tmp_path / "x.ts"
    tool.write_ts(ts, "ru_RU", kept)
    back = tool.read_ts(ts)
    assert back[0].vanished and back[0].forms == ["Пока нет"]
    # It returns: the translation comes back with it.
    fresh = tool.Message("Ctx", "Gone for now")
    merged, _ = tool.merge([fresh], back)
    assert merged[0].is_done() and not merged[0].vanished
    assert tool.merge([], back, prune=True)[0] == []


def test_first_window_offers_the_language_and_relabels_itself(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    ui_settings: UiSettings,
    restore_english: None,
) -> None:
    i18n.set_language("en")
    controller = make_controller()
    controller.start()
    welcome = controller.welcome
    assert welcome is not None and welcome.language is not None
    assert welcome.create_button.text() == "Create a new vault"

    welcome.language.activated.emit(welcome.language.findData("ky"))
    assert ui_settings.language == "ky"
    # The welcome window has no retranslate hook: its texts are looked up and replaced.
    assert welcome.create_button.text() == "Жаңы сактагыч түзүү"
    assert welcome.demo_button.description().startswith("Чыныгы маалыматтарды")
    assert welcome.windowTitle() == "Casefile"
