"""A clinic PC's screen is often 1366×768 or 1280×720: every page and the main dialogs
fit there, every button can be reached (on screen, or by scrolling a page), the Stock
page's buttons and the status bar (the backup's age) are in view without scrolling, and
the window never grows as the user moves between pages."""

import importlib
import xml.etree.ElementTree as ET
from datetime import timedelta
from itertools import combinations
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QLayout,
    QListWidget,
    QPushButton,
    QScrollArea,
    QTableWidgetItem,
    QWidget,
)

from hat_desktop.domain.absences import AbsenceReason
from hat_desktop.domain.dosing import LessReason
from hat_desktop.domain.outcome_reviews import ReviewStage
from hat_desktop.domain.register import SectionSpec
from hat_desktop.domain.roles import Role
from hat_desktop.gui import form_dialog
from hat_desktop.gui.absence_dialogs import (
    AbsenceDialog,
    AbsenceReturnDialog,
    AbsenceWithdrawDialog,
)
from hat_desktop.gui.agency_contact_dialog import AgencyContactDialog
from hat_desktop.gui.audit_log_dialog import AuditLogDialog
from hat_desktop.gui.blind_count_dialog import BlindCountDialog
from hat_desktop.gui.check_in_dialog import CheckInDialog
from hat_desktop.gui.clinic_day_settings import ClinicDaySettings
from hat_desktop.gui.day_summary_dialog import DaySummaryDialog
from hat_desktop.gui.form_dialog import FRAME_ALLOWANCE, DialogView, FormDialog
from hat_desktop.gui.hold_review_dialog import PLAN_LABEL, HoldReviewDialog
from hat_desktop.gui.main_window import MainWindow
from hat_desktop.gui.outcome_review_dialog import OutcomeReviewDialog
from hat_desktop.gui.prescription_dialog import PrescriptionDialog
from hat_desktop.gui.restore_dialog import RestoreDialog
from hat_desktop.gui.titration_dialog import TitrationDialog
from hat_desktop.gui.top_up_dialog import TopUpDialog
from hat_desktop.services import (
    absences,
    attendance,
    day_close,
    day_count,
    dosing,
    prescriptions,
    reconciliation,
    register,
)
from hat_desktop.services.dosing import DoseRequest, LineDose
from tests.test_checks_before_signing import count_of_the_day
from tests.test_second_drug_top_up import iv_diamorphine_and_im_methadone
from tests.world import (
    START,
    methadone,
    methadone_injection,
    receipt,
    two_line_input,
)

ROOT = Path(__file__).resolve().parents[2]
SMALL = QSize(1280, 720)
TITLE_BAR = 32  # a dialog's frame takes this much of the screen's height
ALERTS = ["Missed this morning: HAT-0001 Sam Patient.",
          "On hold (3 days without a dose): waiting for the prescriber's review."]


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def in_window(widget: QWidget) -> QRect:
    window = widget.window()
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def fully_shown(widget: QWidget) -> bool:
    """Inside its window and not clipped by any parent (a scroll area's edge included)."""
    return (widget.window().rect().contains(in_window(widget))
            and widget.visibleRegion().boundingRect().size() == widget.size())


def scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def buttons_out_of_reach(window: QWidget) -> list[str]:
    """Buttons the user cannot see even after scrolling to them."""
    lost = []
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or button.objectName().startswith("qt_"):
            continue
        if not fully_shown(button) and (area := scroll_area_of(button)) is not None:
            area.ensureWidgetVisible(button, 0, 0)
            settle()
        if not fully_shown(button):
            lost.append(button.text() or button.objectName())
    return lost


def buttons_hidden(window: QWidget) -> list[str]:
    return [b.text() or b.objectName() for b in window.findChildren(QAbstractButton)
            if b.isVisibleTo(window) and not fully_shown(b)]


def small_window(qtbot, world, role: Role) -> MainWindow:
    """The main window at 1280×720 with everything that takes height above the pages:
    the DEMO banner (a demo clinic) and the alert banner (missed doses, holds)."""
    window = MainWindow(world.reg, world.by_role(role), idle_ms=3_600_000)
    qtbot.addWidget(window.view)
    window.ui.demoBanner.show()
    window.set_alerts(ALERTS)
    window.view.resize(SMALL)
    window.show()
    settle()
    return window


