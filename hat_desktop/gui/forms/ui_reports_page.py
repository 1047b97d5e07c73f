# Generated from ui/reports_page.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QDateEdit, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_ReportsPage(object):
    def setupUi(self, ReportsPage: QWidget) -> None:
        if not ReportsPage.objectName():
            ReportsPage.setObjectName(u"ReportsPage")
        ReportsPage.resize(860, 520)
        self.reportsLayout = QVBoxLayout(ReportsPage)
        self.reportsLayout.setObjectName(u"reportsLayout")
        self.reportsLayout.setContentsMargins(11, 11, 11, 11)
        self.titleLabel = QLabel(ReportsPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.reportsLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(ReportsPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.reportsLayout.addWidget(self.introLabel)

        self.mainRow = QHBoxLayout()
        self.mainRow.setObjectName(u"mainRow")
        self.reportGroup = QGroupBox(ReportsPage)
        self.reportGroup.setObjectName(u"reportGroup")
        self.reportGroupLayout = QVBoxLayout(self.reportGroup)
        self.reportGroupLayout.setObjectName(u"reportGroupLayout")
        self.reportList = QListWidget(self.reportGroup)
        self.reportList.setObjectName(u"reportList")
        self.reportList.setAlternatingRowColors(True)
        self.reportList.setSpacing(3)
        self.reportList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.reportGroupLayout.addWidget(self.reportList)


        self.mainRow.addWidget(self.reportGroup)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.periodGroup = QGroupBox(ReportsPage)
        self.periodGroup.setObjectName(u"periodGroup")
        self.periodLayout = QVBoxLayout(self.periodGroup)
        self.periodLayout.setObjectName(u"periodLayout")
        self.periodForm = QFormLayout()
        self.periodForm.setObjectName(u"periodForm")
        self.fromLabel = QLabel(self.periodGroup)
        self.fromLabel.setObjectName(u"fromLabel")

        self.periodForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromDateEdit = QDateEdit(self.periodGroup)
        self.fromDateEdit.setObjectName(u"fromDateEdit")
        self.fromDateEdit.setCalendarPopup(True)

        self.periodForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fromDateEdit)

        self.toLabel = QLabel(self.periodGroup)
        self.toLabel.setObjectName(u"toLabel")

        self.periodForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toDateEdit = QDateEdit(self.periodGroup)
        self.toDateEdit.setObjectName(u"toDateEdit")
        self.toDateEdit.setCalendarPopup(True)

        self.periodForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.toDateEdit)


        self.periodLayout.addLayout(self.periodForm)

        self.presetRow = QHBoxLayout()
        self.presetRow.setObjectName(u"presetRow")
        self.thisWeekButton = QPushButton(self.periodGroup)
        self.thisWeekButton.setObjectName(u"thisWeekButton")
        self.thisWeekButton.setAutoDefault(False)

        self.presetRow.addWidget(self.thisWeekButton)

        self.lastWeekButton = QPushButton(self.periodGroup)
        self.lastWeekButton.setObjectName(u"lastWeekButton")
        self.lastWeekButton.setAutoDefault(False)

        self.presetRow.addWidget(self.lastWeekButton)

        self.thisMonthButton = QPushButton(self.periodGroup)
        self.thisMonthButton.setObjectName(u"thisMonthButton")
        self.thisMonthButton.setAutoDefault(False)

        self.presetRow.addWidget(self.thisMonthButton)

        self.lastMonthButton = QPushButton(self.periodGroup)
        self.lastMonthButton.setObjectName(u"lastMonthButton")
        self.lastMonthButton.setAutoDefault(False)

        self.presetRow.addWidget(self.lastMonthButton)


        self.periodLayout.addLayout(self.presetRow)


        self.rightColumn.addWidget(self.periodGroup)

        self.descriptionLabel = QLabel(ReportsPage)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.rightColumn.addWidget(self.descriptionLabel)

        self.errorLabel = QLabel(ReportsPage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)

        self.rightColumn.addWidget(self.errorLabel)

        self.resultLabel = QLabel(ReportsPage)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.rightColumn.addWidget(self.resultLabel)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)

        self.printButton = QPushButton(ReportsPage)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setAutoDefault(False)

        self.actionRow.addWidget(self.printButton)

        self.saveButton = QPushButton(ReportsPage)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.actionRow.addWidget(self.saveButton)


        self.rightColumn.addLayout(self.actionRow)

        self.evaluationGroup = QGroupBox(ReportsPage)
        self.evaluationGroup.setObjectName(u"evaluationGroup")
        self.evaluationLayout = QVBoxLayout(self.evaluationGroup)
        self.evaluationLayout.setObjectName(u"evaluationLayout")
        self.evaluationLabel = QLabel(self.evaluationGroup)
        self.evaluationLabel.setObjectName(u"evaluationLabel")
        self.evaluationLabel.setWordWrap(True)

        self.evaluationLayout.addWidget(self.evaluationLabel)

        self.evaluationRow = QHBoxLayout()
        self.evaluationRow.setObjectName(u"evaluationRow")
        self.evaluationSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.evaluationRow.addItem(self.evaluationSpacer)

        self.dashboardButton = QPushButton(self.evaluationGroup)
        self.dashboardButton.setObjectName(u"dashboardButton")
        self.dashboardButton.setAutoDefault(False)

        self.evaluationRow.addWidget(self.dashboardButton)

        self.linkageButton = QPushButton(self.evaluationGroup)
        self.linkageButton.setObjectName(u"linkageButton")
        self.linkageButton.setAutoDefault(False)

        self.evaluationRow.addWidget(self.linkageButton)

        self.extractButton = QPushButton(self.evaluationGroup)
        self.extractButton.setObjectName(u"extractButton")
        self.extractButton.setAutoDefault(False)

        self.evaluationRow.addWidget(self.extractButton)


        self.evaluationLayout.addLayout(self.evaluationRow)


        self.rightColumn.addWidget(self.evaluationGroup)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightSpacer)


        self.mainRow.addLayout(self.rightColumn)

        self.mainRow.setStretch(0, 2)
        self.mainRow.setStretch(1, 3)

        self.reportsLayout.addLayout(self.mainRow)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromDateEdit)
        self.toLabel.setBuddy(self.toDateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reportList, self.fromDateEdit)
        QWidget.setTabOrder(self.fromDateEdit, self.toDateEdit)
        QWidget.setTabOrder(self.toDateEdit, self.thisWeekButton)
        QWidget.setTabOrder(self.thisWeekButton, self.lastWeekButton)
        QWidget.setTabOrder(self.lastWeekButton, self.thisMonthButton)
        QWidget.setTabOrder(self.thisMonthButton, self.lastMonthButton)
        QWidget.setTabOrder(self.lastMonthButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.dashboardButton)
        QWidget.setTabOrder(self.dashboardButton, self.linkageButton)
        QWidget.setTabOrder(self.linkageButton, self.extractButton)

        self.retranslateUi(ReportsPage)

        QMetaObject.connectSlotsByName(ReportsPage)
    # setupUi

    def retranslateUi(self, ReportsPage: QWidget) -> None:
        ReportsPage.setWindowTitle(QCoreApplication.translate("ReportsPage", u"Reports", None))
        self.titleLabel.setText(QCoreApplication.translate("ReportsPage", u"Reports", None))
        self.introLabel.setText(QCoreApplication.translate("ReportsPage", u"Choose a report and a period, then save it to a file or print it. Every report is worked out from the register as it stands now, and every file saved or printed is recorded in the audit log.", None))
        self.reportGroup.setTitle(QCoreApplication.translate("ReportsPage", u"&Report", None))
