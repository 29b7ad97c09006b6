"""A read-only table of rows, set up the way every dialog's list is (whole rows, no editing,
columns at their starting widths, the last one stretched)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from casefile.ui.kit.table_model import Column


def rows_table(
    parent: QWidget, model: QAbstractItemModel, columns: Sequence[Column], name: str
) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for number, column in enumerate(columns):
        view.setColumnWidth(number, column.width)
    return view
