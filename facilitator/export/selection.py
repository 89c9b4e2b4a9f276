"""What an export contains: which boards, and whether hidden notes are included.

Every format asks the same :class:`Selection`, so no format can leak a note
that the facilitator hid (moderated) or that is still face down, unless the
export asks for hidden notes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from facilitator.domain import (
    Board,
    Cluster,
    Discussion,
    Note,
    Participant,
    Phase,
    Poll,
    PollAnswer,
    Timer,
    Vote,
)
from facilitator.errors import NotFoundError
from facilitator.i18n import QT_TRANSLATE_NOOP
from facilitator.state import WorkshopState

E = TypeVar("E")


@dataclass(frozen=True)
class Content:
    """The entities an export covers, by kind."""

    entities: dict[type[Any], list[Any]] = field(default_factory=dict)

    def of_kind(self, kind: type[E]) -> list[E]:
        return list(self.entities.get(kind, []))


def is_hidden(note: Note) -> bool:
    """Hidden from the room: moderated, or written in hidden mode and not revealed yet."""
    return note.moderated or note.face_down


@dataclass(frozen=True)
class Selection:
    board_ids: frozenset[str] | None = None  # None: every board
    include_hidden: bool = False

    @classmethod
    def of_titles(
        cls, state: WorkshopState, titles: Iterable[str], include_hidden: bool = False
    ) -> Selection:
        wanted = list(titles)
        if not wanted:
            return cls(None, include_hidden)
        chosen: set[str] = set()
        for title in wanted:
            wanted_title = title.casefold()
            matches = [b.id for b in state.boards.values() if b.title.casefold() == wanted_title]
            if not matches:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("errors", "This session has no board called “{title}”."),
                    title=title,
                )
            chosen.update(matches)
        return cls(frozenset(chosen), include_hidden)

    def boards(self, state: WorkshopState) -> list[Board]:
        return [
            b for b in state.ordered_boards() if self.board_ids is None or b.id in self.board_ids
        ]

    def notes(self, state: WorkshopState, board_id: str) -> list[Note]:
        """The board's notes in the export: tops and the notes stacked under them."""
        notes = state.notes_on(board_id)
        if self.include_hidden:
            return notes
        left_out = {n.id for n in notes if is_hidden(n)}
        return [n for n in notes if n.id not in left_out and n.stack_id not in left_out]

    def content(self, state: WorkshopState) -> Content:
        boards = self.boards(state)
        board_ids = {b.id for b in boards}
        notes = [n for b in boards for n in self.notes(state, b.id)]
        note_ids = {n.id for n in notes}
        clusters = [c for b in boards for c in state.clusters_on(b.id)]
        votes = [
            v
            for v in state.votes.values()
            if v.board_id in board_ids and (v.note_id is None or v.note_id in note_ids)
        ]
        polls = [p for p in state.polls.values() if p.board_id in board_ids]
        poll_ids = {p.id for p in polls}
        answers = [a for a in state.poll_answers.values() if a.poll_id in poll_ids]
        phases = [
            p for p in state.ordered_phases() if self.board_ids is None or p.board_id in board_ids
        ]
        # Only the people whose notes, votes or answers are in the export.
        people = {n.participant_id for n in notes} | {v.participant_id for v in votes}
        people |= {a.participant_id for a in answers}
        participants = [p for p in state.participants.values() if p.id in people]
        discussions = [d for d in state.discussions.values() if d.id in board_ids]
        timers = list(state.timers.values())
        by_kind: dict[type[Any], list[Any]] = {
            Board: list(boards),
            Cluster: list(clusters),
            Note: list(notes),
            Participant: participants,
            Vote: votes,
            Phase: phases,
            Timer: timers,
            Discussion: discussions,
            Poll: polls,
            PollAnswer: answers,
        }
        return Content(by_kind)
