"""Lean Coffee and brainwriting on a phone: the topic, the "continue?" poll, ideas to build on.

The facilitator's side runs through the core in this process; phones are
Chromium pages against the real participant server.
"""

from __future__ import annotations

import re

from playwright.sync_api import Browser, Locator, Page, expect

from facilitator.agenda import NextPhase
from facilitator.commands import CreateBoard
from facilitator.discussion import AskToContinue, DiscussTopic, poll_counts
from facilitator.domain import Thumb
from facilitator.participation import SetBoardControls, ShowBoard
from tests.e2e.conftest import NEEDS_CHROMIUM, LiveSession, Phone

pytestmark = NEEDS_CHROMIUM

RESULT_TIMEOUT_MS = 15000  # a closed poll's result stays on screen for a few seconds


def thumb(page: Page, label: str) -> Locator:
    return page.locator("#poll-buttons").get_by_role("button", name=label, exact=True)


def answers(live: LiveSession, poll_id: str) -> dict[str, int]:
    """The poll's counts as the facilitator's display has them."""
    with live.service.lock:
        counted = poll_counts(live.service.live_state, poll_id)
    return {thumb.value: count for thumb, count in counted.items()}


def counts(page: Page) -> dict[str, str]:
    return {
        key: page.locator(f"#poll-count-{key}").inner_text() for key in ("up", "sideways", "down")
    }


def test_a_phone_follows_the_discussion_and_answers_the_continue_poll(
    live: LiveSession, browser: Browser
) -> None:
    service, participation = live.service, live.participation
    command = CreateBoard("lean_coffee")
    service.execute(command)
    board = command.board_id
    live.switch(ShowBoard(board))
    live.switch(SetBoardControls(board, voting_open=True, vote_budget=5))
    author, _ = participation.join("Aino")
    topics = {}
    for text, votes in {"Remote work": 3, "Tools": 2, "Budget": 1}.items():
        note, _ = participation.add_note(author.id, text, text, board_id=board)
        topics[text] = note.id
        for _ in range(votes):
            voter, _ = participation.join()
            participation.vote(voter.id, note.id, board)
    others = [participation.join()[0] for _ in range(2)]
    live.switch(SetBoardControls(board, voting_open=False))  # the votes are in

    phone = Phone(browser)
    phone.join(live.join_url())
    page = phone.page
    card = page.locator("#discussion")
    expect(card).to_be_hidden()

    # The first topic, most votes first: said, and shown above the notes.
    live.switch(DiscussTopic(board))
    heading = page.get_by_role("heading", name=re.compile(r"^Now discussing\s*: Topic 1 of 3$"))
    expect(heading).to_be_visible()
    expect(heading).to_have_text(re.compile(r"^\s*Now discussing\s*:?\s*·\s*Topic 1 of 3\s*$"))
    expect(page.locator("#discussion-topic")).to_have_text("Remote work")
    expect(page.locator("#discussion-votes")).to_have_text("3 votes")
    expect(page.locator("#announcer")).to_contain_text("Now discussing topic 1 of 3: Remote work.")
    topic_in_list = page.locator("#board-groups .note").filter(has_text="Remote work")
    expect(topic_in_list).to_contain_text("Now discussing")
    # The card leaves room for writing: the composer still starts on the first screen.
    composer = page.locator("#composer").bounding_box()
    assert composer is not None and composer["y"] < 844

    # The facilitator asks whether to continue.
    live.switch(AskToContinue(board))
    poll = page.locator("#poll")
    expect(poll.get_by_role("heading", name="Continue with “Remote work”?")).to_be_visible()
    expect(page.locator("#announcer")).to_contain_text(
        "The facilitator asks: continue with “Remote work”?"
    )
    for label in ("Keep going", "Either way", "Move on"):
        expect(thumb(page, label)).to_have_attribute("aria-pressed", "false")
    open_poll = service.live_state.open_poll()
    assert open_poll is not None
    participation.answer_poll(others[0].id, open_poll.id, Thumb.DOWN)
    expect(page.locator("#poll-counts")).to_be_hidden()  # no counts before answering

    # Answering: pressed, said in words, counted once, and the counts appear.
    thumb(page, "Keep going").click()
    expect(thumb(page, "Keep going")).to_have_attribute("aria-pressed", "true")
    expect(page.locator("#poll-status")).to_have_text(
        "Your answer: Keep going. Tap another one to change it."
    )
    expect(page.locator("#poll-total")).to_have_text("2 answers so far")
    assert counts(page) == {"up": "1", "sideways": "0", "down": "1"}
    expect(page.locator("#announcer")).to_contain_text("Answer sent: Keep going.")
    thumb(page, "Keep going").click()  # the same answer again changes nothing
    expect(page.locator("#poll-total")).to_have_text("2 answers so far")

    # Changing the answer moves the one thumb; others' answers arrive live.
    thumb(page, "Either way").click()
    expect(thumb(page, "Either way")).to_have_attribute("aria-pressed", "true")
    expect(thumb(page, "Keep going")).to_have_attribute("aria-pressed", "false")
    expect(page.locator("#poll-count-sideways")).to_have_text("1")
    expect(page.locator("#poll-count-up")).to_have_text("0")
    participation.answer_poll(others[1].id, open_poll.id, Thumb.UP)
    expect(page.locator("#poll-count-up")).to_have_text("1")
    expect(page.locator("#poll-total")).to_have_text("3 answers so far")

    # Without a connection the answer waits on the phone and is sent once back online.
    phone.context.set_offline(True)
    thumb(page, "Move on").click()
    expect(thumb(page, "Move on")).to_have_attribute("aria-pressed", "true")
    expect(page.locator("#poll-status")).to_have_text(re.compile("^Not sent yet"))
    phone.context.set_offline(False)
    expect(page.locator("#poll-status")).to_have_text(re.compile("^Your answer: Move on"))
    expect(page.locator("#poll-count-down")).to_have_text("2")
    assert answers(live, open_poll.id) == {"up": 1, "sideways": 0, "down": 2}

    # Moving on: the poll's result shows for a moment, then the card goes.
    live.switch(DiscussTopic(board))
    expect(poll.get_by_text("Poll closed")).to_be_visible()
    expect(page.locator("#poll-buttons")).to_be_hidden()
    expect(page.locator("#poll-total")).to_have_text("Result: 3 answers")
    expect(page.locator("#announcer")).to_contain_text(
        "The poll has closed. Now discussing topic 2 of 3: Tools."
    )
    expect(page.locator("#discussion-topic")).to_have_text("Tools")
    expect(topic_in_list).to_contain_text("✓ Discussed")
    expect(poll).to_be_hidden(timeout=RESULT_TIMEOUT_MS)

    assert phone.problems == []
    phone.context.close()


