"""The PDF report's type, colours and units, shared by its text and its pages."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat

# Device units per inch. Items draw their text only when a board unit is at
# least about a third of a device unit; at 600 dpi that holds for boards up
# to about 20,000 units across, which covers any real board.
RESOLUTION = 600
MARGIN_MM = 16.0
# The app's own ink colours (ui.style), which print well on white.
INK = QColor("#16191D")
MUTED = QColor("#4A5260")
RULE = QColor("#C9CED6")
ACCENT = QColor("#174EA6")
SYMBOL = QColor(0, 0, 0, 170)  # a colour's symbol on its swatch, as on a note
BODY_PT = 10.5
FOOTER_PT = 8.5


def device_units(points: float) -> float:
    """A length in points as the painter draws it on the PDF."""
    return points * RESOLUTION / 72


def text_units(points: float) -> float:
    """A length in points for text formats: documents take 96 dpi pixels and scale them."""
    return points * 96 / 72


def font(points: float, *, bold: bool = False, italic: bool = False) -> QFont:
    result = QFont()
    result.setPointSizeF(points)
    result.setBold(bold)
    result.setItalic(italic)
    return result


def char_format(
    points: float = BODY_PT,
    *,
    bold: bool = False,
    italic: bool = False,
    colour: QColor = INK,
) -> QTextCharFormat:
    form = QTextCharFormat()
    form.setFont(font(points, bold=bold, italic=italic))
    form.setForeground(QBrush(colour))
    return form
