"""Which focusable widgets a screen reader could not name (issue 18, finding 11).

A focusable widget is named when it has an accessible name, a label whose buddy it is beside it
(Qt reads a buddy only from a sibling label: QAccessibleWidget's Label relation), or text of
its own that says what it does (a button's or a check box's text, a check box group's title,
a tab bar's tab texts). An icon-only button, a list, a table or a text field has none of its
own. Qt's own parts of a widget (a spin box's line, a scroll area's viewport: "qt_" names) and
widgets that pass their focus to another (a focus proxy) are left out: the proxy is checked.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QTabBar, QWidget


def _own_text(widget: QWidget) -> str:
    if isinstance(widget, QAbstractButton):
        text = widget.text().replace("&", "").strip()
        # "×" or "…" alone says nothing aloud: such a button is icon-only.
        return text if any(ch.isalnum() for ch in text) else ""
    if isinstance(widget, QLabel):  # a selectable label: Qt reads its text
        return widget.text().strip()
    if isinstance(widget, QGroupBox):
        return widget.title().replace("&", "").strip()
    if isinstance(widget, QTabBar):
        texts = [widget.tabText(i) for i in range(widget.count())]
        return " ".join(texts).strip() if texts and all(t.strip() for t in texts) else ""
    return ""


def _labelled_by_sibling(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    if parent is None:
        return False
    return any(
        label.buddy() is widget and label.text().strip()
        for label in parent.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly)
    )


def _only_field_of_titled_box(widget: QWidget) -> bool:
    # Qt names a group box's children by its title; right only when it holds one field.
    box = widget.parentWidget()
    if not isinstance(box, QGroupBox) or not box.title().strip():
        return False
    return [w for w in focusable_widgets(box) if w is not box] == [widget]


def is_named(widget: QWidget) -> bool:
    return bool(
        widget.accessibleName().strip()
        or _labelled_by_sibling(widget)
        or _own_text(widget)
        or _only_field_of_titled_box(widget)
    )


def _inside_combo_box(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def focusable_widgets(root: QWidget) -> list[QWidget]:
    """Every widget under root (root too) that can take the keyboard focus, shown or not."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if widget.objectName().startswith("qt_"):  # Qt's own parts of a widget
            continue
        if widget.focusProxy() is not None:  # passes the focus on: the proxy is checked
            continue
        if _inside_combo_box(widget):  # its list or line: the combo box is checked
            continue
        if isinstance(widget, QLabel) and widget.isHidden() and not widget.text():
            continue  # a message line, shown only with its text
        found.append(widget)
    return found


def describe(widget: QWidget) -> str:
    """A widget for a failure message: its class, object name and its parents' names."""
    path = []
    parent = widget.parentWidget()
    while parent is not None and len(path) < 4:
        name = parent.objectName() or str(getattr(parent, "page_id", "") or "")
        if name and not name.startswith("qt_"):
            path.append(name)
        parent = parent.parentWidget()
    name = f"#{widget.objectName()}" if widget.objectName() else ""
    extra = ""
    if hasattr(widget, "placeholderText") and widget.placeholderText():
        extra = f" placeholder={widget.placeholderText()!r}"
    elif widget.toolTip():
        extra = f" tooltip={widget.toolTip()!r}"
    return f"{type(widget).__name__}{name} in {' < '.join(path) or '-'}{extra}"


def unnamed_widgets(root: QWidget) -> list[str]:
    """Descriptions of the focusable widgets under root that have no name."""
    return [describe(w) for w in focusable_widgets(root) if not is_named(w)]
