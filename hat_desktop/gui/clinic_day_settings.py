"""Manager's dialog: session windows, closure days, and the missed-dose, assessment and
observation thresholds."""

from datetime import date, timedelta

from PySide6.QtCore import QDate, QObject, Qt, QTime
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.domain.times import format_date
from hat_desktop.gui.forms import load_form
from hat_desktop.gui.messages import run_service, show_info
from hat_desktop.services import schedule
from hat_desktop.services import settings as settings_service
from hat_desktop.services.open_register import OpenRegister


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ClinicDaySettings(QObject):
    def __init__(self, reg: OpenRegister, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reg = reg
        self.user = user
        self.view: QDialog = load_form("clinic_day_settings", parent)  # type: ignore[assignment]
        v = self.view
        self.rows = [(getattr(v, f"session{n}Check"), getattr(v, f"start{n}Edit"),
                      getattr(v, f"end{n}Edit")) for n in (1, 2, 3)]
        for check, start, end in self.rows:
            check.toggled.connect(lambda on, s=start, e=end: (s.setEnabled(on), e.setEnabled(on)))
        tomorrow = reg.today() + timedelta(days=1)
        v.effectiveEdit.setDate(_qdate(tomorrow))
        v.effectiveEdit.setMinimumDate(_qdate(reg.today()))
        v.closureDateEdit.setDate(_qdate(tomorrow))
        v.closureDateEdit.setMinimumDate(_qdate(reg.today()))
        v.effectiveEdit.dateChanged.connect(self._load_windows)
        v.saveSessionsButton.clicked.connect(self._save_sessions)
        v.addClosureButton.clicked.connect(self._add_closure)
        v.removeClosureButton.clicked.connect(self._remove_closure)
        v.saveThresholdsButton.clicked.connect(self._save_thresholds)
        v.closeButton.clicked.connect(v.accept)
        self._load_windows()
        self._load_closures()
        self._load_thresholds()

    # --- sessions -----------------------------------------------------------------------------
    def _load_windows(self) -> None:
        v = self.view
        today = self.reg.today()
        current = schedule.windows_on(self.reg, today)
        v.sessionsNowLabel.setText("Today: " + (", ".join(
            f"{w.start:%H:%M}–{w.end:%H:%M}" for w in current) or "closed") +
            ". New times start on the date you choose (today only if no session has started): "
            "past days keep the times they had.")
        shown = schedule.windows_on(self.reg, _date(v.effectiveEdit.date())) or current
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
        when = _date(self.view.effectiveEdit.date())
        saved = run_service(lambda: schedule.set_windows(self.reg, self.user, pairs, when),
                            error_label=self.view.errorLabel)
        if saved is not None:
            show_info(self.view, f"From {format_date(when)} the sessions are "
                      + ", ".join(f"{w.start:%H:%M}–{w.end:%H:%M}" for w in saved) + ".")
            self._load_windows()

    # --- closures -----------------------------------------------------------------------------
    def _load_closures(self) -> None:
        v = self.view
        v.closuresList.clear()
        for day, reason in sorted(schedule.closures(self.reg).items()):
            if day >= self.reg.today():
                item = QListWidgetItem(f"{format_date(day)} — {reason}")
                item.setData(Qt.ItemDataRole.UserRole, day.isoformat())
                v.closuresList.addItem(item)

    def _add_closure(self) -> None:
        v = self.view
        day = _date(v.closureDateEdit.date())
        if run_service(lambda: schedule.add_closure(self.reg, self.user, day,
                                                    v.closureReasonEdit.text()) or True,
                       error_label=v.errorLabel):
            v.closureReasonEdit.clear()
            self._load_closures()

    def _remove_closure(self) -> None:
        v = self.view
        item = v.closuresList.currentItem()
        if item is None:
            v.errorLabel.setText("Choose a closure day in the list first.")
            v.errorLabel.show()
            return
        day = date.fromisoformat(item.data(Qt.ItemDataRole.UserRole))
        if run_service(lambda: schedule.remove_closure(self.reg, self.user, day) or True,
                       error_label=v.errorLabel):
            self._load_closures()

    # --- thresholds -----------------------------------------------------------------------------
    def _spins(self) -> dict[str, object]:
        v = self.view
        return {"note_days": v.noteSpin, "warning_days": v.warningSpin, "hold_days": v.holdSpin,
                "sedation_withhold_score": v.sedationSpin,
                "breath_alcohol_withhold": v.alcoholSpin,
                "observation_minutes": v.observationSpin,
                "expiry_warning_days": v.expirySpin}

    def _load_thresholds(self) -> None:
        s = self.reg.settings
        for name, spin in self._spins().items():
            spin.setValue(getattr(s, name))  # type: ignore[attr-defined]

    def _save_thresholds(self) -> None:
        values = {name: spin.value() for name, spin in self._spins().items()}  # type: ignore[attr-defined]
        if run_service(lambda: settings_service.change(self.reg, self.user, **values),
                       error_label=self.view.errorLabel) is not None:
            show_info(self.view, "The thresholds were saved.")

    def exec(self) -> None:
        self.view.exec()
