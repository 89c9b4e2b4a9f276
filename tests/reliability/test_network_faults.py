"""Phones on a bad network: lost answers, cut requests, dropped event streams.

A phone whose connection breaks resends its note with the same client id, and
its event stream reconnects with ``Last-Event-ID``. These tests break
connections on purpose, with raw sockets (reset instead of a clean close) at
every point of a request, and check that no note is lost or stored twice and
that a stream that drops again and again still delivers every event once, in
order.
"""

from __future__ import annotations

import json
import random
import socket
import struct
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from facilitator.server.app import ServerLimits
from facilitator.server.runner import ParticipantServer
from facilitator.services.participation import ParticipationService
from facilitator.services.workshop import WorkshopService
from tests.server.conftest import TIMEOUT, MakePhone, Phone

WAIT_SECONDS = 10.0


@pytest.fixture
def limits() -> ServerLimits:
    """Every resend counts against the notes-per-minute limit: lift it for these phones."""
    return ServerLimits(notes_per_minute=10_000)


def wait_until(condition: Any, what: str) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"waited {WAIT_SECONDS} s for {what}")
        time.sleep(0.002)


def raw_note_request(phone: Phone, client_id: str, text: str) -> bytes:
    body = json.dumps({"text": text, "client_id": client_id}).encode()
    head = (
        f"POST {phone.base}/notes HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        f"Authorization: Bearer {phone.token}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


def send_and_reset(server: ParticipantServer, data: bytes, before_reset: Any = None) -> None:
    """Send ``data`` and reset the connection without reading a byte of the answer."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=WAIT_SECONDS) as sock:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.sendall(data)
        if before_reset is not None:
            before_reset()
        # Linger 0: close() sends RST, as a phone losing its network looks to the server.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def notes_with(service: WorkshopService, client_id: str) -> int:
    return sum(1 for n in service.snapshot().notes.values() if n.client_id == client_id)


def test_a_lost_answer_then_a_retry_gives_back_the_same_note(
    server: ParticipantServer, phones: MakePhone, service: WorkshopService
) -> None:
    aino = phones("Aino")
    for number in range(10):
        client_id = uuid.uuid4().hex
        request = raw_note_request(aino, client_id, f"answer lost {number}")
        send_and_reset(
            server,
            request,
            lambda c=client_id: wait_until(
                lambda: aino.participant_id and service.note_by_client_id(aino.participant_id, c),
                "the note to be stored",
            ),
        )
        stored = service.note_by_client_id(aino.participant_id, client_id)
        assert stored is not None
        retry = aino.post_note(f"answer lost {number}", client_id)
        assert retry.status_code == 200, retry.text
        assert retry.json()["note"]["id"] == stored.id
        assert notes_with(service, client_id) == 1


@pytest.mark.parametrize("where", ["in the headers", "in the body", "after the request"])
def test_a_connection_reset_at_any_point_then_a_retry_stores_the_note_once(
    server: ParticipantServer, phones: MakePhone, service: WorkshopService, where: str
) -> None:
    aino = phones("Aino")
    random.seed(where)
    for number in range(15):
        client_id = uuid.uuid4().hex
        request = raw_note_request(aino, client_id, f"reset {where} {number}")
        head_end = request.index(b"\r\n\r\n") + 4
        cut = {
            "in the headers": random.randrange(1, head_end - 1),
            "in the body": random.randrange(head_end, len(request) - 1),
            "after the request": len(request),
        }[where]
        send_and_reset(server, request[:cut])
        retry = aino.post_note(f"reset {where} {number}", client_id)
        if where == "after the request":
            # The server may or may not have read it before the reset.
            assert retry.status_code in (200, 201), retry.text
        else:
            assert retry.status_code == 201, retry.text
        assert notes_with(service, client_id) == 1
    assert len(service.snapshot().notes) == 15


def test_the_same_note_sent_on_many_connections_at_once_is_stored_once(
    phones: MakePhone, service: WorkshopService
) -> None:
    """A phone that retries while its first request is still under way."""
    aino = phones("Aino")
    clients = [httpx.Client(base_url=str(aino.client.base_url), timeout=TIMEOUT) for _ in range(8)]
    try:
        for number in range(10):
            client_id = uuid.uuid4().hex
            body = {"text": f"impatient {number}", "client_id": client_id}

            def send(client: httpx.Client, body: dict[str, str] = body) -> httpx.Response:
                return client.post(f"{aino.base}/notes", json=body, headers=aino.auth)

            with ThreadPoolExecutor(len(clients)) as pool:
                answers = list(pool.map(send, clients))
            statuses = sorted(a.status_code for a in answers)
            assert statuses == [200] * 7 + [201], [a.text for a in answers]
            assert len({a.json()["note"]["id"] for a in answers}) == 1
            assert notes_with(service, client_id) == 1
    finally:
        for client in clients:
            client.close()


class ResumingReader:
    """An event stream that the network keeps cutting, resumed as ``EventSource`` does.

    Only complete messages count (those ended by a blank line); a message cut
    in half is dropped, and the next connection sends the id of the last
    complete one as ``Last-Event-ID``.
    """

    def __init__(self, phone: Phone) -> None:
        self.phone = phone
        self.last_id: str | None = None
        self.snapshots: list[dict[str, Any]] = []
        self.deltas: list[tuple[int, dict[str, Any]]] = []
        self.connections = 0

    def texts(self) -> list[str]:
        found = [n["text"] for s in self.snapshots for n in s["notes"]]
        for _, data in self.deltas:
            for part in ("public", "mine"):
                if data[part]:
                    found += [n["text"] for n in data[part].get("notes_upserted", [])]
        return found

    def _take(self, message: bytes) -> None:
        fields: dict[str, str] = {}
        for line in message.decode().split("\n"):
            name, _, value = line.partition(": ")
            fields[name] = value
        if fields.get("event") == "snapshot":
            self.snapshots.append(json.loads(fields["data"]))
        elif fields.get("event") == "delta":
            self.deltas.append((int(fields["id"]), json.loads(fields["data"])))
        if "id" in fields:
            self.last_id = fields["id"]

    def connect(self, cut_after: int, done: Callable[[], bool] = lambda: False) -> None:
        """Read until ``cut_after`` bytes past the first complete message, then drop.

        Returns early, as a clean close, once ``done()``.
        """
        headers = {"Last-Event-ID": self.last_id} if self.last_id else {}
        self.connections += 1
        with self.phone.client.stream(
            "GET", f"{self.phone.base}/events", headers={**self.phone.auth, **headers}
        ) as response:
            assert response.status_code == 200
            buffer = b""
            past_first: int | None = None
            for chunk in response.iter_bytes():
                buffer += chunk
                if past_first is not None:
                    past_first += len(chunk)
                while b"\n\n" in buffer:
                    message, buffer = buffer.split(b"\n\n", 1)
                    self._take(message)
                    if past_first is None:
                        past_first = len(buffer)
                if past_first is not None and past_first >= cut_after:
                    return  # the rest, and any half message in the buffer, is lost
                if done():
                    return


def test_a_stream_cut_again_and_again_delivers_every_event_once_in_order(
    phones: MakePhone, participation: ParticipationService
) -> None:
    writers = [phones(f"writer {w}") for w in range(4)]
    reader_phone = phones("reader")
    expected_texts = {f"w{w}-{i}" for w in range(4) for i in range(20)}
    # The stream's ids are the feed's numbers plus a base fixed for the server run.
    state = reader_phone.state()
    base = state["event_id"] - participation.last_event_id
    reader = ResumingReader(reader_phone)
    reader.connect(cut_after=0)
    [snapshot] = reader.snapshots
    start = snapshot["event_id"] - base

    def write(w: int) -> None:
        for i in range(20):
            writers[w].note(f"w{w}-{i}")

    threads = [threading.Thread(target=write, args=(w,)) for w in range(4)]
    for thread in threads:
        thread.start()
    cuts = random.Random(7)
    deadline = time.monotonic() + WAIT_SECONDS
    while set(reader.texts()) != expected_texts:
        assert time.monotonic() < deadline, f"missing {expected_texts - set(reader.texts())}"
        reader.connect(cuts.randrange(0, 1500), lambda: set(reader.texts()) == expected_texts)
    for thread in threads:
        thread.join(timeout=WAIT_SECONDS)

    assert len(reader.snapshots) == 1, "a reconnection got a snapshot instead of the replay"
    assert reader.connections > 5
    events = participation.events_since(start)
    assert events is not None
    wanted = [base + e.seq for e in events if e.for_participant(reader_phone.participant_id)]
    received = [event_id for event_id, _ in reader.deltas]
    assert received == wanted[: len(received)]
    assert sorted(reader.texts()) == sorted(expected_texts)
