"""The discussion band: the topic the room is discussing, and the facilitator's next moves.

While a board has a topic under discussion (Lean Coffee), the band above the
board says which topic it is ("Topic 2 of 6"), how many votes brought it up,
and offers what comes next: ask the room whether to continue (a thumbs poll
on the phones), keep going for a few more minutes, or move to the next
topic. While the poll is open its counts come in live, in words and numbers
large enough to read across the room; once closed, the result stays until
the facilitator's next move.

These are switches like the timer, not undo steps. The audience window shows
the same band without its buttons.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from facilitator.changes import Change, Insert, Update, current
from facilitator.commands import Command
from facilitator.discussion import (
    AskToContinue,
    ClosePoll,
    DiscussionProgress,
    DiscussTopic,
    EndDiscussion,
    ExtendTopic,
    discussion_progress,
    poll_counts,
)
from facilitator.domain import Discussion, Note, Participant, Poll, PollAnswer, Thumb, Vote
from facilitator.services.workshop import ChangeEvent, WorkshopService
from ui.controls import (
    TOUCH_COMFORT,
    ElidedLabel,
    plain_label,
    plain_tooltip,
    touch_button,
    with_glyph,
)
from ui.refusals import attempt
from ui.service_bridge import ServiceBridge
from ui.style import INK
from ui.thumbs import thumb_name, thumb_pixmap
from ui.topic_times import TopicTimesSheet, duration_text

THUMB_PX = 44
# Commands after which a closed poll's result has served its purpose.
_MOVES_ON = {ExtendTopic.label, DiscussTopic.label, EndDiscussion.label}


@dataclass(frozen=True)
class DiscussionView:
    """What the band shows, read from the model in one go."""

    progress: DiscussionProgress
    extend_seconds: float
    poll: Poll | None  # open, or the closed one whose result still shows
    counts: dict[Thumb, int]
    participants: int

    @property
    def answered(self) -> int:
        return sum(self.counts.values())


class ThumbTally(QFrame):
    """One answer of the poll: its thumb, its count in large digits and its word."""

    def __init__(self, thumb: Thumb, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.thumb = thumb
        self.setObjectName("thumbTally")
        self.icon = plain_label()
        self.icon.setPixmap(thumb_pixmap(thumb, THUMB_PX, QColor(INK)))
        self.icon.setFixedSize(THUMB_PX, THUMB_PX)
        self.count_label = plain_label("0", "tallyCount")
        self.name_label = plain_label(thumb_name(thumb), "tallyName")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 2, 16, 2)
        layout.setSpacing(10)
        layout.addWidget(self.icon)
        layout.addWidget(self.count_label)
        layout.addWidget(self.name_label)
        self.set_count(0)

    def count(self) -> int:
        return int(self.count_label.text())

    def set_count(self, count: int) -> None:
        self.count_label.setText(str(count))
        self.setAccessibleName(f"{thumb_name(self.thumb)}: {count}")


def _concerns(change: Change, board_id: str) -> bool:
    """Whether a change can alter what the band shows for ``board_id``."""
    entity = current(change)
    if isinstance(entity, Discussion | Poll | PollAnswer | Participant):
        return True
    if isinstance(entity, Note | Vote):
        before = change.before if isinstance(change, Update) else None
        return entity.board_id == board_id or (
            isinstance(before, Note) and before.board_id == board_id
        )
    return False


class DiscussionBar(QFrame):
    """The topic under discussion on the shown board, its poll, and the next moves."""

    errorOccurred = Signal(object)  # FacilitatorError
    shownChanged = Signal(bool)  # the band appeared (a topic is under discussion) or went

    def __init__(
        self,
        service: WorkshopService,
        bridge: ServiceBridge,
        parent: QWidget | None = None,
        *,
        controls: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("discussionBar")
        self.setAccessibleName(self.tr("Discussion"))
        self._service = service
        self._controls = controls
        self._board_id: str | None = None
        self._view: DiscussionView | None = None
        # A poll closed with "Close poll": its result stays until the next move.
        self._result_poll_id: str | None = None
        self.topic_sheet: TopicTimesSheet | None = None

        self.progress_label = plain_label(object_name="discussionProgress")
        self.topic_label = ElidedLabel("", "discussionTopic")
        self.votes_label = plain_label(object_name="discussionVotes")
        self.ask_button = touch_button(
            with_glyph("?", self.tr("Ask: continue?")),
            self.tr("Ask the room: continue with this topic?"),
            self.tr("A thumbs poll on every phone: keep going or move on? (Q)"),
        )
        self.extend_button = touch_button("", "", self.tr("More time for this topic (K)"))
        self.next_button = touch_button("", "", role="primary")
        self.more_button = touch_button(
            "⋯",
            self.tr("Discussion settings"),
            self.tr("Time per topic, and ending the discussion"),
        )
        self.ask_button.clicked.connect(self.ask_to_continue)
        self.extend_button.clicked.connect(self.keep_going)
        self.next_button.clicked.connect(self.next_topic)
        self.more_button.clicked.connect(self.show_topic_times)
        self.buttons: tuple[QPushButton, ...] = (
            self.ask_button,
            self.extend_button,
            self.next_button,
            self.more_button,
        )
        for button in self.buttons:
            button.setMinimumHeight(TOUCH_COMFORT)
            button.setVisible(controls)
        self.more_button.setMinimumWidth(TOUCH_COMFORT)

        topic_row = QHBoxLayout()
        topic_row.setSpacing(16)
        topic_row.addWidget(self.progress_label)
        topic_row.addWidget(self.topic_label, 1)
        topic_row.addWidget(self.votes_label)
        topic_row.addSpacing(8)
        for button in self.buttons:
            topic_row.addWidget(button)

        self.poll_row = QWidget()
        self.poll_row.setObjectName("pollRow")
        # On a narrow screen the question gives way first: the counts must stay whole.
        self.poll_heading = ElidedLabel("", "pollHeading")
        self.tallies = {thumb: ThumbTally(thumb) for thumb in Thumb}
        self.answered_label = plain_label(object_name="pollAnswered")
        self.close_poll_button = touch_button(
            with_glyph("■", self.tr("Close poll")),
            self.tr("Close poll"),
            self.tr("Stop taking answers; the result stays on screen"),
        )
        self.close_poll_button.setMinimumHeight(TOUCH_COMFORT)
        self.close_poll_button.clicked.connect(self.close_poll)
        poll_layout = QHBoxLayout(self.poll_row)
        poll_layout.setContentsMargins(0, 0, 0, 0)
        poll_layout.setSpacing(12)
        poll_layout.addWidget(self.poll_heading)
        for tally in self.tallies.values():
            tally.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
            poll_layout.addWidget(tally)
        poll_layout.addSpacing(8)
        poll_layout.addWidget(self.answered_label)
        poll_layout.addStretch(1)
        poll_layout.addWidget(self.close_poll_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 8, 16, 8)
        layout.setSpacing(6)
        layout.addLayout(topic_row)
        layout.addWidget(self.poll_row)
        bridge.changed.connect(self._on_change)
        self.hide()

    # Showing ---------------------------------------------------------------------------

    def set_board(self, board_id: str | None) -> None:
        if board_id != self._board_id:
            self._board_id = board_id
            self._result_poll_id = None
        self.refresh()

    def _read(self) -> DiscussionView | None:
        board_id = self._board_id
        if board_id is None:
            return None
        with self._service.lock:
            state = self._service.live_state
            if state.topic(board_id) is None:
                return None  # the usual case, answered without counting topics
            progress = discussion_progress(state, board_id)
            if progress.topic is None:
                return None
            poll = state.open_poll()
            if poll is None or poll.board_id != board_id:
                result = state.polls.get(self._result_poll_id or "")
                shows_result = result is not None and result.topic_id == progress.topic.id
                poll = result if shows_result else None
            return DiscussionView(
                progress,
                state.discussion(board_id).extend_seconds,
                poll,
                poll_counts(state, poll.id) if poll is not None else dict.fromkeys(Thumb, 0),
                len(state.participants),
            )

    def refresh(self) -> None:
        view = self._read()
        was_shown = self._view is not None
        self._view = view
        if view is None:
            self.hide()
            self._close_sheet()
        else:
            self._show(view)
            self.show()
        if was_shown != (view is not None):
            self.shownChanged.emit(view is not None)

    def _show(self, view: DiscussionView) -> None:
        progress = view.progress
        topic = progress.topic
        assert topic is not None
        self.progress_label.setText(
            self.tr("Topic {number} of {count}").format(
                number=progress.number, count=progress.count
            )
        )
        self.topic_label.set_full_text(topic.text)
        self.votes_label.setText(f"● {self.tr('%n votes', '', progress.votes)}")
        self.votes_label.setAccessibleName(self.tr("%n votes", "", progress.votes))
        extra = duration_text(view.extend_seconds)
        self.extend_button.setText(
            with_glyph("+", self.tr("Keep going +{time}").format(time=extra))
        )
        self.extend_button.setAccessibleName(
            self.tr("Keep going: {time} more for this topic").format(time=extra)
        )
        last = progress.remaining == 0
        next_text = self.tr("Finish discussion") if last else self.tr("Next topic")
        self.next_button.setText(with_glyph("■" if last else "▶", next_text))
        self.next_button.setAccessibleName(next_text)
        self.next_button.setToolTip(
            plain_tooltip(
                self.tr("End the discussion: this topic counts as discussed (Ctrl+Down)")
                if last
                else self.tr(
                    "This topic counts as discussed; the next one by votes begins (Ctrl+Down)"
                )
            )
        )
        poll = view.poll
        polling = poll is not None and poll.is_open
        self.ask_button.setVisible(self._controls and not polling)
        self.poll_row.setVisible(poll is not None)
        self.close_poll_button.setVisible(self._controls and polling)
        if poll is not None:
            self.poll_heading.set_full_text(
                self.tr("Continue with this topic?") if polling else self.tr("Result:")
            )
            for thumb, tally in self.tallies.items():
                tally.set_count(view.counts[thumb])
            self.answered_label.setText(
                self.tr("{answered} of {count} answered").format(
                    answered=view.answered, count=view.participants
                )
            )

    def _on_change(self, event: ChangeEvent) -> None:
        board_id = self._board_id
        if board_id is None:
            return
        changes = event.changeset.changes
        label = event.changeset.label
        result_before = self._result_poll_id
        for change in changes:
            if isinstance(change, Insert) and isinstance(change.entity, Poll):
                self._result_poll_id = None  # a new question replaces the old answer
            elif (
                isinstance(change, Update)
                and isinstance(change.before, Poll)
                and isinstance(change.after, Poll)
                and change.before.is_open
                and not change.after.is_open
            ):
                # Closed on its own ("Close poll"), the result stays; closed by a
                # move on (keep going, next topic, next phase), it has served.
                self._result_poll_id = change.after.id if label == ClosePoll.label else None
        if label in _MOVES_ON:
            self._result_poll_id = None
        if self._result_poll_id != result_before or any(
            _concerns(change, board_id) for change in changes
        ):
            self.refresh()

    # Acting ----------------------------------------------------------------------------

    def next_topic(self) -> None:
        """The topic counts as discussed and the next by votes begins (on the last: the end)."""
        if self._view is not None and self._board_id is not None:
            self._execute(DiscussTopic(self._board_id))

    def keep_going(self) -> None:
        if self._view is not None and self._board_id is not None:
            self._execute(ExtendTopic(self._board_id))

    def ask_to_continue(self) -> None:
        if self._view is not None and self._board_id is not None:
            self._execute(AskToContinue(self._board_id))

    def close_poll(self) -> None:
        if self._view is not None and self._view.poll is not None and self._view.poll.is_open:
            self._execute(ClosePoll())

    def show_topic_times(self) -> None:
        """The discussion's settings, opening below the ⋯ button."""
        board_id = self._board_id
        if board_id is None:
            return
        self._close_sheet()
        sheet = TopicTimesSheet(self._service, board_id, self)
        sheet.errorOccurred.connect(self.errorOccurred)
        sheet.dismissed.connect(lambda s=sheet: self._forget_sheet(s))
        self.topic_sheet = sheet
        anchor = self.more_button
        sheet.popup_at(anchor.mapToGlobal(QPoint(anchor.width(), anchor.height())))

    def _close_sheet(self) -> None:
        if self.topic_sheet is not None:
            self.topic_sheet.close()

    def _forget_sheet(self, sheet: TopicTimesSheet) -> None:
        if self.topic_sheet is sheet:
            self.topic_sheet = None

    def _execute(self, command: Command) -> bool:
        return attempt(
            lambda: self._service.execute(command, undoable=False), self.errorOccurred.emit
        )
