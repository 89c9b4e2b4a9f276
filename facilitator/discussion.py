"""Discussing a board's topics one at a time, most votes first (Lean Coffee).

Each topic gets its own time box on the shared timer. When it runs out the
facilitator asks the room "continue?" with a thumbs poll that phones answer,
then gives the topic more time or moves on to the next. Like moving through
the agenda, these are the facilitator's switches, not undo steps.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import ClassVar

from facilitator import settings
from facilitator.changes import Change, Changeset, Insert, Update, set_to
from facilitator.commands import (
    CLUSTER_TITLE_BAND,
    MoveNotes,
    NoteMove,
    PlanContext,
    _board,
    _note,
    free_spot,
)
from facilitator.domain import Discussion, Note, Poll, Thumb, Timer, new_id
from facilitator.errors import NotFoundError, ValidationError
from facilitator.i18n import QT_TRANSLATE_NOOP
from facilitator.participation import is_visible_to
from facilitator.state import WorkshopState
from facilitator.timing import AdjustTimer, countdown, timer_changes, validate_duration

_NO_TOPIC = QT_TRANSLATE_NOOP("errors", "No topic is being discussed on this board.")


def topic_queue(state: WorkshopState, board_id: str) -> list[Note]:
    """The board's topics still to discuss, in the order they come up: most votes first."""
    current = state.discussion(board_id).topic_id
    waiting = [
        n
        for n in state.notes_on(board_id)
        if is_visible_to(n, None) and not n.discussed and n.id != current
    ]
    return sorted(waiting, key=lambda n: (-len(state.votes_on(n.id)), n.created_at, n.id))


@dataclass(frozen=True)
class DiscussionProgress:
    topic: Note | None
    votes: int  # on the topic
    number: int  # the topic's place among all topics (1-based); 0 without a topic
    count: int  # topics in all: discussed, under discussion and still to come
    remaining: int  # topics still to come after this one


def discussion_progress(state: WorkshopState, board_id: str) -> DiscussionProgress:
    topic = state.topic(board_id)
    if topic is not None and not is_visible_to(topic, None):
        topic = None
    # Counted in one pass: the band and every phone's view ask on each change.
    current = state.discussion(board_id).topic_id
    discussed = waiting = 0
    for note in state.notes_on(board_id):
        if note.id == current or not is_visible_to(note, None):
            continue
        if note.discussed:
            discussed += 1
        else:
            waiting += 1
    return DiscussionProgress(
        topic,
        len(state.votes_on(topic.id)) if topic else 0,
        discussed + 1 if topic else 0,
        discussed + waiting + (1 if topic else 0),
        waiting,
    )


def poll_counts(state: WorkshopState, poll_id: str) -> dict[Thumb, int]:
    counts = dict.fromkeys(Thumb, 0)
    for answer in state.answers_to(poll_id):
        counts[answer.choice] += 1
    return counts


def closed_poll(state: WorkshopState, now: datetime) -> list[Change]:
    """Closing the session's open poll, if there is one."""
    poll = state.open_poll()
    return [] if poll is None else [Update(poll, replace(poll, closed_at=now))]


def _moves(
    state: WorkshopState,
    ctx: PlanContext,
    discussion: Discussion,
    leaving: Note | None,
    coming: Note | None,
) -> list[Change]:
    """The topic discussed goes to the board's "done" area, the next one to "discussing"."""
    moves: list[NoteMove] = []
    done = state.clusters.get(discussion.done_cluster_id or "")
    if leaving is not None and done is not None and leaving.cluster_id != done.id:
        x, y = free_spot(state, leaving.board_id, leaving.width, leaving.height, done)
        moves.append(NoteMove(leaving.id, x, y))
    discussing = state.clusters.get(discussion.discussing_cluster_id or "")
    if coming is not None and discussing is not None:
        gap = settings.NOTE_GAP
        # The first place in the area: the topic before it is on its way out.
        moves.append(
            NoteMove(coming.id, discussing.x + gap, discussing.y + CLUSTER_TITLE_BAND + gap)
        )
    if not moves:
        return []
    return list(MoveNotes(tuple(moves)).plan(state, ctx).changes)


def _marked_discussed(changes: list[Change], note: Note) -> list[Change]:
    """``changes`` with ``note`` marked as discussed (in its move, if it moves)."""
    marked: list[Change] = []
    found = False
    for change in changes:
        if isinstance(change, Update) and change.before == note:
            after = change.after
            assert isinstance(after, Note)
            marked.append(Update(note, replace(after, discussed=True)))
            found = True
        else:
            marked.append(change)
    if not found:
        marked.append(Update(note, replace(note, discussed=True)))
    return marked


