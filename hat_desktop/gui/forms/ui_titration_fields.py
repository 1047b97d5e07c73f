# Generated from ui/titration_fields.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QLabel, QPlainTextEdit, QSpinBox, QWidget

class Ui_TitrationFields(object):
    def setupUi(self, TitrationFields: QWidget) -> None:
        if not TitrationFields.objectName():
            TitrationFields.setObjectName(u"TitrationFields")
        TitrationFields.resize(560, 460)
        self.fieldsForm = QFormLayout(TitrationFields)
        self.fieldsForm.setObjectName(u"fieldsForm")
        self.fieldsForm.setContentsMargins(0, 0, 0, 0)
        self.productLabel = QLabel(TitrationFields)
        self.productLabel.setObjectName(u"productLabel")

        self.fieldsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.productLabel)

        self.productCombo = QComboBox(TitrationFields)
        self.productCombo.setObjectName(u"productCombo")

        self.fieldsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.productCombo)

        self.firstDayLabel = QLabel(TitrationFields)
        self.firstDayLabel.setObjectName(u"firstDayLabel")

        self.fieldsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.firstDayLabel)

        self.firstDayEdit = QDateEdit(TitrationFields)
        self.firstDayEdit.setObjectName(u"firstDayEdit")
        self.firstDayEdit.setCalendarPopup(True)

        self.fieldsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.firstDayEdit)

        self.startLabel = QLabel(TitrationFields)
        self.startLabel.setObjectName(u"startLabel")

        self.fieldsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startSpin = QSpinBox(TitrationFields)
        self.startSpin.setObjectName(u"startSpin")
        self.startSpin.setMinimum(0)
        self.startSpin.setMaximum(1000)

        self.fieldsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.startSpin)

        self.stepLabel = QLabel(TitrationFields)
        self.stepLabel.setObjectName(u"stepLabel")

        self.fieldsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.stepLabel)

        self.stepSpin = QSpinBox(TitrationFields)
        self.stepSpin.setObjectName(u"stepSpin")
        self.stepSpin.setMinimum(0)
        self.stepSpin.setMaximum(500)

        self.fieldsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.stepSpin)

        self.stepUnitLabel = QLabel(TitrationFields)
        self.stepUnitLabel.setObjectName(u"stepUnitLabel")

        self.fieldsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.stepUnitLabel)

        self.stepUnitCombo = QComboBox(TitrationFields)
        self.stepUnitCombo.setObjectName(u"stepUnitCombo")

        self.fieldsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.stepUnitCombo)

        self.targetLabel = QLabel(TitrationFields)
        self.targetLabel.setObjectName(u"targetLabel")

        self.fieldsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.targetLabel)

        self.targetSpin = QSpinBox(TitrationFields)
        self.targetSpin.setObjectName(u"targetSpin")
        self.targetSpin.setMinimum(0)
        self.targetSpin.setMaximum(1000)

        self.fieldsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.targetSpin)

        self.ceilingLabel = QLabel(TitrationFields)
        self.ceilingLabel.setObjectName(u"ceilingLabel")

        self.fieldsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.ceilingLabel)

        self.ceilingSpin = QSpinBox(TitrationFields)
        self.ceilingSpin.setObjectName(u"ceilingSpin")
        self.ceilingSpin.setMinimum(0)
        self.ceilingSpin.setMaximum(3000)

        self.fieldsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.ceilingSpin)

        self.topUpLabel = QLabel(TitrationFields)
        self.topUpLabel.setObjectName(u"topUpLabel")

        self.fieldsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.topUpLabel)

        self.topUpSpin = QSpinBox(TitrationFields)
        self.topUpSpin.setObjectName(u"topUpSpin")
        self.topUpSpin.setMinimum(0)
        self.topUpSpin.setMaximum(1000)

        self.fieldsForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.topUpSpin)

        self.hoursLabel = QLabel(TitrationFields)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.fieldsForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.hoursLabel)

        self.hoursSpin = QSpinBox(TitrationFields)
        self.hoursSpin.setObjectName(u"hoursSpin")
        self.hoursSpin.setMinimum(0)
        self.hoursSpin.setMaximum(12)

        self.fieldsForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.hoursSpin)

        self.planNotesLabel = QLabel(TitrationFields)
        self.planNotesLabel.setObjectName(u"planNotesLabel")

        self.fieldsForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.planNotesLabel)

        self.planNotesEdit = QPlainTextEdit(TitrationFields)
        self.planNotesEdit.setObjectName(u"planNotesEdit")
        self.planNotesEdit.setTabChangesFocus(True)
        self.planNotesEdit.setMaximumSize(QSize(16777215, 52))

        self.fieldsForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.planNotesEdit)

        self.planReasonLabel = QLabel(TitrationFields)
        self.planReasonLabel.setObjectName(u"planReasonLabel")

        self.fieldsForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.planReasonLabel)

        self.planReasonEdit = QPlainTextEdit(TitrationFields)
        self.planReasonEdit.setObjectName(u"planReasonEdit")
        self.planReasonEdit.setTabChangesFocus(True)
        self.planReasonEdit.setMaximumSize(QSize(16777215, 52))

        self.fieldsForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.planReasonEdit)

        self.previewLabel = QLabel(TitrationFields)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setWordWrap(True)

        self.fieldsForm.setWidget(11, QFormLayout.ItemRole.SpanningRole, self.previewLabel)

