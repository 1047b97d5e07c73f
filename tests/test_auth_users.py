"""Users, roles, login and lockout, the witness check (issue 2, items 6 and 7), each with the
audit entries it must leave: who, when, from which workstation ("test-pc" here)."""

import dataclasses
import subprocess
import sys
from datetime import timedelta

import argon2
import pytest

from hat_desktop.domain.audit import AuditAction, AuditEntry
from hat_desktop.domain.errors import (
    AccountLocked,
    AuthenticationFailed,
    InvalidInput,
    PermissionDenied,
    Refused,
    SignedOut,
)
from hat_desktop.domain.roles import Role
from hat_desktop.services import auth, users
from hat_desktop.services import patients as patients_service
from hat_desktop.services.users import UserDetails
from hat_desktop.store import audit
from hat_desktop.store import users as users_store
from tests.command_line import ROOT
from tests.world import MANAGER, PASSWORD, START, TEST_HASHING

WRONG = "The user name or password is not right."
LOCKED = ("This account is locked after 5 wrong passwords, until 10:15. "
          "A manager can unlock it now.")


def newest(reg, action: AuditAction) -> AuditEntry:
    found = audit.entries(reg.db, actions=[action], limit=1)
    assert found, f"no {action} entry in the audit log"
    return found[0]


def count(reg, *actions: AuditAction) -> int:
    return len(audit.entries(reg.db, actions=list(actions) or None, limit=100_000))


def fail(reg, username: str, path: str = "login", actor=None):
    """One wrong password through the login window, the witness dialog or the lock screen."""
    if path == "login":
        return auth.login(reg, username, "wrong password!")
    if path == "witness":
        return auth.authenticate_witness(reg, actor, username, "wrong password!")
    user = users_store.by_username(reg.db, username)
    return auth.confirm_password(reg, user, "wrong password!")


def lock_out(reg, username: str) -> None:
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            auth.login(reg, username, "wrong password!")
    with pytest.raises(AccountLocked):
        auth.login(reg, username, "wrong password!")


# --- login --------------------------------------------------------------------------------------
def test_login_is_audited_with_user_time_and_workstation(reg, manager, clock):
    user = auth.login(reg, "  Manager ", PASSWORD)  # user names are case-insensitive
    assert user.id == manager.id and user.role is Role.MANAGER
    entry = newest(reg, AuditAction.LOGIN)
    assert (entry.user_id, entry.username, entry.workstation, entry.at) == (
        manager.id, MANAGER, "test-pc", clock.now())


def test_a_wrong_password_is_refused_counted_and_audited(reg, manager):
    with pytest.raises(AuthenticationFailed) as caught:
        auth.login(reg, MANAGER, "wrong password!")
    assert str(caught.value) == WRONG
    assert users_store.by_id(reg.db, manager.id).failed_attempts == 1
    entry = newest(reg, AuditAction.LOGIN_FAILED)
    assert (entry.user_id, entry.username, entry.workstation) == (manager.id, MANAGER, "test-pc")
    assert entry.details == {"reason": "wrong password", "attempts": 1, "context": "login"}
    assert count(reg, AuditAction.LOGIN) == 0


def test_an_unknown_user_gets_the_same_answer_and_is_audited(reg):
    with pytest.raises(AuthenticationFailed) as caught:
        auth.login(reg, "Nobody", PASSWORD)
    assert str(caught.value) == WRONG
    entry = newest(reg, AuditAction.LOGIN_FAILED)
    # What was typed is not kept (it may be a password typed into the wrong box).
    assert (entry.user_id, entry.username, entry.workstation) == (None, None, "test-pc")
    assert entry.details["reason"] == "unknown user"


@pytest.mark.parametrize(("username", "password", "message"), [
    ("", PASSWORD, "Enter your user name."),
    ("   ", PASSWORD, "Enter your user name."),
    (MANAGER, "", "Enter your password."),
])
def test_empty_fields_are_asked_for(reg, username, password, message):
    with pytest.raises(AuthenticationFailed, match=f"^{message}$"):
        auth.login(reg, username, password)


def test_the_last_two_tries_are_announced(reg, make_user):
    make_user(Role.NURSE, "nina")
    messages = []
    for _ in range(4):
        with pytest.raises(AuthenticationFailed) as caught:
            auth.login(reg, "nina", "wrong password!")
        messages.append(str(caught.value))
    assert messages == [WRONG, WRONG, WRONG + " 2 more wrong tries will lock the account.",
                        WRONG + " 1 more wrong try will lock the account."]


