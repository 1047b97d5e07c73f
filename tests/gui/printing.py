"""Qt's print dialog in the tests: the user "chooses a printer" that is a PDF file, so a
test reads back what was printed (pages, pixels, the QR code) as it would read paper."""

import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog


class PrintDialogs:
    """Every print dialog shown is answered: OK with a PDF-file printer, or Cancel."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
        self.folder = folder
        self.printed: list[Path] = []
        self.titles: list[str] = []
        self.cancel = False
        monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: self._answer(dialog))

    def _answer(self, dialog: QPrintDialog) -> int:
        self.titles.append(dialog.windowTitle())
        if self.cancel:
            return int(QDialog.DialogCode.Rejected)
        paper = self.folder / f"paper-{len(self.printed) + 1}.pdf"
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(paper))
        self.printed.append(paper)
        return int(QDialog.DialogCode.Accepted)


def page_images(pdf: Path, folder: Path, dpi: int = 60) -> list[Path]:
    """The printed pages as PNG images (pdftoppm)."""
    stem = folder / f"{pdf.stem}-page"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(stem)], check=True)
    return sorted(folder.glob(f"{stem.name}*.png"))


def inked(png: Path) -> float:
    """The share of a page's pixels that are not white."""
    with Image.open(png) as image:
        grey = image.convert("L")
        dark = sum(count for value, count in enumerate(grey.histogram()) if value < 200)
        return dark / (grey.width * grey.height)


def qr_texts(png: Path) -> list[str]:
    """The QR codes zbarimg reads on a printed page."""
    assert shutil.which("zbarimg"), "zbar-tools is needed to read printed QR codes"
    found = subprocess.run(["zbarimg", "--quiet", "--raw", str(png)], capture_output=True,
                           text=True, check=False)
    return [line for line in found.stdout.splitlines() if line]
