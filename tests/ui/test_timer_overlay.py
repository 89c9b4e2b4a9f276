"""The shared timer on the display: what the facilitator taps and presses, what the room sees."""

from __future__ import annotations

import array
import logging
from collections.abc import Callable, Generator
from datetime import timedelta

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QKeySequence, QMouseEvent
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from facilitator.commands import CreateNote
from facilitator.domain import TimerMode
from facilitator.services.workshop import WorkshopService
from facilitator.timing import PauseTimer, StartCountdown
from tests.conftest import FakeClock
from tests.ui.conftest import FakePlayer
from ui.board_screen import BoardScreen
from ui.chime import (
    END_VOLUME,
    WARNING_VOLUME,
    Chime,
    MiniaudioPlayer,
    chime_sound,
    decode,
)
from ui.shortcuts import every_key
from ui.timer_controller import clock_digits
from ui.timer_overlay import DIGITS_PX

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)


@pytest.fixture(autouse=True)
def _still_clock(clock: FakeClock) -> None:
    """Time moves only when a test says so."""
    clock.step = timedelta(0)


def digits(screen: BoardScreen) -> str:
    return screen.timer.overlay.digits.text()


def status(screen: BoardScreen) -> str:
    return screen.timer.overlay.status_label.text()


def tick(screen: BoardScreen, clock: FakeClock, seconds: float) -> None:
    """Let ``seconds`` pass, then repaint as the once-a-second tick does."""
    clock.advance(seconds)
    screen.timer.controller.refresh()


def focus_board(qtbot, screen: BoardScreen) -> None:
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.view.setFocus()


