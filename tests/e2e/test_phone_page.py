"""The phone page in a real browser, against the real server: two phones, live.

Runs `facilitator serve` as a subprocess and drives Debian's Chromium through
Playwright (never a downloaded browser). Skipped where /usr/bin/chromium is
missing; CI installs it. Tests where the facilitator acts (timer, agenda,
showing boards) serve the session in-process instead, so that they can run
the core's commands while phones watch.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from facilitator.agenda import AddPhase, NextPhase
from facilitator.commands import CreateBoard
from facilitator.domain import utc_now
from facilitator.participation import ShowBoard
from facilitator.timing import AdjustTimer, PauseTimer, StartCountdown, StartStopwatch
from tests.e2e.conftest import NEEDS_CHROMIUM, LiveSession, Phone
from tests.serve_process import ServeProcess

pytestmark = NEEDS_CHROMIUM


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServeProcess]:
    running = ServeProcess(tmp_path / "data", "Phone test", tmp_path / "server.log")
    try:
        yield running
    finally:
        running.stop()
        running.close()


def test_two_phones_write_see_live_switch_language_and_resend_offline(
    server: ServeProcess, browser: Browser
) -> None:
    join_url = server.join_url()
    a = Phone(browser)
    b = Phone(browser)
    a.join(join_url, name="Aino")
    b.join(join_url)

    # A note from phone A: in A's "My notes", and live on B's board (no reload).
    a.page.get_by_role("radio", name="Blue").check()
    a.add_note("Shorter meetings")
    expect(a.page.locator("#my-notes-list")).to_contain_text("Shorter meetings")
    expect(a.page.locator("#note-counter")).to_have_text("0 / 500")
    shared = b.page.locator("#board-groups .note").filter(has_text="Shorter meetings")
    expect(shared).to_have_count(1)
    expect(shared).to_contain_text("by Aino")
    expect(shared).to_contain_text("Colour: Blue")

    # Text is text: an HTML payload is shown literally and never parsed.
    payload = '<img src=x onerror="window.injected=1"><b>bold</b>'
    a.add_note(payload)
    on_b = b.page.locator("#board-groups .note__text").filter(has_text=payload)
    expect(on_b).to_have_count(1)
    expect(on_b).to_have_text(payload)
    assert b.page.locator("#board-groups img, #board-groups b").count() == 0
    assert a.page.locator("#my-notes-list img, #my-notes-list b").count() == 0
    assert b.page.evaluate("window.injected") is None

    # The language switch changes the page's text and its lang.
    a.page.get_by_label("Language").select_option("fi")
    expect(a.page.locator("html")).to_have_attribute("lang", "fi")
    expect(a.page.get_by_role("heading", name="Omat lappuni")).to_be_visible()
    expect(a.page.get_by_role("button", name="Lisää lappu", exact=True)).to_be_visible()

    # Offline: the note waits on the phone, then is sent once when back online.
    a.context.set_offline(True)
    expect(a.page.locator("#connection")).to_have_text(
        re.compile("Ei yhteyttä|Yhdistetään uudelleen")
    )
    a.add_note("Written offline", label="Lappusi", button="Lisää lappu")
    waiting = a.page.locator("#my-notes-list li").filter(has_text="Written offline")
    expect(waiting).to_contain_text("Odottaa lähetystä")
    a.context.set_offline(False)
    expect(
        b.page.locator("#board-groups .note__text").filter(has_text="Written offline")
    ).to_have_count(1)
    expect(waiting).not_to_contain_text("Odottaa lähetystä")
    expect(a.page.locator("#connection")).to_have_text(re.compile("Yhdistetty"), timeout=15000)

    # After a reload A is still joined, still in Finnish, and B still sees the note once.
    a.page.reload()
    expect(a.page.locator("html")).to_have_attribute("lang", "fi")
    expect(a.page.locator("#my-notes-list")).to_contain_text("Written offline")
    b.page.reload()
    expect(
        b.page.locator("#board-groups .note__text").filter(has_text="Written offline")
    ).to_have_count(1)

    # The server stops (SIGTERM): both phones are told the session has ended.
    assert server.stop() == 0, server.log_text()
    expect(b.page.get_by_role("heading", name="The session has ended")).to_be_visible()
    expect(a.page.get_by_role("heading", name="Istunto on päättynyt")).to_be_visible()

    assert a.problems == []
    assert b.problems == []
    a.context.close()
    b.context.close()


def shown_seconds(text: str) -> float:
    """The timer's digits ("4:59", "+0:42", "1:02:05") in seconds, negative over time."""
    over = text.startswith("+")
    seconds = 0
    for part in text.lstrip("+").split(":"):
        seconds = seconds * 60 + int(part)
    return -seconds if over else seconds


