"""The board screen: the phases of a session as tabs, the board, and the tools around it.

Navigation (back, phases, adding a board) sits in the top bar and the current
board's question right under it, in large type for the room. The tools used
all the time (new note, undo, zoom) sit in a bar along the bottom edge, which
a facilitator can reach on an 85" display mounted high on a wall.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QPointF, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QWheelEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from facilitator import settings
from facilitator.changes import Changeset, Insert, Update
from facilitator.commands import (
    Command,
    CreateBoard,
    CreateCluster,
    CreateNote,
    DeleteBoard,
    EditNoteText,
    MoveBoard,
    RecolorNotes,
    RenameCluster,
    UpdateBoard,
)
from facilitator.domain import Board, Workshop
from facilitator.palette import DEFAULT_NOTE_COLOR
from facilitator.participation import ShowBoard
from facilitator.services.workshop import ChangeEvent, Origin, WorkshopService
from ui import shortcuts as keys
from ui.action_sheet import ActionSheet, ClusterActionSheet, NoteActionSheet
from ui.agenda import AgendaBar, AgendaDialog
from ui.audience_window import AudienceWindow
from ui.board_timer import BoardTimer
from ui.board_view import BoardView
from ui.chime import Chime
from ui.controls import (
    TOUCH_COMFORT,
    ElidedLabel,
    button_text,
    elided,
    plain_label,
    plain_tooltip,
    touch_button,
    with_glyph,
)
from ui.dialogs import BoardDetailsDialog, ConfirmDialog, DialogHost, TextPromptDialog
from ui.discussion_bar import DiscussionBar
from ui.export.dialog import ExportDialog
from ui.i18n import translate_source
from ui.join_badge import INSET as BADGE_INSET
from ui.join_badge import JoinBadge
from ui.join_screen import JoinScreen
from ui.note_editor import NoteEditorDialog
from ui.participant_access import ParticipantAccess
from ui.participation_bar import ParticipationBar
from ui.refusals import attempt
from ui.service_bridge import ServiceBridge
from ui.shortcut_help import ShortcutHelp
from ui.template_picker import TemplatePickerDialog

TAB_TITLE_WIDTH = 280
NEW_CLUSTER_WIDTH = 700.0
NEW_CLUSTER_HEIGHT = 500.0


class PhaseTabs(QScrollArea):
    """The boards of the session in order, one tap to switch; scrolls when there are many."""

    boardSelected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phaseTabs")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # No scroll bar: it would make the top bar taller. A finger flicks the
        # row, a mouse wheel turns it, and the current tab is kept in view.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Boards"))
        self._row = QWidget()
        self._row.setObjectName("phaseTabRow")
        self._row_layout = QHBoxLayout(self._row)
        self._row_layout.setContentsMargins(0, 4, 0, 4)
        self._row_layout.setSpacing(8)
        self._row_layout.addStretch(1)
        self.setWidget(self._row)
        self.setFixedHeight(TOUCH_COMFORT + 8)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[str, QPushButton] = {}
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        steps = delta.x() or delta.y()
        bar = self.horizontalScrollBar()
        bar.setValue(bar.value() - steps)
        event.accept()

    def set_boards(self, boards: list[Board], current_id: str | None) -> None:
        for button in self._buttons.values():
            self._group.removeButton(button)
            self._row_layout.removeWidget(button)
            button.deleteLater()
        self._buttons = {}
        for index, board in enumerate(boards, start=1):
            title = elided(board.title, self.font(), TAB_TITLE_WIDTH)
            button = touch_button(
                button_text(f"{index}  {title}"),
                self.tr("Board {number} of {count}: {title}").format(
                    number=index, count=len(boards), title=board.title
                ),
                role="tab",
                checkable=True,
            )
            button.setToolTip(plain_tooltip(board.title))
            button.setMinimumHeight(TOUCH_COMFORT)
            button.clicked.connect(lambda _=False, bid=board.id: self.boardSelected.emit(bid))
            self._group.addButton(button)
            self._row_layout.insertWidget(index - 1, button)
            self._buttons[board.id] = button
        self.set_current(current_id)

    def set_current(self, board_id: str | None) -> None:
        button = self._buttons.get(board_id or "")
        if button is not None:
            button.setChecked(True)
            self.ensureWidgetVisible(button)

    def button(self, board_id: str) -> QPushButton:
        return self._buttons[board_id]

    def board_ids(self) -> list[str]:
        return list(self._buttons)


class BoardScreen(QWidget):
    backRequested = Signal()
    presentingChanged = Signal(bool)
    errorOccurred = Signal(object)  # FacilitatorError
    noticeRequested = Signal(str)

    def __init__(
        self,
        service: WorkshopService,
        bridge: ServiceBridge,
        parent: QWidget | None = None,
        *,
        access: ParticipantAccess | None = None,
        preferences: QSettings | None = None,
        chime: Chime | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._bridge = bridge
        self._access = access
        self._dialogs = DialogHost()
        self.action_sheet: ActionSheet | None = None
        self.join_screen: JoinScreen | None = None
        self._last_color = DEFAULT_NOTE_COLOR
        self._shown_index = 0
        self._in_change = False
        # Phones follow the board on screen; a switch caused by a change
        # notification is passed on once that notification is over, so every
        # listener still hears of changes in the order they were made.
        self._follow_timer = QTimer(self)
        self._follow_timer.setSingleShot(True)
        self._follow_timer.setInterval(0)
        self._follow_timer.timeout.connect(self._phones_follow)

        self.view = BoardView(service, bridge, self)
        self.view.setAccessibleName(self.tr("Board"))
        self.participation_bar = ParticipationBar(service, bridge, access)
        self.participation_bar.inviteRequested.connect(self.show_join_screen)
        self.participation_bar.errorOccurred.connect(self.errorOccurred)
        self.join_badge: JoinBadge | None = None
        if access is not None:
            self.join_badge = JoinBadge(access, self.view)
            self.join_badge.clicked.connect(self.show_join_screen)
            access.linkChanged.connect(self._show_join_badge)
        # The session's timer: an overlay on the board, full screen, and its controls.
        self.timer = BoardTimer(
            service, bridge, chime or Chime(preferences), screen=self, canvas=self.view
        )
        self.timer.errorOccurred.connect(self.errorOccurred)
        # A fitted board keeps its notes out from under the timer at the top of the board.
        self.timer.overlay.placementChanged.connect(
            lambda: self.view.set_covered_rect(self.timer.overlay.covered_rect())
        )
        self.shortcut_help: ShortcutHelp | None = None
        # The room's own window on a second screen, while it is open.
        self.audience_window: AudienceWindow | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.top_bar = self._build_top_bar()
        layout.addWidget(self.top_bar)
        self.agenda_bar = AgendaBar(service, bridge)
        self.agenda_bar.errorOccurred.connect(self.errorOccurred)
        layout.addWidget(self.agenda_bar)
        # Right under the agenda: the topic under discussion is what the room looks at.
        self.discussion_bar = DiscussionBar(service, bridge)
        self.discussion_bar.errorOccurred.connect(self.errorOccurred)
        self.discussion_bar.shownChanged.connect(self.agenda_bar.set_discussing)
        self.discussion_bar.shownChanged.connect(self.participation_bar.set_discussing)
        layout.addWidget(self.discussion_bar)
        self.question_band = self._build_question_band()
        layout.addWidget(self.question_band)
        layout.addWidget(self.participation_bar)
        layout.addWidget(self.view, 1)
        self.tool_bar = self._build_tool_bar()
        layout.addWidget(self.tool_bar)
        # The audience window's button shows only while a second screen is connected.
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(self._show_audience_button)
            app.screenRemoved.connect(self._show_audience_button)
        self._show_audience_button()
        self._presenting = False
        self.exit_presentation_button = touch_button(
            with_glyph("✕", self.tr("Exit presentation")),
            self.tr("Exit presentation"),
            self.tr("Back to all controls (Esc)"),
            object_name="exitPresentation",
            parent=self.view,
        )
        self.exit_presentation_button.setMinimumHeight(TOUCH_COMFORT)
        self.exit_presentation_button.clicked.connect(lambda: self.set_presenting(False))
        self.exit_presentation_button.hide()
        self._add_shortcuts()
        # Esc means "exit presentation" only while presenting (it stays free otherwise).
        self._exit_presentation_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self._exit_presentation_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._exit_presentation_shortcut.activated.connect(lambda: self.set_presenting(False))
        self._exit_presentation_shortcut.setEnabled(False)

        bridge.changed.connect(self._on_change)
        self.view.zoomChanged.connect(self._show_zoom)
        self.view.noteCreateRequested.connect(self._create_note_at)
        self.view.noteEditRequested.connect(self.edit_note)
        self.view.noteActionsRequested.connect(self.show_note_actions)
        self.view.clusterEditRequested.connect(self.rename_cluster)
        self.view.clusterActionsRequested.connect(self.show_cluster_actions)
        self.view.errorOccurred.connect(self.errorOccurred)

        boards = service.boards()
        # Back where the phones are, when the session was open before.
        current = service.current_board()
        self._refresh_boards(current.id if current else boards[0].id if boards else None)
        self._show_history(service.undo_label, service.redo_label)
        self._show_zoom(self.view.zoom())

    # Layout -------------------------------------------------------------------

    def _build_top_bar(self) -> QFrame:
        bar = QFrame()
        bar.setObjectName("topBar")
        self.back_button = touch_button(
            with_glyph("←", self.tr("Sessions")),
            self.tr("Back to sessions"),
            self.tr("Back to sessions"),
        )
        self.back_button.setMinimumHeight(TOUCH_COMFORT)
        self.back_button.clicked.connect(self.backRequested)
        self.title_label = ElidedLabel(self._service.workshop.title, "sessionTitle")
        self.title_label.setMaximumWidth(420)
        self.tabs = PhaseTabs()
        self.tabs.boardSelected.connect(self.show_board)
        self.add_board_button = touch_button(
            with_glyph("+", self.tr("Add board")),
            self.tr("Add board"),
            self.tr("Add a board from a template"),
        )
        self.add_board_button.setMinimumHeight(TOUCH_COMFORT)
        self.add_board_button.clicked.connect(self.add_board)
        self.agenda_button = touch_button(
            with_glyph("☰", self.tr("Agenda")), self.tr("Agenda"), self.tr("Plan the agenda (A)")
        )
        self.agenda_button.setMinimumHeight(TOUCH_COMFORT)
        self.agenda_button.clicked.connect(self.show_agenda)
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(16)
        layout.addWidget(self.back_button)
        layout.addWidget(self.title_label)
        layout.addWidget(self.tabs, 1)
        invite = self.participation_bar.invite_button
        invite.setMinimumHeight(TOUCH_COMFORT)
        layout.addWidget(invite)
        layout.addWidget(self.agenda_button)
        self.export_button = touch_button(
            with_glyph("⤓", self.tr("Export")),
            self.tr("Export"),
            self.tr("Export as PDF, pictures, tables or a file (Ctrl+E)"),
        )
        self.export_button.setMinimumHeight(TOUCH_COMFORT)
        self.export_button.clicked.connect(self.show_export)
        layout.addWidget(self.export_button)
        layout.addWidget(self.add_board_button)
        return bar

    def _build_question_band(self) -> QFrame:
        band = QFrame()
        band.setObjectName("questionBand")
        self.question_label = plain_label(object_name="question", wrap=True)
        self.question_label.setAccessibleName(self.tr("Question"))
        self.edit_board_button = touch_button(
            with_glyph("✎", self.tr("Edit")),
            self.tr("Edit board title and question"),
        )
        self.move_left_button = touch_button(
            with_glyph("◀", self.tr("Move")), self.tr("Move board left")
        )
        self.move_right_button = touch_button(
            self.tr("Move {arrow}").format(arrow="▶"), self.tr("Move board right")
        )
        self.delete_board_button = touch_button(
            with_glyph("✖", self.tr("Delete")), self.tr("Delete board")
        )
        self.edit_board_button.clicked.connect(self.edit_board)
        self.move_left_button.clicked.connect(lambda: self.move_board(-1))
        self.move_right_button.clicked.connect(lambda: self.move_board(1))
        self.delete_board_button.clicked.connect(self.delete_board)
        layout = QHBoxLayout(band)
        layout.setContentsMargins(24, 10, 16, 10)
        layout.setSpacing(12)
        layout.addWidget(self.question_label, 1)
        for button in (
            self.participation_bar.lock_switch,
            self.edit_board_button,
            self.move_left_button,
            self.move_right_button,
            self.delete_board_button,
        ):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return band

    def _build_tool_bar(self) -> QFrame:
        bar = QFrame()
        bar.setObjectName("toolBar")
        self.new_note_button = touch_button(
            with_glyph("+", self.tr("New note")),
            self.tr("New note"),
            self.tr("New note in the middle of the view (N)"),
            role="primary",
        )
        self.new_cluster_button = touch_button(
            with_glyph("⬚", self.tr("New cluster")),
            self.tr("New cluster"),
            self.tr("New cluster in the middle of the view"),
        )
        self.timer_button = touch_button(
            with_glyph("◷", self.tr("Timer")),
            self.tr("Timer controls"),
            self.tr("Countdown, stopwatch and the running timer (T)"),
            role="switch",
            checkable=True,
        )
        self.undo_button = touch_button(with_glyph("↶", self.tr("Undo")), self.tr("Undo"))
        self.redo_button = touch_button(with_glyph("↷", self.tr("Redo")), self.tr("Redo"))
        self.zoom_out_button = touch_button("−", self.tr("Zoom out"), self.tr("Zoom out (Ctrl+−)"))
        self.zoom_button = touch_button("100 %", self.tr("Zoom level"), self.tr("Back to 100 %"))
        self.zoom_button.setMinimumWidth(120)
        self.zoom_in_button = touch_button("+", self.tr("Zoom in"), self.tr("Zoom in (Ctrl++)"))
        self.fit_button = touch_button(
            with_glyph("⤢", self.tr("Fit")),
            self.tr("Fit the board to the screen"),
            self.tr("Fit (F)"),
        )
        self.new_note_button.clicked.connect(self.new_note)
        self.new_cluster_button.clicked.connect(self.new_cluster)
        self.undo_button.clicked.connect(self.undo)
        self.redo_button.clicked.connect(self.redo)
        self.zoom_out_button.clicked.connect(self.view.zoom_out)
        self.zoom_button.clicked.connect(lambda: self.view.set_zoom(1.0))
        self.zoom_in_button.clicked.connect(self.view.zoom_in)
        self.fit_button.clicked.connect(self.view.zoom_to_fit)

        layout = QHBoxLayout(bar)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(12)
        for button in (self.new_note_button, self.new_cluster_button, self.timer_button):
            button.setMinimumHeight(TOUCH_COMFORT)
            layout.addWidget(button)
        self.timer_button.clicked.connect(self.timer.toggle_panel)
        self.timer.panelShown.connect(self.timer_button.setChecked)
        self.timer.anchor = self.timer_button
        layout.addStretch(1)
        for button in (self.undo_button, self.redo_button):
            button.setMinimumSize(150, TOUCH_COMFORT)
            layout.addWidget(button)
        layout.addStretch(1)
        for button in (self.zoom_out_button, self.zoom_button, self.zoom_in_button):
            button.setMinimumHeight(TOUCH_COMFORT)
            layout.addWidget(button)
        self.zoom_out_button.setMinimumWidth(TOUCH_COMFORT)
        self.zoom_in_button.setMinimumWidth(TOUCH_COMFORT)
        self.fit_button.setMinimumHeight(TOUCH_COMFORT)
        layout.addWidget(self.fit_button)
        self.present_button = touch_button(
            with_glyph("▣", self.tr("Present")),
            self.tr("Presentation mode"),
            self.tr("Full screen with only the board, question, agenda and timer (F5)"),
        )
        self.present_button.setMinimumHeight(TOUCH_COMFORT)
        self.present_button.clicked.connect(lambda: self.set_presenting(True))
        layout.addWidget(self.present_button)
        self.audience_button = touch_button(
            with_glyph("◫", self.tr("Audience")),
            self.tr("Audience window"),
            self.tr(
                "The board, question, agenda and timer in a window of their own on the "
                "second screen; every control stays here (Ctrl+F5)"
            ),
            role="switch",
            checkable=True,
        )
        self.audience_button.setMinimumHeight(TOUCH_COMFORT)
        self.audience_button.clicked.connect(self.toggle_audience_window)
        layout.addWidget(self.audience_button)
        self.help_button = touch_button(
            "?", self.tr("Keyboard shortcuts"), self.tr("Keyboard shortcuts (F1 or ?)")
        )
        self.help_button.setMinimumSize(TOUCH_COMFORT, TOUCH_COMFORT)
        self.help_button.clicked.connect(self.show_shortcuts)
        layout.addWidget(self.help_button)
        return bar

    def _add_shortcuts(self) -> None:
        # F (fit) and plain +/- belong to the board view, which handles them when focused.
        bindings: list[tuple[str, Callable[[], object]]] = [
            ("Ctrl+Z", self.undo),
            ("Ctrl+Shift+Z", self.redo),
            ("Ctrl+Y", self.redo),
            ("N", self.new_note),
            ("Ctrl++", self.view.zoom_in),
            ("Ctrl+=", self.view.zoom_in),
            ("Ctrl+-", self.view.zoom_out),
            ("A", self.show_agenda),
            ("Ctrl+E", self.show_export),
            ("F5", self.toggle_presenting),
            (keys.AUDIENCE_WINDOW, self.toggle_audience_window),
            ("Ctrl+Right", self.agenda_bar.next_phase),
            (keys.NEXT_TOPIC, self.discussion_bar.next_topic),
            (keys.ASK_TO_CONTINUE, self.discussion_bar.ask_to_continue),
            (keys.KEEP_GOING, self.discussion_bar.keep_going),
            (keys.TIMER_PANEL, self.timer.toggle_panel),
            (keys.TIMER_FULL_SCREEN, self.timer.toggle_full_screen),
            (keys.TIMER_PAUSE, self.timer.controller.toggle_pause),
            (keys.TIMER_MORE, self.timer.controller.add_minute),
            (keys.TIMER_LESS, self.timer.controller.take_minute),
            *((key, self.show_shortcuts) for key in keys.HELP),
        ]
        self.shortcuts: list[QShortcut] = []
        for sequence, action in bindings:
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)
            self.shortcuts.append(shortcut)

    # Boards -------------------------------------------------------------------

    def current_board(self) -> Board | None:
        board_id = self.view.board_id()
        return self._service.board(board_id) if board_id else None

    def show_board(self, board_id: str) -> None:
        boards = self._service.boards()
        ids = [b.id for b in boards]
        if board_id not in ids:
            return
        if self.view.board_id() != board_id:
            self.view.show_board(board_id)
        self._shown_index = ids.index(board_id)
        self.tabs.set_current(board_id)
        self._show_board_details(boards)
        self.participation_bar.set_board(board_id)
        self.discussion_bar.set_board(board_id)
        self._show_join_badge()
        if self._in_change:
            self._follow_timer.start()
        else:
            self._phones_follow()

    def _phones_follow(self) -> None:
        board_id = self.view.board_id()
        if board_id is not None and self._service.board(board_id) is not None:
            self._attempt(lambda: self._service.execute(ShowBoard(board_id), undoable=False))

    # Participants ---------------------------------------------------------------

    def show_join_screen(self) -> None:
        if self._access is None:
            return
        if self.join_screen is None:
            self.join_screen = JoinScreen(self._access, self)
            self.join_screen.noticeRequested.connect(self.noticeRequested)
            self.join_screen.dismissed.connect(self.view.setFocus)
        self.join_screen.present()

    def _show_join_badge(self) -> None:
        if self.join_badge is None:
            return
        board = self.current_board()
        wanted = board is not None and board.accepts_notes and self.join_badge.has_link()
        self.join_badge.setVisible(wanted)
        if wanted:
            self.join_badge.place()
            self.join_badge.raise_()
        self.view.set_covered_right(self.join_badge.width() + 2 * BADGE_INSET if wanted else 0)

    def _refresh_boards(self, wanted_id: str | None = None) -> None:
        """Rebuild the tabs; show ``wanted_id``, else the current board, else its neighbour."""
        boards = self._service.boards()
        ids = [b.id for b in boards]
        current = wanted_id if wanted_id in ids else self.view.board_id()
        if current not in ids:
            current = ids[min(self._shown_index, len(ids) - 1)] if ids else None
        self.tabs.set_boards(boards, current)
        if current is not None:
            self.show_board(current)

    def _show_board_details(self, boards: list[Board]) -> None:
        board = self.current_board()
        question = board.question if board else ""
        if question:
            self.question_label.setObjectName("question")
            self.question_label.setText(question)
        else:
            self.question_label.setObjectName("hint")
            self.question_label.setText(
                self.tr("No question yet: tap Edit to write the question for this board.")
            )
        self.question_label.style().unpolish(self.question_label)
        self.question_label.style().polish(self.question_label)
        # The hint about writing a question is for the facilitator, not the room.
        self.question_band.setVisible(not self._presenting or bool(question))
        index = self._shown_index
        self.move_left_button.setEnabled(index > 0)
        self.move_right_button.setEnabled(index < len(boards) - 1)
        self.delete_board_button.setEnabled(len(boards) > 1)

    def add_board(self) -> None:
        dialog = TemplatePickerDialog(
            self, self._service.templates, self._service.workshop.language
        )
        dialog.templateChosen.connect(self._create_board)
        self._show(dialog)

    def _create_board(self, template_id: str) -> None:
        command = CreateBoard(template_id)
        if self._execute(command):
            self.show_board(command.board_id)

    def edit_board(self) -> None:
        board = self.current_board()
        if board is None:
            return
        dialog = BoardDetailsDialog(self, board.title, board.question)
        dialog.detailsAccepted.connect(
            lambda title, question: self._execute(UpdateBoard(board.id, title, question))
        )
        self._show(dialog)

    def move_board(self, step: int) -> None:
        board = self.current_board()
        if board is not None:
            self._execute(MoveBoard(board.id, self._shown_index + step))

    def delete_board(self) -> None:
        board = self.current_board()
        if board is None:
            return
        note_count = len(self._service.notes_on(board.id))
        dialog = ConfirmDialog(
            self,
            self.tr("Delete board?"),
            self.tr(
                "“{title}” will be deleted with its clusters and %n notes. Undo brings it back.",
                "",
                note_count,
            ).format(title=board.title),
            self.tr("Delete board"),
        )
        dialog.accepted.connect(lambda: self._execute(DeleteBoard(board.id)))
        self._show(dialog)

    # Notes and clusters -------------------------------------------------------

    def new_note(self) -> None:
        self._create_note_at(self.view.visible_center())

    def _create_note_at(self, center: QPointF) -> None:
        board_id = self.view.board_id()
        if board_id is None:
            return
        dialog = NoteEditorDialog(self, color=self._last_color)

        def create(text: str, color: str) -> None:
            if not text.strip():
                return
            self._last_color = color
            self._execute(
                CreateNote(
                    board_id,
                    text,
                    center.x() - settings.NOTE_DEFAULT_WIDTH / 2,
                    center.y() - settings.NOTE_DEFAULT_HEIGHT / 2,
                    color,
                )
            )

        dialog.submitted.connect(create)
        self._show(dialog)

    def edit_note(self, note_id: str) -> None:
        note = self._service.note(note_id)
        if note is None:
            return
        if note.face_down:
            # The editor would show the text to the whole room before the reveal.
            self.noticeRequested.emit(
                self.tr("This note is face down: reveal the notes to read or edit it.")
            )
            return
        dialog = NoteEditorDialog(self, text=note.text, color=note.color, editing=True)
        dialog.submitted.connect(lambda text, color: self._save_note(note_id, text, color))
        self._show(dialog)

    def _save_note(self, note_id: str, text: str, color: str) -> None:
        note = self._service.note(note_id)
        if note is None:
            return
        # Text and colour are one change for the person editing, so one undo step.
        self._service.begin_macro(EditNoteText.label)
        try:
            self._execute(EditNoteText(note_id, text))
            if color != note.color:
                self._execute(RecolorNotes((note_id,), color))
        finally:
            self._service.end_macro()
        # Closing a macro sends no change event, so the undo button learns of it here.
        self._show_history(self._service.undo_label, self._service.redo_label)
        self._last_color = color

    def new_cluster(self) -> None:
        board_id = self.view.board_id()
        if board_id is None:
            return
        center = self.view.visible_center()
        dialog = TextPromptDialog(
            self,
            self.tr("New cluster"),
            self.tr("Cluster title"),
            self.tr("New cluster"),
            accept_text=self.tr("Add cluster"),
        )
        dialog.textAccepted.connect(
            lambda title: self._execute(
                CreateCluster(
                    board_id,
                    title,
                    center.x() - NEW_CLUSTER_WIDTH / 2,
                    center.y() - NEW_CLUSTER_HEIGHT / 2,
                    NEW_CLUSTER_WIDTH,
                    NEW_CLUSTER_HEIGHT,
                )
            )
        )
        self._show(dialog)

    def rename_cluster(self, cluster_id: str) -> None:
        cluster = self._service.cluster(cluster_id)
        if cluster is None:
            return
        dialog = TextPromptDialog(
            self,
            self.tr("Rename cluster"),
            self.tr("Cluster title"),
            cluster.title,
            accept_text=self.tr("Rename"),
        )
        dialog.textAccepted.connect(lambda title: self._execute(RenameCluster(cluster_id, title)))
        self._show(dialog)

    def show_note_actions(self, note_id: str, global_pos: QPoint) -> None:
        if self._service.note(note_id) is None:
            return
        sheet = NoteActionSheet(
            self._service, note_id, self, selected_ids=self.view.selected_note_ids()
        )
        sheet.editRequested.connect(self.edit_note)
        self._show_sheet(sheet, global_pos)

    def show_cluster_actions(self, cluster_id: str, global_pos: QPoint) -> None:
        if self._service.cluster(cluster_id) is None:
            return
        sheet = ClusterActionSheet(self._service, cluster_id, self)
        sheet.renameRequested.connect(self.rename_cluster)
        self._show_sheet(sheet, global_pos)

    def _show_sheet(self, sheet: ActionSheet, global_pos: QPoint) -> None:
        if self.action_sheet is not None:
            self.action_sheet.close()
        self.action_sheet = sheet
        sheet.errorOccurred.connect(self.errorOccurred)
        sheet.dismissed.connect(lambda s=sheet: self._forget_sheet(s))
        sheet.popup_at(global_pos)

    def _forget_sheet(self, sheet: ActionSheet) -> None:
        if self.action_sheet is sheet:
            self.action_sheet = None

    # Undo ---------------------------------------------------------------------

    def undo(self) -> None:
        label = self._service.undo_label
        if label is not None and self._attempt(self._service.undo):
            self.noticeRequested.emit(
                self.tr("Undone: {action}").format(action=translate_source("commands", label))
            )

    def redo(self) -> None:
        label = self._service.redo_label
        if label is not None and self._attempt(self._service.redo):
            self.noticeRequested.emit(
                self.tr("Redone: {action}").format(action=translate_source("commands", label))
            )

    def _show_history(self, undo_label: str | None, redo_label: str | None) -> None:
        for button, label, describe, nothing in (
            (
                self.undo_button,
                undo_label,
                self.tr("Undo: {action} (Ctrl+Z)"),
                self.tr("Nothing to undo"),
            ),
            (
                self.redo_button,
                redo_label,
                self.tr("Redo: {action} (Ctrl+Y)"),
                self.tr("Nothing to redo"),
            ),
        ):
            button.setEnabled(label is not None)
            text = (
                describe.format(action=translate_source("commands", label))
                if label is not None
                else nothing
            )
            button.setToolTip(plain_tooltip(text))
            button.setAccessibleDescription(text)

    # Reacting to changes ------------------------------------------------------

    def _on_change(self, event: ChangeEvent) -> None:
        self._in_change = True
        try:
            self._apply_change(event)
        finally:
            self._in_change = False

    def _apply_change(self, event: ChangeEvent) -> None:
        self._show_history(event.undo_label, event.redo_label)
        changeset = event.changeset
        inserted_board = next(
            (
                c.entity.id
                for c in changeset.changes
                if isinstance(c, Insert) and isinstance(c.entity, Board)
            ),
            None,
        )
        if inserted_board is not None or any(True for _ in changeset.boards()):
            self._refresh_boards(inserted_board)
            self._show_join_badge()
        if event.origin is not Origin.DO and inserted_board is None:
            self._follow_history(event)
        self._follow_agenda(changeset)

    def _follow_agenda(self, changeset: Changeset) -> None:
        """Show the board the agenda switched to ("Next phase"), as the phones and the room do."""
        for change in changeset.changes:
            if not isinstance(change, Update):
                continue
            before, after = change.before, change.after
            if not (isinstance(before, Workshop) and isinstance(after, Workshop)):
                continue
            wanted: str | None = None
            if after.current_board_id != before.current_board_id:
                wanted = after.current_board_id
            elif after.current_phase_id != before.current_phase_id:
                # The phase's board may already be the phones' (this screen had yet to tell them
                # of a switch of its own): the phase wins.
                phase = self._service.live_state.phases.get(after.current_phase_id or "")
                wanted = phase.board_id if phase is not None else None
            if wanted is not None and wanted != self.view.board_id():
                self.show_board(wanted)

    def _follow_history(self, event: ChangeEvent) -> None:
        """After undo or redo, show the board it changed, so the change is seen, not guessed."""
        touched = {n.board_id for n in event.changeset.notes()}
        touched |= {c.board_id for c in event.changeset.clusters()}
        if len(touched) == 1 and self.view.board_id() not in touched:
            self.show_board(touched.pop())

    def _show_zoom(self, factor: float) -> None:
        self.zoom_button.setText(self.tr("{percent} %").format(percent=round(factor * 100)))

    # Helpers ------------------------------------------------------------------

    def _execute(self, command: Command) -> bool:
        return self._attempt(lambda: self._service.execute(command))

    def _attempt(self, action: Callable[[], object]) -> bool:
        return attempt(action, self.errorOccurred.emit)

    @property
    def dialog(self) -> QDialog | None:
        """The dialog this screen has open, if any."""
        return self._dialogs.current

    def _show(self, dialog: QDialog) -> None:
        self._dialogs.show(dialog)

    # Presentation ----------------------------------------------------------------

    @property
    def presenting(self) -> bool:
        return self._presenting

    def toggle_presenting(self) -> None:
        self.set_presenting(not self._presenting)

    def set_presenting(self, presenting: bool) -> None:
        """Only the board, its question, the agenda band and the timer: for the room.

        The board's own controls go away; Esc or the corner button bring them back.
        """
        if presenting == self._presenting:
            return
        self._presenting = presenting
        for widget in (self.top_bar, self.participation_bar, self.tool_bar):
            widget.setVisible(not presenting)
        for button in self._board_buttons():
            button.setVisible(not presenting)
        self.question_label.setProperty("presenting", presenting)
        self._show_board_details(self._service.boards())
        self.exit_presentation_button.setVisible(presenting)
        self._exit_presentation_shortcut.setEnabled(presenting)
        self._place_exit_button()
        self.presentingChanged.emit(presenting)
        self.view.setFocus()

    def _board_buttons(self) -> tuple[QWidget, ...]:
        return (
            self.participation_bar.lock_switch,
            self.edit_board_button,
            self.move_left_button,
            self.move_right_button,
            self.delete_board_button,
        )

    def _place_exit_button(self) -> None:
        button = self.exit_presentation_button
        button.adjustSize()
        button.move(BADGE_INSET, BADGE_INSET)
        button.raise_()

    # The audience window ------------------------------------------------------------

    def toggle_audience_window(self) -> None:
        if self.audience_window is None:
            self.open_audience_window()
        else:
            self.close_audience_window()

    def open_audience_window(self) -> None:
        """The room's view in a window of its own: full screen on a second screen, if any."""
        window = self.audience_window
        if window is None:
            window = AudienceWindow(
                self._service, self._bridge, self.timer.controller, self._access
            )
            window.closed.connect(lambda w=window: self._audience_window_closed(w))
            window.screenLost.connect(
                lambda: self.noticeRequested.emit(
                    self.tr("The second screen was disconnected: the audience window closed.")
                )
            )
            self.audience_window = window
        self.audience_button.setChecked(True)
        self._show_audience_button()
        if window.present(away_from=self.screen()) is None:
            self.noticeRequested.emit(
                self.tr(
                    "No second screen found: drag the audience window to the projector, "
                    "then press F11 on it to fill the screen."
                )
            )

    def _show_audience_button(self) -> None:
        # With one screen the window can still be opened (Ctrl+F5) and dragged to a projector.
        wanted = len(QGuiApplication.screens()) > 1 or self.audience_window is not None
        self.audience_button.setVisible(wanted)

    def close_audience_window(self) -> None:
        if self.audience_window is not None:
            self.audience_window.close()

    def _audience_window_closed(self, window: AudienceWindow) -> None:
        if self.audience_window is window:
            self.audience_window = None
            self.audience_button.setChecked(False)
            self._show_audience_button()
        window.deleteLater()

    def show_shortcuts(self) -> None:
        """Show (or hide again) the list of every keyboard shortcut."""
        if self.shortcut_help is None:
            self.shortcut_help = ShortcutHelp(self)
            self.shortcut_help.dismissed.connect(self.view.setFocus)
        self.shortcut_help.toggle()

    def show_agenda(self) -> None:
        dialog = AgendaDialog(self, self._service, self._bridge)
        dialog.errorOccurred.connect(self.errorOccurred)
        self._show(dialog)

    def show_export(self) -> None:
        self._show(ExportDialog(self, self._service.snapshot))
