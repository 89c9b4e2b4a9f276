"""The event stream: snapshot, live deltas per audience, resuming, and shutdown."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from facilitator.commands import CreateCluster
from facilitator.participation import ModerateNotes, RevealNotes, SetBoardControls
from facilitator.server.app import ServerLimits, _Outbox
from facilitator.server.runner import ParticipantServer
from facilitator.services.participation import ParticipationService
from facilitator.services.workshop import WorkshopService
from tests.server.conftest import TIMEOUT, EventStream, MakePhone, Phone


def board_id(service: WorkshopService) -> str:
    return service.boards()[0].id


def upserted_texts(event_data: dict[str, object], part: str) -> list[str]:
    delta = event_data[part]
    if not isinstance(delta, dict):
        return []
    return [n["text"] for n in delta.get("notes_upserted", [])]


def test_the_first_message_is_a_snapshot_of_the_participants_view(phones: MakePhone) -> None:
    aino = phones("Aino")
    aino.note("already there")
    stream = aino.open_events()
    snapshot = stream.next_named("snapshot")
    state = snapshot.json()
    assert [n["text"] for n in state["notes"]] == ["already there"]
    assert state["participant"]["name"] == "Aino"
    assert snapshot.id == str(state["event_id"])
    assert state["event_id"] == aino.state()["event_id"]


def test_a_note_from_one_phone_arrives_on_another(phones: MakePhone) -> None:
    aino, bob = phones("Aino"), phones("Bob")
    stream = bob.open_events()
    before = int(stream.next_named("snapshot").id or 0)
    aino.note("from Aino")
    delta = stream.next_named("delta")
    assert int(delta.id or 0) > before
    data = delta.json()
    assert upserted_texts(data, "public") == ["from Aino"]
    assert data["mine"] is None
    assert data["public"]["notes_upserted"][0]["author_name"] == "Aino"


def test_the_stream_accepts_the_cookie(server: ParticipantServer, phones: MakePhone) -> None:
    aino = phones()
    with httpx.Client(base_url=server.base_url(), timeout=TIMEOUT) as browser:
        browser.cookies.set("facilitator_token", aino.token)
        with browser.stream("GET", f"{aino.base}/events") as response:
            assert response.status_code == 200
            assert EventStream(response).next().name == "snapshot"


def test_hidden_notes_reach_only_their_author_until_revealed(
    phones: MakePhone, service: WorkshopService
) -> None:
    board = board_id(service)
    service.execute(SetBoardControls(board, hidden_mode=True), undoable=False)
    aino, bob = phones("Aino"), phones("Bob")
    aino_stream, bob_stream = aino.open_events(), bob.open_events()
    aino_stream.next_named("snapshot")
    bob_stream.next_named("snapshot")
    aino.note("secret idea")
    mine = aino_stream.next_named("delta")
    assert "secret idea" not in json.dumps(mine.json()["public"])
    assert upserted_texts(mine.json(), "mine") == ["secret idea"]
    assert mine.json()["mine"]["notes_upserted"][0]["face_down"] is True
    service.execute(RevealNotes(board))
    # Bob may hear that a note is waiting, but its text only comes with the reveal.
    while True:
        delta = bob_stream.next_named("delta")
        if upserted_texts(delta.json(), "public"):
            break
        assert "secret idea" not in delta.data
        assert delta.json()["mine"] is None
    assert upserted_texts(delta.json(), "public") == ["secret idea"]
    assert delta.json()["public"]["notes_upserted"][0]["face_down"] is False
    assert int(delta.id or 0) > int(mine.id or 0)


def test_moderated_notes_are_removed_from_every_stream(
    phones: MakePhone, service: WorkshopService
) -> None:
    aino, bob = phones(), phones()
    stream = bob.open_events()
    stream.next_named("snapshot")
    note = aino.note("off topic")
    assert upserted_texts(stream.next_named("delta").json(), "public") == ["off topic"]
    service.execute(ModerateNotes((note["id"],), hidden=True))
    removed = stream.next_named("delta").json()
    assert removed["public"]["notes_removed"] == [note["id"]]
    assert bob.state()["notes"] == []
    fresh = bob.open_events()
    assert fresh.next_named("snapshot").json()["notes"] == []


def test_votes_come_back_only_to_the_voter(phones: MakePhone, service: WorkshopService) -> None:
    service.execute(SetBoardControls(board_id(service), voting_open=True), undoable=False)
    aino, bob = phones(), phones()
    note = aino.note("idea")
    aino_stream, bob_stream = aino.open_events(), bob.open_events()
    aino_stream.next_named("snapshot")
    bob_stream.next_named("snapshot")
    response = aino.client.post(
        f"{aino.base}/votes", json={"target_id": note["id"]}, headers=aino.auth
    )
    assert response.status_code == 201
    mine = aino_stream.next_named("delta").json()
    assert mine["mine"]["my_votes"]["remaining"] == 2
    bob.note("sync point")
    assert upserted_texts(bob_stream.next_named("delta").json(), "public") == ["sync point"]


def read_deltas(stream: EventStream, count: int) -> list[tuple[int, str]]:
    found = []
    for _ in range(count):
        event = stream.next_named("delta")
        found.append((int(event.id or 0), upserted_texts(event.json(), "public")[0]))
    return found


@pytest.mark.parametrize("how", ["header", "query"])
def test_resuming_replays_exactly_the_missed_events(phones: MakePhone, how: str) -> None:
    aino, bob = phones(), phones()
    first = bob.open_events()
    first.next_named("snapshot")
    aino.note("seen 1")
    [(last_seen, _)] = read_deltas(first, 1)
    bob.streams.pop().close()
    for i in range(3):
        aino.note(f"missed {i}")
    if how == "header":
        resumed = bob.open_events(headers={"Last-Event-ID": str(last_seen)})
    else:
        resumed = bob.open_events(last_event_id=str(last_seen))
    replayed = read_deltas(resumed, 3)
    assert [text for _, text in replayed] == ["missed 0", "missed 1", "missed 2"]
    assert [event_id for event_id, _ in replayed] == [last_seen + 1, last_seen + 2, last_seen + 3]
    aino.note("live again")
    # Nothing twice: the next message is the new note, not a repeat.
    assert read_deltas(resumed, 1) == [(last_seen + 4, "live again")]


def test_resuming_from_the_current_event_sends_nothing_old(phones: MakePhone) -> None:
    aino, bob = phones(), phones()
    current = bob.state()["event_id"]
    resumed = bob.open_events(headers={"Last-Event-ID": str(current)})
    aino.note("new")
    assert read_deltas(resumed, 1) == [(current + 1, "new")]


@pytest.fixture
def short_memory(service: WorkshopService) -> Iterator[ParticipationService]:
    participation = ParticipationService(service, history=3)
    yield participation
    participation.close()


def test_too_old_or_foreign_ids_get_a_fresh_snapshot(
    short_memory: ParticipationService, web_dir: Path
) -> None:
    server = ParticipantServer(short_memory, host="127.0.0.1", port=0, web_dir=web_dir)
    server.start()
    aino = Phone(httpx.Client(base_url=server.base_url(), timeout=TIMEOUT), server.join_code)
    try:
        aino.join()
        old = aino.state()["event_id"]
        for i in range(5):
            aino.note(f"n{i}")
        for last_event_id in (old, 5, old + 1000):
            stream = aino.open_events(headers={"Last-Event-ID": str(last_event_id)})
            snapshot = stream.next_named("snapshot").json()
            assert [n["text"] for n in snapshot["notes"]] == [f"n{i}" for i in range(5)]
    finally:
        aino.close()
        server.stop()


def test_other_changes_reach_phones_too(phones: MakePhone, service: WorkshopService) -> None:
    bob = phones()
    stream = bob.open_events()
    stream.next_named("snapshot")
    service.execute(CreateCluster(board_id(service), "Themes", 0, 0, 400, 300))
    data = stream.next_named("delta").json()
    assert [c["title"] for c in data["public"]["clusters_upserted"]] == ["Themes"]
    service.execute(SetBoardControls(board_id(service), locked=True), undoable=False)
    assert stream.next_named("delta").json()["public"]["boards_changed"] is True


@pytest.mark.parametrize("limits", [ServerLimits(heartbeat_seconds=0.2)])
def test_idle_streams_get_a_heartbeat_that_tells_the_server_time(phones: MakePhone) -> None:
    stream = phones().open_events()
    assert stream.next(clocks=True).name == "snapshot"
    assert stream.next(clocks=True).name == "clock"  # right away, for the timer
    sent = time.time() * 1000
    beat = stream.next(clocks=True)
    assert beat.name == "clock"
    assert sent - 1000 < beat.json()["server_time"] < time.time() * 1000 + 1000


def test_stopping_the_server_closes_every_stream_quickly(
    server: ParticipantServer, phones: MakePhone
) -> None:
    streams = [phone.open_events() for phone in (phones() for _ in range(8))]
    for stream in streams:
        stream.next_named("snapshot")
    assert server.stream_count == 8
    started = time.monotonic()
    server.stop()
    assert time.monotonic() - started < 2.0
    assert not server.running
    for stream in streams:
        assert stream.next_named("closed").data == "{}"
        with pytest.raises(EOFError):
            stream.next()


def test_a_stopped_server_can_be_started_again(
    server: ParticipantServer, phones: MakePhone
) -> None:
    server.stop()
    server.start()
    assert server.running
    stream = phones().open_events()
    assert stream.next().name == "snapshot"


def test_a_phone_that_falls_far_behind_gets_a_snapshot_instead_of_a_backlog() -> None:
    async def main() -> None:
        outbox = _Outbox("p1", limit=5)
        for seq in range(1, 5):
            outbox.put((seq, b"delta"))
        assert len(await outbox.take()) == 4
        for seq in range(5, 100):
            outbox.put((seq, b"delta"))
        items = await outbox.take()
        assert len(items) <= 5
        assert repr(items[0]) == "<resync>"

    asyncio.run(main())


def test_changes_made_on_other_threads_all_arrive_in_order(
    phones: MakePhone, service: WorkshopService, participation: ParticipationService
) -> None:
    bob = phones()
    stream = bob.open_events()
    stream.next_named("snapshot")
    writers = [participation.join(f"w{w}")[0] for w in range(4)]

    def write(w: int) -> None:
        for i in range(10):
            participation.add_note(writers[w].id, f"w{w}-{i}", f"w{w}-{i}")

    threads = [threading.Thread(target=write, args=(w,)) for w in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    ids = []
    texts: set[str] = set()
    while len(texts) < 40:
        event = stream.next_named("delta")
        ids.append(int(event.id or 0))
        texts.update(upserted_texts(event.json(), "public"))
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    assert texts == {f"w{w}-{i}" for w in range(4) for i in range(10)}
