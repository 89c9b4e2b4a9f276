"""Presentation mode: the room sees the board, its question, the agenda and the timer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from facilitator.commands import UpdateBoard
from facilitator.services.workshop import WorkshopService
from ui.board_screen import BoardScreen

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_presenting_hides_the_controls_and_esc_brings_them_back(
    qtbot, screen: BoardScreen, service: WorkshopService, board_id: str
) -> None:
    screen.present_button.click()
    assert not screen.question_band.isVisible()  # no question: no hint for the room either
    service.execute(UpdateBoard(board_id, question="What slows you down?"))
    assert screen.presenting
    for hidden in (screen.top_bar, screen.tool_bar, screen.participation_bar):
        assert not hidden.isVisible()
    assert not screen.edit_board_button.isVisible()
    assert screen.question_label.isVisible()
    assert screen.question_label.text() == "What slows you down?"
    assert screen.exit_presentation_button.isVisible()

    QTest.keyClick(screen.view, Qt.Key.Key_Escape)
    assert screen.top_bar.isVisible() and screen.tool_bar.isVisible()
    assert not screen.exit_presentation_button.isVisible()


def test_f5_and_the_corner_button_switch_presentation(qtbot, screen: BoardScreen) -> None:
    with qtbot.waitSignal(screen.presentingChanged) as presenting:
        QTest.keyClick(screen.view, Qt.Key.Key_F5)
    assert presenting.args == [True]
    screen.exit_presentation_button.click()
    assert not screen.presenting
    assert screen.edit_board_button.isVisible()
