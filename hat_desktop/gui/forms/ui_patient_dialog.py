# Generated from ui/patient_dialog.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_PatientDialog(object):
    def setupUi(self, PatientDialog: QDialog) -> None:
        if not PatientDialog.objectName():
            PatientDialog.setObjectName(u"PatientDialog")
        PatientDialog.resize(520, 520)
        self.patientLayout = QVBoxLayout(PatientDialog)
        self.patientLayout.setObjectName(u"patientLayout")
        self.introLabel = QLabel(PatientDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.patientLayout.addWidget(self.introLabel)

        self.patientForm = QFormLayout()
        self.patientForm.setObjectName(u"patientForm")
        self.clinicNumberLabel = QLabel(PatientDialog)
        self.clinicNumberLabel.setObjectName(u"clinicNumberLabel")

        self.patientForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.clinicNumberLabel)

        self.clinicNumberEdit = QLineEdit(PatientDialog)
        self.clinicNumberEdit.setObjectName(u"clinicNumberEdit")
        self.clinicNumberEdit.setMaxLength(20)

        self.patientForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.clinicNumberEdit)

        self.fullNameLabel = QLabel(PatientDialog)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.patientForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameEdit = QLineEdit(PatientDialog)
        self.fullNameEdit.setObjectName(u"fullNameEdit")
        self.fullNameEdit.setMaxLength(100)

        self.patientForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.birthLabel = QLabel(PatientDialog)
        self.birthLabel.setObjectName(u"birthLabel")

        self.patientForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.birthLabel)

        self.birthEdit = QLineEdit(PatientDialog)
        self.birthEdit.setObjectName(u"birthEdit")
        self.birthEdit.setMaxLength(10)

        self.patientForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.birthEdit)

        self.addressLabel = QLabel(PatientDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.patientForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QPlainTextEdit(PatientDialog)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setTabChangesFocus(True)
        self.addressEdit.setMaximumSize(QSize(16777215, 80))

        self.patientForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.nhsLabel = QLabel(PatientDialog)
        self.nhsLabel.setObjectName(u"nhsLabel")

        self.patientForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.nhsLabel)

        self.nhsEdit = QLineEdit(PatientDialog)
        self.nhsEdit.setObjectName(u"nhsEdit")
        self.nhsEdit.setMaxLength(14)

        self.patientForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.nhsEdit)

        self.alertsLabel = QLabel(PatientDialog)
        self.alertsLabel.setObjectName(u"alertsLabel")

        self.patientForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.alertsLabel)

        self.alertsEdit = QPlainTextEdit(PatientDialog)
        self.alertsEdit.setObjectName(u"alertsEdit")
        self.alertsEdit.setTabChangesFocus(True)
        self.alertsEdit.setMaximumSize(QSize(16777215, 80))

        self.patientForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.alertsEdit)


        self.patientLayout.addLayout(self.patientForm)

        self.errorLabel = QLabel(PatientDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)

        self.patientLayout.addWidget(self.errorLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.bs = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.bs)

        self.cancelButton = QPushButton(PatientDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)

        self.saveButton = QPushButton(PatientDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttons.addWidget(self.saveButton)


        self.patientLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.clinicNumberLabel.setBuddy(self.clinicNumberEdit)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.birthLabel.setBuddy(self.birthEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.nhsLabel.setBuddy(self.nhsEdit)
        self.alertsLabel.setBuddy(self.alertsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.clinicNumberEdit, self.fullNameEdit)
        QWidget.setTabOrder(self.fullNameEdit, self.birthEdit)
        QWidget.setTabOrder(self.birthEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.nhsEdit)
        QWidget.setTabOrder(self.nhsEdit, self.alertsEdit)
        QWidget.setTabOrder(self.alertsEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(PatientDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(PatientDialog)
    # setupUi

    def retranslateUi(self, PatientDialog: QDialog) -> None:
        PatientDialog.setWindowTitle(QCoreApplication.translate("PatientDialog", u"Patient", None))
        self.introLabel.setText(QCoreApplication.translate("PatientDialog", u"The clinic number is printed on the patient's card and in the register: it never changes once the patient is registered.", None))
        self.clinicNumberLabel.setText(QCoreApplication.translate("PatientDialog", u"&Clinic number", None))
#if QT_CONFIG(accessibility)
        self.clinicNumberEdit.setAccessibleName(QCoreApplication.translate("PatientDialog", u"Clinic number", None))
#endif // QT_CONFIG(accessibility)
        self.clinicNumberEdit.setPlaceholderText(QCoreApplication.translate("PatientDialog", u"e.g. HAT-0042", None))
        self.fullNameLabel.setText(QCoreApplication.translate("PatientDialog", u"&Full name", None))
#if QT_CONFIG(accessibility)
        self.fullNameEdit.setAccessibleName(QCoreApplication.translate("PatientDialog", u"Full name", None))
#endif // QT_CONFIG(accessibility)
        self.birthLabel.setText(QCoreApplication.translate("PatientDialog", u"&Date of birth", None))
#if QT_CONFIG(accessibility)
        self.birthEdit.setAccessibleName(QCoreApplication.translate("PatientDialog", u"Date of birth (DD/MM/YYYY)", None))
#endif // QT_CONFIG(accessibility)
        self.birthEdit.setPlaceholderText(QCoreApplication.translate("PatientDialog", u"DD/MM/YYYY", None))
        self.addressLabel.setText(QCoreApplication.translate("PatientDialog", u"&Address", None))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("PatientDialog", u"Address (the register needs it)", None))
#endif // QT_CONFIG(accessibility)
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("PatientDialog", u"The register records it with every dose", None))
        self.nhsLabel.setText(QCoreApplication.translate("PatientDialog", u"&NHS number", None))
#if QT_CONFIG(accessibility)
        self.nhsEdit.setAccessibleName(QCoreApplication.translate("PatientDialog", u"NHS number (optional)", None))
#endif // QT_CONFIG(accessibility)
        self.nhsEdit.setPlaceholderText(QCoreApplication.translate("PatientDialog", u"Optional, e.g. 943 476 5919", None))
        self.alertsLabel.setText(QCoreApplication.translate("PatientDialog", u"A&lerts", None))
#if QT_CONFIG(accessibility)
        self.alertsEdit.setAccessibleName(QCoreApplication.translate("PatientDialog", u"Alerts (allergies, risks)", None))
#endif // QT_CONFIG(accessibility)
        self.alertsEdit.setPlaceholderText(QCoreApplication.translate("PatientDialog", u"Allergies, risks to staff or to the patient", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("PatientDialog", u"Error message", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("PatientDialog", u"Cancel", None))
        self.saveButton.setText(QCoreApplication.translate("PatientDialog", u"&Save", None))
    # retranslateUi
