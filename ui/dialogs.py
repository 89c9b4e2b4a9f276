"""Small touch-friendly dialogs: a text prompt, a confirmation, a board's title and question.

They are opened with ``open()`` (never ``exec()``): the workshop keeps running
behind them, no nested event loop re-enters the board, and tests drive them by
filling them in and calling ``accept()``. Each reports its answer by a signal
and deletes itself when closed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator import settings
from ui.controls import TOUCH_COMFORT, plain_label, touch_button, trim_to_limit

DIALOG_MIN_WIDTH = 760


class DialogHost:
    """Keeps at most one dialog open on a screen: opening another rejects the first.

    Dialogs are opened with ``open()``, never ``exec()``, so the event loop (and
    the tests driving it) keep running; ``current`` is the one showing.
    """

    def __init__(self) -> None:
        self.current: QDialog | None = None

    def show(self, dialog: QDialog) -> None:
        if self.current is not None:
            self.current.reject()
        self.current = dialog
        dialog.finished.connect(lambda _=0, d=dialog: self._forget(d))
        dialog.open()

    def _forget(self, dialog: QDialog) -> None:
        if self.current is dialog:
            self.current = None


def fit_to_screen(dialog: QWidget, width: int, height: int) -> None:
    """Resize to ``width`` x ``height``, or less on a smaller screen (e.g. a laptop)."""
    available = dialog.screen().availableGeometry()
    dialog.resize(min(width, available.width() - 48), min(height, available.height() - 48))


def prepare_dialog(dialog: QDialog, heading: str) -> QVBoxLayout:
    """Shared frame: modal to its window, deleted when closed, a large heading."""
    dialog.setWindowTitle(heading)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumWidth(DIALOG_MIN_WIDTH)
    dialog.finished.connect(dialog.deleteLater)
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(32, 28, 32, 28)
    layout.setSpacing(20)
    layout.addWidget(plain_label(heading, "screenTitle", wrap=True))
    return layout


def button_row(accept: QPushButton, reject: QPushButton) -> QHBoxLayout:
    for button in (accept, reject):
        button.setMinimumHeight(TOUCH_COMFORT)
        button.setMinimumWidth(180)
    row = QHBoxLayout()
    row.setSpacing(16)
    row.addStretch(1)
    row.addWidget(reject)
    row.addWidget(accept)
    return row


class TextPromptDialog(QDialog):
    """Ask for one line of text, e.g. a new title."""

    textAccepted = Signal(str)

    def __init__(
        self,
        parent: QWidget,
        heading: str,
        prompt: str,
        text: str = "",
        *,
        accept_text: str = "",
        max_length: int = settings.TITLE_MAX,
    ) -> None:
        super().__init__(parent)
        layout = prepare_dialog(self, heading)
        prompt_label = plain_label(prompt, wrap=True)
        self.line_edit = QLineEdit(text)
        self.line_edit.setMaxLength(max_length)
        self.line_edit.setAccessibleName(prompt)
        self.line_edit.selectAll()
        prompt_label.setBuddy(self.line_edit)
        self.accept_button = touch_button(
            accept_text or self.tr("OK"),
            accept_text or self.tr("OK"),
            role="primary",
            keeps_focus_elsewhere=False,
        )
        self.accept_button.setDefault(True)
        self.cancel_button = touch_button(
            self.tr("Cancel"), self.tr("Cancel"), keeps_focus_elsewhere=False
        )
        layout.addWidget(prompt_label)
        layout.addWidget(self.line_edit)
        layout.addStretch(1)
        layout.addLayout(button_row(self.accept_button, self.cancel_button))

        self.accept_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self.line_edit.textChanged.connect(self._update_accept)
        self._update_accept()
        self.line_edit.setFocus()

    def text(self) -> str:
        return self.line_edit.text()

    def _update_accept(self) -> None:
        self.accept_button.setEnabled(bool(self.line_edit.text().strip()))

    def accept(self) -> None:
        if not self.line_edit.text().strip():
            return
        super().accept()
        self.textAccepted.emit(self.line_edit.text())


class ConfirmDialog(QDialog):
    """Ask before something that matters; the message names what is affected."""

    def __init__(
        self,
        parent: QWidget,
        heading: str,
        message: str,
        confirm_text: str,
        *,
        cancel_text: str = "",
        dangerous: bool = True,
    ) -> None:
        super().__init__(parent)
        layout = prepare_dialog(self, heading)
        self.message_label = plain_label(message, wrap=True)
        self.confirm_button = touch_button(
            confirm_text,
            confirm_text,
            role="danger" if dangerous else "primary",
            keeps_focus_elsewhere=False,
        )
        self.cancel_button = touch_button(
            cancel_text or self.tr("Cancel"),
            cancel_text or self.tr("Cancel"),
            keeps_focus_elsewhere=False,
        )
        # A stray Enter must not confirm something that cannot be taken back.
        self.cancel_button.setDefault(True)
        layout.addWidget(self.message_label)
        layout.addStretch(1)
        layout.addLayout(button_row(self.confirm_button, self.cancel_button))
        self.confirm_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self.cancel_button.setFocus()


class BoardDetailsDialog(QDialog):
    """Edit a board's title and the question it asks participants."""

    detailsAccepted = Signal(str, str)  # title, question

    def __init__(self, parent: QWidget, title: str, question: str) -> None:
        super().__init__(parent)
        layout = prepare_dialog(self, self.tr("Edit board"))
        title_label = plain_label(self.tr("Title"), "sectionLabel")
        self.title_edit = QLineEdit(title)
        self.title_edit.setMaxLength(settings.TITLE_MAX)
        self.title_edit.setAccessibleName(self.tr("Board title"))
        title_label.setBuddy(self.title_edit)
        question_label = plain_label(
            self.tr("Question for participants (optional)"), "sectionLabel"
        )
        self.question_edit = QPlainTextEdit()
        self.question_edit.setPlainText(question)
        self.question_edit.setTabChangesFocus(True)
        self.question_edit.setAccessibleName(self.tr("Question for participants"))
        self.question_edit.setMinimumHeight(160)
        self.question_edit.textChanged.connect(self._limit_question)
        question_label.setBuddy(self.question_edit)
        self.accept_button = touch_button(
            self.tr("Save"), self.tr("Save"), role="primary", keeps_focus_elsewhere=False
        )
        self.accept_button.setDefault(True)
        self.cancel_button = touch_button(
            self.tr("Cancel"), self.tr("Cancel"), keeps_focus_elsewhere=False
        )
        for widget in (title_label, self.title_edit, question_label, self.question_edit):
            layout.addWidget(widget)
        layout.addLayout(button_row(self.accept_button, self.cancel_button))

        self.accept_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self.title_edit.textChanged.connect(self._update_accept)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(sequence), self, self.accept)
        self._update_accept()
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    def _update_accept(self) -> None:
        self.accept_button.setEnabled(bool(self.title_edit.text().strip()))

    def _limit_question(self) -> None:
        trim_to_limit(self.question_edit, settings.QUESTION_MAX)

    def accept(self) -> None:
        if not self.title_edit.text().strip():
            return
        super().accept()
        self.detailsAccepted.emit(self.title_edit.text(), self.question_edit.toPlainText())
