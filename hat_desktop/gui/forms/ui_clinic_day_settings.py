# Generated from ui/clinic_day_settings.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QCheckBox, QDateEdit, QDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTableWidget, QTimeEdit, QVBoxLayout, QWidget

class Ui_ClinicDaySettings(object):
    def setupUi(self, ClinicDaySettings: QDialog) -> None:
        if not ClinicDaySettings.objectName():
            ClinicDaySettings.setObjectName(u"ClinicDaySettings")
        ClinicDaySettings.resize(720, 640)
        self.mainLayout = QVBoxLayout(ClinicDaySettings)
        self.mainLayout.setObjectName(u"mainLayout")
        self.sessionsGroup = QGroupBox(ClinicDaySettings)
        self.sessionsGroup.setObjectName(u"sessionsGroup")
        self.sessionsLayout = QVBoxLayout(self.sessionsGroup)
        self.sessionsLayout.setObjectName(u"sessionsLayout")
        self.sessionsNowLabel = QLabel(self.sessionsGroup)
        self.sessionsNowLabel.setObjectName(u"sessionsNowLabel")
        self.sessionsNowLabel.setWordWrap(True)

        self.sessionsLayout.addWidget(self.sessionsNowLabel)

        self.session1Row = QHBoxLayout()
        self.session1Row.setObjectName(u"session1Row")
        self.session1Check = QCheckBox(self.sessionsGroup)
        self.session1Check.setObjectName(u"session1Check")

        self.session1Row.addWidget(self.session1Check)

        self.start1Label = QLabel(self.sessionsGroup)
        self.start1Label.setObjectName(u"start1Label")

        self.session1Row.addWidget(self.start1Label)

        self.start1Edit = QTimeEdit(self.sessionsGroup)
        self.start1Edit.setObjectName(u"start1Edit")

        self.session1Row.addWidget(self.start1Edit)

        self.end1Label = QLabel(self.sessionsGroup)
        self.end1Label.setObjectName(u"end1Label")

        self.session1Row.addWidget(self.end1Label)

        self.end1Edit = QTimeEdit(self.sessionsGroup)
        self.end1Edit.setObjectName(u"end1Edit")

        self.session1Row.addWidget(self.end1Edit)

        self.s1sp = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.session1Row.addItem(self.s1sp)


        self.sessionsLayout.addLayout(self.session1Row)

        self.session2Row = QHBoxLayout()
        self.session2Row.setObjectName(u"session2Row")
        self.session2Check = QCheckBox(self.sessionsGroup)
        self.session2Check.setObjectName(u"session2Check")

        self.session2Row.addWidget(self.session2Check)

        self.start2Label = QLabel(self.sessionsGroup)
        self.start2Label.setObjectName(u"start2Label")

        self.session2Row.addWidget(self.start2Label)

        self.start2Edit = QTimeEdit(self.sessionsGroup)
        self.start2Edit.setObjectName(u"start2Edit")

        self.session2Row.addWidget(self.start2Edit)

        self.end2Label = QLabel(self.sessionsGroup)
        self.end2Label.setObjectName(u"end2Label")

        self.session2Row.addWidget(self.end2Label)

        self.end2Edit = QTimeEdit(self.sessionsGroup)
        self.end2Edit.setObjectName(u"end2Edit")

        self.session2Row.addWidget(self.end2Edit)

        self.s2sp = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.session2Row.addItem(self.s2sp)


        self.sessionsLayout.addLayout(self.session2Row)

        self.session3Row = QHBoxLayout()
        self.session3Row.setObjectName(u"session3Row")
        self.session3Check = QCheckBox(self.sessionsGroup)
        self.session3Check.setObjectName(u"session3Check")

        self.session3Row.addWidget(self.session3Check)

        self.start3Label = QLabel(self.sessionsGroup)
        self.start3Label.setObjectName(u"start3Label")

        self.session3Row.addWidget(self.start3Label)

        self.start3Edit = QTimeEdit(self.sessionsGroup)
        self.start3Edit.setObjectName(u"start3Edit")

        self.session3Row.addWidget(self.start3Edit)

        self.end3Label = QLabel(self.sessionsGroup)
        self.end3Label.setObjectName(u"end3Label")

        self.session3Row.addWidget(self.end3Label)

        self.end3Edit = QTimeEdit(self.sessionsGroup)
        self.end3Edit.setObjectName(u"end3Edit")

        self.session3Row.addWidget(self.end3Edit)

        self.s3sp = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.session3Row.addItem(self.s3sp)


        self.sessionsLayout.addLayout(self.session3Row)

        self.effectiveRow = QHBoxLayout()
        self.effectiveRow.setObjectName(u"effectiveRow")
        self.effectiveLabel = QLabel(self.sessionsGroup)
        self.effectiveLabel.setObjectName(u"effectiveLabel")

        self.effectiveRow.addWidget(self.effectiveLabel)

        self.effectiveEdit = QDateEdit(self.sessionsGroup)
        self.effectiveEdit.setObjectName(u"effectiveEdit")
        self.effectiveEdit.setCalendarPopup(True)

        self.effectiveRow.addWidget(self.effectiveEdit)

        self.effsp = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.effectiveRow.addItem(self.effsp)

        self.saveSessionsButton = QPushButton(self.sessionsGroup)
        self.saveSessionsButton.setObjectName(u"saveSessionsButton")
        self.saveSessionsButton.setAutoDefault(False)

        self.effectiveRow.addWidget(self.saveSessionsButton)


        self.sessionsLayout.addLayout(self.effectiveRow)


        self.mainLayout.addWidget(self.sessionsGroup)

        self.closuresGroup = QGroupBox(ClinicDaySettings)
        self.closuresGroup.setObjectName(u"closuresGroup")
        self.closuresLayout = QVBoxLayout(self.closuresGroup)
        self.closuresLayout.setObjectName(u"closuresLayout")
        self.closuresList = QListWidget(self.closuresGroup)
        self.closuresList.setObjectName(u"closuresList")
        self.closuresList.setMaximumSize(QSize(16777215, 110))

        self.closuresLayout.addWidget(self.closuresList)

        self.closureRow = QHBoxLayout()
        self.closureRow.setObjectName(u"closureRow")
        self.closureDateLabel = QLabel(self.closuresGroup)
        self.closureDateLabel.setObjectName(u"closureDateLabel")

        self.closureRow.addWidget(self.closureDateLabel)

        self.closureDateEdit = QDateEdit(self.closuresGroup)
        self.closureDateEdit.setObjectName(u"closureDateEdit")
        self.closureDateEdit.setCalendarPopup(True)

        self.closureRow.addWidget(self.closureDateEdit)

        self.closureReasonLabel = QLabel(self.closuresGroup)
        self.closureReasonLabel.setObjectName(u"closureReasonLabel")

        self.closureRow.addWidget(self.closureReasonLabel)

        self.closureReasonEdit = QLineEdit(self.closuresGroup)
        self.closureReasonEdit.setObjectName(u"closureReasonEdit")
        self.closureReasonEdit.setMaxLength(200)

        self.closureRow.addWidget(self.closureReasonEdit)

        self.addClosureButton = QPushButton(self.closuresGroup)
        self.addClosureButton.setObjectName(u"addClosureButton")
        self.addClosureButton.setAutoDefault(False)

        self.closureRow.addWidget(self.addClosureButton)

        self.removeClosureButton = QPushButton(self.closuresGroup)
        self.removeClosureButton.setObjectName(u"removeClosureButton")
        self.removeClosureButton.setAutoDefault(False)

        self.closureRow.addWidget(self.removeClosureButton)


        self.closuresLayout.addLayout(self.closureRow)


        self.mainLayout.addWidget(self.closuresGroup)

        self.thresholdsGroup = QGroupBox(ClinicDaySettings)
        self.thresholdsGroup.setObjectName(u"thresholdsGroup")
        self.thresholdsLayout = QVBoxLayout(self.thresholdsGroup)
        self.thresholdsLayout.setObjectName(u"thresholdsLayout")
        self.thresholdsForm = QFormLayout()
        self.thresholdsForm.setObjectName(u"thresholdsForm")
        self.noteLabel = QLabel(self.thresholdsGroup)
        self.noteLabel.setObjectName(u"noteLabel")

        self.thresholdsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteSpin = QSpinBox(self.thresholdsGroup)
        self.noteSpin.setObjectName(u"noteSpin")
        self.noteSpin.setMinimum(1)
        self.noteSpin.setMaximum(7)

        self.thresholdsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.noteSpin)

        self.warningLabel = QLabel(self.thresholdsGroup)
        self.warningLabel.setObjectName(u"warningLabel")

        self.thresholdsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.warningLabel)

        self.warningSpin = QSpinBox(self.thresholdsGroup)
        self.warningSpin.setObjectName(u"warningSpin")
        self.warningSpin.setMinimum(1)
        self.warningSpin.setMaximum(7)

        self.thresholdsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.warningSpin)

        self.holdLabel = QLabel(self.thresholdsGroup)
        self.holdLabel.setObjectName(u"holdLabel")

        self.thresholdsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.holdLabel)

        self.holdSpin = QSpinBox(self.thresholdsGroup)
        self.holdSpin.setObjectName(u"holdSpin")
        self.holdSpin.setMinimum(2)
        self.holdSpin.setMaximum(14)

        self.thresholdsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.holdSpin)

        self.sedationLabel = QLabel(self.thresholdsGroup)
        self.sedationLabel.setObjectName(u"sedationLabel")

        self.thresholdsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sedationLabel)

        self.sedationSpin = QSpinBox(self.thresholdsGroup)
        self.sedationSpin.setObjectName(u"sedationSpin")
        self.sedationSpin.setMinimum(1)
        self.sedationSpin.setMaximum(3)

        self.thresholdsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sedationSpin)

        self.alcoholLabel = QLabel(self.thresholdsGroup)
        self.alcoholLabel.setObjectName(u"alcoholLabel")

        self.thresholdsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.alcoholLabel)

        self.alcoholSpin = QSpinBox(self.thresholdsGroup)
        self.alcoholSpin.setObjectName(u"alcoholSpin")
        self.alcoholSpin.setMinimum(1)
        self.alcoholSpin.setMaximum(250)

        self.thresholdsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.alcoholSpin)

        self.observationLabel = QLabel(self.thresholdsGroup)
        self.observationLabel.setObjectName(u"observationLabel")

        self.thresholdsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.observationLabel)

        self.observationSpin = QSpinBox(self.thresholdsGroup)
        self.observationSpin.setObjectName(u"observationSpin")
        self.observationSpin.setMinimum(5)
        self.observationSpin.setMaximum(120)

        self.thresholdsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.observationSpin)

        self.topUpLabel = QLabel(self.thresholdsGroup)
        self.topUpLabel.setObjectName(u"topUpLabel")

        self.thresholdsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.topUpLabel)

        self.topUpSpin = QSpinBox(self.thresholdsGroup)
        self.topUpSpin.setObjectName(u"topUpSpin")
        self.topUpSpin.setMinimum(5)
        self.topUpSpin.setMaximum(120)

        self.thresholdsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.topUpSpin)

        self.expiryLabel = QLabel(self.thresholdsGroup)
        self.expiryLabel.setObjectName(u"expiryLabel")

        self.thresholdsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.expiryLabel)

        self.expirySpin = QSpinBox(self.thresholdsGroup)
        self.expirySpin.setObjectName(u"expirySpin")
        self.expirySpin.setMinimum(1)
        self.expirySpin.setMaximum(60)

        self.thresholdsForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.expirySpin)

        self.reviewIntervalLabel = QLabel(self.thresholdsGroup)
        self.reviewIntervalLabel.setObjectName(u"reviewIntervalLabel")

        self.thresholdsForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.reviewIntervalLabel)

        self.reviewIntervalSpin = QSpinBox(self.thresholdsGroup)
        self.reviewIntervalSpin.setObjectName(u"reviewIntervalSpin")
        self.reviewIntervalSpin.setMinimum(1)
        self.reviewIntervalSpin.setMaximum(12)

        self.thresholdsForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.reviewIntervalSpin)

        self.witnessPinCheck = QCheckBox(self.thresholdsGroup)
        self.witnessPinCheck.setObjectName(u"witnessPinCheck")

        self.thresholdsForm.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.witnessPinCheck)

        self.releaseSoundCheck = QCheckBox(self.thresholdsGroup)
        self.releaseSoundCheck.setObjectName(u"releaseSoundCheck")

        self.thresholdsForm.setWidget(10, QFormLayout.ItemRole.SpanningRole, self.releaseSoundCheck)

        self.releaseSpo2Label = QLabel(self.thresholdsGroup)
        self.releaseSpo2Label.setObjectName(u"releaseSpo2Label")

        self.thresholdsForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.releaseSpo2Label)

        self.releaseSpo2Spin = QSpinBox(self.thresholdsGroup)
        self.releaseSpo2Spin.setObjectName(u"releaseSpo2Spin")
        self.releaseSpo2Spin.setMinimum(85)
        self.releaseSpo2Spin.setMaximum(99)

        self.thresholdsForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.releaseSpo2Spin)

        self.releaseRateLabel = QLabel(self.thresholdsGroup)
        self.releaseRateLabel.setObjectName(u"releaseRateLabel")

        self.thresholdsForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.releaseRateLabel)

        self.releaseRateSpin = QSpinBox(self.thresholdsGroup)
        self.releaseRateSpin.setObjectName(u"releaseRateSpin")
        self.releaseRateSpin.setMinimum(4)
        self.releaseRateSpin.setMaximum(20)

        self.thresholdsForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.releaseRateSpin)

        self.releaseSedationLabel = QLabel(self.thresholdsGroup)
        self.releaseSedationLabel.setObjectName(u"releaseSedationLabel")

        self.thresholdsForm.setWidget(13, QFormLayout.ItemRole.LabelRole, self.releaseSedationLabel)

        self.releaseSedationSpin = QSpinBox(self.thresholdsGroup)
        self.releaseSedationSpin.setObjectName(u"releaseSedationSpin")
        self.releaseSedationSpin.setMinimum(1)
        self.releaseSedationSpin.setMaximum(3)

        self.thresholdsForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.releaseSedationSpin)


        self.thresholdsLayout.addLayout(self.thresholdsForm)

        self.thrButtons = QHBoxLayout()
        self.thrButtons.setObjectName(u"thrButtons")
        self.thsp = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.thrButtons.addItem(self.thsp)

        self.saveThresholdsButton = QPushButton(self.thresholdsGroup)
        self.saveThresholdsButton.setObjectName(u"saveThresholdsButton")
        self.saveThresholdsButton.setAutoDefault(False)

        self.thrButtons.addWidget(self.saveThresholdsButton)


        self.thresholdsLayout.addLayout(self.thrButtons)


        self.mainLayout.addWidget(self.thresholdsGroup)

        self.ceilingsGroup = QGroupBox(ClinicDaySettings)
        self.ceilingsGroup.setObjectName(u"ceilingsGroup")
        self.ceilingsLayout = QVBoxLayout(self.ceilingsGroup)
        self.ceilingsLayout.setObjectName(u"ceilingsLayout")
        self.ceilingsLabel = QLabel(self.ceilingsGroup)
        self.ceilingsLabel.setObjectName(u"ceilingsLabel")
        self.ceilingsLabel.setWordWrap(True)

        self.ceilingsLayout.addWidget(self.ceilingsLabel)

        self.ceilingsTable = QTableWidget(self.ceilingsGroup)
        self.ceilingsTable.setObjectName(u"ceilingsTable")
        self.ceilingsTable.setMinimumSize(QSize(0, 110))
        self.ceilingsTable.setMaximumSize(QSize(16777215, 160))

        self.ceilingsLayout.addWidget(self.ceilingsTable)

        self.sitesLabel = QLabel(self.ceilingsGroup)
        self.sitesLabel.setObjectName(u"sitesLabel")
        self.sitesLabel.setWordWrap(True)

        self.ceilingsLayout.addWidget(self.sitesLabel)

        self.sitesEdit = QPlainTextEdit(self.ceilingsGroup)
        self.sitesEdit.setObjectName(u"sitesEdit")
        self.sitesEdit.setTabChangesFocus(True)
        self.sitesEdit.setMaximumSize(QSize(16777215, 110))

        self.ceilingsLayout.addWidget(self.sitesEdit)

        self.ceilingsButtons = QHBoxLayout()
        self.ceilingsButtons.setObjectName(u"ceilingsButtons")
        self.addCeilingButton = QPushButton(self.ceilingsGroup)
        self.addCeilingButton.setObjectName(u"addCeilingButton")
        self.addCeilingButton.setAutoDefault(False)

        self.ceilingsButtons.addWidget(self.addCeilingButton)

        self.ceilingsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ceilingsButtons.addItem(self.ceilingsSpacer)

        self.saveCeilingsButton = QPushButton(self.ceilingsGroup)
        self.saveCeilingsButton.setObjectName(u"saveCeilingsButton")
        self.saveCeilingsButton.setAutoDefault(False)

        self.ceilingsButtons.addWidget(self.saveCeilingsButton)


        self.ceilingsLayout.addLayout(self.ceilingsButtons)


        self.mainLayout.addWidget(self.ceilingsGroup)

        self.errorLabel = QLabel(ClinicDaySettings)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.closeRow = QHBoxLayout()
        self.closeRow.setObjectName(u"closeRow")
        self.csp = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.closeRow.addItem(self.csp)

        self.closeButton = QPushButton(ClinicDaySettings)
        self.closeButton.setObjectName(u"closeButton")

        self.closeRow.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.closeRow)

