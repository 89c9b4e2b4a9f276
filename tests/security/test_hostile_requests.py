"""Hostile requests to the participant server: each is refused clearly, nobody else notices.

Markup is stored and sent back as plain JSON text (the phone page renders it
with ``textContent``); the note limit counts code points; bodies over the
limit are refused whether their length is declared or not; slow clients are
cut off without holding up other phones; tokens and codes cannot be guessed
at speed.
"""

from __future__ import annotations

import re
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from facilitator import settings
from facilitator.resources import resource_path
from facilitator.server.app import ServerLimits
from facilitator.server.runner import ParticipantServer
from tests.server.conftest import TIMEOUT, Phone

XSS = (
    "<script>alert(document.cookie)</script>",
    '"><img src=x onerror=alert(1)>',
    "<b>bold</b><style>*{display:none}</style>",
    "javascript:alert(1)",
)


@pytest.fixture
def other(server: ParticipantServer) -> Iterator[Phone]:
    client = httpx.Client(base_url=server.base_url(), timeout=TIMEOUT)
    phone = Phone(client, server.join_code).join("Other")
    yield phone
    phone.close()


def _raw(server: ParticipantServer, data: bytes, timeout: float = 10.0) -> bytes:
    """Send ``data`` on a fresh connection and read until the server closes it."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=timeout) as sock:
        sock.sendall(data)
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
            if b"\r\n\r\n" in answer and b"connection: close" not in answer.lower():
                break
    return answer


# Markup and tricky text ---------------------------------------------------------------


def test_markup_is_stored_and_sent_back_as_plain_json_text(phone: Phone, other: Phone) -> None:
    joined = phone.client.post(f"{phone.base}/participants", json={"name": XSS[1]})
    assert joined.json()["name"] == XSS[1]
    for text in XSS:
        response = phone.post_note(text)
        assert response.status_code == 201
        assert response.headers["content-type"] == "application/json"
        assert response.json()["note"]["text"] == text
    seen = {note["text"] for note in other.state()["notes"]}
    assert set(XSS) <= seen
    # Every answer forbids inline scripts and sniffing, whatever it contains.
    state = other.client.get(f"{other.base}/state", headers=other.auth)
    assert "script-src 'self'" in state.headers["content-security-policy"]
    assert state.headers["x-content-type-options"] == "nosniff"


def test_phone_page_never_renders_text_as_html() -> None:
    """The page's scripts build every element with textContent: no HTML sink at all."""
    sinks = re.compile(
        r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|"
        r"createContextualFragment|DOMParser|srcdoc"
    )
    scripts = sorted(Path(resource_path("web")).glob("*.js"))
    assert scripts
    for script in scripts:
        found = sinks.findall(script.read_text(encoding="utf-8"))
        assert not found, (script.name, found)


def test_control_characters_are_dropped_and_the_rest_kept(phone: Phone) -> None:
    text = "bell\x07 nul\x00 esc\x1b[31m \u202eRTL\u202c zero\u200bwidth 👩‍👩‍👧"
    note = phone.note(text)
    assert note["text"] == "bell nul esc[31m \u202eRTL\u202c zero\u200bwidth 👩‍👩‍👧"


def test_note_limit_counts_code_points(phone: Phone) -> None:
    """500 code points are allowed, whatever they draw: emoji, combining marks, RTL marks."""
    limit = settings.NOTE_TEXT_MAX
    for text in ("😀" * limit, "e" + "\u0301" * (limit - 1), "\u202e" * limit):
        assert phone.post_note(text).status_code == 201
    for text in ("😀" * (limit + 1), "e" + "\u0301" * 2_000):
        refused = phone.post_note(text)
        assert refused.status_code == 422
        error = refused.json()["error"]
        assert error["code"] == "invalid" and error["params"]["limit"] == limit
    # 10,000 combining marks (20 KB as UTF-8) do not even fit in a request.
    refused = phone.post_note("e" + "\u0301" * 10_000)
    assert refused.status_code == 413 and refused.json()["error"]["code"] == "too_large"


def test_thousands_of_combining_marks_in_a_name_or_id_are_refused(phone: Phone) -> None:
    marks = "a" + "\u0300" * 5_000
    assert phone.client.post(f"{phone.base}/participants", json={"name": marks}).status_code == 422
    response = phone.post_note("fine", client_id=marks)
    assert response.status_code == 422
    assert response.json()["error"]["params"]["field"] == "client_id"


# Bodies ---------------------------------------------------------------------------


def test_declared_oversized_body_is_refused_before_it_is_read(
    server: ParticipantServer, phone: Phone
) -> None:
    limit = settings.REQUEST_BODY_MAX_BYTES
    head = (
        f"POST {phone.base}/notes HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {phone.token}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {100 * limit}\r\n\r\n"
    ).encode()
    answer = _raw(server, head + b"{" * 1000)
    assert answer.startswith(b"HTTP/1.1 413")
    assert b'"too_large"' in answer


