"""The agenda on the board screen: planning phases and moving through them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPushButton

from facilitator.agenda import AddPhase
from facilitator.commands import CreateBoard
from facilitator.domain import PhaseKind
from facilitator.services.workshop import WorkshopService
from tests.conftest import FakeClock
from ui.agenda import AgendaDialog, PhaseDialog
from ui.board_screen import BoardScreen

# Offscreen Qt's notes on dialogs and windows, not problems of the app.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def button_for(dialog: AgendaDialog, name: str) -> QPushButton:
    [button] = [b for b in dialog.findChildren(QPushButton) if b.accessibleName() == name]
    return button


def texts(dialog: AgendaDialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel)]


def open_agenda(screen: BoardScreen) -> AgendaDialog:
    screen.agenda_button.click()
    dialog = screen.dialog
    assert isinstance(dialog, AgendaDialog)
    return dialog


def test_a_phase_planned_in_the_agenda_shows_up_ready_to_start(
    qtbot, screen: BoardScreen, service: WorkshopService
) -> None:
    assert not screen.agenda_bar.isVisible()  # nothing planned: no band
    dialog = open_agenda(screen)
    dialog.add_button.click()
    editor = dialog.phase_dialog
    assert isinstance(editor, PhaseDialog)
    editor.title_edit.setText("Silent brainstorm")
    editor.minutes.setValue(7)
    editor.instruction_edit.setPlainText("One idea per note")
    editor.accept()
    [phase] = service.phases()
    assert (phase.title, phase.planned, phase.instruction) == (
        "Silent brainstorm",
        420,
        "One idea per note",
    )
    assert "▶ 1. Silent brainstorm" not in texts(dialog)
    assert "○ 1. Silent brainstorm" in texts(dialog)
    dialog.accept()
    assert screen.agenda_bar.isVisible()
    assert "Silent brainstorm" in screen.agenda_bar.next_button.text()


def test_next_phase_switches_the_board_and_counts_time_against_the_plan(
    qtbot, screen: BoardScreen, service: WorkshopService, frozen: FakeClock
) -> None:
    service.execute(CreateBoard("blank"))
    first, second = (b.id for b in service.boards())
    service.execute(AddPhase("Warm-up", first, 60))
    service.execute(AddPhase("Ideas", second, 300))
    bar = screen.agenda_bar
    bar.next_button.click()
    assert bar.phase_label.text() == "Phase 1 of 2: Warm-up"
    assert service.timer.running
    frozen.advance(120)
    bar.refresh()
    assert bar.time_label.text() == "2:00 of 1:00 · 1 min behind"

    QTest.keyClick(screen.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert bar.phase_label.text() == "Phase 2 of 2: Ideas"
    qtbot.waitUntil(lambda: screen.current_board() is not None)
    board = screen.current_board()
    assert board is not None and board.id == second
    assert "Finish agenda" in bar.next_button.text()
    bar.next_button.click()
    assert bar.phase_label.text() == "Agenda done"


def test_phases_are_reordered_started_and_deleted_from_the_agenda(
    qtbot, screen: BoardScreen, service: WorkshopService
) -> None:
    for title in ("One", "Two", "Three"):
        service.execute(AddPhase(title))
    dialog = open_agenda(screen)
    button_for(dialog, "Move Three up").click()
    assert [p.title for p in service.phases()] == ["One", "Three", "Two"]
    button_for(dialog, "Start Two").click()
    assert service.current_phase() is not None
    assert service.current_phase().title == "Two"  # type: ignore[union-attr]
    button_for(dialog, "Delete One").click()
    assert [p.title for p in service.phases()] == ["Three", "Two"]
    screen.undo()
    assert [p.title for p in service.phases()] == ["One", "Three", "Two"]
    assert "○ 1. One" in texts(dialog)
    dialog.accept()


def test_a_phase_can_collect_phone_notes_in_a_cluster_of_its_board(
    qtbot, screen: BoardScreen, service: WorkshopService
) -> None:
    service.execute(CreateBoard("start_stop_continue"))
    board = service.boards()[-1]
    stop = next(c for c in service.clusters_on(board.id) if c.title == "Stop")
    dialog = open_agenda(screen)
    dialog.add_button.click()
    editor = dialog.phase_dialog
    assert isinstance(editor, PhaseDialog)
    editor.title_edit.setText("What to stop")
    editor.board_combo.setCurrentIndex(editor.board_combo.findData(board.id))
    editor.area_combo.setCurrentIndex(editor.area_combo.findText("Stop"))
    editor.accept()
    [phase] = service.phases()
    assert (phase.board_id, phase.cluster_id) == (board.id, stop.id)
    dialog.accept()


def test_a_phase_method_is_chosen_in_the_dialog_and_shown_in_the_list(
    qtbot, screen: BoardScreen, service: WorkshopService
) -> None:
    dialog = open_agenda(screen)
    dialog.add_button.click()
    editor = dialog.phase_dialog
    assert isinstance(editor, PhaseDialog)
    assert editor.method() is PhaseKind.WORK
    editor.title_edit.setText("Discuss topics")
    editor.method_combo.setCurrentIndex(
        editor.method_combo.findText("Discuss topics in vote order")
    )
    assert "most votes first" in editor.method_hint.text()
    editor.accept()
    [phase] = service.phases()
    assert phase.kind is PhaseKind.DISCUSSION
    board_title = service.boards()[0].title
    assert f"{board_title}\nDiscuss topics in vote order" in texts(dialog)

    button_for(dialog, "Edit Discuss topics").click()
    editor = dialog.phase_dialog
    assert isinstance(editor, PhaseDialog)
    assert editor.method() is PhaseKind.DISCUSSION
    editor.method_combo.setCurrentIndex(editor.method_combo.findData(PhaseKind.BUILD_ON.value))
    editor.accept()
    assert service.phases()[0].kind is PhaseKind.BUILD_ON
    assert f"{board_title}\nBuild on the previous round's notes" in texts(dialog)
    screen.undo()
    assert service.phases()[0].kind is PhaseKind.DISCUSSION
    dialog.accept()


def test_next_phase_shows_the_phase_board_even_before_phones_followed_a_switch(
    qtbot, screen: BoardScreen, service: WorkshopService
) -> None:
    first = service.boards()[0].id
    service.execute(CreateBoard("blank"))  # shown at once; phones hear of it a moment later
    second = service.boards()[1].id
    assert screen.view.board_id() == second
    service.execute(AddPhase("Warm-up", first, 60))
    screen.agenda_bar.next_button.click()
    assert screen.view.board_id() == first
    # Once the moment has passed, phones are on the phase's board too, not the one before.
    qtbot.waitUntil(lambda: not screen._follow_timer.isActive())
    assert service.workshop.current_board_id == first
