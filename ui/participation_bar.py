"""The facilitator's controls over phone participation, for the board on screen.

One row under the question: whether phones may add notes, hidden mode with its
Reveal button, voting and its results. The voting details (votes per person,
notes or clusters, results, sorting) only show once voting has started, so the
row stays short while people are still writing. The invite button and the
lock switch are made here too but placed by the board screen (the session's
top bar, and beside the board's other settings).

Switches show their state in words and with a filled or empty dot, never by
colour alone. They are settings, not edits of the board, so Undo leaves them
alone; Reveal and Sort by votes change the board and are undoable.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QWidget,
)

from facilitator import settings
from facilitator.changes import Change, Update, current
from facilitator.commands import Command
from facilitator.discussion import DiscussTopic, topic_queue
from facilitator.domain import Board, BoardState, Discussion, Note, Vote, VoteTarget, Workshop
from facilitator.errors import ValidationError
from facilitator.i18n import QT_TRANSLATE_NOOP
from facilitator.participation import RevealNotes, SetBoardControls, SortByVotes
from facilitator.services.workshop import ChangeEvent, WorkshopService
from ui.controls import TOUCH_MIN, plain_label, plain_tooltip, touch_button, with_glyph
from ui.participant_access import ParticipantAccess
from ui.qr_code import qr_icon
from ui.refusals import attempt
from ui.service_bridge import ServiceBridge

ON = "●"
OFF = "○"


class SwitchButton(QPushButton):
    """A checkable button whose text says the state it is in ("● Voting open")."""

    def __init__(
        self, on_text: str, off_text: str, accessible_name: str, tooltip: str = ""
    ) -> None:
        super().__init__()
        self._on_text = with_glyph(ON, on_text)
        self._off_text = with_glyph(OFF, off_text)
        self.setCheckable(True)
        self.setAutoDefault(False)
        self.setProperty("role", "switch")
        self.setMinimumSize(TOUCH_MIN, TOUCH_MIN)
        self.setAccessibleName(accessible_name)
        self.setToolTip(plain_tooltip(tooltip or accessible_name))
        self.toggled.connect(self._show_state)
        self._show_state(False)

    def set_state(self, on: bool) -> None:
        """Show the model's state without it counting as a tap."""
        self.blockSignals(True)
        self.setChecked(on)
        self.blockSignals(False)
        self._show_state(on)

    def _show_state(self, on: bool) -> None:
        self.setText(self._on_text if on else self._off_text)


def _affects_controls(change: Change) -> bool:
    """Whether a change can alter what the bar shows (settings, votes, face-down notes)."""
    entity = current(change)
    if isinstance(entity, Board | Vote | Workshop | Discussion):
        return True
    if not isinstance(entity, Note):
        return False
    before = change.before if isinstance(change, Update) else None
    return entity.face_down or (isinstance(before, Note) and before.face_down)


def _separator() -> QFrame:
    line = QFrame()
    line.setObjectName("barSeparator")
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFixedWidth(2)
    return line


