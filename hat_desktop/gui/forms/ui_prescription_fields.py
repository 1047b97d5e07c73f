# Generated from ui/prescription_fields.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QFormLayout, QHBoxLayout, QLabel, QListView, QListWidget, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QWidget

class Ui_PrescriptionFields(object):
    def setupUi(self, PrescriptionFields: QWidget) -> None:
        if not PrescriptionFields.objectName():
            PrescriptionFields.setObjectName(u"PrescriptionFields")
        PrescriptionFields.resize(560, 460)
        self.fieldsForm = QFormLayout(PrescriptionFields)
        self.fieldsForm.setObjectName(u"fieldsForm")
        self.fieldsForm.setContentsMargins(0, 0, 0, 0)
        self.lineLabel = QLabel(PrescriptionFields)
        self.lineLabel.setObjectName(u"lineLabel")

        self.fieldsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.lineLabel)

        self.lineBox = QWidget(PrescriptionFields)
        self.lineBox.setObjectName(u"lineBox")
        self.lineLayout = QHBoxLayout(self.lineBox)
        self.lineLayout.setObjectName(u"lineLayout")
        self.lineLayout.setContentsMargins(0, 0, 0, 0)
        self.lineCombo = QComboBox(self.lineBox)
        self.lineCombo.setObjectName(u"lineCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.lineCombo.sizePolicy().hasHeightForWidth())
        self.lineCombo.setSizePolicy(sizePolicy)

        self.lineLayout.addWidget(self.lineCombo)

        self.addLineButton = QPushButton(self.lineBox)
        self.addLineButton.setObjectName(u"addLineButton")

        self.lineLayout.addWidget(self.addLineButton)

        self.removeLineButton = QPushButton(self.lineBox)
        self.removeLineButton.setObjectName(u"removeLineButton")

        self.lineLayout.addWidget(self.removeLineButton)


        self.fieldsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.lineBox)

        self.sectionsLabel = QLabel(PrescriptionFields)
        self.sectionsLabel.setObjectName(u"sectionsLabel")

        self.fieldsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sectionsLabel)

        self.sectionsList = QListWidget(PrescriptionFields)
        self.sectionsList.setObjectName(u"sectionsList")
        self.sectionsList.setWordWrap(True)
        self.sectionsList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sectionsList.setResizeMode(QListView.ResizeMode.Adjust)

        self.fieldsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sectionsList)

        self.routeLabel = QLabel(PrescriptionFields)
        self.routeLabel.setObjectName(u"routeLabel")

        self.fieldsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.routeLabel)

        self.routeCombo = QComboBox(PrescriptionFields)
        self.routeCombo.setObjectName(u"routeCombo")

        self.fieldsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.routeCombo)

        self.doseLabel = QLabel(PrescriptionFields)
        self.doseLabel.setObjectName(u"doseLabel")

        self.fieldsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.doseLabel)

        self.doseSpin = QSpinBox(PrescriptionFields)
        self.doseSpin.setObjectName(u"doseSpin")
        self.doseSpin.setMinimum(0)
        self.doseSpin.setMaximum(1000)

        self.fieldsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.doseSpin)

        self.sessionsLabel = QLabel(PrescriptionFields)
        self.sessionsLabel.setObjectName(u"sessionsLabel")

        self.fieldsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sessionsLabel)

        self.sessionsBox = QWidget(PrescriptionFields)
        self.sessionsBox.setObjectName(u"sessionsBox")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.sessionsBox.sizePolicy().hasHeightForWidth())
        self.sessionsBox.setSizePolicy(sizePolicy1)
        self.sessionsLayout = QHBoxLayout(self.sessionsBox)
        self.sessionsLayout.setObjectName(u"sessionsLayout")
        self.sessionsLayout.setContentsMargins(0, 0, 0, 0)

        self.fieldsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sessionsBox)

        self.optionsLabel = QLabel(PrescriptionFields)
        self.optionsLabel.setObjectName(u"optionsLabel")

        self.fieldsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.optionsLabel)

        self.optionsBox = QWidget(PrescriptionFields)
        self.optionsBox.setObjectName(u"optionsBox")
        self.optionsLayout = QHBoxLayout(self.optionsBox)
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.optionsLayout.setContentsMargins(0, 0, 0, 0)
        self.takeHomeCheck = QCheckBox(self.optionsBox)
        self.takeHomeCheck.setObjectName(u"takeHomeCheck")

        self.optionsLayout.addWidget(self.takeHomeCheck)

        self.groinCheck = QCheckBox(self.optionsBox)
        self.groinCheck.setObjectName(u"groinCheck")

        self.optionsLayout.addWidget(self.groinCheck)

        self.optionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.optionsLayout.addItem(self.optionsSpacer)


        self.fieldsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.optionsBox)

        self.maxInjectionLabel = QLabel(PrescriptionFields)
        self.maxInjectionLabel.setObjectName(u"maxInjectionLabel")

        self.fieldsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.maxInjectionLabel)

        self.maxInjectionSpin = QSpinBox(PrescriptionFields)
        self.maxInjectionSpin.setObjectName(u"maxInjectionSpin")
        self.maxInjectionSpin.setMinimum(0)
        self.maxInjectionSpin.setMaximum(1000)

        self.fieldsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.maxInjectionSpin)

        self.dailyMaxLabel = QLabel(PrescriptionFields)
        self.dailyMaxLabel.setObjectName(u"dailyMaxLabel")

        self.fieldsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.dailyMaxLabel)

        self.dailyMaxSpin = QSpinBox(PrescriptionFields)
        self.dailyMaxSpin.setObjectName(u"dailyMaxSpin")
        self.dailyMaxSpin.setMinimum(0)
        self.dailyMaxSpin.setMaximum(3000)

        self.fieldsForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.dailyMaxSpin)

        self.startLabel = QLabel(PrescriptionFields)
        self.startLabel.setObjectName(u"startLabel")

        self.fieldsForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startDate = QDateEdit(PrescriptionFields)
        self.startDate.setObjectName(u"startDate")
        self.startDate.setCalendarPopup(True)

        self.fieldsForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.startDate)

        self.endLabel = QLabel(PrescriptionFields)
        self.endLabel.setObjectName(u"endLabel")

        self.fieldsForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endDate = QDateEdit(PrescriptionFields)
        self.endDate.setObjectName(u"endDate")
        self.endDate.setCalendarPopup(True)

        self.fieldsForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.endDate)

        self.rxNotesLabel = QLabel(PrescriptionFields)
        self.rxNotesLabel.setObjectName(u"rxNotesLabel")

        self.fieldsForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.rxNotesLabel)

        self.notesEdit = QPlainTextEdit(PrescriptionFields)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 60))

        self.fieldsForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.reasonLabel = QLabel(PrescriptionFields)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.fieldsForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(PrescriptionFields)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)
        self.reasonEdit.setMaximumSize(QSize(16777215, 60))

        self.fieldsForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

