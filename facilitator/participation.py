"""Commands for taking part from a phone, and the facilitator's controls over it.

Who may do what is decided here and nowhere else: a participant may add notes
to a board that accepts them, change or delete only their own notes while the
board is not locked, and spend at most the board's budget of votes while voting
is open. The HTTP server only translates requests into these commands.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import ClassVar, TypeVar

from facilitator import settings
from facilitator.brainwriting import chain_spot, chain_start_spot, is_chain_board
from facilitator.changes import Change, Changeset, Delete, Insert, Update
from facilitator.commands import (
    PlanContext,
    _board,
    _cluster,
    _note,
    _note_color,
    free_spot,
    incoming_spot,
    new_note,
    validate_author,
    validate_note_text,
)
from facilitator.domain import (
    Board,
    BoardState,
    Cluster,
    Note,
    NoteSource,
    Participant,
    PollAnswer,
    Thumb,
    Vote,
    VoteTarget,
    new_id,
)
from facilitator.errors import FacilitatorError, NotFoundError, ValidationError
from facilitator.i18n import QT_TRANSLATE_NOOP
from facilitator.palette import DEFAULT_NOTE_COLOR
from facilitator.state import WorkshopState


class PermissionDeniedError(FacilitatorError):
    """A participant tried to change something that is not theirs to change."""

    code = "forbidden"


class BoardClosedError(FacilitatorError):
    """The board does not take this input now (closed, locked, voting not open)."""

    code = "board_closed"


class LimitReachedError(FacilitatorError):
    """A participant has no votes left."""

    code = "no_votes_left"


_NOT_YOURS = QT_TRANSLATE_NOOP("errors", "You can only change your own notes.")
_LOCKED = QT_TRANSLATE_NOOP("errors", "This board is locked: it can no longer be changed.")
_CLOSED = QT_TRANSLATE_NOOP("errors", "This board is not taking new notes right now.")
_NO_VOTING = QT_TRANSLATE_NOOP("errors", "Voting is not open on this board.")


def _participant(state: WorkshopState, participant_id: str) -> Participant:
    participant = state.participants.get(participant_id)
    if participant is None:
        raise PermissionDeniedError(QT_TRANSLATE_NOOP("errors", "Please join the session again."))
    return participant


def _board_for_participant(state: WorkshopState, board_id: str | None) -> Board:
    if board_id is None:
        board = state.current_board()
        if board is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "That board no longer exists."))
        return board
    return _board(state, board_id)


def _own_note(state: WorkshopState, participant_id: str, note_id: str) -> Note:
    note = _note(state, note_id)
    if note.participant_id != participant_id:
        raise PermissionDeniedError(_NOT_YOURS)
    if state.boards[note.board_id].state is BoardState.LOCKED:
        raise BoardClosedError(_LOCKED)
    return note


def is_visible_to(note: Note, participant_id: str | None) -> bool:
    """Whether a participant (``None``: the room and everyone) may see a note."""
    if note.moderated or note.stack_id is not None:
        return False
    return not note.face_down or (
        participant_id is not None and note.participant_id == participant_id
    )


# Participants -----------------------------------------------------------------


@dataclass(frozen=True)
class Join:
    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Join")
    token_hash: str
    name: str | None = None
    participant_id: str = field(default_factory=new_id)

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        participant = Participant(
            id=self.participant_id,
            workshop_id=state.workshop.id,
            name=validate_author(self.name),
            token_hash=self.token_hash,
            created_at=ctx.now,
        )
        return Changeset(self.label, (Insert(participant),))


def _step_area(state: WorkshopState, board_id: str) -> Cluster | None:
    """The area the agenda step under way collects phone notes in, on this board."""
    phase = state.current_phase()
    if phase is None or phase.board_id != board_id or phase.cluster_id is None:
        return None
    return state.clusters.get(phase.cluster_id)


@dataclass(frozen=True)
class AddParticipantNote:
    """A note from a phone. The same ``client_id`` again is the same note, not a new one."""

    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Note from a participant")
    participant_id: str
    text: str
    client_id: str
    color: str = DEFAULT_NOTE_COLOR
    board_id: str | None = None
    cluster_id: str | None = None
    builds_on: str | None = None  # the note this one builds on (brainwriting)
    note_id: str = field(default_factory=new_id)

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        participant = _participant(state, self.participant_id)
        if not 1 <= len(self.client_id) <= 64:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "The note's client id is not valid."))
        if state.note_by_client_id(participant.id, self.client_id) is not None:
            return Changeset(self.label, ())
        board = _board_for_participant(state, self.board_id)
        if board.state is BoardState.LOCKED:
            raise BoardClosedError(_LOCKED)
        if not board.input_open:
            raise BoardClosedError(_CLOSED)
        text = validate_note_text(self.text)
        if not text.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Write something first."))
        parent = None
        if self.builds_on is not None:
            parent = state.notes.get(self.builds_on)
            if parent is None or parent.board_id != board.id or parent.moderated:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("errors", "The note you build on no longer exists.")
                )
        region = None
        if self.cluster_id is not None:
            region = _cluster(state, self.cluster_id)
            if region.board_id != board.id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "That cluster is on another board.")
                )
        elif parent is None:
            region = _step_area(state, board.id)
        width, height = settings.NOTE_DEFAULT_WIDTH, settings.NOTE_DEFAULT_HEIGHT
        if region is not None:
            x, y = free_spot(state, board.id, width, height, region)
        elif parent is not None:
            x, y = chain_spot(state, parent, width, height)
        elif is_chain_board(state, board.id):
            x, y = chain_start_spot(state, board.id, width, height)
        else:
            x, y = incoming_spot(state, board.id, width, height)
        phase = state.current_phase()
        note = new_note(
            state,
            ctx,
            note_id=self.note_id,
            board_id=board.id,
            text=text,
            color=_note_color(self.color),
            geometry=(x, y, width, height),
            author_name=participant.name,
            source=NoteSource.PARTICIPANT,
            participant_id=participant.id,
            client_id=self.client_id,
            face_down=board.hidden_mode,
            builds_on=parent.id if parent else None,
            phase_id=phase.id if phase is not None and phase.board_id == board.id else None,
        )
        return Changeset(self.label, (Insert(note),))


@dataclass(frozen=True)
class EditParticipantNote:
    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Edit note")
    participant_id: str
    note_id: str
    text: str | None = None
    color: str | None = None

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        note = _own_note(state, self.participant_id, self.note_id)
        text = note.text if self.text is None else validate_note_text(self.text)
        if not text.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Write something first."))
        color = note.color if self.color is None else _note_color(self.color)
        if (text, color) == (note.text, note.color):
            return Changeset(self.label, ())
        after = replace(note, text=text, color=color, updated_at=ctx.now)
        return Changeset(self.label, (Update(note, after),))


@dataclass(frozen=True)
class DeleteParticipantNote:
    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Delete notes")
    participant_id: str
    note_id: str

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        from facilitator.commands import DeleteNotes

        _own_note(state, self.participant_id, self.note_id)
        return Changeset(self.label, DeleteNotes((self.note_id,)).plan(state, ctx).changes)


def _vote_target(
    state: WorkshopState, board: Board, target_id: str
) -> tuple[str | None, str | None]:
    if board.vote_target is VoteTarget.CLUSTERS:
        cluster = state.clusters.get(target_id)
        if cluster is None or cluster.board_id != board.id:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "That cluster no longer exists."))
        return None, cluster.id
    note = state.notes.get(target_id)
    if note is None or note.board_id != board.id or not is_visible_to(note, None):
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "That note no longer exists."))
    return note.id, None


def _voting_board(state: WorkshopState, board_id: str | None) -> Board:
    board = _board_for_participant(state, board_id)
    if board.state is BoardState.LOCKED:
        raise BoardClosedError(_LOCKED)
    if not board.voting_open:
        raise BoardClosedError(_NO_VOTING)
    return board


@dataclass(frozen=True)
class CastVote:
    """Spend one dot on a note (or cluster); several dots on one target are allowed."""

    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Vote")
    participant_id: str
    target_id: str
    board_id: str | None = None
    vote_id: str = field(default_factory=new_id)

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        participant = _participant(state, self.participant_id)
        board = _voting_board(state, self.board_id)
        note_id, cluster_id = _vote_target(state, board, self.target_id)
        if len(state.votes_by(participant.id, board.id)) >= board.vote_budget:
            raise LimitReachedError(
                QT_TRANSLATE_NOOP("errors", "You have used all your {budget} votes."),
                budget=board.vote_budget,
            )
        vote = Vote(self.vote_id, participant.id, board.id, note_id, cluster_id, ctx.now)
        return Changeset(self.label, (Insert(vote),))


@dataclass(frozen=True)
class RetractVote:
    """Take back one of your dots from a target."""

    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Take back a vote")
    participant_id: str
    target_id: str
    board_id: str | None = None

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        participant = _participant(state, self.participant_id)
        board = _voting_board(state, self.board_id)
        mine = [
            v for v in state.votes_by(participant.id, board.id) if v.target_id == self.target_id
        ]
        if not mine:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "You have no vote there to take back."))
        return Changeset(self.label, (Delete(mine[-1]),))


@dataclass(frozen=True)
class AnswerPoll:
    """A participant's thumb in the open poll; answering again changes the answer."""

    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Answer poll")
    participant_id: str
    poll_id: str
    choice: Thumb
    answer_id: str = field(default_factory=new_id)

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        participant = _participant(state, self.participant_id)
        poll = state.polls.get(self.poll_id)
        if poll is None or not poll.is_open:
            raise BoardClosedError(QT_TRANSLATE_NOOP("errors", "This poll has closed."))
        before = state.answer_of(poll.id, participant.id)
        if before is None:
            answer = PollAnswer(self.answer_id, poll.id, participant.id, self.choice, ctx.now)
            return Changeset(self.label, (Insert(answer),))
        if before.choice is self.choice:
            return Changeset(self.label, ())
        after = replace(before, choice=self.choice, answered_at=ctx.now)
        return Changeset(self.label, (Update(before, after),))


