"""What the shared timer shows right now, and the facilitator's timer actions.

The core keeps the timer as a start moment plus time already run (see
``facilitator.domain.Timer``); nothing in it ticks. This controller reads the
timer through the service's clock, turns it into what the views show (the
digits, the state in words, the alert level), moves on by itself once a
second while the timer runs, and rings the chime when time passing reaches the
last minute or the end. The overlay, the full-screen timer and the controls
panel all show the same :class:`TimerReading`, so they never disagree.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from facilitator import settings
from facilitator.changes import current
from facilitator.commands import Command
from facilitator.domain import Timer, TimerMode
from facilitator.services.workshop import ChangeEvent, WorkshopService
from facilitator.timing import (
    AdjustTimer,
    ClearTimer,
    PauseTimer,
    ResetTimer,
    ResumeTimer,
    StartCountdown,
    StartStopwatch,
)
from ui.chime import Chime
from ui.refusals import attempt
from ui.service_bridge import ServiceBridge

translate = QCoreApplication.translate

# A little after the shown second changes, so the new digits are already due.
TICK_MARGIN_MS = 5


class TimerStatus(Enum):
    OFF = "off"  # no timer: nothing is shown
    READY = "ready"  # set and stopped at its start
    RUNNING = "running"
    PAUSED = "paused"


class Alert(Enum):
    NONE = "none"
    LAST_MINUTE = "warning"
    UP = "up"


@dataclass(frozen=True)
class TimerReading:
    """The timer as shown at one moment."""

    status: TimerStatus
    mode: TimerMode
    alert: Alert
    digits: str  # "4:59", "1:02:03", or "+0:12" once a countdown has run over
    second: int  # the whole second shown: the time's-up border pulses with it

    @property
    def shown(self) -> bool:
        return self.status is not TimerStatus.OFF

    @property
    def running(self) -> bool:
        return self.status is TimerStatus.RUNNING

    @property
    def countdown(self) -> bool:
        return self.mode is TimerMode.COUNTDOWN

    @property
    def pulse(self) -> bool:
        """Every other second while time is up and the overrun counts: the border flashes."""
        return self.alert is Alert.UP and self.running and self.second % 2 == 1

    def status_text(self) -> str:
        """The state in words, so that colour is never the only cue."""
        return f"{self.glyph()}  {self._status_words()}"

    def glyph(self) -> str:
        if self.alert is Alert.UP:
            return "⚑"
        if self.status is TimerStatus.PAUSED:
            return "❚❚"
        if self.status is TimerStatus.READY:
            return "■"
        if self.alert is Alert.LAST_MINUTE:
            return "⚠"
        return "▶" if self.countdown else "◷"

    def _status_words(self) -> str:
        if self.alert is Alert.UP:
            return translate("Timer", "Time's up")
        if self.status is TimerStatus.PAUSED:
            return translate("Timer", "Paused")
        if self.status is TimerStatus.READY:
            return translate("Timer", "Ready")
        if self.alert is Alert.LAST_MINUTE:
            return translate("Timer", "Last minute")
        return (
            translate("Timer", "Time left") if self.countdown else translate("Timer", "Stopwatch")
        )

    def spoken(self) -> str:
        """For screen readers: the state and the time."""
        return translate("Timer", "Timer: {status}, {time}").format(
            status=self._status_words(), time=self.digits
        )


OFF_READING = TimerReading(TimerStatus.OFF, TimerMode.COUNTDOWN, Alert.NONE, "", 0)


def clock_digits(seconds: float) -> str:
    """Seconds (whole ones count) as "m:ss", or "h:mm:ss" from an hour on."""
    hours, rest = divmod(max(0, math.floor(seconds)), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def read_timer(timer: Timer, now: datetime) -> TimerReading:
    if not timer.is_set:
        return OFF_READING
    if timer.running:
        status = TimerStatus.RUNNING
    elif timer.elapsed > 0:
        status = TimerStatus.PAUSED
    else:
        status = TimerStatus.READY
    if timer.mode is TimerMode.STOPWATCH:
        second = math.floor(timer.elapsed_at(now))
        return TimerReading(status, timer.mode, Alert.NONE, clock_digits(second), second)
    remaining = timer.remaining_at(now)
    if remaining > 0:
        # Counting down shows the second under way: 5:00 until a whole second has gone.
        second = math.ceil(remaining)
        alert = Alert.LAST_MINUTE if remaining <= settings.TIMER_WARNING_SECONDS else Alert.NONE
        return TimerReading(status, timer.mode, alert, clock_digits(second), second)
    over = math.floor(-remaining)
    digits = f"+{clock_digits(over)}" if over >= 1 else clock_digits(0)
    return TimerReading(status, timer.mode, Alert.UP, digits, over)


def until_next_second_ms(timer: Timer, now: datetime) -> int:
    """How long until the shown digits change (for a running timer)."""
    if timer.mode is TimerMode.COUNTDOWN and timer.remaining_at(now) > 0:
        left = timer.remaining_at(now)
        part = left - math.floor(left)
    else:
        run = (
            timer.elapsed_at(now) if timer.mode is TimerMode.STOPWATCH else -timer.remaining_at(now)
        )
        part = 1.0 - (run - math.floor(run))
    wait = part if part > 0 else 1.0
    return min(1000, max(20, round(wait * 1000) + TICK_MARGIN_MS))


class TimerController(QObject):
    """The session's timer for the views: a reading that moves on, and the actions.

    ``refresh()`` is what time passing does: the views repaint and a crossing
    into the last minute or past the end rings the chime (once). A change made
    by a command (a start, +1 min, the agenda's next phase, a phone) updates
    the views without a chime: only the clock running out rings it, never
    opening a session whose time ran out while the app was closed.
    """

    changed = Signal(object)  # TimerReading
    errorOccurred = Signal(object)  # FacilitatorError

    def __init__(
        self,
        service: WorkshopService,
        bridge: ServiceBridge,
        chime: Chime,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self.chime = chime
        self._ticker = QTimer(self)
        self._ticker.setSingleShot(True)
        self._ticker.timeout.connect(self.refresh)
        self._reading = OFF_READING
        bridge.changed.connect(self._on_change)
        self._update(ring=False)

    @property
    def service(self) -> WorkshopService:
        return self._service

    def reading(self) -> TimerReading:
        return self._reading

    def timer(self) -> Timer:
        return self._service.timer

    def refresh(self) -> None:
        """Read the clock again: repaint, and ring if time ran into the last minute or out."""
        self._update(ring=True)

    def _on_change(self, event: ChangeEvent) -> None:
        if any(isinstance(current(c), Timer) for c in event.changeset.changes):
            self._update(ring=False)

    def _update(self, *, ring: bool) -> None:
        timer = self._service.timer
        # The clock is only read for a timer that is set: a session without one
        # never reads it (tests count clock readings).
        now = self._service.clock() if timer.is_set else None
        reading = read_timer(timer, now) if now is not None else OFF_READING
        before = self._reading
        self._reading = reading
        if ring and timer.running and reading.alert is not before.alert:
            if reading.alert is Alert.UP:
                self.chime.ring_end()
            elif reading.alert is Alert.LAST_MINUTE and before.alert is Alert.NONE:
                self.chime.ring_warning()
        if timer.running and now is not None:
            self._ticker.start(until_next_second_ms(timer, now))
        else:
            self._ticker.stop()
        self.changed.emit(reading)

    def is_ticking(self) -> bool:
        return self._ticker.isActive()

    # Actions -------------------------------------------------------------------

    def start_countdown(self, seconds: float) -> bool:
        return self._run(StartCountdown(seconds))

    def start_stopwatch(self) -> bool:
        return self._run(StartStopwatch())

    def pause(self) -> bool:
        return self._run(PauseTimer())

    def resume(self) -> bool:
        return self._run(ResumeTimer())

    def toggle_pause(self) -> bool:
        """Pause a running timer, or start / resume a stopped one (not one whose time is up)."""
        timer = self._service.timer
        if timer.running:
            return self.pause()
        if self.can_resume():
            return self.resume()
        return False

    def can_resume(self) -> bool:
        reading = self._reading
        return reading.shown and not reading.running and reading.alert is not Alert.UP

    def adjust(self, seconds: float) -> bool:
        """Add (or take, when negative) time to a countdown; a stopwatch has nothing to adjust."""
        if self._service.timer.mode is not TimerMode.COUNTDOWN:
            return False
        return self._run(AdjustTimer(seconds))

    def add_minute(self) -> bool:
        return self.adjust(settings.TIMER_ADJUST_SECONDS)

    def take_minute(self) -> bool:
        return self.adjust(-settings.TIMER_ADJUST_SECONDS)

    def reset(self) -> bool:
        return self._run(ResetTimer())

    def clear(self) -> bool:
        return self._run(ClearTimer())

    def _run(self, command: Command) -> bool:
        return attempt(
            lambda: self._service.execute(command, undoable=False), self.errorOccurred.emit
        )


def pause_label(reading: TimerReading) -> tuple[str, str, bool]:
    """The one play/pause button: its label, its accessible name and whether it can be used."""
    stop, pause, start, resume = pause_label_variants()
    if reading.running:
        if reading.alert is Alert.UP:
            # The overrun counts on until stopped.
            return stop, translate("Timer", "Stop the timer"), True
        return pause, translate("Timer", "Pause the timer"), True
    if reading.status is TimerStatus.READY:
        return start, translate("Timer", "Start the timer"), True
    return resume, translate("Timer", "Resume the timer"), reading.alert is not Alert.UP


def pause_label_variants() -> tuple[str, str, str, str]:
    """Every label the play/pause button takes (stop, pause, start, resume)."""
    return (
        "■  " + translate("Timer", "Stop"),
        "❚❚  " + translate("Timer", "Pause"),
        "▶  " + translate("Timer", "Start"),
        "▶  " + translate("Timer", "Resume"),
    )