@pytest.mark.parametrize("role", [Role.MANAGER, Role.NURSE, Role.PHARMACIST, Role.INSPECTOR])
def test_every_page_fits_1280_by_720_and_the_window_never_grows(qtbot, world, role) -> None:
    window = small_window(qtbot, world, role)
    view = window.view
    # Fonts on a real display come out up to a sixth larger than offscreen: the window's
    # minimum keeps that much room below the screen's height.
    assert view.minimumSizeHint().height() <= SMALL.height() * 5 // 6
    assert view.minimumSizeHint().width() <= SMALL.width() * 5 // 6
    assert view.minimumSize().boundedTo(SMALL) == view.minimumSize()
    for _round in range(2):  # there and back again: nothing grows on a second visit
        for row in range(window.ui.navList.count()):
            window.ui.navList.setCurrentRow(row)  # as a click in the navigation does
            settle()
            title = window.current_page.title
            assert view.size() == SMALL, f"the window grew on the {title} page"
            assert buttons_out_of_reach(view) == [], title
            status = [w for w in window.ui.statusbar.findChildren(QLabel)
                      if w.isVisibleTo(view) and w.text()]
            assert status and all(fully_shown(w) for w in status), title
    assert any("backup" in w.text().lower() for w in status)


def test_the_stock_pages_buttons_are_in_view_without_scrolling(qtbot, world) -> None:
    window = small_window(qtbot, world, Role.PHARMACIST)
    window.go_to("Stock")
    settle()
    assert buttons_hidden(window.view) == []
    ui = window.page("Stock").ui  # type: ignore[attr-defined]
    assert {ui.reconcileButton.text(), ui.investigateButton.text()} <= {
        b.text() for b in window.view.findChildren(QAbstractButton) if fully_shown(b)}


def dialog_forms() -> list[str]:
    """The forms (ui/*.ui) whose top-level widget is a dialog."""
    return sorted(ui.stem for ui in (ROOT / "ui").glob("*.ui")
                  if ET.parse(ui).getroot().find("widget").get("class") == "QDialog")


def fits_on_small_screen(view: QWidget) -> None:
    room = QSize(SMALL.width(), SMALL.height() - TITLE_BAR)
    name = view.objectName()
    assert view.minimumSizeHint().boundedTo(room) == view.minimumSizeHint(), name
    assert view.size().boundedTo(room) == view.size(), name
    assert buttons_out_of_reach(view) == [], name


# The clinic-day settings are taller than the screen as a form: their controller scrolls
# them (test_the_main_dialogs_fit_1280_by_720).
@pytest.mark.parametrize("form", [f for f in dialog_forms() if f != "clinic_day_settings"])
def test_every_dialog_form_opens_no_larger_than_the_screen(qtbot, form) -> None:
    module = importlib.import_module(f"hat_desktop.gui.forms.ui_{form}")
    ui = next(getattr(module, n) for n in dir(module) if n.startswith("Ui_"))()
    view = DialogView(ui)
    qtbot.addWidget(view)
    view.show()
    settle()
    fits_on_small_screen(view)


def test_the_main_dialogs_fit_1280_by_720(qtbot, world) -> None:
    d = world
    shown: list[QDialog] = []
    for make in (lambda: ClinicDaySettings(d.reg, d.manager).view,
                 lambda: AuditLogDialog(d.reg, d.manager).view,
                 lambda: DaySummaryDialog(d.reg, d.pharmacist).view,
                 lambda: RestoreDialog(d.reg, d.manager).view):
        view = make()
        qtbot.addWidget(view)
        view.show()
        settle()
        fits_on_small_screen(view)
        shown.append(view)
    window = small_window(qtbot, d, Role.NURSE)
    today = window.page("Today")
    today._open(dosing.card(d.reg, d.nurse, d.patient.id))  # type: ignore[attr-defined]
    check_in = today.check_in.view  # type: ignore[attr-defined]
    settle()
    fits_on_small_screen(check_in)
    assert len(shown) == 4


# --- the dialogs as a user fills them --------------------------------------------------------

