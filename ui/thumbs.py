"""The three answers of a thumbs poll: a drawn thumb and a word for each.

The thumbs are drawn rather than taken from an emoji font: many Linux
displays have none, and a missing glyph would leave an empty box where the
room looks for the answer. The word is always there too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPainterPath, QPixmap

from facilitator.domain import Thumb
from facilitator.i18n import QT_TRANSLATE_NOOP

_NAMES = {
    Thumb.UP: QT_TRANSLATE_NOOP("thumbs", "Keep going"),
    Thumb.SIDEWAYS: QT_TRANSLATE_NOOP("thumbs", "Either way"),
    Thumb.DOWN: QT_TRANSLATE_NOOP("thumbs", "Move on"),
}
# Degrees the upright thumb is turned for each answer (sideways points right).
_TURN = {Thumb.UP: 0.0, Thumb.SIDEWAYS: 90.0, Thumb.DOWN: 180.0}


def thumb_name(thumb: Thumb) -> str:
    return QCoreApplication.translate("thumbs", _NAMES[thumb])


def _upright_thumb(size: float) -> QPainterPath:
    """A fist with its thumb up, filling a ``size`` square."""
    s = size
    path = QPainterPath()
    path.addRoundedRect(QRectF(0.30 * s, 0.44 * s, 0.56 * s, 0.48 * s), 0.10 * s, 0.10 * s)
    path.addRoundedRect(QRectF(0.32 * s, 0.06 * s, 0.20 * s, 0.50 * s), 0.10 * s, 0.10 * s)
    path.addRoundedRect(QRectF(0.10 * s, 0.46 * s, 0.16 * s, 0.46 * s), 0.04 * s, 0.04 * s)
    return path.simplified()


def _finger_gaps(size: float) -> list[tuple[QPointF, QPointF]]:
    s = size
    return [(QPointF(0.56 * s, y * s), QPointF(0.84 * s, y * s)) for y in (0.56, 0.68, 0.80)]


def thumb_pixmap(thumb: Thumb, size: int, colour: QColor) -> QPixmap:
    """A ``size`` pixel square picture of the answer's thumb, sharp on high-density screens."""
    app = QGuiApplication.instance()
    ratio = app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.translate(size / 2, size / 2)
    painter.rotate(_TURN[thumb])
    painter.translate(-size / 2, -size / 2)
    painter.fillPath(_upright_thumb(size), colour)
    # Light lines between the fingers make the fist read as a hand, not a block.
    painter.setPen(QColor(255, 255, 255, 200))
    for start, end in _finger_gaps(size):
        painter.drawLine(start, end)
    painter.end()
    return pixmap