# --- lockout ------------------------------------------------------------------------------------
@pytest.mark.parametrize("path", ["login", "witness", "confirm"])
def test_five_failures_lock_the_account_from_any_password_box(reg, make_user, path):
    nurse = make_user(Role.NURSE, "nina")
    actor = make_user(Role.NURSE, "olly")
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            fail(reg, "nina", path, actor)
    with pytest.raises(AccountLocked) as caught:
        fail(reg, "nina", path, actor)
    assert str(caught.value) == LOCKED
    failed = AuditAction.WITNESS_FAILED if path == "witness" else AuditAction.LOGIN_FAILED
    assert count(reg, failed) == 5
    lockout = newest(reg, AuditAction.LOCKOUT)
    assert (lockout.user_id, lockout.username, lockout.workstation) == (
        nurse.id, "nina", "test-pc")
    assert lockout.details == {"minutes": 15}
    # Locked for every path, the right password included.
    with pytest.raises(AccountLocked, match="until 10:15"):
        auth.login(reg, "nina", PASSWORD)
    with pytest.raises(AccountLocked):
        auth.authenticate_witness(reg, actor, "nina", PASSWORD)
    assert newest(reg, AuditAction.WITNESS_FAILED).details["reason"] == "account locked"


def test_failures_add_up_across_the_login_window_and_the_witness_dialog(reg, make_user):
    make_user(Role.NURSE, "nina")
    actor = make_user(Role.PHARMACIST, "phil")
    for path in ["login", "witness", "login", "witness"]:
        with pytest.raises(AuthenticationFailed):
            fail(reg, "nina", path, actor)
    with pytest.raises(AccountLocked):
        fail(reg, "nina", "witness", actor)
    with pytest.raises(AccountLocked):
        auth.login(reg, "nina", PASSWORD)
    assert count(reg, AuditAction.LOCKOUT) == 1


def test_the_lock_ends_after_15_minutes(reg, make_user, clock):
    nurse = make_user(Role.NURSE, "nina")
    lock_out(reg, "nina")
    clock.advance(timedelta(minutes=14, seconds=59))
    with pytest.raises(AccountLocked):
        auth.login(reg, "nina", PASSWORD)
    clock.set(START + timedelta(minutes=15))
    assert auth.login(reg, "nina", PASSWORD).id == nurse.id
    fresh = users_store.by_id(reg.db, nurse.id)
    assert (fresh.failed_attempts, fresh.locked_until) == (0, None)
    assert newest(reg, AuditAction.LOGIN).user_id == nurse.id


def test_after_the_lock_ends_one_typo_does_not_lock_the_account_again(reg, make_user, clock):
    """5 failed attempts lock for 15 minutes: once that has passed, a single wrong password
    is one failed attempt, not a new 15-minute lock."""
    make_user(Role.NURSE, "nina")
    lock_out(reg, "nina")
    clock.advance(timedelta(minutes=16))
    with pytest.raises(AuthenticationFailed) as caught:
        auth.login(reg, "nina", "wrong password!")
    assert not isinstance(caught.value, AccountLocked), str(caught.value)
    assert auth.login(reg, "nina", PASSWORD).username == "nina"


def test_a_good_login_resets_the_count(reg, make_user):
    make_user(Role.NURSE, "nina")
    for _ in range(2):
        for _ in range(4):
            with pytest.raises(AuthenticationFailed):
                auth.login(reg, "nina", "wrong password!")
        auth.login(reg, "nina", PASSWORD)
    assert count(reg, AuditAction.LOCKOUT) == 0


def test_a_manager_unlocks_an_account_at_once(reg, manager, make_user):
    nurse = make_user(Role.NURSE, "nina")
    lock_out(reg, "nina")
    users.unlock_account(reg, manager, nurse.id)
    entry = newest(reg, AuditAction.ACCOUNT_UNLOCKED)
    assert (entry.user_id, entry.username, entry.workstation, entry.target) == (
        manager.id, MANAGER, "test-pc", f"user:{nurse.id}")
    assert auth.login(reg, "nina", PASSWORD).id == nurse.id
    with pytest.raises(Refused, match="account is not locked"):
        users.unlock_account(reg, manager, nurse.id)


def test_a_manager_resets_a_password(reg, manager, make_user):
    nurse = make_user(Role.NURSE, "nina")
    lock_out(reg, "nina")
    users.reset_password(reg, manager, nurse.id, "a brand new password")
    entry = newest(reg, AuditAction.PASSWORD_RESET)
    assert (entry.user_id, entry.workstation, entry.target) == (
        manager.id, "test-pc", f"user:{nurse.id}")
    with pytest.raises(AuthenticationFailed):
        auth.login(reg, "nina", PASSWORD)
    assert auth.login(reg, "nina", "a brand new password").id == nurse.id
    with pytest.raises(InvalidInput, match="at least 10 characters"):
        users.reset_password(reg, manager, nurse.id, "short")


