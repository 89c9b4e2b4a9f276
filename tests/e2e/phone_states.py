"""Every state of the phone page, walked through on one page, and axe-core run in each.

`walk_phone_states` takes one phone from the join page through writing,
voting, the timer, a discussion with its poll, a brainwriting round and the
usual failures to the end of the session, and calls a check at each state.
`AxeAudit` is such a check: it runs axe-core (bundled by axe-playwright-python)
at a phone's and a desktop's width in English, Finnish and Swedish (the test
picks two of these), checks that nothing scrolls sideways at 320 pixels or
with text twice as large, and keeps what it finds. The accessibility test
asserts there is nothing; scripts/check_accessibility.py prints it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, Route, ViewportSize, expect, sync_playwright

from facilitator.agenda import StartPhase
from facilitator.commands import CreateBoard, CreateCluster
from facilitator.discussion import AskToContinue, DiscussTopic
from facilitator.domain import PhaseKind
from facilitator.participation import RevealNotes, SetBoardControls, ShowBoard
from facilitator.timing import PauseTimer, StartCountdown
from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS, PHONE, LiveSession, Phone, live_session

DESKTOP: ViewportSize = {"width": 1280, "height": 800}

# 1280 CSS pixels zoomed to 400 %, or a small phone.
NARROW: ViewportSize = {"width": 320, "height": 640}

# No transition or animation still running.
SETTLED = "() => document.getAnimations().every((a) => a.playState !== 'running')"

# The page scrolls sideways: the elements that stick out on the right.
TOO_WIDE = """() => {
  const root = document.documentElement;
  if (root.scrollWidth <= root.clientWidth) return [];
  const out = (el) => el.getBoundingClientRect().right > root.clientWidth + 1;
  return [...document.querySelectorAll("body *")]
    .filter((el) => el.getClientRects().length && out(el))
    .slice(0, 5)
    .map((el) => el.id ? `#${el.id}` : `${el.tagName.toLowerCase()}.${el.className}`);
}"""

# WCAG 2.0, 2.1 and 2.2 A and AA, and axe's best practices.
AXE_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice")


@dataclass(frozen=True)
class Variant:
    """One way of looking at a state: a viewport and a language."""

    name: str
    viewport: ViewportSize
    language: str


# Every language at a phone's and at a desktop's width.
VARIANTS = tuple(
    Variant(f"{width}, {language}", viewport, language)
    for language in ("en", "fi", "sv")
    for width, viewport in (("phone", PHONE), ("desktop", DESKTOP))
)


@dataclass(frozen=True)
class Violation:
    state: str
    variant: str
    rule: str
    impact: str
    help: str
    targets: tuple[str, ...]

    def __str__(self) -> str:
        where = ", ".join(self.targets[:5]) + (" …" if len(self.targets) > 5 else "")
        return f"[{self.state} | {self.variant}] {self.rule} ({self.impact}): {self.help} — {where}"


class StateCheck(Protocol):
    def __call__(self, state: str, *, translated: bool = True) -> None:
        """Look at the page as it is now; `translated`: it has the page's language menu."""


