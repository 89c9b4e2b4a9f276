"""How one sticky note looks on the board canvas.

A :class:`NoteItem` draws the latest :class:`~facilitator.domain.Note` value it
was given and nothing else; the scene replaces that value whenever the model
changes. Text is laid out with ``QTextLayout`` and drawn as plain text, because
notes come from participants' phones and must never be interpreted as markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from facilitator.domain import Note
from facilitator.i18n import QT_TRANSLATE_NOOP
from facilitator.palette import COLORS, DEFAULT_NOTE_COLOR

# Below this zoom a note's text is a few pixels high: unreadable, and laying it
# out is the most expensive part of painting a note.
TEXT_LOD = 0.35
# Below this the colour symbol is a speck; the fill alone still shows the note.
SYMBOL_LOD = 0.12

TEXT_COLOR = QColor("#111111")
SECONDARY_TEXT_COLOR = QColor("#2E2E2E")
SHADOW_COLOR = QColor(0, 0, 0, 46)
SELECTION_COLOR = QColor("#0B2E6B")
DROP_TARGET_COLOR = QColor("#0B5D1E")
DROP_TARGET_TINT = QColor(11, 93, 30, 40)
BADGE_COLOR = QColor("#1F2937")
SYMBOL_COLOR = QColor(0, 0, 0, 170)
# A face-down note is a plain card back: the room sees that a note is there,
# not what it says nor even its colour. White on it is 8:1.
BACK_FILL = QColor("#3F4B5B")
BACK_BORDER = QColor("#27303B")
BACK_INK = QColor("#FFFFFF")
BACK_PATTERN = QColor(255, 255, 255, 28)
# A moderated note stays readable for the facilitator, but plainly "off".
MODERATED_GREY = QColor("#D5D9DF")
MODERATED_INK = QColor("#3A414C")
MODERATED_HATCH = QColor(40, 46, 56, 70)
VOTE_BADGE_COLOR = QColor("#0B2E6B")
GLOW_COLOR = QColor(23, 78, 166)
GLOW_WIDTH = 14.0  # how far the arrival glow reaches beyond the note, in board pixels
# The topic under discussion wears a thick ring and a "Discussing" label (white
# on it is 5.2:1); a discussed topic a "Discussed" check label (white 7.9:1).
TOPIC_COLOR = QColor("#C2410C")
DISCUSSED_COLOR = QColor("#1B5E20")
TOPIC_RING_GAP = 3.0  # between the note's edge and its ring, in board pixels
TOPIC_RING_REACH = 16.0  # how far the ring may reach beyond the note

MARGIN = 8.0  # room around the note for the shadow and the selection outline
SHEET_OFFSET = 7.0  # how far each sheet of a pile peeks out
SHEETS = 2
BASE_SIZE = 150.0  # the default note height; decorations scale from it


def decoration_scale(width: float, height: float) -> float:
    """How much a note's padding, symbol and badge grow with its size."""
    return min(max(min(width, height) / BASE_SIZE, 0.6), 4.0)


def note_font(
    pixel_size: float, weight: QFont.Weight = QFont.Weight.Medium, *, struck: bool = False
) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, round(pixel_size)))
    font.setWeight(weight)
    if struck:
        font.setStrikeOut(True)
    return font


def _tr(source: str) -> str:
    # Items are not QObjects; their strings live in the "NoteItem" context.
    return QCoreApplication.translate("NoteItem", source)


# Text fitting -----------------------------------------------------------------


@dataclass(frozen=True)
class TextFit:
    """The largest font that shows a note's text in its area, and the text actually shown."""

    pixel_size: int
    text: str
    anywhere: bool  # whether words had to be broken to fit