#if QT_CONFIG(shortcut)
        self.start1Label.setBuddy(self.start1Edit)
        self.end1Label.setBuddy(self.end1Edit)
        self.start2Label.setBuddy(self.start2Edit)
        self.end2Label.setBuddy(self.end2Edit)
        self.start3Label.setBuddy(self.start3Edit)
        self.end3Label.setBuddy(self.end3Edit)
        self.effectiveLabel.setBuddy(self.effectiveEdit)
        self.closureDateLabel.setBuddy(self.closureDateEdit)
        self.closureReasonLabel.setBuddy(self.closureReasonEdit)
        self.noteLabel.setBuddy(self.noteSpin)
        self.warningLabel.setBuddy(self.warningSpin)
        self.holdLabel.setBuddy(self.holdSpin)
        self.sedationLabel.setBuddy(self.sedationSpin)
        self.alcoholLabel.setBuddy(self.alcoholSpin)
        self.observationLabel.setBuddy(self.observationSpin)
        self.topUpLabel.setBuddy(self.topUpSpin)
        self.expiryLabel.setBuddy(self.expirySpin)
        self.reviewIntervalLabel.setBuddy(self.reviewIntervalSpin)
        self.releaseSpo2Label.setBuddy(self.releaseSpo2Spin)
        self.releaseRateLabel.setBuddy(self.releaseRateSpin)
        self.releaseSedationLabel.setBuddy(self.releaseSedationSpin)
        self.ceilingsLabel.setBuddy(self.ceilingsTable)
        self.sitesLabel.setBuddy(self.sitesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.session1Check, self.start1Edit)
        QWidget.setTabOrder(self.start1Edit, self.end1Edit)
        QWidget.setTabOrder(self.end1Edit, self.session2Check)
        QWidget.setTabOrder(self.session2Check, self.start2Edit)
        QWidget.setTabOrder(self.start2Edit, self.end2Edit)
        QWidget.setTabOrder(self.end2Edit, self.session3Check)
        QWidget.setTabOrder(self.session3Check, self.start3Edit)
        QWidget.setTabOrder(self.start3Edit, self.end3Edit)
        QWidget.setTabOrder(self.end3Edit, self.effectiveEdit)
        QWidget.setTabOrder(self.effectiveEdit, self.saveSessionsButton)
        QWidget.setTabOrder(self.saveSessionsButton, self.closuresList)
        QWidget.setTabOrder(self.closuresList, self.closureDateEdit)
        QWidget.setTabOrder(self.closureDateEdit, self.closureReasonEdit)
        QWidget.setTabOrder(self.closureReasonEdit, self.addClosureButton)
        QWidget.setTabOrder(self.addClosureButton, self.removeClosureButton)
        QWidget.setTabOrder(self.removeClosureButton, self.noteSpin)
        QWidget.setTabOrder(self.noteSpin, self.warningSpin)
        QWidget.setTabOrder(self.warningSpin, self.holdSpin)
        QWidget.setTabOrder(self.holdSpin, self.sedationSpin)
        QWidget.setTabOrder(self.sedationSpin, self.alcoholSpin)
        QWidget.setTabOrder(self.alcoholSpin, self.observationSpin)
        QWidget.setTabOrder(self.observationSpin, self.topUpSpin)
        QWidget.setTabOrder(self.topUpSpin, self.expirySpin)
        QWidget.setTabOrder(self.expirySpin, self.reviewIntervalSpin)
        QWidget.setTabOrder(self.reviewIntervalSpin, self.witnessPinCheck)
        QWidget.setTabOrder(self.witnessPinCheck, self.releaseSoundCheck)
        QWidget.setTabOrder(self.releaseSoundCheck, self.releaseSpo2Spin)
        QWidget.setTabOrder(self.releaseSpo2Spin, self.releaseRateSpin)
        QWidget.setTabOrder(self.releaseRateSpin, self.releaseSedationSpin)
        QWidget.setTabOrder(self.releaseSedationSpin, self.saveThresholdsButton)
        QWidget.setTabOrder(self.saveThresholdsButton, self.ceilingsTable)
        QWidget.setTabOrder(self.ceilingsTable, self.sitesEdit)
        QWidget.setTabOrder(self.sitesEdit, self.addCeilingButton)
        QWidget.setTabOrder(self.addCeilingButton, self.saveCeilingsButton)
        QWidget.setTabOrder(self.saveCeilingsButton, self.closeButton)

        self.retranslateUi(ClinicDaySettings)

        self.closeButton.setDefault(True)


        QMetaObject.connectSlotsByName(ClinicDaySettings)
    # setupUi

    def retranslateUi(self, ClinicDaySettings: QDialog) -> None:
        ClinicDaySettings.setWindowTitle(QCoreApplication.translate("ClinicDaySettings", u"Sessions, closures and thresholds", None))
        self.sessionsGroup.setTitle(QCoreApplication.translate("ClinicDaySettings", u"Session windows (clinic time)", None))
        self.sessionsNowLabel.setText("")
        self.session1Check.setText(QCoreApplication.translate("ClinicDaySettings", u"Session &1", None))
        self.start1Label.setText(QCoreApplication.translate("ClinicDaySettings", u"from", None))
