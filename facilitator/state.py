"""The in-memory state of one open workshop, changed only by changesets."""

from __future__ import annotations

from dataclasses import dataclass, field

from facilitator.changes import Change, Changeset, Delete, Insert, Update, invert
from facilitator.domain import (
    Board,
    Cluster,
    Discussion,
    Entity,
    Note,
    Participant,
    Phase,
    Poll,
    PollAnswer,
    Timer,
    Vote,
    Workshop,
)
from facilitator.errors import ConflictError
from facilitator.i18n import QT_TRANSLATE_NOOP
from facilitator.placement import BoardLayout

_CHANGED_MEANWHILE = QT_TRANSLATE_NOOP(
    "errors", "This can't be done because the board changed in the meantime."
)


def _discard(index: dict[str, set[str]], key: str, member: str) -> None:
    """Remove ``member`` from ``index[key]``, and the key once its set is empty."""
    members = index.get(key)
    if members is not None:
        members.discard(member)
        if not members:
            del index[key]


@dataclass
class WorkshopState:
    workshop: Workshop
    boards: dict[str, Board] = field(default_factory=dict)
    clusters: dict[str, Cluster] = field(default_factory=dict)
    notes: dict[str, Note] = field(default_factory=dict)
    participants: dict[str, Participant] = field(default_factory=dict)
    votes: dict[str, Vote] = field(default_factory=dict)
    phases: dict[str, Phase] = field(default_factory=dict)
    timers: dict[str, Timer] = field(default_factory=dict)  # at most one: the session's
    discussions: dict[str, Discussion] = field(default_factory=dict)  # by board id
    polls: dict[str, Poll] = field(default_factory=dict)
    poll_answers: dict[str, PollAnswer] = field(default_factory=dict)
    # Derived indexes, kept in step by apply(): they make the hot paths (adding
    # and moving one note on a board of thousands) independent of board size.
    _stacks: dict[str, set[str]] = field(default_factory=dict, compare=False, repr=False)
    _top_z: dict[str, int] = field(default_factory=dict, compare=False, repr=False)
    _client_notes: dict[tuple[str, str], str] = field(
        default_factory=dict, compare=False, repr=False
    )
    _tokens: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    _votes_on: dict[str, set[str]] = field(default_factory=dict, compare=False, repr=False)
    _votes_by: dict[str, set[str]] = field(default_factory=dict, compare=False, repr=False)
    _board_notes: dict[str, dict[str, Note]] = field(
        default_factory=dict, compare=False, repr=False
    )
    _phase_notes: dict[str, set[str]] = field(default_factory=dict, compare=False, repr=False)
    # Per poll: each participant's answer id.
    _answers: dict[str, dict[str, str]] = field(default_factory=dict, compare=False, repr=False)
    # Built when a board is first asked for a free place, then kept in step.
    _layouts: dict[str, BoardLayout] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self.reindex()

    def reindex(self) -> None:
        """Rebuild the derived indexes (after the dicts were filled directly)."""
        self._stacks = {}
        self._top_z = {}
        self._client_notes = {}
        self._tokens = {}
        self._votes_on = {}
        self._votes_by = {}
        self._board_notes = {}
        self._phase_notes = {}
        self._answers = {}
        self._layouts = {}
        entities: list[Entity] = [*self.notes.values(), *self.participants.values()]
        entities.extend(self.votes.values())
        entities.extend(self.poll_answers.values())
        for entity in entities:
            self._index(entity)

    def _index(self, entity: Entity) -> None:
        if isinstance(entity, Note):
            self._index_note(entity)
        elif isinstance(entity, Cluster):
            if (layout := self._layouts.get(entity.board_id)) is not None:
                layout.cluster_added(entity)
        elif isinstance(entity, Participant):
            self._tokens[entity.token_hash] = entity.id
        elif isinstance(entity, Vote):
            self._votes_on.setdefault(entity.target_id, set()).add(entity.id)
            self._votes_by.setdefault(entity.participant_id, set()).add(entity.id)
        elif isinstance(entity, PollAnswer):
            self._answers.setdefault(entity.poll_id, {})[entity.participant_id] = entity.id

    def _unindex(self, entity: Entity) -> None:
        if isinstance(entity, Note):
            self._unindex_note(entity)
        elif isinstance(entity, Cluster):
            if (layout := self._layouts.get(entity.board_id)) is not None:
                layout.cluster_removed(entity)
        elif isinstance(entity, Participant):
            self._tokens.pop(entity.token_hash, None)
        elif isinstance(entity, Vote):
            # Empty sets go too: a deleted note's id would otherwise stay a key forever.
            _discard(self._votes_on, entity.target_id, entity.id)
            _discard(self._votes_by, entity.participant_id, entity.id)
        elif isinstance(entity, PollAnswer):
            self._answers.get(entity.poll_id, {}).pop(entity.participant_id, None)

    def _index_note(self, note: Note) -> None:
        self._board_notes.setdefault(note.board_id, {})[note.id] = note
        if (layout := self._layouts.get(note.board_id)) is not None:
            layout.note_added(note)
        if note.participant_id is not None and note.client_id is not None:
            self._client_notes[(note.participant_id, note.client_id)] = note.id
        if note.stack_id is not None:
            self._stacks.setdefault(note.stack_id, set()).add(note.id)
        if note.phase_id is not None:
            self._phase_notes.setdefault(note.phase_id, set()).add(note.id)
        if note.z > self._top_z.get(note.board_id, 0):
            self._top_z[note.board_id] = note.z

    def _unindex_note(self, note: Note) -> None:
        self._board_notes.get(note.board_id, {}).pop(note.id, None)
        if (layout := self._layouts.get(note.board_id)) is not None:
            layout.note_removed(note)
        if note.participant_id is not None and note.client_id is not None:
            self._client_notes.pop((note.participant_id, note.client_id), None)
        if note.phase_id is not None:
            _discard(self._phase_notes, note.phase_id, note.id)
        if note.stack_id is not None:
            members = self._stacks.get(note.stack_id)
            if members is not None:
                members.discard(note.id)
                if not members:
                    del self._stacks[note.stack_id]

    def _table(self, entity: Entity) -> dict[str, Entity]:
        if isinstance(entity, Note):
            return self.notes  # type: ignore[return-value]
        if isinstance(entity, Cluster):
            return self.clusters  # type: ignore[return-value]
        if isinstance(entity, Board):
            return self.boards  # type: ignore[return-value]
        if isinstance(entity, Participant):
            return self.participants  # type: ignore[return-value]
        if isinstance(entity, Vote):
            return self.votes  # type: ignore[return-value]
        if isinstance(entity, Phase):
            return self.phases  # type: ignore[return-value]
        if isinstance(entity, Timer):
            return self.timers  # type: ignore[return-value]
        if isinstance(entity, Discussion):
            return self.discussions  # type: ignore[return-value]
        if isinstance(entity, Poll):
            return self.polls  # type: ignore[return-value]
        if isinstance(entity, PollAnswer):
            return self.poll_answers  # type: ignore[return-value]
        raise TypeError(f"not a board entity: {entity!r}")

    def apply(self, changeset: Changeset) -> None:
        """Apply every change or none: a change whose precondition fails raises ConflictError."""
        applied: list[Change] = []
        try:
            for change in changeset.changes:
                self._apply_one(change)
                applied.append(change)
        except ConflictError:
            for change in reversed(applied):
                self._apply_one(invert(change))
            raise

    def _apply_one(self, change: Change) -> None:
        if isinstance(change, Update) and isinstance(change.after, Workshop):
            if self.workshop != change.before:
                raise ConflictError(_CHANGED_MEANWHILE)
            self.workshop = change.after
            return
        if isinstance(change, Insert):
            table = self._table(change.entity)
            if change.entity.id in table:
                raise ConflictError(_CHANGED_MEANWHILE)
            table[change.entity.id] = change.entity
            self._index(change.entity)
        elif isinstance(change, Delete):
            table = self._table(change.entity)
            if table.get(change.entity.id) != change.entity:
                raise ConflictError(_CHANGED_MEANWHILE)
            del table[change.entity.id]
            self._unindex(change.entity)
        else:
            table = self._table(change.after)
            if table.get(change.before.id) != change.before:
                raise ConflictError(_CHANGED_MEANWHILE)
            table[change.after.id] = change.after
            self._unindex(change.before)
            self._index(change.after)

    # Queries -----------------------------------------------------------------

    def ordered_boards(self) -> list[Board]:
        return sorted(self.boards.values(), key=lambda b: b.position)

    def notes_on(self, board_id: str) -> list[Note]:
        return list(self._board_notes.get(board_id, {}).values())

    def layout(self, board_id: str) -> BoardLayout:
        """Where there is room on the board; read it only while nothing changes the state."""
        layout = self._layouts.get(board_id)
        if layout is None:
            layout = BoardLayout(self.notes_on(board_id), self.clusters_on(board_id))
            self._layouts[board_id] = layout
        return layout

    def clusters_on(self, board_id: str) -> list[Cluster]:
        return [c for c in self.clusters.values() if c.board_id == board_id]

    def stacked_under(self, note_id: str) -> list[Note]:
        members = self._stacks.get(note_id, ())
        return sorted((self.notes[i] for i in members), key=lambda n: (n.z, n.id))

    def stack_size(self, note_id: str) -> int:
        """How many notes are stacked under this one (without building the list)."""
        return len(self._stacks.get(note_id, ()))

    def top_z(self, board_id: str) -> int:
        """At least the highest z on the board; it never decreases, which is all "on top" needs."""
        return self._top_z.get(board_id, 0)

    def note_by_client_id(self, participant_id: str, client_id: str) -> Note | None:
        note_id = self._client_notes.get((participant_id, client_id))
        return self.notes.get(note_id) if note_id else None

    def participant_by_token_hash(self, token_hash: str) -> Participant | None:
        participant_id = self._tokens.get(token_hash)
        return self.participants.get(participant_id) if participant_id else None

    def votes_on(self, target_id: str) -> list[Vote]:
        return [self.votes[i] for i in self._votes_on.get(target_id, ())]

    def votes_by(self, participant_id: str, board_id: str) -> list[Vote]:
        votes = (self.votes[i] for i in self._votes_by.get(participant_id, ()))
        return sorted((v for v in votes if v.board_id == board_id), key=lambda v: v.created_at)

    @property
    def timer(self) -> Timer:
        """The session's timer (a stopped, empty one before it is first used)."""
        return self.timers.get(self.workshop.id) or Timer(self.workshop.id)

    def ordered_phases(self) -> list[Phase]:
        return sorted(self.phases.values(), key=lambda p: p.position)

    def current_phase(self) -> Phase | None:
        phase_id = self.workshop.current_phase_id
        return self.phases.get(phase_id) if phase_id else None

    def notes_written_in(self, phase_id: str) -> list[Note]:
        return [self.notes[i] for i in self._phase_notes.get(phase_id, ())]

    def discussion(self, board_id: str) -> Discussion:
        """The board's topic discussion (settings only, before it first starts)."""
        return self.discussions.get(board_id) or Discussion(board_id)

    def topic(self, board_id: str) -> Note | None:
        """The note under discussion on a board, if it still exists."""
        topic_id = self.discussion(board_id).topic_id
        return self.notes.get(topic_id) if topic_id else None

    def open_poll(self) -> Poll | None:
        """The session's open poll; there is at most one."""
        return next((p for p in self.polls.values() if p.is_open), None)

    def polls_on(self, board_id: str) -> list[Poll]:
        return sorted(
            (p for p in self.polls.values() if p.board_id == board_id), key=lambda p: p.opened_at
        )

    def answers_to(self, poll_id: str) -> list[PollAnswer]:
        return [self.poll_answers[i] for i in self._answers.get(poll_id, {}).values()]

    def answer_of(self, poll_id: str, participant_id: str) -> PollAnswer | None:
        answer_id = self._answers.get(poll_id, {}).get(participant_id)
        return self.poll_answers.get(answer_id) if answer_id else None

    def current_board(self) -> Board | None:
        board_id = self.workshop.current_board_id
        if board_id in self.boards:
            return self.boards[board_id]
        ordered = self.ordered_boards()
        return ordered[0] if ordered else None
