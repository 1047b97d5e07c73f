"""What `hat-desktop self-test` checks of the installation below the window: SQLCipher,
time zones, PDF output with the shipped fonts, QR codes for register pages, the
system keyring (the window's part is the GUI's own: gui/self_test.py)."""

from dataclasses import dataclass

from hat_desktop.domain.times import zone
from hat_desktop.reports.pdf_common import sample_pdf
from hat_desktop.reports.register_pdf import qr_modules
from hat_desktop.store.connection import cipher_version
from hat_desktop.store.keys import keyring_problem


@dataclass(frozen=True)
class Finding:
    label: str
    ok: bool
    detail: str = ""
    note_only: bool = False  # worth saying, not a failure (e.g. no system keyring)


def installation() -> list[Finding]:
    version = cipher_version()
    modules = qr_modules("HATREG1:SELFTEST:1:2:" + "0" * 64)
    problem = keyring_problem()
    return [
        Finding("SQLCipher", version.startswith("4."), version),
        Finding("time zones", zone("Europe/London").key == "Europe/London"),
        Finding("PDF output with the shipped fonts", sample_pdf().startswith(b"%PDF")),
        Finding("QR codes for register pages",
                len(modules) >= 21 and len(modules[0]) == len(modules)),
        Finding("system keyring", problem is None, problem or "available", note_only=True),
    ]