@pytest.mark.parametrize("action", ["unlock", "reset", "create", "change"])
def test_a_nurse_cannot_manage_users(reg, manager, make_user, action):
    nurse, other = make_user(Role.NURSE, "nina"), make_user(Role.NURSE, "olly")
    before = count(reg)
    with pytest.raises(PermissionDenied) as caught:
        if action == "unlock":
            users.unlock_account(reg, nurse, other.id)
        elif action == "reset":
            users.reset_password(reg, nurse, other.id, "another password")
        elif action == "create":
            users.create_user(reg, nurse, "newbie", PASSWORD, UserDetails("New Bie",
                                                                          Role.MANAGER))
        else:
            users.update_user(reg, nurse, nurse.id, UserDetails("Nina", Role.MANAGER),
                              active=True)
    assert str(caught.value) == "Your role (nurse) may not manage user accounts."
    assert count(reg) == before
    assert users_store.by_username(reg.db, "newbie") is None
    assert users_store.by_id(reg.db, nurse.id).role is Role.NURSE


# --- witnessing ---------------------------------------------------------------------------------
@pytest.mark.parametrize("typed", ["nina", "NINA", "  Nina  "])
def test_nobody_witnesses_their_own_action_and_nothing_is_counted(reg, make_user, typed):
    nurse = make_user(Role.NURSE, "nina")
    before = count(reg)
    for password in (PASSWORD, "wrong password!"):
        with pytest.raises(Refused) as caught:
            auth.authenticate_witness(reg, nurse, typed, password)
        assert str(caught.value) == (
            "You cannot witness your own entry: a second member of staff must sign with "
            "their own user name and password.")
    assert users_store.by_id(reg.db, nurse.id).failed_attempts == 0
    assert count(reg) == before


def test_a_second_member_of_staff_witnesses(reg, make_user):
    nurse, pharmacist = make_user(Role.NURSE, "nina"), make_user(Role.PHARMACIST, "phil")
    assert auth.authenticate_witness(reg, nurse, "Phil", PASSWORD).id == pharmacist.id


def test_an_inspector_cannot_witness(reg, make_user):
    nurse = make_user(Role.NURSE, "nina")
    make_user(Role.INSPECTOR, "ian")
    with pytest.raises(Refused, match="inspector cannot witness entries in the register"):
        auth.authenticate_witness(reg, nurse, "ian", PASSWORD)


def test_the_inspector_refusal_is_good_english(reg, make_user):
    nurse = make_user(Role.NURSE, "nina")
    make_user(Role.INSPECTOR, "ian")
    with pytest.raises(Refused) as caught:
        auth.authenticate_witness(reg, nurse, "ian", PASSWORD)
    assert str(caught.value) == "An inspector cannot witness entries in the register."


# --- accounts -----------------------------------------------------------------------------------
def test_creating_a_user_is_audited(reg, manager, make_user):
    nurse = make_user(Role.NURSE, "nina", "Nina Nurse")
    entry = newest(reg, AuditAction.USER_CREATED)
    assert (entry.user_id, entry.username, entry.workstation, entry.target) == (
        manager.id, MANAGER, "test-pc", f"user:{nurse.id}")
    assert entry.details["role"] == "nurse"
    assert (nurse.full_name, nurse.role, nurse.active) == ("Nina Nurse", Role.NURSE, True)


def test_the_user_created_entry_names_the_new_account(reg, make_user):
    """services.users.create_user passes username=name to clinic.audit, meaning it for the
    entry's details; it must not be lost (nor replace the acting manager's name)."""
    make_user(Role.NURSE, "nina")
    entry = newest(reg, AuditAction.USER_CREATED)
    assert entry.username == MANAGER
    assert entry.details == {"username": "nina", "role": "nurse"}


def test_a_taken_user_name_is_refused(reg, manager, make_user):
    make_user(Role.NURSE, "nina")
    with pytest.raises(InvalidInput, match="The user name 'nina' is already taken."):
        users.create_user(reg, manager, "NINA", PASSWORD, UserDetails("N", Role.NURSE))


@pytest.mark.parametrize(("username", "password", "message"), [
    ("nina", "short", "at least 10 characters"),
    ("nina", "my name is nina!", "must not contain the user name"),
    ("nina", " padded password ", "must not start or end with a space"),
    ("n", PASSWORD, "2 to 32 characters"),
    ("nina smith", PASSWORD, "2 to 32 characters"),
])
def test_user_name_and_password_rules(reg, manager, username, password, message):
    with pytest.raises(InvalidInput, match=message):
        users.create_user(reg, manager, username, password, UserDetails("N", Role.NURSE))


