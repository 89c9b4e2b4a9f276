"""The shared timer on the display: a movable overlay on the board, and a full-screen view.

The room reads the timer from across the meeting room (about 4 m), so the
overlay's digits are 112 px and light on dark; the full-screen timer fills the
height. The last minute turns the timer amber and says "Last minute"; at the
end it turns red, says "Time's up", counts the overrun as +m:ss and its border
flashes once a second: colour is never the only cue.

A finger (or the mouse) drags the overlay anywhere over the board; a tap on it
opens the timer controls. It shrinks to a small pill and grows to full screen
with one tap each.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHideEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui import style
from ui.controls import TOUCH_COMFORT, TOUCH_MIN, plain_label, touch_button, with_glyph
from ui.cover import Cover
from ui.timer_controller import (
    Alert,
    TimerController,
    TimerReading,
    pause_label,
    pause_label_variants,
)

DIGITS_PX = 112  # at least 96 px: legible from 4 m on a 55" 1080p display
COMPACT_DIGITS_PX = 44
# Distance kept from the edges of the board.
INSET = 16
# The widest digits a timer of under an hour shows; the overlay keeps this width.
WIDEST = "00:00"

# Handles a key pressed while the timer has focus; True when it did something with it.
KeyHandler = Callable[[QKeyEvent], bool]


def reserve_width(button: QPushButton, labels: Sequence[str]) -> None:
    """Make ``button`` wide enough for each of ``labels``, so changing label never resizes it."""
    metrics = button.fontMetrics()
    widest = max(metrics.horizontalAdvance(label) for label in labels)
    # Padding and border from the stylesheet (18 px a side, 2 px border) and a margin.
    button.setMinimumWidth(max(widest + 48, TOUCH_MIN))


def digit_color(reading: TimerReading) -> QColor:
    """The digits' colour on the background the stylesheet gives the alert level."""
    return QColor(style.INK if reading.alert is Alert.LAST_MINUTE else "white")


def set_look(widgets: list[QWidget], reading: TimerReading) -> None:
    """Pass the alert level (and the flash) to the stylesheet of ``widgets``."""
    alert = reading.alert.value
    pulse = "true" if reading.pulse else "false"
    for widget in widgets:
        if widget.property("alert") == alert and widget.property("pulse") == pulse:
            continue
        widget.setProperty("alert", alert)
        widget.setProperty("pulse", pulse)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


