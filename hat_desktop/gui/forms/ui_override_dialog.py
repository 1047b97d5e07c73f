# Generated from ui/override_dialog.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_OverrideDialog(object):
    def setupUi(self, OverrideDialog: QDialog) -> None:
        if not OverrideDialog.objectName():
            OverrideDialog.setObjectName(u"OverrideDialog")
        OverrideDialog.resize(500, 280)
        self.mainLayout = QVBoxLayout(OverrideDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headingLabel = QLabel(OverrideDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headingLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.sessionLabel = QLabel(OverrideDialog)
        self.sessionLabel.setObjectName(u"sessionLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sessionLabel)

        self.sessionCombo = QComboBox(OverrideDialog)
        self.sessionCombo.setObjectName(u"sessionCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sessionCombo)

        self.reasonLabel = QLabel(OverrideDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(OverrideDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaxLength(300)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(OverrideDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(OverrideDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)

        self.authoriseButton = QPushButton(OverrideDialog)
        self.authoriseButton.setObjectName(u"authoriseButton")
        self.authoriseButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.authoriseButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.sessionLabel.setBuddy(self.sessionCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sessionCombo, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.authoriseButton)
        QWidget.setTabOrder(self.authoriseButton, self.cancelButton)

        self.retranslateUi(OverrideDialog)

        QMetaObject.connectSlotsByName(OverrideDialog)
    # setupUi

    def retranslateUi(self, OverrideDialog: QDialog) -> None:
        OverrideDialog.setWindowTitle(QCoreApplication.translate("OverrideDialog", u"Dose outside the session window", None))
#if QT_CONFIG(accessibility)
        self.headingLabel.setAccessibleName(QCoreApplication.translate("OverrideDialog", u"Who authorises the override", None))
#endif // QT_CONFIG(accessibility)
        self.sessionLabel.setText(QCoreApplication.translate("OverrideDialog", u"&Session", None))
#if QT_CONFIG(accessibility)
        self.sessionCombo.setAccessibleName(QCoreApplication.translate("OverrideDialog", u"Session the dose counts for", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("OverrideDialog", u"&Reason", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("OverrideDialog", u"Reason for dosing outside the session window", None))
#endif // QT_CONFIG(accessibility)
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("OverrideDialog", u"e.g. delayed by a hospital appointment", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("OverrideDialog", u"Error message", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("OverrideDialog", u"Cancel", None))
        self.authoriseButton.setText(QCoreApplication.translate("OverrideDialog", u"&Authorise", None))
#if QT_CONFIG(tooltip)
        self.authoriseButton.setToolTip(QCoreApplication.translate("OverrideDialog", u"Record the manager's authority to dose outside the window", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
