"""A message banner over the bottom of the window that fades away by itself.

Errors and confirmations must never stop a workshop in progress: the banner
needs no answer, and a finger-sized button dismisses it at once.
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QPropertyAnimation, QRect, QTimer, Signal
from PySide6.QtWidgets import QFrame, QGraphicsOpacityEffect, QHBoxLayout, QWidget

from ui.controls import plain_label, touch_button

# Long enough to read a sentence from across the room; longer texts stay longer.
BASE_SHOW_MS = 4000
SHOW_MS_PER_CHARACTER = 60
MAX_SHOW_MS = 12000
FADE_MS = 400
MAX_WIDTH = 1000
# Keeps the banner above the board screen's bottom tool bar.
BOTTOM_CLEARANCE = 112


class Toast(QFrame):
    dismissed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("toast")
        self.setProperty("kind", "info")
        # Errors also carry a symbol, so red is not the only sign that something failed.
        self.error_icon = plain_label("⚠")
        self.error_icon.setAccessibleName(self.tr("Error"))
        self.message_label = plain_label(wrap=True)
        self.dismiss_button = touch_button(
            "✕", self.tr("Dismiss message"), self.tr("Dismiss message")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 12, 12, 12)
        layout.setSpacing(16)
        layout.addWidget(self.error_icon)
        layout.addWidget(self.message_label, 1)
        layout.addWidget(self.dismiss_button)

        self._opacity = QGraphicsOpacityEffect(self)
        self._opacity.setOpacity(1.0)
        self.setGraphicsEffect(self._opacity)
        self._fade = QPropertyAnimation(self._opacity, b"opacity", self)
        self._fade.setDuration(FADE_MS)
        self._fade.setStartValue(1.0)
        self._fade.setEndValue(0.0)
        self._fade.setEasingCurve(QEasingCurve.Type.InQuad)
        self._fade.finished.connect(self.dismiss)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fade.start)

        self.dismiss_button.clicked.connect(self.dismiss)
        self.hide()

    def show_message(self, text: str, *, error: bool = False) -> None:
        self._fade.stop()
        self._opacity.setOpacity(1.0)
        self.setProperty("kind", "error" if error else "info")
        self.style().unpolish(self)
        self.style().polish(self)
        self.error_icon.setVisible(error)
        self.message_label.setText(text)
        self.setAccessibleName(text)
        self.place()
        self.show()
        self.raise_()
        self._timer.start(min(MAX_SHOW_MS, BASE_SHOW_MS + SHOW_MS_PER_CHARACTER * len(text)))

    def text(self) -> str:
        return self.message_label.text()

    def is_error(self) -> bool:
        return bool(self.property("kind") == "error")

    def dismiss(self) -> None:
        self._timer.stop()
        self._fade.stop()
        was_visible = self.isVisible()
        self.hide()
        self._opacity.setOpacity(1.0)
        if was_visible:
            self.dismissed.emit()

    def place(self) -> None:
        """Centre the banner near the bottom of the parent; call when the parent resizes."""
        parent = self.parentWidget()
        if parent is None:
            return
        width = min(MAX_WIDTH, parent.width() - 64)
        height = self.heightForWidth(width) if self.hasHeightForWidth() else -1
        height = max(height, self.sizeHint().height())
        x = (parent.width() - width) // 2
        y = max(0, parent.height() - height - BOTTOM_CLEARANCE)
        self.setGeometry(QRect(x, y, width, height))