def _text_layout(text: str, font: QFont, width: float, anywhere: bool) -> tuple[QTextLayout, float]:
    # QTextLayout treats "\n" as an ordinary character; its line break is U+2028.
    layout = QTextLayout(text.replace("\n", "\u2028"), font)
    option = QTextOption(Qt.AlignmentFlag.AlignHCenter)
    option.setWrapMode(
        QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
        if anywhere
        else QTextOption.WrapMode.WordWrap
    )
    layout.setTextOption(option)
    layout.beginLayout()
    y = 0.0
    widest = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0.0, y))
        y += line.height()
        widest = max(widest, line.naturalTextWidth())
    layout.endLayout()
    # A word longer than the line overflows it; count that as not fitting.
    height = y if widest <= width + 0.5 else float("inf")
    return layout, height


def _fits(text: str, size: int, width: float, height: float, anywhere: bool) -> bool:
    return _text_layout(text, note_font(size), width, anywhere)[1] <= height


def _largest_fitting(
    text: str, width: float, height: float, low: int, high: int, *, anywhere: bool
) -> int | None:
    if not _fits(text, low, width, height, anywhere):
        return None
    while low < high:
        middle = (low + high + 1) // 2
        if _fits(text, middle, width, height, anywhere):
            low = middle
        else:
            high = middle - 1
    return low


@lru_cache(maxsize=16384)
def fit_text(text: str, width: float, height: float, min_px: int, max_px: int) -> TextFit:
    """Cached: many notes share a size, and a note is re-painted at every zoom step."""
    if not text or width <= 0 or height <= 0:
        return TextFit(max_px, text, anywhere=False)
    whole_words = _largest_fitting(text, width, height, min_px, max_px, anywhere=False)
    broken = _largest_fitting(text, width, height, min_px, max_px, anywhere=True)
    # One long word (common in Finnish) would otherwise shrink the whole note to a
    # whisper; breaking it is easier to read from across the room than tiny type.
    if whole_words is not None and (broken is None or whole_words >= 0.7 * broken):
        return TextFit(whole_words, text, anywhere=False)
    if broken is not None:
        return TextFit(broken, text, anywhere=True)
    # Too long even at the smallest size: show as much as fits, and say so.
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if _fits(text[:middle].rstrip() + "…", min_px, width, height, anywhere=True):
            low = middle
        else:
            high = middle - 1
    return TextFit(min_px, text[:low].rstrip() + "…", anywhere=True)


# What a note shows --------------------------------------------------------------

