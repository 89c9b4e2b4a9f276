from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QPushButton

from facilitator import settings
from facilitator.commands import (
    CreateBoard,
    CreateCluster,
    CreateNote,
    DeleteBoard,
    StackNotes,
    UpdateBoard,
)
from facilitator.services.workshop import WorkshopService
from ui.action_sheet import ClusterActionSheet, NoteActionSheet
from ui.board_screen import BoardScreen
from ui.dialogs import BoardDetailsDialog, ConfirmDialog, TextPromptDialog
from ui.note_editor import NoteEditorDialog
from ui.style import STYLESHEET
from ui.template_picker import TemplatePickerDialog

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)


@pytest.fixture
def make_screen(qtbot, service, bridge):
    def make() -> BoardScreen:
        screen = BoardScreen(service, bridge)
        qtbot.addWidget(screen)
        screen.resize(1600, 900)
        return screen

    return make


@pytest.fixture
def screen(make_screen):
    return make_screen()


def first_board(service: WorkshopService) -> str:
    return service.boards()[0].id


def add_note(service: WorkshopService, text: str = "A note", **kwargs: Any) -> str:
    command = CreateNote(first_board(service), text, **kwargs)
    service.execute(command)
    return command.note_id


# Phases -----------------------------------------------------------------------


def test_shows_the_phases_as_tabs_and_switching_shows_that_board(service, make_screen):
    service.execute(CreateBoard("swot"))
    service.execute(CreateBoard("impact_effort"))
    boards = service.boards()
    screen = make_screen()

    assert screen.tabs.board_ids() == [b.id for b in boards]
    assert screen.view.board_id() == boards[0].id
    assert screen.tabs.button(boards[0].id).isChecked()
    assert "SWOT" in screen.tabs.button(boards[1].id).text()

    screen.tabs.button(boards[1].id).click()

    assert screen.view.board_id() == boards[1].id
    assert screen.tabs.button(boards[1].id).isChecked()
    assert screen.question_label.text() == boards[1].question


def test_adding_a_board_from_a_template_creates_its_clusters_and_shows_it(service, screen):
    screen.add_board_button.click()
    dialog = screen.dialog
    assert isinstance(dialog, TemplatePickerDialog)
    assert dialog.picker.card("swot").title_label.text() == "SWOT"

    dialog.picker.card("swot").click()

    assert screen.dialog is None
    new_board = service.boards()[-1]
    assert new_board.template == "swot"
    assert {c.title for c in service.clusters_on(new_board.id)} == {
        "Strengths",
        "Weaknesses",
        "Opportunities",
        "Threats",
    }
    assert screen.view.board_id() == new_board.id
    assert screen.tabs.board_ids()[-1] == new_board.id
    assert screen.tabs.button(new_board.id).isChecked()


def test_board_changes_from_elsewhere_update_the_tabs(service, screen):
    board_id = first_board(service)
    service.execute(UpdateBoard(board_id, title="Warm-up", question="How are you?"))
    assert "Warm-up" in screen.tabs.button(board_id).text()
    assert screen.question_label.text() == "How are you?"


def test_edit_board_title_and_question(service, screen):
    screen.edit_board_button.click()
    dialog = screen.dialog
    assert isinstance(dialog, BoardDetailsDialog)
    dialog.title_edit.setText("Ideas")
    dialog.question_edit.setPlainText("What could we try?")
    dialog.accept_button.click()

    board = service.boards()[0]
    assert (board.title, board.question) == ("Ideas", "What could we try?")


def test_move_board_right_and_left(service, make_screen):
    service.execute(CreateBoard("swot"))
    first, second = (b.id for b in service.boards())
    screen = make_screen()
    assert not screen.move_left_button.isEnabled()

    screen.move_right_button.click()

    assert [b.id for b in service.boards()] == [second, first]
    assert screen.tabs.board_ids() == [second, first]
    assert screen.view.board_id() == first
    assert not screen.move_right_button.isEnabled()
    screen.move_left_button.click()
    assert [b.id for b in service.boards()] == [first, second]


def test_delete_board_asks_then_shows_a_neighbour(service, make_screen):
    service.execute(CreateBoard("swot"))
    service.execute(CreateBoard("blank"))
    first, middle, last = (b.id for b in service.boards())
    screen = make_screen()
    screen.tabs.button(middle).click()

    screen.delete_board_button.click()
    dialog = screen.dialog
    assert isinstance(dialog, ConfirmDialog)
    assert "SWOT" in dialog.message_label.text()
    dialog.confirm_button.click()

    assert [b.id for b in service.boards()] == [first, last]
    assert screen.view.board_id() == last
    assert screen.tabs.board_ids() == [first, last]


