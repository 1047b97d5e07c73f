# Generated from ui/top_up_dialog.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout, QWidget

class Ui_TopUpDialog(object):
    def setupUi(self, TopUpDialog: QDialog) -> None:
        if not TopUpDialog.objectName():
            TopUpDialog.setObjectName(u"TopUpDialog")
        TopUpDialog.resize(620, 520)
        self.mainLayout = QVBoxLayout(TopUpDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headingLabel = QLabel(TopUpDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headingLabel)

        self.allowanceLabel = QLabel(TopUpDialog)
        self.allowanceLabel.setObjectName(u"allowanceLabel")
        self.allowanceLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.allowanceLabel)

        self.sitesLabel = QLabel(TopUpDialog)
        self.sitesLabel.setObjectName(u"sitesLabel")
        self.sitesLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.sitesLabel)

        self.assessmentGroup = QGroupBox(TopUpDialog)
        self.assessmentGroup.setObjectName(u"assessmentGroup")
        self.assessmentForm = QFormLayout(self.assessmentGroup)
        self.assessmentForm.setObjectName(u"assessmentForm")
        self.lineLabel = QLabel(self.assessmentGroup)
        self.lineLabel.setObjectName(u"lineLabel")

        self.assessmentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.lineLabel)

        self.lineCombo = QComboBox(self.assessmentGroup)
        self.lineCombo.setObjectName(u"lineCombo")

        self.assessmentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.lineCombo)

        self.sedationLabel = QLabel(self.assessmentGroup)
        self.sedationLabel.setObjectName(u"sedationLabel")

        self.assessmentForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sedationLabel)

        self.sedationCombo = QComboBox(self.assessmentGroup)
        self.sedationCombo.setObjectName(u"sedationCombo")

        self.assessmentForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sedationCombo)

        self.alcoholLabel = QLabel(self.assessmentGroup)
        self.alcoholLabel.setObjectName(u"alcoholLabel")

        self.assessmentForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.alcoholLabel)

        self.alcoholEdit = QLineEdit(self.assessmentGroup)
        self.alcoholEdit.setObjectName(u"alcoholEdit")

        self.assessmentForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.alcoholEdit)

        self.observationLabel = QLabel(self.assessmentGroup)
        self.observationLabel.setObjectName(u"observationLabel")

        self.assessmentForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.observationLabel)

        self.observationEdit = QLineEdit(self.assessmentGroup)
        self.observationEdit.setObjectName(u"observationEdit")
        self.observationEdit.setMaxLength(1000)

        self.assessmentForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.observationEdit)


        self.mainLayout.addWidget(self.assessmentGroup)

        self.doseGroup = QGroupBox(TopUpDialog)
        self.doseGroup.setObjectName(u"doseGroup")
        self.doseForm = QFormLayout(self.doseGroup)
        self.doseForm.setObjectName(u"doseForm")
        self.siteLabel = QLabel(self.doseGroup)
        self.siteLabel.setObjectName(u"siteLabel")

        self.doseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.siteLabel)

        self.siteCombo = QComboBox(self.doseGroup)
        self.siteCombo.setObjectName(u"siteCombo")

        self.doseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.siteCombo)

        self.mgLabel = QLabel(self.doseGroup)
        self.mgLabel.setObjectName(u"mgLabel")

        self.doseForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.mgLabel)

        self.mgSpin = QSpinBox(self.doseGroup)
        self.mgSpin.setObjectName(u"mgSpin")
        self.mgSpin.setMaximum(10000)
        self.mgSpin.setMaximumSize(QSize(140, 16777215))

        self.doseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.mgSpin)

        self.wasteLabel = QLabel(self.doseGroup)
        self.wasteLabel.setObjectName(u"wasteLabel")
        self.wasteLabel.setWordWrap(True)

        self.doseForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.wasteLabel)


        self.mainLayout.addWidget(self.doseGroup)

        self.errorLabel = QLabel(TopUpDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(TopUpDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)

        self.recordButton = QPushButton(TopUpDialog)
        self.recordButton.setObjectName(u"recordButton")
        self.recordButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.recordButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.lineLabel.setBuddy(self.lineCombo)
        self.sedationLabel.setBuddy(self.sedationCombo)
        self.alcoholLabel.setBuddy(self.alcoholEdit)
        self.observationLabel.setBuddy(self.observationEdit)
        self.siteLabel.setBuddy(self.siteCombo)
        self.mgLabel.setBuddy(self.mgSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.lineCombo, self.sedationCombo)
        QWidget.setTabOrder(self.sedationCombo, self.alcoholEdit)
        QWidget.setTabOrder(self.alcoholEdit, self.observationEdit)
        QWidget.setTabOrder(self.observationEdit, self.siteCombo)
        QWidget.setTabOrder(self.siteCombo, self.mgSpin)
        QWidget.setTabOrder(self.mgSpin, self.recordButton)
        QWidget.setTabOrder(self.recordButton, self.cancelButton)

        self.retranslateUi(TopUpDialog)

        QMetaObject.connectSlotsByName(TopUpDialog)
    # setupUi

    def retranslateUi(self, TopUpDialog: QDialog) -> None:
        TopUpDialog.setWindowTitle(QCoreApplication.translate("TopUpDialog", u"Top-up", None))
#if QT_CONFIG(accessibility)
        self.headingLabel.setAccessibleName(QCoreApplication.translate("TopUpDialog", u"Patient and the session's injection", None))
#endif // QT_CONFIG(accessibility)
        self.headingLabel.setStyleSheet(QCoreApplication.translate("TopUpDialog", u"font-weight: bold;", None))
#if QT_CONFIG(accessibility)
        self.allowanceLabel.setAccessibleName(QCoreApplication.translate("TopUpDialog", u"How much is left of the session's amount, and from when", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sitesLabel.setAccessibleName(QCoreApplication.translate("TopUpDialog", u"The last injection sites", None))
#endif // QT_CONFIG(accessibility)
        self.assessmentGroup.setTitle(QCoreApplication.translate("TopUpDialog", u"Reassessment before the top-up", None))
        self.lineLabel.setText(QCoreApplication.translate("TopUpDialog", u"&Line", None))
#if QT_CONFIG(accessibility)
        self.lineCombo.setAccessibleName(QCoreApplication.translate("TopUpDialog", u"The prescription line to top up", None))
#endif // QT_CONFIG(accessibility)
        self.sedationLabel.setText(QCoreApplication.translate("TopUpDialog", u"&Sedation score", None))
#if QT_CONFIG(accessibility)
        self.sedationCombo.setAccessibleName(QCoreApplication.translate("TopUpDialog", u"Sedation score now, 0 to 3", None))
#endif // QT_CONFIG(accessibility)
        self.alcoholLabel.setText(QCoreApplication.translate("TopUpDialog", u"&Breath alcohol (\u00b5g/100 ml)", None))
#if QT_CONFIG(accessibility)
        self.alcoholEdit.setAccessibleName(QCoreApplication.translate("TopUpDialog", u"Breath alcohol now, micrograms per 100 ml", None))
#endif // QT_CONFIG(accessibility)
        self.alcoholEdit.setPlaceholderText(QCoreApplication.translate("TopUpDialog", u"e.g. 0", None))
        self.observationLabel.setText(QCoreApplication.translate("TopUpDialog", u"&Observation", None))
#if QT_CONFIG(accessibility)
        self.observationEdit.setAccessibleName(QCoreApplication.translate("TopUpDialog", u"How the patient is now (not intoxicated, not sedated)", None))
#endif // QT_CONFIG(accessibility)
        self.observationEdit.setPlaceholderText(QCoreApplication.translate("TopUpDialog", u"e.g. alert, not intoxicated, asks for the rest", None))
        self.doseGroup.setTitle(QCoreApplication.translate("TopUpDialog", u"The top-up", None))
        self.siteLabel.setText(QCoreApplication.translate("TopUpDialog", u"Injection s&ite", None))
#if QT_CONFIG(accessibility)
        self.siteCombo.setAccessibleName(QCoreApplication.translate("TopUpDialog", u"Injection site of the top-up", None))
#endif // QT_CONFIG(accessibility)
        self.mgLabel.setText(QCoreApplication.translate("TopUpDialog", u"&mg given", None))
#if QT_CONFIG(accessibility)
        self.mgSpin.setAccessibleName(QCoreApplication.translate("TopUpDialog", u"Milligrams given in the top-up", None))
#endif // QT_CONFIG(accessibility)
        self.mgSpin.setSuffix(QCoreApplication.translate("TopUpDialog", u" mg", None))
#if QT_CONFIG(accessibility)
        self.wasteLabel.setAccessibleName(QCoreApplication.translate("TopUpDialog", u"The waste of the ampoules opened", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("TopUpDialog", u"Error message", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("TopUpDialog", u"Cancel", None))
        self.recordButton.setText(QCoreApplication.translate("TopUpDialog", u"&Record the top-up\u2026", None))
#if QT_CONFIG(tooltip)
        self.recordButton.setToolTip(QCoreApplication.translate("TopUpDialog", u"Check the top-up, then a second member of staff signs as witness (Ctrl+D)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
