"""Refusals reach each phone in its language: a stable code, parameters, and a translated message.

The phone page sends its language in ``Accept-Language``; any other client
gets English unless it asks otherwise.
"""

from __future__ import annotations

import uuid

import httpx
import pytest

from facilitator.locales import negotiate_language
from facilitator.participation import SetBoardControls
from facilitator.server.app import ServerLimits
from facilitator.server.runner import ParticipantServer
from facilitator.services.workshop import WorkshopService
from tests.server.conftest import MakePhone
from tests.server.test_api import assert_error

FI = {"Accept-Language": "fi"}
SV = {"Accept-Language": "sv-FI,sv;q=0.9,en;q=0.5"}


@pytest.fixture
def limits() -> ServerLimits:
    return ServerLimits(notes_per_minute=2, unknown_codes_per_minute=3)


@pytest.mark.parametrize(
    ("header", "language"),
    [
        (None, "en"),
        ("", "en"),
        ("fi", "fi"),
        ("fi-FI,fi;q=0.9,en-US;q=0.8,en;q=0.7", "fi"),
        ("sv-FI", "sv"),
        ("de-DE,de;q=0.9,sv;q=0.8,fi;q=0.7", "sv"),
        ("en;q=0.5,fi;q=0.8", "fi"),
        ("fi;q=0,sv", "sv"),
        ("fi;q=abc,sv;q=0.1", "sv"),
        ("de, fr", "en"),
        ("*", "en"),
    ],
)
def test_the_language_is_the_first_one_the_app_speaks(header: str | None, language: str) -> None:
    assert negotiate_language(header) == language


def test_a_refusal_of_the_core_is_in_the_phones_language(
    phones: MakePhone, service: WorkshopService
) -> None:
    aino = phones()
    note = aino.note("before the lock")
    service.execute(SetBoardControls(service.boards()[0].id, locked=True), undoable=False)
    url = f"{aino.base}/notes/{note['id']}"
    english = aino.client.patch(url, json={"text": "x"}, headers=aino.auth)
    finnish = aino.client.patch(url, json={"text": "x"}, headers={**aino.auth, **FI})
    swedish = aino.client.patch(url, json={"text": "x"}, headers={**aino.auth, **SV})
    answers = (english, finnish, swedish)
    messages = [assert_error(r, 409, "board_closed")["message"] for r in answers]
    assert len(set(messages)) == 3, messages
    assert "board" in messages[0]
    assert "taulu" in messages[1].lower()
    assert "tavla" in messages[2].lower()
    assert [r.headers["content-language"] for r in answers] == ["en", "fi", "sv"]


def test_a_note_too_long_says_the_limit_in_every_language(phones: MakePhone) -> None:
    aino = phones()
    body = {"text": "x" * 501, "client_id": uuid.uuid4().hex}
    answers = {
        language: assert_error(
            aino.client.post(
                f"{aino.base}/notes", json=body, headers={**aino.auth, "Accept-Language": language}
            ),
            422,
            "invalid",
        )
        for language in ("en", "fi", "sv")
    }
    assert answers["en"]["message"] == "A note can have at most 500 characters."
    assert answers["fi"]["message"] == "Lapussa voi olla enintään 500 merkkiä."
    assert answers["sv"]["message"] == "En lapp kan ha högst 500 tecken."
    for answer in answers.values():
        assert answer["params"]["field"] == "text" and answer["params"]["limit"] == 500


def test_server_refusals_are_translated_with_their_parameters(
    phones: MakePhone, server: ParticipantServer, http: httpx.Client
) -> None:
    aino = phones()
    for text in ("one", "two"):
        assert aino.post_note(text).status_code == 201
    body = {"text": "three", "client_id": uuid.uuid4().hex}
    limited = aino.client.post(f"{aino.base}/notes", json=body, headers={**aino.auth, **FI})
    error = assert_error(limited, 429, "rate_limited")
    seconds = error["params"]["seconds"]
    assert isinstance(seconds, int) and seconds >= 1
    assert limited.headers["retry-after"] == str(seconds)
    assert error["message"] == f"Liian monta pyyntöä. Yritä uudelleen {seconds} s kuluttua."

    unknown = http.get("/api/v1/sessions/ZZZZZZZZ/state", headers=SV)
    assert assert_error(unknown, 404, "not_found")["message"] == (
        "Det finns ingen session med den här koden."
    )
    anonymous = http.get(f"/api/v1/sessions/{server.join_code}/state", headers=FI)
    assert assert_error(anonymous, 401, "unauthorized")["message"] == "Liity ensin istuntoon."


def test_refusals_of_the_outermost_layer_are_translated_too(
    phones: MakePhone, limits: ServerLimits
) -> None:
    aino = phones()
    big = b'{"text": "' + b"x" * limits.body_max_bytes + b'"}'
    headers = {**aino.auth, **SV, "Content-Type": "application/json"}
    refused = aino.client.post(f"{aino.base}/notes", content=big, headers=headers)
    error = assert_error(refused, 413, "too_large")
    assert error["params"] == {"limit": limits.body_max_bytes}
    assert refused.headers["content-language"] == "sv"
    assert str(limits.body_max_bytes) in error["message"]
    assert "förfrågan" in error["message"].lower()
    plain = aino.client.post(
        f"{aino.base}/notes",
        content=b"hello",
        headers={**aino.auth, **FI, "Content-Type": "text/plain"},
    )
    assert assert_error(plain, 415, "unsupported_media_type")["message"].startswith("Lähetä")


@pytest.mark.parametrize(
    ("header", "language", "heading"),
    [
        (None, "en", "Session not found"),
        ("fi-FI,fi;q=0.9", "fi", "Istuntoa ei löytynyt"),
        ("sv-SE", "sv", "Sessionen hittades inte"),
    ],
)
def test_the_page_for_an_unknown_code_speaks_the_browsers_language(
    http: httpx.Client, header: str | None, language: str, heading: str
) -> None:
    page = http.get("/j/ZZZZ-ZZZZ", headers={"Accept-Language": header} if header else {})
    assert page.status_code == 404
    assert f'<html lang="{language}">' in page.text
    assert f"<h1>{heading}</h1>" in page.text
    assert page.headers["content-language"] == language
