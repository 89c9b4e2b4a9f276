"""The README's pictures, made from the real app so that they stay current.

Run: ``make screenshots`` (or ``.venv/bin/python scripts/screenshots.py``).

It seeds a realistic workshop in a temporary data folder through the core's
own services (a retrospective with three labelled clusters, notes from
participants, dot votes, an agenda under way and a running timer), opens the
real desktop window offscreen at 1920x1080, and drives the phone page in
Debian's Chromium (``/usr/bin/chromium``, never a downloaded browser) at
390x844 against the participant server the window started. The pictures are
written to ``docs/images/``; the desktop ones are scaled down to 1280 pixels
wide. Nothing outside the temporary folder and ``docs/images/`` is touched.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from facilitator.agenda import AddPhase, StartPhase
from facilitator.commands import (
    CreateBoard,
    CreateNote,
    MoveNotesToCluster,
    SetClusterRect,
    UpdateBoard,
)
from facilitator.domain import VoteTarget, utc_now
from facilitator.participation import SetBoardControls, SortByVotes
from facilitator.server.runner import LanAddress, ParticipantServer
from facilitator.services.library import Library
from facilitator.services.participation import ParticipationService
from facilitator.services.workshop import WorkshopService
from facilitator.timing import StartCountdown

if TYPE_CHECKING:
    from playwright.sync_api import Page
    from PySide6.QtCore import QMessageLogContext, QtMsgType
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication, QWidget

    from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
IMAGES = ROOT / "docs" / "images"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
SCREEN_W, SCREEN_H = 1920, 1080
SAVED_W = 1280  # the desktop pictures are scaled down to this width
PHONE_W, PHONE_H = 390, 844
PHONE_SCALE = 2  # device pixels per CSS pixel: sharp on high-density screens
# The address the join link shows: a typical meeting-room Wi-Fi address.
ROOM_ADDRESS = "192.168.1.20"

MAIN_TITLE = "Spring retrospective"
QUESTION = "Looking back at the last three months: what works, what doesn't, what could we try?"

# The notes on the board, per cluster, with who wrote them (None: anonymous).
NOTES: dict[str, list[tuple[str, str | None]]] = {
    "What works": [
        ("Weekly demos keep everyone in the loop", "Aino"),
        ("User testing at the city library gave us real answers", "Mikael"),
        ("Pairing on the hard forms", None),
        ("Caseworkers now review our wording", "Sara"),
        ("A clear owner for each service", None),
    ],
    "What doesn't": [
        ("Decisions wait weeks for sign-off", "Jonas"),
        ("We hear about policy changes too late", None),
        ("Too many meetings on Mondays", "Leena"),
        ("The test environment is down too often", "Mikael"),
        ("Handover to customer support is unclear", None),
    ],
    "Ideas": [
        ("Invite a caseworker to every sprint review", "Sara"),
        ("No-meeting Wednesday mornings", "Aino"),
        ("A one-page decision log everyone can read", None),
        ("Plain-language check before each release", "Leena"),
        ("Take turns running the retro", "Jonas"),
    ],
}
# Dot votes from the participants above (three each), by note text.
VOTES: dict[str, list[str]] = {
    "Aino": [
        "Invite a caseworker to every sprint review",
        "A one-page decision log everyone can read",
        "Decisions wait weeks for sign-off",
    ],
    "Mikael": [
        "Invite a caseworker to every sprint review",
        "No-meeting Wednesday mornings",
        "The test environment is down too often",
    ],
    "Sara": [
        "Invite a caseworker to every sprint review",
        "A one-page decision log everyone can read",
        "Plain-language check before each release",
    ],
    "Jonas": [
        "A one-page decision log everyone can read",
        "Decisions wait weeks for sign-off",
        "No-meeting Wednesday mornings",
    ],
    "Leena": [
        "Invite a caseworker to every sprint review",
        "Plain-language check before each release",
    ],
}
# The agenda: title, planned minutes, instruction.
AGENDA = [
    ("Check-in", 5, "One word: how was your spring?"),
    ("Write", 10, "Write one thing per note, on your phone or here."),
    ("Cluster", 10, "Move duplicates together. Name anything unclear."),
    ("Dot vote", 5, "Three dots each: what should we try first?"),
    ("Next steps", 15, "Who does what, and by when."),
]
# When each phase started, in minutes before the pictures are taken.
PHASE_STARTS = [28.0, 23.0, 12.0, 2.9]
WRITE_PHASE = 1  # under way while the phone writes; the dot vote when the board is shown
CLUSTER_W, CLUSTER_H = 460.0, 620.0
# The phone page: who joins, and what they write and vote for.
PHONE_NAME = "Noora"
PHONE_NOTE = "Short written summary after each demo"
PHONE_VOTES = [
    "Invite a caseworker to every sprint review",
    "No-meeting Wednesday mornings",
]

# Other sessions in the list: title, language, board templates, days ago, notes.
OLDER_SESSIONS = [
    ("Lean Coffee: team leads", "en", ["lean_coffee"], 2, 9),
    ("Asiointipalvelun kehittämispäivä", "fi", ["blank", "impact_effort", "columns"], 6, 24),
    ("Strategidag 2026", "sv", ["swot", "works_doesnt_ideas"], 13, 31),
    ("Open data workshop with partners", "en", ["one_two_four_all", "impact_effort"], 27, 18),
]
OLDER_NOTES = [
    "More shared tooling",
    "Fewer handovers",
    "Open the data by default",
    "Ask the users first",
    "Reuse what exists",
    "Clear roles",
]


class ShiftedClock:
    """The real clock, which seeding sets back to make things "days ago"."""

    def __init__(self) -> None:
        self.shift = timedelta(0)

    def __call__(self) -> datetime:
        return utc_now() + self.shift

    @contextmanager
    def ago(self, **delta: float) -> Iterator[None]:
        self.shift = -timedelta(**delta)
        try:
            yield
        finally:
            self.shift = timedelta(0)


# Seeding ------------------------------------------------------------------------


def seed_older_sessions(library: Library, clock: ShiftedClock) -> None:
    for title, language, templates, days, notes in OLDER_SESSIONS:
        with clock.ago(days=days):
            workshop = library.create(title, language, templates[0])
            service = library.open_workshop(workshop.id)
            for template in templates[1:]:
                service.execute(CreateBoard(template))
            board = service.boards()[0]
            for index in range(notes):
                service.execute(CreateNote(board.id, OLDER_NOTES[index % len(OLDER_NOTES)]))


@dataclass(frozen=True)
class Seeded:
    workshop_id: str
    board_id: str
    phases: list[str]
    people: dict[str, str]  # name: participant id
    notes: dict[str, str]  # text: note id


def seed_retrospective(library: Library, clock: ShiftedClock) -> Seeded:
    """The workshop the pictures show: its notes are written, the vote comes next."""
    with clock.ago(minutes=35):
        workshop = library.create(MAIN_TITLE, "en", "works_doesnt_ideas")
    service = library.open_workshop(workshop.id)
    participation = ParticipationService(service)
    try:
        board = service.boards()[0]
        service.execute(UpdateBoard(board.id, title="Retrospective", question=QUESTION))
        # Narrow columns, as tall as their notes: the whole board fits the screen.
        for index, cluster in enumerate(sorted(service.clusters_on(board.id), key=lambda c: c.x)):
            service.execute(
                SetClusterRect(cluster.id, index * (CLUSTER_W + 40.0), 0.0, CLUSTER_W, CLUSTER_H)
            )
        phases = []
        for title, minutes, instruction in AGENDA:
            command = AddPhase(title, board.id, minutes * 60.0, instruction)
            service.execute(command)
            phases.append(command.phase_id)
        people = {name: participation.join(name)[0].id for name in VOTES}
        people[""] = participation.join()[0].id
        for phase_id, minutes_ago in zip(phases, PHASE_STARTS[: WRITE_PHASE + 1], strict=False):
            with clock.ago(minutes=minutes_ago):
                service.execute(StartPhase(phase_id), undoable=False)
        notes = write_notes(participation, board.id, people, clock)
        # The writing phase's time box as the phones see it while Noora writes.
        with clock.ago(minutes=8):
            service.execute(StartCountdown(AGENDA[WRITE_PHASE][1] * 60.0), undoable=False)
        return Seeded(workshop.id, board.id, phases, people, notes)
    finally:
        participation.close()


def write_notes(
    participation: ParticipationService,
    board_id: str,
    people: dict[str, str],
    clock: ShiftedClock,
) -> dict[str, str]:
    """Every note, from a phone, into its cluster (as if sorted there already)."""
    service = participation.workshop
    colours = {"What works": "teal", "What doesn't": "pink", "Ideas": "yellow"}
    clusters = {c.title: c.id for c in service.clusters_on(board_id)}
    ids: dict[str, str] = {}
    minutes_ago = PHASE_STARTS[WRITE_PHASE] - 1.0
    for cluster_title, notes in NOTES.items():
        for number, (text, author) in enumerate(notes):
            with clock.ago(minutes=minutes_ago):
                note, _ = participation.add_note(
                    people[author or ""],
                    text,
                    f"{cluster_title}-{number}",
                    color=colours[cluster_title],
                    board_id=board_id,
                    cluster_id=clusters[cluster_title],
                )
            ids[text] = note.id
            minutes_ago -= 0.4
    return ids


def start_vote(service: WorkshopService, seeded: Seeded, clock: ShiftedClock) -> None:
    """The facilitator moves on: clustering done, the dot vote under way, most dots cast."""
    for phase_id, minutes_ago in list(zip(seeded.phases, PHASE_STARTS, strict=False))[
        WRITE_PHASE + 1 :
    ]:
        with clock.ago(minutes=minutes_ago):
            service.execute(StartPhase(phase_id), undoable=False)
    service.execute(
        SetBoardControls(
            seeded.board_id,
            voting_open=True,
            vote_budget=3,
            vote_target=VoteTarget.NOTES,
            results_visible=True,
        ),
        undoable=False,
    )
    participation = ParticipationService(service)
    try:
        for name, texts in VOTES.items():
            for text in texts:
                participation.vote(seeded.people[name], seeded.notes[text], seeded.board_id)
    finally:
        participation.close()


def file_phone_note(service: WorkshopService, seeded: Seeded) -> None:
    """Noora's note goes with the ideas, and each column is sorted by votes."""
    note = next(n for n in service.notes_on(seeded.board_id) if n.text == PHONE_NOTE)
    ideas = next(c for c in service.clusters_on(seeded.board_id) if c.title == "Ideas")
    service.execute(MoveNotesToCluster((note.id,), ideas.id))
    service.execute(SortByVotes(seeded.board_id))


