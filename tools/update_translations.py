"""Extracts the interface's strings into resources/translations/*.ts and compiles the .qm files.

    .venv/bin/python tools/update_translations.py             # extract, merge, compile
    .venv/bin/python tools/update_translations.py --check     # report only; exit 1 if not done
    .venv/bin/python tools/update_translations.py --apply F   # fill from JSON F, then as above

(`make translations` runs the first.) Steps:

1. pyside6-lupdate scans casefile/ui into a fresh .ts in a temporary folder (never the repo).
2. Strings marked through a module's own helper, `def tr(text): return
   QCoreApplication.translate("Context", text)`, come out of lupdate without a context (it
   only knows self.tr and translate(...) with a literal context); they are moved to the
   helper's context here, read from the module's source, so they translate at run time.
3. Translations already in the committed .ts files are kept; a string that moved to another
   context keeps its translation. Translated strings no longer in the code stay in the .ts as
   "vanished" (lrelease skips them), so a string that comes back, or was only missing while
   someone was editing its module, gets its translation again; --prune drops them.
4. pyside6-lrelease compiles each .ts to a .qm beside it.
5. The reports' words (resources/translations/reports_*.ts) are merged by
   tools/update_report_translations.py, which this command runs too.

Messages from below the UI (KnownError and errors.Message) are listed in
casefile/ui/i18n/message_catalog.py from their literal templates ("%1 is not a folder."). A
template written as an f-string, a concatenation, % or .format makes the command fail: the UI
translates the template and fills in the values, never the English sentence.

The .ts files are the source of truth: edit them in Qt Linguist (pyside6-linguist), by hand,
or through --apply with JSON shaped {"ru": {"Context": {"source": "translation"}}}; a numerus
translation is a list of forms, and the context "*" matches the source in every context.
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
#: Language code -> the .ts language (lrelease takes the plural rules from it). English holds
#: only the plural forms ("1 day", "2 days"): the source texts are English already.
LANGUAGES = {"en": "en_GB", "ru": "ru_RU", "ky": "ky_KG"}
#: Where user-visible strings live: only the UI imports Qt.
SOURCE_DIRS = ("casefile/ui",)
SOURCE_FILES = ("casefile/app.py",)
#: Names of the per-module translate helpers that lupdate reads as context-less tr() calls.
HELPER_NAMES = ("tr",)


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    files: set[str] = field(default_factory=set)
    # A plain translation, or the plural forms of a numerus one; empty when not translated.
    forms: list[str] = field(default_factory=list)
    finished: bool = False
    vanished: bool = False  # no longer in the code; kept for when it comes back

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    def is_done(self) -> bool:
        return self.finished and bool(self.forms) and all(form.strip() for form in self.forms)


# -- tools ------------------------------------------------------------------------------------


def qt_tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from the same venv as this Python, else from PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    if beside.exists():
        return str(beside)
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials in this venv")
    return found


def source_files(root: Path = ROOT) -> list[Path]:
    files = [p for d in SOURCE_DIRS for p in sorted((root / d).rglob("*.py"))]
    files += [root / f for f in SOURCE_FILES if (root / f).exists()]
    return files


# -- texts written below the UI (KnownError messages, field labels) ------------------------------

CATALOG = ROOT / "casefile" / "ui" / "i18n" / "message_catalog.py"
#: Layers whose KnownError messages reach people through the UI (the CLI stays in English).
MESSAGE_DIRS = (
    "casefile/domain",
    "casefile/vault",
    "casefile/services",
    "casefile/demo",
    "casefile/reports",
)
#: Layers below the UI whose templates must be literal (the CLI's too: it shares the errors).
TEMPLATE_DIRS = (*MESSAGE_DIRS, "casefile/cli")
#: Parts of messages kept apart from the raise: constants (…_MESSAGE, …_HINT).
MESSAGE_CONSTANT_SUFFIXES = ("_MESSAGE", "_HINT")
#: errors.Message and errors.message take a template as their first argument too.
MESSAGE_CALLS = ("Message", "message")


def _known_error_names(trees: Sequence[ast.Module]) -> set[str]:
    names = {"KnownError"}
    grew = True
    while grew:
        grew = False
        for tree in trees:
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in names:
                    bases = {getattr(b, "id", None) or getattr(b, "attr", None) for b in node.bases}
                    if bases & names:
                        names.add(node.name)
                        grew = True
    return names


@dataclass
class _Module:
    path: Path
    tree: ast.Module
    constants: dict[str, str]  # its module-level string constants


def _modules(dirs: Sequence[str], root: Path) -> list[_Module]:
    files = [p for d in dirs for p in sorted((root / d).rglob("*.py"))]
    files.append(root / "casefile" / "errors.py")
    trees = [(p, ast.parse(p.read_text("utf-8"))) for p in files]
    return [_Module(p, tree, _module_constants(tree)) for p, tree in trees]


def _template_arguments(modules: Sequence[_Module]) -> Iterable[tuple[_Module, ast.expr]]:
    """The template argument of every KnownError-family, Message and message call."""
    names = _known_error_names([m.tree for m in modules]) | set(MESSAGE_CALLS)
    for module in modules:
        for node in ast.walk(module.tree):
            if not isinstance(node, ast.Call):
                continue
            if (getattr(node.func, "id", None) or getattr(node.func, "attr", None)) not in names:
                continue
            if node.args:
                yield module, node.args[0]
            for keyword in node.keywords:
                if keyword.arg == "template":
                    yield module, keyword.value


def _is_composed(node: ast.expr) -> bool:
    """An f-string, a concatenation, % or .format: values baked into the sentence."""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return True
    return isinstance(node, ast.Call) and (
        (isinstance(node.func, ast.Attribute) and node.func.attr == "format")
        or (isinstance(node.func, ast.Name) and node.func.id == "str")
    )


def composed_templates(root: Path = ROOT) -> list[str]:
    """Templates below the UI built from their values ("path:line: source"), which the UI
    could only translate by matching the English text: they must be literals with %1, %2…"""
    modules = _modules(TEMPLATE_DIRS, root)
    candidates = list(_template_arguments(modules))
    for module in modules:
        for node in module.tree.body:
            target = node.target if isinstance(node, ast.AnnAssign) else None
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target = node.targets[0]
            value = getattr(node, "value", None)
            if isinstance(target, ast.Name) and target.id.endswith(MESSAGE_CONSTANT_SUFFIXES):
                candidates += [(module, value)] if isinstance(value, ast.expr) else []
    found = {
        (module.path.relative_to(root).as_posix(), node.lineno, ast.unparse(node)[:70])
        for module, node in candidates
        if _is_composed(node)
    }
    return [f"{path}:{line}: {source}" for path, line, source in sorted(found)]


def known_error_messages(root: Path = ROOT) -> list[str]:
    """The templates of KnownError messages and of Messages in the layers below the UI."""
    modules = _modules(MESSAGE_DIRS, root)
    found: set[str] = set()
    for module in modules:
        found |= {
            text
            for name, text in module.constants.items()
            if name.endswith(MESSAGE_CONSTANT_SUFFIXES)
        }
    for module, node in _template_arguments(modules):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            found.add(node.value)
        elif isinstance(node, ast.Name) and node.id in module.constants:
            found.add(module.constants[node.id])
        # Anything else is a Message made elsewhere (its template is found there) or composed.
    # Templates of placeholders alone ("%1: %2", "%1\n%2") have nothing to translate.
    return sorted(text for text in found if text.strip(" %0123456789:.,\n"))


def field_labels() -> list[str]:
    """Every label the record editors show for a field (services.records.drafts.fields_of)."""
    from casefile.services.records.drafts import EDITABLE_TABLES, fields_of

    return sorted({info.label for table in EDITABLE_TABLES for info in fields_of(table)})


def _literal(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a valid Python string literal as well


def write_catalog(path: Path = CATALOG) -> None:
    """Writes the UI module that marks these texts for lupdate (ui/i18n/messages.py uses it)."""
    lines = [
        '"""Texts from below the UI that the UI shows, marked for translation.',
        "",
        "Generated by tools/update_translations.py from the templates of the KnownError messages",
        "and errors.Message phrases in domain, vault, services and reports, and from the record",
        "fields' labels. Do not edit by hand; ui/i18n/messages.py translates with it.",
        '"""',
        "",
        "# ruff: noqa: E501",
        "",
        "from casefile.ui.i18n.labels import QT_TRANSLATE_NOOP",
        "",
        "MESSAGES: tuple[str, ...] = (",
        *[f'    QT_TRANSLATE_NOOP("messages", {_literal(m)}),' for m in known_error_messages()],
        ")",
        "",
        "FIELDS: tuple[str, ...] = (",
        *[f'    QT_TRANSLATE_NOOP("fields", {_literal(m)}),' for m in field_labels()],
        ")",
        "",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    ruff = Path(sys.executable).parent / "ruff"
    if ruff.exists():
        subprocess.run([str(ruff), "format", "--quiet", str(path)], check=False)


