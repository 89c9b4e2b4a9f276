"""The phone page in a real browser, against the real server: two phones, live.

Runs `facilitator serve` as a subprocess and drives Debian's Chromium through
Playwright (never a downloaded browser). Skipped where /usr/bin/chromium is
missing; CI installs it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import (
    Browser,
    BrowserContext,
    Page,
    ViewportSize,
    expect,
    sync_playwright,
)

from tests.serve_process import ServeProcess

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-quic",
    "--no-first-run",
    "--disable-sync",
]
PHONE: ViewportSize = {"width": 390, "height": 844}

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="needs Debian's Chromium at /usr/bin/chromium (apt-get install chromium); "
    "no browser is ever downloaded",
)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServeProcess]:
    running = ServeProcess(tmp_path / "data", "Phone test", tmp_path / "server.log")
    try:
        yield running
    finally:
        running.stop()
        running.close()


@pytest.fixture
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


class Phone:
    """One participant's phone: its own browser context (storage, cookies, network)."""

    def __init__(self, browser: Browser, locale: str = "en-GB") -> None:
        self.context: BrowserContext = browser.new_context(
            viewport=PHONE, locale=locale, is_mobile=True, has_touch=True
        )
        self.page: Page = self.context.new_page()
        self.problems: list[str] = []
        self.page.on("pageerror", lambda error: self.problems.append(f"error: {error}"))
        # The page must work under the server's strict CSP: no violations at all.
        self.page.on(
            "console",
            lambda message: (
                self.problems.append(message.text)
                if "Content Security Policy" in message.text
                else None
            ),
        )

    def join(self, url: str, name: str | None = None) -> None:
        page = self.page
        page.goto(url)
        expect(page.get_by_role("heading", level=1, name="Join the workshop")).to_be_visible()
        if name:
            page.get_by_label("Your name (optional)").fill(name)
        page.get_by_role("button", name="Join").click()
        expect(page.get_by_role("heading", level=1, name="Phone test")).to_be_visible()

    def add_note(self, text: str, label: str = "Your note", button: str = "Add note") -> None:
        self.page.get_by_label(label, exact=True).fill(text)
        self.page.get_by_role("button", name=button, exact=True).click()


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
