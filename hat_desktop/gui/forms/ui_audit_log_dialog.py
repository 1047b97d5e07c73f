# Generated from ui/audit_log_dialog.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateEdit, QDialog, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_AuditLogDialog(object):
    def setupUi(self, AuditLogDialog: QDialog) -> None:
        if not AuditLogDialog.objectName():
            AuditLogDialog.setObjectName(u"AuditLogDialog")
        AuditLogDialog.resize(1000, 620)
        self.mainLayout = QVBoxLayout(AuditLogDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.fromLabel = QLabel(AuditLogDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.filterRow.addWidget(self.fromLabel)

        self.fromEdit = QDateEdit(AuditLogDialog)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)

        self.filterRow.addWidget(self.fromEdit)

        self.toLabel = QLabel(AuditLogDialog)
        self.toLabel.setObjectName(u"toLabel")
        self.toLabel.setMinimumSize(QSize(24, 0))
        self.toLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.filterRow.addWidget(self.toLabel)

        self.toEdit = QDateEdit(AuditLogDialog)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)

        self.filterRow.addWidget(self.toEdit)

        self.actionLabel = QLabel(AuditLogDialog)
        self.actionLabel.setObjectName(u"actionLabel")

        self.filterRow.addWidget(self.actionLabel)

        self.actionCombo = QComboBox(AuditLogDialog)
        self.actionCombo.setObjectName(u"actionCombo")

        self.filterRow.addWidget(self.actionCombo)

        self.showButton = QPushButton(AuditLogDialog)
        self.showButton.setObjectName(u"showButton")

        self.filterRow.addWidget(self.showButton)

        self.fsp = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.fsp)

        self.countLabel = QLabel(AuditLogDialog)
        self.countLabel.setObjectName(u"countLabel")

        self.filterRow.addWidget(self.countLabel)


        self.mainLayout.addLayout(self.filterRow)

        self.entriesTable = QTableView(AuditLogDialog)
        self.entriesTable.setObjectName(u"entriesTable")
        self.entriesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entriesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entriesTable.setAlternatingRowColors(True)
        self.entriesTable.setWordWrap(False)

        self.mainLayout.addWidget(self.entriesTable)

        self.errorLabel = QLabel(AuditLogDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.exportButton = QPushButton(AuditLogDialog)
        self.exportButton.setObjectName(u"exportButton")
        self.exportButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.exportButton)

        self.pdfButton = QPushButton(AuditLogDialog)
        self.pdfButton.setObjectName(u"pdfButton")
        self.pdfButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.pdfButton)

        self.printButton = QPushButton(AuditLogDialog)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.printButton)

        self.bsp = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.bsp)

        self.closeButton = QPushButton(AuditLogDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
        self.actionLabel.setBuddy(self.actionCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.actionCombo)
        QWidget.setTabOrder(self.actionCombo, self.showButton)
        QWidget.setTabOrder(self.showButton, self.entriesTable)
        QWidget.setTabOrder(self.entriesTable, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.pdfButton)
        QWidget.setTabOrder(self.pdfButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.closeButton)

        self.retranslateUi(AuditLogDialog)

        self.showButton.setDefault(True)


        QMetaObject.connectSlotsByName(AuditLogDialog)
    # setupUi

    def retranslateUi(self, AuditLogDialog: QDialog) -> None:
        AuditLogDialog.setWindowTitle(QCoreApplication.translate("AuditLogDialog", u"Audit log", None))
        self.fromLabel.setText(QCoreApplication.translate("AuditLogDialog", u"&From", None))
#if QT_CONFIG(accessibility)
        self.fromEdit.setAccessibleName(QCoreApplication.translate("AuditLogDialog", u"From date", None))
#endif // QT_CONFIG(accessibility)
        self.fromEdit.setDisplayFormat(QCoreApplication.translate("AuditLogDialog", u"dd/MM/yyyy", None))
        self.toLabel.setText(QCoreApplication.translate("AuditLogDialog", u"&To", None))
#if QT_CONFIG(accessibility)
        self.toEdit.setAccessibleName(QCoreApplication.translate("AuditLogDialog", u"To date", None))
#endif // QT_CONFIG(accessibility)
        self.toEdit.setDisplayFormat(QCoreApplication.translate("AuditLogDialog", u"dd/MM/yyyy", None))
        self.actionLabel.setText(QCoreApplication.translate("AuditLogDialog", u"&Action", None))
#if QT_CONFIG(accessibility)
        self.actionCombo.setAccessibleName(QCoreApplication.translate("AuditLogDialog", u"Action", None))
#endif // QT_CONFIG(accessibility)
        self.showButton.setText(QCoreApplication.translate("AuditLogDialog", u"&Show", None))
        self.countLabel.setText("")
#if QT_CONFIG(accessibility)
        self.entriesTable.setAccessibleName(QCoreApplication.translate("AuditLogDialog", u"Audit log entries", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("AuditLogDialog", u"Error message", None))
#endif // QT_CONFIG(accessibility)
        self.exportButton.setText(QCoreApplication.translate("AuditLogDialog", u"&Export CSV\u2026", None))
#if QT_CONFIG(tooltip)
        self.pdfButton.setToolTip(QCoreApplication.translate("AuditLogDialog", u"Save the entries of the period as printed pages (PDF)", None))
#endif // QT_CONFIG(tooltip)
        self.pdfButton.setText(QCoreApplication.translate("AuditLogDialog", u"Save as &PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("AuditLogDialog", u"Print the entries of the period: choose the printer", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("AuditLogDialog", u"P&rint\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("AuditLogDialog", u"&Close", None))
    # retranslateUi
