from hat_desktop.services import auth, verify
from tests.world import MANAGER, PASSWORD


def test_new_register_logs_in_and_verifies(reg):
    user = auth.login(reg, MANAGER, PASSWORD)
    result = verify.verify_register(reg, user)
    assert result.ok, result.problems
    assert result.entries_checked >= 3
