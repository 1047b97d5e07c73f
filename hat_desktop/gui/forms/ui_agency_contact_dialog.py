# Generated from ui/agency_contact_dialog.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTimeEdit, QVBoxLayout, QWidget

class Ui_AgencyContactDialog(object):
    def setupUi(self, AgencyContactDialog: QDialog) -> None:
        if not AgencyContactDialog.objectName():
            AgencyContactDialog.setObjectName(u"AgencyContactDialog")
        AgencyContactDialog.resize(480, 340)
        self.contactLayout = QVBoxLayout(AgencyContactDialog)
        self.contactLayout.setObjectName(u"contactLayout")
        self.introLabel = QLabel(AgencyContactDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.contactLayout.addWidget(self.introLabel)

        self.contactForm = QFormLayout()
        self.contactForm.setObjectName(u"contactForm")
        self.agencyLabel = QLabel(AgencyContactDialog)
        self.agencyLabel.setObjectName(u"agencyLabel")

        self.contactForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.agencyLabel)

        self.agencyCombo = QComboBox(AgencyContactDialog)
        self.agencyCombo.setObjectName(u"agencyCombo")

        self.contactForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.agencyCombo)

        self.actionLabel = QLabel(AgencyContactDialog)
        self.actionLabel.setObjectName(u"actionLabel")

        self.contactForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.actionLabel)

        self.actionCombo = QComboBox(AgencyContactDialog)
        self.actionCombo.setObjectName(u"actionCombo")

        self.contactForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.actionCombo)

        self.dayLabel = QLabel(AgencyContactDialog)
        self.dayLabel.setObjectName(u"dayLabel")

        self.contactForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dayLabel)

        self.dayEdit = QDateEdit(AgencyContactDialog)
        self.dayEdit.setObjectName(u"dayEdit")
        self.dayEdit.setCalendarPopup(True)

        self.contactForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dayEdit)

        self.timeLabel = QLabel(AgencyContactDialog)
        self.timeLabel.setObjectName(u"timeLabel")

        self.contactForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.timeLabel)

        self.timeEdit = QTimeEdit(AgencyContactDialog)
        self.timeEdit.setObjectName(u"timeEdit")

        self.contactForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.timeEdit)

        self.atClinicCheck = QCheckBox(AgencyContactDialog)
        self.atClinicCheck.setObjectName(u"atClinicCheck")

        self.contactForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.atClinicCheck)

        self.noteLabel = QLabel(AgencyContactDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.contactForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(AgencyContactDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.contactForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.contactLayout.addLayout(self.contactForm)

        self.errorLabel = QLabel(AgencyContactDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)

        self.contactLayout.addWidget(self.errorLabel)

        self.vs = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contactLayout.addItem(self.vs)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.bs = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.bs)

        self.cancelButton = QPushButton(AgencyContactDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)

        self.confirmButton = QPushButton(AgencyContactDialog)
        self.confirmButton.setObjectName(u"confirmButton")

        self.buttons.addWidget(self.confirmButton)


        self.contactLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.agencyLabel.setBuddy(self.agencyCombo)
        self.actionLabel.setBuddy(self.actionCombo)
        self.dayLabel.setBuddy(self.dayEdit)
        self.timeLabel.setBuddy(self.timeEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.agencyCombo, self.actionCombo)
        QWidget.setTabOrder(self.actionCombo, self.dayEdit)
        QWidget.setTabOrder(self.dayEdit, self.timeEdit)
        QWidget.setTabOrder(self.timeEdit, self.atClinicCheck)
        QWidget.setTabOrder(self.atClinicCheck, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.confirmButton)
        QWidget.setTabOrder(self.confirmButton, self.cancelButton)

        self.retranslateUi(AgencyContactDialog)

        self.confirmButton.setDefault(True)


        QMetaObject.connectSlotsByName(AgencyContactDialog)
    # setupUi

    def retranslateUi(self, AgencyContactDialog: QDialog) -> None:
        AgencyContactDialog.setWindowTitle(QCoreApplication.translate("AgencyContactDialog", u"Partner-agency contact", None))
        self.agencyLabel.setText(QCoreApplication.translate("AgencyContactDialog", u"&Agency", None))
#if QT_CONFIG(accessibility)
        self.agencyCombo.setAccessibleName(QCoreApplication.translate("AgencyContactDialog", u"Kind of agency", None))
#endif // QT_CONFIG(accessibility)
        self.actionLabel.setText(QCoreApplication.translate("AgencyContactDialog", u"&What was done", None))
#if QT_CONFIG(accessibility)
        self.actionCombo.setAccessibleName(QCoreApplication.translate("AgencyContactDialog", u"What was done", None))
#endif // QT_CONFIG(accessibility)
        self.dayLabel.setText(QCoreApplication.translate("AgencyContactDialog", u"&Date", None))
        self.dayEdit.setDisplayFormat(QCoreApplication.translate("AgencyContactDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.dayEdit.setAccessibleName(QCoreApplication.translate("AgencyContactDialog", u"Date of the contact or appointment", None))
#endif // QT_CONFIG(accessibility)
        self.timeLabel.setText(QCoreApplication.translate("AgencyContactDialog", u"&Time", None))
        self.timeEdit.setDisplayFormat(QCoreApplication.translate("AgencyContactDialog", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.timeEdit.setAccessibleName(QCoreApplication.translate("AgencyContactDialog", u"Time of the appointment", None))
#endif // QT_CONFIG(accessibility)
        self.atClinicCheck.setText(QCoreApplication.translate("AgencyContactDialog", u"At the &clinic (shown on the Today board on the day)", None))
        self.noteLabel.setText(QCoreApplication.translate("AgencyContactDialog", u"&Note", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("AgencyContactDialog", u"Note (needed for an outcome)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("AgencyContactDialog", u"Error message", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("AgencyContactDialog", u"Cancel", None))
        self.confirmButton.setText(QCoreApplication.translate("AgencyContactDialog", u"&Save the contact", None))
    # retranslateUi
