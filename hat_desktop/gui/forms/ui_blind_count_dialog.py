# Generated from ui/blind_count_dialog.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialog, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QStackedWidget, QTableView, QVBoxLayout, QWidget

class Ui_BlindCountDialog(object):
    def setupUi(self, BlindCountDialog: QDialog) -> None:
        if not BlindCountDialog.objectName():
            BlindCountDialog.setObjectName(u"BlindCountDialog")
        BlindCountDialog.resize(780, 520)
        self.mainLayout = QVBoxLayout(BlindCountDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.pages = QStackedWidget(BlindCountDialog)
        self.pages.setObjectName(u"pages")
        self.countPage = QWidget()
        self.countPage.setObjectName(u"countPage")
        self.countLayout = QVBoxLayout(self.countPage)
        self.countLayout.setObjectName(u"countLayout")
        self.countLayout.setContentsMargins(11, 11, 11, 11)
        self.headingLabel = QLabel(self.countPage)
        self.headingLabel.setObjectName(u"headingLabel")

        self.countLayout.addWidget(self.headingLabel)

        self.introLabel = QLabel(self.countPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.countLayout.addWidget(self.introLabel)

        self.dayRow = QHBoxLayout()
        self.dayRow.setObjectName(u"dayRow")
        self.dayLabel = QLabel(self.countPage)
        self.dayLabel.setObjectName(u"dayLabel")

        self.dayRow.addWidget(self.dayLabel)

        self.dayCombo = QComboBox(self.countPage)
        self.dayCombo.setObjectName(u"dayCombo")

        self.dayRow.addWidget(self.dayCombo)

        self.daySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dayRow.addItem(self.daySpacer)


        self.countLayout.addLayout(self.dayRow)

        self.dayNote = QLabel(self.countPage)
        self.dayNote.setObjectName(u"dayNote")
        self.dayNote.setVisible(False)
        self.dayNote.setWordWrap(True)

        self.countLayout.addWidget(self.dayNote)

        self.sheetArea = QScrollArea(self.countPage)
        self.sheetArea.setObjectName(u"sheetArea")
        self.sheetArea.setWidgetResizable(True)
        self.sheetWidget = QWidget()
        self.sheetWidget.setObjectName(u"sheetWidget")
        self.sheetGrid = QGridLayout(self.sheetWidget)
        self.sheetGrid.setObjectName(u"sheetGrid")
        self.sheetGrid.setHorizontalSpacing(14)
        self.sheetArea.setWidget(self.sheetWidget)

        self.countLayout.addWidget(self.sheetArea)

        self.pages.addWidget(self.countPage)
        self.resultPage = QWidget()
        self.resultPage.setObjectName(u"resultPage")
        self.resultLayout = QVBoxLayout(self.resultPage)
        self.resultLayout.setObjectName(u"resultLayout")
        self.resultLayout.setContentsMargins(11, 11, 11, 11)
        self.resultHeading = QLabel(self.resultPage)
        self.resultHeading.setObjectName(u"resultHeading")
        self.resultHeading.setWordWrap(True)

        self.resultLayout.addWidget(self.resultHeading)

        self.resultSummary = QLabel(self.resultPage)
        self.resultSummary.setObjectName(u"resultSummary")
        self.resultSummary.setWordWrap(True)

        self.resultLayout.addWidget(self.resultSummary)

        self.resultTable = QTableView(self.resultPage)
        self.resultTable.setObjectName(u"resultTable")
        self.resultTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.resultTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.resultTable.setWordWrap(True)

        self.resultLayout.addWidget(self.resultTable)

        self.signedLabel = QLabel(self.resultPage)
        self.signedLabel.setObjectName(u"signedLabel")
        self.signedLabel.setVisible(False)
        self.signedLabel.setWordWrap(True)

        self.resultLayout.addWidget(self.signedLabel)

        self.pages.addWidget(self.resultPage)

        self.mainLayout.addWidget(self.pages)

        self.recountLabel = QLabel(BlindCountDialog)
        self.recountLabel.setObjectName(u"recountLabel")
        self.recountLabel.setVisible(False)
        self.recountLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.recountLabel)

        self.errorLabel = QLabel(BlindCountDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.closeButton = QPushButton(BlindCountDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.submitButton = QPushButton(BlindCountDialog)
        self.submitButton.setObjectName(u"submitButton")
        self.submitButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.submitButton)

        self.signButton = QPushButton(BlindCountDialog)
        self.signButton.setObjectName(u"signButton")
        self.signButton.setAutoDefault(False)
        self.signButton.setVisible(False)

        self.buttonLayout.addWidget(self.signButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.dayLabel.setBuddy(self.dayCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BlindCountDialog)

        QMetaObject.connectSlotsByName(BlindCountDialog)
    # setupUi

    def retranslateUi(self, BlindCountDialog: QDialog) -> None:
        BlindCountDialog.setWindowTitle(QCoreApplication.translate("BlindCountDialog", u"End-of-day stock count", None))
        self.headingLabel.setText(QCoreApplication.translate("BlindCountDialog", u"Blind count", None))
        self.introLabel.setText(QCoreApplication.translate("BlindCountDialog", u"Count every unit in the controlled-drugs cupboard, section by section and batch by batch, and type what you find (0 if there is none). The register's figures are shown only after the count is submitted.", None))
        self.dayLabel.setText(QCoreApplication.translate("BlindCountDialog", u"Count for &day:", None))
#if QT_CONFIG(accessibility)
        self.dayCombo.setAccessibleName(QCoreApplication.translate("BlindCountDialog", u"Clinic day the count is for", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sheetArea.setAccessibleName(QCoreApplication.translate("BlindCountDialog", u"Count sheet", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.resultHeading.setAccessibleName(QCoreApplication.translate("BlindCountDialog", u"Count result", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.resultSummary.setAccessibleName(QCoreApplication.translate("BlindCountDialog", u"What the count found", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.resultTable.setAccessibleName(QCoreApplication.translate("BlindCountDialog", u"Expected and counted, side by side", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.signedLabel.setAccessibleName(QCoreApplication.translate("BlindCountDialog", u"Sign-off", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.recountLabel.setAccessibleName(QCoreApplication.translate("BlindCountDialog", u"Lines to count again", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("BlindCountDialog", u"Error message", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("BlindCountDialog", u"Close", None))
        self.submitButton.setText(QCoreApplication.translate("BlindCountDialog", u"&Submit the count", None))
#if QT_CONFIG(tooltip)
        self.submitButton.setToolTip(QCoreApplication.translate("BlindCountDialog", u"Record the count; only then are the register's figures shown beside it", None))
#endif // QT_CONFIG(tooltip)
        self.signButton.setText(QCoreApplication.translate("BlindCountDialog", u"Sign off with a &witness\u2026", None))
#if QT_CONFIG(tooltip)
        self.signButton.setToolTip(QCoreApplication.translate("BlindCountDialog", u"A second member of staff countersigns; a stock-check marker goes into every section and the day closes", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