def test_chunked_body_without_length_is_capped(server: ParticipantServer, phone: Phone) -> None:
    limit = settings.REQUEST_BODY_MAX_BYTES

    def chunks() -> Iterator[bytes]:
        yield b'{"text":"'
        for _ in range(64):
            yield b"x" * 1024
        yield b'","client_id":"c"}'

    response = phone.client.post(
        f"{phone.base}/notes",
        content=chunks(),
        headers={**phone.auth, "Content-Type": "application/json"},
    )
    assert response.status_code == 413
    assert response.json()["error"]["params"]["limit"] == limit
    assert phone.post_note("still fine").status_code == 201


# Slow clients ----------------------------------------------------------------------


@pytest.fixture
def limits() -> ServerLimits:
    # A short deadline so that the tests wait seconds, not the default 15 s.
    return ServerLimits(request_read_seconds=1.5, unknown_tokens_per_minute=5)


def _trickle(server: ParticipantServer, data: bytes, interval: float, stop: threading.Event) -> str:
    """Send one byte per ``interval`` until stopped or cut off; how it ended."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        for byte in data:
            if stop.wait(interval):
                return "stopped"
            try:
                sock.sendall(bytes([byte]))
            except OSError:
                return "closed"
        sock.settimeout(10)
        try:
            return "closed" if sock.recv(1024) == b"" else "answered"
        except OSError:
            return "closed"


def test_slow_clients_do_not_block_other_phones_and_are_cut_off(
    server: ParticipantServer, phone: Phone
) -> None:
    """30 slowloris connections sending headers a byte at a time, and phones post meanwhile."""
    stop = threading.Event()
    request = f"GET {phone.base}/state HTTP/1.1\r\nHost: x\r\n" + "X-Slow: y\r\n" * 50
    outcomes: list[str] = []
    threads = [
        threading.Thread(
            target=lambda: outcomes.append(_trickle(server, request.encode(), 0.1, stop))
        )
        for _ in range(30)
    ]
    for thread in threads:
        thread.start()
    try:
        latencies = []
        deadline = time.monotonic() + 2.5
        while time.monotonic() < deadline:
            started = time.perf_counter()
            phone.state()
            latencies.append(time.perf_counter() - started)
        assert phone.post_note("meanwhile").status_code == 201
        assert max(latencies) < 0.5, max(latencies)
    finally:
        for thread in threads:
            thread.join(timeout=15)
        stop.set()
    # The server closed every slow connection at its deadline (1.5 s), long before it finished.
    assert outcomes == ["closed"] * 30


def test_silent_connection_and_stalled_body_are_closed(
    server: ParticipantServer, phone: Phone
) -> None:
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as silent:
        assert silent.recv(1024) == b""  # closed without a byte sent
    assert 1.0 < time.monotonic() - started < 8.0
    head = (
        f"POST {phone.base}/notes HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {phone.token}\r\n"
        'Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{"te'
    ).encode()
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as stalled:
        stalled.sendall(head)
        assert stalled.recv(1024) == b""
    assert phone.post_note("after them").status_code == 201


def test_a_quick_request_on_a_kept_alive_connection_is_not_cut_off(
    server: ParticipantServer, phone: Phone
) -> None:
    """The deadline is per request: a phone's connection serves request after request."""
    for _ in range(4):
        assert phone.post_note("keep going").status_code == 201
        time.sleep(0.5)  # together longer than the deadline, on one connection


# Guessing -------------------------------------------------------------------------


def test_guessing_tokens_is_rate_limited_per_address(
    server: ParticipantServer, phone: Phone
) -> None:
    guesser = httpx.Client(base_url=server.base_url(), timeout=TIMEOUT)
    try:
        for _ in range(5):
            guess = {"Authorization": f"Bearer {uuid.uuid4().hex}"}
            assert guesser.get(f"{phone.base}/state", headers=guess).status_code == 401
        refused = guesser.get(f"{phone.base}/state", headers={"Authorization": "Bearer nope"})
        assert refused.status_code == 429
        assert refused.json()["error"]["code"] == "rate_limited"
        assert int(refused.headers["retry-after"]) > 0
        # A token that is right is refused too while the address is blocked: no oracle.
        assert guesser.get(f"{phone.base}/state", headers=phone.auth).status_code in (200, 429)
    finally:
        guesser.close()
    # The phone already known to the server is not held up by the guesser.
    assert phone.post_note("still here").status_code == 201


def test_join_code_and_tokens_are_compared_in_constant_time(
    server: ParticipantServer, phone: Phone, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hmac

    from facilitator.server import app as app_module

    compared: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    wrong = phone.client.get("/api/v1/sessions/ABCD-EFGH/state", headers=phone.auth)
    assert wrong.status_code == 404
    assert compared, "the join code was not compared with hmac.compare_digest"
    # Tokens are looked up by their SHA-256 hash only: never compared with a secret as text.
    source = Path(app_module.__file__).read_text(encoding="utf-8")
    assert "_known_tokens.get(hash_token(token))" in source
