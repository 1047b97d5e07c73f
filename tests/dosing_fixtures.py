"""A clinic ready to dose: stock in the register, a prescriber, nurses, a patient with a
prescription. Shared by the dosing, missed-dose and GUI tests."""

from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from hat_desktop.domain.accounts import User
from hat_desktop.domain.patients import Patient, PatientDetails
from hat_desktop.domain.prescriptions import Prescription, PrescriptionInput
from hat_desktop.domain.register import PRESETS, Section
from hat_desktop.domain.roles import Role
from hat_desktop.services import patients, prescriptions, register
from hat_desktop.services.dosing import DoseRequest
from hat_desktop.services.open_register import OpenRegister


@dataclass
class DosingClinic:
    reg: OpenRegister
    manager: User
    nurse: User
    nurse2: User
    pharmacist: User
    prescriber: User
    diam100: Section
    diam500: Section
    patient: Patient
    rx: Prescription

    def add_patient(self, number: str, name: str, dose_mg: int = 180,
                    sessions: frozenset[int] = frozenset({1, 2})) -> tuple[Patient, Prescription]:
        p = patients.create_patient(self.reg, self.nurse, PatientDetails(
            number, name, date(1985, 6, 1), "12 Linthorpe Road\nMiddlesbrough TS1 3QY"))
        rx = prescriptions.prescribe(self.reg, self.prescriber, p.id, PrescriptionInput(
            (self.diam100.id, self.diam500.id), dose_mg, sessions, self.reg.today(),
            self.reg.today() + timedelta(days=90)))
        return p, rx


def dose_request(mg: int = 180, opened=None, **kw) -> DoseRequest:
    values = dict(opened=opened, mg_administered=mg, sedation_score=0, breath_alcohol=0,
                  observation="Alert, no concerns")
    values.update(kw)
    if values["opened"] is None:
        values["opened"] = []
    return DoseRequest(**values)


@pytest.fixture
def dc(reg, manager, make_user) -> DosingClinic:
    nurse = make_user(Role.NURSE, "nina", "Nina Nurse")
    nurse2 = make_user(Role.NURSE, "nora", "Nora Nurse")
    pharmacist = make_user(Role.PHARMACIST, "phil", "Phil Pharmacist")
    prescriber = make_user(Role.PRESCRIBER, "drpat", "Dr Pat Prescriber")
    diam100 = register.create_section(reg, manager, PRESETS[0])
    diam500 = register.create_section(reg, manager, PRESETS[1])
    today = reg.today()
    for section, qty, batch in ((diam100, 50, "D100A"), (diam500, 20, "D500A")):
        register.receive(reg, pharmacist, nurse, section.id, register.Receipt(
            qty, "Alliance Healthcare", "Unit 4, Stockton TS18 3TX", batch,
            today + timedelta(days=200), "INV-1"))
    dc = DosingClinic(reg, manager, nurse, nurse2, pharmacist, prescriber, diam100, diam500,
                      None, None)  # type: ignore[arg-type]
    dc.patient, dc.rx = dc.add_patient("HAT-0001", "Sam Patient")
    return dc
