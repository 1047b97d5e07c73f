"""A page or a form that scrolls when the screen is smaller than it (1280×720, 1366×768):
its minimum size then never forces the window off the screen or makes it grow."""

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFrame,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


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


class PartScroll(QScrollArea):
    """The long part of a dialog, scrolled when the screen is too short for it. It asks for
    the whole of its content's height (a plain scroll area asks for 24 lines at most) and,
    at the least, the content's width and a few lines: the dialog then opens as large as
    its content where the screen allows, and fits a 1280×720 screen where it does not."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partScroll")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop: Tab goes field to field
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Never squeezed below what it asks for: it scrolls instead (a list keeps its rows,
        # the next field is not drawn over it).
        content.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.content = content
        self.setWidget(content)
        self.viewport().setAutoFillBackground(False)
        content.setAutoFillBackground(False)
        content.installEventFilter(self)
        # A field the focus moves to is scrolled into view however the focus got there: a
        # scroll area does so itself only for Tab pressed inside it, not for Enter moving on
        # (gui/enter_key.py), Shift+Tab from a button below it, nor an Alt key.
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """The whole field in view, or its top if it is taller than the view (a notes box):
        ensureWidgetVisible shows only the text cursor of a combo box that can be typed
        in, its lower part left below the edge."""
        if new is None or not self.content.isAncestorOf(new):
            return
        top = new.mapTo(self.content, QPoint(0, 0)).y()
        half = (min(new.height(), self.viewport().height()) + 1) // 2
        self.ensureVisible(0, top + half, 0, half)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.content and event.type() in (QEvent.Type.ShowToParent,
                                                        QEvent.Type.HideToParent):
            self.setVisible(not self.content.isHidden())  # shown and hidden with its part
        # A part shown, hidden or grown inside (a decision's fields, a plan's preview): the
        # dialog's layout asks this area's size again, and the content is given its new
        # height (a scroll area sizes its content afresh only when it is itself resized).
        if watched is self.content and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
            QCoreApplication.postEvent(self, QEvent(QEvent.Type.LayoutRequest))
        return super().eventFilter(watched, event)

    def _extra_width(self) -> int:
        bar = self.verticalScrollBar().sizeHint().width()
        return bar + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        content = self.content
        hint = content.sizeHint()
        width = hint.width() + self._extra_width()
        layout = content.layout()
        height = hint.height()
        if layout is not None and layout.hasHeightForWidth():
            height = max(height, layout.heightForWidth(hint.width()))
        return QSize(width, height + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        lines = 6 * self.fontMetrics().lineSpacing()
        return QSize(self.content.minimumSizeHint().width() + self._extra_width(), lines)


def scroll_part(layout: QBoxLayout, before: QWidget) -> PartScroll:
    """Move the items of a dialog's ``layout`` that come before ``before`` (its error, its
    buttons) into a scroll area in their place, so that what follows stays in view however
    long the part above grows. The widgets keep their names (``view.ui.x``) and order."""
    stop = layout.indexOf(before)
    assert stop > 0, "the part to scroll comes before the widget given"
    content = QWidget()
    content.setObjectName("partContents")
    inner = QVBoxLayout(content)
    inner.setContentsMargins(0, 0, 0, 0)
    for _ in range(stop):
        first = layout.itemAt(0)
        assert first is not None
        if (widget := first.widget()) is not None:
            # Its old layout item deleted first: the new one is then the widget's own, the
            # one told when its size changes (a stale one kept a plan's preview cut short).
            layout.removeWidget(widget)
            inner.addWidget(widget)
            continue
        item = layout.takeAt(0)
        assert item is not None
        if (nested := item.layout()) is not None:
            nested.setParent(None)
            inner.addLayout(nested)
        else:
            inner.addItem(item)
    inner.addStretch(1)  # room to spare goes below the part, not between its rows
    area = PartScroll(content, layout.parentWidget())
    layout.insertWidget(0, area, 1)
    return area


def scroll_widget(layout: QBoxLayout, part: QWidget) -> PartScroll:
    """Put ``part`` (one widget of ``layout``) in a scroll area in its place, shown and
    hidden with it: the widgets below it in ``layout`` (an error, the buttons) stay in
    view. The area is as tall as ``part`` asks where there is room (the widgets below
    follow it closely, the room to spare goes to the layout's spacer) and scrolls where
    there is not."""
    index = layout.indexOf(part)
    assert index >= 0, "the part is in the layout"
    hidden = part.isHidden()
    layout.removeWidget(part)  # its layout item deleted: see scroll_part
    area = PartScroll(part, layout.parentWidget())
    area.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    part.setVisible(not hidden)
    area.setVisible(not hidden)
    layout.insertWidget(index, area)
    return area