def clock_text(seconds: float) -> str:
    """A countdown's digits: whole seconds rounded up, from the milliseconds phones get."""
    whole = math.ceil(round(seconds * 1000) / 1000)
    return f"{whole // 60}:{whole % 60:02d}"


def test_every_phone_shows_the_shared_timer_in_sync_whatever_its_clock(
    live: LiveSession, browser: Browser
) -> None:
    on_time = Phone(browser)
    fast = Phone(browser, clock_fast_minutes=7)
    on_time.join(live.join_url())
    fast.join(live.join_url())
    skew = fast.page.evaluate("Date.now()") - utc_now().timestamp() * 1000
    assert 6.5 * 60_000 < skew < 7.5 * 60_000
    phones = (on_time, fast)
    for phone in phones:
        expect(phone.page.locator("#timer")).to_be_hidden()

    # Started on the display: about 5:00 on every phone, then counting down.
    live.switch(StartCountdown(300))
    for phone in phones:
        expect(phone.page.locator("#timer-label")).to_have_text("Time left")
        expect(phone.page.locator("#timer-digits")).to_have_text(re.compile(r"^(5:00|4:5\d)$"))
        expect(phone.page.locator("#announcer")).to_contain_text("Timer started: 5 minutes.")
    expect(fast.page.locator("#timer-digits")).to_have_text(re.compile(r"^4:5\d$"))
    # The digits tick, but are not a live region: changes are announced instead.
    assert fast.page.locator("#timer[aria-live], #timer [aria-live]").count() == 0
    for phone in phones:
        shown = shown_seconds(phone.page.locator("#timer-digits").inner_text())
        assert abs(shown - live.remaining_seconds()) <= 2

    # Paused: the same digits everywhere, and the word "Paused".
    live.switch(PauseTimer())
    paused = clock_text(live.remaining_seconds())
    for phone in phones:
        expect(phone.page.locator("#timer-label")).to_have_text("Paused")
        expect(phone.page.locator("#timer-digits")).to_have_text(paused)
        expect(phone.page.locator("#announcer")).to_contain_text("Timer paused.")
    live.switch(AdjustTimer(60))
    expect(fast.page.locator("#timer-digits")).to_have_text(clock_text(live.remaining_seconds()))
    expect(fast.page.locator("#announcer")).to_contain_text("1 minute added.")

    # A phone that opens the page late sees the time left, not the time set.
    live.switch(StartCountdown(300), seconds_ago=250)
    late = Phone(browser, clock_fast_minutes=-3)
    late.join(live.join_url())
    for phone in (late, fast):
        expect(phone.page.locator("#timer-label")).to_have_text("Last minute")
        expect(phone.page.locator("#timer-digits")).to_have_text(re.compile(r"^0:(4\d|50)$"))

    # Reaching the last minute is said once, politely.
    live.switch(StartCountdown(300), seconds_ago=239.5)
    expect(fast.page.locator("#announcer")).to_contain_text("1 minute left.")
    expect(fast.page.locator("#timer-label")).to_have_text("Last minute")

    # Time's up: said at once (assertive), shown in words and as the time over.
    live.switch(StartCountdown(300), seconds_ago=299)
    expect(fast.page.locator("#timer-label")).to_have_text("Time's up")
    expect(fast.page.locator("#timer-digits")).to_have_text(re.compile(r"^(0:00|\+0:0\d)$"))
    expect(fast.page.locator("#announcer-urgent")).to_have_text("Time's up.")
    live.switch(StartCountdown(300), seconds_ago=342)
    expect(on_time.page.locator("#timer-digits")).to_have_text(re.compile(r"^\+0:4[23]$"))

    # A stopwatch counts up.
    live.switch(StartStopwatch(), seconds_ago=65)
    expect(fast.page.locator("#timer-label")).to_have_text("Time elapsed")
    expect(fast.page.locator("#timer-digits")).to_have_text(re.compile(r"^1:0\d$"))

    for phone in (*phones, late):
        assert phone.problems == []
        phone.context.close()