#if QT_CONFIG(shortcut)
        self.lineLabel.setBuddy(self.lineCombo)
        self.sectionsLabel.setBuddy(self.sectionsList)
        self.routeLabel.setBuddy(self.routeCombo)
        self.doseLabel.setBuddy(self.doseSpin)
        self.maxInjectionLabel.setBuddy(self.maxInjectionSpin)
        self.dailyMaxLabel.setBuddy(self.dailyMaxSpin)
        self.startLabel.setBuddy(self.startDate)
        self.endLabel.setBuddy(self.endDate)
        self.rxNotesLabel.setBuddy(self.notesEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.lineCombo, self.addLineButton)
        QWidget.setTabOrder(self.addLineButton, self.removeLineButton)
        QWidget.setTabOrder(self.removeLineButton, self.sectionsList)
        QWidget.setTabOrder(self.sectionsList, self.routeCombo)
        QWidget.setTabOrder(self.routeCombo, self.doseSpin)
        QWidget.setTabOrder(self.doseSpin, self.takeHomeCheck)
        QWidget.setTabOrder(self.takeHomeCheck, self.groinCheck)
        QWidget.setTabOrder(self.groinCheck, self.maxInjectionSpin)
        QWidget.setTabOrder(self.maxInjectionSpin, self.dailyMaxSpin)
        QWidget.setTabOrder(self.dailyMaxSpin, self.startDate)
        QWidget.setTabOrder(self.startDate, self.endDate)
        QWidget.setTabOrder(self.endDate, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.reasonEdit)

        self.retranslateUi(PrescriptionFields)

        QMetaObject.connectSlotsByName(PrescriptionFields)
    # setupUi

    def retranslateUi(self, PrescriptionFields: QWidget) -> None:
        self.lineLabel.setText(QCoreApplication.translate("PrescriptionFields", u"&Line", None))
#if QT_CONFIG(accessibility)
        self.lineCombo.setAccessibleName(QCoreApplication.translate("PrescriptionFields", u"The line being written (a prescription holds one or more)", None))
#endif // QT_CONFIG(accessibility)
        self.addLineButton.setText(QCoreApplication.translate("PrescriptionFields", u"Add a li&ne", None))
#if QT_CONFIG(tooltip)
        self.addLineButton.setToolTip(QCoreApplication.translate("PrescriptionFields", u"Another product on this prescription (e.g. oral methadone to take home)", None))
#endif // QT_CONFIG(tooltip)
        self.removeLineButton.setText(QCoreApplication.translate("PrescriptionFields", u"Remo&ve this line", None))
        self.sectionsLabel.setText(QCoreApplication.translate("PrescriptionFields", u"&Products", None))
