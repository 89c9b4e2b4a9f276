"""The participant HTTP API and phone page for one session (docs/participant-api.md).

The app translates requests into :class:`ParticipationService` calls and
nothing else: who may do what is decided by the core. It serves only the
session it was created for and offers no facilitator action at all.

Core calls run on the event loop when the core's lock is free (the usual
case, and the cheapest), and otherwise on one worker thread, so the loop never
waits while the desktop holds the lock. Changes reach the open event streams
through ``loop.call_soon_threadsafe`` into a bounded outbox per stream, whatever
thread made them; each message is built once per audience from the JSON text
the core already serialized, and under load several go out in one write.
"""

from __future__ import annotations

import asyncio
import hmac
import html
import json
import logging
import math
import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Final, TypeVar

from fastapi import Depends, FastAPI, Query, Request
from fastapi import Path as FastApiPath
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, Response
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from facilitator import settings
from facilitator.catalog import Catalog
from facilitator.domain import Note, Thumb
from facilitator.errors import BOARD_NOT_FOUND, FacilitatorError
from facilitator.i18n import QT_TRANSLATE_NOOP, Text
from facilitator.join_codes import normalize_join_code
from facilitator.locales import negotiate_language
from facilitator.services.participation import FeedEvent, ParticipationService, hash_token
from facilitator.visibility import my_votes_json, note_json

log = logging.getLogger(__name__)

API_PREFIX: Final = "/api/v1/sessions/{code}"
COOKIE_NAME: Final = "facilitator_token"
RAW_SEND: Final = "facilitator.raw_send"
CONTENT_SECURITY_POLICY: Final = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)
SECURITY_HEADERS: Final = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"referrer-policy", b"no-referrer"),
    (b"x-content-type-options", b"nosniff"),
)
ID_MAX: Final = 64
COLOR_MAX: Final = 32

# HTTP status for each error code of the core (FacilitatorError.code).
STATUS_BY_CODE: Final = {
    "invalid": 422,
    "not_found": 404,
    "forbidden": 403,
    "conflict": 409,
    "board_closed": 409,
    "no_votes_left": 409,
    "unauthorized": 401,
    "too_large": 413,
    "unsupported_media_type": 415,
    "rate_limited": 429,
    "session_closed": 503,
    "storage": 503,
}

T = TypeVar("T")


@dataclass(frozen=True)
class ServerLimits:
    """The server's limits; tests and benchmarks pass their own."""

    body_max_bytes: int = settings.REQUEST_BODY_MAX_BYTES
    notes_per_minute: int = settings.NOTES_PER_MINUTE_PER_PARTICIPANT
    joins_per_minute: int = settings.JOINS_PER_MINUTE_PER_ADDRESS
    unknown_codes_per_minute: int = settings.UNKNOWN_CODES_PER_MINUTE_PER_ADDRESS
    unknown_tokens_per_minute: int = settings.UNKNOWN_TOKENS_PER_MINUTE_PER_ADDRESS
    request_read_seconds: float = settings.REQUEST_READ_TIMEOUT_SECONDS
    heartbeat_seconds: float = settings.EVENT_HEARTBEAT_SECONDS
    # Messages a phone may fall behind (its connection stalled) before it is
    # sent a fresh snapshot instead: memory stays bounded whatever phones do.
    stream_backlog: int = 2000
    # Under load, changes are sent to phones in batches, several in one write:
    # a write per change per phone costs a system call each (about 20 µs), and
    # at 100 changes/s to 500 phones that alone would take a whole core. The
    # pause between batches grows with the number of open streams (so the
    # cost of sending stays bounded) up to the maximum; a change after a quiet
    # spell is sent at once.
    stream_batch_seconds_per_stream: float = 0.0001
    stream_batch_seconds_max: float = 0.05


# Errors -------------------------------------------------------------------------