def test_when_the_shown_last_board_is_deleted_elsewhere_the_previous_one_shows(
    service, make_screen
):
    service.execute(CreateBoard("swot"))
    first, last = (b.id for b in service.boards())
    screen = make_screen()
    screen.tabs.button(last).click()

    service.execute(DeleteBoard(last))

    assert screen.view.board_id() == first
    assert screen.tabs.board_ids() == [first]
    assert screen.tabs.button(first).isChecked()


def test_the_last_board_cannot_be_deleted(screen):
    assert not screen.delete_board_button.isEnabled()


# Undo and redo ----------------------------------------------------------------


def test_undo_and_redo_buttons_follow_the_history(service, screen):
    assert not screen.undo_button.isEnabled()
    assert not screen.redo_button.isEnabled()

    note_id = add_note(service)
    assert screen.undo_button.isEnabled()
    assert "Add note" in screen.undo_button.toolTip()

    screen.undo_button.click()
    assert service.note(note_id) is None
    assert not screen.undo_button.isEnabled()
    assert screen.redo_button.isEnabled()
    assert "Add note" in screen.redo_button.toolTip()

    screen.redo_button.click()
    assert service.note(note_id) is not None
    assert screen.undo_button.isEnabled()
    assert not screen.redo_button.isEnabled()


def test_undoing_a_new_board_shows_its_neighbour(service, screen):
    screen.add_board_button.click()
    dialog = screen.dialog
    assert isinstance(dialog, TemplatePickerDialog)
    dialog.picker.card("swot").click()
    added = screen.view.board_id()

    screen.undo_button.click()

    assert service.board(added) is None
    assert screen.view.board_id() == first_board(service)
    assert screen.tabs.board_ids() == [first_board(service)]


def test_undo_shows_the_board_it_changed(service, screen):
    note_id = add_note(service)
    service.execute(CreateBoard("swot"))
    screen.tabs.button(service.boards()[1].id).click()
    screen.undo_button.click()  # the new board
    screen.undo_button.click()  # the note, on the first board

    assert service.note(note_id) is None
    assert screen.view.board_id() == first_board(service)


