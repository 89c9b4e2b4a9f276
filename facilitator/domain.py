"""The workshop domain as immutable values.

Entities are frozen dataclasses: a change never mutates one, it replaces it.
That makes every change an exact before/after pair, which is what undo,
persistence and the views all consume (see :mod:`facilitator.changes`).
Geometry is plain floats in board coordinates (pixels at 100 % zoom).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum


def new_id() -> str:
    return uuid.uuid4().hex


def utc_now() -> datetime:
    return datetime.now(UTC)


class NoteSource(StrEnum):
    FACILITATOR = "facilitator"
    PARTICIPANT = "participant"


class BoardState(StrEnum):
    """A locked board is read-only for participants: no new notes, edits or votes."""

    OPEN = "open"
    LOCKED = "locked"


class VoteTarget(StrEnum):
    NOTES = "notes"
    CLUSTERS = "clusters"


class TimerMode(StrEnum):
    COUNTDOWN = "countdown"
    STOPWATCH = "stopwatch"


class PhaseKind(StrEnum):
    """What an agenda phase asks of the room, beyond its time box."""

    WORK = "work"
    # Topics discussed one at a time in vote order, each with its own time box (Lean Coffee).
    DISCUSSION = "discussion"
    # Each phone builds on notes another participant wrote in the phase before (brainwriting).
    BUILD_ON = "build_on"


class Thumb(StrEnum):
    """An answer to a quick thumbs poll."""

    UP = "up"
    SIDEWAYS = "sideways"
    DOWN = "down"


@dataclass(frozen=True)
class Workshop:
    """A workshop session: what the user calls "a session".

    ``join_code`` is what participants type or scan to take part;
    ``current_board_id`` is the board the facilitator is showing and
    ``current_phase_id`` the agenda phase under way, if any.
    """

    id: str
    title: str
    language: str
    created_at: datetime
    join_code: str = ""
    current_board_id: str | None = None
    current_phase_id: str | None = None


@dataclass(frozen=True)
class Board:
    """One phase of a workshop: a surface with its own question and template."""

    id: str
    workshop_id: str
    position: int
    title: str
    question: str
    template: str
    state: BoardState
    created_at: datetime
    # Participation controls, all set by the facilitator in the app.
    input_open: bool = True
    hidden_mode: bool = False
    voting_open: bool = False
    vote_budget: int = 3
    vote_target: VoteTarget = VoteTarget.NOTES
    results_visible: bool = False

    @property
    def accepts_notes(self) -> bool:
        return self.input_open and self.state is BoardState.OPEN


@dataclass(frozen=True)
class Cluster:
    """A labelled rectangle on a board; notes whose centre lies inside belong to it."""

    id: str
    board_id: str
    title: str
    x: float
    y: float
    width: float
    height: float
    color: str

    def contains(self, px: float, py: float) -> bool:
        return self.x <= px <= self.x + self.width and self.y <= py <= self.y + self.height

    @property
    def area(self) -> float:
        return self.width * self.height


@dataclass(frozen=True)
class Note:
    """A sticky note. ``stack_id`` names the note on top when this one is a stacked duplicate."""

    id: str
    board_id: str
    cluster_id: str | None
    stack_id: str | None
    text: str
    color: str
    x: float
    y: float
    width: float
    height: float
    z: int
    author_name: str | None
    source: NoteSource
    created_at: datetime
    updated_at: datetime
    participant_id: str | None = None
    client_id: str | None = None  # the phone's idempotency key for this note
    face_down: bool = False  # written in hidden mode and not revealed yet
    moderated: bool = False  # hidden by the facilitator from every phone
    # The note this one builds on (brainwriting). Like ``topic_id`` below it is
    # a plain reference, not a foreign key: undoing a deletion brings the note
    # back under its old id, and with it every chain and topic that named it.
    builds_on: str | None = None
    phase_id: str | None = None  # the agenda phase under way when a participant wrote it
    discussed: bool = False  # a topic the room has discussed

    @property
    def center(self) -> tuple[float, float]:
        return (self.x + self.width / 2, self.y + self.height / 2)


@dataclass(frozen=True)
class Participant:
    """Someone taking part from a phone. Only a hash of their token is kept."""

    id: str
    workshop_id: str
    name: str | None
    token_hash: str
    created_at: datetime


@dataclass(frozen=True)
class Vote:
    """One dot spent by a participant on a note or a cluster of a board."""

    id: str
    participant_id: str
    board_id: str
    note_id: str | None
    cluster_id: str | None
    created_at: datetime

    @property
    def target_id(self) -> str:
        return self.note_id or self.cluster_id or ""


@dataclass(frozen=True)
class Timer:
    """The session's one shared timer (its id is the workshop's).

    A run is kept as the moment it (re)started plus the time run before that,
    not as a ticking counter: the same numbers give the remaining time on the
    display, on every phone and after a restart, and a paused timer (no
    ``started_at``) stays paused.
    """

    id: str
    mode: TimerMode = TimerMode.COUNTDOWN
    duration: float = 0.0  # seconds; what a countdown counts down from
    elapsed: float = 0.0  # seconds run before started_at
    started_at: datetime | None = None  # set while running

    @property
    def running(self) -> bool:
        return self.started_at is not None

    @property
    def is_set(self) -> bool:
        """False for a timer that was never started or was reset to nothing."""
        return self.running or self.elapsed > 0 or self.duration > 0

    def elapsed_at(self, now: datetime) -> float:
        if self.started_at is None:
            return self.elapsed
        return self.elapsed + max(0.0, (now - self.started_at).total_seconds())

    def remaining_at(self, now: datetime) -> float:
        """Seconds left of a countdown; negative once time is up (overrun)."""
        return self.duration - self.elapsed_at(now)

    @property
    def deadline(self) -> datetime | None:
        """When a running countdown reaches zero."""
        if self.started_at is None or self.mode is not TimerMode.COUNTDOWN:
            return None
        return self.started_at + timedelta(seconds=self.duration - self.elapsed)

    def is_up_at(self, now: datetime) -> bool:
        return self.mode is TimerMode.COUNTDOWN and self.is_set and self.remaining_at(now) <= 0


@dataclass(frozen=True)
class Phase:
    """One step of a session's agenda: a board, a planned time box and what to do.

    ``spent`` is the time already run in earlier turns of the phase; while it
    is under way ``started_at`` is set, so actual time survives a restart too.
    """

    id: str
    workshop_id: str
    position: int
    title: str
    board_id: str | None = None
    planned: float = 0.0  # seconds; 0: no time box
    instruction: str = ""
    spent: float = 0.0
    started_at: datetime | None = None
    done: bool = False
    # Where notes from phones land while this phase is under way (on its board).
    cluster_id: str | None = None
    kind: PhaseKind = PhaseKind.WORK

    def actual_at(self, now: datetime) -> float:
        if self.started_at is None:
            return self.spent
        return self.spent + max(0.0, (now - self.started_at).total_seconds())


@dataclass(frozen=True)
class Discussion:
    """A board's topics (its notes) discussed one at a time in vote order; its id is the board's.

    The topic under discussion moves to ``discussing_cluster_id`` and, once
    discussed, to ``done_cluster_id`` where the board has such areas.
    """

    id: str
    topic_id: str | None = None
    topic_seconds: float = 360.0
    extend_seconds: float = 180.0
    discussing_cluster_id: str | None = None
    done_cluster_id: str | None = None


@dataclass(frozen=True)
class Poll:
    """A quick thumbs poll ("continue with this topic?"); open until ``closed_at``."""

    id: str
    board_id: str
    topic_id: str | None
    opened_at: datetime
    closed_at: datetime | None = None

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


@dataclass(frozen=True)
class PollAnswer:
    """One participant's answer to a poll; answering again replaces it."""

    id: str
    poll_id: str
    participant_id: str
    choice: Thumb
    answered_at: datetime


Entity = (
    Workshop
    | Board
    | Cluster
    | Note
    | Participant
    | Vote
    | Timer
    | Phase
    | Discussion
    | Poll
    | PollAnswer
)
