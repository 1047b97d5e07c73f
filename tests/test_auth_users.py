"""Users, roles, login and lockout, the witness check (issue 2, items 6 and 7), each with the
audit entries it must leave: who, when, from which workstation ("test-pc" here)."""

from datetime import timedelta

import pytest

from hat_desktop.domain.audit import AuditAction, AuditEntry
from hat_desktop.domain.errors import (
    AccountLocked,
    AuthenticationFailed,
    InvalidInput,
    PermissionDenied,
    Refused,
)
from hat_desktop.domain.roles import Role
from hat_desktop.services import auth, users
from hat_desktop.services.users import UserDetails
from hat_desktop.store import audit
from hat_desktop.store import users as users_store
from tests.conftest import MANAGER, PASSWORD, START

WRONG = "The user name or password is not right."
LOCKED = ("This account is locked after 5 wrong passwords, until 10:15. "
          "A manager can unlock it now.")


def newest(clinic, action: AuditAction) -> AuditEntry:
    found = audit.entries(clinic.db, actions=[action], limit=1)
    assert found, f"no {action} entry in the audit log"
    return found[0]


def count(clinic, *actions: AuditAction) -> int:
    return len(audit.entries(clinic.db, actions=list(actions) or None, limit=100_000))


def fail(clinic, username: str, path: str = "login", actor=None):
    """One wrong password through the login window, the witness dialog or the lock screen."""
    if path == "login":
        return auth.login(clinic, username, "wrong password!")
    if path == "witness":
        return auth.authenticate_witness(clinic, actor, username, "wrong password!")
    user = users_store.by_username(clinic.db, username)
    return auth.confirm_password(clinic, user, "wrong password!")


def lock_out(clinic, username: str) -> None:
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            auth.login(clinic, username, "wrong password!")
    with pytest.raises(AccountLocked):
        auth.login(clinic, username, "wrong password!")


# --- login --------------------------------------------------------------------------------------
def test_login_is_audited_with_user_time_and_workstation(clinic, manager, clock):
    user = auth.login(clinic, "  Manager ", PASSWORD)  # user names are case-insensitive
    assert user.id == manager.id and user.role is Role.MANAGER
    entry = newest(clinic, AuditAction.LOGIN)
    assert (entry.user_id, entry.username, entry.workstation, entry.at) == (
        manager.id, MANAGER, "test-pc", clock.now())


def test_a_wrong_password_is_refused_counted_and_audited(clinic, manager):
    with pytest.raises(AuthenticationFailed) as caught:
        auth.login(clinic, MANAGER, "wrong password!")
    assert str(caught.value) == WRONG
    assert users_store.by_id(clinic.db, manager.id).failed_attempts == 1
    entry = newest(clinic, AuditAction.LOGIN_FAILED)
    assert (entry.user_id, entry.username, entry.workstation) == (manager.id, MANAGER, "test-pc")
    assert entry.details == {"reason": "wrong password", "attempts": 1, "context": "login"}
    assert count(clinic, AuditAction.LOGIN) == 0


def test_an_unknown_user_gets_the_same_answer_and_is_audited(clinic):
    with pytest.raises(AuthenticationFailed) as caught:
        auth.login(clinic, "Nobody", PASSWORD)
    assert str(caught.value) == WRONG
    entry = newest(clinic, AuditAction.LOGIN_FAILED)
    assert (entry.user_id, entry.username, entry.workstation) == (None, "nobody", "test-pc")
    assert entry.details["reason"] == "unknown user"


@pytest.mark.parametrize(("username", "password", "message"), [
    ("", PASSWORD, "Enter your user name."),
    ("   ", PASSWORD, "Enter your user name."),
    (MANAGER, "", "Enter your password."),
])
def test_empty_fields_are_asked_for(clinic, username, password, message):
    with pytest.raises(AuthenticationFailed, match=f"^{message}$"):
        auth.login(clinic, username, password)


def test_the_last_two_tries_are_announced(clinic, make_user):
    make_user(Role.NURSE, "nina")
    messages = []
    for _ in range(4):
        with pytest.raises(AuthenticationFailed) as caught:
            auth.login(clinic, "nina", "wrong password!")
        messages.append(str(caught.value))
    assert messages == [WRONG, WRONG, WRONG + " 2 more wrong tries will lock the account.",
                        WRONG + " 1 more wrong try will lock the account."]