#if QT_CONFIG(accessibility)
        self.start1Edit.setAccessibleName(QCoreApplication.translate("ClinicDaySettings", u"Session 1 start", None))
#endif // QT_CONFIG(accessibility)
        self.start1Edit.setDisplayFormat(QCoreApplication.translate("ClinicDaySettings", u"HH:mm", None))
        self.end1Label.setText(QCoreApplication.translate("ClinicDaySettings", u"to", None))
#if QT_CONFIG(accessibility)
        self.end1Edit.setAccessibleName(QCoreApplication.translate("ClinicDaySettings", u"Session 1 end", None))
#endif // QT_CONFIG(accessibility)
        self.end1Edit.setDisplayFormat(QCoreApplication.translate("ClinicDaySettings", u"HH:mm", None))
        self.session2Check.setText(QCoreApplication.translate("ClinicDaySettings", u"Session &2", None))
        self.start2Label.setText(QCoreApplication.translate("ClinicDaySettings", u"from", None))
#if QT_CONFIG(accessibility)
        self.start2Edit.setAccessibleName(QCoreApplication.translate("ClinicDaySettings", u"Session 2 start", None))
#endif // QT_CONFIG(accessibility)
        self.start2Edit.setDisplayFormat(QCoreApplication.translate("ClinicDaySettings", u"HH:mm", None))
        self.end2Label.setText(QCoreApplication.translate("ClinicDaySettings", u"to", None))
