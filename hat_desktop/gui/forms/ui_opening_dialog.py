# Generated from ui/opening_dialog.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDateTimeEdit, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_OpeningDialog(object):
    def setupUi(self, OpeningDialog: QDialog) -> None:
        if not OpeningDialog.objectName():
            OpeningDialog.setObjectName(u"OpeningDialog")
        OpeningDialog.resize(560, 300)
        OpeningDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(OpeningDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(OpeningDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.quantityLabel = QLabel(OpeningDialog)
        self.quantityLabel.setObjectName(u"quantityLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.quantityLabel)

        self.quantityEdit = QLineEdit(OpeningDialog)
        self.quantityEdit.setObjectName(u"quantityEdit")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.quantityEdit)

        self.batchLabel = QLabel(OpeningDialog)
        self.batchLabel.setObjectName(u"batchLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.batchLabel)

        self.batchEdit = QLineEdit(OpeningDialog)
        self.batchEdit.setObjectName(u"batchEdit")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.batchEdit)

        self.expiryLabel = QLabel(OpeningDialog)
        self.expiryLabel.setObjectName(u"expiryLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.expiryLabel)

        self.expiryEdit = QLineEdit(OpeningDialog)
        self.expiryEdit.setObjectName(u"expiryEdit")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.expiryEdit)

        self.noteLabel = QLabel(OpeningDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(OpeningDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.occurredLabel = QLabel(OpeningDialog)
        self.occurredLabel.setObjectName(u"occurredLabel")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.occurredLabel)

        self.occurredEdit = QDateTimeEdit(OpeningDialog)
        self.occurredEdit.setObjectName(u"occurredEdit")
        self.occurredEdit.setCalendarPopup(True)

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.occurredEdit)

        self.lateReasonLabel = QLabel(OpeningDialog)
        self.lateReasonLabel.setObjectName(u"lateReasonLabel")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.lateReasonLabel)

        self.lateReasonEdit = QLineEdit(OpeningDialog)
        self.lateReasonEdit.setObjectName(u"lateReasonEdit")

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.lateReasonEdit)


        self.dialogLayout.addLayout(self.fields)

        self.errorLabel = QLabel(OpeningDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)

        self.dialogLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(OpeningDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)

        self.recordButton = QPushButton(OpeningDialog)
        self.recordButton.setObjectName(u"recordButton")

        self.buttons.addWidget(self.recordButton)


        self.dialogLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.quantityLabel.setBuddy(self.quantityEdit)
        self.batchLabel.setBuddy(self.batchEdit)
        self.expiryLabel.setBuddy(self.expiryEdit)
        self.noteLabel.setBuddy(self.noteEdit)
        self.occurredLabel.setBuddy(self.occurredEdit)
        self.lateReasonLabel.setBuddy(self.lateReasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.quantityEdit, self.batchEdit)
        QWidget.setTabOrder(self.batchEdit, self.expiryEdit)
        QWidget.setTabOrder(self.expiryEdit, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.occurredEdit)
        QWidget.setTabOrder(self.occurredEdit, self.lateReasonEdit)
        QWidget.setTabOrder(self.lateReasonEdit, self.recordButton)
        QWidget.setTabOrder(self.recordButton, self.cancelButton)

        self.retranslateUi(OpeningDialog)

        self.recordButton.setDefault(True)


        QMetaObject.connectSlotsByName(OpeningDialog)
    # setupUi

    def retranslateUi(self, OpeningDialog: QDialog) -> None:
        OpeningDialog.setWindowTitle(QCoreApplication.translate("OpeningDialog", u"Opening balance", None))
        self.introLabel.setText(QCoreApplication.translate("OpeningDialog", u"The stock this section starts with, e.g. carried over from the paper register. It can only be the section's first entry. A second member of staff witnesses it.", None))
        self.quantityLabel.setText(QCoreApplication.translate("OpeningDialog", u"&Quantity", None))
#if QT_CONFIG(accessibility)
        self.quantityEdit.setAccessibleName(QCoreApplication.translate("OpeningDialog", u"Quantity held", None))
#endif // QT_CONFIG(accessibility)
        self.quantityEdit.setPlaceholderText(QCoreApplication.translate("OpeningDialog", u"Whole units, e.g. 20", None))
        self.batchLabel.setText(QCoreApplication.translate("OpeningDialog", u"&Batch", None))
#if QT_CONFIG(accessibility)
        self.batchEdit.setAccessibleName(QCoreApplication.translate("OpeningDialog", u"Batch number", None))
#endif // QT_CONFIG(accessibility)
        self.batchEdit.setPlaceholderText(QCoreApplication.translate("OpeningDialog", u"Optional", None))
        self.expiryLabel.setText(QCoreApplication.translate("OpeningDialog", u"E&xpiry", None))
#if QT_CONFIG(accessibility)
        self.expiryEdit.setAccessibleName(QCoreApplication.translate("OpeningDialog", u"Expiry date (DD/MM/YYYY)", None))
#endif // QT_CONFIG(accessibility)
        self.expiryEdit.setPlaceholderText(QCoreApplication.translate("OpeningDialog", u"Optional, DD/MM/YYYY", None))
        self.noteLabel.setText(QCoreApplication.translate("OpeningDialog", u"&Note", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("OpeningDialog", u"Note", None))
#endif // QT_CONFIG(accessibility)
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("OpeningDialog", u"e.g. Carried over from paper register page 47", None))
        self.occurredLabel.setText(QCoreApplication.translate("OpeningDialog", u"Date and &time", None))
#if QT_CONFIG(accessibility)
        self.occurredEdit.setAccessibleName(QCoreApplication.translate("OpeningDialog", u"Date and time of the transaction", None))
#endif // QT_CONFIG(accessibility)
        self.occurredEdit.setDisplayFormat(QCoreApplication.translate("OpeningDialog", u"ddd dd/MM/yyyy HH:mm", None))
        self.lateReasonLabel.setText(QCoreApplication.translate("OpeningDialog", u"&Late entry reason", None))
#if QT_CONFIG(accessibility)
        self.lateReasonEdit.setAccessibleName(QCoreApplication.translate("OpeningDialog", u"Reason for a late entry", None))
#endif // QT_CONFIG(accessibility)
        self.lateReasonEdit.setPlaceholderText(QCoreApplication.translate("OpeningDialog", u"If not entered on the day: why it is late", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("OpeningDialog", u"Error message", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("OpeningDialog", u"Cancel", None))
        self.recordButton.setText(QCoreApplication.translate("OpeningDialog", u"&Record opening balance\u2026", None))
    # retranslateUi
