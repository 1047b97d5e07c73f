# Generated from ui/destroy_dialog.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_DestroyDialog(object):
    def setupUi(self, DestroyDialog: QDialog) -> None:
        if not DestroyDialog.objectName():
            DestroyDialog.setObjectName(u"DestroyDialog")
        DestroyDialog.resize(560, 300)
        DestroyDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(DestroyDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(DestroyDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.batchLabel = QLabel(DestroyDialog)
        self.batchLabel.setObjectName(u"batchLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.batchLabel)

        self.batchCombo = QComboBox(DestroyDialog)
        self.batchCombo.setObjectName(u"batchCombo")
        self.batchCombo.setEditable(True)
        self.batchCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.batchCombo)

        self.quantityLabel = QLabel(DestroyDialog)
        self.quantityLabel.setObjectName(u"quantityLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.quantityLabel)

        self.quantityEdit = QLineEdit(DestroyDialog)
        self.quantityEdit.setObjectName(u"quantityEdit")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.quantityEdit)

        self.reasonLabel = QLabel(DestroyDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(DestroyDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.methodLabel = QLabel(DestroyDialog)
        self.methodLabel.setObjectName(u"methodLabel")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.methodEdit = QLineEdit(DestroyDialog)
        self.methodEdit.setObjectName(u"methodEdit")
        self.methodEdit.setMaxLength(200)

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.methodEdit)

        self.witnessNameLabel = QLabel(DestroyDialog)
        self.witnessNameLabel.setObjectName(u"witnessNameLabel")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.witnessNameLabel)

        self.witnessNameEdit = QLineEdit(DestroyDialog)
        self.witnessNameEdit.setObjectName(u"witnessNameEdit")

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.witnessNameEdit)

        self.witnessRoleLabel = QLabel(DestroyDialog)
        self.witnessRoleLabel.setObjectName(u"witnessRoleLabel")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.witnessRoleLabel)

        self.witnessRoleEdit = QLineEdit(DestroyDialog)
        self.witnessRoleEdit.setObjectName(u"witnessRoleEdit")

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.witnessRoleEdit)

        self.witnessReferenceLabel = QLabel(DestroyDialog)
        self.witnessReferenceLabel.setObjectName(u"witnessReferenceLabel")

        self.fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.witnessReferenceLabel)

        self.witnessReferenceEdit = QLineEdit(DestroyDialog)
        self.witnessReferenceEdit.setObjectName(u"witnessReferenceEdit")

        self.fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.witnessReferenceEdit)

        self.occurredLabel = QLabel(DestroyDialog)
        self.occurredLabel.setObjectName(u"occurredLabel")

        self.fields.setWidget(7, QFormLayout.ItemRole.LabelRole, self.occurredLabel)

        self.occurredEdit = QDateTimeEdit(DestroyDialog)
        self.occurredEdit.setObjectName(u"occurredEdit")
        self.occurredEdit.setCalendarPopup(True)

        self.fields.setWidget(7, QFormLayout.ItemRole.FieldRole, self.occurredEdit)

        self.lateReasonLabel = QLabel(DestroyDialog)
        self.lateReasonLabel.setObjectName(u"lateReasonLabel")

        self.fields.setWidget(8, QFormLayout.ItemRole.LabelRole, self.lateReasonLabel)

        self.lateReasonEdit = QLineEdit(DestroyDialog)
        self.lateReasonEdit.setObjectName(u"lateReasonEdit")

        self.fields.setWidget(8, QFormLayout.ItemRole.FieldRole, self.lateReasonEdit)


        self.dialogLayout.addLayout(self.fields)

        self.errorLabel = QLabel(DestroyDialog)
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

        self.cancelButton = QPushButton(DestroyDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)

        self.recordButton = QPushButton(DestroyDialog)
        self.recordButton.setObjectName(u"recordButton")

        self.buttons.addWidget(self.recordButton)


        self.dialogLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.batchLabel.setBuddy(self.batchCombo)
        self.quantityLabel.setBuddy(self.quantityEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.methodLabel.setBuddy(self.methodEdit)
        self.witnessNameLabel.setBuddy(self.witnessNameEdit)
        self.witnessRoleLabel.setBuddy(self.witnessRoleEdit)
        self.witnessReferenceLabel.setBuddy(self.witnessReferenceEdit)
        self.occurredLabel.setBuddy(self.occurredEdit)
        self.lateReasonLabel.setBuddy(self.lateReasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.batchCombo, self.quantityEdit)
        QWidget.setTabOrder(self.quantityEdit, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.methodEdit)
        QWidget.setTabOrder(self.methodEdit, self.witnessNameEdit)
        QWidget.setTabOrder(self.witnessNameEdit, self.witnessRoleEdit)
        QWidget.setTabOrder(self.witnessRoleEdit, self.witnessReferenceEdit)
        QWidget.setTabOrder(self.witnessReferenceEdit, self.occurredEdit)
        QWidget.setTabOrder(self.occurredEdit, self.lateReasonEdit)
        QWidget.setTabOrder(self.lateReasonEdit, self.recordButton)
        QWidget.setTabOrder(self.recordButton, self.cancelButton)

        self.retranslateUi(DestroyDialog)

        self.recordButton.setDefault(True)


        QMetaObject.connectSlotsByName(DestroyDialog)
    # setupUi

    def retranslateUi(self, DestroyDialog: QDialog) -> None:
        DestroyDialog.setWindowTitle(QCoreApplication.translate("DestroyDialog", u"Destroy stock", None))
        self.introLabel.setText(QCoreApplication.translate("DestroyDialog", u"Expired or damaged stock is destroyed only in front of an authorised witness appointed by the CD Accountable Officer, from outside the clinic: their name, role and authority reference are recorded. Expired stock stays in the balance until it is destroyed.", None))
        self.batchLabel.setText(QCoreApplication.translate("DestroyDialog", u"Ba&tch", None))
#if QT_CONFIG(accessibility)
        self.batchCombo.setAccessibleName(QCoreApplication.translate("DestroyDialog", u"Batch destroyed", None))
#endif // QT_CONFIG(accessibility)
        self.quantityLabel.setText(QCoreApplication.translate("DestroyDialog", u"&Quantity", None))
#if QT_CONFIG(accessibility)
        self.quantityEdit.setAccessibleName(QCoreApplication.translate("DestroyDialog", u"Quantity destroyed", None))
#endif // QT_CONFIG(accessibility)
        self.quantityEdit.setPlaceholderText(QCoreApplication.translate("DestroyDialog", u"Whole units, e.g. 20", None))
        self.reasonLabel.setText(QCoreApplication.translate("DestroyDialog", u"Re&ason", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("DestroyDialog", u"Reason for the destruction", None))
#endif // QT_CONFIG(accessibility)
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("DestroyDialog", u"e.g. Expired on 31/01/2026", None))
        self.methodLabel.setText(QCoreApplication.translate("DestroyDialog", u"&Method of destruction", None))
#if QT_CONFIG(accessibility)
        self.methodEdit.setAccessibleName(QCoreApplication.translate("DestroyDialog", u"Method of destruction", None))
#endif // QT_CONFIG(accessibility)
        self.methodEdit.setPlaceholderText(QCoreApplication.translate("DestroyDialog", u"e.g. Denatured in a DOOP denaturing kit, then sent for incineration", None))
        self.witnessNameLabel.setText(QCoreApplication.translate("DestroyDialog", u"&Witness's name", None))
#if QT_CONFIG(accessibility)
        self.witnessNameEdit.setAccessibleName(QCoreApplication.translate("DestroyDialog", u"Authorised witness's name", None))
#endif // QT_CONFIG(accessibility)
        self.witnessRoleLabel.setText(QCoreApplication.translate("DestroyDialog", u"Witness's r&ole", None))
#if QT_CONFIG(accessibility)
        self.witnessRoleEdit.setAccessibleName(QCoreApplication.translate("DestroyDialog", u"Authorised witness's role", None))
#endif // QT_CONFIG(accessibility)
        self.witnessRoleEdit.setPlaceholderText(QCoreApplication.translate("DestroyDialog", u"e.g. Police CD liaison officer", None))
        self.witnessReferenceLabel.setText(QCoreApplication.translate("DestroyDialog", u"Authority r&eference", None))
#if QT_CONFIG(accessibility)
        self.witnessReferenceEdit.setAccessibleName(QCoreApplication.translate("DestroyDialog", u"Authorised witness's reference", None))
#endif // QT_CONFIG(accessibility)
        self.witnessReferenceEdit.setPlaceholderText(QCoreApplication.translate("DestroyDialog", u"The witness's authority number", None))
        self.occurredLabel.setText(QCoreApplication.translate("DestroyDialog", u"&Date and time", None))
#if QT_CONFIG(accessibility)
        self.occurredEdit.setAccessibleName(QCoreApplication.translate("DestroyDialog", u"Date and time of the transaction", None))
#endif // QT_CONFIG(accessibility)
        self.occurredEdit.setDisplayFormat(QCoreApplication.translate("DestroyDialog", u"ddd dd/MM/yyyy HH:mm", None))
        self.lateReasonLabel.setText(QCoreApplication.translate("DestroyDialog", u"&Late entry reason", None))
#if QT_CONFIG(accessibility)
        self.lateReasonEdit.setAccessibleName(QCoreApplication.translate("DestroyDialog", u"Reason for a late entry", None))
#endif // QT_CONFIG(accessibility)
        self.lateReasonEdit.setPlaceholderText(QCoreApplication.translate("DestroyDialog", u"If not entered on the day: why it is late", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("DestroyDialog", u"Error message", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("DestroyDialog", u"Cancel", None))
        self.recordButton.setText(QCoreApplication.translate("DestroyDialog", u"&Record destruction", None))
    # retranslateUi
