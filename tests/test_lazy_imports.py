"""Imports sit at the top of modules; the few kept inside functions are listed here, each for a
reason, so a new one fails until it is added with its reason."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

LAUNCH = "the unlock prompt paints before the vault stack loads (tests/ui/test_ui_launch.py)"
ZXCVBN = "zxcvbn's dictionaries load only when a passphrase is set"
PRINTING = "QtPrintSupport loads only for those who print"
EXCHANGE = "the exchange keys' bindings load when first used"
DRIVER = "the SQLCipher driver loads with the first vault"
OPEN_FORMATS = "the CSV import and export windows load when first opened"
FUZZY = "the matcher loads at the first search, not with the lists' filters"

#: file -> {module imported inside a function: why}
ALLOWED: dict[str, dict[str, str]] = {
    "casefile/app.py": {
        "casefile.vault.platform": "the GUI entry hardens the process before Qt loads",
        "casefile.ui.start.application": "the CLI runs without Qt",
    },
    "casefile/cli/main.py": {
        "argparse": LAUNCH,
        "casefile.cli.parsing": LAUNCH,
        "casefile.cli.prompts": LAUNCH,
        "casefile.vault.paths": LAUNCH,
        "logging": LAUNCH,
    },
    "casefile/cli/prompts.py": {"casefile.domain.passphrase": ZXCVBN},
    "casefile/vault/vault.py": {"casefile.domain.passphrase": ZXCVBN},
    "casefile/ui/kit/passphrase_fields.py": {"casefile.domain.passphrase": ZXCVBN},
    "casefile/services/exchange/passphrases.py": {"casefile.domain.passphrase": ZXCVBN},
    "casefile/services/open_formats/csv_reading.py": {
        "charset_normalizer": "the encoding guesser loads only for a file not in UTF-8"
    },
    "casefile/vault/migrations.py": {
        "alembic": "Alembic (with Mako) loads only when a schema must be upgraded",
        "alembic.config": "Alembic (with Mako) loads only when a schema must be upgraded",
        "alembic.script": "Alembic (with Mako) loads only when a schema must be upgraded",
    },
    "casefile/vault/engine.py": {"sqlcipher3": DRIVER},
    "casefile/vault/lookaside.py": {"sqlcipher3": DRIVER},
    "casefile/vault/platform.py": {"resource": "POSIX only: the Windows branch never imports it"},
    "casefile/ui/kit/dialogs.py": {"PySide6.QtPrintSupport": PRINTING},
    "casefile/ui/start/recovery_key.py": {"PySide6.QtPrintSupport": PRINTING},
    "casefile/ui/start/vault_stack.py": {
        "casefile.vault.vault": LAUNCH,
        "casefile.ui.shell.main_window": LAUNCH,
        "casefile.demo.build": LAUNCH,
        "casefile.services.lists.listing": LAUNCH,
        "casefile.vault.unlocking": LAUNCH,
    },
    "casefile/ui/start/on_demand.py": {
        "casefile.ui.start.create_vault": LAUNCH,
        "casefile.ui.start.recovery_flow": LAUNCH,
        "casefile.ui.start.recovery_key": LAUNCH,
        "casefile.ui.kit.style": LAUNCH,
    },
    "casefile/ui/start/application.py": {
        "casefile.ui.start.smoke": "only the packaged build's smoke test loads it"
    },
    "casefile/ui/reports/actions.py": {
        "casefile.ui.reports.dialog": "ReportLab, pypdf and QtPdf load when a report is opened",
        "casefile.ui.reports.batch": "ReportLab, pypdf and QtPdf load when a report is opened",
        "casefile.ui.reports.court_day": "ReportLab and QtPdf load when a list is opened",
        "casefile.ui.pages.disclosure_log_view": "the reports' data and catalogue load when the"
        " log is opened",
    },
    "casefile/ui/open_formats/actions.py": {
        "casefile.ui.open_formats.csv_import_dialog": OPEN_FORMATS,
        "casefile.ui.open_formats.export_dialog": OPEN_FORMATS,
    },
    "casefile/services/search/fuzzy.py": {
        "rapidfuzz": FUZZY,
        "rapidfuzz.distance": FUZZY,
        "rapidfuzz.process": FUZZY,
    },
    "casefile/ui/exchange/actions.py": {
        "casefile.ui.exchange.dialogs": EXCHANGE,
        "casefile.ui.exchange.conflicts": EXCHANGE,
        "casefile.services.exchange.bundle_format": EXCHANGE,
        "casefile.ui.exchange.sync_panel": EXCHANGE,
    },
    "casefile/ui/exchange/folder_sync.py": {"casefile.services.exchange": EXCHANGE},
}


def imports_inside_functions() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in sorted((ROOT / "casefile").rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for node in ast.walk(function):
                if isinstance(node, ast.ImportFrom) and node.module:
                    modules = [node.module]
                elif isinstance(node, ast.Import):
                    modules = [alias.name for alias in node.names]
                else:
                    continue
                name = path.relative_to(ROOT).as_posix()
                found.setdefault(name, set()).update(modules)
    return found


def test_imports_inside_functions_are_only_the_listed_ones() -> None:
    unexpected = {
        path: sorted(modules - set(ALLOWED.get(path, {})))
        for path, modules in imports_inside_functions().items()
        if modules - set(ALLOWED.get(path, {}))
    }
    assert unexpected == {}, "import these at the top, or list them here with a reason"


def test_the_list_has_nothing_stale() -> None:
    found = imports_inside_functions()
    stale = {
        path: sorted(set(modules) - found.get(path, set()))
        for path, modules in ALLOWED.items()
        if set(modules) - found.get(path, set())
    }
    assert stale == {}
