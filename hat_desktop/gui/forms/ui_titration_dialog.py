# Generated from ui/titration_dialog.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_TitrationDialog(object):
    def setupUi(self, TitrationDialog: QDialog) -> None:
        if not TitrationDialog.objectName():
            TitrationDialog.setObjectName(u"TitrationDialog")
        TitrationDialog.resize(640, 620)
        self.titrationLayout = QVBoxLayout(TitrationDialog)
        self.titrationLayout.setObjectName(u"titrationLayout")
        self.introLabel = QLabel(TitrationDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.titrationLayout.addWidget(self.introLabel)

        self.fieldsArea = QWidget(TitrationDialog)
        self.fieldsArea.setObjectName(u"fieldsArea")
        self.fieldsAreaLayout = QVBoxLayout(self.fieldsArea)
        self.fieldsAreaLayout.setObjectName(u"fieldsAreaLayout")
        self.fieldsAreaLayout.setContentsMargins(0, 0, 0, 0)

        self.titrationLayout.addWidget(self.fieldsArea)

        self.vs = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.titrationLayout.addItem(self.vs)

        self.errorLabel = QLabel(TitrationDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)

        self.titrationLayout.addWidget(self.errorLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.stopButton = QPushButton(TitrationDialog)
        self.stopButton.setObjectName(u"stopButton")
        self.stopButton.setAutoDefault(False)

        self.buttons.addWidget(self.stopButton)

        self.bs = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.bs)

        self.cancelButton = QPushButton(TitrationDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)

        self.saveButton = QPushButton(TitrationDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttons.addWidget(self.saveButton)


        self.titrationLayout.addLayout(self.buttons)

        QWidget.setTabOrder(self.saveButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.stopButton)

        self.retranslateUi(TitrationDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(TitrationDialog)
    # setupUi

    def retranslateUi(self, TitrationDialog: QDialog) -> None:
        TitrationDialog.setWindowTitle(QCoreApplication.translate("TitrationDialog", u"Titration plan", None))
#if QT_CONFIG(accessibility)
        self.introLabel.setAccessibleName(QCoreApplication.translate("TitrationDialog", u"Who writes the plan, and the plan in force", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("TitrationDialog", u"Error message", None))
#endif // QT_CONFIG(accessibility)
        self.stopButton.setText(QCoreApplication.translate("TitrationDialog", u"Stop the p&lan", None))
#if QT_CONFIG(tooltip)
        self.stopButton.setToolTip(QCoreApplication.translate("TitrationDialog", u"A new version that ends the plan; the reason for the change is kept", None))
#endif // QT_CONFIG(tooltip)
        self.cancelButton.setText(QCoreApplication.translate("TitrationDialog", u"Cancel", None))
        self.saveButton.setText(QCoreApplication.translate("TitrationDialog", u"&Record the plan", None))
    # retranslateUi
