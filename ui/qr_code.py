"""QR codes that phones scan from across the room, or from a screen share.

A QR code scans when its modules are sharp squares of equal size with a quiet
zone around them, dark on light. The widget therefore paints each module as a
whole number of device pixels (never a smoothed, scaled image) and keeps the
four-module quiet zone white even where the widget's background is not.
"""

from __future__ import annotations

from functools import lru_cache

import qrcode
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

# The quiet zone the QR standard asks for, in modules.
QUIET_ZONE = 4
DARK = QColor("#000000")
LIGHT = QColor("#FFFFFF")

Matrix = tuple[tuple[bool, ...], ...]


@lru_cache(maxsize=32)
def qr_matrix(text: str) -> Matrix:
    """The modules of ``text``'s QR code, quiet zone included (True: dark).

    Error correction level M survives a glare spot or a slightly blurred
    camera, and keeps a join link at version 3-5 (29-37 modules): large modules.
    """
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=QUIET_ZONE)
    code.add_data(text)
    code.make(fit=True)
    return tuple(tuple(bool(cell) for cell in row) for row in code.get_matrix())


def qr_image(text: str, module_px: int) -> QImage:
    """The QR code as an image with ``module_px`` pixels per module."""
    matrix = qr_matrix(text)
    side = len(matrix) * module_px
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(LIGHT)
    painter = QPainter(image)
    _paint_modules(painter, matrix, 0, 0, module_px)
    painter.end()
    return image


def _paint_modules(painter: QPainter, matrix: Matrix, left: int, top: int, module: int) -> None:
    for y, row in enumerate(matrix):
        x = 0
        width = len(row)
        while x < width:
            if not row[x]:
                x += 1
                continue
            # One rectangle per run of dark modules: fewer calls, no seams.
            start = x
            while x < width and row[x]:
                x += 1
            painter.fillRect(
                QRect(left + start * module, top + y * module, (x - start) * module, module), DARK
            )


def qr_icon() -> QIcon:
    """A small QR code as an icon for "invite" buttons: recognised before it is read."""
    image = qr_image("Facilitator", 1).copy(QUIET_ZONE - 1, QUIET_ZONE - 1, 23, 23)
    return QIcon(QPixmap.fromImage(image.scaled(46, 46)))


class QrCodeView(QWidget):
    """A QR code as large as the widget allows, in whole device pixels per module."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._matrix: Matrix = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    def text(self) -> str:
        return self._text

    def matrix(self) -> Matrix:
        return self._matrix

    def set_text(self, text: str) -> None:
        if text == self._text:
            return
        self._text = text
        self._matrix = qr_matrix(text) if text else ()
        self.updateGeometry()
        self.update()

    def module_count(self) -> int:
        return len(self._matrix)

    def module_size(self) -> int:
        """Device pixels per module at the widget's current size (0: too small to draw)."""
        count = self.module_count()
        if not count:
            return 0
        ratio = self.devicePixelRatioF()
        side = min(self.width(), self.height()) * ratio
        return int(side // count)

    def code_rect(self) -> QRect:
        """Where the code (quiet zone included) is drawn, in widget coordinates."""
        module = self.module_size()
        if not module:
            return QRect()
        ratio = self.devicePixelRatioF()
        side = round(self.module_count() * module / ratio)
        return QRect((self.width() - side) // 2, (self.height() - side) // 2, side, side)

    def sizeHint(self) -> QSize:
        return QSize(240, 240)

    def minimumSizeHint(self) -> QSize:
        # Two pixels per module is the least a phone camera can still read.
        side = max(2 * self.module_count(), 48)
        return QSize(side, side)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def paintEvent(self, event: QPaintEvent) -> None:
        module = self.module_size()
        if not module:
            return
        rect = self.code_rect()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        # Paint in device pixels so modules stay exact on scaled (HiDPI) screens.
        ratio = self.devicePixelRatioF()
        painter.scale(1 / ratio, 1 / ratio)
        left, top = round(rect.left() * ratio), round(rect.top() * ratio)
        side = self.module_count() * module
        painter.fillRect(QRect(left, top, side, side), LIGHT)
        _paint_modules(painter, self._matrix, left, top, module)
        painter.end()
