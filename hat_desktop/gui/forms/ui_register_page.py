# Generated from ui/register_page.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateEdit, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_RegisterPage(object):
    def setupUi(self, RegisterPage: QWidget) -> None:
        if not RegisterPage.objectName():
            RegisterPage.setObjectName(u"RegisterPage")
        RegisterPage.resize(1200, 720)
        self.registerLayout = QVBoxLayout(RegisterPage)
        self.registerLayout.setObjectName(u"registerLayout")
        self.registerLayout.setContentsMargins(11, 11, 11, 11)
        self.sectionRow = QHBoxLayout()
        self.sectionRow.setObjectName(u"sectionRow")
        self.sectionLabel = QLabel(RegisterPage)
        self.sectionLabel.setObjectName(u"sectionLabel")

        self.sectionRow.addWidget(self.sectionLabel)

        self.sectionCombo = QComboBox(RegisterPage)
        self.sectionCombo.setObjectName(u"sectionCombo")
        self.sectionCombo.setMinimumContentsLength(24)
        self.sectionCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.sectionRow.addWidget(self.sectionCombo)

        self.newSectionButton = QPushButton(RegisterPage)
        self.newSectionButton.setObjectName(u"newSectionButton")
        self.newSectionButton.setAutoDefault(False)

        self.sectionRow.addWidget(self.newSectionButton)

        self.closeSectionButton = QPushButton(RegisterPage)
        self.closeSectionButton.setObjectName(u"closeSectionButton")
        self.closeSectionButton.setAutoDefault(False)

        self.sectionRow.addWidget(self.closeSectionButton)

        self.sectionRow.setStretch(1, 1)

        self.registerLayout.addLayout(self.sectionRow)

        self.headingRow = QHBoxLayout()
        self.headingRow.setObjectName(u"headingRow")
        self.sectionHeading = QLabel(RegisterPage)
        self.sectionHeading.setObjectName(u"sectionHeading")
        self.sectionHeading.setWordWrap(True)
        self.sectionHeading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headingRow.addWidget(self.sectionHeading)

        self.printButton = QPushButton(RegisterPage)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setAutoDefault(False)

        self.headingRow.addWidget(self.printButton)

        self.savePdfButton = QPushButton(RegisterPage)
        self.savePdfButton.setObjectName(u"savePdfButton")
        self.savePdfButton.setAutoDefault(False)

        self.headingRow.addWidget(self.savePdfButton)

        self.exportButton = QPushButton(RegisterPage)
        self.exportButton.setObjectName(u"exportButton")
        self.exportButton.setAutoDefault(False)

        self.headingRow.addWidget(self.exportButton)

        self.headingRow.setStretch(0, 1)

        self.registerLayout.addLayout(self.headingRow)

        self.rangeRow = QHBoxLayout()
        self.rangeRow.setObjectName(u"rangeRow")
        self.fromLabel = QLabel(RegisterPage)
        self.fromLabel.setObjectName(u"fromLabel")

        self.rangeRow.addWidget(self.fromLabel)

        self.fromDateEdit = QDateEdit(RegisterPage)
        self.fromDateEdit.setObjectName(u"fromDateEdit")
        self.fromDateEdit.setCalendarPopup(True)

        self.rangeRow.addWidget(self.fromDateEdit)

        self.toLabel = QLabel(RegisterPage)
        self.toLabel.setObjectName(u"toLabel")

        self.rangeRow.addWidget(self.toLabel)

        self.toDateEdit = QDateEdit(RegisterPage)
        self.toDateEdit.setObjectName(u"toDateEdit")
        self.toDateEdit.setCalendarPopup(True)

        self.rangeRow.addWidget(self.toDateEdit)

        self.thisMonthButton = QPushButton(RegisterPage)
        self.thisMonthButton.setObjectName(u"thisMonthButton")
        self.thisMonthButton.setAutoDefault(False)

        self.rangeRow.addWidget(self.thisMonthButton)

        self.lastMonthButton = QPushButton(RegisterPage)
        self.lastMonthButton.setObjectName(u"lastMonthButton")
        self.lastMonthButton.setAutoDefault(False)

        self.rangeRow.addWidget(self.lastMonthButton)

        self.wholeButton = QPushButton(RegisterPage)
        self.wholeButton.setObjectName(u"wholeButton")
        self.wholeButton.setAutoDefault(False)

        self.rangeRow.addWidget(self.wholeButton)

        self.countLabel = QLabel(RegisterPage)
        self.countLabel.setObjectName(u"countLabel")

        self.rangeRow.addWidget(self.countLabel)

        self.rangeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rangeRow.addItem(self.rangeSpacer)


        self.registerLayout.addLayout(self.rangeRow)

        self.registerTable = QTableView(RegisterPage)
        self.registerTable.setObjectName(u"registerTable")
        self.registerTable.setAlternatingRowColors(True)
        self.registerTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.registerTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.registerTable.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.registerTable.setWordWrap(False)
        self.registerTable.setTabKeyNavigation(False)

        self.registerLayout.addWidget(self.registerTable)

        self.entryRow = QHBoxLayout()
        self.entryRow.setObjectName(u"entryRow")
        self.receiveButton = QPushButton(RegisterPage)
        self.receiveButton.setObjectName(u"receiveButton")
        self.receiveButton.setAutoDefault(False)

        self.entryRow.addWidget(self.receiveButton)

        self.destroyButton = QPushButton(RegisterPage)
        self.destroyButton.setObjectName(u"destroyButton")
        self.destroyButton.setAutoDefault(False)

        self.entryRow.addWidget(self.destroyButton)

        self.returnButton = QPushButton(RegisterPage)
        self.returnButton.setObjectName(u"returnButton")
        self.returnButton.setAutoDefault(False)

        self.entryRow.addWidget(self.returnButton)

        self.correctButton = QPushButton(RegisterPage)
        self.correctButton.setObjectName(u"correctButton")
        self.correctButton.setAutoDefault(False)

        self.entryRow.addWidget(self.correctButton)

        self.openingButton = QPushButton(RegisterPage)
        self.openingButton.setObjectName(u"openingButton")
        self.openingButton.setAutoDefault(False)

        self.entryRow.addWidget(self.openingButton)

        self.entrySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.entryRow.addItem(self.entrySpacer)


        self.registerLayout.addLayout(self.entryRow)

        self.errorLabel = QLabel(RegisterPage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)

        self.registerLayout.addWidget(self.errorLabel)

        self.resultLabel = QLabel(RegisterPage)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setVisible(False)

        self.registerLayout.addWidget(self.resultLabel)