@pytest.mark.parametrize(("role", "licence", "registration", "gphc", "message"), [
    (Role.PRESCRIBER, "", "GMC 7654321", "", "A prescriber needs a Home Office licence number."),
    (Role.PRESCRIBER, "HO-1", "", "", "A prescriber needs a professional registration number"),
    (Role.PHARMACIST, "", "", "", "A pharmacist needs a GPhC registration number."),
    (Role.PHARMACIST, "", "", "123456", "A GPhC registration number is 7 digits."),
    (Role.PHARMACIST, "", "", "12345678", "A GPhC registration number is 7 digits."),
    (Role.PHARMACIST, "", "", "20123AB", "A GPhC registration number is 7 digits."),
])
def test_prescribers_and_pharmacists_need_their_numbers(reg, manager, role, licence,
                                                        registration, gphc, message):
    details = UserDetails("Dr Who", role, licence, registration, gphc, "1 Albert Road")
    with pytest.raises(InvalidInput, match=message):
        users.create_user(reg, manager, "doc", PASSWORD, details)
    assert users_store.by_username(reg.db, "doc") is None


def test_with_their_numbers_they_are_created(reg, manager):
    doc = users.create_user(reg, manager, "doc", PASSWORD, UserDetails(
        "Dr Who", Role.PRESCRIBER, "HO-123456", "GMC 7654321",
        address="Teesside HAT Clinic\n1 Albert Road, Middlesbrough"))
    pharm = users.create_user(reg, manager, "pharm", PASSWORD, UserDetails(
        "Phil Pharm", Role.PHARMACIST, gphc_number="2012345"))
    assert (doc.home_office_licence, doc.professional_registration) == ("HO-123456",
                                                                        "GMC 7654321")
    assert pharm.gphc_number == "2012345"
    assert doc.address == "Teesside HAT Clinic\n1 Albert Road, Middlesbrough"


def test_a_prescriber_needs_an_address_for_the_register(reg, manager):
    with pytest.raises(InvalidInput, match="A prescriber needs a professional address"):
        users.create_user(reg, manager, "doc", PASSWORD, UserDetails(
            "Dr Who", Role.PRESCRIBER, "HO-123456", "GMC 7654321"))
    assert users_store.by_username(reg.db, "doc") is None


def test_changing_a_role_checks_the_numbers_and_is_audited(reg, manager, make_user):
    nurse = make_user(Role.NURSE, "nina", "Nina Nurse")
    with pytest.raises(InvalidInput, match="GPhC"):
        users.update_user(reg, manager, nurse.id, UserDetails("Nina Nurse", Role.PHARMACIST),
                          active=True)
    users.update_user(reg, manager, nurse.id,
                      UserDetails("Nina Nurse", Role.PHARMACIST, gphc_number="2012345"),
                      active=True)
    entry = newest(reg, AuditAction.USER_CHANGED)
    assert (entry.user_id, entry.workstation, entry.target) == (
        manager.id, "test-pc", f"user:{nurse.id}")
    assert entry.details == {"changed": {"role": ["nurse", "pharmacist"],
                                         "gphc_number": ["None", "2012345"]}}
    assert users_store.by_id(reg.db, nurse.id).role is Role.PHARMACIST


def test_a_deactivated_user_cannot_log_in_or_witness_or_act(reg, manager, make_user):
    nurse = make_user(Role.NURSE, "nina", "Nina Nurse")
    other_manager = make_user(Role.MANAGER, "mo")
    users.update_user(reg, manager, nurse.id, UserDetails("Nina Nurse", Role.NURSE),
                      active=False)
    assert newest(reg, AuditAction.USER_CHANGED).details == {
        "changed": {"active": ["True", "False"]}}
    with pytest.raises(AuthenticationFailed, match="^This account has been deactivated. Ask a "
                                                   "manager.$"):
        auth.login(reg, "nina", PASSWORD)
    with pytest.raises(AuthenticationFailed, match="deactivated"):
        auth.authenticate_witness(reg, manager, "nina", PASSWORD)
    users.update_user(reg, manager, other_manager.id, UserDetails("Mo", Role.MANAGER),
                      active=False)
    with pytest.raises(PermissionDenied, match="deactivated, so you are signed out"):
        users.list_users(reg, other_manager)  # logged in before: refused all the same


