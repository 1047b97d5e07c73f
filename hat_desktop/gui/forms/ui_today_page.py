# Generated from ui/today_page.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QListView, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_TodayPage(object):
    def setupUi(self, TodayPage: QWidget) -> None:
        if not TodayPage.objectName():
            TodayPage.setObjectName(u"TodayPage")
        TodayPage.resize(1000, 640)
        self.todayLayout = QVBoxLayout(TodayPage)
        self.todayLayout.setObjectName(u"todayLayout")
        self.todayLayout.setContentsMargins(11, 11, 11, 11)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(TodayPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerLayout.addWidget(self.titleLabel)

        self.dayLabel = QLabel(TodayPage)
        self.dayLabel.setObjectName(u"dayLabel")

        self.headerLayout.addWidget(self.dayLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.scanLabel = QLabel(TodayPage)
        self.scanLabel.setObjectName(u"scanLabel")

        self.headerLayout.addWidget(self.scanLabel)

        self.scanEdit = QLineEdit(TodayPage)
        self.scanEdit.setObjectName(u"scanEdit")
        self.scanEdit.setMaxLength(40)
        self.scanEdit.setMinimumSize(QSize(220, 0))
        self.scanEdit.setClearButtonEnabled(True)

        self.headerLayout.addWidget(self.scanEdit)


        self.todayLayout.addLayout(self.headerLayout)

        self.boardAlerts = QLabel(TodayPage)
        self.boardAlerts.setObjectName(u"boardAlerts")
        self.boardAlerts.setVisible(False)
        self.boardAlerts.setWordWrap(True)

        self.todayLayout.addWidget(self.boardAlerts)

        self.reviewsDueLabel = QLabel(TodayPage)
        self.reviewsDueLabel.setObjectName(u"reviewsDueLabel")
        self.reviewsDueLabel.setVisible(False)
        self.reviewsDueLabel.setWordWrap(True)

        self.todayLayout.addWidget(self.reviewsDueLabel)

        self.screensDueLabel = QLabel(TodayPage)
        self.screensDueLabel.setObjectName(u"screensDueLabel")
        self.screensDueLabel.setVisible(False)
        self.screensDueLabel.setWordWrap(True)

        self.todayLayout.addWidget(self.screensDueLabel)

        self.appointmentsLabel = QLabel(TodayPage)
        self.appointmentsLabel.setObjectName(u"appointmentsLabel")
        self.appointmentsLabel.setVisible(False)
        self.appointmentsLabel.setWordWrap(True)

        self.todayLayout.addWidget(self.appointmentsLabel)

        self.errorLabel = QLabel(TodayPage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)

        self.todayLayout.addWidget(self.errorLabel)

        self.sessionLayout = QHBoxLayout()
        self.sessionLayout.setObjectName(u"sessionLayout")
        self.sessionLabel = QLabel(TodayPage)
        self.sessionLabel.setObjectName(u"sessionLabel")

        self.sessionLayout.addWidget(self.sessionLabel)

        self.countsLabel = QLabel(TodayPage)
        self.countsLabel.setObjectName(u"countsLabel")
        self.countsLabel.setTextFormat(Qt.TextFormat.RichText)
        self.countsLabel.setWordWrap(True)

        self.sessionLayout.addWidget(self.countsLabel)

        self.sessionLayout.setStretch(1, 1)

        self.todayLayout.addLayout(self.sessionLayout)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.boardLayout = QVBoxLayout()
        self.boardLayout.setObjectName(u"boardLayout")
        self.boardHeading = QLabel(TodayPage)
        self.boardHeading.setObjectName(u"boardHeading")

        self.boardLayout.addWidget(self.boardHeading)

        self.boardTable = QTableView(TodayPage)
        self.boardTable.setObjectName(u"boardTable")
        self.boardTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.boardTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.boardTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.boardTable.setWordWrap(True)
        self.boardTable.setTabKeyNavigation(False)

        self.boardLayout.addWidget(self.boardTable)


        self.bodyLayout.addLayout(self.boardLayout)

        self.sideLayout = QVBoxLayout()
        self.sideLayout.setObjectName(u"sideLayout")
        self.stillHeading = QLabel(TodayPage)
        self.stillHeading.setObjectName(u"stillHeading")

        self.sideLayout.addWidget(self.stillHeading)

        self.stillList = QListView(TodayPage)
        self.stillList.setObjectName(u"stillList")
        self.stillList.setWordWrap(True)
        self.stillList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stillList.setMaximumSize(QSize(260, 16777215))
        self.stillList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.sideLayout.addWidget(self.stillList)

        self.checkInButton = QPushButton(TodayPage)
        self.checkInButton.setObjectName(u"checkInButton")

        self.sideLayout.addWidget(self.checkInButton)

        self.releaseButton = QPushButton(TodayPage)
        self.releaseButton.setObjectName(u"releaseButton")

        self.sideLayout.addWidget(self.releaseButton)

        self.topUpButton = QPushButton(TodayPage)
        self.topUpButton.setObjectName(u"topUpButton")

        self.sideLayout.addWidget(self.topUpButton)

        self.eventButton = QPushButton(TodayPage)
        self.eventButton.setObjectName(u"eventButton")

        self.sideLayout.addWidget(self.eventButton)

        self.observationHeading = QLabel(TodayPage)
        self.observationHeading.setObjectName(u"observationHeading")
        self.observationHeading.setWordWrap(True)

        self.sideLayout.addWidget(self.observationHeading)

        self.observationTable = QTableView(TodayPage)
        self.observationTable.setObjectName(u"observationTable")
        self.observationTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.observationTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.observationTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.observationTable.setTabKeyNavigation(False)
        self.observationTable.setMaximumSize(QSize(260, 16777215))

        self.sideLayout.addWidget(self.observationTable)

        self.sideLayout.setStretch(1, 1)
        self.sideLayout.setStretch(7, 2)

        self.bodyLayout.addLayout(self.sideLayout)

        self.bodyLayout.setStretch(0, 1)

        self.todayLayout.addLayout(self.bodyLayout)

#if QT_CONFIG(shortcut)
        self.scanLabel.setBuddy(self.scanEdit)
        self.boardHeading.setBuddy(self.boardTable)
        self.stillHeading.setBuddy(self.stillList)
        self.observationHeading.setBuddy(self.observationTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.scanEdit, self.boardTable)
        QWidget.setTabOrder(self.boardTable, self.stillList)
        QWidget.setTabOrder(self.stillList, self.checkInButton)
        QWidget.setTabOrder(self.checkInButton, self.releaseButton)
        QWidget.setTabOrder(self.releaseButton, self.topUpButton)
        QWidget.setTabOrder(self.topUpButton, self.eventButton)
        QWidget.setTabOrder(self.eventButton, self.observationTable)

        self.retranslateUi(TodayPage)

        QMetaObject.connectSlotsByName(TodayPage)
    # setupUi

    def retranslateUi(self, TodayPage: QWidget) -> None:
        TodayPage.setWindowTitle(QCoreApplication.translate("TodayPage", u"Today", None))
        self.titleLabel.setText(QCoreApplication.translate("TodayPage", u"Today", None))
#if QT_CONFIG(accessibility)
        self.dayLabel.setAccessibleName(QCoreApplication.translate("TodayPage", u"Clinic day", None))
#endif // QT_CONFIG(accessibility)
        self.scanLabel.setText(QCoreApplication.translate("TodayPage", u"&Scan card or type clinic number (F2)", None))
#if QT_CONFIG(accessibility)
        self.scanEdit.setAccessibleName(QCoreApplication.translate("TodayPage", u"Scan the patient's card or type their clinic number", None))
#endif // QT_CONFIG(accessibility)
        self.scanEdit.setPlaceholderText(QCoreApplication.translate("TodayPage", u"e.g. HAT-0001, then Enter", None))
#if QT_CONFIG(accessibility)
        self.boardAlerts.setAccessibleName(QCoreApplication.translate("TodayPage", u"Alerts for today", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reviewsDueLabel.setAccessibleName(QCoreApplication.translate("TodayPage", u"Outcome reviews due", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.screensDueLabel.setAccessibleName(QCoreApplication.translate("TodayPage", u"Drug screens due", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.appointmentsLabel.setAccessibleName(QCoreApplication.translate("TodayPage", u"Partner-agency appointments at the clinic today", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("TodayPage", u"Error message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sessionLabel.setAccessibleName(QCoreApplication.translate("TodayPage", u"Current session", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.countsLabel.setAccessibleName(QCoreApplication.translate("TodayPage", u"Patients in each state this session", None))
#endif // QT_CONFIG(accessibility)
        self.boardHeading.setText(QCoreApplication.translate("TodayPage", u"&Board (Enter or double-click: check in)", None))
#if QT_CONFIG(accessibility)
        self.boardTable.setAccessibleName(QCoreApplication.translate("TodayPage", u"Today's board: every patient against today's sessions", None))
#endif // QT_CONFIG(accessibility)
        self.stillHeading.setText(QCoreApplication.translate("TodayPage", u"Still to &attend this session", None))
#if QT_CONFIG(accessibility)
        self.stillList.setAccessibleName(QCoreApplication.translate("TodayPage", u"Patients still to attend this session", None))
#endif // QT_CONFIG(accessibility)
        self.checkInButton.setText(QCoreApplication.translate("TodayPage", u"&Check in selected\u2026", None))
#if QT_CONFIG(accessibility)
        self.checkInButton.setAccessibleName(QCoreApplication.translate("TodayPage", u"Check in the selected patient", None))
#endif // QT_CONFIG(accessibility)
        self.releaseButton.setText(QCoreApplication.translate("TodayPage", u"&Release check\u2026", None))
#if QT_CONFIG(accessibility)
        self.releaseButton.setAccessibleName(QCoreApplication.translate("TodayPage", u"Release check for the selected patient", None))
#endif // QT_CONFIG(accessibility)
        self.topUpButton.setText(QCoreApplication.translate("TodayPage", u"Top-&up\u2026", None))
#if QT_CONFIG(accessibility)
        self.topUpButton.setAccessibleName(QCoreApplication.translate("TodayPage", u"Top-up for the patient selected in observation", None))
#endif // QT_CONFIG(accessibility)
        self.eventButton.setText(QCoreApplication.translate("TodayPage", u"Record an &event\u2026", None))
#if QT_CONFIG(accessibility)
        self.eventButton.setAccessibleName(QCoreApplication.translate("TodayPage", u"Record an adverse event for the selected patient", None))
#endif // QT_CONFIG(accessibility)
        self.observationHeading.setText(QCoreApplication.translate("TodayPage", u"In &observation (release check due first)", None))
#if QT_CONFIG(accessibility)
        self.observationTable.setAccessibleName(QCoreApplication.translate("TodayPage", u"Patients in post-dose observation, the release check due first", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
