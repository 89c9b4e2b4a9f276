"""All notes of a board drawn as one item, for zoom levels where no text is readable.

Painting thousands of notes one Python ``paint()`` call at a time costs far
more than a frame (about 25-50 ms for 5,000 notes). Zoomed out, a note is a
coloured block anyway, so the scene hides the individual note items and this
item draws every block with one ``drawRects`` call per colour.

The scene keeps the blocks up to date one note at a time (a note arriving
from a phone must not cost a pass over the whole board). Blocks of one colour
are drawn in the order they were last put, which follows the notes' stacking
order: a note that moves is raised to the top, and is put again at the end.
Notes of different colours that overlap may be drawn in the wrong order; at
this zoom nobody can tell.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from facilitator.domain import Note
from facilitator.palette import COLORS, DEFAULT_NOTE_COLOR
from ui.note_item import (
    BACK_FILL,
    MODERATED_GREY,
    SELECTION_COLOR,
    SYMBOL_COLOR,
    SYMBOL_LOD,
    decoration_scale,
    note_font,
)

# Above the clusters (negative z), below every note item (notes start at z 1).
OVERVIEW_Z = 0.0
# Room for a selection outline a few screen pixels wide at the smallest zoom.
MARGIN = 80.0

# Face-down notes are card backs here too (their colour is not shown either),
# and notes hidden from everyone are grey.
BACK_KEY = "_back"
MODERATED_KEY = "_moderated"
_FILLS = {key: QColor(colour.hex) for key, colour in COLORS.items()}
_FILLS[BACK_KEY] = QColor(BACK_FILL)
_FILLS[MODERATED_KEY] = QColor(MODERATED_GREY)
# Width 0: a one-pixel line at any zoom, which keeps touching notes apart.
_BORDERS = {key: QPen(fill.darker(150), 0) for key, fill in _FILLS.items()}


def _colour_key(note: Note) -> str:
    if note.face_down:
        return BACK_KEY
    if note.moderated:
        return MODERATED_KEY
    return note.color if note.color in COLORS else DEFAULT_NOTE_COLOR


class NoteOverviewItem(QGraphicsItem):
    def __init__(self) -> None:
        super().__init__()
        self._blocks: dict[str, dict[str, QRectF]] = {key: {} for key in _FILLS}
        self._placed: dict[str, tuple[str, int]] = {}  # note id -> (colour key, z)
        self._selected: list[str] = []
        # One path per colour holding every note's symbol; None until needed again.
        self._symbols: dict[str, QPainterPath | None] = dict.fromkeys(_FILLS)
        self._glyphs: dict[str, QPainterPath] = {}
        self._bounds = QRectF()
        self.setZValue(OVERVIEW_Z)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    # Keeping the blocks -----------------------------------------------------------

    def reset(self, notes: Iterable[Note]) -> None:
        for blocks in self._blocks.values():
            blocks.clear()
        self._placed.clear()
        self._symbols = dict.fromkeys(_FILLS)
        bounds = QRectF()
        for note in sorted(notes, key=lambda n: n.z):
            rect = self._place(note)
            bounds = bounds.united(rect)
        self._set_bounds(bounds)
        self.update()

    def put(self, note: Note) -> None:
        """Show ``note`` as it is now (new, moved, resized or recoloured)."""
        self._include(self._place(note))
        self.update()

    def remove(self, note_id: str) -> None:
        placed = self._placed.pop(note_id, None)
        if placed is not None:
            del self._blocks[placed[0]][note_id]
            self._symbols[placed[0]] = None
            self.update()

    def set_selected(self, note_ids: Iterable[str]) -> None:
        self._selected = list(note_ids)
        self.update()

    def _place(self, note: Note) -> QRectF:
        key = _colour_key(note)
        rect = QRectF(note.x, note.y, note.width, note.height)
        placed = self._placed.get(note.id)
        self._symbols[key] = None
        if placed is not None:
            self._symbols[placed[0]] = None
        if placed == (key, note.z):
            self._blocks[key][note.id] = rect  # same place in the drawing order
        else:
            if placed is not None:
                del self._blocks[placed[0]][note.id]
            self._blocks[key][note.id] = rect  # drawn last: it was raised or is new
            self._placed[note.id] = (key, note.z)
        return rect

    # Geometry ---------------------------------------------------------------------

    def _set_bounds(self, rect: QRectF) -> None:
        if rect != self._bounds:
            self.prepareGeometryChange()
            self._bounds = QRectF(rect)

    def _include(self, rect: QRectF) -> None:
        # Growing only: a bound that is too large costs nothing visible.
        if not self._bounds.contains(rect):
            self._set_bounds(self._bounds.united(rect) if not self._bounds.isNull() else rect)

    def boundingRect(self) -> QRectF:
        return self._bounds.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)

    # Painting ---------------------------------------------------------------------

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        # Axis-aligned blocks need no antialiasing, and without it filling
        # thousands of them costs a few milliseconds instead of tens.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for key, blocks in self._blocks.items():
            if blocks:
                painter.setBrush(_FILLS[key])
                painter.setPen(_BORDERS[key])
                painter.drawRects(list(blocks.values()))
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        if lod >= SYMBOL_LOD:
            self._paint_symbols(painter)
        outlined = [
            self._blocks[placed[0]][note_id]
            for note_id in self._selected
            if (placed := self._placed.get(note_id)) is not None
        ]
        if outlined:
            # As wide as on a note item, but thinner where notes are only a few pixels.
            pen = QPen(SELECTION_COLOR, min(4.0, max(1.5, 30.0 * lod)))
            pen.setCosmetic(True)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(pen)
            painter.drawRects(outlined)

    def _paint_symbols(self, painter: QPainter) -> None:
        # Colour is never the only signal, not even zoomed out. One path per
        # colour keeps this to a handful of calls; antialiasing them would
        # cost ten times as much.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(SYMBOL_COLOR)
        for key, blocks in self._blocks.items():
            if not blocks or key not in COLORS:
                continue
            path = self._symbols[key]
            if path is None:
                path = self._symbols[key] = self._symbol_path(key, blocks.values())
            painter.drawPath(path)

    def _symbol_path(self, key: str, rects: Iterable[QRectF]) -> QPainterPath:
        glyph = self._glyphs.get(key)
        if glyph is None:
            glyph = self._glyphs[key] = _glyph(COLORS[key].symbol)
        path = QPainterPath()
        for rect in rects:
            scale = decoration_scale(rect.width(), rect.height())
            left = rect.left() + 10.0 * scale
            middle = rect.bottom() - 10.0 * scale - 22.0 * scale
            if scale == 1.0:
                path.addPath(glyph.translated(left, middle))
            else:
                path.addPath(QTransform(scale, 0, 0, scale, left, middle).map(glyph))
        return path


def _glyph(symbol: str) -> QPainterPath:
    """A symbol as large as a note shows it at middle zoom, its left middle at (0, 0)."""
    path = QPainterPath()
    path.addText(QPointF(0.0, 0.0), note_font(38.0, QFont.Weight.Normal), symbol)
    bounds = path.boundingRect()
    return path.translated(-bounds.left(), -bounds.center().y())
