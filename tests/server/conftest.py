"""A real participant server on a free loopback port, and phones that talk to it."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from facilitator.server.app import ServerLimits
from facilitator.server.runner import ParticipantServer
from facilitator.services.participation import ParticipationService

TIMEOUT = httpx.Timeout(10.0)
# The participant server's fixtures (participation, web_dir, limits) are in tests/conftest.py,
# shared with the security tests.


@pytest.fixture
def server(
    participation: ParticipationService, web_dir: Path, limits: ServerLimits
) -> Iterator[ParticipantServer]:
    server = ParticipantServer(
        participation, host="127.0.0.1", port=0, web_dir=web_dir, limits=limits
    )
    server.start()
    yield server
    server.stop()


@pytest.fixture
def http(server: ParticipantServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url(), timeout=TIMEOUT) as client:
        yield client


@dataclass
class Event:
    name: str  # "message" when the stream gave no name
    data: str = ""
    id: str | None = None

    def json(self) -> Any:
        return json.loads(self.data)


class EventStream:
    """An open ``/events`` stream, read synchronously with a read timeout."""

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self._lines = response.iter_lines()
        self.ended = False

    def next(self, *, clocks: bool = False) -> Event:
        """The next event (by default skipping clock events); raises on timeout or end."""
        event = Event("message")
        has_fields = False
        for line in self._lines:
            if line == "":
                if has_fields and (clocks or event.name != "clock"):
                    return event
                event, has_fields = Event("message"), False
                continue
            if line.startswith(":"):
                continue
            name, _, value = line.partition(":")
            value = value.removeprefix(" ")
            has_fields = True
            if name == "event":
                event.name = value
            elif name == "data":
                event.data = f"{event.data}\n{value}" if event.data else value
            elif name == "id":
                event.id = value
        self.ended = True
        raise EOFError("the event stream ended")

    def next_named(self, name: str) -> Event:
        event = self.next()
        assert event.name == name, (event.name, event.data[:200])
        return event


@dataclass
class Phone:
    """One participant's phone: a client with its own token."""

    client: httpx.Client
    code: str
    token: str = ""
    participant_id: str = ""
    name: str | None = None
    streams: list[httpx.Response] = field(default_factory=list)

    @property
    def base(self) -> str:
        return f"/api/v1/sessions/{self.code}"

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def join(self, name: str | None = None) -> Phone:
        response = self.client.post(f"{self.base}/participants", json={"name": name})
        assert response.status_code == 201, response.text
        body = response.json()
        self.token, self.participant_id, self.name = body["token"], body["participant_id"], name
        return self

    def state(self, **params: str) -> dict[str, Any]:
        response = self.client.get(f"{self.base}/state", headers=self.auth, params=params)
        assert response.status_code == 200, response.text
        result: dict[str, Any] = response.json()
        return result

    def post_note(self, text: str, client_id: str | None = None, **extra: Any) -> httpx.Response:
        body = {"text": text, "client_id": client_id or uuid.uuid4().hex, **extra}
        return self.client.post(f"{self.base}/notes", json=body, headers=self.auth)

    def note(self, text: str, **extra: Any) -> dict[str, Any]:
        response = self.post_note(text, **extra)
        assert response.status_code == 201, response.text
        note: dict[str, Any] = response.json()["note"]
        return note

    def open_events(self, headers: dict[str, str] | None = None, **params: str) -> EventStream:
        request = self.client.build_request(
            "GET",
            f"{self.base}/events",
            headers={**self.auth, **(headers or {})},
            params=params,
        )
        response = self.client.send(request, stream=True)
        assert response.status_code == 200, response.read()
        assert response.headers["content-type"].startswith("text/event-stream")
        self.streams.append(response)
        return EventStream(response)

    def close(self) -> None:
        for response in self.streams:
            response.close()
        self.client.close()


MakePhone = Callable[..., Phone]


@pytest.fixture
def phones(server: ParticipantServer) -> Iterator[MakePhone]:
    """``phones()`` makes a joined phone; each gets its own connection pool."""
    made: list[Phone] = []

    def make(name: str | None = None, *, code: str | None = None) -> Phone:
        client = httpx.Client(base_url=server.base_url(), timeout=TIMEOUT)
        phone = Phone(client, code or server.join_code)
        made.append(phone)
        return phone.join(name)

    yield make
    for phone in made:
        phone.close()