class AxeAudit:
    """Runs axe-core in each state, in each variant, and keeps every violation."""

    def __init__(
        self, page: Page, variants: tuple[Variant, ...] = VARIANTS, *, reflow: bool = True
    ) -> None:
        self.page = page
        self.variants = variants
        self.reflow = reflow
        self.axe = Axe()
        # Once axe-core is in the page, it is not injected again until the next page load.
        self.axe_again = Axe(axe_script="void 0")
        self.violations: list[Violation] = []
        self.states: list[str] = []

    def __call__(self, state: str, *, translated: bool = True) -> None:
        self.states.append(state)
        page = self.page
        for variant in self.variants:
            if not translated and variant.language != "en":
                continue
            page.set_viewport_size(variant.viewport)
            if translated:
                set_language(page, variant.language)
            self.violations.extend(self.run(state, variant.name))
        if self.reflow:
            self.violations.extend(self.check_reflow(state))
        page.set_viewport_size(PHONE)
        if translated:
            set_language(page, "en")

    def run(self, state: str, variant: str) -> Iterator[Violation]:
        # A colour on its way (a button's transition) is not what anyone reads.
        self.page.wait_for_function(SETTLED)
        options = {
            "runOnly": {"type": "tag", "values": list(AXE_TAGS)},
            "resultTypes": ["violations"],
        }
        loaded = self.page.evaluate("typeof window.axe === 'object'")
        results = (self.axe_again if loaded else self.axe).run(self.page, options=options)
        found: list[dict[str, Any]] = results.response["violations"]
        for item in found:
            yield Violation(
                state,
                variant,
                item["id"],
                str(item.get("impact")),
                item["help"],
                tuple(" ".join(map(str, node["target"])) for node in item["nodes"]),
            )

    def check_reflow(self, state: str) -> Iterator[Violation]:
        """Nothing scrolls sideways at 320 CSS pixels (WCAG 1.4.10: 1280 px at 400 % zoom)
        nor on a phone with the text twice as large (1.4.4)."""
        page = self.page
        page.set_viewport_size(NARROW)
        wide = page.evaluate(TOO_WIDE)
        if wide:
            yield Violation(state, "320 px", "reflow", "serious", "Wider than 320 px", tuple(wide))
        page.set_viewport_size(PHONE)
        page.evaluate("document.documentElement.style.fontSize = '200%'")
        wide = page.evaluate(TOO_WIDE)
        page.evaluate("document.documentElement.style.fontSize = ''")
        if wide:
            yield Violation(
                state,
                "phone, text 200 %",
                "resize-text",
                "serious",
                "Wider than the phone",
                tuple(wide),
            )


def set_language(page: Page, language: str) -> None:
    html = page.locator("html")
    if html.get_attribute("lang") != language:
        page.locator("#language-select").select_option(language)
        expect(html).to_have_attribute("lang", language)


def api_error(
    status: int, code: str, headers: dict[str, str] | None = None
) -> Callable[[Route], None]:
    """A route handler that answers as the server does when it refuses something."""
    body = json.dumps({"error": {"code": code, "message": code, "params": {}}})

    def answer(route: Route) -> None:
        if route.request.method != "POST":
            route.continue_()
            return
        route.fulfill(
            status=status, body=body, content_type="application/json", headers=headers or {}
        )

    return answer


