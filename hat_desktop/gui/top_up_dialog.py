"""The top-up screen: after a line's injection and the clinic's interval of observation, a
second injection of that line up to what is left of the session's amount. A fresh
reassessment (sedation, breath alcohol, how the patient is), the injection site, the
ampoules opened and the mg; the service's check (top_ups.check_top_up) runs before a
second member of staff is asked to sign, and the write runs it again. Every rule is the
service's: this screen only shows what is left and gathers what was typed."""

from datetime import tzinfo
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QRegularExpressionValidator
from PySide6.QtWidgets import QSpinBox, QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.domain.dosing import SEDATION_SCALE
from hat_desktop.domain.register import Section
from hat_desktop.gui.check_in_text import opened_text
from hat_desktop.gui.dose_line_rows import ampoule_spin, fill_sites, site_text
from hat_desktop.gui.enter_key import EnterMovesOn
from hat_desktop.gui.form_dialog import FormDialog
from hat_desktop.gui.forms.ui_top_up_dialog import Ui_TopUpDialog
from hat_desktop.gui.messages import run_service
from hat_desktop.gui.witness_dialog import ask_witness
from hat_desktop.services import top_ups
from hat_desktop.services.dosing import CheckInCard, DoseResult
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.top_up_offers import TopUpOffer
from hat_desktop.services.top_ups import TopUpRequest


def allowance_text(offer: TopUpOffer, tz: ZoneInfo) -> str:
    """'Line 1: Diamorphine hydrochloride (IV): 100 mg given at 10:00 of the session's
    180 mg; up to 80 mg more, from 10:20.'"""
    at = offer.injected_at.astimezone(tz)
    start = offer.from_at.astimezone(tz)
    text = (f"{offer.label}: {offer.given_mg} mg given at {at:%H:%M} of the session's "
            f"{offer.amount_mg} mg; up to {offer.room_mg} mg more, from {start:%H:%M}.")
    return text + (f"\n{offer.refusal}" if offer.refusal else "")


def offer_text(offer: TopUpOffer, tz: tzinfo) -> str:
    """A top-up offered, as the observation queue and the check-in screen say it:
    'top-up ≤ 40 mg from 10:20', or '… now'."""
    when = "now" if offer.available else f"from {offer.from_at.astimezone(tz):%H:%M}"
    return f"top-up ≤ {offer.room_mg} mg {when}"