# Pictures -------------------------------------------------------------------------


def offscreen_platform(folder: Path) -> str:
    """The offscreen platform with one 1920x1080 screen (dialogs size themselves to it)."""
    config = folder / "offscreen.json"
    screen = {"name": "Display", "x": 0, "y": 0, "width": SCREEN_W, "height": SCREEN_H}
    screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    return f"offscreen:configfile={config}"


def quiet_platform_notes(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Prints Qt's messages, except the offscreen platform's "does not support" notes."""
    if "This plugin does not support" not in message:
        print(message, file=sys.stderr)


def settle(app: QApplication, seconds: float = 0.3) -> None:
    """Let queued changes, layouts and short animations finish."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def save_widget(
    app: QApplication, widget: QWidget, name: str, *, over: QWidget | None = None
) -> Path:
    """The widget as it shows on screen, with ``over`` (a dialog window) drawn on top."""
    from PySide6.QtCore import QPoint, QRect, Qt
    from PySide6.QtGui import QColor, QPainter, QPen

    settle(app)
    image = widget.grab().toImage()
    if over is not None:
        # No window manager offscreen: the dialog gets the frame one would draw.
        place = over.mapToGlobal(QPoint(0, 0)) - widget.mapToGlobal(QPoint(0, 0))
        painter = QPainter(image)
        painter.fillRect(image.rect(), QColor(0, 0, 0, 60))
        painter.drawPixmap(place, over.grab())
        painter.setPen(QPen(QColor("#5F6B7A"), 2))
        painter.drawRect(QRect(place, over.size()).adjusted(-1, -1, 0, 0))
        painter.end()
    if image.width() > SAVED_W:
        image = image.scaledToWidth(SAVED_W, Qt.TransformationMode.SmoothTransformation)
    return save_image(image, name)