# --- lockout ------------------------------------------------------------------------------------
@pytest.mark.parametrize("path", ["login", "witness", "confirm"])
def test_five_failures_lock_the_account_from_any_password_box(clinic, make_user, path):
    nurse = make_user(Role.NURSE, "nina")
    actor = make_user(Role.NURSE, "olly")
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            fail(clinic, "nina", path, actor)
    with pytest.raises(AccountLocked) as caught:
        fail(clinic, "nina", path, actor)
    assert str(caught.value) == LOCKED
    failed = AuditAction.WITNESS_FAILED if path == "witness" else AuditAction.LOGIN_FAILED
    assert count(clinic, failed) == 5
    lockout = newest(clinic, AuditAction.LOCKOUT)
    assert (lockout.user_id, lockout.username, lockout.workstation) == (
        nurse.id, "nina", "test-pc")
    assert lockout.details == {"minutes": 15}
    # Locked for every path, the right password included.
    with pytest.raises(AccountLocked, match="until 10:15"):
        auth.login(clinic, "nina", PASSWORD)
    with pytest.raises(AccountLocked):
        auth.authenticate_witness(clinic, actor, "nina", PASSWORD)
    assert newest(clinic, AuditAction.WITNESS_FAILED).details["reason"] == "account locked"


def test_failures_add_up_across_the_login_window_and_the_witness_dialog(clinic, make_user):
    make_user(Role.NURSE, "nina")
    actor = make_user(Role.PHARMACIST, "phil")
    for path in ["login", "witness", "login", "witness"]:
        with pytest.raises(AuthenticationFailed):
            fail(clinic, "nina", path, actor)
    with pytest.raises(AccountLocked):
        fail(clinic, "nina", "witness", actor)
    with pytest.raises(AccountLocked):
        auth.login(clinic, "nina", PASSWORD)
    assert count(clinic, AuditAction.LOCKOUT) == 1


def test_the_lock_ends_after_15_minutes(clinic, make_user, clock):
    nurse = make_user(Role.NURSE, "nina")
    lock_out(clinic, "nina")
    clock.advance(timedelta(minutes=14, seconds=59))
    with pytest.raises(AccountLocked):
        auth.login(clinic, "nina", PASSWORD)
    clock.set(START + timedelta(minutes=15))
    assert auth.login(clinic, "nina", PASSWORD).id == nurse.id
    fresh = users_store.by_id(clinic.db, nurse.id)
    assert (fresh.failed_attempts, fresh.locked_until) == (0, None)
    assert newest(clinic, AuditAction.LOGIN).user_id == nurse.id


def test_after_the_lock_ends_one_typo_does_not_lock_the_account_again(clinic, make_user, clock):
    """5 failed attempts lock for 15 minutes: once that has passed, a single wrong password
    is one failed attempt, not a new 15-minute lock."""
    make_user(Role.NURSE, "nina")
    lock_out(clinic, "nina")
    clock.advance(timedelta(minutes=16))
    with pytest.raises(AuthenticationFailed) as caught:
        auth.login(clinic, "nina", "wrong password!")
    assert not isinstance(caught.value, AccountLocked), str(caught.value)
    assert auth.login(clinic, "nina", PASSWORD).username == "nina"


def test_a_good_login_resets_the_count(clinic, make_user):
    make_user(Role.NURSE, "nina")
    for _ in range(2):
        for _ in range(4):
            with pytest.raises(AuthenticationFailed):
                auth.login(clinic, "nina", "wrong password!")
        auth.login(clinic, "nina", PASSWORD)
    assert count(clinic, AuditAction.LOCKOUT) == 0


def test_a_manager_unlocks_an_account_at_once(clinic, manager, make_user):
    nurse = make_user(Role.NURSE, "nina")
    lock_out(clinic, "nina")
    users.unlock_account(clinic, manager, nurse.id)
    entry = newest(clinic, AuditAction.ACCOUNT_UNLOCKED)
    assert (entry.user_id, entry.username, entry.workstation, entry.target) == (
        manager.id, MANAGER, "test-pc", f"user:{nurse.id}")
    assert auth.login(clinic, "nina", PASSWORD).id == nurse.id
    with pytest.raises(Refused, match="account is not locked"):
        users.unlock_account(clinic, manager, nurse.id)


def test_a_manager_resets_a_password(clinic, manager, make_user):
    nurse = make_user(Role.NURSE, "nina")
    lock_out(clinic, "nina")
    users.reset_password(clinic, manager, nurse.id, "a brand new password")
    entry = newest(clinic, AuditAction.PASSWORD_RESET)
    assert (entry.user_id, entry.workstation, entry.target) == (
        manager.id, "test-pc", f"user:{nurse.id}")
    with pytest.raises(AuthenticationFailed):
        auth.login(clinic, "nina", PASSWORD)
    assert auth.login(clinic, "nina", "a brand new password").id == nurse.id
    with pytest.raises(InvalidInput, match="at least 10 characters"):
        users.reset_password(clinic, manager, nurse.id, "short")