def walk_phone_states(live: LiveSession, phone: Phone, check: StateCheck) -> None:
    """One participant's whole session, calling `check` in every state worth a look."""
    page = phone.page
    service, participation = live.service, live.participation
    first = service.boards()[0]
    aino, _ = participation.join("Aino")
    bob, _ = participation.join("Bob")
    cluster = CreateCluster(first.id, "Quick wins", 0, 0)
    service.execute(cluster)
    participation.add_note(aino.id, "Shorter meetings", "a1", cluster_id=cluster.cluster_id)
    participation.add_note(bob.id, "Agenda sent a day before", "b1", color="blue")
    participation.add_note(bob.id, "Standing meetings", "b2", color="pink")

    # A code that is no session: the server's own page.
    url = live.join_url()
    page.goto(re.sub(r"/j/[^/]+$", "/j/ZZZZ-ZZZZ", url))
    check("wrong join code", translated=False)

    # Joining: empty, refused, unreachable, and a session that is gone.
    page.goto(url)
    expect(page.get_by_role("heading", level=1, name="Join the workshop")).to_be_visible()
    check("join")
    participants = "**/participants"
    page.route(participants, api_error(429, "rate_limited", {"Retry-After": "30"}))
    page.get_by_label("Your name (optional)").fill("Chris")
    page.get_by_role("button", name="Join").click()
    expect(page.locator("#alert-text")).to_have_text("Wait a moment before sending more.")
    check("join: refused")
    page.unroute(participants)
    page.route(participants, lambda route: route.abort("internetdisconnected"))
    page.get_by_role("button", name="Join").click()
    expect(page.locator("#alert-text")).to_have_text(re.compile("^No connection"))
    check("join: server unreachable")
    page.unroute(participants)
    page.route(participants, api_error(404, "not_found"))
    page.get_by_role("button", name="Join").click()
    expect(page.get_by_role("heading", level=1, name="Session not found")).to_be_visible()
    check("join: session not found")
    page.unroute(participants)

    # Joined: the board as the facilitator shows it, with a group.
    page.goto(url)
    page.get_by_label("Your name (optional)").fill("Chris")
    page.get_by_role("button", name="Join").click()
    expect(page.get_by_role("heading", level=1, name="Phone test")).to_be_visible()
    expect(page.locator("#connection")).to_have_text(re.compile("Connected"))
    expect(page.locator("#board-groups")).to_contain_text("Standing meetings")
    check("board: following, with groups")

    # Writing a note.
    text = page.get_by_label("Your note", exact=True)
    text.fill("Walking meetings")
    check("compose: writing a note")
    text.fill("x" * 500)
    expect(page.locator("#note-counter")).to_have_text("500 / 500")
    check("compose: note at the length limit")
    text.fill("")
    page.get_by_role("button", name="Add note", exact=True).click()
    expect(page.locator("#alert-text")).to_have_text("Write something first.")
    check("compose: empty note")
    phone.add_note("Walking meetings")
    mine = page.locator("#my-notes-list li").filter(has_text="Walking meetings")
    expect(mine).to_contain_text("Edit")
    check("my notes")
    mine.get_by_role("button", name="Edit").click()
    expect(page.locator("#edit-text")).to_be_focused()
    check("my notes: editing")
    page.get_by_role("button", name="Cancel").click()
    mine.get_by_role("button", name="Delete").click()
    expect(mine).to_contain_text("Delete this note?")
    check("my notes: confirming a deletion")
    mine.get_by_role("button", name="Keep").click()

    # Notes hidden until the facilitator reveals them.
    live.switch(SetBoardControls(first.id, hidden_mode=True))
    participation.add_note(aino.id, "Fewer slides", "a2")
    phone.add_note("No meetings on Fridays")
    expect(page.locator("#hidden-count")).to_be_visible(timeout=30000)
    expect(page.locator("#my-notes-hint")).to_be_visible()
    check("hidden notes")
    live.switch(RevealNotes(first.id))
    expect(page.locator("#hidden-count")).to_be_hidden()

    # More than one board: the list, browsing, the way back.
    service.execute(CreateBoard("blank", title="Actions"))
    toggle = page.get_by_role("button", name="All boards (2)")
    toggle.click()
    check("boards: list open")
    page.locator("#board-picker").get_by_role("button", name=re.compile("^Actions")).click()
    expect(page.locator("#board-title")).to_have_text("Actions")
    check("boards: browsing another board")
    page.locator("#follow-button").click()
    expect(page.locator("#board-title")).to_have_text(first.title)

    # Voting, with results shown, until the budget is used.
    live.switch(SetBoardControls(first.id, voting_open=True, vote_budget=2, results_visible=True))
    expect(page.locator("#voting")).to_be_visible()
    check("voting")
    target = page.locator("#board-groups .note").filter(has_text="Standing meetings")
    for left in (1, 0):
        target.get_by_role("button", name="Vote").click()
        expect(page.locator("#votes-left")).to_have_text(f"{left} of 2 votes left")
    expect(page.locator("#votes-used")).to_be_visible()
    check("voting: all votes used")
    live.switch(SetBoardControls(first.id, voting_open=False))

    # The shared timer.
    live.switch(StartCountdown(300))
    expect(page.locator("#timer-label")).to_have_text("Time left")
    check("timer: running")
    live.switch(PauseTimer())
    expect(page.locator("#timer-label")).to_have_text("Paused")
    check("timer: paused")
    live.switch(StartCountdown(300), seconds_ago=250)
    expect(page.locator("#timer-label")).to_have_text("Last minute")
    check("timer: last minute")
    live.switch(StartCountdown(300), seconds_ago=310)
    expect(page.locator("#timer-label")).to_have_text("Time's up")
    check("timer: time's up")

    # Notes refused: the board is locked, the server says wait, the phone is offline.
    live.switch(SetBoardControls(first.id, locked=True))
    expect(page.locator("#board-status")).to_be_visible()
    check("board locked")
    live.switch(SetBoardControls(first.id, locked=False))
    expect(page.locator("#composer")).to_be_visible()
    notes = "**/notes"
    page.route(notes, api_error(409, "board_closed"))
    phone.add_note("Refused note")
    expect(page.locator("#alert-text")).to_have_text(
        "This board is not taking new notes right now."
    )
    check("note refused")
    page.unroute(notes)
    page.get_by_label("Your note", exact=True).fill("")
    page.route(notes, api_error(429, "rate_limited", {"Retry-After": "1"}))
    phone.add_note("Too quick")
    expect(page.locator("#alert-text")).to_have_text("Wait a moment before sending more.")
    check("note rate-limited")
    page.unroute(notes)
    sent = page.locator("#my-notes-list li").filter(has_text="Too quick")
    expect(sent).to_contain_text("Edit", timeout=15000)
    phone.context.set_offline(True)
    expect(page.locator("#connection")).to_have_text(re.compile("Offline|Reconnecting"))
    phone.add_note("Written offline")
    waiting = page.locator("#my-notes-list li").filter(has_text="Written offline")
    expect(waiting).to_contain_text("Waiting to send")
    check("offline: a note waiting")
    phone.context.set_offline(False)
    expect(waiting).to_contain_text("Edit", timeout=15000)

    # Lean Coffee: the topic under discussion and the "continue?" poll.
    lean = CreateBoard("lean_coffee", title="Topics")
    service.execute(lean)
    for client_id, topic in enumerate(("Remote work", "Tools")):
        participation.add_note(aino.id, topic, f"t{client_id}", board_id=lean.board_id)
    live.switch(ShowBoard(lean.board_id))
    live.switch(DiscussTopic(lean.board_id))
    expect(page.locator("#discussion-topic")).to_have_text("Remote work")
    check("discussion: a topic")
    live.switch(AskToContinue(lean.board_id))
    poll = page.locator("#poll")
    expect(poll).to_be_visible()
    check("poll: open")
    poll.get_by_role("button", name="Keep going").click()
    expect(page.locator("#poll-status")).to_have_text(re.compile("^Your answer: Keep going"))
    check("poll: answered")
    live.switch(DiscussTopic(lean.board_id))
    expect(poll.get_by_text("Poll closed")).to_be_visible()
    check("poll: closed, its result")

    # Brainwriting: the ideas received, and a note that builds on one.
    writing = CreateBoard("brainwriting", title="Rounds")
    service.execute(writing)
    rounds = [p for p in service.phases() if p.board_id == writing.board_id]
    live.switch(StartPhase(rounds[0].id))
    participation.add_note(bob.id, "Bike to work", "r1", board_id=writing.board_id)
    build_round = next(p for p in rounds if p.kind is PhaseKind.BUILD_ON)
    live.switch(StartPhase(build_round.id))
    ideas = page.locator("#handout-list > li")
    expect(ideas).to_have_count(1)
    check("brainwriting: ideas to build on")
    ideas.get_by_role("button", name="Build on this").click()
    expect(page.locator("#building-on")).to_be_visible()
    check("brainwriting: building on an idea")

    # The facilitator closes the app.
    live.server.stop()
    expect(page.get_by_role("heading", name="The session has ended")).to_be_visible()
    check("session ended")


@contextmanager
def chromium() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def audit_phone_page(
    data_dir: Path, browser: Browser, variants: tuple[Variant, ...] = VARIANTS
) -> tuple[AxeAudit, list[str]]:
    """Walk every state with axe-core; the audit, and the page's own errors (CSP included)."""
    with live_session(data_dir) as live:
        phone = Phone(browser)
        try:
            audit = AxeAudit(phone.page, variants)
            walk_phone_states(live, phone, audit)
            return audit, phone.problems
        finally:
            phone.context.close()
