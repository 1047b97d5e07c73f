"""The table model of today's board: one row per active patient, one column per
session of the day (after the patient and flag columns), coloured from palette.py."""

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from hat_desktop.domain.missed_doses import Flag, FlagLevel
from hat_desktop.gui.table_model import ROOT, ModelIndex
from hat_desktop.palette import FLAG_COLOURS, FRAME, state_colours
from hat_desktop.services.attendance import Board, BoardCell, BoardRow, BoardState

PATIENT_COLUMN = 0
FLAG_COLUMN = 1
FIRST_SESSION_COLUMN = 2
PATIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2
# The roles the board answers (any other: None), worked out once per row and board:
# Qt asks for them again for every cell at every sizing and paint.
ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
         Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole,
         Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole, STATE_ROLE)


def cell_text(cell: BoardCell) -> str:
    """'Dosed · 180 mg at 09:12', with the dose change on its own line."""
    label = cell.state.label
    detail = cell.detail
    if detail.lower().startswith(label.lower()):  # "Withheld · withheld at 09:50"
        detail = detail[len(label):].strip()
    joint = ": " if cell.state is BoardState.AWAY else " · "  # "Away: custody"
    text = f"{label}{joint}{detail}" if detail else label
    if cell.dose_change:
        text += f"\n{cell.dose_change[0].upper()}{cell.dose_change[1:]}"
    return text


def patient_text(row: BoardRow) -> str:
    text = row.patient.label
    if row.expiry_warning:
        text += f"\n{row.expiry_warning[0].upper()}{row.expiry_warning[1:]}"
    return text


class BoardModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.board: Board | None = None
        self._bold = QFont()
        self._bold.setBold(True)
        self._roles: list[list[dict[int, Any]] | None] = []  # per row, per column

    # --- contents ----------------------------------------------------------------------
    def set_board(self, board: Board) -> bool:
        """The board read again. The same patients against the same sessions: only the rows
        that changed are told to the view (none when nothing did: a refresh by the timer);
        other patients or sessions: the model is reset (and True returned: the view's
        columns are new)."""
        old = self.board
        if (old is None or old.windows != board.windows or len(old.rows) != len(board.rows)
                or any(a.patient.id != b.patient.id
                       for a, b in zip(old.rows, board.rows, strict=True))):
            self.beginResetModel()
            self.board = board
            self._roles = [None] * len(board.rows)
            self.endResetModel()
            return True
        self.board = board
        changed = [n for n, (a, b) in enumerate(zip(old.rows, board.rows, strict=True))
                   if a != b]
        for n in changed:
            self._roles[n] = None
        last = self.columnCount() - 1
        for n in changed:
            self.dataChanged.emit(self.index(n, 0), self.index(n, last))
        return False

    @property
    def rows(self) -> tuple[BoardRow, ...]:
        return self.board.rows if self.board is not None else ()

    def patient_id(self, row: int) -> int | None:
        return self.rows[row].patient.id if 0 <= row < len(self.rows) else None

    def row_of(self, patient_id: int) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.patient.id == patient_id), None)

    def cell(self, row: int, session: int) -> BoardCell:
        return self.rows[row].cells[session - 1]

    # --- the Qt model ------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = ROOT) -> int:  # noqa: N802 - Qt API
        if parent.isValid() or self.board is None:
            return 0
        return FIRST_SESSION_COLUMN + len(self.board.windows)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == PATIENT_COLUMN:
            return "Patient"
        if section == FLAG_COLUMN:
            return "Flag"
        assert self.board is not None
        w = self.board.windows[section - FIRST_SESSION_COLUMN]
        return f"Session {w.number}\n{w.start:%H:%M}–{w.end:%H:%M}"

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.board is None:
            return None
        n = index.row()
        columns = self._roles[n]
        if columns is None:
            columns = self._roles[n] = self._row_roles(self.rows[n])
        return columns[index.column()].get(role)

    def _row_roles(self, row: BoardRow) -> list[dict[int, Any]]:
        """What each cell of a row shows, by role (the roles answered None left out)."""
        answers: list[Callable[[int], Any]] = [
            lambda role: self._patient_data(row, role),
            lambda role: self._flag_data(row.flag, role)]
        answers += [partial(self._cell_data, cell) for cell in row.cells]
        columns = []
        for answer in answers:
            roles = {role: value for role in ROLES if (value := answer(role)) is not None}
            roles[PATIENT_ID_ROLE] = row.patient.id
            columns.append(roles)
        return columns

    def _patient_data(self, row: BoardRow, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return patient_text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.prescription.summary if row.prescription else "No current prescription"
        if role == Qt.ItemDataRole.FontRole and row.flag.level is FlagLevel.HOLD:
            return self._bold
        return None

    def _flag_data(self, flag: Flag, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return flag.words
        if role == Qt.ItemDataRole.ToolTipRole:
            return flag.message or None
        if role == STATE_ROLE:
            return flag.level.value
        background, foreground = FLAG_COLOURS[flag.level.value]
        if role == Qt.ItemDataRole.BackgroundRole and flag.level is not FlagLevel.NONE:
            return QBrush(QColor(background))
        if role == Qt.ItemDataRole.ForegroundRole and flag.level is not FlagLevel.NONE:
            return QBrush(QColor(foreground))
        if role == Qt.ItemDataRole.FontRole and flag.level is not FlagLevel.NONE:
            return self._bold
        return None

    def _cell_data(self, cell: BoardCell, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return cell_text(cell)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{cell.window.label}: {cell_text(cell)}"
        if role == STATE_ROLE:
            return cell.state.value
        background, foreground = state_colours(cell.state.value)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(background))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(foreground))
        if role == Qt.ItemDataRole.FontRole and cell.dose_change:
            return self._bold
        return None


class BoardDelegate(QStyledItemDelegate):
    """Keeps the state colours on the selected row (a selection colour would hide
    them) and marks the selection with a dark frame instead."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: ModelIndex) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        opt = QStyleOptionViewItem(option)
        opt.state &= ~QStyle.StateFlag.State_Selected
        opt.state &= ~QStyle.StateFlag.State_HasFocus
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        rect = opt.rect
        if isinstance(background, QBrush):
            painter.fillRect(rect, background)
        super().paint(painter, opt, index)
        if selected:
            painter.save()
            pen = QPen(QColor(FRAME))
            pen.setWidth(3)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
            painter.restore()