def test_a_user_locked_out_after_logging_in_is_signed_out_at_the_next_action(
        reg, manager, make_user):
    nurse = make_user(Role.NURSE, "nina", "Nina Nurse")
    session = auth.login(reg, "nina", PASSWORD)
    for _ in range(5):  # someone else types wrong passwords for nina (a witness box)
        with pytest.raises(Refused):
            auth.authenticate_witness(reg, manager, "nina", "wrong password!")
    with pytest.raises(SignedOut, match="locked after too many wrong passwords, so you are "
                                        "signed out"):
        patients_service.search(reg, session, "")
    users.unlock_account(reg, manager, nurse.id)
    assert patients_service.search(reg, session, "").matches == []


@pytest.mark.parametrize(("role", "active"), [(Role.NURSE, True), (Role.MANAGER, False),
                                              (Role.INSPECTOR, False)])
def test_the_last_active_manager_stays(reg, manager, role, active):
    before = count(reg)
    with pytest.raises(Refused, match="^There must always be at least one active manager.$"):
        users.update_user(reg, manager, manager.id, UserDetails("Morag Manager", role),
                          active=active)
    assert users_store.by_id(reg.db, manager.id).role is Role.MANAGER
    assert users_store.by_id(reg.db, manager.id).active
    assert count(reg) == before


def test_with_a_second_manager_one_may_step_down(reg, manager, make_user):
    make_user(Role.MANAGER, "mo")
    users.update_user(reg, manager, manager.id, UserDetails("Morag Manager", Role.NURSE),
                      active=True)
    assert users_store.by_id(reg.db, manager.id).role is Role.NURSE
    assert newest(reg, AuditAction.USER_CHANGED).details == {
        "changed": {"role": ["manager", "nurse"]}}


# --- password hashes ------------------------------------------------------------------------
PRODUCTION_PREFIX = "$argon2id$v=19$m=65536,t=3,p=4$"


def test_the_application_hashes_with_argon2id_rfc_9106_low_memory(tmp_path):
    """The tests hash with cheap argon2id parameters (tests/world.py, TEST_HASHING); a
    process that does not choose any, as the application never does, hashes with the
    production ones."""
    assert auth.PRODUCTION_HASHING == argon2.profiles.RFC_9106_LOW_MEMORY
    out = subprocess.run([sys.executable, "-c", (
        "from hat_desktop.services import auth; "
        "print(auth.hashing() == auth.PRODUCTION_HASHING, auth.hash_password('x'))")],
        capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    same, made = out.stdout.split()
    assert same == "True" and made.startswith(PRODUCTION_PREFIX)


def test_production_hashes_are_made_and_weaker_ones_upgraded_at_login(reg, manager, make_user):
    """With the production parameters in force: a new user's hash is made with them, and a
    hash made with weaker parameters (the tests' own) is replaced at the next login."""
    cheap_nurse = make_user(Role.NURSE, "nina")
    assert users_store.password_hash(reg.db, cheap_nurse.id).startswith(
        "$argon2id$v=19$m=1024,t=1,p=1$")
    auth.use_hashing(auth.PRODUCTION_HASHING)
    try:
        nurse = users.create_user(reg, manager, "olly", PASSWORD, UserDetails("Olly", Role.NURSE))
        assert users_store.password_hash(reg.db, nurse.id).startswith(PRODUCTION_PREFIX)
        assert auth.login(reg, "olly", PASSWORD).id == nurse.id
        auth.login(reg, "nina", PASSWORD)
        assert users_store.password_hash(reg.db, cheap_nurse.id).startswith(PRODUCTION_PREFIX)
    finally:
        auth.use_hashing(TEST_HASHING)
    assert auth.login(reg, "nina", PASSWORD).id == cheap_nurse.id


def test_an_unknown_user_is_checked_against_a_production_hash():
    """The dummy hash checked for an unknown user name is an argon2id hash with the
    production parameters, so refusing an unknown name takes as long as a wrong password."""
    auth.use_hashing(auth.PRODUCTION_HASHING)
    try:
        dummy = auth._hashing.dummy_hash
        hasher = argon2.PasswordHasher.from_parameters(auth.PRODUCTION_HASHING)
        assert dummy.startswith(PRODUCTION_PREFIX) and not hasher.check_needs_rehash(dummy)
        assert hasher.verify(dummy, "not a real password, only for timing")
    finally:
        auth.use_hashing(TEST_HASHING)


def test_only_argon2id_can_be_chosen():
    with pytest.raises(ValueError, match="argon2id only"):
        auth.use_hashing(dataclasses.replace(TEST_HASHING, type=argon2.Type.I))
    assert auth.hashing() == TEST_HASHING