def test_keyboard_undo_and_redo(qtbot, service, screen):
    note_id = add_note(service)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.view.setFocus()

    qtbot.keyClick(screen.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert service.note(note_id) is None
    qtbot.keyClick(screen.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert service.note(note_id) is not None
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(screen.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(screen.view, Qt.Key.Key_Z, modifiers)
    assert service.note(note_id) is not None


def test_key_n_opens_a_new_note(qtbot, screen):
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.view.setFocus()
    qtbot.keyClick(screen.view, Qt.Key.Key_N)
    dialog = screen.dialog
    assert isinstance(dialog, NoteEditorDialog)
    dialog.reject()


# Notes ------------------------------------------------------------------------


def test_double_tap_creates_a_note_with_the_text_exactly_as_typed(qtbot, service, screen):
    screen.view.noteCreateRequested.emit(QPointF(500, 300))
    dialog = screen.dialog
    assert isinstance(dialog, NoteEditorDialog)
    assert not dialog.accept_button.isEnabled()
    qtbot.keyClicks(dialog.text_edit, "<b>bold</b> & <i>more</i>")
    dialog.color_buttons["blue"].click()
    dialog.accept_button.click()

    [note] = service.notes_on(first_board(service))
    assert note.text == "<b>bold</b> & <i>more</i>"
    assert note.color == "blue"
    assert note.center == (500, 300)
    assert screen.dialog is None


def test_new_note_button_uses_the_last_colour(qtbot, service, screen):
    screen.new_note_button.click()
    dialog = screen.dialog
    assert isinstance(dialog, NoteEditorDialog)
    dialog.text_edit.setPlainText("First")
    dialog.color_buttons["pink"].click()
    dialog.accept_button.click()

    screen.new_note_button.click()
    dialog = screen.dialog
    assert isinstance(dialog, NoteEditorDialog)
    assert dialog.color() == "pink"
    dialog.cancel_button.click()
    assert len(service.notes_on(first_board(service))) == 1


def test_note_editor_refuses_more_than_the_limit(qtbot, screen):
    screen.new_note_button.click()
    dialog = screen.dialog
    assert isinstance(dialog, NoteEditorDialog)
    limit = settings.NOTE_TEXT_MAX

    dialog.text_edit.setPlainText("x" * (limit - 2))
    dialog.text_edit.moveCursor(dialog.text_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(dialog.text_edit, "abcdef")
    assert dialog.text() == "x" * (limit - 2) + "ab"
    assert dialog.counter_label.text() == f"{limit} / {limit}"

    # A paste in the middle keeps what was there and cuts what does not fit.
    dialog.text_edit.setPlainText("y" * (limit - 3) + "END")
    cursor = dialog.text_edit.textCursor()
    cursor.setPosition(10)
    dialog.text_edit.setTextCursor(cursor)
    dialog.text_edit.insertPlainText("PASTED")
    assert dialog.text() == "y" * 10 + "y" * (limit - 13) + "END"
    assert len(dialog.text()) == limit
    dialog.cancel_button.click()


def test_note_editor_keys_ctrl_enter_accepts_and_escape_cancels(qtbot, service, screen):
    screen.new_note_button.click()
    dialog = screen.dialog
    assert isinstance(dialog, NoteEditorDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.text_edit, "Line one")
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.text_edit, "Line two")
    with qtbot.waitSignal(dialog.submitted):
        qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    [note] = service.notes_on(first_board(service))
    assert note.text == "Line one\nLine two"

    screen.new_note_button.click()
    dialog = screen.dialog
    assert isinstance(dialog, NoteEditorDialog)
    qtbot.keyClicks(dialog.text_edit, "Never mind")
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Escape)
    assert len(service.notes_on(first_board(service))) == 1


def test_editing_text_and_colour_is_one_undo_step(service, screen):
    note_id = add_note(service, "Before", color="yellow")
    screen.view.noteEditRequested.emit(note_id)
    dialog = screen.dialog
    assert isinstance(dialog, NoteEditorDialog)
    assert dialog.text() == "Before"
    assert dialog.color() == "yellow"
    dialog.text_edit.setPlainText("After")
    dialog.color_buttons["teal"].click()
    dialog.accept_button.click()

    note = service.note(note_id)
    assert note is not None
    assert (note.text, note.color) == ("After", "teal")
    assert "Edit note" in screen.undo_button.toolTip()
    screen.undo_button.click()
    note = service.note(note_id)
    assert note is not None
    assert (note.text, note.color) == ("Before", "yellow")


# Action sheets ----------------------------------------------------------------


def open_note_sheet(screen, note_id) -> NoteActionSheet:
    screen.view.noteActionsRequested.emit(note_id, QPoint(300, 300))
    sheet = screen.action_sheet
    assert isinstance(sheet, NoteActionSheet)
    return sheet


def test_note_action_sheet_recolours(service, screen):
    note_id = add_note(service)
    sheet = open_note_sheet(screen, note_id)
    assert sheet.isVisible()
    assert sheet.color_buttons["blue"].accessibleName() == "Blue"
    assert "■" in sheet.color_buttons["blue"].text()

    sheet.color_buttons["blue"].click()

    note = service.note(note_id)
    assert note is not None
    assert note.color == "blue"
    assert not sheet.isVisible()
    assert screen.action_sheet is None


def whole_label_shown(button: QPushButton) -> bool:
    return button.width() > button.fontMetrics().horizontalAdvance(button.text())


def test_note_action_sheet_buttons_make_room_for_their_whole_label(qtbot, service, screen):
    screen.setStyleSheet(STYLESHEET)  # the app's large type is what needs the room
    screen.show()
    qtbot.waitExposed(screen)
    sheet = open_note_sheet(screen, add_note(service))
    buttons = (sheet.move_button, sheet.moderate_button, sheet.delete_button)
    qtbot.waitUntil(lambda: all(whole_label_shown(b) for b in buttons), timeout=2000)
    sheet.close()


def test_note_action_sheet_duplicates_and_deletes(service, screen):
    note_id = add_note(service)
    sheet = open_note_sheet(screen, note_id)
    assert sheet.duplicate_button is not None
    sheet.duplicate_button.click()
    assert len(service.notes_on(first_board(service))) == 2

    sheet = open_note_sheet(screen, note_id)
    sheet.delete_button.click()
    assert service.note(note_id) is None
    assert len(service.notes_on(first_board(service))) == 1


def test_note_action_sheet_edit_opens_the_editor(service, screen):
    note_id = add_note(service, "Original")
    sheet = open_note_sheet(screen, note_id)
    assert sheet.edit_button is not None
    sheet.edit_button.click()
    dialog = screen.dialog
    assert isinstance(dialog, NoteEditorDialog)
    assert dialog.text() == "Original"
    dialog.cancel_button.click()


def test_unstack_is_offered_only_for_a_stack(service, screen):
    top = add_note(service, "Top")
    under = add_note(service, "Same idea")
    sheet = open_note_sheet(screen, top)
    assert sheet.unstack_button is None
    sheet.close()

    service.execute(StackNotes((under,), onto_id=top))
    sheet = open_note_sheet(screen, top)
    assert sheet.unstack_button is not None
    sheet.unstack_button.click()
    note = service.note(under)
    assert note is not None
    assert note.stack_id is None


def test_move_to_cluster_and_out_again(service, screen):
    board_id = first_board(service)
    cluster = CreateCluster(board_id, "Quick wins", x=2000, y=0)
    service.execute(cluster)
    note_id = add_note(service)

    sheet = open_note_sheet(screen, note_id)
    assert not sheet.out_of_cluster_button.isEnabled()
    sheet.move_button.click()
    assert sheet.pages.currentIndex() == 1
    assert sheet.cluster_buttons[cluster.cluster_id].accessibleName() == "Quick wins"
    sheet.cluster_buttons[cluster.cluster_id].click()
    note = service.note(note_id)
    assert note is not None
    assert note.cluster_id == cluster.cluster_id

    sheet = open_note_sheet(screen, note_id)
    assert not sheet.cluster_buttons[cluster.cluster_id].isEnabled()
    sheet.out_of_cluster_button.click()
    note = service.note(note_id)
    assert note is not None
    assert note.cluster_id is None


def test_cluster_action_sheet_recolours_renames_and_deletes_keeping_notes(service, screen):
    board_id = first_board(service)
    cluster = CreateCluster(board_id, "Ideas", x=0, y=0)
    service.execute(cluster)
    note_id = add_note(service, x=50, y=100)

    def open_sheet() -> ClusterActionSheet:
        screen.view.clusterActionsRequested.emit(cluster.cluster_id, QPoint(10, 10))
        sheet = screen.action_sheet
        assert isinstance(sheet, ClusterActionSheet)
        return sheet

    open_sheet().color_buttons["teal"].click()
    found = service.cluster(cluster.cluster_id)
    assert found is not None
    assert found.color == "teal"

    open_sheet().rename_button.click()
    dialog = screen.dialog
    assert isinstance(dialog, TextPromptDialog)
    dialog.line_edit.setText("Best ideas")
    dialog.accept_button.click()
    found = service.cluster(cluster.cluster_id)
    assert found is not None
    assert found.title == "Best ideas"

    open_sheet().delete_button.click()
    assert service.cluster(cluster.cluster_id) is None
    assert service.note(note_id) is not None


def test_cluster_can_be_deleted_with_its_notes(service, screen):
    cluster = CreateCluster(first_board(service), "Ideas", x=0, y=0)
    service.execute(cluster)
    note_id = add_note(service, x=50, y=100)
    screen.view.clusterActionsRequested.emit(cluster.cluster_id, QPoint(10, 10))
    sheet = screen.action_sheet
    assert isinstance(sheet, ClusterActionSheet)
    sheet.delete_with_notes_button.click()
    assert service.cluster(cluster.cluster_id) is None
    assert service.note(note_id) is None


def test_new_cluster_is_named_then_created_in_view(service, screen):
    screen.new_cluster_button.click()
    dialog = screen.dialog
    assert isinstance(dialog, TextPromptDialog)
    dialog.line_edit.setText("Parking lot")
    dialog.accept_button.click()
    [cluster] = service.clusters_on(first_board(service))
    assert cluster.title == "Parking lot"


def test_errors_from_commands_are_reported(qtbot, service, screen):
    note_id = add_note(service)
    sheet = open_note_sheet(screen, note_id)
    service.undo()  # the note disappears while the sheet is open
    with qtbot.waitSignal(screen.errorOccurred) as error:
        sheet.delete_button.click()
    assert "no longer exists" in str(error.args[0])


# Zoom -------------------------------------------------------------------------


def test_zoom_level_is_shown(screen):
    screen.view.set_zoom(0.85)
    assert screen.zoom_button.text() == "85 %"


def test_controls_are_finger_sized_and_named(qtbot, screen):
    screen.show()
    qtbot.waitExposed(screen)
    buttons = [
        screen.back_button,
        screen.add_board_button,
        screen.edit_board_button,
        screen.move_left_button,
        screen.move_right_button,
        screen.delete_board_button,
        screen.new_note_button,
        screen.new_cluster_button,
        screen.undo_button,
        screen.redo_button,
        screen.zoom_out_button,
        screen.zoom_button,
        screen.zoom_in_button,
        screen.fit_button,
    ]
    for button in buttons:
        assert button.width() >= 48, button.accessibleName()
        assert button.height() >= 48, button.accessibleName()
        assert button.accessibleName()
        assert button.toolTip()
