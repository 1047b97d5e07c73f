# Generated from ui/patient_detail.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QFormLayout, QHBoxLayout, QLabel, QListView, QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QTableView, QVBoxLayout, QWidget

class Ui_PatientDetail(object):
    def setupUi(self, PatientDetail: QWidget) -> None:
        if not PatientDetail.objectName():
            PatientDetail.setObjectName(u"PatientDetail")
        PatientDetail.resize(1000, 720)
        self.detailLayout = QVBoxLayout(PatientDetail)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.backButton = QPushButton(PatientDetail)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setAutoDefault(False)

        self.headerLayout.addWidget(self.backButton)

        self.patientName = QLabel(PatientDetail)
        self.patientName.setObjectName(u"patientName")
        self.patientName.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.addWidget(self.patientName)

        self.statusChip = QLabel(PatientDetail)
        self.statusChip.setObjectName(u"statusChip")

        self.headerLayout.addWidget(self.statusChip)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.printCardButton = QPushButton(PatientDetail)
        self.printCardButton.setObjectName(u"printCardButton")
        self.printCardButton.setAutoDefault(False)

        self.headerLayout.addWidget(self.printCardButton)


        self.detailLayout.addLayout(self.headerLayout)

        self.flagLayout = QHBoxLayout()
        self.flagLayout.setObjectName(u"flagLayout")
        self.flagLabel = QLabel(PatientDetail)
        self.flagLabel.setObjectName(u"flagLabel")
        self.flagLabel.setVisible(False)
        self.flagLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.flagLabel.sizePolicy().hasHeightForWidth())
        self.flagLabel.setSizePolicy(sizePolicy)

        self.flagLayout.addWidget(self.flagLabel)

        self.reviewHoldButton = QPushButton(PatientDetail)
        self.reviewHoldButton.setObjectName(u"reviewHoldButton")
        self.reviewHoldButton.setVisible(False)
        self.reviewHoldButton.setAutoDefault(False)

        self.flagLayout.addWidget(self.reviewHoldButton)


        self.detailLayout.addLayout(self.flagLayout)

        self.errorLabel = QLabel(PatientDetail)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.errorLabel)

        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.photoLayout = QVBoxLayout()
        self.photoLayout.setObjectName(u"photoLayout")
        self.photoLabel = QLabel(PatientDetail)
        self.photoLabel.setObjectName(u"photoLabel")
        self.photoLabel.setMinimumSize(QSize(150, 190))
        self.photoLabel.setMaximumSize(QSize(150, 190))
        self.photoLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photoLabel.setWordWrap(True)

        self.photoLayout.addWidget(self.photoLabel)

        self.importPhotoButton = QPushButton(PatientDetail)
        self.importPhotoButton.setObjectName(u"importPhotoButton")
        self.importPhotoButton.setMaximumSize(QSize(150, 16777215))
        self.importPhotoButton.setAutoDefault(False)

        self.photoLayout.addWidget(self.importPhotoButton)

        self.photoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.photoLayout.addItem(self.photoSpacer)


        self.topLayout.addLayout(self.photoLayout)

        self.detailsForm = QFormLayout()
        self.detailsForm.setObjectName(u"detailsForm")
        self.numberCaption = QLabel(PatientDetail)
        self.numberCaption.setObjectName(u"numberCaption")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberCaption)

        self.numberValue = QLabel(PatientDetail)
        self.numberValue.setObjectName(u"numberValue")
        self.numberValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.numberValue)

        self.birthCaption = QLabel(PatientDetail)
        self.birthCaption.setObjectName(u"birthCaption")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.birthCaption)

        self.birthValue = QLabel(PatientDetail)
        self.birthValue.setObjectName(u"birthValue")
        self.birthValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.birthValue)

        self.addressCaption = QLabel(PatientDetail)
        self.addressCaption.setObjectName(u"addressCaption")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressCaption)

        self.addressValue = QLabel(PatientDetail)
        self.addressValue.setObjectName(u"addressValue")
        self.addressValue.setWordWrap(True)
        self.addressValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addressValue)

        self.nhsCaption = QLabel(PatientDetail)
        self.nhsCaption.setObjectName(u"nhsCaption")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.nhsCaption)

        self.nhsValue = QLabel(PatientDetail)
        self.nhsValue.setObjectName(u"nhsValue")
        self.nhsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nhsValue)

        self.alertsCaption = QLabel(PatientDetail)
        self.alertsCaption.setObjectName(u"alertsCaption")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.alertsCaption)

        self.alertsValue = QLabel(PatientDetail)
        self.alertsValue.setObjectName(u"alertsValue")
        self.alertsValue.setWordWrap(True)
        self.alertsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.alertsValue)

        self.prescriptionCaption = QLabel(PatientDetail)
        self.prescriptionCaption.setObjectName(u"prescriptionCaption")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.prescriptionCaption)

        self.prescriptionValue = QLabel(PatientDetail)
        self.prescriptionValue.setObjectName(u"prescriptionValue")
        self.prescriptionValue.setWordWrap(True)
        self.prescriptionValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.prescriptionValue)

        self.titrationCaption = QLabel(PatientDetail)
        self.titrationCaption.setObjectName(u"titrationCaption")

        self.detailsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.titrationCaption)

        self.titrationValue = QLabel(PatientDetail)
        self.titrationValue.setObjectName(u"titrationValue")
        self.titrationValue.setWordWrap(True)
        self.titrationValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.titrationValue)

        self.absencesCaption = QLabel(PatientDetail)
        self.absencesCaption.setObjectName(u"absencesCaption")

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.absencesCaption)

        self.absencesValue = QLabel(PatientDetail)
        self.absencesValue.setObjectName(u"absencesValue")
        self.absencesValue.setWordWrap(True)
        self.absencesValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.absencesValue)


        self.topLayout.addLayout(self.detailsForm)

        self.actionsLayout = QVBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.editButton = QPushButton(PatientDetail)
        self.editButton.setObjectName(u"editButton")
        self.editButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.editButton)

        self.suspendButton = QPushButton(PatientDetail)
        self.suspendButton.setObjectName(u"suspendButton")
        self.suspendButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.suspendButton)

        self.dischargeButton = QPushButton(PatientDetail)
        self.dischargeButton.setObjectName(u"dischargeButton")
        self.dischargeButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.dischargeButton)

        self.reactivateButton = QPushButton(PatientDetail)
        self.reactivateButton.setObjectName(u"reactivateButton")
        self.reactivateButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.reactivateButton)

        self.absenceButton = QPushButton(PatientDetail)
        self.absenceButton.setObjectName(u"absenceButton")
        self.absenceButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.absenceButton)

        self.returnButton = QPushButton(PatientDetail)
        self.returnButton.setObjectName(u"returnButton")
        self.returnButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.returnButton)

        self.withdrawAbsenceButton = QPushButton(PatientDetail)
        self.withdrawAbsenceButton.setObjectName(u"withdrawAbsenceButton")
        self.withdrawAbsenceButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.withdrawAbsenceButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.topLayout.addLayout(self.actionsLayout)

        self.topLayout.setStretch(1, 1)

        self.detailLayout.addLayout(self.topLayout)

        self.detailTabs = QTabWidget(PatientDetail)
        self.detailTabs.setObjectName(u"detailTabs")
        self.prescriptionsTab = QWidget()
        self.prescriptionsTab.setObjectName(u"prescriptionsTab")
        self.prescriptionsLayout = QVBoxLayout(self.prescriptionsTab)
        self.prescriptionsLayout.setObjectName(u"prescriptionsLayout")
        self.prescriptionsLayout.setContentsMargins(11, 11, 11, 11)
        self.prescribeLayout = QHBoxLayout()
        self.prescribeLayout.setObjectName(u"prescribeLayout")
        self.prescribeButton = QPushButton(self.prescriptionsTab)
        self.prescribeButton.setObjectName(u"prescribeButton")
        self.prescribeButton.setAutoDefault(False)

        self.prescribeLayout.addWidget(self.prescribeButton)

        self.titrationButton = QPushButton(self.prescriptionsTab)
        self.titrationButton.setObjectName(u"titrationButton")
        self.titrationButton.setAutoDefault(False)

        self.prescribeLayout.addWidget(self.titrationButton)

        self.prescribeNote = QLabel(self.prescriptionsTab)
        self.prescribeNote.setObjectName(u"prescribeNote")
        self.prescribeNote.setWordWrap(True)

        self.prescribeLayout.addWidget(self.prescribeNote)

        self.prescribeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.prescribeLayout.addItem(self.prescribeSpacer)


        self.prescriptionsLayout.addLayout(self.prescribeLayout)

        self.versionsTable = QTableView(self.prescriptionsTab)
        self.versionsTable.setObjectName(u"versionsTable")
        self.versionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.versionsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.versionsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.versionsTable.setWordWrap(True)

        self.prescriptionsLayout.addWidget(self.versionsTable)

        self.versionDetail = QLabel(self.prescriptionsTab)
        self.versionDetail.setObjectName(u"versionDetail")
        self.versionDetail.setWordWrap(True)
        self.versionDetail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.prescriptionsLayout.addWidget(self.versionDetail)

        self.detailTabs.addTab(self.prescriptionsTab, "")
        self.attendanceTab = QWidget()
        self.attendanceTab.setObjectName(u"attendanceTab")
        self.attendanceLayout = QVBoxLayout(self.attendanceTab)
        self.attendanceLayout.setObjectName(u"attendanceLayout")
        self.attendanceLayout.setContentsMargins(11, 11, 11, 11)
        self.gridTable = QTableView(self.attendanceTab)
        self.gridTable.setObjectName(u"gridTable")
        self.gridTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.gridTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.gridTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.gridTable.setShowGrid(False)
        self.gridTable.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

        self.attendanceLayout.addWidget(self.gridTable)

        self.legendLayout = QHBoxLayout()
        self.legendLayout.setObjectName(u"legendLayout")

        self.attendanceLayout.addLayout(self.legendLayout)

        self.detailTabs.addTab(self.attendanceTab, "")
        self.eventsTab = QWidget()
        self.eventsTab.setObjectName(u"eventsTab")
        self.eventsLayout = QVBoxLayout(self.eventsTab)
        self.eventsLayout.setObjectName(u"eventsLayout")
        self.eventsLayout.setContentsMargins(11, 11, 11, 11)
        self.eventButtonsLayout = QHBoxLayout()
        self.eventButtonsLayout.setObjectName(u"eventButtonsLayout")
        self.recordEventButton = QPushButton(self.eventsTab)
        self.recordEventButton.setObjectName(u"recordEventButton")
        self.recordEventButton.setAutoDefault(False)

        self.eventButtonsLayout.addWidget(self.recordEventButton)

        self.eventNoteButton = QPushButton(self.eventsTab)
        self.eventNoteButton.setObjectName(u"eventNoteButton")
        self.eventNoteButton.setAutoDefault(False)

        self.eventButtonsLayout.addWidget(self.eventNoteButton)

        self.eventButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.eventButtonsLayout.addItem(self.eventButtonsSpacer)


        self.eventsLayout.addLayout(self.eventButtonsLayout)

        self.eventsList = QListView(self.eventsTab)
        self.eventsList.setObjectName(u"eventsList")
        self.eventsList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.eventsList.setWordWrap(True)
        self.eventsList.setAlternatingRowColors(True)

        self.eventsLayout.addWidget(self.eventsList)

        self.detailTabs.addTab(self.eventsTab, "")

        self.detailLayout.addWidget(self.detailTabs)

        self.detailLayout.setStretch(4, 1)
        QWidget.setTabOrder(self.backButton, self.printCardButton)
        QWidget.setTabOrder(self.printCardButton, self.reviewHoldButton)
        QWidget.setTabOrder(self.reviewHoldButton, self.importPhotoButton)
        QWidget.setTabOrder(self.importPhotoButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.suspendButton)
        QWidget.setTabOrder(self.suspendButton, self.dischargeButton)
        QWidget.setTabOrder(self.dischargeButton, self.reactivateButton)
        QWidget.setTabOrder(self.reactivateButton, self.absenceButton)
        QWidget.setTabOrder(self.absenceButton, self.returnButton)
        QWidget.setTabOrder(self.returnButton, self.withdrawAbsenceButton)
        QWidget.setTabOrder(self.withdrawAbsenceButton, self.detailTabs)
        QWidget.setTabOrder(self.detailTabs, self.prescribeButton)
        QWidget.setTabOrder(self.prescribeButton, self.titrationButton)
        QWidget.setTabOrder(self.titrationButton, self.versionsTable)
        QWidget.setTabOrder(self.versionsTable, self.gridTable)
        QWidget.setTabOrder(self.gridTable, self.recordEventButton)
        QWidget.setTabOrder(self.recordEventButton, self.eventNoteButton)
        QWidget.setTabOrder(self.eventNoteButton, self.eventsList)

        self.retranslateUi(PatientDetail)

        self.detailTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(PatientDetail)
    # setupUi

    def retranslateUi(self, PatientDetail: QWidget) -> None:
        PatientDetail.setWindowTitle(QCoreApplication.translate("PatientDetail", u"Patient", None))
        self.backButton.setText(QCoreApplication.translate("PatientDetail", u"\u2190 &Back to the list", None))