def laid_out(layout: QLayout) -> list[QWidget]:
    """The widgets a layout places, its nested layouts' included (siblings in one layout)."""
    found: list[QWidget] = []
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if (widget := item.widget()) is not None:
            found.append(widget)
        elif (inner := item.layout()) is not None:
            found += laid_out(inner)
    return found


def overlapping(window: QWidget) -> list[str]:
    """Visible widgets drawn over a sibling of the same layout: what a dialog squeezed below
    its layout's minimum shows (a list's rows under the next field)."""
    clashes = []
    for parent in [window, *window.findChildren(QWidget)]:
        layout = parent.layout()
        if layout is None or not (parent is window or parent.isVisibleTo(window)):
            continue
        shown = [w for w in laid_out(layout) if w.isVisibleTo(window)]
        for a, b in combinations(shown, 2):
            if a.geometry().intersects(b.geometry()):
                clashes.append(f"{a.objectName() or type(a).__name__} over "
                               f"{b.objectName() or type(b).__name__}")
    return clashes


SQUEEZE_SLACK = 2  # px


def squeezed(window: QWidget) -> list[str]:
    """Visible widgets lower than the least they need (a word-wrapped label's lines cut, a
    field's text cut at the bottom): lower than both their minimum and their preferred
    height by more than SQUEEZE_SLACK (a date field a pixel short under a new error line,
    a count field two short in a grid row, show their text whole)."""
    return [f"{w.objectName() or type(w).__name__} squeezed: {w.height()} px of "
            f"{w.minimumSizeHint().height()}"
            for parent in [window, *window.findChildren(QWidget)]
            if (layout := parent.layout()) is not None
            for w in laid_out(layout)
            if w.isVisibleTo(window)
            and w.height() + SQUEEZE_SLACK < min(w.minimumSizeHint().height(),
                                                 w.sizeHint().height(), w.maximumHeight())]


def lists_cut_short(window: QWidget) -> list[str]:
    """Lists that do not show their first four items (all of a shorter list) in full,
    as laid out (long names wrapped) before any scrolling."""
    short = []
    for items in window.findChildren(QListWidget):
        if not items.isVisibleTo(window):
            continue
        items.scrollToTop()
        seen = items.viewport().rect()
        for i in range(min(items.count(), 4)):
            if not seen.contains(items.visualItemRect(items.item(i))):
                short.append(f"{items.objectName()}: item {i + 1} not in view")
    return short


@pytest.fixture
def small_screen(monkeypatch) -> None:
    """The dialogs sized (on opening, and as parts of them show) for a 1280×720 screen."""
    monkeypatch.setattr(form_dialog, "screen_room", lambda _widget: SMALL - FRAME_ALLOWANCE)


def shown_on_small_screen(qtbot, dialog: FormDialog) -> QWidget:
    """Opened as the app opens it, on a 1280×720 screen (the small_screen fixture)."""
    view = dialog.view
    qtbot.addWidget(view)
    dialog.open()
    settle()
    return view


def unusable(view: QWidget, *in_view: QWidget, screen: QSize = SMALL) -> list[str]:
    """What keeps a user from working the dialog on a 1280×720 screen (or ``screen``):
    larger than the screen, a button out of reach, a widget drawn over another, a list's
    first rows cut short, or one of ``in_view`` (the buttons, the error) not shown without
    scrolling."""
    for _ in range(4):  # a change deep in a form reaches the dialog's layout level by level
        settle()
    room = QSize(screen.width(), screen.height() - TITLE_BAR)
    found = [f"minimum {view.minimumSizeHint().toTuple()} is larger than the screen"
             for _ in [1] if view.minimumSizeHint().boundedTo(room) != view.minimumSizeHint()]
    found += [f"{view.size().toTuple()} is larger than the screen"
              for _ in [1] if view.size().boundedTo(room) != view.size()]
    found += [f"not in view: {w.objectName()}" for w in in_view if not fully_shown(w)]
    found += overlapping(view) + squeezed(view) + lists_cut_short(view)
    found += [f"out of reach: {b}" for b in buttons_out_of_reach(view)]
    return found