#if QT_CONFIG(accessibility)
        self.reportList.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Reports", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reportList.setAccessibleDescription(QCoreApplication.translate("ReportsPage", u"The report to save or print", None))
#endif // QT_CONFIG(accessibility)
        self.periodGroup.setTitle(QCoreApplication.translate("ReportsPage", u"Period", None))
        self.fromLabel.setText(QCoreApplication.translate("ReportsPage", u"Fr&om:", None))
#if QT_CONFIG(accessibility)
        self.fromDateEdit.setAccessibleName(QCoreApplication.translate("ReportsPage", u"First day of the period", None))
#endif // QT_CONFIG(accessibility)
        self.fromDateEdit.setDisplayFormat(QCoreApplication.translate("ReportsPage", u"ddd dd/MM/yyyy", None))
        self.toLabel.setText(QCoreApplication.translate("ReportsPage", u"&Until:", None))
#if QT_CONFIG(accessibility)
        self.toDateEdit.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Last day of the period", None))
#endif // QT_CONFIG(accessibility)
        self.toDateEdit.setDisplayFormat(QCoreApplication.translate("ReportsPage", u"ddd dd/MM/yyyy", None))
        self.thisWeekButton.setText(QCoreApplication.translate("ReportsPage", u"This &week", None))
#if QT_CONFIG(tooltip)
        self.thisWeekButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Monday to Sunday of this week", None))
