"""Reading and changing the clinic's settings."""

from dataclasses import asdict
from typing import Any

from hat_desktop.domain.accounts import User
from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.roles import Action
from hat_desktop.domain.settings import ClinicSettings, diff
from hat_desktop.services.events import Change
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.permissions import require
from hat_desktop.store import settings as settings_store


def current(reg: OpenRegister) -> ClinicSettings:
    return reg.settings


def change(reg: OpenRegister, actor: User, **changes: Any) -> ClinicSettings:
    """Apply and audit a manager's changes; returns the new settings."""
    require(reg, actor, Action.CHANGE_SETTINGS)
    old = reg.settings
    new = old.changed(**changes)
    changed = diff(old, new)
    if not changed:
        return old
    values = asdict(new)
    with reg.db.transaction():
        for name in changed:
            settings_store.put(reg.db, name, values[name], now=reg.now(), user_id=actor.id)
        reg.audit(actor, AuditAction.SETTINGS_CHANGED, "settings",
                  changed={k: [_plain(a), _plain(b)] for k, (a, b) in changed.items()})
        reg.publish_after_commit(Change.SETTINGS)
    reg.forget_settings()
    return reg.settings


def _plain(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value if isinstance(value, (str, int, type(None))) else str(value)
