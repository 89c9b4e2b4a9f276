"""A board as a PNG picture, sharp enough to zoom into or print."""

from __future__ import annotations

import errno
import math
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QImageWriter, QPainter

from facilitator.export.report import BoardEntry
from ui.export.board_picture import BoardPicture

# Image pixels per board unit: twice the app's 100 % zoom, so text stays crisp
# when the picture is zoomed into, shown on a high-density screen or printed.
SCALE = 2.0
# A very large board is drawn smaller rather than as a picture nobody can open
# or mail (16 million pixels is about 5 to 10 MB as PNG).
MAX_PIXELS = 16_000_000
MAX_SIDE = 12_000
# zlib effort: boards are large flat areas that compress well even at low
# effort, and the highest effort takes several times longer for a few percent.
PNG_QUALITY = 70  # Qt maps 0-100 to zlib's 9-0


def picture_scale(width: float, height: float) -> float:
    """Pixels per board unit for a board of ``width`` x ``height`` units."""
    return min(
        SCALE,
        math.sqrt(MAX_PIXELS / max(width * height, 1.0)),
        MAX_SIDE / max(width, height, 1.0),
    )


def board_image(board: BoardEntry) -> QImage:
    picture = BoardPicture(board)
    scale = picture_scale(picture.rect.width(), picture.rect.height())
    width = max(1, round(picture.rect.width() * scale))
    height = max(1, round(picture.rect.height() * scale))
    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    picture.paint(painter, QRectF(0.0, 0.0, width, height))
    painter.end()
    return image


def write_board_png(board: BoardEntry, path: Path) -> None:
    writer = QImageWriter(str(path), b"png")
    writer.setQuality(PNG_QUALITY)
    if not writer.write(board_image(board)):
        raise OSError(errno.EIO, writer.errorString(), str(path))