#if QT_CONFIG(accessibility)
        self.end2Edit.setAccessibleName(QCoreApplication.translate("ClinicDaySettings", u"Session 2 end", None))
#endif // QT_CONFIG(accessibility)
        self.end2Edit.setDisplayFormat(QCoreApplication.translate("ClinicDaySettings", u"HH:mm", None))
        self.session3Check.setText(QCoreApplication.translate("ClinicDaySettings", u"Session &3", None))
        self.start3Label.setText(QCoreApplication.translate("ClinicDaySettings", u"from", None))
#if QT_CONFIG(accessibility)
        self.start3Edit.setAccessibleName(QCoreApplication.translate("ClinicDaySettings", u"Session 3 start", None))
#endif // QT_CONFIG(accessibility)
        self.start3Edit.setDisplayFormat(QCoreApplication.translate("ClinicDaySettings", u"HH:mm", None))
        self.end3Label.setText(QCoreApplication.translate("ClinicDaySettings", u"to", None))
#if QT_CONFIG(accessibility)
        self.end3Edit.setAccessibleName(QCoreApplication.translate("ClinicDaySettings", u"Session 3 end", None))
#endif // QT_CONFIG(accessibility)
        self.end3Edit.setDisplayFormat(QCoreApplication.translate("ClinicDaySettings", u"HH:mm", None))
        self.effectiveLabel.setText(QCoreApplication.translate("ClinicDaySettings", u"Start using these times &on", None))
