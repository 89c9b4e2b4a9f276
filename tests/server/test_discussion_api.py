"""Lean Coffee and brainwriting over HTTP: the topic, the thumbs poll, handouts and chains."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from facilitator.agenda import NextPhase
from facilitator.commands import CreateBoard, DeleteNotes
from facilitator.discussion import AskToContinue, ClosePoll, DiscussTopic
from facilitator.participation import SetBoardControls, ShowBoard
from facilitator.services.workshop import WorkshopService
from tests.server.conftest import EventStream, MakePhone, Phone


def assert_error(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, (response.status_code, response.text)
    assert response.headers["content-type"].startswith("application/json")
    error: dict[str, Any] = response.json()["error"]
    assert error["code"] == code, error
    assert isinstance(error["message"], str) and error["message"]
    return error


def answer(phone: Phone, poll_id: str, choice: object, **headers: str) -> httpx.Response:
    return phone.client.put(
        f"{phone.base}/polls/{poll_id}/answer",
        json={"choice": choice},
        headers={**phone.auth, **headers},
    )


def handout(phone: Phone) -> dict[str, Any]:
    response = phone.client.get(f"{phone.base}/handout", headers=phone.auth)
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


def next_public(stream: EventStream, key: str) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """The next delta whose public part has ``key``: (public, mine)."""
    for _ in range(20):
        data = stream.next_named("delta").json()
        public = data["public"] or {}
        if key in public:
            return public, data["mine"]
    raise AssertionError(f"no delta with {key!r}")


@pytest.fixture
def lean_coffee(service: WorkshopService) -> str:
    """A shown Lean Coffee board with voting open."""
    command = CreateBoard("lean_coffee")
    service.execute(command)
    service.execute(ShowBoard(command.board_id), undoable=False)
    service.execute(
        SetBoardControls(command.board_id, voting_open=True, vote_budget=5), undoable=False
    )
    return command.board_id


def topics(phone: Phone, board: str, votes: dict[str, int]) -> dict[str, str]:
    """Topics written and voted on from ``phone``: {text: note id}."""
    ids: dict[str, str] = {}
    for text, count in votes.items():
        ids[text] = phone.note(text)["id"]
        for _ in range(count):
            response = phone.client.post(
                f"{phone.base}/votes",
                json={"target_id": ids[text], "board_id": board},
                headers=phone.auth,
            )
            assert response.status_code == 201, response.text
    return ids


# The topic under discussion and the thumbs poll ----------------------------------------


def test_the_state_shows_the_topic_under_discussion_and_its_progress(
    phones: MakePhone, service: WorkshopService, lean_coffee: str
) -> None:
    aino = phones("Aino")
    ids = topics(aino, lean_coffee, {"Budget": 1, "Remote work": 3, "Tools": 0})
    view = aino.state()
    assert view["discussion"] is None and view["poll"] is None and view["my_answer"] is None
    assert all(n["discussed"] is False and n["builds_on"] is None for n in view["notes"])

    service.execute(DiscussTopic(lean_coffee), undoable=False)
    discussion = aino.state()["discussion"]
    assert discussion["board_id"] == lean_coffee
    assert discussion["topic"]["id"] == ids["Remote work"]
    assert (discussion["number"], discussion["count"], discussion["votes"]) == (1, 3, 3)

    service.execute(DiscussTopic(lean_coffee), undoable=False)
    view = aino.state()
    assert view["discussion"]["topic"]["text"] == "Budget"
    assert view["discussion"]["number"] == 2
    discussed = {n["text"]: n["discussed"] for n in view["notes"]}
    assert discussed == {"Budget": False, "Remote work": True, "Tools": False}
    # Another board has no discussion going on.
    other = service.boards()[0].id
    assert aino.state(board_id=other)["discussion"] is None


def test_a_phone_answers_the_poll_and_may_change_its_answer(
    phones: MakePhone, service: WorkshopService, lean_coffee: str
) -> None:
    aino, bob = phones("Aino"), phones("Bob")
    topics(aino, lean_coffee, {"Remote work": 1})
    service.execute(DiscussTopic(lean_coffee), undoable=False)
    service.execute(AskToContinue(lean_coffee), undoable=False)
    poll = bob.state()["poll"]
    assert poll["open"] is True and poll["topic"] == "Remote work"
    assert poll["board_id"] == lean_coffee
    assert poll["counts"] == {"up": 0, "sideways": 0, "down": 0}

    first = answer(aino, poll["id"], "up")
    assert first.status_code == 200, first.text
    assert first.json() == {"my_answer": {"poll_id": poll["id"], "choice": "up"}}
    assert answer(bob, poll["id"], "down").status_code == 200
    changed = answer(aino, poll["id"], "sideways")
    assert changed.json()["my_answer"]["choice"] == "sideways"
    again = answer(aino, poll["id"], "sideways")  # the same answer twice: no second thumb
    assert again.status_code == 200

    view = aino.state()
    assert view["poll"]["counts"] == {"up": 0, "sideways": 1, "down": 1}
    assert view["my_answer"] == {"poll_id": poll["id"], "choice": "sideways"}
    assert bob.state()["my_answer"] == {"poll_id": poll["id"], "choice": "down"}
    # The poll is the session's: phones browsing another board see it too.
    other = service.boards()[0].id
    assert aino.state(board_id=other)["poll"]["id"] == poll["id"]


def test_answers_to_a_closed_or_unknown_poll_and_bad_answers_are_refused_clearly(
    phones: MakePhone, service: WorkshopService, lean_coffee: str
) -> None:
    aino = phones("Aino")
    topics(aino, lean_coffee, {"Remote work": 1})
    service.execute(DiscussTopic(lean_coffee), undoable=False)
    service.execute(AskToContinue(lean_coffee), undoable=False)
    poll_id = aino.state()["poll"]["id"]

    error = assert_error(answer(aino, poll_id, "maybe"), 422, "invalid")
    assert error["params"]["field"] == "choice"
    assert_error(answer(aino, poll_id, None), 422, "invalid")
    bad_body = aino.client.put(
        f"{aino.base}/polls/{poll_id}/answer",
        json={"choice": "up", "extra": 1},
        headers=aino.auth,
    )
    assert_error(bad_body, 422, "invalid")
    no_token = aino.client.put(f"{aino.base}/polls/{poll_id}/answer", json={"choice": "up"})
    assert_error(no_token, 401, "unauthorized")
    assert_error(answer(aino, "no-such-poll", "up"), 409, "board_closed")
    assert aino.state()["my_answer"] is None

    assert answer(aino, poll_id, "up").status_code == 200
    service.execute(ClosePoll(), undoable=False)
    error = assert_error(answer(aino, poll_id, "down"), 409, "board_closed")
    assert "poll" in error["message"].lower()
    view = aino.state()
    assert view["poll"] is None and view["my_answer"] is None


def test_the_stream_carries_the_discussion_the_poll_and_only_your_own_answer(
    phones: MakePhone, service: WorkshopService, lean_coffee: str
) -> None:
    aino, bob = phones("Aino"), phones("Bob")
    ids = topics(aino, lean_coffee, {"Remote work": 2, "Tools": 1})
    aino_stream, bob_stream = aino.open_events(), bob.open_events()
    aino_stream.next_named("snapshot")
    bob_stream.next_named("snapshot")

    service.execute(DiscussTopic(lean_coffee), undoable=False)
    public, _ = next_public(bob_stream, "discussions")
    shown = public["discussions"][lean_coffee]
    assert shown["topic"]["id"] == ids["Remote work"]
    assert (shown["number"], shown["count"], shown["votes"]) == (1, 2, 2)

    service.execute(AskToContinue(lean_coffee), undoable=False)
    public, _ = next_public(bob_stream, "poll")
    poll = public["poll"]
    assert poll["open"] is True and poll["topic"] == "Remote work"
    next_public(aino_stream, "poll")

    assert answer(aino, poll["id"], "up").status_code == 200
    public, mine = next_public(aino_stream, "poll")
    assert public["poll"]["counts"] == {"up": 1, "sideways": 0, "down": 0}
    assert mine == {"my_answer": {"poll_id": poll["id"], "choice": "up"}}
    public, mine = next_public(bob_stream, "poll")
    assert public["poll"]["counts"]["up"] == 1
    assert mine is None, "an answer goes back only to whoever gave it"

    # Moving on: the poll closes, the topic is discussed and the next one comes up.
    service.execute(DiscussTopic(lean_coffee), undoable=False)
    public, _ = next_public(bob_stream, "poll")
    assert public["poll"]["id"] == poll["id"] and public["poll"]["open"] is False
    assert public["discussions"][lean_coffee]["topic"]["id"] == ids["Tools"]
    done = {n["id"]: n for n in public["notes_upserted"]}
    assert done[ids["Remote work"]]["discussed"] is True

    # The last topic done: nothing is under discussion any more.
    service.execute(DiscussTopic(lean_coffee), undoable=False)
    public, _ = next_public(bob_stream, "discussions")
    assert public["discussions"] == {lean_coffee: None}


def test_when_one_poll_closes_as_another_opens_phones_learn_of_the_open_one(
    phones: MakePhone, service: WorkshopService, lean_coffee: str
) -> None:
    other = CreateBoard("lean_coffee")
    service.execute(other)
    aino = phones("Aino")
    topics(aino, lean_coffee, {"Remote work": 1})
    aino.note("Hiring", board_id=other.board_id)
    service.execute(DiscussTopic(other.board_id), undoable=False)
    service.execute(DiscussTopic(lean_coffee), undoable=False)
    service.execute(AskToContinue(lean_coffee, poll_id="z" * 32), undoable=False)
    stream = aino.open_events()
    stream.next_named("snapshot")
    # One change closes the first poll and opens one that sorts before it.
    service.execute(AskToContinue(other.board_id, poll_id="0" * 32), undoable=False)
    public, _ = next_public(stream, "poll")
    assert public["poll"]["id"] == "0" * 32 and public["poll"]["open"] is True
    assert aino.state()["poll"]["topic"] == "Hiring"


# Brainwriting: handouts and chains -----------------------------------------------------


@pytest.fixture
def brainwriting(service: WorkshopService) -> str:
    """A brainwriting board whose rounds are the agenda."""
    command = CreateBoard("brainwriting")
    service.execute(command)
    return command.board_id


def test_each_phone_gets_the_ideas_of_the_next_writer_round_after_round(
    phones: MakePhone, service: WorkshopService, brainwriting: str
) -> None:
    aino, bob, cem = phones("Aino"), phones("Bob"), phones("Cem")
    assert handout(aino) == {"phase_id": None, "board_id": None, "notes": []}

    service.execute(NextPhase(), undoable=False)  # round 1: write ideas
    round_one = aino.state()["phase"]
    assert round_one["kind"] == "work" and round_one["board_id"] == brainwriting
    assert handout(aino)["notes"] == []  # nothing to build on while writing first ideas
    written = {
        phone.name: [phone.note(f"{phone.name} {i}")["id"] for i in (1, 2)]
        for phone in (aino, bob, cem)
    }

    service.execute(NextPhase(), undoable=False)  # round 2: build on
    phase = aino.state()["phase"]
    assert phase["kind"] == "build_on"
    received = {phone.name: handout(phone) for phone in (aino, bob, cem)}
    for got in received.values():
        assert got["phase_id"] == phase["id"] and got["board_id"] == brainwriting
    # Like paper going round a table: everyone gets someone else's sheet.
    ids = {name: [n["id"] for n in got["notes"]] for name, got in received.items()}
    assert ids == {"Aino": written["Bob"], "Bob": written["Cem"], "Cem": written["Aino"]}
    assert [n["text"] for n in received["Aino"]["notes"]] == ["Bob 1", "Bob 2"]

    # Round 3 passes on what was written in round 2, one writer further.
    built = aino.note("Aino builds", builds_on=written["Bob"][0])
    bob.note("Bob builds", builds_on=written["Cem"][1])
    service.execute(NextPhase(), undoable=False)
    assert [n["id"] for n in handout(bob)["notes"]] == [built["id"]]
    assert [n["text"] for n in handout(aino)["notes"]] == ["Bob builds"]
    # A phone that joined late and wrote nothing still gets someone's ideas.
    late = phones("Late")
    assert len(handout(late)["notes"]) == 1


def test_the_handout_is_empty_when_nobody_wrote_in_the_round_before(
    http: httpx.Client, phones: MakePhone, service: WorkshopService, brainwriting: str
) -> None:
    aino = phones("Aino")
    service.execute(NextPhase(), undoable=False)
    service.execute(NextPhase(), undoable=False)
    got = handout(aino)
    assert got["phase_id"] == aino.state()["phase"]["id"] and got["notes"] == []
    assert_error(http.get(f"{aino.base}/handout"), 401, "unauthorized")  # no token, no cookie


def test_a_note_that_builds_on_another_lands_below_it_and_says_so(
    phones: MakePhone, service: WorkshopService, brainwriting: str
) -> None:
    aino, bob = phones("Aino"), phones("Bob")
    service.execute(NextPhase(), undoable=False)
    idea = aino.note("Bike to work")
    service.execute(NextPhase(), undoable=False)
    built = bob.note("Bike repair day", builds_on=idea["id"])
    assert built["builds_on"] == idea["id"]
    stored = service.note(built["id"])
    parent = service.note(idea["id"])
    assert stored is not None and parent is not None
    assert stored.builds_on == parent.id
    assert stored.x == parent.x and stored.y > parent.y + parent.height - 1
    further = aino.note("Bike repair café", builds_on=built["id"])
    third = service.note(further["id"])
    assert third is not None and third.x == parent.x and third.y > stored.y

    # Sent again after a lost answer: stored once, still building on its parent.
    client_id = "retry-1"
    first = bob.post_note("Shared bikes", client_id, builds_on=idea["id"])
    resent = bob.post_note("Shared bikes", client_id, builds_on=idea["id"])
    assert (first.status_code, resent.status_code) == (201, 200)
    assert resent.json()["note"]["id"] == first.json()["note"]["id"]
    assert resent.json()["note"]["builds_on"] == idea["id"]
    assert [n["builds_on"] for n in bob.state()["notes"]].count(idea["id"]) == 2


def test_building_on_a_note_that_is_gone_or_elsewhere_is_not_found(
    phones: MakePhone, service: WorkshopService, brainwriting: str
) -> None:
    aino = phones("Aino")
    service.execute(NextPhase(), undoable=False)
    idea = aino.note("Bike to work")
    elsewhere = aino.note("On the first board", board_id=service.boards()[0].id)
    assert_error(aino.post_note("x", builds_on="no-such-note"), 404, "not_found")
    assert_error(aino.post_note("x", builds_on=elsewhere["id"]), 404, "not_found")
    assert_error(aino.post_note("x", builds_on="n" * 65), 422, "invalid")
    service.execute(DeleteNotes((idea["id"],)))
    error = assert_error(aino.post_note("x", builds_on=idea["id"]), 404, "not_found")
    assert "build on" in error["message"]
    assert [n["text"] for n in aino.state()["notes"]] == []