# -- contexts of module-level tr() helpers -----------------------------------------------------


def _module_constants(tree: ast.Module) -> dict[str, str]:
    constants = {}
    for node in tree.body:
        target = node.target if isinstance(node, ast.AnnAssign) else None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
        value = getattr(node, "value", None)
        if (
            isinstance(target, ast.Name)
            and isinstance(value, ast.Constant)
            and isinstance(value.value, str)
        ):
            constants[target.id] = value.value
    return constants


def _helper_context(tree: ast.Module) -> str | None:
    """The context of `def tr(text): return QCoreApplication.translate(CONTEXT, text)`."""
    constants = _module_constants(tree)
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name in HELPER_NAMES:
            for call in ast.walk(node):
                if not (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "translate"
                    and call.args
                ):
                    continue
                first = call.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    return first.value
                if isinstance(first, ast.Name) and first.id in constants:
                    return constants[first.id]
    return None


def helper_contexts(files: Iterable[Path], root: Path = ROOT) -> dict[str, str]:
    """Relative path -> the context its bare tr() translates in (own helper or imported)."""
    trees = {f.relative_to(root).as_posix(): ast.parse(f.read_text("utf-8")) for f in files}
    own = {path: ctx for path, tree in trees.items() if (ctx := _helper_context(tree))}
    by_module = {p.removesuffix(".py").replace("/", "."): ctx for p, ctx in own.items()}
    contexts = dict(own)
    for path, tree in trees.items():
        if path in contexts:
            continue
        for node in tree.body:
            if (
                isinstance(node, ast.ImportFrom)
                and node.module in by_module
                and any(alias.name in HELPER_NAMES for alias in node.names)
            ):
                contexts[path] = by_module[node.module]
    return contexts


