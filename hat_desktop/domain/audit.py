"""What the audit log records."""

import json
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class AuditAction(StrEnum):
    REGISTER_CREATED = "register_created"
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOCKOUT = "lockout"
    LOGOUT = "logout"
    SCREEN_LOCKED = "screen_locked"
    SCREEN_UNLOCKED = "screen_unlocked"
    WITNESS = "witness"
    WITNESS_FAILED = "witness_failed"
    WITNESS_PIN_SET = "witness_pin_set"
    WITNESS_PIN_LOCKED = "witness_pin_locked"
    USER_CREATED = "user_created"
    USER_CHANGED = "user_changed"
    PASSWORD_RESET = "password_reset"
    PASSWORD_CHANGED = "password_changed"
    ACCOUNT_UNLOCKED = "account_unlocked"
    SETTINGS_CHANGED = "settings_changed"
    EXPORT = "export"
    PRINT = "print"
    BACKUP = "backup"
    RESTORE = "restore"
    VERIFY = "verify"
    RECOVERY_KEY_EXPORTED = "recovery_key_exported"
    KEY_STORED = "key_stored"
    SECTION_CREATED = "section_created"
    SECTION_CLOSED = "section_closed"
    PATIENT_CREATED = "patient_created"
    PATIENT_CHANGED = "patient_changed"
    PATIENT_STATUS = "patient_status"
    PRESCRIPTION_WRITTEN = "prescription_written"
    DOSE_OVERRIDE = "dose_override"
    HOLD_REVIEWED = "hold_reviewed"
    ABSENCE_RECORDED = "absence_recorded"
    ABSENCE_ENDED = "absence_ended"
    ABSENCE_WITHDRAWN = "absence_withdrawn"
    TITRATION_PLAN = "titration_plan"
    STOCK_COUNTED = "stock_counted"
    DAY_CLOSED = "day_closed"
    DISCREPANCY_RESOLVED = "discrepancy_resolved"
    BACKUP_FAILED = "backup_failed"
    EPISODE_STARTED = "episode_started"
    EPISODE_ENDED = "episode_ended"
    OUTCOME_REVIEW = "outcome_review"
    EVALUATION_EXTRACT = "evaluation_extract"
    LINKAGE_FILE = "linkage_file"
    BACKUP_PRUNED = "backup_pruned"
    CLOCK_WRONG = "clock_wrong"  # a write refused while the PC's clock was wrong
    ADVERSE_EVENT = "adverse_event"
    ADVERSE_EVENT_NOTE = "adverse_event_note"
    RELEASED_DESPITE_READING = "released_despite_reading"  # confirmed by a second person
    DRUG_SCREEN = "drug_screen"
    SCREEN_SCHEDULE = "screen_schedule"
    AGENCY_CONTACT = "agency_contact"
    WITHHOLDING_CORRECTED = "withholding_corrected"  # recorded in error: a witnessed note
    CLOCK_CONFIRMED = "clock_confirmed"  # a manager confirmed a date far ahead of the last


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    user_id: int | None
    username: str | None
    workstation: str
    action: str
    target: str | None
    details: dict[str, object]

    @property
    def words(self) -> str:
        """The details as short text: 'role=nurse, username=nina' (screen and print)."""
        return ", ".join(
            f"{k}={json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v}"
            for k, v in sorted(self.details.items()))

    @property
    def details_json(self) -> str:
        """The details as one JSON object (for scripts)."""
        return json.dumps(self.details, sort_keys=True, ensure_ascii=False)
