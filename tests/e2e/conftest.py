"""Phones in a real browser: Debian's Chromium driven by Playwright (never a downloaded browser).

Tests where the facilitator acts serve the session in this process (``live``),
so that they can run the core's commands while phones watch.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
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

from facilitator.commands import Command
from facilitator.domain import utc_now
from facilitator.server.runner import ParticipantServer
from facilitator.services.library import Library
from facilitator.services.participation import ParticipationService
from facilitator.services.workshop import WorkshopService

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

NEEDS_CHROMIUM = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="needs Debian's Chromium at /usr/bin/chromium (apt-get install chromium); "
    "no browser is ever downloaded",
)


@pytest.fixture
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


class ShiftedClock:
    """The real clock, which a test may set back to start a timer "minutes ago"."""

    def __init__(self) -> None:
        self.shift = timedelta(0)

    def __call__(self) -> datetime:
        return utc_now() + self.shift


@dataclass
class LiveSession:
    """A session served in this process: the test is the facilitator."""

    service: WorkshopService
    participation: ParticipationService
    server: ParticipantServer
    clock: ShiftedClock

    def join_url(self) -> str:
        return self.server.join_url()

    def switch(self, command: Command, *, seconds_ago: float = 0.0) -> None:
        """Run one of the facilitator's switches (not undoable), as if ``seconds_ago``."""
        self.clock.shift = -timedelta(seconds=seconds_ago)
        try:
            self.service.execute(command, undoable=False)
        finally:
            self.clock.shift = timedelta(0)

    def remaining_seconds(self) -> float:
        return self.service.timer.remaining_at(utc_now())


@contextmanager
def live_session(data_dir: Path) -> Iterator[LiveSession]:
    """A new session, "Phone test", served on a free port until the block ends."""
    clock = ShiftedClock()
    library = Library.open(data_dir, clock)
    workshop = library.create("Phone test", "en")
    service = library.open_workshop(workshop.id)
    participation = ParticipationService(service)
    server = ParticipantServer(participation, host="127.0.0.1", port=0)
    server.start()
    try:
        yield LiveSession(service, participation, server, clock)
    finally:
        server.stop()
        participation.close()
        library.close()


@pytest.fixture
def live(tmp_path: Path) -> Iterator[LiveSession]:
    with live_session(tmp_path / "data") as session:
        yield session


# Runs before the page's own scripts: this phone's clock is `minutes` fast.
SKEWED_CLOCK = """
(() => {
  const realNow = Date.now.bind(Date);
  Date.now = () => realNow() + %d * 60 * 1000;
})();
"""


class Phone:
    """One participant's phone: its own browser context (storage, cookies, network)."""

    def __init__(
        self, browser: Browser, locale: str = "en-GB", clock_fast_minutes: int = 0
    ) -> None:
        self.context: BrowserContext = browser.new_context(
            viewport=PHONE, locale=locale, is_mobile=True, has_touch=True
        )
        if clock_fast_minutes:
            self.context.add_init_script(SKEWED_CLOCK % clock_fast_minutes)
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

    def join(self, url: str, name: str | None = None, session: str = "Phone test") -> None:
        page = self.page
        page.goto(url)
        expect(page.get_by_role("heading", level=1, name="Join the workshop")).to_be_visible()
        if name:
            page.get_by_label("Your name (optional)").fill(name)
        page.get_by_role("button", name="Join").click()
        expect(page.get_by_role("heading", level=1, name=session)).to_be_visible()

    def add_note(self, text: str, label: str = "Your note", button: str = "Add note") -> None:
        self.page.get_by_label(label, exact=True).fill(text)
        self.page.get_by_role("button", name=button, exact=True).click()