def save_image(image: QImage, name: str) -> Path:
    from PySide6.QtGui import QImage

    path = IMAGES / name
    # Quality 0 is the PNG writer's strongest compression (it stays lossless).
    if not image.convertToFormat(QImage.Format.Format_RGB32).save(str(path), quality=0):
        raise OSError(f"could not write {path}")
    return path


def save_png_bytes(data: bytes, name: str) -> Path:
    from PySide6.QtGui import QImage

    image = QImage.fromData(data)
    if image.isNull():
        raise OSError(f"Chromium gave no picture for {name}")
    return save_image(image, name)


def desktop_window(
    app: QApplication, library: Library, folder: Path
) -> tuple[MainWindow, Callable[[], None]]:
    from PySide6.QtCore import QSettings

    from ui.main_window import MainWindow
    from ui.participant_access import JoinServer, ServerSetup

    def create(participation: ParticipationService, public_url: str | None) -> JoinServer:
        # Served on this computer only; the link shows the room's network address.
        return ParticipantServer(participation, host="127.0.0.1", port=8765, public_url=public_url)

    room = [LanAddress(interface="wlan0", address=ROOM_ADDRESS, preferred=0)]
    setup = ServerSetup(
        create=create, lan_addresses=lambda: room, default_address=lambda: ROOM_ADDRESS
    )
    preferences = QSettings(str(folder / "preferences.ini"), QSettings.Format.IniFormat)
    window = MainWindow(library, language="en", server=setup, preferences=preferences)
    window.resize(SCREEN_W, SCREEN_H)
    window.show()

    def close() -> None:
        window.close_session()
        window.close()
        window.deleteLater()
        settle(app, 0.1)

    return window, close


