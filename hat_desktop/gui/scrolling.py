"""A page or a form that scrolls when the screen is smaller than it (1280×720, 1366×768):
its minimum size then never forces the window off the screen or makes it grow."""

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


class _Holder(QWidget):
    """Gives the content the whole viewport, and asks for no more than the content's
    minimum: a scroll area sizes a widget whose layout has word-wrapped labels by its
    preferred height for the width, which would push the lower buttons out of view."""

    def __init__(self, content: QWidget) -> None:
        super().__init__()
        self.content = content
        content.setParent(self)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        layout = self.content.layout()
        hint = self.content.minimumSizeHint()
        if layout is not None and layout.hasHeightForWidth() and self.width() > 0:
            hint.setHeight(max(hint.height(), layout.minimumHeightForWidth(self.width())))
        return hint

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.minimumSizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        self.content.setGeometry(self.rect())
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().event(event)


def scrolled(content: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """``content`` inside a frameless scroll area that gives it all the space there is
    and scrolls it (rather than squeezing or clipping it) below its minimum size."""
    area = QScrollArea(parent)
    area.setObjectName("pageScroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    holder = _Holder(content)
    area.setWidget(holder)
    area.viewport().setAutoFillBackground(False)
    holder.setAutoFillBackground(False)
    return area


def scroll_contents(view: QWidget) -> QScrollArea:
    """Move a dialog's whole form into a scroll area, for a form taller than a
    1280×720 screen. The widgets keep their names (``view.ui.x``) and their order."""
    form = view.layout()
    assert form is not None, "a dialog set up from a .ui form has a layout"
    content = QWidget()
    content.setObjectName("scrolledContents")
    content.setLayout(form)  # reparents the form's layout onto the content
    area = scrolled(content, view)
    outer = QVBoxLayout(view)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)
    return area
