"""Changesets: the one currency of change.

A command is planned into a :class:`Changeset`, a sequence of inserts, deletes
and updates of whole entities. The same changeset is applied to the in-memory
state, written to the database in one transaction, recorded for undo (its
inverse is exact, because each update keeps the entity before and after) and
handed to every view, which updates only what changed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from facilitator.domain import Board, Cluster, Entity, Note


@dataclass(frozen=True)
class Insert:
    entity: Entity


@dataclass(frozen=True)
class Delete:
    entity: Entity


@dataclass(frozen=True)
class Update:
    before: Entity
    after: Entity


Change = Insert | Delete | Update


def set_to(before: Entity | None, after: Entity) -> list[Change]:
    """The changes that make an entity that may not exist yet ``after`` (none if it is)."""
    if before is None:
        return [Insert(after)]
    return [] if before == after else [Update(before, after)]


def invert(change: Change) -> Change:
    if isinstance(change, Insert):
        return Delete(change.entity)
    if isinstance(change, Delete):
        return Insert(change.entity)
    return Update(change.after, change.before)


def current(change: Change) -> Entity:
    """The entity as it is after the change (for a delete: as it was)."""
    if isinstance(change, Update):
        return change.after
    return change.entity


@dataclass(frozen=True)
class Changeset:
    """What one user action changed.

    ``label`` names the action for undo/redo; it is a source string to be
    translated in the context "commands".
    """

    label: str
    changes: tuple[Change, ...]

    def inverted(self) -> Changeset:
        return Changeset(self.label, tuple(invert(c) for c in reversed(self.changes)))

    def __bool__(self) -> bool:
        return bool(self.changes)

    def __add__(self, other: Changeset) -> Changeset:
        return Changeset(self.label, self.changes + other.changes)

    def notes(self) -> Iterator[Note]:
        return (e for e in map(current, self.changes) if isinstance(e, Note))

    def clusters(self) -> Iterator[Cluster]:
        return (e for e in map(current, self.changes) if isinstance(e, Cluster))

    def boards(self) -> Iterator[Board]:
        return (e for e in map(current, self.changes) if isinstance(e, Board))