#if QT_CONFIG(accessibility)
        self.effectiveEdit.setAccessibleName(QCoreApplication.translate("ClinicDaySettings", u"Date the new session times start", None))
#endif // QT_CONFIG(accessibility)
        self.effectiveEdit.setDisplayFormat(QCoreApplication.translate("ClinicDaySettings", u"dd/MM/yyyy", None))
        self.saveSessionsButton.setText(QCoreApplication.translate("ClinicDaySettings", u"Save session &times", None))
        self.closuresGroup.setTitle(QCoreApplication.translate("ClinicDaySettings", u"Closure days (no sessions, not counted as missed)", None))
#if QT_CONFIG(accessibility)
        self.closuresList.setAccessibleName(QCoreApplication.translate("ClinicDaySettings", u"Closure days", None))
#endif // QT_CONFIG(accessibility)
        self.closureDateLabel.setText(QCoreApplication.translate("ClinicDaySettings", u"&Date", None))
#if QT_CONFIG(accessibility)
        self.closureDateEdit.setAccessibleName(QCoreApplication.translate("ClinicDaySettings", u"Closure date", None))
#endif // QT_CONFIG(accessibility)
        self.closureDateEdit.setDisplayFormat(QCoreApplication.translate("ClinicDaySettings", u"dd/MM/yyyy", None))
        self.closureReasonLabel.setText(QCoreApplication.translate("ClinicDaySettings", u"&Reason", None))
