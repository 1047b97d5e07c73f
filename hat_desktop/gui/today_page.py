"""Today's board, the home screen: every active patient against today's sessions,
counts for the session that is open (or next), who is still to attend, and the
scan field that starts a check-in. It updates by itself: a timer, a timer at the
exact minute the window closes or opens, and the services' events."""

import logging
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QListWidget, QStackedWidget, QWidget

from hat_desktop.domain.roles import Action, allowed
from hat_desktop.gui.board_model import (
    FIRST_SESSION_COLUMN,
    FLAG_COLUMN,
    PATIENT_COLUMN,
    PATIENT_ID_ROLE,
    BoardDelegate,
    BoardModel,
)
from hat_desktop.gui.check_in_dialog import CheckInDialog
from hat_desktop.gui.event_dialog import record_event
from hat_desktop.gui.forms.ui_today_page import Ui_TodayPage
from hat_desktop.gui.messages import run_service
from hat_desktop.gui.page_context import PageContext
from hat_desktop.gui.release_dialog import ReleaseDialog
from hat_desktop.gui.top_up_dialog import TopUpDialog, offer_text
from hat_desktop.palette import RELEASE_DUE_COLOURS, REVIEW_DUE_COLOURS, state_colours
from hat_desktop.services import (
    agency_contacts,
    dosing,
    drug_screens,
    observation,
    outcomes,
    patients,
    reconciliation,
    top_ups,
)
from hat_desktop.services.attendance import Board, BoardState, board
from hat_desktop.services.dosing import CheckInCard
from hat_desktop.services.observation import Observed

log = logging.getLogger(__name__)
FLAG_WIDTH = 190  # the flag's words wrap in it; the sessions take the rest

REFRESH_EVENTS = frozenset({"attendance_changed", "patients_changed", "prescriptions_changed",
                            "schedule_changed", "settings_changed", "reconciliation_changed"})
COUNTED = (BoardState.DUE, BoardState.CHECKED_IN, BoardState.IN_OBSERVATION, BoardState.DOSED,
           BoardState.WITHHELD, BoardState.MISSED, BoardState.ON_HOLD, BoardState.AWAY,
           BoardState.NOT_DUE)


def session_text(b: Board, tz: tzinfo) -> str:
    """'Session 1 closes at 11:00', or when the next one opens."""
    if not b.windows:
        return "The clinic is closed today: no sessions."
    if b.current is not None and b.closes_at is not None:
        return f"Session {b.current.number} closes at {b.closes_at.astimezone(tz):%H:%M}"
    if b.next_window is not None:
        nxt = b.next_window
        return f"No session open; next at {nxt.start:%H:%M} (session {nxt.number})"
    return "No session open; today's sessions are over."


def counts_html(b: Board) -> str:
    """The number of patients in each state for the open (or next) session, as chips
    in the state colours."""
    focus = b.focus
    if focus is None:
        return ""
    chips = []
    for state in COUNTED:
        count = b.counts.get(state, 0)
        if state in (BoardState.NOT_DUE, BoardState.AWAY) and not count:
            continue
        background, foreground = state_colours(state.value)
        label = state.label.replace(" ", "&nbsp;")
        chips.append(f'<span style="background-color:{background}; color:{foreground};">'
                     f"&nbsp;{label}&nbsp;{count}&nbsp;</span>")
    prefix = "" if b.current is not None else f"Session&nbsp;{focus.number}:&nbsp; "
    return prefix + " ".join(chips)


def reading_text(o: Observed, tz: tzinfo) -> str:
    """The queue's last reading, under the release check: 'last 10:25: SpO2 91 %, RR 12 —
    STAYS' (another reading or an event), or nothing when none was taken yet."""
    r = o.last_reading
    if r is None:
        return ""
    text = f"last {r.at.astimezone(tz):%H:%M}: SpO2 {r.reading.spo2} %, RR {r.reading.resp_rate}"
    return text + (" — STAYS" if r.beyond else "")


