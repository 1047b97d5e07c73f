# Generated from ui/prescription_dialog.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_PrescriptionDialog(object):
    def setupUi(self, PrescriptionDialog: QDialog) -> None:
        if not PrescriptionDialog.objectName():
            PrescriptionDialog.setObjectName(u"PrescriptionDialog")
        PrescriptionDialog.resize(720, 600)
        self.prescriptionLayout = QVBoxLayout(PrescriptionDialog)
        self.prescriptionLayout.setObjectName(u"prescriptionLayout")
        self.introLabel = QLabel(PrescriptionDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.prescriptionLayout.addWidget(self.introLabel)

        self.fieldsArea = QWidget(PrescriptionDialog)
        self.fieldsArea.setObjectName(u"fieldsArea")
        self.fieldsAreaLayout = QVBoxLayout(self.fieldsArea)
        self.fieldsAreaLayout.setObjectName(u"fieldsAreaLayout")
        self.fieldsAreaLayout.setContentsMargins(0, 0, 0, 0)

        self.prescriptionLayout.addWidget(self.fieldsArea)

        self.errorLabel = QLabel(PrescriptionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)

        self.prescriptionLayout.addWidget(self.errorLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.bs = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.bs)

        self.cancelButton = QPushButton(PrescriptionDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)

        self.saveButton = QPushButton(PrescriptionDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttons.addWidget(self.saveButton)


        self.prescriptionLayout.addLayout(self.buttons)


        self.retranslateUi(PrescriptionDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(PrescriptionDialog)
    # setupUi

    def retranslateUi(self, PrescriptionDialog: QDialog) -> None:
        PrescriptionDialog.setWindowTitle(QCoreApplication.translate("PrescriptionDialog", u"Prescription", None))
#if QT_CONFIG(accessibility)
        self.introLabel.setAccessibleName(QCoreApplication.translate("PrescriptionDialog", u"Who is prescribing", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("PrescriptionDialog", u"Error message", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("PrescriptionDialog", u"Cancel", None))
        self.saveButton.setText(QCoreApplication.translate("PrescriptionDialog", u"&Sign and save prescription", None))
    # retranslateUi
