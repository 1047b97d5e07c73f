"""A patient's attendance grid: the last 8 weeks, one row per week, one column per
day and session, each cell coloured by its state from palette.STATE_COLOURS and
labelled with a letter (a colour is never the only sign), with a tooltip saying the
date, the session and the state in words."""

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from hat_desktop.domain.missed_doses import Assessment, SessionState
from hat_desktop.domain.sessions import Calendar, Window
from hat_desktop.domain.times import format_date
from hat_desktop.gui.table_model import ROOT, ModelIndex
from hat_desktop.palette import EMPTY_COLOURS, FRAME, state_colours

WEEKS = 8
DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
STATE_ROLE = Qt.ItemDataRole.UserRole + 2
TODAY_ROLE = Qt.ItemDataRole.UserRole + 3
CODES: dict[SessionState, str] = {
    SessionState.DOSED: "D",
    SessionState.WITHHELD: "W",
    SessionState.MISSED: "M",
    SessionState.ON_HOLD: "H",
    SessionState.AWAY: "A",
    SessionState.DUE: "•",
    SessionState.NOT_DUE: "–",
}
LEGEND_ORDER = (SessionState.DOSED, SessionState.WITHHELD, SessionState.MISSED,
                SessionState.ON_HOLD, SessionState.AWAY, SessionState.DUE, SessionState.NOT_DUE)
DAY_GAP = 4  # pixels between one day's sessions and the next day's


@dataclass(frozen=True)
class GridDay:
    day: date
    windows: tuple[Window, ...]
    states: dict[int, SessionState]
    closure: str | None = None


def first_day(today: date) -> date:
    """The Monday that starts the grid: 7 weeks before this week's Monday."""
    return today - timedelta(days=today.weekday() + 7 * (WEEKS - 1))


def grid_days(calendar: Calendar, closures: dict[date, str], assessment: Assessment,
              today: date) -> list[GridDay]:
    """Every day of the grid, up to today, with its sessions' states. Days the engine did
    not scan (before any prescription) are not due."""
    assessed = {d.day: d for d in assessment.days}
    days = []
    day = first_day(today)
    while day <= today:
        found = assessed.get(day)
        if found is not None:
            windows = tuple(s.window for s in found.sessions)
            states = {s.window.number: s.state for s in found.sessions}
        else:
            windows = calendar.windows(day)
            states = {w.number: SessionState.NOT_DUE for w in windows}
        days.append(GridDay(day, windows, states, closures.get(day)))
        day += timedelta(days=1)
    return days


class AttendanceGridModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.first = date.min
        self.today = date.min
        self.days: dict[date, GridDay] = {}
        self.sessions = 0

    def set_days(self, days: list[GridDay], today: date) -> None:
        self.beginResetModel()
        self.today = today
        self.first = first_day(today)
        self.days = {d.day: d for d in days}
        self.sessions = max((len(d.windows) for d in days), default=0) or 1
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() or not self.days else WEEKS

    def columnCount(self, parent: ModelIndex = ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() or not self.days else 7 * self.sessions

    def place(self, index: ModelIndex) -> tuple[date, int]:
        """The day and session number of a cell."""
        day = self.first + timedelta(days=7 * index.row() + index.column() // self.sessions)
        return day, index.column() % self.sessions + 1

    def index_of(self, day: date, session: int) -> QModelIndex:
        offset = (day - self.first).days
        return self.index(offset // 7, (offset % 7) * self.sessions + session - 1)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            name = DAY_NAMES[section // self.sessions]
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{name}, session {section % self.sessions + 1}"
            return f"{name}\n{section % self.sessions + 1}"
        monday = self.first + timedelta(days=7 * section)
        return f"w/c {format_date(monday)[:5]}" if role == Qt.ItemDataRole.DisplayRole \
            else f"Week beginning {format_date(monday)}"

    def state(self, day: date, session: int) -> SessionState | None:
        found = self.days.get(day)
        return found.states.get(session) if found is not None else None

    def describe(self, day: date, session: int) -> str:
        """'Mon 02/03/2026, Session 1 (08:30–11:00): Missed'."""
        when = f"{DAY_NAMES[day.weekday()]} {format_date(day)}"
        found = self.days.get(day)
        if found is None:
            return f"{when}: still to come"
        if found.closure is not None:
            return f"{when}: clinic closed ({found.closure})"
        window = next((w for w in found.windows if w.number == session), None)
        if window is None:
            return f"{when}: no session {session} that day"
        state = found.states[session]
        return f"{when}, {window.label}: {state.label}"

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self.days:
            return None
        day, session = self.place(index)
        state = self.state(day, session)
        if role == Qt.ItemDataRole.DisplayRole:
            return CODES[state] if state is not None else ""
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.describe(day, session)
        if role == STATE_ROLE:
            return state.value if state is not None else ""
        if role == TODAY_ROLE:
            return day == self.today
        background, foreground = state_colours(state.value) if state is not None \
            else EMPTY_COLOURS
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(background))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(foreground))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class AttendanceGridDelegate(QStyledItemDelegate):
    """Each cell a tile in its state's colour with its letter; today framed."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: ModelIndex) -> None:
        rect: QRect = option.rect.adjusted(1, 1, -1, -1)
        model = index.model()
        if isinstance(model, AttendanceGridModel) and index.column() % model.sessions == 0 \
                and index.column() > 0:
            rect.setLeft(rect.left() + DAY_GAP)
        painter.save()
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        if isinstance(background, QBrush):
            painter.fillRect(rect, background)
        if index.data(TODAY_ROLE):  # a dark frame lined with white shows on every colour
            pen = QPen(QColor(FRAME))
            pen.setWidth(3)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
            painter.setPen(QPen(QColor(Qt.GlobalColor.white)))
            painter.drawRect(rect.adjusted(3, 3, -4, -4))
        elif option.state & QStyle.StateFlag.State_HasFocus:
            pen = QPen(QColor(FRAME))
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        if isinstance(foreground, QBrush):
            painter.setPen(foreground.color())
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter),
                         str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        painter.restore()


def build_legend(layout: QHBoxLayout, parent: QWidget) -> list[QLabel]:
    """One chip per state, in the same colours and letters as the grid."""
    chips = []
    for state in LEGEND_ORDER:
        background, foreground = state_colours(state.value)
        chip = QLabel(f" {CODES[state]}  {state.label} ", parent)
        chip.setObjectName(f"legend_{state.value}")
        chip.setStyleSheet(f"background:{background}; color:{foreground}; font-weight:bold; "
                           "border:1px solid #b0bec5; border-radius:3px; padding:2px 6px;")
        layout.addWidget(chip)
        chips.append(chip)
    today = QLabel(" Today (framed) ", parent)
    today.setObjectName("legend_today")
    today.setStyleSheet(f"border:3px solid {FRAME}; border-radius:3px; padding:1px 6px;")
    layout.addWidget(today)
    chips.append(today)
    layout.addStretch(1)
    return chips
