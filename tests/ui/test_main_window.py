from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from facilitator.commands import CreateNote
from ui.action_sheet import NoteActionSheet
from ui.board_screen import BoardScreen
from ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)


@pytest.fixture
def window(qtbot, library):
    main = MainWindow(library, language="fi")
    qtbot.addWidget(main)
    main.resize(1600, 900)
    yield main
    main.close_session()


def test_starts_on_the_sessions_list(window):
    assert window.current_screen() is window.start_screen
    assert window.windowTitle() == "Facilitator"


def test_open_or_create_session_creates_once_and_reopens(window, library):
    window.open_or_create_session("Team day")

    [summary] = library.summaries()
    assert (summary.title, summary.language) == ("Team day", "fi")
    screen = window.current_screen()
    assert isinstance(screen, BoardScreen)
    assert window.service is not None
    assert window.service.workshop.id == summary.id
    assert "Team day" in window.windowTitle()

    window.close_session()
    assert window.current_screen() is window.start_screen
    assert window.windowTitle() == "Facilitator"

    window.open_or_create_session("  team   DAY ")
    assert [s.id for s in library.summaries()] == [summary.id]
    assert window.service is not None
    assert window.service.workshop.id == summary.id


def test_tapping_a_session_opens_it_and_back_returns_with_fresh_counts(qtbot, window, library):
    workshop = library.create("Retro", "en")
    window.start_screen.refresh()
    row = window.start_screen.row_for(workshop.id)
    assert row is not None

    row.open_button.click()

    screen = window.current_screen()
    assert isinstance(screen, BoardScreen)
    assert screen.title_label.full_text() == "Retro"
    assert window.service is not None
    window.service.execute(CreateNote(window.service.boards()[0].id, "New idea"))

    screen.back_button.click()

    assert window.current_screen() is window.start_screen
    assert window.board_screen is None
    row = window.start_screen.row_for(workshop.id)
    assert row is not None
    assert "1 notes" in row.details_label.text()


def test_closing_a_session_stops_listening_to_it(window, library):
    window.open_or_create_session("Retro")
    service = window.service
    assert service is not None
    window.close_session()
    # A change after closing must not reach the deleted board screen.
    service.execute(CreateNote(service.boards()[0].id, "Late note"))
    assert window.current_screen() is window.start_screen


def test_errors_show_in_a_banner_that_can_be_dismissed(qtbot, window):
    window.show()
    qtbot.waitExposed(window)
    window.open_session("no-such-session")

    assert window.current_screen() is window.start_screen
    assert window.toast.isVisible()
    assert window.toast.is_error()
    assert window.toast.text() == "That session no longer exists."
    assert window.toast.dismiss_button.height() >= 48

    window.toast.dismiss_button.click()
    assert not window.toast.isVisible()


def test_refused_commands_show_their_message(qtbot, window):
    window.show()
    qtbot.waitExposed(window)
    window.open_or_create_session("Retro")
    service, screen = window.service, window.board_screen
    assert service is not None
    assert screen is not None
    service.execute(CreateNote(service.boards()[0].id, "Soon gone"))
    [note] = service.notes_on(service.boards()[0].id)
    screen.view.noteActionsRequested.emit(note.id, QPoint(200, 200))
    sheet = screen.action_sheet
    assert isinstance(sheet, NoteActionSheet)
    service.undo()  # the note disappears while its sheet is open

    sheet.delete_button.click()

    assert window.toast.isVisible()
    assert window.toast.is_error()
    assert window.toast.text() == "That note no longer exists."


def test_notices_fade_away_by_themselves(qtbot, window, monkeypatch):
    monkeypatch.setattr("ui.toast.BASE_SHOW_MS", 10)
    monkeypatch.setattr("ui.toast.SHOW_MS_PER_CHARACTER", 0)
    window.show()
    qtbot.waitExposed(window)
    window.show_notice("Saved")
    assert window.toast.isVisible()
    with qtbot.waitSignal(window.toast.dismissed, timeout=3000):
        pass
    assert not window.toast.isVisible()


def test_f11_toggles_full_screen(qtbot, window):
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not window.isFullScreen())


def test_presenting_fills_the_screen_and_leaving_restores_the_window(qtbot, window, library):
    window.show()
    window.open_session(library.create("Present", "en").id)
    screen = window.board_screen
    screen.set_presenting(True)
    qtbot.waitUntil(window.isFullScreen)
    screen.set_presenting(False)
    qtbot.waitUntil(lambda: not window.isFullScreen())
