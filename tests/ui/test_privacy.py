"""Data and privacy from the sessions list: each action says what it does and waits for a yes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from facilitator.services.library import Library
from tests.conftest import FakeClock
from tests.test_privacy import session_with_names
from ui.dialogs import ConfirmDialog
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.privacy import DataPrivacyDialog, RemoveNamesDialog
from ui.start_screen import StartScreen

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    """The English catalogue, which spells out plurals (“1 session”, “2 sessions”)."""
    translators = install_translators(qapp, "en")
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture
def screen(qtbot, library):
    widget = StartScreen(library, "en")
    qtbot.addWidget(widget)
    widget.resize(1600, 900)
    return widget


def titles(screen: StartScreen) -> list[str]:
    return [row.title_label.text() for row in screen.rows]


def open_privacy(qtbot, screen: StartScreen) -> DataPrivacyDialog:
    qtbot.mouseClick(screen.privacy_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert isinstance(dialog, DataPrivacyDialog)
    return dialog


def with_old_session(library: Library, clock: FakeClock) -> None:
    library.create("Spring retro", "en")
    clock.advance(timedelta(days=45).total_seconds())
    library.create("Kickoff", "en")


def test_turning_on_retention_names_the_sessions_it_deletes_and_waits(
    qtbot, screen, library, clock
):
    with_old_session(library, clock)
    screen.refresh()
    dialog = open_privacy(qtbot, screen)
    assert not dialog.retention_check.isChecked()
    assert not dialog.save_button.isEnabled()

    dialog.retention_check.setChecked(True)
    dialog.days_spin.setValue(30)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    confirm = screen.dialog
    assert isinstance(confirm, ConfirmDialog)
    message = confirm.message_label.text()
    assert "Spring retro" in message and "Kickoff" not in message
    assert "30 days" in message
    assert confirm.confirm_button.text() == "Delete 1 session and turn on"
    assert not library.retention_days
    assert titles(screen) == ["Kickoff", "Spring retro"]

    with qtbot.waitSignal(screen.noticeRequested) as notice:
        qtbot.mouseClick(confirm.confirm_button, Qt.MouseButton.LeftButton)
    assert "Deleted 1 session" in notice.args[0]
    assert library.retention_days == 30
    assert titles(screen) == ["Kickoff"]


def test_declining_retention_changes_nothing(qtbot, screen, library, clock):
    with_old_session(library, clock)
    dialog = open_privacy(qtbot, screen)
    dialog.retention_check.setChecked(True)
    dialog.days_spin.setValue(10)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    confirm = screen.dialog
    assert isinstance(confirm, ConfirmDialog)
    qtbot.mouseClick(confirm.cancel_button, Qt.MouseButton.LeftButton)
    assert library.retention_days is None
    assert len(library.summaries()) == 2


def test_retention_is_applied_when_the_app_starts(qtbot, library, clock):
    with_old_session(library, clock)
    library.set_retention_days(30)
    window = MainWindow(library, language="en")
    qtbot.addWidget(window)
    window.resize(1600, 900)

    window.apply_retention()

    assert [row.title_label.text() for row in window.start_screen.rows] == ["Kickoff"]
    assert window.toast.text() == "Deleted 1 old session, as set in Data and privacy."


def test_removing_names_lists_them_and_removes_only_the_ticked_ones(qtbot, screen, library):
    workshop_id = session_with_names(library)
    screen.refresh()
    dialog = open_privacy(qtbot, screen)
    assert dialog.session_combo.currentText() == "Retro"
    qtbot.mouseClick(dialog.remove_names_button, Qt.MouseButton.LeftButton)

    names = screen.dialog
    assert isinstance(names, RemoveNamesDialog)
    assert [b.text() for b in names.name_buttons.values()] == [
        "Aino Virtanen — 2 notes",
        "Bertil — 1 note",
    ]
    assert names.confirm_button.text() == "Remove 2 names"
    qtbot.mouseClick(names.name_buttons["Aino Virtanen"], Qt.MouseButton.LeftButton)
    assert names.confirm_button.text() == "Remove 1 name"

    with qtbot.waitSignal(screen.noticeRequested) as notice:
        qtbot.mouseClick(names.confirm_button, Qt.MouseButton.LeftButton)
    assert notice.args[0] == "Removed 1 name from “Retro”."
    assert [p.name for p in library.participant_names(workshop_id)] == ["Aino Virtanen"]


def test_a_session_without_names_says_so(qtbot, screen, library):
    library.create("Kickoff", "en")
    screen.refresh()
    dialog = open_privacy(qtbot, screen)
    with qtbot.waitSignal(screen.noticeRequested) as notice:
        qtbot.mouseClick(dialog.remove_names_button, Qt.MouseButton.LeftButton)
    assert notice.args[0] == "“Kickoff” holds no participant names."
    assert screen.dialog is None