class ParticipationBar(QScrollArea):
    inviteRequested = Signal()
    errorOccurred = Signal(object)  # FacilitatorError

    def __init__(
        self,
        service: WorkshopService,
        bridge: ServiceBridge,
        access: ParticipantAccess | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("participationBar")
        self.setAccessibleName(self.tr("Participation"))
        # On a small laptop screen the row may not fit: a finger flicks it
        # sideways (as the phase tabs), without a scroll bar taking room.
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self._service = service
        self._access = access
        self._board_id: str | None = None
        self._face_down = 0
        self._has_votes = False
        self._discussing = False  # the discussion band shows a topic of this board
        self._discusses = False  # the board was made for discussing topics (or has been)

        self.invite_button = touch_button(
            "", self.tr("Invite participants"), self.tr("Show the join screen: QR code, link, code")
        )
        self.invite_button.setIcon(qr_icon())
        self.invite_button.setIconSize(QSize(28, 28))
        self.invite_button.clicked.connect(self.inviteRequested)
        self.invite_button.setVisible(access is not None)

        self.input_switch = SwitchButton(
            self.tr("Input open"),
            self.tr("Input closed"),
            self.tr("Participants can add notes"),
            self.tr("Whether participants can add notes from their phones"),
        )
        self.input_switch.clicked.connect(lambda on: self._set(input_open=on))
        self.hidden_switch = SwitchButton(
            self.tr("Hidden mode"),
            self.tr("Hidden mode"),
            self.tr("Hidden mode"),
            self.tr("New notes arrive face down until you reveal them"),
        )
        self.hidden_switch.clicked.connect(lambda on: self._set(hidden_mode=on))
        self.reveal_button = touch_button(
            "", self.tr("Reveal notes"), self.tr("Turn every hidden note face up"), role="primary"
        )
        self.reveal_button.clicked.connect(self.reveal)

        self.voting_switch = SwitchButton(
            self.tr("Voting open"),
            self.tr("Voting closed"),
            self.tr("Voting open"),
            self.tr("Whether participants can vote now"),
        )
        self.voting_switch.clicked.connect(lambda on: self._set(voting_open=on))
        self.fewer_votes_button = touch_button("−", self.tr("One vote fewer per participant"))
        self.more_votes_button = touch_button("+", self.tr("One vote more per participant"))
        self.budget_label = plain_label("", "barValue")
        self.budget_label.setMinimumWidth(110)
        self.fewer_votes_button.clicked.connect(lambda: self._step_budget(-1))
        self.more_votes_button.clicked.connect(lambda: self._step_budget(1))
        self.notes_target_button = touch_button(
            self.tr("Notes"), self.tr("Vote on notes"), role="choice", checkable=True
        )
        self.clusters_target_button = touch_button(
            self.tr("Clusters"), self.tr("Vote on clusters"), role="choice", checkable=True
        )
        self._target_group = QButtonGroup(self)
        self._target_group.setExclusive(True)
        for button, target in (
            (self.notes_target_button, VoteTarget.NOTES),
            (self.clusters_target_button, VoteTarget.CLUSTERS),
        ):
            self._target_group.addButton(button)
            button.clicked.connect(lambda _=False, t=target: self._set(vote_target=t))
        self.results_switch = SwitchButton(
            self.tr("Results shown"),
            self.tr("Results hidden"),
            self.tr("Show vote results"),
            self.tr("Show the number of votes on the board and on phones"),
        )
        self.results_switch.clicked.connect(lambda on: self._set(results_visible=on))
        self.sort_button = touch_button(
            with_glyph("⇅", self.tr("Sort by votes")),
            self.tr("Sort by votes"),
            self.tr("Most-voted notes first in each cluster (Undo puts them back)"),
        )
        self.sort_button.clicked.connect(self.sort_by_votes)
        self.discuss_button = touch_button(
            with_glyph("▶", self.tr("Discuss in vote order")),
            self.tr("Discuss in vote order"),
            self.tr("Take up the notes as topics one at a time, most votes first, each timed"),
        )
        self.discuss_button.clicked.connect(self.discuss_in_vote_order)
        self.lock_switch = SwitchButton(
            self.tr("Locked"),
            self.tr("Unlocked"),
            self.tr("Lock the board"),
            self.tr("A locked board takes no notes, edits or votes from phones"),
        )
        self.lock_switch.clicked.connect(lambda on: self._set(locked=on))

        row = QWidget()
        row.setObjectName("participationRow")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(16, 6, 16, 6)
        layout.setSpacing(8)
        for widget in (self.input_switch, self.hidden_switch, self.reveal_button):
            layout.addWidget(widget)
        layout.addWidget(_separator())
        layout.addWidget(self.voting_switch)
        self.voting_details: list[QWidget] = [
            self.fewer_votes_button,
            self.budget_label,
            self.more_votes_button,
            self.notes_target_button,
            self.clusters_target_button,
            self.results_switch,
            self.sort_button,
        ]
        for detail in self.voting_details:
            layout.addWidget(detail)
        layout.addWidget(self.discuss_button)
        layout.addStretch(1)
        # Each control keeps its full width; when the row is wider than the
        # window it scrolls instead of cutting every label short.
        for index in range(layout.count()):
            item = layout.itemAt(index)
            control = item.widget() if item is not None else None
            if control is not None:
                vertical = control.sizePolicy().verticalPolicy()
                control.setSizePolicy(QSizePolicy.Policy.Fixed, vertical)
                # An explicit minimum width would let the layout squeeze below the text.
                control.setMinimumWidth(0)
        self.setWidget(row)
        self.setFixedHeight(row.sizeHint().height())

        bridge.changed.connect(self._on_change)
        if access is not None:
            access.participantCountChanged.connect(self._show_count)
            self._show_count(access.participant_count())

    # Showing the board's state --------------------------------------------------------

    def set_board(self, board_id: str | None) -> None:
        self._board_id = board_id
        self._count_board()
        self.refresh()

    def board(self) -> Board | None:
        return self._service.board(self._board_id) if self._board_id else None

    def face_down_count(self) -> int:
        return self._face_down

    def refresh(self) -> None:
        board = self.board()
        self.setEnabled(board is not None)
        if board is None:
            return
        self.input_switch.set_state(board.input_open)
        self.hidden_switch.set_state(board.hidden_mode)
        self.voting_switch.set_state(board.voting_open)
        self.results_switch.set_state(board.results_visible)
        self.lock_switch.set_state(board.state is BoardState.LOCKED)
        self.reveal_button.setText(self.tr("Reveal (%n)", "", self._face_down))
        self.reveal_button.setVisible(self._face_down > 0 or board.hidden_mode)
        self.reveal_button.setEnabled(self._face_down > 0)
        voting_phase = board.voting_open or board.results_visible or self._has_votes
        for detail in self.voting_details:
            detail.setVisible(voting_phase)
        budget = board.vote_budget
        self.budget_label.setText(self.tr("%n votes", "", budget))
        self.budget_label.setAccessibleName(self.tr("%n votes per participant", "", budget))
        self.fewer_votes_button.setEnabled(budget > 1)
        self.more_votes_button.setEnabled(budget < settings.VOTE_BUDGET_MAX)
        self.notes_target_button.setChecked(board.vote_target is VoteTarget.NOTES)
        self.clusters_target_button.setChecked(board.vote_target is VoteTarget.CLUSTERS)
        # The core refuses to change what is voted on once votes are cast.
        for button in (self.notes_target_button, self.clusters_target_button):
            button.setEnabled(not self._has_votes)
        self.sort_button.setEnabled(self._has_votes)
        # While a topic is under discussion the discussion band has the controls.
        self.discuss_button.setVisible(not self._discussing and (voting_phase or self._discusses))

    def set_discussing(self, discussing: bool) -> None:
        """Whether the discussion band is showing a topic of this board (it has the controls)."""
        if discussing != self._discussing:
            self._discussing = discussing
            self.refresh()

    def _show_count(self, count: int) -> None:
        self.invite_button.setText(self.tr("Invite · %n joined", "", count))

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        bar = self.horizontalScrollBar()
        bar.setValue(bar.value() - (delta.x() or delta.y()))
        event.accept()

    def _count_board(self) -> None:
        board_id = self._board_id
        if board_id is None:
            self._face_down, self._has_votes = 0, False
            self._discusses = False
            return
        with self._service.lock:
            state = self._service.live_state
            self._face_down = sum(1 for n in state.notes_on(board_id) if n.face_down)
            self._has_votes = any(v.board_id == board_id for v in state.votes.values())
            self._discusses = board_id in state.discussions

    def _on_change(self, event: ChangeEvent) -> None:
        if self._board_id is not None and any(map(_affects_controls, event.changeset.changes)):
            self._count_board()
            self.refresh()

    # Actions --------------------------------------------------------------------------

    def _set(self, **controls: Any) -> None:
        board_id = self._board_id
        if board_id is not None:
            self._execute(SetBoardControls(board_id, **controls), undoable=False)
        # Shows the model's state again, also when the command was refused.
        self.refresh()

    def _step_budget(self, step: int) -> None:
        board = self.board()
        if board is not None:
            budget = min(max(board.vote_budget + step, 1), settings.VOTE_BUDGET_MAX)
            self._set(vote_budget=budget)

    def reveal(self) -> None:
        if self._board_id is not None:
            self._execute(RevealNotes(self._board_id))

    def sort_by_votes(self) -> None:
        if self._board_id is not None:
            self._execute(SortByVotes(self._board_id))

    def discuss_in_vote_order(self) -> None:
        """Start (or resume) discussing the board's topics, the most-voted first."""
        board_id = self._board_id
        if board_id is None:
            return
        with self._service.lock:
            waiting = bool(topic_queue(self._service.live_state, board_id))
        if not waiting:
            # Starting with nothing to discuss would only stop the timer.
            self.errorOccurred.emit(
                ValidationError(
                    QT_TRANSLATE_NOOP("errors", "No topics left to discuss on this board.")
                )
            )
            return
        self._execute(DiscussTopic(board_id), undoable=False)

    def _execute(self, command: Command, *, undoable: bool = True) -> bool:
        return attempt(
            lambda: self._service.execute(command, undoable=undoable), self.errorOccurred.emit
        )