#if QT_CONFIG(shortcut)
        self.sectionLabel.setBuddy(self.sectionCombo)
        self.fromLabel.setBuddy(self.fromDateEdit)
        self.toLabel.setBuddy(self.toDateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sectionCombo, self.newSectionButton)
        QWidget.setTabOrder(self.newSectionButton, self.closeSectionButton)
        QWidget.setTabOrder(self.closeSectionButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.savePdfButton)
        QWidget.setTabOrder(self.savePdfButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.fromDateEdit)
        QWidget.setTabOrder(self.fromDateEdit, self.toDateEdit)
        QWidget.setTabOrder(self.toDateEdit, self.thisMonthButton)
        QWidget.setTabOrder(self.thisMonthButton, self.lastMonthButton)
        QWidget.setTabOrder(self.lastMonthButton, self.wholeButton)
        QWidget.setTabOrder(self.wholeButton, self.registerTable)
        QWidget.setTabOrder(self.registerTable, self.receiveButton)
        QWidget.setTabOrder(self.receiveButton, self.destroyButton)
        QWidget.setTabOrder(self.destroyButton, self.returnButton)
        QWidget.setTabOrder(self.returnButton, self.correctButton)
        QWidget.setTabOrder(self.correctButton, self.openingButton)

        self.retranslateUi(RegisterPage)

        QMetaObject.connectSlotsByName(RegisterPage)
    # setupUi

    def retranslateUi(self, RegisterPage: QWidget) -> None:
        RegisterPage.setWindowTitle(QCoreApplication.translate("RegisterPage", u"Register", None))
        self.sectionLabel.setText(QCoreApplication.translate("RegisterPage", u"&Section:", None))
