"""Converting between domain entities and table rows, by field name."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields
from enum import Enum
from typing import Any

from sqlalchemy import Table

from facilitator.domain import (
    Board,
    BoardState,
    Cluster,
    Discussion,
    Entity,
    Note,
    NoteSource,
    Participant,
    Phase,
    PhaseKind,
    Poll,
    PollAnswer,
    Thumb,
    Timer,
    TimerMode,
    Vote,
    VoteTarget,
    Workshop,
)
from facilitator.storage.models import (
    BoardRow,
    ClusterRow,
    DiscussionRow,
    NoteRow,
    ParticipantRow,
    PhaseRow,
    PollAnswerRow,
    PollRow,
    TimerRow,
    VoteRow,
    WorkshopRow,
)

TABLES: dict[type[Any], Table] = {
    Workshop: WorkshopRow.__table__,  # type: ignore[dict-item]
    Board: BoardRow.__table__,  # type: ignore[dict-item]
    Cluster: ClusterRow.__table__,  # type: ignore[dict-item]
    Note: NoteRow.__table__,  # type: ignore[dict-item]
    Participant: ParticipantRow.__table__,  # type: ignore[dict-item]
    Vote: VoteRow.__table__,  # type: ignore[dict-item]
    Phase: PhaseRow.__table__,  # type: ignore[dict-item]
    Timer: TimerRow.__table__,  # type: ignore[dict-item]
    Discussion: DiscussionRow.__table__,  # type: ignore[dict-item]
    Poll: PollRow.__table__,  # type: ignore[dict-item]
    PollAnswer: PollAnswerRow.__table__,  # type: ignore[dict-item]
}

_FIELDS: dict[type[Any], tuple[str, ...]] = {
    kind: tuple(f.name for f in fields(kind)) for kind in TABLES
}


def table_of(entity: Entity) -> Table:
    return TABLES[type(entity)]


def to_row(entity: Entity) -> dict[str, Any]:
    row = {name: getattr(entity, name) for name in _FIELDS[type(entity)]}
    for name, value in row.items():
        if isinstance(value, Enum):
            row[name] = value.value
    return row


def changed_columns(before: Entity, after: Entity) -> dict[str, Any]:
    new = to_row(after)
    old = to_row(before)
    return {name: value for name, value in new.items() if old[name] != value}


def workshop_from_row(row: Mapping[Any, Any]) -> Workshop:
    return Workshop(**{name: row[name] for name in _FIELDS[Workshop]})


def board_from_row(row: Mapping[Any, Any]) -> Board:
    values = {name: row[name] for name in _FIELDS[Board]}
    values["state"] = BoardState(values["state"])
    values["vote_target"] = VoteTarget(values["vote_target"])
    return Board(**values)


def cluster_from_row(row: Mapping[Any, Any]) -> Cluster:
    return Cluster(**{name: row[name] for name in _FIELDS[Cluster]})


def note_from_row(row: Mapping[Any, Any]) -> Note:
    values = {name: row[name] for name in _FIELDS[Note]}
    values["source"] = NoteSource(values["source"])
    return Note(**values)


def participant_from_row(row: Mapping[Any, Any]) -> Participant:
    return Participant(**{name: row[name] for name in _FIELDS[Participant]})


def vote_from_row(row: Mapping[Any, Any]) -> Vote:
    return Vote(**{name: row[name] for name in _FIELDS[Vote]})


def phase_from_row(row: Mapping[Any, Any]) -> Phase:
    values = {name: row[name] for name in _FIELDS[Phase]}
    values["kind"] = PhaseKind(values["kind"])
    return Phase(**values)


def timer_from_row(row: Mapping[Any, Any]) -> Timer:
    values = {name: row[name] for name in _FIELDS[Timer]}
    values["mode"] = TimerMode(values["mode"])
    return Timer(**values)


def discussion_from_row(row: Mapping[Any, Any]) -> Discussion:
    return Discussion(**{name: row[name] for name in _FIELDS[Discussion]})


def poll_from_row(row: Mapping[Any, Any]) -> Poll:
    return Poll(**{name: row[name] for name in _FIELDS[Poll]})


def poll_answer_from_row(row: Mapping[Any, Any]) -> PollAnswer:
    values = {name: row[name] for name in _FIELDS[PollAnswer]}
    values["choice"] = Thumb(values["choice"])
    return PollAnswer(**values)
