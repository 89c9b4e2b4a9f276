"""The timer controls: presets, a custom time, the stopwatch, and what to do with a running timer.

A panel in the window rather than a popup: it stays open while the
facilitator taps +1 min twice, and it is part of the window shared into a
call. Starting a countdown or the stopwatch closes it; the close button, T or
Esc close it too. Every control is finger-sized, and each has a key (listed in
the shortcuts help).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator import settings
from ui.chime import Chime
from ui.controls import TOUCH_COMFORT, plain_label, touch_button, with_glyph
from ui.shortcuts import claim_escape
from ui.timer_controller import Alert, TimerController, TimerReading, TimerStatus, pause_label
from ui.timer_overlay import KeyHandler, reserve_width

CUSTOM_DEFAULT_MINUTES = 5
SECONDS_STEP = 5
AUTO_REPEAT_DELAY_MS = 400
AUTO_REPEAT_INTERVAL_MS = 90
# Kept between the panel and what it opened from.
GAP = 8


def minutes_text(minutes: int) -> str:
    # "min" is an abbreviation in every language here: no plural forms needed.
    return QCoreApplication.translate("TimerPanel", "{minutes} min").format(minutes=minutes)


class TimerPanel(QFrame):
    closeRequested = Signal()
    compactRequested = Signal(bool)
    fullScreenRequested = Signal()

    def __init__(
        self,
        controller: TimerController,
        chime: Chime,
        key_handler: KeyHandler,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("timerPanel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Timer controls"))
        self._controller = controller
        self._chime = chime
        self._key_handler = key_handler
        self._custom_minutes = CUSTOM_DEFAULT_MINUTES
        self._custom_seconds = 0

        heading = plain_label(self.tr("Timer"), "timerPanelHeading")
        self.readout = plain_label("", "timerReadout")
        self.readout.setAccessibleName(self.tr("Timer now"))
        self.close_button = touch_button(
            "✕", self.tr("Close the timer controls"), self.tr("Close (Esc or T)")
        )
        self.close_button.clicked.connect(self.closeRequested)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(heading)
        top.addWidget(self.readout)
        top.addStretch(1)
        top.addWidget(self.close_button)

        self.preset_buttons: dict[int, QPushButton] = {}
        presets = QHBoxLayout()
        presets.setSpacing(10)
        for minutes in settings.TIMER_PRESETS_MINUTES:
            key = "0" if minutes == 10 else str(minutes) if minutes < 10 else ""
            button = touch_button(
                minutes_text(minutes),
                self.tr("Count down %n minutes", "", minutes),
                self.tr("Count down %n minutes ({key})", "", minutes).format(key=key)
                if key
                else self.tr("Count down %n minutes", "", minutes),
                role="primary",
            )
            button.setMinimumHeight(TOUCH_COMFORT)
            button.clicked.connect(lambda _=False, m=minutes: self._start(m * 60))
            presets.addWidget(button)
            self.preset_buttons[minutes] = button

        self.minutes_less = self._step_button("−", self.tr("One minute less (Down)"))
        self.minutes_more = self._step_button("+", self.tr("One minute more (Up)"))
        self.seconds_less = self._step_button(
            "−", self.tr("%n seconds less (Left)", "", SECONDS_STEP)
        )
        self.seconds_more = self._step_button(
            "+", self.tr("%n seconds more (Right)", "", SECONDS_STEP)
        )
        self.minutes_label = plain_label("", "timerCustomValue")
        self.seconds_label = plain_label("", "timerCustomValue")
        for label in (self.minutes_label, self.seconds_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.minutes_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("000 min") + 16)
        self.seconds_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("00 s") + 16)
        self.start_custom_button = touch_button(
            "", self.tr("Count down the custom time"), self.tr("Start (Enter)"), role="primary"
        )
        reserve_width(
            self.start_custom_button,
            [self._start_custom_text("00:00"), self._start_custom_text("0:00:00")],
        )
        self.minutes_less.clicked.connect(lambda: self._step_custom(-60))
        self.minutes_more.clicked.connect(lambda: self._step_custom(60))
        self.seconds_less.clicked.connect(lambda: self._step_custom(-SECONDS_STEP))
        self.seconds_more.clicked.connect(lambda: self._step_custom(SECONDS_STEP))
        self.start_custom_button.clicked.connect(self.start_custom)
        custom = QHBoxLayout()
        custom.setSpacing(8)
        for widget in (
            self.minutes_less,
            self.minutes_label,
            self.minutes_more,
        ):
            custom.addWidget(widget)
        custom.addSpacing(16)
        for widget in (self.seconds_less, self.seconds_label, self.seconds_more):
            custom.addWidget(widget)
        custom.addStretch(1)
        custom.addWidget(self.start_custom_button)

        self.stopwatch_button = touch_button(
            with_glyph("◷", self.tr("Stopwatch")),
            self.tr("Start the stopwatch"),
            self.tr("Count up from zero (S)"),
        )
        self.stopwatch_button.clicked.connect(self._start_stopwatch)
        stopwatch = QHBoxLayout()
        stopwatch.addWidget(self.stopwatch_button)
        stopwatch.addStretch(1)

        self.less_button = touch_button(
            with_glyph("−", self.tr("1 min")), self.tr("One minute less"), self.tr("−1 min (−)")
        )
        self.pause_button = touch_button("", self.tr("Pause the timer"), self.tr("Pause (P)"))
        self.more_button = touch_button(
            with_glyph("+", self.tr("1 min")), self.tr("One minute more"), self.tr("+1 min (+)")
        )
        self.reset_button = touch_button(
            with_glyph("↺", self.tr("Reset")),
            self.tr("Reset the timer"),
            self.tr("Back to the start, stopped (R)"),
        )
        self.clear_button = touch_button(
            with_glyph("✖", self.tr("Clear")),
            self.tr("Clear the timer"),
            self.tr("Stop and hide the timer (Delete)"),
        )
        self.less_button.clicked.connect(controller.take_minute)
        self.pause_button.clicked.connect(controller.toggle_pause)
        self.more_button.clicked.connect(controller.add_minute)
        self.reset_button.clicked.connect(controller.reset)
        self.clear_button.clicked.connect(controller.clear)

        self.sound_button = touch_button(
            "",
            self.tr("Chime"),
            self.tr("A chime at the last minute and at the end (M)"),
            role="switch",
            checkable=True,
        )
        reserve_width(self.sound_button, [self._sound_text(True), self._sound_text(False)])
        self.sound_button.toggled.connect(lambda on: chime.set_muted(not on))
        chime.mutedChanged.connect(self._show_muted)
        self.compact_button = touch_button(
            with_glyph("▬", self.tr("Small timer")),
            self.tr("Small timer"),
            self.tr("Shrink the timer to a small pill (C)"),
            role="switch",
            checkable=True,
        )
        self.compact_button.toggled.connect(self.compactRequested)
        self.full_screen_button = touch_button(
            with_glyph("⬈", self.tr("Full screen")),
            self.tr("Show the timer full screen"),
            self.tr("Full screen (F or Shift+T)"),
        )
        self.full_screen_button.clicked.connect(self.fullScreenRequested)

        actions = QGridLayout()
        actions.setHorizontalSpacing(10)
        actions.setVerticalSpacing(10)
        for column, button in enumerate(
            (
                self.less_button,
                self.pause_button,
                self.more_button,
                self.reset_button,
                self.clear_button,
            )
        ):
            actions.addWidget(button, 0, column)
        view = QHBoxLayout()
        view.setSpacing(10)
        for button in (self.sound_button, self.compact_button, self.full_screen_button):
            view.addWidget(button)
        view.addStretch(1)
        for button in (
            self.close_button,
            self.stopwatch_button,
            self.less_button,
            self.pause_button,
            self.more_button,
            self.reset_button,
            self.clear_button,
            self.sound_button,
            self.compact_button,
            self.full_screen_button,
        ):
            button.setMinimumHeight(TOUCH_COMFORT)
        self.close_button.setMinimumWidth(TOUCH_COMFORT)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 20)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(plain_label(self.tr("Count down"), "sectionLabel"))
        layout.addLayout(presets)
        layout.addWidget(plain_label(self.tr("Custom time (minutes and seconds)"), "muted"))
        layout.addLayout(custom)
        layout.addLayout(stopwatch)
        layout.addWidget(self._separator())
        layout.addWidget(plain_label(self.tr("The running timer"), "sectionLabel"))
        layout.addLayout(actions)
        layout.addLayout(view)

        controller.changed.connect(self.show_reading)
        self._show_custom()
        self._show_muted(chime.muted)
        self.show_reading(controller.reading())
        self.hide()

    def _step_button(self, glyph: str, name: str) -> QPushButton:
        button = touch_button(glyph, name)
        button.setMinimumSize(TOUCH_COMFORT, TOUCH_COMFORT)
        button.setAutoRepeat(True)
        button.setAutoRepeatDelay(AUTO_REPEAT_DELAY_MS)
        button.setAutoRepeatInterval(AUTO_REPEAT_INTERVAL_MS)
        return button

    def _separator(self) -> QFrame:
        line = QFrame()
        line.setObjectName("barSeparator")
        line.setFixedHeight(2)
        return line

    # Showing -----------------------------------------------------------------------

    def show_reading(self, reading: TimerReading) -> None:
        self.readout.setText(f"{reading.glyph()}  {reading.digits}" if reading.shown else "")
        text, name, enabled = pause_label(reading)
        self.pause_button.setText(text)
        self.pause_button.setAccessibleName(name)
        self.pause_button.setEnabled(enabled and reading.shown)
        for button in (self.less_button, self.more_button):
            button.setEnabled(reading.shown and reading.countdown)
        self.reset_button.setEnabled(
            reading.shown and (reading.status is not TimerStatus.READY or reading.alert is Alert.UP)
        )
        self.clear_button.setEnabled(reading.shown)
        self.full_screen_button.setEnabled(reading.shown)

    def show_compact(self, compact: bool) -> None:
        self.compact_button.blockSignals(True)
        self.compact_button.setChecked(compact)
        self.compact_button.blockSignals(False)

    def _show_muted(self, muted: bool) -> None:
        self.sound_button.blockSignals(True)
        self.sound_button.setChecked(not muted)
        self.sound_button.blockSignals(False)
        self.sound_button.setText(self._sound_text(muted))

    def _sound_text(self, muted: bool) -> str:
        return with_glyph("♪", self.tr("Chime off") if muted else self.tr("Chime on"))

    # The custom time -------------------------------------------------------------------

    def custom_seconds(self) -> int:
        return self._custom_minutes * 60 + self._custom_seconds

    def set_custom(self, seconds: int) -> None:
        seconds = min(max(0, seconds), settings.TIMER_MAX_SECONDS)
        self._custom_minutes, self._custom_seconds = divmod(seconds, 60)
        self._show_custom()

    def _step_custom(self, seconds: int) -> None:
        self.set_custom(self.custom_seconds() + seconds)

    def _start_custom_text(self, digits: str) -> str:
        return with_glyph("▶", self.tr("Start {time}").format(time=digits))

    def _show_custom(self) -> None:
        total = self.custom_seconds()
        self.minutes_label.setText(minutes_text(self._custom_minutes))
        self.seconds_label.setText(self.tr("{seconds} s").format(seconds=self._custom_seconds))
        self.minutes_label.setAccessibleName(minutes_text(self._custom_minutes))
        self.seconds_label.setAccessibleName(self.tr("%n seconds", "", self._custom_seconds))
        minutes, secs = divmod(total, 60)
        hours, minutes = divmod(minutes, 60)
        digits = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
        self.start_custom_button.setText(self._start_custom_text(digits))
        self.start_custom_button.setEnabled(total >= 1)
        self.minutes_less.setEnabled(total >= 60)
        self.seconds_less.setEnabled(total >= SECONDS_STEP)
        self.minutes_more.setEnabled(total + 60 <= settings.TIMER_MAX_SECONDS)
        self.seconds_more.setEnabled(total + SECONDS_STEP <= settings.TIMER_MAX_SECONDS)

    def start_custom(self) -> None:
        if self.custom_seconds() >= 1:
            self._start(self.custom_seconds())

    def _start(self, seconds: int) -> None:
        if self._controller.start_countdown(seconds):
            self.closeRequested.emit()

    def _start_stopwatch(self) -> None:
        if self._controller.start_stopwatch():
            self.closeRequested.emit()

    # Placing -----------------------------------------------------------------------------

    def present_near(self, anchor: QRect, *, above: bool) -> None:
        """Show next to ``anchor`` (parent coordinates): above it, or below when ``above`` is
        False (each falls back to the other side where there is no room), kept in the parent."""
        parent = self.parentWidget()
        self.adjustSize()
        if parent is not None:
            room = parent.rect()
            y_above = anchor.top() - GAP - self.height()
            y_below = anchor.bottom() + GAP
            fits_above = y_above >= room.top()
            fits_below = y_below + self.height() <= room.bottom()
            y = y_above if (above and fits_above) or not fits_below else y_below
            x = min(max(anchor.left(), room.left() + GAP), room.right() - self.width() - GAP)
            y = min(max(y, room.top() + GAP), room.bottom() - self.height() - GAP)
            self.move(x, y)
        self.show()
        self.raise_()
        self.setFocus()

    # Input ------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        # Esc closes this first (before, say, leaving presentation mode).
        return claim_escape(event) or super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        )
        steps = {
            Qt.Key.Key_Up: 60,
            Qt.Key.Key_Down: -60,
            Qt.Key.Key_Right: SECONDS_STEP,
            Qt.Key.Key_Left: -SECONDS_STEP,
        }
        if plain and key in steps:
            self._step_custom(steps[Qt.Key(key)])
        elif plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.start_custom()
        elif not self._key_handler(event):
            super().keyPressEvent(event)
            return
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # A tap between the controls stays in the panel (not on the board under it).
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()
