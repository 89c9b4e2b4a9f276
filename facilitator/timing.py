"""The shared timer's commands: start, pause, resume, adjust, reset.

Timer changes are the facilitator's switches, not edits of the board, so the
service runs them without recording undo steps. Every command takes the time
from the plan context, which tests drive with a fake clock.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import ClassVar

from facilitator import settings
from facilitator.changes import Change, Changeset, set_to
from facilitator.commands import PlanContext
from facilitator.domain import Timer, TimerMode
from facilitator.errors import ValidationError
from facilitator.i18n import QT_TRANSLATE_NOOP
from facilitator.state import WorkshopState

_TOO_LONG = QT_TRANSLATE_NOOP("errors", "A timer can run for at most {hours} hours.")
_TOO_SHORT = QT_TRANSLATE_NOOP("errors", "A timer needs at least one second.")


def validate_duration(seconds: float) -> float:
    if not seconds >= 1:  # also refuses NaN
        raise ValidationError(_TOO_SHORT)
    if seconds > settings.TIMER_MAX_SECONDS:
        raise ValidationError(_TOO_LONG, hours=settings.TIMER_MAX_SECONDS // 3600)
    return float(seconds)


def timer_changes(state: WorkshopState, after: Timer) -> list[Change]:
    """The changes that make the session's timer ``after`` (none if it already is)."""
    return set_to(state.timers.get(after.id), after)


def _set(state: WorkshopState, label: str, after: Timer) -> Changeset:
    return Changeset(label, tuple(timer_changes(state, after)))


def countdown(state: WorkshopState, seconds: float, now: datetime) -> Timer:
    """The timer counting down ``seconds`` from ``now``."""
    return Timer(state.workshop.id, TimerMode.COUNTDOWN, validate_duration(seconds), 0.0, now)


@dataclass(frozen=True)
class StartCountdown:
    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Start timer")
    seconds: float

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        return _set(state, self.label, countdown(state, self.seconds, ctx.now))


@dataclass(frozen=True)
class StartStopwatch:
    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Start stopwatch")

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        timer = Timer(state.workshop.id, TimerMode.STOPWATCH, 0.0, 0.0, ctx.now)
        return _set(state, self.label, timer)


@dataclass(frozen=True)
class PauseTimer:
    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Pause timer")

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        timer = state.timer
        if not timer.running:
            return Changeset(self.label, ())
        paused = replace(timer, elapsed=timer.elapsed_at(ctx.now), started_at=None)
        return _set(state, self.label, paused)


@dataclass(frozen=True)
class ResumeTimer:
    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Resume timer")

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        timer = state.timer
        if timer.running or not timer.is_set or timer.is_up_at(ctx.now):
            return Changeset(self.label, ())
        return _set(state, self.label, replace(timer, started_at=ctx.now))


@dataclass(frozen=True)
class ResetTimer:
    """Back to the start of the same countdown, stopped; a stopwatch back to zero."""

    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Reset timer")

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        timer = state.timer
        return _set(state, self.label, replace(timer, elapsed=0.0, started_at=None))


@dataclass(frozen=True)
class ClearTimer:
    """No timer at all: the display and phones hide it."""

    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Clear timer")

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        if state.workshop.id not in state.timers:
            return Changeset(self.label, ())
        return _set(state, self.label, Timer(state.workshop.id))


@dataclass(frozen=True)
class AdjustTimer:
    """Add (or with a negative ``seconds``, take) time from a countdown's remaining time.

    Time added to a countdown that is already up starts counting from now;
    taking more than is left ends it now.
    """

    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Adjust timer")
    seconds: float

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        timer = state.timer
        if timer.mode is not TimerMode.COUNTDOWN or not timer.is_set:
            return Changeset(self.label, ())
        elapsed = timer.elapsed_at(ctx.now)
        remaining = max(0.0, timer.remaining_at(ctx.now)) + self.seconds
        remaining = min(max(0.0, remaining), settings.TIMER_MAX_SECONDS)
        adjusted = replace(timer, duration=max(elapsed + remaining, 1.0))
        if remaining > 0 and timer.is_up_at(ctx.now) and not timer.running:
            # A stopped, finished countdown given more time runs again.
            adjusted = replace(adjusted, started_at=ctx.now)
        return _set(state, self.label, adjusted)
