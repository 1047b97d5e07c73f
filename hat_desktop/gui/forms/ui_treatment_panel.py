# Generated from ui/treatment_panel.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_TreatmentPanel(object):
    def setupUi(self, TreatmentPanel: QWidget) -> None:
        if not TreatmentPanel.objectName():
            TreatmentPanel.setObjectName(u"TreatmentPanel")
        TreatmentPanel.resize(900, 420)
        self.treatmentLayout = QVBoxLayout(TreatmentPanel)
        self.treatmentLayout.setObjectName(u"treatmentLayout")
        self.treatmentLayout.setContentsMargins(11, -1, -1, -1)
        self.currentLabel = QLabel(TreatmentPanel)
        self.currentLabel.setObjectName(u"currentLabel")
        self.currentLabel.setWordWrap(True)

        self.treatmentLayout.addWidget(self.currentLabel)

        self.dueLabel = QLabel(TreatmentPanel)
        self.dueLabel.setObjectName(u"dueLabel")
        self.dueLabel.setVisible(False)
        self.dueLabel.setWordWrap(True)

        self.treatmentLayout.addWidget(self.dueLabel)

        self.treatmentButtons = QHBoxLayout()
        self.treatmentButtons.setObjectName(u"treatmentButtons")
        self.startEpisodeButton = QPushButton(TreatmentPanel)
        self.startEpisodeButton.setObjectName(u"startEpisodeButton")
        self.startEpisodeButton.setAutoDefault(False)

        self.treatmentButtons.addWidget(self.startEpisodeButton)

        self.recordReviewButton = QPushButton(TreatmentPanel)
        self.recordReviewButton.setObjectName(u"recordReviewButton")
        self.recordReviewButton.setAutoDefault(False)

        self.treatmentButtons.addWidget(self.recordReviewButton)

        self.endEpisodeButton = QPushButton(TreatmentPanel)
        self.endEpisodeButton.setObjectName(u"endEpisodeButton")
        self.endEpisodeButton.setAutoDefault(False)

        self.treatmentButtons.addWidget(self.endEpisodeButton)

        self.tbs = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.treatmentButtons.addItem(self.tbs)


        self.treatmentLayout.addLayout(self.treatmentButtons)

        self.roleNote = QLabel(TreatmentPanel)
        self.roleNote.setObjectName(u"roleNote")
        self.roleNote.setWordWrap(True)

        self.treatmentLayout.addWidget(self.roleNote)

        self.episodesHeading = QLabel(TreatmentPanel)
        self.episodesHeading.setObjectName(u"episodesHeading")

        self.treatmentLayout.addWidget(self.episodesHeading)

        self.episodesTable = QTableView(TreatmentPanel)
        self.episodesTable.setObjectName(u"episodesTable")
        self.episodesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.episodesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.episodesTable.setMaximumHeight(100)

        self.treatmentLayout.addWidget(self.episodesTable)

        self.reviewsHeading = QLabel(TreatmentPanel)
        self.reviewsHeading.setObjectName(u"reviewsHeading")

        self.treatmentLayout.addWidget(self.reviewsHeading)

        self.reviewsTable = QTableView(TreatmentPanel)
        self.reviewsTable.setObjectName(u"reviewsTable")
        self.reviewsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reviewsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.treatmentLayout.addWidget(self.reviewsTable)

        self.errorLabel = QLabel(TreatmentPanel)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)

        self.treatmentLayout.addWidget(self.errorLabel)

#if QT_CONFIG(shortcut)
        self.episodesHeading.setBuddy(self.episodesTable)
        self.reviewsHeading.setBuddy(self.reviewsTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.startEpisodeButton, self.recordReviewButton)
        QWidget.setTabOrder(self.recordReviewButton, self.endEpisodeButton)
        QWidget.setTabOrder(self.endEpisodeButton, self.episodesTable)
        QWidget.setTabOrder(self.episodesTable, self.reviewsTable)

        self.retranslateUi(TreatmentPanel)

        QMetaObject.connectSlotsByName(TreatmentPanel)
    # setupUi

    def retranslateUi(self, TreatmentPanel: QWidget) -> None:
        TreatmentPanel.setWindowTitle(QCoreApplication.translate("TreatmentPanel", u"Treatment and outcomes", None))
#if QT_CONFIG(accessibility)
        self.currentLabel.setAccessibleName(QCoreApplication.translate("TreatmentPanel", u"Current treatment episode", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dueLabel.setAccessibleName(QCoreApplication.translate("TreatmentPanel", u"Outcome review due", None))
#endif // QT_CONFIG(accessibility)
        self.startEpisodeButton.setText(QCoreApplication.translate("TreatmentPanel", u"Start a t&reatment episode\u2026", None))
        self.recordReviewButton.setText(QCoreApplication.translate("TreatmentPanel", u"Outco&me review\u2026", None))
        self.endEpisodeButton.setText(QCoreApplication.translate("TreatmentPanel", u"Record the e&xit\u2026", None))
        self.episodesHeading.setText(QCoreApplication.translate("TreatmentPanel", u"Episodes", None))
#if QT_CONFIG(accessibility)
        self.episodesTable.setAccessibleName(QCoreApplication.translate("TreatmentPanel", u"Treatment episodes", None))
#endif // QT_CONFIG(accessibility)
        self.reviewsHeading.setText(QCoreApplication.translate("TreatmentPanel", u"Outcome reviews (past 4 weeks at each)", None))
#if QT_CONFIG(accessibility)
        self.reviewsTable.setAccessibleName(QCoreApplication.translate("TreatmentPanel", u"Outcome reviews", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("TreatmentPanel", u"Error message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
