"""Manager's dialog: session windows, closure days, the missed-dose, assessment and
observation thresholds, and the dose ceilings per drug and the injection sites."""

from datetime import date, timedelta

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QListWidgetItem, QSpinBox, QTableWidgetItem, QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.domain.times import format_date
from hat_desktop.gui.form_dialog import FormDialog
from hat_desktop.gui.forms.ui_clinic_day_settings import Ui_ClinicDaySettings
from hat_desktop.gui.messages import run_action, run_service, show_info
from hat_desktop.gui.qt_dates import pydate, qdate
from hat_desktop.gui.scrolling import scroll_part
from hat_desktop.services import schedule
from hat_desktop.services import settings as settings_service
from hat_desktop.services.open_register import OpenRegister


class ClinicDaySettings(FormDialog[Ui_ClinicDaySettings, None]):
    def __init__(self, reg: OpenRegister, user: User, parent: QWidget | None = None) -> None:
        super().__init__(Ui_ClinicDaySettings(), parent)
        self.reg = reg
        self.user = user
        v = self.view
        ui = self.ui
        # Taller than a 1280×720 screen: the form scrolls there, the error and the Close
        # button below it always in view (as in the other long dialogs).
        scroll_part(ui.mainLayout, ui.errorLabel)
        self.rows = [(ui.session1Check, ui.start1Edit, ui.end1Edit),
                     (ui.session2Check, ui.start2Edit, ui.end2Edit),
                     (ui.session3Check, ui.start3Edit, ui.end3Edit)]
        for check, start, end in self.rows:
            check.toggled.connect(lambda on, s=start, e=end: (s.setEnabled(on), e.setEnabled(on)))
        tomorrow = reg.today() + timedelta(days=1)
        ui.effectiveEdit.setDate(qdate(tomorrow))
        ui.effectiveEdit.setMinimumDate(qdate(reg.today()))
        ui.closureDateEdit.setDate(qdate(tomorrow))
        ui.closureDateEdit.setMinimumDate(qdate(reg.today()))
        ui.effectiveEdit.dateChanged.connect(self._load_windows)
        ui.saveSessionsButton.clicked.connect(self._save_sessions)
        ui.addClosureButton.clicked.connect(self._add_closure)
        ui.removeClosureButton.clicked.connect(self._remove_closure)
        ui.saveThresholdsButton.clicked.connect(self._save_thresholds)
        ui.addCeilingButton.clicked.connect(lambda: self._add_ceiling_row())
        ui.ceilingsTable.setColumnCount(3)
        ui.ceilingsTable.setHorizontalHeaderLabels(
            ["Drug", "Most per injection (mg)", "Most per day (mg)"])
        ui.saveCeilingsButton.clicked.connect(self._save_ceilings)
        ui.ceilingsTable.horizontalHeader().setStretchLastSection(True)
        ui.closeButton.clicked.connect(v.accept)
        self._load_windows()
        self._load_closures()
        self._load_thresholds()
        self._load_ceilings()

    # --- sessions -----------------------------------------------------------------------------
    def _load_windows(self) -> None:
        ui = self.ui
        today = self.reg.today()
        current = schedule.windows_on(self.reg, today)
        ui.sessionsNowLabel.setText("Today: " + (", ".join(
            f"{w.start:%H:%M}–{w.end:%H:%M}" for w in current) or "closed") +
            ". New times start on the date you choose (today only if no session has started): "
            "past days keep the times they had.")
        shown = schedule.windows_on(self.reg, pydate(ui.effectiveEdit.date())) or current
        for n, (check, start, end) in enumerate(self.rows):
            window = shown[n] if n < len(shown) else None
            check.setChecked(window is not None)
            start.setEnabled(window is not None)
            end.setEnabled(window is not None)
            if window is not None:
                start.setTime(QTime(window.start.hour, window.start.minute))
                end.setTime(QTime(window.end.hour, window.end.minute))

    def _save_sessions(self) -> None:
        pairs = [(start.time().toString("HH:mm"), end.time().toString("HH:mm"))
                 for check, start, end in self.rows if check.isChecked()]
        when = pydate(self.ui.effectiveEdit.date())
        saved = run_service(lambda: schedule.set_windows(self.reg, self.user, pairs, when),
                            error_label=self.ui.errorLabel)
        if saved is not None:
            show_info(self.view, f"From {format_date(when)} the sessions are "
                      + ", ".join(f"{w.start:%H:%M}–{w.end:%H:%M}" for w in saved) + ".")
            self._load_windows()

    # --- closures -----------------------------------------------------------------------------
    def _load_closures(self) -> None:
        ui = self.ui
        ui.closuresList.clear()
        for day, reason in sorted(schedule.closures(self.reg).items()):
            if day >= self.reg.today():
                item = QListWidgetItem(f"{format_date(day)} — {reason}")
                item.setData(Qt.ItemDataRole.UserRole, day.isoformat())
                ui.closuresList.addItem(item)

    def _add_closure(self) -> None:
        ui = self.ui
        day = pydate(ui.closureDateEdit.date())
        if run_action(lambda: schedule.add_closure(self.reg, self.user, day,
                                                   ui.closureReasonEdit.text()),
                      error_label=ui.errorLabel):
            ui.closureReasonEdit.clear()
            self._load_closures()

    def _remove_closure(self) -> None:
        ui = self.ui
        item = ui.closuresList.currentItem()
        if item is None:
            ui.errorLabel.setText("Choose a closure day in the list first.")
            ui.errorLabel.show()
            return
        day = date.fromisoformat(item.data(Qt.ItemDataRole.UserRole))
        if run_action(lambda: schedule.remove_closure(self.reg, self.user, day),
                      error_label=ui.errorLabel):
            self._load_closures()

    # --- thresholds -----------------------------------------------------------------------------
    def _spins(self) -> dict[str, QSpinBox]:
        ui = self.ui
        return {"note_days": ui.noteSpin, "warning_days": ui.warningSpin, "hold_days": ui.holdSpin,
                "sedation_withhold_score": ui.sedationSpin,
                "breath_alcohol_withhold": ui.alcoholSpin,
                "observation_minutes": ui.observationSpin,
                "top_up_minutes": ui.topUpSpin,
                "expiry_warning_days": ui.expirySpin,
                "review_interval_months": ui.reviewIntervalSpin,
                "release_spo2_below": ui.releaseSpo2Spin,
                "release_resp_rate_below": ui.releaseRateSpin,
                "release_sedation_score": ui.releaseSedationSpin}

    def _load_thresholds(self) -> None:
        s = self.reg.settings
        for name, spin in self._spins().items():
            spin.setValue(getattr(s, name))
        self.ui.witnessPinCheck.setChecked(s.witness_pin)
        self.ui.releaseSoundCheck.setChecked(s.release_sound)

    def _save_thresholds(self) -> None:
        values: dict[str, object] = {
            name: spin.value() for name, spin in self._spins().items()}
        values["witness_pin"] = self.ui.witnessPinCheck.isChecked()
        values["release_sound"] = self.ui.releaseSoundCheck.isChecked()
        if run_service(lambda: settings_service.change(self.reg, self.user, **values),
                       error_label=self.ui.errorLabel) is not None:
            show_info(self.view, "The thresholds were saved.")

    # --- ceilings and sites ---------------------------------------------------------------------
    def _load_ceilings(self) -> None:
        ui = self.ui
        s = self.reg.settings
        ui.ceilingsTable.setRowCount(0)
        for drug, per_injection, per_day in s.dose_ceilings:
            self._add_ceiling_row((drug, per_injection, per_day))
        ui.ceilingsTable.resizeColumnsToContents()
        ui.sitesEdit.setPlainText("\n".join(s.injection_sites))

    def _add_ceiling_row(self, values: tuple[str, int | None, int | None] | None = None
                         ) -> None:
        table = self.ui.ceilingsTable
        row = table.rowCount()
        table.insertRow(row)
        for column, value in enumerate(values or ("", None, None)):
            table.setItem(row, column, QTableWidgetItem("" if value is None else str(value)))
        if values is None:  # a new row: its drug typed first
            table.setCurrentCell(row, 0)
            table.setFocus()

    def _ceilings(self) -> tuple[tuple[str, int | str | None, int | str | None], ...]:
        """As typed (a row with no drug is left out); the settings check every figure."""
        table = self.ui.ceilingsTable
        rows = []
        for row in range(table.rowCount()):
            items = [table.item(row, c) for c in range(3)]
            cells = [item.text().strip() if item is not None else "" for item in items]
            if cells[0]:
                rows.append((cells[0], _whole(cells[1]), _whole(cells[2])))
        return tuple(rows)

    def _save_ceilings(self) -> None:
        sites = tuple(line.strip() for line in self.ui.sitesEdit.toPlainText().splitlines()
                      if line.strip())
        if run_service(lambda: settings_service.change(
                self.reg, self.user, dose_ceilings=self._ceilings(), injection_sites=sites),
                error_label=self.ui.errorLabel) is not None:
            show_info(self.view, "The dose ceilings and injection sites were saved.")
            self._load_ceilings()


def _whole(text: str) -> int | str | None:
    """A typed figure: a whole number, blank (None), or the text for the check to refuse."""
    if not text:
        return None
    return int(text) if text.isdigit() else text
