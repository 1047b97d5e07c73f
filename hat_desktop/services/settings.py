"""Reading and changing the clinic's settings."""

from dataclasses import asdict
from typing import Any

from hat_desktop.domain.accounts import User
from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.roles import Action
from hat_desktop.domain.settings import ClinicSettings, diff
from hat_desktop.services.context import Clinic
from hat_desktop.services.permissions import require
from hat_desktop.store import settings as settings_store


def current(clinic: Clinic) -> ClinicSettings:
    return clinic.settings


def change(clinic: Clinic, actor: User, **changes: Any) -> ClinicSettings:
    """Apply and audit a manager's changes; returns the new settings."""
    require(clinic, actor, Action.CHANGE_SETTINGS)
    old = clinic.settings
    new = old.changed(**changes)
    changed = diff(old, new)
    if not changed:
        return old
    values = asdict(new)
    with clinic.db.transaction():
        for name in changed:
            settings_store.put(clinic.db, name, values[name], now=clinic.now(), user_id=actor.id)
        clinic.audit(actor, AuditAction.SETTINGS_CHANGED, "settings",
                     changed={k: [_plain(a), _plain(b)] for k, (a, b) in changed.items()})
        clinic.publish_after_commit("settings_changed")
    clinic.forget_settings()
    return clinic.settings


def _plain(value: Any) -> Any:
    return value if isinstance(value, (str, int, type(None))) else str(value)
