"""The workshop domain as immutable values.

Entities are frozen dataclasses: a change never mutates one, it replaces it.
That makes every change an exact before/after pair, which is what undo,
persistence and the views all consume (see :mod:`facilitator.changes`).
Geometry is plain floats in board coordinates (pixels at 100 % zoom).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum


def new_id() -> str:
    return uuid.uuid4().hex


def utc_now() -> datetime:
    return datetime.now(UTC)


class NoteSource(StrEnum):
    FACILITATOR = "facilitator"
    PARTICIPANT = "participant"


class BoardState(StrEnum):
    """Whether a board takes input; later phases of the product add more."""

    OPEN = "open"
    LOCKED = "locked"


@dataclass(frozen=True)
class Workshop:
    """A workshop session: what the user calls "a session"."""

    id: str
    title: str
    language: str
    created_at: datetime


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

    @property
    def center(self) -> tuple[float, float]:
        return (self.x + self.width / 2, self.y + self.height / 2)


Entity = Workshop | Board | Cluster | Note
