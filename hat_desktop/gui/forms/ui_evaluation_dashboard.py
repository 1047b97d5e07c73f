# Generated from ui/evaluation_dashboard.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QDateEdit, QDialog, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_EvaluationDashboard(object):
    def setupUi(self, EvaluationDashboard: QDialog) -> None:
        if not EvaluationDashboard.objectName():
            EvaluationDashboard.setObjectName(u"EvaluationDashboard")
        EvaluationDashboard.resize(1240, 680)
        self.dashboardLayout = QVBoxLayout(EvaluationDashboard)
        self.dashboardLayout.setObjectName(u"dashboardLayout")
        self.periodRow = QHBoxLayout()
        self.periodRow.setSpacing(8)
        self.periodRow.setObjectName(u"periodRow")
        self.fromLabel = QLabel(EvaluationDashboard)
        self.fromLabel.setObjectName(u"fromLabel")
        self.fromLabel.setMinimumSize(QSize(36, 0))

        self.periodRow.addWidget(self.fromLabel)

        self.fromDateEdit = QDateEdit(EvaluationDashboard)
        self.fromDateEdit.setObjectName(u"fromDateEdit")
        self.fromDateEdit.setMinimumSize(QSize(150, 0))
        self.fromDateEdit.setCalendarPopup(True)

        self.periodRow.addWidget(self.fromDateEdit)

        self.toLabel = QLabel(EvaluationDashboard)
        self.toLabel.setObjectName(u"toLabel")
        self.toLabel.setMinimumSize(QSize(36, 0))

        self.periodRow.addWidget(self.toLabel)

        self.toDateEdit = QDateEdit(EvaluationDashboard)
        self.toDateEdit.setObjectName(u"toDateEdit")
        self.toDateEdit.setMinimumSize(QSize(150, 0))
        self.toDateEdit.setCalendarPopup(True)

        self.periodRow.addWidget(self.toDateEdit)

        self.showButton = QPushButton(EvaluationDashboard)
        self.showButton.setObjectName(u"showButton")
        self.showButton.setAutoDefault(False)

        self.periodRow.addWidget(self.showButton)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodRow.addItem(self.periodSpacer)

        self.settingsButton = QPushButton(EvaluationDashboard)
        self.settingsButton.setObjectName(u"settingsButton")
        self.settingsButton.setAutoDefault(False)

        self.periodRow.addWidget(self.settingsButton)

        self.saveButton = QPushButton(EvaluationDashboard)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.periodRow.addWidget(self.saveButton)


        self.dashboardLayout.addLayout(self.periodRow)

        self.summaryLabel = QLabel(EvaluationDashboard)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dashboardLayout.addWidget(self.summaryLabel)

        self.errorLabel = QLabel(EvaluationDashboard)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)

        self.dashboardLayout.addWidget(self.errorLabel)

        self.chartArea = QScrollArea(EvaluationDashboard)
        self.chartArea.setObjectName(u"chartArea")
        self.chartArea.setWidgetResizable(True)
        self.chartHost = QWidget()
        self.chartHost.setObjectName(u"chartHost")
        self.chartGrid = QGridLayout(self.chartHost)
        self.chartGrid.setObjectName(u"chartGrid")
        self.chartArea.setWidget(self.chartHost)

        self.dashboardLayout.addWidget(self.chartArea)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.resultLabel = QLabel(EvaluationDashboard)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttonRow.addWidget(self.resultLabel)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(EvaluationDashboard)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.closeButton)


        self.dashboardLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromDateEdit)
        self.toLabel.setBuddy(self.toDateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fromDateEdit, self.toDateEdit)
        QWidget.setTabOrder(self.toDateEdit, self.showButton)
        QWidget.setTabOrder(self.showButton, self.settingsButton)
        QWidget.setTabOrder(self.settingsButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.chartArea)
        QWidget.setTabOrder(self.chartArea, self.closeButton)

        self.retranslateUi(EvaluationDashboard)

        self.showButton.setDefault(True)


        QMetaObject.connectSlotsByName(EvaluationDashboard)
    # setupUi

    def retranslateUi(self, EvaluationDashboard: QDialog) -> None:
        EvaluationDashboard.setWindowTitle(QCoreApplication.translate("EvaluationDashboard", u"Evaluation", None))
        self.fromLabel.setText(QCoreApplication.translate("EvaluationDashboard", u"&From", None))
#if QT_CONFIG(accessibility)
        self.fromDateEdit.setAccessibleName(QCoreApplication.translate("EvaluationDashboard", u"First day of the period", None))
#endif // QT_CONFIG(accessibility)
        self.fromDateEdit.setDisplayFormat(QCoreApplication.translate("EvaluationDashboard", u"dd/MM/yyyy", None))
        self.toLabel.setText(QCoreApplication.translate("EvaluationDashboard", u"&To", None))
#if QT_CONFIG(accessibility)
        self.toDateEdit.setAccessibleName(QCoreApplication.translate("EvaluationDashboard", u"Last day of the period", None))
#endif // QT_CONFIG(accessibility)
        self.toDateEdit.setDisplayFormat(QCoreApplication.translate("EvaluationDashboard", u"dd/MM/yyyy", None))
        self.showButton.setText(QCoreApplication.translate("EvaluationDashboard", u"S&how", None))
#if QT_CONFIG(tooltip)
        self.showButton.setToolTip(QCoreApplication.translate("EvaluationDashboard", u"Draw the charts for the period", None))
#endif // QT_CONFIG(tooltip)
        self.settingsButton.setText(QCoreApplication.translate("EvaluationDashboard", u"C&osts and access\u2026", None))
#if QT_CONFIG(tooltip)
        self.settingsButton.setToolTip(QCoreApplication.translate("EvaluationDashboard", u"Set the staff and overhead cost per patient-day, the budget, and whether inspectors may read the evaluation (managers)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("EvaluationDashboard", u"&Save report as PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("EvaluationDashboard", u"Save the evaluation report for the period: the charts, a table per measure and the definitions", None))
#endif // QT_CONFIG(tooltip)
        self.summaryLabel.setText("")
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("EvaluationDashboard", u"Error message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.chartArea.setAccessibleName(QCoreApplication.translate("EvaluationDashboard", u"The evaluation's charts", None))
#endif // QT_CONFIG(accessibility)
        self.resultLabel.setText("")
        self.closeButton.setText(QCoreApplication.translate("EvaluationDashboard", u"&Close", None))
    # retranslateUi
