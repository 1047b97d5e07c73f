"""A register section with a month of history, for the printed pages, the exports, the
command line and the register screen: a receipt, a mistyped receipt and its correction,
administrations, a destruction with an authorised witness, a late entry, and a
correction made days after the entry it corrects.

Built once per test session on a copy of the new-register template, and copied for each
test that takes the ``history`` fixture."""

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

import pytest

from hat_desktop.domain.accounts import User
from hat_desktop.domain.register import PRESETS, Entry, Section
from hat_desktop.domain.roles import Role
from hat_desktop.services import register
from hat_desktop.services.clock import ManualClock
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.register_setup import open_register
from hat_desktop.store import users as users_store
from tests.world import (
    MANAGER,
    PRESCRIBER_ADDRESS,
    START,
    WORKSTATION,
    Template,
    Templates,
    back_then,
    user_factory,
)

# Monday 2 February 2026 to Monday 2 March 2026 (the fixture clock's START).
FIRST_DAY = date(2026, 2, 2)
PATIENTS = [("HAT-0001", "Sam Patient", "12 Linthorpe Road\nMiddlesbrough TS1 3QY"),
            ("HAT-0002", "Józef Wiśniewski", "Flat 4, 27 Albert Road\nMiddlesbrough TS1 2PA")]


@dataclass
class History:
    reg: OpenRegister
    clock: ManualClock
    manager: User
    pharmacist: User
    nurse: User
    nurse2: User
    inspector: User
    section: Section
    receipt: Entry  # 20 ampoules, correct
    mistyped: Entry  # 200 typed for 20
    fix: Entry  # its correction, the same day
    late: Entry  # an administration entered the next day, with a reason
    later_fixed: Entry  # an administration corrected a week later
    later_fix: Entry
    destruction: Entry
    entries: list[Entry] = field(default_factory=list)

    def make_user(self, role: Role, username: str | None = None,
                  full_name: str | None = None) -> User:
        """A new active user with PASSWORD, made by the manager."""
        return user_factory(self.reg, self.manager)(role, username, full_name)


def receipt(quantity: object = 20, batch: str = "AB123", **kw: object) -> register.Receipt:
    values: dict[str, object] = dict(
        quantity=quantity, supplier_name="Alliance Healthcare",
        supplier_address="Unit 4, Preston Farm\nStockton-on-Tees TS18 3TX", batch=batch,
        expiry=date(2027, 6, 30), reference="INV-0042")
    values.update(kw)
    return register.Receipt(**values)  # type: ignore[arg-type]


def administer(h: History, number: int, at: datetime, **kw: object) -> Entry:
    clinic_number, name, address = PATIENTS[number % 2]
    with h.reg.db.transaction():
        return register.write_draft(h.reg, h.nurse, register.administration_draft(
            h.reg, h.section, 2, "AB123", {
                "patient_id": number % 2 + 1, "clinic_number": clinic_number,
                "patient_name": name, "patient_address": address,
                "prescriber_name": "Dr Pat Prescriber", "prescriber_licence": "HO-123456",
                "prescriber_address": PRESCRIBER_ADDRESS,
                "units_opened": 2, "mg_administered": 180, "mg_wasted": 20,
                "collected_by": "The patient, in person (supervised administration)",
                "id_requested": True, "id_provided": number % 5 != 0,
            }, occurred_at=at, **kw), h.nurse2)  # type: ignore[arg-type]


def build_history(reg: OpenRegister, manager: User, make_user, clock: ManualClock,
                  doses: int = 60) -> History:
    """A month of the DIAM100 section; the clock ends where it started (START)."""
    end = clock.now()
    ph = make_user(Role.PHARMACIST, "phil", "Phil Pharmacist")
    nurse = make_user(Role.NURSE, "nina", "Nina Nurse")
    nurse2 = make_user(Role.NURSE, "nora", "Nora Nurse")
    inspector = make_user(Role.INSPECTOR, "ian", "Ian Inspector")
    section = register.create_section(reg, manager, PRESETS[0])
    clock.set(datetime(2026, 2, 2, 9, 0, tzinfo=UTC))
    first = register.receive(reg, ph, nurse, section.id, receipt(300, batch="AB123"))
    mistyped = register.receive(reg, ph, nurse, section.id, receipt(200, batch="CD456",
                                                                    reference="INV-0043"))
    clock.advance(timedelta(minutes=20))
    fix = register.correct(reg, ph, nurse, mistyped.id,
                           "Mistyped: 20 ampoules were received, not 200.", quantity_out=180)
    h = History(reg, clock, manager, ph, nurse, nurse2, inspector, section, first, mistyped, fix,
                first, first, first, first)
    h.entries = [first, mistyped, fix]
    late_at = late_fixed_at = None
    for n in range(doses):
        day = FIRST_DAY + timedelta(days=1 + n // 3)
        at = datetime(day.year, day.month, day.day, 9 + 3 * (n % 3), 15, tzinfo=UTC)
        if n == 11:  # the day's last dose, entered the next morning
            clock.set(at + timedelta(hours=20))
            h.late = administer(h, n, at, late_reason="Register PC down during the session; "
                                "entered from the paper back-up sheet.")
            late_at = at
            h.entries.append(h.late)
            continue
        clock.set(at + timedelta(minutes=5))
        entry = administer(h, n, at)
        h.entries.append(entry)
        if n == 4:
            h.later_fixed, late_fixed_at = entry, at
        if n == 25:  # a week after dose 4, its correction
            h.later_fix = register.correct(
                reg, ph, nurse, h.later_fixed.id,
                "One ampoule was dropped and broken before drawing up: 3 opened, not 2.",
                quantity_out=1)
            h.entries.append(h.later_fix)
    assert late_at is not None and late_fixed_at is not None
    clock.set(end - timedelta(minutes=30))
    h.destruction = register.destroy(reg, ph, section.id, register.Destruction(
        5, "AB123", "Damaged: ampoules cracked in the safe", "Dr Ada Officer",
        "CD Accountable Officer's witness", "CDAO-2026-07",
        method="Denatured in a DOOP denaturing kit, then sent for incineration"))
    h.entries.append(h.destruction)
    clock.set(end)
    return h


@pytest.fixture(scope="session")
def history_template(templates: Templates, tmp_path_factory: pytest.TempPathFactory
                     ) -> tuple[Template, History]:
    """The month of history, built once: the closed register and what was written."""
    target = tmp_path_factory.mktemp("history-template") / "data"
    clock = ManualClock(START)
    reg = open_register(templates.new_register.copy_to(target), clock=clock,
                        workstation=WORKSTATION)
    manager = users_store.by_username(reg.db, MANAGER)
    assert manager is not None
    with back_then(reg):  # a month before START, written after the template's first entry
        h = build_history(reg, manager, user_factory(reg, manager), clock)
    reg.close()
    return dataclasses.replace(templates.new_register, data_dir=target), h


@pytest.fixture
def history(history_template: tuple[Template, History], data_dir, clock: ManualClock
            ) -> Iterator[History]:
    """A copy of the month of history, on the test's clock (at START)."""
    template, h = history_template
    reg = open_register(template.copy_to(data_dir), clock=clock, workstation=WORKSTATION)
    yield dataclasses.replace(h, reg=reg, clock=clock)
    reg.close()
