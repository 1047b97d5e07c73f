"""The banner lines every member of staff must see: at login, on the main window and
(for the stock lines) on today's board — yesterday's missed sessions and holds, open
stock discrepancies and reconciliations overdue, in one list."""

from hat_desktop.domain.accounts import User
from hat_desktop.services import attendance, reconciliation
from hat_desktop.services.open_register import OpenRegister


def banner_lines(reg: OpenRegister, actor: User) -> list[str]:
    """Attendance first (missed yesterday, on hold), then stock (open discrepancies,
    reconciliation overdue). Each part checks the actor's permission itself."""
    return [*attendance.login_alerts(reg, actor), *reconciliation.alerts(reg, actor)]
