# Generated from ui/return_dialog.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_ReturnDialog(object):
    def setupUi(self, ReturnDialog: QDialog) -> None:
        if not ReturnDialog.objectName():
            ReturnDialog.setObjectName(u"ReturnDialog")
        ReturnDialog.resize(560, 300)
        ReturnDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(ReturnDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ReturnDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.batchLabel = QLabel(ReturnDialog)
        self.batchLabel.setObjectName(u"batchLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.batchLabel)

        self.batchCombo = QComboBox(ReturnDialog)
        self.batchCombo.setObjectName(u"batchCombo")
        self.batchCombo.setEditable(True)
        self.batchCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.batchCombo)

        self.quantityLabel = QLabel(ReturnDialog)
        self.quantityLabel.setObjectName(u"quantityLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.quantityLabel)

        self.quantityEdit = QLineEdit(ReturnDialog)
        self.quantityEdit.setObjectName(u"quantityEdit")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.quantityEdit)

        self.supplierNameLabel = QLabel(ReturnDialog)
        self.supplierNameLabel.setObjectName(u"supplierNameLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.supplierNameLabel)

        self.supplierNameEdit = QLineEdit(ReturnDialog)
        self.supplierNameEdit.setObjectName(u"supplierNameEdit")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.supplierNameEdit)

        self.supplierAddressLabel = QLabel(ReturnDialog)
        self.supplierAddressLabel.setObjectName(u"supplierAddressLabel")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.supplierAddressLabel)

        self.supplierAddressEdit = QPlainTextEdit(ReturnDialog)
        self.supplierAddressEdit.setObjectName(u"supplierAddressEdit")
        self.supplierAddressEdit.setTabChangesFocus(True)
        self.supplierAddressEdit.setMinimumSize(QSize(0, 52))
        self.supplierAddressEdit.setMaximumSize(QSize(16777215, 72))

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.supplierAddressEdit)

        self.reasonLabel = QLabel(ReturnDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(ReturnDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.referenceLabel = QLabel(ReturnDialog)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.referenceEdit = QLineEdit(ReturnDialog)
        self.referenceEdit.setObjectName(u"referenceEdit")

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.referenceEdit)

        self.occurredLabel = QLabel(ReturnDialog)
        self.occurredLabel.setObjectName(u"occurredLabel")

        self.fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.occurredLabel)

        self.occurredEdit = QDateTimeEdit(ReturnDialog)
        self.occurredEdit.setObjectName(u"occurredEdit")
        self.occurredEdit.setCalendarPopup(True)

        self.fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.occurredEdit)

        self.lateReasonLabel = QLabel(ReturnDialog)
        self.lateReasonLabel.setObjectName(u"lateReasonLabel")

        self.fields.setWidget(7, QFormLayout.ItemRole.LabelRole, self.lateReasonLabel)

        self.lateReasonEdit = QLineEdit(ReturnDialog)
        self.lateReasonEdit.setObjectName(u"lateReasonEdit")

        self.fields.setWidget(7, QFormLayout.ItemRole.FieldRole, self.lateReasonEdit)


        self.dialogLayout.addLayout(self.fields)

        self.errorLabel = QLabel(ReturnDialog)
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

        self.cancelButton = QPushButton(ReturnDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)

        self.recordButton = QPushButton(ReturnDialog)
        self.recordButton.setObjectName(u"recordButton")

        self.buttons.addWidget(self.recordButton)


        self.dialogLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.batchLabel.setBuddy(self.batchCombo)
        self.quantityLabel.setBuddy(self.quantityEdit)
        self.supplierNameLabel.setBuddy(self.supplierNameEdit)
        self.supplierAddressLabel.setBuddy(self.supplierAddressEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.referenceLabel.setBuddy(self.referenceEdit)
        self.occurredLabel.setBuddy(self.occurredEdit)
        self.lateReasonLabel.setBuddy(self.lateReasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.batchCombo, self.quantityEdit)
        QWidget.setTabOrder(self.quantityEdit, self.supplierNameEdit)
        QWidget.setTabOrder(self.supplierNameEdit, self.supplierAddressEdit)
        QWidget.setTabOrder(self.supplierAddressEdit, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.referenceEdit)
        QWidget.setTabOrder(self.referenceEdit, self.occurredEdit)
        QWidget.setTabOrder(self.occurredEdit, self.lateReasonEdit)
        QWidget.setTabOrder(self.lateReasonEdit, self.recordButton)
        QWidget.setTabOrder(self.recordButton, self.cancelButton)

        self.retranslateUi(ReturnDialog)

        self.recordButton.setDefault(True)


        QMetaObject.connectSlotsByName(ReturnDialog)
    # setupUi

    def retranslateUi(self, ReturnDialog: QDialog) -> None:
        ReturnDialog.setWindowTitle(QCoreApplication.translate("ReturnDialog", u"Return stock to the supplier", None))
        self.introLabel.setText(QCoreApplication.translate("ReturnDialog", u"Stock sent back to the supplier (recalled, damaged in transit, wrong item). A second member of staff witnesses the entry.", None))
        self.batchLabel.setText(QCoreApplication.translate("ReturnDialog", u"Ba&tch", None))
#if QT_CONFIG(accessibility)
        self.batchCombo.setAccessibleName(QCoreApplication.translate("ReturnDialog", u"Batch returned", None))
#endif // QT_CONFIG(accessibility)
        self.quantityLabel.setText(QCoreApplication.translate("ReturnDialog", u"&Quantity", None))
#if QT_CONFIG(accessibility)
        self.quantityEdit.setAccessibleName(QCoreApplication.translate("ReturnDialog", u"Quantity returned", None))
#endif // QT_CONFIG(accessibility)
        self.quantityEdit.setPlaceholderText(QCoreApplication.translate("ReturnDialog", u"Whole units, e.g. 20", None))
        self.supplierNameLabel.setText(QCoreApplication.translate("ReturnDialog", u"Supplier's &name", None))
#if QT_CONFIG(accessibility)
        self.supplierNameEdit.setAccessibleName(QCoreApplication.translate("ReturnDialog", u"Supplier's name", None))
#endif // QT_CONFIG(accessibility)
        self.supplierAddressLabel.setText(QCoreApplication.translate("ReturnDialog", u"Supplier's &address", None))
#if QT_CONFIG(accessibility)
        self.supplierAddressEdit.setAccessibleName(QCoreApplication.translate("ReturnDialog", u"Supplier's address", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("ReturnDialog", u"Rea&son", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("ReturnDialog", u"Reason for the return", None))
#endif // QT_CONFIG(accessibility)
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("ReturnDialog", u"e.g. Recalled by the manufacturer", None))
        self.referenceLabel.setText(QCoreApplication.translate("ReturnDialog", u"Return r&eference", None))
#if QT_CONFIG(accessibility)
        self.referenceEdit.setAccessibleName(QCoreApplication.translate("ReturnDialog", u"Return reference", None))
#endif // QT_CONFIG(accessibility)
        self.referenceEdit.setPlaceholderText(QCoreApplication.translate("ReturnDialog", u"Optional", None))
        self.occurredLabel.setText(QCoreApplication.translate("ReturnDialog", u"&Date and time", None))
#if QT_CONFIG(accessibility)
        self.occurredEdit.setAccessibleName(QCoreApplication.translate("ReturnDialog", u"Date and time of the transaction", None))
#endif // QT_CONFIG(accessibility)
        self.occurredEdit.setDisplayFormat(QCoreApplication.translate("ReturnDialog", u"ddd dd/MM/yyyy HH:mm", None))
        self.lateReasonLabel.setText(QCoreApplication.translate("ReturnDialog", u"&Late entry reason", None))
#if QT_CONFIG(accessibility)
        self.lateReasonEdit.setAccessibleName(QCoreApplication.translate("ReturnDialog", u"Reason for a late entry", None))
#endif // QT_CONFIG(accessibility)
        self.lateReasonEdit.setPlaceholderText(QCoreApplication.translate("ReturnDialog", u"If not entered on the day: why it is late", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("ReturnDialog", u"Error message", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("ReturnDialog", u"Cancel", None))
        self.recordButton.setText(QCoreApplication.translate("ReturnDialog", u"&Record return\u2026", None))
    # retranslateUi
