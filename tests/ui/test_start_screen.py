from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from facilitator.commands import CreateNote
from ui.dialogs import ConfirmDialog, TextPromptDialog
from ui.start_screen import NewSessionDialog, StartScreen

# The offscreen platform cannot do everything a desktop does, and says so.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def screen(qtbot, library):
    widget = StartScreen(library, "en")
    qtbot.addWidget(widget)
    widget.resize(1600, 900)
    return widget


def titles(screen: StartScreen) -> list[str]:
    return [row.title_label.text() for row in screen.rows]


def test_lists_sessions_most_recently_changed_first_with_counts(qtbot, library):
    library.create("Kickoff", "en")
    library.create("Retro", "fi")
    service = library.open_workshop(library.create("Strategy day", "sv").id)
    board_id = service.boards()[0].id
    service.execute(CreateNote(board_id, "One"))
    service.execute(CreateNote(board_id, "Two"))

    screen = StartScreen(library, "en")
    qtbot.addWidget(screen)

    assert titles(screen) == ["Strategy day", "Retro", "Kickoff"]
    details = screen.rows[0].details_label.text()
    assert "2 notes" in details
    assert "Swedish" in details
    assert not screen.empty_state.isVisibleTo(screen)


def test_shows_a_friendly_empty_state(screen):
    assert screen.rows == []
    assert screen.empty_state.isVisibleTo(screen)
    assert "No sessions yet" in screen.empty_label.text()
    assert screen.empty_new_button.isVisibleTo(screen)


def test_rows_and_their_actions_are_finger_sized(qtbot, library):
    library.create("Kickoff", "en")
    screen = StartScreen(library, "en")
    qtbot.addWidget(screen)
    screen.resize(1600, 900)
    screen.show()
    qtbot.waitExposed(screen)
    row = screen.rows[0]
    for button in (row.open_button, row.rename_button, row.duplicate_button, row.delete_button):
        assert button.isVisible()
        assert button.height() >= 48
        assert button.width() >= 48
        assert button.accessibleName()


def test_tapping_a_row_opens_its_session(qtbot, library):
    workshop = library.create("Kickoff", "en")
    screen = StartScreen(library, "en")
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    row = screen.rows[0]
    # A tap on the title text must reach the row's button.
    on_title = row.title_label.mapTo(row.open_button, row.title_label.rect().center())
    with qtbot.waitSignal(screen.openRequested) as opened:
        qtbot.mouseClick(row.open_button, Qt.MouseButton.LeftButton, pos=on_title)
    assert opened.args == [workshop.id]


def test_new_session_creates_it_with_language_and_first_board_and_opens_it(qtbot, screen, library):
    screen.new_button.click()
    dialog = screen.dialog
    assert isinstance(dialog, NewSessionDialog)
    assert not dialog.create_button.isEnabled()
    qtbot.keyClicks(dialog.title_edit, "Strategy day")
    dialog.language_buttons["sv"].click()
    assert dialog.template_picker.card("swot").title_label.text() == "SWOT"
    dialog.template_picker.card("swot").click()

    with qtbot.waitSignal(screen.openRequested) as opened:
        dialog.create_button.click()

    assert screen.dialog is None
    [summary] = library.summaries()
    assert opened.args == [summary.id]
    assert (summary.title, summary.language) == ("Strategy day", "sv")
    service = library.open_workshop(summary.id)
    [board] = service.boards()
    assert board.template == "swot"
    assert {c.title for c in service.clusters_on(board.id)} == {
        "Styrkor",
        "Svagheter",
        "Möjligheter",
        "Hot",
    }
    assert titles(screen) == ["Strategy day"]


def test_cancelling_new_session_creates_nothing(screen, library):
    screen.new_button.click()
    dialog = screen.dialog
    assert isinstance(dialog, NewSessionDialog)
    dialog.title_edit.setText("Not wanted")
    dialog.cancel_button.click()
    assert library.summaries() == []
    assert screen.dialog is None


def test_rename_through_the_row(qtbot, library):
    workshop = library.create("Kickoff", "en")
    screen = StartScreen(library, "en")
    qtbot.addWidget(screen)

    screen.rows[0].rename_button.click()
    dialog = screen.dialog
    assert isinstance(dialog, TextPromptDialog)
    assert dialog.text() == "Kickoff"
    dialog.line_edit.setText("Kickoff 2026")
    dialog.accept_button.click()

    assert library.summaries()[0].title == "Kickoff 2026"
    assert titles(screen) == ["Kickoff 2026"]
    assert screen.row_for(workshop.id) is not None


def test_duplicate_as_template_copies_boards_but_not_notes(qtbot, library):
    workshop = library.create("Retro", "en", "swot")
    service = library.open_workshop(workshop.id)
    service.execute(CreateNote(service.boards()[0].id, "A note"))
    screen = StartScreen(library, "en")
    qtbot.addWidget(screen)

    with qtbot.waitSignal(screen.noticeRequested) as notice:
        screen.rows[0].duplicate_button.click()

    assert titles(screen) == ["Retro (copy)", "Retro"]
    copy = library.summaries()[0]
    assert (copy.board_count, copy.note_count) == (1, 0)
    assert "Retro (copy)" in notice.args[0]


def test_delete_asks_first_naming_the_session(qtbot, library):
    library.create("Kickoff", "en")
    screen = StartScreen(library, "en")
    qtbot.addWidget(screen)

    screen.rows[0].delete_button.click()
    dialog = screen.dialog
    assert isinstance(dialog, ConfirmDialog)
    message = dialog.message_label.text()
    assert "Kickoff" in message
    assert "cannot be undone" in message
    dialog.cancel_button.click()
    assert titles(screen) == ["Kickoff"]

    screen.rows[0].delete_button.click()
    dialog = screen.dialog
    assert isinstance(dialog, ConfirmDialog)
    dialog.confirm_button.click()
    assert library.summaries() == []
    assert screen.rows == []
    assert screen.empty_state.isVisibleTo(screen)


def test_titles_are_shown_as_typed_never_as_markup(qtbot, library):
    library.create("<b>Bold</b> & co", "en")
    screen = StartScreen(library, "en")
    qtbot.addWidget(screen)
    label = screen.rows[0].title_label
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == "<b>Bold</b> & co"
    assert "&lt;b&gt;" in screen.rows[0].open_button.toolTip()