# Every text's key path (plural forms count as one text), per language.
CATALOGUE_KEYS = """
async () => {
  const { CATALOGUES } = await import("/static/i18n.js");
  const keys = (o, p = "") => Object.entries(o).flatMap(([k, v]) =>
    typeof v === "object" && !("other" in v) ? keys(v, `${p}${k}.`) : [`${p}${k}`]);
  return Object.fromEntries(Object.entries(CATALOGUES).map(([l, c]) => [l, keys(c).sort()]));
}
"""


def test_a_phone_follows_the_shown_board_browses_others_and_jumps_back(
    live: LiveSession, browser: Browser
) -> None:
    service = live.service
    first = service.boards()[0]
    service.execute(CreateBoard("blank", title="Ideas"))
    service.execute(CreateBoard("blank", title="Actions"))
    ideas_id, actions_id = (b.id for b in service.boards()[1:])
    phone = Phone(browser)
    phone.join(live.join_url())
    page = phone.page
    keys = page.evaluate(CATALOGUE_KEYS)
    assert "timeLeft" in keys["en"] and "units.minutes" in keys["en"]
    assert keys["fi"] == keys["en"] and keys["sv"] == keys["en"], "a text is missing a translation"
    title = page.locator("#board-title")
    expect(title).to_have_text(first.title)
    back = page.locator("#follow-button")
    expect(back).to_be_hidden()

    # Browse another board from the list.
    page.get_by_role("button", name="All boards (3)").click()
    picker = page.locator("#board-picker")
    expect(picker.get_by_role("button", name=re.compile("^Ideas"))).to_be_visible()
    picker.get_by_role("button", name=re.compile("^Ideas")).click()
    expect(title).to_have_text("Ideas")
    expect(title).to_be_focused()
    expect(picker).to_be_hidden()
    expect(back).to_have_text(f"↩ Back to the shown board: {first.title}")

    # The facilitator shows another board: the phone stays, the way back follows.
    live.switch(ShowBoard(actions_id))
    expect(back).to_have_text("↩ Back to the shown board: Actions")
    expect(page.locator("#announcer")).to_contain_text(
        "The facilitator is now showing: Actions. You are still viewing Ideas."
    )
    expect(title).to_have_text("Ideas")
    phone.add_note("Written while browsing")
    expect(page.locator("#board-groups")).to_contain_text("Written while browsing")
    assert any(n.text == "Written while browsing" for n in service.notes_on(ideas_id)), (
        "the note belongs on the board on screen"
    )

    # Back to the shown board; from then on the phone follows again.
    back.click()
    expect(title).to_have_text("Actions")
    expect(title).to_be_focused()
    expect(back).to_be_hidden()
    live.switch(ShowBoard(first.id))
    expect(title).to_have_text(first.title)

    # The next phase: its title and instruction, its board and its time box.
    service.execute(AddPhase("Collect ideas", ideas_id, 600, "Write one idea per note."))
    service.execute(AddPhase("Choose", actions_id, 300, ""))
    live.switch(NextPhase())
    expect(page.locator("#phase-number")).to_have_text("Phase 1 of 2")
    expect(page.get_by_role("heading", name="Collect ideas")).to_be_visible()
    expect(page.locator("#phase-instruction")).to_have_text("Write one idea per note.")
    expect(title).to_have_text("Ideas")
    expect(page.locator("#timer-digits")).to_have_text(re.compile(r"^(10:00|9:5\d)$"))
    expect(page.locator("#announcer")).to_contain_text(
        "Phase 1 of 2: Collect ideas. Write one idea per note. "
        "The facilitator is now showing: Ideas. Timer started: 10 minutes."
    )
    live.switch(NextPhase())
    expect(page.locator("#phase-title")).to_have_text("Choose")
    expect(page.locator("#phase-instruction")).to_be_hidden()
    expect(title).to_have_text("Actions")

    assert phone.problems == []
    phone.context.close()
