# Generated from ui/patients_page.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QTableView, QVBoxLayout, QWidget

class Ui_PatientsPage(object):
    def setupUi(self, PatientsPage: QWidget) -> None:
        if not PatientsPage.objectName():
            PatientsPage.setObjectName(u"PatientsPage")
        PatientsPage.resize(1000, 640)
        self.patientsLayout = QVBoxLayout(PatientsPage)
        self.patientsLayout.setObjectName(u"patientsLayout")
        self.patientsLayout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(PatientsPage)
        self.stack.setObjectName(u"stack")
        self.listPage = QWidget()
        self.listPage.setObjectName(u"listPage")
        self.listLayout = QVBoxLayout(self.listPage)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(11, 11, 11, 11)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(self.listPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerLayout.addWidget(self.titleLabel)

        self.countLabel = QLabel(self.listPage)
        self.countLabel.setObjectName(u"countLabel")

        self.headerLayout.addWidget(self.countLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.newPatientButton = QPushButton(self.listPage)
        self.newPatientButton.setObjectName(u"newPatientButton")
        self.newPatientButton.setAutoDefault(False)

        self.headerLayout.addWidget(self.newPatientButton)


        self.listLayout.addLayout(self.headerLayout)

        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchLabel = QLabel(self.listPage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(self.listPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMaxLength(100)
        self.searchEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchEdit)

        self.showDischargedCheck = QCheckBox(self.listPage)
        self.showDischargedCheck.setObjectName(u"showDischargedCheck")

        self.searchLayout.addWidget(self.showDischargedCheck)


        self.listLayout.addLayout(self.searchLayout)

        self.errorLabel = QLabel(self.listPage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)

        self.listLayout.addWidget(self.errorLabel)

        self.patientsTable = QTableView(self.listPage)
        self.patientsTable.setObjectName(u"patientsTable")
        self.patientsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.patientsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.patientsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.patientsTable.setAlternatingRowColors(True)

        self.listLayout.addWidget(self.patientsTable)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.openButton = QPushButton(self.listPage)
        self.openButton.setObjectName(u"openButton")
        self.openButton.setAutoDefault(False)

        self.listButtons.addWidget(self.openButton)

        self.lb = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listButtons.addItem(self.lb)


        self.listLayout.addLayout(self.listButtons)

        self.stack.addWidget(self.listPage)
        self.detailPage = QWidget()
        self.detailPage.setObjectName(u"detailPage")
        self.detailLayout = QVBoxLayout(self.detailPage)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.stack.addWidget(self.detailPage)

        self.patientsLayout.addWidget(self.stack)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.showDischargedCheck)
        QWidget.setTabOrder(self.showDischargedCheck, self.patientsTable)
        QWidget.setTabOrder(self.patientsTable, self.openButton)
        QWidget.setTabOrder(self.openButton, self.newPatientButton)

        self.retranslateUi(PatientsPage)

        QMetaObject.connectSlotsByName(PatientsPage)
    # setupUi

    def retranslateUi(self, PatientsPage: QWidget) -> None:
        PatientsPage.setWindowTitle(QCoreApplication.translate("PatientsPage", u"Patients", None))
        self.titleLabel.setText(QCoreApplication.translate("PatientsPage", u"Patients", None))
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("PatientsPage", u"Number of patients listed", None))
#endif // QT_CONFIG(accessibility)
        self.newPatientButton.setText(QCoreApplication.translate("PatientsPage", u"&New patient\u2026", None))
#if QT_CONFIG(tooltip)
        self.newPatientButton.setToolTip(QCoreApplication.translate("PatientsPage", u"Register a new patient (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.searchLabel.setText(QCoreApplication.translate("PatientsPage", u"F&ind (number or name; scan a card)", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("PatientsPage", u"Find a patient by clinic number or name, or scan their card", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("PatientsPage", u"e.g. HAT-0001 or a name, then Enter", None))
        self.showDischargedCheck.setText(QCoreApplication.translate("PatientsPage", u"Show &discharged", None))
#if QT_CONFIG(accessibility)
        self.showDischargedCheck.setAccessibleName(QCoreApplication.translate("PatientsPage", u"Show discharged patients too", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("PatientsPage", u"Error message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.patientsTable.setAccessibleName(QCoreApplication.translate("PatientsPage", u"Patients", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.patientsTable.setToolTip(QCoreApplication.translate("PatientsPage", u"Enter or double-click opens the patient", None))
#endif // QT_CONFIG(tooltip)
        self.openButton.setText(QCoreApplication.translate("PatientsPage", u"&Open patient", None))
    # retranslateUi
