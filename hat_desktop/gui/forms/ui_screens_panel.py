# Generated from ui/screens_panel.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateEdit, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_ScreensPanel(object):
    def setupUi(self, ScreensPanel: QWidget) -> None:
        if not ScreensPanel.objectName():
            ScreensPanel.setObjectName(u"ScreensPanel")
        ScreensPanel.resize(900, 420)
        self.screensLayout = QVBoxLayout(ScreensPanel)
        self.screensLayout.setObjectName(u"screensLayout")
        self.screensLayout.setContentsMargins(11, -1, -1, -1)
        self.scheduleLabel = QLabel(ScreensPanel)
        self.scheduleLabel.setObjectName(u"scheduleLabel")
        self.scheduleLabel.setWordWrap(True)

        self.screensLayout.addWidget(self.scheduleLabel)

        self.dueLabel = QLabel(ScreensPanel)
        self.dueLabel.setObjectName(u"dueLabel")
        self.dueLabel.setVisible(False)
        self.dueLabel.setWordWrap(True)

        self.screensLayout.addWidget(self.dueLabel)

        self.screenButtons = QHBoxLayout()
        self.screenButtons.setObjectName(u"screenButtons")
        self.recordScreenButton = QPushButton(ScreensPanel)
        self.recordScreenButton.setObjectName(u"recordScreenButton")
        self.recordScreenButton.setAutoDefault(False)

        self.screenButtons.addWidget(self.recordScreenButton)

        self.frequencyLabel = QLabel(ScreensPanel)
        self.frequencyLabel.setObjectName(u"frequencyLabel")

        self.screenButtons.addWidget(self.frequencyLabel)

        self.frequencyCombo = QComboBox(ScreensPanel)
        self.frequencyCombo.setObjectName(u"frequencyCombo")

        self.screenButtons.addWidget(self.frequencyCombo)

        self.weekdayCombo = QComboBox(ScreensPanel)
        self.weekdayCombo.setObjectName(u"weekdayCombo")

        self.screenButtons.addWidget(self.weekdayCombo)

        self.startsLabel = QLabel(ScreensPanel)
        self.startsLabel.setObjectName(u"startsLabel")

        self.screenButtons.addWidget(self.startsLabel)

        self.startsEdit = QDateEdit(ScreensPanel)
        self.startsEdit.setObjectName(u"startsEdit")
        self.startsEdit.setCalendarPopup(True)

        self.screenButtons.addWidget(self.startsEdit)

        self.setScheduleButton = QPushButton(ScreensPanel)
        self.setScheduleButton.setObjectName(u"setScheduleButton")
        self.setScheduleButton.setAutoDefault(False)

        self.screenButtons.addWidget(self.setScheduleButton)

        self.sbs = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.screenButtons.addItem(self.sbs)


        self.screensLayout.addLayout(self.screenButtons)

        self.roleNote = QLabel(ScreensPanel)
        self.roleNote.setObjectName(u"roleNote")
        self.roleNote.setWordWrap(True)

        self.screensLayout.addWidget(self.roleNote)

        self.historyHeading = QLabel(ScreensPanel)
        self.historyHeading.setObjectName(u"historyHeading")

        self.screensLayout.addWidget(self.historyHeading)

        self.screensTable = QTableView(ScreensPanel)
        self.screensTable.setObjectName(u"screensTable")
        self.screensTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.screensTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.screensTable.setWordWrap(True)

        self.screensLayout.addWidget(self.screensTable)

        self.errorLabel = QLabel(ScreensPanel)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)

        self.screensLayout.addWidget(self.errorLabel)

#if QT_CONFIG(shortcut)
        self.frequencyLabel.setBuddy(self.frequencyCombo)
        self.startsLabel.setBuddy(self.startsEdit)
        self.historyHeading.setBuddy(self.screensTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.recordScreenButton, self.frequencyCombo)
        QWidget.setTabOrder(self.frequencyCombo, self.weekdayCombo)
        QWidget.setTabOrder(self.weekdayCombo, self.startsEdit)
        QWidget.setTabOrder(self.startsEdit, self.setScheduleButton)
        QWidget.setTabOrder(self.setScheduleButton, self.screensTable)

        self.retranslateUi(ScreensPanel)

        QMetaObject.connectSlotsByName(ScreensPanel)
    # setupUi

    def retranslateUi(self, ScreensPanel: QWidget) -> None:
        ScreensPanel.setWindowTitle(QCoreApplication.translate("ScreensPanel", u"Drug screens", None))
#if QT_CONFIG(accessibility)
        self.scheduleLabel.setAccessibleName(QCoreApplication.translate("ScreensPanel", u"Drug screen schedule", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dueLabel.setAccessibleName(QCoreApplication.translate("ScreensPanel", u"Drug screen due", None))
#endif // QT_CONFIG(accessibility)
        self.recordScreenButton.setText(QCoreApplication.translate("ScreensPanel", u"&Record a drug screen\u2026", None))
        self.frequencyLabel.setText(QCoreApplication.translate("ScreensPanel", u"Sched&ule", None))
#if QT_CONFIG(accessibility)
        self.frequencyCombo.setAccessibleName(QCoreApplication.translate("ScreensPanel", u"How often screens are due", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.weekdayCombo.setAccessibleName(QCoreApplication.translate("ScreensPanel", u"Day of the week a screen is due", None))
#endif // QT_CONFIG(accessibility)
        self.startsLabel.setText(QCoreApplication.translate("ScreensPanel", u"fro&m", None))
        self.startsEdit.setDisplayFormat(QCoreApplication.translate("ScreensPanel", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.startsEdit.setAccessibleName(QCoreApplication.translate("ScreensPanel", u"Schedule starts on", None))
#endif // QT_CONFIG(accessibility)
        self.setScheduleButton.setText(QCoreApplication.translate("ScreensPanel", u"&Write the schedule", None))
        self.historyHeading.setText(QCoreApplication.translate("ScreensPanel", u"Screens, newest first", None))
#if QT_CONFIG(accessibility)
        self.screensTable.setAccessibleName(QCoreApplication.translate("ScreensPanel", u"Drug screens", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("ScreensPanel", u"Error message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