@pytest.mark.parametrize("action", ["unlock", "reset", "create", "change"])
def test_a_nurse_cannot_manage_users(clinic, manager, make_user, action):
    nurse, other = make_user(Role.NURSE, "nina"), make_user(Role.NURSE, "olly")
    before = count(clinic)
    with pytest.raises(PermissionDenied) as caught:
        if action == "unlock":
            users.unlock_account(clinic, nurse, other.id)
        elif action == "reset":
            users.reset_password(clinic, nurse, other.id, "another password")
        elif action == "create":
            users.create_user(clinic, nurse, "newbie", PASSWORD, UserDetails("New Bie",
                                                                             Role.MANAGER))
        else:
            users.update_user(clinic, nurse, nurse.id, UserDetails("Nina", Role.MANAGER),
                              active=True)
    assert str(caught.value) == "Your role (nurse) may not manage user accounts."
    assert count(clinic) == before
    assert users_store.by_username(clinic.db, "newbie") is None
    assert users_store.by_id(clinic.db, nurse.id).role is Role.NURSE


# --- witnessing ---------------------------------------------------------------------------------
@pytest.mark.parametrize("typed", ["nina", "NINA", "  Nina  "])
def test_nobody_witnesses_their_own_action_and_nothing_is_counted(clinic, make_user, typed):
    nurse = make_user(Role.NURSE, "nina")
    before = count(clinic)
    for password in (PASSWORD, "wrong password!"):
        with pytest.raises(Refused) as caught:
            auth.authenticate_witness(clinic, nurse, typed, password)
        assert str(caught.value) == (
            "You cannot witness your own entry: a second member of staff must sign with "
            "their own user name and password.")
    assert users_store.by_id(clinic.db, nurse.id).failed_attempts == 0
    assert count(clinic) == before


def test_a_second_member_of_staff_witnesses(clinic, make_user):
    nurse, pharmacist = make_user(Role.NURSE, "nina"), make_user(Role.PHARMACIST, "phil")
    assert auth.authenticate_witness(clinic, nurse, "Phil", PASSWORD).id == pharmacist.id


def test_an_inspector_cannot_witness(clinic, make_user):
    nurse = make_user(Role.NURSE, "nina")
    make_user(Role.INSPECTOR, "ian")
    with pytest.raises(Refused, match="inspector cannot witness entries in the register"):
        auth.authenticate_witness(clinic, nurse, "ian", PASSWORD)


def test_the_inspector_refusal_is_good_english(clinic, make_user):
    nurse = make_user(Role.NURSE, "nina")
    make_user(Role.INSPECTOR, "ian")
    with pytest.raises(Refused) as caught:
        auth.authenticate_witness(clinic, nurse, "ian", PASSWORD)
    assert str(caught.value) == "An inspector cannot witness entries in the register."


# --- accounts -----------------------------------------------------------------------------------
def test_creating_a_user_is_audited(clinic, manager, make_user):
    nurse = make_user(Role.NURSE, "nina", "Nina Nurse")
    entry = newest(clinic, AuditAction.USER_CREATED)
    assert (entry.user_id, entry.username, entry.workstation, entry.target) == (
        manager.id, MANAGER, "test-pc", f"user:{nurse.id}")
    assert entry.details["role"] == "nurse"
    assert (nurse.full_name, nurse.role, nurse.active) == ("Nina Nurse", Role.NURSE, True)


def test_the_user_created_entry_names_the_new_account(clinic, make_user):
    """services.users.create_user passes username=name to clinic.audit, meaning it for the
    entry's details; it must not be lost (nor replace the acting manager's name)."""
    make_user(Role.NURSE, "nina")
    entry = newest(clinic, AuditAction.USER_CREATED)
    assert entry.username == MANAGER
    assert entry.details == {"username": "nina", "role": "nurse"}


def test_a_taken_user_name_is_refused(clinic, manager, make_user):
    make_user(Role.NURSE, "nina")
    with pytest.raises(InvalidInput, match="The user name 'nina' is already taken."):
        users.create_user(clinic, manager, "NINA", PASSWORD, UserDetails("N", Role.NURSE))


@pytest.mark.parametrize(("username", "password", "message"), [
    ("nina", "short", "at least 10 characters"),
    ("nina", "my name is nina!", "must not contain the user name"),
    ("nina", " padded password ", "must not start or end with a space"),
    ("n", PASSWORD, "2 to 32 characters"),
    ("nina smith", PASSWORD, "2 to 32 characters"),
])
def test_user_name_and_password_rules(clinic, manager, username, password, message):
    with pytest.raises(InvalidInput, match=message):
        users.create_user(clinic, manager, username, password, UserDetails("N", Role.NURSE))