class TopUpDialog(FormDialog[Ui_TopUpDialog, DoseResult]):
    """Accepted with the top-up written (a DoseResult)."""

    def __init__(self, reg: OpenRegister, actor: User, card: CheckInCard,
                 offers: list[TopUpOffer], parent: QWidget | None = None) -> None:
        super().__init__(Ui_TopUpDialog(), parent)
        self.reg = reg
        self.actor = actor
        self.card = card
        self.offers = [o for o in offers if o.room_mg] or offers
        self.result: DoseResult | None = None
        self.witness: User | None = None  # who signed the top-up written
        self.spins: list[tuple[Section, QSpinBox]] = []
        self._rows: list[QWidget] = []
        v = self.view
        ui = self.ui
        p = card.patient
        v.setWindowTitle(f"Top-up — {p.label}")
        session = self.offers[0].session if self.offers else 0
        ui.headingLabel.setText(f"{p.label}: a top-up in session {session}, after "
                                "observation.")
        ui.sitesLabel.setText("Last injection sites: " + ("; ".join(card.last_sites)
                                                          or "none recorded yet") + ".")
        for offer in self.offers:
            ui.lineCombo.addItem(offer.label, offer.line.position)
        ui.assessmentForm.setRowVisible(ui.lineCombo, len(self.offers) > 1)
        ui.sedationCombo.setPlaceholderText("Choose the score (type 0–3)")
        for score, text in SEDATION_SCALE.items():
            ui.sedationCombo.addItem(text, score)
        ui.sedationCombo.setCurrentIndex(-1)
        ui.alcoholEdit.setValidator(QRegularExpressionValidator(r"\d{0,4}", ui.alcoholEdit))
        fill_sites(ui.siteCombo, reg.settings.injection_sites)
        self.action_record = QAction("Record the top-up", v)
        self.action_record.setShortcut(QKeySequence("Ctrl+D"))
        self.action_record.triggered.connect(self.record)
        v.addAction(self.action_record)
        ui.recordButton.clicked.connect(self.record)
        ui.cancelButton.clicked.connect(v.reject)
        ui.lineCombo.currentIndexChanged.connect(self._line_chosen)
        ui.mgSpin.valueChanged.connect(self._waste)
        EnterMovesOn(v, self._enter_in_field)
        self._line_chosen()
        first = ui.lineCombo if len(self.offers) > 1 else ui.sedationCombo
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def accepted_result(self) -> DoseResult | None:
        return self.result

    def offer(self) -> TopUpOffer | None:
        index = self.ui.lineCombo.currentIndex()
        return self.offers[index] if 0 <= index < len(self.offers) else None

    # --- the chosen line: what is left, its products -------------------------------------------
    def _line_chosen(self) -> None:
        ui = self.ui
        offer = self.offer()
        for widget in self._rows:
            ui.doseForm.removeRow(widget)
        self._rows.clear()
        self.spins.clear()
        if offer is None:
            ui.allowanceLabel.setText("No line of this session can be topped up.")
            return
        ui.allowanceLabel.setText(allowance_text(offer, self.reg.tz))
        previous: QWidget = ui.siteCombo
        for row, section in enumerate(self.card.sections_of(offer.line), start=1):
            spin = ampoule_spin(ui.doseForm, ui.doseGroup, row, section,
                                ui.mgSpin.maximumWidth())
            spin.valueChanged.connect(self._waste)
            QWidget.setTabOrder(previous, spin)
            previous = spin
            self.spins.append((section, spin))
            self._rows.append(spin)
        QWidget.setTabOrder(previous, ui.mgSpin)
        ui.mgSpin.setValue(offer.room_mg)
        self._waste()

    def _opened(self) -> list[tuple[Section, int]]:
        return [(section, spin.value()) for section, spin in self.spins]

    def _waste(self) -> None:
        ui = self.ui
        mg = ui.mgSpin.value()
        opened = sum(s.mg_per_unit * n for s, n in self._opened())
        ui.wasteLabel.setText(
            "Wasted: — (enter the ampoules opened)" if not opened else
            f"Wasted: 0 mg — only {opened} mg opened for a {mg} mg top-up: open more, or "
            "correct the mg." if opened < mg else
            f"Wasted: {opened - mg} mg ({opened} mg opened − {mg} mg given)")

    # --- recording ---------------------------------------------------------------------------
    def _enter_in_field(self, field: QWidget) -> bool:
        if field is self.ui.mgSpin:
            self.record()
            return True
        return False

    def request(self) -> TopUpRequest:
        ui = self.ui
        offer = self.offer()
        score: int | str = (int(ui.sedationCombo.currentData())
                            if ui.sedationCombo.currentIndex() >= 0 else "")
        return TopUpRequest(
            line=offer.line.position if offer else 0, mg=ui.mgSpin.value(),
            opened=[(s.id, n) for s, n in self._opened()], site=site_text(ui.siteCombo),
            sedation_score=score, breath_alcohol=ui.alcoholEdit.text(),
            observation=ui.observationEdit.text())

    def record(self) -> None:
        v = self.view
        ui = self.ui
        request = self.request()
        checked = run_service(lambda: top_ups.check_top_up(
            self.reg, self.actor, self.card.patient.id, request), error_label=ui.errorLabel)
        if checked is None:
            return
        a = checked.assessment
        summary = (f"Top-up for {self.card.patient.label}, session {checked.offer.session} "
                   f"({checked.offer.label}): {opened_text(self._opened())} opened "
                   f"({checked.plan.mg_opened} mg), {checked.mg} mg given, "
                   f"{checked.plan.mg_wasted} mg wasted and denatured in front of you; site "
                   f"{checked.site}. Reassessed: sedation {a.sedation_score}, breath alcohol "
                   f"{a.breath_alcohol} µg/100 ml. The session's total: "
                   f"{checked.offer.given_mg + checked.mg} mg of {checked.offer.amount_mg} mg.")
        witness = ask_witness(self.reg, self.actor, summary, v)
        v.activateWindow()
        if witness is None:
            ui.errorLabel.setText("Nothing was recorded: the top-up needs a witness's "
                                  "signature.")
            ui.errorLabel.show()
            return
        result = run_service(lambda: top_ups.top_up(
            self.reg, self.actor, witness, self.card.patient.id, request),
            error_label=ui.errorLabel)
        if result is not None:
            self.result, self.witness = result, witness
            v.accept()
