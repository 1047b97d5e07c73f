"""The one gate every service passes: is this user, as they are now, allowed?"""

from hat_desktop.domain.accounts import SELF_WITNESS, User
from hat_desktop.domain.errors import PermissionDenied, Refused, SignedOut
from hat_desktop.domain.roles import ACTION_WORDS, Action, allowed
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.store import users as users_store


def require(reg: OpenRegister, actor: User, action: Action) -> User:
    """The acting user re-read from the register, if their role allows ``action``.

    Re-reading means a role change, a deactivation or a lockout takes effect at once, even
    for a user who logged in before it: a deactivated or locked-out user is signed out.
    """
    current = users_store.by_id(reg.db, actor.id)
    if current is None or not current.active:
        raise SignedOut("Your account has been deactivated, so you are signed out; nothing "
                        "was written. Ask a manager.")
    if current.is_locked(reg.now()):
        raise SignedOut("Your account is locked after too many wrong passwords, so you are "
                        "signed out; nothing was written. A manager can unlock it.")
    if not allowed(current.role, action):
        raise PermissionDenied(
            f"Your role ({current.role.value}) may not {ACTION_WORDS[action]}."
        )
    return current


def check_witness(reg: OpenRegister, actor: User, witness: User | None) -> User:
    """The witness of ``actor``'s entry: present, a different person, allowed to witness."""
    if witness is None:
        raise Refused("This entry must be witnessed by a second member of staff.")
    if witness.id == actor.id:
        raise Refused(SELF_WITNESS.format(how="user name and password"))
    current = users_store.by_id(reg.db, witness.id)
    if current is None or not current.active or not allowed(current.role, Action.WITNESS):
        raise Refused(f"{witness.full_name} cannot witness entries in the register.")
    return current
