"""Drug screens and partner agencies as staff use them (issue 17 item 3, issue 18 item 3):
a weekly screen scheduled on the patient's Drug screens tab falls due on the Today board,
the nurse records it (results typed N/P/T, a refusal of an unanswered panel), it shows on
the patient page for the prescriber and leaves the board; a contact with an agency is
recorded on the Partner agencies tab, and an appointment at the clinic shows on the board."""

from PySide6.QtCore import Qt

from hat_desktop.domain.drug_screens import STREET_HEROIN
from hat_desktop.gui.patient_detail import PatientDetail
from hat_desktop.services import agency_contacts, drug_screens
from tests.gui.patient_screens import (
    choose,
    click,
    in_dialog,
    open_patients,
    table_rows,
    type_into,
)


def tab(qtbot, detail: PatientDetail, title: str) -> None:
    tabs = detail.ui.detailTabs
    index = next(i for i in range(tabs.count()) if tabs.tabText(i) == title)
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def test_a_scheduled_screen_is_due_on_the_board_recorded_and_shown(qtbot, world) -> None:
    d = world
    window, page = open_patients(qtbot, d.reg, d.nurse)
    page.open_patient(d.patient.id)
    tab(qtbot, page.detail, "Drug screens")
    panel = page.detail.screens.ui
    assert panel.scheduleLabel.text() == ("Schedule: none (screens are recorded as they are "
                                          "taken).")
    assert panel.historyHeading.text() == "No drug screen has been recorded for this patient."
    choose(qtbot, panel.frequencyCombo, "Weekly, on a set day")
    choose(qtbot, panel.weekdayCombo, "Monday")
    click(qtbot, panel.setScheduleButton)
    assert panel.scheduleLabel.text() == "Schedule: Weekly, every Monday, from 02/03/2026."
    assert panel.dueLabel.isVisible()
    assert panel.dueLabel.text() == "Drug screen due (weekly, since Monday 02/03/2026)"

    today = window.go_to("Today")
    label = today.ui.screensDueLabel
    qtbot.waitUntil(label.isVisible)
    assert label.text() == "Drug screens due: HAT-0001 Sam Patient (weekly, since Mon 02/03)"

    page = window.go_to("Patients")
    page.open_patient(d.patient.id)
    tab(qtbot, page.detail, "Drug screens")
    failures: list[BaseException] = []
    errors: list[str] = []
    shown: list[list[tuple[str, str]]] = []

    def record(dialog) -> None:
        ui = dialog.ui
        assert dialog.windowTitle() == "Drug screen — HAT-0001 Sam Patient"
        assert ui.kindCombo.currentText() == "Scheduled"
        assert ui.outcomeCombo.currentText() == "Tested"
        ui.resultsTable.setFocus()
        type_into(qtbot, ui.resultsTable, "np")  # street heroin negative, morphine positive
        click(qtbot, ui.confirmButton)
        errors.append(ui.errorLabel.text())
        ui.resultsTable.setFocus()
        type_into(qtbot, ui.resultsTable, "nnpt")  # methadone, cocaine, benzos, amphetamines
        click(qtbot, ui.restNegativeButton)
        shown.append([(ui.resultsTable.model().index(r, 0).data(),
                       ui.resultsTable.model().index(r, 1).data())
                      for r in range(ui.resultsTable.model().rowCount())])
        type_into(qtbot, ui.noteEdit, "Cup read at 10:05")
        click(qtbot, ui.confirmButton)

    in_dialog(record, failures)
    click(qtbot, page.detail.screens.ui.recordScreenButton)
    assert not failures, failures
    assert errors == ["Give a result for every substance on the panel (or 'not tested'): "
                      "Methadone has none."]
    assert shown[0][:6] == [(STREET_HEROIN, "Negative"), ("Morphine/opiates", "Positive"),
                            ("Methadone", "Negative"), ("Cocaine/crack", "Negative"),
                            ("Benzodiazepines", "Positive"), ("Amphetamines", "Not tested")]
    assert shown[0][6:] == [(n, "Negative") for n in ("Cannabis", "Alcohol (EtG)", "Fentanyl",
                                                      "Other")]
    assert not panel.dueLabel.isVisible()
    assert table_rows(page.detail.screens.model) == [[
        "02/03/2026 10:00", "Urine", "Scheduled", "Yes", "Negative",
        "Morphine/opiates, Benzodiazepines", "Cup read at 10:05", "Nina Nurse"]]
    window.go_to("Today")
    qtbot.waitUntil(lambda: not label.isVisible())

    # The prescriber reads the history on the patient page, and cannot record.
    _w, prescriber_page = open_patients(qtbot, d.reg, d.prescriber)
    prescriber_page.open_patient(d.patient.id)
    tab(qtbot, prescriber_page.detail, "Drug screens")
    assert table_rows(prescriber_page.detail.screens.model, range(5)) == [[
        "02/03/2026 10:00", "Urine", "Scheduled", "Yes", "Negative"]]
    shares = drug_screens.street_heroin_negative_share(d.reg, d.prescriber, d.reg.today(),
                                                       d.reg.today())
    assert shares.overall.share == 1.0


