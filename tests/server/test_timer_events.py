"""The shared timer, the agenda phase and the server's clock, as phones receive them."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Any

from facilitator.agenda import AddPhase, NextPhase
from facilitator.commands import CreateBoard
from facilitator.services.workshop import WorkshopService
from facilitator.timing import (
    AdjustTimer,
    ClearTimer,
    PauseTimer,
    ResumeTimer,
    StartCountdown,
    StartStopwatch,
)
from tests.conftest import FakeClock
from tests.server.conftest import EventStream, MakePhone


def epoch_ms(moment: datetime) -> int:
    return round(moment.timestamp() * 1000)


def now_ms() -> float:
    return time.time() * 1000


def stopped_clock(clock: FakeClock, at: datetime | None = None) -> datetime:
    """The fake clock standing still (at ``at``): times in events are then exact."""
    clock.step = timedelta(0)
    if at is not None:
        clock.now = at
    return clock.now


def next_public(stream: EventStream) -> dict[str, Any]:
    public: dict[str, Any] = stream.next_named("delta").json()["public"]
    return public


def remaining_ms(timer: dict[str, Any], server_time: float) -> float:
    """What a phone computes: the countdown's time left at ``server_time``."""
    elapsed = timer["elapsed_ms"]
    if timer["running"]:
        elapsed += server_time - timer["started_at"]
    return float(timer["duration_ms"] - elapsed)


NO_TIMER = {
    "mode": "countdown",
    "set": False,
    "running": False,
    "duration_ms": 0,
    "elapsed_ms": 0,
    "started_at": None,
    "deadline": None,
}


def test_timer_changes_reach_phones_in_absolute_times(
    phones: MakePhone, service: WorkshopService, clock: FakeClock
) -> None:
    start = stopped_clock(clock)
    stream = phones().open_events()
    assert stream.next_named("snapshot").json()["timer"] == NO_TIMER

    service.execute(StartCountdown(300), undoable=False)
    assert next_public(stream) == {
        "timer": {
            "mode": "countdown",
            "set": True,
            "running": True,
            "duration_ms": 300_000,
            "elapsed_ms": 0,
            "started_at": epoch_ms(start),
            "deadline": epoch_ms(start) + 300_000,
        }
    }

    clock.advance(30)
    service.execute(PauseTimer(), undoable=False)
    paused = next_public(stream)["timer"]
    assert paused == {**paused, "running": False, "elapsed_ms": 30_000, "started_at": None}
    assert paused["deadline"] is None
    assert paused["duration_ms"] == 300_000

    service.execute(AdjustTimer(60), undoable=False)
    adjusted = next_public(stream)["timer"]
    assert (adjusted["duration_ms"], adjusted["elapsed_ms"]) == (360_000, 30_000)
    assert adjusted["running"] is False

    clock.advance(5)
    service.execute(ResumeTimer(), undoable=False)
    resumed = next_public(stream)["timer"]
    assert resumed["started_at"] == epoch_ms(start) + 35_000
    # The deadline is when the time left (360 - 30 s) runs out from the restart.
    assert resumed["deadline"] == resumed["started_at"] + 330_000

    service.execute(AdjustTimer(-60), undoable=False)
    assert next_public(stream)["timer"]["deadline"] == resumed["deadline"] - 60_000

    service.execute(ClearTimer(), undoable=False)
    assert next_public(stream)["timer"] == NO_TIMER


def test_a_stopwatch_counts_up_and_has_no_deadline(
    phones: MakePhone, service: WorkshopService, clock: FakeClock
) -> None:
    start = stopped_clock(clock)
    stream = phones().open_events()
    stream.next_named("snapshot")
    service.execute(StartStopwatch(), undoable=False)
    timer = next_public(stream)["timer"]
    assert timer["mode"] == "stopwatch"
    assert (timer["set"], timer["running"], timer["started_at"]) == (True, True, epoch_ms(start))
    assert (timer["duration_ms"], timer["deadline"]) == (0, None)