# -- reading and writing .ts -------------------------------------------------------------------


def read_ts(path: Path) -> list[Message]:
    if not path.exists():
        return []
    messages = []
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            translation = msg.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            numerus = msg.get("numerus") == "yes"
            if translation is None:
                forms: list[str] = []
            elif numerus:
                forms = [f.text or "" for f in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            files = {loc.get("filename", "") for loc in msg.iter("location")}
            messages.append(
                Message(
                    context=name,
                    source=msg.findtext("source") or "",
                    comment=msg.findtext("comment") or "",
                    numerus=numerus,
                    files={f for f in files if f},
                    forms=forms,
                    finished=kind in ("", "vanished", "obsolete"),
                    vanished=kind in ("vanished", "obsolete"),
                )
            )
    return messages


def write_ts(path: Path, language: str, messages: Sequence[Message]) -> None:
    """Writes a .ts as lupdate does, without line numbers (so edits elsewhere cause no churn)."""
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{language}" sourcelanguage="en">',
    ]
    for context in sorted({m.context for m in messages}):
        out += ["<context>", f"    <name>{escape(context)}</name>"]
        chosen = [m for m in messages if m.context == context]
        for m in sorted(chosen, key=lambda m: (min(m.files, default=""), m.source, m.comment)):
            out.append('    <message numerus="yes">' if m.numerus else "    <message>")
            for name in sorted(m.files):
                out.append(f'        <location filename="{escape(name)}"/>')
            out.append(f"        <source>{escape(m.source)}</source>")
            if m.comment:
                out.append(f"        <comment>{escape(m.comment)}</comment>")
            state = "" if m.is_done() else ' type="unfinished"'
            if m.vanished:
                state = ' type="vanished"'
            if m.numerus:
                out.append(f"        <translation{state}>")
                for form in m.forms or [""]:
                    out.append(f"            <numerusform>{escape(form)}</numerusform>")
                out.append("        </translation>")
            else:
                text = m.forms[0] if m.forms else ""
                out.append(f"        <translation{state}>{escape(text)}</translation>")
            out.append("    </message>")
        out.append("</context>")
    out.append("</TS>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


# -- extraction --------------------------------------------------------------------------------


@dataclass
class Extraction:
    messages: list[Message]
    #: Context-less strings in files with no known tr() helper: they would never translate.
    unmapped: list[Message]


def extract(language: str, root: Path = ROOT) -> Extraction:
    """Runs lupdate over the sources into a temporary .ts and fixes helper contexts."""
    files = source_files(root)
    contexts = helper_contexts(files, root)
    with tempfile.TemporaryDirectory(prefix="casefile-lupdate-") as tmp:
        ts = Path(tmp) / "strings.ts"
        subprocess.run(
            [
                qt_tool("lupdate"),
                "-silent",
                *(["-pluralonly"] if language.startswith("en") else []),
                "-locations",
                "absolute",
                "-target-language",
                language,
                *[str(f) for f in files],
                "-ts",
                str(ts),
            ],
            check=True,
            cwd=root,
        )
        raw = read_ts(ts)
    messages: dict[tuple[str, str, str], Message] = {}
    unmapped = []
    for message in raw:
        rel_files = {_relative(f, ts.parent, root) for f in message.files}
        targets: dict[str, set[str]] = {}
        for rel in rel_files:
            context = message.context or contexts.get(rel, "")
            targets.setdefault(context, set()).add(rel)
        for context, where in targets.items():
            moved = Message(context, message.source, message.comment, message.numerus, where)
            moved.forms = list(message.forms)  # empty, but as many as the language's plurals
            if not context:
                unmapped.append(moved)
                continue
            existing = messages.setdefault(moved.key, moved)
            existing.files |= where
            existing.numerus = existing.numerus or moved.numerus
    for message in messages.values():
        message.files = {"../../" + f for f in message.files}
    return Extraction(list(messages.values()), unmapped)


def _relative(filename: str, ts_dir: Path, root: Path) -> str:
    path = (ts_dir / filename).resolve() if not Path(filename).is_absolute() else Path(filename)
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


# -- merging -----------------------------------------------------------------------------------


def merge(
    fresh: Sequence[Message], committed: Sequence[Message], prune: bool = False
) -> tuple[list[Message], list[str]]:
    """Carries committed translations over to the fresh strings; returns them and the dropped."""
    by_key = {m.key: m for m in committed}
    by_source: dict[tuple[str, bool], Message] = {}
    for m in committed:
        if m.is_done():
            by_source.setdefault((m.source, m.numerus), m)
    merged = []
    for m in fresh:
        old = by_key.get(m.key)
        if old is None or not any(form.strip() for form in old.forms):
            old = by_source.get((m.source, m.numerus), old)  # moved to another context
        if old is not None and old.numerus == m.numerus:
            m.forms, m.finished = list(old.forms), old.finished
        merged.append(m)
    keys = {m.key for m in fresh}
    dropped = [m for m in committed if m.key not in keys and m.is_done()]
    for m in dropped:
        m.vanished = True
    return merged + ([] if prune else dropped), [f"{m.context}: {m.source!r}" for m in dropped]


def apply_translations(messages: Sequence[Message], table: dict[str, object]) -> int:
    """Fills translations from {"Context" or "*": {"source": text or [forms]}}; returns count."""
    applied = 0
    for m in messages:
        for context in (m.context, "*"):
            entries = table.get(context)
            if not isinstance(entries, dict) or m.source not in entries:
                continue
            value = entries[m.source]
            forms = [str(v) for v in value] if isinstance(value, list) else [str(value)]
            if m.numerus != isinstance(value, list):
                raise SystemExit(f"{m.context}: {m.source!r}: plural forms do not match")
            m.forms, m.finished = forms, True
            applied += 1
            break
    return applied


# -- compiling ---------------------------------------------------------------------------------


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run(
        [qt_tool("lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)], check=True
    )


def ts_path(code: str, folder: Path = TS_DIR) -> Path:
    return folder / f"casefile_{code}.ts"


# -- command -----------------------------------------------------------------------------------


def update(
    code: str, apply: dict[str, object] | None, write: bool, prune: bool = False
) -> list[Message]:
    """Extracts, merges (and writes and compiles when `write`); returns what is not translated."""
    language = LANGUAGES[code]
    extraction = extract(language)
    for m in extraction.unmapped:
        print(f"no context (no tr() helper found) in {sorted(m.files)}: {m.source!r}")
    merged, dropped = merge(extraction.messages, read_ts(ts_path(code)), prune)
    if apply:
        table = apply.get(code)
        if isinstance(table, dict):
            print(f"{code}: {apply_translations(merged, table)} translations applied")
    for line in dropped:
        print(f"{code}: {'dropped' if prune else 'kept as vanished'}, not in the code: {line}")
    missing = [m for m in merged if not m.is_done()]
    if write:
        TS_DIR.mkdir(parents=True, exist_ok=True)
        write_ts(ts_path(code), language, merged)
        compile_qm(ts_path(code), ts_path(code).with_suffix(".qm"))
    live = [m for m in merged if not m.vanished]
    print(f"{code}: {len(live)} strings, {len(missing)} not translated")
    return missing + extraction.unmapped


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report only; write nothing")
    parser.add_argument("--apply", type=Path, help="JSON of translations to fill in first")
    parser.add_argument("--list", action="store_true", help="print each untranslated string")
    parser.add_argument("--prune", action="store_true", help="drop vanished translations")
    args = parser.parse_args(argv)
    apply = json.loads(args.apply.read_text("utf-8")) if args.apply else None
    # A template built from its values could only be translated by matching the English text;
    # the rest is still written, but the command fails until each is a literal.
    composed = composed_templates()
    for line in composed:
        print(f"template built from its values (write %1, %2… and pass the values): {line}")
    failed = False
    if not args.check:
        sys.path.insert(0, str(ROOT))
        write_catalog()
    if not args.check:
        # Qt's own strings for languages PySide6 ships no translation of (qtbase_ky: the
        # standard buttons and the text fields' menus), kept by hand in the same folder.
        for extra in sorted(TS_DIR.glob("qtbase_*.ts")):
            compile_qm(extra, extra.with_suffix(".qm"))
    for code in LANGUAGES:
        missing = update(code, apply, write=not args.check, prune=args.prune)
        failed = failed or bool(missing)
        if args.list:
            for m in missing:
                print(f"  [{code}] {m.context}: {m.source!r}")
    # The reports' words: their own .ts files, merged by the sibling tool (it takes --apply).
    reports = _sibling("update_report_translations")
    flags = [flag for flag, on in (("--check", args.check), ("--list", args.list)) if on]
    reports_failed = reports.main([*flags, *(["--prune"] if args.prune else [])]) != 0
    return 1 if composed or (args.check and (failed or reports_failed)) else 0


def _sibling(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(f"{name}.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


if __name__ == "__main__":
    sys.exit(main())
