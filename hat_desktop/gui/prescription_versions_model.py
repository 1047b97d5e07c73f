"""Every version of a patient's prescription, newest first: old versions stay readable."""

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from hat_desktop.domain.prescriptions import Prescription, current_version
from hat_desktop.domain.times import format_date, format_local
from hat_desktop.gui.table_model import ModelIndex, RowsTableModel
from hat_desktop.palette import CURRENT_VERSION_BACKGROUND


def sessions_text(rx: Prescription) -> str:
    return ", ".join(str(s) for s in sorted(rx.sessions))


def version_text(rx: Prescription, tz: ZoneInfo) -> str:
    """One version in full, as the detail under the table shows it."""
    lines = [
        f"Version {rx.version}: {rx.summary}.",
        f"Prescribed by {rx.prescriber_name} (Home Office licence {rx.prescriber_licence}) "
        f"on {format_local(rx.created_at, tz)}.",
    ]
    if rx.change_reason:
        lines.append(f"Reason for the change: {rx.change_reason}")
    if rx.notes:
        lines.append(f"Notes: {rx.notes}")
    return "\n".join(lines)


class PrescriptionVersionsModel(RowsTableModel[Prescription]):
    """One row per version, newest first."""

    HEADERS = ("Version", "Dose", "Sessions", "Daily max", "Dates", "Prescriber (licence)",
               "Reason for change")
    REASON_COLUMN = 6  # when each version was written: in its tooltip and the detail below

    def __init__(self, tz: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.current_id: int | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    def set_versions(self, oldest_first: list[Prescription], today: date, now: datetime) -> None:
        current = current_version(oldest_first, today, now + timedelta(microseconds=1))
        self.current_id = current.id if current is not None else None
        self.set_rows(list(reversed(oldest_first)))

    @property
    def current(self) -> Prescription | None:
        return next((v for v in self.rows if v.id == self.current_id), None)

    def _cells(self, rx: Prescription) -> tuple[str, ...]:
        version = f"v{rx.version}" + (" (current)" if rx.id == self.current_id else "")
        return (version, rx.dose_text, sessions_text(rx),
                f"{rx.daily_max_mg} mg" if rx.daily_max_mg else "—",
                f"{format_date(rx.start_date)} – {format_date(rx.end_date)}",
                f"{rx.prescriber_name} ({rx.prescriber_licence})",
                rx.change_reason or ("First prescription" if rx.version == 1 else ""))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        rx = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._cells(rx)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return version_text(rx, self.tz)
        if rx.id == self.current_id:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(CURRENT_VERSION_BACKGROUND))
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
        return None
