"""The frame every flat table model shares: a list of rows, one column per heading, the
headings across the top. Subclasses name their HEADERS and say what a cell shows (data)."""

from collections.abc import Sequence
from typing import Any, Generic, TypeAlias, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

# The invalid index Qt passes for the top level; a shared default for rowCount/columnCount.
ROOT = QModelIndex()

# What Qt passes to a model's or a delegate's overrides (data, rowCount, paint...): either kind
# of index. An override must accept both, as its base class does.
ModelIndex: TypeAlias = QModelIndex | QPersistentModelIndex

RowT = TypeVar("RowT")


class RowsTableModel(QAbstractTableModel, Generic[RowT]):
    """One row per item of ``rows``, one column per heading of ``HEADERS``."""

    HEADERS: Sequence[str] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RowT] = []

    def set_rows(self, rows: list[RowT]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> RowT | None:
        """The item shown in ``row``, or None if there is no such row."""
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: ModelIndex = ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None