#if QT_CONFIG(accessibility)
        self.sectionsList.setAccessibleName(QCoreApplication.translate("PrescriptionFields", u"Products (register sections) that may be given: tick one or more of the same drug", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.sectionsList.setToolTip(QCoreApplication.translate("PrescriptionFields", u"Tick every register section the dose may be drawn from (e.g. both ampoule sizes of the same drug).", None))
#endif // QT_CONFIG(tooltip)
        self.routeLabel.setText(QCoreApplication.translate("PrescriptionFields", u"Ro&ute", None))
#if QT_CONFIG(accessibility)
        self.routeCombo.setAccessibleName(QCoreApplication.translate("PrescriptionFields", u"Route: IV, IM, SC or oral", None))
#endif // QT_CONFIG(accessibility)
        self.doseLabel.setText(QCoreApplication.translate("PrescriptionFields", u"&Dose per session", None))
#if QT_CONFIG(accessibility)
        self.doseSpin.setAccessibleName(QCoreApplication.translate("PrescriptionFields", u"Dose per session in mg", None))
#endif // QT_CONFIG(accessibility)
        self.doseSpin.setSuffix(QCoreApplication.translate("PrescriptionFields", u" mg", None))
        self.sessionsLabel.setText(QCoreApplication.translate("PrescriptionFields", u"Sessions", None))
#if QT_CONFIG(accessibility)
        self.sessionsBox.setAccessibleName(QCoreApplication.translate("PrescriptionFields", u"Sessions of the day at which the dose is given", None))
#endif // QT_CONFIG(accessibility)
        self.optionsLabel.setText(QCoreApplication.translate("PrescriptionFields", u"Supply", None))
        self.takeHomeCheck.setText(QCoreApplication.translate("PrescriptionFields", u"&Taken home (oral only)", None))
#if QT_CONFIG(accessibility)
        self.takeHomeCheck.setAccessibleName(QCoreApplication.translate("PrescriptionFields", u"Taken home: a supply the patient or their representative collects", None))
#endif // QT_CONFIG(accessibility)
        self.groinCheck.setText(QCoreApplication.translate("PrescriptionFields", u"&Groin site permitted", None))
#if QT_CONFIG(accessibility)
        self.groinCheck.setAccessibleName(QCoreApplication.translate("PrescriptionFields", u"Groin injection site permitted (high risk)", None))
#endif // QT_CONFIG(accessibility)
        self.maxInjectionLabel.setText(QCoreApplication.translate("PrescriptionFields", u"Most per in&jection", None))
#if QT_CONFIG(accessibility)
        self.maxInjectionSpin.setAccessibleName(QCoreApplication.translate("PrescriptionFields", u"Most per injection in mg (optional)", None))
#endif // QT_CONFIG(accessibility)
        self.maxInjectionSpin.setSpecialValueText(QCoreApplication.translate("PrescriptionFields", u"No limit on the line (the clinic's ceiling applies)", None))
        self.maxInjectionSpin.setSuffix(QCoreApplication.translate("PrescriptionFields", u" mg", None))
        self.dailyMaxLabel.setText(QCoreApplication.translate("PrescriptionFields", u"Daily ma&ximum", None))
#if QT_CONFIG(accessibility)
        self.dailyMaxSpin.setAccessibleName(QCoreApplication.translate("PrescriptionFields", u"Daily maximum in mg (optional)", None))
#endif // QT_CONFIG(accessibility)
        self.dailyMaxSpin.setSpecialValueText(QCoreApplication.translate("PrescriptionFields", u"None (the sum of the doses)", None))
        self.dailyMaxSpin.setSuffix(QCoreApplication.translate("PrescriptionFields", u" mg", None))
        self.startLabel.setText(QCoreApplication.translate("PrescriptionFields", u"&Start date", None))
#if QT_CONFIG(accessibility)
        self.startDate.setAccessibleName(QCoreApplication.translate("PrescriptionFields", u"Start date", None))
#endif // QT_CONFIG(accessibility)
        self.startDate.setDisplayFormat(QCoreApplication.translate("PrescriptionFields", u"dd/MM/yyyy", None))
        self.endLabel.setText(QCoreApplication.translate("PrescriptionFields", u"&End date", None))
#if QT_CONFIG(accessibility)
        self.endDate.setAccessibleName(QCoreApplication.translate("PrescriptionFields", u"End date", None))
#endif // QT_CONFIG(accessibility)
        self.endDate.setDisplayFormat(QCoreApplication.translate("PrescriptionFields", u"dd/MM/yyyy", None))
        self.rxNotesLabel.setText(QCoreApplication.translate("PrescriptionFields", u"N&otes", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("PrescriptionFields", u"Notes (optional)", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("PrescriptionFields", u"&Reason for the change", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("PrescriptionFields", u"Reason for the change (required for a change)", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
