"""The patient list's table model: number, name, date of birth, status and flag."""

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from hat_desktop.domain.missed_doses import Flag, FlagLevel
from hat_desktop.domain.patients import Patient, PatientStatus
from hat_desktop.domain.times import format_date
from hat_desktop.gui.table_model import ModelIndex, RowsTableModel
from hat_desktop.palette import FLAG_COLOURS, PATIENT_STATUS_COLOURS

PATIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
FLAG_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class PatientRow:
    patient: Patient
    flag: Flag


class PatientListModel(RowsTableModel[PatientRow]):
    HEADERS = ("Clinic number", "Name", "Date of birth", "Status", "Flag")
    FLAG_COLUMN = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bold = QFont()
        self._bold.setBold(True)

    def patient(self, row: int) -> Patient | None:
        found = self.row_at(row)
        return found.patient if found is not None else None

    def row_of(self, patient_id: int) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.patient.id == patient_id), None)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        p = row.patient
        column = index.column()
        if role == PATIENT_ID_ROLE:
            return p.id
        if role == FLAG_ROLE:
            return row.flag.level.value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (p.clinic_number, p.full_name, format_date(p.date_of_birth), p.status.label,
                    row.flag.words)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.FLAG_COLUMN:
            return row.flag.message or None
        if column == self.FLAG_COLUMN and row.flag.level is not FlagLevel.NONE:
            background, foreground = FLAG_COLOURS[row.flag.level.value]
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(background))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(foreground))
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            return None
        if role == Qt.ItemDataRole.ForegroundRole and p.status is not PatientStatus.ACTIVE:
            return QBrush(QColor(PATIENT_STATUS_COLOURS[p.status.value][1]))
        return None
