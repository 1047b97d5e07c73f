# Generated from ui/day_summary_dialog.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDateEdit, QDialog, QFormLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_DaySummaryDialog(object):
    def setupUi(self, DaySummaryDialog: QDialog) -> None:
        if not DaySummaryDialog.objectName():
            DaySummaryDialog.setObjectName(u"DaySummaryDialog")
        DaySummaryDialog.resize(560, 300)
        self.mainLayout = QVBoxLayout(DaySummaryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(DaySummaryDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.dayForm = QFormLayout()
        self.dayForm.setObjectName(u"dayForm")
        self.dayLabel = QLabel(DaySummaryDialog)
        self.dayLabel.setObjectName(u"dayLabel")

        self.dayForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dayLabel)

        self.dayEdit = QDateEdit(DaySummaryDialog)
        self.dayEdit.setObjectName(u"dayEdit")
        self.dayEdit.setCalendarPopup(True)

        self.dayForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dayEdit)


        self.mainLayout.addLayout(self.dayForm)

        self.contentsLabel = QLabel(DaySummaryDialog)
        self.contentsLabel.setObjectName(u"contentsLabel")
        self.contentsLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.contentsLabel)

        self.errorLabel = QLabel(DaySummaryDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.resultLabel = QLabel(DaySummaryDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setVisible(False)
        self.resultLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.resultLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.closeButton = QPushButton(DaySummaryDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(DaySummaryDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.saveButton)

        self.printButton = QPushButton(DaySummaryDialog)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.printButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.dayLabel.setBuddy(self.dayEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dayEdit, self.printButton)
        QWidget.setTabOrder(self.printButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.closeButton)

        self.retranslateUi(DaySummaryDialog)

        QMetaObject.connectSlotsByName(DaySummaryDialog)
    # setupUi

    def retranslateUi(self, DaySummaryDialog: QDialog) -> None:
        DaySummaryDialog.setWindowTitle(QCoreApplication.translate("DaySummaryDialog", u"End-of-day summary", None))
        self.introLabel.setText(QCoreApplication.translate("DaySummaryDialog", u"The end-of-day summary: per register section the opening balance, receipts, doses and waste, destruction, returns, corrections, the closing balance and the count with its sign-off; the day's withheld and missed sessions; expiry warnings. Printing or saving it is recorded in the audit trail with its figures.", None))
        self.dayLabel.setText(QCoreApplication.translate("DaySummaryDialog", u"Clinic &day:", None))
#if QT_CONFIG(accessibility)
        self.dayEdit.setAccessibleName(QCoreApplication.translate("DaySummaryDialog", u"Clinic day of the summary", None))
#endif // QT_CONFIG(accessibility)
        self.dayEdit.setDisplayFormat(QCoreApplication.translate("DaySummaryDialog", u"ddd dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.contentsLabel.setAccessibleName(QCoreApplication.translate("DaySummaryDialog", u"What the summary holds", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("DaySummaryDialog", u"Error message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.resultLabel.setAccessibleName(QCoreApplication.translate("DaySummaryDialog", u"Result", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("DaySummaryDialog", u"Close", None))
        self.saveButton.setText(QCoreApplication.translate("DaySummaryDialog", u"&Save as\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("DaySummaryDialog", u"Save the summary as a PDF file where you choose", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("DaySummaryDialog", u"&Print\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("DaySummaryDialog", u"Open the summary in the PDF viewer to print it", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
