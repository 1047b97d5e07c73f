# Generated from ui/check_in_dialog.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QScrollArea, QSizePolicy, QSpacerItem, QSpinBox, QStackedWidget, QVBoxLayout, QWidget

class Ui_CheckInDialog(object):
    def setupUi(self, CheckInDialog: QDialog) -> None:
        if not CheckInDialog.objectName():
            CheckInDialog.setObjectName(u"CheckInDialog")
        CheckInDialog.resize(980, 640)
        self.actionConfirmIdentity = QAction(CheckInDialog)
        self.actionConfirmIdentity.setObjectName(u"actionConfirmIdentity")
        self.actionRecordDose = QAction(CheckInDialog)
        self.actionRecordDose.setObjectName(u"actionRecordDose")
        self.actionWithhold = QAction(CheckInDialog)
        self.actionWithhold.setObjectName(u"actionWithhold")
        self.actionRelease = QAction(CheckInDialog)
        self.actionRelease.setObjectName(u"actionRelease")
        self.actionTopUp = QAction(CheckInDialog)
        self.actionTopUp.setObjectName(u"actionTopUp")
        self.actionOverride = QAction(CheckInDialog)
        self.actionOverride.setObjectName(u"actionOverride")
        self.actionEvent = QAction(CheckInDialog)
        self.actionEvent.setObjectName(u"actionEvent")
        self.actionCancelCheckIn = QAction(CheckInDialog)
        self.actionCancelCheckIn.setObjectName(u"actionCancelCheckIn")
        self.mainLayout = QVBoxLayout(CheckInDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.stages = QStackedWidget(CheckInDialog)
        self.stages.setObjectName(u"stages")
        self.cardPage = QWidget()
        self.cardPage.setObjectName(u"cardPage")
        self.cardLayout = QHBoxLayout(self.cardPage)
        self.cardLayout.setObjectName(u"cardLayout")
        self.cardLayout.setContentsMargins(0, 0, 0, 0)
        self.patientScroll = QScrollArea(self.cardPage)
        self.patientScroll.setObjectName(u"patientScroll")
        self.patientScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.patientScroll.setMinimumSize(QSize(226, 0))
        self.patientScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.patientScroll.setWidgetResizable(True)
        self.patientScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.patientPanel = QWidget()
        self.patientPanel.setObjectName(u"patientPanel")
        self.patientColumn = QVBoxLayout(self.patientPanel)
        self.patientColumn.setObjectName(u"patientColumn")
        self.patientColumn.setContentsMargins(0, 0, 0, 0)
        self.photoLabel = QLabel(self.patientPanel)
        self.photoLabel.setObjectName(u"photoLabel")
        self.photoLabel.setMinimumSize(QSize(200, 240))
        self.photoLabel.setMaximumSize(QSize(200, 240))
        self.photoLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photoLabel.setWordWrap(True)

        self.patientColumn.addWidget(self.photoLabel)

        self.patientName = QLabel(self.patientPanel)
        self.patientName.setObjectName(u"patientName")
        self.patientName.setWordWrap(True)
        self.patientName.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.patientColumn.addWidget(self.patientName)

        self.detailsLabel = QLabel(self.patientPanel)
        self.detailsLabel.setObjectName(u"detailsLabel")
        self.detailsLabel.setWordWrap(True)
        self.detailsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.patientColumn.addWidget(self.detailsLabel)

        self.flagLabel = QLabel(self.patientPanel)
        self.flagLabel.setObjectName(u"flagLabel")
        self.flagLabel.setVisible(False)
        self.flagLabel.setWordWrap(True)

        self.patientColumn.addWidget(self.flagLabel)

        self.notesLabel = QLabel(self.patientPanel)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setVisible(False)
        self.notesLabel.setWordWrap(True)

        self.patientColumn.addWidget(self.notesLabel)

        self.prescriptionLabel = QLabel(self.patientPanel)
        self.prescriptionLabel.setObjectName(u"prescriptionLabel")
        self.prescriptionLabel.setWordWrap(True)
        self.prescriptionLabel.setTextFormat(Qt.TextFormat.RichText)

        self.patientColumn.addWidget(self.prescriptionLabel)

        self.recentLabel = QLabel(self.patientPanel)
        self.recentLabel.setObjectName(u"recentLabel")
        self.recentLabel.setWordWrap(True)
        self.recentLabel.setTextFormat(Qt.TextFormat.RichText)

        self.patientColumn.addWidget(self.recentLabel)

        self.patientSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.patientColumn.addItem(self.patientSpacer)

        self.patientScroll.setWidget(self.patientPanel)

        self.cardLayout.addWidget(self.patientScroll)

        self.workColumn = QVBoxLayout()
        self.workColumn.setObjectName(u"workColumn")
        self.sessionLabel = QLabel(self.cardPage)
        self.sessionLabel.setObjectName(u"sessionLabel")
        self.sessionLabel.setWordWrap(True)

        self.workColumn.addWidget(self.sessionLabel)

        self.refusalLabel = QLabel(self.cardPage)
        self.refusalLabel.setObjectName(u"refusalLabel")
        self.refusalLabel.setVisible(False)
        self.refusalLabel.setWordWrap(True)
        self.refusalLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.workColumn.addWidget(self.refusalLabel)

        self.identityLayout = QHBoxLayout()
        self.identityLayout.setObjectName(u"identityLayout")
        self.identityButton = QPushButton(self.cardPage)
        self.identityButton.setObjectName(u"identityButton")

        self.identityLayout.addWidget(self.identityButton)

        self.releaseButton = QPushButton(self.cardPage)
        self.releaseButton.setObjectName(u"releaseButton")

        self.identityLayout.addWidget(self.releaseButton)

        self.topUpButton = QPushButton(self.cardPage)
        self.topUpButton.setObjectName(u"topUpButton")

        self.identityLayout.addWidget(self.topUpButton)

        self.overrideButton = QPushButton(self.cardPage)
        self.overrideButton.setObjectName(u"overrideButton")

        self.identityLayout.addWidget(self.overrideButton)

        self.cancelCheckInButton = QPushButton(self.cardPage)
        self.cancelCheckInButton.setObjectName(u"cancelCheckInButton")

        self.identityLayout.addWidget(self.cancelCheckInButton)

        self.eventButton = QPushButton(self.cardPage)
        self.eventButton.setObjectName(u"eventButton")

        self.identityLayout.addWidget(self.eventButton)

        self.correctWithholdingButton = QPushButton(self.cardPage)
        self.correctWithholdingButton.setObjectName(u"correctWithholdingButton")
        self.correctWithholdingButton.setVisible(False)

        self.identityLayout.addWidget(self.correctWithholdingButton)

        self.identitySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.identityLayout.addItem(self.identitySpacer)


        self.workColumn.addLayout(self.identityLayout)

        self.doseArea = QWidget(self.cardPage)
        self.doseArea.setObjectName(u"doseArea")
        self.doseArea.setVisible(False)
        self.doseAreaLayout = QVBoxLayout(self.doseArea)
        self.doseAreaLayout.setObjectName(u"doseAreaLayout")
        self.doseAreaLayout.setContentsMargins(0, 0, 0, 0)
        self.assessmentGroup = QGroupBox(self.doseArea)
        self.assessmentGroup.setObjectName(u"assessmentGroup")
        self.assessmentForm = QFormLayout(self.assessmentGroup)
        self.assessmentForm.setObjectName(u"assessmentForm")
        self.sedationLabel = QLabel(self.assessmentGroup)
        self.sedationLabel.setObjectName(u"sedationLabel")

        self.assessmentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sedationLabel)

        self.sedationCombo = QComboBox(self.assessmentGroup)
        self.sedationCombo.setObjectName(u"sedationCombo")

        self.assessmentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sedationCombo)

        self.alcoholLabel = QLabel(self.assessmentGroup)
        self.alcoholLabel.setObjectName(u"alcoholLabel")

        self.assessmentForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.alcoholLabel)

        self.alcoholEdit = QLineEdit(self.assessmentGroup)
        self.alcoholEdit.setObjectName(u"alcoholEdit")
        self.alcoholEdit.setMaxLength(4)

        self.assessmentForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.alcoholEdit)

        self.observationLabel = QLabel(self.assessmentGroup)
        self.observationLabel.setObjectName(u"observationLabel")

        self.assessmentForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.observationLabel)

        self.observationEdit = QLineEdit(self.assessmentGroup)
        self.observationEdit.setObjectName(u"observationEdit")
        self.observationEdit.setMaxLength(1000)

        self.assessmentForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.observationEdit)


        self.doseAreaLayout.addWidget(self.assessmentGroup)

        self.thresholdLabel = QLabel(self.doseArea)
        self.thresholdLabel.setObjectName(u"thresholdLabel")
        self.thresholdLabel.setVisible(False)
        self.thresholdLabel.setWordWrap(True)

        self.doseAreaLayout.addWidget(self.thresholdLabel)

        self.pathLayout = QHBoxLayout()
        self.pathLayout.setObjectName(u"pathLayout")
        self.doseRadio = QRadioButton(self.doseArea)
        self.doseRadio.setObjectName(u"doseRadio")
        self.doseRadio.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.doseRadio.setChecked(True)

        self.pathLayout.addWidget(self.doseRadio)

        self.withholdRadio = QRadioButton(self.doseArea)
        self.withholdRadio.setObjectName(u"withholdRadio")
        self.withholdRadio.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.pathLayout.addWidget(self.withholdRadio)

        self.pathSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pathLayout.addItem(self.pathSpacer)


        self.doseAreaLayout.addLayout(self.pathLayout)

        self.doseGroup = QGroupBox(self.doseArea)
        self.doseGroup.setObjectName(u"doseGroup")
        self.doseLayout = QVBoxLayout(self.doseGroup)
        self.doseLayout.setObjectName(u"doseLayout")
        self.doseForm = QFormLayout()
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

        self.lessLabel = QLabel(self.doseGroup)
        self.lessLabel.setObjectName(u"lessLabel")

        self.doseForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lessLabel)

        self.lessCombo = QComboBox(self.doseGroup)
        self.lessCombo.setObjectName(u"lessCombo")

        self.doseForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.lessCombo)

        self.despiteLabel = QLabel(self.doseGroup)
        self.despiteLabel.setObjectName(u"despiteLabel")
        self.despiteLabel.setWordWrap(True)

        self.doseForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.despiteLabel)

        self.despiteEdit = QLineEdit(self.doseGroup)
        self.despiteEdit.setObjectName(u"despiteEdit")
        self.despiteEdit.setMaxLength(300)

        self.doseForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.despiteEdit)

        self.lateLabel = QLabel(self.doseGroup)
        self.lateLabel.setObjectName(u"lateLabel")
        self.lateLabel.setWordWrap(True)

        self.doseForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.lateLabel)

        self.lateReasonEdit = QLineEdit(self.doseGroup)
        self.lateReasonEdit.setObjectName(u"lateReasonEdit")
        self.lateReasonEdit.setMaxLength(300)

        self.doseForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.lateReasonEdit)


        self.doseLayout.addLayout(self.doseForm)

        self.siteHintLabel = QLabel(self.doseGroup)
        self.siteHintLabel.setObjectName(u"siteHintLabel")
        self.siteHintLabel.setVisible(False)
        self.siteHintLabel.setWordWrap(True)

        self.doseLayout.addWidget(self.siteHintLabel)

        self.wasteLabel = QLabel(self.doseGroup)
        self.wasteLabel.setObjectName(u"wasteLabel")
        self.wasteLabel.setWordWrap(True)

        self.doseLayout.addWidget(self.wasteLabel)

        self.mainLineLabel = QLabel(self.doseGroup)
        self.mainLineLabel.setObjectName(u"mainLineLabel")
        self.mainLineLabel.setVisible(False)
        self.mainLineLabel.setWordWrap(True)

        self.doseLayout.addWidget(self.mainLineLabel)

        self.linesBox = QWidget(self.doseGroup)
        self.linesBox.setObjectName(u"linesBox")
        self.linesBox.setVisible(False)
        self.linesForm = QFormLayout(self.linesBox)
        self.linesForm.setObjectName(u"linesForm")
        self.linesForm.setContentsMargins(0, 0, 0, 0)

        self.doseLayout.addWidget(self.linesBox)


        self.doseAreaLayout.addWidget(self.doseGroup)

        self.withholdGroup = QGroupBox(self.doseArea)
        self.withholdGroup.setObjectName(u"withholdGroup")
        self.withholdGroup.setVisible(False)
        self.withholdForm = QFormLayout(self.withholdGroup)
        self.withholdForm.setObjectName(u"withholdForm")
        self.withholdReasonLabel = QLabel(self.withholdGroup)
        self.withholdReasonLabel.setObjectName(u"withholdReasonLabel")

        self.withholdForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.withholdReasonLabel)

        self.withholdReasonCombo = QComboBox(self.withholdGroup)
        self.withholdReasonCombo.setObjectName(u"withholdReasonCombo")

        self.withholdForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.withholdReasonCombo)

        self.withholdNoteLabel = QLabel(self.withholdGroup)
        self.withholdNoteLabel.setObjectName(u"withholdNoteLabel")

        self.withholdForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.withholdNoteLabel)

        self.withholdNoteEdit = QLineEdit(self.withholdGroup)
        self.withholdNoteEdit.setObjectName(u"withholdNoteEdit")
        self.withholdNoteEdit.setMaxLength(500)

        self.withholdForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.withholdNoteEdit)


        self.doseAreaLayout.addWidget(self.withholdGroup)


        self.workColumn.addWidget(self.doseArea)

        self.errorLabel = QLabel(self.cardPage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.workColumn.addWidget(self.errorLabel)

        self.actionLayout = QHBoxLayout()
        self.actionLayout.setObjectName(u"actionLayout")
        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionLayout.addItem(self.actionSpacer)

        self.withholdButton = QPushButton(self.cardPage)
        self.withholdButton.setObjectName(u"withholdButton")
        self.withholdButton.setVisible(False)

        self.actionLayout.addWidget(self.withholdButton)

        self.recordDoseButton = QPushButton(self.cardPage)
        self.recordDoseButton.setObjectName(u"recordDoseButton")
        self.recordDoseButton.setVisible(False)

        self.actionLayout.addWidget(self.recordDoseButton)


        self.workColumn.addLayout(self.actionLayout)

        self.workSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.workColumn.addItem(self.workSpacer)


        self.cardLayout.addLayout(self.workColumn)

        self.cardLayout.setStretch(0, 2)
        self.cardLayout.setStretch(1, 3)
        self.stages.addWidget(self.cardPage)
        self.donePage = QWidget()
        self.donePage.setObjectName(u"donePage")
        self.doneLayout = QVBoxLayout(self.donePage)
        self.doneLayout.setObjectName(u"doneLayout")
        self.doneLayout.setContentsMargins(11, 11, 11, 11)
        self.doneHeading = QLabel(self.donePage)
        self.doneHeading.setObjectName(u"doneHeading")

        self.doneLayout.addWidget(self.doneHeading)

        self.resultLabel = QLabel(self.donePage)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.doneLayout.addWidget(self.resultLabel)

        self.doneSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.doneLayout.addItem(self.doneSpacer)

        self.stages.addWidget(self.donePage)

        self.mainLayout.addWidget(self.stages)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(CheckInDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.sedationLabel.setBuddy(self.sedationCombo)
        self.alcoholLabel.setBuddy(self.alcoholEdit)
        self.observationLabel.setBuddy(self.observationEdit)
        self.siteLabel.setBuddy(self.siteCombo)
        self.mgLabel.setBuddy(self.mgSpin)
        self.lessLabel.setBuddy(self.lessCombo)
        self.despiteLabel.setBuddy(self.despiteEdit)
        self.lateLabel.setBuddy(self.lateReasonEdit)
        self.withholdReasonLabel.setBuddy(self.withholdReasonCombo)
        self.withholdNoteLabel.setBuddy(self.withholdNoteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.identityButton, self.sedationCombo)
        QWidget.setTabOrder(self.sedationCombo, self.alcoholEdit)
        QWidget.setTabOrder(self.alcoholEdit, self.observationEdit)
        QWidget.setTabOrder(self.observationEdit, self.doseRadio)
        QWidget.setTabOrder(self.doseRadio, self.withholdRadio)
        QWidget.setTabOrder(self.withholdRadio, self.siteCombo)
        QWidget.setTabOrder(self.siteCombo, self.mgSpin)
        QWidget.setTabOrder(self.mgSpin, self.lessCombo)
        QWidget.setTabOrder(self.lessCombo, self.despiteEdit)
        QWidget.setTabOrder(self.despiteEdit, self.lateReasonEdit)
        QWidget.setTabOrder(self.lateReasonEdit, self.recordDoseButton)
        QWidget.setTabOrder(self.recordDoseButton, self.withholdReasonCombo)
        QWidget.setTabOrder(self.withholdReasonCombo, self.withholdNoteEdit)
        QWidget.setTabOrder(self.withholdNoteEdit, self.withholdButton)
        QWidget.setTabOrder(self.withholdButton, self.releaseButton)
        QWidget.setTabOrder(self.releaseButton, self.topUpButton)
        QWidget.setTabOrder(self.topUpButton, self.overrideButton)
        QWidget.setTabOrder(self.overrideButton, self.cancelCheckInButton)
        QWidget.setTabOrder(self.cancelCheckInButton, self.eventButton)
        QWidget.setTabOrder(self.eventButton, self.correctWithholdingButton)
        QWidget.setTabOrder(self.correctWithholdingButton, self.closeButton)

        self.retranslateUi(CheckInDialog)

        QMetaObject.connectSlotsByName(CheckInDialog)
    # setupUi

    def retranslateUi(self, CheckInDialog: QDialog) -> None:
        CheckInDialog.setWindowTitle(QCoreApplication.translate("CheckInDialog", u"Check in and dose", None))
        self.actionConfirmIdentity.setText(QCoreApplication.translate("CheckInDialog", u"Identity confirmed against photo", None))
#if QT_CONFIG(shortcut)
        self.actionConfirmIdentity.setShortcut(QCoreApplication.translate("CheckInDialog", u"Ctrl+I", None))
#endif // QT_CONFIG(shortcut)
#if QT_CONFIG(statustip)
        self.actionConfirmIdentity.setStatusTip(QCoreApplication.translate("CheckInDialog", u"Record that you checked the patient's face against the photo, and check them in", None))
#endif // QT_CONFIG(statustip)
        self.actionRecordDose.setText(QCoreApplication.translate("CheckInDialog", u"Record the dose", None))
#if QT_CONFIG(shortcut)
        self.actionRecordDose.setShortcut(QCoreApplication.translate("CheckInDialog", u"Ctrl+D", None))
#endif // QT_CONFIG(shortcut)
#if QT_CONFIG(statustip)
        self.actionRecordDose.setStatusTip(QCoreApplication.translate("CheckInDialog", u"Check the dose against the prescription, then ask a second member of staff to witness it", None))
#endif // QT_CONFIG(statustip)
        self.actionWithhold.setText(QCoreApplication.translate("CheckInDialog", u"Record withholding", None))
#if QT_CONFIG(shortcut)
        self.actionWithhold.setShortcut(QCoreApplication.translate("CheckInDialog", u"Ctrl+H", None))
#endif // QT_CONFIG(shortcut)
#if QT_CONFIG(statustip)
        self.actionWithhold.setStatusTip(QCoreApplication.translate("CheckInDialog", u"Record that the dose is withheld, with the reason (not a missed session)", None))
#endif // QT_CONFIG(statustip)
        self.actionRelease.setText(QCoreApplication.translate("CheckInDialog", u"Release check", None))
#if QT_CONFIG(shortcut)
        self.actionRelease.setShortcut(QCoreApplication.translate("CheckInDialog", u"Ctrl+R", None))
#endif // QT_CONFIG(shortcut)
#if QT_CONFIG(statustip)
        self.actionRelease.setStatusTip(QCoreApplication.translate("CheckInDialog", u"Record the check that ends the post-dose observation", None))
#endif // QT_CONFIG(statustip)
        self.actionTopUp.setText(QCoreApplication.translate("CheckInDialog", u"Top-up", None))
#if QT_CONFIG(shortcut)
        self.actionTopUp.setShortcut(QCoreApplication.translate("CheckInDialog", u"Ctrl+U", None))
#endif // QT_CONFIG(shortcut)
#if QT_CONFIG(statustip)
        self.actionTopUp.setStatusTip(QCoreApplication.translate("CheckInDialog", u"A second injection of a line in this session, after the clinic's interval of observation: reassessed and witnessed", None))
#endif // QT_CONFIG(statustip)
        self.actionOverride.setText(QCoreApplication.translate("CheckInDialog", u"Manager override", None))
#if QT_CONFIG(shortcut)
        self.actionOverride.setShortcut(QCoreApplication.translate("CheckInDialog", u"Ctrl+O", None))
#endif // QT_CONFIG(shortcut)
#if QT_CONFIG(statustip)
        self.actionOverride.setStatusTip(QCoreApplication.translate("CheckInDialog", u"A manager signs to allow a dose outside the session window, with a reason", None))
#endif // QT_CONFIG(statustip)
        self.actionEvent.setText(QCoreApplication.translate("CheckInDialog", u"Record an event", None))
#if QT_CONFIG(shortcut)
        self.actionEvent.setShortcut(QCoreApplication.translate("CheckInDialog", u"Ctrl+E", None))
#endif // QT_CONFIG(shortcut)
#if QT_CONFIG(statustip)
        self.actionEvent.setStatusTip(QCoreApplication.translate("CheckInDialog", u"Record an adverse event (overdose, seizure, fall\u2026) for this patient, witnessed", None))
#endif // QT_CONFIG(statustip)
        self.actionCancelCheckIn.setText(QCoreApplication.translate("CheckInDialog", u"Patient left: cancel check-in", None))
#if QT_CONFIG(shortcut)
        self.actionCancelCheckIn.setShortcut(QCoreApplication.translate("CheckInDialog", u"Ctrl+Shift+X", None))
#endif // QT_CONFIG(shortcut)
#if QT_CONFIG(statustip)
        self.actionCancelCheckIn.setStatusTip(QCoreApplication.translate("CheckInDialog", u"The patient left before the dose: cancel the check-in, with a reason", None))
#endif // QT_CONFIG(statustip)
#if QT_CONFIG(accessibility)
        self.photoLabel.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Patient photo", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.patientName.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Patient name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailsLabel.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Clinic number and date of birth", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.flagLabel.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Missed-dose flag", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.notesLabel.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Alerts and notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.prescriptionLabel.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Prescription", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.recentLabel.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Last three doses", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sessionLabel.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Session being attended", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.refusalLabel.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Why this patient cannot be dosed now", None))
#endif // QT_CONFIG(accessibility)
        self.identityButton.setText(QCoreApplication.translate("CheckInDialog", u"Identity &confirmed against photo", None))
#if QT_CONFIG(accessibility)
        self.identityButton.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Identity confirmed against photo", None))
#endif // QT_CONFIG(accessibility)
        self.releaseButton.setText(QCoreApplication.translate("CheckInDialog", u"&Release check\u2026", None))
        self.topUpButton.setText(QCoreApplication.translate("CheckInDialog", u"Top-&up\u2026", None))
#if QT_CONFIG(accessibility)
        self.topUpButton.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Top-up: a second injection of a line after observation", None))
#endif // QT_CONFIG(accessibility)
        self.overrideButton.setText(QCoreApplication.translate("CheckInDialog", u"Manager o&verride\u2026", None))
        self.cancelCheckInButton.setText(QCoreApplication.translate("CheckInDialog", u"Patient &left\u2026", None))
        self.eventButton.setText(QCoreApplication.translate("CheckInDialog", u"Recor&d an event\u2026", None))
#if QT_CONFIG(accessibility)
        self.eventButton.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Record an adverse event for this patient", None))
#endif // QT_CONFIG(accessibility)
        self.correctWithholdingButton.setText(QCoreApplication.translate("CheckInDialog", u"Withholding was an error\u2026", None))
#if QT_CONFIG(accessibility)
        self.correctWithholdingButton.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"The withholding was recorded in error: correct it with a witnessed note", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.correctWithholdingButton.setToolTip(QCoreApplication.translate("CheckInDialog", u"The withholding is kept, with a witnessed note that it was recorded in error; the patient may then be dosed in this session", None))
#endif // QT_CONFIG(tooltip)
        self.assessmentGroup.setTitle(QCoreApplication.translate("CheckInDialog", u"Pre-dose assessment", None))
        self.sedationLabel.setText(QCoreApplication.translate("CheckInDialog", u"&Sedation score", None))
#if QT_CONFIG(accessibility)
        self.sedationCombo.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Sedation score", None))
#endif // QT_CONFIG(accessibility)
        self.alcoholLabel.setText(QCoreApplication.translate("CheckInDialog", u"Breath &alcohol (\u00b5g/100 ml)", None))
#if QT_CONFIG(accessibility)
        self.alcoholEdit.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Breath alcohol reading in micrograms per 100 millilitres", None))
#endif // QT_CONFIG(accessibility)
        self.alcoholEdit.setPlaceholderText(QCoreApplication.translate("CheckInDialog", u"the breathalyser's reading, e.g. 0", None))
        self.observationLabel.setText(QCoreApplication.translate("CheckInDialog", u"O&bservation", None))
#if QT_CONFIG(accessibility)
        self.observationEdit.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Observation before the dose", None))
#endif // QT_CONFIG(accessibility)
        self.observationEdit.setPlaceholderText(QCoreApplication.translate("CheckInDialog", u"how the patient presents (optional)", None))
#if QT_CONFIG(accessibility)
        self.thresholdLabel.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Assessment advice", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.doseRadio.setToolTip(QCoreApplication.translate("CheckInDialog", u"Choose with Alt+G: Tab passes over the choice, straight to the fields", None))
#endif // QT_CONFIG(tooltip)
        self.doseRadio.setText(QCoreApplication.translate("CheckInDialog", u"&Give the dose", None))
#if QT_CONFIG(accessibility)
        self.doseRadio.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Give the dose", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.withholdRadio.setToolTip(QCoreApplication.translate("CheckInDialog", u"Choose with Alt+W: Tab passes over the choice, straight to the fields", None))
#endif // QT_CONFIG(tooltip)
        self.withholdRadio.setText(QCoreApplication.translate("CheckInDialog", u"&Withhold the dose", None))
#if QT_CONFIG(accessibility)
        self.withholdRadio.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Withhold the dose", None))
#endif // QT_CONFIG(accessibility)
        self.doseGroup.setTitle(QCoreApplication.translate("CheckInDialog", u"Dose", None))
        self.siteLabel.setText(QCoreApplication.translate("CheckInDialog", u"In&jection site", None))
#if QT_CONFIG(accessibility)
        self.siteCombo.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Injection site", None))
#endif // QT_CONFIG(accessibility)
        self.mgLabel.setText(QCoreApplication.translate("CheckInDialog", u"&mg given", None))
#if QT_CONFIG(accessibility)
        self.mgSpin.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Milligrams administered", None))
#endif // QT_CONFIG(accessibility)
        self.mgSpin.setSuffix(QCoreApplication.translate("CheckInDialog", u" mg", None))
        self.lessLabel.setText(QCoreApplication.translate("CheckInDialog", u"Lower dose reaso&n", None))
#if QT_CONFIG(accessibility)
        self.lessCombo.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Reason for giving less than prescribed", None))
#endif // QT_CONFIG(accessibility)
        self.despiteLabel.setText(QCoreApplication.translate("CheckInDialog", u"Why dose despite the assessmen&t", None))
#if QT_CONFIG(accessibility)
        self.despiteEdit.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Why the dose is given despite the assessment", None))
#endif // QT_CONFIG(accessibility)
        self.lateLabel.setText(QCoreApplication.translate("CheckInDialog", u"Late-entr&y reason", None))
#if QT_CONFIG(accessibility)
        self.lateReasonEdit.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Why the dose is entered after the day was closed", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.siteHintLabel.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Where the injection site comes from", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.wasteLabel.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Milligrams wasted", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.mainLineLabel.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"The line given above", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.linesBox.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"The other lines due this session", None))
#endif // QT_CONFIG(accessibility)
        self.withholdGroup.setTitle(QCoreApplication.translate("CheckInDialog", u"Withhold the dose", None))
        self.withholdReasonLabel.setText(QCoreApplication.translate("CheckInDialog", u"Withhold reas&on", None))
#if QT_CONFIG(accessibility)
        self.withholdReasonCombo.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Reason for withholding the dose", None))
#endif // QT_CONFIG(accessibility)
        self.withholdNoteLabel.setText(QCoreApplication.translate("CheckInDialog", u"W&ithhold note", None))
#if QT_CONFIG(accessibility)
        self.withholdNoteEdit.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Note on why the dose is withheld", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Error message", None))
#endif // QT_CONFIG(accessibility)
        self.withholdButton.setText(QCoreApplication.translate("CheckInDialog", u"Record with&holding", None))
        self.recordDoseButton.setText(QCoreApplication.translate("CheckInDialog", u"R&ecord the dose and ask the witness\u2026", None))
        self.doneHeading.setText(QCoreApplication.translate("CheckInDialog", u"Recorded", None))
#if QT_CONFIG(accessibility)
        self.resultLabel.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"What was recorded", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("CheckInDialog", u"Close", None))
#if QT_CONFIG(accessibility)
        self.closeButton.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Close the check-in screen", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
