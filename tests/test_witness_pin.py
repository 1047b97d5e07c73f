"""The personal witness PIN (issue 14.3): set by the user themself after their password,
6+ digits, kept as an argon2id hash, its own lockout (the password still works), every
change, wrong try and lock audited; a badge and PIN sign only where the clinic allows it."""

from datetime import timedelta

import pytest

from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.errors import AccountLocked, AuthenticationFailed, InvalidInput, Refused
from hat_desktop.services import auth, settings, witness_pin
from hat_desktop.store import audit
from hat_desktop.store import witness_pins as pin_store
from tests.world import PASSWORD

PIN = "204816"


def _allow(d) -> None:
    settings.change(d.reg, d.manager, witness_pin=True)
    d.reg.forget_settings()


def test_a_pin_is_set_by_its_owner_hashed_and_audited(world):
    d = world
    for bad, said in (("12345", "A witness PIN has 6 to 12 digits."),
                      ("12a456", "A witness PIN is digits only."),
                      ("１２３４５６", "A witness PIN is digits only."),
                      ("111111", "That PIN is too easy to guess"),
                      ("456789", "That PIN is too easy to guess"),
                      ("987654", "That PIN is too easy to guess")):
        with pytest.raises(InvalidInput) as refused:
            witness_pin.set_pin(d.reg, d.nurse2, PASSWORD, bad)
        assert str(refused.value).startswith(said)
    with pytest.raises(AuthenticationFailed):
        witness_pin.set_pin(d.reg, d.nurse2, "not my password", PIN)
    assert not witness_pin.has_pin(d.reg, d.nurse2)
    witness_pin.set_pin(d.reg, d.nurse2, PASSWORD, PIN)
    stored = pin_store.get(d.reg.db, d.nurse2.id)
    assert stored is not None and stored.pin_hash.startswith("$argon2id$")
    assert PIN not in stored.pin_hash
    assert witness_pin.has_pin(d.reg, d.nurse2)
    [set_entry] = audit.entries(d.reg.db, actions=[AuditAction.WITNESS_PIN_SET.value])
    assert set_entry.user_id == d.nurse2.id and PIN not in str(set_entry.details)


def test_badge_and_pin_sign_only_where_the_clinic_allows_it(world):
    d = world
    witness_pin.set_pin(d.reg, d.nurse2, PASSWORD, PIN)
    with pytest.raises(Refused, match="user name and password only"):
        witness_pin.authenticate(d.reg, d.nurse, "nora", PIN)
    _allow(d)
    assert witness_pin.authenticate(d.reg, d.nurse, "NORA", PIN).id == d.nurse2.id
    with pytest.raises(Refused, match="cannot witness your own entry"):
        witness_pin.authenticate(d.reg, d.nurse2, "nora", PIN)
    with pytest.raises(AuthenticationFailed, match="Nina Nurse has no witness PIN yet"):
        witness_pin.authenticate(d.reg, d.nurse2, "nina", PIN)
    with pytest.raises(AuthenticationFailed, match="The badge or the PIN is not right."):
        witness_pin.authenticate(d.reg, d.nurse, "nobody", PIN)


def test_wrong_pins_lock_the_pin_not_the_account(world, clock):
    d = world
    witness_pin.set_pin(d.reg, d.nurse2, PASSWORD, PIN)
    _allow(d)
    for _ in range(4):
        with pytest.raises(AuthenticationFailed, match="The badge or the PIN is not right."):
            witness_pin.authenticate(d.reg, d.nurse, "nora", "999999")
    with pytest.raises(AccountLocked) as locked:
        witness_pin.authenticate(d.reg, d.nurse, "nora", "999999")
    assert str(locked.value) == ("This witness PIN is locked after 5 wrong tries, until 10:15: "
                                 "sign with the user name and password instead.")
    with pytest.raises(AccountLocked):  # the right PIN too, while it is locked
        witness_pin.authenticate(d.reg, d.nurse, "nora", PIN)
    # The account itself is not locked: the password still signs.
    assert auth.authenticate_witness(d.reg, d.nurse, "nora", PASSWORD).id == d.nurse2.id
    assert len(audit.entries(d.reg.db, actions=[AuditAction.WITNESS_PIN_LOCKED.value])) == 1
    failed = audit.entries(d.reg.db, actions=[AuditAction.WITNESS_FAILED.value])
    assert len(failed) == 6 and all(PIN not in str(e.details) for e in failed)
    clock.advance(timedelta(minutes=16))
    assert witness_pin.authenticate(d.reg, d.nurse, "nora", PIN).id == d.nurse2.id
    stored = pin_store.get(d.reg.db, d.nurse2.id)
    assert stored is not None and stored.failed_attempts == 0 and stored.locked_until is None