_LEFT_CENTRE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT_CENTRE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass
class _Face:
    """A note's text, symbol and author laid out for its size; kept until either changes.

    Every zoom step repaints every visible note, so painting must only draw.
    A face-down note's face is its card back: a mark and "hidden until reveal",
    built without ever reading the note's text.
    """

    text_layout: QTextLayout | None
    text_origin: QPointF
    text_clip: QRectF
    symbol: str
    symbol_font: QFont
    symbol_rect: QRectF
    big_symbol_font: QFont
    big_symbol_rect: QRectF
    author: str
    author_font: QFont
    author_rect: QRectF
    mark_rect: QRectF
    mark_font: QFont

    @classmethod
    def of(cls, note: Note, rect: QRectF) -> _Face:
        if note.face_down:
            return cls.back(rect)
        scale = decoration_scale(rect.width(), rect.height())
        padding = 10.0 * scale
        footer = 22.0 * scale
        area = rect.adjusted(padding, padding, -padding, -padding - footer - 2.0 * scale)
        layout: QTextLayout | None = None
        top = area.top()
        if note.text:
            min_px = max(10, round(12 * scale))
            max_px = max(min_px, round(min(rect.height() * 0.26, rect.width() * 0.2)))
            fit = fit_text(note.text, area.width(), area.height(), min_px, max_px)
            layout, height = _text_layout(
                fit.text,
                note_font(fit.pixel_size, struck=note.moderated),
                area.width(),
                fit.anywhere,
            )
            if height <= area.height():
                top += (area.height() - height) / 2
        colour = COLORS.get(note.color)
        symbol = colour.symbol if colour is not None else ""
        symbol_font = note_font(19.0 * scale, QFont.Weight.Normal)
        symbol_rect = QRectF(
            rect.left() + padding, rect.bottom() - padding - footer, footer * 1.4, footer
        )
        big = 2.0 * footer
        big_symbol_rect = QRectF(rect.left() + padding, rect.bottom() - padding - big, big, big)
        author_font = note_font(15.0 * scale, QFont.Weight.Normal)
        symbol_width = QFontMetricsF(symbol_font).horizontalAdvance(symbol) if symbol else 0.0
        author_rect = QRectF(
            QPointF(symbol_rect.left() + symbol_width + 6.0 * scale, symbol_rect.top()),
            QPointF(rect.right() - padding, symbol_rect.bottom()),
        )
        # A hidden note says so in words too: the hatching alone is easy to miss.
        footer_text = (
            _tr(QT_TRANSLATE_NOOP("NoteItem", "Hidden from everyone"))
            if note.moderated
            else note.author_name or ""
        )
        author = QFontMetricsF(author_font).elidedText(
            footer_text, Qt.TextElideMode.ElideRight, author_rect.width()
        )
        mark = 26.0 * scale
        return cls(
            text_layout=layout,
            text_origin=QPointF(area.left(), top),
            text_clip=area.adjusted(-2.0, -2.0, 2.0, 2.0),
            symbol=symbol,
            symbol_font=symbol_font,
            symbol_rect=symbol_rect,
            big_symbol_font=note_font(38.0 * scale, QFont.Weight.Normal),
            big_symbol_rect=big_symbol_rect,
            author=author,
            author_font=author_font,
            author_rect=author_rect,
            mark_rect=QRectF(rect.right() - padding - mark, rect.top() + padding, mark, mark),
            mark_font=symbol_font,
        )

    @classmethod
    def back(cls, rect: QRectF) -> _Face:
        scale = decoration_scale(rect.width(), rect.height())
        padding = 12.0 * scale
        area = rect.adjusted(padding, padding, -padding, -padding)
        label = _tr(QT_TRANSLATE_NOOP("NoteItem", "Hidden until reveal"))
        label_px = max(10, round(min(16.0 * scale, area.height() * 0.16)))
        layout, height = _text_layout(
            label, note_font(label_px, QFont.Weight.Bold), area.width(), anywhere=False
        )
        mark_size = max(8.0, min(area.height() - height - 4.0 * scale, area.width()) * 0.8)
        mark_rect = QRectF(
            area.center().x() - mark_size / 2, area.top(), mark_size, area.height() - height
        )
        empty = QRectF()
        return cls(
            text_layout=layout,
            text_origin=QPointF(area.left(), area.bottom() - height),
            text_clip=area.adjusted(-2.0, -2.0, 2.0, 2.0),
            symbol="",
            symbol_font=QFont(),
            symbol_rect=empty,
            big_symbol_font=QFont(),
            big_symbol_rect=empty,
            author="",
            author_font=QFont(),
            author_rect=empty,
            mark_rect=mark_rect,
            mark_font=note_font(mark_size * 0.75, QFont.Weight.Bold),
        )


@dataclass(frozen=True)
class _Badge:
    rect: QRectF
    font: QFont
    label: str
    colour: QColor


# The item ---------------------------------------------------------------------