class TimeDigits(QWidget):
    """The time in big bold digits, as wide as "00:00" at least so it never jitters.

    With ``fit`` the digits grow to fill the widget (the full-screen timer).
    """

    def __init__(
        self, pixel_size: int, *, fit: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._text = ""
        self._color = QColor("white")
        self._pixel_size = pixel_size
        self._fit = fit
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        policy = QSizePolicy.Policy.Expanding if fit else QSizePolicy.Policy.Fixed
        self.setSizePolicy(policy, policy)

    def text(self) -> str:
        return self._text

    def pixel_size(self) -> int:
        return self._pixel_size

    def set_text(self, text: str) -> None:
        if text == self._text:
            return
        old_template = _template(self._text)
        self._text = text
        if _template(text) != old_template:
            if self._fit:
                self._fit_to(self.size())
            self.updateGeometry()
        self.update()

    def set_color(self, color: QColor) -> None:
        if color != self._color:
            self._color = color
            self.update()

    def digit_font(self, pixel_size: int | None = None) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(pixel_size or self._pixel_size)
        font.setBold(True)
        return font

    def _measure(self, pixel_size: int) -> QSize:
        metrics = QFontMetricsF(self.digit_font(pixel_size))
        width = max(
            metrics.horizontalAdvance(_template(self._text)), metrics.horizontalAdvance(WIDEST)
        )
        # Digits have no descenders: cap height and a little air above and below.
        height = metrics.capHeight() * 1.4
        return QSize(round(width) + 8, round(height))

    def sizeHint(self) -> QSize:
        if self._fit:
            return QSize(200, 100)
        return self._measure(self._pixel_size)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint() if not self._fit else QSize(100, 60)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit:
            self._fit_to(event.size())

    def _fit_to(self, size: QSize) -> None:
        reference = 100
        measured = self._measure(reference)
        scale = min(
            size.width() * 0.94 / max(1, measured.width()),
            size.height() / max(1, measured.height()),
        )
        self._pixel_size = max(12, int(reference * scale))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        font = self.digit_font()
        painter.setFont(font)
        painter.setPen(self._color)
        metrics = QFontMetricsF(font)
        x = (self.width() - metrics.horizontalAdvance(self._text)) / 2
        baseline = (self.height() + metrics.capHeight()) / 2
        painter.drawText(QPoint(round(x), round(baseline)), self._text)
        painter.end()


def _template(text: str) -> str:
    return "".join("0" if ch.isdigit() else ch for ch in text)


class TimerOverlay(QFrame):
    """The timer over a corner of the board, movable, in a normal or a compact (pill) size."""

    panelRequested = Signal()
    fullScreenRequested = Signal()
    compactChanged = Signal(bool)
    # Shown, hidden, resized, or put down after a drag: what it covers changed.
    placementChanged = Signal()

    def __init__(self, controller: TimerController, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("timerOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(self.tr("Timer"))
        self.key_handler: KeyHandler | None = None
        self._controller = controller
        self._compact = False
        self._suppressed = False  # while the full-screen timer shows
        # Where the overlay sits, as fractions of the free room in the parent:
        # (0, 0) top left, (1, 1) bottom right; it starts top centre (the
        # corners hold the join badge and the presentation exit button).
        self._fraction = (0.5, 0.0)
        self._press: QPoint | None = None
        self._press_origin = QPoint()
        self._dragging = False

        self.normal_page = QWidget()
        self.status_label = plain_label("", "timerStatus")
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.digits = TimeDigits(DIGITS_PX)
        self.pause_button = touch_button("", self.tr("Pause the timer"), self.tr("Pause (P)"))
        reserve_width(self.pause_button, pause_label_variants())
        self.panel_button = touch_button(
            "⚙", self.tr("Timer controls"), self.tr("Timer controls (T)")
        )
        self.compact_button = touch_button(
            "▬", self.tr("Make the timer small"), self.tr("Small timer (C in the controls)")
        )
        self.full_screen_button = touch_button(
            "⬈", self.tr("Show the timer full screen"), self.tr("Full screen (Shift+T)")
        )
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.pause_button, 1)
        for button in (self.panel_button, self.compact_button, self.full_screen_button):
            button.setObjectName("timerIcon")
            button.setMinimumSize(TOUCH_COMFORT, TOUCH_COMFORT)
            buttons.addWidget(button)
        normal = QVBoxLayout(self.normal_page)
        normal.setContentsMargins(20, 12, 20, 16)
        normal.setSpacing(4)
        normal.addWidget(self.status_label)
        normal.addWidget(self.digits, 0, Qt.AlignmentFlag.AlignHCenter)
        normal.addSpacing(6)
        normal.addLayout(buttons)

        self.compact_page = QWidget()
        self.glyph_label = plain_label("", "timerGlyph")
        self.compact_digits = TimeDigits(COMPACT_DIGITS_PX)
        self.expand_button = touch_button(
            "⬒", self.tr("Make the timer big again"), self.tr("Normal size")
        )
        self.expand_button.setObjectName("timerIcon")
        self.expand_button.setMinimumSize(TOUCH_MIN, TOUCH_MIN)
        compact = QHBoxLayout(self.compact_page)
        compact.setContentsMargins(18, 6, 8, 6)
        compact.setSpacing(10)
        compact.addWidget(self.glyph_label)
        compact.addWidget(self.compact_digits)
        compact.addWidget(self.expand_button)

        for label in (self.status_label, self.glyph_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.normal_page)
        layout.addWidget(self.compact_page)
        self.compact_page.hide()

        self.pause_button.clicked.connect(controller.toggle_pause)
        self.panel_button.clicked.connect(self.panelRequested)
        self.compact_button.clicked.connect(lambda: self.set_compact(True))
        self.expand_button.clicked.connect(lambda: self.set_compact(False))
        self.full_screen_button.clicked.connect(self.fullScreenRequested)
        controller.changed.connect(self.show_reading)
        parent.installEventFilter(self)
        self.show_reading(controller.reading())

    # Showing ---------------------------------------------------------------------

    def show_reading(self, reading: TimerReading) -> None:
        ink = digit_color(reading)
        for digits in (self.digits, self.compact_digits):
            digits.set_text(reading.digits)
            digits.set_color(ink)
        self.status_label.setText(reading.status_text())
        self.glyph_label.setText(reading.glyph())
        text, name, enabled = pause_label(reading)
        self.pause_button.setText(text)
        self.pause_button.setAccessibleName(name)
        self.pause_button.setEnabled(enabled)
        self.setAccessibleDescription(reading.spoken())
        set_look([self, self.status_label, self.glyph_label], reading)
        wanted = reading.shown and not self._suppressed
        if wanted == self.isHidden():
            self.setVisible(wanted)
        if wanted:
            self._fit_size()

    def set_suppressed(self, suppressed: bool) -> None:
        """Hide while the full-screen timer shows (it shows the same time)."""
        self._suppressed = suppressed
        self.show_reading(self._controller.reading())

    def is_compact(self) -> bool:
        return self._compact

    def set_compact(self, compact: bool) -> None:
        if compact == self._compact:
            return
        self._compact = compact
        self.setProperty("compact", "true" if compact else "false")
        self.style().unpolish(self)
        self.style().polish(self)
        self.normal_page.setVisible(not compact)
        self.compact_page.setVisible(compact)
        self._fit_size()
        self.compactChanged.emit(compact)

    def _fit_size(self) -> None:
        layout = self.layout()
        if layout is not None:
            # The digits changed width inside a page: the outer layout's size is stale.
            layout.invalidate()
            layout.activate()
        size = self.sizeHint()
        if size != self.size():
            self.resize(size)
        self.place()

    # Placing and dragging ----------------------------------------------------------

    def place(self) -> None:
        """Put the overlay where it was, relative to the room the parent has now."""
        free_x, free_y = self._free_room()
        fx, fy = self._fraction
        self.move(INSET + round(fx * free_x), INSET + round(fy * free_y))
        self.raise_()

    def move_to(self, pos: QPoint) -> None:
        """Move the top left corner to ``pos`` (parent coordinates), kept on the board."""
        free_x, free_y = self._free_room()
        x = min(max(pos.x() - INSET, 0), free_x)
        y = min(max(pos.y() - INSET, 0), free_y)
        self._fraction = (x / free_x if free_x else 0.0, y / free_y if free_y else 0.0)
        self.move(INSET + x, INSET + y)

    def _free_room(self) -> tuple[int, int]:
        parent = self.parentWidget()
        if parent is None:
            return 0, 0
        return (
            max(0, parent.width() - self.width() - 2 * INSET),
            max(0, parent.height() - self.height() - 2 * INSET),
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self._press = event.globalPosition().toPoint()
        self._press_origin = self.pos()
        self._dragging = False
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            super().mouseMoveEvent(event)
            return
        delta = event.globalPosition().toPoint() - self._press
        if not self._dragging and delta.manhattanLength() >= QApplication.startDragDistance():
            self._dragging = True
        if self._dragging:
            self.move_to(self._press_origin + delta)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            super().mouseReleaseEvent(event)
            return
        tapped = not self._dragging and event.button() == Qt.MouseButton.LeftButton
        dragged = self._dragging
        self._press = None
        self._dragging = False
        event.accept()
        if tapped:
            self.panelRequested.emit()
        if dragged:
            self.placementChanged.emit()

    def covered_rect(self) -> QRect | None:
        """What the overlay covers of its parent, with room around it; None while hidden."""
        if self.isHidden():
            return None
        return self.geometry().adjusted(-INSET, -INSET, INSET, INSET)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.placementChanged.emit()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.placementChanged.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.placementChanged.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.key_handler is not None and self.key_handler(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.place()
        return False


class TimerFullScreen(Cover):
    """The timer over the whole screen, for the room; a tap or Esc goes back to the board."""

    def __init__(self, controller: TimerController, parent: QWidget) -> None:
        super().__init__(parent, "timerFullScreen")
        self.setAccessibleName(self.tr("Timer, full screen"))
        self.key_handler: KeyHandler | None = None
        self._controller = controller

        self.status_label = plain_label("", "timerBigStatus")
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.digits = TimeDigits(DIGITS_PX, fit=True)
        self.less_button = touch_button(
            with_glyph("−", self.tr("1 min")), self.tr("One minute less"), self.tr("−1 min (<)")
        )
        self.pause_button = touch_button("", self.tr("Pause the timer"), self.tr("Pause (P)"))
        reserve_width(self.pause_button, pause_label_variants())
        self.more_button = touch_button(
            with_glyph("+", self.tr("1 min")), self.tr("One minute more"), self.tr("+1 min (>)")
        )
        self.reset_button = touch_button(
            with_glyph("↺", self.tr("Reset")), self.tr("Reset the timer"), self.tr("Reset (R)")
        )
        self.back_button = touch_button(
            with_glyph("⬋", self.tr("Back to the board")),
            self.tr("Back to the board"),
            self.tr("Back to the board (Esc)"),
        )
        self.less_button.clicked.connect(controller.take_minute)
        self.pause_button.clicked.connect(controller.toggle_pause)
        self.more_button.clicked.connect(controller.add_minute)
        self.reset_button.clicked.connect(controller.reset)
        self.back_button.clicked.connect(self.dismiss)
        self.controls = QWidget()
        row = QHBoxLayout(self.controls)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        row.addStretch(1)
        for button in (
            self.less_button,
            self.pause_button,
            self.more_button,
            self.reset_button,
            self.back_button,
        ):
            button.setMinimumHeight(72)
            row.addWidget(button)
        row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(16)
        layout.addWidget(self.status_label)
        layout.addWidget(self.digits, 1)
        layout.addWidget(self.controls)
        controller.changed.connect(self.show_reading)
        self.show_reading(controller.reading())

    def show_reading(self, reading: TimerReading) -> None:
        ink = digit_color(reading)
        self.digits.set_text(reading.digits)
        self.digits.set_color(ink)
        self.status_label.setText(reading.status_text())
        text, name, enabled = pause_label(reading)
        self.pause_button.setText(text)
        self.pause_button.setAccessibleName(name)
        self.pause_button.setEnabled(enabled)
        for button in (self.less_button, self.more_button):
            button.setEnabled(reading.countdown)
        self.setAccessibleDescription(reading.spoken())
        set_look([self, self.status_label], reading)
        if not reading.shown:
            self.dismiss()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The timer's keys work here as on the board; the cover's own keys (Esc) still dismiss it.
        if (
            event.key() not in self.dismiss_keys
            and self.key_handler is not None
            and self.key_handler(event)
        ):
            event.accept()
            return
        super().keyPressEvent(event)


def controls_rect(widget: QWidget, ancestor: QWidget) -> QRect:
    """``widget``'s geometry in ``ancestor``'s coordinates."""
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())
