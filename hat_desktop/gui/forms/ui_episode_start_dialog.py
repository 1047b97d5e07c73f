# Generated from ui/episode_start_dialog.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QFormLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_EpisodeStartDialog(object):
    def setupUi(self, EpisodeStartDialog: QDialog) -> None:
        if not EpisodeStartDialog.objectName():
            EpisodeStartDialog.setObjectName(u"EpisodeStartDialog")
        EpisodeStartDialog.resize(480, 320)
        self.startLayout = QVBoxLayout(EpisodeStartDialog)
        self.startLayout.setObjectName(u"startLayout")
        self.introLabel = QLabel(EpisodeStartDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.startLayout.addWidget(self.introLabel)

        self.startForm = QFormLayout()
        self.startForm.setObjectName(u"startForm")
        self.referralSourceLabel = QLabel(EpisodeStartDialog)
        self.referralSourceLabel.setObjectName(u"referralSourceLabel")

        self.startForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.referralSourceLabel)

        self.referralSourceCombo = QComboBox(EpisodeStartDialog)
        self.referralSourceCombo.setObjectName(u"referralSourceCombo")

        self.startForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.referralSourceCombo)

        self.referralDateLabel = QLabel(EpisodeStartDialog)
        self.referralDateLabel.setObjectName(u"referralDateLabel")

        self.startForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.referralDateLabel)

        self.referralDateEdit = QDateEdit(EpisodeStartDialog)
        self.referralDateEdit.setObjectName(u"referralDateEdit")
        self.referralDateEdit.setCalendarPopup(True)

        self.startForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.referralDateEdit)

        self.assessmentDateLabel = QLabel(EpisodeStartDialog)
        self.assessmentDateLabel.setObjectName(u"assessmentDateLabel")

        self.startForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.assessmentDateLabel)

        self.assessmentDateEdit = QDateEdit(EpisodeStartDialog)
        self.assessmentDateEdit.setObjectName(u"assessmentDateEdit")
        self.assessmentDateEdit.setCalendarPopup(True)

        self.startForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.assessmentDateEdit)

        self.startDateLabel = QLabel(EpisodeStartDialog)
        self.startDateLabel.setObjectName(u"startDateLabel")

        self.startForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.startDateLabel)

        self.startDateEdit = QDateEdit(EpisodeStartDialog)
        self.startDateEdit.setObjectName(u"startDateEdit")
        self.startDateEdit.setCalendarPopup(True)

        self.startForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.startDateEdit)


        self.startLayout.addLayout(self.startForm)

        self.errorLabel = QLabel(EpisodeStartDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)

        self.startLayout.addWidget(self.errorLabel)

        self.vs = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.startLayout.addItem(self.vs)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.bs = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.bs)

        self.cancelButton = QPushButton(EpisodeStartDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)

        self.confirmButton = QPushButton(EpisodeStartDialog)
        self.confirmButton.setObjectName(u"confirmButton")

        self.buttons.addWidget(self.confirmButton)


        self.startLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.referralSourceLabel.setBuddy(self.referralSourceCombo)
        self.referralDateLabel.setBuddy(self.referralDateEdit)
        self.assessmentDateLabel.setBuddy(self.assessmentDateEdit)
        self.startDateLabel.setBuddy(self.startDateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.referralSourceCombo, self.referralDateEdit)
        QWidget.setTabOrder(self.referralDateEdit, self.assessmentDateEdit)
        QWidget.setTabOrder(self.assessmentDateEdit, self.startDateEdit)
        QWidget.setTabOrder(self.startDateEdit, self.confirmButton)
        QWidget.setTabOrder(self.confirmButton, self.cancelButton)

        self.retranslateUi(EpisodeStartDialog)

        self.confirmButton.setDefault(True)


        QMetaObject.connectSlotsByName(EpisodeStartDialog)
    # setupUi

    def retranslateUi(self, EpisodeStartDialog: QDialog) -> None:
        EpisodeStartDialog.setWindowTitle(QCoreApplication.translate("EpisodeStartDialog", u"Start of treatment", None))
        self.referralSourceLabel.setText(QCoreApplication.translate("EpisodeStartDialog", u"&Referred by", None))
#if QT_CONFIG(accessibility)
        self.referralSourceCombo.setAccessibleName(QCoreApplication.translate("EpisodeStartDialog", u"Who referred the patient", None))
#endif // QT_CONFIG(accessibility)
        self.referralDateLabel.setText(QCoreApplication.translate("EpisodeStartDialog", u"Referral &date", None))
        self.referralDateEdit.setDisplayFormat(QCoreApplication.translate("EpisodeStartDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.referralDateEdit.setAccessibleName(QCoreApplication.translate("EpisodeStartDialog", u"Referral date", None))
#endif // QT_CONFIG(accessibility)
        self.assessmentDateLabel.setText(QCoreApplication.translate("EpisodeStartDialog", u"&Assessed on", None))
        self.assessmentDateEdit.setDisplayFormat(QCoreApplication.translate("EpisodeStartDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.assessmentDateEdit.setAccessibleName(QCoreApplication.translate("EpisodeStartDialog", u"Assessment date", None))
#endif // QT_CONFIG(accessibility)
        self.startDateLabel.setText(QCoreApplication.translate("EpisodeStartDialog", u"&Treatment starts", None))
        self.startDateEdit.setDisplayFormat(QCoreApplication.translate("EpisodeStartDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.startDateEdit.setAccessibleName(QCoreApplication.translate("EpisodeStartDialog", u"Date treatment starts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("EpisodeStartDialog", u"Error message", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("EpisodeStartDialog", u"Cancel", None))
        self.confirmButton.setText(QCoreApplication.translate("EpisodeStartDialog", u"&Start the episode", None))
    # retranslateUi