# The facilitator's controls ---------------------------------------------------


@dataclass(frozen=True)
class SetBoardControls:
    """Switch a board's participation settings; ``None`` leaves a setting as it is."""

    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Change board settings")
    board_id: str
    input_open: bool | None = None
    locked: bool | None = None
    hidden_mode: bool | None = None
    voting_open: bool | None = None
    vote_budget: int | None = None
    vote_target: VoteTarget | None = None
    results_visible: bool | None = None

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        board = _board(state, self.board_id)
        if self.vote_budget is not None and not 1 <= self.vote_budget <= settings.VOTE_BUDGET_MAX:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Give each participant 1 to {limit} votes."),
                limit=settings.VOTE_BUDGET_MAX,
            )
        changing_target = self.vote_target is not None and self.vote_target != board.vote_target
        if changing_target and any(v.board_id == board.id for v in state.votes.values()):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Votes were already cast on this board; clear them to change what is voted on.",
                )
            )
        after = replace(
            board,
            state=board.state
            if self.locked is None
            else (BoardState.LOCKED if self.locked else BoardState.OPEN),
            input_open=_keep(self.input_open, board.input_open),
            hidden_mode=_keep(self.hidden_mode, board.hidden_mode),
            voting_open=_keep(self.voting_open, board.voting_open),
            vote_budget=_keep(self.vote_budget, board.vote_budget),
            vote_target=_keep(self.vote_target, board.vote_target),
            results_visible=_keep(self.results_visible, board.results_visible),
        )
        if after == board:
            return Changeset(self.label, ())
        return Changeset(self.label, (Update(board, after),))