class ApiError(Exception):
    """A refusal answered as ``{"error": {...}}`` with its HTTP status.

    ``source`` is the English message, marked for translation in the "errors"
    context and formatted with ``params``: the answer carries it in the
    language the request prefers (``Accept-Language``).
    """

    def __init__(
        self,
        status: int,
        code: str,
        source: str,
        params: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.status = status
        self.code = code
        self.params = params or {}
        self.text = Text("errors", source, self.params)
        self.headers = headers or {}
        super().__init__(self.text.english())

    @classmethod
    def of(cls, error: FacilitatorError) -> ApiError:
        """A refusal of the core, with the HTTP status for its code."""
        status = STATUS_BY_CODE.get(error.code, 422)
        headers = {"Retry-After": "5"} if status == 503 else None
        return cls(status, error.code, error.text.source, dict(error.text.args), headers)


def _dumps(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str).encode()


def json_response(status: int, payload: Any, headers: dict[str, str] | None = None) -> Response:
    return Response(_dumps(payload), status, headers, media_type="application/json")


def error_payload(code: str, message: str, params: dict[str, Any] | None = None) -> bytes:
    return _dumps({"error": {"code": code, "message": message, "params": params or {}}})


def _error_body(error: ApiError, language: str) -> bytes:
    message = Catalog.for_language(language).text(error.text)
    return error_payload(error.code, message, error.params)


def _error_response(error: ApiError, request: Request) -> Response:
    language = negotiate_language(request.headers.get("accept-language"))
    headers = {**error.headers, "Content-Language": language}
    return Response(
        _error_body(error, language), error.status, headers, media_type="application/json"
    )


def _unauthorized() -> ApiError:
    return ApiError(
        401,
        "unauthorized",
        QT_TRANSLATE_NOOP("errors", "Join the session first."),
        headers={"WWW-Authenticate": "Bearer"},
    )


def _rate_limited(retry_after: float) -> ApiError:
    seconds = max(1, math.ceil(retry_after))
    return ApiError(
        429,
        "rate_limited",
        QT_TRANSLATE_NOOP("errors", "Too many requests. Try again in {seconds} s."),
        {"seconds": seconds},
        {"Retry-After": str(seconds)},
    )


class RateLimiter:
    """At most ``limit`` hits per key in any ``window`` seconds (a sliding log)."""

    def __init__(
        self, limit: int, window: float = 60.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limit = limit
        self.window = window
        self._clock = clock
        self._hits: dict[str, deque[float]] = {}

    def _log(self, key: str, now: float) -> deque[float]:
        if len(self._hits) > 10_000:
            # Forget keys that have been quiet for a whole window.
            self._hits = {k: v for k, v in self._hits.items() if v and v[-1] > now - self.window}
        hits = self._hits.setdefault(key, deque())
        while hits and hits[0] <= now - self.window:
            hits.popleft()
        return hits

    def blocked(self, key: str) -> float | None:
        """Seconds until ``key`` may hit again, or None if it may now."""
        now = self._clock()
        hits = self._log(key, now)
        if len(hits) >= self.limit:
            return hits[0] + self.window - now
        return None

    def hit(self, key: str) -> float | None:
        """Record a hit if allowed; otherwise the seconds to wait (the hit is not recorded)."""
        wait = self.blocked(key)
        if wait is None:
            self._hits[key].append(self._clock())
        return wait


# Requests -----------------------------------------------------------------------


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class JoinRequest(_Body):
    name: str | None = Field(default=None, max_length=settings.AUTHOR_NAME_MAX * 2)


class NoteRequest(_Body):
    text: str = Field(max_length=settings.NOTE_TEXT_MAX)
    client_id: str = Field(min_length=1, max_length=ID_MAX)
    color: str | None = Field(default=None, max_length=COLOR_MAX)
    board_id: str | None = Field(default=None, max_length=ID_MAX)
    cluster_id: str | None = Field(default=None, max_length=ID_MAX)
    builds_on: str | None = Field(default=None, max_length=ID_MAX)


class NoteEditRequest(_Body):
    text: str | None = Field(default=None, max_length=settings.NOTE_TEXT_MAX)
    color: str | None = Field(default=None, max_length=COLOR_MAX)


class VoteRequest(_Body):
    target_id: str = Field(min_length=1, max_length=ID_MAX)
    board_id: str | None = Field(default=None, max_length=ID_MAX)


class PollAnswerRequest(_Body):
    choice: Thumb


# Event streams ------------------------------------------------------------------


class _Marker:
    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"<{self.name}>"


_PING: Final = _Marker("ping")
_RESYNC: Final = _Marker("resync")  # fell too far behind: send a fresh snapshot
_CLOSED: Final = _Marker("closed")  # the server is stopping: say so and end
_GONE: Final = _Marker("gone")  # the phone disconnected: just end


def _clock_message() -> bytes:
    # Also the heartbeat: phones correct their timer for clock skew with it.
    return b'event: clock\ndata: {"server_time":%d}\n\n' % round(time.time() * 1000)


_CLOSED_MESSAGE: Final = b"event: closed\ndata: {}\n\n"

_Item = tuple[int, bytes] | _Marker


class _Outbox:
    """What one open stream has yet to send: bounded, drained all at once."""

    __slots__ = ("_items", "_limit", "_waiter", "ended", "participant_id")

    def __init__(self, participant_id: str, limit: int) -> None:
        self.participant_id = participant_id
        self._items: list[_Item] = []
        self._limit = limit
        self._waiter: asyncio.Future[None] | None = None
        self.ended = False

    def put(self, item: _Item) -> None:
        if self.ended:
            return
        if len(self._items) >= self._limit:
            self._items.clear()
            item = _RESYNC
        self._items.append(item)
        self._wake()

    def end(self, marker: _Marker) -> None:
        if not self.ended:
            self.ended = True
            self._items.append(marker)
            self._wake()

    def _wake(self) -> None:
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    async def take(self) -> list[_Item]:
        while not self._items:
            self._waiter = asyncio.get_running_loop().create_future()
            try:
                await self._waiter
            finally:
                self._waiter = None
        items, self._items = self._items, []
        return items


def _delta_message(event_id: int, public: str | None, mine: str | None) -> bytes:
    # The parts are JSON texts serialized once by the core: join, never re-encode.
    return (
        f"id: {event_id}\nevent: delta\n"
        f'data: {{"public":{public or "null"},"mine":{mine or "null"}}}\n\n'
    ).encode()


class StreamHub:
    """Every open event stream of one app, fed from the participation feed.

    The feed calls :meth:`_on_feed` on whatever thread made the change (with
    the core's lock held), so it only queues the event and, once per batch,
    asks the event loop to deliver it.
    """

    def __init__(self, participation: ParticipationService, limits: ServerLimits) -> None:
        self._participation = participation
        self._limits = limits
        self._streams: set[_Outbox] = set()
        self._pending: list[FeedEvent] = []
        self._pending_lock = threading.Lock()
        self._scheduled = False
        self._last_delivery = -math.inf
        self._loop: asyncio.AbstractEventLoop | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._heartbeat: asyncio.Task[None] | None = None
        self.closed = False
        # Event ids sent to phones are the feed's numbers offset by a value
        # unique to this server run, so that a phone reconnecting after a
        # restart (when the feed counts from zero again) gets a snapshot
        # instead of a replay of unrelated events.
        self.id_base = int(time.time() * 1000) * 1000

    @property
    def stream_count(self) -> int:
        return len(self._streams)

    def start(self) -> None:
        """Attach to the running loop and the feed (idempotent)."""
        if self._loop is not None or self.closed:
            return
        self._loop = asyncio.get_running_loop()
        self._unsubscribe = self._participation.subscribe_feed(self._on_feed)
        self._heartbeat = self._loop.create_task(self._beat())

    def close(self) -> None:
        """End every stream with ``event: closed`` (on the loop; idempotent)."""
        self.closed = True
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if self._heartbeat is not None:
            self._heartbeat.cancel()
            self._heartbeat = None
        for outbox in self._streams:
            outbox.end(_CLOSED)

    def open(self, participant_id: str) -> _Outbox:
        self.start()
        if self.closed:
            raise ApiError(
                503, "session_closed", QT_TRANSLATE_NOOP("errors", "The session has ended.")
            )
        outbox = _Outbox(participant_id, self._limits.stream_backlog)
        self._streams.add(outbox)
        return outbox

    def discard(self, outbox: _Outbox) -> None:
        self._streams.discard(outbox)

    def replay(self, participant_id: str, event_id: int) -> tuple[int, list[bytes]] | None:
        """The messages after ``event_id`` and the feed number of the last one.

        None when those events are no longer kept (or the id is from another run).
        """
        seq = event_id - self.id_base
        events = self._participation.events_since(seq) if seq >= 0 else None
        if events is None:
            return None
        messages = []
        for event in events:
            mine = event.private.get(participant_id)
            if event.public is not None or mine is not None:
                messages.append(_delta_message(self.id_base + event.seq, event.public, mine))
        return (events[-1].seq if events else seq), messages

    def _on_feed(self, event: FeedEvent) -> None:
        with self._pending_lock:
            self._pending.append(event)
            if self._scheduled:
                return
            self._scheduled = True
        loop = self._loop
        try:
            if loop is not None:
                loop.call_soon_threadsafe(self._schedule_delivery)
        except RuntimeError:
            pass  # the loop has stopped: the server is gone, and so are its streams

    def _schedule_delivery(self) -> None:
        assert self._loop is not None
        limits = self._limits
        pause = min(
            limits.stream_batch_seconds_max,
            limits.stream_batch_seconds_per_stream * len(self._streams),
        )
        wait = self._last_delivery + pause - self._loop.time()
        if wait > 0:
            self._loop.call_later(wait, self._deliver)
        else:
            self._deliver()

    def _deliver(self) -> None:
        if self._loop is not None:
            self._last_delivery = self._loop.time()
        with self._pending_lock:
            events, self._pending = self._pending, []
            self._scheduled = False
        streams = self._streams
        if not streams:
            return
        base = self.id_base
        for event in events:
            seq, public, private = event.seq, event.public, event.private
            shared: tuple[int, bytes] | None = None
            for outbox in streams:
                mine = private.get(outbox.participant_id) if private else None
                if mine is not None:
                    outbox.put((seq, _delta_message(base + seq, public, mine)))
                elif public is not None:
                    if shared is None:
                        shared = (seq, _delta_message(base + seq, public, None))
                    outbox.put(shared)

    async def _beat(self) -> None:
        while True:
            await asyncio.sleep(self._limits.heartbeat_seconds)
            for outbox in self._streams:
                outbox.put(_PING)


class EventStreamResponse(Response):
    """``text/event-stream`` of one participant: snapshot or replay, then live deltas."""

    def __init__(
        self,
        hub: StreamHub,
        participant_id: str,
        last_event_id: int | None,
        snapshot: Callable[[], Awaitable[tuple[int, bytes]]],
    ) -> None:
        # No body attribute: the length is unknown, so no Content-Length is set.
        self.status_code = 200
        self.media_type = "text/event-stream"
        self.background = None
        self.init_headers({"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
        self._hub = hub
        self._participant_id = participant_id
        self._last_event_id = last_event_id
        self._snapshot = snapshot

    async def _snapshot_message(self) -> tuple[int, bytes]:
        seq, data = await self._snapshot()
        return seq, b"id: %d\nevent: snapshot\ndata: %s\n\n" % (self._hub.id_base + seq, data)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        hub = self._hub
        # Registered before the first message is built, so that no change made
        # meanwhile can fall between the two; repeats are dropped by number.
        outbox = hub.open(self._participant_id)
        watcher: asyncio.Task[None] | None = None
        try:
            replay = None
            if self._last_event_id is not None:
                replay = hub.replay(self._participant_id, self._last_event_id)
            if replay is None:
                sent, message = await self._snapshot_message()
                first = [message]
            else:
                sent, first = replay
            await send({"type": "http.response.start", "status": 200, "headers": self.raw_headers})
            send = scope.get(RAW_SEND, send)
            body = b"".join([*first, _clock_message()])
            await send({"type": "http.response.body", "body": body, "more_body": True})
            watcher = asyncio.create_task(_watch_disconnect(receive, outbox))
            await self._stream(send, outbox, sent)
        finally:
            hub.discard(outbox)
            if watcher is not None:
                watcher.cancel()

    async def _stream(self, send: Send, outbox: _Outbox, sent: int) -> None:
        while True:
            items = await outbox.take()
            chunks: list[bytes] = []
            for item in items:
                if isinstance(item, tuple):
                    if item[0] > sent:
                        sent = item[0]
                        chunks.append(item[1])
                elif item is _PING:
                    chunks.append(_clock_message())
                elif item is _RESYNC:
                    try:
                        sent, message = await self._snapshot_message()
                    except (ApiError, FacilitatorError):
                        return  # e.g. the participant is gone; the phone reconnects and is told
                    chunks.append(message)
                elif item is _CLOSED:
                    chunks.append(_CLOSED_MESSAGE)
                    body = b"".join(chunks)
                    await send({"type": "http.response.body", "body": body, "more_body": False})
                    return
                else:  # the phone went away
                    return
            if chunks:
                body = b"".join(chunks)
                await send({"type": "http.response.body", "body": body, "more_body": True})


async def _watch_disconnect(receive: Receive, outbox: _Outbox) -> None:
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            outbox.end(_GONE)
            return


# The outermost layer --------------------------------------------------------------


def _scope_language(scope: Scope) -> str:
    for name, value in scope["headers"]:
        if name == b"accept-language":
            return negotiate_language(value.decode("latin-1"))
    return negotiate_language(None)


async def _send_error(send: Send, scope: Scope, error: ApiError, *, close: bool = False) -> None:
    language = _scope_language(scope)
    body = _error_body(error, language)
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"content-language", language.encode()),
        *((k.lower().encode(), v.encode()) for k, v in error.headers.items()),
    ]
    if close:
        # The rest of the refused body is not read: end the connection after it.
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": error.status, "headers": headers})
    await send({"type": "http.response.body", "body": body, "more_body": False})


def _is_json(content_type: str) -> bool:
    media = content_type.split(";", 1)[0].strip().lower()
    return media == "application/json" or (
        media.startswith("application/") and media.endswith("+json")
    )


class Guard:
    """Security headers on every response, the body limit, and no traceback to a client.

    The body is read here, capped at the limit whether its length is declared
    or not (chunked), before the app sees any of it; the server itself would
    accept bodies of any size.
    """

    def __init__(self, app: ASGIApp, limits: ServerLimits) -> None:
        self.app = app
        self.limits = limits

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def send_secured(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message = {**message, "headers": [*message.get("headers", ()), *SECURITY_HEADERS]}
            await send(message)

        # Event streams send their body straight to the server: each layer
        # between costs a call per message, and only the start needs headers.
        scope[RAW_SEND] = send
        try:
            checked = await self._limit_body(scope, receive)
        except ApiError as error:
            await _send_error(send_secured, scope, error, close=True)
            return
        if checked is None:
            return
        try:
            await self.app(scope, checked, send_secured)
        except Exception:
            log.exception("Participant request failed: %s %s", scope["method"], scope["path"])
            if not started:
                await _send_error(send_secured, scope, _INTERNAL_ERROR)

    async def _limit_body(self, scope: Scope, receive: Receive) -> Receive | None:
        length: str | None = None
        chunked = False
        content_type = ""
        for name, value in scope["headers"]:
            if name == b"content-length":
                length = value.decode("latin-1")
            elif name == b"transfer-encoding":
                chunked = True
            elif name == b"content-type":
                content_type = value.decode("latin-1")
        limit = self.limits.body_max_bytes
        if length is not None:
            if not length.strip().isdigit():
                raise ApiError(
                    400,
                    "invalid",
                    QT_TRANSLATE_NOOP("errors", "The Content-Length header is not valid."),
                )
            if int(length) > limit:
                raise _too_large(limit)
            if int(length) == 0 and not chunked:
                return receive
        elif not chunked:
            return receive
        if scope["path"].startswith("/api/") and not _is_json(content_type):
            raise ApiError(
                415,
                "unsupported_media_type",
                QT_TRANSLATE_NOOP(
                    "errors", "Send the request body as JSON (Content-Type: application/json)."
                ),
            )
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return None  # the client went away mid-body: nobody to answer
            body += message.get("body", b"")
            if len(body) > limit:
                raise _too_large(limit)
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": bytes(body), "more_body": False}
            return await receive()

        return replay


_INTERNAL_ERROR: Final = ApiError(
    503,
    "storage",
    QT_TRANSLATE_NOOP(
        "errors", "Something went wrong on the server; nothing was changed. Try again."
    ),
    headers={"Retry-After": "5"},
)


def _too_large(limit: int) -> ApiError:
    return ApiError(
        413,
        "too_large",
        QT_TRANSLATE_NOOP("errors", "The request is too large (at most {limit} bytes)."),
        {"limit": limit},
    )


# Pages ------------------------------------------------------------------------


def _page(
    request: Request,
    status: int,
    title: str,
    lines: tuple[str, ...],
    *,
    params: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    """A page of fixed text (marked in the "server" context) in the browser's language."""
    language = negotiate_language(request.headers.get("accept-language"))
    catalog = Catalog.for_language(language)

    def text(source: str) -> str:
        # Fixed text and numbers only: nothing from the request is ever echoed into HTML.
        return html.escape(catalog.text(Text("server", source, params or {})))

    heading = text(title)
    paragraphs = "".join(f"<p>{text(line)}</p>" for line in lines)
    page = (
        f'<!doctype html>\n<html lang="{language}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{heading}</title></head>"
        f"<body><main><h1>{heading}</h1>{paragraphs}</main></body></html>\n"
    )
    headers = {**(headers or {}), "Content-Language": language, "Vary": "Accept-Language"}
    return Response(page, status, headers, media_type="text/html; charset=utf-8")


def _not_found_page(request: Request) -> Response:
    return _page(
        request,
        404,
        QT_TRANSLATE_NOOP("server", "Session not found"),
        (
            QT_TRANSLATE_NOOP(
                "server",
                "There is no workshop session with this code. Check the link or the code on the "
                "screen and try again.",
            ),
        ),
    )


def _too_many_page(request: Request, retry_after: float) -> Response:
    seconds = max(1, math.ceil(retry_after))
    return _page(
        request,
        429,
        QT_TRANSLATE_NOOP("server", "Too many tries"),
        (
            QT_TRANSLATE_NOOP(
                "server", "Too many wrong codes from this network. Try again in {seconds} s."
            ),
        ),
        params={"seconds": seconds},
        headers={"Retry-After": str(seconds)},
    )


def _missing_page(request: Request) -> Response:
    return _page(
        request,
        503,
        QT_TRANSLATE_NOOP("server", "Not available"),
        (QT_TRANSLATE_NOOP("server", "The phone page is missing from this app."),),
    )


class _WebFiles(StaticFiles):
    """The page's files; a missing folder is a 404, not a server error."""

    async def check_config(self) -> None:
        if self.directory is None or not Path(self.directory).is_dir():
            raise StarletteHTTPException(404)
        await super().check_config()


# The app ------------------------------------------------------------------------


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token or len(token) > 256:
        return None
    return token


def _client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


class SessionGate:
    """What every request of one app shares: the session, its limits and the core thread."""

    def __init__(
        self,
        participation: ParticipationService,
        limits: ServerLimits,
        clock: Callable[[], float],
    ) -> None:
        self.participation = participation
        self.workshop = participation.workshop
        self.limits = limits
        self.hub = StreamHub(participation, limits)
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="participant-core")
        self.notes = RateLimiter(limits.notes_per_minute, clock=clock)
        self.joins = RateLimiter(limits.joins_per_minute, clock=clock)
        self.guesses = RateLimiter(limits.unknown_codes_per_minute, clock=clock)
        self.bad_tokens = RateLimiter(limits.unknown_tokens_per_minute, clock=clock)
        # Tokens already seen to be valid, so most requests need no lock to
        # authenticate. Keyed by the token's hash, like the database: looking a
        # token up never compares it with a secret character by character.
        self._known_tokens: dict[str, str] = {}

    async def in_core(self, call: Callable[[], T]) -> T:
        """Run a core call without ever blocking the event loop on the core's lock."""
        lock = self.workshop.lock
        if lock.acquire(blocking=False):
            # The usual case: nobody else is changing the session. Running here
            # saves two thread switches per request, a third of its cost.
            try:
                return call()
            finally:
                lock.release()
        # The display (or another request) holds the lock: wait on the core thread.
        return await asyncio.get_running_loop().run_in_executor(self.executor, call)

    def is_our_code(self, code: str) -> bool:
        # Compared in constant time: how long a refusal takes says nothing about the code.
        typed = normalize_join_code(code).encode("utf-8", "replace")
        return hmac.compare_digest(typed, self.workshop.workshop.join_code.encode())

    def check_code(self, request: Request, code: str) -> None:
        if self.is_our_code(code):
            return
        wait = self.guesses.hit(_client_address(request))
        if wait is not None:
            raise _rate_limited(wait)
        raise ApiError(
            404, "not_found", QT_TRANSLATE_NOOP("errors", "There is no session with this code.")
        )

    def remember(self, token: str, participant_id: str) -> None:
        self._known_tokens[hash_token(token)] = participant_id

    async def identify(self, request: Request, code: str, *, allow_cookie: bool) -> str:
        self.check_code(request, code)
        token = _bearer(request)
        if token is None and allow_cookie:
            token = request.cookies.get(COOKIE_NAME)
        participant_id = self._known_tokens.get(hash_token(token)) if token else None
        if token and participant_id is None:
            # A token this server has not seen yet: limited per address, so
            # that nobody can try tokens at speed (a phone's own is known).
            address = _client_address(request)
            wait = self.bad_tokens.blocked(address)
            if wait is not None:
                raise _rate_limited(wait)
            participant = await self.in_core(lambda: self.participation.authenticate(token))
            if participant is not None:
                participant_id = participant.id
                self.remember(token, participant_id)
            else:
                self.bad_tokens.hit(address)
        if participant_id is None:
            # Someone guessing codes must not learn "right code, no token" either.
            wait = self.guesses.blocked(_client_address(request))
            if wait is not None:
                raise _rate_limited(wait)
            raise _unauthorized()
        return participant_id

    # Run on the core thread.

    def note_payload(self, note: Note) -> dict[str, Any]:
        with self.workshop.lock:
            state = self.workshop.live_state
            current = state.notes.get(note.id, note)
            board = state.boards.get(current.board_id)
            if board is None:
                raise ApiError(404, "not_found", BOARD_NOT_FOUND)
            return note_json(current, state, board)

    def my_votes(self, participant_id: str, board_id: str | None) -> dict[str, Any]:
        with self.workshop.lock:
            state = self.workshop.live_state
            board = state.boards.get(board_id) if board_id else state.current_board()
            if board is None:
                raise ApiError(404, "not_found", BOARD_NOT_FOUND)
            return my_votes_json(state, participant_id, board)

    def state_bytes(self, participant_id: str, board_id: str | None) -> tuple[int, bytes]:
        """The participant's view as JSON, and the feed number it is current to."""
        try:
            state = self.participation.state_for(participant_id, board_id)
        except KeyError:  # a participant the session no longer knows
            raise _unauthorized() from None
        seq = int(state["event_id"])
        state["event_id"] = self.hub.id_base + seq
        state["server_time"] = round(time.time() * 1000)
        return seq, _dumps(state)


def _gate(request: Request) -> SessionGate:
    gate = request.app.state.gate
    assert isinstance(gate, SessionGate)
    return gate


async def _bearer_only(request: Request, code: str) -> str:
    return await _gate(request).identify(request, code, allow_cookie=False)


async def _bearer_or_cookie(request: Request, code: str) -> str:
    return await _gate(request).identify(request, code, allow_cookie=True)


Bearer = Annotated[str, Depends(_bearer_only)]
BearerOrCookie = Annotated[str, Depends(_bearer_or_cookie)]
ItemId = Annotated[str, FastApiPath(max_length=ID_MAX)]
BoardQuery = Annotated[str | None, Query(max_length=ID_MAX)]


def create_app(
    participation: ParticipationService,
    *,
    web_dir: Path,
    limits: ServerLimits | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> FastAPI:
    """The participant app for ``participation``'s session (and no other).

    ``limits`` and ``clock`` (seconds, for rate limits) are for tests and benchmarks.
    """
    from facilitator import __version__

    gate = SessionGate(participation, limits or ServerLimits(), clock)
    hub = gate.hub

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        hub.start()
        try:
            yield
        finally:
            hub.close()
            gate.executor.shutdown(wait=True, cancel_futures=True)

    app = FastAPI(
        title="Facilitator participant API",
        version=__version__,
        docs_url=None,  # the interactive docs load scripts from a CDN, which the CSP forbids
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.gate = gate
    app.add_middleware(Guard, limits=gate.limits)
    _add_error_handlers(app)

    @app.get("/healthz")
    async def healthz() -> Response:
        return json_response(200, {"status": "ok"})

    @app.get("/j/{code}", response_class=Response)
    async def phone_page(request: Request, code: str) -> Response:
        address = _client_address(request)
        if not gate.is_our_code(code):
            wait = gate.guesses.hit(address)
            return _not_found_page(request) if wait is None else _too_many_page(request, wait)
        wait = gate.guesses.blocked(address)
        if wait is not None:
            return _too_many_page(request, wait)
        index = web_dir / "index.html"
        if not index.is_file():
            return _missing_page(request)
        return FileResponse(
            index, media_type="text/html; charset=utf-8", headers={"Cache-Control": "no-cache"}
        )

    app.mount("/static", _WebFiles(directory=web_dir, check_dir=False), name="static")

    @app.post(f"{API_PREFIX}/participants", status_code=201)
    async def join(request: Request, code: str, body: JoinRequest | None = None) -> Response:
        gate.check_code(request, code)
        address = _client_address(request)
        wait = gate.guesses.blocked(address)
        if wait is None:
            wait = gate.joins.hit(address)
        if wait is not None:
            raise _rate_limited(wait)
        name = body.name if body else None
        participant, token = await gate.in_core(lambda: participation.join(name))
        gate.remember(token, participant.id)
        response = json_response(
            201, {"participant_id": participant.id, "token": token, "name": participant.name}
        )
        # Scoped to the path exactly as the phone used it (cookie paths are case-sensitive).
        raw_path: bytes = request.scope.get("raw_path") or request.url.path.encode()
        response.set_cookie(
            COOKIE_NAME,
            token,
            path=raw_path.decode("latin-1").rsplit("/", 1)[0] + "/",
            secure=request.url.scheme == "https",
            httponly=True,
            samesite="strict",
        )
        return response

    @app.get(f"{API_PREFIX}/state")
    async def get_state(participant_id: BearerOrCookie, board_id: BoardQuery = None) -> Response:
        _, body = await gate.in_core(lambda: gate.state_bytes(participant_id, board_id))
        return Response(body, 200, media_type="application/json")

    @app.post(f"{API_PREFIX}/notes", status_code=201)
    async def add_note(body: NoteRequest, participant_id: Bearer) -> Response:
        wait = gate.notes.hit(participant_id)
        if wait is not None:
            raise _rate_limited(wait)

        def add() -> tuple[dict[str, Any], bool]:
            note, created = participation.add_note(
                participant_id,
                body.text,
                body.client_id,
                color=body.color,
                board_id=body.board_id,
                cluster_id=body.cluster_id,
                builds_on=body.builds_on,
            )
            return gate.note_payload(note), created

        note, created = await gate.in_core(add)
        return json_response(201 if created else 200, {"note": note})

    @app.patch(f"{API_PREFIX}/notes/{{note_id}}")
    async def edit_note(note_id: ItemId, body: NoteEditRequest, participant_id: Bearer) -> Response:
        def edit() -> dict[str, Any]:
            note = participation.edit_note(participant_id, note_id, body.text, body.color)
            return gate.note_payload(note)

        return json_response(200, {"note": await gate.in_core(edit)})

    @app.delete(f"{API_PREFIX}/notes/{{note_id}}", status_code=204)
    async def delete_note(note_id: ItemId, participant_id: Bearer) -> Response:
        await gate.in_core(lambda: participation.delete_note(participant_id, note_id))
        return Response(status_code=204)

    @app.post(f"{API_PREFIX}/votes", status_code=201)
    async def vote(body: VoteRequest, participant_id: Bearer) -> Response:
        def cast() -> dict[str, Any]:
            participation.vote(participant_id, body.target_id, body.board_id)
            return gate.my_votes(participant_id, body.board_id)

        return json_response(201, {"my_votes": await gate.in_core(cast)})

    @app.delete(f"{API_PREFIX}/votes/{{target_id}}")
    async def retract_vote(
        target_id: ItemId, participant_id: Bearer, board_id: BoardQuery = None
    ) -> Response:
        def retract() -> dict[str, Any]:
            participation.retract_vote(participant_id, target_id, board_id)
            return gate.my_votes(participant_id, board_id)

        return json_response(200, {"my_votes": await gate.in_core(retract)})

    @app.put(f"{API_PREFIX}/polls/{{poll_id}}/answer")
    async def answer_poll(
        poll_id: ItemId, body: PollAnswerRequest, participant_id: Bearer
    ) -> Response:
        def answer() -> dict[str, Any]:
            participation.answer_poll(participant_id, poll_id, body.choice)
            return {"my_answer": {"poll_id": poll_id, "choice": body.choice.value}}

        return json_response(200, await gate.in_core(answer))

    @app.get(f"{API_PREFIX}/handout")
    async def get_handout(participant_id: BearerOrCookie) -> Response:
        return json_response(
            200, await gate.in_core(lambda: participation.handout_for(participant_id))
        )

    @app.get(f"{API_PREFIX}/events")
    async def events(
        request: Request, participant_id: BearerOrCookie, last_event_id: str | None = None
    ) -> Response:
        resume_id = _event_id(request.headers.get("last-event-id") or last_event_id)

        async def snapshot() -> tuple[int, bytes]:
            return await gate.in_core(lambda: gate.state_bytes(participant_id, None))

        return EventStreamResponse(hub, participant_id, resume_id, snapshot)

    return app


def _event_id(value: str | None) -> int | None:
    """``Last-Event-ID`` as a number; None (a fresh snapshot) when it is not one of ours.

    Only ASCII digits, and not too many: ``int()`` refuses thousands of digits,
    and takes other scripts' digits but not "²".
    """
    value = (value or "").strip()
    if not value or len(value) > 30 or not (value.isascii() and value.isdigit()):
        return None
    return int(value)


def _add_error_handlers(app: FastAPI) -> None:
    """Every failure is JSON with a stable code: the page shows its own text for each."""

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> Response:
        return _error_response(exc, request)

    @app.exception_handler(FacilitatorError)
    async def core_error(request: Request, exc: FacilitatorError) -> Response:
        return _error_response(ApiError.of(exc), request)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        errors = list(exc.errors())
        first = errors[0] if errors else {}
        if first.get("type") == "json_invalid":
            return _error_response(ApiError(400, "invalid", _NOT_JSON), request)
        location = [str(part) for part in first.get("loc", ()) if part != "body"]
        params: dict[str, Any] = {"field": ".".join(location), "problem": first.get("type", "")}
        context = first.get("ctx") or {}
        for key in ("max_length", "min_length"):
            if isinstance(context.get(key), int):
                params["limit"] = context[key]
        if params["field"] == "text" and params["problem"] == "string_too_long":
            # The same words as the core's refusal of a note that is too long.
            return _error_response(ApiError(422, "invalid", _NOTE_TOO_LONG, params), request)
        return _error_response(ApiError(422, "invalid", _NOT_VALID, params), request)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code == 404:
            error = ApiError(404, "not_found", QT_TRANSLATE_NOOP("errors", "Not found."))
        elif exc.status_code == 405:
            error = ApiError(
                405, "invalid", QT_TRANSLATE_NOOP("errors", "This method is not allowed here.")
            )
        else:
            error = ApiError(exc.status_code, "invalid", _NOT_VALID)
        error.headers.update(exc.headers or {})
        return _error_response(error, request)


_NOT_VALID: Final = QT_TRANSLATE_NOOP("errors", "The request is not valid.")
_NOT_JSON: Final = QT_TRANSLATE_NOOP("errors", "The request body is not valid JSON.")
_NOTE_TOO_LONG: Final = QT_TRANSLATE_NOOP("errors", "A note can have at most {limit} characters.")


def stream_hub(app: FastAPI) -> StreamHub:
    """The hub of an app made by :func:`create_app` (the runner ends its streams)."""
    return _gate_of(app).hub


def _gate_of(app: FastAPI) -> SessionGate:
    gate = app.state.gate
    assert isinstance(gate, SessionGate)
    return gate