#if QT_CONFIG(tooltip)
        self.backButton.setToolTip(QCoreApplication.translate("PatientDetail", u"Back to the patient list (Esc)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.patientName.setAccessibleName(QCoreApplication.translate("PatientDetail", u"Patient", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusChip.setAccessibleName(QCoreApplication.translate("PatientDetail", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.printCardButton.setText(QCoreApplication.translate("PatientDetail", u"&Print patient card\u2026", None))
#if QT_CONFIG(tooltip)
        self.printCardButton.setToolTip(QCoreApplication.translate("PatientDetail", u"The card with photo, name, clinic number and barcode, as a PDF to print", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.flagLabel.setAccessibleName(QCoreApplication.translate("PatientDetail", u"Missed-dose flag", None))
#endif // QT_CONFIG(accessibility)
        self.reviewHoldButton.setText(QCoreApplication.translate("PatientDetail", u"Re&view hold\u2026", None))
#if QT_CONFIG(tooltip)
        self.reviewHoldButton.setToolTip(QCoreApplication.translate("PatientDetail", u"Record your review: the only way the hold lifts", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("PatientDetail", u"Error message", None))
#endif // QT_CONFIG(accessibility)
        self.importPhotoButton.setText(QCoreApplication.translate("PatientDetail", u"&Import photo\u2026", None))
#if QT_CONFIG(tooltip)
        self.importPhotoButton.setToolTip(QCoreApplication.translate("PatientDetail", u"A JPEG or PNG file: it is scaled and kept encrypted inside the register", None))
#endif // QT_CONFIG(tooltip)
        self.numberCaption.setText(QCoreApplication.translate("PatientDetail", u"Clinic number", None))
#if QT_CONFIG(accessibility)
        self.numberValue.setAccessibleName(QCoreApplication.translate("PatientDetail", u"Clinic number", None))
#endif // QT_CONFIG(accessibility)
        self.birthCaption.setText(QCoreApplication.translate("PatientDetail", u"Date of birth", None))
#if QT_CONFIG(accessibility)
        self.birthValue.setAccessibleName(QCoreApplication.translate("PatientDetail", u"Date of birth", None))
#endif // QT_CONFIG(accessibility)
        self.addressCaption.setText(QCoreApplication.translate("PatientDetail", u"Address", None))
#if QT_CONFIG(accessibility)
        self.addressValue.setAccessibleName(QCoreApplication.translate("PatientDetail", u"Address", None))
#endif // QT_CONFIG(accessibility)
        self.nhsCaption.setText(QCoreApplication.translate("PatientDetail", u"NHS number", None))
#if QT_CONFIG(accessibility)
        self.nhsValue.setAccessibleName(QCoreApplication.translate("PatientDetail", u"NHS number", None))
#endif // QT_CONFIG(accessibility)
        self.alertsCaption.setText(QCoreApplication.translate("PatientDetail", u"Alerts", None))
#if QT_CONFIG(accessibility)
        self.alertsValue.setAccessibleName(QCoreApplication.translate("PatientDetail", u"Alerts", None))
#endif // QT_CONFIG(accessibility)
        self.prescriptionCaption.setText(QCoreApplication.translate("PatientDetail", u"Prescription", None))
#if QT_CONFIG(accessibility)
        self.prescriptionValue.setAccessibleName(QCoreApplication.translate("PatientDetail", u"Current prescription", None))
#endif // QT_CONFIG(accessibility)
        self.titrationCaption.setText(QCoreApplication.translate("PatientDetail", u"Titration", None))
#if QT_CONFIG(accessibility)
        self.titrationValue.setAccessibleName(QCoreApplication.translate("PatientDetail", u"Titration plan in force", None))
#endif // QT_CONFIG(accessibility)
        self.absencesCaption.setText(QCoreApplication.translate("PatientDetail", u"Absences", None))
#if QT_CONFIG(accessibility)
        self.absencesValue.setAccessibleName(QCoreApplication.translate("PatientDetail", u"Absences, newest first", None))
#endif // QT_CONFIG(accessibility)
        self.editButton.setText(QCoreApplication.translate("PatientDetail", u"&Edit details\u2026", None))
        self.suspendButton.setText(QCoreApplication.translate("PatientDetail", u"&Suspend\u2026", None))
        self.dischargeButton.setText(QCoreApplication.translate("PatientDetail", u"&Discharge\u2026", None))
        self.reactivateButton.setText(QCoreApplication.translate("PatientDetail", u"Reac&tivate\u2026", None))
        self.absenceButton.setText(QCoreApplication.translate("PatientDetail", u"Rec&ord an absence\u2026", None))
#if QT_CONFIG(tooltip)
        self.absenceButton.setToolTip(QCoreApplication.translate("PatientDetail", u"Custody, hospital, dosed elsewhere: those days are not missed, and no dose is given during them", None))
#endif // QT_CONFIG(tooltip)
        self.returnButton.setText(QCoreApplication.translate("PatientDetail", u"Record the ret&urn\u2026", None))
#if QT_CONFIG(tooltip)
        self.returnButton.setToolTip(QCoreApplication.translate("PatientDetail", u"The patient is back: the last day of the absence", None))
#endif // QT_CONFIG(tooltip)
        self.withdrawAbsenceButton.setText(QCoreApplication.translate("PatientDetail", u"&Withdraw an absence\u2026", None))
#if QT_CONFIG(tooltip)
        self.withdrawAbsenceButton.setToolTip(QCoreApplication.translate("PatientDetail", u"An absence entered by mistake: kept on record, marked as withdrawn with a witnessed note; its days count as any others", None))
#endif // QT_CONFIG(tooltip)
        self.prescribeButton.setText(QCoreApplication.translate("PatientDetail", u"&New prescription\u2026", None))
        self.titrationButton.setText(QCoreApplication.translate("PatientDetail", u"Titration p&lan\u2026", None))
#if QT_CONFIG(tooltip)
        self.titrationButton.setToolTip(QCoreApplication.translate("PatientDetail", u"Write, change or stop the plan that sets each day's dose up to the prescription's dose", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.versionsTable.setAccessibleName(QCoreApplication.translate("PatientDetail", u"Prescription versions, newest first", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.versionDetail.setAccessibleName(QCoreApplication.translate("PatientDetail", u"The chosen prescription version in full", None))
#endif // QT_CONFIG(accessibility)
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.prescriptionsTab), QCoreApplication.translate("PatientDetail", u"Prescription versions", None))
#if QT_CONFIG(accessibility)
        self.gridTable.setAccessibleName(QCoreApplication.translate("PatientDetail", u"Attendance grid: weeks by day and session", None))
#endif // QT_CONFIG(accessibility)
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.attendanceTab), QCoreApplication.translate("PatientDetail", u"Attendance (last 8 weeks)", None))
        self.recordEventButton.setText(QCoreApplication.translate("PatientDetail", u"Record an event\u2026", None))
#if QT_CONFIG(tooltip)
        self.recordEventButton.setToolTip(QCoreApplication.translate("PatientDetail", u"Record an adverse event (overdose, seizure, fall\u2026), witnessed", None))
#endif // QT_CONFIG(tooltip)
        self.eventNoteButton.setText(QCoreApplication.translate("PatientDetail", u"Add a note to the selected event\u2026", None))
#if QT_CONFIG(tooltip)
        self.eventNoteButton.setToolTip(QCoreApplication.translate("PatientDetail", u"An event is never changed: a correction or an addition is a dated note", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.eventsList.setAccessibleName(QCoreApplication.translate("PatientDetail", u"The patient's adverse events, newest first, with their notes", None))
#endif // QT_CONFIG(accessibility)
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.eventsTab), QCoreApplication.translate("PatientDetail", u"Events", None))
    # retranslateUi