#if QT_CONFIG(accessibility)
        self.closureReasonEdit.setAccessibleName(QCoreApplication.translate("ClinicDaySettings", u"Closure reason", None))
#endif // QT_CONFIG(accessibility)
        self.addClosureButton.setText(QCoreApplication.translate("ClinicDaySettings", u"&Add closure", None))
        self.removeClosureButton.setText(QCoreApplication.translate("ClinicDaySettings", u"Re&move selected", None))
        self.thresholdsGroup.setTitle(QCoreApplication.translate("ClinicDaySettings", u"Missed doses, assessment and observation", None))
        self.noteLabel.setText(QCoreApplication.translate("ClinicDaySettings", u"&Note at check-in after", None))
#if QT_CONFIG(accessibility)
        self.noteSpin.setAccessibleName(QCoreApplication.translate("ClinicDaySettings", u"Days without a dose before the note", None))
#endif // QT_CONFIG(accessibility)
        self.noteSpin.setSuffix(QCoreApplication.translate("ClinicDaySettings", u" day(s) without a dose", None))
        self.warningLabel.setText(QCoreApplication.translate("ClinicDaySettings", u"&Warning (check tolerance) after", None))
#if QT_CONFIG(accessibility)
        self.warningSpin.setAccessibleName(QCoreApplication.translate("ClinicDaySettings", u"Days without a dose before the warning", None))