def press(widget: QWidget, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    from PySide6.QtTest import QTest

    QTest.keyClick(widget, key, modifiers)


def mouse(widget: QWidget, kind: QEvent.Type, pos: QPoint) -> None:
    buttons = (
        Qt.MouseButton.NoButton
        if kind == QEvent.Type.MouseButtonRelease
        else Qt.MouseButton.LeftButton
    )
    event = QMouseEvent(
        kind,
        QPointF(pos),
        QPointF(widget.mapToGlobal(pos)),
        Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def overlay_body(screen: BoardScreen) -> QPoint:
    """A point on the overlay that is not a button (its status line)."""
    label = screen.timer.overlay.status_label
    return label.mapTo(screen.timer.overlay, label.rect().center())


# Starting, pausing, adjusting ----------------------------------------------------------


def test_no_timer_no_overlay(screen: BoardScreen) -> None:
    assert not screen.timer.overlay.isVisible()
    assert not screen.timer.controller.is_ticking()


def test_a_preset_starts_a_countdown_that_the_clock_moves_on(
    screen: BoardScreen, service: WorkshopService, clock: FakeClock
) -> None:
    screen.timer_button.click()
    assert screen.timer.panel.isVisible()
    assert screen.timer_button.isChecked()

    screen.timer.panel.preset_buttons[5].click()

    overlay = screen.timer.overlay
    assert overlay.isVisible()
    assert digits(screen) == "5:00"
    assert "Time left" in status(screen)
    assert overlay.digits.pixel_size() >= 96
    assert not screen.timer.panel.isVisible()  # starting closes the controls
    assert not screen.timer_button.isChecked()
    assert service.timer.mode is TimerMode.COUNTDOWN
    assert screen.timer.controller.is_ticking()  # it moves on by itself

    tick(screen, clock, 1)
    assert digits(screen) == "4:59"
    tick(screen, clock, 0.5)
    assert digits(screen) == "4:59"  # the second under way is shown until it is over
    tick(screen, clock, 0.5)
    assert digits(screen) == "4:58"


def test_pause_freezes_and_resume_goes_on(screen: BoardScreen, clock: FakeClock) -> None:
    controller = screen.timer.controller
    controller.start_countdown(5 * 60)
    tick(screen, clock, 10)
    overlay = screen.timer.overlay

    overlay.pause_button.click()
    assert "Paused" in status(screen)
    assert "Resume" in overlay.pause_button.text()
    assert not controller.is_ticking()
    tick(screen, clock, 30)
    assert digits(screen) == "4:50"

    overlay.pause_button.click()
    assert "Time left" in status(screen)
    tick(screen, clock, 5)
    assert digits(screen) == "4:45"


def test_a_minute_more_or_less_while_running(screen: BoardScreen, clock: FakeClock) -> None:
    screen.timer.controller.start_countdown(5 * 60)
    tick(screen, clock, 20)
    panel = screen.timer.panel

    panel.more_button.click()
    assert digits(screen) == "5:40"
    panel.less_button.click()
    panel.less_button.click()
    assert digits(screen) == "3:40"


def test_reset_goes_back_to_the_start_and_clear_hides_the_timer(
    screen: BoardScreen, clock: FakeClock
) -> None:
    screen.timer.controller.start_countdown(3 * 60)
    tick(screen, clock, 42)
    panel = screen.timer.panel

    panel.reset_button.click()
    assert digits(screen) == "3:00"
    assert "Ready" in status(screen)
    assert "Start" in screen.timer.overlay.pause_button.text()
    tick(screen, clock, 10)
    assert digits(screen) == "3:00"

    screen.timer.overlay.pause_button.click()
    tick(screen, clock, 10)
    assert digits(screen) == "2:50"

    panel.clear_button.click()
    assert not screen.timer.overlay.isVisible()
    assert not screen.timer.controller.is_ticking()


def test_a_custom_time_in_minutes_and_seconds(screen: BoardScreen) -> None:
    screen.timer.open_panel()
    panel = screen.timer.panel
    for _ in range(3):
        panel.minutes_more.click()
    for _ in range(6):
        panel.seconds_more.click()
    assert "8:30" in panel.start_custom_button.text()

    panel.start_custom_button.click()

    assert digits(screen) == "8:30"
    assert not panel.isVisible()


def test_the_stopwatch_counts_up(screen: BoardScreen, clock: FakeClock) -> None:
    screen.timer.open_panel()
    screen.timer.panel.stopwatch_button.click()

    assert digits(screen) == "0:00"
    assert "Stopwatch" in status(screen)
    tick(screen, clock, 75)
    assert digits(screen) == "1:15"
    assert not screen.timer.panel.more_button.isEnabled()  # nothing to add to a stopwatch
    tick(screen, clock, 3600)
    assert digits(screen) == "1:01:15"


def test_clock_digits() -> None:
    assert clock_digits(0) == "0:00"
    assert clock_digits(59) == "0:59"
    assert clock_digits(600) == "10:00"
    assert clock_digits(3725) == "1:02:05"


# The last minute and the end -------------------------------------------------------------


def test_the_last_minute_and_the_end_are_said_in_words_not_only_colour(
    screen: BoardScreen, clock: FakeClock
) -> None:
    overlay = screen.timer.overlay
    screen.timer.controller.start_countdown(2 * 60)
    assert overlay.property("alert") == "none"

    tick(screen, clock, 60)
    assert digits(screen) == "1:00"
    assert "Last minute" in status(screen)
    assert overlay.property("alert") == "warning"

    tick(screen, clock, 60)
    assert digits(screen) == "0:00"
    assert "Time's up" in status(screen)
    assert overlay.property("alert") == "up"
    assert "Stop" in overlay.pause_button.text()

    tick(screen, clock, 5)
    assert digits(screen) == "+0:05"  # the overrun counts on
    flashes = {overlay.property("pulse")}
    tick(screen, clock, 1)
    flashes.add(overlay.property("pulse"))
    assert flashes == {"true", "false"}  # the border flashes once a second

    overlay.pause_button.click()  # Stop
    assert "Time's up" in status(screen)
    assert not overlay.pause_button.isEnabled()
    assert not screen.timer.controller.is_ticking()


def test_the_chime_rings_once_at_the_end_and_softly_at_the_last_minute(
    screen: BoardScreen, clock: FakeClock, player: FakePlayer
) -> None:
    screen.timer.controller.start_countdown(2 * 60)
    tick(screen, clock, 59)
    assert player.played == []

    tick(screen, clock, 1)
    assert player.played == [(chime_sound(), WARNING_VOLUME)]
    tick(screen, clock, 30)
    tick(screen, clock, 29)
    assert len(player.played) == 1

    tick(screen, clock, 1)
    assert player.played[-1] == (chime_sound(), END_VOLUME)
    for _ in range(3):
        tick(screen, clock, 1)
    assert len(player.played) == 2
    assert WARNING_VOLUME < END_VOLUME


def test_a_one_minute_countdown_does_not_warn_at_its_start(
    screen: BoardScreen, clock: FakeClock, player: FakePlayer
) -> None:
    screen.timer.controller.start_countdown(60)
    tick(screen, clock, 1)
    assert player.played == []
    tick(screen, clock, 59)
    assert [volume for _, volume in player.played] == [END_VOLUME]


def test_a_muted_chime_stays_silent_and_stays_muted_next_time(
    screen: BoardScreen, clock: FakeClock, player: FakePlayer, preferences: QSettings
) -> None:
    screen.timer.open_panel()
    sound = screen.timer.panel.sound_button
    assert sound.isChecked() and "Chime on" in sound.text()
    sound.click()
    assert "Chime off" in sound.text()

    screen.timer.controller.start_countdown(90)
    tick(screen, clock, 90)
    assert "Time's up" in status(screen)
    assert player.played == []

    assert Chime(QSettings(preferences.fileName(), QSettings.Format.IniFormat)).muted


def test_opening_a_session_whose_time_ran_out_does_not_ring(
    service: WorkshopService,
    open_screen: Callable[[], BoardScreen],
    clock: FakeClock,
    player: FakePlayer,
) -> None:
    service.execute(StartCountdown(60), undoable=False)
    clock.advance(75)

    screen = open_screen()
    screen.timer.controller.refresh()

    assert digits(screen) == "+0:15"
    assert "Time's up" in status(screen)
    assert player.played == []


# Opening a session with a timer ----------------------------------------------------------


def test_a_session_opened_with_a_running_timer_shows_it_running(
    service: WorkshopService, open_screen: Callable[[], BoardScreen], clock: FakeClock
) -> None:
    service.execute(StartCountdown(10 * 60), undoable=False)
    clock.advance(125)

    screen = open_screen()

    assert screen.timer.overlay.isVisible()
    assert digits(screen) == "7:55"
    assert "Time left" in status(screen)
    assert screen.timer.controller.is_ticking()


def test_a_session_opened_with_a_paused_timer_shows_it_paused(
    service: WorkshopService, open_screen: Callable[[], BoardScreen], clock: FakeClock
) -> None:
    service.execute(StartCountdown(10 * 60), undoable=False)
    clock.advance(30)
    service.execute(PauseTimer(), undoable=False)
    clock.advance(500)

    screen = open_screen()

    assert digits(screen) == "9:30"
    assert "Paused" in status(screen)
    assert not screen.timer.controller.is_ticking()


def test_a_timer_started_elsewhere_shows_up(screen: BoardScreen, service: WorkshopService) -> None:
    # The agenda's next phase and phones change the timer through the service too.
    service.execute(StartCountdown(15 * 60), undoable=False)
    assert screen.timer.overlay.isVisible()
    assert digits(screen) == "15:00"


# Sizes and place -------------------------------------------------------------------------


def test_full_screen_with_one_tap_and_back_with_one_tap_or_esc(
    qtbot, screen: BoardScreen, clock: FakeClock
) -> None:
    screen.timer.controller.start_countdown(5 * 60)
    full = screen.timer.full_screen

    screen.timer.overlay.full_screen_button.click()
    assert full.isVisible()
    assert full.geometry() == screen.rect()
    assert not screen.timer.overlay.isVisible()
    tick(screen, clock, 1)
    assert full.digits.text() == "4:59"
    assert full.digits.pixel_size() > 3 * DIGITS_PX

    mouse(full, QEvent.Type.MouseButtonPress, QPoint(30, 30))
    mouse(full, QEvent.Type.MouseButtonRelease, QPoint(30, 30))
    assert not full.isVisible()
    assert screen.timer.overlay.isVisible()

    screen.timer.show_full_screen()
    full.setFocus()
    press(full, Qt.Key.Key_Escape)
    assert not full.isVisible()

    screen.timer.show_full_screen()
    full.back_button.click()
    assert not full.isVisible()


def test_the_full_screen_timer_closes_when_the_timer_is_cleared(screen: BoardScreen) -> None:
    screen.timer.controller.start_countdown(60)
    screen.timer.show_full_screen()
    screen.timer.controller.clear()
    assert not screen.timer.full_screen.isVisible()
    assert not screen.timer.overlay.isVisible()


def test_the_overlay_shrinks_to_a_pill_and_grows_back(screen: BoardScreen) -> None:
    screen.timer.controller.start_countdown(5 * 60)
    overlay = screen.timer.overlay
    normal = overlay.size()

    overlay.compact_button.click()

    assert overlay.is_compact()
    assert overlay.compact_page.isVisible() and not overlay.normal_page.isVisible()
    assert overlay.height() < normal.height() / 2
    assert overlay.compact_digits.text() == "5:00"
    assert screen.timer.panel.compact_button.isChecked()

    overlay.expand_button.click()
    assert not overlay.is_compact()
    assert overlay.size() == normal


def test_dragging_moves_the_overlay_and_it_stays_on_the_board(screen: BoardScreen) -> None:
    screen.timer.controller.start_countdown(5 * 60)
    overlay = screen.timer.overlay
    start = overlay.pos()
    grab = overlay_body(screen)

    mouse(overlay, QEvent.Type.MouseButtonPress, grab)
    mouse(overlay, QEvent.Type.MouseMove, grab + QPoint(-300, 200))
    mouse(overlay, QEvent.Type.MouseButtonRelease, grab + QPoint(-300, 200))

    assert overlay.pos() == start + QPoint(-300, 200)
    assert not screen.timer.panel.isVisible()  # a drag is not a tap

    grab = overlay_body(screen)
    mouse(overlay, QEvent.Type.MouseButtonPress, grab)
    mouse(overlay, QEvent.Type.MouseMove, grab + QPoint(5000, 5000))
    mouse(overlay, QEvent.Type.MouseButtonRelease, grab + QPoint(5000, 5000))
    board = screen.view.rect()
    assert board.contains(overlay.geometry())

    # Where it was put is kept, relative to the board, when the window changes size.
    screen.resize(1600, 900)
    assert screen.view.rect().contains(overlay.geometry())
    assert overlay.geometry().right() > screen.view.width() - 40


def test_a_tap_on_the_overlay_opens_the_controls_next_to_it(screen: BoardScreen) -> None:
    screen.timer.controller.start_countdown(5 * 60)
    overlay = screen.timer.overlay

    mouse(overlay, QEvent.Type.MouseButtonPress, overlay_body(screen))
    mouse(overlay, QEvent.Type.MouseButtonRelease, overlay_body(screen))

    panel = screen.timer.panel
    assert panel.isVisible()
    assert panel.geometry().top() > overlay.mapTo(screen, QPoint(0, overlay.height())).y()
    panel.close_button.click()
    assert not panel.isVisible()


# Keyboard --------------------------------------------------------------------------------


def test_timer_keys_on_the_board(qtbot, screen: BoardScreen, clock: FakeClock) -> None:
    focus_board(qtbot, screen)
    timer = screen.timer

    press(screen.view, Qt.Key.Key_T)
    assert timer.panel.isVisible() and timer.panel.hasFocus()
    press(timer.panel, Qt.Key.Key_5)
    assert digits(screen) == "5:00"
    assert not timer.panel.isVisible()
    assert screen.view.hasFocus()
    tick(screen, clock, 1)

    press(screen.view, Qt.Key.Key_P)
    assert "Paused" in status(screen)
    press(screen.view, Qt.Key.Key_P)
    assert "Time left" in status(screen)
    press(screen.view, Qt.Key.Key_Greater)
    assert digits(screen) == "5:59"
    press(screen.view, Qt.Key.Key_Less)
    press(screen.view, Qt.Key.Key_Less)
    assert digits(screen) == "3:59"

    press(screen.view, Qt.Key.Key_T, Qt.KeyboardModifier.ShiftModifier)
    assert timer.full_screen.isVisible()
    press(timer.full_screen, Qt.Key.Key_Escape)
    assert not timer.full_screen.isVisible()

    # Board keys still do what they did: F fits, + zooms.
    zoom = screen.view.zoom()
    press(screen.view, Qt.Key.Key_Plus)
    assert screen.view.zoom() > zoom
    assert digits(screen) == "3:59"


def test_timer_keys_in_the_controls(
    qtbot, screen: BoardScreen, clock: FakeClock, player: FakePlayer
) -> None:
    focus_board(qtbot, screen)
    timer = screen.timer
    timer.open_panel()
    panel = timer.panel
    mutes: list[bool] = []
    timer.chime.mutedChanged.connect(mutes.append)

    press(panel, Qt.Key.Key_0)
    assert digits(screen) == "10:00"
    tick(screen, clock, 1)
    timer.open_panel()
    press(panel, Qt.Key.Key_Space)
    assert "Paused" in status(screen)
    press(panel, Qt.Key.Key_Space)
    assert "Time left" in status(screen)
    press(panel, Qt.Key.Key_Plus)
    assert digits(screen) == "10:59"
    press(panel, Qt.Key.Key_Minus)
    assert digits(screen) == "9:59"
    press(panel, Qt.Key.Key_R)
    assert "Ready" in status(screen)
    press(panel, Qt.Key.Key_C)
    assert timer.overlay.is_compact()
    press(panel, Qt.Key.Key_C)
    assert not timer.overlay.is_compact()
    press(panel, Qt.Key.Key_M)
    press(panel, Qt.Key.Key_M)
    assert mutes == [True, False]
    press(panel, Qt.Key.Key_Up)
    press(panel, Qt.Key.Key_Up)
    press(panel, Qt.Key.Key_Right)
    assert panel.custom_seconds() == 7 * 60 + 5
    press(panel, Qt.Key.Key_Return)
    assert digits(screen) == "7:05"

    timer.open_panel()
    press(panel, Qt.Key.Key_Delete)
    assert not timer.overlay.isVisible()
    press(panel, Qt.Key.Key_S)
    assert "Stopwatch" in status(screen)
    timer.open_panel()
    press(panel, Qt.Key.Key_F)
    assert timer.full_screen.isVisible()
    press(timer.full_screen, Qt.Key.Key_F)
    assert not timer.full_screen.isVisible()
    timer.open_panel()
    press(panel, Qt.Key.Key_Escape)
    assert not panel.isVisible()
    assert player.played == []


def test_esc_closes_the_full_screen_timer_before_leaving_presentation(
    qtbot, screen: BoardScreen
) -> None:
    focus_board(qtbot, screen)
    screen.set_presenting(True)
    screen.timer.controller.start_countdown(60)
    screen.timer.show_full_screen()

    press(screen.timer.full_screen, Qt.Key.Key_Escape)

    assert not screen.timer.full_screen.isVisible()
    assert screen.presenting
    press(screen.view, Qt.Key.Key_Escape)
    assert not screen.presenting


# Help --------------------------------------------------------------------------------------


def test_the_help_lists_every_shortcut_the_board_screen_binds(qtbot, screen: BoardScreen) -> None:
    focus_board(qtbot, screen)
    press(screen.view, Qt.Key.Key_F1)
    help_screen = screen.shortcut_help
    assert help_screen is not None and help_screen.isVisible()
    assert help_screen.geometry() == screen.rect()

    listed = {QKeySequence(key) for key in every_key()}
    for shortcut in screen.shortcuts:
        assert shortcut.key() in listed, shortcut.key().toString()
    actions = dict(help_screen.rows)
    assert actions["T"] == "Open or close the timer controls"
    assert actions["P"] == "Pause or resume the timer"
    assert actions["Shift+T"] == "Timer full screen, and back"
    assert actions["1 … 9"] == "Count down that many minutes"
    assert actions["N"] == "New note"

    press(help_screen, Qt.Key.Key_Escape)
    assert not help_screen.isVisible()
    press(screen.view, Qt.Key.Key_Question)
    assert help_screen.isVisible()
    help_screen.close_button.click()
    assert not help_screen.isVisible()
    screen.help_button.click()
    assert help_screen.isVisible()
    press(help_screen, Qt.Key.Key_F1)
    assert not help_screen.isVisible()


# Touch targets and names ---------------------------------------------------------------------


def test_timer_controls_are_finger_sized_and_named(screen: BoardScreen) -> None:
    timer = screen.timer
    timer.controller.start_countdown(5 * 60)
    timer.open_panel()
    buttons: list[QPushButton] = [screen.timer_button, screen.help_button]
    for parent in (timer.overlay.normal_page, timer.panel):
        buttons += parent.findChildren(QPushButton)
    for button in buttons:
        assert button.width() >= 48, button.accessibleName()
        assert button.height() >= 48, button.accessibleName()
        assert button.accessibleName()
        assert button.toolTip()
    assert timer.overlay.accessibleName() == "Timer"
    assert "5:00" in timer.overlay.accessibleDescription()
    timer.close_panel()

    timer.show_full_screen()
    for button in timer.full_screen.findChildren(QPushButton):
        assert button.height() >= 48 and button.width() >= 48
        assert button.accessibleName()
    timer.overlay.set_compact(True)
    timer.leave_full_screen()
    assert timer.overlay.expand_button.height() >= 48


# The sound ---------------------------------------------------------------------------------


def test_the_chime_is_a_short_sound_the_player_can_decode() -> None:
    samples = decode(chime_sound(), 1.0)
    assert 0.5 < len(samples) / 22050 < 3
    assert chime_sound().stat().st_size < 100_000
    quiet = decode(chime_sound(), WARNING_VOLUME)
    assert max(quiet) < max(samples)


class FakeDevice:
    """Pulls every frame at once, as an audio device would over the sound's length."""

    def __init__(self) -> None:
        self.frames = 0
        self.closed = False

    def start(self, callback_generator: Generator[array.array[int], int, None]) -> None:
        next(callback_generator)
        try:
            while True:
                self.frames += len(callback_generator.send(1024))
        except StopIteration:
            pass

    def close(self) -> None:
        self.closed = True


def test_the_player_streams_the_whole_sound_then_closes_the_device(qtbot) -> None:
    device = FakeDevice()
    player = MiniaudioPlayer(open_device=lambda: device)

    player.play(chime_sound(), END_VOLUME)

    qtbot.waitUntil(lambda: device.closed, timeout=5000)
    assert device.frames == len(decode(chime_sound(), END_VOLUME))
    assert not player.unavailable


def test_without_an_audio_device_the_player_stays_silent_and_says_so_once(
    qtbot, caplog: pytest.LogCaptureFixture
) -> None:
    attempts: list[int] = []

    def no_device() -> FakeDevice:
        attempts.append(1)
        raise RuntimeError("no audio device")

    player = MiniaudioPlayer(open_device=no_device)
    with caplog.at_level(logging.WARNING, logger="ui.chime"):
        player.play(chime_sound(), END_VOLUME)
        qtbot.waitUntil(lambda: player.unavailable)
        player.play(chime_sound(), END_VOLUME)
        player.play(chime_sound(), WARNING_VOLUME)

    assert attempts == [1]
    assert len(caplog.records) == 1
    assert "chime" in caplog.records[0].getMessage()


# The board under the timer ------------------------------------------------------------------


def test_a_fitted_board_keeps_its_notes_out_from_under_the_timer(
    qtbot, screen: BoardScreen, service: WorkshopService
) -> None:
    board = screen.current_board()
    assert board is not None
    for index in range(18):  # six columns, three rows: the board fills the view when fitted
        x, y = (index % 6) * 220.0, (index // 6) * 170.0
        service.execute(CreateNote(board.id, f"Idea {index}", x=x, y=y))
    view = screen.view
    view.zoom_to_fit()

    def hidden_notes() -> list[str]:
        covered = screen.timer.overlay.geometry()
        scene = view.board_scene()
        return [
            item.note.text
            for item in scene.note_items()
            if view.mapFromScene(item.scene_note_rect()).boundingRect().intersects(covered)
        ]

    screen.timer.controller.start_countdown(300)
    assert screen.timer.overlay.isVisible()
    assert hidden_notes() == []
    # Dragged down over the notes and put there, the timer takes them along: they move aside.
    overlay = screen.timer.overlay
    start = overlay_body(screen)
    mouse(overlay, QEvent.Type.MouseButtonPress, start)
    mouse(overlay, QEvent.Type.MouseMove, start + QPoint(0, view.height() // 2))
    mouse(overlay, QEvent.Type.MouseButtonRelease, start + QPoint(0, view.height() // 2))
    assert overlay.y() > view.height() // 3
    assert hidden_notes() == []