def top_up_text(o: Observed, tz: tzinfo) -> str:
    """The top-up the queue offers: 'top-up ≤ 80 mg from 10:20' (or '… now'); nothing
    when there is none."""
    return offer_text(o.top_up, tz) if o.top_up is not None else ""


class TodayPage(QObject):
    title = "Today"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None, *,
                 refresh_ms: int = 30_000) -> None:
        super().__init__(parent)
        self.reg = ctx.reg
        self.user = ctx.user
        self.view = QWidget(parent)
        self.ui = Ui_TodayPage()
        self.ui.setupUi(self.view)
        self.board: Board | None = None
        self.check_in: CheckInDialog | None = None
        v = self.view
        ui = self.ui
        self.model = BoardModel(self)
        ui.boardTable.setModel(self.model)
        ui.boardTable.setItemDelegate(BoardDelegate(ui.boardTable))
        ui.boardTable.verticalHeader().hide()
        ui.boardTable.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ui.boardTable.horizontalHeader().setMinimumSectionSize(120)
        ui.boardTable.activated.connect(self._board_activated)  # Enter (and, by style, clicks)
        ui.boardTable.doubleClicked.connect(self._board_activated)
        self.still_model = QStandardItemModel(self)
        ui.stillList.setModel(self.still_model)
        ui.stillList.activated.connect(self._still_activated)
        self.observed: list[Observed] = []
        self.observation_model = QStandardItemModel(self)
        ui.observationTable.setModel(self.observation_model)
        ui.observationTable.verticalHeader().hide()
        # rows follow their wrapped text as the columns' widths change (a scroll bar comes)
        ui.observationTable.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        ui.observationTable.activated.connect(self._observed_activated)
        ui.observationTable.doubleClicked.connect(self._observed_activated)
        ui.scanEdit.returnPressed.connect(self._scanned)
        ui.checkInButton.clicked.connect(self.check_in_selected)
        ui.releaseButton.clicked.connect(self.release_selected)
        ui.eventButton.clicked.connect(self.event_for_selected)
        ui.topUpButton.clicked.connect(self.top_up_selected)
        ui.observationTable.selectionModel().currentChanged.connect(self._offer_top_up)
        background, text = REVIEW_DUE_COLOURS
        for label in (ui.reviewsDueLabel, ui.screensDueLabel, ui.appointmentsLabel):
            label.setStyleSheet(f"background:{background}; color:{text}; "
                                "padding:6px; border-radius:4px;")
        self._actions(parent)
        # Who may not dose (an inspector) reads the board: no scan box, no check-in or release.
        self.may_dose = allowed(self.user.role, Action.DOSE)
        for widget in (ui.scanLabel, ui.scanEdit, ui.checkInButton, ui.releaseButton):
            widget.setVisible(self.may_dose)
        self.action_check_in.setEnabled(self.may_dose)
        self.action_release.setEnabled(self.may_dose)
        self.may_top_up = allowed(self.user.role, Action.TOP_UP)
        ui.topUpButton.setVisible(self.may_top_up)
        self.action_top_up.setEnabled(False)
        may_record = allowed(self.user.role, Action.RECORD_EVENT)
        ui.eventButton.setVisible(may_record)
        self.action_event.setEnabled(may_record)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self.timer.start(refresh_ms)
        self.boundary_timer = QTimer(self)
        self.boundary_timer.setSingleShot(True)
        self.boundary_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.boundary_timer.timeout.connect(self._tick)
        self._soon = QTimer(self)  # several events in a row: one refresh
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self._tick)
        ctx.events.changed.connect(self._on_event)
        self._shown = False
        self._read_before_shown = False  # at login: read as the window was built
        v.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.view and event.type() == QEvent.Type.Show:
            if self._read_before_shown:  # the window appearing at login: read just now
                self._read_before_shown = False
            else:
                self._soon.start()  # shown again (after the lock screen, say): brought up to date
            self._shown = True
        return False

    def _actions(self, parent: QWidget | None) -> None:
        v = self.view
        ui = self.ui
        self.action_scan = QAction("Scan or type a clinic number", self)
        self.action_scan.setShortcuts([QKeySequence("F2"), QKeySequence("Ctrl+K")])
        self.action_scan.setStatusTip("Go to the scan field of the Today page (F2 or Ctrl+K)")
        self.action_scan.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action_scan.triggered.connect(self.focus_scan)
        (parent.window() if parent is not None else v).addAction(self.action_scan)
        self.action_check_in = QAction("Check in the selected patient", self)
        self.action_check_in.setShortcut(QKeySequence("Ctrl+Return"))
        self.action_check_in.setStatusTip("Open the check-in screen for the patient selected "
                                          "on the board")
        self.action_check_in.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action_check_in.triggered.connect(self.check_in_selected)
        self.action_release = QAction("Release check", self)
        self.action_release.setShortcut(QKeySequence("Ctrl+R"))
        self.action_release.setStatusTip("Record the release check that ends the selected "
                                         "patient's post-dose observation")
        self.action_release.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action_release.triggered.connect(self.release_selected)
        self.action_event = QAction("Record an event", self)
        self.action_event.setShortcut(QKeySequence("Ctrl+E"))
        self.action_event.setStatusTip("Record an adverse event (overdose, seizure, fall…) for "
                                       "the patient selected in the observation queue or on "
                                       "the board")
        self.action_event.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action_event.triggered.connect(self.event_for_selected)
        self.action_top_up = QAction("Top-up", self)
        self.action_top_up.setShortcut(QKeySequence("Ctrl+U"))
        self.action_top_up.setStatusTip("A top-up for the patient selected in the observation "
                                        "queue, once the clinic's interval has passed")
        self.action_top_up.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action_top_up.triggered.connect(self.top_up_selected)
        for action, button in ((self.action_check_in, ui.checkInButton),
                               (self.action_release, ui.releaseButton),
                               (self.action_top_up, ui.topUpButton),
                               (self.action_event, ui.eventButton)):
            v.addAction(action)
            button.setToolTip(f"{action.statusTip()} ({action.shortcut().toString()})")
            button.setStatusTip(action.statusTip())

    # --- the page ------------------------------------------------------------------------
    def activate(self) -> None:
        self.refresh()
        self.ui.scanEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_extra_alerts(self, lines: list[str]) -> None:
        """A place for alerts others add (open discrepancies, reconciliation due)."""
        self.ui.boardAlerts.setText("\n".join(lines))
        self.ui.boardAlerts.setVisible(bool(lines))

    def _on_event(self, event: str, payload: dict[str, Any]) -> None:
        if event in REFRESH_EVENTS:
            self._soon.start()

    def _tick(self) -> None:
        """Timers and events refresh the board while it is on screen; a hidden board (another
        page, a locked or closed window) is refreshed when it is shown again."""
        if self.view.isVisible():
            self.refresh()

    def refresh(self) -> None:
        ui = self.ui
        self._soon.stop()  # a refresh asked for (by an event, by showing the page): this one
        found = run_service(lambda: board(self.reg, self.user), error_label=ui.errorLabel)
        if found is None:
            return
        self._read_before_shown = not self._shown
        self.board = found
        keep = self._selected_patient()
        column = max(ui.boardTable.currentIndex().column(), PATIENT_COLUMN)
        if self.model.set_board(found):  # new columns (a reset): set them out again
            header = ui.boardTable.horizontalHeader()
            header.setSectionResizeMode(PATIENT_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(FLAG_COLUMN, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(FLAG_COLUMN, FLAG_WIDTH)
            for c in range(FIRST_SESSION_COLUMN, self.model.columnCount()):
                header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
        if keep is not None and (row := self.model.row_of(keep)) is not None:
            ui.boardTable.setCurrentIndex(self.model.index(row, column))
        ui.dayLabel.setText(found.now.astimezone(self.reg.tz).strftime("%A %d/%m/%Y"))
        ui.sessionLabel.setText(session_text(found, self.reg.tz))
        ui.countsLabel.setText(counts_html(found))
        self._fill_still(found)
        self._arm_boundary(found)
        self.set_extra_alerts(run_service(lambda: reconciliation.alerts(self.reg, self.user),
                                          error_label=ui.errorLabel) or [])
        self._show_reviews_due()
        self._show_screens_and_appointments()
        self._fill_observation()

    def _fill_observation(self) -> None:
        """Who is in observation, dosed when, release check due when, the due first; a
        check falling due turns its row amber (the main window counts them in its title
        and on the lock screen, and makes the sound)."""
        found = run_service(lambda: observation.queue(self.reg, self.user),
                            error_label=self.ui.errorLabel)
        if found is None:
            return
        keep = self._observed()
        self.observed = found
        m = self.observation_model
        m.clear()
        m.setHorizontalHeaderLabels(["Patient", "Dosed", "Check"])
        tz = self.reg.tz
        background, text = RELEASE_DUE_COLOURS
        for o in found:
            due = f"DUE since {o.due_at.astimezone(tz):%H:%M}" if o.due else (
                f"at {o.due_at.astimezone(tz):%H:%M}")
            last = reading_text(o, tz)
            dosed = f"{o.dosed_at.astimezone(tz):%H:%M}" + ("\ntop-up" if o.topped_up else "")
            check = "\n".join(t for t in (due, last, top_up_text(o, tz)) if t)
            # Clinic number above the name: the queue is narrow, and a name cut to "Way…"
            # does not tell the nurse who is due.
            who = QStandardItem(f"{o.patient.clinic_number}\n{o.patient.full_name}")
            who.setToolTip(o.patient.label)
            row = [who, QStandardItem(dosed), QStandardItem(check)]
            if o.last_reading is not None:
                row[2].setToolTip(f"Last reading at {o.last_reading.at.astimezone(tz):%H:%M}: "
                                  f"{o.last_reading.summary}"
                                  + (". Take another reading, or record an event."
                                     if o.staying else "."))
            for item in row:
                item.setEditable(False)
                item.setData(o.patient.id, PATIENT_ID_ROLE)
                if o.due:
                    item.setBackground(QBrush(QColor(background)))
                    item.setForeground(QBrush(QColor(text)))
            m.appendRow(row)
        header = self.ui.observationTable.horizontalHeader()
        # The queue is narrow at 1280x720: the patient and the release check share what the
        # time dosed leaves, each wrapping (the last reading and a top-up under the check).
        # Sized to its names, the patient column took the check's room once a long name or
        # a scroll bar came (the check read "at 1…").
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.ui.observationTable.setWordWrap(True)
        kept = next((n for n, o in enumerate(found)
                     if keep is not None and o.patient.id == keep.patient.id), None)
        if kept is not None:  # the selection stays with the patient across a refresh
            self.ui.observationTable.setCurrentIndex(m.index(kept, 0))
        self._offer_top_up()
        due_now = {(o.patient.id, o.session) for o in found if o.due}
        self.ui.observationHeading.setText(
            f"In &observation: {len(found)}" + (f" ({len(due_now)} due)" if due_now else "")
            if found else "In &observation: nobody")

    def _observed(self) -> Observed | None:
        """The patient selected in the observation queue."""
        index = self.ui.observationTable.currentIndex()
        if not index.isValid():
            return None
        pid = index.data(PATIENT_ID_ROLE)
        return next((o for o in self.observed if o.patient.id == pid), None)

    def _offer_top_up(self) -> None:
        """Top-up is offered for the patient selected in the queue whose interval has passed
        and who has some of the session's amount left."""
        o = self._observed()
        on = self.may_top_up and o is not None and o.top_up_now
        self.ui.topUpButton.setEnabled(on)
        self.action_top_up.setEnabled(on)

    def top_up_selected(self) -> None:
        """The top-up screen for the patient selected in the observation queue."""
        o = self._observed()
        if not self.may_top_up or o is None or not o.top_up_now:
            return
        pid = o.patient.id
        found = run_service(lambda: dosing.card(self.reg, self.user, pid),
                            error_label=self.ui.errorLabel)
        offers = run_service(lambda: top_ups.offers(self.reg, self.user, pid),
                             error_label=self.ui.errorLabel)
        if found is None or not offers:
            return
        TopUpDialog(self.reg, self.user, found, offers, self.view).exec()
        self.view.window().activateWindow()
        self.refresh()

    def _observed_activated(self, index: QModelIndex) -> None:
        """Enter on someone in observation: their check-in screen, on the release check."""
        self._open_patient(index.data(PATIENT_ID_ROLE))

    def _show_reviews_due(self) -> None:
        """Outcome reviews due today: who, which, since when (services.outcomes)."""
        label = self.ui.reviewsDueLabel
        due = run_service(lambda: outcomes.due_reviews(self.reg, self.user),
                          error_label=self.ui.errorLabel) or []
        label.setVisible(bool(due))
        label.setText("Outcome reviews due: " + "; ".join(line.text for line in due)
                      if due else "")

    def _show_screens_and_appointments(self) -> None:
        """Drug screens due today (services.drug_screens) and today's partner-agency
        appointments at the clinic (services.agency_contacts)."""
        ui = self.ui
        due = run_service(lambda: drug_screens.due_screens(self.reg, self.user),
                          error_label=ui.errorLabel) or []
        ui.screensDueLabel.setVisible(bool(due))
        ui.screensDueLabel.setText("Drug screens due: " + "; ".join(line.text for line in due)
                                   if due else "")
        booked = run_service(lambda: agency_contacts.appointments_today(self.reg, self.user),
                             error_label=ui.errorLabel) or []
        ui.appointmentsLabel.setVisible(bool(booked))
        ui.appointmentsLabel.setText("Partner agencies at the clinic today: "
                                     + "; ".join(line.text for line in booked)
                                     if booked else "")

    def _fill_still(self, b: Board) -> None:
        heading = self.ui.stillHeading
        if b.current is not None:
            heading.setText("Still to &attend this session")
        elif b.next_window is not None:
            heading.setText(f"Still to &attend session {b.next_window.number} "
                            f"(opens {b.next_window.start:%H:%M})")
        else:
            heading.setText("Still to &attend: no more sessions today")
        self.still_model.clear()
        for patient in b.still_to_attend:
            item = QStandardItem(patient.label)
            item.setData(patient.id, PATIENT_ID_ROLE)
            item.setEditable(False)
            self.still_model.appendRow(item)
        if not b.still_to_attend and b.focus is not None:
            item = QStandardItem("Nobody: everyone due has attended.")
            item.setEnabled(False)
            self.still_model.appendRow(item)

    def _arm_boundary(self, b: Board) -> None:
        """Refresh at the exact moment the open window closes (or the next one opens)."""
        moment: datetime | None = b.closes_at
        if moment is None and b.next_window is not None:
            moment = b.next_window.bounds(b.day, self.reg.tz)[0]
        if moment is None:
            self.boundary_timer.stop()
            return
        ms = int((moment - self.reg.now()).total_seconds() * 1000) + 50
        self.boundary_timer.start(min(max(ms, 0), 24 * 3_600_000))

    # --- scanning and opening the check-in screen --------------------------------------
    def focus_scan(self) -> None:
        """F2 / Ctrl+K from anywhere in the main window: this page, the scan field."""
        window = self.view.window()
        nav = window.findChild(QListWidget, "navList")
        if nav is not None:
            if not nav.isEnabled():  # the screen is locked
                return
            page: QWidget = self.view  # the page sits in the window's stack in a scroll area
            while (stack := page.parentWidget()) is not None and not isinstance(
                    stack, QStackedWidget):
                page = stack
            if isinstance(stack, QStackedWidget):
                nav.setCurrentRow(stack.indexOf(page))
        self.ui.scanEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.scanEdit.selectAll()

    def _scanned(self) -> None:
        ui = self.ui
        text = ui.scanEdit.text()
        found = run_service(lambda: dosing.find(self.reg, self.user, text),
                            error_label=ui.errorLabel)
        ui.scanEdit.clear()  # not left on screen: it may have been a password
        if found is None:
            return
        self._open(found)

    def _selected_patient(self) -> int | None:
        index = self.ui.boardTable.currentIndex()
        return self.model.patient_id(index.row()) if index.isValid() else None

    def _board_activated(self, index: QModelIndex) -> None:
        self._open_patient(self.model.patient_id(index.row()))

    def _still_activated(self, index: QModelIndex) -> None:
        self._open_patient(index.data(PATIENT_ID_ROLE))

    def check_in_selected(self) -> None:
        if self.ui.stillList.hasFocus() and self.ui.stillList.currentIndex().isValid():
            self._still_activated(self.ui.stillList.currentIndex())
            return
        self._open_patient(self._selected_or_say())

    def event_for_selected(self) -> None:
        """Record an event for the patient selected in the observation queue (when it has
        the focus or a selection) or on the board."""
        queue = self.ui.observationTable.currentIndex()
        patient_id = (queue.data(PATIENT_ID_ROLE) if queue.isValid()
                      and (self.ui.observationTable.hasFocus() or not
                           self.ui.boardTable.currentIndex().isValid())
                      else self._selected_or_say())
        if patient_id is None:
            return
        found = run_service(lambda: patients.get(self.reg, self.user, patient_id),
                            error_label=self.ui.errorLabel)
        if found is None:
            return
        record_event(self.reg, self.user, found, self.view)
        self.view.window().activateWindow()
        self.refresh()

    def _selected_or_say(self) -> int | None:
        patient_id = self._selected_patient()
        if patient_id is None:
            self.ui.errorLabel.setText("Choose a patient on the board first (or scan their "
                                       "card).")
            self.ui.errorLabel.show()
        return patient_id

    def _open_patient(self, patient_id: int | None) -> None:
        if patient_id is None or self.check_in is not None or not self.may_dose:
            return
        found = run_service(lambda: dosing.card(self.reg, self.user, patient_id),
                            error_label=self.ui.errorLabel)
        if found is not None:
            self._open(found)

    def _open(self, found: CheckInCard) -> None:
        if self.check_in is not None or not self.may_dose:
            return
        self.check_in = CheckInDialog(self.reg, self.user, found, self.view)
        self.check_in.view.finished.connect(self._check_in_closed)
        self.check_in.open()

    def _check_in_closed(self) -> None:
        self.check_in = None  # the dialog deletes its own view
        self.refresh()
        self.view.window().activateWindow()
        self.ui.scanEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def release_selected(self) -> None:
        if not self.may_dose:
            return
        patient_id = self._selected_or_say()
        if patient_id is None:
            return
        found = run_service(lambda: dosing.card(self.reg, self.user, patient_id),
                            error_label=self.ui.errorLabel)
        if found is None:
            return
        if found.in_observation is None:
            self.ui.errorLabel.setText(f"{found.patient.label} is not in post-dose "
                                       "observation: there is no release check to record.")
            self.ui.errorLabel.show()
            return
        ReleaseDialog(self.reg, self.user, found, self.view).exec()
        self.view.window().activateWindow()
        self.refresh()
