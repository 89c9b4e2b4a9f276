"""A refusal reaches a Swedish phone in Swedish, whichever side words it."""

from __future__ import annotations

import json
from collections.abc import Callable

from playwright.sync_api import Browser, Request, Route, expect

from tests.e2e.conftest import NEEDS_CHROMIUM, LiveSession, Phone

pytestmark = NEEDS_CHROMIUM

UNKNOWN_CODE_ERROR = """
async () => {
  const { createApi } = await import("/static/api.js");
  const api = createApi("ZZZZZZZZ", () => null, () => "sv");
  try {
    await api.state();
    return null;
  } catch (error) {
    return { code: error.code, message: error.message };
  }
}
"""


def refusal(status: int, code: str, message: str) -> Callable[[Route], None]:
    body = json.dumps({"error": {"code": code, "message": message, "params": {}}})

    def answer(route: Route) -> None:
        if route.request.method != "POST":
            route.continue_()
            return
        route.fulfill(status=status, body=body, content_type="application/json")

    return answer


def test_a_swedish_phone_gets_its_refusals_in_swedish(live: LiveSession, browser: Browser) -> None:
    phone = Phone(browser, locale="sv-SE")
    page = phone.page
    languages: list[str | None] = []

    def sent(request: Request) -> None:
        if "/api/" in request.url and not request.url.endswith("/events"):
            languages.append(request.headers.get("accept-language"))

    page.on("request", sent)
    try:
        page.goto(live.join_url())
        expect(page.get_by_role("heading", level=1, name="Delta i workshoppen")).to_be_visible()
        page.get_by_role("button", name="Delta", exact=True).click()
        expect(page.get_by_role("heading", level=1, name="Phone test")).to_be_visible()
        assert languages and set(languages) == {"sv"}

        # The server words its message in the language the page sends.
        answer = page.evaluate(UNKNOWN_CODE_ERROR)
        assert answer == {
            "code": "not_found",
            "message": "Det finns ingen session med den här koden.",
        }

        # A code the page knows: its own words for what was being done.
        notes = "**/notes"
        page.route(notes, refusal(409, "board_closed", "This board is locked."))
        phone.add_note("Kortare möten", label="Din lapp", button="Lägg till lapp")
        expect(page.locator("#alert-text")).to_have_text(
            "Den här tavlan tar inte emot nya lappar just nu."
        )
        page.unroute(notes)

        # A code newer than the page: the server's message, already in Swedish.
        page.route(notes, refusal(409, "some_new_rule", "En ny regel hindrade det."))
        phone.add_note("Längre pauser", label="Din lapp", button="Lägg till lapp")
        expect(page.locator("#alert-text")).to_have_text("En ny regel hindrade det.")
        page.unroute(notes)
        assert phone.problems == []
    finally:
        phone.context.close()
