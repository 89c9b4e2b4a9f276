"""The main screens' controls have names a screen reader can say, and the keyboard reaches them.

A control's name is what Qt's accessibility interface reports (its accessible
name, else its text, else its label's): it must be more than a bare symbol
("+", "?", "◷"), which a screen reader reads as "plus" or not at all.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGraphicsView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from facilitator.agenda import AddPhase
from facilitator.commands import CreateNote
from facilitator.services.library import Library
from facilitator.services.workshop import WorkshopService
from ui import shortcuts as keys
from ui.agenda import AgendaDialog
from ui.board_screen import BoardScreen
from ui.export.dialog import ExportDialog
from ui.start_screen import NewSessionDialog, StartScreen

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractSlider,
    QAbstractItemView,
    QGraphicsView,
    QTabBar,
)


def spoken_name(widget: QWidget) -> str:
    """The name assistive technology gets for `widget`."""
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name) if interface is not None else ""
    return (name or widget.accessibleName()).replace("&", "").strip()


def says_something(name: str) -> bool:
    """More than symbols: at least one letter or digit."""
    return any(character.isalnum() for character in name)


def controls(root: QWidget) -> Iterator[QWidget]:
    """The visible controls under `root` that a person operates (not their inner parts)."""
    for widget in [root, *root.findChildren(QWidget)]:
        takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if not (isinstance(widget, CONTROLS) or takes_tab) or not widget.isVisible():
            continue
        if isinstance(widget, QScrollBar):
            continue  # part of a scroll area, which scrolls with the keys and the wheel
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            continue  # the line edit inside a spin box or a combo box: the box has the name
        if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
            continue  # a scroll area's or a view's drawing surface: the area has the name
        yield widget


def unnamed(root: QWidget) -> list[str]:
    """Each control without a spoken name, and each tab of a tab bar without one."""
    missing: list[str] = []
    for widget in controls(root):
        name = spoken_name(widget)
        label = f"{type(widget).__name__} {widget.objectName()!r} text={name!r}"
        if not says_something(name):
            missing.append(label)
        if isinstance(widget, QTabBar):
            missing.extend(
                f"{label} tab {index}"
                for index in range(widget.count())
                if not says_something(widget.tabText(index) or widget.accessibleTabName(index))
            )
    return missing


def test_the_sessions_list_and_the_new_session_dialog_name_their_controls(
    qtbot, library: Library
) -> None:
    library.create("Kickoff", "en")
    start = StartScreen(library, "en")
    qtbot.addWidget(start)
    start.resize(1600, 900)
    start.show()
    qtbot.waitExposed(start)
    found = {"sessions": unnamed(start)}

    start.new_button.click()
    dialog = start.dialog
    assert isinstance(dialog, NewSessionDialog)
    qtbot.waitExposed(dialog)
    found["new session"] = unnamed(dialog)
    dialog.cancel_button.click()
    assert {where: names for where, names in found.items() if names} == {}


def test_the_board_screen_and_its_panels_name_their_controls(
    qtbot, screen: BoardScreen, service: WorkshopService, board_id: str
) -> None:
    service.execute(AddPhase("Collect ideas", board_id, 600, "One idea per note."))
    found = {"board screen": unnamed(screen)}

    screen.timer_button.click()
    panel = screen.timer.panel
    qtbot.waitUntil(panel.isVisible)
    found["timer panel"] = unnamed(panel)
    screen.timer_button.click()

    screen.agenda_button.click()
    agenda = screen.dialog
    assert isinstance(agenda, AgendaDialog)
    qtbot.waitExposed(agenda)
    found["agenda"] = unnamed(agenda)
    agenda.reject()

    screen.show_export()
    export = screen.dialog
    assert isinstance(export, ExportDialog)
    qtbot.waitExposed(export)
    found["export"] = unnamed(export)
    export.reject()

    screen.show_join_screen()
    join = screen.join_screen
    assert join is not None and join.isVisible()
    found["join screen"] = unnamed(join)
    join.close()

    screen.show_shortcuts()
    help_screen = screen.shortcut_help
    assert help_screen is not None and help_screen.isVisible()
    found["shortcuts"] = unnamed(help_screen)
    screen.show_shortcuts()

    assert {where: names for where, names in found.items() if names} == {}


# The keyboard ------------------------------------------------------------------------


def tab_stops(start: QWidget, count: int) -> list[QWidget]:
    """Where Tab takes the focus, `count` times from `start`."""
    stops: list[QWidget] = []
    start.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(count):
        focused = QApplication.focusWidget()
        assert focused is not None
        focused.focusNextPrevChild(True)
        now = QApplication.focusWidget()
        assert now is not None
        stops.append(now)
    return stops


def test_tab_reaches_the_board_screens_main_buttons(
    qtbot, screen: BoardScreen, service: WorkshopService, board_id: str
) -> None:
    # Something to undo and something to redo: both buttons are enabled.
    for text in ("One", "Two"):
        service.execute(CreateNote(board_id, text))
    screen.undo()
    assert screen.undo_button.isEnabled() and screen.redo_button.isEnabled()
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    main = [
        screen.new_note_button,
        screen.new_cluster_button,
        screen.timer_button,
        screen.undo_button,
        screen.redo_button,
        screen.agenda_button,
        screen.export_button,
        screen.present_button,
        screen.help_button,
        screen.participation_bar.invite_button,
    ]
    stops = tab_stops(screen.view, 80)
    missing = [spoken_name(button) for button in main if button not in stops]
    assert missing == []


def test_the_sessions_list_is_reached_by_tab(qtbot, library: Library) -> None:
    library.create("Kickoff", "en")
    start = StartScreen(library, "en")
    qtbot.addWidget(start)
    start.resize(1600, 900)
    start.show()
    qtbot.waitExposed(start)
    start.activateWindow()
    qtbot.waitUntil(start.isActiveWindow)
    row = start.rows[0]
    stops = tab_stops(start.new_button, 30)
    for button in (row.open_button, row.rename_button, row.duplicate_button, row.delete_button):
        assert button in stops, spoken_name(button)


def portable(key: str) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText)


def test_the_main_actions_have_the_documented_keys(screen: BoardScreen) -> None:
    """The help screen lists every bound key (test_timer_overlay); here the other way round."""
    bound = {s.key().toString(QKeySequence.SequenceFormat.PortableText) for s in screen.shortcuts}
    documented = {portable(key) for s in keys.SECTIONS for sc in s.shortcuts for key in sc.keys}
    main = ("Ctrl+Z", "Ctrl+Shift+Z", "N", "A", "Ctrl+E", "F5", "Ctrl+Right", "T", "P", *keys.HELP)
    for key in main:
        assert portable(key) in documented, key
        assert portable(key) in bound, key


def test_the_shortcuts_open_the_agenda_and_the_export_dialog(qtbot, screen: BoardScreen) -> None:
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.view.setFocus()
    qtbot.keyClick(screen.view, Qt.Key.Key_A)
    assert isinstance(screen.dialog, AgendaDialog)
    screen.dialog.reject()
    qtbot.keyClick(screen.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(screen.dialog, ExportDialog)
    screen.dialog.reject()
