# Generated from ui/outcome_review_dialog.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QScrollArea, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout, QWidget

class Ui_OutcomeReviewDialog(object):
    def setupUi(self, OutcomeReviewDialog: QDialog) -> None:
        if not OutcomeReviewDialog.objectName():
            OutcomeReviewDialog.setObjectName(u"OutcomeReviewDialog")
        OutcomeReviewDialog.resize(900, 640)
        self.reviewLayout = QVBoxLayout(OutcomeReviewDialog)
        self.reviewLayout.setObjectName(u"reviewLayout")
        self.introLabel = QLabel(OutcomeReviewDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.reviewLayout.addWidget(self.introLabel)

        self.whenLayout = QHBoxLayout()
        self.whenLayout.setObjectName(u"whenLayout")
        self.stageLabel = QLabel(OutcomeReviewDialog)
        self.stageLabel.setObjectName(u"stageLabel")

        self.whenLayout.addWidget(self.stageLabel)

        self.stageCombo = QComboBox(OutcomeReviewDialog)
        self.stageCombo.setObjectName(u"stageCombo")

        self.whenLayout.addWidget(self.stageCombo)

        self.reviewDateLabel = QLabel(OutcomeReviewDialog)
        self.reviewDateLabel.setObjectName(u"reviewDateLabel")

        self.whenLayout.addWidget(self.reviewDateLabel)

        self.reviewDateEdit = QDateEdit(OutcomeReviewDialog)
        self.reviewDateEdit.setObjectName(u"reviewDateEdit")
        self.reviewDateEdit.setCalendarPopup(True)

        self.whenLayout.addWidget(self.reviewDateEdit)

        self.ws = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.whenLayout.addItem(self.ws)


        self.reviewLayout.addLayout(self.whenLayout)

        self.completedLayout = QHBoxLayout()
        self.completedLayout.setObjectName(u"completedLayout")
        self.completedRadio = QRadioButton(OutcomeReviewDialog)
        self.completedRadio.setObjectName(u"completedRadio")
        self.completedRadio.setChecked(True)

        self.completedLayout.addWidget(self.completedRadio)

        self.notCompletedRadio = QRadioButton(OutcomeReviewDialog)
        self.notCompletedRadio.setObjectName(u"notCompletedRadio")

        self.completedLayout.addWidget(self.notCompletedRadio)

        self.notCompletedReasonCombo = QComboBox(OutcomeReviewDialog)
        self.notCompletedReasonCombo.setObjectName(u"notCompletedReasonCombo")
        self.notCompletedReasonCombo.setEnabled(False)

        self.completedLayout.addWidget(self.notCompletedReasonCombo)

        self.cs = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.completedLayout.addItem(self.cs)


        self.reviewLayout.addLayout(self.completedLayout)

        self.answersArea = QScrollArea(OutcomeReviewDialog)
        self.answersArea.setObjectName(u"answersArea")
        self.answersArea.setWidgetResizable(True)
        self.answersBox = QWidget()
        self.answersBox.setObjectName(u"answersBox")
        self.answersLayout = QHBoxLayout(self.answersBox)
        self.answersLayout.setObjectName(u"answersLayout")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.drugsBox = QGroupBox(self.answersBox)
        self.drugsBox.setObjectName(u"drugsBox")
        self.drugsBoxForm = QFormLayout(self.drugsBox)
        self.drugsBoxForm.setObjectName(u"drugsBoxForm")
        self.drugsBoxForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.opioidDaysLabel = QLabel(self.drugsBox)
        self.opioidDaysLabel.setObjectName(u"opioidDaysLabel")

        self.drugsBoxForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.opioidDaysLabel)

        self.opioidDaysSpin = QSpinBox(self.drugsBox)
        self.opioidDaysSpin.setObjectName(u"opioidDaysSpin")
        self.opioidDaysSpin.setMaximum(28)

        self.drugsBoxForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.opioidDaysSpin)

        self.crackDaysLabel = QLabel(self.drugsBox)
        self.crackDaysLabel.setObjectName(u"crackDaysLabel")

        self.drugsBoxForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.crackDaysLabel)

        self.crackDaysSpin = QSpinBox(self.drugsBox)
        self.crackDaysSpin.setObjectName(u"crackDaysSpin")
        self.crackDaysSpin.setMaximum(28)

        self.drugsBoxForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.crackDaysSpin)

        self.cocaineDaysLabel = QLabel(self.drugsBox)
        self.cocaineDaysLabel.setObjectName(u"cocaineDaysLabel")

        self.drugsBoxForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.cocaineDaysLabel)

        self.cocaineDaysSpin = QSpinBox(self.drugsBox)
        self.cocaineDaysSpin.setObjectName(u"cocaineDaysSpin")
        self.cocaineDaysSpin.setMaximum(28)

        self.drugsBoxForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.cocaineDaysSpin)

        self.alcoholDaysLabel = QLabel(self.drugsBox)
        self.alcoholDaysLabel.setObjectName(u"alcoholDaysLabel")

        self.drugsBoxForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.alcoholDaysLabel)

        self.alcoholDaysSpin = QSpinBox(self.drugsBox)
        self.alcoholDaysSpin.setObjectName(u"alcoholDaysSpin")
        self.alcoholDaysSpin.setMaximum(28)

        self.drugsBoxForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.alcoholDaysSpin)

        self.alcoholUnitsLabel = QLabel(self.drugsBox)
        self.alcoholUnitsLabel.setObjectName(u"alcoholUnitsLabel")

        self.drugsBoxForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.alcoholUnitsLabel)

        self.alcoholUnitsSpin = QSpinBox(self.drugsBox)
        self.alcoholUnitsSpin.setObjectName(u"alcoholUnitsSpin")
        self.alcoholUnitsSpin.setMaximum(200)

        self.drugsBoxForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.alcoholUnitsSpin)

        self.benzodiazepineDaysLabel = QLabel(self.drugsBox)
        self.benzodiazepineDaysLabel.setObjectName(u"benzodiazepineDaysLabel")

        self.drugsBoxForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.benzodiazepineDaysLabel)

        self.benzodiazepineDaysSpin = QSpinBox(self.drugsBox)
        self.benzodiazepineDaysSpin.setObjectName(u"benzodiazepineDaysSpin")
        self.benzodiazepineDaysSpin.setMaximum(28)

        self.drugsBoxForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.benzodiazepineDaysSpin)

        self.otherDrugDaysLabel = QLabel(self.drugsBox)
        self.otherDrugDaysLabel.setObjectName(u"otherDrugDaysLabel")

        self.drugsBoxForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.otherDrugDaysLabel)

        self.otherDrugDaysSpin = QSpinBox(self.drugsBox)
        self.otherDrugDaysSpin.setObjectName(u"otherDrugDaysSpin")
        self.otherDrugDaysSpin.setMaximum(28)

        self.drugsBoxForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.otherDrugDaysSpin)


        self.leftColumn.addWidget(self.drugsBox)

        self.injectingBox = QGroupBox(self.answersBox)
        self.injectingBox.setObjectName(u"injectingBox")
        self.injectingBoxForm = QFormLayout(self.injectingBox)
        self.injectingBoxForm.setObjectName(u"injectingBoxForm")
        self.injectingBoxForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.injectingDaysLabel = QLabel(self.injectingBox)
        self.injectingDaysLabel.setObjectName(u"injectingDaysLabel")

        self.injectingBoxForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.injectingDaysLabel)

        self.injectingDaysSpin = QSpinBox(self.injectingBox)
        self.injectingDaysSpin.setObjectName(u"injectingDaysSpin")
        self.injectingDaysSpin.setMaximum(28)

        self.injectingBoxForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.injectingDaysSpin)

        self.sharedEquipmentCheck = QCheckBox(self.injectingBox)
        self.sharedEquipmentCheck.setObjectName(u"sharedEquipmentCheck")

        self.injectingBoxForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.sharedEquipmentCheck)


        self.leftColumn.addWidget(self.injectingBox)

        self.ls = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.ls)


        self.answersLayout.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.offendingBox = QGroupBox(self.answersBox)
        self.offendingBox.setObjectName(u"offendingBox")
        self.offendingBoxForm = QFormLayout(self.offendingBox)
        self.offendingBoxForm.setObjectName(u"offendingBoxForm")
        self.offendingBoxForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.shopliftingDaysLabel = QLabel(self.offendingBox)
        self.shopliftingDaysLabel.setObjectName(u"shopliftingDaysLabel")

        self.offendingBoxForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.shopliftingDaysLabel)

        self.shopliftingDaysSpin = QSpinBox(self.offendingBox)
        self.shopliftingDaysSpin.setObjectName(u"shopliftingDaysSpin")
        self.shopliftingDaysSpin.setMaximum(28)

        self.offendingBoxForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.shopliftingDaysSpin)

        self.drugSellingDaysLabel = QLabel(self.offendingBox)
        self.drugSellingDaysLabel.setObjectName(u"drugSellingDaysLabel")

        self.offendingBoxForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.drugSellingDaysLabel)

        self.drugSellingDaysSpin = QSpinBox(self.offendingBox)
        self.drugSellingDaysSpin.setObjectName(u"drugSellingDaysSpin")
        self.drugSellingDaysSpin.setMaximum(28)

        self.offendingBoxForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.drugSellingDaysSpin)

        self.otherTheftDaysLabel = QLabel(self.offendingBox)
        self.otherTheftDaysLabel.setObjectName(u"otherTheftDaysLabel")

        self.offendingBoxForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.otherTheftDaysLabel)

        self.otherTheftDaysSpin = QSpinBox(self.offendingBox)
        self.otherTheftDaysSpin.setObjectName(u"otherTheftDaysSpin")
        self.otherTheftDaysSpin.setMaximum(28)

        self.offendingBoxForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.otherTheftDaysSpin)

        self.violenceDaysLabel = QLabel(self.offendingBox)
        self.violenceDaysLabel.setObjectName(u"violenceDaysLabel")

        self.offendingBoxForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.violenceDaysLabel)

        self.violenceDaysSpin = QSpinBox(self.offendingBox)
        self.violenceDaysSpin.setObjectName(u"violenceDaysSpin")
        self.violenceDaysSpin.setMaximum(28)

        self.offendingBoxForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.violenceDaysSpin)


        self.rightColumn.addWidget(self.offendingBox)

        self.healthBox = QGroupBox(self.answersBox)
        self.healthBox.setObjectName(u"healthBox")
        self.healthBoxForm = QFormLayout(self.healthBox)
        self.healthBoxForm.setObjectName(u"healthBoxForm")
        self.healthBoxForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.psychologicalHealthLabel = QLabel(self.healthBox)
        self.psychologicalHealthLabel.setObjectName(u"psychologicalHealthLabel")

        self.healthBoxForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.psychologicalHealthLabel)

        self.psychologicalHealthSpin = QSpinBox(self.healthBox)
        self.psychologicalHealthSpin.setObjectName(u"psychologicalHealthSpin")
        self.psychologicalHealthSpin.setMaximum(20)

        self.healthBoxForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.psychologicalHealthSpin)

        self.physicalHealthLabel = QLabel(self.healthBox)
        self.physicalHealthLabel.setObjectName(u"physicalHealthLabel")

        self.healthBoxForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.physicalHealthLabel)

        self.physicalHealthSpin = QSpinBox(self.healthBox)
        self.physicalHealthSpin.setObjectName(u"physicalHealthSpin")
        self.physicalHealthSpin.setMaximum(20)

        self.healthBoxForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.physicalHealthSpin)

        self.qualityOfLifeLabel = QLabel(self.healthBox)
        self.qualityOfLifeLabel.setObjectName(u"qualityOfLifeLabel")

        self.healthBoxForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.qualityOfLifeLabel)

        self.qualityOfLifeSpin = QSpinBox(self.healthBox)
        self.qualityOfLifeSpin.setObjectName(u"qualityOfLifeSpin")
        self.qualityOfLifeSpin.setMaximum(20)

        self.healthBoxForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.qualityOfLifeSpin)

        self.workDaysLabel = QLabel(self.healthBox)
        self.workDaysLabel.setObjectName(u"workDaysLabel")

        self.healthBoxForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.workDaysLabel)

        self.workDaysSpin = QSpinBox(self.healthBox)
        self.workDaysSpin.setObjectName(u"workDaysSpin")
        self.workDaysSpin.setMaximum(28)

        self.healthBoxForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.workDaysSpin)

        self.educationDaysLabel = QLabel(self.healthBox)
        self.educationDaysLabel.setObjectName(u"educationDaysLabel")

        self.healthBoxForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.educationDaysLabel)

        self.educationDaysSpin = QSpinBox(self.healthBox)
        self.educationDaysSpin.setObjectName(u"educationDaysSpin")
        self.educationDaysSpin.setMaximum(28)

        self.healthBoxForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.educationDaysSpin)

        self.housingLabel = QLabel(self.healthBox)
        self.housingLabel.setObjectName(u"housingLabel")

        self.healthBoxForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.housingLabel)

        self.housingCombo = QComboBox(self.healthBox)
        self.housingCombo.setObjectName(u"housingCombo")
        self.housingCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.healthBoxForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.housingCombo)


        self.rightColumn.addWidget(self.healthBox)

        self.rs = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rs)


        self.answersLayout.addLayout(self.rightColumn)

        self.answersArea.setWidget(self.answersBox)

        self.reviewLayout.addWidget(self.answersArea)

        self.noteLayout = QHBoxLayout()
        self.noteLayout.setObjectName(u"noteLayout")
        self.noteLabel = QLabel(OutcomeReviewDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.noteLayout.addWidget(self.noteLabel)

        self.noteEdit = QLineEdit(OutcomeReviewDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.noteLayout.addWidget(self.noteEdit)


        self.reviewLayout.addLayout(self.noteLayout)

        self.errorLabel = QLabel(OutcomeReviewDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)

        self.reviewLayout.addWidget(self.errorLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.bs = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.bs)

        self.cancelButton = QPushButton(OutcomeReviewDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)

        self.confirmButton = QPushButton(OutcomeReviewDialog)
        self.confirmButton.setObjectName(u"confirmButton")

        self.buttons.addWidget(self.confirmButton)


        self.reviewLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.stageLabel.setBuddy(self.stageCombo)
        self.reviewDateLabel.setBuddy(self.reviewDateEdit)
        self.opioidDaysLabel.setBuddy(self.opioidDaysSpin)
        self.crackDaysLabel.setBuddy(self.crackDaysSpin)
        self.cocaineDaysLabel.setBuddy(self.cocaineDaysSpin)
        self.alcoholDaysLabel.setBuddy(self.alcoholDaysSpin)
        self.alcoholUnitsLabel.setBuddy(self.alcoholUnitsSpin)
        self.benzodiazepineDaysLabel.setBuddy(self.benzodiazepineDaysSpin)
        self.otherDrugDaysLabel.setBuddy(self.otherDrugDaysSpin)
        self.injectingDaysLabel.setBuddy(self.injectingDaysSpin)
        self.shopliftingDaysLabel.setBuddy(self.shopliftingDaysSpin)
        self.drugSellingDaysLabel.setBuddy(self.drugSellingDaysSpin)
        self.otherTheftDaysLabel.setBuddy(self.otherTheftDaysSpin)
        self.violenceDaysLabel.setBuddy(self.violenceDaysSpin)
        self.psychologicalHealthLabel.setBuddy(self.psychologicalHealthSpin)
        self.physicalHealthLabel.setBuddy(self.physicalHealthSpin)
        self.qualityOfLifeLabel.setBuddy(self.qualityOfLifeSpin)
        self.workDaysLabel.setBuddy(self.workDaysSpin)
        self.educationDaysLabel.setBuddy(self.educationDaysSpin)
        self.housingLabel.setBuddy(self.housingCombo)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.stageCombo, self.reviewDateEdit)
        QWidget.setTabOrder(self.reviewDateEdit, self.completedRadio)
        QWidget.setTabOrder(self.completedRadio, self.notCompletedRadio)
        QWidget.setTabOrder(self.notCompletedRadio, self.notCompletedReasonCombo)
        QWidget.setTabOrder(self.notCompletedReasonCombo, self.opioidDaysSpin)
        QWidget.setTabOrder(self.opioidDaysSpin, self.crackDaysSpin)
        QWidget.setTabOrder(self.crackDaysSpin, self.cocaineDaysSpin)
        QWidget.setTabOrder(self.cocaineDaysSpin, self.alcoholDaysSpin)
        QWidget.setTabOrder(self.alcoholDaysSpin, self.alcoholUnitsSpin)
        QWidget.setTabOrder(self.alcoholUnitsSpin, self.benzodiazepineDaysSpin)
        QWidget.setTabOrder(self.benzodiazepineDaysSpin, self.otherDrugDaysSpin)
        QWidget.setTabOrder(self.otherDrugDaysSpin, self.injectingDaysSpin)
        QWidget.setTabOrder(self.injectingDaysSpin, self.sharedEquipmentCheck)
        QWidget.setTabOrder(self.sharedEquipmentCheck, self.shopliftingDaysSpin)
        QWidget.setTabOrder(self.shopliftingDaysSpin, self.drugSellingDaysSpin)
        QWidget.setTabOrder(self.drugSellingDaysSpin, self.otherTheftDaysSpin)
        QWidget.setTabOrder(self.otherTheftDaysSpin, self.violenceDaysSpin)
        QWidget.setTabOrder(self.violenceDaysSpin, self.psychologicalHealthSpin)
        QWidget.setTabOrder(self.psychologicalHealthSpin, self.physicalHealthSpin)
        QWidget.setTabOrder(self.physicalHealthSpin, self.qualityOfLifeSpin)
        QWidget.setTabOrder(self.qualityOfLifeSpin, self.workDaysSpin)
        QWidget.setTabOrder(self.workDaysSpin, self.educationDaysSpin)
        QWidget.setTabOrder(self.educationDaysSpin, self.housingCombo)
        QWidget.setTabOrder(self.housingCombo, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.confirmButton)
        QWidget.setTabOrder(self.confirmButton, self.cancelButton)

        self.retranslateUi(OutcomeReviewDialog)

        self.confirmButton.setDefault(True)


        QMetaObject.connectSlotsByName(OutcomeReviewDialog)
    # setupUi

    def retranslateUi(self, OutcomeReviewDialog: QDialog) -> None:
        OutcomeReviewDialog.setWindowTitle(QCoreApplication.translate("OutcomeReviewDialog", u"Outcome review", None))
        self.stageLabel.setText(QCoreApplication.translate("OutcomeReviewDialog", u"&Kind of review", None))
#if QT_CONFIG(accessibility)
        self.stageCombo.setAccessibleName(QCoreApplication.translate("OutcomeReviewDialog", u"Kind of review", None))
#endif // QT_CONFIG(accessibility)
        self.reviewDateLabel.setText(QCoreApplication.translate("OutcomeReviewDialog", u"Da&te", None))
        self.reviewDateEdit.setDisplayFormat(QCoreApplication.translate("OutcomeReviewDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.reviewDateEdit.setAccessibleName(QCoreApplication.translate("OutcomeReviewDialog", u"Date of the review", None))
#endif // QT_CONFIG(accessibility)
        self.completedRadio.setText(QCoreApplication.translate("OutcomeReviewDialog", u"The patient &answered", None))
        self.notCompletedRadio.setText(QCoreApplication.translate("OutcomeReviewDialog", u"&Not completed, because", None))
#if QT_CONFIG(accessibility)
        self.notCompletedReasonCombo.setAccessibleName(QCoreApplication.translate("OutcomeReviewDialog", u"Why the review was not completed", None))
#endif // QT_CONFIG(accessibility)
        self.drugsBox.setTitle(QCoreApplication.translate("OutcomeReviewDialog", u"Drugs and alcohol \u2014 days in the past 4 weeks", None))
        self.opioidDaysLabel.setText(QCoreApplication.translate("OutcomeReviewDialog", u"Street heroin, other opioids not prescribed", None))
#if QT_CONFIG(accessibility)
        self.opioidDaysSpin.setAccessibleName(QCoreApplication.translate("OutcomeReviewDialog", u"Street heroin, other opioids not prescribed", None))
#endif // QT_CONFIG(accessibility)
        self.crackDaysLabel.setText(QCoreApplication.translate("OutcomeReviewDialog", u"&Crack", None))
#if QT_CONFIG(accessibility)
        self.crackDaysSpin.setAccessibleName(QCoreApplication.translate("OutcomeReviewDialog", u"Crack", None))
#endif // QT_CONFIG(accessibility)
        self.cocaineDaysLabel.setText(QCoreApplication.translate("OutcomeReviewDialog", u"Cocaine &powder", None))
#if QT_CONFIG(accessibility)
        self.cocaineDaysSpin.setAccessibleName(QCoreApplication.translate("OutcomeReviewDialog", u"Cocaine powder", None))
#endif // QT_CONFIG(accessibility)
        self.alcoholDaysLabel.setText(QCoreApplication.translate("OutcomeReviewDialog", u"&Drinking days", None))
#if QT_CONFIG(accessibility)
        self.alcoholDaysSpin.setAccessibleName(QCoreApplication.translate("OutcomeReviewDialog", u"Drinking days", None))
#endif // QT_CONFIG(accessibility)
        self.alcoholUnitsLabel.setText(QCoreApplication.translate("OutcomeReviewDialog", u"&Units on a usual drinking day", None))
#if QT_CONFIG(accessibility)
        self.alcoholUnitsSpin.setAccessibleName(QCoreApplication.translate("OutcomeReviewDialog", u"Units on a usual drinking day", None))
#endif // QT_CONFIG(accessibility)
        self.benzodiazepineDaysLabel.setText(QCoreApplication.translate("OutcomeReviewDialog", u"&Benzodiazepines not prescribed", None))
#if QT_CONFIG(accessibility)
        self.benzodiazepineDaysSpin.setAccessibleName(QCoreApplication.translate("OutcomeReviewDialog", u"Benzodiazepines not prescribed", None))
#endif // QT_CONFIG(accessibility)
        self.otherDrugDaysLabel.setText(QCoreApplication.translate("OutcomeReviewDialog", u"Any other drug causing p&roblems", None))
#if QT_CONFIG(accessibility)
        self.otherDrugDaysSpin.setAccessibleName(QCoreApplication.translate("OutcomeReviewDialog", u"Any other drug causing problems", None))
#endif // QT_CONFIG(accessibility)
        self.injectingBox.setTitle(QCoreApplication.translate("OutcomeReviewDialog", u"Injecting \u2014 past 4 weeks", None))
        self.injectingDaysLabel.setText(QCoreApplication.translate("OutcomeReviewDialog", u"Days &injected (not counting doses here)", None))
#if QT_CONFIG(accessibility)
        self.injectingDaysSpin.setAccessibleName(QCoreApplication.translate("OutcomeReviewDialog", u"Days injected (not counting doses here)", None))
#endif // QT_CONFIG(accessibility)
        self.sharedEquipmentCheck.setText(QCoreApplication.translate("OutcomeReviewDialog", u"Used a needle, syringe, spoon, water or filter after someone e&lse", None))
#if QT_CONFIG(accessibility)
        self.sharedEquipmentCheck.setAccessibleName(QCoreApplication.translate("OutcomeReviewDialog", u"Used a needle, syringe, spoon, water or filter after someone else", None))
#endif // QT_CONFIG(accessibility)
        self.offendingBox.setTitle(QCoreApplication.translate("OutcomeReviewDialog", u"Offending \u2014 days in the past 4 weeks", None))
        self.shopliftingDaysLabel.setText(QCoreApplication.translate("OutcomeReviewDialog", u"Sh&oplifting", None))
#if QT_CONFIG(accessibility)
        self.shopliftingDaysSpin.setAccessibleName(QCoreApplication.translate("OutcomeReviewDialog", u"Shoplifting", None))
#endif // QT_CONFIG(accessibility)
        self.drugSellingDaysLabel.setText(QCoreApplication.translate("OutcomeReviewDialog", u"Selling dru&gs", None))
#if QT_CONFIG(accessibility)
        self.drugSellingDaysSpin.setAccessibleName(QCoreApplication.translate("OutcomeReviewDialog", u"Selling drugs", None))
#endif // QT_CONFIG(accessibility)
        self.otherTheftDaysLabel.setText(QCoreApplication.translate("OutcomeReviewDialog", u"Other theft, burglary or &fraud", None))
#if QT_CONFIG(accessibility)
        self.otherTheftDaysSpin.setAccessibleName(QCoreApplication.translate("OutcomeReviewDialog", u"Other theft, burglary or fraud", None))
#endif // QT_CONFIG(accessibility)
        self.violenceDaysLabel.setText(QCoreApplication.translate("OutcomeReviewDialog", u"Assault or &violence", None))
#if QT_CONFIG(accessibility)
        self.violenceDaysSpin.setAccessibleName(QCoreApplication.translate("OutcomeReviewDialog", u"Assault or violence", None))
#endif // QT_CONFIG(accessibility)
        self.healthBox.setTitle(QCoreApplication.translate("OutcomeReviewDialog", u"Health, work and home", None))
        self.psychologicalHealthLabel.setText(QCoreApplication.translate("OutcomeReviewDialog", u"&Mental health and mood (0-20)", None))
#if QT_CONFIG(accessibility)
        self.psychologicalHealthSpin.setAccessibleName(QCoreApplication.translate("OutcomeReviewDialog", u"Mental health and mood (0-20)", None))
#endif // QT_CONFIG(accessibility)
        self.physicalHealthLabel.setText(QCoreApplication.translate("OutcomeReviewDialog", u"Ph&ysical health (0-20)", None))
#if QT_CONFIG(accessibility)
        self.physicalHealthSpin.setAccessibleName(QCoreApplication.translate("OutcomeReviewDialog", u"Physical health (0-20)", None))
#endif // QT_CONFIG(accessibility)
        self.qualityOfLifeLabel.setText(QCoreApplication.translate("OutcomeReviewDialog", u"&Quality of life overall (0-20)", None))
#if QT_CONFIG(accessibility)
        self.qualityOfLifeSpin.setAccessibleName(QCoreApplication.translate("OutcomeReviewDialog", u"Quality of life overall (0-20)", None))
#endif // QT_CONFIG(accessibility)
        self.workDaysLabel.setText(QCoreApplication.translate("OutcomeReviewDialog", u"Days in paid &work", None))
#if QT_CONFIG(accessibility)
        self.workDaysSpin.setAccessibleName(QCoreApplication.translate("OutcomeReviewDialog", u"Days in paid work", None))
#endif // QT_CONFIG(accessibility)
        self.educationDaysLabel.setText(QCoreApplication.translate("OutcomeReviewDialog", u"Days at college or in training", None))
#if QT_CONFIG(accessibility)
        self.educationDaysSpin.setAccessibleName(QCoreApplication.translate("OutcomeReviewDialog", u"Days at college or in training", None))
#endif // QT_CONFIG(accessibility)
        self.housingLabel.setText(QCoreApplication.translate("OutcomeReviewDialog", u"&Housing", None))
#if QT_CONFIG(accessibility)
        self.housingCombo.setAccessibleName(QCoreApplication.translate("OutcomeReviewDialog", u"Housing", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("OutcomeReviewDialog", u"Not&e", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("OutcomeReviewDialog", u"Note", None))
#endif // QT_CONFIG(accessibility)
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("OutcomeReviewDialog", u"Optional (required when not completed for another reason); never in the evaluator's extract", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("OutcomeReviewDialog", u"Error message", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("OutcomeReviewDialog", u"Cancel", None))
        self.confirmButton.setText(QCoreApplication.translate("OutcomeReviewDialog", u"&Save the review", None))
    # retranslateUi
