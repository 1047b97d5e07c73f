# Generated from ui/release_dialog.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_ReleaseDialog(object):
    def setupUi(self, ReleaseDialog: QDialog) -> None:
        if not ReleaseDialog.objectName():
            ReleaseDialog.setObjectName(u"ReleaseDialog")
        ReleaseDialog.resize(560, 420)
        self.mainLayout = QVBoxLayout(ReleaseDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headingLabel = QLabel(ReleaseDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headingLabel)

        self.observationLabel = QLabel(ReleaseDialog)
        self.observationLabel.setObjectName(u"observationLabel")
        self.observationLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.observationLabel)

        self.lastReadingLabel = QLabel(ReleaseDialog)
        self.lastReadingLabel.setObjectName(u"lastReadingLabel")
        self.lastReadingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.lastReadingLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.spo2Label = QLabel(ReleaseDialog)
        self.spo2Label.setObjectName(u"spo2Label")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.spo2Label)

        self.spo2Edit = QLineEdit(ReleaseDialog)
        self.spo2Edit.setObjectName(u"spo2Edit")
        self.spo2Edit.setMaxLength(3)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.spo2Edit)

        self.rateLabel = QLabel(ReleaseDialog)
        self.rateLabel.setObjectName(u"rateLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.rateLabel)

        self.rateEdit = QLineEdit(ReleaseDialog)
        self.rateEdit.setObjectName(u"rateEdit")
        self.rateEdit.setMaxLength(2)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.rateEdit)

        self.sedationLabel = QLabel(ReleaseDialog)
        self.sedationLabel.setObjectName(u"sedationLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sedationLabel)

        self.sedationEdit = QLineEdit(ReleaseDialog)
        self.sedationEdit.setObjectName(u"sedationEdit")
        self.sedationEdit.setMaxLength(1)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sedationEdit)

        self.siteLabel = QLabel(ReleaseDialog)
        self.siteLabel.setObjectName(u"siteLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.siteLabel)

        self.siteCombo = QComboBox(ReleaseDialog)
        self.siteCombo.setObjectName(u"siteCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.siteCombo)

        self.checkLabel = QLabel(ReleaseDialog)
        self.checkLabel.setObjectName(u"checkLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.checkLabel)

        self.checkEdit = QLineEdit(ReleaseDialog)
        self.checkEdit.setObjectName(u"checkEdit")
        self.checkEdit.setMaxLength(500)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.checkEdit)

        self.earlyLabel = QLabel(ReleaseDialog)
        self.earlyLabel.setObjectName(u"earlyLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.earlyLabel)

        self.earlyEdit = QLineEdit(ReleaseDialog)
        self.earlyEdit.setObjectName(u"earlyEdit")
        self.earlyEdit.setMaxLength(300)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.earlyEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ReleaseDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.eventButton = QPushButton(ReleaseDialog)
        self.eventButton.setObjectName(u"eventButton")
        self.eventButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.eventButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(ReleaseDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)

        self.readingButton = QPushButton(ReleaseDialog)
        self.readingButton.setObjectName(u"readingButton")
        self.readingButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.readingButton)

        self.confirmButton = QPushButton(ReleaseDialog)
        self.confirmButton.setObjectName(u"confirmButton")
        self.confirmButton.setVisible(False)
        self.confirmButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.confirmButton)

        self.releaseButton = QPushButton(ReleaseDialog)
        self.releaseButton.setObjectName(u"releaseButton")
        self.releaseButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.releaseButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.spo2Label.setBuddy(self.spo2Edit)
        self.rateLabel.setBuddy(self.rateEdit)
        self.sedationLabel.setBuddy(self.sedationEdit)
        self.siteLabel.setBuddy(self.siteCombo)
        self.checkLabel.setBuddy(self.checkEdit)
        self.earlyLabel.setBuddy(self.earlyEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.spo2Edit, self.rateEdit)
        QWidget.setTabOrder(self.rateEdit, self.sedationEdit)
        QWidget.setTabOrder(self.sedationEdit, self.siteCombo)
        QWidget.setTabOrder(self.siteCombo, self.checkEdit)
        QWidget.setTabOrder(self.checkEdit, self.earlyEdit)
        QWidget.setTabOrder(self.earlyEdit, self.releaseButton)
        QWidget.setTabOrder(self.releaseButton, self.confirmButton)
        QWidget.setTabOrder(self.confirmButton, self.readingButton)
        QWidget.setTabOrder(self.readingButton, self.eventButton)
        QWidget.setTabOrder(self.eventButton, self.cancelButton)

        self.retranslateUi(ReleaseDialog)

        QMetaObject.connectSlotsByName(ReleaseDialog)
    # setupUi

    def retranslateUi(self, ReleaseDialog: QDialog) -> None:
        ReleaseDialog.setWindowTitle(QCoreApplication.translate("ReleaseDialog", u"Release check", None))
#if QT_CONFIG(accessibility)
        self.headingLabel.setAccessibleName(QCoreApplication.translate("ReleaseDialog", u"Patient and dose", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.observationLabel.setAccessibleName(QCoreApplication.translate("ReleaseDialog", u"Observation time", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.lastReadingLabel.setAccessibleName(QCoreApplication.translate("ReleaseDialog", u"The last reading", None))
#endif // QT_CONFIG(accessibility)
        self.spo2Label.setText(QCoreApplication.translate("ReleaseDialog", u"&SpO2 (%)", None))
#if QT_CONFIG(accessibility)
        self.spo2Edit.setAccessibleName(QCoreApplication.translate("ReleaseDialog", u"Oxygen saturation, per cent", None))
#endif // QT_CONFIG(accessibility)
        self.spo2Edit.setPlaceholderText(QCoreApplication.translate("ReleaseDialog", u"e.g. 97", None))
        self.rateLabel.setText(QCoreApplication.translate("ReleaseDialog", u"Respiratory ra&te (/min)", None))
#if QT_CONFIG(accessibility)
        self.rateEdit.setAccessibleName(QCoreApplication.translate("ReleaseDialog", u"Respiratory rate, breaths a minute", None))
#endif // QT_CONFIG(accessibility)
        self.rateEdit.setPlaceholderText(QCoreApplication.translate("ReleaseDialog", u"e.g. 14", None))
        self.sedationLabel.setText(QCoreApplication.translate("ReleaseDialog", u"Se&dation score (0\u20133)", None))
#if QT_CONFIG(accessibility)
        self.sedationEdit.setAccessibleName(QCoreApplication.translate("ReleaseDialog", u"Sedation score, 0 to 3", None))
#endif // QT_CONFIG(accessibility)
        self.sedationEdit.setPlaceholderText(QCoreApplication.translate("ReleaseDialog", u"0 awake \u2026 3 hard to rouse", None))
        self.siteLabel.setText(QCoreApplication.translate("ReleaseDialog", u"Injection s&ite", None))
#if QT_CONFIG(accessibility)
        self.siteCombo.setAccessibleName(QCoreApplication.translate("ReleaseDialog", u"State of the injection site", None))
#endif // QT_CONFIG(accessibility)
        self.checkLabel.setText(QCoreApplication.translate("ReleaseDialog", u"&Note", None))
#if QT_CONFIG(accessibility)
        self.checkEdit.setAccessibleName(QCoreApplication.translate("ReleaseDialog", u"Note: how the patient is (needed to release on a reading beyond the thresholds)", None))
#endif // QT_CONFIG(accessibility)
        self.checkEdit.setPlaceholderText(QCoreApplication.translate("ReleaseDialog", u"e.g. alert, walking steadily", None))
        self.earlyLabel.setText(QCoreApplication.translate("ReleaseDialog", u"&Why early", None))
#if QT_CONFIG(accessibility)
        self.earlyEdit.setAccessibleName(QCoreApplication.translate("ReleaseDialog", u"Reason for ending the observation early", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("ReleaseDialog", u"Error message", None))
#endif // QT_CONFIG(accessibility)
        self.eventButton.setText(QCoreApplication.translate("ReleaseDialog", u"Record an &event\u2026", None))
#if QT_CONFIG(tooltip)
        self.eventButton.setToolTip(QCoreApplication.translate("ReleaseDialog", u"Record an adverse event (overdose, seizure\u2026) for this patient", None))
#endif // QT_CONFIG(tooltip)
        self.cancelButton.setText(QCoreApplication.translate("ReleaseDialog", u"Cancel", None))
        self.readingButton.setText(QCoreApplication.translate("ReleaseDialog", u"&Keep in observation", None))
#if QT_CONFIG(tooltip)
        self.readingButton.setToolTip(QCoreApplication.translate("ReleaseDialog", u"Record the reading; the patient stays in observation for another reading", None))
#endif // QT_CONFIG(tooltip)
        self.confirmButton.setText(QCoreApplication.translate("ReleaseDialog", u"Release with a second &person\u2026", None))
#if QT_CONFIG(tooltip)
        self.confirmButton.setToolTip(QCoreApplication.translate("ReleaseDialog", u"Release on this reading: a second member of staff confirms by signing", None))
#endif // QT_CONFIG(tooltip)
        self.releaseButton.setText(QCoreApplication.translate("ReleaseDialog", u"&Release the patient", None))
#if QT_CONFIG(tooltip)
        self.releaseButton.setToolTip(QCoreApplication.translate("ReleaseDialog", u"Record the release check and end the observation", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
