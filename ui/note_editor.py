"""Writing or editing a note on the display: a big plain-text field and big colour buttons.

Notes are plain text everywhere (the phone page, exports, the board), so the
field is a QPlainTextEdit: what is typed is exactly what is stored.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator import settings
from facilitator.palette import COLORS, DEFAULT_NOTE_COLOR, PALETTE
from ui.controls import (
    TOUCH_COMFORT,
    ColorSwatchButton,
    plain_label,
    touch_button,
    trim_to_limit,
)
from ui.dialogs import fit_to_screen
from ui.i18n import translate_source


class NoteEditorDialog(QDialog):
    submitted = Signal(str, str)  # text, colour key

    def __init__(
        self,
        parent: QWidget,
        *,
        text: str = "",
        color: str = DEFAULT_NOTE_COLOR,
        editing: bool = False,
    ) -> None:
        super().__init__(parent)
        self._editing = editing
        heading = self.tr("Edit note") if editing else self.tr("New note")
        self.setWindowTitle(heading)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.finished.connect(self.deleteLater)

        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("noteText")
        self.text_edit.setPlainText(text)
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setAccessibleName(self.tr("Note text"))
        self.text_edit.setPlaceholderText(self.tr("Type the note here"))
        self.text_edit.moveCursor(QTextCursor.MoveOperation.End)
        self.counter_label = plain_label(object_name="counter")
        self.counter_label.setAccessibleName(self.tr("Characters used"))
        self.counter_label.setAlignment(Qt.AlignmentFlag.AlignRight)

        self.color_buttons: dict[str, ColorSwatchButton] = {}
        colors = QButtonGroup(self)
        colors.setExclusive(True)
        color_row = QHBoxLayout()
        color_row.setSpacing(12)
        for note_color in PALETTE:
            swatch = ColorSwatchButton(
                note_color.key,
                note_color.hex,
                note_color.symbol,
                translate_source("colors", note_color.name),
                checkable=True,
            )
            swatch.setMinimumSize(72, 64)
            colors.addButton(swatch)
            color_row.addWidget(swatch)
            self.color_buttons[note_color.key] = swatch
        color_row.addStretch(1)
        self.color_buttons[color if color in COLORS else DEFAULT_NOTE_COLOR].setChecked(True)

        accept_text = self.tr("Save") if editing else self.tr("Add note")
        self.accept_button = touch_button(
            accept_text, accept_text, self.tr("Save the note (Ctrl+Enter)"), role="primary"
        )
        self.cancel_button = touch_button(
            self.tr("Cancel"), self.tr("Cancel"), self.tr("Close without saving (Esc)")
        )
        for button in (self.accept_button, self.cancel_button):
            button.setMinimumSize(200, TOUCH_COMFORT)
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.accept_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(16)
        layout.addWidget(plain_label(heading, "screenTitle"))
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.counter_label)
        layout.addWidget(plain_label(self.tr("Colour"), "sectionLabel"))
        layout.addLayout(color_row)
        layout.addLayout(buttons)

        self.accept_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self.text_edit.textChanged.connect(self._text_changed)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(sequence), self, self.accept)
        self._text_changed()
        self.text_edit.setFocus()
        fit_to_screen(self, 1100, 720)

    def text(self) -> str:
        return self.text_edit.toPlainText()

    def color(self) -> str:
        for key, swatch in self.color_buttons.items():
            if swatch.isChecked():
                return key
        return DEFAULT_NOTE_COLOR

    def _text_changed(self) -> None:
        trim_to_limit(self.text_edit, settings.NOTE_TEXT_MAX)
        count = len(self.text())
        self.counter_label.setText(
            self.tr("{count} / {limit}").format(count=count, limit=settings.NOTE_TEXT_MAX)
        )
        full = count >= settings.NOTE_TEXT_MAX
        if self.counter_label.property("full") != full:
            self.counter_label.setProperty("full", full)
            self.counter_label.style().unpolish(self.counter_label)
            self.counter_label.style().polish(self.counter_label)
        # An empty new note would be an accident; an edit may empty a note on purpose.
        self.accept_button.setEnabled(self._editing or bool(self.text().strip()))

    def accept(self) -> None:
        if not self.accept_button.isEnabled():
            return
        super().accept()
        self.submitted.emit(self.text(), self.color())