def _topic_switch(
    state: WorkshopState, ctx: PlanContext, board_id: str, coming: Note | None
) -> list[Change]:
    discussion = state.discussion(board_id)
    leaving = state.topic(board_id)
    if leaving is not None and coming is not None and leaving.id == coming.id:
        leaving = None
    changes = _moves(state, ctx, discussion, leaving, coming)
    if leaving is not None:
        changes = _marked_discussed(changes, leaving)
    if coming is not None and coming.discussed:
        # Picked again out of order: it is under discussion again.
        changes = [
            Update(c.before, replace(c.after, discussed=False))
            if isinstance(c, Update) and c.before == coming and isinstance(c.after, Note)
            else c
            for c in changes
        ]
        if not any(isinstance(c, Update) and c.before == coming for c in changes):
            changes.append(Update(coming, replace(coming, discussed=False)))
    changes.extend(
        set_to(
            state.discussions.get(board_id),
            replace(discussion, topic_id=coming.id if coming else None),
        )
    )
    changes.extend(closed_poll(state, ctx.now))
    if coming is not None:
        timer = countdown(state, discussion.topic_seconds, ctx.now)
    else:
        timer = Timer(state.workshop.id)  # nothing left to discuss: no stale countdown
    changes.extend(timer_changes(state, timer))
    return changes


@dataclass(frozen=True)
class DiscussTopic:
    """Discuss a topic now: by default the next in vote order.

    The topic under discussion before it counts as discussed. With no topics
    left the discussion ends.
    """

    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Discuss topic")
    board_id: str
    note_id: str | None = None

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        board = _board(state, self.board_id)
        if self.note_id is None:
            queue = topic_queue(state, board.id)
            coming = queue[0] if queue else None
        else:
            coming = _note(state, self.note_id)
            if coming.board_id != board.id or not is_visible_to(coming, None):
                raise NotFoundError(QT_TRANSLATE_NOOP("errors", "That note no longer exists."))
        if coming is None and state.topic(board.id) is None:
            return Changeset(self.label, ())  # nothing under discussion, nothing to come
        return Changeset(self.label, tuple(_topic_switch(state, ctx, board.id, coming)))


@dataclass(frozen=True)
class EndDiscussion:
    """The topic under discussion counts as discussed; none follows."""

    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "End discussion")
    board_id: str

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        board = _board(state, self.board_id)
        if state.discussion(board.id).topic_id is None:
            return Changeset(self.label, tuple(closed_poll(state, ctx.now)))
        return Changeset(self.label, tuple(_topic_switch(state, ctx, board.id, None)))


@dataclass(frozen=True)
class ExtendTopic:
    """The room wants to continue: the topic gets the board's extra time, and the poll closes."""

    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Continue topic")
    board_id: str

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        board = _board(state, self.board_id)
        if state.topic(board.id) is None:
            raise ValidationError(_NO_TOPIC)
        seconds = state.discussion(board.id).extend_seconds
        changes = closed_poll(state, ctx.now)
        adjusted = AdjustTimer(seconds).plan(state, ctx).changes
        if adjusted or state.timer.running:
            changes.extend(adjusted)
        else:
            changes.extend(timer_changes(state, countdown(state, seconds, ctx.now)))
        return Changeset(self.label, tuple(changes))


@dataclass(frozen=True)
class SetTopicTimes:
    """How long each topic is discussed, and how much time "continue" adds."""

    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Set topic times")
    board_id: str
    topic_seconds: float
    extend_seconds: float

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        board = _board(state, self.board_id)
        after = replace(
            state.discussion(board.id),
            topic_seconds=validate_duration(self.topic_seconds),
            extend_seconds=validate_duration(self.extend_seconds),
        )
        return Changeset(self.label, tuple(set_to(state.discussions.get(after.id), after)))


@dataclass(frozen=True)
class AskToContinue:
    """Open a thumbs poll on the topic under discussion: continue with it or move on?"""

    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Ask to continue")
    board_id: str
    poll_id: str = ""

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        board = _board(state, self.board_id)
        topic = state.topic(board.id)
        if topic is None:
            raise ValidationError(_NO_TOPIC)
        poll = state.open_poll()
        if poll is not None and poll.board_id == board.id and poll.topic_id == topic.id:
            return Changeset(self.label, ())
        opened = Poll(self.poll_id or new_id(), board.id, topic.id, ctx.now)
        return Changeset(self.label, (*closed_poll(state, ctx.now), Insert(opened)))


@dataclass(frozen=True)
class ClosePoll:
    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Close poll")

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        return Changeset(self.label, tuple(closed_poll(state, ctx.now)))
