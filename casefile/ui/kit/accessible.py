"""Names for screen readers: a field is named after its label, a list or a button by a text.

Qt names a widget from a label only when the label is its buddy and they share a parent
(QAccessibleWidget's Label relation). A field made of parts (a date entry, a reference field)
takes the focus on an inner line, which no label beside the field reaches; that line gets the
label's text as its accessible name. Texts set here are interface strings translated by the
caller, so a language switch relabels them (ui/i18n/relabel.py swaps accessible names too).
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget


def focus_target(widget: QWidget) -> QWidget:
    """The widget that takes the focus for `widget` (the end of its focus-proxy chain)."""
    target = widget
    while (proxy := target.focusProxy()) is not None and proxy is not target:
        target = proxy
    return target


def name_for(widget: QWidget, label: QLabel | str) -> None:
    """Names `widget` for screen readers after `label` (a QLabel, or a translated text).

    A QLabel becomes the widget's buddy (its Alt+letter, Qt's label relation); where the
    relation cannot reach what takes the focus (an inner line, a label elsewhere), that widget
    gets the label's text as its accessible name.
    """
    if isinstance(label, QLabel):
        label.setBuddy(widget)
        text = label.text()
        target = focus_target(widget)
        if target is widget and label.parentWidget() is widget.parentWidget():
            return
    else:
        text, target = label, focus_target(widget)
    target.setAccessibleName(text)


def name_form_rows(form: QFormLayout) -> None:
    """Names each field of a form layout after its row's label (see name_for).

    Call it once the layout is in its widget, so labels and fields share their parent.
    """
    for row in range(form.rowCount()):
        label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        label = label_item.widget() if label_item is not None else None
        field = field_item.widget() if field_item is not None else None
        if isinstance(label, QLabel) and field is not None:
            name_for(field, label)
