"""The timer on the board screen: the overlay, the full-screen timer and the controls, together.

One object owns the three views of the session's timer and the keys that work
whenever one of them has the keyboard (the board screen adds the few keys that
work everywhere: see ``ui.shortcuts``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from facilitator.services.workshop import WorkshopService
from ui.chime import Chime
from ui.service_bridge import ServiceBridge
from ui.timer_controller import TimerController
from ui.timer_overlay import TimerFullScreen, TimerOverlay, controls_rect
from ui.timer_panel import TimerPanel

_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class BoardTimer(QObject):
    """The overlay (on ``canvas``), and the full-screen timer and controls panel (on ``screen``)."""

    errorOccurred = Signal(object)  # FacilitatorError
    panelShown = Signal(bool)

    def __init__(
        self,
        service: WorkshopService,
        bridge: ServiceBridge,
        chime: Chime,
        screen: QWidget,
        canvas: QWidget,
    ) -> None:
        super().__init__(screen)
        self._screen = screen
        self._canvas = canvas
        self.chime = chime
        # The toolbar button the controls open above, when they are not opened from the overlay.
        self.anchor: QWidget | None = None
        self.controller = TimerController(service, bridge, chime, self)
        self.controller.errorOccurred.connect(self.errorOccurred)
        self.overlay = TimerOverlay(self.controller, canvas)
        self.overlay.key_handler = self.handle_key
        self.full_screen = TimerFullScreen(self.controller, screen)
        self.full_screen.key_handler = self.handle_key
        self.panel = TimerPanel(self.controller, chime, self.handle_key, screen)

        self.overlay.panelRequested.connect(self.open_panel_at_overlay)
        self.overlay.fullScreenRequested.connect(self.show_full_screen)
        self.overlay.compactChanged.connect(self.panel.show_compact)
        self.full_screen.dismissed.connect(self._full_screen_left)
        self.panel.closeRequested.connect(self.close_panel)
        self.panel.compactRequested.connect(self.overlay.set_compact)
        self.panel.fullScreenRequested.connect(self.show_full_screen)

    # The controls panel ---------------------------------------------------------------

    def panel_open(self) -> bool:
        return self.panel.isVisible()

    def toggle_panel(self) -> None:
        if self.panel_open():
            self.close_panel()
        else:
            self.open_panel()

    def open_panel(self) -> None:
        """Open the controls above the toolbar button (or, without one, mid-screen)."""
        if self.anchor is not None and self.anchor.isVisible():
            self.panel.present_near(controls_rect(self.anchor, self._screen), above=True)
        else:
            centre = self._screen.rect().center()
            self.panel.present_near(QRect(centre.x() - 400, centre.y(), 1, 1), above=True)
        self.panelShown.emit(True)

    def open_panel_at_overlay(self) -> None:
        """Open the controls next to the overlay that was tapped."""
        self.panel.present_near(controls_rect(self.overlay, self._screen), above=False)
        self.panelShown.emit(True)

    def close_panel(self) -> None:
        if not self.panel.isVisible():
            return
        focus = QApplication.focusWidget()
        refocus = focus is not None and (focus is self.panel or self.panel.isAncestorOf(focus))
        self.panel.hide()
        self.panelShown.emit(False)
        if refocus:
            self._canvas.setFocus()

    # Sizes ------------------------------------------------------------------------------

    def full_screen_shown(self) -> bool:
        return self.full_screen.isVisible()

    def toggle_full_screen(self) -> None:
        if self.full_screen_shown():
            self.leave_full_screen()
        else:
            self.show_full_screen()

    def show_full_screen(self) -> None:
        if not self.controller.reading().shown:
            return
        self.close_panel()
        self.overlay.set_suppressed(True)
        self.full_screen.present()

    def leave_full_screen(self) -> None:
        self.full_screen.dismiss()

    def _full_screen_left(self) -> None:
        self.overlay.set_suppressed(False)
        self._canvas.setFocus()

    def toggle_compact(self) -> None:
        if self.full_screen_shown():
            self.leave_full_screen()
            self.overlay.set_compact(True)
            return
        self.overlay.set_compact(not self.overlay.is_compact())

    def toggle_mute(self) -> None:
        self.chime.set_muted(not self.chime.muted)

    # Keys --------------------------------------------------------------------------------

    def handle_key(self, event: QKeyEvent) -> bool:
        """Keys for the timer while it has the keyboard (overlay, controls or full screen)."""
        if event.modifiers() & _MODIFIERS:
            return False
        key = event.key()
        controller = self.controller
        digit = key - Qt.Key.Key_0.value
        if key in (Qt.Key.Key_Space, Qt.Key.Key_P):
            controller.toggle_pause()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Greater):
            controller.add_minute()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore, Qt.Key.Key_Less):
            controller.take_minute()
        elif 0 <= digit <= 9:
            # A digit counts down that many minutes; 0 is ten.
            if controller.start_countdown((digit or 10) * 60):
                self.close_panel()
        elif key == Qt.Key.Key_S:
            if controller.start_stopwatch():
                self.close_panel()
        elif key == Qt.Key.Key_R:
            controller.reset()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            controller.clear()
        elif key == Qt.Key.Key_F:
            self.toggle_full_screen()
        elif key == Qt.Key.Key_C:
            self.toggle_compact()
        elif key == Qt.Key.Key_M:
            self.toggle_mute()
        elif key == Qt.Key.Key_Escape:
            if self.full_screen_shown():
                self.leave_full_screen()
            elif self.panel_open():
                self.close_panel()
            else:
                return False
        else:
            return False
        return True