@pytest.mark.parametrize(("role", "licence", "registration", "gphc", "message"), [
    (Role.PRESCRIBER, "", "GMC 7654321", "", "A prescriber needs a Home Office licence number."),
    (Role.PRESCRIBER, "HO-1", "", "", "A prescriber needs a professional registration number"),
    (Role.PHARMACIST, "", "", "", "A pharmacist needs a GPhC registration number."),
    (Role.PHARMACIST, "", "", "123456", "A GPhC registration number is 7 digits."),
    (Role.PHARMACIST, "", "", "12345678", "A GPhC registration number is 7 digits."),
    (Role.PHARMACIST, "", "", "20123AB", "A GPhC registration number is 7 digits."),
])
def test_prescribers_and_pharmacists_need_their_numbers(clinic, manager, role, licence,
                                                        registration, gphc, message):
    details = UserDetails("Dr Who", role, licence, registration, gphc)
    with pytest.raises(InvalidInput, match=message):
        users.create_user(clinic, manager, "doc", PASSWORD, details)
    assert users_store.by_username(clinic.db, "doc") is None


def test_with_their_numbers_they_are_created(clinic, manager):
    doc = users.create_user(clinic, manager, "doc", PASSWORD, UserDetails(
        "Dr Who", Role.PRESCRIBER, "HO-123456", "GMC 7654321"))
    pharm = users.create_user(clinic, manager, "pharm", PASSWORD, UserDetails(
        "Phil Pharm", Role.PHARMACIST, gphc_number="2012345"))
    assert (doc.home_office_licence, doc.professional_registration) == ("HO-123456",
                                                                        "GMC 7654321")
    assert pharm.gphc_number == "2012345"


def test_changing_a_role_checks_the_numbers_and_is_audited(clinic, manager, make_user):
    nurse = make_user(Role.NURSE, "nina", "Nina Nurse")
    with pytest.raises(InvalidInput, match="GPhC"):
        users.update_user(clinic, manager, nurse.id, UserDetails("Nina Nurse", Role.PHARMACIST),
                          active=True)
    users.update_user(clinic, manager, nurse.id,
                      UserDetails("Nina Nurse", Role.PHARMACIST, gphc_number="2012345"),
                      active=True)
    entry = newest(clinic, AuditAction.USER_CHANGED)
    assert (entry.user_id, entry.workstation, entry.target) == (
        manager.id, "test-pc", f"user:{nurse.id}")
    assert entry.details == {"changed": {"role": ["nurse", "pharmacist"],
                                         "gphc_number": ["None", "2012345"]}}
    assert users_store.by_id(clinic.db, nurse.id).role is Role.PHARMACIST


def test_a_deactivated_user_cannot_log_in_or_witness_or_act(clinic, manager, make_user):
    nurse = make_user(Role.NURSE, "nina", "Nina Nurse")
    other_manager = make_user(Role.MANAGER, "mo")
    users.update_user(clinic, manager, nurse.id, UserDetails("Nina Nurse", Role.NURSE),
                      active=False)
    assert newest(clinic, AuditAction.USER_CHANGED).details == {
        "changed": {"active": ["True", "False"]}}
    with pytest.raises(AuthenticationFailed, match="^This account has been deactivated. Ask a "
                                                   "manager.$"):
        auth.login(clinic, "nina", PASSWORD)
    with pytest.raises(AuthenticationFailed, match="deactivated"):
        auth.authenticate_witness(clinic, manager, "nina", PASSWORD)
    users.update_user(clinic, manager, other_manager.id, UserDetails("Mo", Role.MANAGER),
                      active=False)
    with pytest.raises(PermissionDenied, match="no longer active"):
        users.list_users(clinic, other_manager)  # logged in before: refused all the same


@pytest.mark.parametrize(("role", "active"), [(Role.NURSE, True), (Role.MANAGER, False),
                                              (Role.INSPECTOR, False)])
def test_the_last_active_manager_stays(clinic, manager, role, active):
    before = count(clinic)
    with pytest.raises(Refused, match="^There must always be at least one active manager.$"):
        users.update_user(clinic, manager, manager.id, UserDetails("Morag Manager", role),
                          active=active)
    assert users_store.by_id(clinic.db, manager.id).role is Role.MANAGER
    assert users_store.by_id(clinic.db, manager.id).active
    assert count(clinic) == before


def test_with_a_second_manager_one_may_step_down(clinic, manager, make_user):
    make_user(Role.MANAGER, "mo")
    users.update_user(clinic, manager, manager.id, UserDetails("Morag Manager", Role.NURSE),
                      active=True)
    assert users_store.by_id(clinic.db, manager.id).role is Role.NURSE
    assert newest(clinic, AuditAction.USER_CHANGED).details == {
        "changed": {"role": ["manager", "nurse"]}}