#endif // QT_CONFIG(accessibility)
        self.warningSpin.setSuffix(QCoreApplication.translate("ClinicDaySettings", u" day(s)", None))
        self.holdLabel.setText(QCoreApplication.translate("ClinicDaySettings", u"&Hold (prescriber review) after", None))
#if QT_CONFIG(accessibility)
        self.holdSpin.setAccessibleName(QCoreApplication.translate("ClinicDaySettings", u"Days without a dose before the hold", None))
#endif // QT_CONFIG(accessibility)
        self.holdSpin.setSuffix(QCoreApplication.translate("ClinicDaySettings", u" day(s)", None))
        self.sedationLabel.setText(QCoreApplication.translate("ClinicDaySettings", u"W&ithhold at sedation score of at least", None))
#if QT_CONFIG(accessibility)
        self.sedationSpin.setAccessibleName(QCoreApplication.translate("ClinicDaySettings", u"Sedation score at which to withhold", None))
#endif // QT_CONFIG(accessibility)
        self.alcoholLabel.setText(QCoreApplication.translate("ClinicDaySettings", u"Withhold at breath alcohol of at &least", None))
#if QT_CONFIG(accessibility)
        self.alcoholSpin.setAccessibleName(QCoreApplication.translate("ClinicDaySettings", u"Breath alcohol at which to withhold", None))
#endif // QT_CONFIG(accessibility)
        self.alcoholSpin.setSuffix(QCoreApplication.translate("ClinicDaySettings", u" \u00b5g/100 ml", None))
        self.observationLabel.setText(QCoreApplication.translate("ClinicDaySettings", u"&Post-dose observation", None))
#if QT_CONFIG(accessibility)
        self.observationSpin.setAccessibleName(QCoreApplication.translate("ClinicDaySettings", u"Minutes of post-dose observation", None))
#endif // QT_CONFIG(accessibility)
        self.observationSpin.setSuffix(QCoreApplication.translate("ClinicDaySettings", u" minutes", None))
        self.topUpLabel.setText(QCoreApplication.translate("ClinicDaySettings", u"Top-up a&fter at least", None))
#if QT_CONFIG(accessibility)
        self.topUpSpin.setAccessibleName(QCoreApplication.translate("ClinicDaySettings", u"Minutes of observation after an injection before a top-up may be given", None))
#endif // QT_CONFIG(accessibility)
        self.topUpSpin.setSuffix(QCoreApplication.translate("ClinicDaySettings", u" minutes of observation", None))
        self.expiryLabel.setText(QCoreApplication.translate("ClinicDaySettings", u"Flag prescriptions &ending within", None))
#if QT_CONFIG(accessibility)
        self.expirySpin.setAccessibleName(QCoreApplication.translate("ClinicDaySettings", u"Days before a prescription ends to flag it", None))
