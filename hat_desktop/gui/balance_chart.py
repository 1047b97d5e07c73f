"""A section's balance over the last 30 days, painted with QPainter (QtCharts is not in
PySide6-Essentials): a step line of the balance at the end of each day, the axes
labelled (balance in the register unit; clinic day) with dates along the bottom."""

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

LINE = QColor("#1d4f73")
GRID = QColor("#d5dde4")
AXIS = QColor("#37474f")
FILL = QColor(29, 79, 115, 40)


def units(unit: str) -> str:
    """'ampoules', 'ml': how the axis and the description name the register unit."""
    return unit if unit in ("ml", "mg", "g") else f"{unit}s"


def nice_top(highest: int) -> tuple[int, int]:
    """(top of the scale, step between ticks): 4 or 5 round steps above ``highest``."""
    if highest <= 4:
        return 4, 1
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10_000):
        if highest / step <= 5:
            top = -(-highest // step) * step
            return top, step
    step = 10 ** (len(str(highest)) - 1)
    return -(-highest // step) * step, step


class BalanceChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("balanceChart")
        self.history: list[tuple[date, int]] = []
        self.unit = ""
        self.heading = ""
        self.setMinimumSize(QSize(360, 170))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName("Balance over the last 30 days")

    def set_history(self, history: Sequence[tuple[date, int]], unit: str, heading: str) -> None:
        self.history = list(history)
        self.unit = unit
        self.heading = heading
        if self.history:
            (first, start), (last, end) = self.history[0], self.history[-1]
            low = min(b for _, b in self.history)
            high = max(b for _, b in self.history)
            self.setAccessibleDescription(
                f"{heading}: {start} on {first:%d/%m/%Y}, {end} on {last:%d/%m/%Y}; lowest "
                f"{low}, highest {high} ({units(unit)}).")
        else:
            self.setAccessibleDescription(f"{heading}: no balance to show.")
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(520, 170)  # it grows into any height the page has to spare

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() - 1.5, 7.0))
        p.setFont(font)
        fm = QFontMetrics(font)
        bold = QFont(font)
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(AXIS)
        p.drawText(QRectF(8, 4, self.width() - 16, fm.height() + 2),
                   Qt.AlignmentFlag.AlignLeft, self.heading)
        p.setFont(font)
        if not self.history:
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "No balance to show.")
            return
        top, step = nice_top(max(b for _, b in self.history))
        left = fm.horizontalAdvance(str(top)) + fm.height() + 16
        plot = QRectF(left, fm.height() * 2 + 10, self.width() - left - 16,
                      self.height() - fm.height() * 4 - 22)
        if plot.width() < 40 or plot.height() < 40:
            return
        n = len(self.history)

        def x(i: float) -> float:
            return plot.left() + plot.width() * i / max(n - 1, 1)

        def y(value: float) -> float:
            return plot.bottom() - plot.height() * value / top

        # horizontal grid and the balance scale
        for value in range(0, top + 1, step):
            p.setPen(QPen(GRID, 1))
            p.drawLine(QPointF(plot.left(), y(value)), QPointF(plot.right(), y(value)))
            p.setPen(AXIS)
            p.drawText(QRectF(fm.height() + 4, y(value) - fm.height() / 2,
                              left - fm.height() - 10, fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value))
        # dates along the bottom: every 7th day back from today, so today is labelled
        for i in range(n - 1, -1, -7):
            day = self.history[i][0]
            p.setPen(QPen(GRID, 1))
            p.drawLine(QPointF(x(i), plot.top()), QPointF(x(i), plot.bottom()))
            p.setPen(AXIS)
            label = day.strftime("%d/%m")
            w = fm.horizontalAdvance(label)
            lx = min(max(x(i) - w / 2, plot.left() - w / 2), self.width() - w - 4)
            p.drawText(QPointF(lx, plot.bottom() + fm.ascent() + 4), label)
        # axes
        p.setPen(QPen(AXIS, 1.2))
        p.drawLine(plot.bottomLeft(), plot.bottomRight())
        p.drawLine(plot.bottomLeft(), plot.topLeft())
        # the balance: a step line (it changes during a day, holds overnight), shaded below
        points = [QPointF(x(0), y(self.history[0][1]))]
        for i in range(1, n):
            points.append(QPointF(x(i), y(self.history[i - 1][1])))
            points.append(QPointF(x(i), y(self.history[i][1])))
        area = QPolygonF([QPointF(plot.left(), plot.bottom()), *points,
                          QPointF(plot.right(), plot.bottom())])
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(FILL)
        p.drawPolygon(area)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(LINE, 2))
        p.drawPolyline(QPolygonF(points))
        end = self.history[-1][1]
        p.setBrush(LINE)
        p.drawEllipse(QPointF(x(n - 1), y(end)), 3, 3)
        # axis titles
        p.setPen(AXIS)
        p.drawText(QRectF(plot.left(), self.height() - fm.height() - 4, plot.width(),
                          fm.height()), Qt.AlignmentFlag.AlignHCenter,
                   "Clinic day (balance at the end of each day)")
        p.save()
        p.translate(4, plot.center().y())
        p.rotate(-90)
        p.drawText(QRectF(-self.height() / 2, 0, self.height(), fm.height()),
                   Qt.AlignmentFlag.AlignHCenter, f"Balance ({units(self.unit)})")
        p.restore()
