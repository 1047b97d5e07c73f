"""Roles and the one table of who may do what.

Every service checks the acting user's role against ACTIONS before it reads or
writes anything; the GUI only hides buttons for comfort, it enforces nothing.
"""

from enum import StrEnum


class Role(StrEnum):
    NURSE = "nurse"
    PHARMACIST = "pharmacist"
    PRESCRIBER = "prescriber"
    MANAGER = "manager"
    INSPECTOR = "inspector"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class Action(StrEnum):
    # administration
    MANAGE_USERS = "manage_users"
    CHANGE_SETTINGS = "change_settings"
    VIEW_AUDIT = "view_audit"
    EXPORT_RECOVERY_KEY = "export_recovery_key"
    BACKUP = "backup"
    RESTORE = "restore"
    # reading (every role)
    VIEW_REGISTER = "view_register"
    VIEW_PATIENTS = "view_patients"
    EXPORT_REPORTS = "export_reports"
    VERIFY = "verify"
    # countersigning another user's action
    WITNESS = "witness"
    # the register
    MANAGE_SECTIONS = "manage_sections"
    RECORD_STOCK = "record_stock"  # opening balance, receipt, destruction, return
    CORRECT_ENTRY = "correct_entry"
    # patients and prescriptions
    MANAGE_PATIENTS = "manage_patients"
    CHANGE_PATIENT_STATUS = "change_patient_status"  # suspend, discharge, reactivate
    PRESCRIBE = "prescribe"
    REVIEW_HOLD = "review_hold"
    RECORD_ABSENCE = "record_absence"  # custody, hospital...: and the return
    # dosing
    DOSE = "dose"  # check in, assess, administer, withhold, release
    TOP_UP = "top_up"  # a second injection of a line in a session, after observation
    RECORD_EVENT = "record_event"  # an adverse event (overdose, seizure...) and notes on it
    OVERRIDE_WINDOW = "override_window"
    # reconciliation
    RECONCILE = "reconcile"
    RESOLVE_DISCREPANCY = "resolve_discrepancy"
    # outcomes and the evaluation
    RECORD_OUTCOMES = "record_outcomes"  # treatment episodes (start, exit), outcome reviews
    EXPORT_EVALUATION = "export_evaluation"  # the pseudonymised extract, the linkage file
    # clinical safety and partner agencies
    RECORD_SCREENS = "record_screens"  # drug screens and each patient's screen schedule
    RECORD_CONTACTS = "record_contacts"  # the partner-agency contact log
    # the evaluation dashboard and report (inspectors too when the clinic allows it:
    # services.evaluation.may_view)
    VIEW_EVALUATION = "view_evaluation"


_ALL = frozenset(Role)
_STAFF = frozenset({Role.NURSE, Role.PHARMACIST, Role.PRESCRIBER, Role.MANAGER})

