# Generated from ui/receive_dialog.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QDateTimeEdit, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_ReceiveDialog(object):
    def setupUi(self, ReceiveDialog: QDialog) -> None:
        if not ReceiveDialog.objectName():
            ReceiveDialog.setObjectName(u"ReceiveDialog")
        ReceiveDialog.resize(560, 300)
        ReceiveDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(ReceiveDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ReceiveDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.quantityLabel = QLabel(ReceiveDialog)
        self.quantityLabel.setObjectName(u"quantityLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.quantityLabel)

        self.quantityEdit = QLineEdit(ReceiveDialog)
        self.quantityEdit.setObjectName(u"quantityEdit")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.quantityEdit)

        self.supplierNameLabel = QLabel(ReceiveDialog)
        self.supplierNameLabel.setObjectName(u"supplierNameLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.supplierNameLabel)

        self.supplierNameEdit = QLineEdit(ReceiveDialog)
        self.supplierNameEdit.setObjectName(u"supplierNameEdit")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.supplierNameEdit)

        self.supplierAddressLabel = QLabel(ReceiveDialog)
        self.supplierAddressLabel.setObjectName(u"supplierAddressLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.supplierAddressLabel)

        self.supplierAddressEdit = QPlainTextEdit(ReceiveDialog)
        self.supplierAddressEdit.setObjectName(u"supplierAddressEdit")
        self.supplierAddressEdit.setTabChangesFocus(True)
        self.supplierAddressEdit.setMinimumSize(QSize(0, 64))
        self.supplierAddressEdit.setMaximumSize(QSize(16777215, 90))

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.supplierAddressEdit)

        self.referenceLabel = QLabel(ReceiveDialog)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.referenceEdit = QLineEdit(ReceiveDialog)
        self.referenceEdit.setObjectName(u"referenceEdit")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.referenceEdit)

        self.batchLabel = QLabel(ReceiveDialog)
        self.batchLabel.setObjectName(u"batchLabel")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.batchLabel)

        self.batchEdit = QLineEdit(ReceiveDialog)
        self.batchEdit.setObjectName(u"batchEdit")

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.batchEdit)

        self.expiryLabel = QLabel(ReceiveDialog)
        self.expiryLabel.setObjectName(u"expiryLabel")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.expiryLabel)

        self.expiryEdit = QLineEdit(ReceiveDialog)
        self.expiryEdit.setObjectName(u"expiryEdit")

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.expiryEdit)

        self.unitPriceLabel = QLabel(ReceiveDialog)
        self.unitPriceLabel.setObjectName(u"unitPriceLabel")

        self.fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.unitPriceLabel)

        self.unitPriceEdit = QLineEdit(ReceiveDialog)
        self.unitPriceEdit.setObjectName(u"unitPriceEdit")

        self.fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.unitPriceEdit)

        self.occurredLabel = QLabel(ReceiveDialog)
        self.occurredLabel.setObjectName(u"occurredLabel")

        self.fields.setWidget(7, QFormLayout.ItemRole.LabelRole, self.occurredLabel)

        self.occurredEdit = QDateTimeEdit(ReceiveDialog)
        self.occurredEdit.setObjectName(u"occurredEdit")
        self.occurredEdit.setCalendarPopup(True)

        self.fields.setWidget(7, QFormLayout.ItemRole.FieldRole, self.occurredEdit)

        self.lateReasonLabel = QLabel(ReceiveDialog)
        self.lateReasonLabel.setObjectName(u"lateReasonLabel")

        self.fields.setWidget(8, QFormLayout.ItemRole.LabelRole, self.lateReasonLabel)

        self.lateReasonEdit = QLineEdit(ReceiveDialog)
        self.lateReasonEdit.setObjectName(u"lateReasonEdit")

        self.fields.setWidget(8, QFormLayout.ItemRole.FieldRole, self.lateReasonEdit)


        self.dialogLayout.addLayout(self.fields)

        self.errorLabel = QLabel(ReceiveDialog)
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

        self.cancelButton = QPushButton(ReceiveDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)

        self.recordButton = QPushButton(ReceiveDialog)
        self.recordButton.setObjectName(u"recordButton")

        self.buttons.addWidget(self.recordButton)


        self.dialogLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.quantityLabel.setBuddy(self.quantityEdit)
        self.supplierNameLabel.setBuddy(self.supplierNameEdit)
        self.supplierAddressLabel.setBuddy(self.supplierAddressEdit)
        self.referenceLabel.setBuddy(self.referenceEdit)
        self.batchLabel.setBuddy(self.batchEdit)
        self.expiryLabel.setBuddy(self.expiryEdit)
        self.unitPriceLabel.setBuddy(self.unitPriceEdit)
        self.occurredLabel.setBuddy(self.occurredEdit)
        self.lateReasonLabel.setBuddy(self.lateReasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.quantityEdit, self.supplierNameEdit)
        QWidget.setTabOrder(self.supplierNameEdit, self.supplierAddressEdit)
        QWidget.setTabOrder(self.supplierAddressEdit, self.referenceEdit)
        QWidget.setTabOrder(self.referenceEdit, self.batchEdit)
        QWidget.setTabOrder(self.batchEdit, self.expiryEdit)
        QWidget.setTabOrder(self.expiryEdit, self.unitPriceEdit)
        QWidget.setTabOrder(self.unitPriceEdit, self.occurredEdit)
        QWidget.setTabOrder(self.occurredEdit, self.lateReasonEdit)
        QWidget.setTabOrder(self.lateReasonEdit, self.recordButton)
        QWidget.setTabOrder(self.recordButton, self.cancelButton)

        self.retranslateUi(ReceiveDialog)

        self.recordButton.setDefault(True)


        QMetaObject.connectSlotsByName(ReceiveDialog)
    # setupUi

    def retranslateUi(self, ReceiveDialog: QDialog) -> None:
        ReceiveDialog.setWindowTitle(QCoreApplication.translate("ReceiveDialog", u"Receive stock", None))
        self.introLabel.setText(QCoreApplication.translate("ReceiveDialog", u"Stock obtained: the register records the date, the supplier's name and address, the quantity, and the invoice, batch and expiry. A second member of staff witnesses the entry.", None))
        self.quantityLabel.setText(QCoreApplication.translate("ReceiveDialog", u"&Quantity", None))
