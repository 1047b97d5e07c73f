"""Managing user accounts (manager only), and a user changing their own password."""

import logging
from dataclasses import dataclass

from hat_desktop.domain.accounts import User, validate_password, validate_username
from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.errors import AuthenticationFailed, InvalidInput, Refused
from hat_desktop.domain.roles import Action, Role
from hat_desktop.domain.text import clean_text
from hat_desktop.services import auth
from hat_desktop.services.events import Change
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.permissions import require
from hat_desktop.store import users as users_store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class UserDetails:
    """What a manager types for an account (everything but the password)."""

    full_name: str
    role: Role
    home_office_licence: str = ""
    professional_registration: str = ""
    gphc_number: str = ""
    address: str = ""  # a prescriber's professional address (Schedule 6), any role may have one

    def checked(self) -> "UserDetails":
        full_name = clean_text(self.full_name, "full name", max_length=100)
        try:
            role = Role(self.role)
        except ValueError:
            raise InvalidInput(f"'{self.role}' is not a role.") from None
        hol = clean_text(self.home_office_licence, "Home Office licence number", max_length=40,
                         required=False)
        reg = clean_text(self.professional_registration, "professional registration number",
                         max_length=40, required=False)
        gphc = clean_text(self.gphc_number, "GPhC registration number", max_length=20,
                          required=False)
        address = clean_text(self.address, "address", max_length=300, required=False,
                             multiline=True)
        if role is Role.PRESCRIBER:
            if not address:
                raise InvalidInput("A prescriber needs a professional address: it is printed "
                                   "in the register beside every dose they prescribed.")
            if not hol:
                raise InvalidInput("A prescriber needs a Home Office licence number.")
            if not reg:
                raise InvalidInput("A prescriber needs a professional registration number (GMC).")
        if role is Role.PHARMACIST:
            if not gphc:
                raise InvalidInput("A pharmacist needs a GPhC registration number.")
            if not (gphc.isdigit() and len(gphc) == 7):
                raise InvalidInput("A GPhC registration number is 7 digits.")
        return UserDetails(full_name, role, hol, reg, gphc, address)


def _nullable(value: str) -> str | None:
    return value or None


def create_first_manager(reg: OpenRegister, username: str, password: str, full_name: str) -> User:
    """Only while the register has no user at all (set-up)."""
    name = validate_username(username)
    validate_password(password, name)
    details = UserDetails(full_name, Role.MANAGER).checked()
    with reg.db.transaction():
        if users_store.count(reg.db):
            raise Refused("This register already has users; log in as a manager to add more.")
        user_id = users_store.insert(
            reg.db, username=name, full_name=details.full_name, role=Role.MANAGER,
            password_hash=auth.hash_password(password), now=reg.now(),
        )
        user = users_store.by_id(reg.db, user_id)
        assert user is not None
        reg.audit(user, AuditAction.USER_CREATED, f"user:{user_id}", role=Role.MANAGER.value,
                  first_manager=True)
    return user


def create_user(
    reg: OpenRegister, actor: User, username: str, password: str, details: UserDetails
) -> User:
    require(reg, actor, Action.MANAGE_USERS)
    name = validate_username(username)
    validate_password(password, name)
    checked = details.checked()
    with reg.db.transaction():
        if users_store.by_username(reg.db, name) is not None:
            raise InvalidInput(f"The user name '{name}' is already taken.")
        user_id = users_store.insert(
            reg.db,
            username=name,
            full_name=checked.full_name,
            role=checked.role,
            password_hash=auth.hash_password(password),
            now=reg.now(),
            home_office_licence=_nullable(checked.home_office_licence),
            professional_registration=_nullable(checked.professional_registration),
            gphc_number=_nullable(checked.gphc_number),
            address=_nullable(checked.address),
        )
        reg.audit(actor, AuditAction.USER_CREATED, f"user:{user_id}", username=name,
                  role=checked.role.value)
        reg.publish_after_commit(Change.USERS)
    user = users_store.by_id(reg.db, user_id)
    assert user is not None
    log.info("user #%d created by user #%d", user_id, actor.id)
    return user


def _target(reg: OpenRegister, user_id: int) -> User:
    user = users_store.by_id(reg.db, user_id)
    if user is None:
        raise InvalidInput("That user account does not exist.")
    return user


def _active_managers(reg: OpenRegister) -> list[User]:
    return [u for u in users_store.all_users(reg.db) if u.active and u.role is Role.MANAGER]


def update_user(
    reg: OpenRegister, actor: User, user_id: int, details: UserDetails, *, active: bool
) -> User:
    require(reg, actor, Action.MANAGE_USERS)
    checked = details.checked()
    with reg.db.transaction():
        before = _target(reg, user_id)
        stops_managing = before.role is Role.MANAGER and before.active and (
            checked.role is not Role.MANAGER or not active
        )
        if stops_managing and len(_active_managers(reg)) == 1:
            raise Refused("There must always be at least one active manager.")
        changes = {
            "full_name": checked.full_name,
            "role": checked.role,
            "active": active,
            "home_office_licence": _nullable(checked.home_office_licence),
            "professional_registration": _nullable(checked.professional_registration),
            "gphc_number": _nullable(checked.gphc_number),
            "address": _nullable(checked.address),
        }
        changed = {k: v for k, v in changes.items() if getattr(before, k) != v}
        if not changed:
            return before
        users_store.update(reg.db, user_id, **changed)
        reg.audit(
            actor, AuditAction.USER_CHANGED, f"user:{user_id}",
            changed={k: [str(getattr(before, k)), str(v)] for k, v in changed.items()},
        )
        reg.publish_after_commit(Change.USERS)
    return _target(reg, user_id)


def reset_password(reg: OpenRegister, actor: User, user_id: int, new_password: str) -> None:
    require(reg, actor, Action.MANAGE_USERS)
    with reg.db.transaction():
        target = _target(reg, user_id)
        validate_password(new_password, target.username)
        users_store.set_password_hash(reg.db, user_id, auth.hash_password(new_password),
                                      reg.now())
        users_store.set_failures(reg.db, user_id, 0, None)
        reg.audit(actor, AuditAction.PASSWORD_RESET, f"user:{user_id}")


def unlock_account(reg: OpenRegister, actor: User, user_id: int) -> None:
    require(reg, actor, Action.MANAGE_USERS)
    with reg.db.transaction():
        target = _target(reg, user_id)
        if not target.failed_attempts and target.locked_until is None:
            raise Refused(f"{target.full_name}'s account is not locked.")
        users_store.set_failures(reg.db, user_id, 0, None)
        reg.audit(actor, AuditAction.ACCOUNT_UNLOCKED, f"user:{user_id}")
        reg.publish_after_commit(Change.USERS)


def change_own_password(reg: OpenRegister, user: User, old_password: str, new_password: str
                        ) -> None:
    try:
        auth.confirm_password(reg, user, old_password)
    except AuthenticationFailed:
        raise AuthenticationFailed("Your current password is not right.") from None
    validate_password(new_password, user.username)
    if new_password == old_password:
        raise InvalidInput("The new password must be different from the current one.")
    with reg.db.transaction():
        users_store.set_password_hash(reg.db, user.id, auth.hash_password(new_password),
                                      reg.now())
        reg.audit(user, AuditAction.PASSWORD_CHANGED, f"user:{user.id}")


def list_users(reg: OpenRegister, actor: User) -> list[User]:
    require(reg, actor, Action.MANAGE_USERS)
    return users_store.all_users(reg.db)
