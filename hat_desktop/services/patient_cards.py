"""Printing a patient's card: written only where the user chose, always in the audit log."""

from pathlib import Path

from hat_desktop.domain.accounts import User
from hat_desktop.domain.roles import Action
from hat_desktop.reports.patient_card import PatientCard, render
from hat_desktop.services import exports, patients
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.permissions import require


def card_for(reg: OpenRegister, actor: User, patient_id: int) -> PatientCard:
    """What the card of this patient shows."""
    require(reg, actor, Action.VIEW_PATIENTS)
    patient = patients.get(reg, actor, patient_id)
    return PatientCard(
        clinic_name=reg.settings.clinic_name,
        clinic_number=patient.clinic_number,
        full_name=patient.full_name,
        photo=patients.photo(reg, actor, patient_id),
        demo=reg.demo,
    )


def print_card(reg: OpenRegister, actor: User, patient_id: int, output: Path, *,
               overwrite: bool = False) -> Path:
    """Write the card as a PDF at ``output`` and record the printing in the audit log."""
    card = card_for(reg, actor, patient_id)
    return exports.write_export(
        reg, actor, output, render(card), what=f"patient_card:{card.clinic_number}",
        overwrite=overwrite, printed=True,
    )