#if QT_CONFIG(shortcut)
        self.productLabel.setBuddy(self.productCombo)
        self.firstDayLabel.setBuddy(self.firstDayEdit)
        self.startLabel.setBuddy(self.startSpin)
        self.stepLabel.setBuddy(self.stepSpin)
        self.stepUnitLabel.setBuddy(self.stepUnitCombo)
        self.targetLabel.setBuddy(self.targetSpin)
        self.ceilingLabel.setBuddy(self.ceilingSpin)
        self.topUpLabel.setBuddy(self.topUpSpin)
        self.hoursLabel.setBuddy(self.hoursSpin)
        self.planNotesLabel.setBuddy(self.planNotesEdit)
        self.planReasonLabel.setBuddy(self.planReasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.productCombo, self.firstDayEdit)
        QWidget.setTabOrder(self.firstDayEdit, self.startSpin)
        QWidget.setTabOrder(self.startSpin, self.stepSpin)
        QWidget.setTabOrder(self.stepSpin, self.stepUnitCombo)
        QWidget.setTabOrder(self.stepUnitCombo, self.targetSpin)
        QWidget.setTabOrder(self.targetSpin, self.ceilingSpin)
        QWidget.setTabOrder(self.ceilingSpin, self.topUpSpin)
        QWidget.setTabOrder(self.topUpSpin, self.hoursSpin)
        QWidget.setTabOrder(self.hoursSpin, self.planNotesEdit)
        QWidget.setTabOrder(self.planNotesEdit, self.planReasonEdit)

        self.retranslateUi(TitrationFields)

        QMetaObject.connectSlotsByName(TitrationFields)
    # setupUi

    def retranslateUi(self, TitrationFields: QWidget) -> None:
        self.productLabel.setText(QCoreApplication.translate("TitrationFields", u"Pr&oduct", None))
#if QT_CONFIG(accessibility)
        self.productCombo.setAccessibleName(QCoreApplication.translate("TitrationFields", u"The product the plan sets the doses of", None))
#endif // QT_CONFIG(accessibility)
        self.firstDayLabel.setText(QCoreApplication.translate("TitrationFields", u"&First day", None))
#if QT_CONFIG(accessibility)
        self.firstDayEdit.setAccessibleName(QCoreApplication.translate("TitrationFields", u"First day of the plan", None))
#endif // QT_CONFIG(accessibility)
        self.firstDayEdit.setDisplayFormat(QCoreApplication.translate("TitrationFields", u"dd/MM/yyyy", None))
        self.startLabel.setText(QCoreApplication.translate("TitrationFields", u"&Starting dose", None))
#if QT_CONFIG(accessibility)
        self.startSpin.setAccessibleName(QCoreApplication.translate("TitrationFields", u"Starting dose per session in mg", None))
#endif // QT_CONFIG(accessibility)
        self.startSpin.setSuffix(QCoreApplication.translate("TitrationFields", u" mg", None))
        self.stepLabel.setText(QCoreApplication.translate("TitrationFields", u"Step &by", None))
#if QT_CONFIG(accessibility)
        self.stepSpin.setAccessibleName(QCoreApplication.translate("TitrationFields", u"Step up by, in mg", None))
#endif // QT_CONFIG(accessibility)
        self.stepSpin.setSuffix(QCoreApplication.translate("TitrationFields", u" mg", None))
        self.stepUnitLabel.setText(QCoreApplication.translate("TitrationFields", u"Step &when", None))
#if QT_CONFIG(accessibility)
        self.stepUnitCombo.setAccessibleName(QCoreApplication.translate("TitrationFields", u"Step up each day or each session", None))
#endif // QT_CONFIG(accessibility)
        self.targetLabel.setText(QCoreApplication.translate("TitrationFields", u"&Target", None))
#if QT_CONFIG(accessibility)
        self.targetSpin.setAccessibleName(QCoreApplication.translate("TitrationFields", u"Target (maintenance) dose per session in mg", None))
#endif // QT_CONFIG(accessibility)
        self.targetSpin.setSuffix(QCoreApplication.translate("TitrationFields", u" mg", None))
        self.ceilingLabel.setText(QCoreApplication.translate("TitrationFields", u"Daily &ceiling", None))
#if QT_CONFIG(accessibility)
        self.ceilingSpin.setAccessibleName(QCoreApplication.translate("TitrationFields", u"Most in one day while the plan runs, top-ups included, in mg", None))
#endif // QT_CONFIG(accessibility)
        self.ceilingSpin.setSuffix(QCoreApplication.translate("TitrationFields", u" mg", None))
        self.topUpLabel.setText(QCoreApplication.translate("TitrationFields", u"Top-&up", None))
#if QT_CONFIG(accessibility)
        self.topUpSpin.setAccessibleName(QCoreApplication.translate("TitrationFields", u"Most of a top-up after observation, per session, in mg", None))
#endif // QT_CONFIG(accessibility)
        self.topUpSpin.setSuffix(QCoreApplication.translate("TitrationFields", u" mg", None))
        self.hoursLabel.setText(QCoreApplication.translate("TitrationFields", u"&Hours between doses", None))
#if QT_CONFIG(accessibility)
        self.hoursSpin.setAccessibleName(QCoreApplication.translate("TitrationFields", u"Least hours between two doses", None))
#endif // QT_CONFIG(accessibility)
        self.hoursSpin.setSuffix(QCoreApplication.translate("TitrationFields", u" h", None))
        self.planNotesLabel.setText(QCoreApplication.translate("TitrationFields", u"&Notes", None))
#if QT_CONFIG(accessibility)
        self.planNotesEdit.setAccessibleName(QCoreApplication.translate("TitrationFields", u"Notes on the plan", None))
#endif // QT_CONFIG(accessibility)
        self.planReasonLabel.setText(QCoreApplication.translate("TitrationFields", u"Re&ason for the change", None))
#if QT_CONFIG(accessibility)
        self.planReasonEdit.setAccessibleName(QCoreApplication.translate("TitrationFields", u"Reason for the change (required for a new version)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.previewLabel.setAccessibleName(QCoreApplication.translate("TitrationFields", u"The plan day by day", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