#if QT_CONFIG(accessibility)
        self.sectionCombo.setAccessibleName(QCoreApplication.translate("RegisterPage", u"Register section", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sectionCombo.setAccessibleDescription(QCoreApplication.translate("RegisterPage", u"The drug, strength and form whose register is shown", None))
#endif // QT_CONFIG(accessibility)
        self.newSectionButton.setText(QCoreApplication.translate("RegisterPage", u"&New section\u2026", None))
#if QT_CONFIG(tooltip)
        self.newSectionButton.setToolTip(QCoreApplication.translate("RegisterPage", u"Create a register section for another drug, strength or form (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.newSectionButton.setAccessibleName(QCoreApplication.translate("RegisterPage", u"New section", None))
#endif // QT_CONFIG(accessibility)
        self.closeSectionButton.setText(QCoreApplication.translate("RegisterPage", u"Clos&e section\u2026", None))
#if QT_CONFIG(tooltip)
        self.closeSectionButton.setToolTip(QCoreApplication.translate("RegisterPage", u"Close this section to new entries; it is kept and can still be printed (Ctrl+Shift+L)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.closeSectionButton.setAccessibleName(QCoreApplication.translate("RegisterPage", u"Close section", None))
#endif // QT_CONFIG(accessibility)
        self.sectionHeading.setText(QCoreApplication.translate("RegisterPage", u"No register section yet", None))
#if QT_CONFIG(accessibility)
        self.sectionHeading.setAccessibleName(QCoreApplication.translate("RegisterPage", u"Section shown, with its balance", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("RegisterPage", u"Pr&int\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("RegisterPage", u"Print the register pages for these dates: choose the printer (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.printButton.setAccessibleName(QCoreApplication.translate("RegisterPage", u"Print", None))
#endif // QT_CONFIG(accessibility)
        self.savePdfButton.setText(QCoreApplication.translate("RegisterPage", u"Save &as PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.savePdfButton.setToolTip(QCoreApplication.translate("RegisterPage", u"Save the printed register pages for these dates as a PDF file (Ctrl+Shift+S)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.savePdfButton.setAccessibleName(QCoreApplication.translate("RegisterPage", u"Save as PDF", None))
#endif // QT_CONFIG(accessibility)
        self.exportButton.setText(QCoreApplication.translate("RegisterPage", u"E&xport CSV\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("RegisterPage", u"Save every entry dated in this range as a CSV file (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.exportButton.setAccessibleName(QCoreApplication.translate("RegisterPage", u"Export CSV", None))
#endif // QT_CONFIG(accessibility)
        self.fromLabel.setText(QCoreApplication.translate("RegisterPage", u"Fr&om:", None))
#if QT_CONFIG(accessibility)
        self.fromDateEdit.setAccessibleName(QCoreApplication.translate("RegisterPage", u"Show entries dated from", None))
#endif // QT_CONFIG(accessibility)
        self.fromDateEdit.setDisplayFormat(QCoreApplication.translate("RegisterPage", u"ddd dd/MM/yyyy", None))
        self.toLabel.setText(QCoreApplication.translate("RegisterPage", u"&Until:", None))
#if QT_CONFIG(accessibility)
        self.toDateEdit.setAccessibleName(QCoreApplication.translate("RegisterPage", u"Show entries dated up to", None))
#endif // QT_CONFIG(accessibility)
        self.toDateEdit.setDisplayFormat(QCoreApplication.translate("RegisterPage", u"ddd dd/MM/yyyy", None))
        self.thisMonthButton.setText(QCoreApplication.translate("RegisterPage", u"This &month", None))
#if QT_CONFIG(tooltip)
        self.thisMonthButton.setToolTip(QCoreApplication.translate("RegisterPage", u"Entries dated this month", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.thisMonthButton.setAccessibleName(QCoreApplication.translate("RegisterPage", u"This month", None))
#endif // QT_CONFIG(accessibility)
        self.lastMonthButton.setText(QCoreApplication.translate("RegisterPage", u"&Last month", None))
#if QT_CONFIG(tooltip)
        self.lastMonthButton.setToolTip(QCoreApplication.translate("RegisterPage", u"Entries dated last month", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.lastMonthButton.setAccessibleName(QCoreApplication.translate("RegisterPage", u"Last month", None))
#endif // QT_CONFIG(accessibility)
        self.wholeButton.setText(QCoreApplication.translate("RegisterPage", u"&Whole register", None))
#if QT_CONFIG(tooltip)
        self.wholeButton.setToolTip(QCoreApplication.translate("RegisterPage", u"Every entry of the section, from the first", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.wholeButton.setAccessibleName(QCoreApplication.translate("RegisterPage", u"Whole register", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("RegisterPage", u"Number of entries shown", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.registerTable.setAccessibleName(QCoreApplication.translate("RegisterPage", u"Register entries", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.registerTable.setAccessibleDescription(QCoreApplication.translate("RegisterPage", u"One row per entry in register order, running balance last; corrections and late-entry reasons in Notes", None))
#endif // QT_CONFIG(accessibility)
        self.receiveButton.setText(QCoreApplication.translate("RegisterPage", u"&Receive stock\u2026", None))
#if QT_CONFIG(tooltip)
        self.receiveButton.setToolTip(QCoreApplication.translate("RegisterPage", u"Record stock received from a supplier, witnessed (Ctrl+R)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.receiveButton.setAccessibleName(QCoreApplication.translate("RegisterPage", u"Receive stock", None))
#endif // QT_CONFIG(accessibility)
        self.destroyButton.setText(QCoreApplication.translate("RegisterPage", u"&Destroy stock\u2026", None))
#if QT_CONFIG(tooltip)
        self.destroyButton.setToolTip(QCoreApplication.translate("RegisterPage", u"Record stock destroyed in front of an authorised witness (Ctrl+D)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.destroyButton.setAccessibleName(QCoreApplication.translate("RegisterPage", u"Destroy stock", None))
#endif // QT_CONFIG(accessibility)
        self.returnButton.setText(QCoreApplication.translate("RegisterPage", u"Return to su&pplier\u2026", None))
#if QT_CONFIG(tooltip)
        self.returnButton.setToolTip(QCoreApplication.translate("RegisterPage", u"Record stock returned to the supplier, witnessed (Ctrl+T)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.returnButton.setAccessibleName(QCoreApplication.translate("RegisterPage", u"Return to supplier", None))
#endif // QT_CONFIG(accessibility)
        self.correctButton.setText(QCoreApplication.translate("RegisterPage", u"&Correct entry\u2026", None))
#if QT_CONFIG(tooltip)
        self.correctButton.setToolTip(QCoreApplication.translate("RegisterPage", u"Attach a witnessed correction to the chosen entry (Ctrl+E)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.correctButton.setAccessibleName(QCoreApplication.translate("RegisterPage", u"Correct entry", None))
#endif // QT_CONFIG(accessibility)
        self.openingButton.setText(QCoreApplication.translate("RegisterPage", u"Opening &balance\u2026", None))
#if QT_CONFIG(tooltip)
        self.openingButton.setToolTip(QCoreApplication.translate("RegisterPage", u"The stock a new section starts with; only while it has no entry (Ctrl+B)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.openingButton.setAccessibleName(QCoreApplication.translate("RegisterPage", u"Opening balance", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("RegisterPage", u"Error message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.resultLabel.setAccessibleName(QCoreApplication.translate("RegisterPage", u"Result", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
