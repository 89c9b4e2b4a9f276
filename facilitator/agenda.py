"""A session's agenda: ordered phases, each with a board, a time box and an instruction.

Editing the agenda is undoable like editing a board. Moving through it
("next phase") is the facilitator's switch: it shows the phase's board (phones
follow), starts the phase's timer and keeps the time actually spent, so the
agenda can say how far ahead or behind the session runs.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import ClassVar

from facilitator import settings
from facilitator.changes import Change, Changeset, Delete, Insert, Update
from facilitator.commands import (
    PlanContext,
    moved_to,
    normalize_text,
    renumbered,
    validate_title,
)
from facilitator.discussion import DiscussTopic, closed_poll
from facilitator.domain import Phase, PhaseKind, Timer, new_id
from facilitator.errors import CLUSTER_NOT_FOUND, NotFoundError, ValidationError
from facilitator.i18n import QT_TRANSLATE_NOOP
from facilitator.state import WorkshopState
from facilitator.timing import countdown, timer_changes

PHASE_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "That phase no longer exists.")


def _phase(state: WorkshopState, phase_id: str) -> Phase:
    phase = state.phases.get(phase_id)
    if phase is None:
        raise NotFoundError(PHASE_NOT_FOUND)
    return phase


def validate_instruction(text: str) -> str:
    text = normalize_text(text).strip()
    if len(text) > settings.INSTRUCTION_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "An instruction can have at most {limit} characters."),
            limit=settings.INSTRUCTION_MAX,
        )
    return text


def validate_planned(seconds: float) -> float:
    if not 0 <= seconds <= settings.TIMER_MAX_SECONDS:  # also refuses NaN
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A phase can last at most {hours} hours."),
            hours=settings.TIMER_MAX_SECONDS // 3600,
        )
    return float(seconds)


def _validate_board(state: WorkshopState, board_id: str | None) -> str | None:
    if board_id is not None and board_id not in state.boards:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "That board no longer exists."))
    return board_id


def _validate_cluster(
    state: WorkshopState, cluster_id: str | None, board_id: str | None
) -> str | None:
    if cluster_id is None:
        return None
    cluster = state.clusters.get(cluster_id)
    if cluster is None:
        raise NotFoundError(CLUSTER_NOT_FOUND)
    if cluster.board_id != board_id:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "That cluster is on another board."))
    return cluster_id


# Editing the agenda (undoable) ------------------------------------------------------


@dataclass(frozen=True)
class AddPhase:
    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Add phase")
    title: str
    board_id: str | None = None
    planned: float = 0.0
    instruction: str = ""
    cluster_id: str | None = None  # where phone notes land during the phase
    kind: PhaseKind = PhaseKind.WORK
    index: int | None = None  # default: last
    phase_id: str = field(default_factory=new_id)

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        if len(state.phases) >= settings.PHASES_PER_WORKSHOP_MAX:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "An agenda can have at most {limit} phases."),
                limit=settings.PHASES_PER_WORKSHOP_MAX,
            )
        phases = state.ordered_phases()
        index = len(phases) if self.index is None else min(max(self.index, 0), len(phases))
        phase = Phase(
            self.phase_id,
            state.workshop.id,
            index,
            validate_title(self.title),
            _validate_board(state, self.board_id),
            validate_planned(self.planned),
            validate_instruction(self.instruction),
            cluster_id=_validate_cluster(state, self.cluster_id, self.board_id),
            kind=self.kind,
        )
        shifted = renumbered([*phases[:index], phase, *phases[index:]])
        moved = [c for c in shifted if isinstance(c, Update)]
        return Changeset(self.label, (*moved, Insert(phase)))


@dataclass(frozen=True)
class EditPhase:
    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Edit phase")
    phase_id: str
    title: str
    board_id: str | None
    planned: float
    instruction: str
    cluster_id: str | None = None
    kind: PhaseKind = PhaseKind.WORK

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        phase = _phase(state, self.phase_id)
        edited = replace(
            phase,
            title=validate_title(self.title),
            board_id=_validate_board(state, self.board_id),
            planned=validate_planned(self.planned),
            instruction=validate_instruction(self.instruction),
            cluster_id=_validate_cluster(state, self.cluster_id, self.board_id),
            kind=self.kind,
        )
        if edited == phase:
            return Changeset(self.label, ())
        return Changeset(self.label, (Update(phase, edited),))


@dataclass(frozen=True)
class MovePhase:
    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Reorder agenda")
    phase_id: str
    index: int

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        phase = _phase(state, self.phase_id)
        return Changeset(self.label, tuple(moved_to(state.ordered_phases(), phase, self.index)))


@dataclass(frozen=True)
class DeletePhase:
    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Delete phase")
    phase_id: str

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        phase = _phase(state, self.phase_id)
        changes: list[Change] = []
        if state.workshop.current_phase_id == phase.id:
            changes.append(Update(state.workshop, replace(state.workshop, current_phase_id=None)))
        changes.append(Delete(phase))
        changes.extend(renumbered([p for p in state.ordered_phases() if p.id != phase.id]))
        return Changeset(self.label, tuple(changes))


# Running the agenda (not undoable) ----------------------------------------------------


def _ended(phase: Phase, now: datetime) -> Phase:
    return replace(phase, spent=phase.actual_at(now), started_at=None, done=True)


@dataclass(frozen=True)
class StartPhase:
    """Make a phase the one under way: show its board and start its time box."""

    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Start phase")
    phase_id: str

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        phase = _phase(state, self.phase_id)
        current = state.current_phase()
        if current is not None and current.id == phase.id and current.started_at is not None:
            return Changeset(self.label, ())
        changes: list[Change] = []
        if current is not None and current.id != phase.id:
            changes.append(Update(current, _ended(current, ctx.now)))
        changes.append(Update(phase, replace(phase, started_at=ctx.now, done=False)))
        workshop = replace(state.workshop, current_phase_id=phase.id)
        if phase.board_id is not None and phase.board_id in state.boards:
            workshop = replace(workshop, current_board_id=phase.board_id)
        changes.append(Update(state.workshop, workshop))
        discussing = phase.kind is PhaseKind.DISCUSSION and phase.board_id in state.boards
        if discussing and phase.board_id is not None and state.topic(phase.board_id) is None:
            # The discussion starts with its first topic and that topic's time box.
            changes.extend(DiscussTopic(phase.board_id).plan(state, ctx).changes)
            return Changeset(self.label, tuple(changes))
        if discussing and phase.board_id is not None:
            timer = countdown(state, state.discussion(phase.board_id).topic_seconds, ctx.now)
        elif phase.planned > 0:
            timer = countdown(state, phase.planned, ctx.now)
        else:
            timer = Timer(state.workshop.id)  # no time box: no stale countdown either
        changes.extend(timer_changes(state, timer))
        changes.extend(closed_poll(state, ctx.now))
        return Changeset(self.label, tuple(changes))


@dataclass(frozen=True)
class FinishAgenda:
    """End the phase under way; no phase is current afterwards."""

    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Finish agenda")

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        current = state.current_phase()
        if current is None:
            return Changeset(self.label, ())
        return Changeset(
            self.label,
            (
                Update(current, _ended(current, ctx.now)),
                Update(state.workshop, replace(state.workshop, current_phase_id=None)),
                *closed_poll(state, ctx.now),
            ),
        )


def next_phase(state: WorkshopState) -> Phase | None:
    """The phase after the current one; with none under way, the first not yet done."""
    phases = state.ordered_phases()
    current = state.current_phase()
    if current is None:
        return next((p for p in phases if not p.done), None)
    later = [p for p in phases if p.position > current.position]
    return later[0] if later else None


@dataclass(frozen=True)
class NextPhase:
    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Next phase")

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        upcoming = next_phase(state)
        if upcoming is None:
            return FinishAgenda().plan(state, ctx)
        return StartPhase(upcoming.id).plan(state, ctx)


# Planned against actual ----------------------------------------------------------------


class PhaseStatus(StrEnum):
    UPCOMING = "upcoming"
    CURRENT = "current"
    DONE = "done"


@dataclass(frozen=True)
class PhaseProgress:
    phase: Phase
    status: PhaseStatus
    actual: float  # seconds spent so far

    @property
    def overrun(self) -> float:
        """Seconds over the time box (negative: under it); 0 without a time box."""
        return self.actual - self.phase.planned if self.phase.planned > 0 else 0.0


@dataclass(frozen=True)
class AgendaProgress:
    phases: tuple[PhaseProgress, ...]
    behind: float  # seconds behind plan (negative: ahead)
    planned_total: float
    actual_total: float


def agenda_progress(state: WorkshopState, now: datetime) -> AgendaProgress:
    """Each phase's planned and actual time, and how far the session runs behind (or ahead).

    Finished phases count with what they took against what was planned; the
    phase under way only once it runs over, since it may still end on time.
    """
    current_id = state.workshop.current_phase_id
    rows: list[PhaseProgress] = []
    behind = 0.0
    for phase in state.ordered_phases():
        if phase.id == current_id:
            status = PhaseStatus.CURRENT
        elif phase.done:
            status = PhaseStatus.DONE
        else:
            status = PhaseStatus.UPCOMING
        row = PhaseProgress(phase, status, phase.actual_at(now))
        rows.append(row)
        if status is PhaseStatus.DONE:
            behind += row.overrun
        elif status is PhaseStatus.CURRENT:
            behind += max(0.0, row.overrun)
    return AgendaProgress(
        tuple(rows),
        behind,
        sum(r.phase.planned for r in rows),
        sum(r.actual for r in rows),
    )
