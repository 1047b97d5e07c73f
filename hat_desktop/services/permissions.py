"""The one gate every service passes: is this user, as they are now, allowed?"""

from hat_desktop.domain.accounts import User
from hat_desktop.domain.errors import PermissionDenied
from hat_desktop.domain.roles import ACTION_WORDS, Action, allowed
from hat_desktop.services.context import Clinic
from hat_desktop.store import users as users_store


def require(clinic: Clinic, actor: User, action: Action) -> User:
    """The acting user re-read from the register, if their role allows ``action``.

    Re-reading means a role change or deactivation takes effect at once, even
    for a user who logged in before it.
    """
    current = users_store.by_id(clinic.db, actor.id)
    if current is None or not current.active:
        raise PermissionDenied("Your account is no longer active. Log out and ask a manager.")
    if not allowed(current.role, action):
        raise PermissionDenied(
            f"Your role ({current.role.value}) may not {ACTION_WORDS[action]}."
        )
    return current