class NoteItem(QGraphicsItem):
    """One note that is not stacked under another; a pile shows as sheets and a "+N" badge.

    A face-down note is drawn as a card back and its text is never drawn (the
    room must not read it before the reveal); a moderated one is greyed,
    hatched and struck through, so the facilitator can still bring it back.
    """

    def __init__(self, note: Note, stack_count: int = 0) -> None:
        super().__init__()
        self._note = note
        self._stack_count = stack_count
        self._selected_look = False
        self._drop_target = False
        self._votes: int | None = None  # None: results are not shown
        self._badge_cache: list[_Badge] | None = None
        self._glow = 0.0
        self._topic = False  # the topic under discussion on its board
        self._size_override: tuple[float, float] | None = None
        self._face: _Face | None = None
        self._bounds = QRectF()
        self._fill = QColor()
        self._border = QColor()
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._apply_colour()
        self._update_bounds()
        self.setPos(note.x, note.y)
        self.setZValue(note.z)

    # State set by the scene ---------------------------------------------------

    @property
    def note(self) -> Note:
        return self._note

    @property
    def note_id(self) -> str:
        return self._note.id

    @property
    def stack_count(self) -> int:
        return self._stack_count

    @property
    def is_selected_look(self) -> bool:
        return self._selected_look

    @property
    def is_drop_target(self) -> bool:
        return self._drop_target

    def set_note(self, note: Note, *, keep_place: bool = False) -> None:
        """Show a new value of the note; ``keep_place`` while a gesture is moving it."""
        before = self._note
        self._note = note
        if not keep_place:
            if (self.x(), self.y()) != (note.x, note.y):
                self.setPos(note.x, note.y)
            if self.zValue() != note.z:
                self.setZValue(note.z)
        looks_changed = (
            note.text != before.text
            or note.color != before.color
            or note.author_name != before.author_name
            or (note.width, note.height) != (before.width, before.height)
            or note.face_down != before.face_down
            or note.moderated != before.moderated
            or note.discussed != before.discussed
        )
        if looks_changed:
            self._face = None
            self._badge_cache = None
            self._apply_colour()
            self._update_bounds()
            self.update()

    def reset_position(self) -> None:
        """Show the note where, and as large as, the model says (after a gesture ends)."""
        self.setPos(self._note.x, self._note.y)
        self.setZValue(self._note.z)
        self.set_size_override(None)

    def set_stack_count(self, count: int) -> None:
        if count != self._stack_count:
            self._stack_count = count
            self._badge_cache = None
            self._update_bounds()
            self.update()

    def set_selected_look(self, selected: bool) -> None:
        if selected != self._selected_look:
            self._selected_look = selected
            self.update()

    @property
    def votes(self) -> int | None:
        return self._votes

    def set_votes(self, count: int | None) -> None:
        """Show ``count`` votes as a dot badge; None (results hidden) or 0 shows none."""
        shown = count if count else None
        if shown != self._votes:
            self._votes = shown
            self._badge_cache = None
            self._update_bounds()
            self.update()

    @property
    def glow(self) -> float:
        return self._glow

    def set_glow(self, strength: float) -> None:
        """The arrival cue's strength, 0 (none) to 1; the scene animates it."""
        strength = min(max(strength, 0.0), 1.0)
        if strength == self._glow:
            return
        bounds_change = (strength > 0.0) != (self._glow > 0.0)
        self._glow = strength
        if bounds_change:
            self._update_bounds()
        self.update()

    @property
    def is_topic(self) -> bool:
        return self._topic

    def set_topic(self, topic: bool) -> None:
        """Whether this note is the topic under discussion: a thick ring and a label say so."""
        if topic != self._topic:
            self._topic = topic
            self._badge_cache = None
            self._update_bounds()
            self.update()

    def status_label(self) -> str:
        """Where the note is in a discussion, in words ("" when it has not come up)."""
        if self._topic:
            return _tr(QT_TRANSLATE_NOOP("NoteItem", "Discussing"))
        if self._note.discussed:
            return _tr(QT_TRANSLATE_NOOP("NoteItem", "Discussed"))
        return ""

    def set_drop_target(self, target: bool) -> None:
        if target != self._drop_target:
            self._drop_target = target
            self.update()

    def set_size_override(self, size: tuple[float, float] | None) -> None:
        """Show the note at another size while a resize gesture is under way."""
        if size != self._size_override:
            self._size_override = size
            self._face = None
            self._badge_cache = None
            self._update_bounds()
            self.update()

    # Geometry -----------------------------------------------------------------

    def size(self) -> tuple[float, float]:
        if self._size_override is not None:
            return self._size_override
        return self._note.width, self._note.height

    def note_rect(self) -> QRectF:
        """The note's own rectangle in item coordinates (no shadow, pile or badge)."""
        width, height = self.size()
        return QRectF(0.0, 0.0, width, height)

    def scene_note_rect(self) -> QRectF:
        return self.note_rect().translated(self.pos())

    def _badge_radius(self) -> float:
        width, height = self.size()
        return 17.0 * decoration_scale(width, height)

    def _update_bounds(self) -> None:
        width, height = self.size()
        left = top = MARGIN
        right = bottom = MARGIN
        if self._stack_count:
            pile = SHEETS * SHEET_OFFSET + 2.0
            badge = self._badge_radius() + 2.0
            top = max(top, badge)
            right = max(right, pile, badge)
            bottom = max(bottom, pile)
        if self._votes or self._topic or self._note.discussed:
            top = max(top, self._badge_radius() + 2.0)
        if self._glow > 0.0:
            left, top, right, bottom = (max(m, GLOW_WIDTH) for m in (left, top, right, bottom))
        if self._topic:
            left, top, right, bottom = (
                max(m, TOPIC_RING_REACH) for m in (left, top, right, bottom)
            )
        self.prepareGeometryChange()
        self._bounds = QRectF(-left, -top, width + left + right, height + top + bottom)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.note_rect())
        return path

    def _apply_colour(self) -> None:
        if self._note.face_down:
            self._fill, self._border = QColor(BACK_FILL), QColor(BACK_BORDER)
            return
        colour = COLORS.get(self._note.color) or COLORS[DEFAULT_NOTE_COLOR]
        fill = QColor(colour.hex)
        if self._note.moderated:
            fill = _mix(fill, MODERATED_GREY, 0.7)
        self._fill = fill
        self._border = fill.darker(135)

    # Painting -----------------------------------------------------------------

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        rect = self.note_rect()
        scale = decoration_scale(rect.width(), rect.height())
        # Antialiasing axis-aligned rectangles buys nothing visible and is
        # most of the cost of a repaint (every zoom step repaints every note).
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        note = self._note
        if self._glow > 0.0:
            self._paint_glow(painter, rect)
        if self._stack_count:
            self._paint_pile(painter, rect)
        painter.fillRect(rect.translated(1.5, 2.5), SHADOW_COLOR)
        painter.fillRect(rect, self._fill)
        painter.setPen(QPen(self._border, 0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
        if note.face_down:
            self._paint_back(painter, rect, lod)
        elif lod >= SYMBOL_LOD:
            self._paint_face(painter, rect, detailed=lod >= TEXT_LOD)
        if note.moderated:
            self._paint_moderated(painter, rect, lod)
        if self._topic:
            self._paint_topic_ring(painter, rect, lod)
        if self._stack_count or self._votes or self._topic or note.discussed:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            for badge in self._badges(rect, scale):
                self._paint_badge(painter, badge, scale)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        if self._selected_look:
            self._paint_outline(
                painter, rect, lod, SELECTION_COLOR, style=Qt.PenStyle.SolidLine, weight=1.0
            )
        if self._drop_target:
            painter.fillRect(rect, DROP_TARGET_TINT)
            self._paint_outline(
                painter, rect, lod, DROP_TARGET_COLOR, style=Qt.PenStyle.DashLine, weight=2.0
            )

    def _paint_pile(self, painter: QPainter, rect: QRectF) -> None:
        painter.setPen(QPen(self._border, 0))
        for sheet in range(SHEETS, 0, -1):
            painter.setBrush(self._fill.darker(100 + 7 * sheet))
            offset = sheet * SHEET_OFFSET
            painter.drawRect(rect.translated(offset, offset))

    def _paint_face(self, painter: QPainter, rect: QRectF, detailed: bool) -> None:
        if self._face is None:
            self._face = _Face.of(self._note, rect)
        face = self._face
        if not detailed:
            if face.symbol:
                painter.setFont(face.big_symbol_font)
                painter.setPen(SYMBOL_COLOR)
                painter.drawText(face.big_symbol_rect, _LEFT_CENTRE, face.symbol)
            return
        if face.text_layout is not None:
            painter.setPen(MODERATED_INK if self._note.moderated else TEXT_COLOR)
            painter.save()
            painter.setClipRect(face.text_clip)
            face.text_layout.draw(painter, face.text_origin)
            painter.restore()
        if face.symbol:
            painter.setFont(face.symbol_font)
            painter.setPen(SYMBOL_COLOR)
            painter.drawText(face.symbol_rect, _LEFT_CENTRE, face.symbol)
        if face.author:
            painter.setFont(face.author_font)
            painter.setPen(SECONDARY_TEXT_COLOR)
            painter.drawText(face.author_rect, _RIGHT_CENTRE, face.author)

    def _paint_back(self, painter: QPainter, rect: QRectF, lod: float) -> None:
        # Only what _Face.back laid out is drawn here: never the note's own text.
        scale = decoration_scale(rect.width(), rect.height())
        inset = 6.0 * scale
        painter.fillRect(
            rect.adjusted(inset, inset, -inset, -inset),
            QBrush(BACK_PATTERN, Qt.BrushStyle.DiagCrossPattern),
        )
        if lod < SYMBOL_LOD:
            return
        if self._face is None:
            self._face = _Face.of(self._note, rect)
        face = self._face
        painter.setPen(BACK_INK)
        painter.setFont(face.mark_font)
        painter.drawText(face.mark_rect, Qt.AlignmentFlag.AlignCenter, "?")
        if lod >= TEXT_LOD and face.text_layout is not None:
            face.text_layout.draw(painter, face.text_origin)

    def _paint_moderated(self, painter: QPainter, rect: QRectF, lod: float) -> None:
        painter.fillRect(rect, QBrush(MODERATED_HATCH, Qt.BrushStyle.BDiagPattern))
        if lod < SYMBOL_LOD:
            return
        if self._face is None:
            self._face = _Face.of(self._note, rect)
        mark = self._face.mark_rect
        if mark.isEmpty():
            mark = QRectF(rect.right() - 36.0, rect.top() + 10.0, 26.0, 26.0)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        paint_eye_off(painter, mark, MODERATED_INK if not self._note.face_down else BACK_INK)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)

    def _paint_glow(self, painter: QPainter, rect: QRectF) -> None:
        # Three rings fading outwards; axis-aligned, so no antialiasing needed.
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for step, alpha in ((3.0, 200), (7.0, 120), (11.0, 60)):
            colour = QColor(GLOW_COLOR)
            colour.setAlpha(round(alpha * self._glow))
            painter.setPen(QPen(colour, 4.0))
            painter.drawRect(rect.adjusted(-step, -step, step, step))

    def _paint_topic_ring(self, painter: QPainter, rect: QRectF, lod: float) -> None:
        # At least a few screen pixels wide when zoomed out, within the room the bounds keep.
        width = min(max(8.0, 4.0 / max(lod, 0.01)), TOPIC_RING_REACH - TOPIC_RING_GAP)
        reach = TOPIC_RING_GAP + width / 2
        pen = QPen(TOPIC_COLOR, width)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(pen)
        painter.drawRect(rect.adjusted(-reach, -reach, reach, reach))

    def _badges(self, rect: QRectF, scale: float) -> list[_Badge]:
        """The "+N" pile, "● N" votes and discussion badges, laid out once until they change."""
        if self._badge_cache is None:
            radius = self._badge_radius()
            font = note_font(radius * 1.1, QFont.Weight.Bold)
            metrics = QFontMetricsF(font)
            badges: list[_Badge] = []
            right = rect.right() - 6.0 * scale  # where badges along the top edge must end
            if self._stack_count:
                label = f"+{self._stack_count}"
                width = max(2 * radius, metrics.horizontalAdvance(label) + radius)
                left = rect.right() - width / 2 - radius * 0.4
                right = left - 4.0 * scale
                badges.append(
                    _Badge(
                        QRectF(left, rect.top() - radius, width, 2 * radius),
                        font,
                        label,
                        BADGE_COLOR,
                    )
                )
            left = rect.left() + 6.0 * scale
            if self._votes:
                label = f"● {self._votes}"
                width = metrics.horizontalAdvance(label) + 1.4 * radius
                badges.append(
                    _Badge(
                        QRectF(left, rect.top() - radius, width, 2 * radius),
                        font,
                        label,
                        VOTE_BADGE_COLOR,
                    )
                )
                left += width + 4.0 * scale
            if status := self.status_label():
                badges.append(self._status_badge(status, QRectF(left, 0, right - left, 0), radius))
            self._badge_cache = badges
        return self._badge_cache

    def _status_badge(self, status: str, room: QRectF, radius: float) -> _Badge:
        """ "▶ Discussing" or "✓ Discussed" in the room left on the top edge.

        A symbol and a word say it, not the ring's colour alone; a narrow note
        (or one with its votes shown) keeps the symbol only.
        """
        glyph = "▶" if self._topic else "✓"
        font = note_font(radius * 1.0, QFont.Weight.Bold)
        metrics = QFontMetricsF(font)
        label = f"{glyph} {status}"
        width = metrics.horizontalAdvance(label) + 1.2 * radius
        if width > room.width():
            label = glyph
            width = max(2 * radius, metrics.horizontalAdvance(label) + 1.2 * radius)
        colour = TOPIC_COLOR if self._topic else DISCUSSED_COLOR
        top = self.note_rect().top() - radius
        return _Badge(QRectF(room.left(), top, width, 2 * radius), font, label, colour)

    @staticmethod
    def _paint_badge(painter: QPainter, badge: _Badge, scale: float) -> None:
        radius = badge.rect.height() / 2
        painter.setPen(QPen(QColor("white"), 2.0 * scale))
        painter.setBrush(badge.colour)
        painter.drawRoundedRect(badge.rect, radius, radius)
        painter.setFont(badge.font)
        painter.setPen(QColor("white"))
        painter.drawText(badge.rect, Qt.AlignmentFlag.AlignCenter, badge.label)

    def _paint_outline(
        self,
        painter: QPainter,
        rect: QRectF,
        lod: float,
        colour: QColor,
        *,
        style: Qt.PenStyle,
        weight: float,
    ) -> None:
        # A few screen pixels wide at any zoom; whatever the margin cannot hold goes inwards.
        width = weight * max(5.0, 3.0 / max(lod, 0.01))
        width = min(width, rect.width() / 4, rect.height() / 4)
        outer = min(width, MARGIN - 1.0)
        centre = outer - width / 2
        pen = QPen(colour, width, style)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(pen)
        painter.drawRect(rect.adjusted(-centre, -centre, centre, centre))
        # A thin light line inside the dark one keeps the outline apart from any note colour.
        light = max(1.5, width / 5)
        edge = outer - width - light / 2
        painter.setPen(QPen(QColor("white"), light))
        painter.drawRect(rect.adjusted(-edge, -edge, edge, edge))
        painter.setBrush(QBrush())


def _mix(colour: QColor, other: QColor, amount: float) -> QColor:
    """``colour`` moved ``amount`` (0-1) of the way towards ``other``."""
    return QColor(
        round(colour.red() + (other.red() - colour.red()) * amount),
        round(colour.green() + (other.green() - colour.green()) * amount),
        round(colour.blue() + (other.blue() - colour.blue()) * amount),
    )


def paint_eye_off(painter: QPainter, rect: QRectF, colour: QColor) -> None:
    """An eye crossed out: "nobody sees this", without relying on a font having the glyph."""
    width = max(1.5, rect.width() / 10)
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    eye = QPainterPath()
    middle = rect.center().y()
    eye.moveTo(rect.left(), middle)
    eye.quadTo(rect.center().x(), rect.top() - rect.height() * 0.1, rect.right(), middle)
    eye.quadTo(rect.center().x(), rect.bottom() + rect.height() * 0.1, rect.left(), middle)
    painter.drawPath(eye)
    painter.setBrush(colour)
    radius = rect.width() * 0.14
    painter.drawEllipse(rect.center(), radius, radius)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawLine(rect.bottomLeft(), rect.topRight())
