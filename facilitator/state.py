"""The in-memory state of one open workshop, changed only by changesets."""

from __future__ import annotations

from dataclasses import dataclass, field

from facilitator.changes import Change, Changeset, Delete, Insert, Update, invert
from facilitator.domain import Board, Cluster, Entity, Note, Workshop
from facilitator.errors import ConflictError
from facilitator.i18n import QT_TRANSLATE_NOOP

_CHANGED_MEANWHILE = QT_TRANSLATE_NOOP(
    "errors", "This can't be done because the board changed in the meantime."
)


@dataclass
class WorkshopState:
    workshop: Workshop
    boards: dict[str, Board] = field(default_factory=dict)
    clusters: dict[str, Cluster] = field(default_factory=dict)
    notes: dict[str, Note] = field(default_factory=dict)
    # Derived indexes, kept in step by apply(): they make the hot paths (adding
    # and moving one note on a board of thousands) independent of board size.
    _stacks: dict[str, set[str]] = field(default_factory=dict, compare=False, repr=False)
    _top_z: dict[str, int] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self.reindex()

    def reindex(self) -> None:
        """Rebuild the derived indexes (after the dicts were filled directly)."""
        self._stacks = {}
        self._top_z = {}
        for note in self.notes.values():
            self._index(note)

    def _index(self, note: Note) -> None:
        if note.stack_id is not None:
            self._stacks.setdefault(note.stack_id, set()).add(note.id)
        if note.z > self._top_z.get(note.board_id, 0):
            self._top_z[note.board_id] = note.z

    def _unindex(self, note: Note) -> None:
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
            if isinstance(change.entity, Note):
                self._index(change.entity)
        elif isinstance(change, Delete):
            table = self._table(change.entity)
            if table.get(change.entity.id) != change.entity:
                raise ConflictError(_CHANGED_MEANWHILE)
            del table[change.entity.id]
            if isinstance(change.entity, Note):
                self._unindex(change.entity)
        else:
            table = self._table(change.after)
            if table.get(change.before.id) != change.before:
                raise ConflictError(_CHANGED_MEANWHILE)
            table[change.after.id] = change.after
            if isinstance(change.after, Note):
                self._unindex(change.before)  # type: ignore[arg-type]
                self._index(change.after)

    # Queries -----------------------------------------------------------------

    def ordered_boards(self) -> list[Board]:
        return sorted(self.boards.values(), key=lambda b: b.position)

    def notes_on(self, board_id: str) -> list[Note]:
        return [n for n in self.notes.values() if n.board_id == board_id]

    def clusters_on(self, board_id: str) -> list[Cluster]:
        return [c for c in self.clusters.values() if c.board_id == board_id]

    def stacked_under(self, note_id: str) -> list[Note]:
        members = self._stacks.get(note_id, ())
        return sorted((self.notes[i] for i in members), key=lambda n: (n.z, n.id))

    def top_z(self, board_id: str) -> int:
        """At least the highest z on the board; it never decreases, which is all "on top" needs."""
        return self._top_z.get(board_id, 0)