def test_a_phone_builds_on_the_ideas_it_received_in_a_brainwriting_round(
    live: LiveSession, browser: Browser
) -> None:
    service, participation = live.service, live.participation
    command = CreateBoard("brainwriting")
    service.execute(command)
    board = command.board_id
    phone = Phone(browser)
    phone.join(live.join_url())  # joins first: gets the ideas of whoever joined next
    page = phone.page
    bob, _ = participation.join("Bob")
    cem, _ = participation.join("Cem")
    handout = page.locator("#handout")
    expect(handout).to_be_hidden()

    # Round 1 passes, nobody writes; round 2 has nothing to build on yet.
    live.switch(NextPhase())
    expect(page.locator("#phase-title")).to_have_text("Round 1 · Write ideas")
    expect(handout).to_be_hidden()
    live.switch(NextPhase())
    expect(page.locator("#phase-title")).to_have_text("Round 2 · Build on ideas")
    expect(handout.get_by_role("heading", name="Ideas to build on")).to_be_visible()
    expect(page.locator("#handout-empty")).to_have_text(
        "Nobody else wrote in the last round yet — write a new idea."
    )
    phone.add_note("Walk to work")
    expect(page.locator("#my-notes-list")).to_contain_text("Walk to work")
    bike, _ = participation.add_note(bob.id, "Bike to work", "b1", board_id=board)
    shared, _ = participation.add_note(bob.id, "Shared bikes", "b2", board_id=board)
    participation.add_note(cem.id, "Car pool", "c1", board_id=board)

    # Round 3: the phone gets Bob's ideas from round 2.
    live.switch(NextPhase())
    ideas = page.locator("#handout-list > li")
    expect(ideas).to_have_count(2)
    expect(ideas.nth(0)).to_contain_text("Bike to work")
    expect(ideas.nth(1)).to_contain_text("Shared bikes")
    expect(page.locator("#handout-empty")).to_be_hidden()
    expect(page.locator("#announcer")).to_contain_text("You received 2 ideas to build on.")

    # Build on one: the composer says which, and the note lands below it.
    ideas.nth(0).get_by_role("button", name="Build on this").click()
    banner = page.locator("#building-on")
    expect(banner).to_have_text(re.compile(r"Building on:\s*“Bike to work”"))
    expect(page.locator("#note-text")).to_be_focused()
    expect(page.locator("#note-text")).to_have_attribute(
        "aria-describedby", "building-on-text note-counter"
    )
    expect(ideas.nth(0)).to_contain_text("You are building on this")
    phone.add_note("Bike repair day")
    mine = page.locator("#my-notes-list li").filter(has_text="Bike repair day")
    expect(mine).to_contain_text("↳builds on: “Bike to work”")
    expect(banner).to_be_hidden()
    on_board = page.locator("#board-groups .note").filter(has_text="Bike repair day")
    expect(on_board).to_contain_text("builds on: “Bike to work”")
    built = next(n for n in service.notes_on(board) if n.text == "Bike repair day")
    assert built.builds_on == bike.id
    assert (built.x, built.y > bike.y) == (bike.x, True)

    # Cancel: the next note is a new idea again.
    ideas.nth(1).get_by_role("button", name="Build on this").click()
    expect(banner).to_be_visible()
    page.get_by_role("button", name="Cancel building on this idea").click()
    expect(banner).to_be_hidden()
    expect(page.locator("#note-text")).to_be_focused()

    # Written offline, a note keeps what it builds on until it is sent.
    ideas.nth(1).get_by_role("button", name="Build on this").click()
    phone.context.set_offline(True)
    expect(page.locator("#connection")).to_have_text(re.compile("Offline|Reconnecting"))
    phone.add_note("Bike pool at the office")
    waiting = page.locator("#my-notes-list li").filter(has_text="Bike pool at the office")
    expect(waiting).to_contain_text("Waiting to send")
    expect(waiting).to_contain_text("builds on: “Shared bikes”")
    phone.context.set_offline(False)
    expect(waiting).not_to_contain_text("Waiting to send", timeout=15000)
    sent = [n for n in service.notes_on(board) if n.text == "Bike pool at the office"]
    assert [n.builds_on for n in sent] == [shared.id]

    assert phone.problems == []
    phone.context.close()