def local_join_url(window: MainWindow) -> str:
    access = window.access
    assert access is not None and access.server is not None
    return f"http://127.0.0.1:{access.server.port}/j/{access.code}"


def phone_pictures(
    app: QApplication, window: MainWindow, seeded: Seeded, clock: ShiftedClock, written: list[Path]
) -> None:
    """Noora joins from her phone, writes a note, and spends her dots when voting opens."""
    from playwright.sync_api import expect, sync_playwright

    service = window.service
    assert service is not None
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(
                viewport={"width": PHONE_W, "height": PHONE_H},
                device_scale_factor=PHONE_SCALE,
                locale="en-GB",
                is_mobile=True,
                has_touch=True,
            )
            page = context.new_page()
            page.goto(local_join_url(window))
            expect(page.get_by_role("heading", level=1, name="Join the workshop")).to_be_visible()
            page.get_by_label("Your name (optional)").fill(PHONE_NAME)
            page.locator(":focus").blur()
            written.append(shoot(page, "phone-join.png"))

            page.get_by_role("button", name="Join").click()
            expect(page.get_by_role("heading", level=1, name=MAIN_TITLE)).to_be_visible()
            page.get_by_label("Your note", exact=True).fill(PHONE_NOTE)
            page.evaluate("window.scrollTo(0, 0)")
            written.append(shoot(page, "phone-write.png"))
            page.get_by_role("button", name="Add note", exact=True).click()
            expect(page.locator("#my-notes-list")).to_contain_text(PHONE_NOTE)

            start_vote(service, seeded, clock)
            settle(app)
            expect(page.locator("#voting")).to_be_visible()
            for text in PHONE_VOTES:
                note = page.locator("#board-groups .note").filter(has_text=text)
                note.get_by_role("button", name="Vote").click()
            expect(page.locator("#votes-left")).to_contain_text("1 of 3")
            page.locator(":focus").blur()
            page.mouse.move(0, 0)
            scroll_below_sticky(page, "Ideas")
            written.append(shoot(page, "phone-board.png"))
            context.close()
        finally:
            browser.close()
    settle(app)


