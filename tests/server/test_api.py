"""The participant HTTP API (docs/participant-api.md) against a real running server."""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

from facilitator import settings
from facilitator.participation import ModerateNotes, RevealNotes, SetBoardControls
from facilitator.server.app import CONTENT_SECURITY_POLICY, ServerLimits, create_app
from facilitator.server.runner import ParticipantServer, ServerError
from facilitator.services.participation import ParticipationService
from facilitator.services.workshop import WorkshopService
from tests.server.conftest import TIMEOUT, MakePhone

XSS = "<script>alert(1)</script><img src=x onerror=alert(1)>"


def board_id(service: WorkshopService) -> str:
    return service.boards()[0].id


def assert_error(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, (response.status_code, response.text)
    assert response.headers["content-type"].startswith("application/json")
    error: dict[str, Any] = response.json()["error"]
    assert error["code"] == code, error
    assert isinstance(error["message"], str) and error["message"]
    assert isinstance(error["params"], dict)
    return error


def assert_secured(response: httpx.Response) -> None:
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert response.headers["referrer-policy"] == "no-referrer"
    assert response.headers["x-content-type-options"] == "nosniff"


# Pages and health ---------------------------------------------------------------


def test_health_page_and_static_files_carry_the_security_headers(
    http: httpx.Client, server: ParticipantServer
) -> None:
    health = http.get("/healthz")
    assert health.status_code == 200 and health.json() == {"status": "ok"}
    page = http.get(f"/j/{server.join_code}")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert "Phone page" in page.text
    script = http.get("/static/app.js")
    assert script.status_code == 200 and "phone" in script.text
    missing = http.get("/static/nothing.js")
    assert_error(missing, 404, "not_found")
    for response in (health, page, script, missing):
        assert_secured(response)


def test_page_accepts_the_code_in_any_case_with_or_without_the_dash(
    http: httpx.Client, server: ParticipantServer
) -> None:
    code = server.join_code
    for typed in (code, code.lower(), code.replace("-", ""), code.replace("-", "").lower()):
        assert http.get(f"/j/{typed}").status_code == 200, typed


def test_unknown_code_gets_a_friendly_page_and_json_404s(
    http: httpx.Client, phones: MakePhone
) -> None:
    page = http.get("/j/ZZZZ-ZZZZ")
    assert page.status_code == 404
    assert page.headers["content-type"].startswith("text/html")
    assert "Session not found" in page.text and "<script" not in page.text
    assert_secured(page)
    stranger = phones()
    assert_error(http.post("/api/v1/sessions/ZZZZZZZZ/participants", json={}), 404, "not_found")
    response = http.get("/api/v1/sessions/ZZZZZZZZ/state", headers=stranger.auth)
    assert_error(response, 404, "not_found")


def test_missing_web_folder_is_not_a_server_error(
    participation: ParticipationService, tmp_path: Path
) -> None:
    server = ParticipantServer(
        participation, host="127.0.0.1", port=0, web_dir=tmp_path / "nowhere"
    )
    server.start()
    try:
        with httpx.Client(base_url=server.base_url(), timeout=TIMEOUT) as client:
            assert client.get(f"/j/{server.join_code}").status_code == 503
            assert_error(client.get("/static/app.js"), 404, "not_found")
    finally:
        server.stop()


# Joining and authentication -----------------------------------------------------


def test_join_returns_a_token_and_an_http_only_cookie_for_the_session_path(
    http: httpx.Client, server: ParticipantServer, participation: ParticipationService
) -> None:
    code = server.join_code.lower()
    response = http.post(f"/api/v1/sessions/{code}/participants", json={"name": " Aino "})
    assert response.status_code == 201
    body = response.json()
    assert set(body) == {"participant_id", "token", "name"}
    assert body["name"] == "Aino"
    assert participation.authenticate(body["token"]) is not None
    cookie = response.headers["set-cookie"]
    assert f"facilitator_token={body['token']}" in cookie
    assert "HttpOnly" in cookie
    assert "samesite=strict" in cookie.lower()
    assert f"Path=/api/v1/sessions/{code}/" in cookie
    anonymous = http.post(f"/api/v1/sessions/{code}/participants", json={})
    assert anonymous.status_code == 201 and anonymous.json()["name"] is None
    no_body = http.post(f"/api/v1/sessions/{code}/participants")
    assert no_body.status_code == 201


def test_requests_without_a_valid_token_are_401(
    http: httpx.Client, server: ParticipantServer, phones: MakePhone
) -> None:
    base = f"/api/v1/sessions/{server.join_code}"
    assert_error(http.get(f"{base}/state"), 401, "unauthorized")
    bad = {"Authorization": "Bearer not-a-token"}
    assert_error(http.get(f"{base}/state", headers=bad), 401, "unauthorized")
    note = {"text": "hi", "client_id": "c1"}
    response = http.post(f"{base}/notes", json=note, headers=bad)
    error = assert_error(response, 401, "unauthorized")
    assert error["message"]
    assert response.headers["www-authenticate"] == "Bearer"
    assert_error(http.get(f"{base}/events", headers=bad), 401, "unauthorized")


def test_the_cookie_is_accepted_for_reading_only(
    server: ParticipantServer, phones: MakePhone
) -> None:
    aino = phones("Aino")
    base = aino.base
    with httpx.Client(base_url=server.base_url(), timeout=TIMEOUT) as browser:
        browser.cookies.set("facilitator_token", aino.token)
        assert browser.get(f"{base}/state").status_code == 200
        note = {"text": "via cookie", "client_id": "c1"}
        assert_error(browser.post(f"{base}/notes", json=note), 401, "unauthorized")
        target = aino.note("mine")
        response = browser.patch(f"{base}/notes/{target['id']}", json={"text": "changed"})
        assert_error(response, 401, "unauthorized")
        assert_error(browser.delete(f"{base}/notes/{target['id']}"), 401, "unauthorized")


# Notes -------------------------------------------------------------------------


def test_state_is_the_participants_view(phones: MakePhone, service: WorkshopService) -> None:
    aino = phones("Aino")
    state = aino.state()
    assert set(state) >= {
        "session",
        "boards",
        "board",
        "clusters",
        "notes",
        "hidden_count",
        "my_note_ids",
        "my_votes",
        "participant",
        "event_id",
    }
    assert state["session"]["title"] == "Test workshop"
    assert state["board"]["id"] == board_id(service)
    assert state["participant"] == {"id": aino.participant_id, "name": "Aino"}
    assert isinstance(state["event_id"], int)


def test_a_note_is_stored_once_however_often_it_is_sent(
    phones: MakePhone, service: WorkshopService
) -> None:
    aino = phones("Aino")
    first = aino.post_note("Coffee", "phone-note-1", color="blue")
    assert first.status_code == 201
    note = first.json()["note"]
    assert note["text"] == "Coffee" and note["color"] == "blue" and note["author_name"] == "Aino"
    again = aino.post_note("Coffee", "phone-note-1", color="blue")
    assert again.status_code == 200
    assert again.json()["note"]["id"] == note["id"]
    assert [n.text for n in service.notes_on(board_id(service))] == ["Coffee"]
    assert [n["id"] for n in aino.state()["notes"]] == [note["id"]]
    assert aino.state()["my_note_ids"] == [note["id"]]


def test_only_the_author_may_edit_or_delete_a_note(phones: MakePhone) -> None:
    aino, bob = phones("Aino"), phones("Bob")
    note = aino.note("mine")
    url = f"{aino.base}/notes/{note['id']}"
    response = bob.client.patch(url, json={"text": "hijacked"}, headers=bob.auth)
    assert_error(response, 403, "forbidden")
    assert_error(bob.client.delete(url, headers=bob.auth), 403, "forbidden")
    edited = aino.client.patch(url, json={"text": "still mine", "color": "pink"}, headers=aino.auth)
    assert edited.status_code == 200
    assert edited.json()["note"]["text"] == "still mine"
    assert edited.json()["note"]["color"] == "pink"
    deleted = aino.client.delete(url, headers=aino.auth)
    assert deleted.status_code == 204 and deleted.content == b""
    assert_secured(deleted)
    assert_error(aino.client.delete(url, headers=aino.auth), 404, "not_found")
    assert aino.state()["notes"] == []


def test_a_locked_board_refuses_every_change(phones: MakePhone, service: WorkshopService) -> None:
    aino = phones()
    note = aino.note("before the lock")
    service.execute(SetBoardControls(board_id(service), locked=True), undoable=False)
    assert_error(aino.post_note("after"), 409, "board_closed")
    url = f"{aino.base}/notes/{note['id']}"
    assert_error(aino.client.patch(url, json={"text": "x"}, headers=aino.auth), 409, "board_closed")
    assert_error(aino.client.delete(url, headers=aino.auth), 409, "board_closed")
    assert aino.state()["board"]["locked"] is True


def test_closed_input_refuses_new_notes(phones: MakePhone, service: WorkshopService) -> None:
    aino = phones()
    service.execute(SetBoardControls(board_id(service), input_open=False), undoable=False)
    assert_error(aino.post_note("hello"), 409, "board_closed")
    service.execute(SetBoardControls(board_id(service), input_open=True), undoable=False)
    assert aino.post_note("hello").status_code == 201


def test_hidden_mode_shows_a_note_only_to_its_author_until_revealed(
    phones: MakePhone, service: WorkshopService
) -> None:
    board = board_id(service)
    service.execute(SetBoardControls(board, hidden_mode=True), undoable=False)
    aino, bob = phones("Aino"), phones("Bob")
    note = aino.note("secret idea")
    assert note["face_down"] is True
    assert [n["text"] for n in aino.state()["notes"]] == ["secret idea"]
    bobs = bob.state()
    assert bobs["notes"] == [] and bobs["hidden_count"] == 1
    assert "secret idea" not in json.dumps(bobs)
    service.execute(RevealNotes(board))
    assert [n["text"] for n in bob.state()["notes"]] == ["secret idea"]


def test_moderated_notes_vanish_from_every_phone(
    phones: MakePhone, service: WorkshopService
) -> None:
    aino, bob = phones(), phones()
    note = aino.note("off topic")
    service.execute(ModerateNotes((note["id"],), hidden=True))
    assert aino.state()["notes"] == [] and bob.state()["notes"] == []


def test_votes_have_a_budget_and_can_be_taken_back(
    phones: MakePhone, service: WorkshopService
) -> None:
    board = board_id(service)
    aino = phones()
    note = aino.note("idea")
    votes = f"{aino.base}/votes"
    ballot = {"target_id": note["id"]}
    assert_error(aino.client.post(votes, json=ballot, headers=aino.auth), 409, "board_closed")
    service.execute(SetBoardControls(board, voting_open=True, vote_budget=2), undoable=False)
    first = aino.client.post(votes, json=ballot, headers=aino.auth)
    assert first.status_code == 201
    assert first.json()["my_votes"] == {"board_id": board, "remaining": 1, "on": {note["id"]: 1}}
    assert aino.client.post(votes, json=ballot, headers=aino.auth).status_code == 201
    error = assert_error(
        aino.client.post(votes, json=ballot, headers=aino.auth), 409, "no_votes_left"
    )
    assert error["params"] == {"budget": 2}
    taken_back = aino.client.delete(f"{votes}/{note['id']}", headers=aino.auth)
    assert taken_back.status_code == 200
    assert taken_back.json()["my_votes"]["remaining"] == 1
    retract = aino.client.delete(
        f"{votes}/{note['id']}", params={"board_id": board}, headers=aino.auth
    )
    assert retract.status_code == 200 and retract.json()["my_votes"]["remaining"] == 2
    assert_error(aino.client.delete(f"{votes}/{note['id']}", headers=aino.auth), 404, "not_found")
    missing = {"target_id": "no-such-note"}
    assert_error(aino.client.post(votes, json=missing, headers=aino.auth), 404, "not_found")


# Limits and bad input -----------------------------------------------------------


def test_note_text_and_fields_are_bounded(phones: MakePhone) -> None:
    aino = phones()
    error = assert_error(aino.post_note("x" * 501), 422, "invalid")
    assert error["params"]["field"] == "text" and error["params"]["limit"] == 500
    assert aino.post_note("x" * 500).status_code == 201
    assert_error(aino.post_note("   "), 422, "invalid")
    assert_error(aino.post_note("hi", "c" * 65), 422, "invalid")
    assert_error(aino.post_note("hi", color="magenta"), 422, "invalid")
    assert_error(aino.post_note("hi", is_admin=True), 422, "invalid")
    notes = f"{aino.base}/notes"
    bodies: list[Any] = [{"text": 5, "client_id": "c"}, {"client_id": "c"}, [], "text", None]
    for body in bodies:
        response = aino.client.post(notes, json=body, headers=aino.auth)
        assert_error(response, 422, "invalid")


def test_bodies_over_16_kb_are_refused_even_when_chunked(phones: MakePhone) -> None:
    aino = phones()
    url = f"{aino.base}/notes"
    headers = {**aino.auth, "Content-Type": "application/json"}
    big = json.dumps({"text": "x" * 17 * 1024, "client_id": "big"}).encode()
    error = assert_error(aino.client.post(url, content=big, headers=headers), 413, "too_large")
    assert error["params"] == {"limit": settings.REQUEST_BODY_MAX_BYTES}

    def chunks(body: bytes) -> Iterator[bytes]:
        for start in range(0, len(body), 1000):
            yield body[start : start + 1000]

    response = aino.client.post(url, content=chunks(big), headers=headers)
    assert_error(response, 413, "too_large")
    assert_secured(response)
    small = json.dumps({"text": "chunked is fine", "client_id": "small"}).encode()
    assert aino.client.post(url, content=chunks(small), headers=headers).status_code == 201
    assert [n["text"] for n in aino.state()["notes"]] == ["chunked is fine"]


def test_bodies_must_be_json(phones: MakePhone) -> None:
    aino = phones()
    url = f"{aino.base}/notes"
    for content_type in ("text/plain", "application/x-www-form-urlencoded", None):
        headers = dict(aino.auth)
        if content_type:
            headers["Content-Type"] = content_type
        response = aino.client.post(url, content=b'{"text":"a","client_id":"b"}', headers=headers)
        assert_error(response, 415, "unsupported_media_type")
    utf8 = {**aino.auth, "Content-Type": "application/json; charset=utf-8"}
    body = b'{"text":"a","client_id":"b"}'
    assert aino.client.post(url, content=body, headers=utf8).status_code == 201


@pytest.mark.parametrize(
    "body",
    [b"{", b'{"text": "a", "client_id": }', b"\xff\xfe", b"nul\x00l", b'"just a string"', b"[1,2"],
)
def test_malformed_json_is_a_json_error_never_a_500(phones: MakePhone, body: bytes) -> None:
    aino = phones()
    headers = {**aino.auth, "Content-Type": "application/json"}
    response = aino.client.post(f"{aino.base}/notes", content=body, headers=headers)
    assert response.status_code in (400, 422), response.text
    assert response.json()["error"]["code"] == "invalid"


def test_a_board_that_does_not_exist_is_not_found(phones: MakePhone) -> None:
    aino = phones()
    response = aino.client.get(f"{aino.base}/state?board_id=nope", headers=aino.auth)
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_odd_requests_get_json_errors_never_a_500(http: httpx.Client, phones: MakePhone) -> None:
    aino = phones()
    base = aino.base
    odd = [
        ("GET", "/api/v1/sessions", None),
        ("GET", f"{base}/notes", None),
        ("PUT", f"{base}/notes/x", b"{}"),
        ("PATCH", f"{base}/notes/" + "x" * 100, b"{}"),
        ("GET", f"{base}/state?board_id=" + "b" * 100, None),
        ("GET", f"{base}/state?board_id=nope", None),
        ("POST", f"{base}/votes", b'{"target_id": ""}'),
        ("DELETE", f"{base}/votes/x?board_id=nope", None),
        ("GET", f"{base}/events?last_event_id=abc", None),
        ("POST", f"{base}/participants", b'{"name": "' + b"n" * 500 + b'"}'),
        ("POST", f"{base}/participants", b'{"name": 7}'),
        ("GET", "/j/" + "%00" * 10, None),
        ("GET", "/static/../../etc/passwd", None),
    ]
    for method, path, body in odd:
        headers = {**aino.auth, "Content-Type": "application/json"}
        if path.endswith("/events?last_event_id=abc"):
            with http.stream(method, path, headers=headers) as response:
                assert response.status_code == 200  # a bad id only means a fresh snapshot
            continue
        response = http.request(method, path, content=body, headers=headers)
        assert response.status_code < 500, (method, path, response.status_code, response.text)
        if response.status_code >= 400 and not path.startswith("/j/"):
            assert "error" in response.json(), (method, path)
        assert_secured(response)


def test_text_is_plain_text_and_the_page_has_a_content_security_policy(
    http: httpx.Client, phones: MakePhone, server: ParticipantServer
) -> None:
    aino = phones(XSS[:60])
    note = aino.note(XSS)
    assert note["text"] == XSS
    assert note["author_name"] == XSS[:60]
    raw = aino.client.get(f"{aino.base}/state", headers=aino.auth)
    assert raw.headers["content-type"].startswith("application/json")
    assert raw.json()["notes"][0]["text"] == XSS
    page = http.get(f"/j/{server.join_code}")
    assert page.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert XSS not in page.text


def test_no_facilitator_action_is_reachable(
    http: httpx.Client, phones: MakePhone, service: WorkshopService
) -> None:
    aino = phones()
    note = aino.note("idea")
    base = aino.base
    board = board_id(service)
    attempts = [
        ("POST", f"{base}/reveal"),
        ("POST", f"{base}/boards/{board}/reveal"),
        ("PATCH", f"{base}/boards/{board}"),
        ("POST", f"{base}/notes/{note['id']}/moderate"),
        ("POST", f"{base}/lock"),
        ("PUT", f"{base}/board"),
        ("DELETE", f"{base}/participants"),
        ("POST", f"{base}/state"),
        ("POST", "/api/v1/sessions"),
        ("POST", "/api/v1/reveal"),
    ]
    for method, path in attempts:
        response = http.request(method, path, json={"board_id": board}, headers=aino.auth)
        assert response.status_code in (404, 405), (method, path, response.status_code)
        assert response.json()["error"]["code"] in ("not_found", "invalid")
    paths = set(http.get("/openapi.json").json()["paths"])
    assert paths == {
        "/healthz",
        "/j/{code}",
        "/api/v1/sessions/{code}/participants",
        "/api/v1/sessions/{code}/state",
        "/api/v1/sessions/{code}/notes",
        "/api/v1/sessions/{code}/notes/{note_id}",
        "/api/v1/sessions/{code}/votes",
        "/api/v1/sessions/{code}/votes/{target_id}",
        "/api/v1/sessions/{code}/polls/{poll_id}/answer",
        "/api/v1/sessions/{code}/handout",
        "/api/v1/sessions/{code}/events",
    }
    assert not service.board(board).hidden_mode  # type: ignore[union-attr]


# Rate limits (in-process, with a clock the test moves) ----------------------------


class Seconds:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


Client = Callable[[str], httpx.AsyncClient]


def run_in_app(
    participation: ParticipationService,
    web_dir: Path,
    clock: Seconds,
    body: Callable[[Client], Awaitable[None]],
) -> None:
    """Run ``body`` against the app in this process, with clients from given addresses."""
    app = create_app(participation, web_dir=web_dir, limits=ServerLimits(), clock=clock)

    async def main() -> None:
        clients: list[httpx.AsyncClient] = []

        def client(address: str) -> httpx.AsyncClient:
            transport = httpx.ASGITransport(app=app, client=(address, 40000))
            made = httpx.AsyncClient(transport=transport, base_url="http://phone.test")
            clients.append(made)
            return made

        async with app.router.lifespan_context(app):
            try:
                await body(client)
            finally:
                for made in clients:
                    await made.aclose()

    asyncio.run(main())


def test_notes_are_limited_per_participant(
    participation: ParticipationService, web_dir: Path
) -> None:
    clock = Seconds()
    code = participation.workshop.workshop.join_code
    base = f"/api/v1/sessions/{code}"

    async def body(client: Client) -> None:
        room = client("10.0.0.1")  # everyone behind one address (a tunnel)
        tokens = []
        for _ in range(2):
            joined = await room.post(f"{base}/participants", json={})
            tokens.append({"Authorization": f"Bearer {joined.json()['token']}"})
        for i in range(settings.NOTES_PER_MINUTE_PER_PARTICIPANT):
            note = {"text": f"n{i}", "client_id": f"a{i}"}
            response = await room.post(f"{base}/notes", json=note, headers=tokens[0])
            assert response.status_code == 201, response.text
            clock.now += 0.5
        refused = await room.post(
            f"{base}/notes", json={"text": "one too many", "client_id": "x"}, headers=tokens[0]
        )
        assert_error(refused, 429, "rate_limited")
        assert 1 <= int(refused.headers["retry-after"]) <= 60
        other = await room.post(
            f"{base}/notes", json={"text": "someone else", "client_id": "y"}, headers=tokens[1]
        )
        assert other.status_code == 201
        clock.now += 60
        later = await room.post(
            f"{base}/notes", json={"text": "a minute later", "client_id": "x"}, headers=tokens[0]
        )
        assert later.status_code == 201

    run_in_app(participation, web_dir, clock, body)


def test_joins_are_limited_per_address(participation: ParticipationService, web_dir: Path) -> None:
    clock = Seconds()
    url = f"/api/v1/sessions/{participation.workshop.workshop.join_code}/participants"

    async def body(client: Client) -> None:
        crowd = client("10.0.0.2")
        for _ in range(settings.JOINS_PER_MINUTE_PER_ADDRESS):
            assert (await crowd.post(url, json={})).status_code == 201
        assert_error(await crowd.post(url, json={}), 429, "rate_limited")
        assert (await client("10.0.0.3").post(url, json={})).status_code == 201
        clock.now += 61
        assert (await crowd.post(url, json={})).status_code == 201

    run_in_app(participation, web_dir, clock, body)


def test_guessing_codes_is_limited_per_address(
    participation: ParticipationService, web_dir: Path
) -> None:
    clock = Seconds()
    code = participation.workshop.workshop.join_code

    async def body(client: Client) -> None:
        member = client("10.0.0.5")
        joined = await member.post(f"/api/v1/sessions/{code}/participants", json={})
        token = {"Authorization": f"Bearer {joined.json()['token']}"}
        guesser = client("10.0.0.5")
        for i in range(settings.UNKNOWN_CODES_PER_MINUTE_PER_ADDRESS):
            wrong = f"/api/v1/sessions/WRONG{i:03d}/state"
            assert_error(await guesser.get(wrong), 404, "not_found")
        assert_error(await guesser.get("/api/v1/sessions/WRONG999/state"), 429, "rate_limited")
        # While limited, the right code tells a guesser nothing either...
        right = f"/api/v1/sessions/{code}/state"
        limited = await guesser.get(right)
        assert_error(limited, 429, "rate_limited")
        assert int(limited.headers["retry-after"]) >= 1
        assert (await guesser.get(f"/j/{code}")).status_code == 429
        assert_error(
            await guesser.post(f"/api/v1/sessions/{code}/participants"), 429, "rate_limited"
        )
        # ... while someone who already joined from that address carries on.
        assert (await member.get(right, headers=token)).status_code == 200
        assert (await client("10.0.0.6").get(f"/j/{code}")).status_code == 200
        clock.now += 61
        assert (await guesser.get(f"/j/{code}")).status_code == 200

    run_in_app(participation, web_dir, clock, body)


# The runner -------------------------------------------------------------------------


def test_a_taken_port_moves_to_the_next_free_one(
    participation: ParticipationService, web_dir: Path
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        server = ParticipantServer(participation, host="127.0.0.1", port=port, web_dir=web_dir)
        server.start()
        try:
            assert server.running
            assert port < server.port <= port + settings.SERVER_PORT_TRIES
            with httpx.Client(timeout=TIMEOUT) as client:
                assert client.get(f"{server.base_url()}/healthz").status_code == 200
        finally:
            server.stop()
    assert not server.running


def test_urls_and_bad_settings(participation: ParticipationService) -> None:
    server = ParticipantServer(participation, host="127.0.0.1", port=8765)
    code = server.join_code
    assert len(code) == 9 and code[4] == "-"
    assert server.base_url() == "http://127.0.0.1:8765"
    assert server.join_url("192.168.1.20") == f"http://192.168.1.20:8765/j/{code}"
    server.public_url = "https://workshop.example.org/"
    assert server.join_url() == f"https://workshop.example.org/j/{code}"
    server.public_url = None
    assert server.join_url("fe80::1") == f"http://[fe80::1]:8765/j/{code}"
    for bad in ("ftp://x.org", "https://x.org/?a=1", "https://x.org/#top", "x.org", "https://"):
        with pytest.raises(ServerError):
            server.public_url = bad
    with pytest.raises(ServerError):
        ParticipantServer(participation, port=70000)
    with pytest.raises(ServerError):
        ParticipantServer(participation, host="not an address", port=0).start()


def test_lan_addresses_put_the_room_network_first(monkeypatch: pytest.MonkeyPatch) -> None:
    import psutil

    from facilitator.server import runner

    def address(ip: str, family: int = socket.AF_INET) -> SimpleNamespace:
        return SimpleNamespace(family=family, address=ip)

    interfaces = {
        "lo": [address("127.0.0.1")],
        "docker0": [address("172.17.0.1")],
        "tun0": [address("10.8.0.5")],
        "wlp2s0": [address("192.168.1.23"), address("fe80::1", socket.AF_INET6)],
        "enp0s31f6": [address("169.254.10.2")],
        "Ethernet 2": [address("10.0.0.7")],
        "down0": [address("192.168.9.9")],
        "weird0": [address("192.168.50.2")],
    }
    stats = {name: SimpleNamespace(isup=name != "down0") for name in interfaces}
    monkeypatch.setattr(psutil, "net_if_addrs", lambda: interfaces)
    monkeypatch.setattr(psutil, "net_if_stats", lambda: stats)
    found = runner.lan_addresses()
    assert [(a.interface, a.address) for a in found] == [
        ("Ethernet 2", "10.0.0.7"),
        ("wlp2s0", "192.168.1.23"),
        ("weird0", "192.168.50.2"),
        ("docker0", "172.17.0.1"),
        ("tun0", "10.8.0.5"),
        ("enp0s31f6", "169.254.10.2"),
    ]
    assert [a.preferred for a in found] == sorted(a.preferred for a in found)
    assert runner.default_address() == "10.0.0.7"
    monkeypatch.setattr(psutil, "net_if_addrs", lambda: {"lo": [address("127.0.0.1")]})
    assert [a.address for a in runner.lan_addresses()] == ["127.0.0.1"]
    assert runner.default_address() == "127.0.0.1"