def test_an_inspector_reads_the_screens_but_cannot_record(qtbot, world) -> None:
    d = world
    _w, page = open_patients(qtbot, d.reg, d.inspector)
    page.open_patient(d.patient.id)
    tab(qtbot, page.detail, "Drug screens")
    ui = page.detail.screens.ui
    assert not ui.recordScreenButton.isVisible() and not ui.setScheduleButton.isVisible()
    assert ui.roleNote.text() == ("Nurses and prescribers record drug screens and set the "
                                  "schedule; you can read them.")


def test_a_contact_is_recorded_and_an_appointment_at_the_clinic_is_on_the_board(
        qtbot, world) -> None:
    d = world
    window, page = open_patients(qtbot, d.reg, d.nurse)
    page.open_patient(d.patient.id)
    tab(qtbot, page.detail, "Partner agencies")
    panel = page.detail.contacts.ui
    assert panel.contactsHeading.text() == "No contact with a partner agency is recorded yet."
    failures: list[BaseException] = []
    errors: list[str] = []

    def book(dialog) -> None:
        ui = dialog.ui
        click(qtbot, ui.confirmButton)
        errors.append(ui.errorLabel.text())
        choose(qtbot, ui.agencyCombo, "Blood-borne viruses (testing and treatment)")
        choose(qtbot, ui.actionCombo, "Appointment booked")
        assert ui.timeEdit.isEnabled()
        ui.timeEdit.setFocus()
        qtbot.keyClick(ui.timeEdit, Qt.Key.Key_Home)
        for _ in range(4):  # 10:00 -> 14:00, an hour a key
            qtbot.keyClick(ui.timeEdit, Qt.Key.Key_Up)
        click(qtbot, ui.atClinicCheck)
        type_into(qtbot, ui.noteEdit, "Hepatitis C nurse, fibroscan")
        click(qtbot, ui.confirmButton)

    in_dialog(book, failures)
    click(qtbot, panel.recordContactButton)
    assert not failures, failures
    assert errors == ["Choose the kind of agency."]
    assert table_rows(page.detail.contacts.model) == [[
        "02/03/2026", "Blood-borne viruses (testing and treatment)",
        "Appointment booked at 14:00, at the clinic", "Hepatitis C nurse, fibroscan",
        "Nina Nurse"]]
    today = window.go_to("Today")
    label = today.ui.appointmentsLabel
    qtbot.waitUntil(label.isVisible)
    assert label.text() == ("Partner agencies at the clinic today: 14:00 HAT-0001 Sam "
                            "Patient: Blood-borne viruses (testing and treatment)")

    def kept(dialog) -> None:
        choose(qtbot, dialog.ui.agencyCombo, "Blood-borne viruses (testing and treatment)")
        choose(qtbot, dialog.ui.actionCombo, "Appointment kept")
        assert not dialog.ui.atClinicCheck.isEnabled()
        click(qtbot, dialog.ui.confirmButton)

    page = window.go_to("Patients")
    page.open_patient(d.patient.id)
    tab(qtbot, page.detail, "Partner agencies")
    in_dialog(kept, failures)
    click(qtbot, panel.recordContactButton)
    assert not failures, failures
    assert [row[2] for row in table_rows(page.detail.contacts.model)] == [
        "Appointment kept", "Appointment booked at 14:00, at the clinic"]
    window.go_to("Today")
    qtbot.waitUntil(lambda: label.text().endswith("— kept"))
    counts = agency_contacts.contacts_by_kind(d.reg, d.manager, d.reg.today(), d.reg.today())
    assert counts.total == 2


def test_a_manager_adds_a_substance_to_the_panel(qtbot, world) -> None:
    d = world
    window, _page = open_patients(qtbot, d.reg, d.manager)
    admin = window.go_to("Admin")
    failures: list[BaseException] = []
    errors: list[str] = []

    def edit(dialog) -> None:
        ui = dialog.ui
        assert ui.substancesEdit.toPlainText().splitlines()[:2] == ["Morphine/opiates",
                                                                    "Methadone"]
        ui.substancesEdit.setFocus()
        qtbot.keyClick(ui.substancesEdit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(ui.substancesEdit, Qt.Key.Key_Return)
        type_into(qtbot, ui.substancesEdit, "methadone")
        click(qtbot, ui.confirmButton)
        errors.append(ui.errorLabel.text())
        for _ in range(len("methadone")):
            qtbot.keyClick(ui.substancesEdit, Qt.Key.Key_Backspace)
        type_into(qtbot, ui.substancesEdit, "Pregabalin")
        click(qtbot, ui.confirmButton)

    in_dialog(edit, failures)
    click(qtbot, admin.ui.screenPanelButton)
    assert not failures, failures
    assert errors == ["methadone is on the panel twice: list each substance once."]
    assert drug_screens.panel(d.reg)[0] == STREET_HEROIN
    assert drug_screens.panel(d.reg)[-2:] == ("Other", "Pregabalin")