def test_a_phone_joining_late_gets_the_time_left(
    phones: MakePhone, service: WorkshopService, clock: FakeClock
) -> None:
    # A five-minute countdown started a minute ago by the real clock.
    stopped_clock(clock, datetime.now(UTC) - timedelta(seconds=60))
    service.execute(StartCountdown(300), undoable=False)
    late = phones()
    before = now_ms()
    state = late.state()
    after = now_ms()
    assert before - 1 <= state["server_time"] <= after + 1
    timer = state["timer"]
    assert abs(remaining_ms(timer, state["server_time"]) - 240_000) < 2_000
    assert timer["deadline"] - state["server_time"] == remaining_ms(timer, state["server_time"])
    # The snapshot of the event stream says the same.
    snapshot = late.open_events().next_named("snapshot").json()
    assert snapshot["timer"] == timer
    assert abs(remaining_ms(timer, snapshot["server_time"]) - 240_000) < 2_000


def test_the_phase_under_way_is_in_the_state_and_in_a_delta_when_it_changes(
    phones: MakePhone, service: WorkshopService, clock: FakeClock
) -> None:
    first = service.boards()[0].id
    service.execute(CreateBoard("blank", title="Ideas"))
    ideas = service.boards()[1].id
    service.execute(AddPhase("Silent writing", ideas, 300, "One idea per note."))
    service.execute(AddPhase("Discuss", None, 0, ""))
    phone = phones()
    assert phone.state()["phase"] is None
    stream = phone.open_events()
    assert stream.next_named("snapshot").json()["phase"] is None
    start = stopped_clock(clock)

    service.execute(NextPhase(), undoable=False)
    public = next_public(stream)
    phase = public["phase"]
    assert phase == {
        "id": phase["id"],
        "title": "Silent writing",
        "instruction": "One idea per note.",
        "number": 1,
        "count": 2,
        "board_id": ideas,
        "kind": "work",
    }
    # One change: the phase's board is shown and its time box starts.
    assert public["session"]["current_board_id"] == ideas
    assert public["timer"]["started_at"] == epoch_ms(start)
    assert public["timer"]["duration_ms"] == 300_000
    state = phone.state()
    assert state["phase"] == phase
    assert state["board"]["id"] == ideas
    # Browsing another board: the same phase, timer and shown board.
    other = phone.state(board_id=first)
    assert other["board"]["id"] == first
    assert other["session"]["current_board_id"] == ideas
    assert (other["phase"], other["timer"]) == (phase, state["timer"])

    service.execute(NextPhase(), undoable=False)
    public = next_public(stream)
    assert public["phase"]["title"] == "Discuss"
    assert (public["phase"]["number"], public["phase"]["instruction"]) == (2, "")
    assert public["session"]["current_board_id"] == ideas  # no board of its own: unchanged
    assert public["timer"]["set"] is False  # no time box: no stale countdown

    service.execute(NextPhase(), undoable=False)  # past the last phase: the agenda ends
    assert next_public(stream)["phase"] is None
    assert phone.state()["phase"] is None


def test_a_clock_event_follows_the_snapshot_and_a_replay(phones: MakePhone) -> None:
    aino, bob = phones(), phones()
    before = now_ms()
    stream = bob.open_events()
    snapshot = stream.next(clocks=True)
    assert snapshot.name == "snapshot"
    first = stream.next(clocks=True)
    assert first.name == "clock"
    assert first.id is None  # not an event to resume from
    assert before - 1 <= first.json()["server_time"] <= now_ms() + 1
    assert first.json()["server_time"] >= snapshot.json()["server_time"]

    # Resuming: the missed events are replayed, then the clock comes at once.
    last = int(snapshot.id or 0)
    bob.streams.pop().close()
    aino.note("while away")
    resumed = bob.open_events(headers={"Last-Event-ID": str(last)})
    replayed = resumed.next(clocks=True)
    assert replayed.name == "delta"
    assert int(replayed.id or 0) == last + 1
    clock_event = resumed.next(clocks=True)
    assert clock_event.name == "clock"
    assert clock_event.json()["server_time"] >= before
