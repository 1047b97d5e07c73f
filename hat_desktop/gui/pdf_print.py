"""Printing a PDF the services wrote, through Qt's print dialog: no outside PDF viewer is
needed (many clinic PCs have none). Each page is rendered by PDFium at the printer's
resolution and drawn on the printer's page, scaled to fit with its proportions kept."""

import logging
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from hat_desktop.domain.errors import Refused

log = logging.getLogger(__name__)
RENDER_DPI = 300  # sharp on paper; a 1200 dpi A4 page would be 140 million pixels


def choose_printer(parent: QWidget | None, title: str) -> QPrinter | None:
    """Qt's print dialog; the printer chosen, or None if the user cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(f"Print {title}")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def print_pdf(printer: QPrinter, pdf: Path) -> int:
    """Draw every page of ``pdf`` on ``printer``; returns the number of pages printed."""
    import pypdfium2  # loaded when something is printed, not at start-up

    document = pypdfium2.PdfDocument(str(pdf))
    painter = QPainter()
    try:
        pages = len(document)
        for number in range(pages):
            page = document[number]
            width, height = page.get_size()  # points
            printer.setPageOrientation(QPageLayout.Orientation.Landscape if width > height
                                       else QPageLayout.Orientation.Portrait)
            if number == 0:
                if not painter.begin(printer):
                    raise Refused("The printer could not be started: check that it is on "
                                  "and try again.")
            elif not printer.newPage():
                raise Refused("The printer stopped before the last page: check it and "
                              "print again.")
            area = painter.viewport()
            scale = min(area.width() / width, area.height() / height)
            bitmap = page.render(scale=min(scale, RENDER_DPI / 72), rev_byteorder=True)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGB888).copy()
            target = QRect(0, 0, round(width * scale), round(height * scale))
            target.moveCenter(area.center())
            painter.drawImage(target, image)
            bitmap.close()
            page.close()
        return pages
    finally:
        if painter.isActive():
            painter.end()
        document.close()


def print_with_dialog(parent: QWidget | None, title: str, pdf: Path) -> int | None:
    """Ask for a printer and print ``pdf`` there; pages printed, None if cancelled."""
    printer = choose_printer(parent, title)
    if printer is None:
        return None
    pages = print_pdf(printer, pdf)
    log.info("%d page(s) sent to the printer", pages)
    return pages