ACTIONS: dict[Action, frozenset[Role]] = {
    Action.MANAGE_USERS: frozenset({Role.MANAGER}),
    Action.CHANGE_SETTINGS: frozenset({Role.MANAGER}),
    Action.VIEW_AUDIT: frozenset({Role.MANAGER, Role.PHARMACIST, Role.INSPECTOR}),
    Action.EXPORT_RECOVERY_KEY: frozenset({Role.MANAGER}),
    Action.BACKUP: frozenset({Role.MANAGER, Role.PHARMACIST}),
    Action.RESTORE: frozenset({Role.MANAGER}),
    Action.VIEW_REGISTER: _ALL,
    Action.VIEW_PATIENTS: _ALL,
    Action.EXPORT_REPORTS: _ALL,
    Action.VERIFY: _ALL,
    Action.WITNESS: _STAFF,
    Action.MANAGE_SECTIONS: frozenset({Role.MANAGER}),
    Action.RECORD_STOCK: frozenset({Role.PHARMACIST, Role.MANAGER}),
    Action.CORRECT_ENTRY: frozenset({Role.PHARMACIST, Role.MANAGER}),
    Action.MANAGE_PATIENTS: frozenset({Role.NURSE, Role.PRESCRIBER, Role.MANAGER}),
    Action.CHANGE_PATIENT_STATUS: frozenset({Role.PRESCRIBER, Role.MANAGER}),
    Action.PRESCRIBE: frozenset({Role.PRESCRIBER}),
    Action.REVIEW_HOLD: frozenset({Role.PRESCRIBER}),
    Action.RECORD_ABSENCE: frozenset({Role.NURSE, Role.MANAGER}),
    Action.DOSE: frozenset({Role.NURSE, Role.PHARMACIST, Role.PRESCRIBER}),
    Action.TOP_UP: frozenset({Role.NURSE, Role.PHARMACIST, Role.PRESCRIBER}),
    Action.RECORD_EVENT: _STAFF,
    Action.OVERRIDE_WINDOW: frozenset({Role.MANAGER}),
    Action.RECONCILE: frozenset({Role.PHARMACIST}),
    Action.RESOLVE_DISCREPANCY: frozenset({Role.PHARMACIST, Role.MANAGER}),
    Action.RECORD_OUTCOMES: frozenset({Role.NURSE, Role.PRESCRIBER, Role.MANAGER}),
    Action.EXPORT_EVALUATION: frozenset({Role.MANAGER}),
    Action.RECORD_SCREENS: frozenset({Role.NURSE, Role.PRESCRIBER}),
    Action.RECORD_CONTACTS: frozenset({Role.NURSE, Role.PRESCRIBER, Role.MANAGER}),
    Action.VIEW_EVALUATION: frozenset({Role.MANAGER, Role.PRESCRIBER}),
}

# The words a refusal uses for each action ("Your role (nurse) may not ...").
ACTION_WORDS: dict[Action, str] = {
    Action.MANAGE_USERS: "manage user accounts",
    Action.CHANGE_SETTINGS: "change the clinic's settings",
    Action.VIEW_AUDIT: "read the audit log",
    Action.EXPORT_RECOVERY_KEY: "export the recovery key",
    Action.BACKUP: "make backups",
    Action.RESTORE: "restore a backup",
    Action.VIEW_REGISTER: "read the register",
    Action.VIEW_PATIENTS: "read patient records",
    Action.EXPORT_REPORTS: "export or print reports",
    Action.VERIFY: "verify the register",
    Action.WITNESS: "witness entries",
    Action.MANAGE_SECTIONS: "create or close register sections",
    Action.RECORD_STOCK: "record stock received, destroyed or returned",
    Action.CORRECT_ENTRY: "correct register entries",
    Action.MANAGE_PATIENTS: "add or change patient records",
    Action.CHANGE_PATIENT_STATUS: "suspend, discharge or reactivate a patient",
    Action.PRESCRIBE: "write or change prescriptions",
    Action.REVIEW_HOLD: "review a patient on hold",
    Action.RECORD_ABSENCE: "record an absence or a return",
    Action.DOSE: "check patients in or record doses",
    Action.TOP_UP: "give a top-up within a session",
    Action.RECORD_EVENT: "record adverse events",
    Action.OVERRIDE_WINDOW: "authorise a dose outside the session window",
    Action.RECONCILE: "reconcile stock",
    Action.RESOLVE_DISCREPANCY: "resolve stock discrepancies",
    Action.RECORD_OUTCOMES: "record treatment episodes or outcome reviews",
    Action.EXPORT_EVALUATION: "export the evaluation extract or its linkage file",
    Action.RECORD_SCREENS: "record drug screens or schedule them",
    Action.RECORD_CONTACTS: "record contacts with partner agencies",
    Action.VIEW_EVALUATION: "read the evaluation dashboard or report",
}


def allowed(role: Role, action: Action) -> bool:
    return role in ACTIONS[action]

