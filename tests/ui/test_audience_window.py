"""The audience window: the room's own view of the board on a second screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from facilitator.agenda import AddPhase, NextPhase
from facilitator.commands import CreateBoard, CreateNote, MoveNotes, NoteMove, UpdateBoard
from facilitator.domain import Note, new_id
from facilitator.services.participation import ParticipationService
from facilitator.services.workshop import WorkshopService
from facilitator.timing import StartCountdown
from tests.conftest import FakeClock
from ui.audience_window import AudienceWindow
from ui.board_screen import BoardScreen
from ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def open_audience(qtbot, screen: BoardScreen) -> Iterator[AudienceWindow]:
    """The audience window opened from the board screen; closed again after the test."""
    yield open_window(qtbot, screen)
    screen.close_audience_window()


def open_window(qtbot, screen: BoardScreen) -> AudienceWindow:
    screen.toggle_audience_window()
    window = screen.audience_window
    assert window is not None
    qtbot.waitExposed(window)
    return window


def add_note(service: WorkshopService, board_id: str, text: str, x: float = 0.0) -> str:
    note_id = new_id()
    service.execute(CreateNote(board_id, text=text, x=x, y=0.0, note_id=note_id))
    return note_id


def shown_notes(window: AudienceWindow) -> list[str]:
    return window.view.board_scene().note_ids()


def whole_board_visible(window: AudienceWindow) -> bool:
    view = window.view
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    return visible.contains(view.board_scene().content_rect())


def phone_note(service: WorkshopService, text: str) -> Note:
    participation = ParticipationService(service)
    try:
        participant, _ = participation.join("Aino")
        note, _ = participation.add_note(participant.id, text, f"client-{text}")
    finally:
        participation.close()
    return note


# Opening ------------------------------------------------------------------------------


def test_it_shows_the_board_the_facilitator_shows_with_its_question(
    qtbot, screen: BoardScreen, service: WorkshopService, board_id: str
) -> None:
    service.execute(UpdateBoard(board_id, question="What slows you down?"))
    for index, text in enumerate(("Meetings", "Handoffs")):
        add_note(service, board_id, text, x=index * 300.0)
    # One screen (the offscreen test platform): the button waits for a second one.
    assert not screen.audience_button.isVisible()

    with qtbot.waitSignal(screen.noticeRequested) as notice:
        QTest.keyClick(screen.view, Qt.Key.Key_F5, Qt.KeyboardModifier.ControlModifier)
    window = screen.audience_window
    assert window is not None
    qtbot.waitExposed(window)
    try:
        assert "drag the audience window" in notice.args[0]
        assert window.isWindow() and not window.isFullScreen()
        assert screen.audience_button.isVisible() and screen.audience_button.isChecked()
        assert window.view.board_id() == board_id
        assert len(shown_notes(window)) == 2
        assert whole_board_visible(window)
        assert window.question_label.isVisible()
        assert window.question_label.text() == "What slows you down?"
        assert window.accessibleName() == "Audience window"
        assert window.view.accessibleName() == "Board"
        assert window.question_label.accessibleName() == "Question"
        # The join badge, while the board takes notes from phones.
        assert window.join_badge is not None and window.join_badge.isVisible()
        assert "Opens" not in window.join_badge.accessibleName()
        # The facilitator keeps every control: only the board, question and agenda are here.
        buttons = [
            button
            for button in window.findChildren(QPushButton)
            if button.isVisibleTo(window) and button is not window.join_badge
        ]
        assert buttons == []
    finally:
        screen.close_audience_window()


def test_the_agenda_band_shows_the_phase_and_instruction_without_controls(
    qtbot, service: WorkshopService, board_id: str, open_audience: AudienceWindow
) -> None:
    service.execute(AddPhase("Collect ideas", board_id, 600, "One idea per note."))
    service.execute(NextPhase(), undoable=False)

    band = open_audience.agenda_bar
    assert band.isVisible()
    assert band.phase_label.text() == "Phase 1 of 1: Collect ideas"
    assert band.instruction_label.text() == "One idea per note."
    assert not band.next_button.isVisible()
    assert not band.time_label.isVisible()


# Following the facilitator ---------------------------------------------------------------


def test_switching_the_board_on_the_facilitator_screen_switches_it(
    screen: BoardScreen, service: WorkshopService, board_id: str, open_audience: AudienceWindow
) -> None:
    add_note(service, board_id, "First board")
    other = CreateBoard("blank")
    service.execute(other)
    service.execute(UpdateBoard(other.board_id, question="And what helps?"))
    add_note(service, other.board_id, "Pairing")
    add_note(service, other.board_id, "Short meetings", x=300.0)

    screen.show_board(other.board_id)
    assert open_audience.view.board_id() == other.board_id
    assert len(shown_notes(open_audience)) == 2
    assert open_audience.question_label.text() == "And what helps?"

    screen.tabs.button(board_id).click()
    assert open_audience.view.board_id() == board_id
    assert len(shown_notes(open_audience)) == 1
    # No question on this board: no hint for the room either.
    assert not open_audience.question_label.isVisible()


def test_notes_from_phones_and_moves_appear_as_they_happen(
    service: WorkshopService, board_id: str, open_audience: AudienceWindow
) -> None:
    note_id = add_note(service, board_id, "On the board")
    assert len(shown_notes(open_audience)) == 1

    from_phone = phone_note(service, "From a phone")
    assert from_phone.id in shown_notes(open_audience)
    assert from_phone.id in open_audience.view.board_scene().arrival_cues()

    service.execute(MoveNotes((NoteMove(note_id, 3000.0, 2000.0),)))
    item = open_audience.view.board_scene().note_item(note_id)
    assert item is not None and (item.x(), item.y()) == (3000.0, 2000.0)
    # Always the whole board: the view refits as notes spread out.
    assert whole_board_visible(open_audience)


def test_the_shared_timer_is_shown_without_controls(
    qtbot, clock: FakeClock, service: WorkshopService, open_audience: AudienceWindow
) -> None:
    clock.step = timedelta(0)
    assert not open_audience.timer.isVisible()

    service.execute(StartCountdown(300), undoable=False)
    assert open_audience.timer.isVisible()
    assert open_audience.timer.digits.text() == "5:00"
    assert "Time left" in open_audience.timer.status_label.text()
    assert open_audience.header.isVisible()
    assert open_audience.timer.findChildren(QPushButton) == []

    clock.advance(61)
    qtbot.waitUntil(lambda: open_audience.timer.digits.text() == "3:59")


# Read-only ------------------------------------------------------------------------------


def test_it_never_offers_editing(
    qtbot, screen: BoardScreen, service: WorkshopService, board_id: str, open_audience
) -> None:
    window: AudienceWindow = open_audience
    note_id = add_note(service, board_id, "Leave me be")
    view = window.view
    viewport = view.viewport()
    requests: list[object] = []
    for signal in (
        view.noteCreateRequested,
        view.noteEditRequested,
        view.noteActionsRequested,
        view.clusterActionsRequested,
    ):
        signal.connect(lambda *args: requests.append(args))
    item = view.board_scene().note_item(note_id)
    assert item is not None
    on_note = view.mapFromScene(item.scene_note_rect().center())
    empty = QPoint(viewport.width() // 2, viewport.height() - 20)
    zoom = view.zoom()
    undo_before = service.undo_label

    QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, empty)
    QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, on_note)
    QTest.mouseClick(viewport, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, on_note)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, on_note)
    for step in range(1, 6):
        QTest.mouseMove(viewport, on_note + QPoint(40 * step, 20 * step))
    QTest.mouseRelease(
        viewport,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        on_note + QPoint(200, 100),
    )
    touch = QTest.createTouchDevice()
    for _ in range(2):
        QTest.touchEvent(viewport, touch).press(0, empty, viewport).commit()
        QTest.touchEvent(viewport, touch).release(0, empty, viewport).commit()

    assert requests == []
    assert [n.id for n in service.notes_on(board_id)] == [note_id]
    assert service.undo_label == undo_before
    assert view.selected_note_ids() == []
    assert view.zoom() == zoom
    assert screen.dialog is None and screen.action_sheet is None
    assert view.focusPolicy() == Qt.FocusPolicy.NoFocus


# Closing -------------------------------------------------------------------------------


def test_the_same_toggle_and_esc_close_it(qtbot, screen: BoardScreen) -> None:
    window = open_window(qtbot, screen)

    with qtbot.waitSignal(window.closed):
        QTest.keyClick(screen.view, Qt.Key.Key_F5, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
    assert screen.audience_window is None
    assert not screen.audience_button.isChecked()
    assert not screen.audience_button.isVisible()

    window = open_window(qtbot, screen)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    # Dragged to the projector as a window, F11 fills that screen, and back.
    QTest.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen)
    QTest.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    with qtbot.waitSignal(window.closed):
        QTest.keyClick(window, Qt.Key.Key_Escape)
    assert screen.audience_window is None
    assert not screen.presenting


def test_closing_the_session_or_the_app_window_closes_it(qtbot, library) -> None:
    main = MainWindow(library, language="en")
    qtbot.addWidget(main)
    main.resize(1600, 900)
    main.show()
    qtbot.waitExposed(main)
    try:
        for close in (main.close_session, main.close):
            main.open_or_create_session("Retro")
            screen = main.board_screen
            assert screen is not None
            window = open_window(qtbot, screen)
            with qtbot.waitSignal(window.closed):
                close()
            assert not window.isVisible()
    finally:
        main.close_session()
        main.close()


# Two screens ---------------------------------------------------------------------------

TWO_SCREENS = {
    "screens": [
        {"name": name, "x": x, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96,
         "logicalBaseDpi": 96, "dpr": 1}
        for name, x in (("laptop", 0), ("projector", 1920))
    ]
}  # fmt: skip

TWO_SCREEN_PROBE = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from PySide6.QtGui import QGuiApplication

    app = QApplication([])
    from facilitator.services.library import Library
    from ui.board_screen import BoardScreen
    from ui.service_bridge import ServiceBridge

    laptop, projector = QGuiApplication.screens()
    library = Library.open(Path(sys.argv[1]))
    service = library.open_workshop(library.create("Two screens", "en").id)
    bridge = ServiceBridge(service)
    screen = BoardScreen(service, bridge)
    screen.setGeometry(laptop.availableGeometry())
    screen.show()
    notices = []
    screen.noticeRequested.connect(notices.append)
    result = {"button": screen.audience_button.isVisible()}
    screen.audience_button.click()
    window = screen.audience_window
    app.processEvents()
    result["facilitator"] = screen.screen().name()
    result["audience"] = window.screen().name()
    result["full_screen"] = window.isFullScreen()
    result["geometry"] = list(window.geometry().getRect())
    result["notices"] = list(notices)
    # The projector is unplugged: the window must not land on the laptop's screen.
    app.screenRemoved.emit(projector)
    result["closed"] = not window.isVisible() and screen.audience_window is None
    result["notices_after"] = notices
    screen.close()
    bridge.detach()
    library.close()
    print(json.dumps(result))
    """
)


def test_with_a_second_screen_it_fills_that_screen(tmp_path: Path) -> None:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(TWO_SCREENS))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
    }
    run = subprocess.run(
        [sys.executable, "-c", TWO_SCREEN_PROBE, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=REPO,
        env=env,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["button"] is True
    assert result["facilitator"] == "laptop"
    assert result["audience"] == "projector"
    assert result["full_screen"] is True
    assert result["geometry"] == [1920, 0, 1920, 1080]
    assert result["notices"] == []
    assert result["closed"] is True
    assert result["notices_after"] == [
        "The second screen was disconnected: the audience window closed."
    ]