#endif // QT_CONFIG(accessibility)
        self.expirySpin.setSuffix(QCoreApplication.translate("ClinicDaySettings", u" days", None))
        self.reviewIntervalLabel.setText(QCoreApplication.translate("ClinicDaySettings", u"Outcome reviews e&very", None))
#if QT_CONFIG(accessibility)
        self.reviewIntervalSpin.setAccessibleName(QCoreApplication.translate("ClinicDaySettings", u"Months between outcome reviews", None))
#endif // QT_CONFIG(accessibility)
        self.reviewIntervalSpin.setSuffix(QCoreApplication.translate("ClinicDaySettings", u" months", None))
        self.witnessPinCheck.setText(QCoreApplication.translate("ClinicDaySettings", u"Witnesses may sign with their staff &badge and a PIN", None))
#if QT_CONFIG(accessibility)
        self.witnessPinCheck.setAccessibleName(QCoreApplication.translate("ClinicDaySettings", u"Witnesses may sign with their staff badge and a personal PIN", None))
#endif // QT_CONFIG(accessibility)
        self.releaseSoundCheck.setText(QCoreApplication.translate("ClinicDaySettings", u"Sound when a release check falls d&ue", None))
#if QT_CONFIG(accessibility)
        self.releaseSoundCheck.setAccessibleName(QCoreApplication.translate("ClinicDaySettings", u"Sound when a release check falls due", None))
#endif // QT_CONFIG(accessibility)
        self.releaseSpo2Label.setText(QCoreApplication.translate("ClinicDaySettings", u"Release check: SpO2 below", None))
#if QT_CONFIG(accessibility)
        self.releaseSpo2Spin.setAccessibleName(QCoreApplication.translate("ClinicDaySettings", u"Release check: the patient stays in observation with oxygen saturation below this per cent", None))
#endif // QT_CONFIG(accessibility)
        self.releaseSpo2Spin.setSuffix(QCoreApplication.translate("ClinicDaySettings", u" %", None))
        self.releaseRateLabel.setText(QCoreApplication.translate("ClinicDaySettings", u"Release check: breathing below", None))
#if QT_CONFIG(accessibility)
        self.releaseRateSpin.setAccessibleName(QCoreApplication.translate("ClinicDaySettings", u"Release check: the patient stays in observation breathing fewer breaths a minute than this", None))
#endif // QT_CONFIG(accessibility)
        self.releaseRateSpin.setSuffix(QCoreApplication.translate("ClinicDaySettings", u" /min", None))
        self.releaseSedationLabel.setText(QCoreApplication.translate("ClinicDaySettings", u"Release check: sedation score from", None))
#if QT_CONFIG(accessibility)
        self.releaseSedationSpin.setAccessibleName(QCoreApplication.translate("ClinicDaySettings", u"Release check: the patient stays in observation with this sedation score or more", None))
#endif // QT_CONFIG(accessibility)
        self.releaseSedationSpin.setSuffix("")
        self.saveThresholdsButton.setText(QCoreApplication.translate("ClinicDaySettings", u"&Save thresholds", None))
        self.ceilingsGroup.setTitle(QCoreApplication.translate("ClinicDaySettings", u"Dose ceilings and injection sites", None))
        self.ceilingsLabel.setText(QCoreApplication.translate("ClinicDaySettings", u"Dose ceilin&gs per drug (mg; blank: no ceiling). A prescription above them is refused, naming the ceiling; so is a dose.", None))
#if QT_CONFIG(accessibility)
        self.ceilingsTable.setAccessibleName(QCoreApplication.translate("ClinicDaySettings", u"Dose ceilings: drug, most per injection, most per day", None))
#endif // QT_CONFIG(accessibility)
        self.sitesLabel.setText(QCoreApplication.translate("ClinicDaySettings", u"In&jection sites, one a line (a site with \"groin\" in its name needs the prescriber's permission)", None))
#if QT_CONFIG(accessibility)
        self.sitesEdit.setAccessibleName(QCoreApplication.translate("ClinicDaySettings", u"Injection sites, one a line", None))
#endif // QT_CONFIG(accessibility)
        self.addCeilingButton.setText(QCoreApplication.translate("ClinicDaySettings", u"Add a drug", None))
        self.saveCeilingsButton.setText(QCoreApplication.translate("ClinicDaySettings", u"&Keep these ceilings and sites", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("ClinicDaySettings", u"Error message", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("ClinicDaySettings", u"&Close", None))
    # retranslateUi