def many_sections(d) -> None:
    """A clinic with six sections (two diamorphine, oral and injectable methadone, two more)."""
    methadone(d)
    methadone_injection(d)
    for code, strength, mg in (("DIAM30", "30 mg", 30), ("DIAM10", "10 mg", 10)):
        section = register.create_section(d.reg, d.manager, SectionSpec(
            code, "Diamorphine hydrochloride", strength, "powder for injection", "ampoule", mg))
        register.receive(d.reg, d.pharmacist, d.nurse, section.id,
                         receipt(10, batch=f"{code}A", reference="INV-2"))


def refused(qtbot, dialog, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle()
    assert dialog.ui.errorLabel.isVisible() and dialog.ui.errorLabel.text()


@pytest.mark.usefixtures("small_screen")
def test_the_dialogs_filled_in_fit_1280_by_720_and_nothing_overlaps(qtbot, world, clock) -> None:
    d = world
    many_sections(d)
    prescriptions.prescribe(d.reg, d.prescriber, d.patient.id, two_line_input(
        d, take_home=False, daily_max_mg=350, change_reason="Methadone supervised"))
    rx = prescriptions.versions(d.reg, d.nurse, d.patient.id)[-1]
    problems: dict[str, list[str]] = {}

    # A new prescription of two lines (IV diamorphine, then oral methadone).
    fresh = PrescriptionDialog(d.reg, d.prescriber, d.patient, None)
    v = shown_on_small_screen(qtbot, fresh)
    fresh.fields.ui.doseSpin.setValue(200)
    fresh.fields.add_line()
    problems["new prescription, two lines"] = unusable(v, fresh.ui.saveButton,
                                                       fresh.ui.cancelButton)

    # The prescriber changes the prescription: two lines, then a third, a refusal shown.
    write = PrescriptionDialog(d.reg, d.prescriber, d.patient, rx)
    v = shown_on_small_screen(qtbot, write)
    write.fields.ui.lineCombo.setCurrentIndex(1)
    problems["prescription, two lines"] = unusable(v, write.ui.saveButton,
                                                   write.ui.cancelButton)
    write.fields.add_line()
    refused(qtbot, write, write.ui.saveButton)  # the third line has no dose
    problems["prescription, three lines, refused"] = unusable(
        v, write.ui.saveButton, write.ui.cancelButton, write.ui.errorLabel)

    # The hold review three days on, re-titrating both lines, refused (a higher maximum).
    clock.set(START + timedelta(days=3, hours=-1))
    flag = attendance.assess_current(d.reg, [d.patient.id])[d.patient.id].flag
    review = HoldReviewDialog(d.reg, d.prescriber, d.patient, flag, rx)
    v = shown_on_small_screen(qtbot, review)
    combo = review.ui.decisionCombo
    combo.setCurrentIndex(combo.findText("Resume at a reduced re-titration dose"))
    review.ui.notesEdit.setPlainText("Three days away.")
    review.fields.ui.dailyMaxSpin.setValue(600)
    review.fields.ui.lineCombo.setCurrentIndex(1)
    refused(qtbot, review, review.ui.saveButton)
    assert "daily maximum" in review.ui.errorLabel.text()
    problems["hold review, refused"] = unusable(v, review.ui.saveButton,
                                                review.ui.cancelButton, review.ui.errorLabel)
    combo.setCurrentIndex(combo.findText(PLAN_LABEL))
    settle()
    problems["hold review, by a plan"] = unusable(v, review.ui.saveButton)

    plan = TitrationDialog(d.reg, d.prescriber, d.patient, rx, None)
    v = shown_on_small_screen(qtbot, plan)
    for spin, mg in (("startSpin", 50), ("stepSpin", 20), ("targetSpin", 900)):
        getattr(plan.fields.ui, spin).setValue(mg)
    refused(qtbot, plan, plan.ui.saveButton)  # beyond the prescription
    problems["titration plan, refused"] = unusable(v, plan.ui.saveButton, plan.ui.errorLabel)

    for name, make in (
            ("absence", lambda: AbsenceDialog(d.reg, d.nurse, d.patient)),
            ("outcome review (TOP)",
             lambda: OutcomeReviewDialog(d.reg, d.nurse, d.patient, ReviewStage.START)),
            ("agency contact", lambda: AgencyContactDialog(d.reg, d.nurse, d.patient))):
        dialog = make()
        v = shown_on_small_screen(qtbot, dialog)
        buttons = [b for b in v.findChildren(QPushButton) if b.isDefault()]
        refused(qtbot, dialog, buttons[0])  # saved empty: what is missing is said
        problems[name] = unusable(v, *buttons, dialog.ui.errorLabel)

    absence = absences.record_absence(d.reg, d.nurse, d.patient.id, AbsenceReason.HOSPITAL,
                                      d.reg.today(), None, "Admitted to the general hospital")
    for name, dialog in (
            ("absence return", AbsenceReturnDialog(d.reg, d.nurse, d.patient, absence)),
            ("absence withdrawal",
             AbsenceWithdrawDialog(d.reg, d.nurse, d.patient, (absence,)))):
        problems[name] = unusable(shown_on_small_screen(qtbot, dialog))

    count = BlindCountDialog(d.reg, d.pharmacist, day_count.days_to_count(d.reg, d.pharmacist))
    problems["blind count, six sections"] = unusable(shown_on_small_screen(qtbot, count))
    assert len(problems) == 12, problems.keys()
    unusable_ones = [f"{name}: {found}" for name, found in problems.items() if found]
    assert not unusable_ones, "\n".join(unusable_ones)


@pytest.mark.usefixtures("small_screen")
def test_the_clinic_day_settings_keep_their_error_and_close_button_in_view(
        qtbot, world) -> None:
    """The clinic-day settings are taller than a 1280×720 screen: their form scrolls there,
    as the other long dialogs' do, and the error and the Close button below it stay in view
    however far it is scrolled (a refusal at the top of the form, and one at its foot)."""
    d = world
    settings = ClinicDaySettings(d.reg, d.manager)
    v = shown_on_small_screen(qtbot, settings)
    ui = settings.ui
    part = scroll_area_of(ui.ceilingsTable)
    assert part is not None, "the form scrolls at 1280×720"
    assert scroll_area_of(ui.closeButton) is None and scroll_area_of(ui.errorLabel) is None
    problems = {"opened": unusable(v, ui.closeButton)}
    refused(qtbot, settings, ui.addClosureButton)  # no reason typed for the closure
    problems["closure refused"] = unusable(v, ui.closeButton, ui.errorLabel)
    bar = part.verticalScrollBar()
    assert bar.maximum() > 0, "taller than the screen: the form scrolls"
    bar.setValue(bar.maximum())
    ui.ceilingsTable.insertRow(0)
    for column, text in enumerate(("Diamorphine hydrochloride", "lots", "")):
        ui.ceilingsTable.setItem(0, column, QTableWidgetItem(text))
    refused(qtbot, settings, ui.saveCeilingsButton)  # not a number of mg
    bar.setValue(bar.maximum())
    problems["ceilings refused, scrolled down"] = unusable(v, ui.closeButton, ui.errorLabel)
    bar.setValue(0)
    problems["scrolled back up"] = unusable(v, ui.closeButton, ui.errorLabel)
    unusable_ones = [f"{name}: {found}" for name, found in problems.items() if found]
    assert not unusable_ones, "\n".join(unusable_ones)


SCREENS = [SMALL, QSize(1366, 768)]


def on_screen(monkeypatch, screen: QSize) -> None:
    """The dialogs sized for ``screen`` (as the small_screen fixture does for 1280×720)."""
    monkeypatch.setattr(form_dialog, "screen_room", lambda _widget: screen - FRAME_ALLOWANCE)


def scrolled_to_bottom(check_in: CheckInDialog) -> None:
    """The dose form scrolled as far down as it goes (line 2's last field, say)."""
    part = scroll_area_of(check_in.ui.doseArea)
    assert part is not None, "the dose form scrolls"
    part.verticalScrollBar().setValue(part.verticalScrollBar().maximum())
    settle()


def recording_unusable(qtbot, check_in: CheckInDialog, screen: QSize) -> list[str]:
    """The dose form as a nurse may leave it: what keeps her from recording the dose, or
    withholding it, and from reading why it was refused, on ``screen``, wherever the dose
    form is scrolled to. The record button (or the withhold button) and the error are in
    view without scrolling."""
    ui, v = check_in.ui, check_in.view
    found = []
    for withhold in (False, True):
        (ui.withholdRadio if withhold else ui.doseRadio).setChecked(True)
        button = ui.withholdButton if withhold else ui.recordDoseButton
        path = "withhold" if withhold else "dose"
        found += [f"{path}: {p}" for p in unusable(v, button, screen=screen)]
        refused(qtbot, check_in, button)  # nothing typed yet: the error says what is missing
        found += [f"{path}, refused: {p}"
                  for p in unusable(v, button, ui.errorLabel, screen=screen)]
        scrolled_to_bottom(check_in)
        found += [f"{path}, refused, scrolled down: {p}"
                  for p in unusable(v, button, ui.errorLabel, screen=screen)]
    ui.doseRadio.setChecked(True)
    return found


@pytest.mark.parametrize("screen", SCREENS, ids=["1280x720", "1366x768"])
def test_the_check_in_with_two_lines_and_a_top_up_offer_fits_1280_by_720(
        qtbot, world, clock, monkeypatch, screen) -> None:
    d = world
    on_screen(monkeypatch, screen)
    many_sections(d)
    prescriptions.prescribe(d.reg, d.prescriber, d.patient.id,
                            iv_diamorphine_and_im_methadone(d))
    problems: dict[str, list[str]] = {}
    check_in = CheckInDialog(d.reg, d.nurse, dosing.card(d.reg, d.nurse, d.patient.id))
    v = shown_on_small_screen(qtbot, check_in)
    qtbot.mouseClick(check_in.ui.identityButton, Qt.MouseButton.LeftButton)
    settle()
    assert check_in.rows, "the dose form shows line 2"
    problems["check-in, two lines"] = recording_unusable(qtbot, check_in, screen)
    # Dosed; 25 minutes on, the card scanned again: the top-up of the IM line is offered.
    dosing.administer(d.reg, d.nurse, d.nurse2, d.patient.id, DoseRequest(
        (), 200, 0, 0, lines=(LineDose(1, 200, [(d.diam100.id, 2)], "Arm, left"),
                              LineDose(2, 30, [(methadone_injection(d).id, 1)], "Thigh, right",
                                       less_reason=LessReason.PATIENT_REQUEST))))
    clock.advance(timedelta(minutes=25))
    card = dosing.card(d.reg, d.nurse, d.patient.id)
    observing = CheckInDialog(d.reg, d.nurse, card)
    v = shown_on_small_screen(qtbot, observing)
    assert observing.ui.topUpButton.isVisible()
    problems["check-in, top-up offered"] = unusable(
        v, observing.ui.topUpButton, observing.ui.releaseButton, screen=screen)
    top_up = TopUpDialog(d.reg, d.nurse, card, list(card.top_ups))
    problems["top-up"] = unusable(shown_on_small_screen(qtbot, top_up),
                                  top_up.ui.recordButton, top_up.ui.cancelButton,
                                  screen=screen)
    unusable_ones = [f"{name}: {found}" for name, found in problems.items() if found]
    assert not unusable_ones, "\n".join(unusable_ones)


LARGE = QSize(1920, 1080)


@pytest.mark.parametrize("screen", [*SCREENS, LARGE], ids=["1280x720", "1366x768", "1920x1080"])
def test_the_check_in_takes_the_screens_height_its_content_needs(
        qtbot, world, monkeypatch, screen) -> None:
    """Two lines due, the identity confirmed: the check-in grows to what its card and dose
    form need, as far as the screen's height allows. At 1366×768 the dose form is then shown
    whole, not scrolled within a 640-pixel dialog; at 1280×720 it takes the whole height
    and no more; on a large screen no more than it needs (nothing scrolls, room to spare)."""
    d = world
    on_screen(monkeypatch, screen)
    many_sections(d)
    prescriptions.prescribe(d.reg, d.prescriber, d.patient.id,
                            iv_diamorphine_and_im_methadone(d))
    check_in = CheckInDialog(d.reg, d.nurse, dosing.card(d.reg, d.nurse, d.patient.id))
    v = shown_on_small_screen(qtbot, check_in)
    qtbot.mouseClick(check_in.ui.identityButton, Qt.MouseButton.LeftButton)
    assert unusable(v, check_in.ui.recordDoseButton, screen=screen) == []
    room = screen - FRAME_ALLOWANCE
    dose_form = scroll_area_of(check_in.ui.doseArea)
    card = check_in.ui.patientScroll
    assert dose_form is not None
    scrolled_away = {"dose form": dose_form.verticalScrollBar().maximum(),
                     "card": card.verticalScrollBar().maximum()}
    if screen == SMALL:
        assert v.height() == room.height()
    elif screen == LARGE:
        assert scrolled_away == {"dose form": 0, "card": 0}
        assert v.height() < room.height()
    else:
        assert scrolled_away["dose form"] == 0, "room to show the dose form whole"


@pytest.mark.parametrize("screen", SCREENS, ids=["1280x720", "1366x768"])
def test_the_check_in_of_a_late_entry_fits_with_one_line_and_two(
        qtbot, world, monkeypatch, screen) -> None:
    """A dose on a closed day asks for the late-entry reason too: one more row of the dose
    form, the record button and the refusal still in view."""
    d = world
    on_screen(monkeypatch, screen)
    many_sections(d)
    reconciliation.sign_off(d.reg, d.pharmacist, d.nurse, count_of_the_day(d))
    day_close.close_day(d.reg, d.pharmacist, d.reg.today(), confirmed=True)
    problems: dict[str, list[str]] = {}
    for lines in ("one line", "two lines"):
        if lines == "two lines":
            prescriptions.prescribe(d.reg, d.prescriber, d.patient.id,
                                    iv_diamorphine_and_im_methadone(d))
        check_in = CheckInDialog(d.reg, d.nurse, dosing.card(d.reg, d.nurse, d.patient.id))
        shown_on_small_screen(qtbot, check_in)
        qtbot.mouseClick(check_in.ui.identityButton, Qt.MouseButton.LeftButton)
        settle()
        assert check_in.ui.lateReasonEdit.isVisibleTo(check_in.view), lines
        assert bool(check_in.rows) is (lines == "two lines")
        problems[f"late entry, {lines}"] = recording_unusable(qtbot, check_in, screen)
    unusable_ones = [f"{name}: {found}" for name, found in problems.items() if found]
    assert not unusable_ones, "\n".join(unusable_ones)


@pytest.mark.usefixtures("small_screen")
def test_the_field_the_focus_moves_to_is_scrolled_into_view(qtbot, world) -> None:
    """Two lines at 1280×720: the dose form scrolls, its record button below it does not.
    However the focus goes down the form (Enter moving on) or back into it (Shift+Tab from
    the record button), the field is scrolled into view whole, not left below the edge."""
    d = world
    many_sections(d)
    prescriptions.prescribe(d.reg, d.prescriber, d.patient.id,
                            iv_diamorphine_and_im_methadone(d))
    check_in = CheckInDialog(d.reg, d.nurse, dosing.card(d.reg, d.nurse, d.patient.id))
    v = shown_on_small_screen(qtbot, check_in)
    v.activateWindow()
    qtbot.waitUntil(v.isActiveWindow)
    ui = check_in.ui
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ui.identityButton)
    qtbot.keyClick(ui.identityButton, Qt.Key.Key_Return)
    settle()
    assert QApplication.focusWidget() is ui.sedationCombo
    visited: list[str] = []
    not_shown: list[str] = []
    while (widget := QApplication.focusWidget()) is not ui.recordDoseButton:
        assert widget is not None and len(visited) < 20, visited
        qtbot.keyClick(widget, Qt.Key.Key_Return)  # moves on to the next field
        settle()
        moved = QApplication.focusWidget()
        assert moved is not None
        visited.append(moved.objectName())
        if not fully_shown(moved):
            not_shown.append(f"Enter: {moved.objectName()}")
    assert "line2Site" in visited, "the walk reached the foot of line 2"
    part = scroll_area_of(ui.doseArea)
    assert part is not None
    part.verticalScrollBar().setValue(0)  # the nurse scrolled back up to read the form
    settle()
    qtbot.keyClick(ui.recordDoseButton, Qt.Key.Key_Backtab)
    settle()
    back = QApplication.focusWidget()
    assert back is not None and back.objectName() == visited[-2]
    if not fully_shown(back):
        not_shown.append(f"Shift+Tab: {back.objectName()}")
    assert not_shown == [], not_shown
