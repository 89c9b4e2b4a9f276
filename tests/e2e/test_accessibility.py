"""The phone page meets WCAG 2.1 AA as far as a machine can tell, and works with a keyboard alone.

axe-core (bundled by axe-playwright-python) runs in every state of the page
(tests/e2e/phone_states.py) at a phone's width in English and at a desktop's
width in Finnish; `scripts/check_accessibility.py` runs more combinations and
prints what it finds. The keyboard test joins, writes, votes and answers a
poll with Tab, Shift+Tab, Enter and Space only, and checks that every stop
on the way shows where the focus is.
"""

from __future__ import annotations

from playwright.sync_api import Browser, Locator, Page, expect

from facilitator.commands import CreateBoard
from facilitator.discussion import AskToContinue, DiscussTopic
from facilitator.participation import SetBoardControls
from tests.e2e.conftest import NEEDS_CHROMIUM, PHONE, LiveSession, Phone
from tests.e2e.phone_states import DESKTOP, AxeAudit, Variant, walk_phone_states

pytestmark = NEEDS_CHROMIUM


def test_every_state_of_the_phone_page_passes_axe(live: LiveSession, browser: Browser) -> None:
    phone = Phone(browser)
    audit = AxeAudit(
        phone.page, (Variant("phone, en", PHONE, "en"), Variant("desktop, fi", DESKTOP, "fi"))
    )
    walk_phone_states(live, phone, audit)
    assert len(audit.states) >= 30
    assert [str(v) for v in audit.violations] == []
    assert phone.problems == []
    phone.context.close()


# Where the focus is, and whether it can be seen: the element's own ring, or
# for a colour's radio button the ring drawn around its chip.
FOCUS = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return { what: "body", ring: false };
  const shown = el.matches(".colour-option__input") ? el.nextElementSibling : el;
  const style = getComputedStyle(shown);
  const box = shown.getBoundingClientRect();
  return {
    what: `${el.tagName.toLowerCase()}#${el.id} ${(el.textContent || "").trim().slice(0, 40)}`,
    ring: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
    onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight,
  };
}"""

TAB_LIMIT = 40


def tab_to(page: Page, target: Locator, key: str = "Tab") -> list[str]:
    """Press Tab (or Shift+Tab) until `target` has the focus; every stop shows its focus."""
    stops: list[str] = []
    for _ in range(TAB_LIMIT):
        page.keyboard.press(key)
        focus = page.evaluate(FOCUS)
        stops.append(focus["what"])
        if focus["what"] == "body":
            continue  # past the last control: the browser's own bar, then round again
        assert focus["ring"], f"no visible focus on {focus['what']}"
        assert focus["onScreen"], f"the focus is out of sight on {focus['what']}"
        if target.evaluate("el => el === document.activeElement"):
            return stops
    raise AssertionError(f"{key} never reached {target}; stops: {stops}")


def test_a_keyboard_alone_joins_writes_votes_and_answers_a_poll(
    live: LiveSession, browser: Browser
) -> None:
    service, participation = live.service, live.participation
    board = service.boards()[0]
    other, _ = participation.join("Aino")
    participation.add_note(other.id, "Standing meetings", "a1")
    phone = Phone(browser)
    page = phone.page
    page.goto(live.join_url())
    expect(page.get_by_role("heading", level=1, name="Join the workshop")).to_be_visible()

    # The first Tab reaches the skip link, which shows itself and leads to the content.
    skip = page.get_by_role("link", name="Skip to content")
    tab_to(page, skip)
    expect(skip).to_be_in_viewport()
    name = page.get_by_label("Your name (optional)")
    tab_to(page, name)
    page.keyboard.type("Kai")
    tab_to(page, page.get_by_role("button", name="Join"))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1, name="Phone test")).to_be_focused()

    # Write a note, pick a colour with the arrow keys, and send it with Enter.
    note = page.get_by_label("Your note", exact=True)
    tab_to(page, note)
    page.keyboard.type("Walk and talk")
    tab_to(page, page.get_by_role("radio", name="Yellow"))
    page.keyboard.press("ArrowRight")
    expect(page.get_by_role("radio", name="Orange")).to_be_checked()
    tab_to(page, page.get_by_role("button", name="Add note", exact=True))
    page.keyboard.press("Enter")
    mine = page.locator("#my-notes-list li").filter(has_text="Walk and talk")
    expect(mine).to_contain_text("Colour: Orange")
    expect(mine).to_contain_text("Edit")

    # Voting opens: the board moves up, right below the votes left; Space gives a vote.
    live.switch(SetBoardControls(board.id, voting_open=True, vote_budget=3))
    expect(page.locator("#voting")).to_be_visible()
    target = page.locator("#board-groups .note").filter(has_text="Standing meetings")
    vote = target.get_by_role("button", name="Vote")
    tab_to(page, vote, key="Shift+Tab")
    page.keyboard.press("Space")
    expect(page.locator("#votes-left")).to_have_text("2 of 3 votes left")
    expect(vote).to_be_focused()  # the focus stays put when the board is drawn again
    page.keyboard.press("Enter")
    expect(page.locator("#votes-left")).to_have_text("1 of 3 votes left")
    tab_to(page, target.get_by_role("button", name="Take back"))
    page.keyboard.press("Space")
    expect(page.locator("#votes-left")).to_have_text("2 of 3 votes left")

    # The facilitator asks whether to continue: the poll is further up, Shift+Tab gets there.
    lean = CreateBoard("lean_coffee", title="Topics")
    service.execute(lean)
    participation.add_note(other.id, "Remote work", "t1", board_id=lean.board_id)
    live.switch(DiscussTopic(lean.board_id))
    live.switch(AskToContinue(lean.board_id))
    either = page.locator("#poll-buttons").get_by_role("button", name="Either way", exact=True)
    expect(either).to_be_visible()
    tab_to(page, either, key="Shift+Tab")
    page.keyboard.press("Space")
    expect(either).to_have_attribute("aria-pressed", "true")
    expect(page.locator("#poll-status")).to_contain_text("Your answer: Either way")

    assert phone.problems == []
    phone.context.close()