# Scrolls the titled group to just below the page's sticky bars. Sticky bars only
# take their place once the page scrolls, so they are measured after a first scroll.
SCROLL_BELOW_STICKY = """
(title) => {
  const heading = [...document.querySelectorAll("#board-groups .group__title")]
    .find((h) => h.textContent === title);
  const target = heading.closest("section");
  target.scrollIntoView({ block: "start" });
  let covered = 0;
  for (const bar of document.querySelectorAll("#session-bar, #voting")) {
    if (!bar.hidden && getComputedStyle(bar).position === "sticky") {
      covered = Math.max(covered, bar.getBoundingClientRect().bottom);
    }
  }
  window.scrollBy(0, target.getBoundingClientRect().top - covered - 12);
}
"""


def scroll_below_sticky(page: Page, group_title: str) -> None:
    page.evaluate(SCROLL_BELOW_STICKY, group_title)


def shoot(page: Page, name: str) -> Path:
    page.wait_for_timeout(400)  # the page's own short transitions
    return save_png_bytes(page.screenshot(), name)


def desktop_pictures(
    app: QApplication, window: MainWindow, seeded: Seeded, written: list[Path]
) -> None:
    from PySide6.QtCore import QPoint

    service, screen = window.service, window.board_screen
    assert service is not None and screen is not None
    file_phone_note(service, seeded)
    # The timer dragged to the top left corner, where it leaves the board the most room.
    screen.timer.overlay.move_to(QPoint(0, 0))
    screen.timer.overlay.placementChanged.emit()
    settle(app)
    screen.view.zoom_to_fit()
    written.append(save_widget(app, window, "board.png"))
    screen.show_agenda()
    settle(app)
    dialog = screen.dialog
    assert dialog is not None
    written.append(save_widget(app, window, "agenda.png", over=dialog))
    dialog.reject()
    screen.show_join_screen()
    written.append(save_widget(app, window, "join-screen.png"))
    window.close_session()
    window.setFocus()  # no focus ring on the first button
    written.append(save_widget(app, window, "sessions.png"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--keep", action="store_true", help="keep the temporary data folder (its path is printed)"
    )
    args = parser.parse_args(argv)
    if not CHROMIUM.exists():
        print(f"screenshots: needs Chromium at {CHROMIUM} (apt-get install chromium)")
        return 1
    IMAGES.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    folder = Path(tempfile.mkdtemp(prefix="facilitator-screenshots-"))
    os.environ["QT_QPA_PLATFORM"] = offscreen_platform(folder)
    from PySide6.QtCore import qInstallMessageHandler

    from ui.app import create_application
    from ui.i18n import install_translators

    app = create_application([sys.argv[0]])
    translators = install_translators(app, "en")
    # Only the offscreen platform's notes about what it cannot do (raise a window, ...).
    qInstallMessageHandler(quiet_platform_notes)
    clock = ShiftedClock()
    library = Library.open(folder / "data", clock)
    written: list[Path] = []
    try:
        seed_older_sessions(library, clock)
        seeded = seed_retrospective(library, clock)
        window, close = desktop_window(app, library, folder)
        try:
            window.open_session(seeded.workshop_id)
            phone_pictures(app, window, seeded, clock, written)
            desktop_pictures(app, window, seeded, written)
        finally:
            close()
    finally:
        library.close()
        if args.keep:
            print(f"data folder kept: {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    del translators
    for path in written:
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size // 1024} KB")
    print(f"{len(written)} pictures in {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
