"""Many simulated phones at once, for the crash tests and ``scripts/crash_soak.py``.

Each phone has its own connection, participant token and client ids, as a real
phone does. Joins come from several loopback addresses (127.0.0.2, .3, …): the
server allows 60 joins a minute per address, and a room of phones has one
address each. Every note's text is unique, so a note stored twice would show.
"""

from __future__ import annotations

import asyncio
import sqlite3
import ssl
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from facilitator import settings

TIMEOUT = httpx.Timeout(20.0)
SOURCE_ADDRESSES = 8
_TLS = ssl.create_default_context()


def source_address(index: int) -> str:
    return f"127.0.0.{2 + index % SOURCE_ADDRESSES}"


@dataclass
class Attempt:
    """One note a phone sent: its answer, or None when none came (the server died)."""

    phone: int
    client_id: str
    text: str
    status: int | None = None
    note_id: str | None = None

    @property
    def acknowledged(self) -> bool:
        return self.status in (200, 201)


@dataclass
class CrowdPhone:
    index: int
    client: httpx.AsyncClient
    token: str = ""
    participant_id: str = ""

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


@dataclass
class Crowd:
    """``phones`` participants of the session at ``base_url``, each sending ``notes_each``."""

    base_url: str
    code: str
    phones: int
    notes_each: int
    attempts: list[Attempt] = field(default_factory=list)
    tokens: list[str] = field(default_factory=list)

    @property
    def api(self) -> str:
        return f"/api/v1/sessions/{self.code}"

    def acknowledged(self) -> list[Attempt]:
        return [a for a in self.attempts if a.acknowledged]

    def unanswered(self) -> list[Attempt]:
        return [a for a in self.attempts if a.status is None]

    def _client(self, index: int) -> httpx.AsyncClient:
        # Plain HTTP: one shared TLS context, because building one per client
        # (httpx's default) costs some 70 ms each.
        transport = httpx.AsyncHTTPTransport(local_address=source_address(index), verify=_TLS)
        return httpx.AsyncClient(
            base_url=self.base_url,
            timeout=TIMEOUT,
            transport=transport,
            limits=httpx.Limits(max_connections=1),
        )

    def _phones(self) -> list[CrowdPhone]:
        if self.tokens:
            return [CrowdPhone(i, self._client(i), token) for i, token in enumerate(self.tokens)]
        return [CrowdPhone(i, self._client(i)) for i in range(self.phones)]

    async def _join(self, phone: CrowdPhone) -> None:
        response = await phone.client.post(f"{self.api}/participants", json={})
        assert response.status_code == 201, response.text
        body = response.json()
        phone.token, phone.participant_id = body["token"], body["participant_id"]

    async def _post(self, phone: CrowdPhone, attempt: Attempt) -> bool:
        """Send one note; False when the server gave no answer."""
        body = {"text": attempt.text, "client_id": attempt.client_id}
        try:
            response = await phone.client.post(f"{self.api}/notes", json=body, headers=phone.auth)
        except httpx.TransportError:
            return False
        attempt.status = response.status_code
        if attempt.acknowledged:
            attempt.note_id = response.json()["note"]["id"]
        return True

    def flood(self, kill_after: int, kill: Callable[[], None]) -> None:
        """Join every phone, then send notes from all at once; ``kill`` after that many answers.

        Returns once every phone has sent all its notes or lost its server.
        """
        asyncio.run(self._flood(kill_after, kill))

    async def _flood(self, kill_after: int, kill: Callable[[], None]) -> None:
        phones = self._phones()
        try:
            await asyncio.gather(*(self._join(p) for p in phones))
            self.tokens = [p.token for p in phones]
            start = asyncio.Event()
            killed = False

            async def send_notes(phone: CrowdPhone) -> None:
                nonlocal killed
                await start.wait()
                for number in range(self.notes_each):
                    client_id = uuid.uuid4().hex
                    text = f"phone {phone.index} note {number} {client_id[:12]}"
                    attempt = Attempt(phone.index, client_id, text)
                    self.attempts.append(attempt)
                    if not await self._post(phone, attempt):
                        return
                    if not killed and len(self.acknowledged()) >= kill_after:
                        killed = True
                        kill()

            senders = [asyncio.create_task(send_notes(p)) for p in phones]
            start.set()
            await asyncio.gather(*senders)
            if not killed:
                kill()
        finally:
            await asyncio.gather(*(p.client.aclose() for p in phones))

    def resend(self, attempts: list[Attempt]) -> None:
        """Send ``attempts`` again, same phone and client id (as a phone retries)."""
        asyncio.run(self._resend(attempts))

    async def _resend(self, attempts: list[Attempt]) -> None:
        phones = self._phones()
        try:

            async def again(attempt: Attempt) -> None:
                attempt.status = None
                assert await self._post(phones[attempt.phone], attempt)

            await asyncio.gather(*(again(a) for a in attempts))
        finally:
            await asyncio.gather(*(p.client.aclose() for p in phones))

    def visible_note_ids(self, phone: int) -> set[str]:
        """The notes a phone sees on the board, from ``GET …/state``."""
        return asyncio.run(self._visible_note_ids(phone))

    async def _visible_note_ids(self, index: int) -> set[str]:
        phone = self._phones()[index]
        async with phone.client:
            response = await phone.client.get(f"{self.api}/state", headers=phone.auth)
            assert response.status_code == 200, response.text
            return {note["id"] for note in response.json()["notes"]}


def stored_notes(data_dir: Path) -> list[tuple[str, str | None]]:
    """Every note's text and client id, read straight from the file (read-only)."""
    path = data_dir / settings.DATABASE_FILENAME
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        rows = connection.execute("SELECT text, client_id FROM notes").fetchall()
    connection.close()
    return [(str(text), client_id) for text, client_id in rows]


def join_code(data_dir: Path, title: str) -> str:
    path = data_dir / settings.DATABASE_FILENAME
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        row = connection.execute("SELECT join_code FROM workshops WHERE title = ?", (title,))
        [code] = row.fetchone()
    connection.close()
    return str(code)
