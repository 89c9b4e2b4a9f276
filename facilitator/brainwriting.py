"""Brainwriting (6-3-5 style): ideas passed on from phone to phone and built upon.

In a phase of kind "build on" each participant receives the notes another
participant wrote in the phase before on the same board, and writes notes
that build on one of them. Passing goes round in a fixed order, as paper
sheets go round a table: writers are ordered by when they joined, and each
gets the notes of the next one. Someone who wrote nothing in the round before
still gets someone else's notes.

On the board, each idea's chain grows downwards from it: a first idea takes
the next free column, and a note building on another goes below it.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass

from facilitator import settings
from facilitator.domain import Note, Phase, PhaseKind
from facilitator.state import WorkshopState

# First ideas of a brainwriting board are laid out in rows of this many chains.
CHAINS_PER_ROW = 8


def previous_phase(state: WorkshopState, phase: Phase) -> Phase | None:
    """The agenda phase before ``phase`` on the same board."""
    earlier = [
        p
        for p in state.ordered_phases()
        if p.position < phase.position and p.board_id == phase.board_id
    ]
    return earlier[-1] if earlier else None


@dataclass(frozen=True)
class Handout:
    phase: Phase  # the phase under way, whose notes build on these
    notes: tuple[Note, ...]  # what this participant received to build on, oldest first


def _passable(note: Note, board_id: str) -> bool:
    return (
        note.participant_id is not None
        and note.board_id == board_id
        and not note.moderated
        and note.stack_id is None
    )


def handout(state: WorkshopState, participant_id: str) -> Handout | None:
    """What a participant builds on in the phase under way; None outside a "build on" phase."""
    phase = state.current_phase()
    if phase is None or phase.kind is not PhaseKind.BUILD_ON or phase.board_id is None:
        return None
    before = previous_phase(state, phase)
    if before is None:
        return Handout(phase, ())
    written = [n for n in state.notes_written_in(before.id) if _passable(n, phase.board_id)]
    writer_ids = {n.participant_id for n in written if n.participant_id in state.participants}
    writers = sorted(
        (state.participants[i] for i in writer_ids if i is not None),
        key=lambda p: (p.created_at, p.id),
    )
    if not writers:
        return Handout(phase, ())
    ids = [w.id for w in writers]
    if participant_id in ids:
        # With one writer only, they build on their own notes.
        giver = ids[(ids.index(participant_id) + 1) % len(ids)]
    else:
        giver = ids[zlib.crc32(participant_id.encode()) % len(ids)]
    received = sorted(
        (n for n in written if n.participant_id == giver), key=lambda n: (n.created_at, n.id)
    )
    return Handout(phase, tuple(received))


def is_chain_board(state: WorkshopState, board_id: str) -> bool:
    """Whether the board's agenda passes notes on, so its notes are laid out as chains."""
    return any(
        p.board_id == board_id and p.kind is PhaseKind.BUILD_ON for p in state.phases.values()
    )


def chain_start_spot(
    state: WorkshopState, board_id: str, width: float, height: float
) -> tuple[float, float]:
    """The top of the next free column for a first idea, with room for its chain below."""
    rounds = sum(1 for p in state.phases.values() if p.board_id == board_id)
    gap = settings.NOTE_GAP
    column_height = max(3, rounds) * (height + gap) - gap
    grid = state.layout(board_id).grid((0.0, 0.0), (width, column_height), CHAINS_PER_ROW)
    spot = grid.first_free()
    assert spot is not None  # an unbounded grid always has room
    return spot


def chain_spot(
    state: WorkshopState, parent: Note, width: float, height: float
) -> tuple[float, float]:
    """The first free place below the note built upon."""
    gap = settings.NOTE_GAP
    below = (parent.x, parent.y + parent.height + gap)
    spot = state.layout(parent.board_id).grid(below, (width, height), 1).first_free()
    assert spot is not None
    return spot
