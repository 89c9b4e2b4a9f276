"""The base of the screens that cover the board screen: how they follow it and go away."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from ui.cover import Cover, TapShield

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)")


class _Screen(Cover):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, "testCover")
        self.shield = TapShield()
        self.shield.setFixedSize(200, 100)
        QVBoxLayout(self).addWidget(self.shield, 0, Qt.AlignmentFlag.AlignCenter)


@pytest.fixture
def cover(qtbot) -> Iterator[_Screen]:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.resize(800, 600)
    parent.show()
    qtbot.waitExposed(parent)
    yield _Screen(parent)  # a generator keeps the parent (and so the cover) alive


def send(widget: QWidget, kind: QEvent.Type, pos: QPoint) -> None:
    pressed = kind == QEvent.Type.MouseButtonPress
    event = QMouseEvent(
        kind,
        QPointF(pos),
        QPointF(widget.mapToGlobal(pos)),
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton if pressed else Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def test_hidden_until_presented_then_covers_the_parent_as_it_resizes(qtbot, cover) -> None:
    parent = cover.parentWidget()
    assert not cover.isVisible()
    cover.present()
    assert cover.isVisible() and cover.geometry() == parent.rect()
    parent.resize(1000, 700)
    assert cover.geometry() == parent.rect()


def test_dismissed_is_emitted_once_and_only_when_it_was_showing(qtbot, cover) -> None:
    dismissals: list[None] = []
    cover.dismissed.connect(lambda: dismissals.append(None))
    cover.dismiss()
    assert dismissals == []
    cover.toggle()
    assert cover.isVisible()
    cover.toggle()
    cover.dismiss()
    assert not cover.isVisible() and dismissals == [None]


def test_esc_dismisses(qtbot, cover) -> None:
    cover.present()
    with qtbot.waitSignal(cover.dismissed):
        QTest.keyClick(cover, Qt.Key.Key_Escape)


def test_a_tap_on_the_cover_dismisses_it_a_tap_on_a_shield_does_not(qtbot, cover) -> None:
    cover.present()
    QTest.mouseClick(cover.shield, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert cover.isVisible()
    with qtbot.waitSignal(cover.dismissed):
        QTest.mouseClick(cover, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))


def test_a_press_dragged_off_the_cover_is_forgotten(qtbot, cover) -> None:
    cover.present()
    send(cover, QEvent.Type.MouseButtonPress, QPoint(5, 5))
    send(cover, QEvent.Type.MouseButtonRelease, QPoint(-20, -20))
    assert cover.isVisible()
    # A release with no press of its own (say, after a press the cover never saw) is no tap.
    send(cover, QEvent.Type.MouseButtonRelease, QPoint(5, 5))
    assert cover.isVisible()
