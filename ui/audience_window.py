"""The audience window: what the room sees, on the projector or the touch panel.

With a second screen the facilitator keeps every control on the laptop and
gives the room a window of its own: the board the facilitator shows (the one
phones follow), its question in large type, the phase under way with its
instruction, the topic under discussion with the room's answers to
"continue?", the shared timer and the join badge. It takes no input but Esc
(close) and F11 (full screen): the room watches, the facilitator works on the
laptop.

Everything in it follows the same :class:`ServiceBridge` as the board screen,
so notes from phones, moves, reveals and vote results appear in both at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QContextMenuEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QScreen,
    QShortcut,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from facilitator import settings
from facilitator.changes import Update, current
from facilitator.domain import Board, Cluster, Note, Workshop
from facilitator.services.workshop import ChangeEvent, WorkshopService
from ui import shortcuts as keys
from ui.agenda import AgendaBar
from ui.board_view import BoardView
from ui.controls import plain_label
from ui.discussion_bar import DiscussionBar
from ui.join_badge import INSET as BADGE_INSET
from ui.join_badge import JoinBadge
from ui.participant_access import ParticipantAccess
from ui.service_bridge import ServiceBridge
from ui.style import STYLESHEET
from ui.timer_controller import TimerController, TimerReading
from ui.timer_overlay import DIGITS_PX, TimeDigits, digit_color, set_look

# Without a second screen the window opens at this size, to be dragged to the projector.
WINDOWED_SIZE = (1280, 720)


class AudienceBoardView(BoardView):
    """The board for the room: always fitted to show all of it, and deaf to touch and mouse.

    The facilitator's board view is where notes are made and moved; here a
    stray tap on a touch panel must change nothing, not even the zoom.
    """

    def __init__(
        self, service: WorkshopService, bridge: ServiceBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(service, bridge, parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, False)

    def _keep_fitted(self, event: ChangeEvent) -> None:
        """Refit on every change to what the board shows, growing or shrinking."""
        board_id = self.board_id()
        if board_id is None or not self._has_real_size():
            return
        for change in event.changeset.changes:
            entities = (
                (change.before, change.after) if isinstance(change, Update) else (current(change),)
            )
            if any(
                isinstance(entity, Note | Cluster) and entity.board_id == board_id
                for entity in entities
            ):
                self.zoom_to_fit()
                return

    # No input: every press, drag, double-tap, wheel turn and key is left alone.

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.ignore()  # Esc reaches the window


class TimerDisplay(QFrame):
    """The shared timer as the overlay shows it, without its buttons."""

    def __init__(self, controller: TimerController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audienceTimer")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setAccessibleName(self.tr("Timer"))
        self.status_label = plain_label("", "timerStatus")
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.digits = TimeDigits(DIGITS_PX)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 8, 20, 8)
        layout.setSpacing(0)
        layout.addWidget(self.status_label)
        layout.addWidget(self.digits, 0, Qt.AlignmentFlag.AlignHCenter)
        controller.changed.connect(self.show_reading)
        self.show_reading(controller.reading())

    def show_reading(self, reading: TimerReading) -> None:
        self.digits.set_text(reading.digits)
        self.digits.set_color(digit_color(reading))
        self.status_label.setText(reading.status_text())
        self.setAccessibleDescription(reading.spoken())
        set_look([self, self.status_label], reading)
        self.setVisible(reading.shown)


class AudienceJoinBadge(JoinBadge):
    """The corner join badge, for looking at only: nobody in the room taps the projector."""

    def __init__(self, access: ParticipantAccess, parent: QWidget) -> None:
        super().__init__(access, parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def _show_link(self) -> None:
        super()._show_link()
        self.setAccessibleName(
            self.tr("Join from your phone: {link}, code {code}").format(
                link=self._access.short_link(), code=self._access.code
            )
        )


class AudienceWindow(QWidget):
    """A window of its own for the room; ``closed`` tells the board screen it went away."""

    closed = Signal()
    screenLost = Signal()  # the screen it filled was disconnected, so it closed

    def __init__(
        self,
        service: WorkshopService,
        bridge: ServiceBridge,
        timer: TimerController,
        access: ParticipantAccess | None = None,
    ) -> None:
        # A window of its own (no parent): it stays on the projector when the
        # laptop's window is minimized, and has its own entry in the task bar.
        super().__init__(None)
        self.setObjectName("audienceWindow")
        self.setStyleSheet(STYLESHEET)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        # Opening it leaves the keyboard with the facilitator's window.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAccessibleName(self.tr("Audience window"))
        self._service = service

        self.agenda_bar = AgendaBar(service, bridge)
        # The room reads the phase and its instruction; time against plan and
        # "Next phase" are the facilitator's.
        self.agenda_bar.next_button.hide()
        self.agenda_bar.time_label.hide()
        # The topic under discussion and the room's own answers to "continue?".
        self.discussion_bar = DiscussionBar(service, bridge, controls=False)
        self.question_label = plain_label(object_name="audienceQuestion", wrap=True)
        self.question_label.setAccessibleName(self.tr("Question"))
        self.timer = TimerDisplay(timer)
        self.header = QFrame()
        self.header.setObjectName("audienceHeader")
        header_layout = QHBoxLayout(self.header)
        header_layout.setContentsMargins(32, 12, 24, 12)
        header_layout.setSpacing(24)
        header_layout.addWidget(self.question_label, 1)
        header_layout.addWidget(self.timer, 0, Qt.AlignmentFlag.AlignVCenter)
        timer.changed.connect(self._show_header)

        self.view = AudienceBoardView(service, bridge, self)
        self.view.setAccessibleName(self.tr("Board"))
        self.join_badge: JoinBadge | None = None
        if access is not None:
            self.join_badge = AudienceJoinBadge(access, self.view)
            access.linkChanged.connect(self._show_join_badge)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.agenda_bar)
        layout.addWidget(self.discussion_bar)
        layout.addWidget(self.header)
        layout.addWidget(self.view, 1)

        for sequence in (QKeySequence(Qt.Key.Key_Escape), QKeySequence(keys.AUDIENCE_WINDOW)):
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.close)
        # Dragged to a projector as a window, F11 there fills its screen.
        full_screen = QShortcut(QKeySequence(Qt.Key.Key_F11), self)
        full_screen.setContext(Qt.ShortcutContext.WindowShortcut)
        full_screen.activated.connect(self.toggle_full_screen)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenRemoved.connect(self._screen_removed)

        bridge.changed.connect(self._on_change)
        self.setWindowTitle(
            self.tr("Audience: {session} – {app}").format(
                session=service.workshop.title, app=settings.APP_NAME
            )
        )
        self._follow()

    # Opening and closing -----------------------------------------------------------

    def present(self, away_from: QScreen | None = None) -> QScreen | None:
        """Fill a screen other than ``away_from`` (the facilitator's); else open as a window.

        Returns the screen it fills, or None when it opened as a window to be
        dragged to the projector.
        """
        target = second_screen(away_from)
        if target is None:
            if not self.isVisible():
                self.resize(*WINDOWED_SIZE)
            self.show()
        else:
            self.create()
            handle = self.windowHandle()
            if handle is not None:
                handle.setScreen(target)
            self.setGeometry(target.geometry())
            self.showFullScreen()
        self.raise_()
        return target

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()

    def _screen_removed(self, screen: QScreen) -> None:
        # Qt would move a full-screen window from a disconnected projector onto
        # the laptop's screen, hiding every control: close it instead.
        if self.isVisible() and self.isFullScreen() and screen is self.screen():
            self.screenLost.emit()
            self.close()

    # Following the facilitator -------------------------------------------------------

    def _on_change(self, event: ChangeEvent) -> None:
        if any(isinstance(current(c), Workshop | Board) for c in event.changeset.changes):
            self._follow()

    def _follow(self) -> None:
        """Show the board the facilitator shows (the one phones follow), with its question."""
        board = self._service.current_board()
        board_id = board.id if board is not None else None
        if board_id != self.view.board_id():
            if board_id is None:
                self.view.board_scene().show_board(None)
            else:
                self.view.show_board(board_id)
        self.discussion_bar.set_board(board_id)
        self.question_label.setText(board.question if board is not None else "")
        self._show_header()
        self._show_join_badge()

    def _show_header(self) -> None:
        self.question_label.setVisible(bool(self.question_label.text()))
        self.header.setVisible(bool(self.question_label.text()) or not self.timer.isHidden())

    def _show_join_badge(self) -> None:
        badge = self.join_badge
        if badge is None:
            return
        board = self._service.current_board()
        wanted = board is not None and board.accepts_notes and badge.has_link()
        badge.setVisible(wanted)
        if wanted:
            badge.place()
            badge.raise_()
        self.view.set_covered_right(badge.width() + 2 * BADGE_INSET if wanted else 0)


def second_screen(away_from: QScreen | None) -> QScreen | None:
    """A screen other than ``away_from``, for the room (None: there is only the one)."""
    others = [s for s in QGuiApplication.screens() if s is not away_from]
    if away_from is None or len(others) == len(QGuiApplication.screens()):
        # Not knowing the facilitator's screen, leave the primary one to them.
        primary = QGuiApplication.primaryScreen()
        others = [s for s in others if s is not primary]
    return others[0] if others else None
