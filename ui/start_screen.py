"""The first screen: every stored session, the most recently changed first, and making a new one.

Facilitators prepare on a laptop the day before and open the session on the
wall display, so rows are big enough for a finger, and each row's actions are
visible buttons (no right-click or hover needed).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from facilitator import settings
from facilitator.domain import Workshop
from facilitator.errors import FacilitatorError
from facilitator.services.library import Library
from facilitator.state import WorkshopState
from facilitator.storage.store import WorkshopSummary
from facilitator.templates import TemplateCatalog
from ui.controls import (
    TOUCH_COMFORT,
    CardButton,
    plain_label,
    plain_tooltip,
    touch_button,
    with_glyph,
)
from ui.dialogs import ConfirmDialog, DialogHost, TextPromptDialog, fit_to_screen
from ui.export.dialog import ExportDialog
from ui.i18n import local_time
from ui.privacy import PrivacyActions
from ui.refusals import attempt
from ui.session_import import SessionImporter
from ui.template_picker import TemplatePicker, scrolling

# Wider rows are hard to read across; the list stays centred on big screens.
CONTENT_MAX_WIDTH = 1500
ROW_MIN_HEIGHT = 96
# Room for the list's scroll bar, so the header lines up with the rows.
LIST_RIGHT_MARGIN = 12


def language_name(language: str) -> str:
    names = {
        "fi": QCoreApplication.translate("Languages", "Finnish"),
        "sv": QCoreApplication.translate("Languages", "Swedish"),
        "en": QCoreApplication.translate("Languages", "English"),
    }
    return names.get(language, language)


class SessionRow(QFrame):
    """One session: tap the card to open; rename, duplicate and delete beside it."""

    def __init__(self, summary: WorkshopSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        self.setObjectName("sessionRow")

        self.open_button = CardButton(self.tr("Open session {title}").format(title=summary.title))
        self.open_button.setObjectName("card")
        self.open_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.open_button.setMinimumHeight(ROW_MIN_HEIGHT)
        self.title_label = plain_label(summary.title, "rowTitle", wrap=True)
        self.details_label = plain_label(self.details(summary), "rowDetails", wrap=True)
        chevron = plain_label("›", "rowTitle")
        text_column = QVBoxLayout()
        text_column.setSpacing(4)
        text_column.addWidget(self.title_label)
        text_column.addWidget(self.details_label)
        card_layout = QHBoxLayout(self.open_button)
        card_layout.setContentsMargins(24, 14, 24, 14)
        card_layout.addLayout(text_column, 1)
        card_layout.addWidget(chevron)
        for child in (self.title_label, self.details_label, chevron):
            CardButton.pass_taps_through(child)
        self.open_button.setToolTip(plain_tooltip(summary.title))
        self.open_button.setAccessibleDescription(self.details_label.text())

        self.rename_button = self._action("✎", self.tr("Rename"), self.tr("Rename session"))
        self.duplicate_button = self._action(
            "❐",
            self.tr("Duplicate as template"),
            self.tr("Copy the boards and clusters into a new session, without notes"),
        )
        self.delete_button = self._action("✖", self.tr("Delete"), self.tr("Delete session"))
        # A symbol alone: a fourth labelled button would squeeze the title on a laptop.
        description = self.tr("Export as PDF, pictures, tables or a file")
        self.export_button = touch_button("⤓", f"{description}: {summary.title}")
        self.export_button.setToolTip(plain_tooltip(description))
        self.export_button.setMinimumSize(TOUCH_COMFORT, TOUCH_COMFORT)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 16, 8)
        layout.setSpacing(12)
        layout.addWidget(self.open_button, 1)
        for button in (
            self.export_button,
            self.rename_button,
            self.duplicate_button,
            self.delete_button,
        ):
            layout.addWidget(button)

    def _action(self, glyph: str, text: str, description: str) -> QPushButton:
        button = touch_button(with_glyph(glyph, text), f"{description}: {self.summary.title}")
        button.setToolTip(plain_tooltip(description))
        button.setMinimumHeight(TOUCH_COMFORT)
        return button

    def details(self, summary: WorkshopSummary) -> str:
        parts = [
            self.tr("Last changed {date}").format(date=local_time(summary.updated_at)),
            self.tr("%n boards", "", summary.board_count),
            self.tr("%n notes", "", summary.note_count),
            language_name(summary.language),
        ]
        return "  ·  ".join(parts)


class NewSessionDialog(QDialog):
    """Title, language and first board of a new session, all on one page."""

    sessionRequested = Signal(str, str, str)  # title, language, template id

    def __init__(self, parent: QWidget, templates: TemplateCatalog, language: str) -> None:
        super().__init__(parent)
        heading = self.tr("New session")
        self.setWindowTitle(heading)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.finished.connect(self.deleteLater)

        title_label = plain_label(self.tr("Title"), "sectionLabel")
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(settings.TITLE_MAX)
        self.title_edit.setPlaceholderText(self.tr("For example: Team retrospective, spring"))
        self.title_edit.setAccessibleName(self.tr("Session title"))
        title_label.setBuddy(self.title_edit)

        self.language_buttons: dict[str, QPushButton] = {}
        languages = QButtonGroup(self)
        language_row = QHBoxLayout()
        language_row.setSpacing(12)
        for code in ("fi", "sv", "en"):
            name = language_name(code)
            button = touch_button(
                name,
                self.tr("Boards in {language}").format(language=name),
                role="choice",
                checkable=True,
                keeps_focus_elsewhere=False,
            )
            button.setMinimumWidth(180)
            button.toggled.connect(self._language_toggled)
            languages.addButton(button)
            language_row.addWidget(button)
            self.language_buttons[code] = button
        language_row.addStretch(1)

        self.template_picker = TemplatePicker(templates, language, selectable=True)
        self.create_button = touch_button(
            self.tr("Create session"),
            self.tr("Create session"),
            role="primary",
            keeps_focus_elsewhere=False,
        )
        self.create_button.setDefault(True)
        self.cancel_button = touch_button(
            self.tr("Cancel"), self.tr("Cancel"), keeps_focus_elsewhere=False
        )
        for button in (self.create_button, self.cancel_button):
            button.setMinimumSize(200, TOUCH_COMFORT)
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.create_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(14)
        layout.addWidget(plain_label(heading, "screenTitle"))
        layout.addWidget(title_label)
        layout.addWidget(self.title_edit)
        layout.addSpacing(8)
        layout.addWidget(plain_label(self.tr("Language of the boards"), "sectionLabel"))
        layout.addLayout(language_row)
        layout.addSpacing(8)
        layout.addWidget(plain_label(self.tr("First board"), "sectionLabel"))
        layout.addWidget(scrolling(self.template_picker, self.tr("First board")), 1)
        layout.addLayout(buttons)

        self.create_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self.title_edit.textChanged.connect(self._update_create)
        self.language_buttons.get(language, self.language_buttons["en"]).setChecked(True)
        self._update_create()
        self.title_edit.setFocus()
        fit_to_screen(self, 1280, 960)

    def language(self) -> str:
        for code, button in self.language_buttons.items():
            if button.isChecked():
                return code
        return settings.DEFAULT_LANGUAGE

    def _language_toggled(self, checked: bool) -> None:
        if checked:
            self.template_picker.set_language(self.language())

    def _update_create(self) -> None:
        self.create_button.setEnabled(bool(self.title_edit.text().strip()))

    def accept(self) -> None:
        if not self.title_edit.text().strip():
            return
        super().accept()
        self.sessionRequested.emit(
            self.title_edit.text(), self.language(), self.template_picker.selected_template_id()
        )


class StartScreen(QWidget):
    openRequested = Signal(str)  # workshop id
    errorOccurred = Signal(object)  # FacilitatorError
    noticeRequested = Signal(str)

    def __init__(self, library: Library, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._language = language
        self.rows: list[SessionRow] = []
        self._dialogs = DialogHost()

        self.new_button = touch_button(
            with_glyph("+", self.tr("New session")), self.tr("New session"), role="primary"
        )
        self.new_button.setMinimumSize(260, 64)
        self.new_button.clicked.connect(self.new_session)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, LIST_RIGHT_MARGIN, 0)
        header.addWidget(plain_label(self.tr("Sessions"), "screenTitle"), 1)
        # Shown with or without sessions: a first session may come from a file.
        self.importer = SessionImporter(library, self)
        self.importer.imported.connect(self._imported)
        self.importer.failed.connect(self.errorOccurred)
        self.import_button = touch_button(
            with_glyph("⇪", self.tr("Import session…")),
            self.tr("Import session"),
            self.tr("Add a session from a file exported as JSON"),
        )
        self.import_button.setMinimumHeight(64)
        self.import_button.clicked.connect(self.importer.choose_file)
        header.addWidget(self.import_button)
        self.privacy = PrivacyActions(library, self, self._show)
        self.privacy.changed.connect(self.refresh)
        self.privacy.noticeRequested.connect(self.noticeRequested)
        self.privacy.failed.connect(self.errorOccurred)
        self.privacy_button = touch_button(
            self.tr("Data and privacy…"),
            self.tr("Data and privacy"),
            self.tr("Delete old sessions automatically, or remove participant names"),
        )
        self.privacy_button.setMinimumHeight(64)
        self.privacy_button.clicked.connect(self.privacy.open)
        header.addWidget(self.privacy_button)
        header.addWidget(self.new_button)

        self.hint_label = plain_label(self.tr("Tap a session to open it."), "muted")
        self._list = QWidget()
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setContentsMargins(0, 0, LIST_RIGHT_MARGIN, 0)
        self._list_layout.setSpacing(14)
        self._list_layout.addStretch(1)
        self._scroll = QScrollArea()
        self._scroll.setAccessibleName(self.tr("Sessions"))
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setWidget(self._list)
        QScroller.grabGesture(self._scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)

        self.empty_state = QWidget()
        empty_layout = QVBoxLayout(self.empty_state)
        empty_layout.addStretch(1)
        self.empty_label = plain_label(
            self.tr("No sessions yet — create your first one"), "emptyState", wrap=True
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_new_button = touch_button(
            with_glyph("+", self.tr("New session")), self.tr("New session"), role="primary"
        )
        self.empty_new_button.setMinimumSize(320, 72)
        self.empty_new_button.clicked.connect(self.new_session)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addSpacing(24)
        empty_layout.addWidget(self.empty_new_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)

        column = QWidget()
        column.setMaximumWidth(CONTENT_MAX_WIDTH)
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(48, 40, 48, 24)
        column_layout.setSpacing(16)
        column_layout.addLayout(header)
        column_layout.addWidget(self.hint_label)
        column_layout.addWidget(self._scroll, 1)
        column_layout.addWidget(self.empty_state, 1)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(column)
        self.refresh()

    def set_language(self, language: str) -> None:
        """The language new sessions start with."""
        self._language = language

    def refresh(self) -> None:
        for row in self.rows:
            self._list_layout.removeWidget(row)
            row.deleteLater()
        self.rows = []
        try:
            summaries = self._library.summaries()
        except FacilitatorError as exc:
            self.errorOccurred.emit(exc)
            summaries = []
        for index, summary in enumerate(summaries):
            row = SessionRow(summary)
            row.open_button.clicked.connect(
                lambda _=False, i=summary.id: self.openRequested.emit(i)
            )
            self._connect(row.rename_button, self.rename_session, summary)
            self._connect(row.duplicate_button, self.duplicate_session, summary)
            self._connect(row.delete_button, self.delete_session, summary)
            self._connect(row.export_button, self.export_session, summary)
            self._list_layout.insertWidget(index, row)
            self.rows.append(row)
        has_sessions = bool(self.rows)
        self._scroll.setVisible(has_sessions)
        self.hint_label.setVisible(has_sessions)
        self.new_button.setVisible(has_sessions)
        self.empty_state.setVisible(not has_sessions)

    @staticmethod
    def _connect(
        button: QPushButton,
        action: Callable[[WorkshopSummary], None],
        summary: WorkshopSummary,
    ) -> None:
        button.clicked.connect(lambda _=False: action(summary))

    def row_for(self, workshop_id: str) -> SessionRow | None:
        return next((row for row in self.rows if row.summary.id == workshop_id), None)

    # Actions -------------------------------------------------------------------

    @property
    def dialog(self) -> QDialog | None:
        """The dialog this screen has open, if any."""
        return self._dialogs.current

    def _show(self, dialog: QDialog) -> None:
        self._dialogs.show(dialog)

    def _attempt(self, action: Callable[[], None]) -> bool:
        return attempt(action, self.errorOccurred.emit)

    def new_session(self) -> None:
        dialog = NewSessionDialog(self, self._library.templates, self._language)
        dialog.sessionRequested.connect(self._create)
        self._show(dialog)

    def _create(self, title: str, language: str, template_id: str) -> None:
        created: list[str] = []

        def create() -> None:
            created.append(self._library.create(title, language, template_id).id)

        if self._attempt(create):
            self.refresh()
            self.openRequested.emit(created[0])

    def rename_session(self, summary: WorkshopSummary) -> None:
        dialog = TextPromptDialog(
            self,
            self.tr("Rename session"),
            self.tr("New title"),
            summary.title,
            accept_text=self.tr("Rename"),
        )
        dialog.textAccepted.connect(lambda title: self._rename(summary, title))
        self._show(dialog)

    def _rename(self, summary: WorkshopSummary, title: str) -> None:
        if self._attempt(lambda: self._library.rename(summary.id, title)):
            self.refresh()

    def duplicate_session(self, summary: WorkshopSummary) -> None:
        copies: list[str] = []

        def duplicate() -> None:
            copies.append(self._library.duplicate(summary.id).title)

        if self._attempt(duplicate):
            self.refresh()
            self.noticeRequested.emit(
                self.tr("Created “{title}”: the same boards and clusters, without notes.").format(
                    title=copies[0]
                )
            )

    def delete_session(self, summary: WorkshopSummary) -> None:
        dialog = ConfirmDialog(
            self,
            self.tr("Delete session?"),
            self.tr(
                "“{title}” and all its boards and notes will be deleted. This cannot be undone."
            ).format(title=summary.title),
            self.tr("Delete session"),
            cancel_text=self.tr("Keep it"),
        )
        dialog.accepted.connect(lambda: self._delete(summary))
        self._show(dialog)

    def _delete(self, summary: WorkshopSummary) -> None:
        if self._attempt(lambda: self._library.delete(summary.id)):
            self.refresh()
            self.noticeRequested.emit(self.tr("Deleted “{title}”.").format(title=summary.title))

    def export_session(self, summary: WorkshopSummary) -> None:
        states: list[WorkshopState] = []
        if self._attempt(lambda: states.append(self._library.load(summary.id))):
            # A session not open does not change while the dialog is open.
            self._show(ExportDialog(self, lambda: states[0]))

    def _imported(self, workshop: Workshop) -> None:
        self.refresh()
        row = self.row_for(workshop.id)
        if row is not None:
            self._scroll.ensureWidgetVisible(row)
        self.noticeRequested.emit(self.tr("Imported “{title}”.").format(title=workshop.title))
