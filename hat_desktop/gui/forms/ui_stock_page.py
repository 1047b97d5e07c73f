# Generated from ui/stock_page.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_StockPage(object):
    def setupUi(self, StockPage: QWidget) -> None:
        if not StockPage.objectName():
            StockPage.setObjectName(u"StockPage")
        StockPage.resize(980, 700)
        self.stockLayout = QVBoxLayout(StockPage)
        self.stockLayout.setObjectName(u"stockLayout")
        self.stockLayout.setContentsMargins(11, 11, 11, 11)
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.titleLabel = QLabel(StockPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.titleRow.addWidget(self.titleLabel)

        self.titleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleRow.addItem(self.titleSpacer)

        self.reconcileButton = QPushButton(StockPage)
        self.reconcileButton.setObjectName(u"reconcileButton")
        self.reconcileButton.setAutoDefault(False)

        self.titleRow.addWidget(self.reconcileButton)

        self.closeDayButton = QPushButton(StockPage)
        self.closeDayButton.setObjectName(u"closeDayButton")
        self.closeDayButton.setAutoDefault(False)

        self.titleRow.addWidget(self.closeDayButton)

        self.summaryButton = QPushButton(StockPage)
        self.summaryButton.setObjectName(u"summaryButton")
        self.summaryButton.setAutoDefault(False)

        self.titleRow.addWidget(self.summaryButton)


        self.stockLayout.addLayout(self.titleRow)

        self.dayStateLabel = QLabel(StockPage)
        self.dayStateLabel.setObjectName(u"dayStateLabel")
        self.dayStateLabel.setWordWrap(True)

        self.stockLayout.addWidget(self.dayStateLabel)

        self.stockAlerts = QLabel(StockPage)
        self.stockAlerts.setObjectName(u"stockAlerts")
        self.stockAlerts.setVisible(False)
        self.stockAlerts.setWordWrap(True)

        self.stockLayout.addWidget(self.stockAlerts)

        self.errorLabel = QLabel(StockPage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)

        self.stockLayout.addWidget(self.errorLabel)

        self.resultLabel = QLabel(StockPage)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setVisible(False)
        self.resultLabel.setWordWrap(True)

        self.stockLayout.addWidget(self.resultLabel)

        self.sectionsGroup = QGroupBox(StockPage)
        self.sectionsGroup.setObjectName(u"sectionsGroup")
        self.sectionsLayout = QVBoxLayout(self.sectionsGroup)
        self.sectionsLayout.setObjectName(u"sectionsLayout")
        self.sectionsTable = QTableView(self.sectionsGroup)
        self.sectionsTable.setObjectName(u"sectionsTable")
        self.sectionsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sectionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sectionsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sectionsTable.setAlternatingRowColors(True)
        self.sectionsTable.setWordWrap(True)

        self.sectionsLayout.addWidget(self.sectionsTable)


        self.stockLayout.addWidget(self.sectionsGroup)

        self.detailRow = QHBoxLayout()
        self.detailRow.setObjectName(u"detailRow")
        self.batchesGroup = QGroupBox(StockPage)
        self.batchesGroup.setObjectName(u"batchesGroup")
        self.batchesLayout = QVBoxLayout(self.batchesGroup)
        self.batchesLayout.setObjectName(u"batchesLayout")
        self.batchSectionLabel = QLabel(self.batchesGroup)
        self.batchSectionLabel.setObjectName(u"batchSectionLabel")
        self.batchSectionLabel.setWordWrap(True)

        self.batchesLayout.addWidget(self.batchSectionLabel)

        self.batchesTable = QTableView(self.batchesGroup)
        self.batchesTable.setObjectName(u"batchesTable")
        self.batchesTable.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.batchesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.batchesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.batchesTable.setWordWrap(True)

        self.batchesLayout.addWidget(self.batchesTable)

        self.reconciledLabel = QLabel(self.batchesGroup)
        self.reconciledLabel.setObjectName(u"reconciledLabel")
        self.reconciledLabel.setWordWrap(True)

        self.batchesLayout.addWidget(self.reconciledLabel)


        self.detailRow.addWidget(self.batchesGroup)

        self.chartGroup = QGroupBox(StockPage)
        self.chartGroup.setObjectName(u"chartGroup")
        self.chartLayout = QVBoxLayout(self.chartGroup)
        self.chartLayout.setObjectName(u"chartLayout")

        self.detailRow.addWidget(self.chartGroup)

        self.detailRow.setStretch(0, 1)
        self.detailRow.setStretch(1, 1)

        self.stockLayout.addLayout(self.detailRow)

        self.discrepanciesGroup = QGroupBox(StockPage)
        self.discrepanciesGroup.setObjectName(u"discrepanciesGroup")
        self.discrepanciesLayout = QVBoxLayout(self.discrepanciesGroup)
        self.discrepanciesLayout.setObjectName(u"discrepanciesLayout")
        self.discrepancyButtons = QHBoxLayout()
        self.discrepancyButtons.setObjectName(u"discrepancyButtons")
        self.discrepanciesNote = QLabel(self.discrepanciesGroup)
        self.discrepanciesNote.setObjectName(u"discrepanciesNote")
        self.discrepanciesNote.setWordWrap(True)

        self.discrepancyButtons.addWidget(self.discrepanciesNote)

        self.investigateButton = QPushButton(self.discrepanciesGroup)
        self.investigateButton.setObjectName(u"investigateButton")
        self.investigateButton.setAutoDefault(False)

        self.discrepancyButtons.addWidget(self.investigateButton)

        self.discrepancyButtons.setStretch(0, 1)

        self.discrepanciesLayout.addLayout(self.discrepancyButtons)

        self.discrepanciesTable = QTableView(self.discrepanciesGroup)
        self.discrepanciesTable.setObjectName(u"discrepanciesTable")
        self.discrepanciesTable.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.discrepanciesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.discrepanciesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.discrepanciesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.discrepanciesTable.setMaximumSize(QSize(16777215, 130))

        self.discrepanciesLayout.addWidget(self.discrepanciesTable)


        self.stockLayout.addWidget(self.discrepanciesGroup)

        self.stockLayout.setStretch(6, 1)
        QWidget.setTabOrder(self.reconcileButton, self.closeDayButton)
        QWidget.setTabOrder(self.closeDayButton, self.summaryButton)
        QWidget.setTabOrder(self.summaryButton, self.sectionsTable)
        QWidget.setTabOrder(self.sectionsTable, self.batchesTable)
        QWidget.setTabOrder(self.batchesTable, self.discrepanciesTable)
        QWidget.setTabOrder(self.discrepanciesTable, self.investigateButton)

        self.retranslateUi(StockPage)

        QMetaObject.connectSlotsByName(StockPage)
    # setupUi

    def retranslateUi(self, StockPage: QWidget) -> None:
        StockPage.setWindowTitle(QCoreApplication.translate("StockPage", u"Stock", None))
        self.titleLabel.setText(QCoreApplication.translate("StockPage", u"Stock", None))
        self.reconcileButton.setText(QCoreApplication.translate("StockPage", u"&Count the stock\u2026", None))
#if QT_CONFIG(accessibility)
        self.reconcileButton.setAccessibleName(QCoreApplication.translate("StockPage", u"Count the stock: the blind count, at any time of day", None))
#endif // QT_CONFIG(accessibility)
        self.closeDayButton.setText(QCoreApplication.translate("StockPage", u"Close the da&y\u2026", None))
#if QT_CONFIG(accessibility)
        self.closeDayButton.setAccessibleName(QCoreApplication.translate("StockPage", u"Close the clinic day", None))
#endif // QT_CONFIG(accessibility)
        self.summaryButton.setText(QCoreApplication.translate("StockPage", u"End-of-day &summary\u2026", None))
#if QT_CONFIG(accessibility)
        self.summaryButton.setAccessibleName(QCoreApplication.translate("StockPage", u"End-of-day summary: print or save", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dayStateLabel.setAccessibleName(QCoreApplication.translate("StockPage", u"Whether the clinic day can be closed", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.stockAlerts.setAccessibleName(QCoreApplication.translate("StockPage", u"Stock alerts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("StockPage", u"Error message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.resultLabel.setAccessibleName(QCoreApplication.translate("StockPage", u"Result", None))
#endif // QT_CONFIG(accessibility)
        self.sectionsGroup.setTitle(QCoreApplication.translate("StockPage", u"Register s&ections", None))
#if QT_CONFIG(accessibility)
        self.sectionsTable.setAccessibleName(QCoreApplication.translate("StockPage", u"Register sections with their balance", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sectionsTable.setAccessibleDescription(QCoreApplication.translate("StockPage", u"Choose a section to see its batches and its balance over the last 30 days", None))
#endif // QT_CONFIG(accessibility)
        self.batchesGroup.setTitle(QCoreApplication.translate("StockPage", u"&Batches and expiry", None))
#if QT_CONFIG(accessibility)
        self.batchSectionLabel.setAccessibleName(QCoreApplication.translate("StockPage", u"Chosen section: drug, strength and form", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.batchesTable.setAccessibleName(QCoreApplication.translate("StockPage", u"Batches of the chosen section with their expiry", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reconciledLabel.setAccessibleName(QCoreApplication.translate("StockPage", u"Last reconciliation of the chosen section", None))
#endif // QT_CONFIG(accessibility)
        self.chartGroup.setTitle(QCoreApplication.translate("StockPage", u"Balance over the last 30 days", None))
        self.discrepanciesGroup.setTitle(QCoreApplication.translate("StockPage", u"Open &discrepancies", None))
        self.discrepanciesNote.setText(QCoreApplication.translate("StockPage", u"A discrepancy stays open until it is explained (with a witnessed correction) or reported to the CD Accountable Officer.", None))
        self.investigateButton.setText(QCoreApplication.translate("StockPage", u"&Investigate\u2026", None))
#if QT_CONFIG(accessibility)
        self.investigateButton.setAccessibleName(QCoreApplication.translate("StockPage", u"Investigate the chosen discrepancy", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.discrepanciesTable.setAccessibleName(QCoreApplication.translate("StockPage", u"Open stock discrepancies", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
