"""The shared timer: arithmetic, persistence across restarts, and what phones are told."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from facilitator import settings
from facilitator.domain import TimerMode
from facilitator.errors import ValidationError
from facilitator.services.library import Library
from facilitator.services.workshop import WorkshopService
from facilitator.timing import (
    AdjustTimer,
    ClearTimer,
    PauseTimer,
    ResetTimer,
    ResumeTimer,
    StartCountdown,
    StartStopwatch,
)
from facilitator.visibility import public_delta, timer_json
from tests.conftest import FakeClock


def remaining(service: WorkshopService) -> float:
    return service.timer.remaining_at(service.clock())


def test_a_countdown_runs_down_pauses_and_resumes(
    service: WorkshopService, frozen: FakeClock
) -> None:
    service.execute(StartCountdown(300), undoable=False)
    assert remaining(service) == 300
    frozen.advance(61)
    assert remaining(service) == 239
    service.execute(PauseTimer(), undoable=False)
    frozen.advance(600)
    assert remaining(service) == 239
    assert not service.timer.running
    service.execute(ResumeTimer(), undoable=False)
    frozen.advance(39)
    assert remaining(service) == 200
    assert service.undo_label is None  # timer actions are not undo steps


def test_time_is_up_at_zero_and_overrun_counts_on(
    service: WorkshopService, frozen: FakeClock
) -> None:
    service.execute(StartCountdown(60), undoable=False)
    frozen.advance(59)
    assert not service.timer.is_up_at(frozen.now)
    frozen.advance(1)
    assert service.timer.is_up_at(frozen.now)
    frozen.advance(42)
    assert remaining(service) == -42


def test_adjusting_adds_or_takes_from_what_is_left(
    service: WorkshopService, frozen: FakeClock
) -> None:
    service.execute(StartCountdown(120), undoable=False)
    frozen.advance(30)
    service.execute(AdjustTimer(60), undoable=False)
    assert remaining(service) == 150
    service.execute(AdjustTimer(-60), undoable=False)
    service.execute(AdjustTimer(-60), undoable=False)
    assert remaining(service) == 30
    service.execute(AdjustTimer(-60), undoable=False)  # more than is left: time is up now
    assert remaining(service) == 0
    assert service.timer.is_up_at(frozen.now)


def test_a_minute_more_after_time_is_up_counts_from_now(
    service: WorkshopService, frozen: FakeClock
) -> None:
    service.execute(StartCountdown(60), undoable=False)
    frozen.advance(100)  # 40 s over
    service.execute(AdjustTimer(60), undoable=False)
    assert remaining(service) == 60
    service.execute(PauseTimer(), undoable=False)
    frozen.advance(60)
    assert remaining(service) == 60


def test_reset_stops_at_the_full_duration_and_clear_hides_the_timer(
    service: WorkshopService, frozen: FakeClock
) -> None:
    service.execute(StartCountdown(300), undoable=False)
    frozen.advance(100)
    service.execute(ResetTimer(), undoable=False)
    assert (service.timer.running, remaining(service)) == (False, 300)
    service.execute(ClearTimer(), undoable=False)
    assert not service.timer.is_set


def test_the_stopwatch_counts_up(service: WorkshopService, frozen: FakeClock) -> None:
    service.execute(StartStopwatch(), undoable=False)
    frozen.advance(75)
    assert service.timer.mode is TimerMode.STOPWATCH
    assert service.timer.elapsed_at(frozen.now) == 75
    assert not service.timer.is_up_at(frozen.now)
    service.execute(AdjustTimer(60), undoable=False)  # only countdowns are adjusted
    assert service.timer.elapsed_at(frozen.now) == 75


@pytest.mark.parametrize("seconds", [0, -5, math.nan, settings.TIMER_MAX_SECONDS + 1])
def test_impossible_durations_are_refused(service: WorkshopService, seconds: float) -> None:
    with pytest.raises(ValidationError):
        service.execute(StartCountdown(seconds), undoable=False)
    assert not service.timer.is_set


def test_a_running_timer_keeps_running_through_a_restart(
    data_dir: Path, library: Library, service: WorkshopService, frozen: FakeClock
) -> None:
    service.execute(StartCountdown(600), undoable=False)
    frozen.advance(100)
    library.close()
    frozen.advance(50)  # the app was closed for 50 s
    reopened = Library.open(data_dir, frozen)
    again = reopened.open_workshop(service.workshop.id)
    assert again.timer.running
    assert remaining(again) == 450
    reopened.close()


def test_a_paused_timer_stays_paused_through_a_restart(
    data_dir: Path, library: Library, service: WorkshopService, frozen: FakeClock
) -> None:
    service.execute(StartCountdown(600), undoable=False)
    frozen.advance(100)
    service.execute(PauseTimer(), undoable=False)
    library.close()
    frozen.advance(3600)
    reopened = Library.open(data_dir, frozen)
    again = reopened.open_workshop(service.workshop.id)
    assert not again.timer.running
    assert remaining(again) == 500
    reopened.close()


def test_phones_get_the_timer_in_absolute_times(
    service: WorkshopService, frozen: FakeClock
) -> None:
    started = frozen.now
    changeset = service.execute(StartCountdown(90), undoable=False)
    with service.lock:
        delta = public_delta(changeset, service.live_state)
    start_ms = round(started.timestamp() * 1000)
    assert delta["timer"] == {
        "mode": "countdown",
        "set": True,
        "running": True,
        "duration_ms": 90_000,
        "elapsed_ms": 0,
        "started_at": start_ms,
        "deadline": start_ms + 90_000,
    }
    frozen.advance(30)
    service.execute(PauseTimer(), undoable=False)
    paused = timer_json(service.timer)
    assert (paused["running"], paused["elapsed_ms"], paused["deadline"]) == (False, 30_000, None)