#endif // QT_CONFIG(tooltip)
        self.lastWeekButton.setText(QCoreApplication.translate("ReportsPage", u"&Last week", None))
#if QT_CONFIG(tooltip)
        self.lastWeekButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Monday to Sunday of last week", None))
#endif // QT_CONFIG(tooltip)
        self.thisMonthButton.setText(QCoreApplication.translate("ReportsPage", u"This &month", None))
#if QT_CONFIG(tooltip)
        self.thisMonthButton.setToolTip(QCoreApplication.translate("ReportsPage", u"The first to the last day of this month", None))
#endif // QT_CONFIG(tooltip)
        self.lastMonthButton.setText(QCoreApplication.translate("ReportsPage", u"Last mo&nth", None))
#if QT_CONFIG(tooltip)
        self.lastMonthButton.setToolTip(QCoreApplication.translate("ReportsPage", u"The first to the last day of last month", None))
#endif // QT_CONFIG(tooltip)
        self.descriptionLabel.setText("")
        self.resultLabel.setText("")
        self.printButton.setText(QCoreApplication.translate("ReportsPage", u"&Print\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Open the report in the PDF viewer to print it (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("ReportsPage", u"&Save as\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Save the report to a file you choose (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.evaluationGroup.setTitle(QCoreApplication.translate("ReportsPage", u"For the independent evaluation", None))
        self.evaluationLabel.setText(QCoreApplication.translate("ReportsPage", u"The evaluation dashboard: retention, attendance, doses, outcomes and costs as charts, and the evaluation report (PDF). Managers: the evaluator's extract for the period above, a folder of CSV files and a data dictionary, every patient under a pseudonym, no names, addresses, NHS numbers, dates of birth or notes. The linkage file (pseudonym, clinic number, NHS number) is kept apart, for a data-sharing agreement only.", None))
        self.dashboardButton.setText(QCoreApplication.translate("ReportsPage", u"E&valuation\u2026", None))
#if QT_CONFIG(tooltip)
        self.dashboardButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Open the evaluation dashboard: charts of retention, attendance, doses, outcomes and costs, and the evaluation report", None))
#endif // QT_CONFIG(tooltip)
        self.linkageButton.setText(QCoreApplication.translate("ReportsPage", u"Lin&kage file\u2026", None))
#if QT_CONFIG(tooltip)
        self.linkageButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Save the pseudonym, clinic number and NHS number of each patient in the period (CSV)", None))
#endif // QT_CONFIG(tooltip)
        self.extractButton.setText(QCoreApplication.translate("ReportsPage", u"Evaluation e&xtract\u2026", None))
#if QT_CONFIG(tooltip)
        self.extractButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Write the pseudonymised extract into a new folder you choose", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