#if QT_CONFIG(accessibility)
        self.quantityEdit.setAccessibleName(QCoreApplication.translate("ReceiveDialog", u"Quantity received", None))
#endif // QT_CONFIG(accessibility)
        self.quantityEdit.setPlaceholderText(QCoreApplication.translate("ReceiveDialog", u"Whole units, e.g. 20", None))
        self.supplierNameLabel.setText(QCoreApplication.translate("ReceiveDialog", u"Supplier's &name", None))
#if QT_CONFIG(accessibility)
        self.supplierNameEdit.setAccessibleName(QCoreApplication.translate("ReceiveDialog", u"Supplier's name", None))
#endif // QT_CONFIG(accessibility)
        self.supplierNameEdit.setPlaceholderText(QCoreApplication.translate("ReceiveDialog", u"e.g. Alliance Healthcare", None))
        self.supplierAddressLabel.setText(QCoreApplication.translate("ReceiveDialog", u"Supplier's &address", None))
#if QT_CONFIG(accessibility)
        self.supplierAddressEdit.setAccessibleName(QCoreApplication.translate("ReceiveDialog", u"Supplier's address", None))
#endif // QT_CONFIG(accessibility)
        self.referenceLabel.setText(QCoreApplication.translate("ReceiveDialog", u"&Invoice or order", None))
#if QT_CONFIG(accessibility)
        self.referenceEdit.setAccessibleName(QCoreApplication.translate("ReceiveDialog", u"Invoice or order reference", None))
#endif // QT_CONFIG(accessibility)
        self.referenceEdit.setPlaceholderText(QCoreApplication.translate("ReceiveDialog", u"Optional", None))
        self.batchLabel.setText(QCoreApplication.translate("ReceiveDialog", u"&Batch", None))
#if QT_CONFIG(accessibility)
        self.batchEdit.setAccessibleName(QCoreApplication.translate("ReceiveDialog", u"Batch number", None))
#endif // QT_CONFIG(accessibility)
        self.batchEdit.setPlaceholderText(QCoreApplication.translate("ReceiveDialog", u"As printed on the pack", None))
        self.expiryLabel.setText(QCoreApplication.translate("ReceiveDialog", u"E&xpiry", None))
#if QT_CONFIG(accessibility)
        self.expiryEdit.setAccessibleName(QCoreApplication.translate("ReceiveDialog", u"Expiry date (DD/MM/YYYY)", None))
#endif // QT_CONFIG(accessibility)
        self.expiryEdit.setPlaceholderText(QCoreApplication.translate("ReceiveDialog", u"DD/MM/YYYY", None))
        self.unitPriceLabel.setText(QCoreApplication.translate("ReceiveDialog", u"&Unit price (\u00a3)", None))
#if QT_CONFIG(accessibility)
        self.unitPriceEdit.setAccessibleName(QCoreApplication.translate("ReceiveDialog", u"Price per unit in pounds", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.unitPriceEdit.setToolTip(QCoreApplication.translate("ReceiveDialog", u"Optional: the invoice price of one unit (ampoule, ml), for the evaluation's drug costs. Not printed in the register.", None))
#endif // QT_CONFIG(tooltip)
        self.unitPriceEdit.setPlaceholderText(QCoreApplication.translate("ReceiveDialog", u"Optional, per unit, e.g. 12.50", None))
        self.occurredLabel.setText(QCoreApplication.translate("ReceiveDialog", u"Date and &time", None))
#if QT_CONFIG(accessibility)
        self.occurredEdit.setAccessibleName(QCoreApplication.translate("ReceiveDialog", u"Date and time of the transaction", None))
#endif // QT_CONFIG(accessibility)
        self.occurredEdit.setDisplayFormat(QCoreApplication.translate("ReceiveDialog", u"ddd dd/MM/yyyy HH:mm", None))
        self.lateReasonLabel.setText(QCoreApplication.translate("ReceiveDialog", u"&Late entry reason", None))
#if QT_CONFIG(accessibility)
        self.lateReasonEdit.setAccessibleName(QCoreApplication.translate("ReceiveDialog", u"Reason for a late entry", None))
#endif // QT_CONFIG(accessibility)
        self.lateReasonEdit.setPlaceholderText(QCoreApplication.translate("ReceiveDialog", u"If not entered on the day: why it is late", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("ReceiveDialog", u"Error message", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("ReceiveDialog", u"Cancel", None))
        self.recordButton.setText(QCoreApplication.translate("ReceiveDialog", u"&Record receipt\u2026", None))
    # retranslateUi
