"""Screens that cover the whole board screen until dismissed: the base they share.

The join screen, the list of shortcuts and the full-screen timer each lie over
the board screen instead of opening a window of their own, so that they show
when only the app's window is shared into a video call. They come and go the
same way: they follow the board screen's size, take the keyboard, and close on
Esc (before Esc can leave presentation mode) or on a tap that lands on the
cover itself rather than on a control. :class:`Cover` holds that behaviour
once, so the three cannot drift apart; :class:`TapShield` is for the panels on
a cover whose empty parts must not count as "outside".
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QWidget

from ui.shortcuts import claim_escape


class TapShield(QFrame):
    """A panel on a cover: a tap between its controls stops here instead of closing the cover."""

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()


class Cover(QFrame):
    """A child widget that covers its whole parent while shown; Esc or a tap on it dismisses it.

    Subclasses set their accessible name themselves, so that its translation
    keeps the subclass's context.
    """

    dismissed = Signal()

    # Keys that close the cover; a subclass may add its own (the help closes on F1 and ? too).
    dismiss_keys: ClassVar[tuple[Qt.Key, ...]] = (Qt.Key.Key_Escape,)

    def __init__(self, parent: QWidget, object_name: str) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        # Paint the opaque background the style sheet gives the object name: the board must not
        # show through.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        # The cover takes the keyboard while shown, so Esc reaches it.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pressed = False  # a left press landed on the cover itself
        parent.installEventFilter(self)  # to follow the parent's size
        self.hide()

    # Showing ------------------------------------------------------------------------

    def present(self) -> None:
        """Cover the parent and take the keyboard, for Esc."""
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()
        self.setFocus()

    def dismiss(self) -> None:
        """Hide; ``dismissed`` only when it was showing, so listeners don't act twice."""
        was_visible = self.isVisible()
        self.hide()
        if was_visible:
            self.dismissed.emit()

    def toggle(self) -> None:
        if self.isVisible():
            self.dismiss()
        else:
            self.present()

    # Events -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if watched is parent and parent is not None and event.type() == QEvent.Type.Resize:
            self.setGeometry(parent.rect())
        return False

    def event(self, event: QEvent) -> bool:
        # Esc closes the cover first (before, say, leaving presentation mode).
        return claim_escape(event) or super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in self.dismiss_keys:
            self.dismiss()
            event.accept()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # Only taps that reach the cover itself (not a control, not a TapShield) dismiss it.
        self._pressed = event.button() == Qt.MouseButton.LeftButton
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        # A release only counts after a press on the cover, and only on it: dragging off cancels.
        if self._pressed and self.rect().contains(event.position().toPoint()):
            self.dismiss()
        # Forget the press whatever happened, so a stale one never turns a later release into a tap.
        self._pressed = False
        event.accept()
