"""Before the parent's screen goes up: who lacks consent for the shared review, and why.

The decision is the project's (:func:`vigeditor.project.consent_check.check_review_consent`);
this dialog only says what it found and asks. "Don't start" is the default; "Start anyway"
needs a typed reason, which is recorded in the case's audit log before the review starts.
The dialog is opened without blocking (``open()``); its ``accepted`` signal starts the review.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vigeditor.project.consent_check import ReviewConsent, record_review_without_consent
from vigeditor.project.errors import CaseError
from vigeditor.ui.details.common import hint, labelled
from vigeditor.ui.session import CaseSession


class ReviewConsentDialog(QDialog):
    """Asks whether to start a shared review although consent is lacking."""

    def __init__(self, session: CaseSession, check: ReviewConsent, cycle_number: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.check, self.cycle_number = session, check, cycle_number
        self.setWindowTitle(self.tr("Consent for the shared review"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        heading = QLabel(self.tr("Not everyone who could be in these films has consent for "
                                 "the shared review today:"))
        heading.setWordWrap(True)
        self.people = QLabel("\n".join("•  " + line for line in check.lines()))
        self.people.setWordWrap(True)
        self.people.setAccessibleName(self.tr("Who lacks consent"))
        self.people.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("For example: consent given by phone today, "
                                               "the form follows"))
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(70)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        self.dont_start = QPushButton(self.tr("Don't start"))
        self.start_anyway = QPushButton(self.tr("Start anyway"))
        self.dont_start.setDefault(True)
        self.dont_start.setAutoDefault(True)
        self.start_anyway.setAutoDefault(False)
        self.dont_start.clicked.connect(self.reject)
        self.start_anyway.clicked.connect(self.start)
        self._build(heading)
        self.dont_start.setFocus()

    def _build(self, heading: QLabel) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.people)
        layout.addSpacing(8)
        layout.addWidget(labelled(self.tr("If you start anyway, say &why:"), self.reason))
        layout.addWidget(self.reason)
        layout.addWidget(hint(self.tr("Your reason is recorded in the case, with the date.")))
        layout.addWidget(self.problem)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_anyway)
        buttons.addWidget(self.dont_start)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)

    def start(self) -> bool:
        """Start anyway: refused without a reason; with one, it is recorded and we accept."""
        reason = self.reason.toPlainText().strip()
        if not reason:
            self._refuse(self.tr("Say why you start the shared review without everyone's "
                                 "consent; the review has not started."))
            return False
        try:
            record_review_without_consent(self.session.case, self.check, reason,
                                          cycle=self.cycle_number)
        except CaseError as error:
            self._refuse(str(error))
            return False
        self.accept()
        return True

    def _refuse(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()
        self.reason.setFocus()
