# Generated from ui/new_section_dialog.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout, QWidget

class Ui_NewSectionDialog(object):
    def setupUi(self, NewSectionDialog: QDialog) -> None:
        if not NewSectionDialog.objectName():
            NewSectionDialog.setObjectName(u"NewSectionDialog")
        NewSectionDialog.resize(560, 300)
        NewSectionDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(NewSectionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(NewSectionDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.presetLabel = QLabel(NewSectionDialog)
        self.presetLabel.setObjectName(u"presetLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.presetLabel)

        self.presetCombo = QComboBox(NewSectionDialog)
        self.presetCombo.setObjectName(u"presetCombo")
        self.presetCombo.setEditable(True)
        self.presetCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.presetCombo.setEditable(False)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.presetCombo)

        self.codeLabel = QLabel(NewSectionDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(NewSectionDialog)
        self.codeEdit.setObjectName(u"codeEdit")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.drugLabel = QLabel(NewSectionDialog)
        self.drugLabel.setObjectName(u"drugLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.drugLabel)

        self.drugEdit = QLineEdit(NewSectionDialog)
        self.drugEdit.setObjectName(u"drugEdit")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.drugEdit)

        self.strengthLabel = QLabel(NewSectionDialog)
        self.strengthLabel.setObjectName(u"strengthLabel")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.strengthLabel)

        self.strengthEdit = QLineEdit(NewSectionDialog)
        self.strengthEdit.setObjectName(u"strengthEdit")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.strengthEdit)

        self.formLabel = QLabel(NewSectionDialog)
        self.formLabel.setObjectName(u"formLabel")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.formLabel)

        self.formEdit = QLineEdit(NewSectionDialog)
        self.formEdit.setObjectName(u"formEdit")

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.formEdit)

        self.unitLabel = QLabel(NewSectionDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitEdit = QLineEdit(NewSectionDialog)
        self.unitEdit.setObjectName(u"unitEdit")

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.unitEdit)

        self.mgLabel = QLabel(NewSectionDialog)
        self.mgLabel.setObjectName(u"mgLabel")

        self.fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.mgLabel)

        self.mgSpin = QSpinBox(NewSectionDialog)
        self.mgSpin.setObjectName(u"mgSpin")
        self.mgSpin.setMinimum(1)
        self.mgSpin.setMaximum(100000)

        self.fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.mgSpin)


        self.dialogLayout.addLayout(self.fields)

        self.titlePreview = QLabel(NewSectionDialog)
        self.titlePreview.setObjectName(u"titlePreview")
        self.titlePreview.setWordWrap(True)

        self.dialogLayout.addWidget(self.titlePreview)

        self.errorLabel = QLabel(NewSectionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)

        self.dialogLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(NewSectionDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)

        self.createButton = QPushButton(NewSectionDialog)
        self.createButton.setObjectName(u"createButton")

        self.buttons.addWidget(self.createButton)


        self.dialogLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.presetLabel.setBuddy(self.presetCombo)
        self.codeLabel.setBuddy(self.codeEdit)
        self.drugLabel.setBuddy(self.drugEdit)
        self.strengthLabel.setBuddy(self.strengthEdit)
        self.formLabel.setBuddy(self.formEdit)
        self.unitLabel.setBuddy(self.unitEdit)
        self.mgLabel.setBuddy(self.mgSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.presetCombo, self.codeEdit)
        QWidget.setTabOrder(self.codeEdit, self.drugEdit)
        QWidget.setTabOrder(self.drugEdit, self.strengthEdit)
        QWidget.setTabOrder(self.strengthEdit, self.formEdit)
        QWidget.setTabOrder(self.formEdit, self.unitEdit)
        QWidget.setTabOrder(self.unitEdit, self.mgSpin)
        QWidget.setTabOrder(self.mgSpin, self.createButton)
        QWidget.setTabOrder(self.createButton, self.cancelButton)

        self.retranslateUi(NewSectionDialog)

        self.createButton.setDefault(True)


        QMetaObject.connectSlotsByName(NewSectionDialog)
    # setupUi

    def retranslateUi(self, NewSectionDialog: QDialog) -> None:
        NewSectionDialog.setWindowTitle(QCoreApplication.translate("NewSectionDialog", u"New register section", None))
        self.introLabel.setText(QCoreApplication.translate("NewSectionDialog", u"One section for each drug, strength and form. Quantities are whole units of the register unit (ampoules, ml).", None))
        self.presetLabel.setText(QCoreApplication.translate("NewSectionDialog", u"&Preset", None))
#if QT_CONFIG(accessibility)
        self.presetCombo.setAccessibleName(QCoreApplication.translate("NewSectionDialog", u"Preset section", None))
#endif // QT_CONFIG(accessibility)
        self.codeLabel.setText(QCoreApplication.translate("NewSectionDialog", u"C&ode", None))
#if QT_CONFIG(accessibility)
        self.codeEdit.setAccessibleName(QCoreApplication.translate("NewSectionDialog", u"Section code", None))
#endif // QT_CONFIG(accessibility)
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("NewSectionDialog", u"2 to 12 capitals and digits, e.g. DIAM100", None))
        self.drugLabel.setText(QCoreApplication.translate("NewSectionDialog", u"&Drug", None))
#if QT_CONFIG(accessibility)
        self.drugEdit.setAccessibleName(QCoreApplication.translate("NewSectionDialog", u"Drug name", None))
#endif // QT_CONFIG(accessibility)
        self.drugEdit.setPlaceholderText(QCoreApplication.translate("NewSectionDialog", u"e.g. Diamorphine hydrochloride", None))
        self.strengthLabel.setText(QCoreApplication.translate("NewSectionDialog", u"&Strength", None))
#if QT_CONFIG(accessibility)
        self.strengthEdit.setAccessibleName(QCoreApplication.translate("NewSectionDialog", u"Strength", None))
#endif // QT_CONFIG(accessibility)
        self.strengthEdit.setPlaceholderText(QCoreApplication.translate("NewSectionDialog", u"e.g. 100 mg", None))
        self.formLabel.setText(QCoreApplication.translate("NewSectionDialog", u"&Form", None))
#if QT_CONFIG(accessibility)
        self.formEdit.setAccessibleName(QCoreApplication.translate("NewSectionDialog", u"Form", None))
#endif // QT_CONFIG(accessibility)
        self.formEdit.setPlaceholderText(QCoreApplication.translate("NewSectionDialog", u"e.g. powder for solution for injection", None))
        self.unitLabel.setText(QCoreApplication.translate("NewSectionDialog", u"Register &unit", None))
#if QT_CONFIG(accessibility)
        self.unitEdit.setAccessibleName(QCoreApplication.translate("NewSectionDialog", u"Register unit", None))
#endif // QT_CONFIG(accessibility)
        self.unitEdit.setPlaceholderText(QCoreApplication.translate("NewSectionDialog", u"e.g. ampoule or ml", None))
        self.mgLabel.setText(QCoreApplication.translate("NewSectionDialog", u"&mg in one unit", None))
#if QT_CONFIG(accessibility)
        self.mgSpin.setAccessibleName(QCoreApplication.translate("NewSectionDialog", u"Milligrams in one unit", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.titlePreview.setAccessibleName(QCoreApplication.translate("NewSectionDialog", u"Heading of the new section", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("NewSectionDialog", u"Error message", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("NewSectionDialog", u"Cancel", None))
        self.createButton.setText(QCoreApplication.translate("NewSectionDialog", u"&Create section", None))
    # retranslateUi
