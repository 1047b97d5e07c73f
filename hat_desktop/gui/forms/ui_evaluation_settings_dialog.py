# Generated from ui/evaluation_settings_dialog.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QCheckBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_EvaluationSettingsDialog(object):
    def setupUi(self, EvaluationSettingsDialog: QDialog) -> None:
        if not EvaluationSettingsDialog.objectName():
            EvaluationSettingsDialog.setObjectName(u"EvaluationSettingsDialog")
        EvaluationSettingsDialog.resize(520, 260)
        EvaluationSettingsDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(EvaluationSettingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(EvaluationSettingsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.staffCostLabel = QLabel(EvaluationSettingsDialog)
        self.staffCostLabel.setObjectName(u"staffCostLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.staffCostLabel)

        self.staffCostEdit = QLineEdit(EvaluationSettingsDialog)
        self.staffCostEdit.setObjectName(u"staffCostEdit")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.staffCostEdit)

        self.budgetLabel = QLabel(EvaluationSettingsDialog)
        self.budgetLabel.setObjectName(u"budgetLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.budgetLabel)

        self.budgetEdit = QLineEdit(EvaluationSettingsDialog)
        self.budgetEdit.setObjectName(u"budgetEdit")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.budgetEdit)

        self.inspectorsCheck = QCheckBox(EvaluationSettingsDialog)
        self.inspectorsCheck.setObjectName(u"inspectorsCheck")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.inspectorsCheck)


        self.dialogLayout.addLayout(self.fields)

        self.errorLabel = QLabel(EvaluationSettingsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(EvaluationSettingsDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)

        self.confirmButton = QPushButton(EvaluationSettingsDialog)
        self.confirmButton.setObjectName(u"confirmButton")

        self.buttons.addWidget(self.confirmButton)


        self.dialogLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.staffCostLabel.setBuddy(self.staffCostEdit)
        self.budgetLabel.setBuddy(self.budgetEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.staffCostEdit, self.budgetEdit)
        QWidget.setTabOrder(self.budgetEdit, self.inspectorsCheck)
        QWidget.setTabOrder(self.inspectorsCheck, self.confirmButton)
        QWidget.setTabOrder(self.confirmButton, self.cancelButton)

        self.retranslateUi(EvaluationSettingsDialog)

        self.confirmButton.setDefault(True)


        QMetaObject.connectSlotsByName(EvaluationSettingsDialog)
    # setupUi

    def retranslateUi(self, EvaluationSettingsDialog: QDialog) -> None:
        EvaluationSettingsDialog.setWindowTitle(QCoreApplication.translate("EvaluationSettingsDialog", u"Costs and access for the evaluation", None))
        self.introLabel.setText(QCoreApplication.translate("EvaluationSettingsDialog", u"The evaluation adds to the drug cost (from the unit prices entered with receipts) a cost for staff and overheads for each day a patient is in treatment, and compares the total per patient a year with the budget.", None))
        self.staffCostLabel.setText(QCoreApplication.translate("EvaluationSettingsDialog", u"&Staff and overheads per patient-day (\u00a3)", None))
#if QT_CONFIG(accessibility)
        self.staffCostEdit.setAccessibleName(QCoreApplication.translate("EvaluationSettingsDialog", u"Staff and overhead cost per patient-day in pounds", None))
#endif // QT_CONFIG(accessibility)
        self.staffCostEdit.setPlaceholderText(QCoreApplication.translate("EvaluationSettingsDialog", u"e.g. 18.50", None))
        self.budgetLabel.setText(QCoreApplication.translate("EvaluationSettingsDialog", u"&Budget per patient a year (\u00a3)", None))
#if QT_CONFIG(accessibility)
        self.budgetEdit.setAccessibleName(QCoreApplication.translate("EvaluationSettingsDialog", u"Budget per patient a year in pounds", None))
#endif // QT_CONFIG(accessibility)
        self.budgetEdit.setPlaceholderText(QCoreApplication.translate("EvaluationSettingsDialog", u"e.g. 12000", None))
        self.inspectorsCheck.setText(QCoreApplication.translate("EvaluationSettingsDialog", u"&Inspectors may read the evaluation dashboard and report", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("EvaluationSettingsDialog", u"Error message", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("EvaluationSettingsDialog", u"&Cancel", None))
        self.confirmButton.setText(QCoreApplication.translate("EvaluationSettingsDialog", u"Sa&ve", None))
    # retranslateUi