T = TypeVar("T")


def _keep(value: T | None, current: T) -> T:
    return current if value is None else value


@dataclass(frozen=True)
class RevealNotes:
    """Turn every face-down note of a board face up, and end hidden mode."""

    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Reveal notes")
    board_id: str

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        board = _board(state, self.board_id)
        changes: list[Change] = [
            Update(n, replace(n, face_down=False)) for n in state.notes_on(board.id) if n.face_down
        ]
        if board.hidden_mode:
            changes.append(Update(board, replace(board, hidden_mode=False)))
        return Changeset(self.label, tuple(changes))


@dataclass(frozen=True)
class ModerateNotes:
    """Hide notes from every phone (``hidden=True``) or bring them back."""

    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Hide or restore notes")
    note_ids: tuple[str, ...]
    hidden: bool

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        notes = [_note(state, i) for i in dict.fromkeys(self.note_ids)]
        return Changeset(
            self.label,
            tuple(
                Update(n, replace(n, moderated=self.hidden))
                for n in notes
                if n.moderated != self.hidden
            ),
        )


@dataclass(frozen=True)
class ShowBoard:
    """The board the facilitator shows; phones follow it."""

    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Show board")
    board_id: str

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        board = _board(state, self.board_id)
        if state.workshop.current_board_id == board.id:
            return Changeset(self.label, ())
        after = replace(state.workshop, current_board_id=board.id)
        return Changeset(self.label, (Update(state.workshop, after),))


def vote_counts(state: WorkshopState, target_ids: Iterable[str]) -> dict[str, int]:
    return {t: len(state.votes_on(t)) for t in target_ids}


@dataclass(frozen=True)
class SortByVotes:
    """Lay out each cluster's notes (and the loose ones) with the most-voted first."""

    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Sort by votes")
    board_id: str

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        from facilitator.commands import CLUSTER_TITLE_BAND, MoveNotes, NoteMove

        board = _board(state, self.board_id)
        tops = [n for n in state.notes_on(board.id) if n.stack_id is None]
        groups: dict[str | None, list[Note]] = {}
        for note in tops:
            groups.setdefault(note.cluster_id, []).append(note)
        gap = settings.NOTE_GAP
        moves: list[NoteMove] = []
        for cluster_id, notes in groups.items():
            notes.sort(key=lambda n: (-len(state.votes_on(n.id)), n.y, n.x))
            width = max(n.width for n in notes)
            height = max(n.height for n in notes)
            if cluster_id is not None:
                cluster = state.clusters[cluster_id]
                left, top = cluster.x + gap, cluster.y + CLUSTER_TITLE_BAND + gap
                columns = max(1, int((cluster.width - gap) // (width + gap)))
            else:
                left, top = min(n.x for n in notes), min(n.y for n in notes)
                columns = max(1, round(len(notes) ** 0.5))
            for index, note in enumerate(notes):
                row, column = divmod(index, columns)
                moves.append(
                    NoteMove(note.id, left + column * (width + gap), top + row * (height + gap))
                )
        moved = MoveNotes(tuple(moves)).plan(state, ctx)
        # Sorting is a layout: keep every note's stacking order as it was.
        changes: list[Change] = []
        for change in moved.changes:
            if isinstance(change, Update) and isinstance(change.before, Note):
                after = change.after
                assert isinstance(after, Note)
                changes.append(Update(change.before, replace(after, z=change.before.z)))
            else:
                changes.append(change)
        return Changeset(self.label, tuple(changes))
